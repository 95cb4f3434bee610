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
		"name": "App Personal Settings"
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
		"operation": "createSingleAgentAccount",
		"name": "Create a Single Agent Account",
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
				"description": "Agent account. The value is a string of 6 to 50 characters and can contain only letters, digits, and special characters. Special characters include the following: @.-_",
				"minLength": 6,
				"maxLength": 50
			},
			{
				"name": "userName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Agent name. The value contains a maximum of 20 characters and does not contain the following special characters: \"[]'&()=;<>,\"",
				"maxLength": 20
			},
			{
				"name": "password",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Password. The value is a string of eight characters (default password rule group). By default, four types of characters are required: uppercase letters, lowercase letters, digits, and special characters (~!@#%$%^*()-+ _= \\, / ?;: \" ' [] { } \\ &). The password validity period is 90 days. Change the password within 90 days."
			},
			{
				"name": "email",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Email address (complying with RFC 2882). The value of localPart contains a maximum of 64 characters, and the value of domainPart contains a maximum of 255 characters. The first part of domainPart dot contains a maximum of 63 characters."
			},
			{
				"name": "agentType",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Agent type. 4: audio agent 11: video agent 5: multimedia agent 99: versatile agent",
				"options": [
					{
						"value": 4,
						"name": "audio agent"
					},
					{
						"value": 11,
						"name": "video agent"
					},
					{
						"value": 5,
						"name": "multimedia agent"
					},
					{
						"value": 99,
						"name": "versatile agent"
					}
				]
			},
			{
				"name": "ccRoleId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Agent role ID. 2: agent 3: inspector 4: outbound call agent",
				"options": [
					{
						"value": 2,
						"name": "agent"
					},
					{
						"value": 3,
						"name": "inspector"
					},
					{
						"value": 4,
						"name": "outbound call agent"
					}
				]
			},
			{
				"name": "skills",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": false,
				"description": "Skill parameter group. The skill queue type must be the same as the value of agenttype.",
				"children": [
					{
						"name": "skillId",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Skill queue ID, which is obtained using the querySkills interface."
					},
					{
						"name": "agentWeight",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Agent weight. A larger weight indicates a higher priority. The minimum value is 1.",
						"min": 1
					},
					{
						"name": "skillWeight",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Skill queue weight. The minimum value is 1.",
						"min": 1
					}
				]
			},
			{
				"name": "phone",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Phone number, which is optional and can contain a maximum of 25 characters.",
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
		}
	},
	{
		"section": "5.1.2",
		"title": "Deleting a Specified Agent Account (agentAccount/delete)",
		"family": "config",
		"resource": "agent",
		"operation": "deleteAgentAccount",
		"name": "Delete a Specified Agent Account",
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
				"description": "Agent account. The value contains 6 to 50 characters and cannot contain the following characters: [~!@#$%^&*()+={} :~[\\ ]. / ? ~ @ # % & * — — + { }] \\n \\r \\t. \\s indicates any blank character, including spaces, tabs, and form feeds.",
				"minLength": 6,
				"maxLength": 50,
				"lookup": {
					"section": "5.1.4",
					"valuePath": "userAccount",
					"labelPath": "userName"
				}
			}
		],
		"shapeNote": "table wraps body in requestParams; example omits it (example keys are requestParams's children) Sent without the \"requestParams\" wrapper: the table's lone top-level row requestParams names the body itself, and the request example (keys userAccount) omits it.",
		"result": {},
		"example": {
			"userAccount": "test123456"
		}
	},
	{
		"section": "5.1.3",
		"title": "Modifying Information About an Agent Account (agentAccount/update)",
		"family": "config",
		"resource": "agent",
		"operation": "updateInformationAgentAccount",
		"name": "Update Information About an Agent Account",
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
				"description": "Agent account, which is used to query agents and cannot be modified.",
				"lookup": {
					"section": "5.1.4",
					"valuePath": "userAccount",
					"labelPath": "userName"
				}
			},
			{
				"name": "userName",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Agent name. The value contains a maximum of 20 bytes and does not contain the following special characters: \"[] =;",
				"maxLength": 20
			},
			{
				"name": "email",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Email address (complying with RFC 2882). The value of localPart contains a maximum of 64 characters, and the value of domainPart contains a maximum of 255 characters. The first part of domainPart dot contains a maximum of 63 characters."
			},
			{
				"name": "phone",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Phone number, which is optional and can contain a maximum of 25 characters.",
				"maxLength": 25
			},
			{
				"name": "agentType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Agent type. 4: audio agent 11: video agent 5: multimedia agent 99: versatile agent"
			},
			{
				"name": "ccRoleId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Agent role ID. 2: agent 3: inspector 4: outbound call agent"
			},
			{
				"name": "skills",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": false,
				"description": "When this parameter exists, the skillId, agentWeight, and skillWeight parameters must be set. The skill queue type must be the same as the value of agenttype.",
				"children": [
					{
						"name": "skillId",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Skill queue ID, which is obtained using the querySkills interface."
					},
					{
						"name": "agentWeight",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Agent weight. A larger weight indicates a higher priority. The minimum value is 1.",
						"min": 1
					},
					{
						"name": "skillWeight",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Skill queue weight. The minimum value is 1.",
						"min": 1
					}
				]
			},
			{
				"name": "oldPassWord",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Current password of an agent. This parameter is mandatory when the agent password is changed. If the input current password is incorrect for three consecutive times, the account will be locked for 30 minutes, and you need to log in to the system as a tenant administrator to unlock the account. The password can be changed only once within 24 hours."
			},
			{
				"name": "newPassWord",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Password. The value is a string of eight characters (default password rule group). By default, four types of characters are required: uppercase letters, lowercase letters, digits, and special characters (~!@#$$%^*()-+ _= \\, / ?;: \" ' [] { } \\ &). The password validity period is 90 days. Change the password within 90 days."
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
		}
	},
	{
		"section": "5.1.4",
		"title": "Querying Agent Account Information (agentAccount/query)",
		"family": "config",
		"resource": "agent",
		"operation": "getAgentAccountInformation",
		"name": "Get Agent Account Information",
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
				"description": "Agent account. This parameter is mandatory when pageNum and pageSize are not contained. When userAccount is transferred, other input parameters are invalid."
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
				"description": "Agent type. 4: audio agent 11: video agent 5: multimedia agent 99: versatile agent"
			},
			{
				"name": "transparentDisplayFlag",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Agent anonymization flag."
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
		}
	},
	{
		"section": "5.1.5",
		"title": "Binding an Agent to a Skill Queue (addSkillsToAgent)",
		"family": "config",
		"resource": "agent",
		"operation": "bindAgentSkillQueue",
		"name": "Bind an Agent to a Skill Queue",
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
				"description": "Agent account array, which is a string of a maximum of 50 characters."
			},
			{
				"name": "skillId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Skill queue ID.",
				"lookup": {
					"section": "5.2.4",
					"valuePath": "skillId",
					"labelPath": "name"
				}
			},
			{
				"name": "agentWeight",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Agent weight. A larger weight indicates a higher priority. The minimum value is 1.",
				"min": 1
			},
			{
				"name": "skillWeight",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Skill queue weight. The minimum value is 1.",
				"min": 1
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
		}
	},
	{
		"section": "5.1.6",
		"title": "Unbinding an Agent from a Skill Queue (releaseAgentBySkillId)",
		"family": "config",
		"resource": "agent",
		"operation": "unbindAgentSkillQueue",
		"name": "Unbind an Agent from a Skill Queue",
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
				"description": "Skill queue ID.",
				"lookup": {
					"section": "5.2.4",
					"valuePath": "skillId",
					"labelPath": "name"
				}
			},
			{
				"name": "userAccounts",
				"in": "body",
				"type": "array",
				"required": true,
				"description": "Agent account array. The value is a character string. An empty array can be transferred, indicating that all agents bound to the skill queue are unbound from the skill queue."
			}
		],
		"result": {},
		"example": {
			"skillId": 3,
			"userAccounts": []
		}
	},
	{
		"section": "5.1.7",
		"title": "Querying Agent Information by Skill Queue ID (queryAgentInfoBySkillId)",
		"family": "config",
		"resource": "agent",
		"operation": "getAgentInformationSkillQueueId",
		"name": "Get Agent Information by Skill Queue ID",
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
				"description": "Skill queue ID.",
				"lookup": {
					"section": "5.2.4",
					"valuePath": "skillId",
					"labelPath": "name"
				}
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
		}
	},
	{
		"section": "5.1.8",
		"title": "Changing the SIP Phone Number Login Password of an Agent (updateSipPhonePassword)",
		"family": "config",
		"resource": "agent",
		"operation": "changeSipPhoneNumberLoginPasswordAgent",
		"name": "Change the SIP Phone Number Login Password of an Agent",
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
				"description": "Current password of an agent. When the SIP phone password is changed, the current password of the agent needs to be input for verification. If the verification fails for three consecutive times, the account will be locked and will be unlocked 30 minutes later. You can also log in to the system as a tenant administrator to manually unlock the account."
			},
			{
				"name": "newPhonePwd",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "New SIP phone password. The value is a string of 8 to 16 characters (default password rule group). By default, any combination of the following three types is required: uppercase letters, lowercase letters, digits, and the following special characters: ~@^*_{+}?",
				"minLength": 8,
				"maxLength": 16
			},
			{
				"name": "userAccount",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Agent account.",
				"lookup": {
					"section": "5.1.4",
					"valuePath": "userAccount",
					"labelPath": "userName"
				}
			}
		],
		"shapeNote": "table wraps body in requestParam; example omits it (example keys are requestParam's children) Sent without the \"requestParam\" wrapper: the table's lone top-level row requestParam names the body itself, and the request example (keys userAccount, accountPwd, newPhonePwd) omits it.",
		"result": {},
		"example": {
			"userAccount": "xxxxx",
			"accountPwd": "xxxxx",
			"newPhonePwd": "xxxxx"
		}
	},
	{
		"section": "5.1.9",
		"title": "Querying Softphone Information of All Agents, Excluding Business Accounts (querySysInfo)",
		"family": "config",
		"resource": "agent",
		"operation": "getSoftphoneInformationAllAgentsExcludingBusinessAccounts",
		"name": "Get Softphone Information of All Agents, Excluding Business Accounts",
		"method": "GET",
		"path": "/apiaccess/CC-Management/v1/querySysInfo",
		"auth": "C1",
		"idempotent": true,
		"fields": [],
		"result": {
			"itemsPath": "agents"
		}
	},
	{
		"section": "5.1.10",
		"title": "Querying Softphone Information of All Agents, Including Business Accounts (queryAgentInfo)",
		"family": "config",
		"resource": "agent",
		"operation": "getSoftphoneInformationAllAgentsIncludingBusinessAccounts",
		"name": "Get Softphone Information of All Agents, Including Business Accounts",
		"method": "GET",
		"path": "/apiaccess/CC-Management/v1/queryAgentInfo",
		"auth": "C1",
		"idempotent": true,
		"fields": [],
		"result": {
			"itemsPath": "agents"
		}
	},
	{
		"section": "5.1.11",
		"title": "Querying the Account Sign-in Result (queryAgentLoginParams)",
		"family": "config",
		"resource": "agent",
		"operation": "getAccountSignResult",
		"name": "Get the Account Sign-in Result",
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
				"description": "Sign-in password.",
				"maxLength": 100
			},
			{
				"name": "account",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Sign-in account.",
				"maxLength": 100
			}
		],
		"result": {
			"itemsPath": "results.sipServerInfo"
		},
		"example": {
			"account": "1s120201",
			"password": "S****x"
		}
	},
	{
		"section": "5.1.12",
		"title": "Querying Agent Information by Sign-in Account (queryAgentInfoByAccount)",
		"family": "config",
		"resource": "agent",
		"operation": "getAgentInformationSignAccount",
		"name": "Get Agent Information by Sign-in Account",
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
				"description": "Sign-in account, which can contain a maximum of 64 strings.",
				"maxLength": 64
			},
			{
				"name": "password",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Password of the authentication user, which can contain a maximum of 64 strings.",
				"maxLength": 64
			},
			{
				"name": "username",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Authentication user name, which can contain a maximum of 64 strings.",
				"maxLength": 64
			}
		],
		"result": {},
		"example": {
			"accountCode": "Agents"
		}
	},
	{
		"section": "5.1.13",
		"title": "Deleting Data by Customer Number (cleancustpersonaldata)",
		"family": "config",
		"resource": "agent",
		"operation": "deleteDataCustomerNumber",
		"name": "Delete Data by Customer Number",
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
				"description": "List of customer numbers (a maximum of 1000 numbers, which can be calling numbers or called numbers).",
				"maxItems": 1000
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
		}
	},
	{
		"section": "5.2.1",
		"title": "Creating a Skill Queue (createSkill)",
		"family": "config",
		"resource": "skillQueue",
		"operation": "createSkillQueue",
		"name": "Create a Skill Queue",
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
				"description": "Media type. The options are as follows: 5: voice 53: multimedia 19: video 2: voice click-to-dial 18: video click-to-dial"
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Skill short name or description. The value can contain a maximum of 50 characters, including Chinese characters, letters, and digits.",
				"maxLength": 50
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of a skill queue. The value contains a maximum of 20 characters. The following special characters are not allowed: [~!#$%^&*()+= {}';<>/?~#%.....&*+ {}]\\n\\r\\t",
				"maxLength": 20
			},
			{
				"name": "maxWaitTime",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Maximum queuing duration, in seconds. The maximum value is 60000.",
				"max": 60000
			},
			{
				"name": "maxWaitNum",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Maximum number of users waiting in a queue. The maximum value is 10000.",
				"max": 10000
			},
			{
				"name": "maxAgentWrapupTime",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Duration of the wrap-up state, in seconds. The maximum value is 3600.",
				"max": 3600
			},
			{
				"name": "skillParam",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Skill queue parameter information. When mediaTypeid is 53, 2, or 18, only noAgents, busy, and timeOut are available. When mediaTypeid is 53, deviceType must be set to 1. When mediaTypeid is 5 or 19, noAgents, busy, timeOut, answerFunction, and waitVoice are mandatory.",
				"children": [
					{
						"name": "noAgents",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "Configuration when no agent is on-duty.",
						"children": [
							{
								"name": "deviceType",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Device type. 3: IVR 1: skill queue"
							},
							{
								"name": "transferType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Processing policy. Release: If this value is used, leave other parameters at the same level empty. Transfer: If this value is used, other parameters at the same level are mandatory."
							},
							{
								"name": "value",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "For a skill queue, the value is the skill queue ID (skillId). For an IVR flow, the value is the IVR flow ID."
							}
						]
					},
					{
						"name": "busy",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "Configuration when the queue is busy or overflows.",
						"children": [
							{
								"name": "deviceType",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Device type. 3: IVR 1: skill queue"
							},
							{
								"name": "transferType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Processing policy. Release: If this value is used, leave other parameters at the same level empty. Transfer: If this value is used, other parameters at the same level are mandatory."
							},
							{
								"name": "value",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "For a skill queue, the value is the skill queue ID (skillId). For an IVR flow, the value is the IVR flow ID."
							}
						]
					},
					{
						"name": "answerFunction",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Agent answering mode. The options are 0 (reporting the agent ID) and 2 (reporting no voice).",
						"options": [
							{
								"value": "0",
								"name": "reporting the agent ID"
							},
							{
								"value": "2",
								"name": "reporting no voice"
							}
						]
					},
					{
						"name": "timeOut",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "Queuing timeout configuration.",
						"children": [
							{
								"name": "deviceType",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Device type. 3: IVR 1: skill queue"
							},
							{
								"name": "transferType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Processing policy. Release: If this value is used, leave other parameters at the same level empty. Transfer: If this value is used, other parameters at the same level are mandatory."
							},
							{
								"name": "value",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "For a skill queue, the value is the skill queue ID (skillId). For an IVR flow, the value is the IVR flow ID."
							}
						]
					},
					{
						"name": "waitVoice",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Queuing configuration.",
						"children": [
							{
								"name": "parameterType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Parameter type. • Voice: default waiting tone. If this value is used, leave other parameters at the same level empty. • IVR: If this value is used, other parameters at the same level are mandatory.",
								"options": [
									{
										"value": "Voice",
										"name": "default waiting tone. If this value is used, leave other parameters at the same level empty"
									},
									{
										"value": "IVR",
										"name": "If this value is used, other parameters at the same level are mandatory"
									}
								]
							},
							{
								"name": "id",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "For an IVR flow, the value is the IVR flow ID."
							}
						]
					}
				]
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
		}
	},
	{
		"section": "5.2.2",
		"title": "Deleting a Skill Queue (deleteSkill)",
		"family": "config",
		"resource": "skillQueue",
		"operation": "deleteSkillQueue",
		"name": "Delete a Skill Queue",
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
				"description": "Skill queue ID. Multiple IDs are separated by commas (,), semicolons (;), or hyphens (-). A maximum of 10 skill queue IDs are supported."
			}
		],
		"result": {},
		"example": {
			"skillIds": "3,4"
		}
	},
	{
		"section": "5.2.3",
		"title": "Modifying a Skill Queue (modifySkill)",
		"family": "config",
		"resource": "skillQueue",
		"operation": "updateSkillQueue",
		"name": "Update a Skill Queue",
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
				"description": "Skill short name or description. The value can contain a maximum of 50 characters, including Chinese characters, letters, and digits.",
				"maxLength": 50
			},
			{
				"name": "maxWaitTime",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Maximum queuing duration, in seconds. The maximum value is 60000.",
				"max": 60000
			},
			{
				"name": "maxWaitNum",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Maximum number of users waiting in a queue. The maximum value is 10000.",
				"max": 10000
			},
			{
				"name": "maxAgentWrapupTime",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Duration of the wrap-up state, in seconds. The maximum value is 3600.",
				"max": 3600
			},
			{
				"name": "skillParam",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Skill queue parameter information. When the media type is 53, 2, or 18, only noAgents, busy, and timeOut are available. When the media type is 53, deviceType must be set to 1. When the media type is 5 or 19, the noAgents, busy, timeOut, answerFunction, and waitVoice parameters are mandatory.",
				"children": [
					{
						"name": "noAgents",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "Absence of on-duty agents.",
						"children": [
							{
								"name": "deviceType",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Device type. 3: IVR 1: skill queue"
							},
							{
								"name": "transferType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Handling policy. Release: If the parameter is set to this value, other parameters at the same level are left blank. Transfer: If the parameter is set to this value, other parameters at the same level are mandatory."
							},
							{
								"name": "value",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "For a skill queue, the value of this parameter is the skill queue ID. For an IVR flow, the value of this parameter is the IVR flow ID."
							}
						]
					},
					{
						"name": "busy",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "A queue is busy or overflows.",
						"children": [
							{
								"name": "deviceType",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Device type. 3: IVR 1: skill queue"
							},
							{
								"name": "transferType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Handling policy. Release: If the parameter is set to this value, other parameters at the same level are left blank. Transfer: If the parameter is set to this value, other parameters at the same level are mandatory."
							},
							{
								"name": "value",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "For a skill queue, the value of this parameter is the skill queue ID. For an IVR flow, the value of this parameter is the IVR flow ID."
							}
						]
					},
					{
						"name": "answerFunction",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Agent answer mode. The options are 0 (report the agent ID) and 2 (reporting no voice).",
						"options": [
							{
								"value": "0",
								"name": "report the agent ID"
							},
							{
								"value": "2",
								"name": "reporting no voice"
							}
						]
					},
					{
						"name": "timeOut",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "Queuing timeout configuration.",
						"children": [
							{
								"name": "deviceType",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Device type. 3: IVR 1: skill queue"
							},
							{
								"name": "transferType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Handling policy. Release: If the parameter is set to this value, other parameters at the same level are left blank. Transfer: If the parameter is set to this value, other parameters at the same level are mandatory."
							},
							{
								"name": "value",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "For a skill queue, the value of this parameter is the skill queue ID. For an IVR flow, the value of this parameter is the IVR flow ID."
							}
						]
					},
					{
						"name": "waitVoice",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Queuing and waiting configuration.",
						"children": [
							{
								"name": "parameterType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Voice: If the parameter is set to this value, other parameters at the same level are left blank. IVR: If the parameter is set to this value, other parameters at the same level are mandatory."
							},
							{
								"name": "id",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "For an IVR flow, the value of this parameter is the IVR flow ID."
							}
						]
					}
				]
			},
			{
				"name": "skillId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Skill queue ID.",
				"lookup": {
					"section": "5.2.4",
					"valuePath": "skillId",
					"labelPath": "name"
				}
			}
		],
		"result": {},
		"example": {
			"skillId": 3,
			"description": "2021ok",
			"maxWaitTime": 60
		}
	},
	{
		"section": "5.2.4",
		"title": "Querying Skill Queues (querySkills)",
		"family": "config",
		"resource": "skillQueue",
		"operation": "getSkillQueues",
		"name": "Get Skill Queues",
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
				"description": "Name of a skill queue. The value contains a maximum of 20 characters. The following special characters are not allowed: [~!#$%^&*()+= {}';',<>/?~#%.....&*+ {}]\\n\\r\\t",
				"maxLength": 20
			},
			{
				"name": "mediaTypeId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Media type. The options are as follows: 5: voice 53: multimedia 19: video 2: voice click-to-dial 18: video click-to-dial"
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
				"description": "Parameter for querying skill queues. Multiple values can be transferred. The value is an array of the string type. An empty array can be transferred. A maximum of 100 values can be returned when all the skill queues are queried.",
				"maxItems": 100
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
		"shapeNote": "Vendor evidence: mediaTypeId (the PDF prints mediaTypeld): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_0037.html (querySkills). Vendor evidence: skillIds (the PDF prints skilllds): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_0037.html (querySkills)."
	},
	{
		"section": "5.3.1",
		"title": "Querying Access Codes (queryAccessCodeList)",
		"family": "config",
		"resource": "accessCode",
		"operation": "getAccessCodes",
		"name": "Get Access Codes",
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
				"description": "Access code. Fuzzy query is supported."
			},
			{
				"name": "mediatypeId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Media type. 2: click-to-dial 5: audio and video 53: multimedia"
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Access code description. Fuzzy query is supported."
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
		}
	},
	{
		"section": "5.3.2",
		"title": "Creating a Binding Relationship Between an Access Code, Skill Queue, and IVR (createCalledRoute)",
		"family": "config",
		"resource": "accessCode",
		"operation": "createBindingRelationshipBetweenAccessCodeSkillQueueIvr",
		"name": "Create a Binding Relationship Between an Access Code, Skill Queue, and IVR",
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
				"description": "Access code. The value contains a maximum of 32 characters.",
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
				"description": "Extended code. The value contains a maximum of 12 characters. To set an access code for multiple destination devices, you can configure extension codes. For example, if the access code is 12345, you can add extension code 1 for routing calls to skill queue A, and the extension code 2 to skill queue B. In this way, a customer can dial 123451 to directly access skill queue A.",
				"maxLength": 12
			},
			{
				"name": "mediaTypeId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Media type. The default value is 5. The options are as follows: 2: voice click-to-dial; 5: voice and video; 18: video click-to-dial; 19: video; 53: multimedia. Note: When a skill queue (devicetype is 1) is transferred, the value of mediaTypeId is the same as that of mediaTypeId bound to the skill queue. If no skill queue is bound, the default value 5 is used. The mapping between the media type ...",
				"default": 5
			},
			{
				"name": "devicetype",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Device type. 1: skill queue 3: IVR Note: The IVR flow cannot be selected for the multimedia channel.",
				"options": [
					{
						"value": 1,
						"name": "skill queue"
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
				"description": "Target device ID (skill queue ID or IVR ID). Note: When the skill queue (devicetype is 1) is transferred, the media type corresponding to deviceid must be the same as the input parameter mediaTypeid."
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
		}
	},
	{
		"section": "5.3.3",
		"title": "Deleting the Binding Relationships Between Access Codes, Skill Queues, and IVR Flows (deleteCalledRoute)",
		"family": "config",
		"resource": "accessCode",
		"operation": "deleteBindingRelationshipsBetweenAccessCodesSkillQueuesIvrFlows",
		"name": "Delete the Binding Relationships Between Access Codes, Skill Queues, and IVR Flows",
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
				"description": "Configuration ID (dnid returned when the Called Route is queried). Use commas (,) to separate multiple IDs. A maximum of 1000 IDs can be deleted."
			}
		],
		"result": {},
		"example": {
			"dnids": "1,2"
		}
	},
	{
		"section": "5.3.4",
		"title": "Modifying a Binding Relationship Between an Access Code, Skill Queue, and IVR (modifyCalledRoute)",
		"family": "config",
		"resource": "accessCode",
		"operation": "updateBindingRelationshipBetweenAccessCodeSkillQueueIvr",
		"name": "Update a Binding Relationship Between an Access Code, Skill Queue, and IVR",
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
				"description": "ID of a called party."
			},
			{
				"name": "devicetype",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Device type. The options are as follows: 1: skill queue; 3: IVR."
			},
			{
				"name": "deviceId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Current device ID (skill queue ID or IVR ID)."
			}
		],
		"shapeNote": "example key \"deviceId\" differs in case from table field \"deviceid\" Vendor evidence: deviceId (the PDF prints deviceid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1032.html (modifyCalledRoute) and the reference's own request example.",
		"result": {},
		"example": {
			"id": "1125397061153369092",
			"devicetype": 1,
			"deviceId": 1
		}
	},
	{
		"section": "5.3.5",
		"title": "Querying the Binding Relationships Between Access Codes, Skill Queues, and IVR Flows (queryCalledRoute)",
		"family": "config",
		"resource": "accessCode",
		"operation": "getBindingRelationshipsBetweenAccessCodesSkillQueuesIvrFlows",
		"name": "Get the Binding Relationships Between Access Codes, Skill Queues, and IVR Flows",
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
				"description": "Access code."
			},
			{
				"name": "extCode",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Extension code."
			},
			{
				"name": "devicetype",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Device type. 1: skill queue 3: IVR"
			},
			{
				"name": "deviceDesc",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Device name (skill queue or IVR name). Fuzzy match is supported."
			},
			{
				"name": "mediatypeId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Media type. 2: click-to-dial 5: audio and video 18: video click-to-dial 19: video 53: multimedia"
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
		}
	},
	{
		"section": "5.3.6",
		"title": "Querying the Home Area of a Number (getPhoneNoRegionInfo)",
		"family": "config",
		"resource": "accessCode",
		"operation": "getHomeAreaNumber",
		"name": "Get the Home Area of a Number",
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
				"description": "11-digit mobile number or fixed-line phone number with an area code."
			}
		],
		"result": {},
		"example": {
			"phoneNo": "13020017****"
		}
	},
	{
		"section": "5.4.1",
		"title": "Querying All IVR Flows of a Specified Tenant Space (queryIVRFlowList)",
		"family": "config",
		"resource": "ivr",
		"operation": "getAllIvrFlowsTenantSpace",
		"name": "Get All IVR Flows of a Specified Tenant Space",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/ivrFlow/queryIVRFlowList",
		"auth": "C1",
		"idempotent": true,
		"fields": [],
		"result": {
			"itemsPath": "result"
		}
	},
	{
		"section": "5.4.2",
		"title": "Querying Satisfaction Survey Information (querySatisfactionConfig)",
		"family": "config",
		"resource": "ivr",
		"operation": "getSatisfactionSurveyInformation",
		"name": "Get Satisfaction Survey Information",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/satisfactionconfig/querySatisfactionConfig",
		"auth": "C1",
		"idempotent": true,
		"fields": [],
		"result": {
			"itemsPath": "data"
		}
	},
	{
		"section": "5.4.3",
		"title": "Querying Satisfaction Survey Results (satisfaction /query)",
		"family": "config",
		"resource": "ivr",
		"operation": "getSatisfactionSurveyResults",
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
				"description": "Call ID."
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Evaluation start time, in milliseconds. The value is a timestamp."
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Evaluation end time, in milliseconds. The value is a timestamp."
			}
		],
		"shapeNote": "table wraps body in requestBody; example omits it (example keys are requestBody's children) Sent without the \"requestBody\" wrapper: the table's lone top-level row requestBody names the body itself, and the request example (keys callId, beginTime, endTime) omits it.",
		"result": {},
		"example": {
			"callId": "1647265024-xxxx",
			"beginTime": 1647265028000,
			"endTime": 1647265029000
		}
	},
	{
		"section": "5.4.4",
		"title": "Uploading IVR Voice Files (importVoiceFile/upload)",
		"family": "config",
		"resource": "ivr",
		"operation": "uploadIvrVoiceFiles",
		"name": "Upload IVR Voice Files",
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
				"description": "Base64-encoded recording file information. The maximum size is 8 MB. The size of the uploaded file increases the upload time.",
				"binary": "base64",
				"maxLength": 11184812
			},
			{
				"name": "locale",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Language of the recording file.",
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
			},
			{
				"name": "voiceType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Voice type.",
				"options": [
					{
						"value": "0",
						"name": "IVR"
					},
					{
						"value": "1",
						"name": "prompt tone"
					},
					{
						"value": "2",
						"name": "fault tone"
					},
					{
						"value": "3",
						"name": "voice notification"
					}
				]
			},
			{
				"name": "fileType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "File type. WAV and MP3 files are supported (transcoded to A-law, mono, 8 bits, 8000 Hz).",
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
				"description": "Callback URL. The system returns the review result to this URL (Table 5-120)."
			},
			{
				"name": "voiceFileName",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "IVR voice name. The value can contain a maximum of 50 characters, including only Chinese characters, uppercase letters, lowercase letters, and digits.",
				"maxLength": 50,
				"pattern": "^[A-Za-z0-9\\u4e00-\\u9fa5]+$",
				"patternHint": "may contain only letters, digits and Chinese characters"
			}
		],
		"shapeNote": "Table 5-119 nests the fields under a lone \"body\" row that names the request body itself (as requestParam does in 5.1.1); they are sent at the top level. fileInfo is read from an n8n binary property and sent Base64-encoded.",
		"result": {}
	},
	{
		"section": "5.4.5",
		"title": "Uploading a TTS Template for Voice Notifications (createVoiceTemplate)",
		"family": "config",
		"resource": "ivr",
		"operation": "uploadTtsTemplateVoiceNotifications",
		"name": "Upload a TTS Template for Voice Notifications",
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
				"description": "Name of the TTS template file. The value can contain Chinese characters, digits, and uppercase and lowercase letters. The value contains a maximum of 50 characters.",
				"maxLength": 50
			},
			{
				"name": "scene",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Application scenario. The option is 3, indicating voice notification."
			},
			{
				"name": "speed",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Speed of the converted voice. The value ranges from – 200 to 500. If this parameter is left blank, the default value 0 is used."
			},
			{
				"name": "volume",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Volume of the converted voice. The value ranges from 0 to 100. If this parameter is left blank, the default value 50 is used.",
				"min": 0,
				"max": 100
			},
			{
				"name": "voicename",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Timbre of the converted voice. The options are as follows: ● cn_kefuman_common: graceful ● cn_chengshuxing_common: mature ● cn_roumeiqian_common: soft ● cn_ziranzhen_common: natural ● cn_tianmeiru_common: sweet If this parameter is left blank, the default value cn_kefuman_common is used.",
				"options": [
					{
						"value": "cn_kefuman_common",
						"name": "graceful"
					},
					{
						"value": "cn_chengshuxing_common",
						"name": "mature"
					},
					{
						"value": "cn_roumeiqian_common",
						"name": "soft"
					},
					{
						"value": "cn_ziranzhen_common",
						"name": "natural"
					},
					{
						"value": "cn_tianmeiru_common",
						"name": "sweet"
					}
				]
			},
			{
				"name": "voicecontent",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Text content to be converted to voice.",
				"children": [
					{
						"name": "textcontent",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Text content. The value contains a maximum of 500 bytes. The template content consists of fixed texts and variables. The template uses the UTF-8 encoding format. A Chinese character or symbol occupies three bytes. A letter, digit, or English symbol occupies one byte. • The template content cannot start with a variable. • The template content can contain a maximum of 500 bytes. • A variable can ...",
						"binary": "text"
					},
					{
						"name": "language",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Language. • zh_CN: Chinese • en_US: English • pt_BR: Portuguese • th_TH: Thai",
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
				]
			},
			{
				"name": "callbackUrl",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Callback URL. The system returns the review result to this URL. The callback URL indicates the API defined by the customer for receiving the system review result. For details about the request and response parameters, see Table 5-124. The callback URL must have been added to the IVR voice upload callback URL trustlist by the system administrator."
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
		}
	},
	{
		"section": "6.4.1",
		"title": "Creating App Personal Settings (create)",
		"family": "appSettings",
		"resource": "appSettings",
		"operation": "createAppPersonalSettings",
		"name": "Create App Personal Settings",
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
				"description": "Call type. 0: direct call 1: bidirectional call 2: pass-through call",
				"options": [
					{
						"value": "0",
						"name": "direct call"
					},
					{
						"value": "1",
						"name": "bidirectional call"
					},
					{
						"value": "2",
						"name": "pass-through call"
					}
				]
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "User ID. Value of USER_ID in the t_aicc_pub_appcube_user table."
			},
			{
				"name": "callerPresent",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"description": "Display number of the called party. A maximum of five numbers are displayed. Use commas (,) to separate multiple numbers. Length limit of each number: string (15)"
			},
			{
				"name": "callNumber",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"description": "Agent softphone number. A maximum of five numbers are displayed. Use commas (,) to separate multiple numbers. Length limit of each number: string (15)"
			},
			{
				"name": "callNumberDefault",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Default softphone number bound to the agent. Length limit: string (15)"
			},
			{
				"name": "callerPresentDefault",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Default display number of the called party. Length limit: string (15)"
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
		}
	},
	{
		"section": "6.4.2",
		"title": "Updating App Personal Settings (update)",
		"family": "appSettings",
		"resource": "appSettings",
		"operation": "updateAppPersonalSettings",
		"name": "Update App Personal Settings",
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
				"description": "Primary key ID. Value of the response body parameter ID in 6.4.1 Creating App Personal Settings (create)."
			},
			{
				"name": "callType",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Call type. 0: direct call 1: bidirectional call 2: pass-through call",
				"options": [
					{
						"value": "0",
						"name": "direct call"
					},
					{
						"value": "1",
						"name": "bidirectional call"
					},
					{
						"value": "2",
						"name": "pass-through call"
					}
				]
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "User ID. Value of USER_ID in the t_aicc_pub_appcube_user table."
			},
			{
				"name": "callerPresent",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"description": "Display number of the called party. A maximum of five numbers are displayed. Use commas (,) to separate multiple numbers. Length limit of each number: string (15)"
			},
			{
				"name": "callNumber",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"description": "Agent softphone number. A maximum of five numbers are displayed. Use commas (,) to separate multiple numbers. Length limit of each number: string (15)"
			},
			{
				"name": "callNumberDefault",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Default softphone number bound to the agent. Length limit: string (15)"
			},
			{
				"name": "callerPresentDefault",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Default display number of the called party. Length limit: string (15)"
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
		}
	},
	{
		"section": "6.4.3",
		"title": "Querying App Personal Settings (query)",
		"family": "appSettings",
		"resource": "appSettings",
		"operation": "getAppPersonalSettings",
		"name": "Get App Personal Settings",
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
				"description": "User ID. Value of USER_ID in the t_aicc_pub_appcube_user table."
			}
		],
		"result": {},
		"example": {
			"userId": "1660270845627002401"
		}
	},
	{
		"section": "6.4.4",
		"title": "Deleting App Personal Settings (delete)",
		"family": "appSettings",
		"resource": "appSettings",
		"operation": "deleteAppPersonalSettings",
		"name": "Delete App Personal Settings",
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
				"description": "User ID. Value of USER_ID in the t_aicc_pub_appcube_user table."
			}
		],
		"result": {},
		"example": {
			"userId": "1660270845627002401"
		}
	},
	{
		"section": "6.1.2.26",
		"title": "Answering Calls on a Mobile Phone (login)",
		"family": "config",
		"resource": "mobileAnswering",
		"operation": "answeringCallsMobilePhone",
		"name": "Answering Calls on a Mobile Phone",
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
				"description": "Number used for answering calls (real and available number, such as a mobile number or fixed-line phone number)."
			},
			{
				"name": "workNo",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Employee ID of an agent."
			}
		],
		"result": {
			"itemsPath": "skills"
		},
		"example": {
			"phone": "13800000000",
			"workNo": 107
		}
	},
	{
		"section": "6.1.2.27",
		"title": "Exiting the Function of Answering Calls on a Mobile Phone (logout)",
		"family": "config",
		"resource": "mobileAnswering",
		"operation": "exitingFunctionAnsweringCallsMobilePhone",
		"name": "Exiting the Function of Answering Calls on a Mobile Phone",
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
				"description": "Employee ID of an agent."
			}
		],
		"result": {},
		"example": {
			"workNo": 107
		}
	},
	{
		"section": "6.1.2.28",
		"title": "Querying Whether a Specified Agent Answers Calls on a Mobile Phone (isOfflineAgent)",
		"family": "config",
		"resource": "mobileAnswering",
		"operation": "getWhetherAgentAnswersCallsMobilePhone",
		"name": "Get Whether a Specified Agent Answers Calls on a Mobile Phone",
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
				"description": "Employee ID of an agent."
			}
		],
		"result": {},
		"example": {
			"workNo": 107
		}
	}
];
