// Registry entries of HuaweiCecReports, one per interface of the CEC 2.5 reference, keyed by doc section.
// Derived by scripts/generate-specs.cjs from reference/sections.json, then reviewed by hand.
import type { ResourceSpec } from '../shared/registry/describe';
import type { OperationSpec } from '../shared/registry/types';

export const RESOURCES: ResourceSpec[] = [
	{
		"value": "vdn",
		"name": "VDN (Real-Time)"
	},
	{
		"value": "skillQueue",
		"name": "Skill Queue (Real-Time)"
	},
	{
		"value": "agent",
		"name": "Agent (Real-Time)"
	},
	{
		"value": "call",
		"name": "Call Detail (Real-Time)"
	},
	{
		"value": "history",
		"name": "Historical Indicator"
	},
	{
		"value": "configuration",
		"name": "Configuration Data"
	},
	{
		"value": "inspection",
		"name": "Inspection Relationship"
	},
	{
		"value": "outbound",
		"name": "Outbound Task"
	},
	{
		"value": "system",
		"name": "System Indicator"
	},
	{
		"value": "legacy",
		"name": "Earlier Version"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "12.3.1.1.1",
		"title": "Querying Information About System Access Codes in a Specified VDN",
		"family": "cms",
		"resource": "vdn",
		"operation": "getAccessCodes",
		"name": "Get System Access Codes",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/vdn/queryaccesscodeinfo",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			}
		],
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"cclId": 1,
			"vdn": 170
		},
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	},
	{
		"section": "12.3.1.1.2",
		"title": "Querying Agent Rest Information in a Specified VDN",
		"family": "cms",
		"resource": "vdn",
		"operation": "getAgentRestInfo",
		"name": "Get Agent Rest Information",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/vdn/queryagentreststate",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of query records on each page. The value ranges from 1 to 1000.",
				"min": 1,
				"max": 1000
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Parameter for determining the start page of the query. Value of offset = Value of limit x (Value of page - 1). The value of offset is greater than or equal to 0. page indicates the start page of the query.",
				"min": 0
			}
		],
		"shapeNote": "example keys not in the table: ccld required table fields absent from example: cclid Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDatas.details",
			"totalPath": "count"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 1000
		},
		"example": {
			"ccld": 1,
			"vdn": 170,
			"offset": 0,
			"limit": 3
		}
	},
	{
		"section": "12.3.1.1.3",
		"title": "Querying Agent Phone Numbers in a Specified VDN",
		"family": "cms",
		"resource": "vdn",
		"operation": "getAgentPhoneNumbers",
		"name": "Get Agent Phone Numbers",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/vdn/allagentphones",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of query records on each page. The value ranges from 1 to 1000.",
				"min": 1,
				"max": 1000
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Parameter for determining the start page of the query. Value of offset = Value of limit x (Value of page - 1). The value of offset is greater than or equal to 0. page indicates the start page of the query.",
				"min": 0
			}
		],
		"shapeNote": "example keys not in the table: ccld required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDatas",
			"totalPath": "count"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 1000
		},
		"example": {
			"ccld": 1,
			"vdn": 170,
			"offset": 0,
			"limit": 4
		}
	},
	{
		"section": "12.3.1.1.4",
		"title": "Querying Information About All Agents in a Specified VDN",
		"family": "cms",
		"resource": "vdn",
		"operation": "getAllAgents",
		"name": "Get All Agents",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/vdn/totalagentabstractex3",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of query records on each page. The value ranges from 1 to 1000.",
				"min": 1,
				"max": 1000
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Parameter for determining the start page of the query. Value of offset = Value of limit x (Value of page - 1). The value of offset is greater than or equal to 0. page indicates the start page of the query.",
				"min": 0
			}
		],
		"result": {
			"itemsPath": "resultDatas",
			"totalPath": "count"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 1000
		},
		"example": {
			"cclid": 1,
			"vdn": 170,
			"offset": 0,
			"limit": 2
		},
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	},
	{
		"section": "12.3.1.1.5",
		"title": "Querying Information About the Current Status of All Agents in a Specified VDN",
		"family": "cms",
		"resource": "vdn",
		"operation": "getAgentStatuses",
		"name": "Get Current Status of All Agents",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/vdn/totalagentdynamicinfo",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of query records on each page. The value ranges from 1 to 100.",
				"min": 1,
				"max": 100
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Parameter for determining the start page of the query. Value of offset = Value of limit x (Value of page - 1). The value of offset is greater than or equal to 0. page indicates the start page of the query.",
				"min": 0
			}
		],
		"shapeNote": "example keys not in the table: ccld required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDatas",
			"totalPath": "count"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 100
		},
		"example": {
			"ccld": 1,
			"vdn": 170,
			"offset": 0,
			"limit": 4
		}
	},
	{
		"section": "12.3.1.1.6",
		"title": "Querying Information About Static Configurations of All Agents in a Specified VDN",
		"family": "cms",
		"resource": "vdn",
		"operation": "getAgentStaticConfigurations",
		"name": "Get Static Configurations of All Agents",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/vdn/queryagentstaticconfinfo",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Pagination offset. The value is greater than or equal to 0.",
				"min": 0
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Pagination limit. The value ranges from 1 to 100.",
				"min": 1,
				"max": 100
			}
		],
		"shapeNote": "example key \"cclid\" differs in case from table field \"cclId\" Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDatas",
			"totalPath": "count"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 100
		},
		"example": {
			"cclid": 1,
			"vdn": 170,
			"offset": 0,
			"limit": 100
		}
	},
	{
		"section": "12.3.1.1.7",
		"title": "Querying IVR Status Details in a Specified VDN",
		"family": "cms",
		"resource": "vdn",
		"operation": "getIvrStatus",
		"name": "Get IVR Status Details",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/vdn/queryivrstatusinfo",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "flowId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of an IVR flow. Enter the ID of an existing IVR flow. The value ranges from 1 to 1500. (To obtain the IVR flow ID, log in to the web configuration console as a VDN administrator and choose Web Configuration Console > VDN Configuration > Flow > Flow .)",
				"min": 1,
				"max": 1500
			}
		],
		"shapeNote": "example keys not in the table: ccld required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDatas"
		},
		"example": {
			"ccld": 1,
			"vdn": 170,
			"flowId": 1
		}
	},
	{
		"section": "12.3.1.1.8",
		"title": "Querying Information About IVR Flow Access Codes in a Specified VDN",
		"family": "cms",
		"resource": "vdn",
		"operation": "getIvrFlowAccessCodes",
		"name": "Get IVR Flow Access Codes",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/vdn/queryivrprocessinnoinfo",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			}
		],
		"result": {
			"itemsPath": "resultDatas"
		},
		"example": {
			"cclId": 1,
			"vdn": 170
		},
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	},
	{
		"section": "12.3.1.1.9",
		"title": "Querying Information about Each Skill Queue in a Specified VDN",
		"family": "cms",
		"resource": "vdn",
		"operation": "getSkillQueues",
		"name": "Get Each Skill Queue",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/configures/skills",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			}
		],
		"shapeNote": "example wraps body in queryParam; table lacks that wrapper (table fields are at the top level) example keys not in the table: ccld required table fields absent from example: cclid Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: the body is sent inside {\"queryParam\": {...}} as the reference's request example and the vendor samples show (e.g. https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2540.html, configures/skills); the PDF table lost the wrapper.",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"queryParam": {
				"ccld": 1,
				"vdn": 1
			}
		},
		"bodyWrapper": "queryParam"
	},
	{
		"section": "12.3.1.1.10",
		"title": "Querying All Rest Reason Codes in a Specific VDN",
		"family": "cms",
		"resource": "vdn",
		"operation": "getRestReasons",
		"name": "Get All Rest Reason Codes",
		"method": "GET",
		"path": "/rest/cmsapp/v1/openapi/agentgroup/restreasons/{ccId}/{vdn}",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000,
				"displayName": "VDN"
			}
		],
		"result": {
			"itemsPath": "resultDatas"
		},
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints cclid / {cclid}): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	},
	{
		"section": "12.3.1.1.11",
		"title": "Querying Information About Calls of a Specified Access Code",
		"family": "cms",
		"resource": "vdn",
		"operation": "getAccessCodeCalls",
		"name": "Get Calls of Access Codes",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/vdn/queryaccesscodecallinfo",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "innoIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Array of access code IDs on the WAS. The maximum length of the array is 500.",
				"maxItems": 500
			}
		],
		"shapeNote": "example keys not in the table: ccld required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: innoIds (the PDF prints innolds): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2542.html / cec_07_0605 (queryaccesscodecallinfo).",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"ccld": 1,
			"vdn": 170,
			"innolds": [
				1,
				2
			]
		}
	},
	{
		"section": "12.3.1.1.12",
		"title": "Querying Call Information in a Specified VDN",
		"family": "cms",
		"resource": "vdn",
		"operation": "getCalls",
		"name": "Get Calls (V1)",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/vdn/querycalls",
		"auth": "C2",
		"idempotent": true,
		"legacy": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "callerNo",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Calling number. The value can be empty, indicating that all calling numbers are queried. The value consists of digits and must comply with the number rules."
			},
			{
				"name": "calleeNo",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Called number. The value can be empty, indicating that all called numbers are queried. The value consists of digits and must comply with the number rules."
			},
			{
				"name": "beginDate",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Start time of a query period. The value is a timestamp in milliseconds. The time cannot be earlier than 00:00:00 of the previous day. The data source is time zone 0. During query, the time zone needs to be converted based on the specific time zone. For example, GMT+8 is 8 hours ahead the GMT time."
			},
			{
				"name": "endDate",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "End time of a query period. The value is a timestamp in milliseconds. The time cannot be later than 23:59:59 on the current day. The data source is time zone 0. During query, the time zone needs to be converted based on the specific time zone. For example, GMT+8 is 8 hours ahead the GMT time."
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of query records on each page. The maximum value is 100.",
				"max": 100
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "offset specifies the start page of the query. The value range of offset is as follows: The value of offset is equal to limit x (page - 1). The value is greater than or equal to 0. page indicates the start page to be queried.",
				"min": 0
			}
		],
		"shapeNote": "example key \"cclid\" differs in case from table field \"cclId\" Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDesc.data",
			"totalPath": "resultDesc.count"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 100
		},
		"example": {
			"cclid": 1,
			"vdn": 170,
			"callerNo": "12345",
			"calleeNo": "23131",
			"beginDate": "14511111111",
			"endDate": "14522222222",
			"limit": 10,
			"offset": 0
		}
	},
	{
		"section": "12.3.1.1.13",
		"title": "(V2) Querying Call Information in a Specified VDN",
		"family": "cms",
		"resource": "vdn",
		"operation": "getCallsV2",
		"name": "Get Calls (V2)",
		"method": "POST",
		"path": "/rest/cmsapp/v2/openapi/vdn/querycalls",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "callerNo",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Calling number. The value can be empty, indicating that all calling numbers are queried. The value consists of digits and must comply with the number rules."
			},
			{
				"name": "calleeNo",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Called number. The value can be empty, indicating that all called numbers are queried. The value consists of digits and must comply with the number rules."
			},
			{
				"name": "beginDate",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Start time of a query period. The value is a timestamp in milliseconds. The time cannot be earlier than 00:00:00 of the previous day."
			},
			{
				"name": "endDate",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "End time of a query period. The value is a timestamp in milliseconds. The time cannot be later than 23:59:59 on the current day."
			},
			{
				"name": "isCallIn",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "If the value is true, inbound call information is queried. If the value is false, outbound call information is queried."
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Limit of records in a query result. The maximum value is 100.",
				"max": 100
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "offset is used to determine the start page of the query. The value range of offset is as follows: The value of offset is equal to limit x (page - 1). The value is greater than or equal to 0. page indicates the start page to be queried.",
				"min": 0
			}
		],
		"shapeNote": "example keys not in the table: ccld required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: rows are read from resultDesc.data (was data): the reference's response example and https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html: rows under resultDesc.data, count beside them.",
		"result": {
			"itemsPath": "resultDesc.data",
			"totalPath": "resultDesc.count"
		},
		"example": {
			"ccld": 1,
			"vdn": 170,
			"callerNo": "12345",
			"calleeNo": "23131",
			"beginDate": "14511111111",
			"endDate": "14522222222",
			"isCallIn": "true",
			"limit": 10,
			"offset": 0
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 100
		}
	},
	{
		"section": "12.3.1.1.14",
		"title": "Querying the Call track Data in a Specific VDN",
		"family": "cms",
		"resource": "vdn",
		"operation": "getCallTrack",
		"name": "Get Call Track Data",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/vdn/querycalltracedetail",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call ID."
			},
			{
				"name": "logDate",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Query time, which is used to parse the month and query the specified table. The value is a timestamp in milliseconds."
			}
		],
		"shapeNote": "example keys not in the table: ccld required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"ccld": 1,
			"vdn": 170,
			"callId": "1678978542-92",
			"logDate": "1615717765000"
		}
	},
	{
		"section": "12.3.1.1.15",
		"title": "Querying Static Configuration Information About All Agents in a Specified VDN (Not Supported by CTI 3.6)",
		"family": "cms",
		"resource": "vdn",
		"operation": "getAgentStaticInfoLegacy",
		"name": "Get Static Configuration of All Agents (Not CTI 3.6)",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/vdn/querytotalagentinfo",
		"auth": "C2",
		"idempotent": true,
		"legacy": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			}
		],
		"shapeNote": "no parseable request example to compare with the body table Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDatas"
		}
	},
	{
		"section": "12.3.1.1.16",
		"title": "Querying Information About All Agents in a Specified VDN (Not Supported by CTI 3.6)",
		"family": "cms",
		"resource": "vdn",
		"operation": "getAgentStatesLegacy",
		"name": "Get All Agents (Not CTI 3.6)",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/vdn/totalagentstate",
		"auth": "C2",
		"idempotent": true,
		"legacy": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			}
		],
		"shapeNote": "example keys not in the table: ccld required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDatas"
		},
		"example": {
			"ccld": 1,
			"vdn": 170
		}
	},
	{
		"section": "12.3.1.1.17",
		"title": "Obtaining Real-Time Monitoring Indicators by VDN",
		"family": "cms",
		"resource": "vdn",
		"operation": "getRealTimeIndicators",
		"name": "Get Real-Time Indicators by VDN",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/rindex/vdn",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of a call center. • In the integration environment, the default value is the value of Call Center ID on the Configuration Center > System Management > CMS System Configuration page after a system administrator signs in to the AICC. If this parameter is empty, the data whose sys_key is default_cc_id and sys_type is cms_system_config in the t_cms_sysparam database table is used. • In the indep...",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdnIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Array of VDN IDs. The maximum length of the array is 100. The VDN ID is of the integer type. The value of vdn ranges from 1 to 5000.",
				"maxItems": 100
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Array of VDN real-time monitoring indicators. The indicator is of the string type. For details, see Table 12-693."
			}
		],
		"shapeNote": "example keys not in the table: ccld Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"ccld": 1,
			"vdnIds": [
				170,
				185
			],
			"indexIds": [
				"IDX_COUNT_REAL_VDN_CONNECT",
				"IDX_COUNT_REAL_VDN_CALL"
			]
		}
	},
	{
		"section": "12.3.1.2.1",
		"title": "Querying Signed-in Agents in Skill Queues in Batches",
		"family": "cms",
		"resource": "skillQueue",
		"operation": "getSignedInAgents",
		"name": "Get Signed-In Agents in Batches",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/realindex/agent/agentsinskill",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"required": true,
				"description": "Object array of skill queue ID information. The array cannot exceed 1000 characters. The skill queue ID ranges from 1 to 2000.",
				"itemType": "integer"
			}
		],
		"shapeNote": "example wraps body in queryParam; table lacks that wrapper (table fields are at the top level) example keys not in the table: ccId required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: the body is sent inside {\"queryParam\": {...}} as the reference's request example and the vendor samples show (e.g. https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2540.html, configures/skills); the PDF table lost the wrapper.",
		"result": {
			"itemsPath": "resultDatas"
		},
		"example": {
			"queryParam": {
				"ccId": 1,
				"vdn": 1,
				"skillIds": [
					1,
					2
				]
			}
		},
		"bodyWrapper": "queryParam"
	},
	{
		"section": "12.3.1.2.2",
		"title": "Querying Extended Information About Skill Queues in Batches",
		"family": "cms",
		"resource": "skillQueue",
		"operation": "getExtendedInfo",
		"name": "Get Extended Information in Batches",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/skill/totalskillstatusex3",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Object array of skill queue ID information. The array cannot exceed 1000 characters. The skill queue ID ranges from 1 to 2000."
			}
		],
		"shapeNote": "example keys not in the table: ccld required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDatas"
		},
		"example": {
			"ccld": 1,
			"vdn": 170,
			"skillIds": [
				1,
				2
			]
		}
	},
	{
		"section": "12.3.1.2.3",
		"title": "Querying Call Statistics of Skill Queues in the Current 5 Minutes in Batches",
		"family": "cms",
		"resource": "skillQueue",
		"operation": "getFiveMinuteCallStatistics",
		"name": "Get Call Statistics of the Current 5 Minutes",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/skill/currentcallstateinfo",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Object array of skill queue ID information. The array cannot exceed 1000 characters. The value ranges from 1 to 2000."
			}
		],
		"result": {
			"itemsPath": "resultDatas"
		},
		"example": {
			"cclId": 1,
			"vdn": 170,
			"skillIds": [
				1,
				2
			]
		},
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	},
	{
		"section": "12.3.1.2.4",
		"title": "Querying Information About Status of a Specified Skill Queue",
		"family": "cms",
		"resource": "skillQueue",
		"operation": "getStatus",
		"name": "Get Status of a Skill Queue",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/skill/queuedevicestatus",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "skillId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Skill queue ID. The value ranges from 1 to 2000.",
				"min": 1,
				"max": 2000
			}
		],
		"shapeNote": "example keys not in the table: ccld required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDatas"
		},
		"example": {
			"ccld": 1,
			"vdn": 170,
			"skillId": 2
		}
	},
	{
		"section": "12.3.1.2.5",
		"title": "Querying Information About Skill Queue Configurations in Batches",
		"family": "cms",
		"resource": "skillQueue",
		"operation": "getConfigurations",
		"name": "Get Configurations in Batches",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/skill/skillcfginfo",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"required": true,
				"description": "Object array of skill queue ID information. The array cannot exceed 1000 characters. The value ranges from 1 to 2000."
			}
		],
		"shapeNote": "example key \"cclid\" differs in case from table field \"cclId\" example key \"skilllds\" differs from table field \"skillIds\" only by l/I/1, case or a separator (OCR/typo) Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDatas"
		},
		"example": {
			"cclid": 1,
			"vdn": 170,
			"skilllds": [
				1,
				2
			]
		}
	},
	{
		"section": "12.3.1.2.6",
		"title": "Querying Statistics Details of Skill Queues in Batches",
		"family": "cms",
		"resource": "skillQueue",
		"operation": "getStatistics",
		"name": "Get Statistics Details in Batches",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/skill/stateinfo",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"required": true,
				"description": "Object array of skill queue ID information. The array cannot exceed 1000 characters. The value ranges from 1 to 2000.",
				"itemType": "integer"
			}
		],
		"shapeNote": "example wraps body in queryParam; table lacks that wrapper (table fields are at the top level) example keys not in the table: ccld required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: the body is sent inside {\"queryParam\": {...}} as the reference's request example and the vendor samples show (e.g. https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2540.html, configures/skills); the PDF table lost the wrapper.",
		"result": {
			"itemsPath": "resultDatas"
		},
		"example": {
			"queryParam": {
				"ccld": 1,
				"vdn": 1,
				"skillIds": [
					1,
					2
				]
			}
		},
		"bodyWrapper": "queryParam"
	},
	{
		"section": "12.3.1.2.7",
		"title": "Querying All Calls Queuing in a Skill Queue in Batches",
		"family": "cms",
		"resource": "skillQueue",
		"operation": "getQueuingCalls",
		"name": "Get Queuing Calls in Batches",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/skill/batchmultiskill",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Object array of skill queue ID information. The array cannot exceed 1000 characters. The value ranges from 1 to 2000."
			}
		],
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"cclId": 1,
			"vdn": 170,
			"skillIds": [
				1,
				2
			]
		},
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	},
	{
		"section": "12.3.1.2.8",
		"title": "Querying the Number of Calls that Each Queue Answers from Other Queues in Batches When Calls are Queuing in Multiple Skill Queues",
		"family": "cms",
		"resource": "skillQueue",
		"operation": "getOverloadAnswers",
		"name": "Get Calls Answered From Other Queues (Overload)",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/skill/batchskilloverload",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Object array of skill queue ID information. The array cannot exceed 1000 characters. The value ranges from 1 to 2000."
			}
		],
		"shapeNote": "example keys not in the table: ccId required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDatas"
		},
		"example": {
			"ccId": 1,
			"vdn": 170,
			"skillIds": [
				1,
				2
			]
		}
	},
	{
		"section": "12.3.1.2.9",
		"title": "Querying the Number of Agents in Each State in a Skill Group",
		"family": "cms",
		"resource": "skillQueue",
		"operation": "getAgentStateCounts",
		"name": "Get Agent Counts per State",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/skill/agentstatusbyskill",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Object array of skill queue ID information. The array cannot exceed 1000 characters. The skill queue ID ranges from 1 to 2000."
			},
			{
				"name": "isSkillAllMatch",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Whether the agent skill queue is fully matched. The value is of the Boolean type. The default value is false. The options are as follows: • true: yes. The statistics are collected only when the skill queue to which an agent logs in completely matches the queried skill queue. • false: no. The statistics are collected if the skill queue to be queried is contained in the skill queues to which the ...",
				"options": [
					{
						"value": "true",
						"name": "yes. The statistics are collected only when the skill queue to which an agent logs in completely matches the queried skill queue"
					},
					{
						"value": "false",
						"name": "no. The statistics are collected if the skill queue to be queried is contained in the skill queues to which the agent logs in"
					}
				],
				"default": "false"
			}
		],
		"shapeNote": "example keys not in the table: ccld required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {},
		"example": {
			"ccld": 1,
			"vdn": 170,
			"skillIds": [
				1,
				2
			],
			"isSkillAllMatch": "true"
		}
	},
	{
		"section": "12.3.1.2.10",
		"title": "Querying Details About Signed-in Agents in a Skill Queue",
		"family": "cms",
		"resource": "skillQueue",
		"operation": "getSignedInAgentDetails",
		"name": "Get Details of Signed-In Agents",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/skill/agentbyconfigedskill",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "skillId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Skill queue ID. The value ranges from 1 to 2000.",
				"min": 1,
				"max": 2000
			}
		],
		"shapeNote": "example wraps body in queryParam; table lacks that wrapper (table fields are at the top level) Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: the body is sent inside {\"queryParam\": {...}} as the reference's request example and the vendor samples show (e.g. https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2540.html, configures/skills); the PDF table lost the wrapper.",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"queryParam": {
				"cclId": 1,
				"vdn": 1,
				"skillId": 1
			}
		},
		"bodyWrapper": "queryParam"
	},
	{
		"section": "12.3.1.2.11",
		"title": "Querying Service Quality for Skill Queues in Batches",
		"family": "cms",
		"resource": "skillQueue",
		"operation": "getServiceQuality",
		"name": "Get Service Quality in Batches",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/skill/servicequality",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"required": true,
				"description": "Object array of skill queue ID information. The array cannot exceed 1000 characters. The value ranges from 1 to 2000."
			}
		],
		"shapeNote": "example key \"skillIds\" differs from table field \"skilllds\" only by l/I/1, case or a separator (OCR/typo) Decision: table field skilllds (the PDF renders \"I\" as \"l\") is sent as skillIds, as the example and every other skill-queue interface spell it. Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"cclid": 1,
			"vdn": 1,
			"skillIds": [
				1,
				2
			]
		}
	},
	{
		"section": "12.3.1.2.12",
		"title": "Obtaining Real-Time Monitoring Indicators by Skill Queue",
		"family": "cms",
		"resource": "skillQueue",
		"operation": "getRealTimeIndicators",
		"name": "Get Real-Time Indicators by Skill Queue",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/skill/rindex",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Object array of skill queue ID information. The array cannot exceed 1000 characters. The value ranges from 1 to 2000."
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Array of indicators. The maximum length of the array depends on the number of real-time monitoring indicators by skill. The maximum value is 12 currently. For details about the parameters of this object, see Table 12-687."
			}
		],
		"shapeNote": "example key \"cclId\" differs in case from table field \"cclid\" Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"cclId": 1,
			"vdn": 170,
			"skillIds": [
				1,
				2
			],
			"indexIds": [
				"IDX_COUNT_REAL_SKILL_QUEUE",
				"IDX_COUNT_REAL_SKILL_HANDLE",
				"IDX_DURATION_SKILL_MAX_QUEUE_ACK",
				"IDX_COUNT_20S_CALL_FOR_5MIN",
				"IDX_COUNT_REAL_AGENT_SIGN_IN",
				"IDX_COUNT_REAL_AGENT_CONNECT",
				"IDX_COUNT_REAL_AGENT_SET_IDLE",
				"IDX_COUNT_REAL_AGENT_USABLE",
				"IDX_COUNT_REAL_AGENT_SET_BUSY",
				"IDX_COUNT_REAL_AGENT_ACW",
				"IDX_COUNT_REAL_AGENT_REST",
				"IDX_COUNT_REAL_AGENT_STUDY"
			]
		}
	},
	{
		"section": "12.3.1.3.1",
		"title": "Querying Skill Queues to Which Agents Sign In in Batches",
		"family": "cms",
		"resource": "agent",
		"operation": "getSignedInSkills",
		"name": "Get Signed-In Skill Queues in Batches",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/agentgroup/siteagentcallandskillinfobyagentids",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "agentIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Array of agent IDs. The maximum length of the array is 6000. The value ranges from 101 to 59999.",
				"maxItems": 6000
			}
		],
		"shapeNote": "example keys not in the table: ccld required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDatas"
		},
		"example": {
			"ccld": 1,
			"vdn": 170,
			"agentIds": [
				1031,
				1099
			]
		}
	},
	{
		"section": "12.3.1.3.2",
		"title": "Querying Agent Information in Batches",
		"family": "cms",
		"resource": "agent",
		"operation": "getAgentsInfo",
		"name": "Get Agent Information in Batches",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/agentgroup/agentstatusinfobyagentids",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "agentIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Array of agent IDs. The maximum length of the array is 6000. The value ranges from 101 to 59999.",
				"maxItems": 6000
			}
		],
		"shapeNote": "example keys not in the table: ccld required table fields absent from example: cclid Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDatas"
		},
		"example": {
			"ccld": 1,
			"vdn": 170,
			"agentIds": [
				1031,
				1099
			]
		}
	},
	{
		"section": "12.3.1.3.3",
		"title": "Querying the Current Call ID of a Specified Agent",
		"family": "cms",
		"resource": "agent",
		"operation": "getCurrentCallId",
		"name": "Get Current Call ID",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/agent/queryagentcalls",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999.",
				"min": 101,
				"max": 59999
			}
		],
		"shapeNote": "example keys not in the table: ccld required table fields absent from example: cclid Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {},
		"example": {
			"ccld": 1,
			"vdn": 170,
			"agentId": 1099
		}
	},
	{
		"section": "12.3.1.3.4",
		"title": "Querying Call Information About All Agents in Batches",
		"family": "cms",
		"resource": "agent",
		"operation": "getAgentCalls",
		"name": "Get Call Information in Batches",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/agentgroup/queryagentcalls",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "agentIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Array of agent IDs. The maximum length of the array is 3000. The value ranges from 101 to 59999.",
				"maxItems": 3000
			}
		],
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"cclId": 1,
			"vdn": 170,
			"agentIds": [
				1031,
				1099
			]
		},
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	},
	{
		"section": "12.3.1.3.5",
		"title": "Querying Private Calls of a Specified Agent",
		"family": "cms",
		"resource": "agent",
		"operation": "getPrivateCalls",
		"name": "Get Private Calls",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/agent/agentprivatecall",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999.",
				"min": 101,
				"max": 59999
			}
		],
		"shapeNote": "example key \"cclid\" differs in case from table field \"cclId\" Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {},
		"example": {
			"cclid": 1,
			"vdn": 170,
			"agentId": 1099
		}
	},
	{
		"section": "12.3.1.3.6",
		"title": "Querying the Number of Agents in the Agent State in batches",
		"family": "cms",
		"resource": "agent",
		"operation": "getStateCounts",
		"name": "Get Agent Counts per State in Batches",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/agentgroup/teamagentstatusinfo",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "agentIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Array of agent IDs. The maximum length of the array is 6000. The value ranges from 101 to 59999.",
				"maxItems": 6000
			}
		],
		"shapeNote": "example keys not in the table: ccld required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {},
		"example": {
			"ccld": 1,
			"vdn": 170,
			"agentIds": [
				1031,
				1099
			]
		}
	},
	{
		"section": "12.3.1.3.7",
		"title": "Querying Details of a Specified Agent",
		"family": "cms",
		"resource": "agent",
		"operation": "getDetails",
		"name": "Get Agent Details",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/agent/agentbyworkno",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999.",
				"min": 101,
				"max": 59999
			}
		],
		"shapeNote": "example wraps body in queryParam; table lacks that wrapper (table fields are at the top level) example keys not in the table: ccld required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: the body is sent inside {\"queryParam\": {...}} as the reference's request example and the vendor samples show (e.g. https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2540.html, configures/skills); the PDF table lost the wrapper.",
		"result": {},
		"example": {
			"queryParam": {
				"ccld": 1,
				"vdn": 1,
				"agentId": 101
			}
		},
		"bodyWrapper": "queryParam"
	},
	{
		"section": "12.3.1.3.8",
		"title": "Querying Agent Rest Information",
		"family": "cms",
		"resource": "agent",
		"operation": "getRestInfo",
		"name": "Get Rest Information",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/agentgroup/agentrestinfos",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Parameter for determining the start page of the query. Value of offset = Value of limit x (Value of page - 1). The value of offset is greater than or equal to 0. page indicates the start page of the query. This field is valid only in CTI3.6.",
				"min": 0
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of query records on each page. The value ranges from 1 to 100. limit and offset must exist or not exist at the same time. This field is valid only in CTI3.6.",
				"min": 1,
				"max": 100
			}
		],
		"shapeNote": "example wraps body in queryParam; table lacks that wrapper (table fields are at the top level) example keys not in the table: ccld required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: the body is sent inside {\"queryParam\": {...}} as the reference's request example and the vendor samples show (e.g. https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2540.html, configures/skills); the PDF table lost the wrapper.",
		"result": {
			"itemsPath": "resultDatas.agentsRestDetails"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 100
		},
		"example": {
			"queryParam": {
				"ccld": 1,
				"vdn": 1,
				"offset": 0,
				"limit": 100
			}
		},
		"bodyWrapper": "queryParam"
	},
	{
		"section": "12.3.1.3.9",
		"title": "Checking Whether an Agent Is Processing a Call",
		"family": "cms",
		"resource": "agent",
		"operation": "isProcessingCall",
		"name": "Check Whether Processing a Call",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/calldata/isprocesscall",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999.",
				"min": 101,
				"max": 59999
			}
		],
		"shapeNote": "example wraps body in queryParam; table lacks that wrapper (table fields are at the top level) example key \"cclid\" differs in case from table field \"cclId\" Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: the body is sent inside {\"queryParam\": {...}} as the reference's request example and the vendor samples show (e.g. https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2540.html, configures/skills); the PDF table lost the wrapper.",
		"result": {},
		"example": {
			"queryParam": {
				"cclid": 1,
				"vdn": 1,
				"agentId": 101
			}
		},
		"bodyWrapper": "queryParam"
	},
	{
		"section": "12.3.1.3.10",
		"title": "Querying System Status by Agent",
		"family": "cms",
		"resource": "agent",
		"operation": "getSystemStatus",
		"name": "Get System Status by Agent",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/agentgroup/systemstate",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Parameter for determining the start page of the query. Value of offset = Value of limit x (Value of page - 1). The value of offset is greater than or equal to 0. page indicates the start page of the query.",
				"min": 0
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of query records on each page. The value ranges from 1 to 100.",
				"min": 1,
				"max": 100
			}
		],
		"shapeNote": "example wraps body in queryParam; table lacks that wrapper (table fields are at the top level) example keys not in the table: ccId required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: the body is sent inside {\"queryParam\": {...}} as the reference's request example and the vendor samples show (e.g. https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2540.html, configures/skills); the PDF table lost the wrapper.",
		"result": {},
		"example": {
			"queryParam": {
				"ccId": 1,
				"vdn": 1,
				"offset": 0,
				"limit": 100
			}
		},
		"bodyWrapper": "queryParam"
	},
	{
		"section": "12.3.1.3.11",
		"title": "Obtaining Real-Time Monitoring Indicators by Agent",
		"family": "cms",
		"resource": "agent",
		"operation": "getRealTimeIndicators",
		"name": "Get Real-Time Indicators by Agent",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/agentgroup/rindex",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "agentIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Array of agent IDs. The maximum array length is 100. The value ranges from 101 to 59999."
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Array of indicators. The maximum length of the array depends on the number of real-time monitoring indicators by agent. The maximum value is 4. For details about the parameters of this object, see Table 12-690."
			}
		],
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"cclid": 1,
			"vdn": 170,
			"agentIds": [
				1032,
				1099
			],
			"indexIds": [
				"IDX_AGENT_PHONE",
				"IDX_AGENT_CURRENT_STATE",
				"IDX_DURATION_AGENT_CURRENT_STATE",
				"IDX_AGENT_LOGIN_SKILLS"
			]
		},
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	},
	{
		"section": "12.3.1.3.12",
		"title": "Obtaining Agent Operation Details",
		"family": "cms",
		"resource": "agent",
		"operation": "getOperationDetails",
		"name": "Get Operation Details",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/agent/agentoprinfo",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "currentAgentId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Agent ID. The value ranges from 0 to 99999.",
				"min": 0,
				"max": 99999
			},
			{
				"name": "operateType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Operation type. For details, see Table 12-702."
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Statistics start time. The value must be in yyyy-MM-dd HH:mm:ss format. The time in the UTC time zone is used. The time range must be an integer multiple of 15 minutes, and the time span cannot be greater than 24 hours."
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Statistics end time. The value must be in yyyy-MM-dd HH:mm:ss format. The time in the UTC time zone is used. The time range must be an integer multiple of 15 minutes, and the time span cannot be greater than 24 hours."
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of a call center. In the integration environment, the default value is the value of Call Center ID on the Configuration Center > System Management > CMS System Configuration page after a system administrator signs in to the AICC. If this parameter is empty, the data whose sys_key is default_cc_id and sys_type is cms_system_config in the t_cms_sysparam database table is used. In the independe...",
				"displayName": "Call Center ID"
			}
		],
		"shapeNote": "example key \"cclid\" differs in case from table field \"cclId\" Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"currentAgentId": 12,
			"operateType": 46,
			"beginTime": "2020-08-22 05:00:00",
			"endTime": "2020-08-23 05:00:00",
			"cclid": 1
		}
	},
	{
		"section": "12.3.1.3.13",
		"title": "Querying Agent Information by Agent Status in Pagination Mode",
		"family": "cms",
		"resource": "agent",
		"operation": "getByStatus",
		"name": "Get Agents by Status (Paged)",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/vdn/queryAgentByStatus",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call center ID. The value ranges from 1 to 65535.",
				"minLength": 1,
				"maxLength": 25,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of a virtual call center. The value ranges from 1 to 5000."
			},
			{
				"name": "status",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Agent status. For details about the value, see 12.3.8.3 CTI Platform Agent Status Code Reference."
			},
			{
				"name": "offset",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "offset is used to determine the start page of the query. The value range of offset is as follows: The value of offset is equal to limit x (page - 1). The value is greater than or equal to 0. page indicates the start page to be queried.",
				"min": 0
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Number of records on each page. The maximum value is 1000.",
				"max": 1000
			}
		],
		"shapeNote": "example keys not in the table: ccld required table fields absent from example: cclid Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "data"
		},
		"example": {
			"ccld": "1",
			"vdn": "3",
			"status": "0",
			"limit": 10,
			"offset": 0
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 1000
		}
	},
	{
		"section": "12.3.1.4.1",
		"title": "Querying Basic Information About a Call with a Specified Call ID",
		"family": "cms",
		"resource": "call",
		"operation": "getBasicInfo",
		"name": "Get Basic Call Information",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/calldata/querybasiccallinfo",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call ID. The value contains a maximum of 20 characters. The value is in the format of Call start time-Call ID. Call start time is a timestamp in milliseconds. An example is 1659513159000-546750.",
				"maxLength": 20
			}
		],
		"shapeNote": "example key \"callId\" differs in case from table field \"callid\" Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: callId (the PDF prints callid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_0640.html / cec_07_2577 (querybasiccallinfo) and the reference's own request example.",
		"result": {},
		"example": {
			"cclid": 1,
			"vdn": 1,
			"callId": "1453723531-574"
		}
	},
	{
		"section": "12.3.1.4.2",
		"title": "Querying Private Call Details of a Specified Agent",
		"family": "cms",
		"resource": "call",
		"operation": "getPrivateCallDetails",
		"name": "Get Private Call Details",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/calldata/querydetailcallinfo",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call ID, which is the private call ID of a specified agent. The value contains a maximum of 20 characters. For details about how to obtain the value, see 12.3.1.3.5 Querying Private Calls of a Specified Agent.",
				"maxLength": 20
			}
		],
		"shapeNote": "example key \"cclId\" differs in case from table field \"cclid\" example key \"callId\" differs in case from table field \"callid\" Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: callId (the PDF prints callid): the reference's own request example (callId) and the vendor spelling of the sibling 12.3.1.4.1 (cec_07_0640); no vendor page of querydetailcallinfo read.",
		"result": {},
		"example": {
			"cclId": 1,
			"vdn": 1,
			"callId": "1453723531-574"
		}
	},
	{
		"section": "12.3.1.4.3",
		"title": "Querying CDRs of a Specified Call ID",
		"family": "cms",
		"resource": "call",
		"operation": "getCdrs",
		"name": "Get CDRs of a Call",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/calldata/querycalldetailbyid",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "isCallin",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Whether a call is an inbound call. The options are as follows: true: inbound call false: outbound call",
				"options": [
					{
						"value": "true",
						"name": "inbound call"
					},
					{
						"value": "false",
						"name": "outbound call"
					}
				]
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call ID."
			}
		],
		"shapeNote": "example wraps body in queryParam; table lacks that wrapper (table fields are at the top level) example keys not in the table: ccId required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: the body is sent inside {\"queryParam\": {...}} as the reference's request example and the vendor samples show (e.g. https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2540.html, configures/skills); the PDF table lost the wrapper.",
		"result": {},
		"example": {
			"queryParam": {
				"ccId": 1,
				"isCallin": "true",
				"callId": "1000000000-0001"
			}
		},
		"bodyWrapper": "queryParam"
	},
	{
		"section": "12.3.2.1",
		"title": "Obtaining Historical Monitoring Indicators by VDN",
		"family": "cms",
		"resource": "history",
		"operation": "getVdnIndicators",
		"name": "Get Historical Indicators by VDN",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/hisindex/vdn",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of a call center. In the integration environment, the default value is the value of Call Center ID on the Configuration Center > System Management > CMS System Configuration page after a system administrator signs in to the AICC. If this parameter is empty, the data whose sys_key is default_cc_id and sys_type is cms_system_config in the t_cms_sysparam database table is used. In the independe...",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdnIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Array of VDN IDs. The maximum length of the array is 100. The VDN ID is of the integer type.",
				"maxItems": 100
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Array of indicators. The indicator is of the string type. For details, see Table 12-692."
			},
			{
				"name": "timeGrain",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "This parameter can be used to collect statistics on historical monitoring indicators by minute. The options are 15MIN, 30MIN, and 60MIN. If this parameter is not passed, statistics on the current day in the time zone where the VDN is located are collected."
			},
			{
				"name": "anonyCall",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Anonymous call identifier. This parameter is available only for inbound calls. The value 1 indicates anonymous calls, and the value 0 indicates non-anonymous calls. If this parameter is not passed, all anonymous calls and non-anonymous calls are queried.",
				"options": [
					{
						"value": 1,
						"name": "anonymous calls"
					},
					{
						"value": 0,
						"name": "non-anonymous calls"
					}
				]
			},
			{
				"name": "calleeNo",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Called number."
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call media type. For details, see Table 12-695."
			},
			{
				"name": "subMediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Submedia type. For details, see Table 12-523."
			},
			{
				"name": "enableOffset",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "The options are Y and N. If Y is transferred, the data of the previous day is queried. If N is transferred, the data of the current day is queried. If no value is transferred, the default value N is used."
			}
		],
		"result": {
			"itemsPath": "resultDatas"
		},
		"example": {
			"cclid": 1,
			"vdnIds": [
				29,
				30
			],
			"indexIds": [
				"IDX_COUNT_TOTAL_CALL",
				"IDX_COUNT_CONNECTED_CALL"
			],
			"timeGrain": "15MIN",
			"anonyCall": 1,
			"calleeNo": "640001",
			"mediaType": 53,
			"subMediaType": 3
		},
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	},
	{
		"section": "12.3.2.2",
		"title": "Querying Information About Missed Calls in a Specified VDN",
		"family": "cms",
		"resource": "history",
		"operation": "getMissedCalls",
		"name": "Get Missed Calls",
		"method": "POST",
		"path": "/rest/cmsapp/v1/callin/queryMissedCalls",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "offset",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Parameter for determining the start page of the query. Value of offset = Value of limit x (Value of page - 1)"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Number of queried records. A maximum of 5000 records can be queried at a time."
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Start time for the query (zero-zone time). The format is yyyy-MM-dd HH:mm:ss."
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "End time for the query (zero-zone time). The format is yyyy-MM-dd HH:mm:ss."
			}
		],
		"result": {
			"itemsPath": "missedCalls",
			"totalPath": "total"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 5000
		},
		"example": {
			"vdn": 159,
			"offset": 0,
			"limit": 3,
			"beginTime": "2022-11-17 00:13:43",
			"endTime": "2022-11-17 23:44:13"
		}
	},
	{
		"section": "12.3.2.3",
		"title": "Obtaining Historical IVR Monitoring Indicators",
		"family": "cms",
		"resource": "history",
		"operation": "getIvrIndicators",
		"name": "Get Historical IVR Indicators",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/hisindex/ivr",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of a call center. • In the integration environment, the default value is the value of Call Center ID on the Configuration Center > System Management > CMS System Configuration page after a system administrator signs in to the AICC. If this parameter is empty, the data whose sys_key is default_cc_id and sys_type is cms_system_config in the t_cms_sysparam database table is used. • In the indep...",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN."
			},
			{
				"name": "serviceNos",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Array of business type IDs. The maximum length of the array is 500. The business type is of the integer type. In public cloud mode, the value is 1 by default. To change the value, contact the system administrator. In independent deployment mode, log in to the WAS as a VDN administrator, choose Web Configuration Console > VDN1 Configuration > Flow > Flow, and check the value of Flow Service Type...",
				"maxItems": 500
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Array of indicators. The indicator is of the string type. For details, see Table 12-694."
			},
			{
				"name": "timeGrain",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "This parameter can be used to collect statistics on historical monitoring indicators by minute. The options are 15MIN, 30MIN, and 60MIN. If this parameter is not passed, statistics on the current day in the time zone where the VDN is located are collected."
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call media type. For details, see Table 12-695."
			},
			{
				"name": "subMediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Submedia type. For details, see Table 12-696."
			},
			{
				"name": "enableOffset",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "The options are Y and N. If Y is transferred, the data of the previous day is queried. If N is transferred, the data of the current day is queried. If no value is transferred, the default value N is used."
			}
		],
		"shapeNote": "example keys not in the table: ccId Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDatas"
		},
		"example": {
			"ccId": 1,
			"vdn": 170,
			"timeGrain": "15MIN",
			"serviceNos": [
				3,
				2
			],
			"indexIds": [
				"IDX_COUNT_IVR_INBOUND_CALL"
			],
			"mediaType": 53,
			"subMediaType": 3
		}
	},
	{
		"section": "12.3.2.4",
		"title": "Obtaining Historical Monitoring Indicators by Skill",
		"family": "cms",
		"resource": "history",
		"operation": "getSkillIndicators",
		"name": "Get Historical Indicators by Skill",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/hisindex/skill",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call center ID. The value ranges from 1 to 65535. In the integration environment, the default value is the value of Call Center ID on the Configuration Center > System Management > CMS System Configuration page after a system administrator signs in to the AICC. If this parameter is empty, the data whose sys_key is default_cc_id and sys_type is cms_system_config in the t_cms_sysparam database ta...",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "timeGrain",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "This parameter can be used to collect statistics on historical monitoring indicators by minute. The options are 15MIN, 30MIN, and 60MIN. If this parameter is not passed, statistics on the current day in the time zone where the VDN is located are collected."
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Array of skill queue IDs. The array contains a maximum of 1000 characters. The skill queue is of the integer type."
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Array of indicators. The indicator is of the string type. The maximum length of the array depends on the number of historical monitoring indicators by skill. For details about the indicators, see Table 12-686."
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call media type. For details, see Table 12-695."
			},
			{
				"name": "subMediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Submedia type. For details, see Table 12-696."
			},
			{
				"name": "enableOffset",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "The options are Y and N. If Y is transferred, the data of the previous day is queried. If N is transferred, the data of the current day is queried. If no value is transferred, the default value N is used."
			}
		],
		"shapeNote": "example key \"cclId\" differs in case from table field \"cclid\" Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDatas"
		},
		"example": {
			"cclId": 1,
			"vdn": 1,
			"skillIds": [
				11,
				24
			],
			"timeGrain": "15MIN",
			"indexIds": [
				"IDX_COUNT_SKILL_REQUEST",
				"IDX_COUNT_SKILL_CONNECTED"
			],
			"mediaType": 53,
			"subMediaType": 3
		}
	},
	{
		"section": "12.3.2.5",
		"title": "Obtaining Historical Monitoring Indicators by Agent",
		"family": "cms",
		"resource": "history",
		"operation": "getAgentIndicators",
		"name": "Get Historical Indicators by Agent",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/hisindex/agent",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call center ID. The value ranges from 1 to 65535. In the integration environment, the default value is the value of Call Center ID on the Configuration Center > System Management > CMS System Configuration page after a system administrator signs in to the AICC. If this parameter is empty, the data whose sys_key is default_cc_id and sys_type is cms_system_config in the t_cms_sysparam database ta...",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "agentIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Array of agent IDs. The array can contain a maximum of 100 characters. The agent ID is of the integer type, and the value ranges from 0 to 99999."
			},
			{
				"name": "timeGrain",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "This parameter can be used to collect statistics on historical monitoring indicators by minute. The options are 15MIN, 30MIN, and 60MIN. If this parameter is not passed or left empty, statistics on the current day in the time zone where the VDN is located are collected. Some historical monitoring indicators of the agent operation type cannot be queried by minute. For details, see Table 12-689."
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Array of indicators. The indicator is of the string type. The maximum length of the array depends on the number of historical agent monitoring indicators. For details, see Table 12-689."
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call media type. For details, see Table 12-695."
			},
			{
				"name": "subMediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Submedia type. For details, see Table 12-696."
			},
			{
				"name": "enableOffset",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "The options are Y and N. If Y is transferred, the data of the previous day is queried. If N is transferred, the data of the current day is queried. If no value is transferred, the default value N is used."
			}
		],
		"shapeNote": "example key \"cclId\" differs in case from table field \"cclid\" Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDatas"
		},
		"example": {
			"cclId": 1,
			"vdn": 22,
			"agentIds": [
				295
			],
			"timeGrain": "15MIN",
			"indexIds": [
				"IDX_COUNT_AGENT_COLLATION",
				"IDX_COUNT_AGENT_SET_BUSY",
				"IDX_DURATION_AGENT_CALL_IN"
			],
			"mediaType": 53,
			"subMediaType": 3
		}
	},
	{
		"section": "12.3.2.6",
		"title": "Obtaining Historical Monitoring Indicators in a Specified Time Range by Skill",
		"family": "cms",
		"resource": "history",
		"operation": "getSkillIndicatorsByDay",
		"name": "Get Skill Indicators in a Time Range",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/hisindex/skillforday",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of a call center. In the integration environment, the default value is the value of Call Center ID on the Configuration Center > System Management > CMS System Configuration page after a system administrator signs in to the AICC. If this parameter is empty, the data whose sys_key is default_cc_id and sys_type is cms_system_config in the t_cms_sysparam database table is used. In the independe...",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN."
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Array of skill queue IDs. The array contains a maximum of 1000 characters. The skill queue is of the integer type."
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Indicator code array. The indicator is of the string type. The maximum length of the array depends on the number of historical monitoring indicators by skill. For details about the indicators, see Table 12-686 and Table 12-688."
			},
			{
				"name": "beginDayTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Start time, which is the time in the time zone where the VDN is located."
			},
			{
				"name": "endDayTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "End time, which is the time in the time zone where the VDN is located."
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call media type. For details, see Table 12-695."
			},
			{
				"name": "subMediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Submedia type. For details, see Table 12-696."
			}
		],
		"shapeNote": "example keys not in the table: ccid Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"ccid": 1,
			"vdn": 4,
			"skillIds": [
				11,
				12
			],
			"indexIds": [
				"IDX_DURATION_SKILL_AVG_ABANDON_ACK",
				"IDX_COUNT_SKILL_REQUEST"
			],
			"beginDayTime": "2020-08-21 00:00:00",
			"endDayTime": "2020-08-22 00:00:00",
			"mediaType": 53,
			"subMediaType": 3
		}
	},
	{
		"section": "12.3.2.7",
		"title": "Obtaining Historical Monitoring Indicators in a Specified Month Range by Skill",
		"family": "cms",
		"resource": "history",
		"operation": "getSkillIndicatorsByMonth",
		"name": "Get Skill Indicators in a Month Range",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/hisindex/skillformonth",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of a call center. In the integration environment, the default value is the value of Call Center ID on the Configuration Center > System Management > CMS System Configuration page after a system administrator signs in to the AICC. If this parameter is empty, the data whose sys_key is default_cc_id and sys_type is cms_system_config in the t_cms_sysparam database table is used. In the independe...",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN."
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Array of skill queue IDs. The array contains a maximum of 1000 characters. The skill queue is of the integer type."
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Array of indicators. The indicator is of the string type. The maximum length of the array depends on the number of historical monitoring indicators by skill. For details about the indicators, see Table 12-686 and Table 12-688."
			},
			{
				"name": "beginMonthTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Start month. The time zone of the VDN is used."
			},
			{
				"name": "endMonthTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "End month. The time zone of the VDN is used."
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call media type. For details, see Table 12-695."
			},
			{
				"name": "subMediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Submedia type. For details, see Table 12-696."
			}
		],
		"shapeNote": "example keys not in the table: ccId Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"ccId": 1,
			"vdn": 4,
			"skillIds": [
				11,
				12
			],
			"indexIds": [
				"IDX_DURATION_SKILL_AVG_ABANDON_ACK",
				"IDX_COUNT_SKILL_REQUEST"
			],
			"beginMonthTime": "202007",
			"endMonthTime": "202008",
			"mediaType": 53,
			"subMediaType": 3
		}
	},
	{
		"section": "12.3.2.8",
		"title": "Obtaining Historical Monitoring Indicators in a Specified Time Range by Agent",
		"family": "cms",
		"resource": "history",
		"operation": "getAgentIndicatorsByDay",
		"name": "Get Agent Indicators in a Time Range",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/hisindex/agentforday",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of a call center. In the integration environment, the default value is the value of Call Center ID on the Configuration Center > System Management > CMS System Configuration page after a system administrator signs in to the AICC. If this parameter is empty, the data whose sys_key is default_cc_id and sys_type is cms_system_config in the t_cms_sysparam database table is used. In the independe...",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN."
			},
			{
				"name": "agentIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Array of agent queue IDs. The array contains a maximum of 1000 characters. The agent queue is of the integer type, and the value ranges from 0 to 99999."
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Indicator code array. The indicator is of the string type. The maximum length of the array depends on the number of historical agent monitoring indicators. For details, see Table 12-689 and Table 12-691."
			},
			{
				"name": "beginDayTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Start date. The time zone of the VDN is used."
			},
			{
				"name": "endDayTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "End date. The time zone of the VDN is used."
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call media type. For details, see Table 12-695."
			},
			{
				"name": "subMediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Submedia type. For details, see Table 12-696."
			}
		],
		"shapeNote": "example keys not in the table: ccld Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"ccld": 1,
			"vdn": 4,
			"agentIds": [
				11,
				12
			],
			"indexIds": [
				"IDX_DURATION_AGENT_REST",
				"IDX_COUNT_AGENT_REQUEST"
			],
			"beginDayTime": "2020-08-21 00:00:00",
			"endDayTime": "2020-08-22 00:00:00",
			"mediaType": 53,
			"subMediaType": 3
		}
	},
	{
		"section": "12.3.2.9",
		"title": "Obtaining Historical Monitoring Indicators in Specified Month by Agent",
		"family": "cms",
		"resource": "history",
		"operation": "getAgentIndicatorsByMonth",
		"name": "Get Agent Indicators in a Month Range",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/hisindex/agentformonth",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of a call center. In the integration environment, the default value is the value of Call Center ID on the Configuration Center > System Management > CMS System Configuration page after a system administrator signs in to the AICC. If this parameter is empty, the data whose sys_key is default_cc_id and sys_type is cms_system_config in the t_cms_sysparam database table is used. In the independe...",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN."
			},
			{
				"name": "agentIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Array of agent IDs. The array contains a maximum of 1000 characters. The agent queue is of the integer type, and the value ranges from 0 to 99999."
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Array of indicators. The indicator is of the string type. The maximum length of the array depends on the number of historical agent monitoring indicators. For details, see Table 12-689 and Table 12-691."
			},
			{
				"name": "beginMonthTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Start month. The time zone of the VDN is used."
			},
			{
				"name": "endMonthTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "End month. The time zone of the VDN is used."
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call media type. For details, see Table 12-695."
			},
			{
				"name": "subMediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Submedia type. For details, see Table 12-696."
			}
		],
		"shapeNote": "example keys not in the table: ccld Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"ccld": 1,
			"vdn": 4,
			"agentIds": [
				11,
				12
			],
			"indexIds": [
				"IDX_DURATION_AGENT_REST",
				"IDX_COUNT_AGENT_REQUEST"
			],
			"beginMonthTime": "202007",
			"endMonthTime": "202008",
			"mediaType": 53,
			"subMediaType": 3
		}
	},
	{
		"section": "12.3.2.10",
		"title": "Collecting Statistics on Result Sets in Daily Settlement Table for Inbound Calls",
		"family": "cms",
		"resource": "history",
		"operation": "getInboundDailyStatistics",
		"name": "Get Inbound Daily Settlement Statistics",
		"method": "POST",
		"path": "/rest/cmsapp/v1/callinday/querymanualindexesbycondition",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "calleeNos",
				"in": "body",
				"type": "array",
				"required": true,
				"description": "Array of called numbers. The statistics are collected for each number in the array. The called number consists of only digits. The array size is up to 1000.",
				"itemType": "string"
			},
			{
				"name": "beginLogDay",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Start call time for statistics collection. The value must be in the yyyy-MM-dd format and in the time zone of the VDN."
			},
			{
				"name": "endLogDay",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "End call time for statistics collection. The value must be in the yyyy-MM-dd format and in the time zone of the VDN."
			},
			{
				"name": "callTypes",
				"in": "body",
				"type": "array",
				"required": true,
				"description": "Call type array of the integer type. Statistics are collected based on each type in the array. The call type is only the digit. The array size is up to 1000.",
				"itemType": "integer"
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"required": false,
				"description": "Skill queue IDs. An array of integers. Statistics are collected by type in the array. The array size is up to 1000.",
				"itemType": "integer"
			},
			{
				"name": "subCcNo",
				"in": "body",
				"type": "integer",
				"description": "Subsystem number."
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"description": "ID of a VDN."
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"description": "Tenant ID. (Mandatory: Either this parameter or subCcNo (or vdn ) must be set.)"
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of a call center. In the integration environment, the default value is the value of Call Center ID on the Configuration Center > System Management > CMS System Configuration page after a system administrator signs in to the AICC. If this parameter is empty, the data whose sys_key is default_cc_id and sys_type is cms_system_config in the t_cms_sysparam database table is used. In the independe...",
				"displayName": "Call Center ID"
			}
		],
		"shapeNote": "example wraps body in queryParam; table lacks that wrapper (table fields are at the top level) example keys not in the table: cclid Vendor evidence: the body is sent inside {\"queryParam\": {...}} as the reference's request example and the vendor samples show (e.g. https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2540.html, configures/skills); the PDF table lost the wrapper.",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"queryParam": {
				"calleeNos": [
					"10000"
				],
				"beginLogDay": "2020-01-01",
				"endLogDay": "2020-01-01",
				"callTypes": [
					0
				],
				"skillIds": [
					1
				],
				"subCcNo": 1,
				"vdn": 3,
				"cclid": 1
			}
		},
		"bodyWrapper": "queryParam"
	},
	{
		"section": "12.3.2.11",
		"title": "Collecting Statistics on Result Sets in Daily Settlement Table for Outbound Calls",
		"family": "cms",
		"resource": "history",
		"operation": "getOutboundDailyStatistics",
		"name": "Get Outbound Daily Settlement Statistics",
		"method": "POST",
		"path": "/rest/cmsapp/v1/calloutday/querymanualindexesbycondition",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "callerNos",
				"in": "body",
				"type": "array",
				"required": true,
				"description": "Array of calling numbers of a call. The statistics are collected by group based on each number in the array. The calling number consists of only digits. The array size is up to 1000.",
				"itemType": "string"
			},
			{
				"name": "beginLogDay",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Start call time for statistics collection. The value must be in the yyyy-MM-dd format and in the time zone of the VDN."
			},
			{
				"name": "endLogDay",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "End call time for statistics collection. The value must be in the yyyy-MM-dd format and in the time zone of the VDN."
			},
			{
				"name": "callTypes",
				"in": "body",
				"type": "array",
				"required": true,
				"description": "Call type array of the integer type. Statistics are collected based on each type in the array. The call type is only the digit. The array size is up to 1000.",
				"itemType": "integer"
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"required": false,
				"description": "Skill queue IDs. An array of integers. Statistics are collected by type in the array. The array size is up to 1000.",
				"itemType": "integer"
			},
			{
				"name": "subCcNo",
				"in": "body",
				"type": "integer",
				"description": "Subsystem number."
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"description": "ID of a VDN."
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"description": "Tenant ID. (Mandatory: Either this parameter or subCcNo (or vdn ) must be set.)"
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of a call center. In the integration environment, the default value is the value of Call Center ID on the Configuration Center > System Management > CMS System Configuration page after a system administrator signs in to the AICC. If this parameter is empty, the data whose sys_key is default_cc_id and sys_type is cms_system_config in the t_cms_sysparam database table is used. In the independe...",
				"displayName": "Call Center ID"
			}
		],
		"shapeNote": "example wraps body in queryParam; table lacks that wrapper (table fields are at the top level) Vendor evidence: the body is sent inside {\"queryParam\": {...}} as the reference's request example and the vendor samples show (e.g. https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2540.html, configures/skills); the PDF table lost the wrapper.",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"queryParam": {
				"callerNos": [
					"120002"
				],
				"beginLogDay": "2021-10-26",
				"endLogDay": "2021-10-26",
				"callTypes": [
					7
				],
				"skillIds": [
					1,
					6
				],
				"subCcNo": 1,
				"vdn": 32
			}
		},
		"bodyWrapper": "queryParam"
	},
	{
		"section": "12.3.3.1",
		"title": "Querying Information about All VDNs in a Specified Call Center",
		"family": "cms",
		"resource": "configuration",
		"operation": "getVdns",
		"name": "Get All VDNs of a Call Center",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/configures/vdns",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			}
		],
		"shapeNote": "example keys not in the table: queryParam required table fields absent from example: cclid Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: the body is sent inside {\"queryParam\": {...}} as the reference's request example and the vendor samples show (e.g. https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2540.html, configures/skills); the PDF table lost the wrapper.",
		"result": {
			"itemsPath": "resultDatas"
		},
		"example": {
			"queryParam": {
				"ccId": 1
			}
		},
		"bodyWrapper": "queryParam"
	},
	{
		"section": "12.3.3.2",
		"title": "Querying Information About All Agents by VDN ID",
		"family": "cms",
		"resource": "configuration",
		"operation": "getAgentsByVdn",
		"name": "Get All Agents by VDN ID",
		"method": "GET",
		"path": "/rest/cmsapp/v1/openapi/configures/agents/{ccId}/{vdn}/{offset}/{limit}",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000,
				"displayName": "VDN"
			},
			{
				"name": "offset",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Position of the first record (from 0).",
				"min": 0,
				"displayName": "Offset"
			},
			{
				"name": "limit",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Number of records to return (with Offset, the count of all agents is returned).",
				"min": 1,
				"displayName": "Limit"
			}
		],
		"result": {
			"itemsPath": "resultDatas"
		},
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints ccld / {ccld}): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	},
	{
		"section": "12.3.3.3",
		"title": "Obtaining All Called Routes in a VDN",
		"family": "cms",
		"resource": "configuration",
		"operation": "getCalledRoutes",
		"name": "Get All Called Routes",
		"method": "GET",
		"path": "/rest/cmsapp/v1/openapi/configures/calledconfigs/{ccId}/{vdn}",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000,
				"displayName": "VDN"
			}
		],
		"result": {
			"itemsPath": "resultDatas"
		},
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints ccld / {ccld}): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	},
	{
		"section": "12.3.3.4",
		"title": "Querying Information About All Agents by Tenant Space ID",
		"family": "cms",
		"resource": "configuration",
		"operation": "getAgentsByTenant",
		"name": "Get All Agents by Tenant Space ID",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/tenant/querytenantdetail",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID."
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of a call center. In the integration environment, the default value is the value of Call Center ID on the Configuration Center > System Management > CMS System Configuration page after a system administrator signs in to the AICC. If this parameter is empty, the data whose sys_key is default_cc_id and sys_type is cms_system_config in the t_cms_sysparam database table is used. In the independe...",
				"displayName": "Call Center ID"
			}
		],
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"tenantId": "202008142460",
			"cclid": 1
		},
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	},
	{
		"section": "12.3.3.5",
		"title": "Querying Skill Groups in a Specified VDN",
		"family": "cms",
		"resource": "configuration",
		"operation": "getSkillGroups",
		"name": "Get Skill Groups",
		"method": "GET",
		"path": "/rest/cmsapp/v1/openapi/skillgroups/{ccId}/{vdnId}",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000,
				"displayName": "VDN"
			}
		],
		"result": {
			"itemsPath": "resultDesc"
		},
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints ccld / {ccld}): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	},
	{
		"section": "12.3.3.6",
		"title": "Querying Information About All Tenants Accessible to an Access User",
		"family": "cms",
		"resource": "configuration",
		"operation": "getTenants",
		"name": "Get Accessible Tenants",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/tenant/querytenants",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call center ID. The value ranges from 1 to 65535. In the integration environment, the default value is the value of Call Center ID on the Configuration Center > System Management > CMS System Configuration page after a system administrator signs in to the AICC. If this parameter is empty, the data whose sys_key is default_cc_id and sys_type is cms_system_config in the t_cms_sysparam database ta...",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			}
		],
		"shapeNote": "example keys not in the table: ccld Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"ccld": 1
		}
	},
	{
		"section": "12.3.4.1",
		"title": "Querying a User Group Member",
		"family": "cms",
		"resource": "inspection",
		"operation": "getGroupMembers",
		"name": "Get User Group Members",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/qcrelationconf/querygroupmemberbycondition",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call center ID. The value ranges from 1 to 65535. In the independent deployment environment, the default value is the value of Default Call Center ID on the Configuration Center > System Management > Parameter Settings page after a system administrator signs in to the AICC.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN."
			},
			{
				"name": "groupId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "User group ID."
			},
			{
				"name": "workNo",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Agent ID. The value ranges from 0 to 99999.",
				"min": 0,
				"max": 99999
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Maximum number of query records on each page ( $\\leq 100$ )."
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Offset."
			}
		],
		"shapeNote": "example key \"groupId\" differs in case from table field \"groupid\" example keys not in the table: ccld Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: groupId (the PDF prints groupid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2600.html / cec_07_0663 (querygroupmemberbycondition) and the reference's own request example.",
		"result": {
			"itemsPath": "resultDesc"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 100
		},
		"example": {
			"ccld": 1,
			"vdn": 113,
			"groupId": "159282396714302232563636876268",
			"limit": 10,
			"offset": 0
		}
	},
	{
		"section": "12.3.4.2",
		"title": "Deleting Members from a Group in Batches",
		"family": "cms",
		"resource": "inspection",
		"operation": "deleteGroupMembers",
		"name": "Delete Members From a Group",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/qcrelationconf/batchdeletegroupmember",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call center ID. The value ranges from 1 to 65535. In the independent deployment environment, the default value is the value of Default Call Center ID on the Configuration Center > System Management > Parameter Settings page after a system administrator signs in to the AICC.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "workNos",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": false,
				"description": "Agent ID set of user group members. If this parameter is left empty, all group members under the tenant corresponding to the VDN are deleted. The value of agent ID ranges from 0 to 99999."
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN."
			}
		],
		"shapeNote": "example keys not in the table: ccId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {},
		"example": {
			"ccId": 1,
			"workNos": [
				57005,
				57006
			],
			"vdn": 113
		}
	},
	{
		"section": "12.3.4.3",
		"title": "Adding Members to a Group in Batches",
		"family": "cms",
		"resource": "inspection",
		"operation": "addGroupMembers",
		"name": "Add Members to a Group",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/qcrelationconf/batchaddgroupmember",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call center ID. The value ranges from 1 to 65535. In the independent deployment environment, the default value is the value of Default Call Center ID on the Configuration Center > System Management > Parameter Settings page after a system administrator signs in to the AICC.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN."
			},
			{
				"name": "workNos",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Agent ID set. The value of agent ID ranges from 0 to 99999."
			},
			{
				"name": "groupId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "User group ID."
			}
		],
		"shapeNote": "example keys not in the table: ccld Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {},
		"example": {
			"ccld": 1,
			"vdn": 113,
			"workNos": [
				57005,
				57006
			],
			"groupId": "159774518399110207461019283363"
		}
	},
	{
		"section": "12.3.4.4",
		"title": "Querying All User Groups",
		"family": "cms",
		"resource": "inspection",
		"operation": "getUserGroups",
		"name": "Get All User Groups",
		"method": "GET",
		"path": "/rest/cmsapp/v1/openapi/qcrelationconf/queryallccgroup/{ccId}/{vdn}",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000,
				"displayName": "VDN"
			}
		],
		"result": {
			"itemsPath": "resultDesc"
		},
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints ccld / {ccld}): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	},
	{
		"section": "12.3.4.5",
		"title": "Adding a User Group",
		"family": "cms",
		"resource": "inspection",
		"operation": "createUserGroup",
		"name": "Create a User Group",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/qcrelationconf/createusergroup",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call center ID. The value ranges from 1 to 65535. In the independent deployment environment, the default value is the value of Default Call Center ID on the Configuration Center > System Management > Parameter Settings page after a system administrator signs in to the AICC.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN."
			},
			{
				"name": "groupName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "User group name."
			},
			{
				"name": "groupType",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "User group type. The options are 2 (agent group) and 3 (inspector group).",
				"options": [
					{
						"value": 2,
						"name": "agent group"
					},
					{
						"value": 3,
						"name": "inspector group"
					}
				]
			},
			{
				"name": "remark",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "User group information."
			},
			{
				"name": "workNos",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": false,
				"description": "Agent ID set. If this parameter is set, group members are added when a user group is added. Agent ID. The value ranges from 0 to 99999."
			}
		],
		"shapeNote": "example keys not in the table: ccld Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {},
		"example": {
			"ccld": 1,
			"vdn": 113,
			"groupName": "ceshipostman",
			"groupType": 3,
			"remark": "Inspector group",
			"workNos": [
				50041,
				50042
			]
		}
	},
	{
		"section": "12.3.4.6",
		"title": "Deleting a User Group",
		"family": "cms",
		"resource": "inspection",
		"operation": "deleteUserGroup",
		"name": "Delete a User Group",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/qcrelationconf/deleteusergroup",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call center ID. The value ranges from 1 to 65535. In the independent deployment environment, the default value is the value of Default Call Center ID on the Configuration Center > System Management > Parameter Settings page after a system administrator signs in to the AICC.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN."
			},
			{
				"name": "id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "User group ID."
			}
		],
		"shapeNote": "example keys not in the table: ccld Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {},
		"example": {
			"ccld": 1,
			"id": "159832684658001135254942692203",
			"vdn": 113
		}
	},
	{
		"section": "12.3.4.7",
		"title": "Updating User Group Information",
		"family": "cms",
		"resource": "inspection",
		"operation": "updateUserGroup",
		"name": "Update a User Group",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/qcrelationconf/updategroup",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call center ID. The value ranges from 1 to 65535. In the independent deployment environment, the default value is the value of Default Call Center ID on the Configuration Center > System Management > Parameter Settings page after a system administrator signs in to the AICC.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN."
			},
			{
				"name": "id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "User group ID."
			},
			{
				"name": "groupName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "New user group name."
			},
			{
				"name": "remark",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "User group information."
			}
		],
		"shapeNote": "example keys not in the table: ccld Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {},
		"example": {
			"ccld": 1,
			"groupName": "ceshi445566",
			"remark": "Inspector group",
			"id": "159832671551117675139418726647",
			"vdn": 113
		}
	},
	{
		"section": "12.3.4.8",
		"title": "Setting Inspection Relationships",
		"family": "cms",
		"resource": "inspection",
		"operation": "setRelationships",
		"name": "Set Inspection Relationships",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/qcrelationconf/configqcrelation",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call center ID. The value ranges from 1 to 65535. In the independent deployment environment, the default value is the value of Default Call Center ID on the Configuration Center > System Management > Parameter Settings page after a system administrator signs in to the AICC.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "qcGroupId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of an inspector group."
			},
			{
				"name": "inspectedGroupIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Agent group ID set."
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN."
			}
		],
		"shapeNote": "example keys not in the table: ccld Decision: qcGroupId is text: the table types it Integer, but group IDs are 30-digit values (example \"159282396714302232563636876268\", and 12.3.4.3 types groupId as String). Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {},
		"example": {
			"ccld": 1,
			"qcGroupId": "159282396714302232563636876268",
			"inspectedGroupIds": [
				"159253666192354492596520647666"
			],
			"vdn": 113
		}
	},
	{
		"section": "12.3.4.9",
		"title": "Deleting Configured Inspection Relationships",
		"family": "cms",
		"resource": "inspection",
		"operation": "deleteRelationships",
		"name": "Delete Inspection Relationships",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/qcrelationconf/deleteqcrelationconf",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call center ID. The value ranges from 1 to 65535. In the independent deployment environment, the default value is the value of Default Call Center ID on the Configuration Center > System Management > Parameter Settings page after a system administrator signs in to the AICC.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "qcGroupId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of an inspector group."
			},
			{
				"name": "inspectedGroupIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Agent group ID set."
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN."
			}
		],
		"shapeNote": "example keys not in the table: ccld Decision: qcGroupId is text: the table types it Integer, but group IDs are 30-digit values (example \"159282396714302232563636876268\", and 12.3.4.3 types groupId as String). Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {},
		"example": {
			"ccld": 1,
			"qcGroupId": "159282396714302232563636876268",
			"inspectedGroupIds": [
				"159253666192354492596520647666"
			],
			"vdn": 113
		}
	},
	{
		"section": "12.3.4.10",
		"title": "Adding an Agent to a User Group",
		"family": "cms",
		"resource": "inspection",
		"operation": "addAgentToGroup",
		"name": "Add an Agent to a User Group",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/qcrelationconf/joinusergroup",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call center ID. The value ranges from 1 to 65535. In the independent deployment environment, the default value is the value of Default Call Center ID on the Configuration Center > System Management > Parameter Settings page after a system administrator signs in to the AICC.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdnId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a virtual call center. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of an agent who joins a user group. The value ranges from 0 to 99999.",
				"min": 0,
				"max": 99999
			},
			{
				"name": "groupId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "ID of the user group that the user joins. If the group ID is not carried, a group is created using the name specified by groupName, and then the agent is added to the new group. If the agent already exists in another group, the agent is automatically removed from it. If the group ID is carried, groupName is ignored, and the agent is added to the group corresponding to groupId. If the agent alre..."
			},
			{
				"name": "groupName",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Name of the group. (The value cannot contain invalid characters and can contain a maximum of 100 characters.)",
				"maxLength": 100
			},
			{
				"name": "groupType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "User group type. The default value is 2. The options are 2 (agent group) and 3 (inspector group). Other values are invalid.",
				"options": [
					{
						"value": 2,
						"name": "agent group"
					},
					{
						"value": 3,
						"name": "inspector group"
					}
				],
				"default": 2
			}
		],
		"result": {
			"errors": {
				"1": "The parameter is invalid or the system reports an error.",
				"300-010": "ccid and vdnid of the VDN user do not match.",
				"300-016": "The agent does not exist in the VDN.",
				"300-017": "The inspector group name already exists.",
				"300-018": "The name of the inspector group is empty.",
				"300-019": "The inspector group does not exist."
			}
		},
		"example": {
			"cclId": 1,
			"vdnId": 4,
			"agentId": 667,
			"groupId": "159282396714302232563636876268",
			"groupName": "Agent group",
			"groupType": ""
		},
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	},
	{
		"section": "12.3.4.11",
		"title": "Updating Agent Names",
		"family": "cms",
		"resource": "inspection",
		"operation": "updateAgentName",
		"name": "Update Agent Names",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/qcrelationconf/updateagentgroup",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call center ID. The value ranges from 1 to 65535. In the independent deployment environment, the default value is the value of Default Call Center ID on the Configuration Center > System Management > Parameter Settings page after a system administrator signs in to the AICC.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdnId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a virtual call center. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Agent ID. The name of the VDN administrator cannot be changed, that is, the agent ID of the VDN administrator cannot be transferred. The value ranges from 0 to 99999.",
				"min": 0,
				"max": 99999
			},
			{
				"name": "agentName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Agent name. (The value cannot contain invalid characters.)"
			}
		],
		"shapeNote": "example key \"vdnld\" differs from table field \"vdnId\" only by l/I/1, case or a separator (OCR/typo) example keys not in the table: ccld Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {},
		"example": {
			"ccld": 1,
			"vdnld": 4,
			"agentId": 667,
			"agentName": "Zhang San"
		}
	},
	{
		"section": "12.3.5.1",
		"title": "Querying the Outbound Call Task List of a Tenant",
		"family": "cms",
		"resource": "outbound",
		"operation": "getTasks",
		"name": "Get Outbound Call Tasks",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/fromisales/querytasks",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call center ID. The value ranges from 1 to 65535. In the integration environment, the default value is the value of Call Center ID on the Configuration Center > System Management > CMS System Configuration page after a system administrator signs in to the AICC. If this parameter is empty, the data whose sys_key is default_cc_id and sys_type is cms_system_config in the t_cms_sysparam database ta...",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Page size. The default value is 10. A maximum of 100 records can be queried.",
				"default": 10
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Pagination start position. If this parameter is not set, the default value 0 is used."
			}
		],
		"result": {
			"itemsPath": "resultDesc.tasks",
			"totalPath": "resultDesc.count"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 100
		},
		"example": {
			"cclid": "89",
			"vdn": 92,
			"limit": 10,
			"offset": 0
		},
		"shapeNote": "Decision: Return All pages through resultDesc.tasks with offset/limit (at most 100 per request), stopping at resultDesc.count, as the example answer shows (the table types resultDesc as an array of {count, tasks}). Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	},
	{
		"section": "12.3.5.2",
		"title": "Querying the Daily Settlement Statistics of a Specified Task",
		"family": "cms",
		"resource": "outbound",
		"operation": "getDailyStatistics",
		"name": "Get Daily Settlement Statistics of a Task",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/fromisales/dailystatistic",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call center ID. The value ranges from 1 to 65535. In the integration environment, the default value is the value of Call Center ID on the Configuration Center > System Management > CMS System Configuration page after a system administrator signs in to the AICC. If this parameter is empty, the data whose sys_key is default_cc_id and sys_type is cms_system_config in the t_cms_sysparam database ta...",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "taskId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Task ID. The value contains a maximum of 30 characters.",
				"maxLength": 30
			},
			{
				"name": "beginDayTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Start date for statistics collection (time zone where the VDN is located). Format: YYYY-MM-DD"
			},
			{
				"name": "endDayTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "End date for statistics collection (time zone where the VDN is located). Format: YYYY-MM-DD"
			}
		],
		"shapeNote": "example keys not in the table: ccld Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"vdn": 222,
			"ccld": 89,
			"taskId": "1176499974",
			"beginDayTime": "2021-01-21",
			"endDayTime": "2021-01-23"
		}
	},
	{
		"section": "12.3.5.3",
		"title": "Querying the Real-Time Statistics of a Specified Task",
		"family": "cms",
		"resource": "outbound",
		"operation": "getRealTimeStatistics",
		"name": "Get Real-Time Statistics of a Task",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/fromisales/realstatistic",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Call center ID. The value ranges from 1 to 65535. In the integration environment, the default value is the value of Call Center ID on the Configuration Center > System Management > CMS System Configuration page after a system administrator signs in to the AICC. If this parameter is empty, the data whose sys_key is default_cc_id and sys_type is cms_system_config in the t_cms_sysparam database ta...",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "taskId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Task ID. The value contains a maximum of 30 characters."
			}
		],
		"shapeNote": "example keys not in the table: ccld Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"ccld": "89",
			"vdn": 92,
			"taskId": "1122104910"
		}
	},
	{
		"section": "12.3.6.1",
		"title": "Querying UAP Performance Information",
		"family": "cms",
		"resource": "system",
		"operation": "getUapPerformance",
		"name": "Get UAP Performance Information",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/uap/queryUapPerfInfo",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ofcNo",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": false,
				"description": "Array of inbound numbers. If the array is null, all inbound numbers are queried. You can run the MML command LST OFC to obtain the inbound numbers."
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of a call center. In the independent deployment environment, the default value is the value of Default Call Center ID on the Configuration Center > System Management > Parameter Settings page after a system administrator signs in to the AICC.",
				"displayName": "Call Center ID"
			}
		],
		"shapeNote": "example key \"cclid\" differs in case from table field \"cclId\" Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"ofcNo": [
				0,
				1
			],
			"cclid": 1
		}
	},
	{
		"section": "12.3.6.2",
		"title": "Querying Key Information About Control Blocks",
		"family": "cms",
		"resource": "system",
		"operation": "getControlBlockKeys",
		"name": "Get Key Information About Control Blocks",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/uap/dsppidkey",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "MODTYP",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "It specifies the type of a module. Currently, CCU and MSU are supported."
			},
			{
				"name": "PID",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "CCU module ID. This parameter is valid only when the module type is set to CCU. It specifies the module ID of a CCU. (Conditional: Conditionally mandatory)"
			},
			{
				"name": "PIDMSU",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "MSU module ID. This parameter is valid only when the module type is set to MSU. It specifies the module ID of an MSU. (Conditional: Conditionally mandatory)"
			},
			{
				"name": "MN",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "CCU module number. This parameter is valid only when the module type is set to CCU and the CCU module ID is specified. It specifies the module number of a CCU. You can run the LST APP command to query the module number of a CCU. (Conditional: Conditionally mandatory)"
			},
			{
				"name": "BICCTYPE",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "BICC type. This parameter is valid only when the module type is set to CCU and the CCU module ID is set to BICC. It specifies the type of a BICC module. (Conditional: Conditionally mandatory)"
			},
			{
				"name": "MSUMN",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "MSU module number. This parameter is valid only when the module type is set to MSU and the MSU module ID is specified. It specifies the module number of an MSU. You can run the LST APP command to query the module number of an MSU. (Conditional: Conditionally mandatory)"
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of a call center. In the independent deployment environment, the default value is the value of Default Call Center ID on the Configuration Center > System Management > Parameter Settings page after a system administrator signs in to the AICC.",
				"displayName": "Call Center ID"
			}
		],
		"shapeNote": "example keys not in the table: cclId",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"MODTYP": "CCU",
			"PID": "CCB",
			"MN": "56",
			"cclId": 1
		}
	},
	{
		"section": "12.3.6.3",
		"title": "Querying the Registration Status of a Terminal",
		"family": "cms",
		"resource": "system",
		"operation": "getTerminalStatus",
		"name": "Get Terminal Registration Status",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/uap/queryterminalstatus",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "EID",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "It specifies the ID of the multimedia device to be operated. The rules for setting the parameter are as follows: For a multimedia device that adopts the SIP, the value is a string, which generally contains up to 32 digits, for example, 8780001. The asterisk (*) and percent (%) can match zero or multiple characters. For example, 6666* and 6666% match all character strings starting with 6666. The...",
				"maxLength": 32
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Query quantity. The default value is 100.",
				"default": 100
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Start position of the query. The default value is 0.",
				"default": 0
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of a call center. In the independent deployment environment, the default value is the value of Default Call Center ID on the Configuration Center > System Management > Parameter Settings page after a system administrator signs in to the AICC.",
				"displayName": "Call Center ID"
			}
		],
		"shapeNote": "example keys not in the table: ccId Decision: no Return All: resultDesc holds one {count, rows} object per answer, so offset and limit are ordinary fields. Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"ccId": 1,
			"EID": "8888*",
			"limit": "100",
			"offset": "0"
		}
	},
	{
		"section": "12.3.6.4",
		"title": "Interface for Querying UAP Performance Indicator Statistics",
		"family": "cms",
		"resource": "system",
		"operation": "getUapPerformanceStatistics",
		"name": "Get UAP Performance Indicator Statistics",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/uap/perfindex",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of a call center. In the independent deployment environment, the default value is the value of Default Call Center ID on the Configuration Center > System Management > Parameter Settings page after a system administrator signs in to the AICC.",
				"displayName": "Call Center ID"
			},
			{
				"name": "uapIP",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "IP address of the UAP."
			},
			{
				"name": "ofcNo",
				"in": "body",
				"type": "array",
				"required": false,
				"description": "Array of inbound call numbers.",
				"itemType": "integer"
			},
			{
				"name": "beginDate",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Query start time. The UTC time zone is used. The interval between the start time and end time cannot exceed 31 days (rounded up)."
			},
			{
				"name": "endDate",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Query end time. The UTC time zone is used."
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "This parameter is optional. The default value is 100.",
				"default": 100
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "This parameter is optional. The default value is 0.",
				"default": 0
			}
		],
		"shapeNote": "example keys not in the table: ccld Decision: ofcNo is a list of office numbers, as the example ([0,1]) and 12.3.6.1 send it; the table types it Integer. Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: rows are read from resultDesc.data (was resultDesc): the reference's response example: rows under resultDesc.data, count beside them.",
		"result": {
			"itemsPath": "resultDesc.data",
			"totalPath": "resultDesc.count"
		},
		"example": {
			"ccld": 1,
			"uapIP": "1.1.1.1",
			"ofcNo": [
				0,
				1
			],
			"beginDate": "2021-09-09 00:00:00",
			"endDate": "2021-09-11 23:00:00",
			"limit": "100",
			"offset": "0"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit"
		}
	},
	{
		"section": "12.3.6.5",
		"title": "Interface for Querying UAP Terminal Statistics",
		"family": "cms",
		"resource": "system",
		"operation": "getUapTerminalStatistics",
		"name": "Get UAP Terminal Statistics",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/uap/terminalindex",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of a call center. In the independent deployment environment, the default value is the value of Default Call Center ID on the Configuration Center > System Management > Parameter Settings page after a system administrator signs in to the AICC.",
				"displayName": "Call Center ID"
			},
			{
				"name": "uapIP",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Array of VDN IDs. The maximum length of the array is 100."
			},
			{
				"name": "beginDate",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Query start time. The UTC time zone is used. The interval between the start time and end time cannot exceed 31 days (rounded up)."
			},
			{
				"name": "endDate",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Query end time. The UTC time zone is used."
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "This parameter is optional. The default value is 100.",
				"default": 100
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "This parameter is optional. The default value is 0.",
				"default": 0
			}
		],
		"result": {
			"itemsPath": "resultDesc"
		},
		"example": {
			"cclId": 1,
			"uapIP": "1.1.1.1",
			"beginDate": "2021-09-09 00:00:00",
			"endDate": "2021-09-11 23:00:00",
			"limit": "100",
			"offset": "0"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit"
		},
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	},
	{
		"section": "12.3.6.6",
		"title": "Interface for Querying CTI System Indicators",
		"family": "cms",
		"resource": "system",
		"operation": "getCtiIndicators",
		"name": "Get CTI System Indicators",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/cti/sysindex",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of a call center. In the independent deployment environment, the default value is the value of Default Call Center ID on the Configuration Center > System Management > Parameter Settings page after a system administrator signs in to the AICC.",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": false,
				"description": "Array of VDN IDs. The maximum length of the array is 100.",
				"maxItems": 100
			},
			{
				"name": "beginDate",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Query start time. The UTC time zone is used. The interval between the start time and end time cannot exceed 31 days (rounded up)."
			},
			{
				"name": "endDate",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Query end time. The UTC time zone is used."
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "This parameter is optional. The default value is 100.",
				"default": 100
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "This parameter is optional. The default value is 0.",
				"default": 0
			}
		],
		"shapeNote": "example key \"cclid\" differs in case from table field \"cclId\" Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: rows are read from resultDesc.data (was resultDesc): the reference's response example (and the seed page of 12.3.6.6): rows under resultDesc.data, count beside them.",
		"result": {
			"itemsPath": "resultDesc.data",
			"totalPath": "resultDesc.count"
		},
		"example": {
			"cclid": 1,
			"vdn": [
				1,
				2,
				3
			],
			"beginDate": "2021-09-09 00:00:00",
			"endDate": "2021-09-11 23:00:00",
			"limit": "100",
			"offset": "0"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit"
		}
	},
	{
		"section": "12.3.6.7",
		"title": "Querying the Time of the CTI Platform Server",
		"family": "cms",
		"resource": "system",
		"operation": "getCtiServerTime",
		"name": "Get CTI Platform Server Time",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/configures/ctiservertime",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			}
		],
		"shapeNote": "example keys not in the table: ccld required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {},
		"example": {
			"ccld": 1
		}
	},
	{
		"section": "12.3.6.8",
		"title": "Querying the Current License Usage in the System",
		"family": "cms",
		"resource": "system",
		"operation": "getLicenseUsage",
		"name": "Get Current License Usage",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/configures/querysystemlicensestatus",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			}
		],
		"shapeNote": "example key \"cclid\" differs in case from table field \"cclId\" Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {},
		"example": {
			"cclid": 1
		}
	},
	{
		"section": "12.3.7",
		"title": "Checking Cluster Health Status",
		"family": "cms",
		"resource": "system",
		"operation": "ping",
		"name": "Check Cluster Health Status",
		"method": "POST",
		"path": "/rest/cmsapp/v1/ping",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "say",
				"in": "body",
				"type": "json",
				"required": true,
				"description": "Request packet. The code does not process the packet and writes it back to the response message body. (Name cell: \"say (can be modified)\".)"
			}
		],
		"result": {
			"convention": "http"
		},
		"example": {
			"say": "Hello world!"
		}
	},
	{
		"section": "12.3.8.13.1",
		"title": "Querying Details of a Specified Agent",
		"family": "cms",
		"resource": "legacy",
		"operation": "getAgentDetails",
		"name": "Get Agent Details (Before 8.13.0)",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/agentgroup/agentbyworkno",
		"auth": "C2",
		"idempotent": true,
		"legacy": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999.",
				"min": 101,
				"max": 59999
			}
		],
		"shapeNote": "example wraps body in queryParam; table lacks that wrapper (table fields are at the top level) Vendor evidence: the body is sent inside {\"queryParam\": {...}} as the reference's request example and the vendor samples show (e.g. https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2540.html, configures/skills); the PDF table lost the wrapper.",
		"result": {},
		"example": {
			"queryParam": {
				"ccId": 1,
				"vdn": 1,
				"agentId": 101
			}
		},
		"bodyWrapper": "queryParam"
	},
	{
		"section": "12.3.8.13.2",
		"title": "Querying System Status by Agent",
		"family": "cms",
		"resource": "legacy",
		"operation": "getSystemStatus",
		"name": "Get System Status by Agent (Before 8.13.0)",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/querymonitor/systemstate",
		"auth": "C2",
		"idempotent": true,
		"legacy": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			}
		],
		"shapeNote": "example wraps body in queryParam; table lacks that wrapper (table fields are at the top level) Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: the body is sent inside {\"queryParam\": {...}} as the reference's request example and the vendor samples show (e.g. https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2540.html, configures/skills); the PDF table lost the wrapper.",
		"result": {},
		"example": {
			"queryParam": {
				"cclId": 1,
				"vdn": 1
			}
		},
		"bodyWrapper": "queryParam"
	},
	{
		"section": "12.3.8.13.3",
		"title": "Querying the Agent Information in Rest State",
		"family": "cms",
		"resource": "legacy",
		"operation": "getAgentRestInfo",
		"name": "Get Agents in Rest State (Before 8.13.0)",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/agentgroup/agentrestinfo",
		"auth": "C2",
		"idempotent": true,
		"legacy": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			}
		],
		"shapeNote": "example wraps body in queryParam; table lacks that wrapper (table fields are at the top level) example key \"cclid\" differs in case from table field \"cclId\" Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: the body is sent inside {\"queryParam\": {...}} as the reference's request example and the vendor samples show (e.g. https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2540.html, configures/skills); the PDF table lost the wrapper.",
		"result": {
			"itemsPath": "resultDatas.agentsrestdetails"
		},
		"example": {
			"queryParam": {
				"cclid": 1,
				"vdn": 1
			}
		},
		"bodyWrapper": "queryParam"
	},
	{
		"section": "12.3.8.13.4",
		"title": "Querying Statistics Details of Skill Queues in Batches",
		"family": "cms",
		"resource": "legacy",
		"operation": "getSkillStatistics",
		"name": "Get Skill Queue Statistics (Before 8.13.0)",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/realindex/skill/stateinfo",
		"auth": "C2",
		"idempotent": true,
		"legacy": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"required": true,
				"description": "Object array of skill queue ID information. The array cannot exceed 1000 characters.",
				"itemType": "integer"
			}
		],
		"shapeNote": "example wraps body in queryParam; table lacks that wrapper (table fields are at the top level) Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: the body is sent inside {\"queryParam\": {...}} as the reference's request example and the vendor samples show (e.g. https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2540.html, configures/skills); the PDF table lost the wrapper.",
		"result": {
			"itemsPath": "resultDatas"
		},
		"example": {
			"queryParam": {
				"cclid": 1,
				"vdn": 1,
				"skillIds": [
					1,
					2
				]
			}
		},
		"bodyWrapper": "queryParam"
	},
	{
		"section": "12.3.8.13.5",
		"title": "Querying Details About Agents in Configured Skill Queues",
		"family": "cms",
		"resource": "legacy",
		"operation": "getConfiguredSkillAgents",
		"name": "Get Agents in Configured Skill Queues (Before 8.13.0)",
		"method": "POST",
		"path": "/rest/cmsapp/v1/openapi/agentgroup/agentbyconfigedskill",
		"auth": "C2",
		"idempotent": true,
		"legacy": true,
		"fields": [
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a call center. The value ranges from 1 to 65535.",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN. The value ranges from 1 to 5000.",
				"min": 1,
				"max": 5000
			},
			{
				"name": "skillId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Skill queue ID. The value ranges from 1 to 2000.",
				"min": 1,
				"max": 2000
			}
		],
		"shapeNote": "example wraps body in queryParam; table lacks that wrapper (table fields are at the top level) Vendor evidence: the call center ID is ccId (the PDF prints ccld): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: skillId (the PDF prints skillld): an I/l misreading (skillId everywhere else in 12.3); no vendor page of this legacy interface found. Vendor evidence: the body is sent inside {\"queryParam\": {...}} as the reference's request example and the vendor samples show (e.g. https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2540.html, configures/skills); the PDF table lost the wrapper. Vendor evidence: the path is /rest/cmsapp/v1/openapi/agentgroup/agentbyconfigedskill (the PDF prints /rest/cmsapp/v1/openapi/agentgroup/agentbyconfiguredskill): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2647.html / cec_07_0712 (querying details about agents in configured skill queues).",
		"result": {
			"itemsPath": "resultDatas"
		},
		"example": {
			"queryParam": {
				"ccld": 1,
				"vdn": 1,
				"skillld": 1
			}
		},
		"bodyWrapper": "queryParam"
	}
];
