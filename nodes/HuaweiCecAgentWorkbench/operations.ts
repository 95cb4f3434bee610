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
				"description": "ID of the agent who signs in (work number)",
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
				"description": "Password of the agent on the CTI platform",
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
				"description": "Softphone number the agent signs in with",
				"maxLength": 24,
				"fromCredential": {
					"field": "phoneNumber"
				},
				"displayName": "Phone Number"
			},
			{
				"name": "autoanswer",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether calls are answered automatically",
				"default": true,
				"displayName": "Auto Answer"
			},
			{
				"name": "autoenteridle",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether the agent becomes idle automatically after a call ends (otherwise it enters wrap-up)",
				"default": true,
				"displayName": "Auto Idle After Call"
			},
			{
				"name": "releasephone",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether the phone is hung up when a call ends (otherwise the line stays off-hook between calls)",
				"default": true,
				"displayName": "Release Phone After Call"
			},
			{
				"name": "agenttype",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Kind of agent signing in",
				"options": [
					{
						"value": 4,
						"name": "PC and Phone"
					},
					{
						"value": 11,
						"name": "PC and Video Phone"
					}
				],
				"default": 4,
				"displayName": "Agent Type"
			},
			{
				"name": "status",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "State the agent is in once signed in",
				"options": [
					{
						"value": 3,
						"name": "Busy"
					},
					{
						"value": 4,
						"name": "Idle"
					},
					{
						"value": 5,
						"name": "Wrap-Up"
					}
				],
				"default": 4,
				"displayName": "State After Sign-In"
			},
			{
				"name": "ip",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "IPv4 address of the agent's computer (IPv6 is not supported)",
				"maxLength": 15,
				"default": "127.0.0.1",
				"displayName": "Agent IP Address"
			},
			{
				"name": "entryip",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "IP address of the gateway the agent client connects to",
				"displayName": "Gateway Entry IP Address"
			},
			{
				"name": "phonelinkage",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to control a linked IP desk phone (only eSpace 7910 phones are supported)",
				"default": false,
				"displayName": "Phone Linkage"
			},
			{
				"name": "checkInWebm",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to also sign in to the WebM media server (web chat and other multimedia)",
				"default": true,
				"displayName": "Sign In to Web Media Server"
			},
			{
				"name": "checkInMailm",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to also sign in to the MailM server (email sessions)",
				"default": false,
				"displayName": "Sign In to Mail Server"
			},
			{
				"name": "vcPhoneNumber",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Video conference (VC) number of the agent",
				"maxLength": 24,
				"displayName": "Video Conference Number"
			},
			{
				"name": "listenStatus",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether an inspector is notified of the agent's sign-ins and sign-outs",
				"default": false,
				"displayName": "Inspector Sees Sign-In"
			},
			{
				"name": "callbackUri",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Address the gateway pushes the agent's events to; when empty, events are read by Get Next Event",
				"displayName": "Event Callback URL"
			},
			{
				"name": "serviceToken",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Code sent with pushed events so that the callback can check them; no special characters",
				"maxLength": 50,
				"displayName": "Callback Authentication Code"
			},
			{
				"name": "serviceworkid",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Employee ID of the agent in the business system",
				"maxLength": 30,
				"displayName": "Business Employee ID"
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
		"action": "Sign in agent",
		"description": "Sign the agent in to the CC-Gateway with the credential's password and softphone number, and keep the session for the next operations",
		"session": "signIn"
	},
	{
		"section": "6.1.1.2",
		"title": "Forcibly Signing In",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "forceSignIn",
		"name": "Force Sign In",
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
				"description": "ID of the agent who signs in (work number)",
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
				"description": "Password of the agent on the CTI platform",
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
				"description": "Softphone number the agent signs in with",
				"maxLength": 24,
				"fromCredential": {
					"field": "phoneNumber"
				},
				"displayName": "Phone Number"
			},
			{
				"name": "autoanswer",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether calls are answered automatically",
				"default": true,
				"displayName": "Auto Answer"
			},
			{
				"name": "autoenteridle",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether the agent becomes idle automatically after a call ends (otherwise it enters wrap-up)",
				"default": true,
				"displayName": "Auto Idle After Call"
			},
			{
				"name": "releasephone",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether the phone is hung up when a call ends (otherwise the line stays off-hook between calls)",
				"default": false,
				"displayName": "Release Phone After Call"
			},
			{
				"name": "agenttype",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Kind of agent signing in",
				"options": [
					{
						"value": 4,
						"name": "PC and Phone"
					},
					{
						"value": 11,
						"name": "PC and Video Phone"
					}
				],
				"default": 4,
				"displayName": "Agent Type"
			},
			{
				"name": "status",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "State the agent is in once signed in",
				"options": [
					{
						"value": 3,
						"name": "Busy"
					},
					{
						"value": 4,
						"name": "Idle"
					},
					{
						"value": 5,
						"name": "Wrap-Up"
					}
				],
				"default": 4,
				"displayName": "State After Sign-In"
			},
			{
				"name": "ip",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "IPv4 address of the agent's computer (IPv6 is not supported)",
				"maxLength": 15,
				"default": "127.0.0.1",
				"displayName": "Agent IP Address"
			},
			{
				"name": "entryIp",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "IP address of the gateway the agent client connects to",
				"displayName": "Gateway Entry IP Address"
			},
			{
				"name": "phoneLinkage",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to control a linked IP desk phone (only eSpace 7910 phones are supported)",
				"default": false,
				"displayName": "Phone Linkage"
			},
			{
				"name": "checkInWebm",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to also sign in to the WebM media server (web chat and other multimedia)",
				"default": true,
				"displayName": "Sign In to Web Media Server"
			},
			{
				"name": "checkInMailm",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to also sign in to the MailM server (email sessions)",
				"default": false,
				"displayName": "Sign In to Mail Server"
			},
			{
				"name": "vcPhoneNumber",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Video conference (VC) number of the agent",
				"maxLength": 24,
				"displayName": "Video Conference Number"
			},
			{
				"name": "listenStatus",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether an inspector is notified of the agent's sign-ins and sign-outs",
				"default": false,
				"displayName": "Inspector Sees Sign-In"
			},
			{
				"name": "callbackUri",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Address the gateway pushes the agent's events to; when empty, events are read by Get Next Event",
				"maxLength": 200,
				"displayName": "Event Callback URL"
			},
			{
				"name": "serviceToken",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Code sent with pushed events so that the callback can check them; no special characters",
				"maxLength": 50,
				"displayName": "Callback Authentication Code"
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
		"action": "Force sign in agent",
		"description": "Sign the agent in again even when it is already signed in, replacing the existing session",
		"notForAiTools": true,
		"session": "signIn",
		"shapeNote": "Kicks out the session this agent has elsewhere (its GUID stops working): use only when that is intended."
	},
	{
		"section": "6.1.1.3",
		"title": "Maintaining the Heartbeat by an Agent",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "sendHeartbeat",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "The authentication code given at sign-in for pushed events; no special characters",
				"maxLength": 50,
				"displayName": "Callback Authentication Code"
			}
		],
		"result": {},
		"action": "Send agent heartbeat",
		"description": "Keep the agent session alive when events are pushed to a callback address; send one about every 30 seconds, or the agent is signed out after 2 minutes"
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "IDs of the agents who receive the note",
				"itemType": "integer",
				"maxItems": 100,
				"displayName": "Recipient Agent IDs"
			},
			{
				"name": "content",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Text of the note",
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
		"action": "Send note to agents",
		"description": "Send a short text note from the agent to up to 100 other agents",
		"shapeNote": "agentIds is typed int in the table, but \"a maximum of 100 agent IDs\" and the example ([31002, 31003]) make it an array of integers."
	},
	{
		"section": "6.1.1.5",
		"title": "Querying Configured Skill Queues",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "getSkillQueues",
		"name": "Get Skill Queues",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Get agent skill queues",
		"description": "Get the skill queues configured for the signed-in agent"
	},
	{
		"section": "6.1.1.6",
		"title": "Querying Configured Skill Queues of Specified Agents",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "getAgentSkillQueues",
		"name": "Get Skill Queues by Agent ID",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID (work number) of the agent to query, in the same VDN as the signed-in agent",
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
		"action": "Get skill queues by agent ID",
		"description": "Get the skill queues configured for another agent of the same VDN, given its agent ID"
	},
	{
		"section": "6.1.1.7",
		"title": "Setting Automatic Answering",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "setAutoAnswer",
		"name": "Set Auto Answer",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Whether calls are answered automatically",
				"options": [
					{
						"value": "true",
						"name": "Automatic"
					},
					{
						"value": "false",
						"name": "Manual"
					}
				],
				"displayName": "Auto Answer"
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in."
			}
		},
		"action": "Set agent auto answer",
		"description": "Turn automatic answering of incoming calls on or off for the agent"
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Whether to sign in to all skill queues configured for the agent; otherwise only to the skill queues given",
				"displayName": "All Configured Skill Queues"
			},
			{
				"name": "skillid",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Skill queue IDs separated by semicolons (e.g. 1;2;3), used when not signing in to all; only those also configured for the agent are used, and none when empty",
				"maxLength": 4000,
				"displayName": "Skill Queue IDs"
			},
			{
				"name": "phonelinkage",
				"in": "query",
				"type": "integer",
				"required": false,
				"description": "Whether to control a linked IP desk phone (only eSpace 7910 phones are supported)",
				"options": [
					{
						"value": 1,
						"name": "Yes"
					},
					{
						"value": 0,
						"name": "No"
					}
				],
				"displayName": "Phone Linkage"
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Reset agent skill queues",
		"description": "Sign the agent in again to all its configured skill queues, or only to the skill queues given"
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Set agent idle",
		"description": "Put the agent in the idle state, ready to receive calls"
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Busy reason code configured on the platform; empty or 0 for none. Needed when an agent already busy sets busy again",
				"min": 200,
				"max": 250,
				"displayName": "Busy Reason Code"
			},
			{
				"name": "prolong",
				"in": "query",
				"type": "boolean",
				"required": false,
				"description": "Whether to reset the busy reason when the agent is already busy; needed when an agent already busy sets busy again",
				"default": false,
				"displayName": "Reset Busy Reason"
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
		"action": "Set agent busy",
		"description": "Put the agent in the busy state, optionally with a busy reason code, so that no new calls are assigned"
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Cancel agent busy state",
		"description": "Take the agent out of the busy state"
	},
	{
		"section": "6.1.1.12",
		"title": "Applying for Rest",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "startRest",
		"name": "Start Rest",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "How long the rest lasts, in seconds",
				"min": 1,
				"max": 86399,
				"displayName": "Duration (Seconds)"
			},
			{
				"name": "restcause",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Rest reason code configured on the platform; 0 for none",
				"min": 0,
				"max": 255,
				"displayName": "Rest Reason Code"
			},
			{
				"name": "prolong",
				"in": "query",
				"type": "boolean",
				"required": false,
				"description": "Whether to reset the rest reason when the agent is already resting; needed when an agent already resting rests again",
				"default": false,
				"displayName": "Reset Rest Reason"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"100-009": "The agent status is incorrect."
			}
		},
		"action": "Start agent rest",
		"description": "Put the agent on a break for a number of seconds, with a rest reason code"
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Cancel agent rest",
		"description": "End the agent's break before its time is up"
	},
	{
		"section": "6.1.1.14",
		"title": "Entering the Work State",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "startWrapUp",
		"name": "Start Wrap-Up",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Start agent wrap up",
		"description": "Put the agent in the wrap-up (after-call work) state, so that no new calls are assigned"
	},
	{
		"section": "6.1.1.15",
		"title": "Quitting the Work State",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "endWrapUp",
		"name": "End Wrap-Up",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "End agent wrap up",
		"description": "Take the agent out of the wrap-up (after-call work) state"
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Current password of the agent",
				"minLength": 8,
				"maxLength": 32
			},
			{
				"name": "newPassword",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "New password of the agent",
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
		"action": "Change agent password",
		"description": "Change the agent's password on the CTI platform",
		"notForAiTools": true
	},
	{
		"section": "6.1.1.17",
		"title": "Setting Whether to Enter the Idle State",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "setAutoEnterIdle",
		"name": "Set Auto Idle After Call",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "What the agent does after a call; in non-always-off-hook mode the agent must enter wrap-up",
				"minLength": 1,
				"maxLength": 5,
				"options": [
					{
						"value": "true",
						"name": "Become Idle"
					},
					{
						"value": "false",
						"name": "Enter Wrap-Up"
					}
				],
				"displayName": "After a Call"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Set agent auto idle after call",
		"description": "Choose whether the agent becomes idle automatically after a call or enters wrap-up"
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Sign out agent",
		"description": "Sign the agent out and end the session kept by the node",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {},
		"action": "Force sign out agent",
		"description": "Sign the agent out forcibly, whatever its current state",
		"notForAiTools": true,
		"session": "signOut"
	},
	{
		"section": "6.1.1.20",
		"title": "Forcibly Signing Out with a Cause Code",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "forceSignOutWithReason",
		"name": "Force Sign Out With Reason",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Reason code recorded for the sign-out",
				"min": 1,
				"max": 255,
				"displayName": "Sign-Out Reason Code"
			}
		],
		"result": {},
		"action": "Force sign out agent with reason",
		"description": "Sign the agent out forcibly, recording a sign-out reason code",
		"notForAiTools": true,
		"session": "signOut"
	},
	{
		"section": "6.1.1.21",
		"title": "Getting Agent Status",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "getStatus",
		"name": "Get Status",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Get agent status",
		"description": "Get the agent's current state (idle, busy, talking, rest, wrap-up...)"
	},
	{
		"section": "6.1.1.22",
		"title": "Setting Whether to Answer Inbound Calls",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "setTalkRight",
		"name": "Set Inbound Call Answering",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Whether the agent answers inbound calls",
				"options": [
					{
						"value": 1,
						"name": "Answer"
					},
					{
						"value": 0,
						"name": "Do Not Answer"
					}
				],
				"displayName": "Inbound Calls"
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Set whether agent answers inbound calls",
		"description": "Allow the agent to answer inbound calls, or stop it from answering them"
	},
	{
		"section": "6.1.1.23",
		"title": "Signing In to the Platform by an Agent",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "signInToPlatform",
		"name": "Sign In to Platform Only",
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
				"description": "ID of the agent who signs in (work number)",
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
				"description": "Password of the agent on the CTI platform; may be empty",
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
				"description": "Phone number the agent signs in with",
				"maxLength": 24,
				"fromCredential": {
					"field": "phoneNumber"
				},
				"displayName": "Phone Number"
			},
			{
				"name": "autoanswer",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether calls are answered automatically",
				"default": true,
				"displayName": "Auto Answer"
			},
			{
				"name": "autoenteridle",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether the agent becomes idle automatically after a call ends (otherwise it enters wrap-up)",
				"default": true,
				"displayName": "Auto Idle After Call"
			},
			{
				"name": "releasephone",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether the phone is hung up when a call ends (otherwise the line stays off-hook between calls)",
				"default": true,
				"displayName": "Release Phone After Call"
			},
			{
				"name": "agenttype",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Kind of agent signing in",
				"options": [
					{
						"value": 4,
						"name": "PC and Phone"
					},
					{
						"value": 11,
						"name": "PC and Video Phone"
					}
				],
				"default": 4,
				"displayName": "Agent Type"
			},
			{
				"name": "status",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "State the agent is in once signed in",
				"default": 4,
				"options": [
					{
						"value": 3,
						"name": "Busy"
					},
					{
						"value": 4,
						"name": "Idle"
					},
					{
						"value": 5,
						"name": "Wrap-Up"
					}
				],
				"displayName": "State After Sign-In"
			},
			{
				"name": "ip",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "IPv4 address of the agent's computer (IPv6 is not supported)",
				"maxLength": 15,
				"default": "127.0.0.1",
				"displayName": "Agent IP Address"
			},
			{
				"name": "entrylp",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "IP address of the gateway the agent client connects to",
				"displayName": "Gateway Entry IP Address"
			},
			{
				"name": "phonelinkage",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to control a linked IP desk phone (only eSpace 7910 phones are supported)",
				"default": false,
				"displayName": "Phone Linkage"
			},
			{
				"name": "checkInWebm",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to also sign in to the WebM media server (web chat and other multimedia)",
				"default": true,
				"displayName": "Sign In to Web Media Server"
			},
			{
				"name": "checkInMailm",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to also sign in to the MailM server (email sessions)",
				"default": false,
				"displayName": "Sign In to Mail Server"
			},
			{
				"name": "vcPhoneNumber",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Video conference (VC) number of the agent",
				"maxLength": 24,
				"displayName": "Video Conference Number"
			},
			{
				"name": "listenStatus",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether an inspector is notified of the agent's sign-ins and sign-outs",
				"default": false,
				"displayName": "Inspector Sees Sign-In"
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
		"action": "Sign in agent to platform only",
		"description": "Sign the agent in to the call platform only, without the media server, so that no license is used",
		"session": "signIn",
		"shapeNote": "Field entrylp kept exactly as printed in the 6.1.1.23 table (6.1.1.1 spells it entryip, 6.1.1.2 entryIp)."
	},
	{
		"section": "6.1.1.24",
		"title": "Actively Requesting to Update the GUID When the Agent Page Is Refreshed",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "updateGuid",
		"name": "Update GUID",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Update agent session GUID",
		"description": "Get a new session GUID for the agent, as an agent page does when it is refreshed"
	},
	{
		"section": "6.1.1.25",
		"title": "Synchronizing the Agent Status and Call Information When the Agent Page Is Refreshed",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "syncAgentInfo",
		"name": "Sync Status and Calls",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Sync agent status and calls",
		"description": "Get the agent's current state and calls again, as an agent page does when it is refreshed"
	},
	{
		"section": "6.1.1.26",
		"title": "Obtaining Token Information",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "getLoginInfo",
		"name": "Get Softphone Token",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {},
		"action": "Get agent softphone token",
		"description": "Get a temporary token that the signed-in agent uses as the password to register its softphone number with unified authentication"
	},
	{
		"section": "6.1.1.27",
		"title": "Customizing Status by an Agent",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "setCustomState",
		"name": "Set Custom State",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Custom state code; its meaning is defined by your business",
				"min": 0,
				"max": 65534,
				"displayName": "Custom State"
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
		"action": "Set agent custom state",
		"description": "Give the agent a custom state code, whose meaning your business defines"
	},
	{
		"section": "6.1.1.28",
		"title": "Querying Customized Status by an Agent",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "getCustomState",
		"name": "Get Custom State",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Get agent custom state",
		"description": "Get the agent's custom state code"
	},
	{
		"section": "6.1.1.29",
		"title": "Canceling Status Customization by an Agent",
		"family": "agentGateway.onlineagent",
		"resource": "agent",
		"operation": "cancelCustomState",
		"name": "Cancel Custom State",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Cancel agent custom state",
		"description": "Clear the agent's custom state"
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Call data, used when the agent's call toolbar is updated",
				"displayName": "Call Data"
			}
		],
		"result": {
			"errors": {
				"000-001": "The method of obtaining the agent event is incorrect.",
				"000-003": "No permission to invoke the interface. The agent authentication may have expired.",
				"100-006": "The agent does not sign in."
			}
		},
		"action": "Get next agent event",
		"description": "Wait for the agent's next events (ringing, call connected, state changes...) by long polling and return them"
	},
	{
		"section": "6.1.2.1",
		"title": "Making a Common Outbound Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "makeCall",
		"name": "Make Call",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Number shown to the called party; when empty, the platform's default calling number",
				"maxLength": 24,
				"displayName": "Calling Number"
			},
			{
				"name": "called",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Number to call: up to 24 digits, * or #",
				"displayName": "Called Number"
			},
			{
				"name": "skillid",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Skill queue the call is made for; when empty, the platform's default skill queue",
				"displayName": "Skill Queue ID",
				"lookup": {
					"section": "5.2.7",
					"valuePath": "id",
					"labelPath": "name"
				}
			},
			{
				"name": "callappdata",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Data to attach to the call (call-associated data), up to 16 KB",
				"displayName": "Call Data"
			},
			{
				"name": "mediaability",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Voice or video call. For video calls choose Best Available: a video call that falls back to voice is dropped once answered",
				"default": 0,
				"displayName": "Media",
				"options": [
					{
						"value": 0,
						"name": "Voice"
					},
					{
						"value": 1,
						"name": "Video"
					},
					{
						"value": 2,
						"name": "Best Available",
						"description": "The highest capability both ends negotiate"
					}
				]
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
		"action": "Make outbound call",
		"description": "Call an outside phone number from the agent's phone"
	},
	{
		"section": "6.1.2.2",
		"title": "Making a Previewed Outbound Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "makePreviewCall",
		"name": "Make Preview Call",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Number to call; it must be one of the dialed digits of the preview event",
				"displayName": "Called Number"
			},
			{
				"name": "callcontrolid",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "The controlid of the preview outbound call event",
				"displayName": "Call Control ID"
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
		"action": "Make preview outbound call",
		"description": "Dial a number offered to the agent by a preview outbound call event",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID of the call to answer; needed for multimedia calls, where the agent has several calls",
				"displayName": "Call ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"200-002": "No call exists for the agent to answer or reject."
			}
		},
		"action": "Answer call",
		"description": "Answer the call ringing at the agent"
	},
	{
		"section": "6.1.2.4",
		"title": "Making an Internal Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "makeInternalCall",
		"name": "Make Internal Call",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID (work number) of the agent to call",
				"displayName": "Agent ID"
			},
			{
				"name": "caller",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number shown to the called agent, up to 24 digits; when empty, the platform's default calling number",
				"displayName": "Calling Number"
			},
			{
				"name": "skillid",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Skill queue the call is made for; when empty, the platform's default skill queue",
				"displayName": "Skill Queue ID",
				"lookup": {
					"section": "5.2.7",
					"valuePath": "id",
					"labelPath": "name"
				}
			},
			{
				"name": "callappdata",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Data to attach to the call (call-associated data), up to 16 KB",
				"displayName": "Call Data"
			},
			{
				"name": "mediaability",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Ignored for internal calls: the call is a video call only when the agent signed in for video and the VDN's default skill queue supports video",
				"displayName": "Media"
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
		"action": "Make internal call to agent",
		"description": "Call another agent by its agent ID"
	},
	{
		"section": "6.1.2.5",
		"title": "Asking for Internal Help",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "requestHelp",
		"name": "Request Help",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Agent ID or skill queue ID of whoever is asked for help",
				"displayName": "Helper"
			},
			{
				"name": "devicetype",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Whether the helper is an agent or a skill queue",
				"default": 2,
				"options": [
					{
						"value": 2,
						"name": "Agent"
					},
					{
						"value": 1,
						"name": "Skill Queue"
					}
				],
				"displayName": "Helper Type"
			},
			{
				"name": "mode",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Whether the helper talks to the agent alone or joins the call with the customer",
				"options": [
					{
						"value": 1,
						"name": "Two-Party Consultation"
					},
					{
						"value": 2,
						"name": "Three-Party Consultation"
					}
				],
				"displayName": "Help Mode"
			},
			{
				"name": "callappdata",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Data to attach to the call (call-associated data), up to 16 KB",
				"displayName": "Call Data"
			},
			{
				"name": "holdflag",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether the customer is put on hold during the help call",
				"options": [
					{
						"value": false,
						"name": "No"
					},
					{
						"value": true,
						"name": "Yes"
					}
				],
				"default": true,
				"displayName": "Hold Customer"
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
		"action": "Request help from agent or skill queue",
		"description": "During a call, ask another agent or a skill queue for help, in a two-party or three-party consultation",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Mute call",
		"description": "Mute the agent on the current call"
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Unmute call",
		"description": "Unmute the agent on the current call"
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Hold call",
		"description": "Put the agent's current call on hold"
	},
	{
		"section": "6.1.2.9",
		"title": "Holding a Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "holdById",
		"name": "Hold by Call ID",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID of the call to hold",
				"displayName": "Call ID"
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
		"action": "Hold call by ID",
		"description": "Put a call on hold by its call ID, while the agent already holds another call"
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID of the held call to take off hold; when empty, the last held call",
				"displayName": "Call ID"
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
		"action": "Unhold call",
		"description": "Take a held call off hold, the one given or the last one held"
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Kind of destination",
				"options": [
					{
						"value": 1,
						"name": "Skill Queue"
					},
					{
						"value": 2,
						"name": "Agent"
					},
					{
						"value": 3,
						"name": "IVR"
					},
					{
						"value": 4,
						"name": "System Access Code"
					},
					{
						"value": 5,
						"name": "Outside Number"
					}
				],
				"displayName": "Transfer To"
			},
			{
				"name": "address",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Skill queue ID, agent ID, IVR flow access code, system access code or outside number, as Transfer To says",
				"maxLength": 24,
				"displayName": "Destination"
			},
			{
				"name": "mode",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "The modes depend on Transfer To: Blind or Release After Transfer for a skill queue, an agent or an access code; Blind or Hang-Up for an IVR flow; Hang-Up (the blind transfer there), Release After Transfer, Talk Forwarding or Three-Party for an outside number",
				"options": [
					{
						"value": 0,
						"name": "Blind",
						"description": "The call leaves the agent at once"
					},
					{
						"value": 1,
						"name": "Hang-Up",
						"description": "IVR flow: the call goes to the voice or video IVR flow when the agent hangs up. Outside number: the blind transfer"
					},
					{
						"value": 2,
						"name": "Release After Transfer",
						"description": "The agent is released once the destination answers"
					},
					{
						"value": 3,
						"name": "Talk Forwarding",
						"description": "Outside number only"
					},
					{
						"value": 4,
						"name": "Three-Party",
						"description": "Outside number only"
					}
				],
				"displayName": "Transfer Mode"
			},
			{
				"name": "callappdata",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Data to attach to the call (call-associated data), up to 16 KB",
				"displayName": "Call Data"
			},
			{
				"name": "caller",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number shown when transferring to an outside number, up to 24 digits; when empty, the platform's default. Not used in blind transfer",
				"minLength": 0,
				"maxLength": 24,
				"displayName": "Calling Number"
			},
			{
				"name": "mediaability",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Voice or video, for transfers to an outside number; otherwise the agent type decides",
				"options": [
					{
						"value": 0,
						"name": "Voice"
					},
					{
						"value": 1,
						"name": "Video"
					},
					{
						"value": 2,
						"name": "Best Available",
						"description": "The highest capability both ends negotiate"
					}
				],
				"default": 0,
				"displayName": "Media"
			},
			{
				"name": "holdflag",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether the customer is put on hold during a three-party transfer",
				"options": [
					{
						"value": false,
						"name": "No"
					},
					{
						"value": true,
						"name": "Yes"
					}
				],
				"default": true,
				"displayName": "Hold Customer"
			},
			{
				"name": "skillId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Skill queue of the transferred call, when transferring to an agent",
				"displayName": "Skill Queue ID",
				"lookup": {
					"section": "5.2.7",
					"valuePath": "id",
					"labelPath": "name"
				}
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
		"action": "Transfer call",
		"description": "Transfer the current call to a skill queue, another agent, an IVR flow, a system access code or an outside number",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Cancel call transfer",
		"description": "Cancel a transfer in progress and return to the caller"
	},
	{
		"section": "6.1.2.13",
		"title": "Performing Two-Stage Dialing (Extended)",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "sendDigits",
		"name": "Send Digits",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Digits to dial: up to 24 digits, * or #",
				"minLength": 1,
				"maxLength": 24,
				"displayName": "Digits"
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Send digits during call",
		"description": "Dial digits (DTMF tones, * and #) on the ongoing call, for example to answer a voice menu"
	},
	{
		"section": "6.1.2.14",
		"title": "Making a Three-Party Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "startThreePartyCall",
		"name": "Start Three-Party Call",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID of the call the agent holds",
				"displayName": "Held Call ID"
			},
			{
				"name": "callappdata",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Data to attach to the call (call-associated data), up to 16 KB",
				"displayName": "Call Data"
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
		"action": "Start three party call",
		"description": "Join the held call and the current call into a three-party call"
	},
	{
		"section": "6.1.2.15",
		"title": "Disconnecting a Call of a Specified ID",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "hangUpById",
		"name": "Hang Up by Call ID",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID of the call to end",
				"displayName": "Call ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"200-025": "No call exists for the agent to release."
			}
		},
		"action": "Hang up call by ID",
		"description": "End one of the agent's calls, given its call ID",
		"shapeNote": "Vendor evidence: the path is /agentgateway/resource/voicecall/... (the PDF prints voicerecall): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1242.html (transfer) and cec_07_1233, cec_07_1236, cec_07_1246, cec_07_1252-1254 of the same chapter, and the CC-Gateway agent demo (CallService.java), all under /agentgateway/resource/voicecall/."
	},
	{
		"section": "6.1.2.16",
		"title": "Dropping a Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "hangUp",
		"name": "Hang Up",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Hang up call",
		"description": "End the agent's current call"
	},
	{
		"section": "6.1.2.17",
		"title": "Releasing a Connection of a Specified Number",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "disconnectNumber",
		"name": "Disconnect Number",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Phone number or agent ID of the party to drop. In a help call, the agent who asked can drop the helper (agent ID) or itself (its softphone number); the helper can drop only itself",
				"minLength": 1,
				"maxLength": 24,
				"displayName": "Number"
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
		"action": "Disconnect number from call",
		"description": "Drop one party, given by phone number or agent ID, from a help call or multi-party call",
		"shapeNote": "Vendor evidence: the path is /agentgateway/resource/voicecall/... (the PDF prints voicerecall): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1242.html (transfer) and cec_07_1233, cec_07_1236, cec_07_1246, cec_07_1252-1254 of the same chapter, and the CC-Gateway agent demo (CallService.java), all under /agentgateway/resource/voicecall/."
	},
	{
		"section": "6.1.2.18",
		"title": "Switching Between Voice and Video Calls",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "switchMedia",
		"name": "Switch Voice or Video",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Media the call switches to",
				"options": [
					{
						"value": 1,
						"name": "Voice"
					},
					{
						"value": 3,
						"name": "Video"
					}
				],
				"displayName": "Switch To"
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
		"action": "Switch call between voice and video",
		"description": "Switch the current call between voice and video",
		"shapeNote": "Vendor evidence: the path is /agentgateway/resource/voicecall/... (the PDF prints voicercall): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1242.html (transfer) and cec_07_1233, cec_07_1236, cec_07_1246, cec_07_1252-1254 of the same chapter, and the CC-Gateway agent demo (CallService.java), all under /agentgateway/resource/voicecall/."
	},
	{
		"section": "6.1.2.19",
		"title": "Controlling the Image Display Mode of a Three-Party Video Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "adjustVideoMode",
		"name": "Set Video Layout",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Whose image is enlarged",
				"min": 0,
				"max": 3,
				"options": [
					{
						"value": 0,
						"name": "All the Same Size"
					},
					{
						"value": 1,
						"name": "User Enlarged"
					},
					{
						"value": 2,
						"name": "Agent Enlarged"
					},
					{
						"value": 3,
						"name": "Third Party Enlarged"
					}
				],
				"displayName": "Layout"
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
		"action": "Set three party video layout",
		"description": "Choose whose image is enlarged in a three-party video call",
		"shapeNote": "Vendor evidence: the path is /agentgateway/resource/voicecall/... (the PDF prints voicerecall): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1242.html (transfer) and cec_07_1233, cec_07_1236, cec_07_1246, cec_07_1252-1254 of the same chapter, and the CC-Gateway agent demo (CallService.java), all under /agentgateway/resource/voicecall/."
	},
	{
		"section": "6.1.2.20",
		"title": "Requesting a Specified Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "requestCall",
		"name": "Request Queued Call",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID of the queued call",
				"displayName": "Call ID"
			},
			{
				"name": "skilltype",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Kind of skill queue; only public queues are supported",
				"options": [
					{
						"value": 0,
						"name": "Public Queue"
					}
				],
				"displayName": "Queue Type"
			},
			{
				"name": "skillid",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Public skill queue the call waits in",
				"displayName": "Skill Queue ID",
				"lookup": {
					"section": "5.2.7",
					"valuePath": "id",
					"labelPath": "name"
				}
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Request queued call",
		"description": "Ask for a call waiting in a public skill queue to be assigned to the agent"
	},
	{
		"section": "6.1.2.21",
		"title": "Picking Up a Call for Other Agents",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "pickUp",
		"name": "Pick Up Call",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID (work number) of the agent whose ringing call is picked up",
				"min": 101,
				"max": 59999,
				"displayName": "Ringing Agent ID"
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Pick up call ringing at another agent",
		"description": "Answer a voice call that is ringing at another agent of the same group (needs the group pickup permission)",
		"shapeNote": "Vendor evidence: the path is /agentgateway/resource/voicecall/... (the PDF prints voicercall): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1242.html (transfer) and cec_07_1233, cec_07_1236, cec_07_1246, cec_07_1252-1254 of the same chapter, and the CC-Gateway agent demo (CallService.java), all under /agentgateway/resource/voicecall/."
	},
	{
		"section": "6.1.2.22",
		"title": "Rejecting an Inbound Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "reject",
		"name": "Reject",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID of the call to reject",
				"displayName": "Call ID"
			},
			{
				"name": "mode",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "What happens to the call and the agent; in help calls and transfers the effect depends on the situation",
				"options": [
					{
						"value": 1,
						"name": "Back to Queue, Agent Busy",
						"description": "The call returns to its queue and the agent becomes busy"
					},
					{
						"value": 2,
						"name": "Release Call, Agent Idle",
						"description": "The call is released and the agent becomes idle"
					}
				],
				"displayName": "Rejection Mode"
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
		"action": "Reject inbound call",
		"description": "Reject the call ringing at the agent, returning it to the queue or releasing it",
		"shapeNote": "Vendor evidence: the path is /agentgateway/resource/voicecall/... (the PDF prints voicercall): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1242.html (transfer) and cec_07_1233, cec_07_1236, cec_07_1246, cec_07_1252-1254 of the same chapter, and the CC-Gateway agent demo (CallService.java), all under /agentgateway/resource/voicecall/."
	},
	{
		"section": "6.1.2.23",
		"title": "Taking the Phone Off the Hook",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "pickUpPhone",
		"name": "Pick Up Desk Phone",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Pick up linked desk phone",
		"description": "Take the agent's linked IP desk phone off the hook when it rings (phone linkage)",
		"shapeNote": "Vendor evidence: the path is /agentgateway/resource/voicecall/... (the PDF prints voicell): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1242.html (transfer) and cec_07_1233, cec_07_1236, cec_07_1246, cec_07_1252-1254 of the same chapter, and the CC-Gateway agent demo (CallService.java), all under /agentgateway/resource/voicecall/."
	},
	{
		"section": "6.1.2.24",
		"title": "Rejecting a Call",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "rejectOnPhone",
		"name": "Reject on Desk Phone",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Reject call on linked desk phone",
		"description": "Reject the call ringing on the agent's linked IP desk phone (phone linkage)"
	},
	{
		"section": "6.1.2.25",
		"title": "Passing Numbers in a Conference",
		"family": "agentGateway.voicecall",
		"resource": "call",
		"operation": "passNumbersInConference",
		"name": "Pass Digits to IVR",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {},
		"action": "Pass customer digits to IVR",
		"description": "In a three-party call with a customer and an outside IVR, pass the customer's key presses on to that IVR"
	},
	{
		"section": "6.1.3.1",
		"title": "Querying Call Information",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getCallInfo",
		"name": "Get Current Call",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Whether to return the last call when the agent has no call at the moment",
				"options": [
					{
						"value": true,
						"name": "Yes"
					},
					{
						"value": false,
						"name": "No"
					}
				],
				"displayName": "Include Last Call"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in."
			}
		},
		"action": "Get current call information",
		"description": "Get the details of the agent's current call, or of the last one if asked"
	},
	{
		"section": "6.1.3.2",
		"title": "Querying Call-Associated Data",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getCallAppData",
		"name": "Get Call Data",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Whether the call data is returned Base64-encoded (an encoding, not encryption)",
				"options": [
					{
						"value": true,
						"name": "Yes"
					},
					{
						"value": false,
						"name": "No"
					}
				],
				"displayName": "Base64 Encode Result"
			},
			{
				"name": "callid",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "ID of the call; needed for multimedia sessions",
				"displayName": "Call ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Get call associated data",
		"description": "Get the data attached to the agent's current call"
	},
	{
		"section": "6.1.3.3",
		"title": "Configuring Call-Associated Data (Extended)",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "setCallData",
		"name": "Set Call Data",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID of the call; when empty, the agent's current call",
				"displayName": "Call ID"
			},
			{
				"name": "calldata",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Data to attach to the call, up to 16 KB; it is sensitive and sent encrypted",
				"displayName": "Call Data"
			},
			{
				"name": "isDataEncoded",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether Call Data is Base64-encoded (an encoding, not encryption)",
				"options": [
					{
						"value": true,
						"name": "Yes"
					},
					{
						"value": false,
						"name": "No"
					}
				],
				"default": false,
				"displayName": "Data Is Base64"
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
		"action": "Set call associated data",
		"description": "Attach data to the agent's current call, for the next agent or system that handles it"
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Get held calls",
		"description": "Get the calls the agent has on hold"
	},
	{
		"section": "6.1.3.5",
		"title": "Querying Call Information Before Answering a Call",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getCallBeforeAnswer",
		"name": "Get Call Before Answer",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Get call information before answering",
		"description": "Get the details of the call ringing at the agent, before answering it"
	},
	{
		"section": "6.1.3.6",
		"title": "Querying Call Information by Call ID",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getCallInfoById",
		"name": "Get Call by ID",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID of the call to get",
				"displayName": "Call ID"
			}
		],
		"result": {
			"itemsPath": "result",
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Get call information by ID",
		"description": "Get the details of a call, given its call ID"
	},
	{
		"section": "6.1.3.7",
		"title": "Querying Call IDs of a Specified Agent",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getAgentCallIds",
		"name": "Get Call IDs of Agent",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID (work number) of the agent to query, in the same VDN as the signed-in agent",
				"displayName": "Agent ID"
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
		"action": "Get call ID list of agent",
		"description": "Get the call IDs of another agent of the same VDN"
	},
	{
		"section": "6.1.3.8",
		"title": "Querying the Number of Current Calls of an Agent",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getCallCount",
		"name": "Get Call Count",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Get current call count",
		"description": "Get how many calls the agent has at the moment"
	},
	{
		"section": "6.1.3.9",
		"title": "Querying Current Call Statistics Information About an Agent",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getStatistics",
		"name": "Get Call Statistics",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Get agent call statistics",
		"description": "Get the agent's current call statistics"
	},
	{
		"section": "6.1.3.10",
		"title": "Querying the Current Call Statistics of an Agent (Extended)",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getStatisticsEx",
		"name": "Get Extended Call Statistics",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Get extended agent call statistics",
		"description": "Get the agent's current call statistics, with more figures"
	},
	{
		"section": "6.1.3.11",
		"title": "Querying Information About Calls Waiting in a Specified Skill Queue",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getWaitingCalls",
		"name": "Get Waiting Calls",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Skill queue to look at",
				"displayName": "Skill Queue ID",
				"lookup": {
					"section": "5.2.7",
					"valuePath": "id",
					"labelPath": "name"
				}
			}
		],
		"result": {
			"itemsPath": "result",
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Get waiting calls in skill queue",
		"description": "Get the calls waiting in a skill queue"
	},
	{
		"section": "6.1.3.12",
		"title": "Querying All Calls Placed on Hold by a Specified Agent",
		"family": "agentGateway.calldata",
		"resource": "callData",
		"operation": "getAgentHoldList",
		"name": "Get Held Calls of Agent",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID (work number) of the agent to query, in the same VDN as the signed-in agent",
				"displayName": "Agent ID"
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
		"action": "Get held calls of agent",
		"description": "Get the calls another agent of the same VDN has on hold"
	},
	{
		"section": "6.1.6.1",
		"title": "Applying for an Agent Conference",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "create",
		"name": "Create",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Maximum number of participants in the conference",
				"min": 1,
				"max": 120,
				"displayName": "Max Participants"
			},
			{
				"name": "confCallerNo",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number shown to users called into the conference; when empty, the VDN's system calling number. It must respect the VDN's number restrictions",
				"maxLength": 24,
				"displayName": "Calling Number"
			},
			{
				"name": "time",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "How long the conference is booked for, in minutes",
				"min": 4,
				"max": 1440,
				"default": 60,
				"displayName": "Duration (Minutes)"
			},
			{
				"name": "promptTime",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Minutes before the end at which participants are warned; at most the duration minus 1",
				"min": 3,
				"max": 1440,
				"default": 3,
				"displayName": "End Warning (Minutes)"
			},
			{
				"name": "beepTone",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether an announcement plays when someone joins or leaves",
				"default": false,
				"displayName": "Play Join and Leave Tone"
			},
			{
				"name": "playMode",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "How the announcement is played",
				"default": 2,
				"displayName": "Play Mode",
				"options": [
					{
						"value": 2,
						"name": "Play File",
						"description": "Play the announcement file given"
					}
				]
			},
			{
				"name": "voicePath",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Absolute path of the announcement file on the server, in the form drive letter/conf/VDN ID/file name, e.g. y:/conf/120/1136287.V3; needed when Play Join and Leave Tone is on",
				"maxLength": 127,
				"displayName": "Announcement File Path",
				"requiredWhen": {
					"field": "beepTone",
					"values": [
						true
					]
				}
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
		"action": "Create conference",
		"description": "Start an agent conference and get its conference ID"
	},
	{
		"section": "6.1.6.2",
		"title": "Answering an Agent Conference Call",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "answer",
		"name": "Answer",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Answer conference call",
		"description": "Answer an invitation to join an agent conference"
	},
	{
		"section": "6.1.6.3",
		"title": "Rejecting an Agent Conference Call",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "reject",
		"name": "Reject",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Reject conference call",
		"description": "Decline an invitation to join an agent conference"
	},
	{
		"section": "6.1.6.4",
		"title": "Leaving an Agent Conference",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "leave",
		"name": "Leave",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Leave conference",
		"description": "Leave the agent conference, which goes on without the agent"
	},
	{
		"section": "6.1.6.5",
		"title": "Releasing an Agent Conference",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "end",
		"name": "End",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "End conference",
		"description": "End the agent conference for all participants"
	},
	{
		"section": "6.1.6.6",
		"title": "Holding a Participant in a Conference",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "holdParticipant",
		"name": "Hold Participant",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Whether the participant is given by phone number or by agent ID",
				"options": [
					{
						"value": "6",
						"name": "Phone Number"
					},
					{
						"value": "9",
						"name": "Agent ID"
					}
				],
				"displayName": "Participant Type"
			},
			{
				"name": "address",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Phone number or agent ID of the participant",
				"maxLength": 24,
				"displayName": "Participant"
			},
			{
				"name": "playMode",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "How the announcement is played",
				"default": 2,
				"displayName": "Play Mode",
				"options": [
					{
						"value": 2,
						"name": "Play File",
						"description": "Play the announcement file given"
					}
				]
			},
			{
				"name": "voicePath",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Absolute path of the announcement file on the server, in the form drive letter/conf/VDN ID/file name, e.g. y:/conf/120/1136287.V3, played to the held participant",
				"maxLength": 127,
				"displayName": "Announcement File Path"
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
		"action": "Hold conference participant",
		"description": "Put a participant of the conference on hold, playing an announcement file to them"
	},
	{
		"section": "6.1.6.7",
		"title": "Unholding a Participant in a Conference",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "unholdParticipant",
		"name": "Unhold Participant",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Whether the participant is given by phone number or by agent ID",
				"options": [
					{
						"value": "6",
						"name": "Phone Number"
					},
					{
						"value": "9",
						"name": "Agent ID"
					}
				],
				"displayName": "Participant Type"
			},
			{
				"name": "address",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Phone number or agent ID of the participant",
				"maxLength": 24,
				"displayName": "Participant"
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
		"action": "Unhold conference participant",
		"description": "Bring a held participant back into the conference"
	},
	{
		"section": "6.1.6.8",
		"title": "Applying for Extending a Conference",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "extend",
		"name": "Extend",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Minutes added to the conference",
				"min": 1,
				"max": 1440,
				"displayName": "Extra Minutes"
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
		"action": "Extend conference",
		"description": "Add minutes to the conference's duration"
	},
	{
		"section": "6.1.6.9",
		"title": "Transferring the Chairperson Permission",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "transferChair",
		"name": "Transfer Chair",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID of the agent who becomes the chairperson",
				"displayName": "New Chair Agent ID"
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
		"action": "Transfer conference chair",
		"description": "Hand the chairperson role of the conference to another agent"
	},
	{
		"section": "6.1.6.10",
		"title": "Inviting Participants in Batches",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "addParticipants",
		"name": "Add Participants",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Phone numbers or agents to invite",
				"maxItems": 120,
				"children": [
					{
						"name": "addressType",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Whether the participant is given by phone number or by agent ID",
						"options": [
							{
								"value": "6",
								"name": "Phone Number"
							},
							{
								"value": "9",
								"name": "Agent ID"
							}
						],
						"displayName": "Participant Type"
					},
					{
						"name": "address",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Phone number or agent ID of the participant",
						"maxLength": 24,
						"displayName": "Participant"
					},
					{
						"name": "deviceCallType",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Your own device call type code; 0 when empty",
						"min": 0,
						"max": 255,
						"displayName": "Device Call Type"
					},
					{
						"name": "deviceType",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Your own device type code; 0 when empty",
						"min": 0,
						"max": 255,
						"displayName": "Device Type"
					}
				],
				"displayName": "Participants"
			},
			{
				"name": "beepTone",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether a welcome announcement plays to each invited user on joining",
				"default": false,
				"displayName": "Play Welcome Tone"
			},
			{
				"name": "playMode",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "How the announcement is played",
				"default": 2,
				"displayName": "Play Mode",
				"options": [
					{
						"value": 2,
						"name": "Play File",
						"description": "Play the announcement file given"
					}
				]
			},
			{
				"name": "voicePath",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Absolute path of the announcement file on the server, in the form drive letter/conf/VDN ID/file name, e.g. y:/conf/120/1136287.V3; needed when Play Welcome Tone is on",
				"maxLength": 127,
				"displayName": "Announcement File Path",
				"requiredWhen": {
					"field": "beepTone",
					"values": [
						true
					]
				}
			},
			{
				"name": "caller",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number shown to invited users; it must respect the VDN's number restrictions",
				"maxLength": 24,
				"displayName": "Calling Number"
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
		"action": "Add participants to conference",
		"description": "Invite phone numbers or agents to join the conference"
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Participants to remove",
				"maxItems": 30,
				"children": [
					{
						"name": "addressType",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Whether the participant is given by phone number or by agent ID",
						"options": [
							{
								"value": "6",
								"name": "Phone Number"
							},
							{
								"value": "9",
								"name": "Agent ID"
							}
						],
						"displayName": "Participant Type"
					},
					{
						"name": "address",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Phone number or agent ID of the participant",
						"maxLength": 24,
						"displayName": "Participant"
					}
				],
				"displayName": "Participants"
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
		"action": "Remove participants from conference",
		"description": "Remove participants from the conference"
	},
	{
		"section": "6.1.6.12",
		"title": "Modifying Participant Attributes",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "setParticipantMode",
		"name": "Set Participant Mode",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "What the participant can do",
				"options": [
					{
						"value": 1,
						"name": "Listen Only"
					},
					{
						"value": 2,
						"name": "Speak Only"
					},
					{
						"value": 3,
						"name": "Listen and Speak"
					},
					{
						"value": 4,
						"name": "Neither Listen nor Speak"
					}
				],
				"displayName": "Mode"
			},
			{
				"name": "addressType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Whether the participant is given by phone number or by agent ID",
				"options": [
					{
						"value": "6",
						"name": "Phone Number"
					},
					{
						"value": "9",
						"name": "Agent ID"
					}
				],
				"displayName": "Participant Type"
			},
			{
				"name": "address",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Phone number or agent ID of the participant",
				"maxLength": 24,
				"displayName": "Participant"
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
		"action": "Set participant listen and speak mode",
		"description": "Choose whether a participant can listen, speak, both or neither"
	},
	{
		"section": "6.1.6.13",
		"title": "Playing an Announcement in an Agent Conference",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "playAnnouncement",
		"name": "Play Announcement",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Foreground or background announcement",
				"options": [
					{
						"value": 0,
						"name": "Foreground"
					},
					{
						"value": 1,
						"name": "Background"
					}
				],
				"default": 0,
				"displayName": "Announcement Type"
			},
			{
				"name": "playMode",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "How the announcement is played",
				"default": 2,
				"displayName": "Play Mode",
				"options": [
					{
						"value": 2,
						"name": "Play File",
						"description": "Play the announcement file given"
					}
				]
			},
			{
				"name": "voicePath",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Absolute path of the announcement file on the server, in the form drive letter/conf/VDN ID/file name, e.g. y:/conf/120/1136287.V3",
				"maxLength": 127,
				"displayName": "Announcement File Path"
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
		"action": "Play announcement to conference",
		"description": "Play an announcement file to the whole conference"
	},
	{
		"section": "6.1.6.14",
		"title": "Stopping Conference Announcement Playing",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "stopAnnouncement",
		"name": "Stop Announcement",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Stop conference announcement",
		"description": "Stop the announcement playing to the whole conference"
	},
	{
		"section": "6.1.6.15",
		"title": "Playing an Announcement in an Agent Conference Channel",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "playAnnouncementToParticipant",
		"name": "Play Announcement to Participant",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Whether the participant is given by phone number or by agent ID",
				"options": [
					{
						"value": "6",
						"name": "Phone Number"
					},
					{
						"value": "9",
						"name": "Agent ID"
					}
				],
				"displayName": "Participant Type"
			},
			{
				"name": "address",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Phone number or agent ID of the participant",
				"maxLength": 24,
				"displayName": "Participant"
			},
			{
				"name": "playMode",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "How the announcement is played",
				"default": 2,
				"displayName": "Play Mode",
				"options": [
					{
						"value": 2,
						"name": "Play File",
						"description": "Play the announcement file given"
					}
				]
			},
			{
				"name": "voicePath",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Absolute path of the announcement file on the server, in the form drive letter/conf/VDN ID/file name, e.g. y:/conf/120/1136287.V3",
				"maxLength": 127,
				"displayName": "Announcement File Path"
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
		"action": "Play announcement to participant",
		"description": "Play an announcement file to one participant of the conference",
		"shapeNote": "voicePath is typed \"voicePath\" in the table (a parse slip); the description and the example make it a String of at most 127 characters."
	},
	{
		"section": "6.1.6.16",
		"title": "Stopping Announcement Playing in an Agent Conference Channel",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "stopAnnouncementToParticipant",
		"name": "Stop Announcement to Participant",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Whether the participant is given by phone number or by agent ID",
				"options": [
					{
						"value": "6",
						"name": "Phone Number"
					},
					{
						"value": "9",
						"name": "Agent ID"
					}
				],
				"displayName": "Participant Type"
			},
			{
				"name": "address",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Phone number or agent ID of the participant",
				"maxLength": 24,
				"displayName": "Participant"
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
		"action": "Stop announcement to participant",
		"description": "Stop the announcement playing to one participant of the conference"
	},
	{
		"section": "6.1.6.17",
		"title": "Changing the Number of Conference Participants",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "changeSize",
		"name": "Change Size",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Whether to raise or lower the maximum number of participants",
				"options": [
					{
						"value": 0,
						"name": "Increase"
					},
					{
						"value": 1,
						"name": "Decrease"
					}
				],
				"displayName": "Change"
			},
			{
				"name": "modifyNum",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "By how many participants the maximum changes",
				"min": 2,
				"max": 118,
				"displayName": "Number of Participants"
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
		"action": "Change conference size",
		"description": "Raise or lower the maximum number of participants of the conference"
	},
	{
		"section": "6.1.6.18",
		"title": "Querying Conference Information in Batches",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "getMany",
		"name": "Get Many",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "IDs of the conferences to get; an ordinary agent gets only its own conference, an inspector any conference of its VDN",
				"maxItems": 20,
				"displayName": "Conference IDs"
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
		"action": "Get many conferences",
		"description": "Get the details of conferences, given their conference IDs"
	},
	{
		"section": "6.1.6.19",
		"title": "Querying an Ongoing Conference ID in the VDN",
		"family": "agentGateway.agentconf",
		"resource": "conference",
		"operation": "getOngoingId",
		"name": "Get Ongoing Conference ID",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Get ongoing conference ID in VDN",
		"description": "Get the ID of the conference ongoing in the VDN (inspector agents only)"
	},
	{
		"section": "6.1.5.1",
		"title": "Sending Messages: sendmessage",
		"family": "agentGateway.mediacall",
		"resource": "multimedia",
		"operation": "sendMessage",
		"name": "Send Message",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID of the multimedia session",
				"displayName": "Call ID"
			},
			{
				"name": "userid",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number of the customer",
				"displayName": "User Number"
			},
			{
				"name": "data",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "The message to send. Its content may be up to 1.9 KB when the gateway encrypts messages",
				"children": [
					{
						"name": "from",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Configuration ID of the channel, from Configuration Center > Access Configuration > Channel Configuration of the tenant space",
						"displayName": "Channel Configuration ID"
					},
					{
						"name": "to",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Number of the recipient, as your business defines it",
						"displayName": "Recipient"
					},
					{
						"name": "channel",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Channel of the message",
						"displayName": "Channel",
						"options": [
							{
								"value": "WEB",
								"name": "Web"
							},
							{
								"value": "WECHAT",
								"name": "WeChat"
							},
							{
								"value": "TWITTER",
								"name": "Twitter"
							},
							{
								"value": "FACEBOOK",
								"name": "Facebook"
							},
							{
								"value": "5G",
								"name": "5G"
							},
							{
								"value": "EMAIL",
								"name": "Email"
							},
							{
								"value": "VOICE",
								"name": "Voice"
							},
							{
								"value": "LINE",
								"name": "LINE"
							},
							{
								"value": "WHATSAPP",
								"name": "WhatsApp"
							},
							{
								"value": "SMS",
								"name": "SMS"
							},
							{
								"value": "INSTAGRAM",
								"name": "Instagram"
							},
							{
								"value": "TELEGRAM",
								"name": "Telegram"
							}
						]
					},
					{
						"name": "controlType",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Always Chat",
						"displayName": "Control Type",
						"options": [
							{
								"value": "CHAT",
								"name": "Chat"
							}
						],
						"default": "CHAT"
					},
					{
						"name": "mediaType",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Kind of message",
						"options": [
							{
								"value": "TEXT",
								"name": "Text"
							},
							{
								"value": "IMAGE",
								"name": "Image"
							},
							{
								"value": "AUDIO",
								"name": "Audio"
							},
							{
								"value": "VIDEO",
								"name": "Video"
							},
							{
								"value": "LOCATE",
								"name": "Location"
							},
							{
								"value": "EMOTICONS",
								"name": "Emoji"
							},
							{
								"value": "CARD",
								"name": "Card"
							},
							{
								"value": "MULTICARD",
								"name": "Carousel Card"
							},
							{
								"value": "EMAIL",
								"name": "Email"
							},
							{
								"value": "WHATSAPPTEMPLATE",
								"name": "WhatsApp Template"
							},
							{
								"value": "RICHTEXT",
								"name": "Rich Text"
							},
							{
								"value": "WEBCARD",
								"name": "Web Card"
							},
							{
								"value": "SMSTEMPLATE",
								"name": "SMS Template"
							},
							{
								"value": "LOCATION",
								"name": "Location (Telegram)"
							},
							{
								"value": "DOCUMENT",
								"name": "Document"
							},
							{
								"value": "COBROWSESITE",
								"name": "Co-Browsing URL"
							}
						],
						"displayName": "Media Type"
					},
					{
						"name": "messageCode",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Unique code of the message, e.g. a UUID",
						"displayName": "Message Code"
					},
					{
						"name": "mediaFileType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "File extension: jpg, png or jpeg for images; mp3, aac, m4a or mp4 for audio; gif for emoji; doc, docx, pdf, zip or RTF for documents",
						"displayName": "File Type"
					},
					{
						"name": "senderNickname",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Name shown for the agent, as your business defines it",
						"displayName": "Agent Nickname"
					},
					{
						"name": "senderAvatar",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Avatar shown for the agent, as your business defines it",
						"displayName": "Agent Avatar"
					},
					{
						"name": "sendTime",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "When the message is sent",
						"displayName": "Send Time",
						"dateFormat": "epochMs"
					},
					{
						"name": "content",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Text of the message, or a message format the receiving system can parse",
						"displayName": "Content"
					},
					{
						"name": "contentType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "1: a local file chosen by the agent; 0 or empty: a file of the tenant's online chat multimedia library (Configuration Center > Resource Management)",
						"displayName": "File Source"
					},
					{
						"name": "userId",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "ID of the customer, as your business defines it; may equal Recipient",
						"displayName": "User ID"
					}
				],
				"jsonString": true,
				"displayName": "Message"
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
		"action": "Send chat message",
		"description": "Send a message to the customer of a multimedia (chat) session"
	},
	{
		"section": "6.1.5.2",
		"title": "Agent Session Quantity Configuration: setcallnums",
		"family": "agentGateway.mediacall",
		"resource": "multimedia",
		"operation": "setSessionCount",
		"name": "Set Max Sessions",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Kind of session the limit applies to",
				"options": [
					{
						"value": "1",
						"name": "Text Chat"
					},
					{
						"value": "2",
						"name": "Click-to-Dial Call"
					},
					{
						"value": "4",
						"name": "Callback Request"
					},
					{
						"value": "5",
						"name": "Voice or Video Call"
					},
					{
						"value": "15",
						"name": "Predictive Outbound Call"
					},
					{
						"value": "16",
						"name": "Preview Outbound Call"
					},
					{
						"value": "17",
						"name": "Message Call"
					},
					{
						"value": "19",
						"name": "Video Call"
					},
					{
						"value": "51",
						"name": "Multimedia Web Chat"
					},
					{
						"value": "53",
						"name": "Social Chat"
					}
				],
				"displayName": "Media Type"
			},
			{
				"name": "callnums",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Maximum number of sessions of that media type at the same time, from 1 to 60",
				"displayName": "Max Sessions"
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
		"action": "Set max sessions per media type",
		"description": "Set how many sessions of one media type the agent can handle at the same time"
	},
	{
		"section": "6.1.5.3",
		"title": "Session Transfer: transfer",
		"family": "agentGateway.mediacall",
		"resource": "multimedia",
		"operation": "transfer",
		"name": "Transfer",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID of the multimedia session",
				"displayName": "Call ID"
			},
			{
				"name": "caller",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Calling number of the session",
				"displayName": "Calling Number"
			},
			{
				"name": "devicetype",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Kind of destination",
				"options": [
					{
						"value": 1,
						"name": "Skill Queue"
					},
					{
						"value": 2,
						"name": "Agent"
					},
					{
						"value": 4,
						"name": "System Access Code"
					}
				],
				"displayName": "Transfer To"
			},
			{
				"name": "mode",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "How the session is transferred",
				"options": [
					{
						"value": 0,
						"name": "Blind",
						"description": "The session leaves the agent at once"
					},
					{
						"value": 2,
						"name": "Release After Transfer",
						"description": "The agent is released once the destination accepts"
					}
				],
				"displayName": "Transfer Mode"
			},
			{
				"name": "address",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Skill queue ID, agent ID or system access code, as Transfer To says",
				"maxLength": 24,
				"displayName": "Destination"
			},
			{
				"name": "calldata",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Data passed to the receiving agent, up to 2048 bytes",
				"maxLength": 2048,
				"displayName": "Call Data"
			},
			{
				"name": "skillId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Skill queue of the transferred session, when transferring to an agent",
				"displayName": "Skill Queue ID",
				"lookup": {
					"section": "5.2.7",
					"valuePath": "id",
					"labelPath": "name"
				}
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
		"action": "Transfer multimedia session",
		"description": "Transfer a multimedia session to a skill queue, another agent or a system access code"
	},
	{
		"section": "6.1.5.4",
		"title": "Obtaining Connection Information: getconnectinfo",
		"family": "agentGateway.mediacall",
		"resource": "multimedia",
		"operation": "getConnectInfo",
		"name": "Get Connection Info",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Whose connection information is returned; agent by default",
				"default": "agent",
				"displayName": "User Type"
			},
			{
				"name": "callid",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the video call",
				"displayName": "Call ID"
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
		"action": "Get video call connection information",
		"description": "Get the connection details an agent needs to rejoin an H5 video call after being disconnected"
	},
	{
		"section": "6.1.5.5",
		"title": "Screenshot: imagecapture",
		"family": "agentGateway.mediacall",
		"resource": "multimedia",
		"operation": "takeScreenshot",
		"name": "Take Screenshot",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Whose image is captured; user (the customer) by default",
				"default": "user",
				"displayName": "User Type"
			},
			{
				"name": "callid",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the video call",
				"displayName": "Call ID"
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
		"action": "Take screenshot of user video",
		"description": "Take a screenshot of the user's image in an H5 video call"
	},
	{
		"section": "5.2.5",
		"title": "Obtaining the Total Number of Users in a Configured Skill Queue",
		"family": "agentGateway.queuedevice",
		"resource": "queueAndGroup",
		"operation": "getWaitCount",
		"name": "Get Waiting Count",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Get waiting count of agent queues",
		"description": "Get how many users are waiting in the skill queues configured for the agent"
	},
	{
		"section": "5.2.6",
		"title": "Obtaining the Number of Users in a Skill Queue to Which an Agent Has Signed In",
		"family": "agentGateway.queuedevice",
		"resource": "queueAndGroup",
		"operation": "getWaitCountByAgent",
		"name": "Get Waiting Count of Signed-In Queues",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Get waiting count of signed in queues",
		"description": "Get how many users are waiting in the skill queues the agent is signed in to"
	},
	{
		"section": "5.2.7",
		"title": "Obtaining the Skill Queue Information of the Home VDN of an Agent",
		"family": "agentGateway.queuedevice",
		"resource": "queueAndGroup",
		"operation": "getVdnSkills",
		"name": "Get Skill Queues",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Get skill queues of VDN",
		"description": "Get the skill queues of the agent's VDN, with their IDs, names and media types",
		"shapeNote": "Vendor evidence: the path is /agentgateway/resource/queuedevice/{agentid}/agentvdnskill (the PDF prints /agentgateway/resource/queuedevice/{agentid}/agentvdsnskill): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1021.html / cec_07_0409 (querySkillQueueOnAgentVDN)."
	},
	{
		"section": "5.2.8",
		"title": "Obtaining the Total Number of Users in a Specified Skill Queue",
		"family": "agentGateway.queuedevice",
		"resource": "queueAndGroup",
		"operation": "getSkillWaitCount",
		"name": "Get Waiting Count of Skill Queue",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Skill queue to look at",
				"displayName": "Skill Queue ID",
				"lookup": {
					"section": "5.2.7",
					"valuePath": "id",
					"labelPath": "name"
				}
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in."
			}
		},
		"action": "Get waiting count of skill queue",
		"description": "Get how many users are waiting in one skill queue"
	},
	{
		"section": "5.2.9",
		"title": "Querying the Statistics About a Set of Skill Queues",
		"family": "agentGateway.queuedevice",
		"resource": "queueAndGroup",
		"operation": "getQueueStatistics",
		"name": "Get Queue Statistics",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "IDs of the skill queues",
				"displayName": "Skill Queue IDs"
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
		"action": "Get skill queue statistics",
		"description": "Get the current statistics of up to 100 skill queues"
	},
	{
		"section": "5.2.10",
		"title": "Querying the IVR Information of the VDN to Which an Agent Belongs",
		"family": "agentGateway.queuedevice",
		"resource": "queueAndGroup",
		"operation": "getIvrInfo",
		"name": "Get IVR Flows",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Get IVR flows of VDN",
		"description": "Get the IVR flows of the agent's VDN"
	},
	{
		"section": "5.2.11",
		"title": "Querying Information About Agents That Have Signed In to a Skill Queue",
		"family": "agentGateway.agentgroup",
		"resource": "queueAndGroup",
		"operation": "getAgentsBySkill",
		"name": "Get Agents of Skill Queue",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Skill queue whose agents are listed",
				"displayName": "Skill Queue ID",
				"lookup": {
					"section": "5.2.7",
					"valuePath": "id",
					"labelPath": "name"
				}
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
		"action": "Get signed in agents of skill queue",
		"description": "Get the agents signed in to a skill queue, with their states"
	},
	{
		"section": "5.2.12",
		"title": "Querying the Details About a Specified Agent",
		"family": "agentGateway.agentgroup",
		"resource": "queueAndGroup",
		"operation": "getAgentDetails",
		"name": "Get Agent",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID (work number) of the agent to query, in the same VDN as the signed-in agent",
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Get agent details",
		"description": "Get the details and state of an agent of the same VDN, given its agent ID"
	},
	{
		"section": "5.2.13",
		"title": "Querying the Details About All Online Agents That Have Signed In to a Skill Queue",
		"family": "agentGateway.agentgroup",
		"resource": "queueAndGroup",
		"operation": "getOnlineAgents",
		"name": "Get Online Agents",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
		"action": "Get online agents by skill queue",
		"description": "Get all signed-in agents, grouped by skill queue, with their states"
	},
	{
		"section": "13.1.2.1",
		"title": "Downloading Recordings",
		"family": "agentGateway.recordfile",
		"resource": "recording",
		"operation": "downloadRecording",
		"name": "Download Recording",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Path and name of the recording file, as given in fileName by the recording event (AgentMediaEvent_Record)",
				"displayName": "Recording File"
			},
			{
				"name": "filetype",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Kind of recording file",
				"options": [
					{
						"value": "1",
						"name": "Agent Call Recording"
					},
					{
						"value": "2",
						"name": "IVR or Voice Message Recording",
						"description": "An IVR or third-party voice message recording, e.g. y:/1/record/20190412/playvoice1551276018824.wav"
					}
				],
				"displayName": "Recording Type"
			},
			{
				"name": "locationId",
				"in": "query",
				"type": "number",
				"required": false,
				"description": "Node ID given by the recording event; needed in CTI pool mode",
				"displayName": "Node ID"
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
		"action": "Download call recording",
		"description": "Download a call recording file, given the file name reported by the recording event"
	},
	{
		"section": "13.1.2.2",
		"title": "Downloading Recordings (Extended)",
		"family": "agentGateway.recordfile",
		"resource": "recording",
		"operation": "downloadRecordingByCallId",
		"name": "Download Recording by Call ID",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID of the recorded call",
				"displayName": "Call ID"
			},
			{
				"name": "hwFileName",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Path of a video file to download, e.g. Y:/90/0/20210519/4977/1642329.mp4; when empty, the audio recording is downloaded",
				"displayName": "Video File Path"
			},
			{
				"name": "workNo",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "ID of the inspected agent; needed when the signed-in agent is an inspector and no video file path is given",
				"displayName": "Inspected Agent ID"
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
		"action": "Download recording by call ID",
		"description": "Download the recording or video file of a call, given its call ID (VoiceCyber recording mode)"
	},
	{
		"section": "13.1.3.1",
		"title": "Downloading Video Files",
		"family": "agentGateway.recordfile",
		"resource": "recording",
		"operation": "downloadVideo",
		"name": "Download Video",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "ID of the video conference, e.g. 7a008307-34ad-435b-bccd-222be5ac5385",
				"displayName": "Conference ID"
			},
			{
				"name": "recordId",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "ID of the video recording; when empty, the first recording of the conference",
				"displayName": "Recording ID"
			},
			{
				"name": "fileType",
				"in": "query",
				"type": "string",
				"required": true,
				"description": "Which video file to download",
				"options": [
					{
						"value": "0",
						"name": "HD"
					},
					{
						"value": "1",
						"name": "SD"
					},
					{
						"value": "2",
						"name": "Auxiliary Video"
					}
				],
				"displayName": "File Type"
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
		"action": "Download conference video",
		"description": "Download the video recording of a video conference, given its conference ID"
	},
	{
		"section": "13.1.3.2",
		"title": "Downloading Video Files (Extended)",
		"family": "agentGateway.recordfile",
		"resource": "recording",
		"operation": "downloadVideoByPath",
		"name": "Download Video by Path",
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
				"description": "ID of the signed-in agent whose session is used (work number)",
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
				"description": "Path of the video file",
				"displayName": "Video File Path"
			},
			{
				"name": "locationId",
				"in": "query",
				"type": "integer",
				"required": false,
				"description": "Node ID; needed in CTI pool mode",
				"displayName": "Node ID"
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
		"action": "Download video file by path",
		"description": "Download a video file, given its file path"
	}
];
