// Registry entries of HuaweiCecAgentWorkbench, one per interface of the CEC 2.5 reference, keyed by doc section.
// Derived by scripts/generate-specs.cjs from reference/sections.json, then reviewed by hand
// (operation names, credential defaults, session roles, appendix 6.5 enums, binary downloads).
import type { ResourceSpec } from '../shared/registry/describe';
import type { OperationSpec } from '../shared/registry/types';

export const RESOURCES: ResourceSpec[] = [
	{
		"value": "agent",
		"name": "Agent"
	},
	{
		"value": "call",
		"name": "Call"
	},
	{
		"value": "callData",
		"name": "Call Data"
	},
	{
		"value": "conference",
		"name": "Conference"
	},
	{
		"value": "multimedia",
		"name": "Multimedia"
	},
	{
		"value": "queueAndGroup",
		"name": "Queue and Group"
	},
	{
		"value": "recording",
		"name": "Recording"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "6.1.1.1",
		"title": "Signing In",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "signIn",
		"name": "Sign In",
		"method": "PUT",
		"path": "/agentgateway/resource/onlineagent/{agentid}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "password",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Password of an employee ID on the CTI platform. The value can contain a maximum of 32 characters.",
				"maxLength": 32,
				"fromCredential": {
					"field": "password",
					"hidden": true
				}
			},
			{
				"name": "phonenum",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Softphone number. The value can contain a maximum of 24 characters.",
				"maxLength": 24,
				"fromCredential": {
					"field": "phoneNumber"
				}
			},
			{
				"name": "autoanswer",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to enable automatic answering. The default value is true.",
				"default": true
			},
			{
				"name": "autoenteridle",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to automatically enter the idle state after a call ends. The default value is true.",
				"default": true
			},
			{
				"name": "releasephone",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether an agent enters the non-always-off-hook state (the phone is hung up after the call ends) after the agent hangs up. The default value is true.",
				"default": true
			},
			{
				"name": "agenttype",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Type of the agent who signs in. The default value is 4. ● 4: PC+phone agent ● 11: PC+phone video agent",
				"options": [
					{
						"value": 4,
						"name": "PC+phone agent"
					},
					{
						"value": 11,
						"name": "PC+phone video agent"
					}
				],
				"default": 4
			},
			{
				"name": "status",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Status after an agent signs in. The default value is 4. ● 3: busy ● 4: idle ● 5: wrap-up",
				"options": [
					{
						"value": 3,
						"name": "busy"
					},
					{
						"value": 4,
						"name": "idle"
					},
					{
						"value": 5,
						"name": "wrap-up"
					}
				],
				"default": 4
			},
			{
				"name": "ip",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Agent IP address. The default value is 127.0.0.1 and can contain a maximum of 15 characters. IPv6 addresses are not supported.",
				"maxLength": 15,
				"default": "127.0.0.1"
			},
			{
				"name": "entryip",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "IP address of the gateway to which the agent client application connects."
			},
			{
				"name": "phonelinkage",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to enable phone linkage, including connection and hard phone linkage control. Currently, only eSpace 7910 phones on the CC network are supported. The default value is false.",
				"default": false
			},
			{
				"name": "checkInWebm",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to sign in to the WebM media server. The default value is true.",
				"default": true
			},
			{
				"name": "checkInMailm",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to sign in to the MailM server. The default value is false.",
				"default": false
			},
			{
				"name": "vcPhoneNumber",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "VC number. The value contains a maximum of 24 characters.",
				"maxLength": 24
			},
			{
				"name": "listenStatus",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether an inspector listens to the sign-in and sign-out operations of an agent. The default value is false.",
				"default": false
			},
			{
				"name": "callbackUri",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Event callback address. For details about the interface definition, see 6.1.4.2 Calling Back Pushed Events."
			},
			{
				"name": "serviceToken",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Authentication code. The value contains a maximum of 50 characters and cannot contain special characters.",
				"maxLength": 50
			},
			{
				"name": "serviceworkid",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Business employee ID. The value can contain a maximum of 30 characters.",
				"maxLength": 30
			}
		],
		"result": {
			"errors": {
				"100-001": "The sign-in parameter is left empty or is invalid.",
				"100-002": "The agent has signed in.",
				"100-003": "The ResourceUnavailableException or ProviderUnavailableException error is reported when the agent signs in to the system.",
				"100-004": "The username or password entered for sign-in is incorrect.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"100-012": "The agent type is incorrect during sign-in.",
				"100-015": "The agent has signed in and cannot be forcibly signed out.",
				"100-016": "When the agent signs in, the IP address is invalid.",
				"110-016": "The account is locked.",
				"999-001": "The WAS URL in the configuration file on the server is incorrect."
			}
		},
		"example": {
			"password": "",
			"phonenum": "40038",
			"status": "4",
			"releasephone": "false",
			"agenttype": "4"
		},
		"action": "Sign In",
		"session": "signIn"
	},
	{
		"section": "6.1.1.2",
		"title": "Forcibly Signing In",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "forceSignIn",
		"name": "Force Sign In (Kicks Out the Existing Session)",
		"method": "PUT",
		"path": "/agentgateway/resource/onlineagent/{agentid}/forcelogin",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "password",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Password of an employee ID on the CTI platform. The value can contain a maximum of 32 characters.",
				"maxLength": 32,
				"fromCredential": {
					"field": "password",
					"hidden": true
				}
			},
			{
				"name": "phonenum",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Softphone number. The value can contain a maximum of 24 characters.",
				"maxLength": 24,
				"fromCredential": {
					"field": "phoneNumber"
				}
			},
			{
				"name": "autoanswer",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to enable automatic answering. The default value is true.",
				"default": true
			},
			{
				"name": "autoenteridle",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to enter the idle state automatically. The default value is true.",
				"default": true
			},
			{
				"name": "releasephone",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether an agent enters the non-always-off-hook state (the phone is hung up after the call ends) after the agent hangs up. The default value is false.",
				"default": false
			},
			{
				"name": "agenttype",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Type of the agent who signs in. The default value is 4. The options are 4 (PC+phone agent) and 11 (PC+phone video agent).",
				"options": [
					{
						"value": 4,
						"name": "PC+phone agent"
					},
					{
						"value": 11,
						"name": "PC+phone video agent"
					}
				],
				"default": 4
			},
			{
				"name": "status",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Status after an agent signs in. The default value is 4. The options are 3 (busy), 4 (idle), and 5 (wrap-up).",
				"options": [
					{
						"value": 3,
						"name": "busy"
					},
					{
						"value": 4,
						"name": "idle"
					},
					{
						"value": 5,
						"name": "wrap-up"
					}
				],
				"default": 4
			},
			{
				"name": "ip",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Agent IP address. The default value is 127.0.0.1 and can contain a maximum of 15 characters. IPv6 addresses are not supported.",
				"maxLength": 15,
				"default": "127.0.0.1"
			},
			{
				"name": "entryIp",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "IP address of the gateway to which the agent client application connects."
			},
			{
				"name": "phoneLinkage",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to enable phone linkage (connection and hardphone linkage control). The default value is false.",
				"default": false
			},
			{
				"name": "checkInWebm",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to sign in to the WebM media server. The default value is true.",
				"default": true
			},
			{
				"name": "checkInMailm",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to sign in to the MailM server. The default value is false.",
				"default": false
			},
			{
				"name": "vcPhoneNumber",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "VC number. The value contains a maximum of 24 characters.",
				"maxLength": 24
			},
			{
				"name": "listenStatus",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether an inspector listens to the sign-in and sign-out operations of an agent. The default value is false.",
				"default": false
			},
			{
				"name": "callbackUri",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Event callback address. The value contains a maximum of 200 characters. For details about the interface definition, see 6.1.4.2 Calling Back Pushed Events.",
				"maxLength": 200
			},
			{
				"name": "serviceToken",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Authentication code. The value contains a maximum of 50 characters and cannot contain special characters.",
				"maxLength": 50
			}
		],
		"result": {
			"errors": {
				"100-001": "The sign-in parameter is left empty or is invalid.",
				"100-002": "The agent has signed in.",
				"100-003": "The ResourceUnavailableException or ProviderUnavailableException error is reported when the agent signs in to the system.",
				"100-004": "The username or password entered for sign-in is incorrect.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"100-012": "The agent type is incorrect during sign-in.",
				"100-015": "The agent has signed in and cannot be forcibly signed out.",
				"100-016": "When the agent signs in, the IP address is invalid.",
				"110-016": "The account is locked.",
				"999-001": "The WAS URL in the configuration file on the server is incorrect."
			}
		},
		"example": {
			"password": "",
			"phonenum": "40038",
			"status": "4",
			"releasephone": "false",
			"agenttype": "4"
		},
		"action": "Force Sign In",
		"session": "signIn",
		"shapeNote": "Kicks out the session this agent has elsewhere (its GUID stops working): use only when that is intended."
	},
	{
		"section": "6.1.1.3",
		"title": "Maintaining the Heartbeat by an Agent",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "heartbeat",
		"name": "Send Heartbeat",
		"method": "POST",
		"path": "/agentgateway/resource/onlineagent/{agentid}/handshake",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "service_token",
				"in": "header",
				"type": "string",
				"required": false,
				"description": "User-defined. The value contains a maximum of 50 characters and cannot contain special characters. Otherwise, 100-001 is returned. It is recommended that the page be dynamically refreshed every minute.",
				"maxLength": 50
			}
		],
		"result": {},
		"action": "Send Heartbeat"
	},
	{
		"section": "6.1.1.4",
		"title": "Sending Notes",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "sendNote",
		"name": "Send Note",
		"method": "POST",
		"path": "/agentgateway/resource/onlineagent/{agentid}/sendnoteletex",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "agentIds",
				"in": "body",
				"type": "array",
				"required": true,
				"description": "ID of the agent who receives the note. A maximum of 100 agent IDs can be transferred.",
				"itemType": "integer",
				"maxItems": 100
			},
			{
				"name": "content",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Indicates the note content. The value contains 0 to 1023 bytes and supports Chinese characters.",
				"minLength": 0,
				"maxLength": 1023
			}
		],
		"result": {
			"errors": {
				"100-001": "The sign-in parameter is left empty or is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"example": {
			"agentIds": [
				31002,
				31003
			],
			"content": "hello"
		},
		"action": "Send Note",
		"shapeNote": "agentIds is typed int in the table, but \"a maximum of 100 agent IDs\" and the example ([31002, 31003]) make it an array of integers."
	},
	{
		"section": "6.1.1.5",
		"title": "Querying Configured Skill Queues",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "getSkillQueues",
		"name": "Get Configured Skill Queues",
		"method": "GET",
		"path": "/agentgateway/resource/onlineagent/{agentid}/agentskills",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"itemsPath": "result",
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Get Configured Skill Queues"
	},
	{
		"section": "6.1.1.6",
		"title": "Querying Configured Skill Queues of Specified Agents",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "getAgentSkillQueues",
		"name": "Get Configured Skill Queues of an Agent",
		"method": "GET",
		"path": "/agentgateway/resource/onlineagent/{agentid}/agentskillsbyworkno/{workno}",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "workno",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "ID of the agent to be queried. The value ranges from 101 to 59999. The agent ID must belong to the same VDN as the value of agentid."
			}
		],
		"result": {
			"itemsPath": "result",
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Get Configured Skill Queues of an Agent"
	},
	{
		"section": "6.1.1.7",
		"title": "Setting Automatic Answering",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "setAutoAnswer",
		"name": "Set Automatic Answering",
		"method": "POST",
		"path": "/agentgateway/resource/onlineagent/{agentid}/autoanswer/{isautoanswer}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "isautoanswer",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Whether to automatically answer a call. The options are as follows: • true: automatic answer• Value other than true: manual answer. The value contains a maximum of five characters.",
				"options": [
					{
						"value": "true",
						"name": "true"
					},
					{
						"value": "false",
						"name": "false"
					}
				]
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in."
			}
		},
		"action": "Set Automatic Answering"
	},
	{
		"section": "6.1.1.8",
		"title": "Resetting Skill Queues",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "resetSkillQueues",
		"name": "Reset Skill Queues",
		"method": "POST",
		"path": "/agentgateway/resource/onlineagent/{agentid}/resetskill/{autoflag}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "autoflag",
				"in": "path",
				"type": "boolean",
				"required": true,
				"description": "Whether to sign in to all skill queues. The options are as follows: • true: Automatically sign in to the skill configured for the agent.• false: Sign in to a specified skill queue. Values other than true are processed as false."
			},
			{
				"name": "skillid",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Skill queue ID. When autoflag is set to false and skillid is left empty, the agent does not sign in to any skill queue. The value of skillid is a skill queue ID string group (for example, 1;2;3) and can contain a maximum of 4000 characters. The skill queue to which the agent logs in is the intersection of the skill queue specified by skillid and the configured skill queue.",
				"maxLength": 4000
			},
			{
				"name": "phonelinkage",
				"in": "query",
				"type": "integer",
				"required": false,
				"description": "Whether to enable phone linkage (connection and hardphone linkage control). The options are as follows: • 1: yes • 0: no Currently, only eSpace 7910 phones on the CC network are supported.",
				"options": [
					{
						"value": 1,
						"name": "yes"
					},
					{
						"value": 0,
						"name": "no Currently, only eSpace 7910 phones on the CC network are supported"
					}
				]
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Reset Skill Queues"
	},
	{
		"section": "6.1.1.9",
		"title": "Setting Idle",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "setIdle",
		"name": "Set Idle",
		"method": "POST",
		"path": "/agentgateway/resource/onlineagent/{agentid}/sayfree",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"100-009": "The agent status is incorrect."
			}
		},
		"action": "Set Idle"
	},
	{
		"section": "6.1.1.10",
		"title": "Setting Busy",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "setBusy",
		"name": "Set Busy",
		"method": "POST",
		"path": "/agentgateway/resource/onlineagent/{agentid}/saybusy",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "reason",
				"in": "query",
				"type": "integer",
				"required": false,
				"description": "Indicates the busy reason code. If this parameter is left empty or set to 0, no busy reason code is available. The value is an integer ranging from 200 to 250. This parameter is mandatory when an agent in busy state shows busy again.",
				"min": 200,
				"max": 250
			},
			{
				"name": "prolong",
				"in": "query",
				"type": "boolean",
				"required": false,
				"description": "Indicates whether to reset the busy reason when the agent is busy. The options are true and false. The default value is false. This parameter is mandatory when an agent in busy state shows busy again.",
				"default": false
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"100-009": "The agent status is incorrect."
			}
		},
		"action": "Set Busy"
	},
	{
		"section": "6.1.1.11",
		"title": "Canceling the Busy State",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "cancelBusy",
		"name": "Cancel Busy",
		"method": "POST",
		"path": "/agentgateway/resource/onlineagent/{agentid}/cancelbusy",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"100-009": "The agent status is incorrect."
			}
		},
		"action": "Cancel Busy"
	},
	{
		"section": "6.1.1.12",
		"title": "Applying for Rest",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "rest",
		"name": "Apply for Rest",
		"method": "POST",
		"path": "/agentgateway/resource/onlineagent/{agentid}/rest/{time}/{restcause}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "time",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Rest duration. The unit is second. The value ranges from 1 to 86399.",
				"min": 1,
				"max": 86399
			},
			{
				"name": "restcause",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Rest cause code. Rest cause code configured on the platform. The value ranges from 0 to 255. The value 0 indicates no rest cause code.",
				"min": 0,
				"max": 255
			},
			{
				"name": "prolong",
				"in": "query",
				"type": "boolean",
				"required": false,
				"description": "Whether to reset the rest reason when the agent is in rest state. The options are true and false. The default value is false. This parameter is mandatory when an agent in rest state sets the state to rest again.",
				"default": false
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"100-009": "The agent status is incorrect."
			}
		},
		"action": "Apply for Rest"
	},
	{
		"section": "6.1.1.13",
		"title": "Canceling Rest",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "cancelRest",
		"name": "Cancel Rest",
		"method": "POST",
		"path": "/agentgateway/resource/onlineagent/{agentid}/cancelrest",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"100-009": "The agent status is incorrect."
			}
		},
		"action": "Cancel Rest"
	},
	{
		"section": "6.1.1.14",
		"title": "Entering the Work State",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "enterWork",
		"name": "Enter Wrap-Up (Work) State",
		"method": "POST",
		"path": "/agentgateway/resource/onlineagent/{agentid}/work",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"100-009": "The agent status is incorrect."
			}
		},
		"action": "Enter Wrap-Up (Work) State"
	},
	{
		"section": "6.1.1.15",
		"title": "Quitting the Work State",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "quitWork",
		"name": "Quit Wrap-Up (Work) State",
		"method": "POST",
		"path": "/agentgateway/resource/onlineagent/{agentid}/cancelwork",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"100-009": "The agent status is incorrect."
			}
		},
		"action": "Quit Wrap-Up (Work) State"
	},
	{
		"section": "6.1.1.16",
		"title": "Changing the Password (Extended)",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "changePassword",
		"name": "Change Password",
		"method": "POST",
		"path": "/agentgateway/resource/onlineagent/{agentid}/modifyaccountpwdex",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "oldPassword",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Old password. The value is a string of 8 to 32 characters.",
				"minLength": 8,
				"maxLength": 32
			},
			{
				"name": "newPassword",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "New password. The value is a string of 8 to 32 characters.",
				"minLength": 8,
				"maxLength": 32
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"example": {
			"oldPassword": "*****",
			"newPassword": "#####"
		},
		"action": "Change Password"
	},
	{
		"section": "6.1.1.17",
		"title": "Setting Whether to Enter the Idle State",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "setAutoEnterIdle",
		"name": "Set Whether to Enter Idle After a Call",
		"method": "POST",
		"path": "/agentgateway/resource/onlineagent/{agentid}/autoenteridle/{flag}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "flag",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Whether to enter the idle state. The options are as follows: • true: Automatically enter the idle state. • Value other than true: Enter the wrap-up state. Only a string of 1 to 5 characters can be entered. NOTE In non-always-off-hook mode, the system must automatically enter the wrap-up state.",
				"minLength": 1,
				"maxLength": 5,
				"options": [
					{
						"value": "true",
						"name": "true"
					},
					{
						"value": "false",
						"name": "false"
					}
				]
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Set Whether to Enter Idle After a Call"
	},
	{
		"section": "6.1.1.18",
		"title": "Signing Out",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "signOut",
		"name": "Sign Out",
		"method": "DELETE",
		"path": "/agentgateway/resource/onlineagent/{agentid}/logout",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-005": "The sign-out parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"100-008": "The agent has signed out."
			}
		},
		"action": "Sign Out",
		"session": "signOut"
	},
	{
		"section": "6.1.1.19",
		"title": "Forcibly Signing Out",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "forceSignOut",
		"name": "Force Sign Out",
		"method": "DELETE",
		"path": "/agentgateway/resource/onlineagent/{agentid}/forcelogout",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {},
		"action": "Force Sign Out",
		"session": "signOut"
	},
	{
		"section": "6.1.1.20",
		"title": "Forcibly Signing Out with a Cause Code",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "forceSignOutWithReason",
		"name": "Force Sign Out With a Cause Code",
		"method": "DELETE",
		"path": "/agentgateway/resource/onlineagent/{agentid}/forcelogoutwithreason/{reason}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "reason",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Agent sign-out reason code. The value ranges from 1 to 255.",
				"min": 1,
				"max": 255
			}
		],
		"result": {},
		"action": "Force Sign Out With a Cause Code",
		"session": "signOut"
	},
	{
		"section": "6.1.1.21",
		"title": "Getting Agent Status",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "getStatus",
		"name": "Get Agent Status",
		"method": "GET",
		"path": "/agentgateway/resource/onlineagent/{agentid}/agentstatus",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"itemsPath": "result",
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid."
			}
		},
		"action": "Get Agent Status"
	},
	{
		"section": "6.1.1.22",
		"title": "Setting Whether to Answer Inbound Calls",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "setTalkRight",
		"name": "Set Whether to Answer Inbound Calls",
		"method": "POST",
		"path": "/agentgateway/resource/onlineagent/{agentid}/settalkright",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "flag",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Whether to answer an inbound call. The options are as follows: 1: Answer an inbound call. 0: Do not answer an inbound call.",
				"options": [
					{
						"value": 1,
						"name": "Answer an inbound call"
					},
					{
						"value": 0,
						"name": "Do not answer an inbound call"
					}
				]
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Set Whether to Answer Inbound Calls"
	},
	{
		"section": "6.1.1.23",
		"title": "Signing In to the Platform by an Agent",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "signInToPlatform",
		"name": "Sign In to the Platform (Loginex)",
		"method": "PUT",
		"path": "/agentgateway/resource/onlineagent/{agentid}/loginex",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "password",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Agent password. The value can contain a maximum of 32 characters and can be empty.",
				"maxLength": 32,
				"fromCredential": {
					"field": "password",
					"hidden": true
				}
			},
			{
				"name": "phonenum",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Agent phone number. The value can contain a maximum of 24 characters.",
				"maxLength": 24,
				"fromCredential": {
					"field": "phoneNumber"
				}
			},
			{
				"name": "autoanswer",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to enable automatic answering. The default value is true.",
				"default": true
			},
			{
				"name": "autoenteridle",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to enter the idle state automatically. The default value is true.",
				"default": true
			},
			{
				"name": "releasephone",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether an agent enters the non-always-off-hook state (the phone is hung up after the call ends) after the agent hangs up. The default value is true.",
				"default": true
			},
			{
				"name": "agenttype",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Type of the agent who signs in. The default value is 4. The options are 4 (PC+phone agent) and 11 (PC+phone video agent).",
				"options": [
					{
						"value": 4,
						"name": "PC+phone agent"
					},
					{
						"value": 11,
						"name": "PC+phone video agent"
					}
				],
				"default": 4
			},
			{
				"name": "status",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Status after an agent signs in. The default value is 4. 3: busy 4: idle 5: wrap-up",
				"default": 4,
				"options": [
					{
						"value": 3,
						"name": "busy"
					},
					{
						"value": 4,
						"name": "idle"
					},
					{
						"value": 5,
						"name": "wrap-up"
					}
				]
			},
			{
				"name": "ip",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Agent IP address. The default value is 127.0.0.1 and can contain a maximum of 15 characters. IPv6 addresses are not supported.",
				"maxLength": 15,
				"default": "127.0.0.1"
			},
			{
				"name": "entrylp",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "IP address of the gateway to which the agent client application connects."
			},
			{
				"name": "phonelinkage",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to enable phone linkage (connection and hardphone linkage control). The default value is false.",
				"default": false
			},
			{
				"name": "checkInWebm",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to sign in to the WebM media server. The default value is true.",
				"default": true
			},
			{
				"name": "checkInMailm",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to sign in to the MailM server. The default value is false.",
				"default": false
			},
			{
				"name": "vcPhoneNumber",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "VC number. The value contains a maximum of 24 characters.",
				"maxLength": 24
			},
			{
				"name": "listenStatus",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether an inspector listens to the sign-in and sign-out operations of an agent. The default value is false.",
				"default": false
			}
		],
		"result": {
			"errors": {
				"100-001": "The sign-in parameter is left empty or is invalid.",
				"100-002": "The agent has signed in.",
				"100-003": "The ResourceUnavailableException or ProviderUnavailableException error is reported when the agent signs in to the system.",
				"100-004": "The username or password entered for sign-in is incorrect.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"100-012": "The agent type is incorrect during sign-in.",
				"100-015": "The agent has signed in and cannot be forcibly signed out.",
				"100-016": "When the agent signs in, the IP address is invalid.",
				"110-016": "The account is locked.",
				"999-001": "The WAS URL in the configuration file on the server is incorrect."
			}
		},
		"example": {
			"password": "",
			"phonenum": "40038",
			"status": "4",
			"releasephone": "false",
			"agenttype": "4"
		},
		"action": "Sign In to the Platform",
		"session": "signIn",
		"shapeNote": "Field entrylp kept exactly as printed in the 6.1.1.23 table (6.1.1.1 spells it entryip, 6.1.1.2 entryIp)."
	},
	{
		"section": "6.1.1.24",
		"title": "Actively Requesting to Update the GUID When the Agent Page Is Refreshed",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "updateGuid",
		"name": "Update GUID (Page Refresh)",
		"method": "PUT",
		"path": "/agentgateway/resource/onlineagent/{agentid}/updateGuid",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in."
			}
		},
		"action": "Update GUID"
	},
	{
		"section": "6.1.1.25",
		"title": "Synchronizing the Agent Status and Call Information When the Agent Page Is Refreshed",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "syncAgentInfo",
		"name": "Synchronize Status and Calls (Page Refresh)",
		"method": "POST",
		"path": "/agentgateway/resource/onlineagent/{agentid}/syncagentinfo",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"100-011": "The parameter is invalid when the agent signs in."
			}
		},
		"action": "Synchronize Status and Calls"
	},
	{
		"section": "6.1.1.26",
		"title": "Obtaining Token Information",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "getLoginInfo",
		"name": "Get Token Information",
		"method": "POST",
		"path": "/agentgateway/resource/onlineagent/{agentid}/logininfo",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {},
		"action": "Get Token Information"
	},
	{
		"section": "6.1.1.27",
		"title": "Customizing Status by an Agent",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "setCustomState",
		"name": "Set Custom Status",
		"method": "POST",
		"path": "/agentgateway/resource/onlineagent/{agentid}/setcustomstate",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "customstate",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Customized agent status. The value ranges from 0 to 65534. NOTE The meaning is defined by the business side.",
				"min": 0,
				"max": 65534
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"000-003": "No permission to invoke the interface. The agent authentication may have expired.",
				"100-006": "The agent does not sign in.",
				"100-009": "The agent status is incorrect."
			}
		},
		"action": "Set Custom Status"
	},
	{
		"section": "6.1.1.28",
		"title": "Querying Customized Status by an Agent",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "getCustomState",
		"name": "Get Custom Status",
		"method": "GET",
		"path": "/agentgateway/resource/onlineagent/{agentid}/querycustomstate",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"000-003": "No permission to invoke the interface. The agent authentication may have expired.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Get Custom Status"
	},
	{
		"section": "6.1.1.29",
		"title": "Canceling Status Customization by an Agent",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "cancelCustomState",
		"name": "Cancel Custom Status",
		"method": "POST",
		"path": "/agentgateway/resource/onlineagent/{agentid}/cancelsetcustomstate",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"000-003": "No permission to invoke the interface. The agent authentication may have expired.",
				"100-006": "The agent does not sign in.",
				"100-009": "The agent status is incorrect."
			}
		},
		"action": "Cancel Custom Status"
	},
	{
		"section": "6.1.4.1",
		"title": "Obtaining Events of One Agent in Polling Mode",
		"family": "agentGateway.agentevent",
		"resource": "agent",
		"operation": "getNextEvent",
		"name": "Get Next Event",
		"method": "GET",
		"path": "/agentgateway/resource/agentevent/{agentid}",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "ID of the agent who signs in. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "calldata",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Call data. This parameter is used when the connection bar is updated."
			}
		],
		"result": {
			"errors": {
				"000-001": "The method of obtaining the agent event is incorrect.",
				"000-003": "No permission to invoke the interface. The agent authentication may have expired.",
				"100-006": "The agent does not sign in."
			}
		},
		"action": "Get Next Event"
	},
	{
		"section": "6.1.2.1",
		"title": "Making a Common Outbound Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "callOut",
		"name": "Make an Outbound Call",
		"method": "PUT",
		"path": "/agentgateway/resource/voicecall/{agentid}/callout",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "caller",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Calling number. The value can be empty. If the value is empty, the default calling number of the platform is used. The value contains a maximum of 24 digits.",
				"maxLength": 24
			},
			{
				"name": "called",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Called number. It cannot be left empty and must be a 1- to 24-digit number or * or #."
			},
			{
				"name": "skillid",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Skill ID. It is in numeral format and can be empty. If the value is empty, the default skill queue ID preconfigured by the platform is used."
			},
			{
				"name": "callappdata",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Call-associated data. It can be left empty. The maximum value is 16 KB."
			},
			{
				"name": "mediaability",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Media capability. The default value is 0. The options are as follows: 0: audio; 1: video; 2: A default outbound call is made based on the negotiation between the host and the terminal. NOTE When a video call is switched to a voice call, the call will be directly disconnected after being answered because media negotiation fails. You are advised to set mediaability to 2 (call with the maximum cap...",
				"default": 0
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"200-001": "The outbound call number is incorrect."
			}
		},
		"example": {
			"caller": "40038",
			"called": "40040",
			"skillid": 25,
			"callappdata": "",
			"mediaability": 1
		},
		"action": "Make an Outbound Call"
	},
	{
		"section": "6.1.2.2",
		"title": "Making a Previewed Outbound Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "previewCallOut",
		"name": "Make a Previewed Outbound Call",
		"method": "PUT",
		"path": "/agentgateway/resource/voicecall/{agentid}/previewCallout",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "called",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Called number. The parameter must be contained in the dialeddigits field of a preview event. If the parameter is not contained in the dialeddigits field, a call cannot be made."
			},
			{
				"name": "callcontrolid",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Control block ID of a previewed outbound call. The value is the same as that of controlid in the previewed outbound call event."
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"200-001": "The outbound call number is incorrect.",
				"200-036": "Invalid preview outbound call parameter."
			}
		},
		"example": {
			"called": "88889039",
			"callcontrolid": "11776"
		},
		"action": "Make a Previewed Outbound Call",
		"shapeNote": "Vendor evidence: the path is /agentgateway/resource/voicecall/... (the PDF prints voicercall): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1242.html (transfer) and cec_07_1233, cec_07_1236, cec_07_1246, cec_07_1252-1254 of the same chapter, and the CC-Gateway agent demo (CallService.java), all under /agentgateway/resource/voicecall/."
	},
	{
		"section": "6.1.2.3",
		"title": "Answering a Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "answer",
		"name": "Answer",
		"method": "PUT",
		"path": "/agentgateway/resource/voicecall/{agentid}/answer",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "callid",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Call ID. During a multimedia call, multiple call IDs exist. The call ID must be carried in the call response."
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"200-002": "No call exists for the agent to answer or reject."
			}
		},
		"action": "Answer"
	},
	{
		"section": "6.1.2.4",
		"title": "Making an Internal Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "callInner",
		"name": "Make an Internal Call",
		"method": "PUT",
		"path": "/agentgateway/resource/voicecall/{agentid}/callinner",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "called",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Employee ID of the called agent. It cannot be left empty and must be a 1- to 24-digit number or * or #."
			},
			{
				"name": "caller",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Calling number. It can be left empty. The default value is the calling number pre-configured by the platform. It must be a 0- to 24-digit number."
			},
			{
				"name": "skillid",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Indicates the ID of a skill. The value is a number and can be left empty. When the parameter is left empty, the default skill ID configured on the platform is used."
			},
			{
				"name": "callappdata",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Indicates call-associated data. It can be left empty. The maximum value is 16 KB."
			},
			{
				"name": "mediaability",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "This parameter is invalid for internal calls. An internal call is initiated based on the intersection of the media type to which the agent signs in and the media capability of the default skill queue of the VDN. If an agent signs in to a video media and the default skill queue of the VDN supports the video service, the internal call is a video call. In other cases, internal calls are voice calls."
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"200-018": "No call exists for the agent to ask for internal consultation."
			}
		},
		"example": {
			"called": "40040"
		},
		"action": "Make an Internal Call"
	},
	{
		"section": "6.1.2.5",
		"title": "Asking for Internal Help",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "innerHelp",
		"name": "Ask for Internal Help",
		"method": "POST",
		"path": "/agentgateway/resource/voicecall/{agentid}/innerhelp",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "dstaddress",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Indicates the help object. It can be the employee ID of an agent or skill queue ID."
			},
			{
				"name": "devicetype",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Indicates the help device type. The value 1 indicates the skill queue and the value 2 indicates the employee ID of the agent. The default value is 2.",
				"default": 2,
				"options": [
					{
						"value": 2,
						"name": "agent"
					},
					{
						"value": 1,
						"name": "skill queue"
					}
				]
			},
			{
				"name": "mode",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Indicates the help mode. The value 1 indicates asking for help during two-party conversation and the value 2 indicates asking for help during three-party conversation.",
				"options": [
					{
						"value": 1,
						"name": "help during two-party conversation"
					},
					{
						"value": 2,
						"name": "help during three-party conversation"
					}
				]
			},
			{
				"name": "callappdata",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Indicates the call-associated data. It can be left empty. The maximum value is 16 KB."
			},
			{
				"name": "holdflag",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to hold a call during release-after-three-way-talk forwarding. The options are false (no) and true (yes). The default value is true.",
				"options": [
					{
						"value": false,
						"name": "no"
					},
					{
						"value": true,
						"name": "yes"
					}
				],
				"default": true
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"200-018": "No call exists for the agent to ask for internal consultation."
			}
		},
		"example": {
			"dstaddress": 49997,
			"devicetype": 2,
			"mode": 1,
			"callappdata": "",
			"holdflag": "true"
		},
		"action": "Ask for Internal Help",
		"shapeNote": "Vendor evidence: the path is /agentgateway/resource/voicecall/... (the PDF prints voicerecall): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1242.html (transfer) and cec_07_1233, cec_07_1236, cec_07_1246, cec_07_1252-1254 of the same chapter, and the CC-Gateway agent demo (CallService.java), all under /agentgateway/resource/voicecall/."
	},
	{
		"section": "6.1.2.6",
		"title": "Muting a Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "mute",
		"name": "Mute",
		"method": "POST",
		"path": "/agentgateway/resource/voicecall/{agentid}/beginmute",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"200-003": "No call exists for the agent to mute.",
				"200-004": "A call state error occurs after the agent mutes the call."
			}
		},
		"action": "Mute"
	},
	{
		"section": "6.1.2.7",
		"title": "Unmuting a Muted Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "unmute",
		"name": "Unmute",
		"method": "POST",
		"path": "/agentgateway/resource/voicecall/{agentid}/endmute",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"200-007": "No call exists for the agent to unmute.",
				"200-008": "A call state error occurs after the agent unmutes the call."
			}
		},
		"action": "Unmute"
	},
	{
		"section": "6.1.2.8",
		"title": "Holding a Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "hold",
		"name": "Hold",
		"method": "POST",
		"path": "/agentgateway/resource/voicecall/{agentid}/hold",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"200-013": "No call exists for the agent to hold.",
				"200-014": "A call state error occurs after the agent holds the call."
			}
		},
		"action": "Hold"
	},
	{
		"section": "6.1.2.9",
		"title": "Holding a Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "holdById",
		"name": "Hold a Specified Call (Connecthold)",
		"method": "POST",
		"path": "/agentgateway/resource/voicecall/{agentid}/connecthold/{callid}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "callid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Unique ID of a call."
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"200-013": "No call exists for the agent to hold.",
				"200-014": "A call state error occurs after the agent holds the call."
			}
		},
		"action": "Hold a Specified Call"
	},
	{
		"section": "6.1.2.10",
		"title": "Unholding a Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "unhold",
		"name": "Unhold",
		"method": "POST",
		"path": "/agentgateway/resource/voicecall/{agentid}/gethold",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "callid",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Unique ID of a call."
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"200-015": "No call exists for the agent to unhold.",
				"200-016": "A call state error occurs after the agent unholds the call."
			}
		},
		"action": "Unhold"
	},
	{
		"section": "6.1.2.11",
		"title": "Transferring a Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "transfer",
		"name": "Transfer",
		"method": "POST",
		"path": "/agentgateway/resource/voicecall/{agentid}/transfer",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "devicetype",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Type of the device to which a call is transferred. The options are as follows: 1: skill queue; 2: agent; 3: IVR; 4: system access code; 5: outbound number.",
				"options": [
					{
						"value": 1,
						"name": "skill queue"
					},
					{
						"value": 2,
						"name": "agent"
					},
					{
						"value": 3,
						"name": "IVR"
					},
					{
						"value": 4,
						"name": "system access code"
					},
					{
						"value": 5,
						"name": "outbound number"
					}
				]
			},
			{
				"name": "address",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Address to which a call is transferred. The value can contain a maximum of 24 characters. The options are as follows: • When devicetype is set to 1, set this parameter to the skill queue ID.• When devicetype is set to 2, set this parameter to the ID of the agent to whom the call is transferred.• When devicetype is set to 3, set this parameter to the IVR flow access code.• When devicetype is set...",
				"maxLength": 24
			},
			{
				"name": "mode",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Indicates the transfer mode. When devicetype is set to 1, the options are as follows: 0: blind transfer 2: release-after-transfer When devicetype is set to 2, the options are as follows: 0: blind transfer 2: release-after-transfer When devicetype is set to 3, the options are as follows: 0: blind transfer 1: hang-up transfer NOTE During hang-up transfer, a call can be transferred to a voice or v...",
				"options": [
					{
						"value": 0,
						"name": "blind transfer"
					},
					{
						"value": 2,
						"name": "release-after-transfer"
					},
					{
						"value": 1,
						"name": "hang-up transfer"
					},
					{
						"value": 3,
						"name": "talk forwarding"
					},
					{
						"value": 4,
						"name": "three-party transfer"
					}
				]
			},
			{
				"name": "callappdata",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Call-associated data to be configured. It can be left empty. The maximum value is 16 KB."
			},
			{
				"name": "caller",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Calling number. (The value can be empty. If the value is empty, the default calling number configured on the platform is used. The value is a string of 0 to 24 digits.) This parameter is valid when a call is forwarded to an external number. When the transfer mode is blind transfer, this parameter is invalid, that is, the specified calling number cannot be carried.",
				"minLength": 0,
				"maxLength": 24
			},
			{
				"name": "mediaability",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Indicates the media capability. The default value is 0. The options are 0 (voice), 1 (video), and 2 (call with the maximum capability, which is negotiated by the host with the terminal). This parameter is valid when a call is transferred to an external number. In other transfer modes, whether the media capability is carried is determined based on the agent type.",
				"options": [
					{
						"value": 0,
						"name": "voice"
					},
					{
						"value": 1,
						"name": "video"
					}
				],
				"default": 0
			},
			{
				"name": "holdflag",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to hold a call during three-party transfer. The options are false (no) and true (yes). The default value is true.",
				"options": [
					{
						"value": false,
						"name": "no"
					},
					{
						"value": true,
						"name": "yes"
					}
				],
				"default": true
			},
			{
				"name": "skillId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Skill ID. This parameter is valid only when devicetype is set to 2."
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"200-012": "No call exists for the agent to transfer."
			}
		},
		"example": {
			"devicetype": 2,
			"mode": 3,
			"address": "49998",
			"callappdata": "",
			"caller": "40040",
			"mediaability": 0,
			"holdflag": "true"
		},
		"action": "Transfer",
		"shapeNote": "Vendor evidence: the path is /agentgateway/resource/voicecall/... (the PDF prints voicercall): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1242.html (transfer) and cec_07_1233, cec_07_1236, cec_07_1246, cec_07_1252-1254 of the same chapter, and the CC-Gateway agent demo (CallService.java), all under /agentgateway/resource/voicecall/."
	},
	{
		"section": "6.1.2.12",
		"title": "Canceling Transfer",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "cancelTransfer",
		"name": "Cancel Transfer",
		"method": "POST",
		"path": "/agentgateway/resource/voicecall/{agentid}/canceltransfer",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"200-012": "No call exists for the agent to transfer."
			}
		},
		"action": "Cancel Transfer"
	},
	{
		"section": "6.1.2.13",
		"title": "Performing Two-Stage Dialing (Extended)",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "secondDial",
		"name": "Two-Stage Dialing",
		"method": "POST",
		"path": "/agentgateway/resource/voicecall/{agentid}/seconddialex",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "number",
				"in": "query",
				"type": "string",
				"required": true,
				"description": "Two-stage dialing number. The value is a string of 1 to 24 digits, asterisks (*), or number signs (#).",
				"minLength": 1,
				"maxLength": 24
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Two-Stage Dialing"
	},
	{
		"section": "6.1.2.14",
		"title": "Making a Three-Party Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "threePartyCall",
		"name": "Make a Three-Party Call",
		"method": "POST",
		"path": "/agentgateway/resource/voicecall/{agentid}/confjoin",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "callid",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Indicates the ID of the call that the agent is holding. It cannot be blank."
			},
			{
				"name": "callappdata",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Call-associated data to be configured. It can be left empty. The maximum value is 16 KB."
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"200-010": "No call exists for the agent to initiate a three-party call.",
				"200-011": "Failed to hold the call in the three-party call."
			}
		},
		"example": {
			"callid": "1455885056-1095",
			"callappdata": ""
		},
		"action": "Make a Three-Party Call"
	},
	{
		"section": "6.1.2.15",
		"title": "Disconnecting a Call of a Specified ID",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "dropCallById",
		"name": "Disconnect a Call by ID",
		"method": "POST",
		"path": "/agentgateway/resource/voicecall/{agentid}/dropcall/{callid}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "callid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "ID of the call to be disconnected."
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"200-025": "No call exists for the agent to release."
			}
		},
		"action": "Disconnect a Call by ID",
		"shapeNote": "Vendor evidence: the path is /agentgateway/resource/voicecall/... (the PDF prints voicerecall): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1242.html (transfer) and cec_07_1233, cec_07_1236, cec_07_1246, cec_07_1252-1254 of the same chapter, and the CC-Gateway agent demo (CallService.java), all under /agentgateway/resource/voicecall/."
	},
	{
		"section": "6.1.2.16",
		"title": "Dropping a Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "release",
		"name": "Release the Call",
		"method": "DELETE",
		"path": "/agentgateway/resource/voicecall/{agentid}/release",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"200-017": "No call exists for the agent to end."
			}
		},
		"action": "Release the Call"
	},
	{
		"section": "6.1.2.17",
		"title": "Releasing a Connection of a Specified Number",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "disconnectNumber",
		"name": "Release the Connection of a Number",
		"method": "POST",
		"path": "/agentgateway/resource/voicecall/{agentid}/disconnect/{number}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "number",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Phone number whose connection needs to be released. The value is a number of 1 to 24 digits. During an internal help call, the current agent can release the requested agent (the value is the employee ID of the requested agent) or the current agent (the value is the softphone number of the current agent). The requested agent can release only the requested agent but cannot release the current age...",
				"minLength": 1,
				"maxLength": 24
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"200-023": "No call of the specified phone number exists for the agent to release.",
				"200-024": "No call of the specified phone number exists for the agent to release."
			}
		},
		"action": "Release the Connection of a Number",
		"shapeNote": "Vendor evidence: the path is /agentgateway/resource/voicecall/... (the PDF prints voicerecall): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1242.html (transfer) and cec_07_1233, cec_07_1236, cec_07_1246, cec_07_1252-1254 of the same chapter, and the CC-Gateway agent demo (CallService.java), all under /agentgateway/resource/voicecall/."
	},
	{
		"section": "6.1.2.18",
		"title": "Switching Between Voice and Video Calls",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "switchMedia",
		"name": "Switch Between Voice and Video",
		"method": "POST",
		"path": "/agentgateway/resource/voicecall/{agentid}/mediaswitch",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "mediaType",
				"in": "query",
				"type": "integer",
				"required": false,
				"description": "Target media type. The options are as follows: 1: audio 3: video",
				"options": [
					{
						"value": 1,
						"name": "audio"
					},
					{
						"value": 3,
						"name": "video"
					}
				]
			}
		],
		"result": {
			"errors": {
				"200-027": "No call exists during the audio and video switchover.",
				"200-028": "Incorrect media type during the audio and video switchover.",
				"200-029": "Incorrect call type during the audio and video switchover.",
				"200-030": "Error in the audio and video switchover request."
			}
		},
		"action": "Switch Between Voice and Video",
		"shapeNote": "Vendor evidence: the path is /agentgateway/resource/voicecall/... (the PDF prints voicercall): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1242.html (transfer) and cec_07_1233, cec_07_1236, cec_07_1246, cec_07_1252-1254 of the same chapter, and the CC-Gateway agent demo (CallService.java), all under /agentgateway/resource/voicecall/."
	},
	{
		"section": "6.1.2.19",
		"title": "Controlling the Image Display Mode of a Three-Party Video Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "adjustVideoMode",
		"name": "Set Three-Party Video Display Mode",
		"method": "POST",
		"path": "/agentgateway/resource/voicecall/{agentid}/adjustvideomode",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "mode",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Display mode. The value ranges from 0 to 3. The value 0 indicates that images are the same size for all three parties. The value 1 indicates that the user's image is maximized. The value 2 indicates that the agent's image is maximized. The value 3 indicates that the third-party's image is maximized.",
				"min": 0,
				"max": 3,
				"options": [
					{
						"value": 0,
						"name": "images are the same size for all three parties"
					},
					{
						"value": 1,
						"name": "the user's image is maximized"
					},
					{
						"value": 2,
						"name": "the agent's image is maximized"
					},
					{
						"value": 3,
						"name": "the third-party's image is maximized"
					}
				]
			}
		],
		"result": {
			"errors": {
				"200-031": "An error occurred during the adjustment of three-party video image parameters.",
				"200-032": "No call is available during the adjustment of three-party video images.",
				"200-033": "A call type error occurred during the adjustment of three-party video images.",
				"200-034": "A call status error occurred during the adjustment of three-party video images.",
				"200-035": "A request exception occurred during the adjustment of three-party video images."
			}
		},
		"example": {
			"mode": "0"
		},
		"action": "Set Three-Party Video Display Mode",
		"shapeNote": "Vendor evidence: the path is /agentgateway/resource/voicecall/... (the PDF prints voicerecall): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1242.html (transfer) and cec_07_1233, cec_07_1236, cec_07_1246, cec_07_1252-1254 of the same chapter, and the CC-Gateway agent demo (CallService.java), all under /agentgateway/resource/voicecall/."
	},
	{
		"section": "6.1.2.20",
		"title": "Requesting a Specified Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "requestCall",
		"name": "Request a Specified Call",
		"method": "POST",
		"path": "/agentgateway/resource/voicecall/{agentid}/requestcall/{callid}/{skilltype}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "callid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "ID of a queuing call."
			},
			{
				"name": "skilltype",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Skill queue type. Only the value 0 (public queue) is supported.",
				"options": [
					{
						"value": 0,
						"name": "public queue"
					}
				]
			},
			{
				"name": "skillid",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Skill queue ID. This parameter is valid only for public queues."
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Request a Specified Call"
	},
	{
		"section": "6.1.2.21",
		"title": "Picking Up a Call for Other Agents",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "snatchPickup",
		"name": "Pick Up a Call for Another Agent",
		"method": "PUT",
		"path": "/agentgateway/resource/voicecall/{agentid}/snatchpickup",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "destWorkNo",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "ID of the agent who picks up the call. The value is an integer ranging from 101 to 59999.",
				"min": 101,
				"max": 59999
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Pick Up a Call for Another Agent",
		"shapeNote": "Vendor evidence: the path is /agentgateway/resource/voicecall/... (the PDF prints voicercall): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1242.html (transfer) and cec_07_1233, cec_07_1236, cec_07_1246, cec_07_1252-1254 of the same chapter, and the CC-Gateway agent demo (CallService.java), all under /agentgateway/resource/voicecall/."
	},
	{
		"section": "6.1.2.22",
		"title": "Rejecting an Inbound Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "rejectInbound",
		"name": "Reject an Inbound Call",
		"method": "POST",
		"path": "/agentgateway/resource/voicecall/{agentid}/reject",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "callid",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Call ID."
			},
			{
				"name": "mode",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Call rejection mode. The options are as follows: 1: The call is returned to the original queue and the agent is busy; 2: The call is released and the agent is idle. The call rejection mode applies to common scenarios (for example, an agent rejects an inbound call from a user). In complex scenarios, for example, internal help and call transfer, the call rejection effect needs to be determined ba...",
				"options": [
					{
						"value": 1,
						"name": "back to the original queue, agent busy"
					},
					{
						"value": 2,
						"name": "call released, agent idle"
					}
				]
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"200-002": "No call exists for the agent to answer or reject.",
				"200-037": "No ringing call exists for the agent to reject.",
				"200-038": "The TerminalConnection parameter is empty when the call is rejected.",
				"200-039": "The agent is not bound to a phone when the call is rejected."
			}
		},
		"example": {
			"callid": "1455885056-1095",
			"mode": "1"
		},
		"action": "Reject an Inbound Call",
		"shapeNote": "Vendor evidence: the path is /agentgateway/resource/voicecall/... (the PDF prints voicercall): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1242.html (transfer) and cec_07_1233, cec_07_1236, cec_07_1246, cec_07_1252-1254 of the same chapter, and the CC-Gateway agent demo (CallService.java), all under /agentgateway/resource/voicecall/."
	},
	{
		"section": "6.1.2.23",
		"title": "Taking the Phone Off the Hook",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "phonePickup",
		"name": "Take the Phone Off the Hook",
		"method": "POST",
		"path": "/agentgateway/resource/voicecall/{agentid}/phonepickup",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Take the Phone Off the Hook",
		"shapeNote": "Vendor evidence: the path is /agentgateway/resource/voicecall/... (the PDF prints voicell): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1242.html (transfer) and cec_07_1233, cec_07_1236, cec_07_1246, cec_07_1252-1254 of the same chapter, and the CC-Gateway agent demo (CallService.java), all under /agentgateway/resource/voicecall/."
	},
	{
		"section": "6.1.2.24",
		"title": "Rejecting a Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "phoneHangup",
		"name": "Reject a Call (Phone Hang-Up)",
		"method": "POST",
		"path": "/agentgateway/resource/voicecall/{agentid}/phonehangup",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Reject a Call"
	},
	{
		"section": "6.1.2.25",
		"title": "Passing Numbers in a Conference",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "passNumbersInConference",
		"name": "Pass Numbers in a Conference",
		"method": "POST",
		"path": "/agentgateway/resource/voicecall/{agentid}/thirdPartyConfTransmitNum",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {},
		"action": "Pass Numbers in a Conference"
	},
	{
		"section": "6.1.3.1",
		"title": "Querying Call Information",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getCallInfo",
		"name": "Get Call Information",
		"method": "GET",
		"path": "/agentgateway/resource/calldata/{agentid}/callinfo",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "isNoContainLastCall",
				"in": "query",
				"type": "boolean",
				"required": false,
				"description": "Whether to query the information about the last call when the current agent has no call. The options are as follows: • true: yes • false: no",
				"options": [
					{
						"value": true,
						"name": "yes"
					},
					{
						"value": false,
						"name": "no"
					}
				]
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in."
			}
		},
		"action": "Get Call Information"
	},
	{
		"section": "6.1.3.2",
		"title": "Querying Call-Associated Data",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getCallAppData",
		"name": "Get Call-Associated Data",
		"method": "GET",
		"path": "/agentgateway/resource/calldata/{agentid}/appdata",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "isEncodeResult",
				"in": "query",
				"type": "boolean",
				"required": false,
				"description": "Whether the queried call data is encoded using Base64. The options are as follows: • true: The found call data is encoded using Base64. • false: The queried call data is not encoded using Base64. Values other than true are processed as false. NOTE Base64 is an encoding mode, but not an encryption algorithm. It cannot be used to encrypt any sensitive information.",
				"options": [
					{
						"value": true,
						"name": "The found call data is encoded using Base64"
					},
					{
						"value": false,
						"name": "The queried call data is not encoded using Base64"
					}
				]
			},
			{
				"name": "callid",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "ID of the call to be queried. This parameter is mandatory for multimedia sessions."
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Get Call-Associated Data"
	},
	{
		"section": "6.1.3.3",
		"title": "Configuring Call-Associated Data (Extended)",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "setCallData",
		"name": "Set Call-Associated Data",
		"method": "PUT",
		"path": "/agentgateway/resource/calldata/{agentid}/setcalldataex",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "callid",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Indicates the ID of a call."
			},
			{
				"name": "calldata",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Indicates call-associated data. The maximum value of the original content is 16 KB. NOTE The information is encrypted using AES128-CBC and transmitted through the TLS1.2 encryption channel. This field contains sensitive data. In logs, only calldatalength is used to indicate the length of this field."
			},
			{
				"name": "isDataEncoded",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether call data is encoded using Base64. The options are as follows: • true: Call data must be encoded using Base64. • false: Call data is not encoded using Base64. The default value is false. NOTE Base64 is an encoding mode, but not an encryption algorithm. It cannot be used to encrypt any sensitive information.",
				"options": [
					{
						"value": true,
						"name": "Call data must be encoded using Base64"
					},
					{
						"value": false,
						"name": "Call data is not encoded using Base64"
					}
				],
				"default": false
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"400-001": "No call information is returned when call-associated data is configured."
			}
		},
		"example": {
			"callid": "1456229294-1191",
			"calldata": "1233",
			"isDataEncoded": "true"
		},
		"action": "Set Call-Associated Data"
	},
	{
		"section": "6.1.3.4",
		"title": "Querying the List of Held Calls",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getHoldList",
		"name": "Get Held Calls",
		"method": "GET",
		"path": "/agentgateway/resource/calldata/{agentid}/holdlist",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"300-001": "No agent information query permission.",
				"400-003": "No traffic information is found when the hold queue information is obtained."
			}
		},
		"action": "Get Held Calls"
	},
	{
		"section": "6.1.3.5",
		"title": "Querying Call Information Before Answering a Call",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getCallBeforeAnswer",
		"name": "Get Call Information Before Answering",
		"method": "GET",
		"path": "/agentgateway/resource/calldata/{agentid}/callinbeforeanswer",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"itemsPath": "result",
			"errors": {
				"100-006": "The agent does not sign in."
			}
		},
		"action": "Get Call Information Before Answering"
	},
	{
		"section": "6.1.3.6",
		"title": "Querying Call Information by Call ID",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getCallInfoById",
		"name": "Get Call Information by Call ID",
		"method": "GET",
		"path": "/agentgateway/resource/calldata/{agentid}/callinfobycallid/{callid}",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "callid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "ID of the call to be queried."
			}
		],
		"result": {
			"itemsPath": "result",
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Get Call Information by Call ID"
	},
	{
		"section": "6.1.3.7",
		"title": "Querying Call IDs of a Specified Agent",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getAgentCallIds",
		"name": "Get Call IDs of an Agent",
		"method": "GET",
		"path": "/agentgateway/resource/calldata/{agentid}/allcallinfoEx/{workno}",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "workno",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "ID of the agent to be queried. The value ranges from 101 to 59999. The agent ID must belong to the same VDN as the value of agentid."
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"100-011": "The parameter is invalid when the agent signs in.",
				"900-002": "No permission exists during quality check."
			}
		},
		"action": "Get Call IDs of an Agent"
	},
	{
		"section": "6.1.3.8",
		"title": "Querying the Number of Current Calls of an Agent",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getCallCount",
		"name": "Get the Number of Current Calls",
		"method": "GET",
		"path": "/agentgateway/resource/calldata/{agentid}/callnums",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in."
			}
		},
		"action": "Get the Number of Current Calls"
	},
	{
		"section": "6.1.3.9",
		"title": "Querying Current Call Statistics Information About an Agent",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getStatistics",
		"name": "Get Current Call Statistics",
		"method": "GET",
		"path": "/agentgateway/resource/calldata/{agentid}/statistics",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Get Current Call Statistics"
	},
	{
		"section": "6.1.3.10",
		"title": "Querying the Current Call Statistics of an Agent (Extended)",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getStatisticsEx",
		"name": "Get Current Call Statistics (Extended)",
		"method": "GET",
		"path": "/agentgateway/resource/calldata/{agentid}/statisticsEx",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Get Current Call Statistics"
	},
	{
		"section": "6.1.3.11",
		"title": "Querying Information About Calls Waiting in a Specified Skill Queue",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getWaitingCalls",
		"name": "Get Calls Waiting in a Skill Queue",
		"method": "GET",
		"path": "/agentgateway/resource/calldata/{agentid}/waitcallinfo/{skillid}",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "skillid",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of the skill queue to be queried."
			}
		],
		"result": {
			"itemsPath": "result",
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Get Calls Waiting in a Skill Queue"
	},
	{
		"section": "6.1.3.12",
		"title": "Querying All Calls Placed on Hold by a Specified Agent",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getAgentHoldList",
		"name": "Get Calls Held by an Agent",
		"method": "GET",
		"path": "/agentgateway/resource/calldata/{agentid}/holdlistex/{workno}",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "workno",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "ID of the agent to be queried. The value ranges from 101 to 59999. The agent ID must belong to the same VDN as the value of agentid."
			}
		],
		"result": {
			"itemsPath": "result",
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"300-001": "No agent information query permission.",
				"400-003": "No traffic information is found when the hold queue information is obtained."
			}
		},
		"action": "Get Calls Held by an Agent"
	},
	{
		"section": "6.1.6.1",
		"title": "Applying for an Agent Conference",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "requestConference",
		"name": "Create a Conference",
		"method": "POST",
		"path": "/agentgateway/resource/agentconf/{agentid}/requestagentconf",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "memberNum",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Maximum number of participants in a conference. The value ranges from 1 to 120.",
				"min": 1,
				"max": 120
			},
			{
				"name": "confCallerNo",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Calling number displayed when a user is called to join a conference. The maximum length is 24 bytes. If this parameter is not set, the platform uses the system calling number in the basic information about the VDN configuration console by default. If there are restrictions on numbers in the VDN, the value must be within the restriction range.",
				"maxLength": 24
			},
			{
				"name": "time",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Applied conference duration. The unit is minute. The value ranges from 4 to 1440. The default value is 60.",
				"min": 4,
				"max": 1440,
				"default": 60
			},
			{
				"name": "promptTime",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Duration after which a conference ends. This parameter is optional. The unit is minute. The value ranges from 3 to 1440. The default value is 3. If the value is greater than or equal to the applied conference duration, the value is the applied conference duration minus 1.",
				"min": 3,
				"max": 1440,
				"default": 3
			},
			{
				"name": "beepTone",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to play an announcement when a user joins or leaves a conference. The default value is false.",
				"default": false
			},
			{
				"name": "playMode",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "2: Playing a specified voice file. The default value is 2.",
				"default": 2
			},
			{
				"name": "voicePath",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Absolute file path. The value is in the format of Drive letter/conf/VDN ID/Announcement file name, for example, y:/conf/120/1136287.V3. When BeepTone is set to true, this parameter must be set and playMode must be set to 2. When BeepTone is set to false, this parameter is invalid. The maximum length is 127.",
				"maxLength": 127
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"example": {
			"memberNum": 4,
			"confCallerNo": "10000",
			"time": 50,
			"promptTime": 5,
			"beepTone": true,
			"playMode": 2,
			"voicePath": "y:/conf/120/1136287.V3"
		},
		"action": "Create a Conference"
	},
	{
		"section": "6.1.6.2",
		"title": "Answering an Agent Conference Call",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "answerConference",
		"name": "Answer a Conference Call",
		"method": "POST",
		"path": "/agentgateway/resource/agentconf/{agentid}/answeragentconf",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"101-001": "The agent does not have a conference call."
			}
		},
		"action": "Answer a Conference Call"
	},
	{
		"section": "6.1.6.3",
		"title": "Rejecting an Agent Conference Call",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "rejectConference",
		"name": "Reject a Conference Call",
		"method": "POST",
		"path": "/agentgateway/resource/agentconf/{agentid}/rejectagentconf",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"101-001": "The agent does not have a conference call."
			}
		},
		"action": "Reject a Conference Call"
	},
	{
		"section": "6.1.6.4",
		"title": "Leaving an Agent Conference",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "leaveConference",
		"name": "Leave the Conference",
		"method": "POST",
		"path": "/agentgateway/resource/agentconf/{agentid}/requestleaveagentconf",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"101-001": "The agent does not have a conference call.",
				"101-007": "The chairperson cannot leave the conference."
			}
		},
		"action": "Leave the Conference"
	},
	{
		"section": "6.1.6.5",
		"title": "Releasing an Agent Conference",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "releaseConference",
		"name": "End the Conference",
		"method": "POST",
		"path": "/agentgateway/resource/agentconf/{agentid}/releaseagentconf",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"101-001": "The agent does not have a conference call.",
				"101-002": "The agent is not the chairperson of the current conference call."
			}
		},
		"action": "End the Conference"
	},
	{
		"section": "6.1.6.6",
		"title": "Holding a Participant in a Conference",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "holdParticipant",
		"name": "Hold a Participant",
		"method": "POST",
		"path": "/agentgateway/resource/agentconf/{agentid}/holdparticipant",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "addressType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Address type. 6: phone number 9: agent ID",
				"options": [
					{
						"value": "6",
						"name": "phone number"
					},
					{
						"value": "9",
						"name": "agent ID"
					}
				]
			},
			{
				"name": "address",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Address ID. The maximum length is 24 bytes.",
				"maxLength": 24
			},
			{
				"name": "playMode",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Mode for playing an announcement. The value 2 indicates that a specified announcement file is played. The default value is 2.",
				"default": 2
			},
			{
				"name": "voicePath",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Absolute file path. The value is in the format of Drive letter/conf/VDN ID/Announcement file name, for example, y:/conf/120/1136287.V3. The value can contain a maximum of 127 characters.",
				"maxLength": 127
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"101-001": "The agent does not have a conference call.",
				"101-002": "The agent is not the chairperson of the current conference call."
			}
		},
		"example": {
			"address": "88887946",
			"addressType": "6",
			"playMode": 2,
			"voicePath": "y:/conf/120/1136287.V3"
		},
		"action": "Hold a Participant"
	},
	{
		"section": "6.1.6.7",
		"title": "Unholding a Participant in a Conference",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "unholdParticipant",
		"name": "Unhold a Participant",
		"method": "POST",
		"path": "/agentgateway/resource/agentconf/{agentid}/unholdparticipant",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "addressType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Address type. 6: phone number 9: agent ID",
				"options": [
					{
						"value": "6",
						"name": "phone number"
					},
					{
						"value": "9",
						"name": "agent ID"
					}
				]
			},
			{
				"name": "address",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Address ID, that is, phone number or agent ID. The maximum length is 24 bytes.",
				"maxLength": 24
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"101-001": "The agent does not have a conference call.",
				"101-002": "The agent is not the chairperson of the current conference call."
			}
		},
		"example": {
			"address": "2002",
			"addressType": "9"
		},
		"action": "Unhold a Participant"
	},
	{
		"section": "6.1.6.8",
		"title": "Applying for Extending a Conference",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "prolongConference",
		"name": "Extend the Conference",
		"method": "POST",
		"path": "/agentgateway/resource/agentconf/{agentid}/prolongtime",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "prolongTime",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Duration by which a conference is extended. The unit is minute. The value ranges from 1 to 1440.",
				"min": 1,
				"max": 1440
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"101-001": "The agent does not have a conference call.",
				"101-002": "The agent is not the chairperson of the current conference call."
			}
		},
		"example": {
			"prolongTime": 100
		},
		"action": "Extend the Conference"
	},
	{
		"section": "6.1.6.9",
		"title": "Transferring the Chairperson Permission",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "transferChair",
		"name": "Transfer the Chairperson Role",
		"method": "POST",
		"path": "/agentgateway/resource/agentconf/{agentid}/applytoshiftpresident",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "destAgentNo",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the agent to whom the chairperson permission is to be transferred."
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"101-001": "The agent does not have a conference call.",
				"101-002": "The agent is not the chairperson of the current conference call.",
				"101-005": "The permission of a chairperson cannot be transferred to itself."
			}
		},
		"example": {
			"destAgentNo": 2001
		},
		"action": "Transfer the Chairperson Role"
	},
	{
		"section": "6.1.6.10",
		"title": "Inviting Participants in Batches",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "addParticipants",
		"name": "Invite Participants",
		"method": "POST",
		"path": "/agentgateway/resource/agentconf/{agentid}/batchaddparticipant",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "addresses",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "Information about participants to be invited to join a conference in batches. The maximum length of the array is 120. For details about the parameters of this object, see Table 6-310.",
				"maxItems": 120,
				"children": [
					{
						"name": "addressType",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Address type. 6: phone number 9: agent ID",
						"options": [
							{
								"value": "6",
								"name": "phone number"
							},
							{
								"value": "9",
								"name": "agent ID"
							}
						]
					},
					{
						"name": "address",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Address ID. The value can contain a maximum of 24 characters.",
						"maxLength": 24
					},
					{
						"name": "deviceCallType",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "User-defined device call type. For details, see Table 6-458. If this parameter is left empty or set to null, the default value 0 is used. The value ranges from 0 to 255.",
						"min": 0,
						"max": 255
					},
					{
						"name": "deviceType",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "User-defined device type. For details, see Table 6-457. If this parameter is left empty or set to null, the default value 0 is used. The value ranges from 0 to 255.",
						"min": 0,
						"max": 255
					}
				]
			},
			{
				"name": "beepTone",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to play a welcome announcement to a user when the user joins a conference. The default value is false.",
				"default": false
			},
			{
				"name": "playMode",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Mode for playing an announcement. The value 2 indicates that a specified announcement file is played. The default value is 2.",
				"default": 2
			},
			{
				"name": "voicePath",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Absolute file path. The value is in the format of Drive letter/conf/ VDN ID/Announcement file name, for example, y:/conf/120/1136287.V3. When BeepTone is set to true, this parameter must be set and playMode must be set to 2. When BeepTone is set to false, this parameter is invalid. The value can contain a maximum of 127 characters.",
				"maxLength": 127
			},
			{
				"name": "caller",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Calling number. If there are restrictions on numbers in the VDN, the value must be within the restriction range. The value can contain a maximum of 24 characters.",
				"maxLength": 24
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"101-001": "The agent does not have a conference call.",
				"101-002": "The agent is not the chairperson of the current conference call."
			}
		},
		"example": {
			"addresses": [
				{
					"address": "2002",
					"addressType": "9",
					"deviceCallType": 1,
					"deviceType": 66
				}
			],
			"beepTone": false,
			"playMode": 2,
			"voicePath": "y:/conf/120/1136287.V3",
			"caller": "1111"
		},
		"action": "Invite Participants"
	},
	{
		"section": "6.1.6.11",
		"title": "Deleting Participants in Batches",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "removeParticipants",
		"name": "Remove Participants",
		"method": "POST",
		"path": "/agentgateway/resource/agentconf/{agentid}/batchremoveparticipant",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "addresses",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "Information about participants to be deleted in batches. The maximum length of the array is 30. For details about the parameters of this object, see Table 6-315.",
				"maxItems": 30,
				"children": [
					{
						"name": "addressType",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Address type. 6: phone number 9: agent ID",
						"options": [
							{
								"value": "6",
								"name": "phone number"
							},
							{
								"value": "9",
								"name": "agent ID"
							}
						]
					},
					{
						"name": "address",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Address ID. The value can contain a maximum of 24 characters.",
						"maxLength": 24
					}
				]
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"101-001": "The agent does not have a conference call.",
				"101-002": "The agent is not the chairperson of the current conference call."
			}
		},
		"example": {
			"addresses": [
				{
					"address": "2002",
					"addressType": "9"
				},
				{
					"address": "2001",
					"addressType": "9"
				}
			]
		},
		"action": "Remove Participants"
	},
	{
		"section": "6.1.6.12",
		"title": "Modifying Participant Attributes",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "changeParticipantMode",
		"name": "Change Participant Attributes (Mute or Speak)",
		"method": "POST",
		"path": "/agentgateway/resource/agentconf/{agentid}/changeparticipantmode",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "attribute",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Participant attribute. The options are as follows: 1: The participant can only listen but cannot speak. 2: The participant can only speak but cannot listen. 3: The participant can listen and speak. 4: The participant cannot listen or speak.",
				"options": [
					{
						"value": 1,
						"name": "The participant can only listen but cannot speak"
					},
					{
						"value": 2,
						"name": "The participant can only speak but cannot listen"
					},
					{
						"value": 3,
						"name": "The participant can listen and speak"
					},
					{
						"value": 4,
						"name": "The participant cannot listen or speak"
					}
				]
			},
			{
				"name": "addressType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Address type. 6: phone number 9: agent ID",
				"options": [
					{
						"value": "6",
						"name": "phone number"
					},
					{
						"value": "9",
						"name": "agent ID"
					}
				]
			},
			{
				"name": "address",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Address ID, that is, phone number or agent ID. The maximum length is 24 bytes.",
				"maxLength": 24
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"101-001": "The agent does not have a conference call.",
				"101-002": "The agent is not the chairperson of the current conference call."
			}
		},
		"example": {
			"attribute": 3,
			"address": "88887744",
			"addressType": "6"
		},
		"action": "Change Participant Attributes"
	},
	{
		"section": "6.1.6.13",
		"title": "Playing an Announcement in an Agent Conference",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "playToConference",
		"name": "Play an Announcement to the Conference",
		"method": "POST",
		"path": "/agentgateway/resource/agentconf/{agentid}/playvoicetoconf",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "playType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Announcement playing type. The options are as follows: 0: The conference foreground announcement is played. 1: The conference background announcement is played. The default value is 0.",
				"options": [
					{
						"value": 0,
						"name": "The conference foreground announcement is played"
					},
					{
						"value": 1,
						"name": "The conference background announcement is played"
					}
				],
				"default": 0
			},
			{
				"name": "playMode",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Mode for playing an announcement. The value 2 indicates that a specified announcement file is played. The default value is 2.",
				"default": 2
			},
			{
				"name": "voicePath",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Absolute file path. The value is in the format of Drive letter/conf/VDN ID/Announcement file name, for example, y:/conf/120/1136287.V3. The value can contain a maximum of 127 characters.",
				"maxLength": 127
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"101-001": "The agent does not have a conference call.",
				"101-002": "The agent is not the chairperson of the current conference call."
			}
		},
		"example": {
			"playType": 0,
			"playMode": 2,
			"voicePath": "y:/conf/120/1136287.V3"
		},
		"action": "Play an Announcement to the Conference"
	},
	{
		"section": "6.1.6.14",
		"title": "Stopping Conference Announcement Playing",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "stopPlayToConference",
		"name": "Stop the Conference Announcement",
		"method": "POST",
		"path": "/agentgateway/resource/agentconf/{agentid}/stopvoicetoconf",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"101-001": "The agent does not have a conference call.",
				"101-002": "The agent is not the chairperson of the current conference call."
			}
		},
		"action": "Stop the Conference Announcement"
	},
	{
		"section": "6.1.6.15",
		"title": "Playing an Announcement in an Agent Conference Channel",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "playToParticipant",
		"name": "Play an Announcement to a Participant",
		"method": "POST",
		"path": "/agentgateway/resource/agentconf/{agentid}/playvoicetoparticipant",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "addressType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Address type. 6: phone number 9: agent ID",
				"options": [
					{
						"value": "6",
						"name": "phone number"
					},
					{
						"value": "9",
						"name": "agent ID"
					}
				]
			},
			{
				"name": "address",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Address ID. The maximum length is 24 bytes.",
				"maxLength": 24
			},
			{
				"name": "playMode",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Mode for playing an announcement. The value 2 indicates that a specified announcement file is played. The default value is 2.",
				"default": 2
			},
			{
				"name": "voicePath",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Absolute file path. The value is in the format of Drive letter/conf/VDN ID/Announcement file name, for example, y:/conf/120/1136287.V3. The value can contain a maximum of 127 characters.",
				"maxLength": 127
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"101-001": "The agent does not have a conference call.",
				"101-002": "The agent is not the chairperson of the current conference call."
			}
		},
		"example": {
			"address": "2002",
			"addressType": "9",
			"playMode": 2,
			"voicePath": "y:/conf/120/1136287.V3"
		},
		"action": "Play an Announcement to a Participant",
		"shapeNote": "voicePath is typed \"voicePath\" in the table (a parse slip); the description and the example make it a String of at most 127 characters."
	},
	{
		"section": "6.1.6.16",
		"title": "Stopping Announcement Playing in an Agent Conference Channel",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "stopPlayToParticipant",
		"name": "Stop the Announcement to a Participant",
		"method": "POST",
		"path": "/agentgateway/resource/agentconf/{agentid}/stopvoicetoparticipant",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "addressType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Address type. 6: phone number 9: agent ID",
				"options": [
					{
						"value": "6",
						"name": "phone number"
					},
					{
						"value": "9",
						"name": "agent ID"
					}
				]
			},
			{
				"name": "address",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Address ID. The maximum length is 24 bytes.",
				"maxLength": 24
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"101-001": "The agent does not have a conference call.",
				"101-002": "The agent is not the chairperson of the current conference call."
			}
		},
		"example": {
			"addressType": "9",
			"address": "2002"
		},
		"action": "Stop the Announcement to a Participant"
	},
	{
		"section": "6.1.6.17",
		"title": "Changing the Number of Conference Participants",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "modifyConferenceSize",
		"name": "Change the Number of Participants",
		"method": "POST",
		"path": "/agentgateway/resource/agentconf/{agentid}/modifyconfresource",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "modifyType",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Type of a change request. 0: increase 1: decrease",
				"options": [
					{
						"value": 0,
						"name": "increase"
					},
					{
						"value": 1,
						"name": "decrease"
					}
				]
			},
			{
				"name": "modifyNum",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number to be changed. The value ranges from 2 to 118.",
				"min": 2,
				"max": 118
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"101-001": "The agent does not have a conference call.",
				"101-002": "The agent is not the chairperson of the current conference call."
			}
		},
		"example": {
			"modifyType": 0,
			"modifyNum": 3
		},
		"action": "Change the Number of Participants"
	},
	{
		"section": "6.1.6.18",
		"title": "Querying Conference Information in Batches",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "getConferences",
		"name": "Get Conference Information",
		"method": "POST",
		"path": "/agentgateway/resource/agentconf/{agentid}/queryconfinfos",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "confIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Conference ID array. The maximum length of the array is 20.",
				"maxItems": 20
			}
		],
		"shapeNote": "Field conflds kept exactly as printed in the table and the example. Vendor evidence: confIds (the PDF prints conflds): the PDF prints conflds in table and example; an I/l misreading of confIds (the answer lists confId); no vendor page found.",
		"result": {
			"itemsPath": "result",
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"example": {
			"conflds": [
				1029888,
				1029889
			]
		},
		"action": "Get Conference Information"
	},
	{
		"section": "6.1.6.19",
		"title": "Querying an Ongoing Conference ID in the VDN",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "getVdnConferenceId",
		"name": "Get the Ongoing Conference ID in the VDN",
		"method": "GET",
		"path": "/agentgateway/resource/agentconf/{agentid}/queryvdnconfid",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Get the Ongoing Conference ID in the VDN"
	},
	{
		"section": "6.1.5.1",
		"title": "Sending Messages: sendmessage",
		"family": "agentGateway.mediacall",
		"resource": "multimedia",
		"operation": "sendMessage",
		"name": "Send a Message",
		"method": "POST",
		"path": "/agentgateway/resource/mediacall/{agentid}/sendmessage",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "callid",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call ID."
			},
			{
				"name": "userid",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "User number."
			},
			{
				"name": "data",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "If the value is a string, it indicates the text content of the message to be sent. When platform encryption is selected during CC-Gateway installation (that is, the MULTIMEDIA_SECM ODE parameter in / home/elpis/tomcat/webapps/agentgateway/WEB-INF/config/basic.properties is set to 1), the maximum size of the message content is 1.9 KB. When business-side encryption is selected during CC-Gateway i...",
				"children": [
					{
						"name": "from",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Channel ID, which is the value of Configuration ID of the channel added by the enterprise on the Configuration Center > Access Configuration > Channel Configuration page of the tenant space."
					},
					{
						"name": "to",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "User number. The value is specified by the enterprise and is generally the recipient ID."
					},
					{
						"name": "channel",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Message channel. The options are as follows: • WEB • WECHAT • TWITTER • FACEBOOK • 5G • EMAIL • VOICE • LINE • WHATSAPP • SMS • INSTAGRAM • TELEGRAM"
					},
					{
						"name": "controlType",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Control type. The value is fixed to CHAT."
					},
					{
						"name": "mediaType",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Media type. The options are as follows: • TEXT: text • IMAGE: image • AUDIO: audio • VIDEO: video • LOCATE: location • EMOTICONS: emoji • CARD: card • MULTICARD: carousel card • EMAIL: email • WHATSAPPTEMPLATE: WhatsApp template • RICHTEXT: rich text • WEBCARD: web card message • SMSTEMPLATE: SMS template message • LOCATION: location (Telegram) • DOCUMENT: document • COBROWSESITE: co-browsing URL",
						"options": [
							{
								"value": "TEXT",
								"name": "text"
							},
							{
								"value": "IMAGE",
								"name": "image"
							},
							{
								"value": "AUDIO",
								"name": "audio"
							},
							{
								"value": "VIDEO",
								"name": "video"
							},
							{
								"value": "LOCATE",
								"name": "location"
							},
							{
								"value": "EMOTICONS",
								"name": "emoji"
							},
							{
								"value": "CARD",
								"name": "card"
							},
							{
								"value": "MULTICARD",
								"name": "carousel card"
							},
							{
								"value": "EMAIL",
								"name": "email"
							},
							{
								"value": "WHATSAPPTEMPLATE",
								"name": "WhatsApp template"
							},
							{
								"value": "RICHTEXT",
								"name": "rich text"
							},
							{
								"value": "WEBCARD",
								"name": "web card message"
							},
							{
								"value": "SMSTEMPLATE",
								"name": "SMS template message"
							},
							{
								"value": "LOCATION",
								"name": "location (Telegram)"
							},
							{
								"value": "DOCUMENT",
								"name": "document"
							},
							{
								"value": "COBROWSESITE",
								"name": "co-browsing URL"
							}
						]
					},
					{
						"name": "messageCode",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Unique code of a message, for example, the UUID."
					},
					{
						"name": "mediaFileType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Media file type. • If mediaType is IMAGE, the options are jpg, png, and jpeg. • If mediaType is AUDIO, the options are mp3, aac, m4a, and mp4. • If mediaType is EMOTICONS, the option is gif. • If mediaType is DOCUMENT, the options are doc, docx, pdf, zip, and RTF."
					},
					{
						"name": "senderNickname",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Agent nickname. The value is specified by the enterprise."
					},
					{
						"name": "senderAvatar",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Agent avatar. The value is specified by the enterprise."
					},
					{
						"name": "sendTime",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Sending timestamp."
					},
					{
						"name": "content",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Message content. Directly enter the content of the message to be sent, or enter a message format that can be parsed by the third-party system."
					},
					{
						"name": "contentType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Message type. If this parameter is set to 1, the file to be sent is a local file selected by the agent. If this parameter is not passed or is set to 0, the file to be sent is a multimedia library file instead of a local file. In this case, the file must be uploaded in Configuration Center > Resource Management > Online Chat Multimedia Library of the tenant space in advance."
					},
					{
						"name": "userId",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "User ID. The value is defined by the enterprise and can be the same as that of to."
					}
				],
				"jsonString": true
			}
		],
		"shapeNote": "example keys not in the table: content data is typed Object in the table but the example sends it as JSON text; it is sent as JSON text.",
		"result": {
			"errors": {
				"106-001": "The multimedia function is disabled.",
				"106-002": "An empty message is sent.",
				"106-007": "The message content length exceeds the upper limit (2048 bytes).",
				"106-011": "The parameter is empty.",
				"106-013": "When an agent sends a multimedia message, the call ID is empty.",
				"106-014": "When an agent sends a multimedia message, the call ID is invalid (not the call ID of the current agent)."
			}
		},
		"example": {
			"callid": "1552524689-16797284",
			"userid": "88880043",
			"data": "{\"from\":\"202301032048582419\",\"to\":\"1672709693442874044\",\"channel\":\"WEB\",\"controlType\":\"CHAT\",\"mediaType\":\"TEXT\",\"messageCode\":\"b72d414f-97ca-4897-bc9f-a727ad92ff12\",\"content\":\"<p>Message sent by the agent</p>\",\"senderNickname\":\"Agent\",\"senderAvatar\":\"DefaultAvatar\",\"sendTime\":1678109503317,\"userId\":\"1672709693442874044\"}",
			"content": "Message sent by the agent"
		},
		"action": "Send a Message"
	},
	{
		"section": "6.1.5.2",
		"title": "Agent Session Quantity Configuration: setcallnums",
		"family": "agentGateway.mediacall",
		"resource": "multimedia",
		"operation": "setSessionCount",
		"name": "Set Session Quantity",
		"method": "POST",
		"path": "/agentgateway/resource/mediacall/{agentid}/setcallnums",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Media type. The options are as follows: • 1: text chat • 2: click-to-dial call • 4: callback request • 5: common voice or video call • 15: predicted outbound call • 16: previewed outbound call • 17: message call • 19: common video call • 51: multimedia web chat • 53: social chat",
				"options": [
					{
						"value": "1",
						"name": "text chat"
					},
					{
						"value": "2",
						"name": "click-to-dial call"
					},
					{
						"value": "4",
						"name": "callback request"
					},
					{
						"value": "5",
						"name": "common voice or video call"
					},
					{
						"value": "15",
						"name": "predicted outbound call"
					},
					{
						"value": "16",
						"name": "previewed outbound call"
					},
					{
						"value": "17",
						"name": "message call"
					},
					{
						"value": "19",
						"name": "common video call"
					},
					{
						"value": "51",
						"name": "multimedia web chat"
					},
					{
						"value": "53",
						"name": "social chat"
					}
				]
			},
			{
				"name": "callnums",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Maximum number of agent sessions. The maximum value is 60, and the minimum value is 1."
			}
		],
		"result": {
			"errors": {
				"106-003": "The number of sessions exceeds the maximum value (60).",
				"106-008": "The channel type is incorrect.",
				"106-012": "The value is beyond the short range."
			}
		},
		"example": {
			"mediaType": "53",
			"callnums": "1"
		},
		"action": "Set Session Quantity"
	},
	{
		"section": "6.1.5.3",
		"title": "Session Transfer: transfer",
		"family": "agentGateway.mediacall",
		"resource": "multimedia",
		"operation": "transferSession",
		"name": "Transfer a Session",
		"method": "POST",
		"path": "/agentgateway/resource/mediacall/{agentid}/transfer",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "callid",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call ID."
			},
			{
				"name": "caller",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Calling number."
			},
			{
				"name": "devicetype",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Type of a transfer-out device. 1: skill queue 2: agent 4: system access code",
				"options": [
					{
						"value": 1,
						"name": "skill queue"
					},
					{
						"value": 2,
						"name": "agent"
					},
					{
						"value": 4,
						"name": "system access code"
					}
				]
			},
			{
				"name": "mode",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Transfer-out mode. For details, see Table 6-459. When devicetype is set to 1, the options are as follows: 0: blind transfer 2: release-after-transfer When devicetype is set to 2, the options are as follows: 0: blind transfer 2: release-after-transfer When devicetype is set to 4, the options are as follows: 0: blind transfer 2: release-after-transfer",
				"options": [
					{
						"value": 0,
						"name": "blind transfer"
					},
					{
						"value": 2,
						"name": "release-after-transfer"
					}
				]
			},
			{
				"name": "address",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Address to which the call is transferred, that is, the device ID corresponding to the target device type. The value contains a maximum of 24 characters. When devicetype is set to 1, the value of this parameter is a skill queue ID. When devicetype is set to 2, the value of this parameter is an agent ID. When devicetype is set to 4, the value of this parameter is a system access code.",
				"maxLength": 24
			},
			{
				"name": "calldata",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Data transferred to the target agent. The value can contain a maximum of 2048 bytes.",
				"maxLength": 2048
			},
			{
				"name": "skillId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Skill ID. This parameter is valid only when devicetype is set to 2."
			}
		],
		"result": {
			"errors": {
				"106-004": "The session transfer device type is not supported.",
				"106-005": "An internal error occurs in session transfer, or the transfer-out mode or device type is not supported.",
				"106-006": "The agent information is empty during session transfer.",
				"106-009": "The maximum size of data that can be carried during session transfer is 2048 bytes.",
				"106-010": "The transfer-out mode is not supported during session transfer.",
				"106-012": "The value is beyond the short range."
			}
		},
		"example": {
			"callid": "1552524689-16797284",
			"caller": "88880021",
			"devicetype": 2,
			"mode": 2,
			"address": "205",
			"calldata": "help"
		},
		"action": "Transfer a Session"
	},
	{
		"section": "6.1.5.4",
		"title": "Obtaining Connection Information: getconnectinfo",
		"family": "agentGateway.mediacall",
		"resource": "multimedia",
		"operation": "getConnectInfo",
		"name": "Get Connection Information",
		"method": "POST",
		"path": "/agentgateway/resource/mediacall/{agentid}/getconnectinfo",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "userType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Subscriber type. The default value is agent, indicating an agent.",
				"default": "agent"
			},
			{
				"name": "callid",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call ID."
			}
		],
		"result": {
			"errors": {
				"106-011": "The parameter is empty.",
				"106-015": "Invalid user type.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"example": {
			"callid": "1552524689-16797284",
			"userType": "agent"
		},
		"action": "Get Connection Information"
	},
	{
		"section": "6.1.5.5",
		"title": "Screenshot: imagecapture",
		"family": "agentGateway.mediacall",
		"resource": "multimedia",
		"operation": "captureImage",
		"name": "Take a Screenshot",
		"method": "POST",
		"path": "/agentgateway/resource/mediacall/{agentid}/imagecapture",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "userType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Subscriber type. The default value is user, indicating a user.",
				"default": "user"
			},
			{
				"name": "callid",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call ID."
			}
		],
		"result": {
			"errors": {
				"106-011": "The parameter is empty.",
				"106-015": "Invalid user type.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"example": {
			"callid": "1552524689-16797284",
			"userType": "user"
		},
		"action": "Take a Screenshot"
	},
	{
		"section": "5.2.5",
		"title": "Obtaining the Total Number of Users in a Configured Skill Queue",
		"family": "agentGateway.queuedevice",
		"resource": "queueAndGroup",
		"operation": "getWaitCount",
		"name": "Get Waiting Users in Configured Queues",
		"method": "GET",
		"path": "/agentgateway/resource/queuedevice/{agentid}/waitnum",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in."
			}
		},
		"action": "Get Waiting Users in Configured Queues"
	},
	{
		"section": "5.2.6",
		"title": "Obtaining the Number of Users in a Skill Queue to Which an Agent Has Signed In",
		"family": "agentGateway.queuedevice",
		"resource": "queueAndGroup",
		"operation": "getWaitCountByAgent",
		"name": "Get Waiting Users in the Agent’s Queues",
		"method": "GET",
		"path": "/agentgateway/resource/queuedevice/{agentid}/waitnumbyagent",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Get Waiting Users in the Agent’s Queues"
	},
	{
		"section": "5.2.7",
		"title": "Obtaining the Skill Queue Information of the Home VDN of an Agent",
		"family": "agentGateway.queuedevice",
		"resource": "queueAndGroup",
		"operation": "getVdnSkills",
		"name": "Get the Skill Queues of the Agent’s VDN",
		"method": "GET",
		"path": "/agentgateway/resource/queuedevice/{agentid}/agentvdnskill",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"itemsPath": "result",
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"600-005": "No skill queue information is found during the query of information about skill queues of the VDN that the agent belongs to."
			}
		},
		"action": "Get the Skill Queues of the Agent’s VDN",
		"shapeNote": "Vendor evidence: the path is /agentgateway/resource/queuedevice/{agentid}/agentvdnskill (the PDF prints /agentgateway/resource/queuedevice/{agentid}/agentvdsnskill): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1021.html / cec_07_0409 (querySkillQueueOnAgentVDN)."
	},
	{
		"section": "5.2.8",
		"title": "Obtaining the Total Number of Users in a Specified Skill Queue",
		"family": "agentGateway.queuedevice",
		"resource": "queueAndGroup",
		"operation": "getSkillWaitCount",
		"name": "Get Waiting Users in a Skill Queue",
		"method": "GET",
		"path": "/agentgateway/resource/queuedevice/{agentid}/skillwaitnum/{skillid}",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "skillid",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Skill queue ID."
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in."
			}
		},
		"action": "Get Waiting Users in a Skill Queue"
	},
	{
		"section": "5.2.9",
		"title": "Querying the Statistics About a Set of Skill Queues",
		"family": "agentGateway.queuedevice",
		"resource": "queueAndGroup",
		"operation": "getQueueStatistics",
		"name": "Get Skill Queue Statistics",
		"method": "POST",
		"path": "/agentgateway/resource/queuedevice/{agentid}/queryacdstat",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "skills",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Indicates a list of skill queue IDs. The maximum array size is 100."
			}
		],
		"result": {
			"itemsPath": "result",
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"example": {
			"skills": [
				1,
				10
			]
		},
		"action": "Get Skill Queue Statistics"
	},
	{
		"section": "5.2.10",
		"title": "Querying the IVR Information of the VDN to Which an Agent Belongs",
		"family": "agentGateway.queuedevice",
		"resource": "queueAndGroup",
		"operation": "getIvrInfo",
		"name": "Get the IVRs of the Agent’s VDN",
		"method": "GET",
		"path": "/agentgateway/resource/queuedevice/{agentid}/ivrinfo",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"600-004": "No configuration information is found when the VDN IVR information is queried.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"100-006": "The agent does not sign in."
			}
		},
		"action": "Get the IVRs of the Agent’s VDN"
	},
	{
		"section": "5.2.11",
		"title": "Querying Information About Agents That Have Signed In to a Skill Queue",
		"family": "agentGateway.agentgroup",
		"resource": "queueAndGroup",
		"operation": "getAgentsBySkill",
		"name": "Get Signed-In Agents of a Skill Queue",
		"method": "GET",
		"path": "/agentgateway/resource/agentgroup/{agentid}/agentbyskill/{skillid}",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "skillid",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of the skill queue to be queried."
			}
		],
		"result": {
			"itemsPath": "result",
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"300-002": "No agent information is found during query."
			}
		},
		"action": "Get Signed-In Agents of a Skill Queue"
	},
	{
		"section": "5.2.12",
		"title": "Querying the Details About a Specified Agent",
		"family": "agentGateway.agentgroup",
		"resource": "queueAndGroup",
		"operation": "getAgentDetails",
		"name": "Get the Details of an Agent",
		"method": "GET",
		"path": "/agentgateway/resource/agentgroup/{agentid}/agentbyworkno/{workno}",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "workno",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "ID of the agent to be queried. The value ranges from 101 to 59999. The agent ID must belong to the same VDN as the value of agentid."
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Get the Details of an Agent"
	},
	{
		"section": "5.2.13",
		"title": "Querying the Details About All Online Agents That Have Signed In to a Skill Queue",
		"family": "agentGateway.agentgroup",
		"resource": "queueAndGroup",
		"operation": "getOnlineAgents",
		"name": "Get All Online Agents",
		"method": "GET",
		"path": "/agentgateway/resource/agentgroup/{agentid}/allonlineagents",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"itemsPath": "result",
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"600-005": "No skill queue information is found during the query of information about skill queues of the VDN that the agent belongs to."
			}
		},
		"action": "Get All Online Agents"
	},
	{
		"section": "13.1.2.1",
		"title": "Downloading Recordings",
		"family": "agentGateway.recordfile",
		"resource": "recording",
		"operation": "downloadRecording",
		"name": "Download a Recording",
		"method": "GET",
		"path": "/agentgateway/resource/recordfile/{agentid}",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "ID of the agent who signs in. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "recordId",
				"in": "query",
				"type": "string",
				"required": true,
				"description": "Path and name of a recording file. The path and name of the recording file are generated when AgentMediaEvent_Record is triggered and are returned in fileName. For details about the recording file path format, see the following description."
			},
			{
				"name": "filetype",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Type of a recording file. The options are as follows: • 1: agent call recording file • 2: IVR or third-party voice message recording file NOTE 1. The format of the path of an IVR voice message recording file is as follows: Drive letter:/VDN ID/record/. Example: y:/1/record/20190412/playvoice1551276018824.wav 2. The format of the path of a third-party voice message recording file is as follows: ...",
				"options": [
					{
						"value": "1",
						"name": "agent call recording file"
					},
					{
						"value": "2",
						"name": "IVR or third-party voice message recording file"
					}
				]
			},
			{
				"name": "locationId",
				"in": "query",
				"type": "number",
				"required": false,
				"description": "Node ID, which is mandatory in CTI pool mode and is generated when AgentMediaEvent_Record is triggered."
			}
		],
		"result": {
			"errors": {
				"104-001": "The recording download function is not enabled.",
				"104-005": "Failed to delete the recording file because the recording file does not exist.",
				"104-010": "The recording node ID is not configured."
			},
			"binary": true
		},
		"action": "Download a Recording"
	},
	{
		"section": "13.1.2.2",
		"title": "Downloading Recordings (Extended)",
		"family": "agentGateway.recordfile",
		"resource": "recording",
		"operation": "downloadRecordingEx",
		"name": "Download a Recording (Extended)",
		"method": "GET",
		"path": "/agentgateway/resource/recordfile/{agentid}/recordfiledownloadEx",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "ID of the agent who signs in. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "callId",
				"in": "query",
				"type": "string",
				"required": true,
				"description": "Call ID."
			},
			{
				"name": "hwFileName",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "File path. If the value of hwFileName is not transferred, an audio file is downloaded. If hwFileName is specified, a video file is downloaded, for example, Y:/90/0/20210519/4977/1642329.mp4."
			},
			{
				"name": "workNo",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "ID of an inspected agent. This parameter must be transferred when the sign-in agent is an inspector and hwFileName is empty."
			}
		],
		"result": {
			"errors": {
				"108-001": "The video download function is not enabled.",
				"108-014": "The VoiceCyber service address is not configured.",
				"108-015": "Failed to download the recording file.",
				"108-016": "The recording file download request is abnormal.",
				"108-017": "The authentication token is empty."
			},
			"binary": true
		},
		"action": "Download a Recording"
	},
	{
		"section": "13.1.3.1",
		"title": "Downloading Video Files",
		"family": "agentGateway.recordfile",
		"resource": "recording",
		"operation": "downloadVideo",
		"name": "Download a Video File",
		"method": "GET",
		"path": "/agentgateway/resource/recordfile/{agentid}/videofiledownload",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "conferenceId",
				"in": "query",
				"type": "string",
				"required": true,
				"description": "Indicates the conference ID. Example: 7a008307-34ad-435b-bccd-222be5ac5385"
			},
			{
				"name": "recordId",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Indicates the video recording ID. Example: 0a08082d-df1e-4c06-9a97-c7c6f7a4724e NOTE If recordId is not specified, the video file corresponding to the first recording URL is downloaded by default."
			},
			{
				"name": "fileType",
				"in": "query",
				"type": "string",
				"required": true,
				"description": "File type. The options are as follows: ● 0: HD file ● 1: SD file ● 2: videoAux",
				"options": [
					{
						"value": "0",
						"name": "HD file"
					},
					{
						"value": "1",
						"name": "SD file"
					},
					{
						"value": "2",
						"name": "videoAux"
					}
				]
			}
		],
		"result": {
			"errors": {
				"108-001": "The video download function is not enabled.",
				"108-002": "The VDN corresponding to the video ID is different from the current VDN.",
				"108-003": "The record ID does not exist.",
				"108-004": "The RSE service request timed out.",
				"108-005": "Error in the video file download request.",
				"108-006": "Failed to query the recording address during video file download.",
				"108-007": "Failed to download the video file.",
				"108-008": "Incorrect format of the RSE service address for downloading video files.",
				"108-009": "The type of the video file to be downloaded does not exist."
			},
			"binary": true
		},
		"action": "Download a Video File"
	},
	{
		"section": "13.1.3.2",
		"title": "Downloading Video Files (Extended)",
		"family": "agentGateway.recordfile",
		"resource": "recording",
		"operation": "downloadVideoEx",
		"name": "Download a Video File (Extended)",
		"method": "GET",
		"path": "/agentgateway/resource/recordfile/{agentid}/videofiledownloadEx",
		"auth": "C4",
		"idempotent": true,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "recordId",
				"in": "query",
				"type": "string",
				"required": true,
				"description": "Video file path. NOTE If recordId is not specified, the video file corresponding to the first recording URL is downloaded by default."
			},
			{
				"name": "locationId",
				"in": "query",
				"type": "integer",
				"required": false,
				"description": "Node ID. This parameter is mandatory in CTI Pool mode."
			}
		],
		"result": {
			"errors": {
				"108-001": "The video download function is not enabled.",
				"104-003": "Failed to delete the recording file because the file name is invalid.",
				"104-010": "The recording node ID is not configured.",
				"108-002": "The VDN corresponding to the video ID is different from the current VDN.",
				"108-011": "Failed to download the video because the mapping path does not exist.",
				"108-009": "The type of the video file to be downloaded does not exist.",
				"108-012": "Failed to download the video because the video file does not exist.",
				"108-013": "Failed to convert the video file."
			},
			"binary": true
		},
		"action": "Download a Video File"
	}
];
