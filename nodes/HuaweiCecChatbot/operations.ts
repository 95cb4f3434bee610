// Registry entries of HuaweiCecChatbot, one per interface of the CEC 2.5 reference, keyed by doc section.
// Derived by scripts/generate-specs.cjs from reference/sections.json, then reviewed by hand.
import type { ResourceSpec } from '../shared/registry/describe';
import type { OperationSpec } from '../shared/registry/types';

export const RESOURCES: ResourceSpec[] = [
	{
		"value": "dialog",
		"name": "Dialog"
	},
	{
		"value": "dialogBinding",
		"name": "Dialog ID Binding"
	},
	{
		"value": "domain",
		"name": "Domain"
	},
	{
		"value": "faq",
		"name": "FAQ"
	},
	{
		"value": "flow",
		"name": "Flow"
	},
	{
		"value": "intelligentCase",
		"name": "Intelligent Case"
	},
	{
		"value": "intention",
		"name": "Intention"
	},
	{
		"value": "offlineConversion",
		"name": "Offline Conversion"
	},
	{
		"value": "record",
		"name": "Record"
	},
	{
		"value": "report",
		"name": "Report"
	},
	{
		"value": "rpa",
		"name": "RPA"
	},
	{
		"value": "semanticRecognition",
		"name": "Semantic Recognition"
	},
	{
		"value": "silentAgent",
		"name": "Silent Agent"
	},
	{
		"value": "spellCheck",
		"name": "Spelling Check"
	},
	{
		"value": "tts",
		"name": "Text to Speech"
	},
	{
		"value": "legacy",
		"name": "Legacy",
		"description": "Older versions of operations, kept for existing servers"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "10.2",
		"title": "Domain Query Interface",
		"family": "oiap",
		"resource": "domain",
		"operation": "getMany",
		"name": "Get Many",
		"method": "POST",
		"path": "/oifde/rest/api/querydomaininfo",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Language of the domains to list; all languages when empty",
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
						"value": "es_ES",
						"name": "Spanish"
					},
					{
						"value": "ar",
						"name": "Arabic"
					},
					{
						"value": "fr_FR",
						"name": "French"
					}
				]
			}
		],
		"result": {
			"convention": "errorCode",
			"itemsPath": "domains"
		},
		"example": {
			"tenantId": "202104237142",
			"language": "en_US"
		},
		"action": "Get many domains",
		"description": "List the activated chatbot domains of the tenant, optionally in one language only"
	},
	{
		"section": "10.3.1",
		"title": "Interface for Querying Dialog ID Binding Relationships",
		"family": "oiap",
		"resource": "dialogBinding",
		"operation": "getMany",
		"name": "Get Many",
		"method": "POST",
		"path": "/oifde/rest/api/querynavigationinfo",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "accessCode",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Access code (dialog ID) whose binding is returned; all bindings of the tenant when empty",
				"maxLength": 20
			},
			{
				"name": "pageNum",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Page to return, from 1",
				"displayName": "Page Number",
				"default": "1"
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Number of records on each page: 5, 10, 20, 50 or 100"
			},
			{
				"name": "source",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "System that starts the dialog; IVR when empty",
				"maxLength": 64,
				"options": [
					{
						"value": "IVR",
						"name": "IVR Flow"
					},
					{
						"value": "OIFDE",
						"name": "Intelligent Flow"
					}
				]
			}
		],
		"result": {
			"convention": "errorCode",
			"itemsPath": "accessInfoList",
			"totalPath": "total"
		},
		"example": {
			"tenantId": "tenant001",
			"accessCode": "10086",
			"pageNum": "1",
			"pageSize": "10",
			"source": "OIFDE"
		},
		"paging": {
			"style": "page",
			"pageField": "pageNum",
			"sizeField": "pageSize",
			"firstPage": 1,
			"maxSize": 100
		},
		"action": "Get many dialog ID bindings",
		"description": "List the bindings between access codes and flows of the tenant, or the one of an access code"
	},
	{
		"section": "10.3.2",
		"title": "Interface for Adding Dialog ID Binding Relationships",
		"family": "oiap",
		"resource": "dialogBinding",
		"operation": "create",
		"name": "Create",
		"method": "POST",
		"path": "/oifde/rest/api/createnavigationinfo",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "accessCode",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Access code (dialog ID); generated by the system when empty. Required on premises when the source is IVR or empty, up to 20 characters"
			},
			{
				"name": "domainId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Domain of the chatbot",
				"displayName": "Domain",
				"lookup": {
					"section": "10.2",
					"valuePath": "domainId",
					"labelPath": "domainName"
				}
			},
			{
				"name": "dialogType",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Kind of dialog",
				"options": [
					{
						"value": 1,
						"name": "Voice Navigation"
					},
					{
						"value": 2,
						"name": "Intelligent Outbound Call"
					},
					{
						"value": 3,
						"name": "Chatbot"
					},
					{
						"value": 4,
						"name": "IVR Flow"
					}
				]
			},
			{
				"name": "flowCode",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Code of the flow",
				"displayName": "Flow",
				"lookup": {
					"section": "10.4",
					"valuePath": "flowCode",
					"labelPath": "flowName"
				}
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Description of the binding; give this or the creation mode. In the SaaS scenario it is the flow description and must be unique",
				"maxLength": 50
			},
			{
				"name": "source",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "System that starts the dialog; IVR when empty",
				"options": [
					{
						"value": "IVR",
						"name": "IVR Flow"
					},
					{
						"value": "OIFDE",
						"name": "Intelligent Flow"
					}
				]
			},
			{
				"name": "createFlag",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "How the binding is created; give this or the description",
				"options": [
					{
						"value": "0",
						"name": "Add Chatbot",
						"description": "A chatbot is added: bind the chatbot to the flow"
					},
					{
						"value": "1",
						"name": "Import Flows",
						"description": "Flows and access codes are imported: an existing binding is deleted, then added again"
					}
				],
				"displayName": "Creation Mode"
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "tenant001",
			"accessCode": "10086",
			"domainId": 10001,
			"dialogType": 1,
			"flowCode": "flowxxxxx",
			"description": ""
		},
		"action": "Create dialog ID binding",
		"description": "Bind an access code (dialog ID) to a flow and domain, so that dialogs on that code run the flow"
	},
	{
		"section": "10.3.3",
		"title": "Interface for Modifying Dialog ID Binding Relationships",
		"family": "oiap",
		"resource": "dialogBinding",
		"operation": "update",
		"name": "Update",
		"method": "POST",
		"path": "/oifde/rest/api/updatenavigationinfo",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "accessId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the dialog ID binding",
				"displayName": "Binding ID",
				"lookup": {
					"section": "10.3.1",
					"valuePath": "accessId",
					"labelPath": "accessCode",
					"params": {
						"accessCode": ""
					}
				}
			},
			{
				"name": "accessCode",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Access code (dialog ID)",
				"maxLength": 20
			},
			{
				"name": "domainId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Domain of the chatbot",
				"displayName": "Domain",
				"lookup": {
					"section": "10.2",
					"valuePath": "domainId",
					"labelPath": "domainName"
				}
			},
			{
				"name": "dialogType",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Kind of dialog",
				"options": [
					{
						"value": 1,
						"name": "Voice Navigation"
					},
					{
						"value": 2,
						"name": "Intelligent Outbound Call"
					},
					{
						"value": 3,
						"name": "Chatbot"
					},
					{
						"value": 4,
						"name": "IVR Flow"
					}
				]
			},
			{
				"name": "flowCode",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Code of the flow",
				"displayName": "Flow",
				"lookup": {
					"section": "10.4",
					"valuePath": "flowCode",
					"labelPath": "flowName"
				}
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Description of the binding"
			},
			{
				"name": "source",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "System that starts the dialog",
				"options": [
					{
						"value": "IVR",
						"name": "IVR Flow"
					},
					{
						"value": "OIFDE",
						"name": "Intelligent Flow"
					}
				]
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "tenant001",
			"accessCode": "10086",
			"accessId": "100001",
			"domainId": 10001,
			"dialogType": 1,
			"flowCode": "flowxxxxx",
			"description": ""
		},
		"action": "Update dialog ID binding",
		"description": "Change the access code, flow, domain or description of a dialog ID binding"
	},
	{
		"section": "10.3.4",
		"title": "Interface for Deleting Dialog ID Binding Relationships",
		"family": "oiap",
		"resource": "dialogBinding",
		"operation": "delete",
		"name": "Delete",
		"method": "POST",
		"path": "/oifde/rest/api/deletenavigationinfo",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "accessIdList",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "IDs of the dialog ID bindings to delete",
				"displayName": "Binding IDs"
			},
			{
				"name": "accessCodeList",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"description": "Access codes of the bindings to delete",
				"displayName": "Access Codes"
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "tenant001",
			"accessIdList": [
				"10001",
				"..."
			],
			"accessCodeList": [
				"10086",
				"..."
			]
		},
		"action": "Delete dialog ID bindings",
		"description": "Delete dialog ID bindings by their IDs"
	},
	{
		"section": "10.4",
		"title": "Flow Query Interface",
		"family": "oiap",
		"resource": "flow",
		"operation": "getMany",
		"name": "Get Many",
		"method": "POST",
		"path": "/oifde/rest/api/queryflows",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "flowId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "ID of the flow",
				"displayName": "Flow ID"
			},
			{
				"name": "flowName",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Name of the flow"
			},
			{
				"name": "flowCode",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Code of the flow",
				"displayName": "Flow",
				"lookup": {
					"section": "10.4",
					"valuePath": "flowCode",
					"labelPath": "flowName"
				}
			},
			{
				"name": "source",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Source of the flows; IVR when empty",
				"options": [
					{
						"value": "IVR",
						"name": "IVR Flow"
					},
					{
						"value": "OIFDE",
						"name": "Intelligent Flow"
					}
				]
			},
			{
				"name": "pageNum",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Page to return, from 1",
				"displayName": "Page Number",
				"default": 1
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of records on each page"
			}
		],
		"result": {
			"convention": "errorCode",
			"itemsPath": "flowList",
			"totalPath": "total"
		},
		"example": {
			"tenantId": "tenant001",
			"flowId": "??",
			"flowName": "??",
			"flowCode": "??",
			"pageNum": 5,
			"pageSize": 10
		},
		"paging": {
			"style": "page",
			"pageField": "pageNum",
			"sizeField": "pageSize",
			"firstPage": 1,
			"maxSize": 100
		},
		"action": "Get many flows",
		"description": "List the IVR or intelligent flows of the tenant, optionally filtered by ID, name or code"
	},
	{
		"section": "10.6.1",
		"title": "Dialog Initialization Interface (inaction=8)",
		"family": "oiap",
		"resource": "dialog",
		"operation": "initialize",
		"name": "Initialize",
		"method": "POST",
		"path": "/oifde/rest/v2/crs/process/{vdnid}",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "VDN of the tenant, used for gray routing",
				"displayName": "VDN ID"
			},
			{
				"name": "userid",
				"in": "body",
				"type": "string",
				"required": true,
				"maxLength": 64,
				"description": "ID of the call in the flow; every request of the same call uses the same value",
				"displayName": "Call Instance ID"
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 8,
						"name": "Initialize"
					}
				],
				"default": 8,
				"description": "Type of dialog request; set for this operation",
				"displayName": "Request Type"
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "Virtual Agent"
					},
					{
						"value": "ass",
						"name": "Agent Assistant"
					}
				],
				"description": "Which kind of agent the chatbot acts as",
				"displayName": "Agent Type",
				"default": "vir"
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the dialog request",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Unique call ID, the same as the call instance ID",
						"maxLength": 64,
						"displayName": "Call ID"
					},
					{
						"name": "call_sor_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "User number in voice navigation and voice outbound calls, otherwise the user ID",
						"maxLength": 64,
						"displayName": "User ID"
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Flow access code in voice navigation and outbound surveys, otherwise the access ID",
						"maxLength": 20,
						"displayName": "Access Code"
					},
					{
						"name": "real_callee",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number the caller dialed to reach the IVR, in voice navigation",
						"maxLength": 32,
						"displayName": "Called Number"
					},
					{
						"name": "cti_callid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call ID of the CTI passed by the Huawei IVR, only in voice navigation; empty otherwise",
						"maxLength": 32,
						"displayName": "CTI Call ID"
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Token returned by the access control system",
						"displayName": "Auth Token"
					},
					{
						"name": "suilu_region_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Region of the calling party, only in voice navigation",
						"maxLength": 64,
						"displayName": "Caller Region"
					},
					{
						"name": "entrance_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Where the caller entered the navigation, only in voice navigation",
						"options": [
							{
								"value": "01",
								"name": "Advertising Message"
							},
							{
								"value": "02",
								"name": "Greeting"
							},
							{
								"value": "03",
								"name": "Main Menu"
							},
							{
								"value": "04",
								"name": "Manual Interception"
							},
							{
								"value": "05",
								"name": "Agent"
							},
							{
								"value": "06",
								"name": "Short Number"
							},
							{
								"value": "07",
								"name": "Full-Voice Portal"
							},
							{
								"value": "08",
								"name": "Night Navigation",
								"description": "Night navigation mode, reached by pressing 0"
							},
							{
								"value": "09",
								"name": "Full-Voice Portal at Night"
							},
							{
								"value": "10",
								"name": "Self-Service Short Number"
							},
							{
								"value": "11",
								"name": "All Agents Busy",
								"description": "Service mode the customer reaches when all agents are busy"
							},
							{
								"value": "98",
								"name": "Others"
							},
							{
								"value": "99",
								"name": "Unidentified"
							}
						],
						"displayName": "Navigation Entrance"
					},
					{
						"name": "mediaType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Media type, for example audio or video",
						"displayName": "Media Type"
					},
					{
						"name": "channelType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Channel of the dialog: WEB, INSTAGRAM, TELEGRAM, WECHAT, FACEBOOK, TWITTER, EMAIL, LINE, WHATSAPP, 5G or SMS",
						"displayName": "Channel Type"
					},
					{
						"name": "responseStyle",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Style of the responses",
						"displayName": "Response Style"
					}
				],
				"displayName": "Input Parameters"
			},
			{
				"name": "extparams",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Extra call data of the dialog request",
				"children": [
					{
						"name": "transin_data",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call-associated data agreed between the caller system and the OIAP, for example the data the IVR passes",
						"displayName": "Call Data"
					},
					{
						"name": "locationid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "ID of the call recording node",
						"displayName": "Recording Node ID"
					},
					{
						"name": "mediaability",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Media the call supports",
						"options": [
							{
								"value": "1",
								"name": "Audio"
							},
							{
								"value": "2",
								"name": "Video"
							},
							{
								"value": "3",
								"name": "Audio and Video"
							}
						],
						"displayName": "Media Capability"
					},
					{
						"name": "ieValue",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call information carried when the call comes from a third-party platform; anonymized in the flow",
						"displayName": "Transferred Call Information"
					}
				],
				"displayName": "Extended Parameters"
			}
		],
		"shapeNote": "Body as Table 10-31 documents it and the request examples show: userid, inaction (fixed for this interface), seat, inparams and extparams (lowercase as in Table 10-31 and the examples; the sub-table heading prints \"ExtParams\", made optional as Table 10-31 says). inparams.auth_token is the C3 token (4.4) the table asks for, typed in (the credential adds the top-level authToken, not this one); the token values of the request examples are left out here. The answer (userid, outaction, outparams) carries no result code: HTTP status only. The {vdnid} path segment is the VDN used for gray routing.",
		"result": {
			"convention": "http"
		},
		"example": {
			"userid": "1528780879-9581",
			"inaction": 8,
			"inparams": {
				"call_id": "1528780879-9581",
				"call_sor_id": "13500000001",
				"call_dst_id": "10086",
				"suilu_region_id": "025",
				"entrance_id": "03"
			},
			"extparams": {
				"transin_data": "95,22714,0,,1,1,,test_gdj_01005"
			}
		},
		"action": "Initialize dialog",
		"description": "Start a chatbot or IVR dialog for a call and get the first action the flow asks for"
	},
	{
		"section": "10.6.2",
		"title": "Interface Invoked After Dialog Interaction (inaction=9)",
		"family": "oiap",
		"resource": "dialog",
		"operation": "reportInteraction",
		"name": "Report Interaction Result",
		"method": "POST",
		"path": "/oifde/rest/v2/crs/process/{vdnid}",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "VDN of the tenant, used for gray routing",
				"displayName": "VDN ID"
			},
			{
				"name": "userid",
				"in": "body",
				"type": "string",
				"required": true,
				"maxLength": 64,
				"description": "ID of the call in the flow; every request of the same call uses the same value",
				"displayName": "Call Instance ID"
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 9,
						"name": "Report Interaction Result"
					}
				],
				"default": 9,
				"description": "Type of dialog request; set for this operation",
				"displayName": "Request Type"
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "Virtual Agent"
					},
					{
						"value": "ass",
						"name": "Agent Assistant"
					}
				],
				"description": "Which kind of agent the chatbot acts as",
				"displayName": "Agent Type",
				"default": "vir"
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the dialog request",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Unique call ID, the same as the call instance ID",
						"maxLength": 64,
						"displayName": "Call ID"
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Flow access code in voice navigation and outbound surveys, otherwise the access ID",
						"maxLength": 20,
						"displayName": "Access Code"
					},
					{
						"name": "flow_result_type",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Kind of result of the last step",
						"options": [
							{
								"value": "1",
								"name": "Speech Recognition or Text Input"
							},
							{
								"value": "2",
								"name": "Key Input"
							},
							{
								"value": "3",
								"name": "No Input (Playing Only)"
							},
							{
								"value": "4",
								"name": "Recording Ended"
							}
						],
						"displayName": "Result Type"
					},
					{
						"name": "input",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Result of the last step: the recognition result ID or the text typed, the keys pressed, or an outcome such as timeout or hang up",
						"maxLength": 1024,
						"options": [
							{
								"value": "playover",
								"name": "Playing Completed"
							},
							{
								"value": "timeout",
								"name": "Timeout"
							},
							{
								"value": "nomatch",
								"name": "No Match"
							},
							{
								"value": "sys_err",
								"name": "System Error"
							},
							{
								"value": "hangup",
								"name": "Hang Up"
							},
							{
								"value": "recordend",
								"name": "Recording Ended"
							}
						],
						"displayName": "Input"
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Token returned by the access control system",
						"displayName": "Auth Token"
					},
					{
						"name": "recordFileName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Path and name of the full-flow recording, for example Y:/record/1/20200421/xxxxxx.wav; only in voice navigation with full-flow recording",
						"displayName": "Recording File"
					},
					{
						"name": "inter_idx",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Interaction count the flow returned in its last answer; only in voice navigation",
						"displayName": "Interaction Index"
					},
					{
						"name": "begin_play",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "When the voice playing started; only in voice navigation",
						"displayName": "Playing Start Time",
						"dateFormat": "yyyyMMddHH:mm:ss"
					},
					{
						"name": "end_play",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "When the voice playing ended; only in voice navigation",
						"displayName": "Playing End Time",
						"dateFormat": "yyyyMMddHH:mm:ss"
					},
					{
						"name": "result_time",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "When the result was produced; only in voice navigation",
						"displayName": "Result Time",
						"dateFormat": "yyyyMMddHH:mm:ss"
					},
					{
						"name": "inter_no",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "ID of the speech recognition; only in voice navigation",
						"displayName": "Recognition ID"
					},
					{
						"name": "IACmd",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Command for intelligent matching and intelligent case filling; match for intelligent matching",
						"options": [
							{
								"value": "match",
								"name": "Match",
								"description": "Submit a case filling or matching request"
							},
							{
								"value": "rematch",
								"name": "Rematch",
								"description": "Recognize the event again when its classification is wrong"
							},
							{
								"value": "confirm",
								"name": "Confirm",
								"description": "Tell the flow that the agent has confirmed a field"
							}
						],
						"displayName": "Intelligent Assistant Command"
					},
					{
						"name": "TextSource",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Whether the text comes from the agent or the user when the command is match; when it is confirm, the name of the field the agent selected",
						"options": [
							{
								"value": "staff",
								"name": "Agent"
							},
							{
								"value": "customer",
								"name": "User"
							}
						],
						"displayName": "Text Source"
					},
					{
						"name": "feedback",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Whether the user is satisfied",
						"options": [
							{
								"value": 1,
								"name": "Satisfied"
							},
							{
								"value": 0,
								"name": "Unsatisfied"
							}
						],
						"displayName": "Satisfied"
					},
					{
						"name": "feedbackContent",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Why the user is not satisfied; empty when satisfied",
						"displayName": "Dissatisfaction Reason"
					},
					{
						"name": "mediaType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Media type, for example audio or video",
						"displayName": "Media Type"
					},
					{
						"name": "channelType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Channel of the dialog: WEB, INSTAGRAM, TELEGRAM, WECHAT, FACEBOOK, TWITTER, EMAIL, LINE, WHATSAPP, 5G or SMS",
						"displayName": "Channel Type"
					},
					{
						"name": "refeedbackContentcordFileName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Name of a voice recording file",
						"displayName": "Voice Recording File Name"
					},
					{
						"name": "call_media_type",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Type of the inbound IVR call",
						"options": [
							{
								"value": "1",
								"name": "Audio"
							},
							{
								"value": "3",
								"name": "Video"
							}
						],
						"displayName": "Call Media Type"
					}
				],
				"displayName": "Input Parameters"
			},
			{
				"name": "extparams",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Extra call data of the dialog request",
				"children": [
					{
						"name": "transin_data",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call-associated data agreed between the caller system and the OIAP, for example the data the IVR passes",
						"displayName": "Call Data"
					},
					{
						"name": "release_reason",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Why the call was released, reported by the IVR; only in voice navigation",
						"options": [
							{
								"value": "0",
								"name": "Released by Flow",
								"description": "The call is released in a business flow"
							},
							{
								"value": "1",
								"name": "Released by System",
								"description": "The system releases the call abnormally"
							},
							{
								"value": "2",
								"name": "Released by User",
								"description": "The user releases the call"
							}
						],
						"displayName": "Release Reason"
					},
					{
						"name": "queueIndex",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Position in the skill queue; only when querying queue information",
						"displayName": "Queue Position"
					},
					{
						"name": "agentCount",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number of online agents in the skill queue; only when querying queue information",
						"displayName": "Online Agents"
					},
					{
						"name": "estimateTime",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Estimated wait time of the skill queue; only when querying queue information",
						"displayName": "Estimated Wait Time"
					},
					{
						"name": "idleAgentCount",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number of idle agents in the skill queue; only when querying queue information",
						"displayName": "Idle Agents"
					}
				],
				"displayName": "Extended Parameters"
			}
		],
		"shapeNote": "Body as Table 10-31 documents it and the request examples show: userid, inaction (fixed for this interface), seat, inparams and extparams (lowercase as in Table 10-31 and the examples; the sub-table heading prints \"ExtParams\", made optional as Table 10-31 says). inparams.auth_token is the C3 token (4.4) the table asks for, typed in (the credential adds the top-level authToken, not this one); the token values of the request examples are left out here. The answer (userid, outaction, outparams) carries no result code: HTTP status only. The {vdnid} path segment is the VDN used for gray routing.",
		"result": {
			"convention": "http"
		},
		"example": {
			"userid": "1528780879-9581",
			"inaction": 9,
			"inparams": {
				"call_id": "1528780879-9581",
				"call_dst_id": "10086",
				"flow_result_type": "1",
				"input": "Help me query the call fee."
			}
		},
		"action": "Report dialog interaction result",
		"description": "Send the result of the last dialog step (recognized speech, text, keys, timeout...) and get the next action of the flow"
	},
	{
		"section": "10.6.3",
		"title": "Interface Invoked After Dialog Transfer (inaction=11)",
		"family": "oiap",
		"resource": "dialog",
		"operation": "reportTransfer",
		"name": "Report Transfer Result",
		"method": "POST",
		"path": "/oifde/rest/v2/crs/process/{vdnid}",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "VDN of the tenant, used for gray routing",
				"displayName": "VDN ID"
			},
			{
				"name": "userid",
				"in": "body",
				"type": "string",
				"required": true,
				"maxLength": 64,
				"description": "ID of the call in the flow; every request of the same call uses the same value",
				"displayName": "Call Instance ID"
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 11,
						"name": "Report Transfer Result"
					}
				],
				"default": 11,
				"description": "Type of dialog request; set for this operation",
				"displayName": "Request Type"
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "Virtual Agent"
					},
					{
						"value": "ass",
						"name": "Agent Assistant"
					}
				],
				"description": "Which kind of agent the chatbot acts as",
				"displayName": "Agent Type",
				"default": "vir"
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the dialog request",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Unique call ID, the same as the call instance ID",
						"maxLength": 64,
						"displayName": "Call ID"
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Flow access code in voice navigation and outbound surveys, otherwise the access ID",
						"maxLength": 20,
						"displayName": "Access Code"
					},
					{
						"name": "begin_trans",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "When the transfer started",
						"displayName": "Transfer Start Time",
						"dateFormat": "yyyyMMddHH:mm:ss"
					},
					{
						"name": "end_trans",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "When the transfer ended",
						"displayName": "Transfer End Time",
						"dateFormat": "yyyyMMddHH:mm:ss"
					},
					{
						"name": "trans_result",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Result of the transfer: 0 for success, any other value for failure",
						"displayName": "Transfer Result"
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Token returned by the access control system",
						"displayName": "Auth Token"
					},
					{
						"name": "record_result",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Result of the recording when the call was transferred to a third-party number: 0 for success, any other value for failure",
						"displayName": "Recording Result"
					},
					{
						"name": "input",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Interaction result: not needed after a successful transfer; hangup when sending again after the flow answered with a hang up",
						"maxLength": 1024,
						"displayName": "Input"
					},
					{
						"name": "inter_idx",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Interaction count the flow returned in its last answer; only in voice navigation",
						"displayName": "Interaction Index"
					},
					{
						"name": "mediaType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Media type, for example audio or video",
						"displayName": "Media Type"
					},
					{
						"name": "channelType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Channel of the dialog: WEB, INSTAGRAM, TELEGRAM, WECHAT, FACEBOOK, TWITTER, EMAIL, LINE, WHATSAPP, 5G or SMS",
						"displayName": "Channel Type"
					}
				],
				"displayName": "Input Parameters"
			},
			{
				"name": "extparams",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Extra call data of the dialog request",
				"children": [
					{
						"name": "transin_data",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call-associated data agreed between the caller system and the OIAP, for example the data the IVR passes",
						"displayName": "Call Data"
					}
				],
				"displayName": "Extended Parameters"
			}
		],
		"shapeNote": "Body as Table 10-31 documents it and the request examples show: userid, inaction (fixed for this interface), seat, inparams and extparams (lowercase as in Table 10-31 and the examples; the sub-table heading prints \"ExtParams\", made optional as Table 10-31 says). inparams.auth_token is the C3 token (4.4) the table asks for, typed in (the credential adds the top-level authToken, not this one); the token values of the request examples are left out here. The answer (userid, outaction, outparams) carries no result code: HTTP status only. The {vdnid} path segment is the VDN used for gray routing.",
		"result": {
			"convention": "http"
		},
		"example": {
			"userid": "1528780879-9581",
			"inaction": 11,
			"inparams": {
				"call_id": "1528780879-9581",
				"call_dst_id": "10086",
				"begin_trans": "2018090407:16:24",
				"end_trans": "2018090407:20:24",
				"trans_result": "0",
				"input": "",
				"inter_idx": "1"
			},
			"extparams": {
				"transin_data": "95,22714,0,,1,1,,test_gdj_01005"
			}
		},
		"action": "Report dialog transfer result",
		"description": "Send the result of a call transfer the flow asked for and get the next action of the flow"
	},
	{
		"section": "10.6.4",
		"title": "Packet Capture and Recording Interface Invoked in the Dialog (inaction=7)",
		"family": "oiap",
		"resource": "dialog",
		"operation": "startRecording",
		"name": "Start Recording",
		"method": "POST",
		"path": "/oifde/rest/v2/crs/process/{vdnid}",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "VDN of the tenant, used for gray routing",
				"displayName": "VDN ID"
			},
			{
				"name": "userid",
				"in": "body",
				"type": "string",
				"required": true,
				"maxLength": 64,
				"description": "ID of the call in the flow; every request of the same call uses the same value",
				"displayName": "Call Instance ID"
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 7,
						"name": "Start Recording"
					}
				],
				"default": 7,
				"description": "Type of dialog request; set for this operation",
				"displayName": "Request Type"
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "Virtual Agent"
					},
					{
						"value": "ass",
						"name": "Agent Assistant"
					}
				],
				"description": "Which kind of agent the chatbot acts as",
				"displayName": "Agent Type",
				"default": "vir"
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the dialog request",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Unique call ID, the same as the call instance ID",
						"maxLength": 64,
						"displayName": "Call ID"
					},
					{
						"name": "call_sor_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "User number in voice navigation and voice outbound calls, otherwise the user ID",
						"maxLength": 64,
						"displayName": "User ID"
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Flow access code in voice navigation and outbound surveys, otherwise the access ID",
						"maxLength": 20,
						"displayName": "Access Code"
					},
					{
						"name": "real_callee",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number the caller dialed to reach the IVR, in voice navigation",
						"maxLength": 32,
						"displayName": "Called Number"
					},
					{
						"name": "cti_callid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call ID of the CTI passed by the Huawei IVR, only in voice navigation; empty otherwise",
						"maxLength": 32,
						"displayName": "CTI Call ID"
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Token returned by the access control system",
						"displayName": "Auth Token"
					}
				],
				"displayName": "Input Parameters"
			}
		],
		"shapeNote": "Body as Table 10-31 documents it and the request examples show: userid, inaction (fixed for this interface), seat, inparams and extparams (lowercase as in Table 10-31 and the examples; the sub-table heading prints \"ExtParams\", made optional as Table 10-31 says). inparams.auth_token is the C3 token (4.4) the table asks for, typed in (the credential adds the top-level authToken, not this one); the token values of the request examples are left out here. The answer (userid, outaction, outparams) carries no result code: HTTP status only. The {vdnid} path segment is the VDN used for gray routing.",
		"result": {
			"convention": "http"
		},
		"example": {
			"userid": "1528780879-9581",
			"inaction": 7,
			"inparams": {
				"call_id": "1528780879-9581",
				"call_sor_id": "13500000001",
				"call_dst_id": "10086"
			}
		},
		"action": "Start dialog recording",
		"description": "Ask the flow to start packet capture recording (VoiceCyber) of the call at its first request"
	},
	{
		"section": "10.6.5",
		"title": "Recognition Result Requesting Interface (inaction=13)",
		"family": "oiap",
		"resource": "dialog",
		"operation": "requestRecognitionResult",
		"name": "Request Recognition Result",
		"method": "POST",
		"path": "/oifde/rest/v2/crs/process/{vdnid}",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "VDN of the tenant, used for gray routing",
				"displayName": "VDN ID"
			},
			{
				"name": "userid",
				"in": "body",
				"type": "string",
				"required": true,
				"maxLength": 64,
				"description": "ID of the call in the flow; every request of the same call uses the same value",
				"displayName": "Call Instance ID"
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 13,
						"name": "Request Recognition Result"
					}
				],
				"default": 13,
				"description": "Type of dialog request; set for this operation",
				"displayName": "Request Type"
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "Virtual Agent"
					},
					{
						"value": "ass",
						"name": "Agent Assistant"
					}
				],
				"description": "Which kind of agent the chatbot acts as",
				"displayName": "Agent Type",
				"default": "vir"
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the dialog request",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Unique call ID, the same as the call instance ID",
						"maxLength": 64,
						"displayName": "Call ID"
					},
					{
						"name": "call_sor_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "User number in voice navigation and voice outbound calls, otherwise the user ID",
						"maxLength": 64,
						"displayName": "User ID"
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Flow access code in voice navigation and outbound surveys, otherwise the access ID",
						"maxLength": 20,
						"displayName": "Access Code"
					},
					{
						"name": "real_callee",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number the caller dialed to reach the IVR, in voice navigation",
						"maxLength": 32,
						"displayName": "Called Number"
					},
					{
						"name": "cti_callid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call ID of the CTI passed by the Huawei IVR, only in voice navigation; empty otherwise",
						"maxLength": 32,
						"displayName": "CTI Call ID"
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Token returned by the access control system",
						"displayName": "Auth Token"
					}
				],
				"displayName": "Input Parameters"
			}
		],
		"shapeNote": "Body as Table 10-31 documents it and the request examples show: userid, inaction (fixed for this interface), seat, inparams and extparams (lowercase as in Table 10-31 and the examples; the sub-table heading prints \"ExtParams\", made optional as Table 10-31 says). inparams.auth_token is the C3 token (4.4) the table asks for, typed in (the credential adds the top-level authToken, not this one); the token values of the request examples are left out here. The answer (userid, outaction, outparams) carries no result code: HTTP status only. The {vdnid} path segment is the VDN used for gray routing.",
		"result": {
			"convention": "http"
		},
		"example": {
			"userid": "1528780879-9581",
			"inaction": 13,
			"inparams": {
				"call_id": "1528780879-9581",
				"call_sor_id": "13500000001",
				"call_dst_id": "10086"
			}
		},
		"action": "Request speech recognition result",
		"description": "Ask the flow for the speech recognition result so that the prompt being played can be interrupted"
	},
	{
		"section": "10.5.1",
		"title": "Dialog Initialization Interface (inaction=8)",
		"family": "oiap",
		"resource": "legacy",
		"operation": "initializeDialogV1",
		"name": "Initialize Dialog (V1)",
		"method": "POST",
		"path": "/oifde/rest/crs/process",
		"auth": "C3",
		"idempotent": false,
		"legacy": true,
		"fields": [
			{
				"name": "userid",
				"in": "body",
				"type": "string",
				"required": true,
				"maxLength": 64,
				"description": "ID of the call in the flow; every request of the same call uses the same value",
				"displayName": "Call Instance ID"
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 8,
						"name": "Initialize"
					}
				],
				"default": 8,
				"description": "Type of dialog request; set for this operation",
				"displayName": "Request Type"
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "Virtual Agent"
					},
					{
						"value": "ass",
						"name": "Agent Assistant"
					}
				],
				"description": "Which kind of agent the chatbot acts as",
				"displayName": "Agent Type",
				"default": "vir"
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the dialog request",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Unique call ID, the same as the call instance ID",
						"maxLength": 64,
						"displayName": "Call ID"
					},
					{
						"name": "call_sor_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "User number in voice navigation and voice outbound calls, otherwise the user ID",
						"maxLength": 64,
						"displayName": "User ID"
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Flow access code in voice navigation and outbound surveys, otherwise the access ID",
						"maxLength": 20,
						"displayName": "Access Code"
					},
					{
						"name": "real_callee",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number the caller dialed to reach the IVR, in voice navigation",
						"maxLength": 32,
						"displayName": "Called Number"
					},
					{
						"name": "cti_callid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call ID of the CTI passed by the Huawei IVR, only in voice navigation; empty otherwise",
						"maxLength": 32,
						"displayName": "CTI Call ID"
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Token returned by the access control system",
						"displayName": "Auth Token"
					},
					{
						"name": "suilu_region_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Region of the calling party, only in voice navigation",
						"maxLength": 64,
						"displayName": "Caller Region"
					},
					{
						"name": "entrance_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Where the caller entered the navigation, only in voice navigation",
						"options": [
							{
								"value": "01",
								"name": "Advertising Message"
							},
							{
								"value": "02",
								"name": "Greeting"
							},
							{
								"value": "03",
								"name": "Main Menu"
							},
							{
								"value": "04",
								"name": "Manual Interception"
							},
							{
								"value": "05",
								"name": "Agent"
							},
							{
								"value": "06",
								"name": "Short Number"
							},
							{
								"value": "07",
								"name": "Full-Voice Portal"
							},
							{
								"value": "08",
								"name": "Night Navigation",
								"description": "Night navigation mode, reached by pressing 0"
							},
							{
								"value": "09",
								"name": "Full-Voice Portal at Night"
							},
							{
								"value": "10",
								"name": "Self-Service Short Number"
							},
							{
								"value": "11",
								"name": "All Agents Busy",
								"description": "Service mode the customer reaches when all agents are busy"
							},
							{
								"value": "98",
								"name": "Others"
							},
							{
								"value": "99",
								"name": "Unidentified"
							}
						],
						"displayName": "Navigation Entrance"
					},
					{
						"name": "mediaType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Media type, for example audio or video",
						"displayName": "Media Type"
					},
					{
						"name": "channelType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Channel of the dialog: WEB, INSTAGRAM, TELEGRAM, WECHAT, FACEBOOK, TWITTER, EMAIL, LINE, WHATSAPP, 5G or SMS",
						"displayName": "Channel Type"
					},
					{
						"name": "responseStyle",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Style of the responses",
						"displayName": "Response Style"
					}
				],
				"displayName": "Input Parameters"
			},
			{
				"name": "extparams",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Extra call data of the dialog request",
				"children": [
					{
						"name": "transin_data",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call-associated data agreed between the caller system and the OIAP, for example the data the IVR passes",
						"displayName": "Call Data"
					},
					{
						"name": "locationid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "ID of the call recording node",
						"displayName": "Recording Node ID"
					},
					{
						"name": "mediaability",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Media the call supports",
						"options": [
							{
								"value": "1",
								"name": "Audio"
							},
							{
								"value": "2",
								"name": "Video"
							},
							{
								"value": "3",
								"name": "Audio and Video"
							}
						],
						"displayName": "Media Capability"
					},
					{
						"name": "ieValue",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call information carried when the call comes from a third-party platform; anonymized in the flow",
						"displayName": "Transferred Call Information"
					}
				],
				"displayName": "Extended Parameters"
			}
		],
		"shapeNote": "Body as Table 10-31 documents it and the request examples show: userid, inaction (fixed for this interface), seat, inparams and extparams (lowercase as in Table 10-31 and the examples; the sub-table heading prints \"ExtParams\", made optional as Table 10-31 says). inparams.auth_token is the C3 token (4.4) the table asks for, typed in (the credential adds the top-level authToken, not this one); the token values of the request examples are left out here. The answer (userid, outaction, outparams) carries no result code: HTTP status only.",
		"result": {
			"convention": "http"
		},
		"example": {
			"userid": "1528780879-9581",
			"inaction": 8,
			"inparams": {
				"call_id": "1528780879-9581",
				"call_sor_id": "13500000001",
				"call_dst_id": "10086",
				"suilu_region_id": "025",
				"entrance_id": "03"
			},
			"extparams": {
				"transin_data": "95,22714,0,,1,1,,test_gdj_01005"
			}
		},
		"action": "Initialize dialog (V1)",
		"description": "Start a chatbot or IVR dialog for a call and get the first action the flow asks for (first version, without gray routing by VDN)"
	},
	{
		"section": "10.5.2",
		"title": "Interface Invoked After Dialog Interaction (inaction=9)",
		"family": "oiap",
		"resource": "legacy",
		"operation": "reportInteractionV1",
		"name": "Report Interaction Result (V1)",
		"method": "POST",
		"path": "/oifde/rest/crs/process",
		"auth": "C3",
		"idempotent": false,
		"legacy": true,
		"fields": [
			{
				"name": "userid",
				"in": "body",
				"type": "string",
				"required": true,
				"maxLength": 64,
				"description": "ID of the call in the flow; every request of the same call uses the same value",
				"displayName": "Call Instance ID"
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 9,
						"name": "Report Interaction Result"
					}
				],
				"default": 9,
				"description": "Type of dialog request; set for this operation",
				"displayName": "Request Type"
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "Virtual Agent"
					},
					{
						"value": "ass",
						"name": "Agent Assistant"
					}
				],
				"description": "Which kind of agent the chatbot acts as",
				"displayName": "Agent Type",
				"default": "vir"
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the dialog request",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Unique call ID, the same as the call instance ID",
						"maxLength": 64,
						"displayName": "Call ID"
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Flow access code in voice navigation and outbound surveys, otherwise the access ID",
						"maxLength": 20,
						"displayName": "Access Code"
					},
					{
						"name": "flow_result_type",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Kind of result of the last step",
						"options": [
							{
								"value": "1",
								"name": "Speech Recognition or Text Input"
							},
							{
								"value": "2",
								"name": "Key Input"
							},
							{
								"value": "3",
								"name": "No Input (Playing Only)"
							},
							{
								"value": "4",
								"name": "Recording Ended"
							}
						],
						"displayName": "Result Type"
					},
					{
						"name": "input",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Result of the last step: the recognition result ID or the text typed, the keys pressed, or an outcome such as timeout or hang up",
						"maxLength": 1024,
						"options": [
							{
								"value": "playover",
								"name": "Playing Completed"
							},
							{
								"value": "timeout",
								"name": "Timeout"
							},
							{
								"value": "nomatch",
								"name": "No Match"
							},
							{
								"value": "sys_err",
								"name": "System Error"
							},
							{
								"value": "hangup",
								"name": "Hang Up"
							},
							{
								"value": "recordend",
								"name": "Recording Ended"
							}
						],
						"displayName": "Input"
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Token returned by the access control system",
						"displayName": "Auth Token"
					},
					{
						"name": "recordFileName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Path and name of the full-flow recording, for example Y:/record/1/20200421/xxxxxx.wav; only in voice navigation with full-flow recording",
						"displayName": "Recording File"
					},
					{
						"name": "inter_idx",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Interaction count the flow returned in its last answer; only in voice navigation",
						"displayName": "Interaction Index"
					},
					{
						"name": "begin_play",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "When the voice playing started; only in voice navigation",
						"displayName": "Playing Start Time",
						"dateFormat": "yyyyMMddHH:mm:ss"
					},
					{
						"name": "end_play",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "When the voice playing ended; only in voice navigation",
						"displayName": "Playing End Time",
						"dateFormat": "yyyyMMddHH:mm:ss"
					},
					{
						"name": "result_time",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "When the result was produced; only in voice navigation",
						"displayName": "Result Time",
						"dateFormat": "yyyyMMddHH:mm:ss"
					},
					{
						"name": "inter_no",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "ID of the speech recognition; only in voice navigation",
						"displayName": "Recognition ID"
					},
					{
						"name": "IACmd",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Command for intelligent matching and intelligent case filling; match for intelligent matching",
						"options": [
							{
								"value": "match",
								"name": "Match",
								"description": "Submit a case filling or matching request"
							},
							{
								"value": "rematch",
								"name": "Rematch",
								"description": "Recognize the event again when its classification is wrong"
							},
							{
								"value": "confirm",
								"name": "Confirm",
								"description": "Tell the flow that the agent has confirmed a field"
							}
						],
						"displayName": "Intelligent Assistant Command"
					},
					{
						"name": "TextSource",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Whether the text comes from the agent or the user when the command is match; when it is confirm, the name of the field the agent selected",
						"options": [
							{
								"value": "staff",
								"name": "Agent"
							},
							{
								"value": "customer",
								"name": "User"
							}
						],
						"displayName": "Text Source"
					},
					{
						"name": "feedback",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Whether the user is satisfied",
						"options": [
							{
								"value": 1,
								"name": "Satisfied"
							},
							{
								"value": 0,
								"name": "Unsatisfied"
							}
						],
						"displayName": "Satisfied"
					},
					{
						"name": "feedbackContent",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Why the user is not satisfied; empty when satisfied",
						"displayName": "Dissatisfaction Reason"
					},
					{
						"name": "mediaType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Media type, for example audio or video",
						"displayName": "Media Type"
					},
					{
						"name": "channelType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Channel of the dialog: WEB, INSTAGRAM, TELEGRAM, WECHAT, FACEBOOK, TWITTER, EMAIL, LINE, WHATSAPP, 5G or SMS",
						"displayName": "Channel Type"
					},
					{
						"name": "refeedbackContentcordFileName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Name of a voice recording file",
						"displayName": "Voice Recording File Name"
					},
					{
						"name": "call_media_type",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Type of the inbound IVR call",
						"options": [
							{
								"value": "1",
								"name": "Audio"
							},
							{
								"value": "3",
								"name": "Video"
							}
						],
						"displayName": "Call Media Type"
					}
				],
				"displayName": "Input Parameters"
			},
			{
				"name": "extparams",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Extra call data of the dialog request",
				"children": [
					{
						"name": "transin_data",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call-associated data agreed between the caller system and the OIAP, for example the data the IVR passes",
						"displayName": "Call Data"
					},
					{
						"name": "release_reason",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Why the call was released, reported by the IVR; only in voice navigation",
						"options": [
							{
								"value": "0",
								"name": "Released by Flow",
								"description": "The call is released in a business flow"
							},
							{
								"value": "1",
								"name": "Released by System",
								"description": "The system releases the call abnormally"
							},
							{
								"value": "2",
								"name": "Released by User",
								"description": "The user releases the call"
							}
						],
						"displayName": "Release Reason"
					},
					{
						"name": "queueIndex",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Position in the skill queue; only when querying queue information",
						"displayName": "Queue Position"
					},
					{
						"name": "agentCount",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number of online agents in the skill queue; only when querying queue information",
						"displayName": "Online Agents"
					},
					{
						"name": "estimateTime",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Estimated wait time of the skill queue; only when querying queue information",
						"displayName": "Estimated Wait Time"
					},
					{
						"name": "idleAgentCount",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number of idle agents in the skill queue; only when querying queue information",
						"displayName": "Idle Agents"
					}
				],
				"displayName": "Extended Parameters"
			}
		],
		"shapeNote": "Body as Table 10-31 documents it and the request examples show: userid, inaction (fixed for this interface), seat, inparams and extparams (lowercase as in Table 10-31 and the examples; the sub-table heading prints \"ExtParams\", made optional as Table 10-31 says). inparams.auth_token is the C3 token (4.4) the table asks for, typed in (the credential adds the top-level authToken, not this one); the token values of the request examples are left out here. The answer (userid, outaction, outparams) carries no result code: HTTP status only.",
		"result": {
			"convention": "http"
		},
		"example": {
			"userid": "1528780879-9581",
			"inaction": 9,
			"inparams": {
				"call_id": "1528780879-9581",
				"call_dst_id": "10086",
				"flow_result_type": "1",
				"input": "Help me query the call fee."
			}
		},
		"action": "Report dialog interaction result (V1)",
		"description": "Send the result of the last dialog step (recognized speech, text, keys, timeout...) and get the next action of the flow (first version, without gray routing by VDN)"
	},
	{
		"section": "10.5.3",
		"title": "Interface Invoked After Dialog Transfer (inaction=11)",
		"family": "oiap",
		"resource": "legacy",
		"operation": "reportTransferV1",
		"name": "Report Transfer Result (V1)",
		"method": "POST",
		"path": "/oifde/rest/crs/process",
		"auth": "C3",
		"idempotent": false,
		"legacy": true,
		"fields": [
			{
				"name": "userid",
				"in": "body",
				"type": "string",
				"required": true,
				"maxLength": 64,
				"description": "ID of the call in the flow; every request of the same call uses the same value",
				"displayName": "Call Instance ID"
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 11,
						"name": "Report Transfer Result"
					}
				],
				"default": 11,
				"description": "Type of dialog request; set for this operation",
				"displayName": "Request Type"
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "Virtual Agent"
					},
					{
						"value": "ass",
						"name": "Agent Assistant"
					}
				],
				"description": "Which kind of agent the chatbot acts as",
				"displayName": "Agent Type",
				"default": "vir"
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the dialog request",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Unique call ID, the same as the call instance ID",
						"maxLength": 64,
						"displayName": "Call ID"
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Flow access code in voice navigation and outbound surveys, otherwise the access ID",
						"maxLength": 20,
						"displayName": "Access Code"
					},
					{
						"name": "begin_trans",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "When the transfer started",
						"displayName": "Transfer Start Time",
						"dateFormat": "yyyyMMddHH:mm:ss"
					},
					{
						"name": "end_trans",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "When the transfer ended",
						"displayName": "Transfer End Time",
						"dateFormat": "yyyyMMddHH:mm:ss"
					},
					{
						"name": "trans_result",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Result of the transfer: 0 for success, any other value for failure",
						"displayName": "Transfer Result"
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Token returned by the access control system",
						"displayName": "Auth Token"
					},
					{
						"name": "record_result",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Result of the recording when the call was transferred to a third-party number: 0 for success, any other value for failure",
						"displayName": "Recording Result"
					},
					{
						"name": "input",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Interaction result: not needed after a successful transfer; hangup when sending again after the flow answered with a hang up",
						"maxLength": 1024,
						"displayName": "Input"
					},
					{
						"name": "inter_idx",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Interaction count the flow returned in its last answer; only in voice navigation",
						"displayName": "Interaction Index"
					},
					{
						"name": "mediaType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Media type, for example audio or video",
						"displayName": "Media Type"
					},
					{
						"name": "channelType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Channel of the dialog: WEB, INSTAGRAM, TELEGRAM, WECHAT, FACEBOOK, TWITTER, EMAIL, LINE, WHATSAPP, 5G or SMS",
						"displayName": "Channel Type"
					}
				],
				"displayName": "Input Parameters"
			},
			{
				"name": "extparams",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Extra call data of the dialog request",
				"children": [
					{
						"name": "transin_data",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call-associated data agreed between the caller system and the OIAP, for example the data the IVR passes",
						"displayName": "Call Data"
					}
				],
				"displayName": "Extended Parameters"
			}
		],
		"shapeNote": "Body as Table 10-31 documents it and the request examples show: userid, inaction (fixed for this interface), seat, inparams and extparams (lowercase as in Table 10-31 and the examples; the sub-table heading prints \"ExtParams\", made optional as Table 10-31 says). inparams.auth_token is the C3 token (4.4) the table asks for, typed in (the credential adds the top-level authToken, not this one); the token values of the request examples are left out here. The answer (userid, outaction, outparams) carries no result code: HTTP status only.",
		"result": {
			"convention": "http"
		},
		"example": {
			"userid": "1528780879-9581",
			"inaction": 11,
			"inparams": {
				"call_id": "1528780879-9581",
				"call_dst_id": "10086",
				"begin_trans": "2018090407:16:24",
				"end_trans": "2018090407:20:24",
				"trans_result": "0",
				"input": "",
				"inter_idx": "1"
			},
			"extparams": {
				"transin_data": "95,22714,0,,1,1,,test_gdj_01005"
			}
		},
		"action": "Report dialog transfer result (V1)",
		"description": "Send the result of a call transfer the flow asked for and get the next action of the flow (first version, without gray routing by VDN)"
	},
	{
		"section": "10.5.4",
		"title": "Packet Capture and Recording Interface Invoked in the Dialog (inaction=7)",
		"family": "oiap",
		"resource": "legacy",
		"operation": "startRecordingV1",
		"name": "Start Recording (V1)",
		"method": "POST",
		"path": "/oifde/rest/crs/process",
		"auth": "C3",
		"idempotent": false,
		"legacy": true,
		"fields": [
			{
				"name": "userid",
				"in": "body",
				"type": "string",
				"required": true,
				"maxLength": 64,
				"description": "ID of the call in the flow; every request of the same call uses the same value",
				"displayName": "Call Instance ID"
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 7,
						"name": "Start Recording"
					}
				],
				"default": 7,
				"description": "Type of dialog request; set for this operation",
				"displayName": "Request Type"
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "Virtual Agent"
					},
					{
						"value": "ass",
						"name": "Agent Assistant"
					}
				],
				"description": "Which kind of agent the chatbot acts as",
				"displayName": "Agent Type",
				"default": "vir"
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the dialog request",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Unique call ID, the same as the call instance ID",
						"maxLength": 64,
						"displayName": "Call ID"
					},
					{
						"name": "call_sor_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "User number in voice navigation and voice outbound calls, otherwise the user ID",
						"maxLength": 64,
						"displayName": "User ID"
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Flow access code in voice navigation and outbound surveys, otherwise the access ID",
						"maxLength": 20,
						"displayName": "Access Code"
					},
					{
						"name": "real_callee",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number the caller dialed to reach the IVR, in voice navigation",
						"maxLength": 32,
						"displayName": "Called Number"
					},
					{
						"name": "cti_callid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call ID of the CTI passed by the Huawei IVR, only in voice navigation; empty otherwise",
						"maxLength": 32,
						"displayName": "CTI Call ID"
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Token returned by the access control system",
						"displayName": "Auth Token"
					}
				],
				"displayName": "Input Parameters"
			}
		],
		"shapeNote": "Body as Table 10-31 documents it and the request examples show: userid, inaction (fixed for this interface), seat, inparams and extparams (lowercase as in Table 10-31 and the examples; the sub-table heading prints \"ExtParams\", made optional as Table 10-31 says). inparams.auth_token is the C3 token (4.4) the table asks for, typed in (the credential adds the top-level authToken, not this one); the token values of the request examples are left out here. The answer (userid, outaction, outparams) carries no result code: HTTP status only.",
		"result": {
			"convention": "http"
		},
		"example": {
			"userid": "1528780879-9581",
			"inaction": 7,
			"inparams": {
				"call_id": "1528780879-9581",
				"call_sor_id": "13500000001",
				"call_dst_id": "10086"
			}
		},
		"action": "Start dialog recording (V1)",
		"description": "Ask the flow to start packet capture recording (VoiceCyber) of the call at its first request (first version, without gray routing by VDN)"
	},
	{
		"section": "10.5.5",
		"title": "Recognition Result Requesting Interface (inaction=13)",
		"family": "oiap",
		"resource": "legacy",
		"operation": "requestRecognitionResultV1",
		"name": "Request Recognition Result (V1)",
		"method": "POST",
		"path": "/oifde/rest/crs/process",
		"auth": "C3",
		"idempotent": false,
		"legacy": true,
		"fields": [
			{
				"name": "userid",
				"in": "body",
				"type": "string",
				"required": true,
				"maxLength": 64,
				"description": "ID of the call in the flow; every request of the same call uses the same value",
				"displayName": "Call Instance ID"
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 13,
						"name": "Request Recognition Result"
					}
				],
				"default": 13,
				"description": "Type of dialog request; set for this operation",
				"displayName": "Request Type"
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "Virtual Agent"
					},
					{
						"value": "ass",
						"name": "Agent Assistant"
					}
				],
				"description": "Which kind of agent the chatbot acts as",
				"displayName": "Agent Type",
				"default": "vir"
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the dialog request",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Unique call ID, the same as the call instance ID",
						"maxLength": 64,
						"displayName": "Call ID"
					},
					{
						"name": "call_sor_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "User number in voice navigation and voice outbound calls, otherwise the user ID",
						"maxLength": 64,
						"displayName": "User ID"
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Flow access code in voice navigation and outbound surveys, otherwise the access ID",
						"maxLength": 20,
						"displayName": "Access Code"
					},
					{
						"name": "real_callee",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number the caller dialed to reach the IVR, in voice navigation",
						"maxLength": 32,
						"displayName": "Called Number"
					},
					{
						"name": "cti_callid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call ID of the CTI passed by the Huawei IVR, only in voice navigation; empty otherwise",
						"maxLength": 32,
						"displayName": "CTI Call ID"
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Token returned by the access control system",
						"displayName": "Auth Token"
					}
				],
				"displayName": "Input Parameters"
			}
		],
		"shapeNote": "Body as Table 10-31 documents it and the request examples show: userid, inaction (fixed for this interface), seat, inparams and extparams (lowercase as in Table 10-31 and the examples; the sub-table heading prints \"ExtParams\", made optional as Table 10-31 says). inparams.auth_token is the C3 token (4.4) the table asks for, typed in (the credential adds the top-level authToken, not this one); the token values of the request examples are left out here. The answer (userid, outaction, outparams) carries no result code: HTTP status only.",
		"result": {
			"convention": "http"
		},
		"example": {
			"userid": "1528780879-9581",
			"inaction": 13,
			"inparams": {
				"call_id": "1528780879-9581",
				"call_sor_id": "13500000001",
				"call_dst_id": "10086"
			}
		},
		"action": "Request speech recognition result (V1)",
		"description": "Ask the flow for the speech recognition result so that the prompt being played can be interrupted (first version, without gray routing by VDN)"
	},
	{
		"section": "10.7",
		"title": "Interaction Record Query Interface",
		"family": "oiap",
		"resource": "record",
		"operation": "getInteractionRecords",
		"name": "Get Interaction Records",
		"method": "POST",
		"path": "/oifde/rest/api/queryHistory",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "params",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "What to look for",
				"children": [
					{
						"name": "userMobile",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "User number in voice navigation and voice outbound calls, otherwise the user ID",
						"displayName": "User Number"
					}
				],
				"displayName": "Query"
			}
		],
		"result": {
			"convention": "returnCode"
		},
		"example": {
			"tenantId": "123456",
			"params": {
				"userMobile": "180****9999"
			}
		},
		"action": "Get interaction records",
		"description": "Get the chatbot interaction records of a user, by user number or ID"
	},
	{
		"section": "10.8",
		"title": "Session Record Query Interface",
		"family": "oiap",
		"resource": "record",
		"operation": "getSessionRecords",
		"name": "Get Session Records",
		"method": "POST",
		"path": "/oifde/rest/api/queryRecordHistory",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Start of the time range",
				"displayName": "Start Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "End of the time range",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "pageNum",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Page to return, from 1",
				"displayName": "Page Number",
				"default": "1"
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number of records on each page: 5, 10, 20, 50 or 100",
				"default": "100"
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Call ID of the flow; give this, the user number or the CTI call ID",
				"displayName": "Call ID"
			},
			{
				"name": "userMobile",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number of the user; give this, the call ID or the CTI call ID",
				"displayName": "User Number"
			},
			{
				"name": "ctiCallId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Call ID of the CTI; give this, the call ID or the user number",
				"displayName": "CTI Call ID"
			}
		],
		"result": {
			"convention": "errorCode",
			"itemsPath": "recordList",
			"totalPath": "total"
		},
		"example": {
			"tenantId": "tenant001",
			"userMobile": "180****9999"
		},
		"paging": {
			"style": "page",
			"pageField": "pageNum",
			"sizeField": "pageSize",
			"firstPage": 1,
			"maxSize": 100
		},
		"action": "Get session records",
		"description": "List chatbot session records within a time range, by call ID, CTI call ID or user number"
	},
	{
		"section": "10.18",
		"title": "Interface for Querying the Recordings of Calls Transferred to a Third Party",
		"family": "oiap",
		"resource": "record",
		"operation": "getTransferRecordings",
		"name": "Get Transfer Recordings",
		"method": "POST",
		"path": "/oifde/rest/api/queryTransferRecordHistory",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Start of the time range",
				"displayName": "Start Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "End of the time range",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "pageNum",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Page to return, from 1",
				"displayName": "Page Number",
				"default": "1"
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number of records on each page: 5, 10, 20, 50 or 100",
				"default": "100"
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Call ID of the flow; give this, the user number or the CTI call ID",
				"displayName": "Call ID"
			},
			{
				"name": "userMobile",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number of the user; give this, the call ID or the CTI call ID",
				"displayName": "User Number"
			},
			{
				"name": "ctiCallId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Call ID of the CTI; give this, the call ID or the user number",
				"displayName": "CTI Call ID"
			}
		],
		"result": {
			"convention": "errorCode",
			"itemsPath": "transferRecordList",
			"totalPath": "total"
		},
		"example": {
			"tenantId": "202204017094",
			"beginTime": "2022-02-21 20:04:38",
			"endTime": "",
			"pageNum": "1",
			"pageSize": "5",
			"callId": "1648805538-165717321823298",
			"userMobile": "",
			"ctiCallId": ""
		},
		"paging": {
			"style": "page",
			"pageField": "pageNum",
			"sizeField": "pageSize",
			"firstPage": 1,
			"maxSize": 100
		},
		"action": "Get recordings of calls transferred to third party",
		"description": "List the recordings of calls the flow transferred to a third-party number, by call ID, CTI call ID or user number"
	},
	{
		"section": "10.9.1",
		"title": "FAQ Group Query Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "getManyGroups",
		"name": "Get Many Groups",
		"method": "POST",
		"path": "/oifde/rest/api/faqGroup/query",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Language of the FAQ groups",
				"options": [
					{
						"value": "en_US",
						"name": "English"
					},
					{
						"value": "zh_CN",
						"name": "Chinese"
					},
					{
						"value": "es_ES",
						"name": "Spanish"
					},
					{
						"value": "ar",
						"name": "Arabic"
					},
					{
						"value": "th_TH",
						"name": "Thai"
					},
					{
						"value": "pt_BR",
						"name": "Portuguese"
					}
				]
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Name of the FAQ groups to list"
			},
			{
				"name": "pageNum",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Page to return, from 1",
				"displayName": "Page Number",
				"default": 1
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of records on each page"
			}
		],
		"result": {
			"convention": "errorCode",
			"itemsPath": "data",
			"totalPath": "totalSize"
		},
		"example": {
			"tenantId": "00030010",
			"language": "en_US",
			"name": "",
			"pageNum": 1,
			"pageSize": 10
		},
		"paging": {
			"style": "page",
			"pageField": "pageNum",
			"sizeField": "pageSize",
			"firstPage": 1,
			"maxSize": 100
		},
		"action": "Get many FAQ groups",
		"description": "List the FAQ groups of the tenant, optionally by language and name"
	},
	{
		"section": "10.9.2",
		"title": "FAQ Group Creation Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "createGroup",
		"name": "Create Group",
		"method": "POST",
		"path": "/oifde/rest/api/faqGroup/create",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "model",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Name, description and language of the FAQ group",
				"children": [
					{
						"name": "id",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Internal sequence number; -1 when creating",
						"displayName": "ID",
						"default": -1
					},
					{
						"name": "tenantId",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Tenant space ID",
						"displayName": "Tenant ID"
					},
					{
						"name": "name",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Name of the FAQ group",
						"maxLength": 64
					},
					{
						"name": "description",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Description of the FAQ group",
						"maxLength": 512
					},
					{
						"name": "updateTime",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Time of the last change",
						"displayName": "Update Time",
						"dateFormat": "epochMs"
					},
					{
						"name": "on",
						"in": "body",
						"type": "boolean",
						"required": false,
						"description": "Whether the group is activated",
						"options": [
							{
								"value": true,
								"name": "Activated"
							},
							{
								"value": false,
								"name": "Deactivated"
							}
						],
						"displayName": "Active"
					},
					{
						"name": "amount",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Number of questions in the group",
						"displayName": "Number of Questions"
					},
					{
						"name": "language",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Language of the FAQ group",
						"options": [
							{
								"value": "en_US",
								"name": "English"
							},
							{
								"value": "zh_CN",
								"name": "Chinese"
							},
							{
								"value": "es_ES",
								"name": "Spanish"
							},
							{
								"value": "ar",
								"name": "Arabic"
							},
							{
								"value": "th_TH",
								"name": "Thai"
							},
							{
								"value": "pt_BR",
								"name": "Portuguese"
							}
						]
					}
				],
				"displayName": "FAQ Group"
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"model": {
				"id": -1,
				"tenantId": "00030010",
				"name": "Social Security Related FAQ2",
				"description": "This is a test group.",
				"language": "en_US"
			}
		},
		"action": "Create FAQ group",
		"description": "Create an FAQ group with a name, description and language"
	},
	{
		"section": "10.9.3",
		"title": "FAQ Group Modification Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "updateGroup",
		"name": "Update Group",
		"method": "POST",
		"path": "/oifde/rest/api/faqGroup/update",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "model",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "ID of the FAQ group and its new values",
				"children": [
					{
						"name": "id",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "ID of the FAQ group",
						"displayName": "FAQ Group ID"
					},
					{
						"name": "tenantId",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Tenant space ID",
						"displayName": "Tenant ID"
					},
					{
						"name": "name",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Name of the FAQ group",
						"maxLength": 64
					},
					{
						"name": "description",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Description of the FAQ group",
						"maxLength": 512
					},
					{
						"name": "language",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Language of the group; cannot be changed"
					},
					{
						"name": "updateTime",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Time of the last change",
						"displayName": "Update Time",
						"dateFormat": "epochMs"
					},
					{
						"name": "on",
						"in": "body",
						"type": "boolean",
						"required": false,
						"description": "Whether the group is activated",
						"options": [
							{
								"value": true,
								"name": "Activated"
							},
							{
								"value": false,
								"name": "Deactivated"
							}
						],
						"displayName": "Active"
					},
					{
						"name": "amount",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Number of questions in the group",
						"displayName": "Number of Questions"
					}
				],
				"displayName": "FAQ Group"
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"model": {
				"id": 10000,
				"tenantId": "00030010",
				"name": "Social Security Related FAQ2",
				"description": "This is a test group.",
				"language": ""
			}
		},
		"action": "Update FAQ group",
		"description": "Change the name, description or activation of an FAQ group"
	},
	{
		"section": "10.9.4",
		"title": "FAQ Group Deletion Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "deleteGroups",
		"name": "Delete Groups",
		"method": "POST",
		"path": "/oifde/rest/api/faqGroup/delete",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "faqGroupIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs of the FAQ groups to delete",
				"displayName": "FAQ Group IDs"
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "00030010",
			"faqGroupIds": [
				10000,
				10001
			]
		},
		"action": "Delete FAQ groups",
		"description": "Delete FAQ groups by their IDs"
	},
	{
		"section": "10.9.5",
		"title": "FAQ Group Status Change Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "changeGroupStatus",
		"name": "Change Group Status",
		"method": "POST",
		"path": "/oifde/rest/api/faqGroup/changeStatus",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "faqGroupId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "FAQ group to activate or deactivate",
				"displayName": "FAQ Group",
				"lookup": {
					"section": "10.9.1",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"name": ""
					}
				}
			},
			{
				"name": "on",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to activate the group",
				"options": [
					{
						"value": true,
						"name": "Activate"
					},
					{
						"value": false,
						"name": "Deactivate"
					}
				],
				"default": false,
				"displayName": "Active"
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "00030010",
			"faqGroupId": "10012",
			"on": true
		},
		"action": "Activate or deactivate FAQ group",
		"description": "Activate or deactivate an FAQ group"
	},
	{
		"section": "10.9.6",
		"title": "Q&A Query Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "getManyQuestions",
		"name": "Get Many Questions",
		"method": "POST",
		"path": "/oifde/rest/api/faq/query",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "faqGroupId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "FAQ group whose questions are listed",
				"displayName": "FAQ Group",
				"lookup": {
					"section": "10.9.1",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"name": ""
					}
				}
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Question to look for; all questions when empty",
				"displayName": "Question"
			},
			{
				"name": "pageNum",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Page to return, from 1",
				"displayName": "Page Number",
				"default": 1
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of records on each page"
			}
		],
		"result": {
			"convention": "errorCode",
			"itemsPath": "data",
			"totalPath": "totalSize"
		},
		"example": {
			"tenantId": "00030010",
			"faqGroupId": 10000,
			"name": "",
			"pageNum": 1,
			"pageSize": 10
		},
		"paging": {
			"style": "page",
			"pageField": "pageNum",
			"sizeField": "pageSize",
			"firstPage": 1,
			"maxSize": 100
		},
		"action": "Get many FAQ questions",
		"description": "List the questions and answers of an FAQ group, optionally those matching a question"
	},
	{
		"section": "10.9.7",
		"title": "Q&A Creation Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "createQuestion",
		"name": "Create Question",
		"method": "POST",
		"path": "/oifde/rest/api/faq/create",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "model",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "The question and its answers",
				"children": [
					{
						"name": "id",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Internal sequence number; -1 when creating",
						"displayName": "ID",
						"default": -1
					},
					{
						"name": "faqGroupId",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "ID of the FAQ group of the question",
						"displayName": "FAQ Group ID"
					},
					{
						"name": "question",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Text of the question",
						"maxLength": 8192
					},
					{
						"name": "simQuestions",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"description": "Other wordings of the question",
						"maxItems": 100,
						"displayName": "Similar Questions"
					},
					{
						"name": "answer",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Text of the answer",
						"maxLength": 8192
					},
					{
						"name": "simAnswers",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"description": "Other wordings of the answer",
						"maxItems": 100,
						"children": [
							{
								"name": "id",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Internal sequence number",
								"displayName": "ID"
							},
							{
								"name": "elementId",
								"in": "body",
								"type": "integer",
								"required": false,
								"description": "ID of the question; -1 when empty",
								"displayName": "Question ID"
							},
							{
								"name": "statement",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Text of the similar question or answer",
								"maxLength": 8192,
								"displayName": "Text"
							},
							{
								"name": "type",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Whether the text is a question or an answer",
								"options": [
									{
										"value": "Q",
										"name": "Question"
									},
									{
										"value": "A",
										"name": "Answer"
									}
								]
							}
						],
						"displayName": "Similar Answers"
					},
					{
						"name": "keywords",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"description": "Keywords of the question, without vertical bars",
						"maxItems": 20,
						"children": [
							{
								"name": "w",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "A keyword",
								"maxLength": 64,
								"displayName": "Keyword"
							}
						]
					}
				],
				"displayName": "Question"
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "00030010",
			"model": {
				"id": -1,
				"faqGroupId": 10012,
				"question": "House purchase restriction in Nanjing",
				"simQuestions": [
					{
						"statement": "House purchase restriction policies in Nanjing",
						"type": "Q"
					}
				],
				"answer": "Each household can purchase at most two houses.",
				"simAnswers": [
					{
						"statement": "Each household can purchase at most two houses.",
						"type": "A"
					}
				],
				"keywords": [
					{
						"w": "Purchase restriction"
					}
				]
			}
		},
		"action": "Create FAQ question",
		"description": "Add a question with its answer, similar questions, similar answers and keywords to an FAQ group"
	},
	{
		"section": "10.9.8",
		"title": "FAQ Modification Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "updateQuestion",
		"name": "Update Question",
		"method": "POST",
		"path": "/oifde/rest/api/faq/update",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "model",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "The question and its answers",
				"children": [
					{
						"name": "id",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "ID of the question",
						"displayName": "Question ID"
					},
					{
						"name": "faqGroupId",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "ID of the FAQ group of the question",
						"displayName": "FAQ Group ID"
					},
					{
						"name": "question",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Text of the question",
						"maxLength": 8192
					},
					{
						"name": "simQuestions",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"description": "Other wordings of the question",
						"maxItems": 100,
						"displayName": "Similar Questions"
					},
					{
						"name": "answer",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Text of the answer",
						"maxLength": 8192
					},
					{
						"name": "simAnswers",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"description": "Other wordings of the answer",
						"maxItems": 100,
						"children": [
							{
								"name": "id",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Internal sequence number",
								"displayName": "ID"
							},
							{
								"name": "elementId",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "ID of the question; -1 when empty",
								"displayName": "Question ID"
							},
							{
								"name": "statement",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Text of the similar question or answer",
								"maxLength": 8192,
								"displayName": "Text"
							},
							{
								"name": "type",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Whether the text is a question or an answer",
								"options": [
									{
										"value": "Q",
										"name": "Question"
									},
									{
										"value": "A",
										"name": "Answer"
									}
								]
							}
						],
						"displayName": "Similar Answers"
					},
					{
						"name": "keywords",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"description": "Keywords of the question, without vertical bars",
						"maxItems": 20,
						"children": [
							{
								"name": "w",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "A keyword",
								"maxLength": 64,
								"displayName": "Keyword"
							}
						]
					}
				],
				"displayName": "Question"
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "00030010",
			"model": {
				"id": 22897,
				"faqGroupId": 10012,
				"question": "House purchase restriction in Nanjing",
				"simQuestions": [
					{
						"statement": "House purchase restriction policies in Nanjing",
						"type": "Q"
					}
				],
				"answer": "Each household can purchase at most two houses.",
				"simAnswers": [
					{
						"statement": "Each household can purchase at most two houses.",
						"type": "A"
					}
				],
				"keywords": [
					{
						"w": "Purchase restriction"
					}
				]
			}
		},
		"action": "Update FAQ question",
		"description": "Change a question of an FAQ group, its answer, similar questions and answers, and keywords"
	},
	{
		"section": "10.9.9",
		"title": "Q&A Deletion Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "deleteQuestions",
		"name": "Delete Questions",
		"method": "POST",
		"path": "/oifde/rest/api/faq/delete",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "faqGroupId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "FAQ group of the questions to delete",
				"displayName": "FAQ Group",
				"lookup": {
					"section": "10.9.1",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"name": ""
					}
				}
			},
			{
				"name": "faqIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs of the questions to delete",
				"displayName": "Question IDs"
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "00030010",
			"faqGroupId": 10012,
			"faqIds": [
				22897
			]
		},
		"action": "Delete FAQ questions",
		"description": "Delete questions of an FAQ group by their IDs"
	},
	{
		"section": "10.9.10",
		"title": "Specific FAQ Group Test Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "testGroup",
		"name": "Test Group",
		"method": "POST",
		"path": "/oifde/rest/api/faq/testOneGroup",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "faqGroupId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "FAQ group to test",
				"displayName": "FAQ Group",
				"lookup": {
					"section": "10.9.1",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"name": ""
					}
				}
			},
			{
				"name": "user",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the test user",
				"displayName": "Test User ID"
			},
			{
				"name": "sentence",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Sentence to ask"
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "00030010",
			"faqGroupId": 10000,
			"user": "138****8888",
			"sentence": "What is guardian life insurance?"
		},
		"action": "Test FAQ group",
		"description": "Ask one FAQ group a question and get the answer it would give"
	},
	{
		"section": "10.9.11",
		"title": "FAQ Group Test and Activation Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "testEnabledGroups",
		"name": "Test Enabled Groups",
		"method": "POST",
		"path": "/oifde/rest/api/faq/testEnabledGroups",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "user",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the test user",
				"displayName": "Test User ID"
			},
			{
				"name": "sentence",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Sentence to ask"
			},
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Language of the FAQ groups to test",
				"options": [
					{
						"value": "en_US",
						"name": "English"
					},
					{
						"value": "zh_CN",
						"name": "Chinese"
					},
					{
						"value": "es_ES",
						"name": "Spanish"
					},
					{
						"value": "ar",
						"name": "Arabic"
					},
					{
						"value": "th_TH",
						"name": "Thai"
					},
					{
						"value": "pt_BR",
						"name": "Portuguese"
					}
				]
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "00030010",
			"user": "138****8888",
			"sentence": "What is life insurance?",
			"language": "zh_CN"
		},
		"action": "Test enabled FAQ groups",
		"description": "Ask all activated FAQ groups of a language a question and get the answer they would give"
	},
	{
		"section": "10.10",
		"title": "Intention List Query Interface",
		"family": "oiap",
		"resource": "intention",
		"operation": "getMany",
		"name": "Get Many",
		"method": "POST",
		"path": "/oifde/rest/api/intentions/query",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Language of the intentions",
				"options": [
					{
						"value": "en_US",
						"name": "English"
					},
					{
						"value": "zh_CN",
						"name": "Chinese"
					},
					{
						"value": "pt_BR",
						"name": "Portuguese"
					},
					{
						"value": "th_TH",
						"name": "Thai"
					},
					{
						"value": "fr_FR",
						"name": "French"
					},
					{
						"value": "ar",
						"name": "Arabic"
					}
				]
			},
			{
				"name": "pageNum",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Page to return, from 1",
				"displayName": "Page Number",
				"default": 1
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of records on each page: 5, 10, 20, 50 or 100"
			},
			{
				"name": "domainInfo",
				"in": "body",
				"type": "object",
				"description": "Domain whose intentions are listed",
				"children": [
					{
						"name": "domainName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Name of the domain"
					},
					{
						"name": "domainId",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "ID of the domain",
						"displayName": "Domain ID"
					},
					{
						"name": "language",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Language of the domain"
					},
					{
						"name": "tenantId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Tenant space ID",
						"displayName": "Tenant ID"
					}
				],
				"displayName": "Domain"
			}
		],
		"result": {
			"convention": "errorCode",
			"itemsPath": "intentions",
			"totalPath": "total"
		},
		"example": {
			"tenantId": "202104237142",
			"language": "en_US",
			"pageNum": 1,
			"pageSize": 20,
			"domainInfo": {
				"domainName": "Chatbot",
				"domainId": "10149"
			}
		},
		"paging": {
			"style": "page",
			"pageField": "pageNum",
			"sizeField": "pageSize",
			"firstPage": 1,
			"maxSize": 100
		},
		"action": "Get many intentions",
		"description": "List the intentions of the tenant in a language, optionally of one domain"
	},
	{
		"section": "10.11.1",
		"title": "Flow Status Change Interface",
		"family": "oiap",
		"resource": "silentAgent",
		"operation": "changeWorkMode",
		"name": "Change Work Mode",
		"method": "POST",
		"path": "/oifde/rest/api/flow/changeWorkMode",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call ID of the flow; give this, the user number or the CTI call ID",
				"displayName": "Call ID"
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the silent agent",
				"displayName": "Agent ID"
			},
			{
				"name": "workMode",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "State the session switches to; only a session in supervision or insertion can be switched. Common ends the silent agent control, transfer transfers the call",
				"options": [
					{
						"value": "0",
						"name": "Common"
					},
					{
						"value": "1",
						"name": "Supervision"
					},
					{
						"value": "2",
						"name": "Insertion"
					},
					{
						"value": "3",
						"name": "Transfer"
					}
				],
				"displayName": "Work Mode"
			},
			{
				"name": "callTransferRequest",
				"in": "body",
				"type": "object",
				"description": "Where to transfer the call, when switching to transfer",
				"children": [
					{
						"name": "callTransferType",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Where the call is transferred",
						"options": [
							{
								"value": "1",
								"name": "Skill Queue by Route Code",
								"description": "Transfer to a skill queue by its routing code"
							},
							{
								"value": "2",
								"name": "IVR"
							},
							{
								"value": "3",
								"name": "Skill Queue by Name",
								"description": "Transfer to a skill queue by skill name"
							},
							{
								"value": "4",
								"name": "Agent by ID",
								"description": "Transfer to an agent by ID"
							},
							{
								"value": "5",
								"name": "Third-Party Number"
							},
							{
								"value": "6",
								"name": "Online Digital Assistance"
							},
							{
								"value": "7",
								"name": "Last Agent",
								"description": "Transfer to the last agent (multimedia only)"
							},
							{
								"value": "8",
								"name": "Skill Queue of Agent",
								"description": "Transfer to the skill queue of an agent (multimedia only)"
							},
							{
								"value": "31",
								"name": "Message to Last Agent",
								"description": "Transfer to a multimedia message to the last agent"
							},
							{
								"value": "32",
								"name": "Message to Skill Queue",
								"description": "Transfer to a multimedia message to a skill queue"
							},
							{
								"value": "33",
								"name": "Message to Agent",
								"description": "Transfer to a multimedia message to an agent"
							}
						],
						"displayName": "Transfer Type"
					},
					{
						"name": "callTransferRouteValue",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Target of the transfer, depending on the transfer type: route code, IVR access code, skill name, agent ID or number",
						"displayName": "Transfer Target"
					},
					{
						"name": "callTransferTransData",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Channel-associated data passed with the transfer",
						"displayName": "Call Data"
					},
					{
						"name": "callTransferNumber",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Calling number shown for the transfer",
						"displayName": "Calling Number"
					}
				],
				"displayName": "Transfer",
				"requiredWhen": {
					"field": "workMode",
					"values": [
						"3"
					]
				}
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "XXX",
			"callId": "123123412300030010",
			"agentId": "88880002",
			"workMode": "3",
			"callTransferRequest": {
				"callTransferType": "5",
				"callTransferRouteValue": "88880006",
				"callTransferTransData": "",
				"callTransferNumber": ""
			}
		},
		"action": "Change silent agent work mode",
		"description": "Switch a chatbot session watched by a silent agent between supervision, insertion and transfer",
		"notForAiTools": true
	},
	{
		"section": "10.11.2",
		"title": "Reply Interface",
		"family": "oiap",
		"resource": "silentAgent",
		"operation": "reply",
		"name": "Reply",
		"method": "POST",
		"path": "/oifde/rest/api/flow/receiveDialogrecord",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call ID of the flow; give this, the user number or the CTI call ID",
				"displayName": "Call ID"
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the silent agent",
				"displayName": "Agent ID"
			},
			{
				"name": "nodeId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the flow node the silent agent replies to, as passed to it",
				"displayName": "Node ID"
			},
			{
				"name": "nodeIndex",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Execution position of the flow node, as passed to the silent agent",
				"displayName": "Node Index"
			},
			{
				"name": "replyType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Whether the reply is an intention or typed content",
				"options": [
					{
						"value": 0,
						"name": "Intention"
					},
					{
						"value": 1,
						"name": "Content"
					}
				],
				"default": 0,
				"displayName": "Reply Type"
			},
			{
				"name": "replyIntentCode",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Code of the intention replied; for typed content during insertion, silentInsertReply",
				"displayName": "Intention Code"
			},
			{
				"name": "replyIntentContent",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Content of the reply: the content configured in the intention, or the typed reply",
				"displayName": "Reply Content"
			},
			{
				"name": "replyIntentName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the intention; for typed content, the same as the intention code",
				"displayName": "Intention Name"
			}
		],
		"shapeNote": "required table fields absent from example: tenantId",
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"callId": "16064786965020f6fb86792bd25dbbb489426",
			"agentId": "10001",
			"nodeId": "node_action_97511fbc15d9b23074405ee736187a82c529",
			"nodeIndex": 2,
			"replyType": 0,
			"replyIntentCode": "car",
			"replyIntentContent": "Test vehicles",
			"replyIntentName": "SSQ test"
		},
		"action": "Reply as silent agent",
		"description": "Send the reply a silent agent chose (an intention or typed content) into the chatbot session"
	},
	{
		"section": "10.13",
		"title": "Spelling Check Interface",
		"family": "oiap",
		"resource": "spellCheck",
		"operation": "check",
		"name": "Check Spelling",
		"method": "POST",
		"path": "/oifde/rest/api/spellcheck",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"default": "ipcc",
				"displayName": "Tenant ID"
			},
			{
				"name": "sentence",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Text to check",
				"maxLength": 4096,
				"displayName": "Text"
			},
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Language of the text; only Chinese and English texts are corrected, others come back unchanged",
				"options": [
					{
						"value": "zh_CN",
						"name": "Chinese"
					},
					{
						"value": "en_US",
						"name": "English"
					}
				]
			},
			{
				"name": "checkerType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Kind of correction; wrongly written characters is recommended for Chinese, spelling for English",
				"options": [
					{
						"value": "nonWordSpellChecker",
						"name": "Spelling Errors"
					},
					{
						"value": "realWordSpellChecker",
						"name": "Wrongly Written Characters"
					}
				],
				"displayName": "Checker Type"
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "ipcc",
			"sentence": "eat apply",
			"language": "zh_CN",
			"checkerType": "nonWordSpellChecker"
		},
		"action": "Check spelling of text",
		"description": "Check a Chinese or English text for spelling mistakes and get the corrected text"
	},
	{
		"section": "10.15.1",
		"title": "Querying Call Statistics Reports",
		"family": "oiap",
		"resource": "report",
		"operation": "getCallStatistics",
		"name": "Get Call Statistics",
		"method": "POST",
		"path": "/oifde/rest/api/queryCallStatisticsReport",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "type",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Period of the report",
				"options": [
					{
						"value": "hour",
						"name": "By Hour",
						"description": "The data of the given date, hour by hour"
					},
					{
						"value": "day",
						"name": "By Day",
						"description": "The data of the last 30 days, day by day"
					}
				],
				"displayName": "Period"
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "accessCode",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Access code (dialog ID)"
			},
			{
				"name": "timestamp",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Date of the report",
				"displayName": "Date",
				"dateFormat": "epochMs"
			}
		],
		"result": {
			"convention": "errorCode",
			"itemsPath": "."
		},
		"example": {
			"tenantId": "202104237142",
			"accessCode": "943370855474270208",
			"timestamp": 1628784000000,
			"type": "hour"
		},
		"action": "Get call statistics report",
		"description": "Get the call statistics of a chatbot access code for a date, by hour, or for the last 30 days, by day"
	},
	{
		"section": "10.15.2",
		"title": "Querying Chatbot Report Information",
		"family": "oiap",
		"resource": "report",
		"operation": "getChatbotReport",
		"name": "Get Chatbot Report",
		"method": "POST",
		"path": "/oifde/rest/api/queryChatbotReport",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "type",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Period of the report",
				"options": [
					{
						"value": "hour",
						"name": "By Hour",
						"description": "The data of the given date, hour by hour"
					},
					{
						"value": "day",
						"name": "By Day",
						"description": "The data of the last 30 days, day by day"
					}
				],
				"displayName": "Period"
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "accessCode",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Access code (dialog ID)"
			},
			{
				"name": "timestamp",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Date of the report",
				"displayName": "Date",
				"dateFormat": "epochMs"
			}
		],
		"result": {
			"convention": "errorCode",
			"itemsPath": "."
		},
		"example": {
			"tenantId": "202104237142",
			"accessCode": "950964151029600256",
			"timestamp": 1630512000000,
			"type": "hour"
		},
		"action": "Get chatbot report",
		"description": "Get the chatbot report of an access code for a date, by hour, or for the last 30 days, by day"
	},
	{
		"section": "10.15.3",
		"title": "Querying Knowledge Reports",
		"family": "oiap",
		"resource": "report",
		"operation": "getKnowledgeReport",
		"name": "Get Knowledge Report",
		"method": "POST",
		"path": "/oifde/rest/api/queryKnowledgeReport",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "type",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Period of the report",
				"options": [
					{
						"value": "day",
						"name": "By Day",
						"description": "The data of the given date"
					},
					{
						"value": "month",
						"name": "By Month",
						"description": "The data of the last 30 days; the end time is one day after the timestamp"
					}
				],
				"displayName": "Period"
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "timestamp",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Date of the report; when empty, only the numbers of questions, intentions and voice chats of the tenant are returned",
				"displayName": "Date",
				"dateFormat": "epochMs"
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "202104237142",
			"timestamp": 1630684800000,
			"type": "month"
		},
		"action": "Get knowledge report",
		"description": "Get the knowledge report of the tenant (questions, intentions and voice chats) for a date, or for the last 30 days by month"
	},
	{
		"section": "10.15.4",
		"title": "Querying Top 10 Hot Chatbot Information",
		"family": "oiap",
		"resource": "report",
		"operation": "getTopChatbots",
		"name": "Get Top Chatbots",
		"method": "POST",
		"path": "/oifde/rest/api/queryChatbotHotspotData",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "type",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Period of the report",
				"options": [
					{
						"value": "day",
						"name": "By Day",
						"description": "The data of the given date"
					},
					{
						"value": "month",
						"name": "By Month",
						"description": "The data of the last 30 days; the end time is one day after the timestamp"
					}
				],
				"displayName": "Period"
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "timestamp",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Date of the report",
				"displayName": "Date",
				"dateFormat": "epochMs"
			}
		],
		"result": {
			"convention": "errorCode",
			"itemsPath": "."
		},
		"example": {
			"tenantId": "202104237142",
			"timestamp": 1630684800000,
			"type": "month"
		},
		"action": "Get top 10 hot chatbots",
		"description": "Get the 10 most used chatbots of the tenant, for a date or the last 30 days"
	},
	{
		"section": "10.16",
		"title": "Querying the Offline Analysis of Outbound Call Failure Causes",
		"family": "oiap",
		"resource": "report",
		"operation": "getOutboundFailureAnalysis",
		"name": "Get Outbound Failure Analysis",
		"method": "POST",
		"path": "/oifde/rest/api/queryRbtRecognitionResult",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "beginTime",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Start of the time range; only the month of the start time is searched",
				"displayName": "Start Time",
				"dateFormat": "epochMs"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "End of the time range",
				"dateFormat": "epochMs"
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "pageNum",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Page to return, from 1",
				"default": 1,
				"displayName": "Page Number"
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of records on each page",
				"max": 1000,
				"default": 1000
			}
		],
		"result": {
			"convention": "errorCode",
			"itemsPath": "rbtRecognitions",
			"totalPath": "total"
		},
		"paging": {
			"style": "page",
			"pageField": "pageNum",
			"sizeField": "pageSize",
			"firstPage": 1,
			"maxSize": 1000
		},
		"example": {
			"beginTime": 1631203200000,
			"endTime": 1631289540000,
			"tenantId": "xxxxxx",
			"pageNum": 1,
			"pageSize": 100
		},
		"action": "Get outbound call failure analysis",
		"description": "List the offline analysis of why outbound calls failed (ringback tone recognition) within a time range"
	},
	{
		"section": "10.17.1",
		"title": "Text Classification Interface",
		"family": "oiap",
		"resource": "intelligentCase",
		"operation": "classifyText",
		"name": "Classify Text",
		"method": "POST",
		"path": "/oifde/rest/api/textClassification",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Language of the text, as supported by the text classification model",
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
						"value": "es_ES",
						"name": "Spanish"
					},
					{
						"value": "ar",
						"name": "Arabic"
					},
					{
						"value": "th_TH",
						"name": "Thai"
					},
					{
						"value": "pt_BR",
						"name": "Portuguese"
					}
				]
			},
			{
				"name": "text",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Text to classify",
				"maxLength": 4096
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "fangyg",
			"language": "zh_CN",
			"text": "Failed to issue the invoice."
		},
		"action": "Classify text",
		"description": "Classify a text into case categories for intelligent case filling"
	},
	{
		"section": "10.17.2",
		"title": "Entity Recognition Interface",
		"family": "oiap",
		"resource": "intelligentCase",
		"operation": "recognizeEntities",
		"name": "Recognize Entities",
		"method": "POST",
		"path": "/oifde/rest/api/entityDetection",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Language of the sentence, as supported by the entity recognition model",
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
						"value": "es_ES",
						"name": "Spanish"
					},
					{
						"value": "ar",
						"name": "Arabic"
					},
					{
						"value": "th_TH",
						"name": "Thai"
					},
					{
						"value": "pt_BR",
						"name": "Portuguese"
					}
				]
			},
			{
				"name": "sentence",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Sentence to find entities in",
				"maxLength": 4096
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "202104237142",
			"language": "en_US",
			"sentence": "On Wanglong Road, Yuelu Avenue, Yuelu District, Changsha, travel is affected due to serious water accumulation after the heavy rain."
		},
		"action": "Recognize entities in text",
		"description": "Find the entities (places, dates, names...) in a sentence for intelligent case filling"
	},
	{
		"section": "10.19",
		"title": "Semantic Recognition Interface",
		"family": "oiap",
		"resource": "semanticRecognition",
		"operation": "recognize",
		"name": "Recognize",
		"method": "POST",
		"path": "/oifde/rest/api/speechrecognition",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the customer",
				"maxLength": 64,
				"displayName": "User ID"
			},
			{
				"name": "sentence",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "What the customer said or typed",
				"maxLength": 1024
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"maxLength": 64,
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Language of the sentence",
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
						"value": "es_ES",
						"name": "Spanish"
					},
					{
						"value": "ar",
						"name": "Arabic"
					},
					{
						"value": "th_TH",
						"name": "Thai"
					},
					{
						"value": "pt_BR",
						"name": "Portuguese"
					},
					{
						"value": "fr_FR",
						"name": "French"
					}
				]
			},
			{
				"name": "targetIntentCount",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "How many intentions to return when one sentence may match several, from 1 to 5",
				"displayName": "Number of Intentions"
			},
			{
				"name": "confidence2Top",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Largest confidence gap between the returned intentions and the best one, from 0 to 1; smaller returns closer intentions",
				"displayName": "Confidence Gap to Top"
			},
			{
				"name": "context",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "One context for intention recognition, as configured on the intention",
				"maxLength": 128
			},
			{
				"name": "domainList",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": false,
				"description": "IDs of the activated domains to use",
				"maxItems": 100,
				"displayName": "Domain IDs"
			},
			{
				"name": "faqGroupList",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": false,
				"description": "IDs of the activated FAQ groups to use",
				"maxItems": 100,
				"displayName": "FAQ Group IDs"
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"userId": "1649209493813571405",
			"sentence": "Query the call fee.",
			"tenantId": "202205125916",
			"language": "en_US",
			"targetIntentCount": "2",
			"confidence2Top": "0.5",
			"context": "Query the call fee.",
			"domainList": [
				10039
			],
			"faqGroupList": [
				10952,
				10950
			]
		},
		"action": "Recognize intention of sentence",
		"description": "Recognize the intentions and FAQ answers that match what a customer said or typed"
	},
	{
		"section": "10.20.1",
		"title": "Interface for Querying the RPA Task List",
		"family": "oiap",
		"resource": "rpa",
		"operation": "getManyTasks",
		"name": "Get Many Tasks",
		"method": "POST",
		"path": "/oifde/rest/api/rpa/queryJob",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"maxLength": 64,
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "pageNo",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Page to return, from 1",
				"default": 1,
				"displayName": "Page Number"
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of records on each page: 5, 10, 20 or 50",
				"default": 50
			},
			{
				"name": "conditions",
				"in": "body",
				"type": "json",
				"required": false,
				"description": "Other search criteria, as JSON"
			},
			{
				"name": "jobName",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Part of the task name to search for",
				"displayName": "Task Name"
			},
			{
				"name": "status",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Status of the tasks to list: init (to be executed), running, suspend (suspended) or success (completed)"
			}
		],
		"result": {
			"convention": "errorCode",
			"itemsPath": "jobs",
			"totalPath": "total"
		},
		"example": {
			"tenantId": "202201072597",
			"pageNo": 1,
			"pageSize": 10,
			"conditions": {}
		},
		"paging": {
			"style": "page",
			"pageField": "pageNo",
			"sizeField": "pageSize",
			"firstPage": 1,
			"maxSize": 50
		},
		"action": "Get many RPA tasks",
		"description": "List the RPA tasks of the tenant, optionally by name or status"
	},
	{
		"section": "10.20.2",
		"title": "Interface for Querying RPA Task Details",
		"family": "oiap",
		"resource": "rpa",
		"operation": "getTask",
		"name": "Get Task",
		"method": "POST",
		"path": "/oifde/rest/api/rpa/queryJobDetails",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"maxLength": 64,
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "jobName",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Name of the task; give this or the task UUID",
				"displayName": "Task Name"
			},
			{
				"name": "uid",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "UUID of the task; used over the task name when both are given",
				"displayName": "Task",
				"lookup": {
					"section": "10.20.1",
					"valuePath": "uid",
					"labelPath": "jobName"
				}
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "202201072597",
			"uid": "0c9358552188478a8d5ff9203db8791f"
		},
		"action": "Get RPA task",
		"description": "Get the details of one RPA task by its UUID or name"
	},
	{
		"section": "10.20.3",
		"title": "Interface for Creating RPA Queue Data",
		"family": "oiap",
		"resource": "rpa",
		"operation": "createQueueData",
		"name": "Create Queue Data",
		"method": "POST",
		"path": "/oifde/rest/api/rpa/createRpaQueueData",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"maxLength": 64,
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "tag",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Label of the queue data, unique within the queue",
				"maxLength": 32,
				"displayName": "Label"
			},
			{
				"name": "priority",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Priority of the queue data",
				"options": [
					{
						"value": "low",
						"name": "Low"
					},
					{
						"value": "normal",
						"name": "Normal"
					},
					{
						"value": "high",
						"name": "High"
					}
				],
				"default": "normal"
			},
			{
				"name": "inputJsonData",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Data of the queue item, as JSON text",
				"maxLength": 65535,
				"displayName": "Input Data (JSON)"
			},
			{
				"name": "expectStartTime",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "When processing should start",
				"min": 0,
				"max": 7258089600000,
				"displayName": "Planned Start Time",
				"dateFormat": "epochMs"
			},
			{
				"name": "expectEndTime",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "When processing should end",
				"min": 0,
				"max": 7258089600000,
				"displayName": "Planned End Time",
				"dateFormat": "epochMs"
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Description of the queue data",
				"maxLength": 100
			},
			{
				"name": "queueUid",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "UUID of the queue",
				"displayName": "Queue UUID"
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "202201010101",
			"inputJsonData": {
				"caseId": "0000000002",
				"userId": "123456"
			},
			"description": "Queue data description",
			"queueUid": "123456789",
			"priority": "normal"
		},
		"action": "Create RPA queue data",
		"description": "Add a data item to an RPA queue for robots to process"
	},
	{
		"section": "10.20.4",
		"title": "Interface for Querying RPA Queue Data",
		"family": "oiap",
		"resource": "rpa",
		"operation": "getManyQueueData",
		"name": "Get Many Queue Data",
		"method": "POST",
		"path": "/oifde/rest/api/rpa/queryRpaQueueData",
		"auth": "C3",
		"idempotent": true,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"maxLength": 64,
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "pageNo",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Page to return, from 1",
				"default": 1,
				"displayName": "Page Number"
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of records on each page: 5, 10, 20 or 50",
				"default": 50
			},
			{
				"name": "conditions",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "What to list; give the queue data UUID, the queue UUID or the queue name",
				"children": [
					{
						"name": "uid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "UUID of the queue data; give this, the queue UUID or the queue name",
						"displayName": "Queue Data UUID"
					},
					{
						"name": "queueUid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "UUID of the queue; give this, the queue data UUID or the queue name",
						"displayName": "Queue UUID"
					},
					{
						"name": "queueName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Name of the queue; give this, the queue data UUID or the queue UUID",
						"maxLength": 32,
						"displayName": "Queue Name"
					},
					{
						"name": "tag",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Label of the queue data",
						"displayName": "Label"
					},
					{
						"name": "status",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Processing status of the queue data",
						"options": [
							{
								"value": "init",
								"name": "Waiting"
							},
							{
								"value": "processing",
								"name": "Processing"
							},
							{
								"value": "success",
								"name": "Succeeded"
							},
							{
								"value": "failed",
								"name": "Failed"
							}
						]
					},
					{
						"name": "inactivated",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Whether to list enabled or disabled queues; enabled when empty",
						"options": [
							{
								"value": "active",
								"name": "Enabled"
							},
							{
								"value": "inactive",
								"name": "Disabled"
							}
						],
						"displayName": "Enabled"
					},
					{
						"name": "priority",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Priority of the queue data",
						"options": [
							{
								"value": "low",
								"name": "Low"
							},
							{
								"value": "normal",
								"name": "Normal"
							},
							{
								"value": "high",
								"name": "High"
							}
						]
					}
				]
			}
		],
		"result": {
			"convention": "errorCode",
			"itemsPath": "queueData",
			"totalPath": "total"
		},
		"example": {
			"tenantId": "202201072597",
			"pageNo": 1,
			"pageSize": 10,
			"conditions": {
				"uid": "000145cdb75b3a514821872b9734f02ae76d",
				"queueUid": "00019cad3dd5c71d4696b209d7024fa04d3a"
			}
		},
		"paging": {
			"style": "page",
			"pageField": "pageNo",
			"sizeField": "pageSize",
			"firstPage": 1,
			"maxSize": 50
		},
		"action": "Get many RPA queue data",
		"description": "List the data items of an RPA queue, optionally by label, status or priority"
	},
	{
		"section": "10.21",
		"title": "Interface for Generating TTS Voices Based on Texts",
		"family": "oiap",
		"resource": "tts",
		"operation": "synthesize",
		"name": "Synthesize Speech",
		"method": "POST",
		"path": "/oifde/rest/api/tts/texttovoice",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"fromCredential": {
					"field": "appKey"
				},
				"displayName": "Tenant ID"
			},
			{
				"name": "text",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Text to turn into speech, UTF-8"
			},
			{
				"name": "config",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Voice, pitch, volume and speed of the speech",
				"children": [
					{
						"name": "voiceName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Voice model to use",
						"options": [
							{
								"value": "cn_chengshuxing_common",
								"name": "Mature"
							},
							{
								"value": "cn_kefuman_common",
								"name": "Graceful"
							},
							{
								"value": "cn_roumeiqian_common",
								"name": "Soft"
							},
							{
								"value": "cn_tianmeiru_common",
								"name": "Sweet"
							},
							{
								"value": "cn_ziranzhen_common",
								"name": "Natural"
							}
						],
						"displayName": "Voice"
					},
					{
						"name": "pitch",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Pitch adjustment, from -500 to 500",
						"default": "0"
					},
					{
						"name": "volume",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Volume, from 0 to 100",
						"default": "50"
					},
					{
						"name": "speed",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Speech speed adjustment, from -500 to 500",
						"default": "0"
					}
				],
				"displayName": "Voice Settings"
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"config": {
				"voiceName": "cn_tianmeiru_common"
			},
			"text": "Hello, test the TTS interface.",
			"tenantId": "*****"
		},
		"action": "Synthesize speech from text",
		"description": "Turn a text into speech with a chosen voice, pitch, volume and speed, and get the audio Base64-encoded with sentence timings"
	},
	{
		"section": "10.22",
		"title": "Offline Conversion Callback Interface",
		"family": "oiap",
		"resource": "offlineConversion",
		"operation": "returnResult",
		"name": "Return Result",
		"method": "POST",
		"path": "/oifde/rest/sysapi/asrcallback",
		"auth": "C3",
		"idempotent": false,
		"fields": [
			{
				"name": "Body",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Conversion result to write back",
				"children": [
					{
						"name": "state",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "Status of the conversion",
						"children": [
							{
								"name": "code",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Result code of the conversion",
								"displayName": "Result Code"
							},
							{
								"name": "success",
								"in": "body",
								"type": "boolean",
								"required": true,
								"description": "Whether the conversion succeeded",
								"options": [
									{
										"value": true,
										"name": "Success"
									},
									{
										"value": false,
										"name": "Failure"
									}
								],
								"displayName": "Success"
							}
						],
						"displayName": "State"
					},
					{
						"name": "Body",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "Converted content",
						"children": [
							{
								"name": "aid",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Unique ID of the audio file, as passed by the client",
								"displayName": "Audio ID"
							},
							{
								"name": "lattices",
								"in": "body",
								"type": "array",
								"itemType": "object",
								"required": true,
								"description": "Converted text, segment by segment",
								"children": [
									{
										"name": "lid",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Sequence number of the segment",
										"displayName": "Segment Number"
									},
									{
										"name": "begin",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Start time of the segment",
										"displayName": "Start"
									},
									{
										"name": "end",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "End time of the segment",
										"displayName": "End"
									},
									{
										"name": "onebest",
										"in": "body",
										"type": "string",
										"required": true,
										"description": "Text of the segment",
										"displayName": "Text"
									},
									{
										"name": "spk",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Role of the speaker",
										"displayName": "Speaker"
									}
								],
								"displayName": "Segments"
							}
						],
						"displayName": "Result Body"
					}
				],
				"displayName": "Result"
			}
		],
		"shapeNote": "Sent as Tables 10-130/10-131 print it: a Body object holding state and Body. The request example spells both keys \"body\" in lowercase (same nesting); use Body Override for a server that wants that spelling. Table 10-129 lists userName/token headers while 4.4 NOTE point 3 names them appkey (the user name) and authToken: the credential sends all four (the header token mode of C3). The answer uses retCode \"0\".",
		"result": {
			"convention": "auto"
		},
		"example": {
			"body": {
				"state": {
					"code": 0,
					"success": true
				},
				"body": {
					"aid": "FJKkMeepk8l",
					"lattices": [
						{
							"begin": 4360,
							"end": 5970,
							"lid": 0,
							"onebest": "Hello, is the call connected?",
							"spk": 0
						}
					]
				}
			}
		},
		"oiapTokenIn": "header",
		"action": "Return offline conversion result",
		"description": "Send the result of an offline speech to text conversion (the text of each segment) back to the flow",
		"notForAiTools": true
	}
];
