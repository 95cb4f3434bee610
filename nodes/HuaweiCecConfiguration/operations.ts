// Registry entries of HuaweiCecConfiguration, one per interface of the CEC 2.5 reference, keyed by doc section.
// Derived by scripts/generate-specs.cjs from reference/sections.json, then reviewed by hand.
import type { ResourceSpec } from '../shared/registry/describe';
import type { OperationSpec } from '../shared/registry/types';

export const RESOURCES: ResourceSpec[] = [
	{
		"value": "agent",
		"name": "Agent"
	},
	{
		"value": "skillQueue",
		"name": "Skill Queue"
	},
	{
		"value": "accessCode",
		"name": "Access Code and Called Route"
	},
	{
		"value": "ivr",
		"name": "IVR Flow, Satisfaction and Voice File"
	},
	{
		"value": "appSettings",
		"name": "App Personal Setting"
	},
	{
		"value": "mobileAnswering",
		"name": "Mobile Phone Answering"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "5.1.1",
		"title": "Creating a Single Agent Account (agentAccount/create)",
		"family": "config",
		"resource": "agent",
		"operation": "create",
		"name": "Create",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/agentAccount/create",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "userAccount",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Sign-in account of the agent: letters, digits, at signs, periods, hyphens and underscores",
				"minLength": 6,
				"maxLength": 50,
				"displayName": "Account"
			},
			{
				"name": "userName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the agent, without the characters \" [ ] ' & ( ) = ; < > ,",
				"maxLength": 20,
				"displayName": "Name"
			},
			{
				"name": "password",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Initial password; by default eight characters with uppercase and lowercase letters, digits and special characters, valid for 90 days"
			},
			{
				"name": "email",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Email address of the agent"
			},
			{
				"name": "agentType",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Media the agent handles",
				"options": [
					{
						"value": 4,
						"name": "Audio Agent"
					},
					{
						"value": 11,
						"name": "Video Agent"
					},
					{
						"value": 5,
						"name": "Multimedia Agent"
					},
					{
						"value": 99,
						"name": "Versatile Agent"
					}
				]
			},
			{
				"name": "ccRoleId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Role of the agent",
				"options": [
					{
						"value": 2,
						"name": "Agent"
					},
					{
						"value": 3,
						"name": "Inspector"
					},
					{
						"value": 4,
						"name": "Outbound Call Agent"
					}
				],
				"displayName": "Role"
			},
			{
				"name": "skills",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": false,
				"description": "Skill queues the agent joins; their media type must match the agent type",
				"children": [
					{
						"name": "skillId",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "ID of the skill queue, as listed by Get Many under Skill Queue",
						"displayName": "Skill Queue ID"
					},
					{
						"name": "agentWeight",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Priority of the agent in the skill queue: a larger weight means a higher priority",
						"min": 1,
						"default": 1
					},
					{
						"name": "skillWeight",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Priority of the skill queue for the agent: a larger weight means a higher priority",
						"min": 1,
						"displayName": "Skill Queue Weight",
						"default": 1
					}
				],
				"displayName": "Skill Queues"
			},
			{
				"name": "phone",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Phone number of the agent",
				"maxLength": 25
			}
		],
		"shapeNote": "table wraps body in requestParam; example omits it (example keys are requestParam's children) Sent without the \"requestParam\" wrapper: the table's lone top-level row requestParam names the body itself, and the request example (keys userAccount, userName, password, email, agentType, ccRoleId, skills) omits it.",
		"result": {},
		"example": {
			"userAccount": "test123456",
			"userName": "test111",
			"password": "Te***34",
			"email": "t**@***.com",
			"agentType": 11,
			"ccRoleId": 2,
			"skills": [
				{
					"skillId": 3,
					"agentWeight": 1,
					"skillWeight": 1
				},
				{
					"skillId": 2,
					"agentWeight": 1,
					"skillWeight": 2
				}
			]
		},
		"action": "Create agent account",
		"description": "Create an agent account with its type, role and skill queues, and return the new account"
	},
	{
		"section": "5.1.2",
		"title": "Deleting a Specified Agent Account (agentAccount/delete)",
		"family": "config",
		"resource": "agent",
		"operation": "delete",
		"name": "Delete",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/agentAccount/delete",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "userAccount",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Sign-in account of the agent to delete",
				"minLength": 6,
				"maxLength": 50,
				"lookup": {
					"section": "5.1.4",
					"valuePath": "userAccount",
					"labelPath": "userName"
				},
				"displayName": "Account"
			}
		],
		"shapeNote": "table wraps body in requestParams; example omits it (example keys are requestParams's children) Sent without the \"requestParams\" wrapper: the table's lone top-level row requestParams names the body itself, and the request example (keys userAccount) omits it.",
		"result": {},
		"example": {
			"userAccount": "test123456"
		},
		"action": "Delete agent account",
		"description": "Delete an agent account"
	},
	{
		"section": "5.1.3",
		"title": "Modifying Information About an Agent Account (agentAccount/update)",
		"family": "config",
		"resource": "agent",
		"operation": "update",
		"name": "Update",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/agentAccount/update",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "userAccount",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Sign-in account of the agent to change; the account itself cannot be changed",
				"lookup": {
					"section": "5.1.4",
					"valuePath": "userAccount",
					"labelPath": "userName"
				},
				"displayName": "Account"
			},
			{
				"name": "userName",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "New name of the agent, without the characters \" [ ] = ;",
				"maxLength": 20,
				"displayName": "Name"
			},
			{
				"name": "email",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "New email address of the agent"
			},
			{
				"name": "phone",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "New phone number of the agent",
				"maxLength": 25
			},
			{
				"name": "agentType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Media the agent handles",
				"options": [
					{
						"value": 4,
						"name": "Audio Agent"
					},
					{
						"value": 11,
						"name": "Video Agent"
					},
					{
						"value": 5,
						"name": "Multimedia Agent"
					},
					{
						"value": 99,
						"name": "Versatile Agent"
					}
				]
			},
			{
				"name": "ccRoleId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Role of the agent",
				"displayName": "Role",
				"options": [
					{
						"value": 2,
						"name": "Agent"
					},
					{
						"value": 3,
						"name": "Inspector"
					},
					{
						"value": 4,
						"name": "Outbound Call Agent"
					}
				]
			},
			{
				"name": "skills",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": false,
				"description": "Skill queues of the agent, each with its ID and both weights; their media type must match the agent type",
				"children": [
					{
						"name": "skillId",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "ID of the skill queue, as listed by Get Many under Skill Queue",
						"displayName": "Skill Queue ID"
					},
					{
						"name": "agentWeight",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Priority of the agent in the skill queue: a larger weight means a higher priority",
						"min": 1,
						"default": 1
					},
					{
						"name": "skillWeight",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Priority of the skill queue for the agent: a larger weight means a higher priority",
						"min": 1,
						"displayName": "Skill Queue Weight",
						"default": 1
					}
				],
				"displayName": "Skill Queues"
			},
			{
				"name": "oldPassWord",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Current password of the agent, mandatory to change the password. Three wrong entries in a row lock the account for 30 minutes, and the password can be changed once in 24 hours.",
				"displayName": "Current Password"
			},
			{
				"name": "newPassWord",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "New password; by default eight characters with uppercase and lowercase letters, digits and special characters, valid for 90 days",
				"displayName": "New Password"
			}
		],
		"shapeNote": "table wraps body in requestParam; example omits it (example keys are requestParam's children) Sent without the \"requestParam\" wrapper: the table's lone top-level row requestParam names the body itself, and the request example (keys userAccount, userName, email, phone, agentType, ccRoleId, skills, oldPassWord, newPassWord) omits it.",
		"result": {},
		"example": {
			"userAccount": "test123456",
			"userName": "test123",
			"email": "Test@***.com",
			"phone": "184***5555",
			"agentType": 5,
			"ccRoleId": 2,
			"skills": [
				{
					"skillId": 1,
					"agentWeight": 1,
					"skillWeight": 1
				}
			],
			"oldPassWord": "xxxxx",
			"newPassWord": "xxxxxxx"
		},
		"action": "Update agent account",
		"description": "Change the name, contact details, type, role, skill queues or password of an agent account"
	},
	{
		"section": "5.1.4",
		"title": "Querying Agent Account Information (agentAccount/query)",
		"family": "config",
		"resource": "agent",
		"operation": "getMany",
		"name": "Get Many",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/agentAccount/query",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "userAccount",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Sign-in account of one agent to get; when set, the other filters are ignored",
				"displayName": "Account"
			},
			{
				"name": "pageNum",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Page number. This parameter is valid when userAccount is not set. The value starts from 0."
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Size of each page. This parameter is valid when userAccount is not set."
			},
			{
				"name": "agentType",
				"in": "body",
				"type": "array",
				"required": false,
				"description": "Only agents of these types: 4 audio, 11 video, 5 multimedia, 99 versatile"
			},
			{
				"name": "transparentDisplayFlag",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to get only agents whose display is anonymized",
				"displayName": "Anonymized"
			}
		],
		"shapeNote": "table wraps body in requestParams; example omits it (example keys are requestParams's children) Sent without the \"requestParams\" wrapper: the table's lone top-level row requestParams names the body itself, and the request example (keys userAccount) omits it.",
		"result": {
			"itemsPath": "data"
		},
		"paging": {
			"style": "page",
			"pageField": "pageNum",
			"sizeField": "pageSize",
			"firstPage": 0,
			"maxSize": 100
		},
		"example": {
			"userAccount": "test123456"
		},
		"action": "Get many agent accounts",
		"description": "List agent accounts with their type, role, agent ID and skill queues, or get one account by its sign-in account"
	},
	{
		"section": "5.1.5",
		"title": "Binding an Agent to a Skill Queue (addSkillsToAgent)",
		"family": "config",
		"resource": "agent",
		"operation": "bindSkillQueue",
		"name": "Bind to Skill Queue",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/agentAccount/addSkillsToAgent",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "userAccounts",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Sign-in accounts of the agents, each up to 50 characters",
				"displayName": "Accounts"
			},
			{
				"name": "skillId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Skill queue the agents join",
				"lookup": {
					"section": "5.2.4",
					"valuePath": "skillId",
					"labelPath": "name"
				},
				"displayName": "Skill Queue"
			},
			{
				"name": "agentWeight",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Priority of the agents in the skill queue: a larger weight means a higher priority",
				"min": 1,
				"default": 1
			},
			{
				"name": "skillWeight",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Priority of the skill queue for the agents: a larger weight means a higher priority",
				"min": 1,
				"displayName": "Skill Queue Weight",
				"default": 1
			}
		],
		"result": {},
		"example": {
			"userAccounts": [
				"x1",
				"x2"
			],
			"skillId": 4,
			"agentWeight": 1,
			"skillWeight": 1
		},
		"action": "Bind agents to skill queue",
		"description": "Add agents to a skill queue with their agent and skill queue weights"
	},
	{
		"section": "5.1.6",
		"title": "Unbinding an Agent from a Skill Queue (releaseAgentBySkillId)",
		"family": "config",
		"resource": "agent",
		"operation": "unbindSkillQueue",
		"name": "Unbind From Skill Queue",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/agentAccount/releaseAgentBySkillId",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "skillId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Skill queue the agents leave",
				"lookup": {
					"section": "5.2.4",
					"valuePath": "skillId",
					"labelPath": "name"
				},
				"displayName": "Skill Queue"
			},
			{
				"name": "userAccounts",
				"in": "body",
				"type": "array",
				"required": true,
				"description": "Sign-in accounts of the agents to remove; an empty list removes every agent of the skill queue",
				"displayName": "Accounts"
			}
		],
		"result": {},
		"example": {
			"skillId": 3,
			"userAccounts": []
		},
		"action": "Unbind agents from skill queue",
		"description": "Remove agents from a skill queue, or all of its agents when no account is given"
	},
	{
		"section": "5.1.7",
		"title": "Querying Agent Information by Skill Queue ID (queryAgentInfoBySkillId)",
		"family": "config",
		"resource": "agent",
		"operation": "getManyBySkillQueue",
		"name": "Get Many by Skill Queue",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/agentAccount/queryAgentInfoBySkillId",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "skillId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Skill queue whose agents are listed",
				"lookup": {
					"section": "5.2.4",
					"valuePath": "skillId",
					"labelPath": "name"
				},
				"displayName": "Skill Queue"
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Page size. The maximum value is 100.",
				"max": 100
			},
			{
				"name": "pageNum",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Page number, starting from 0."
			}
		],
		"shapeNote": "table wraps body in requestParam; example omits it (example keys are requestParam's children) Sent without the \"requestParam\" wrapper: the table's lone top-level row requestParam names the body itself, and the request example (keys skillId, pageSize, pageNum) omits it.",
		"result": {
			"itemsPath": "data",
			"totalPath": "count"
		},
		"paging": {
			"style": "page",
			"pageField": "pageNum",
			"sizeField": "pageSize",
			"firstPage": 0,
			"maxSize": 100
		},
		"example": {
			"skillId": 3,
			"pageSize": 10,
			"pageNum": 0
		},
		"action": "Get many agents by skill queue",
		"description": "List the agents bound to a skill queue"
	},
	{
		"section": "5.1.8",
		"title": "Changing the SIP Phone Number Login Password of an Agent (updateSipPhonePassword)",
		"family": "config",
		"resource": "agent",
		"operation": "changeSipPhonePassword",
		"name": "Change SIP Phone Password",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/sipPhone/updateSipPhonePassword",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "accountPwd",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Current password of the agent account, to confirm the change. Three wrong entries in a row lock the account for 30 minutes; a tenant administrator can unlock it sooner.",
				"displayName": "Account Password"
			},
			{
				"name": "newPhonePwd",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "New SIP phone password; by default 8 to 16 characters mixing three of uppercase letters, lowercase letters, digits and the characters ~ @ ^ * _ { + } ?",
				"minLength": 8,
				"maxLength": 16,
				"displayName": "New SIP Phone Password"
			},
			{
				"name": "userAccount",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Sign-in account of the agent",
				"lookup": {
					"section": "5.1.4",
					"valuePath": "userAccount",
					"labelPath": "userName"
				},
				"displayName": "Account"
			}
		],
		"shapeNote": "table wraps body in requestParam; example omits it (example keys are requestParam's children) Sent without the \"requestParam\" wrapper: the table's lone top-level row requestParam names the body itself, and the request example (keys userAccount, accountPwd, newPhonePwd) omits it.",
		"result": {},
		"example": {
			"userAccount": "xxxxx",
			"accountPwd": "xxxxx",
			"newPhonePwd": "xxxxx"
		},
		"action": "Change agent SIP phone password",
		"description": "Change the password an agent uses to register the SIP phone, after checking the agent account password"
	},
	{
		"section": "5.1.9",
		"title": "Querying Softphone Information of All Agents, Excluding Business Accounts (querySysInfo)",
		"family": "config",
		"resource": "agent",
		"operation": "getManySoftphones",
		"name": "Get Many Softphones",
		"method": "GET",
		"path": "/apiaccess/CC-Management/v1/querySysInfo",
		"auth": "C1",
		"idempotent": true,
		"fields": [],
		"result": {
			"itemsPath": "agents"
		},
		"action": "Get many agent softphones",
		"description": "List the softphone and sign-in service details of all agents, business accounts excluded"
	},
	{
		"section": "5.1.10",
		"title": "Querying Softphone Information of All Agents, Including Business Accounts (queryAgentInfo)",
		"family": "config",
		"resource": "agent",
		"operation": "getManySoftphonesWithBusinessAccounts",
		"name": "Get Many Softphones With Business Accounts",
		"method": "GET",
		"path": "/apiaccess/CC-Management/v1/queryAgentInfo",
		"auth": "C1",
		"idempotent": true,
		"fields": [],
		"result": {
			"itemsPath": "agents"
		},
		"action": "Get many agent softphones with business accounts",
		"description": "List the softphone and sign-in service details of all agents, business accounts included"
	},
	{
		"section": "5.1.11",
		"title": "Querying the Account Sign-in Result (queryAgentLoginParams)",
		"family": "config",
		"resource": "agent",
		"operation": "getSignInParameters",
		"name": "Get Sign-In Parameters",
		"method": "POST",
		"path": "/apiaccess/CC-Management/v1/queryAgentLoginParams",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "password",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Password of the sign-in account",
				"maxLength": 100
			},
			{
				"name": "account",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Sign-in account shared by the mobile app and the PC business system",
				"maxLength": 100
			}
		],
		"result": {
			"itemsPath": "results.sipServerInfo"
		},
		"example": {
			"account": "1s120201",
			"password": "S****x"
		},
		"action": "Get agent sign in parameters",
		"description": "Check a sign-in account and password shared by the mobile app and the PC business system, and return the agent ID, SIP softphone account and SIP servers"
	},
	{
		"section": "5.1.12",
		"title": "Querying Agent Information by Sign-in Account (queryAgentInfoByAccount)",
		"family": "config",
		"resource": "agent",
		"operation": "getBySignInAccount",
		"name": "Get by Sign-In Account",
		"method": "POST",
		"path": "/apiaccess/rest/CC-Management/v1/queryAgentInfoByAccount",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "accountCode",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Sign-in account of the agent",
				"maxLength": 64,
				"displayName": "Sign-In Account"
			},
			{
				"name": "password",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Password of the user who authenticates the query",
				"maxLength": 64
			},
			{
				"name": "username",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Name of the user who authenticates the query",
				"maxLength": 64,
				"displayName": "Username"
			}
		],
		"result": {},
		"example": {
			"accountCode": "Agents"
		},
		"action": "Get agent by sign in account",
		"description": "Get the agent information of a sign-in account"
	},
	{
		"section": "5.1.13",
		"title": "Deleting Data by Customer Number (cleancustpersonaldata)",
		"family": "config",
		"resource": "agent",
		"operation": "deleteCustomerData",
		"name": "Delete Customer Data",
		"method": "POST",
		"path": "/apiaccess/CC-Management/v1/clearUserInfo/cleancustpersonaldata",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "customNos",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Calling or called numbers of the customers whose data is deleted, up to 1000",
				"maxItems": 1000,
				"displayName": "Customer Numbers"
			}
		],
		"result": {},
		"example": {
			"customNos": [
				"135****1111",
				"wen11",
				"kehu@****.com"
			]
		},
		"batch": {
			"field": "customNos",
			"max": 1000
		},
		"action": "Delete customer data by number",
		"description": "Delete the personal data kept for customer numbers (calling or called numbers)"
	},
	{
		"section": "5.2.1",
		"title": "Creating a Skill Queue (createSkill)",
		"family": "config",
		"resource": "skillQueue",
		"operation": "create",
		"name": "Create",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/skill/createSkill",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "mediaTypeId",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Media the skill queue handles",
				"displayName": "Media Type",
				"options": [
					{
						"value": 5,
						"name": "Voice"
					},
					{
						"value": 53,
						"name": "Multimedia"
					},
					{
						"value": 19,
						"name": "Video"
					},
					{
						"value": 2,
						"name": "Voice Click to Dial"
					},
					{
						"value": 18,
						"name": "Video Click to Dial"
					}
				]
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Short name or description of the skill queue: Chinese characters, letters and digits",
				"maxLength": 50
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the skill queue, without special characters such as ~ ! # $ % ^ & * ( ) + = { } ' ; < > / ?",
				"maxLength": 20
			},
			{
				"name": "maxWaitTime",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Longest time a caller waits in the queue, in seconds",
				"max": 60000,
				"displayName": "Max Wait Time"
			},
			{
				"name": "maxWaitNum",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Largest number of callers waiting in the queue",
				"max": 10000,
				"displayName": "Max Waiting Callers"
			},
			{
				"name": "maxAgentWrapupTime",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Time an agent stays in the wrap-up state after a call, in seconds",
				"max": 3600,
				"displayName": "Wrap-Up Time"
			},
			{
				"name": "skillParam",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "How calls are handled when no agent is on duty, when the queue is busy and when queuing times out. For media types Multimedia, Voice Click to Dial and Video Click to Dial only the no-agent, busy and timeout settings apply, and for Multimedia the device type must be Skill Queue; for Voice and Video the no-agent, busy, timeout, answer mode and waiting tone settings are all mandatory",
				"children": [
					{
						"name": "noAgents",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "What happens to calls when no agent is on duty",
						"children": [
							{
								"name": "deviceType",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Where the call is transferred; needed when the policy is Transfer",
								"options": [
									{
										"value": "1",
										"name": "Skill Queue"
									},
									{
										"value": "3",
										"name": "IVR"
									}
								]
							},
							{
								"name": "transferType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Release ends the call (leave the other fields empty); Transfer sends it to the device below (the other fields are then mandatory)",
								"displayName": "Policy",
								"options": [
									{
										"value": "Release",
										"name": "Release"
									},
									{
										"value": "Transfer",
										"name": "Transfer"
									}
								]
							},
							{
								"name": "value",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "ID of the target skill queue or IVR flow, depending on the device type",
								"displayName": "Target ID"
							}
						]
					},
					{
						"name": "busy",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "What happens to calls when the queue is busy or overflows",
						"children": [
							{
								"name": "deviceType",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Where the call is transferred; needed when the policy is Transfer",
								"options": [
									{
										"value": "1",
										"name": "Skill Queue"
									},
									{
										"value": "3",
										"name": "IVR"
									}
								]
							},
							{
								"name": "transferType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Release ends the call (leave the other fields empty); Transfer sends it to the device below (the other fields are then mandatory)",
								"displayName": "Policy",
								"options": [
									{
										"value": "Release",
										"name": "Release"
									},
									{
										"value": "Transfer",
										"name": "Transfer"
									}
								]
							},
							{
								"name": "value",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "ID of the target skill queue or IVR flow, depending on the device type",
								"displayName": "Target ID"
							}
						]
					},
					{
						"name": "answerFunction",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "What the caller hears when an agent answers",
						"options": [
							{
								"value": "0",
								"name": "Announce Agent ID"
							},
							{
								"value": "2",
								"name": "No Announcement"
							}
						],
						"displayName": "Answer Mode"
					},
					{
						"name": "timeOut",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "What happens to calls when queuing times out",
						"children": [
							{
								"name": "deviceType",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Where the call is transferred; needed when the policy is Transfer",
								"options": [
									{
										"value": "1",
										"name": "Skill Queue"
									},
									{
										"value": "3",
										"name": "IVR"
									}
								]
							},
							{
								"name": "transferType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Release ends the call (leave the other fields empty); Transfer sends it to the device below (the other fields are then mandatory)",
								"displayName": "Policy",
								"options": [
									{
										"value": "Release",
										"name": "Release"
									},
									{
										"value": "Transfer",
										"name": "Transfer"
									}
								]
							},
							{
								"name": "value",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "ID of the target skill queue or IVR flow, depending on the device type",
								"displayName": "Target ID"
							}
						],
						"displayName": "Timeout"
					},
					{
						"name": "waitVoice",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "What callers hear while they wait in the queue",
						"children": [
							{
								"name": "parameterType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "The default waiting tone, or an IVR flow (then the IVR flow ID is mandatory)",
								"options": [
									{
										"value": "Voice",
										"name": "Default Waiting Tone",
										"description": "Leave the IVR flow ID empty"
									},
									{
										"value": "IVR",
										"name": "IVR Flow",
										"description": "The IVR flow ID is mandatory"
									}
								],
								"displayName": "Tone Type"
							},
							{
								"name": "id",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "ID of the IVR flow played to waiting callers",
								"displayName": "IVR Flow ID"
							}
						],
						"displayName": "Waiting Tone"
					}
				],
				"displayName": "Overflow and Queuing Settings"
			}
		],
		"result": {},
		"example": {
			"mediaTypeId": 5,
			"description": "ccfdc",
			"name": "dddpodfst",
			"maxWaitTime": 30,
			"maxWaitNum": 100,
			"maxAgentWrapupTime": 5,
			"skillParam": {
				"noAgents": {
					"deviceType": "1",
					"transferType": "Transfer",
					"value": 2
				},
				"busy": {
					"deviceType": "1",
					"transferType": "Transfer",
					"value": 1
				},
				"answerFunction": "0",
				"timeOut": {
					"deviceType": "1",
					"transferType": "Transfer",
					"value": 1
				}
			}
		},
		"action": "Create skill queue",
		"description": "Create a skill queue with its media type, queue limits and overflow settings, and return its ID"
	},
	{
		"section": "5.2.2",
		"title": "Deleting a Skill Queue (deleteSkill)",
		"family": "config",
		"resource": "skillQueue",
		"operation": "delete",
		"name": "Delete",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/skill/deleteSkill",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "skillIds",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "IDs of the skill queues to delete, separated by commas, semicolons or hyphens; up to 10",
				"displayName": "Skill Queue IDs"
			}
		],
		"result": {},
		"example": {
			"skillIds": "3,4"
		},
		"action": "Delete skill queues",
		"description": "Delete up to 10 skill queues by ID"
	},
	{
		"section": "5.2.3",
		"title": "Modifying a Skill Queue (modifySkill)",
		"family": "config",
		"resource": "skillQueue",
		"operation": "update",
		"name": "Update",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/skill/modifySkill",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Short name or description of the skill queue: Chinese characters, letters and digits",
				"maxLength": 50
			},
			{
				"name": "maxWaitTime",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Longest time a caller waits in the queue, in seconds",
				"max": 60000,
				"displayName": "Max Wait Time"
			},
			{
				"name": "maxWaitNum",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Largest number of callers waiting in the queue",
				"max": 10000,
				"displayName": "Max Waiting Callers"
			},
			{
				"name": "maxAgentWrapupTime",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Time an agent stays in the wrap-up state after a call, in seconds",
				"max": 3600,
				"displayName": "Wrap-Up Time"
			},
			{
				"name": "skillParam",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "How calls are handled when no agent is on duty, when the queue is busy and when queuing times out. For media types Multimedia, Voice Click to Dial and Video Click to Dial only the no-agent, busy and timeout settings apply, and for Multimedia the device type must be Skill Queue; for Voice and Video the no-agent, busy, timeout, answer mode and waiting tone settings are all mandatory",
				"children": [
					{
						"name": "noAgents",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "What happens to calls when no agent is on duty",
						"children": [
							{
								"name": "deviceType",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Where the call is transferred; needed when the policy is Transfer",
								"options": [
									{
										"value": "1",
										"name": "Skill Queue"
									},
									{
										"value": "3",
										"name": "IVR"
									}
								]
							},
							{
								"name": "transferType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Release ends the call (leave the other fields empty); Transfer sends it to the device below (the other fields are then mandatory)",
								"displayName": "Policy",
								"options": [
									{
										"value": "Release",
										"name": "Release"
									},
									{
										"value": "Transfer",
										"name": "Transfer"
									}
								]
							},
							{
								"name": "value",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "ID of the target skill queue or IVR flow, depending on the device type",
								"displayName": "Target ID"
							}
						]
					},
					{
						"name": "busy",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "What happens to calls when the queue is busy or overflows",
						"children": [
							{
								"name": "deviceType",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Where the call is transferred; needed when the policy is Transfer",
								"options": [
									{
										"value": "1",
										"name": "Skill Queue"
									},
									{
										"value": "3",
										"name": "IVR"
									}
								]
							},
							{
								"name": "transferType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Release ends the call (leave the other fields empty); Transfer sends it to the device below (the other fields are then mandatory)",
								"displayName": "Policy",
								"options": [
									{
										"value": "Release",
										"name": "Release"
									},
									{
										"value": "Transfer",
										"name": "Transfer"
									}
								]
							},
							{
								"name": "value",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "ID of the target skill queue or IVR flow, depending on the device type",
								"displayName": "Target ID"
							}
						]
					},
					{
						"name": "answerFunction",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "What the caller hears when an agent answers",
						"options": [
							{
								"value": "0",
								"name": "Announce Agent ID"
							},
							{
								"value": "2",
								"name": "No Announcement"
							}
						],
						"displayName": "Answer Mode"
					},
					{
						"name": "timeOut",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "What happens to calls when queuing times out",
						"children": [
							{
								"name": "deviceType",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Where the call is transferred; needed when the policy is Transfer",
								"options": [
									{
										"value": "1",
										"name": "Skill Queue"
									},
									{
										"value": "3",
										"name": "IVR"
									}
								]
							},
							{
								"name": "transferType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Release ends the call (leave the other fields empty); Transfer sends it to the device below (the other fields are then mandatory)",
								"displayName": "Policy",
								"options": [
									{
										"value": "Release",
										"name": "Release"
									},
									{
										"value": "Transfer",
										"name": "Transfer"
									}
								]
							},
							{
								"name": "value",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "ID of the target skill queue or IVR flow, depending on the device type",
								"displayName": "Target ID"
							}
						],
						"displayName": "Timeout"
					},
					{
						"name": "waitVoice",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "What callers hear while they wait in the queue",
						"children": [
							{
								"name": "parameterType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "The default waiting tone, or an IVR flow (then the IVR flow ID is mandatory)",
								"displayName": "Tone Type",
								"options": [
									{
										"value": "Voice",
										"name": "Default Waiting Tone",
										"description": "Leave the IVR flow ID empty"
									},
									{
										"value": "IVR",
										"name": "IVR Flow",
										"description": "The IVR flow ID is mandatory"
									}
								]
							},
							{
								"name": "id",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "ID of the IVR flow played to waiting callers",
								"displayName": "IVR Flow ID"
							}
						],
						"displayName": "Waiting Tone"
					}
				],
				"displayName": "Overflow and Queuing Settings"
			},
			{
				"name": "skillId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Skill queue to change",
				"lookup": {
					"section": "5.2.4",
					"valuePath": "skillId",
					"labelPath": "name"
				},
				"displayName": "Skill Queue"
			}
		],
		"result": {},
		"example": {
			"skillId": 3,
			"description": "2021ok",
			"maxWaitTime": 60
		},
		"action": "Update skill queue",
		"description": "Change the description, queue limits or overflow settings of a skill queue"
	},
	{
		"section": "5.2.4",
		"title": "Querying Skill Queues (querySkills)",
		"family": "config",
		"resource": "skillQueue",
		"operation": "getMany",
		"name": "Get Many",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/skill/querySkills",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Name of the skill queue to find",
				"maxLength": 20
			},
			{
				"name": "mediaTypeId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Only skill queues of this media type",
				"displayName": "Media Type",
				"options": [
					{
						"value": "5",
						"name": "Voice"
					},
					{
						"value": "53",
						"name": "Multimedia"
					},
					{
						"value": "19",
						"name": "Video"
					},
					{
						"value": "2",
						"name": "Voice Click to Dial"
					},
					{
						"value": "18",
						"name": "Video Click to Dial"
					}
				]
			},
			{
				"name": "limit",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number of records on each page. The value is a positive integer and the maximum value is 100."
			},
			{
				"name": "offset",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Parameter for determining the start page of the query. The value range of offset is as follows: Value of offset = Value of limit x (Page - 1). \"Page\" indicates the start page for query."
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"required": false,
				"description": "Only the skill queues with these IDs; empty for all",
				"maxItems": 100,
				"displayName": "Skill Queue IDs"
			}
		],
		"result": {
			"itemsPath": "data",
			"totalPath": "total"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 100
		},
		"example": {
			"limit": "10",
			"offset": 0
		},
		"shapeNote": "Vendor evidence: mediaTypeId (the PDF prints mediaTypeld): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_0037.html (querySkills). Vendor evidence: skillIds (the PDF prints skilllds): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_0037.html (querySkills).",
		"action": "Get many skill queues",
		"description": "List skill queues with their IDs, names, media types and settings, filtered by name, media type or ID"
	},
	{
		"section": "5.3.1",
		"title": "Querying Access Codes (queryAccessCodeList)",
		"family": "config",
		"resource": "accessCode",
		"operation": "getMany",
		"name": "Get Many",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/accessCodeInfo/queryAccessCodeList",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "accessCode",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Access code to find; part of a code matches"
			},
			{
				"name": "mediatypeId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only access codes of this media type",
				"displayName": "Media Type",
				"options": [
					{
						"value": 2,
						"name": "Click to Dial"
					},
					{
						"value": 5,
						"name": "Voice and Video"
					},
					{
						"value": 53,
						"name": "Multimedia"
					}
				]
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Description of the access code to find; part of it matches"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of records on each page. The value ranges from 0 to 100. The default value is 100. If the value exceeds 100, 100 records are displayed on each page by default.",
				"min": 0,
				"max": 100,
				"default": 100
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Parameter for determining the start page of the query. The value range of offset is as follows: Value of offset = Value of limit x (Page - 1). \"Page\" indicates the start page for query. The default value of offset is 0, and the maximum value is 100.",
				"max": 100
			}
		],
		"shapeNote": "example key \"mediatypeId\" differs from table field \"mediatypeld\" only by l/I/1, case or a separator (OCR/typo) Vendor evidence: mediatypeId (the PDF prints mediatypeld): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_0039.html (queryAccessCodeList).",
		"result": {
			"itemsPath": "data.calledRouteList",
			"totalPath": "data.total"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 100
		},
		"example": {
			"accessCode": "9911411",
			"mediatypeId": 5,
			"description": "access code",
			"limit": 10,
			"offset": 0
		},
		"action": "Get many access codes",
		"description": "List the access codes of the tenant, filtered by code, media type or description"
	},
	{
		"section": "5.3.2",
		"title": "Creating a Binding Relationship Between an Access Code, Skill Queue, and IVR (createCalledRoute)",
		"family": "config",
		"resource": "accessCode",
		"operation": "createCalledRoute",
		"name": "Create Called Route",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/calledRoute/createCalledRoute",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "accessCode",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Access code the customers dial",
				"maxLength": 32,
				"lookup": {
					"section": "5.3.1",
					"valuePath": "accessCode",
					"labelPath": "description"
				}
			},
			{
				"name": "extCode",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Digits dialed after the access code to reach this target, so one access code can lead to several targets (e.g. access code 12345 with extension code 1 routes 123451 to skill queue A)",
				"maxLength": 12,
				"displayName": "Extension Code"
			},
			{
				"name": "mediaTypeId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Media of the route; for a skill queue it must match the media type of the skill queue",
				"default": 5,
				"displayName": "Media Type",
				"options": [
					{
						"value": 2,
						"name": "Voice Click to Dial"
					},
					{
						"value": 5,
						"name": "Voice and Video"
					},
					{
						"value": 18,
						"name": "Video Click to Dial"
					},
					{
						"value": 19,
						"name": "Video"
					},
					{
						"value": 53,
						"name": "Multimedia"
					}
				]
			},
			{
				"name": "devicetype",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Kind of target; an IVR flow cannot be used for multimedia",
				"options": [
					{
						"value": 1,
						"name": "Skill Queue"
					},
					{
						"value": 3,
						"name": "IVR"
					}
				],
				"displayName": "Device Type"
			},
			{
				"name": "deviceId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the target skill queue or IVR flow; a skill queue must have the media type of the route",
				"displayName": "Device ID"
			}
		],
		"shapeNote": "example key \"deviceId\" differs in case from table field \"deviceid\" Vendor evidence: deviceId (the PDF prints deviceid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1030.html (createCalledRoute) and the reference's own request example.",
		"result": {},
		"example": {
			"accessCode": "9911411",
			"extCode": "11",
			"devicetype": 1,
			"deviceId": 1,
			"mediaTypeId": 19
		},
		"action": "Create called route",
		"description": "Route an access code, with an optional extension code, to a skill queue or an IVR flow"
	},
	{
		"section": "5.3.3",
		"title": "Deleting the Binding Relationships Between Access Codes, Skill Queues, and IVR Flows (deleteCalledRoute)",
		"family": "config",
		"resource": "accessCode",
		"operation": "deleteCalledRoutes",
		"name": "Delete Called Routes",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/calledRoute/deleteCalledRoute",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "dnids",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Configuration IDs (dnid) of the called routes, as listed by Get Many Called Routes, separated by commas; up to 1000",
				"displayName": "Configuration IDs"
			}
		],
		"result": {},
		"example": {
			"dnids": "1,2"
		},
		"action": "Delete called routes",
		"description": "Delete up to 1000 called routes by their configuration IDs"
	},
	{
		"section": "5.3.4",
		"title": "Modifying a Binding Relationship Between an Access Code, Skill Queue, and IVR (modifyCalledRoute)",
		"family": "config",
		"resource": "accessCode",
		"operation": "updateCalledRoute",
		"name": "Update Called Route",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/calledRoute/modifyCalledRoute",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Called route to change",
				"displayName": "Called Route",
				"lookup": {
					"section": "5.3.5",
					"valuePath": "id",
					"labelPath": "accessCode"
				}
			},
			{
				"name": "devicetype",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Kind of the new target",
				"displayName": "Device Type",
				"options": [
					{
						"value": 1,
						"name": "Skill Queue"
					},
					{
						"value": 3,
						"name": "IVR"
					}
				]
			},
			{
				"name": "deviceId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the new target skill queue or IVR flow",
				"displayName": "Device ID"
			}
		],
		"shapeNote": "example key \"deviceId\" differs in case from table field \"deviceid\" Vendor evidence: deviceId (the PDF prints deviceid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1032.html (modifyCalledRoute) and the reference's own request example.",
		"result": {},
		"example": {
			"id": "1125397061153369092",
			"devicetype": 1,
			"deviceId": 1
		},
		"action": "Update called route",
		"description": "Send the calls of a called route to another skill queue or IVR flow"
	},
	{
		"section": "5.3.5",
		"title": "Querying the Binding Relationships Between Access Codes, Skill Queues, and IVR Flows (queryCalledRoute)",
		"family": "config",
		"resource": "accessCode",
		"operation": "getManyCalledRoutes",
		"name": "Get Many Called Routes",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/calledRoute/queryCalledRoute",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "accessCode",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Only routes of this access code"
			},
			{
				"name": "extCode",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Only routes of this extension code",
				"displayName": "Extension Code"
			},
			{
				"name": "devicetype",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only routes to this kind of target",
				"displayName": "Device Type",
				"options": [
					{
						"value": 1,
						"name": "Skill Queue"
					},
					{
						"value": 3,
						"name": "IVR"
					}
				]
			},
			{
				"name": "deviceDesc",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Name of the target skill queue or IVR flow; part of the name matches",
				"displayName": "Device Name"
			},
			{
				"name": "mediatypeId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only routes of this media type",
				"displayName": "Media Type",
				"options": [
					{
						"value": 2,
						"name": "Voice Click to Dial"
					},
					{
						"value": 5,
						"name": "Voice and Video"
					},
					{
						"value": 18,
						"name": "Video Click to Dial"
					},
					{
						"value": 19,
						"name": "Video"
					},
					{
						"value": 53,
						"name": "Multimedia"
					}
				]
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of records on each page. The value ranges from 0 to 100. The default value is 100. If the value exceeds 100, 100 records are displayed on each page by default.",
				"min": 0,
				"max": 100,
				"default": 100
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Parameter for determining the start page of the query. The value range of offset is as follows: Value of offset = Value of limit x (Page - 1). \"Page\" indicates the start page for query. The default value of offset is 0. If a negative value is entered, 0 is used."
			}
		],
		"shapeNote": "example keys not in the table: mediatypeld Vendor evidence: mediatypeId (the PDF prints mediaTypeeld): the reference's own request example (mediatypeld) read with I for l, as https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_0039.html spells it for 5.3.1; no vendor page of 5.3.5 found.",
		"result": {
			"itemsPath": "data.calledRouteList",
			"totalPath": "data.total"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 100
		},
		"example": {
			"accessCode": "9911411",
			"extCode": "11",
			"devicetype": 1,
			"deviceDesc": "defaultVideoSkill",
			"mediatypeld": 19,
			"limit": 10,
			"offset": 0
		},
		"action": "Get many called routes",
		"description": "List the called routes that connect access codes to skill queues and IVR flows, with their IDs and targets"
	},
	{
		"section": "5.3.6",
		"title": "Querying the Home Area of a Number (getPhoneNoRegionInfo)",
		"family": "config",
		"resource": "accessCode",
		"operation": "getNumberHomeArea",
		"name": "Get Number Home Area",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/phonearea/getPhoneNoRegionInfo",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "phoneNo",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "11-digit mobile number, or fixed-line number with its area code",
				"displayName": "Phone Number"
			}
		],
		"result": {},
		"example": {
			"phoneNo": "13020017****"
		},
		"action": "Get home area of phone number",
		"description": "Get the region a mobile or fixed-line phone number belongs to"
	},
	{
		"section": "5.4.1",
		"title": "Querying All IVR Flows of a Specified Tenant Space (queryIVRFlowList)",
		"family": "config",
		"resource": "ivr",
		"operation": "getManyFlows",
		"name": "Get Many IVR Flows",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/ivrFlow/queryIVRFlowList",
		"auth": "C1",
		"idempotent": true,
		"fields": [],
		"result": {
			"itemsPath": "result"
		},
		"action": "Get many IVR flows",
		"description": "List all IVR flows of the tenant space with their IDs and names"
	},
	{
		"section": "5.4.2",
		"title": "Querying Satisfaction Survey Information (querySatisfactionConfig)",
		"family": "config",
		"resource": "ivr",
		"operation": "getSatisfactionSurveys",
		"name": "Get Satisfaction Surveys",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/satisfactionconfig/querySatisfactionConfig",
		"auth": "C1",
		"idempotent": true,
		"fields": [],
		"result": {
			"itemsPath": "data"
		},
		"action": "Get satisfaction surveys",
		"description": "List the satisfaction surveys configured for the tenant"
	},
	{
		"section": "5.4.3",
		"title": "Querying Satisfaction Survey Results (satisfaction /query)",
		"family": "config",
		"resource": "ivr",
		"operation": "getSatisfactionResults",
		"name": "Get Satisfaction Survey Results",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/satisfaction/query",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the call that was evaluated",
				"displayName": "Call ID"
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Start of the evaluation time window",
				"displayName": "Start Time",
				"dateFormat": "epochMs"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "End of the evaluation time window",
				"displayName": "End Time",
				"dateFormat": "epochMs"
			}
		],
		"shapeNote": "table wraps body in requestBody; example omits it (example keys are requestBody's children) Sent without the \"requestBody\" wrapper: the table's lone top-level row requestBody names the body itself, and the request example (keys callId, beginTime, endTime) omits it.",
		"result": {},
		"example": {
			"callId": "1647265024-xxxx",
			"beginTime": 1647265028000,
			"endTime": 1647265029000
		},
		"action": "Get satisfaction survey results of call",
		"description": "Get the satisfaction survey results a customer gave for a call within a time window"
	},
	{
		"section": "5.4.4",
		"title": "Uploading IVR Voice Files (importVoiceFile/upload)",
		"family": "config",
		"resource": "ivr",
		"operation": "uploadVoiceFile",
		"name": "Upload IVR Voice File",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/importVoiceFile/upload",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "fileInfo",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "The voice file, up to 8 MB; larger files take longer to upload",
				"binary": "base64",
				"maxLength": 11184812,
				"displayName": "File"
			},
			{
				"name": "locale",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Language of the recording",
				"options": [
					{
						"value": "zh_CN",
						"name": "Chinese"
					},
					{
						"value": "en_US",
						"name": "English"
					},
					{
						"value": "pt_BR",
						"name": "Portuguese"
					},
					{
						"value": "th_TH",
						"name": "Thai"
					}
				],
				"displayName": "Language"
			},
			{
				"name": "voiceType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "What the voice file is used for",
				"options": [
					{
						"value": "0",
						"name": "IVR"
					},
					{
						"value": "1",
						"name": "Prompt Tone"
					},
					{
						"value": "2",
						"name": "Fault Tone"
					},
					{
						"value": "3",
						"name": "Voice Notification"
					}
				],
				"displayName": "Voice Type"
			},
			{
				"name": "fileType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Format of the file; it is transcoded to A-law, mono, 8 bits, 8000 Hz",
				"options": [
					{
						"value": "wav",
						"name": "WAV"
					},
					{
						"value": "mp3",
						"name": "MP3"
					}
				]
			},
			{
				"name": "callbackUrl",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Address that receives the review result of the file",
				"displayName": "Callback URL"
			},
			{
				"name": "voiceFileName",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Name of the IVR voice: Chinese characters, letters and digits",
				"maxLength": 50,
				"pattern": "^[A-Za-z0-9\\u4e00-\\u9fa5]+$",
				"patternHint": "may contain only letters, digits and Chinese characters",
				"displayName": "Voice Name"
			}
		],
		"shapeNote": "Table 5-119 nests the fields under a lone \"body\" row that names the request body itself (as requestParam does in 5.1.1); they are sent at the top level. fileInfo is read from an n8n binary property and sent Base64-encoded.",
		"result": {},
		"action": "Upload IVR voice file",
		"description": "Upload a WAV or MP3 voice file for IVR flows, prompts or voice notifications; the review result is sent to the callback URL"
	},
	{
		"section": "5.4.5",
		"title": "Uploading a TTS Template for Voice Notifications (createVoiceTemplate)",
		"family": "config",
		"resource": "ivr",
		"operation": "uploadTtsTemplate",
		"name": "Upload TTS Template",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/createVoiceTemplate",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the template: Chinese characters, digits and letters",
				"maxLength": 50
			},
			{
				"name": "scene",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Where the template is used",
				"displayName": "Scenario",
				"options": [
					{
						"value": "3",
						"name": "Voice Notification"
					}
				]
			},
			{
				"name": "speed",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Speed of the spoken voice",
				"min": -200,
				"max": 500,
				"default": 0
			},
			{
				"name": "volume",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Volume of the spoken voice",
				"min": 0,
				"max": 100,
				"default": 50
			},
			{
				"name": "voicename",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Timbre of the spoken voice",
				"options": [
					{
						"value": "cn_kefuman_common",
						"name": "Graceful"
					},
					{
						"value": "cn_chengshuxing_common",
						"name": "Mature"
					},
					{
						"value": "cn_roumeiqian_common",
						"name": "Soft"
					},
					{
						"value": "cn_ziranzhen_common",
						"name": "Natural"
					},
					{
						"value": "cn_tianmeiru_common",
						"name": "Sweet"
					}
				],
				"displayName": "Voice",
				"default": "cn_kefuman_common"
			},
			{
				"name": "voicecontent",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Text to speak and its language",
				"children": [
					{
						"name": "textcontent",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Template text in UTF-8, up to 500 bytes (a Chinese character takes three bytes, a letter or digit one): fixed text and variables, and it cannot start with a variable",
						"binary": "text",
						"displayName": "Text"
					},
					{
						"name": "language",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Language of the text",
						"options": [
							{
								"value": "zh_CN",
								"name": "Chinese"
							},
							{
								"value": "en_US",
								"name": "English"
							},
							{
								"value": "pt_BR",
								"name": "Portuguese"
							},
							{
								"value": "th_TH",
								"name": "Thai"
							}
						]
					}
				],
				"displayName": "Voice Content"
			},
			{
				"name": "callbackUrl",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Address that receives the review result of the template; it must be on the trustlist of IVR voice upload callback URLs set by the system administrator",
				"displayName": "Callback URL"
			}
		],
		"shapeNote": "table wraps body in requestBody; example omits it (example keys are requestBody's children) example key \"requestBody.callBackUrl\" differs in case from table field \"requestBody.callbackUrl\" Sent without the \"requestBody\" wrapper: the table's lone top-level row requestBody names the body itself, and the request example (keys name, scene, volume, speed, voicename, callBackUrl, voicecontent) omits it. Kept callbackUrl as the table prints it: the request example prints callBackUrl and the vendor spells it so on voice notification and campaign pages, but the part of https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1040.html read did not reach the field (Body Override can send callBackUrl).",
		"result": {},
		"example": {
			"name": "ctest1",
			"scene": "3",
			"volume": 0,
			"speed": 50,
			"voicename": "cn_kefuman_cn",
			"callBackUrl": "http://10.134.227.74:18133/upload",
			"voicecontent": {
				"language": "en_US",
				"textcontent": "test"
			}
		},
		"action": "Upload TTS template for voice notifications",
		"description": "Upload a text-to-speech template with its voice settings for voice notifications; the review result is sent to the callback URL"
	},
	{
		"section": "6.4.1",
		"title": "Creating App Personal Settings (create)",
		"family": "appSettings",
		"resource": "appSettings",
		"operation": "create",
		"name": "Create",
		"method": "POST",
		"path": "/apiaccess/CC-Management/v1/openapp/agentsettings/create",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "callType",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "How the app places calls",
				"options": [
					{
						"value": "0",
						"name": "Direct Call"
					},
					{
						"value": "1",
						"name": "Bidirectional Call"
					},
					{
						"value": "2",
						"name": "Pass-Through Call"
					}
				]
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the app user the settings belong to",
				"displayName": "User ID"
			},
			{
				"name": "callerPresent",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"description": "Numbers shown to the called party, up to five, each up to 15 characters",
				"displayName": "Caller Display Numbers"
			},
			{
				"name": "callNumber",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"description": "Softphone numbers of the agent, up to five, each up to 15 characters",
				"displayName": "Softphone Numbers"
			},
			{
				"name": "callNumberDefault",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Softphone number bound to the agent by default, up to 15 characters",
				"displayName": "Default Softphone Number"
			},
			{
				"name": "callerPresentDefault",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number shown to the called party by default, up to 15 characters",
				"displayName": "Default Caller Display Number"
			}
		],
		"result": {},
		"example": {
			"callType": "1",
			"userId": "1660270845627002401",
			"callerPresent": [
				"12323",
				"232232",
				"12323",
				"12323"
			],
			"callNumber": [
				"12323",
				"232343",
				"233",
				"232343"
			],
			"callNumberDefault": "23232323",
			"callerPresentDefault": "1212121212"
		},
		"action": "Create app personal settings",
		"description": "Create the call settings of an app user: call type, softphone numbers and numbers shown to called parties"
	},
	{
		"section": "6.4.2",
		"title": "Updating App Personal Settings (update)",
		"family": "appSettings",
		"resource": "appSettings",
		"operation": "update",
		"name": "Update",
		"method": "POST",
		"path": "/apiaccess/CC-Management/v1/openapp/agentsettings/update",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the settings, returned when they were created",
				"displayName": "Settings ID"
			},
			{
				"name": "callType",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "How the app places calls",
				"options": [
					{
						"value": "0",
						"name": "Direct Call"
					},
					{
						"value": "1",
						"name": "Bidirectional Call"
					},
					{
						"value": "2",
						"name": "Pass-Through Call"
					}
				]
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the app user the settings belong to",
				"displayName": "User ID"
			},
			{
				"name": "callerPresent",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"description": "Numbers shown to the called party, up to five, each up to 15 characters",
				"displayName": "Caller Display Numbers"
			},
			{
				"name": "callNumber",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"description": "Softphone numbers of the agent, up to five, each up to 15 characters",
				"displayName": "Softphone Numbers"
			},
			{
				"name": "callNumberDefault",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Softphone number bound to the agent by default, up to 15 characters",
				"displayName": "Default Softphone Number"
			},
			{
				"name": "callerPresentDefault",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number shown to the called party by default, up to 15 characters",
				"displayName": "Default Caller Display Number"
			}
		],
		"result": {},
		"example": {
			"id": "1307145259662215169",
			"callType": "1",
			"userId": "1660270845627002401",
			"callerPresent": [
				"12323"
			],
			"callNumber": [
				"12323",
				"232343",
				"233",
				"239343"
			],
			"callNumberDefault": "23232323",
			"callerPresentDefault": "1212121212"
		},
		"action": "Update app personal settings",
		"description": "Change the call settings of an app user"
	},
	{
		"section": "6.4.3",
		"title": "Querying App Personal Settings (query)",
		"family": "appSettings",
		"resource": "appSettings",
		"operation": "get",
		"name": "Get",
		"method": "POST",
		"path": "/apiaccess/CC-Management/v1/openapp/agentsettings/query",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the app user the settings belong to",
				"displayName": "User ID"
			}
		],
		"result": {},
		"example": {
			"userId": "1660270845627002401"
		},
		"action": "Get app personal settings",
		"description": "Get the call settings of an app user"
	},
	{
		"section": "6.4.4",
		"title": "Deleting App Personal Settings (delete)",
		"family": "appSettings",
		"resource": "appSettings",
		"operation": "delete",
		"name": "Delete",
		"method": "POST",
		"path": "/apiaccess/CC-Management/v1/openapp/agentsettings/delete",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the app user the settings belong to",
				"displayName": "User ID"
			}
		],
		"result": {},
		"example": {
			"userId": "1660270845627002401"
		},
		"action": "Delete app personal settings",
		"description": "Delete the call settings of an app user"
	},
	{
		"section": "6.1.2.26",
		"title": "Answering Calls on a Mobile Phone (login)",
		"family": "config",
		"resource": "mobileAnswering",
		"operation": "start",
		"name": "Start",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/offline/agent/login",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "phone",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Real, reachable mobile or fixed-line number on which the agent answers calls"
			},
			{
				"name": "workNo",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Agent who answers calls on the phone",
				"displayName": "Agent ID",
				"lookup": {
					"section": "5.1.4",
					"valuePath": "workNo",
					"labelPath": "userName"
				}
			}
		],
		"result": {
			"itemsPath": "skills"
		},
		"example": {
			"phone": "13800000000",
			"workNo": 107
		},
		"action": "Start answering calls on mobile phone",
		"description": "Let an agent answer calls on a mobile or fixed-line phone instead of the PC workbench, and return the agent skill queues"
	},
	{
		"section": "6.1.2.27",
		"title": "Exiting the Function of Answering Calls on a Mobile Phone (logout)",
		"family": "config",
		"resource": "mobileAnswering",
		"operation": "stop",
		"name": "Stop",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/offline/agent/logout",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "workNo",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Agent who stops answering calls on the phone",
				"displayName": "Agent ID",
				"lookup": {
					"section": "5.1.4",
					"valuePath": "workNo",
					"labelPath": "userName"
				}
			}
		],
		"result": {},
		"example": {
			"workNo": 107
		},
		"action": "Stop answering calls on mobile phone",
		"description": "Stop an agent answering calls on a mobile phone"
	},
	{
		"section": "6.1.2.28",
		"title": "Querying Whether a Specified Agent Answers Calls on a Mobile Phone (isOfflineAgent)",
		"family": "config",
		"resource": "mobileAnswering",
		"operation": "getStatus",
		"name": "Get Status",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/offline/agent/isOfflineAgent",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "workNo",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Agent to check",
				"displayName": "Agent ID",
				"lookup": {
					"section": "5.1.4",
					"valuePath": "workNo",
					"labelPath": "userName"
				}
			}
		],
		"result": {},
		"example": {
			"workNo": 107
		},
		"action": "Get mobile phone answering status",
		"description": "Tell whether an agent answers calls on a mobile phone"
	}
];
