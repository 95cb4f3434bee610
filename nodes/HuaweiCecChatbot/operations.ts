// Registry entries of HuaweiCecChatbot, one per interface of the CEC 2.5 reference, keyed by doc section.
// Derived by scripts/generate-specs.cjs from reference/sections.json, then reviewed by hand.
import type { ResourceSpec } from '../shared/registry/describe';
import type { OperationSpec } from '../shared/registry/types';

export const RESOURCES: ResourceSpec[] = [
	{
		"value": "domain",
		"name": "Domain"
	},
	{
		"value": "dialogBinding",
		"name": "Dialog ID Binding"
	},
	{
		"value": "flow",
		"name": "Flow"
	},
	{
		"value": "dialog",
		"name": "Dialog"
	},
	{
		"value": "dialogV1",
		"name": "Dialog (V1)"
	},
	{
		"value": "record",
		"name": "Interaction and Session Record"
	},
	{
		"value": "faq",
		"name": "FAQ"
	},
	{
		"value": "intention",
		"name": "Intention"
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
		"value": "report",
		"name": "Statistics Report"
	},
	{
		"value": "intelligentCase",
		"name": "Intelligent Case"
	},
	{
		"value": "semanticRecognition",
		"name": "Semantic Recognition"
	},
	{
		"value": "rpa",
		"name": "GTS RPA"
	},
	{
		"value": "tts",
		"name": "TTS"
	},
	{
		"value": "offlineConversion",
		"name": "Offline Conversion"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "10.2",
		"title": "Domain Query Interface",
		"family": "oiap",
		"resource": "domain",
		"operation": "getDomains",
		"name": "Get Domains",
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Language. The options are as follows: • zh_CN: Chinese • en_US: English • es_ES: Spanish • ar: Arabic • fr_FR: French If this parameter is left blank or set to \"\", domains in all languages are returned. If a language is specified, only domains in the specified language are returned.",
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
		}
	},
	{
		"section": "10.3.1",
		"title": "Interface for Querying Dialog ID Binding Relationships",
		"family": "oiap",
		"resource": "dialogBinding",
		"operation": "getBindings",
		"name": "Get Dialog ID Bindings",
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "accessCode",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Access ID. If this parameter is not passed, all binding relationships of the tenant are queried. If this parameter is passed, the pageNum and pageSize parameters need to be passed. The value can contain a maximum of 20 characters.",
				"maxLength": 20
			},
			{
				"name": "pageNum",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Page number. Number of the page to be queried. The value 1 is for the first page."
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Number of records on each page. The value can be 5, 10, 20, 50, or 100."
			},
			{
				"name": "source",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Source device that initiates a dialog. • IVR: IVR flow • OIFDE: intelligent flow configured by the ODFS • If this parameter is not passed, the IVR is queried by default. The value can contain a maximum of 64 characters.",
				"maxLength": 64,
				"options": [
					{
						"value": "IVR",
						"name": "IVR flow"
					},
					{
						"value": "OIFDE",
						"name": "intelligent flow configured by the ODFS"
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
		}
	},
	{
		"section": "10.3.2",
		"title": "Interface for Adding Dialog ID Binding Relationships",
		"family": "oiap",
		"resource": "dialogBinding",
		"operation": "create",
		"name": "Create Dialog ID Binding",
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "accessCode",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Access ID. If this parameter is not passed, the system automatically generates an access ID. In the OP scenario, if source is left empty or set to IVR, this parameter is mandatory, and the value can contain a maximum of 20 characters. In the SaaS scenario, if createFlag is not empty, the access code generated by the system is used, and this parameter is optional. In the SaaS scenario, if create..."
			},
			{
				"name": "domainId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Domain ID."
			},
			{
				"name": "dialogType",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Dialog type. 1: voice navigation 2: intelligent outbound call 3: chatbot 4: IVR flow",
				"options": [
					{
						"value": 1,
						"name": "voice navigation"
					},
					{
						"value": 2,
						"name": "intelligent outbound call"
					},
					{
						"value": 3,
						"name": "chatbot"
					},
					{
						"value": 4,
						"name": "IVR flow"
					}
				]
			},
			{
				"name": "flowCode",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Flow code."
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Description. Either description or createFlag must be set. The value is used as the flow description in the SaaS scenario. It must be globally unique and can contain a maximum of 50 characters.",
				"maxLength": 50
			},
			{
				"name": "source",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Source device that initiates a dialog. ● IVR: IVR flow ● OIFDE: intelligent flow configured by the ODFS ● If this parameter is not set, the IVR is used by default.",
				"options": [
					{
						"value": "IVR",
						"name": "IVR flow"
					},
					{
						"value": "OIFDE",
						"name": "intelligent flow configured by the ODFS"
					}
				]
			},
			{
				"name": "createFlag",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Creation flag. Either description or createFlag must be set. • 0: In the scenario where a chatbot is added, add the binding relationship between the chatbot and flow. • 1: In the scenario where flows (duplicate names are allowed) and access codes are imported, if the binding relationship is found, delete the binding relationship, and then add the binding relationship.",
				"options": [
					{
						"value": "0",
						"name": "In the scenario where a chatbot is added, add the binding relationship between the chatbot and flow"
					},
					{
						"value": "1",
						"name": "In the scenario where flows (duplicate names are allowed) and access codes are imported, if the binding relationship is found, delete the binding relationship, and then add the binding relationship"
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
			"domainId": 10001,
			"dialogType": 1,
			"flowCode": "flowxxxxx",
			"description": ""
		}
	},
	{
		"section": "10.3.3",
		"title": "Interface for Modifying Dialog ID Binding Relationships",
		"family": "oiap",
		"resource": "dialogBinding",
		"operation": "update",
		"name": "Update Dialog ID Binding",
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "accessId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Internal sequence number of a dialog ID binding relationship."
			},
			{
				"name": "accessCode",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Access ID. The value can contain a maximum of 20 characters.",
				"maxLength": 20
			},
			{
				"name": "domainId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Domain ID."
			},
			{
				"name": "dialogType",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Dialog type. • 1: voice navigation • 2: intelligent outbound call • 3: chatbot • 4: IVR flow",
				"options": [
					{
						"value": 1,
						"name": "voice navigation"
					},
					{
						"value": 2,
						"name": "intelligent outbound call"
					},
					{
						"value": 3,
						"name": "chatbot"
					},
					{
						"value": 4,
						"name": "IVR flow"
					}
				]
			},
			{
				"name": "flowCode",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Flow code."
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Description."
			},
			{
				"name": "source",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Source device that initiates a dialog. • IVR: IVR flow • OIFDE: intelligent flow configured by the ODFS",
				"options": [
					{
						"value": "IVR",
						"name": "IVR flow"
					},
					{
						"value": "OIFDE",
						"name": "intelligent flow configured by the ODFS"
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
		}
	},
	{
		"section": "10.3.4",
		"title": "Interface for Deleting Dialog ID Binding Relationships",
		"family": "oiap",
		"resource": "dialogBinding",
		"operation": "delete",
		"name": "Delete Dialog ID Bindings",
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "accessIdList",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "List of dialog binding relationship IDs in an array. Each ID is a string."
			},
			{
				"name": "accessCodeList",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"description": "List of dialog binding relationship codes."
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
		}
	},
	{
		"section": "10.4",
		"title": "Flow Query Interface",
		"family": "oiap",
		"resource": "flow",
		"operation": "getFlows",
		"name": "Get Flows",
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "flowId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Flow ID."
			},
			{
				"name": "flowName",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Flow name."
			},
			{
				"name": "flowCode",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Flow code."
			},
			{
				"name": "source",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Flow source. ● IVR: traditional IVR flow ● OIFDE: intelligent flow configured by the ODFS If this parameter is not set, the IVR is used by default.",
				"options": [
					{
						"value": "IVR",
						"name": "traditional IVR flow"
					},
					{
						"value": "OIFDE",
						"name": "intelligent flow configured by the ODFS"
					}
				]
			},
			{
				"name": "pageNum",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Page number. Number of the page to be queried. The value is 1 for the first page."
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of records on each page."
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
		}
	},
	{
		"section": "10.6.1",
		"title": "Dialog Initialization Interface (inaction=8)",
		"family": "oiap",
		"resource": "dialog",
		"operation": "initialize",
		"name": "Initialize Dialog (inaction=8)",
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
				"description": "VDN ID, for gray routing (10.6)."
			},
			{
				"name": "userid",
				"in": "body",
				"type": "string",
				"required": true,
				"maxLength": 64,
				"description": "Call instance ID in the ODFS: subsequent interactions of the same call use the same value. Max 64 characters."
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 8,
						"name": "8"
					}
				],
				"default": 8,
				"description": "Request type: 8 for this interface (Table 10-31)."
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "vir (virtual agent)"
					},
					{
						"value": "ass",
						"name": "ass (agent assistant)"
					}
				],
				"description": "Agent type. The default value is vir."
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"inparams\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Unique call ID, which is the same as the value of userid and is used by the flow. The value can contain a maximum of 64 characters.",
						"maxLength": 64
					},
					{
						"name": "call_sor_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "User ID. (In the voice navigation and voice outbound call scenarios, the value is a user number. In other interaction scenarios, the value is a user ID.) The value can contain a maximum of 64 characters.",
						"maxLength": 64
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Access ID. In the voice navigation scenario, this parameter is set to the flow access code. In the voice outbound call survey scenario, this parameter is set to the flow access code. In other interaction scenarios, this parameter is set to the access ID. The value can contain a maximum of 20 characters.",
						"maxLength": 20
					},
					{
						"name": "real_callee",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Called number for accessing the IVR. This parameter is valid in the voice navigation scenario. The value can contain a maximum of 32 characters.",
						"maxLength": 32
					},
					{
						"name": "cti_callid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call ID of the CTI to which a call is connected, which is transferred by Huawei IVR. In other scenarios, this parameter is left empty. The value can contain a maximum of 32 characters. (Mandatory: No (special field in the voice navigation scenario))",
						"maxLength": 32
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Authorization information, which is the token value returned by the access control system. For details, see 4.4 C3 OIAP Interface Authentication."
					},
					{
						"name": "suilu_region_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Region where the calling party is located. The value can contain a maximum of 64 characters. (Mandatory: No (special field in the voice navigation scenario))",
						"maxLength": 64
					},
					{
						"name": "entrance_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Navigation entrance. ● 01: advertising message ● 02: greeting ● 03: main menu of the first layer ● 04: manual interception ● 05: agent ● 06: access through short numbers ● 07: full-voice portal ● 08: night navigation mode. Customers can access the mode by pressing 0. ● 09: full-voice portal at night ● 10: access through self-service short numbers ● 11: service mode accessed by the customer when...",
						"options": [
							{
								"value": "01",
								"name": "advertising message"
							},
							{
								"value": "02",
								"name": "greeting"
							},
							{
								"value": "03",
								"name": "main menu of the first layer"
							},
							{
								"value": "04",
								"name": "manual interception"
							},
							{
								"value": "05",
								"name": "agent"
							},
							{
								"value": "06",
								"name": "access through short numbers"
							},
							{
								"value": "07",
								"name": "full-voice portal"
							},
							{
								"value": "08",
								"name": "night navigation mode. Customers can access the mode by pressing 0"
							},
							{
								"value": "09",
								"name": "full-voice portal at night"
							},
							{
								"value": "10",
								"name": "access through self-service short numbers"
							},
							{
								"value": "11",
								"name": "service mode accessed by the customer when all agents are in busy state"
							},
							{
								"value": "98",
								"name": "others"
							},
							{
								"value": "99",
								"name": "unidentified"
							}
						]
					},
					{
						"name": "mediaType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Media type (text, audio, video, and so on)."
					},
					{
						"name": "channelType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Channel type. • WEB • INSTAGRAM • TELEGRAM • WECHAT • FACEBOOK • TWITTER • EMAIL • LINE • WHATSAPP • 5G • SMS"
					},
					{
						"name": "responseStyle",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Response style."
					}
				]
			},
			{
				"name": "extparams",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Wrapper object named by the table title/heading \"ExtParams\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "transin_data",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call-associated data parameter agreed by the access party and the OIAP, for example, data packet parameters transferred by the IVR."
					},
					{
						"name": "locationid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call recording node ID."
					},
					{
						"name": "mediaability",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Media capability. • 1: audio • 2: video • 3: audio and video",
						"options": [
							{
								"value": "1",
								"name": "audio"
							},
							{
								"value": "2",
								"name": "video"
							},
							{
								"value": "3",
								"name": "audio and video"
							}
						]
					},
					{
						"name": "ieValue",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call-associated data parameter agreed by the access party and the OIAP. This parameter is used to carry call information if a call is transferred from a third-party platform during interconnection to another platform. Note: In the OIAP flow, the value of this parameter will be anonymized."
					}
				]
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
		}
	},
	{
		"section": "10.6.2",
		"title": "Interface Invoked After Dialog Interaction (inaction=9)",
		"family": "oiap",
		"resource": "dialog",
		"operation": "reportInteraction",
		"name": "Report Interaction Result (inaction=9)",
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
				"description": "VDN ID, for gray routing (10.6)."
			},
			{
				"name": "userid",
				"in": "body",
				"type": "string",
				"required": true,
				"maxLength": 64,
				"description": "Call instance ID in the ODFS: subsequent interactions of the same call use the same value. Max 64 characters."
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 9,
						"name": "9"
					}
				],
				"default": 9,
				"description": "Request type: 9 for this interface (Table 10-31)."
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "vir (virtual agent)"
					},
					{
						"value": "ass",
						"name": "ass (agent assistant)"
					}
				],
				"description": "Agent type. The default value is vir."
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"inparams\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Unique call ID, which is the same as the value of userid and is used by the flow. The value can contain a maximum of 64 characters.",
						"maxLength": 64
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Access ID. 1. In the voice navigation scenario, this parameter is set to the called number. 2. In the voice outbound call survey scenario, this parameter is set to the survey type ID. 3. In other interaction scenarios, this parameter is set to the access ID. The value can contain a maximum of 20 characters.",
						"maxLength": 20
					},
					{
						"name": "flow_result_type",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Result type. ● 1: voice recognition input or text input ● 2: voice key input ● 3: no input (playing only) ● 4: recording ended ● -1: others",
						"options": [
							{
								"value": "1",
								"name": "voice recognition input or text input"
							},
							{
								"value": "2",
								"name": "voice key input"
							},
							{
								"value": "3",
								"name": "no input (playing only)"
							},
							{
								"value": "4",
								"name": "recording ended"
							}
						]
					},
					{
						"name": "input",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Dialog interaction result. • Voice recognition result or text input. The voice recognition result is the ID in Redis value key +@+inter_no format. The text input result is the text content. • Voice key result, which is the key value, for example, 1 and 201801. • playover: voice playing completed • timeout: timeout • nomatch: recognition failure or key pressing failure • sys_err: system exceptio...",
						"maxLength": 1024,
						"options": [
							{
								"value": "playover",
								"name": "voice playing completed"
							},
							{
								"value": "timeout",
								"name": "timeout"
							},
							{
								"value": "nomatch",
								"name": "recognition failure or key pressing failure"
							},
							{
								"value": "sys_err",
								"name": "system exception"
							},
							{
								"value": "hangup",
								"name": "hangup"
							},
							{
								"value": "recordend",
								"name": "recording ended"
							}
						]
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Authorization information, which is the token value returned by the access control system. For details, see 4.4 C3 OIAP Interface Authentication."
					},
					{
						"name": "recordFileName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Full-flow recording path and file name, for example, Y:/record/1/20200421/xxxxxx.wav. (Mandatory: No (special field in the voice navigation scenario that supports full-flow recording))"
					},
					{
						"name": "inter_idx",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number of interaction times. The value is the same as that of inter_idx returned by the ODFS in the previous time. (Mandatory: No (special field in the voice navigation scenario))"
					},
					{
						"name": "begin_play",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Voice playing start time. (Mandatory: No (special field in the voice navigation scenario))"
					},
					{
						"name": "end_play",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Voice playing end time. (Mandatory: No (special field in the voice navigation scenario))"
					},
					{
						"name": "result_time",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Time when the result is generated. (Mandatory: No (special field in the voice navigation scenario))"
					},
					{
						"name": "inter_no",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Recognition ID. (Mandatory: No (special field in the voice navigation scenario))"
					},
					{
						"name": "IACmd",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Field dedicated for intelligent match and intelligent case filling. This parameter must be set to match when intelligent match is used. This parameter can be set to any of the following values when intelligent case filling is used: match: A case filling request is submitted. rematch: An event is re-identified when the classification of the identified event is incorrect. confirm: When an agent s...",
						"options": [
							{
								"value": "match",
								"name": "A case filling request is submitted"
							},
							{
								"value": "rematch",
								"name": "An event is re-identified when the classification of the identified event is incorrect"
							},
							{
								"value": "confirm",
								"name": "When an agent selects a field, the system notifies the ODFS that the field has been confirmed"
							}
						]
					},
					{
						"name": "TextSource",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Whether the input text is from an agent or a user when IACmd is set to match (same for intelligent matching and intelligent case filling). The options are staff and customer. staff: agent customer: user The name of the field selected by the agent is transferred when IACmd is set to confirm, for example, object level 2. This parameter is optional when IACmd is set to rematch. (Mandatory: No (spe...",
						"options": [
							{
								"value": "staff",
								"name": "agent"
							},
							{
								"value": "customer",
								"name": "user"
							}
						]
					},
					{
						"name": "feedback",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Satisfaction. The options are 1 (satisfactory) and 0 (unsatisfactory).",
						"options": [
							{
								"value": 1,
								"name": "satisfactory"
							},
							{
								"value": 0,
								"name": "unsatisfactory"
							}
						]
					},
					{
						"name": "feedbackContent",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Dissatisfaction reason. If the feedback is satisfactory, leave this parameter empty."
					},
					{
						"name": "mediaType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Media type (text, audio, video, and so on). Example: audio or video"
					},
					{
						"name": "channelType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Channel type. • WEB • INSTAGRAM • TELEGRAM • WECHAT • FACEBOOK • TWITTER • EMAIL • LINE • WHATSAPP • 5G • SMS"
					},
					{
						"name": "refeedbackContentcordFileName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Name of a voice recording file."
					},
					{
						"name": "call_media_type",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Type of an inbound IVR call. The options are 1 (audio) and 3 (video).",
						"options": [
							{
								"value": "1",
								"name": "audio"
							},
							{
								"value": "3",
								"name": "video"
							}
						]
					}
				]
			},
			{
				"name": "extparams",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Wrapper object named by the table title/heading \"ExtParams\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "transin_data",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call-associated data parameters agreed by the access party and the OIAP, for example, data packet parameters transferred by the IVR."
					},
					{
						"name": "release_reason",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Reason code reported by the IVR to the ODFS for call release. 0: The call is released in a business flow. 1: The system releases the call abnormally. 2: The user releases the call. (Mandatory: No (special field in the voice navigation scenario))",
						"options": [
							{
								"value": "0",
								"name": "The call is released in a business flow"
							},
							{
								"value": "1",
								"name": "The system releases the call abnormally"
							},
							{
								"value": "2",
								"name": "The user releases the call"
							}
						]
					},
					{
						"name": "queueIndex",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Queuing position of a skill queue. (Mandatory: No (only in the queuing information query scenario))"
					},
					{
						"name": "agentCount",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number of online agents in a skill queue. (Mandatory: No (only in the queuing information query scenario))"
					},
					{
						"name": "estimateTime",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Estimated wait time of a skill queue. (Mandatory: No (only in the queuing information query scenario))"
					},
					{
						"name": "idleAgentCount",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number of idle agents in a skill queue. (Mandatory: No (only in the queuing information query scenario))"
					}
				]
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
		}
	},
	{
		"section": "10.6.3",
		"title": "Interface Invoked After Dialog Transfer (inaction=11)",
		"family": "oiap",
		"resource": "dialog",
		"operation": "reportTransfer",
		"name": "Report Transfer Result (inaction=11)",
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
				"description": "VDN ID, for gray routing (10.6)."
			},
			{
				"name": "userid",
				"in": "body",
				"type": "string",
				"required": true,
				"maxLength": 64,
				"description": "Call instance ID in the ODFS: subsequent interactions of the same call use the same value. Max 64 characters."
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 11,
						"name": "11"
					}
				],
				"default": 11,
				"description": "Request type: 11 for this interface (Table 10-31)."
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "vir (virtual agent)"
					},
					{
						"value": "ass",
						"name": "ass (agent assistant)"
					}
				],
				"description": "Agent type. The default value is vir."
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"inparams\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Unique call ID, which is the same as the value of userid and is used by the flow. The value can contain a maximum of 64 characters.",
						"maxLength": 64
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Access ID. In the voice navigation scenario, this parameter is set to the flow access code. In the voice outbound call survey scenario, this parameter is set to the flow access code. In other interaction scenarios, this parameter is set to the access ID. The value can contain a maximum of 20 characters.",
						"maxLength": 20
					},
					{
						"name": "begin_trans",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Transfer start time."
					},
					{
						"name": "end_trans",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Transfer end time."
					},
					{
						"name": "trans_result",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Transfer result. 0: success Other values: failure"
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Authorization information, which is the token value returned by the access control system. For details, see 4.4 C3 OIAP Interface Authentication."
					},
					{
						"name": "record_result",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Recording result (valid only when the call is successfully transferred to a third-party number.) 0: success Other values: failure"
					},
					{
						"name": "input",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Interaction result. (For details about this parameter, see the following scenarios.) After the transfer is successful, the trans_result parameter that is set to 0 is added to the request, and the input parameter is not required. Then, the access party receives the hangup response (in which outaction is set to 10) of the ODFS, and the access party needs to send the request again. The request nee...",
						"maxLength": 1024
					},
					{
						"name": "inter_idx",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number of interaction times. The value is the same as that of inter_idx returned by the ODFS in the previous time. (Mandatory: No (special field in the voice navigation scenario))"
					},
					{
						"name": "mediaType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Media type (text, audio, video, and so on). Example: audio or video"
					},
					{
						"name": "channelType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Channel type. • WEB • INSTAGRAM • TELEGRAM • WECHAT • FACEBOOK • TWITTER • EMAIL • LINE • WHATSAPP • 5G • SMS"
					}
				]
			},
			{
				"name": "extparams",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Wrapper object named by the table title/heading \"ExtParams\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "transin_data",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call-associated data parameters agreed by the access party and the OIAP, for example, data packet parameters transferred by the IVR."
					}
				]
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
		}
	},
	{
		"section": "10.6.4",
		"title": "Packet Capture and Recording Interface Invoked in the Dialog (inaction=7)",
		"family": "oiap",
		"resource": "dialog",
		"operation": "startRecording",
		"name": "Report Packet Capture and Recording (inaction=7)",
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
				"description": "VDN ID, for gray routing (10.6)."
			},
			{
				"name": "userid",
				"in": "body",
				"type": "string",
				"required": true,
				"maxLength": 64,
				"description": "Call instance ID in the ODFS: subsequent interactions of the same call use the same value. Max 64 characters."
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 7,
						"name": "7"
					}
				],
				"default": 7,
				"description": "Request type: 7 for this interface (Table 10-31)."
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "vir (virtual agent)"
					},
					{
						"value": "ass",
						"name": "ass (agent assistant)"
					}
				],
				"description": "Agent type. The default value is vir."
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"inparams\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Unique call ID, which is the same as the value of userid and is used by the flow. The value can contain a maximum of 64 characters.",
						"maxLength": 64
					},
					{
						"name": "call_sor_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Subscriber ID. (In the voice navigation and voice outbound call scenarios, the subscriber number is transferred. In other interaction scenarios, the subscriber ID is transferred.) The value can contain a maximum of 64 characters.",
						"maxLength": 64
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Access ID. 1. In the voice navigation scenario, this parameter is set to the flow access code. 2. In the voice outbound call survey scenario, this parameter is set to the flow access code. 3. In other interaction scenarios, this parameter is set to the access ID. The value can contain a maximum of 20 characters.",
						"maxLength": 20
					},
					{
						"name": "real_callee",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Called number for accessing the IVR. This parameter is valid in the voice navigation scenario. The value can contain a maximum of 32 characters.",
						"maxLength": 32
					},
					{
						"name": "cti_callid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call ID of the CTI to which a call is connected, which is transferred by Huawei IVR. In other scenarios, this parameter is left empty. The value can contain a maximum of 32 characters. (Mandatory: No (special field in the voice navigation scenario))",
						"maxLength": 32
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Authorization information, which is the token value returned by the access control system."
					}
				]
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
		}
	},
	{
		"section": "10.6.5",
		"title": "Recognition Result Requesting Interface (inaction=13)",
		"family": "oiap",
		"resource": "dialog",
		"operation": "requestRecognitionResult",
		"name": "Request Recognition Result (inaction=13)",
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
				"description": "VDN ID, for gray routing (10.6)."
			},
			{
				"name": "userid",
				"in": "body",
				"type": "string",
				"required": true,
				"maxLength": 64,
				"description": "Call instance ID in the ODFS: subsequent interactions of the same call use the same value. Max 64 characters."
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 13,
						"name": "13"
					}
				],
				"default": 13,
				"description": "Request type: 13 for this interface (Table 10-31)."
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "vir (virtual agent)"
					},
					{
						"value": "ass",
						"name": "ass (agent assistant)"
					}
				],
				"description": "Agent type. The default value is vir."
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"inparams\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Unique call ID, which is the same as the value of userid and is used by the flow. The value can contain a maximum of 64 characters.",
						"maxLength": 64
					},
					{
						"name": "call_sor_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "User ID. (In the voice navigation and voice outbound call scenarios, the user number is transferred. In other interaction scenarios, the user ID is transferred.) The value can contain a maximum of 64 characters.",
						"maxLength": 64
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Access ID. In the voice navigation scenario, this parameter is set to the flow access code. In the voice outbound call survey scenario, this parameter is set to the flow access code. In other interaction scenarios, this parameter is set to the access ID. The value can contain a maximum of 20 characters.",
						"maxLength": 20
					},
					{
						"name": "real_callee",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Called number for accessing the IVR. This parameter is valid in the voice navigation scenario. The value can contain a maximum of 32 characters.",
						"maxLength": 32
					},
					{
						"name": "cti_callid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call ID of the CTI to which a call is connected, which is transferred by Huawei IVR. In other scenarios, this parameter is left empty. The value can contain a maximum of 32 characters. (Mandatory: No (special field in the voice navigation scenario))",
						"maxLength": 32
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Authorization information, which is the token value returned by the access control system."
					}
				]
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
		}
	},
	{
		"section": "10.5.1",
		"title": "Dialog Initialization Interface (inaction=8)",
		"family": "oiap",
		"resource": "dialogV1",
		"operation": "initializeV1",
		"name": "Initialize Dialog (inaction=8, V1)",
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
				"description": "Call instance ID in the ODFS: subsequent interactions of the same call use the same value. Max 64 characters."
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 8,
						"name": "8"
					}
				],
				"default": 8,
				"description": "Request type: 8 for this interface (Table 10-31)."
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "vir (virtual agent)"
					},
					{
						"value": "ass",
						"name": "ass (agent assistant)"
					}
				],
				"description": "Agent type. The default value is vir."
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"inparams\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Unique call ID, which is the same as the value of userid and is used by the flow. The value can contain a maximum of 64 characters.",
						"maxLength": 64
					},
					{
						"name": "call_sor_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "User ID. (In the voice navigation and voice outbound call scenarios, the value is a user number. In other interaction scenarios, the value is a user ID.) The value can contain a maximum of 64 characters.",
						"maxLength": 64
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Access ID. 1. In the voice navigation scenario, this parameter is set to the flow access code. 2. In the voice outbound call survey scenario, this parameter is set to the flow access code. 3. In other interaction scenarios, this parameter is set to the access ID. The value can contain a maximum of 20 characters.",
						"maxLength": 20
					},
					{
						"name": "real_callee",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Called number for accessing the IVR. This parameter is valid in the voice navigation scenario. The value can contain a maximum of 32 characters.",
						"maxLength": 32
					},
					{
						"name": "cti_callid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call ID of the CTI to which a call is connected, which is transferred by Huawei IVR. In other scenarios, this parameter is left empty. The value can contain a maximum of 32 characters. (Mandatory: No (special field in the voice navigation scenario))",
						"maxLength": 32
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Authorization information, which is the token value returned by the access control system. For details, see 4.4 C3 OIAP Interface Authentication."
					},
					{
						"name": "suilu_region_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Region where the calling party is located. The value can contain a maximum of 64 characters. (Mandatory: No (special field in the voice navigation scenario))",
						"maxLength": 64
					},
					{
						"name": "entrance_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Navigation entrance. ● 01: advertising message ● 02: greeting ● 03: main menu of the first layer ● 04: manual interception ● 05: agent ● 06: access through short numbers ● 07: full-voice portal ● 08: night navigation mode. Customers can access the mode by pressing 0. ● 09: full-voice portal at night ● 10: access through self-service short numbers ● 11: service mode accessed by the customer when...",
						"options": [
							{
								"value": "01",
								"name": "advertising message"
							},
							{
								"value": "02",
								"name": "greeting"
							},
							{
								"value": "03",
								"name": "main menu of the first layer"
							},
							{
								"value": "04",
								"name": "manual interception"
							},
							{
								"value": "05",
								"name": "agent"
							},
							{
								"value": "06",
								"name": "access through short numbers"
							},
							{
								"value": "07",
								"name": "full-voice portal"
							},
							{
								"value": "08",
								"name": "night navigation mode. Customers can access the mode by pressing 0"
							},
							{
								"value": "09",
								"name": "full-voice portal at night"
							},
							{
								"value": "10",
								"name": "access through self-service short numbers"
							},
							{
								"value": "11",
								"name": "service mode accessed by the customer when all agents are in busy state"
							},
							{
								"value": "98",
								"name": "others"
							},
							{
								"value": "99",
								"name": "unidentified"
							}
						]
					},
					{
						"name": "mediaType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Media type (text, audio, video, and so on)."
					},
					{
						"name": "channelType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Channel type. • WEB • INSTAGRAM • TELEGRAM • WECHAT • FACEBOOK • TWITTER • EMAIL • LINE • WHATSAPP • 5G • SMS"
					},
					{
						"name": "responseStyle",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Response style."
					}
				]
			},
			{
				"name": "extparams",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Wrapper object named by the table title/heading \"ExtParams\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "transin_data",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call-associated data parameter agreed by the access party and the OIAP, for example, data packet parameters transferred by the IVR."
					},
					{
						"name": "locationid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call recording node ID."
					},
					{
						"name": "mediaability",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Media capability. • 1: audio • 2: video • 3: audio and video",
						"options": [
							{
								"value": "1",
								"name": "audio"
							},
							{
								"value": "2",
								"name": "video"
							},
							{
								"value": "3",
								"name": "audio and video"
							}
						]
					},
					{
						"name": "ieValue",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call-associated data parameter agreed by the access party and the OIAP. This parameter is used to carry call information if a call is transferred from a third-party platform during interconnection to another platform. Note: In the OIAP flow, the value of this parameter will be anonymized."
					}
				]
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
		}
	},
	{
		"section": "10.5.2",
		"title": "Interface Invoked After Dialog Interaction (inaction=9)",
		"family": "oiap",
		"resource": "dialogV1",
		"operation": "reportInteractionV1",
		"name": "Report Interaction Result (inaction=9, V1)",
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
				"description": "Call instance ID in the ODFS: subsequent interactions of the same call use the same value. Max 64 characters."
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 9,
						"name": "9"
					}
				],
				"default": 9,
				"description": "Request type: 9 for this interface (Table 10-31)."
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "vir (virtual agent)"
					},
					{
						"value": "ass",
						"name": "ass (agent assistant)"
					}
				],
				"description": "Agent type. The default value is vir."
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"inparams\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Unique call ID, which is the same as the value of userid and is used by the flow. The value can contain a maximum of 64 characters.",
						"maxLength": 64
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Access ID. 1. In the voice navigation scenario, this parameter is set to the called number. 2. In the voice outbound call survey scenario, this parameter is set to the survey type ID. 3. In other interaction scenarios, this parameter is set to the access ID. The value can contain a maximum of 20 characters.",
						"maxLength": 20
					},
					{
						"name": "flow_result_type",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Result type. ● 1: voice recognition input or text input ● 2: voice key input ● 3: no input (playing only) ● 4: recording ended ● -1: others",
						"options": [
							{
								"value": "1",
								"name": "voice recognition input or text input"
							},
							{
								"value": "2",
								"name": "voice key input"
							},
							{
								"value": "3",
								"name": "no input (playing only)"
							},
							{
								"value": "4",
								"name": "recording ended"
							}
						]
					},
					{
						"name": "input",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Dialog interaction result. • Voice recognition result or text input. The voice recognition result is the ID in Redis value key +@+inter_no format. The text input result is the text content. • Voice key result, which is the key value, for example, 1 and 201801. • playover: voice playing completed • timeout: timeout • nomatch: recognition failure or key pressing failure • sys_err: system exceptio...",
						"maxLength": 1024,
						"options": [
							{
								"value": "playover",
								"name": "voice playing completed"
							},
							{
								"value": "timeout",
								"name": "timeout"
							},
							{
								"value": "nomatch",
								"name": "recognition failure or key pressing failure"
							},
							{
								"value": "sys_err",
								"name": "system exception"
							},
							{
								"value": "hangup",
								"name": "hangup"
							},
							{
								"value": "recordend",
								"name": "recording ended"
							}
						]
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Authorization information, which is the token value returned by the access control system. For details, see 4.4 C3 OIAP Interface Authentication."
					},
					{
						"name": "recordFileName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Full-flow recording path and file name, for example, Y:/record/1/20200421/xxxxxx.wav. (Mandatory: No (special field in the voice navigation scenario that supports full-flow recording))"
					},
					{
						"name": "inter_idx",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number of interaction times. The value is the same as that of inter_idx returned by the ODFS in the previous time. (Mandatory: No (special field in the voice navigation scenario))"
					},
					{
						"name": "begin_play",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Voice playing start time. (Mandatory: No (special field in the voice navigation scenario))"
					},
					{
						"name": "end_play",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Voice playing end time. (Mandatory: No (special field in the voice navigation scenario))"
					},
					{
						"name": "result_time",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Time when the result is generated. (Mandatory: No (special field in the voice navigation scenario))"
					},
					{
						"name": "inter_no",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Recognition ID. (Mandatory: No (special field in the voice navigation scenario))"
					},
					{
						"name": "IACmd",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Field dedicated for intelligent match and intelligent case filling. This parameter must be set to match when intelligent match is used. This parameter can be set to any of the following values when intelligent case filling is used: match: A case filling request is submitted. rematch: An event is re-identified when the classification of the identified event is incorrect. confirm: When an agent s...",
						"options": [
							{
								"value": "match",
								"name": "A case filling request is submitted"
							},
							{
								"value": "rematch",
								"name": "An event is re-identified when the classification of the identified event is incorrect"
							},
							{
								"value": "confirm",
								"name": "When an agent selects a field, the system notifies the ODFS that the field has been confirmed"
							}
						]
					},
					{
						"name": "TextSource",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Whether the input text is from an agent or a user when IACmd is set to match (same for intelligent matching and intelligent case filling). The options are staff and customer. staff: agent customer: user The name of the field selected by the agent is transferred when IACmd is set to confirm, for example, object level 2. This parameter is optional when IACmd is set to rematch. (Mandatory: No (spe...",
						"options": [
							{
								"value": "staff",
								"name": "agent"
							},
							{
								"value": "customer",
								"name": "user"
							}
						]
					},
					{
						"name": "feedback",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Satisfaction. The options are 1 (satisfactory) and 0 (unsatisfactory).",
						"options": [
							{
								"value": 1,
								"name": "satisfactory"
							},
							{
								"value": 0,
								"name": "unsatisfactory"
							}
						]
					},
					{
						"name": "feedbackContent",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Dissatisfaction reason. If the feedback is satisfactory, leave this parameter empty."
					},
					{
						"name": "mediaType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Media type (text, audio, video, and so on). Example: audio or video"
					},
					{
						"name": "channelType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Channel type. • WEB • INSTAGRAM • TELEGRAM • WECHAT • FACEBOOK • TWITTER • EMAIL • LINE • WHATSAPP • 5G • SMS"
					},
					{
						"name": "refeedbackContentcordFileName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Name of a voice recording file."
					},
					{
						"name": "call_media_type",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Type of an inbound IVR call. The options are 1 (audio) and 3 (video).",
						"options": [
							{
								"value": "1",
								"name": "audio"
							},
							{
								"value": "3",
								"name": "video"
							}
						]
					}
				]
			},
			{
				"name": "extparams",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Wrapper object named by the table title/heading \"ExtParams\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "transin_data",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call-associated data parameters agreed by the access party and the OIAP, for example, data packet parameters transferred by the IVR."
					},
					{
						"name": "release_reason",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Reason code reported by the IVR to the ODFS for call release. 0: The call is released in a business flow. 1: The system releases the call abnormally. 2: The user releases the call. (Mandatory: No (special field in the voice navigation scenario))",
						"options": [
							{
								"value": "0",
								"name": "The call is released in a business flow"
							},
							{
								"value": "1",
								"name": "The system releases the call abnormally"
							},
							{
								"value": "2",
								"name": "The user releases the call"
							}
						]
					},
					{
						"name": "queueIndex",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Queuing position of a skill queue. (Mandatory: No (only in the queuing information query scenario))"
					},
					{
						"name": "agentCount",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number of online agents in a skill queue. (Mandatory: No (only in the queuing information query scenario))"
					},
					{
						"name": "estimateTime",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Estimated wait time of a skill queue. (Mandatory: No (only in the queuing information query scenario))"
					},
					{
						"name": "idleAgentCount",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number of idle agents in a skill queue. (Mandatory: No (only in the queuing information query scenario))"
					}
				]
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
		}
	},
	{
		"section": "10.5.3",
		"title": "Interface Invoked After Dialog Transfer (inaction=11)",
		"family": "oiap",
		"resource": "dialogV1",
		"operation": "reportTransferV1",
		"name": "Report Transfer Result (inaction=11, V1)",
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
				"description": "Call instance ID in the ODFS: subsequent interactions of the same call use the same value. Max 64 characters."
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 11,
						"name": "11"
					}
				],
				"default": 11,
				"description": "Request type: 11 for this interface (Table 10-31)."
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "vir (virtual agent)"
					},
					{
						"value": "ass",
						"name": "ass (agent assistant)"
					}
				],
				"description": "Agent type. The default value is vir."
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"inparams\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Unique call ID, which is the same as the value of userid and is used by the flow. The value can contain a maximum of 64 characters.",
						"maxLength": 64
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Access ID. In the voice navigation scenario, this parameter is set to the flow access code. In the voice outbound call survey scenario, this parameter is set to the flow access code. In other interaction scenarios, this parameter is set to the access ID. The value can contain a maximum of 20 characters.",
						"maxLength": 20
					},
					{
						"name": "begin_trans",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Transfer start time."
					},
					{
						"name": "end_trans",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Transfer end time."
					},
					{
						"name": "trans_result",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Transfer result. 0: success Other values: failure"
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Authorization information, which is the token value returned by the access control system. For details, see 4.4 C3 OIAP Interface Authentication."
					},
					{
						"name": "record_result",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Recording result (valid only when the call is successfully transferred to a third-party number.) 0: success Other values: failure"
					},
					{
						"name": "input",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Interaction result. (For details about this parameter, see the following scenarios.) After the transfer is successful, the trans_result parameter that is set to 0 is added to the request, and the input parameter is not required. Then, the access party receives the hangup response (in which outaction is set to 10) of the ODFS, and the access party needs to send the request again. The request nee...",
						"maxLength": 1024
					},
					{
						"name": "inter_idx",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number of interaction times. The value is the same as that of inter_idx returned by the ODFS in the previous time. (Mandatory: No (special field in the voice navigation scenario))"
					},
					{
						"name": "mediaType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Media type (text, audio, video, and so on). Example: audio or video"
					},
					{
						"name": "channelType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Channel type. • WEB • INSTAGRAM • TELEGRAM • WECHAT • FACEBOOK • TWITTER • EMAIL • LINE • WHATSAPP • 5G • SMS"
					}
				]
			},
			{
				"name": "extparams",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Wrapper object named by the table title/heading \"ExtParams\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "transin_data",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call-associated data parameters agreed by the access party and the OIAP, for example, data packet parameters transferred by the IVR."
					}
				]
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
		}
	},
	{
		"section": "10.5.4",
		"title": "Packet Capture and Recording Interface Invoked in the Dialog (inaction=7)",
		"family": "oiap",
		"resource": "dialogV1",
		"operation": "startRecordingV1",
		"name": "Report Packet Capture and Recording (inaction=7, V1)",
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
				"description": "Call instance ID in the ODFS: subsequent interactions of the same call use the same value. Max 64 characters."
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 7,
						"name": "7"
					}
				],
				"default": 7,
				"description": "Request type: 7 for this interface (Table 10-31)."
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "vir (virtual agent)"
					},
					{
						"value": "ass",
						"name": "ass (agent assistant)"
					}
				],
				"description": "Agent type. The default value is vir."
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"inparams\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Unique call ID, which is the same as the value of userid and is used by the flow. The value can contain a maximum of 64 characters.",
						"maxLength": 64
					},
					{
						"name": "call_sor_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "User ID. (In the voice navigation and voice outbound call scenarios, the user number is transferred. In other interaction scenarios, the user ID is transferred.) The value can contain a maximum of 64 characters.",
						"maxLength": 64
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Access ID. 1. In the voice navigation scenario, this parameter is set to the flow access code. 2. In the voice outbound call survey scenario, this parameter is set to the flow access code. 3. In other interaction scenarios, this parameter is set to the access ID. The value can contain a maximum of 20 characters.",
						"maxLength": 20
					},
					{
						"name": "real_callee",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Called number for accessing the IVR. This parameter is valid in the voice navigation scenario. The value can contain a maximum of 32 characters.",
						"maxLength": 32
					},
					{
						"name": "cti_callid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call ID of the CTI to which a call is connected, which is transferred by Huawei IVR. In other scenarios, this parameter is left empty. The value can contain a maximum of 32 characters. (Mandatory: No (special field in the voice navigation scenario))",
						"maxLength": 32
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Authorization information, which is the token value returned by the access control system."
					}
				]
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
		}
	},
	{
		"section": "10.5.5",
		"title": "Recognition Result Requesting Interface (inaction=13)",
		"family": "oiap",
		"resource": "dialogV1",
		"operation": "requestRecognitionResultV1",
		"name": "Request Recognition Result (inaction=13, V1)",
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
				"description": "Call instance ID in the ODFS: subsequent interactions of the same call use the same value. Max 64 characters."
			},
			{
				"name": "inaction",
				"in": "body",
				"type": "integer",
				"required": true,
				"options": [
					{
						"value": 13,
						"name": "13"
					}
				],
				"default": 13,
				"description": "Request type: 13 for this interface (Table 10-31)."
			},
			{
				"name": "seat",
				"in": "body",
				"type": "string",
				"options": [
					{
						"value": "vir",
						"name": "vir (virtual agent)"
					},
					{
						"value": "ass",
						"name": "ass (agent assistant)"
					}
				],
				"description": "Agent type. The default value is vir."
			},
			{
				"name": "inparams",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"inparams\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "call_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Unique call ID, which is the same as the value of userid and is used by the flow. The value can contain a maximum of 64 characters.",
						"maxLength": 64
					},
					{
						"name": "call_sor_id",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "User ID. (In the voice navigation and voice outbound call scenarios, the user number is transferred. In other interaction scenarios, the user ID is transferred.) The value can contain a maximum of 64 characters.",
						"maxLength": 64
					},
					{
						"name": "call_dst_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Access ID. 1. In the voice navigation scenario, this parameter is set to the flow access code. 2. In the voice outbound call survey scenario, this parameter is set to the flow access code. 3. In other interaction scenarios, this parameter is set to the access ID. The value can contain a maximum of 20 characters.",
						"maxLength": 20
					},
					{
						"name": "real_callee",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Called number for accessing the IVR. This parameter is valid in the voice navigation scenario. The value can contain a maximum of 32 characters.",
						"maxLength": 32
					},
					{
						"name": "cti_callid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call ID of the CTI to which a call is connected, which is transferred by Huawei IVR. In other scenarios, this parameter is left empty. The value can contain a maximum of 32 characters. (Mandatory: No (special field in the voice navigation scenario))",
						"maxLength": 32
					},
					{
						"name": "auth_token",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Authorization information, which is the token value returned by the access control system."
					}
				]
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
		}
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
				"description": "Tenant space ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "params",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameter package. For details, see Table 10-45.",
				"children": [
					{
						"name": "userMobile",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "User ID. (In the voice navigation and voice outbound call scenarios, the user number is transferred. In other interaction scenarios, the user ID is transferred.)"
					}
				]
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
		}
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Start time. Format: yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "End time. Format: yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "pageNum",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Page number. Number of the page to be queried. The value 1 is for the first page. If this parameter is not transferred, the default value of page number is 1."
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number of records on each page. The value can be 5, 10, 20, 50, or 100. If this parameter is not transferred, 100 records are displayed on each page by default."
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Call ID. One of the userMobile, callId, and ctiCallId parameters must be transferred."
			},
			{
				"name": "userMobile",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "User number. One of the userMobile, callId, and ctiCallId parameters must be transferred."
			},
			{
				"name": "ctiCallId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "CTI call ID. One of the userMobile, callId, and ctiCallId parameters must be transferred."
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
		}
	},
	{
		"section": "10.18",
		"title": "Interface for Querying the Recordings of Calls Transferred to a Third Party",
		"family": "oiap",
		"resource": "record",
		"operation": "getTransferRecordings",
		"name": "Get Recordings of Calls Transferred to a Third Party",
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Start time. Format: yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "End time. Format: yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "pageNum",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Page number. Number of the page to be queried. The value 1 is for the first page. If this parameter is not transferred, the default value of page number is 1."
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number of records on each page. The value can be 5, 10, 20, 50, or 100. If this parameter is not transferred, 100 records are displayed on each page by default."
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Flow call ID. One of the userMobile, callId, and ctiCallId parameters must be transferred."
			},
			{
				"name": "userMobile",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Subscriber number. One of the userMobile, callId, and ctiCallId parameters must be transferred."
			},
			{
				"name": "ctiCallId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "CTI call ID. One of the userMobile, callId, and ctiCallId parameters must be transferred."
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
		}
	},
	{
		"section": "10.9.1",
		"title": "FAQ Group Query Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "getGroups",
		"name": "Get FAQ Groups",
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Language. en_US: English zh_CN: Chinese es_ES: Spanish ar: Arabic th_TH: Thai pt_BR: Portuguese",
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
				"description": "Name."
			},
			{
				"name": "pageNum",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Page number. Number of the page to be queried. The value 1 is for the first page."
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of records on each page."
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
		}
	},
	{
		"section": "10.9.2",
		"title": "FAQ Group Creation Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "createGroup",
		"name": "Create FAQ Group",
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
				"description": "FAQ group model.",
				"children": [
					{
						"name": "id",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Internal sequence number. Set this parameter to -1 during creation. If this parameter is left empty, the default value -1 is used."
					},
					{
						"name": "tenantId",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Tenant ID."
					},
					{
						"name": "name",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Name, which contains a maximum of 64 characters.",
						"maxLength": 64
					},
					{
						"name": "description",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Description, which contains a maximum of 512 characters.",
						"maxLength": 512
					},
					{
						"name": "updateTime",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Modification time. The value is in timestamp format."
					},
					{
						"name": "on",
						"in": "body",
						"type": "boolean",
						"required": false,
						"description": "Activation flag. true: activation false: deactivation",
						"options": [
							{
								"value": true,
								"name": "activation"
							},
							{
								"value": false,
								"name": "deactivation"
							}
						]
					},
					{
						"name": "amount",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Number of FAQs."
					},
					{
						"name": "language",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Language. en_US: English zh_CN: Chinese es_ES: Spanish ar: Arabic th_TH: Thai pt_BR: Portuguese",
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
				]
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
		}
	},
	{
		"section": "10.9.3",
		"title": "FAQ Group Modification Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "updateGroup",
		"name": "Update FAQ Group",
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
				"description": "FAQ group model.",
				"children": [
					{
						"name": "id",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "FAQ group ID."
					},
					{
						"name": "tenantId",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Tenant ID."
					},
					{
						"name": "name",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Name, which contains a maximum of 64 characters.",
						"maxLength": 64
					},
					{
						"name": "description",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Description, which contains a maximum of 512 characters.",
						"maxLength": 512
					},
					{
						"name": "language",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Language, which does not take effect and cannot be changed."
					},
					{
						"name": "updateTime",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Modification time."
					},
					{
						"name": "on",
						"in": "body",
						"type": "boolean",
						"required": false,
						"description": "Activation flag. true: activation false: deactivation",
						"options": [
							{
								"value": true,
								"name": "activation"
							},
							{
								"value": false,
								"name": "deactivation"
							}
						]
					},
					{
						"name": "amount",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Number of FAQs."
					}
				]
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
		}
	},
	{
		"section": "10.9.4",
		"title": "FAQ Group Deletion Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "deleteGroups",
		"name": "Delete FAQ Groups",
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "faqGroupIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "List of IDs to be deleted."
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
		}
	},
	{
		"section": "10.9.5",
		"title": "FAQ Group Status Change Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "changeGroupStatus",
		"name": "Change FAQ Group Status",
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "faqGroupId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the FAQ group whose status is to be changed."
			},
			{
				"name": "on",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Activation flag. The default value is false. true: activation false: deactivation",
				"options": [
					{
						"value": true,
						"name": "activation"
					},
					{
						"value": false,
						"name": "deactivation"
					}
				],
				"default": false
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "00030010",
			"faqGroupId": "10012",
			"on": true
		}
	},
	{
		"section": "10.9.6",
		"title": "Q&A Query Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "getQuestions",
		"name": "Get Q&As",
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "faqGroupId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "FAQ group ID."
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Question in a Q&A. If this parameter is not set, all Q&As are returned."
			},
			{
				"name": "pageNum",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Page number. Number of the page to be queried. The value is 1 for the first page."
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of records on each page."
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
		}
	},
	{
		"section": "10.9.7",
		"title": "Q&A Creation Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "createQuestion",
		"name": "Create Q&A",
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "model",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Q&A model.",
				"children": [
					{
						"name": "id",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Internal sequence number. Set this parameter to -1 during creation. If this parameter is left empty, the default value -1 is used."
					},
					{
						"name": "faqGroupId",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "FAQ group ID."
					},
					{
						"name": "question",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Question, which contains a maximum of 8192 characters.",
						"maxLength": 8192
					},
					{
						"name": "simQuestions",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"description": "Similar question. A maximum of 100 similar questions are allowed.",
						"maxItems": 100
					},
					{
						"name": "answer",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Answer, which contains a maximum of 8192 characters.",
						"maxLength": 8192
					},
					{
						"name": "simAnswers",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"description": "Similar answer. A maximum of 100 similar answers are allowed.",
						"maxItems": 100,
						"children": [
							{
								"name": "id",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Internal sequence number."
							},
							{
								"name": "elementId",
								"in": "body",
								"type": "integer",
								"required": false,
								"description": "Q&A ID. If this parameter is left blank, the default value -1 is used."
							},
							{
								"name": "statement",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Question or answer content, which contains a maximum of 8192 characters.",
								"maxLength": 8192
							},
							{
								"name": "type",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Q: question A: answer",
								"options": [
									{
										"value": "Q",
										"name": "question"
									},
									{
										"value": "A",
										"name": "answer"
									}
								]
							}
						]
					},
					{
						"name": "keywords",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"description": "Keyword. A maximum of 20 keywords are allowed. The value must not contain vertical bars ( ).",
						"maxItems": 20,
						"children": [
							{
								"name": "w",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Keyword, which contains a maximum of 64 characters.",
								"maxLength": 64
							}
						]
					}
				]
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
		}
	},
	{
		"section": "10.9.8",
		"title": "FAQ Modification Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "updateQuestion",
		"name": "Update Q&A",
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "model",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "FAQ group model.",
				"children": [
					{
						"name": "id",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Q&A ID."
					},
					{
						"name": "faqGroupId",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "FAQ group ID."
					},
					{
						"name": "question",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Question, which contains a maximum of 8192 characters.",
						"maxLength": 8192
					},
					{
						"name": "simQuestions",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"description": "Similar question. A maximum of 100 similar questions are allowed.",
						"maxItems": 100
					},
					{
						"name": "answer",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Answer, which contains a maximum of 8192 characters.",
						"maxLength": 8192
					},
					{
						"name": "simAnswers",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"description": "Similar answer. A maximum of 100 similar answers are allowed.",
						"maxItems": 100,
						"children": [
							{
								"name": "id",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Internal sequence number."
							},
							{
								"name": "elementId",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Q&A ID."
							},
							{
								"name": "statement",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Question or answer content, which contains a maximum of 8192 characters.",
								"maxLength": 8192
							},
							{
								"name": "type",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Q: question A: answer",
								"options": [
									{
										"value": "Q",
										"name": "question"
									},
									{
										"value": "A",
										"name": "answer"
									}
								]
							}
						]
					},
					{
						"name": "keywords",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"description": "Keyword. A maximum of 20 keywords are allowed. The value must not contain vertical bars ( ).",
						"maxItems": 20,
						"children": [
							{
								"name": "w",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Keyword, which contains a maximum of 64 characters.",
								"maxLength": 64
							}
						]
					}
				]
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
		}
	},
	{
		"section": "10.9.9",
		"title": "Q&A Deletion Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "deleteQuestions",
		"name": "Delete Q&As",
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "faqGroupId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "FAQ group ID."
			},
			{
				"name": "faqIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "List of IDs to be deleted."
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
		}
	},
	{
		"section": "10.9.10",
		"title": "Specific FAQ Group Test Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "testGroup",
		"name": "Test FAQ Group",
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "faqGroupId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "FAQ group ID."
			},
			{
				"name": "user",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Test subscriber ID."
			},
			{
				"name": "sentence",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Request statement."
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
		}
	},
	{
		"section": "10.9.11",
		"title": "FAQ Group Test and Activation Interface",
		"family": "oiap",
		"resource": "faq",
		"operation": "testEnabledGroups",
		"name": "Test Enabled FAQ Groups",
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "user",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Test subscriber ID."
			},
			{
				"name": "sentence",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Request statement."
			},
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Language. en_US: English zh_CN: Chinese es_ES: Spanish ar: Arabic th_TH: Thai pt_BR: Portuguese",
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
		}
	},
	{
		"section": "10.10",
		"title": "Intention List Query Interface",
		"family": "oiap",
		"resource": "intention",
		"operation": "getIntentions",
		"name": "Get Intentions",
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Language. en_US: English zh_CN: Chinese pt_BR: Portuguese th_TH: Thai fr_FR: French ar: Arabic",
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
				"description": "Page number. Number of the page to be queried. The value is 1 for the first page."
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of records on each page. 5, 10, 20, 50, or 100 records can be displayed on each page."
			},
			{
				"name": "domainInfo",
				"in": "body",
				"type": "object",
				"description": "Domain information.",
				"children": [
					{
						"name": "domainName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Domain name."
					},
					{
						"name": "domainId",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Domain ID."
					},
					{
						"name": "language",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Language."
					},
					{
						"name": "tenantId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Tenant ID."
					}
				]
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
		}
	},
	{
		"section": "10.11.1",
		"title": "Flow Status Change Interface",
		"family": "oiap",
		"resource": "silentAgent",
		"operation": "changeWorkMode",
		"name": "Change Flow Work Mode",
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Session ID."
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Agent ID."
			},
			{
				"name": "workMode",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Session state, that is, the state of the flow to be switched. 0: common state 1: supervision state 2: insertion state 3: transfer state NOTE This interface can be invoked to switch the status only in the supervision or insertion state. The new status is compared with the status of the current session. • The supervision state and the insertion state change with each other. The session determines...",
				"options": [
					{
						"value": "0",
						"name": "common state"
					},
					{
						"value": "1",
						"name": "supervision state"
					},
					{
						"value": "2",
						"name": "insertion state"
					},
					{
						"value": "3",
						"name": "transfer state"
					}
				]
			},
			{
				"name": "callTransferRequest",
				"in": "body",
				"type": "object",
				"description": "For details about call transfer parameters, see Table 10-77.",
				"children": [
					{
						"name": "callTransferType",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Call transfer type. 1: transfer to the manual service (to a skill queue by routing code) 2: transfer to an IVR 3: transfer to the manual service (to a skill queue by skill name) 4: transfer to the manual service (to an agent by ID) 5: transfer to a third-party number 6: online digital assistance 7: transfer to the manual service (to the last agent. Currently, only multimedia is supported.) 8: t...",
						"options": [
							{
								"value": "1",
								"name": "transfer to the manual service (to a skill queue by routing code)"
							},
							{
								"value": "2",
								"name": "transfer to an IVR"
							},
							{
								"value": "3",
								"name": "transfer to the manual service (to a skill queue by skill name)"
							},
							{
								"value": "4",
								"name": "transfer to the manual service (to an agent by ID)"
							},
							{
								"value": "5",
								"name": "transfer to a third-party number"
							},
							{
								"value": "6",
								"name": "online digital assistance"
							},
							{
								"value": "7",
								"name": "transfer to the manual service (to the last agent. Currently, only multimedia is supported.)"
							},
							{
								"value": "8",
								"name": "transfer to the manual service (to the skill queue to which an agent belongs. Currently, only multimedia is supported.)"
							},
							{
								"value": "31",
								"name": "transfer to a multimedia message (to the last agent)"
							},
							{
								"value": "32",
								"name": "transfer to a multimedia message (to a skill queue)"
							},
							{
								"value": "33",
								"name": "transfer to a multimedia message (to an agent)"
							}
						]
					},
					{
						"name": "callTransferRouteValue",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Call transfer route value. If callTransferType is set to 1, set this parameter to the route code for transferring a call to a skill queue. For this configuration, you need to ensure that the manual flow and the current flow are under the same system access code. The call is transferred to the manual skill queue through the extension code configured on the Called Route page. If callTransferType ..."
					},
					{
						"name": "callTransferTransData",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Channel-associated data."
					},
					{
						"name": "callTransferNumber",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Calling number."
					}
				]
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
		}
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Session ID."
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Agent ID."
			},
			{
				"name": "nodeId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the diagram element node, which is transferred to a silent agent and then returned by the silent agent."
			},
			{
				"name": "nodeIndex",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Execution position of the replied diagram element node, which is transferred to a silent agent and returned by the silent agent."
			},
			{
				"name": "replyType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Reply type. The default value is 0. 0: intention reply 1: content reply",
				"options": [
					{
						"value": 0,
						"name": "intention reply"
					},
					{
						"value": 1,
						"name": "content reply"
					}
				],
				"default": 0
			},
			{
				"name": "replyIntentCode",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Intention code. When a silent agent replies with customized content (that is, replyType is set to 1 ) and the session is in the insertion state, this parameter has a fixed value of silentInsertReply."
			},
			{
				"name": "replyIntentContent",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Reply returned by an agent. Reply content configured in the intention. If the content is customized, directly enter the reply of the silent agent."
			},
			{
				"name": "replyIntentName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Intention name. For the content reply, the value is the same as that of replyIntentCode."
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
		}
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
				"description": "Tenant ID. The default value is ipcc, that is, the ipcc subscriber agreed upon token obtaining.",
				"default": "ipcc"
			},
			{
				"name": "sentence",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Input text. The value contains a maximum of 4096 characters.",
				"maxLength": 4096
			},
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Language. • zh_CN: Chinese • en_US: English The type of the language must match that of the input text. [Restrictions] The errors in the Chinese and English texts can be corrected. Texts in other languages are directly returned without error correction. In the returned object, the hasMistake field is set to false, indicating that no error correction exists.",
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
				"description": "Verification type. nonWordSpellChecker: spelling error correction realWordSpellChecker: wrongly written character correction Wrongly written character correction is recommended for Chinese. Spelling error correction is recommended for English.",
				"options": [
					{
						"value": "nonWordSpellChecker",
						"name": "spelling error correction"
					},
					{
						"value": "realWordSpellChecker",
						"name": "wrongly written character correction"
					}
				]
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
		}
	},
	{
		"section": "10.15.1",
		"title": "Querying Call Statistics Reports",
		"family": "oiap",
		"resource": "report",
		"operation": "getCallStatistics",
		"name": "Get Call Statistics Report",
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
				"description": "Query type. hour: report data on a specified date, which is queried by hour. day: report data of the last 30 days, which is queried by day.",
				"options": [
					{
						"value": "hour",
						"name": "report data on a specified date, which is queried by hour"
					},
					{
						"value": "day",
						"name": "report data of the last 30 days, which is queried by day"
					}
				]
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "accessCode",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Access ID (chatbot access code)."
			},
			{
				"name": "timestamp",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Timestamp of the query date, in milliseconds."
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
		}
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
				"description": "Query type. • hour: report data on a specified date, which is queried by hour. • day: report data of the last 30 days, which is queried by day.",
				"options": [
					{
						"value": "hour",
						"name": "report data on a specified date, which is queried by hour"
					},
					{
						"value": "day",
						"name": "report data of the last 30 days, which is queried by day"
					}
				]
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "accessCode",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Access ID (chatbot access code)."
			},
			{
				"name": "timestamp",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Millisecond timestamp of the query date."
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
		}
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
				"description": "Query type. day: Report data on a specified date is queried by day. month: Report data of the last 30 days is queried by month. The end time is one day after the timestamp.",
				"options": [
					{
						"value": "day",
						"name": "Report data on a specified date is queried by day"
					},
					{
						"value": "month",
						"name": "Report data of the last 30 days is queried by month. The end time is one day after the timestamp"
					}
				]
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "timestamp",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Timestamp of the query date, in milliseconds. If this parameter is not transferred, only the numbers of Q&As, intentions, and voice chats of the tenant space are returned."
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "202104237142",
			"timestamp": 1630684800000,
			"type": "month"
		}
	},
	{
		"section": "10.15.4",
		"title": "Querying Top 10 Hot Chatbot Information",
		"family": "oiap",
		"resource": "report",
		"operation": "getTopChatbots",
		"name": "Get Top 10 Hot Chatbots",
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
				"description": "Query type. day: Report data on a specified date is queried by day. month: Report data of the last 30 days is queried by month. The end time is one day after the timestamp.",
				"options": [
					{
						"value": "day",
						"name": "Report data on a specified date is queried by day"
					},
					{
						"value": "month",
						"name": "Report data of the last 30 days is queried by month. The end time is one day after the timestamp"
					}
				]
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "timestamp",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Timestamp of the query date, in milliseconds."
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
		}
	},
	{
		"section": "10.16",
		"title": "Querying the Offline Analysis of Outbound Call Failure Causes",
		"family": "oiap",
		"resource": "report",
		"operation": "getOutboundFailureAnalysis",
		"name": "Get Offline Analysis of Outbound Call Failure Causes",
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
				"description": "Millisecond timestamp of the query start time. NOTICE To ensure efficiency, the interface data is stored in different tables by month. Only the table of the month corresponding to the start time is queried."
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Millisecond timestamp of the query end time."
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "pageNum",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of pages to be queried. The value starts from 1. The default value is 1.",
				"default": 1
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of records on each page. The maximum value is 1000. The default value is 1000.",
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
		}
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Language. The options are as follows: • zh_CN: Chinese • en_US: English • es_ES: Spanish • ar: Arabic • th_TH: Thai • pt_BR: Portuguese Note: In intelligent case classification scenarios, the languages supported by the LODAS text classification model are used.",
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
				"description": "Statement. Basis for text classification. The value can contain a maximum of 4096 characters.",
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
		}
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Language. The options are as follows: • zh_CN: Chinese • en_US: English • es_ES: Spanish • ar: Arabic • th_TH: Thai • pt_BR: Portuguese Note: 1. The preceding languages are supported for TUC-based entity recognition. 2. For LODAS-based entity recognition, the languages supported by the LODAS entity recognition model are used.",
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
				"description": "Statement. Entity recognition basis. The value can contain a maximum of 4096 characters.",
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
		}
	},
	{
		"section": "10.19",
		"title": "Semantic Recognition Interface",
		"family": "oiap",
		"resource": "semanticRecognition",
		"operation": "recognize",
		"name": "Recognize Semantics",
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
				"description": "User ID. The value can contain a maximum of 64 characters.",
				"maxLength": 64
			},
			{
				"name": "sentence",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Text information entered by a customer. The value can contain a maximum of 1024 characters.",
				"maxLength": 1024
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant ID. The value can contain a maximum of 64 characters.",
				"maxLength": 64,
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Language. The options are as follows: ● zh_CN: Chinese ● en_US: English ● es_ES: Spanish ● ar: Arabic ● th_TH: Thai ● pt_BR: Portuguese ● fr_FR: French",
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
				"description": "Number of intentions returned by the chatbot when multiple intentions are required. Generally, this parameter is used when a customer enters one sentence to match multiple intentions. The value ranges from 1 to 5."
			},
			{
				"name": "confidence2Top",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Confidence interval between the subsequent intentions and the first intention with the highest confidence is required if multiple intentions are returned. A smaller value indicates a closer proximity between the returned intentions. The value ranges from 0 to 1."
			},
			{
				"name": "context",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Context required for intention recognition. Only one context can be transferred. To use the context, configure a single context based on the intention. The value can contain a maximum of 128 characters.",
				"maxLength": 128
			},
			{
				"name": "domainList",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": false,
				"description": "IDs of activated domains. A maximum of 100 IDs are allowed.",
				"maxItems": 100
			},
			{
				"name": "faqGroupList",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": false,
				"description": "IDs of activated FAQ groups. A maximum of 100 IDs are allowed.",
				"maxItems": 100
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
		}
	},
	{
		"section": "10.20.1",
		"title": "Interface for Querying the RPA Task List",
		"family": "oiap",
		"resource": "rpa",
		"operation": "getJobs",
		"name": "Get RPA Tasks",
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
				"description": "Tenant ID. The value can contain a maximum of 64 characters.",
				"maxLength": 64,
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "pageNo",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of pages to be queried. The default value is 1.",
				"default": 1
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of data records on each page. The default value is 50. The value can be 5, 10, 20, or 50.",
				"default": 50
			},
			{
				"name": "conditions",
				"in": "body",
				"type": "json",
				"required": false,
				"description": "Search criteria."
			},
			{
				"name": "jobName",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Task name for fuzzy search."
			},
			{
				"name": "status",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Task status for search. The options are as follows: • init: to be executed • running: running • suspend: suspended • success: completed"
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
		}
	},
	{
		"section": "10.20.2",
		"title": "Interface for Querying RPA Task Details",
		"family": "oiap",
		"resource": "rpa",
		"operation": "getJobDetails",
		"name": "Get RPA Task Details",
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
				"description": "Tenant ID. The value can contain a maximum of 64 characters.",
				"maxLength": 64,
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "jobName",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Task name. ( jobName can be used as a search criterion. If it is specified, uid can be set to null. Either jobName or uid must be passed.)"
			},
			{
				"name": "uid",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Task UUID. (If both jobName and uid are specified, uid is used. Either jobName or uid must be passed.)"
			}
		],
		"result": {
			"convention": "errorCode"
		},
		"example": {
			"tenantId": "202201072597",
			"uid": "0c9358552188478a8d5ff9203db8791f"
		}
	},
	{
		"section": "10.20.3",
		"title": "Interface for Creating RPA Queue Data",
		"family": "oiap",
		"resource": "rpa",
		"operation": "createQueueData",
		"name": "Create RPA Queue Data",
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
				"description": "Tenant ID. The value can contain a maximum of 64 characters.",
				"maxLength": 64,
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "tag",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Queue data label, which is unique for the same queue.",
				"maxLength": 32
			},
			{
				"name": "priority",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Priority. The default value is normal. The options are as follows: ● low: low ● normal: medium ● high: high",
				"options": [
					{
						"value": "low",
						"name": "low"
					},
					{
						"value": "normal",
						"name": "medium"
					},
					{
						"value": "high",
						"name": "high"
					}
				],
				"default": "normal"
			},
			{
				"name": "inputJsonData",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Input queue data, which is a JSON character string.",
				"maxLength": 65535
			},
			{
				"name": "expectStartTime",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Planned start timestamp. The value ranges from 0 to 7258089600000L.",
				"min": 0,
				"max": 7258089600000
			},
			{
				"name": "expectEndTime",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Planned end timestamp. The value ranges from 0 to 7258089600000L.",
				"min": 0,
				"max": 7258089600000
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Queue data description.",
				"maxLength": 100
			},
			{
				"name": "queueUid",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Queue UUID, which is unique."
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
		}
	},
	{
		"section": "10.20.4",
		"title": "Interface for Querying RPA Queue Data",
		"family": "oiap",
		"resource": "rpa",
		"operation": "getQueueData",
		"name": "Get RPA Queue Data",
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
				"description": "Tenant ID. The value can contain a maximum of 64 characters.",
				"maxLength": 64,
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "pageNo",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of pages to be queried. The default value is 1.",
				"default": 1
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of data records on each page. The default value is 50. The value can be 5, 10, 20, or 50.",
				"default": 50
			},
			{
				"name": "conditions",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Search criteria. Either uid or queueUid must be passed.",
				"children": [
					{
						"name": "uid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Queue data UUID for query (at least one of the uid, queueUid, and queueName parameters must be transferred)."
					},
					{
						"name": "queueUid",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Queue data UUID for query (at least one of the uid, queueUid, and queueName parameters must be transferred)."
					},
					{
						"name": "queueName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Queue name for query (at least one of uid, queueUid, and queueName must be transferred).",
						"maxLength": 32
					},
					{
						"name": "tag",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Queue data label for query."
					},
					{
						"name": "status",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Queue status for query. The options are as follows: • init: waiting for processing • processing: processing • success: success • failed: failed",
						"options": [
							{
								"value": "init",
								"name": "waiting for processing"
							},
							{
								"value": "processing",
								"name": "processing"
							},
							{
								"value": "success",
								"name": "success"
							},
							{
								"value": "failed",
								"name": "failed"
							}
						]
					},
					{
						"name": "inactivated",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Queue enabling status for query. The options are as follows: • active: enabled • inactive: disabled • If this parameter is not transferred, the query is enabled by default.",
						"options": [
							{
								"value": "active",
								"name": "enabled"
							},
							{
								"value": "inactive",
								"name": "disabled"
							}
						]
					},
					{
						"name": "priority",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Queue priority for query. The options are as follows: • low: low • normal: medium • high: high",
						"options": [
							{
								"value": "low",
								"name": "low"
							},
							{
								"value": "normal",
								"name": "medium"
							},
							{
								"value": "high",
								"name": "high"
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
		}
	},
	{
		"section": "10.21",
		"title": "Interface for Generating TTS Voices Based on Texts",
		"family": "oiap",
		"resource": "tts",
		"operation": "textToVoice",
		"name": "Generate TTS Voice From Text",
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
				"description": "Tenant ID.",
				"fromCredential": {
					"field": "appKey"
				}
			},
			{
				"name": "text",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Text to be synthesized, which must be encoded using UTF-8."
			},
			{
				"name": "config",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "TTS configuration information. For details about the parameters of this object, see Table 10-125.",
				"children": [
					{
						"name": "voiceName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Model feature string, which is used by the server to invoke different models. The options are as follows: • cn_chengshuxing_common: mature • cn_kefuman_common: graceful • cn_roumeiqian_common: soft • cn_tianmeiru_common: sweet • cn_ziranzhen_common: natural",
						"options": [
							{
								"value": "cn_chengshuxing_common",
								"name": "mature"
							},
							{
								"value": "cn_kefuman_common",
								"name": "graceful"
							},
							{
								"value": "cn_roumeiqian_common",
								"name": "soft"
							},
							{
								"value": "cn_tianmeiru_common",
								"name": "sweet"
							},
							{
								"value": "cn_ziranzhen_common",
								"name": "natural"
							}
						]
					},
					{
						"name": "pitch",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Fundamental frequency, which is used to adjust the pitch. The value ranges from -500 to 500. The default value is 0.",
						"default": "0"
					},
					{
						"name": "volume",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Volume, which is used to adjust the volume. The value ranges from 0 to 100. The default value is 50.",
						"default": "50"
					},
					{
						"name": "speed",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Speed, which is used to adjust the speech speed. The value ranges from -500 to 500. The default value is 0.",
						"default": "0"
					}
				]
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
		}
	},
	{
		"section": "10.22",
		"title": "Offline Conversion Callback Interface",
		"family": "oiap",
		"resource": "offlineConversion",
		"operation": "returnResult",
		"name": "Return Offline Conversion Result",
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
				"description": "Result to be written back. Table 10-131 describes the parameters of this object.",
				"children": [
					{
						"name": "state",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "Conversion status. Table 10-132 describes the parameters of this object.",
						"children": [
							{
								"name": "code",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Conversion result code."
							},
							{
								"name": "success",
								"in": "body",
								"type": "boolean",
								"required": true,
								"description": "Whether the conversion is successful. The options are true (success) and false (failure).",
								"options": [
									{
										"value": true,
										"name": "success"
									},
									{
										"value": false,
										"name": "failure"
									}
								]
							}
						]
					},
					{
						"name": "Body",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "Writeback result body. Table 10-133 describes the parameters of this object.",
						"children": [
							{
								"name": "aid",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Unique ID of an audio file, which is passed by the client."
							},
							{
								"name": "lattices",
								"in": "body",
								"type": "array",
								"itemType": "object",
								"required": true,
								"description": "Conversion result. Table 10-134 describes the parameters of this object.",
								"children": [
									{
										"name": "lid",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Sequence number of a segment."
									},
									{
										"name": "begin",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Start time of a segment."
									},
									{
										"name": "end",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "End time of a segment."
									},
									{
										"name": "onebest",
										"in": "body",
										"type": "string",
										"required": true,
										"description": "Text after conversion."
									},
									{
										"name": "spk",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Role of the speaker."
									}
								]
							}
						]
					}
				]
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
		"oiapTokenIn": "header"
	}
];
