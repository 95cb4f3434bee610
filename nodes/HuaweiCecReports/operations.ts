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
		"name": "Legacy",
		"description": "Older versions of operations, kept for existing servers"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "12.3.1.1.1",
		"title": "Querying Information About System Access Codes in a Specified VDN",
		"family": "cms",
		"resource": "vdn",
		"operation": "getManyAccessCodes",
		"name": "Get Many Access Codes",
		"action": "Get many system access codes",
		"description": "List the system access codes of the VDN, with their media type and description",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
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
		"operation": "getManyAgentRestRecords",
		"name": "Get Many Agent Rest Records",
		"action": "Get many agent rest records",
		"description": "List the rest information of the agents of the VDN: who is resting since when and for how long, why a rest was refused, and how many agents may rest",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of records per page",
				"min": 1,
				"max": 1000,
				"displayName": "Page Size"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Position of the first record to return, from 0",
				"min": 0,
				"displayName": "Offset"
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
		"operation": "getManyAgentPhones",
		"name": "Get Many Agent Phone Numbers",
		"action": "Get many agent phone numbers",
		"description": "List the phone number of each agent of the VDN",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of records to return",
				"min": 1,
				"max": 1000,
				"displayName": "Page Size"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Position of the first record to return, from 0",
				"min": 0,
				"displayName": "Offset"
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
		"operation": "getManyAgents",
		"name": "Get Many Agents",
		"action": "Get many agents",
		"description": "List the agents of the VDN with their location, current state and since when they are in it",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of records to return",
				"min": 1,
				"max": 1000,
				"displayName": "Page Size"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Position of the first record to return, from 0",
				"min": 0,
				"displayName": "Offset"
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
		"operation": "getManyAgentStatuses",
		"name": "Get Many Agent Statuses",
		"action": "Get many agent statuses",
		"description": "List the current status of every agent of the VDN",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of records to return",
				"min": 1,
				"max": 100,
				"displayName": "Page Size"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Position of the first record to return, from 0",
				"min": 0,
				"displayName": "Offset"
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
		"operation": "getManyAgentConfigurations",
		"name": "Get Many Agent Configurations",
		"action": "Get many agent static configurations",
		"description": "List the static configuration of every agent of the VDN",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Position of the first record to return, from 0",
				"min": 0,
				"displayName": "Offset"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of records to return",
				"min": 1,
				"max": 100,
				"displayName": "Page Size"
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
		"operation": "getIvrFlowStatus",
		"name": "Get IVR Flow Status",
		"action": "Get IVR flow status",
		"description": "Get the status details of one IVR flow of the VDN: the calls in it, with their request type and customer level",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "flowId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of an existing IVR flow of the VDN, shown in the web configuration console under VDN Configuration > Flow",
				"min": 1,
				"max": 1500,
				"displayName": "IVR Flow ID",
				"default": 1
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
		"operation": "getManyIvrAccessCodes",
		"name": "Get Many IVR Access Codes",
		"action": "Get many IVR flow access codes",
		"description": "List the access codes of the IVR flows of the VDN, with service type and description",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
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
		"operation": "getManySkillQueues",
		"name": "Get Many Skill Queues",
		"action": "Get many skill queues",
		"description": "List the skill queues of the VDN with their ID, name and media type",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
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
		"operation": "getManyRestReasons",
		"name": "Get Many Rest Reasons",
		"action": "Get many rest reason codes",
		"description": "List the rest reason codes configured in the VDN",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
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
		"operation": "getAccessCodeCallCounts",
		"name": "Get Access Code Call Counts",
		"action": "Get call counts of access codes",
		"description": "Get the current calls of the given access codes: all calls, calls in IVR, with agents and queuing, and the longest wait (not on CTI 3.6)",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "innoIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs of the access codes on the WAS",
				"maxItems": 500,
				"displayName": "Access Code IDs"
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
		"section": "12.3.1.1.13",
		"title": "(V2) Querying Call Information in a Specified VDN",
		"family": "cms",
		"resource": "vdn",
		"operation": "getManyCallRecords",
		"name": "Get Many Call Records",
		"action": "Get many call records",
		"description": "List the inbound or outbound calls of the VDN in a period from yesterday 00:00 to today, filtered by calling and called number",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "callerNo",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Only calls from this number (digits); empty: all calling numbers",
				"displayName": "Calling Number"
			},
			{
				"name": "calleeNo",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Only calls to this number (digits); empty: all called numbers",
				"displayName": "Called Number"
			},
			{
				"name": "beginDate",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Start of the period, no earlier than 00:00:00 of the previous day",
				"displayName": "Start Time",
				"dateFormat": "epochMs"
			},
			{
				"name": "endDate",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "End of the period, no later than 23:59:59 today",
				"displayName": "End Time",
				"dateFormat": "epochMs"
			},
			{
				"name": "isCallIn",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Whether to list inbound or outbound calls",
				"displayName": "Direction",
				"options": [
					{
						"value": "true",
						"name": "Inbound"
					},
					{
						"value": "false",
						"name": "Outbound"
					}
				]
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of records to return",
				"max": 100,
				"displayName": "Page Size"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Position of the first record to return, from 0",
				"min": 0,
				"displayName": "Offset"
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
		"name": "Get Call Track",
		"action": "Get call track",
		"description": "Get the track of one call of the VDN by its call ID: each device it went through, with times and reasons",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the call",
				"displayName": "Call ID"
			},
			{
				"name": "logDate",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "A time in the month of the call: the month says which call table is searched",
				"displayName": "Call Date",
				"dateFormat": "epochMs"
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
		"section": "12.3.1.1.17",
		"title": "Obtaining Real-Time Monitoring Indicators by VDN",
		"family": "cms",
		"resource": "vdn",
		"operation": "getRealtimeIndicators",
		"name": "Get Realtime Indicators",
		"action": "Get realtime VDN indicators",
		"description": "Get the chosen real-time monitoring indicators of one or more VDNs (not on CTI 3.6)",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdnIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs of the VDNs to query",
				"maxItems": 100,
				"displayName": "VDN IDs"
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Codes of the indicators to get, as listed in the monitoring indicator tables of the reference, such as IDX_COUNT_SKILL_REQUEST",
				"displayName": "Indicator Codes"
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
		"operation": "getManySignedInAgents",
		"name": "Get Many Signed-In Agents",
		"action": "Get many signed in agents",
		"description": "List the agents signed in to each of the given skill queues",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"required": true,
				"description": "IDs of the skill queues to query",
				"itemType": "integer",
				"displayName": "Skill Queue IDs"
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
		"operation": "getExtendedInformation",
		"name": "Get Extended Information",
		"action": "Get extended skill queue information",
		"description": "Get the queue size, longest queuing time and signed-in and available agents of each given skill queue (not on CTI 3.6)",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs of the skill queues to query",
				"displayName": "Skill Queue IDs"
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
		"name": "Get Call Statistics of Current 5 Minutes",
		"action": "Get skill queue call statistics of current 5 minutes",
		"description": "Get the call counts of the current 5-minute period of each given skill queue: received, connected, abandoned and ended calls (not on CTI 3.6)",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs of the skill queues to query",
				"displayName": "Skill Queue IDs"
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
		"name": "Get Status",
		"action": "Get skill queue status",
		"description": "Get the status of one skill queue: the calls queuing in it, with their request type and customer level (not on CTI 3.6)",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "skillId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "The skill queue to query",
				"min": 1,
				"max": 2000,
				"displayName": "Skill Queue",
				"lookup": {
					"section": "12.3.1.1.9",
					"valuePath": "id",
					"labelPath": "name"
				}
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
		"name": "Get Configurations",
		"action": "Get skill queue configurations",
		"description": "Get the configuration of each given skill queue: maximum queuing calls, waiting, talk and wrap-up times and resting agents",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"required": true,
				"description": "IDs of the skill queues to query",
				"displayName": "Skill Queue IDs"
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
		"name": "Get Statistics",
		"action": "Get skill queue statistics",
		"description": "Get the current statistics of each given skill queue: agents per state and call counts (not on CTI 3.6)",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"required": true,
				"description": "IDs of the skill queues to query",
				"itemType": "integer",
				"displayName": "Skill Queue IDs"
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
		"operation": "getManyQueuingCalls",
		"name": "Get Many Queuing Calls",
		"action": "Get many queuing calls",
		"description": "List the calls queuing in each of the given skill queues (not on CTI 3.6)",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs of the skill queues to query",
				"displayName": "Skill Queue IDs"
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
		"name": "Get Calls Answered for Other Queues",
		"action": "Get calls answered for other queues",
		"description": "Get, for each given skill queue, how many calls it answered that were queuing in other skill queues",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs of the skill queues to query",
				"displayName": "Skill Queue IDs"
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
		"name": "Get Agent State Counts",
		"action": "Get agent counts per state in skill queues",
		"description": "Get how many agents of the given skill queues are in each state (idle, talking, resting...)",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs of the skill queues to query",
				"displayName": "Skill Queue IDs"
			},
			{
				"name": "isSkillAllMatch",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "How the skill queues an agent signed in to must match the queried ones",
				"options": [
					{
						"value": "true",
						"name": "Exact Match",
						"description": "Count an agent only when the skill queues it signed in to are exactly the queried ones"
					},
					{
						"value": "false",
						"name": "Contains",
						"description": "Count an agent when the queried skill queue is among those it signed in to"
					}
				],
				"default": "false",
				"displayName": "Exact Skill Queue Match"
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
		"name": "Get Signed-In Agent Details",
		"action": "Get details of signed in agents",
		"description": "Get the details of the agents signed in to one skill queue",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "skillId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "The skill queue to query",
				"min": 1,
				"max": 2000,
				"displayName": "Skill Queue",
				"lookup": {
					"section": "12.3.1.1.9",
					"valuePath": "id",
					"labelPath": "name"
				}
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
		"name": "Get Service Quality",
		"action": "Get skill queue service quality",
		"description": "Get the service quality of the current 5 minutes of each given skill queue: calls received, connected within 15 and 20 seconds, and lost",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"required": true,
				"description": "IDs of the skill queues to query",
				"displayName": "Skill Queue IDs"
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
		"operation": "getRealtimeIndicators",
		"name": "Get Realtime Indicators",
		"action": "Get realtime skill queue indicators",
		"description": "Get the chosen real-time monitoring indicators of one or more skill queues",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs of the skill queues to query",
				"displayName": "Skill Queue IDs"
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Codes of the real-time skill queue indicators to get (up to 12), as listed in the reference",
				"displayName": "Indicator Codes"
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
		"operation": "getSignedInSkillQueues",
		"name": "Get Signed-In Skill Queues",
		"action": "Get skill queues agents are signed in to",
		"description": "Get, for each given agent, the skill queues it is signed in to",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "agentIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs (work numbers) of the agents to query",
				"maxItems": 6000,
				"displayName": "Agent IDs"
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
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many agents",
		"description": "Get the real-time state of the given agents: current and previous state, since when, sign-in time and location",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "agentIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs (work numbers) of the agents to query",
				"maxItems": 6000,
				"displayName": "Agent IDs"
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
		"action": "Get current call ID of agent",
		"description": "Get the ID of the call an agent is handling now",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "The agent (work number)",
				"min": 101,
				"max": 59999,
				"displayName": "Agent",
				"lookup": {
					"section": "12.3.3.2",
					"valuePath": "agentNo",
					"labelPath": "agentName",
					"params": {
						"offset": 0,
						"limit": 1000
					}
				}
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
		"operation": "getManyCalls",
		"name": "Get Many Calls",
		"action": "Get many agent calls",
		"description": "List the calls each of the given agents is handling now",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "agentIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs (work numbers) of the agents to query",
				"maxItems": 3000,
				"displayName": "Agent IDs"
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
		"operation": "getManyPrivateCalls",
		"name": "Get Many Private Calls",
		"action": "Get many private calls of agent",
		"description": "List the calls waiting in the private queue of an agent",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "The agent (work number)",
				"min": 101,
				"max": 59999,
				"displayName": "Agent",
				"lookup": {
					"section": "12.3.3.2",
					"valuePath": "agentNo",
					"labelPath": "agentName",
					"params": {
						"offset": 0,
						"limit": 1000
					}
				}
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
		"name": "Get State Counts",
		"action": "Get agent counts per state",
		"description": "Get how many of the given agents are in each state (idle, talking, resting...)",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "agentIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs (work numbers) of the agents to query",
				"maxItems": 6000,
				"displayName": "Agent IDs"
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
		"operation": "get",
		"name": "Get",
		"action": "Get agent",
		"description": "Get the details of one agent: name, phone number, sign-in time, status and media type",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "The agent (work number)",
				"min": 101,
				"max": 59999,
				"displayName": "Agent",
				"lookup": {
					"section": "12.3.3.2",
					"valuePath": "agentNo",
					"labelPath": "agentName",
					"params": {
						"offset": 0,
						"limit": 1000
					}
				}
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
		"operation": "getManyRestRecords",
		"name": "Get Many Rest Records",
		"action": "Get many agent rest records",
		"description": "List the agents that are resting or waiting to rest, with the rest start and length, and how many agents may rest",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Position of the first record to return, from 0",
				"min": 0,
				"displayName": "Offset"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of records to return",
				"min": 1,
				"max": 100,
				"displayName": "Page Size"
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
		"operation": "checkCallInProgress",
		"name": "Check Call in Progress",
		"action": "Check whether agent is processing call",
		"description": "Check whether an agent is processing a call now",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "The agent (work number)",
				"min": 101,
				"max": 59999,
				"displayName": "Agent",
				"lookup": {
					"section": "12.3.3.2",
					"valuePath": "agentNo",
					"labelPath": "agentName",
					"params": {
						"offset": 0,
						"limit": 1000
					}
				}
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
		"name": "Get System Status",
		"action": "Get agent system status",
		"description": "Get the number of signed-in, idle, busy and talking agents of the VDN",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Position of the first record to return, from 0",
				"min": 0,
				"displayName": "Offset"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of records to return",
				"min": 1,
				"max": 100,
				"displayName": "Page Size",
				"default": 100
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
		"operation": "getRealtimeIndicators",
		"name": "Get Realtime Indicators",
		"action": "Get realtime agent indicators",
		"description": "Get the chosen real-time monitoring indicators of one or more agents",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "agentIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs (work numbers) of the agents to query",
				"displayName": "Agent IDs"
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Codes of the real-time agent indicators to get (up to 4), as listed in the reference",
				"displayName": "Indicator Codes"
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
		"operation": "getManyOperations",
		"name": "Get Many Operations",
		"action": "Get many agent operations",
		"description": "List what an agent did in a period of up to 24 hours (sign-in, rest, calls and so on), with times, objects and reasons",
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
				"description": "The agent (work number) whose operations are listed",
				"min": 0,
				"max": 99999,
				"displayName": "Agent",
				"lookup": {
					"section": "12.3.3.2",
					"valuePath": "agentNo",
					"labelPath": "agentName",
					"params": {
						"offset": 0,
						"limit": 1000
					}
				}
			},
			{
				"name": "operateType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only operations of this type; empty: all",
				"displayName": "Operation Type",
				"options": [
					{
						"value": 0,
						"name": "Sign Out"
					},
					{
						"value": 1,
						"name": "Sign In"
					},
					{
						"value": 2,
						"name": "Set Idle"
					},
					{
						"value": 3,
						"name": "Set Busy"
					},
					{
						"value": 4,
						"name": "Talking"
					},
					{
						"value": 5,
						"name": "Waiting for Agent to Answer",
						"description": "Waiting for the agent to answer a call distributed to it"
					},
					{
						"value": 6,
						"name": "Waiting for Connection",
						"description": "Waiting for the connection after answering or placing an outgoing call"
					},
					{
						"value": 7,
						"name": "Release Call"
					},
					{
						"value": 8,
						"name": "Request Disconnect"
					},
					{
						"value": 9,
						"name": "Waiting for Called Party to Ring",
						"description": "While making an outgoing call"
					},
					{
						"value": 10,
						"name": "Three-Party Conversation"
					},
					{
						"value": 11,
						"name": "Agent Channel Failed",
						"description": "The agent channel fails or the agent is down"
					},
					{
						"value": 12,
						"name": "Agent Channel Restored"
					},
					{
						"value": 13,
						"name": "Suspended for Automatic Flow",
						"description": "The call moves from the manual flow to the automatic flow and the agent is suspended"
					},
					{
						"value": 14,
						"name": "Listened In or Intruded"
					},
					{
						"value": 15,
						"name": "No Longer Listened In or Intruded"
					},
					{
						"value": 16,
						"name": "Recorded"
					},
					{
						"value": 17,
						"name": "No Longer Recorded"
					},
					{
						"value": 18,
						"name": "Monitored"
					},
					{
						"value": 19,
						"name": "No Longer Monitored"
					},
					{
						"value": 20,
						"name": "Listening In, Intruding or Whispering"
					},
					{
						"value": 21,
						"name": "Stop Listening In or Whispering",
						"description": "The agent stops listening in, intruding or whispering"
					},
					{
						"value": 22,
						"name": "Play Voice"
					},
					{
						"value": 23,
						"name": "Stop Playing Voice"
					},
					{
						"value": 24,
						"name": "Start Monitoring"
					},
					{
						"value": 25,
						"name": "Stop Monitoring"
					},
					{
						"value": 26,
						"name": "Rest"
					},
					{
						"value": 27,
						"name": "Work Status"
					},
					{
						"value": 28,
						"name": "Listen In and Intrude Call"
					},
					{
						"value": 29,
						"name": "Forced Sign-Out"
					},
					{
						"value": 30,
						"name": "Forced Idle"
					},
					{
						"value": 31,
						"name": "Forced Busy"
					},
					{
						"value": 32,
						"name": "Mute to Customer"
					},
					{
						"value": 33,
						"name": "Unmute to Customer"
					},
					{
						"value": 34,
						"name": "Start Studying"
					},
					{
						"value": 35,
						"name": "Enter Work Status"
					},
					{
						"value": 36,
						"name": "Start Adjusting"
					},
					{
						"value": 37,
						"name": "End Work Status"
					},
					{
						"value": 38,
						"name": "Hold Call"
					},
					{
						"value": 39,
						"name": "Pick Up Held Call"
					},
					{
						"value": 40,
						"name": "Request Internal Help"
					},
					{
						"value": 41,
						"name": "Internal Call"
					},
					{
						"value": 42,
						"name": "Connect Held Call"
					},
					{
						"value": 43,
						"name": "Intercept Call"
					},
					{
						"value": 44,
						"name": "Halt Voice Playing"
					},
					{
						"value": 45,
						"name": "Transfer Call Internally"
					},
					{
						"value": 46,
						"name": "Transfer Call Out"
					},
					{
						"value": 47,
						"name": "Sign In to Media Server"
					},
					{
						"value": 50,
						"name": "Video Image Screening"
					},
					{
						"value": 51,
						"name": "Video and Audio Screening"
					},
					{
						"value": 52,
						"name": "Sign Out of Media Server"
					},
					{
						"value": 53,
						"name": "Transfer Call From Common Queue",
						"description": "The agent transfers a call queuing in the common queue"
					},
					{
						"value": 54,
						"name": "Release Transfer"
					},
					{
						"value": 55,
						"name": "Call Transferred to Another Device"
					},
					{
						"value": 56,
						"name": "Configure Agent Status"
					},
					{
						"value": 57,
						"name": "Switch Held Call During Internal Help",
						"description": "Switch the call held while an internal help request is processed"
					},
					{
						"value": 58,
						"name": "Conference"
					},
					{
						"value": 59,
						"name": "Multimedia Collaboration"
					},
					{
						"value": 60,
						"name": "Conversation Status"
					}
				]
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Start of the period, in UTC. The period is a multiple of 15 minutes and at most 24 hours.",
				"displayName": "Start Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss",
				"dateZone": "UTC"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "End of the period, in UTC. The period is a multiple of 15 minutes and at most 24 hours.",
				"displayName": "End Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss",
				"dateZone": "UTC"
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
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
		"operation": "getManyByStatus",
		"name": "Get Many by Status",
		"action": "Get many agents by status",
		"description": "List the agents of the VDN in a given status, with location and since when",
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
				"description": "ID of the call center",
				"minLength": 1,
				"maxLength": 25,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"displayName": "VDN ID"
			},
			{
				"name": "status",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Only agents in this status; empty: all",
				"displayName": "Agent Status",
				"options": [
					{
						"value": "0",
						"name": "Not Signed In"
					},
					{
						"value": "1",
						"name": "Idle"
					},
					{
						"value": "2",
						"name": "Preoccupied"
					},
					{
						"value": "3",
						"name": "Occupied"
					},
					{
						"value": "4",
						"name": "Answering"
					},
					{
						"value": "5",
						"name": "Talking"
					},
					{
						"value": "6",
						"name": "Working"
					},
					{
						"value": "7",
						"name": "Busy"
					},
					{
						"value": "8",
						"name": "Resting"
					},
					{
						"value": "9",
						"name": "Studying"
					},
					{
						"value": "10",
						"name": "Adjusting"
					}
				]
			},
			{
				"name": "offset",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Position of the first record to return, from 0",
				"min": 0,
				"displayName": "Offset"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Number of records to return",
				"max": 1000,
				"displayName": "Page Size"
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
		"operation": "get",
		"name": "Get",
		"action": "Get call",
		"description": "Get the basic information of a call by its call ID: numbers, device, skill queue, media type and times (not on CTI 3.6)",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the call, written as call start time in epoch milliseconds, a hyphen and the call number, like 1659513159000-546750",
				"maxLength": 20,
				"displayName": "Call ID"
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
		"operation": "getPrivateCall",
		"name": "Get Private Call",
		"action": "Get private call",
		"description": "Get the details of a private call of an agent by its call ID: numbers, device, trunk and talk time",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of a private call of the agent, as listed by Get Many Private Calls of resource Agent",
				"maxLength": 20,
				"displayName": "Private Call ID"
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
		"operation": "getManyCdrs",
		"name": "Get Many CDRs",
		"action": "Get many call detail records",
		"description": "List the call detail records of a call by its call ID: numbers, call type, agent and skill queue",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "isCallin",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Whether the call is inbound or outbound",
				"options": [
					{
						"value": "true",
						"name": "Inbound"
					},
					{
						"value": "false",
						"name": "Outbound"
					}
				],
				"displayName": "Direction"
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the call",
				"displayName": "Call ID"
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
		"name": "Get VDN Indicators",
		"action": "Get historical VDN indicators",
		"description": "Get the chosen historical indicators of one or more VDNs for today, yesterday, or in 15, 30 or 60 minute periods",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdnIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs of the VDNs to query",
				"maxItems": 100,
				"displayName": "VDN IDs"
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Codes of the historical VDN indicators to get, as listed in the reference",
				"displayName": "Indicator Codes"
			},
			{
				"name": "timeGrain",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Collect the indicators per period of this length; empty: one total for the current day in the VDN's time zone",
				"displayName": "Time Grain",
				"options": [
					{
						"value": "15MIN",
						"name": "15 Minutes"
					},
					{
						"value": "30MIN",
						"name": "30 Minutes"
					},
					{
						"value": "60MIN",
						"name": "60 Minutes"
					}
				]
			},
			{
				"name": "anonyCall",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "For inbound calls: only anonymous or only non-anonymous calls; empty: both",
				"options": [
					{
						"value": 1,
						"name": "Anonymous Only"
					},
					{
						"value": 0,
						"name": "Non-Anonymous Only"
					}
				],
				"displayName": "Anonymous Calls"
			},
			{
				"name": "calleeNo",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Only calls to this number",
				"displayName": "Called Number"
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only calls of this media type; empty: all",
				"displayName": "Media Type",
				"options": [
					{
						"value": 1,
						"name": "Text Chat"
					},
					{
						"value": 2,
						"name": "Click to Dial"
					},
					{
						"value": 3,
						"name": "Escorted Browsing and Form Sharing"
					},
					{
						"value": 4,
						"name": "Callback Request"
					},
					{
						"value": 5,
						"name": "Voice Call"
					},
					{
						"value": 6,
						"name": "Email Call"
					},
					{
						"value": 7,
						"name": "Fax Call"
					},
					{
						"value": 8,
						"name": "IP Video Call (H.323)"
					},
					{
						"value": 9,
						"name": "Electronic Whiteboard"
					},
					{
						"value": 10,
						"name": "Application Sharing"
					},
					{
						"value": 11,
						"name": "File Transfer"
					},
					{
						"value": 12,
						"name": "2B+D ISDN Video Call"
					},
					{
						"value": 13,
						"name": "6B+D ISDN Video Call"
					},
					{
						"value": 14,
						"name": "OPS Call"
					},
					{
						"value": 15,
						"name": "Predictive Dialing"
					},
					{
						"value": 16,
						"name": "Preview Dialing"
					},
					{
						"value": 17,
						"name": "Message Media"
					},
					{
						"value": 18,
						"name": "Video Click to Dial"
					},
					{
						"value": 19,
						"name": "Video Call"
					},
					{
						"value": 20,
						"name": "Non-Real-Time Call"
					},
					{
						"value": 21,
						"name": "Desktop Sharing"
					},
					{
						"value": 22,
						"name": "Calling Number in Skill Queue"
					},
					{
						"value": 50,
						"name": "Email Chat"
					},
					{
						"value": 51,
						"name": "Internet Chat"
					},
					{
						"value": 52,
						"name": "SMS Chat"
					},
					{
						"value": 53,
						"name": "Social Media Chat",
						"description": "Text chat over social and messaging channels (the submedia type says which)"
					},
					{
						"value": 54,
						"name": "Fax Chat"
					},
					{
						"value": 55,
						"name": "H5 Video"
					}
				]
			},
			{
				"name": "subMediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only chats of this channel (for media type Social Media Chat); empty: all",
				"displayName": "Submedia Type",
				"options": [
					{
						"value": 1,
						"name": "Web"
					},
					{
						"value": 2,
						"name": "WhatsApp"
					},
					{
						"value": 3,
						"name": "LINE"
					},
					{
						"value": 4,
						"name": "WeChat"
					},
					{
						"value": 5,
						"name": "Facebook Messenger"
					},
					{
						"value": 6,
						"name": "Twitter"
					},
					{
						"value": 7,
						"name": "5G Message"
					},
					{
						"value": 8,
						"name": "Email"
					},
					{
						"value": 9,
						"name": "SMS"
					}
				]
			},
			{
				"name": "enableOffset",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Whether to get the figures of today or of yesterday",
				"displayName": "Day",
				"options": [
					{
						"value": "N",
						"name": "Today"
					},
					{
						"value": "Y",
						"name": "Yesterday"
					}
				],
				"default": "N"
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
		"operation": "getManyMissedCalls",
		"name": "Get Many Missed Calls",
		"action": "Get many missed calls",
		"description": "List the missed calls of the VDN in a period, with calling and called number and wait times",
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
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Position of the first record to return, from 0",
				"displayName": "Offset"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Number of records to return",
				"displayName": "Page Size"
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Start of the period, in UTC",
				"displayName": "Start Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss",
				"dateZone": "UTC"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "End of the period, in UTC",
				"displayName": "End Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss",
				"dateZone": "UTC"
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
		"name": "Get IVR Indicators",
		"action": "Get historical IVR indicators",
		"description": "Get the chosen historical IVR indicators of one or more flow service types for today, yesterday, or in 15, 30 or 60 minute periods",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"displayName": "VDN ID"
			},
			{
				"name": "serviceNos",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs of the flow service types to query. In the public cloud the value is 1 unless the administrator changed it; in an independent deployment the web configuration console shows each flow's service type.",
				"maxItems": 500,
				"displayName": "Flow Service Types"
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Codes of the historical IVR indicators to get, as listed in the reference",
				"displayName": "Indicator Codes"
			},
			{
				"name": "timeGrain",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Collect the indicators per period of this length; empty: one total for the current day in the VDN's time zone",
				"displayName": "Time Grain",
				"options": [
					{
						"value": "15MIN",
						"name": "15 Minutes"
					},
					{
						"value": "30MIN",
						"name": "30 Minutes"
					},
					{
						"value": "60MIN",
						"name": "60 Minutes"
					}
				]
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only calls of this media type; empty: all",
				"displayName": "Media Type",
				"options": [
					{
						"value": 1,
						"name": "Text Chat"
					},
					{
						"value": 2,
						"name": "Click to Dial"
					},
					{
						"value": 3,
						"name": "Escorted Browsing and Form Sharing"
					},
					{
						"value": 4,
						"name": "Callback Request"
					},
					{
						"value": 5,
						"name": "Voice Call"
					},
					{
						"value": 6,
						"name": "Email Call"
					},
					{
						"value": 7,
						"name": "Fax Call"
					},
					{
						"value": 8,
						"name": "IP Video Call (H.323)"
					},
					{
						"value": 9,
						"name": "Electronic Whiteboard"
					},
					{
						"value": 10,
						"name": "Application Sharing"
					},
					{
						"value": 11,
						"name": "File Transfer"
					},
					{
						"value": 12,
						"name": "2B+D ISDN Video Call"
					},
					{
						"value": 13,
						"name": "6B+D ISDN Video Call"
					},
					{
						"value": 14,
						"name": "OPS Call"
					},
					{
						"value": 15,
						"name": "Predictive Dialing"
					},
					{
						"value": 16,
						"name": "Preview Dialing"
					},
					{
						"value": 17,
						"name": "Message Media"
					},
					{
						"value": 18,
						"name": "Video Click to Dial"
					},
					{
						"value": 19,
						"name": "Video Call"
					},
					{
						"value": 20,
						"name": "Non-Real-Time Call"
					},
					{
						"value": 21,
						"name": "Desktop Sharing"
					},
					{
						"value": 22,
						"name": "Calling Number in Skill Queue"
					},
					{
						"value": 50,
						"name": "Email Chat"
					},
					{
						"value": 51,
						"name": "Internet Chat"
					},
					{
						"value": 52,
						"name": "SMS Chat"
					},
					{
						"value": 53,
						"name": "Social Media Chat",
						"description": "Text chat over social and messaging channels (the submedia type says which)"
					},
					{
						"value": 54,
						"name": "Fax Chat"
					},
					{
						"value": 55,
						"name": "H5 Video"
					}
				]
			},
			{
				"name": "subMediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only chats of this channel (for media type Social Media Chat); empty: all",
				"displayName": "Submedia Type",
				"options": [
					{
						"value": 1,
						"name": "Web"
					},
					{
						"value": 2,
						"name": "WhatsApp"
					},
					{
						"value": 3,
						"name": "LINE"
					},
					{
						"value": 4,
						"name": "WeChat"
					},
					{
						"value": 5,
						"name": "Facebook Messenger"
					},
					{
						"value": 6,
						"name": "Twitter"
					},
					{
						"value": 7,
						"name": "5G Message"
					},
					{
						"value": 8,
						"name": "Email"
					},
					{
						"value": 9,
						"name": "SMS"
					}
				]
			},
			{
				"name": "enableOffset",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Whether to get the figures of today or of yesterday",
				"displayName": "Day",
				"options": [
					{
						"value": "N",
						"name": "Today"
					},
					{
						"value": "Y",
						"name": "Yesterday"
					}
				],
				"default": "N"
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
		"name": "Get Skill Queue Indicators",
		"action": "Get historical skill queue indicators",
		"description": "Get the chosen historical indicators of one or more skill queues for today, yesterday, or in 15, 30 or 60 minute periods",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "timeGrain",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Collect the indicators per period of this length; empty: one total for the current day in the VDN's time zone",
				"displayName": "Time Grain",
				"options": [
					{
						"value": "15MIN",
						"name": "15 Minutes"
					},
					{
						"value": "30MIN",
						"name": "30 Minutes"
					},
					{
						"value": "60MIN",
						"name": "60 Minutes"
					}
				]
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs of the skill queues to query",
				"displayName": "Skill Queue IDs"
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Codes of the historical skill queue indicators to get, as listed in the reference",
				"displayName": "Indicator Codes"
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only calls of this media type; empty: all",
				"displayName": "Media Type",
				"options": [
					{
						"value": 1,
						"name": "Text Chat"
					},
					{
						"value": 2,
						"name": "Click to Dial"
					},
					{
						"value": 3,
						"name": "Escorted Browsing and Form Sharing"
					},
					{
						"value": 4,
						"name": "Callback Request"
					},
					{
						"value": 5,
						"name": "Voice Call"
					},
					{
						"value": 6,
						"name": "Email Call"
					},
					{
						"value": 7,
						"name": "Fax Call"
					},
					{
						"value": 8,
						"name": "IP Video Call (H.323)"
					},
					{
						"value": 9,
						"name": "Electronic Whiteboard"
					},
					{
						"value": 10,
						"name": "Application Sharing"
					},
					{
						"value": 11,
						"name": "File Transfer"
					},
					{
						"value": 12,
						"name": "2B+D ISDN Video Call"
					},
					{
						"value": 13,
						"name": "6B+D ISDN Video Call"
					},
					{
						"value": 14,
						"name": "OPS Call"
					},
					{
						"value": 15,
						"name": "Predictive Dialing"
					},
					{
						"value": 16,
						"name": "Preview Dialing"
					},
					{
						"value": 17,
						"name": "Message Media"
					},
					{
						"value": 18,
						"name": "Video Click to Dial"
					},
					{
						"value": 19,
						"name": "Video Call"
					},
					{
						"value": 20,
						"name": "Non-Real-Time Call"
					},
					{
						"value": 21,
						"name": "Desktop Sharing"
					},
					{
						"value": 22,
						"name": "Calling Number in Skill Queue"
					},
					{
						"value": 50,
						"name": "Email Chat"
					},
					{
						"value": 51,
						"name": "Internet Chat"
					},
					{
						"value": 52,
						"name": "SMS Chat"
					},
					{
						"value": 53,
						"name": "Social Media Chat",
						"description": "Text chat over social and messaging channels (the submedia type says which)"
					},
					{
						"value": 54,
						"name": "Fax Chat"
					},
					{
						"value": 55,
						"name": "H5 Video"
					}
				]
			},
			{
				"name": "subMediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only chats of this channel (for media type Social Media Chat); empty: all",
				"displayName": "Submedia Type",
				"options": [
					{
						"value": 1,
						"name": "Web"
					},
					{
						"value": 2,
						"name": "WhatsApp"
					},
					{
						"value": 3,
						"name": "LINE"
					},
					{
						"value": 4,
						"name": "WeChat"
					},
					{
						"value": 5,
						"name": "Facebook Messenger"
					},
					{
						"value": 6,
						"name": "Twitter"
					},
					{
						"value": 7,
						"name": "5G Message"
					},
					{
						"value": 8,
						"name": "Email"
					},
					{
						"value": 9,
						"name": "SMS"
					}
				]
			},
			{
				"name": "enableOffset",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Whether to get the figures of today or of yesterday",
				"displayName": "Day",
				"options": [
					{
						"value": "N",
						"name": "Today"
					},
					{
						"value": "Y",
						"name": "Yesterday"
					}
				],
				"default": "N"
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
		"name": "Get Agent Indicators",
		"action": "Get historical agent indicators",
		"description": "Get the chosen historical indicators of one or more agents for today, yesterday, or in 15, 30 or 60 minute periods",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "agentIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs (work numbers) of the agents to query",
				"displayName": "Agent IDs"
			},
			{
				"name": "timeGrain",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Collect the indicators per period of this length (some agent operation indicators cannot be); empty: one total for the current day in the VDN's time zone",
				"displayName": "Time Grain",
				"options": [
					{
						"value": "15MIN",
						"name": "15 Minutes"
					},
					{
						"value": "30MIN",
						"name": "30 Minutes"
					},
					{
						"value": "60MIN",
						"name": "60 Minutes"
					}
				]
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Codes of the historical agent indicators to get, as listed in the reference",
				"displayName": "Indicator Codes"
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only calls of this media type; empty: all",
				"displayName": "Media Type",
				"options": [
					{
						"value": 1,
						"name": "Text Chat"
					},
					{
						"value": 2,
						"name": "Click to Dial"
					},
					{
						"value": 3,
						"name": "Escorted Browsing and Form Sharing"
					},
					{
						"value": 4,
						"name": "Callback Request"
					},
					{
						"value": 5,
						"name": "Voice Call"
					},
					{
						"value": 6,
						"name": "Email Call"
					},
					{
						"value": 7,
						"name": "Fax Call"
					},
					{
						"value": 8,
						"name": "IP Video Call (H.323)"
					},
					{
						"value": 9,
						"name": "Electronic Whiteboard"
					},
					{
						"value": 10,
						"name": "Application Sharing"
					},
					{
						"value": 11,
						"name": "File Transfer"
					},
					{
						"value": 12,
						"name": "2B+D ISDN Video Call"
					},
					{
						"value": 13,
						"name": "6B+D ISDN Video Call"
					},
					{
						"value": 14,
						"name": "OPS Call"
					},
					{
						"value": 15,
						"name": "Predictive Dialing"
					},
					{
						"value": 16,
						"name": "Preview Dialing"
					},
					{
						"value": 17,
						"name": "Message Media"
					},
					{
						"value": 18,
						"name": "Video Click to Dial"
					},
					{
						"value": 19,
						"name": "Video Call"
					},
					{
						"value": 20,
						"name": "Non-Real-Time Call"
					},
					{
						"value": 21,
						"name": "Desktop Sharing"
					},
					{
						"value": 22,
						"name": "Calling Number in Skill Queue"
					},
					{
						"value": 50,
						"name": "Email Chat"
					},
					{
						"value": 51,
						"name": "Internet Chat"
					},
					{
						"value": 52,
						"name": "SMS Chat"
					},
					{
						"value": 53,
						"name": "Social Media Chat",
						"description": "Text chat over social and messaging channels (the submedia type says which)"
					},
					{
						"value": 54,
						"name": "Fax Chat"
					},
					{
						"value": 55,
						"name": "H5 Video"
					}
				]
			},
			{
				"name": "subMediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only chats of this channel (for media type Social Media Chat); empty: all",
				"displayName": "Submedia Type",
				"options": [
					{
						"value": 1,
						"name": "Web"
					},
					{
						"value": 2,
						"name": "WhatsApp"
					},
					{
						"value": 3,
						"name": "LINE"
					},
					{
						"value": 4,
						"name": "WeChat"
					},
					{
						"value": 5,
						"name": "Facebook Messenger"
					},
					{
						"value": 6,
						"name": "Twitter"
					},
					{
						"value": 7,
						"name": "5G Message"
					},
					{
						"value": 8,
						"name": "Email"
					},
					{
						"value": 9,
						"name": "SMS"
					}
				]
			},
			{
				"name": "enableOffset",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Whether to get the figures of today or of yesterday",
				"displayName": "Day",
				"options": [
					{
						"value": "N",
						"name": "Today"
					},
					{
						"value": "Y",
						"name": "Yesterday"
					}
				],
				"default": "N"
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
		"operation": "getSkillIndicatorsByPeriod",
		"name": "Get Skill Queue Indicators by Period",
		"action": "Get skill queue indicators by period",
		"description": "Get the chosen historical indicators of one or more skill queues between two times",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"displayName": "VDN ID"
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs of the skill queues to query",
				"displayName": "Skill Queue IDs"
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Codes of the indicators to get, as listed in the monitoring indicator tables of the reference, such as IDX_COUNT_SKILL_REQUEST",
				"displayName": "Indicator Codes"
			},
			{
				"name": "beginDayTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Start of the period, in the VDN's time zone",
				"displayName": "Start Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "endDayTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "End of the period, in the VDN's time zone",
				"displayName": "End Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only calls of this media type; empty: all",
				"displayName": "Media Type",
				"options": [
					{
						"value": 1,
						"name": "Text Chat"
					},
					{
						"value": 2,
						"name": "Click to Dial"
					},
					{
						"value": 3,
						"name": "Escorted Browsing and Form Sharing"
					},
					{
						"value": 4,
						"name": "Callback Request"
					},
					{
						"value": 5,
						"name": "Voice Call"
					},
					{
						"value": 6,
						"name": "Email Call"
					},
					{
						"value": 7,
						"name": "Fax Call"
					},
					{
						"value": 8,
						"name": "IP Video Call (H.323)"
					},
					{
						"value": 9,
						"name": "Electronic Whiteboard"
					},
					{
						"value": 10,
						"name": "Application Sharing"
					},
					{
						"value": 11,
						"name": "File Transfer"
					},
					{
						"value": 12,
						"name": "2B+D ISDN Video Call"
					},
					{
						"value": 13,
						"name": "6B+D ISDN Video Call"
					},
					{
						"value": 14,
						"name": "OPS Call"
					},
					{
						"value": 15,
						"name": "Predictive Dialing"
					},
					{
						"value": 16,
						"name": "Preview Dialing"
					},
					{
						"value": 17,
						"name": "Message Media"
					},
					{
						"value": 18,
						"name": "Video Click to Dial"
					},
					{
						"value": 19,
						"name": "Video Call"
					},
					{
						"value": 20,
						"name": "Non-Real-Time Call"
					},
					{
						"value": 21,
						"name": "Desktop Sharing"
					},
					{
						"value": 22,
						"name": "Calling Number in Skill Queue"
					},
					{
						"value": 50,
						"name": "Email Chat"
					},
					{
						"value": 51,
						"name": "Internet Chat"
					},
					{
						"value": 52,
						"name": "SMS Chat"
					},
					{
						"value": 53,
						"name": "Social Media Chat",
						"description": "Text chat over social and messaging channels (the submedia type says which)"
					},
					{
						"value": 54,
						"name": "Fax Chat"
					},
					{
						"value": 55,
						"name": "H5 Video"
					}
				]
			},
			{
				"name": "subMediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only chats of this channel (for media type Social Media Chat); empty: all",
				"displayName": "Submedia Type",
				"options": [
					{
						"value": 1,
						"name": "Web"
					},
					{
						"value": 2,
						"name": "WhatsApp"
					},
					{
						"value": 3,
						"name": "LINE"
					},
					{
						"value": 4,
						"name": "WeChat"
					},
					{
						"value": 5,
						"name": "Facebook Messenger"
					},
					{
						"value": 6,
						"name": "Twitter"
					},
					{
						"value": 7,
						"name": "5G Message"
					},
					{
						"value": 8,
						"name": "Email"
					},
					{
						"value": 9,
						"name": "SMS"
					}
				]
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
		"name": "Get Skill Queue Indicators by Month",
		"action": "Get skill queue indicators by month",
		"description": "Get the chosen historical indicators of one or more skill queues between two months",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"displayName": "VDN ID"
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs of the skill queues to query",
				"displayName": "Skill Queue IDs"
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Codes of the indicators to get, as listed in the monitoring indicator tables of the reference, such as IDX_COUNT_SKILL_REQUEST",
				"displayName": "Indicator Codes"
			},
			{
				"name": "beginMonthTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "First month, in the VDN's time zone",
				"displayName": "Start Month",
				"dateFormat": "yyyyMM"
			},
			{
				"name": "endMonthTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Last month, in the VDN's time zone",
				"displayName": "End Month",
				"dateFormat": "yyyyMM"
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only calls of this media type; empty: all",
				"displayName": "Media Type",
				"options": [
					{
						"value": 1,
						"name": "Text Chat"
					},
					{
						"value": 2,
						"name": "Click to Dial"
					},
					{
						"value": 3,
						"name": "Escorted Browsing and Form Sharing"
					},
					{
						"value": 4,
						"name": "Callback Request"
					},
					{
						"value": 5,
						"name": "Voice Call"
					},
					{
						"value": 6,
						"name": "Email Call"
					},
					{
						"value": 7,
						"name": "Fax Call"
					},
					{
						"value": 8,
						"name": "IP Video Call (H.323)"
					},
					{
						"value": 9,
						"name": "Electronic Whiteboard"
					},
					{
						"value": 10,
						"name": "Application Sharing"
					},
					{
						"value": 11,
						"name": "File Transfer"
					},
					{
						"value": 12,
						"name": "2B+D ISDN Video Call"
					},
					{
						"value": 13,
						"name": "6B+D ISDN Video Call"
					},
					{
						"value": 14,
						"name": "OPS Call"
					},
					{
						"value": 15,
						"name": "Predictive Dialing"
					},
					{
						"value": 16,
						"name": "Preview Dialing"
					},
					{
						"value": 17,
						"name": "Message Media"
					},
					{
						"value": 18,
						"name": "Video Click to Dial"
					},
					{
						"value": 19,
						"name": "Video Call"
					},
					{
						"value": 20,
						"name": "Non-Real-Time Call"
					},
					{
						"value": 21,
						"name": "Desktop Sharing"
					},
					{
						"value": 22,
						"name": "Calling Number in Skill Queue"
					},
					{
						"value": 50,
						"name": "Email Chat"
					},
					{
						"value": 51,
						"name": "Internet Chat"
					},
					{
						"value": 52,
						"name": "SMS Chat"
					},
					{
						"value": 53,
						"name": "Social Media Chat",
						"description": "Text chat over social and messaging channels (the submedia type says which)"
					},
					{
						"value": 54,
						"name": "Fax Chat"
					},
					{
						"value": 55,
						"name": "H5 Video"
					}
				]
			},
			{
				"name": "subMediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only chats of this channel (for media type Social Media Chat); empty: all",
				"displayName": "Submedia Type",
				"options": [
					{
						"value": 1,
						"name": "Web"
					},
					{
						"value": 2,
						"name": "WhatsApp"
					},
					{
						"value": 3,
						"name": "LINE"
					},
					{
						"value": 4,
						"name": "WeChat"
					},
					{
						"value": 5,
						"name": "Facebook Messenger"
					},
					{
						"value": 6,
						"name": "Twitter"
					},
					{
						"value": 7,
						"name": "5G Message"
					},
					{
						"value": 8,
						"name": "Email"
					},
					{
						"value": 9,
						"name": "SMS"
					}
				]
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
		"operation": "getAgentIndicatorsByPeriod",
		"name": "Get Agent Indicators by Period",
		"action": "Get agent indicators by period",
		"description": "Get the chosen historical indicators of one or more agents between two times",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"displayName": "VDN ID"
			},
			{
				"name": "agentIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs (work numbers) of the agents to query",
				"displayName": "Agent IDs"
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Codes of the indicators to get, as listed in the monitoring indicator tables of the reference, such as IDX_COUNT_SKILL_REQUEST",
				"displayName": "Indicator Codes"
			},
			{
				"name": "beginDayTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Start of the period, in the VDN's time zone",
				"displayName": "Start Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "endDayTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "End of the period, in the VDN's time zone",
				"displayName": "End Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only calls of this media type; empty: all",
				"displayName": "Media Type",
				"options": [
					{
						"value": 1,
						"name": "Text Chat"
					},
					{
						"value": 2,
						"name": "Click to Dial"
					},
					{
						"value": 3,
						"name": "Escorted Browsing and Form Sharing"
					},
					{
						"value": 4,
						"name": "Callback Request"
					},
					{
						"value": 5,
						"name": "Voice Call"
					},
					{
						"value": 6,
						"name": "Email Call"
					},
					{
						"value": 7,
						"name": "Fax Call"
					},
					{
						"value": 8,
						"name": "IP Video Call (H.323)"
					},
					{
						"value": 9,
						"name": "Electronic Whiteboard"
					},
					{
						"value": 10,
						"name": "Application Sharing"
					},
					{
						"value": 11,
						"name": "File Transfer"
					},
					{
						"value": 12,
						"name": "2B+D ISDN Video Call"
					},
					{
						"value": 13,
						"name": "6B+D ISDN Video Call"
					},
					{
						"value": 14,
						"name": "OPS Call"
					},
					{
						"value": 15,
						"name": "Predictive Dialing"
					},
					{
						"value": 16,
						"name": "Preview Dialing"
					},
					{
						"value": 17,
						"name": "Message Media"
					},
					{
						"value": 18,
						"name": "Video Click to Dial"
					},
					{
						"value": 19,
						"name": "Video Call"
					},
					{
						"value": 20,
						"name": "Non-Real-Time Call"
					},
					{
						"value": 21,
						"name": "Desktop Sharing"
					},
					{
						"value": 22,
						"name": "Calling Number in Skill Queue"
					},
					{
						"value": 50,
						"name": "Email Chat"
					},
					{
						"value": 51,
						"name": "Internet Chat"
					},
					{
						"value": 52,
						"name": "SMS Chat"
					},
					{
						"value": 53,
						"name": "Social Media Chat",
						"description": "Text chat over social and messaging channels (the submedia type says which)"
					},
					{
						"value": 54,
						"name": "Fax Chat"
					},
					{
						"value": 55,
						"name": "H5 Video"
					}
				]
			},
			{
				"name": "subMediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only chats of this channel (for media type Social Media Chat); empty: all",
				"displayName": "Submedia Type",
				"options": [
					{
						"value": 1,
						"name": "Web"
					},
					{
						"value": 2,
						"name": "WhatsApp"
					},
					{
						"value": 3,
						"name": "LINE"
					},
					{
						"value": 4,
						"name": "WeChat"
					},
					{
						"value": 5,
						"name": "Facebook Messenger"
					},
					{
						"value": 6,
						"name": "Twitter"
					},
					{
						"value": 7,
						"name": "5G Message"
					},
					{
						"value": 8,
						"name": "Email"
					},
					{
						"value": 9,
						"name": "SMS"
					}
				]
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
		"name": "Get Agent Indicators by Month",
		"action": "Get agent indicators by month",
		"description": "Get the chosen historical indicators of one or more agents between two months",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"displayName": "VDN ID"
			},
			{
				"name": "agentIds",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs (work numbers) of the agents to query",
				"displayName": "Agent IDs"
			},
			{
				"name": "indexIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Codes of the indicators to get, as listed in the monitoring indicator tables of the reference, such as IDX_COUNT_SKILL_REQUEST",
				"displayName": "Indicator Codes"
			},
			{
				"name": "beginMonthTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "First month, in the VDN's time zone",
				"displayName": "Start Month",
				"dateFormat": "yyyyMM"
			},
			{
				"name": "endMonthTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Last month, in the VDN's time zone",
				"displayName": "End Month",
				"dateFormat": "yyyyMM"
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only calls of this media type; empty: all",
				"displayName": "Media Type",
				"options": [
					{
						"value": 1,
						"name": "Text Chat"
					},
					{
						"value": 2,
						"name": "Click to Dial"
					},
					{
						"value": 3,
						"name": "Escorted Browsing and Form Sharing"
					},
					{
						"value": 4,
						"name": "Callback Request"
					},
					{
						"value": 5,
						"name": "Voice Call"
					},
					{
						"value": 6,
						"name": "Email Call"
					},
					{
						"value": 7,
						"name": "Fax Call"
					},
					{
						"value": 8,
						"name": "IP Video Call (H.323)"
					},
					{
						"value": 9,
						"name": "Electronic Whiteboard"
					},
					{
						"value": 10,
						"name": "Application Sharing"
					},
					{
						"value": 11,
						"name": "File Transfer"
					},
					{
						"value": 12,
						"name": "2B+D ISDN Video Call"
					},
					{
						"value": 13,
						"name": "6B+D ISDN Video Call"
					},
					{
						"value": 14,
						"name": "OPS Call"
					},
					{
						"value": 15,
						"name": "Predictive Dialing"
					},
					{
						"value": 16,
						"name": "Preview Dialing"
					},
					{
						"value": 17,
						"name": "Message Media"
					},
					{
						"value": 18,
						"name": "Video Click to Dial"
					},
					{
						"value": 19,
						"name": "Video Call"
					},
					{
						"value": 20,
						"name": "Non-Real-Time Call"
					},
					{
						"value": 21,
						"name": "Desktop Sharing"
					},
					{
						"value": 22,
						"name": "Calling Number in Skill Queue"
					},
					{
						"value": 50,
						"name": "Email Chat"
					},
					{
						"value": 51,
						"name": "Internet Chat"
					},
					{
						"value": 52,
						"name": "SMS Chat"
					},
					{
						"value": 53,
						"name": "Social Media Chat",
						"description": "Text chat over social and messaging channels (the submedia type says which)"
					},
					{
						"value": 54,
						"name": "Fax Chat"
					},
					{
						"value": 55,
						"name": "H5 Video"
					}
				]
			},
			{
				"name": "subMediaType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only chats of this channel (for media type Social Media Chat); empty: all",
				"displayName": "Submedia Type",
				"options": [
					{
						"value": 1,
						"name": "Web"
					},
					{
						"value": 2,
						"name": "WhatsApp"
					},
					{
						"value": 3,
						"name": "LINE"
					},
					{
						"value": 4,
						"name": "WeChat"
					},
					{
						"value": 5,
						"name": "Facebook Messenger"
					},
					{
						"value": 6,
						"name": "Twitter"
					},
					{
						"value": 7,
						"name": "5G Message"
					},
					{
						"value": 8,
						"name": "Email"
					},
					{
						"value": 9,
						"name": "SMS"
					}
				]
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
		"name": "Get Inbound Daily Statistics",
		"action": "Get daily inbound call statistics",
		"description": "Get the daily settlement statistics of inbound calls between two days, per called number and call type",
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
				"description": "Called numbers (digits only); the statistics are given per number",
				"itemType": "string",
				"displayName": "Called Numbers"
			},
			{
				"name": "beginLogDay",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "First day of calls counted, in the VDN's time zone",
				"displayName": "Start Date",
				"dateFormat": "yyyy-MM-dd"
			},
			{
				"name": "endLogDay",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Last day of calls counted, in the VDN's time zone",
				"displayName": "End Date",
				"dateFormat": "yyyy-MM-dd"
			},
			{
				"name": "callTypes",
				"in": "body",
				"type": "array",
				"required": true,
				"description": "Call types to count; the statistics are given per type",
				"itemType": "integer",
				"displayName": "Call Types",
				"options": [
					{
						"value": 0,
						"name": "Normal Incoming Call"
					},
					{
						"value": 5,
						"name": "Incoming Toll Call"
					},
					{
						"value": 6,
						"name": "Internal Call",
						"description": "A call from one agent to another; it cannot be forwarded or muted"
					},
					{
						"value": 7,
						"name": "Normal Outgoing Call",
						"description": "An outgoing call made by an agent"
					},
					{
						"value": 8,
						"name": "Agent Outgoing Call"
					},
					{
						"value": 9,
						"name": "Outgoing Call in PRI Mode"
					},
					{
						"value": 10,
						"name": "Outgoing Call Through IVR"
					},
					{
						"value": 11,
						"name": "Phone Agent Outgoing Call"
					},
					{
						"value": 12,
						"name": "Outgoing Call in PRI Mode Through IVR"
					},
					{
						"value": 13,
						"name": "Networked Call Center Incoming Call"
					},
					{
						"value": 14,
						"name": "Networked Call Center Outgoing Call"
					},
					{
						"value": 15,
						"name": "Networked QC Incoming Call",
						"description": "Quality check incoming call to a networked call center"
					},
					{
						"value": 16,
						"name": "Networked QC Outgoing Call",
						"description": "Quality check outgoing call of a networked call center"
					},
					{
						"value": 17,
						"name": "Virtual Agent Internal Incoming Call",
						"description": "Internal incoming network call to a virtual agent"
					},
					{
						"value": 18,
						"name": "Virtual Agent Internal Outgoing Call",
						"description": "Internal outgoing network call of a virtual agent"
					},
					{
						"value": 20,
						"name": "Aid Call"
					},
					{
						"value": 21,
						"name": "International Agent Incoming Call"
					},
					{
						"value": 22,
						"name": "Relay Call"
					},
					{
						"value": 23,
						"name": "International Agent Outgoing Call"
					},
					{
						"value": 40,
						"name": "Scheduled Outgoing Call",
						"description": "A reserved outgoing call the system places when its time comes"
					},
					{
						"value": 41,
						"name": "Pre-Occupied Outgoing Call",
						"description": "The system occupies an idle agent, then calls the customer"
					},
					{
						"value": 42,
						"name": "Pre-Connected Outgoing Call",
						"description": "The system calls the customer, then connects an agent"
					},
					{
						"value": 43,
						"name": "Virtual Incoming Outgoing Call",
						"description": "The system calls the customer and connects the call to an agent as an incoming call"
					},
					{
						"value": 44,
						"name": "Preview Outgoing Call",
						"description": "An outgoing call made by an agent after previewing its information"
					},
					{
						"value": 45,
						"name": "Callback Request",
						"description": "A callback requested by a web user"
					},
					{
						"value": 46,
						"name": "International Incoming Toll Call"
					},
					{
						"value": 50,
						"name": "RBT Call"
					},
					{
						"value": 51,
						"name": "Two-Party Help Call",
						"description": "Internal help where the customer is held"
					},
					{
						"value": 52,
						"name": "Three-Party Help Call",
						"description": "Internal help where customer, agent and helper talk together"
					},
					{
						"value": 60,
						"name": "Pre-Occupied Outgoing Call in PRI Mode"
					},
					{
						"value": 61,
						"name": "Pre-Connected Outgoing Call in PRI Mode"
					},
					{
						"value": 62,
						"name": "Virtual Incoming Outgoing Call (PRI)"
					},
					{
						"value": 63,
						"name": "Preview Outgoing Call in PRI Mode"
					},
					{
						"value": 64,
						"name": "Callback Request in PRI Mode"
					}
				]
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"required": false,
				"description": "Skill queue IDs; the statistics are given per skill queue",
				"itemType": "integer",
				"displayName": "Skill Queue IDs"
			},
			{
				"name": "subCcNo",
				"in": "body",
				"type": "integer",
				"description": "Number of the call center subsystem; set it, the tenant ID or the VDN ID",
				"displayName": "Subsystem Number"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"description": "ID of the VDN (the tenant's virtual call center); set it, the subsystem number or the tenant ID",
				"displayName": "VDN ID"
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"description": "ID of the tenant; set it, the subsystem number or the VDN ID",
				"displayName": "Tenant ID"
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
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
		"name": "Get Outbound Daily Statistics",
		"action": "Get daily outbound call statistics",
		"description": "Get the daily settlement statistics of outbound calls between two days, per calling number and call type",
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
				"description": "Calling numbers (digits only); the statistics are given per number",
				"itemType": "string",
				"displayName": "Calling Numbers"
			},
			{
				"name": "beginLogDay",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "First day of calls counted, in the VDN's time zone",
				"displayName": "Start Date",
				"dateFormat": "yyyy-MM-dd"
			},
			{
				"name": "endLogDay",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Last day of calls counted, in the VDN's time zone",
				"displayName": "End Date",
				"dateFormat": "yyyy-MM-dd"
			},
			{
				"name": "callTypes",
				"in": "body",
				"type": "array",
				"required": true,
				"description": "Call types to count; the statistics are given per type",
				"itemType": "integer",
				"displayName": "Call Types",
				"options": [
					{
						"value": 0,
						"name": "Normal Incoming Call"
					},
					{
						"value": 5,
						"name": "Incoming Toll Call"
					},
					{
						"value": 6,
						"name": "Internal Call",
						"description": "A call from one agent to another; it cannot be forwarded or muted"
					},
					{
						"value": 7,
						"name": "Normal Outgoing Call",
						"description": "An outgoing call made by an agent"
					},
					{
						"value": 8,
						"name": "Agent Outgoing Call"
					},
					{
						"value": 9,
						"name": "Outgoing Call in PRI Mode"
					},
					{
						"value": 10,
						"name": "Outgoing Call Through IVR"
					},
					{
						"value": 11,
						"name": "Phone Agent Outgoing Call"
					},
					{
						"value": 12,
						"name": "Outgoing Call in PRI Mode Through IVR"
					},
					{
						"value": 13,
						"name": "Networked Call Center Incoming Call"
					},
					{
						"value": 14,
						"name": "Networked Call Center Outgoing Call"
					},
					{
						"value": 15,
						"name": "Networked QC Incoming Call",
						"description": "Quality check incoming call to a networked call center"
					},
					{
						"value": 16,
						"name": "Networked QC Outgoing Call",
						"description": "Quality check outgoing call of a networked call center"
					},
					{
						"value": 17,
						"name": "Virtual Agent Internal Incoming Call",
						"description": "Internal incoming network call to a virtual agent"
					},
					{
						"value": 18,
						"name": "Virtual Agent Internal Outgoing Call",
						"description": "Internal outgoing network call of a virtual agent"
					},
					{
						"value": 20,
						"name": "Aid Call"
					},
					{
						"value": 21,
						"name": "International Agent Incoming Call"
					},
					{
						"value": 22,
						"name": "Relay Call"
					},
					{
						"value": 23,
						"name": "International Agent Outgoing Call"
					},
					{
						"value": 40,
						"name": "Scheduled Outgoing Call",
						"description": "A reserved outgoing call the system places when its time comes"
					},
					{
						"value": 41,
						"name": "Pre-Occupied Outgoing Call",
						"description": "The system occupies an idle agent, then calls the customer"
					},
					{
						"value": 42,
						"name": "Pre-Connected Outgoing Call",
						"description": "The system calls the customer, then connects an agent"
					},
					{
						"value": 43,
						"name": "Virtual Incoming Outgoing Call",
						"description": "The system calls the customer and connects the call to an agent as an incoming call"
					},
					{
						"value": 44,
						"name": "Preview Outgoing Call",
						"description": "An outgoing call made by an agent after previewing its information"
					},
					{
						"value": 45,
						"name": "Callback Request",
						"description": "A callback requested by a web user"
					},
					{
						"value": 46,
						"name": "International Incoming Toll Call"
					},
					{
						"value": 50,
						"name": "RBT Call"
					},
					{
						"value": 51,
						"name": "Two-Party Help Call",
						"description": "Internal help where the customer is held"
					},
					{
						"value": 52,
						"name": "Three-Party Help Call",
						"description": "Internal help where customer, agent and helper talk together"
					},
					{
						"value": 60,
						"name": "Pre-Occupied Outgoing Call in PRI Mode"
					},
					{
						"value": 61,
						"name": "Pre-Connected Outgoing Call in PRI Mode"
					},
					{
						"value": 62,
						"name": "Virtual Incoming Outgoing Call (PRI)"
					},
					{
						"value": 63,
						"name": "Preview Outgoing Call in PRI Mode"
					},
					{
						"value": 64,
						"name": "Callback Request in PRI Mode"
					}
				]
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"required": false,
				"description": "Skill queue IDs; the statistics are given per skill queue",
				"itemType": "integer",
				"displayName": "Skill Queue IDs"
			},
			{
				"name": "subCcNo",
				"in": "body",
				"type": "integer",
				"description": "Number of the call center subsystem; set it, the tenant ID or the VDN ID",
				"displayName": "Subsystem Number"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"description": "ID of the VDN (the tenant's virtual call center); set it, the subsystem number or the tenant ID",
				"displayName": "VDN ID"
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"description": "ID of the tenant; set it, the subsystem number or the VDN ID",
				"displayName": "Tenant ID"
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
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
		"operation": "getManyVdns",
		"name": "Get Many VDNs",
		"action": "Get VDN list of call center",
		"description": "List the VDNs of the call center with their names (independent deployment only, with the global key pair)",
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
				"description": "ID of the call center",
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
		"operation": "getManyAgents",
		"name": "Get Many Agents",
		"action": "Get many configured agents",
		"description": "List the agents configured in the VDN with their name, role and skill queues, one page at a time",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "offset",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Position of the first record to return, from 0",
				"min": 0,
				"displayName": "Offset"
			},
			{
				"name": "limit",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Number of records to return",
				"min": 1,
				"displayName": "Page Size",
				"default": 100
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
		"operation": "getManyCalledRoutes",
		"name": "Get Many Called Routes",
		"action": "Get many called routes",
		"description": "List the called routes of the VDN: access code, sub-code and the device each one routes to",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
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
		"operation": "getManyAgentsByTenant",
		"name": "Get Many Agents by Tenant",
		"action": "Get many agents by tenant space",
		"description": "Get the agents and access codes of a tenant space by its ID",
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
				"description": "ID of the tenant space",
				"displayName": "Tenant ID"
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
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
		"operation": "getManySkillGroups",
		"name": "Get Many Skill Groups",
		"action": "Get many skill groups",
		"description": "List the skill groups of the VDN with their skill queues and levels (independent deployment with CTI 3.8 only)",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
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
		"operation": "getManyTenants",
		"name": "Get Many Tenants",
		"action": "Get many accessible tenants",
		"description": "List the tenants the key pair may access, with VDN, tenant space name and access codes (private key pair only)",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
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
		"operation": "getManyGroupMembers",
		"name": "Get Many Group Members",
		"action": "Get many user group members",
		"description": "List the members of a user group, or find one by agent ID",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"displayName": "VDN ID"
			},
			{
				"name": "groupId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "The user group whose members are listed",
				"displayName": "User Group",
				"lookup": {
					"section": "12.3.4.4",
					"valuePath": "id",
					"labelPath": "groupName"
				}
			},
			{
				"name": "workNo",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only this member (agent work number); empty: all members",
				"min": 0,
				"max": 99999,
				"displayName": "Agent",
				"lookup": {
					"section": "12.3.3.2",
					"valuePath": "agentNo",
					"labelPath": "agentName",
					"params": {
						"offset": 0,
						"limit": 1000
					}
				}
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of records per page",
				"displayName": "Page Size"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Position of the first record to return, from 0",
				"displayName": "Offset"
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
		"name": "Delete Group Members",
		"action": "Delete user group members",
		"description": "Remove the given agents from their user groups; with no agent given, all group members of the tenant are removed",
		"notForAiTools": true,
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
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
				"description": "IDs (work numbers) of the members to remove; empty: all group members of the tenant are removed",
				"displayName": "Agent IDs"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"displayName": "VDN ID"
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
		"name": "Add Group Members",
		"action": "Add members to user group",
		"description": "Add the given agents to a user group",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"displayName": "VDN ID"
			},
			{
				"name": "workNos",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "IDs (work numbers) of the agents to add",
				"displayName": "Agent IDs"
			},
			{
				"name": "groupId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "The user group the agents join",
				"displayName": "User Group",
				"lookup": {
					"section": "12.3.4.4",
					"valuePath": "id",
					"labelPath": "groupName"
				}
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
		"operation": "getManyGroups",
		"name": "Get Many Groups",
		"action": "Get many user groups",
		"description": "List the user groups of the VDN with their ID, name and type",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
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
		"operation": "createGroup",
		"name": "Create Group",
		"action": "Create user group",
		"description": "Create an agent group or an inspector group, optionally with its first members",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"displayName": "VDN ID"
			},
			{
				"name": "groupName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the user group",
				"displayName": "Name"
			},
			{
				"name": "groupType",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Whether the group holds agents or inspectors",
				"options": [
					{
						"value": 2,
						"name": "Agent Group"
					},
					{
						"value": 3,
						"name": "Inspector Group"
					}
				],
				"displayName": "Group Type"
			},
			{
				"name": "remark",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Information about the user group",
				"displayName": "Remark"
			},
			{
				"name": "workNos",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": false,
				"description": "IDs (work numbers) of agents to add as the first members",
				"displayName": "Agent IDs"
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
		"operation": "deleteGroup",
		"name": "Delete Group",
		"action": "Delete user group",
		"description": "Delete a user group with its members and its inspection relationships",
		"notForAiTools": true,
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"displayName": "VDN ID"
			},
			{
				"name": "id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "The user group to delete",
				"displayName": "User Group",
				"lookup": {
					"section": "12.3.4.4",
					"valuePath": "id",
					"labelPath": "groupName"
				}
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
		"operation": "updateGroup",
		"name": "Update Group",
		"action": "Update user group",
		"description": "Change the name and remark of a user group",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"displayName": "VDN ID"
			},
			{
				"name": "id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "The user group to update",
				"displayName": "User Group",
				"lookup": {
					"section": "12.3.4.4",
					"valuePath": "id",
					"labelPath": "groupName"
				}
			},
			{
				"name": "groupName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "New name of the user group",
				"displayName": "Name"
			},
			{
				"name": "remark",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Information about the user group",
				"displayName": "Remark"
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
		"name": "Set Relationships",
		"action": "Set inspection relationships",
		"description": "Set which agent groups an inspector group inspects",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "qcGroupId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "The inspector group that inspects the agent groups",
				"displayName": "Inspector Group",
				"lookup": {
					"section": "12.3.4.4",
					"valuePath": "id",
					"labelPath": "groupName"
				}
			},
			{
				"name": "inspectedGroupIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "IDs of the agent groups it inspects",
				"displayName": "Agent Group IDs"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"displayName": "VDN ID"
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
		"name": "Delete Relationships",
		"action": "Delete inspection relationships",
		"description": "Stop an inspector group from inspecting the given agent groups",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "qcGroupId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "The inspector group that stops inspecting the agent groups",
				"displayName": "Inspector Group",
				"lookup": {
					"section": "12.3.4.4",
					"valuePath": "id",
					"labelPath": "groupName"
				}
			},
			{
				"name": "inspectedGroupIds",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "IDs of the agent groups it stops inspecting",
				"displayName": "Agent Group IDs"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"displayName": "VDN ID"
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
		"name": "Add Agent to Group",
		"action": "Add agent to user group",
		"description": "Add an agent to a user group, or to a new group created with the given name; the agent leaves its former group",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdnId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "The agent (work number) who joins the group",
				"min": 0,
				"max": 99999,
				"displayName": "Agent",
				"lookup": {
					"section": "12.3.3.2",
					"valuePath": "agentNo",
					"labelPath": "agentName",
					"params": {
						"offset": 0,
						"limit": 1000
					}
				}
			},
			{
				"name": "groupId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "The group to join; empty: a new group named Group Name is created. The agent leaves any group it was in.",
				"displayName": "User Group",
				"lookup": {
					"section": "12.3.4.4",
					"valuePath": "id",
					"labelPath": "groupName"
				}
			},
			{
				"name": "groupName",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Name of the group to create when no user group is given (ignored otherwise); no invalid characters",
				"maxLength": 100,
				"displayName": "Group Name"
			},
			{
				"name": "groupType",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Type of the group to create",
				"options": [
					{
						"value": 2,
						"name": "Agent Group"
					},
					{
						"value": 3,
						"name": "Inspector Group"
					}
				],
				"default": 2,
				"displayName": "Group Type"
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
		"name": "Update Agent Name",
		"action": "Update agent name",
		"description": "Change the name of an agent",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdnId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "The agent (work number) to rename; the VDN administrator cannot be renamed",
				"min": 0,
				"max": 99999,
				"displayName": "Agent",
				"lookup": {
					"section": "12.3.3.2",
					"valuePath": "agentNo",
					"labelPath": "agentName",
					"params": {
						"offset": 0,
						"limit": 1000
					}
				}
			},
			{
				"name": "agentName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "New name of the agent; no invalid characters",
				"displayName": "Agent Name"
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
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many outbound tasks",
		"description": "List the outbound call tasks of the tenant with name, type, status and dates (needs iSales)",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of records per page",
				"default": 10,
				"displayName": "Page Size"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Position of the first record to return, from 0",
				"displayName": "Offset"
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
		"name": "Get Daily Statistics",
		"action": "Get daily statistics of outbound task",
		"description": "Get the daily settlement statistics of an outbound task between two dates: calls, successes and success rate per day (needs iSales)",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "taskId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "The outbound call task whose statistics are returned",
				"maxLength": 30,
				"displayName": "Outbound Task",
				"lookup": {
					"section": "12.3.5.1",
					"valuePath": "taskId",
					"labelPath": "taskName"
				}
			},
			{
				"name": "beginDayTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "First day counted, in the VDN's time zone",
				"displayName": "Start Date",
				"dateFormat": "yyyy-MM-dd"
			},
			{
				"name": "endDayTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Last day counted, in the VDN's time zone",
				"displayName": "End Date",
				"dateFormat": "yyyy-MM-dd"
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
		"operation": "getRealtimeStatistics",
		"name": "Get Realtime Statistics",
		"action": "Get realtime statistics of outbound task",
		"description": "Get the real-time statistics of an outbound task: total, completed, failed, waiting and successful calls and rates (needs iSales)",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "taskId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "The outbound call task whose statistics are returned",
				"displayName": "Outbound Task",
				"lookup": {
					"section": "12.3.5.1",
					"valuePath": "taskId",
					"labelPath": "taskName"
				}
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
		"name": "Get UAP Performance",
		"action": "Get UAP performance",
		"description": "Get the UAP performance of the last 5 minutes per inbound number: trunk circuits idle, available and in use",
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
				"description": "Inbound (office) numbers to query; empty: all. The MML command LST OFC lists them.",
				"displayName": "Inbound Numbers"
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
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
		"operation": "getControlBlockStatus",
		"name": "Get Control Block Status",
		"action": "Get control block status",
		"description": "Get the running state of the control blocks of a CCU or MSU module",
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
				"description": "Type of the module whose control blocks are queried",
				"displayName": "Module Type",
				"options": [
					{
						"value": "CCU",
						"name": "CCU"
					},
					{
						"value": "MSU",
						"name": "MSU"
					}
				]
			},
			{
				"name": "PID",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Module ID of the CCU; needed for module type CCU",
				"displayName": "CCU Module ID",
				"requiredWhen": { "field": "MODTYP", "values": ["CCU"] }
			},
			{
				"name": "PIDMSU",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Module ID of the MSU; needed for module type MSU",
				"displayName": "MSU Module ID",
				"requiredWhen": { "field": "MODTYP", "values": ["MSU"] }
			},
			{
				"name": "MN",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Module number of the CCU, for module type CCU with a CCU module ID; the LST APP command lists them",
				"displayName": "CCU Module Number"
			},
			{
				"name": "BICCTYPE",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Type of the BICC module, for module type CCU with CCU module ID BICC",
				"displayName": "BICC Type"
			},
			{
				"name": "MSUMN",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Module number of the MSU, for module type MSU with an MSU module ID; the LST APP command lists them",
				"displayName": "MSU Module Number"
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
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
		"action": "Get terminal registration status",
		"description": "Get the registration status of one or more multimedia terminals by device ID",
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
				"description": "ID of the multimedia device, usually up to 32 digits for a SIP device (like 8780001); * or % match any characters, so 6666* matches all IDs starting with 6666",
				"maxLength": 32,
				"displayName": "Device ID"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of records to return",
				"default": 100,
				"displayName": "Page Size"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Position of the first record to return, from 0",
				"default": 0,
				"displayName": "Offset"
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
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
		"name": "Get UAP Performance Statistics",
		"action": "Get UAP performance statistics",
		"description": "List the UAP performance figures of 5-minute periods between two times: inbound calls, successful calls and call rate",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"displayName": "Call Center ID"
			},
			{
				"name": "uapIP",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "IP address of the UAP; empty: all",
				"displayName": "UAP IP Address"
			},
			{
				"name": "ofcNo",
				"in": "body",
				"type": "array",
				"required": false,
				"description": "Inbound (office) numbers to query; empty: all. The MML command LST OFC lists them.",
				"itemType": "integer",
				"displayName": "Inbound Numbers"
			},
			{
				"name": "beginDate",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Start of the period, in UTC; at most 31 days before the end",
				"displayName": "Start Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss",
				"dateZone": "UTC"
			},
			{
				"name": "endDate",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "End of the period, in UTC",
				"displayName": "End Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss",
				"dateZone": "UTC"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of records to return",
				"default": 100,
				"displayName": "Page Size"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Position of the first record to return, from 0",
				"default": 0,
				"displayName": "Offset"
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
		"action": "Get UAP terminal statistics",
		"description": "List the UAP terminal statistics of 5-minute periods between two times",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"displayName": "Call Center ID"
			},
			{
				"name": "uapIP",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "IP address of the UAP; empty: all",
				"displayName": "UAP IP Address"
			},
			{
				"name": "beginDate",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Start of the period, in UTC; at most 31 days before the end",
				"displayName": "Start Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss",
				"dateZone": "UTC"
			},
			{
				"name": "endDate",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "End of the period, in UTC",
				"displayName": "End Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss",
				"dateZone": "UTC"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of records to return",
				"default": 100,
				"displayName": "Page Size"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Position of the first record to return, from 0",
				"default": 0,
				"displayName": "Offset"
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
		"name": "Get CTI Indicators",
		"action": "Get CTI system indicators",
		"description": "List the CTI system figures of 5-minute periods between two times: agents online, talking, idle, busy and resting, and call counts",
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
				"description": "ID of the call center; empty: the default call center ID configured in the CMS",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": false,
				"description": "IDs of the VDNs to query",
				"maxItems": 100,
				"displayName": "VDN IDs"
			},
			{
				"name": "beginDate",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Start of the period, in UTC; at most 31 days before the end",
				"displayName": "Start Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss",
				"dateZone": "UTC"
			},
			{
				"name": "endDate",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "End of the period, in UTC",
				"displayName": "End Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss",
				"dateZone": "UTC"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of records to return",
				"default": 100,
				"displayName": "Page Size"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Position of the first record to return, from 0",
				"default": 0,
				"displayName": "Offset"
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
		"name": "Get CTI Server Time",
		"action": "Get CTI server time",
		"description": "Get the current time of the CTI platform server (not on CTI 3.6)",
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
				"description": "ID of the call center",
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
		"name": "Get License Usage",
		"action": "Get license usage",
		"description": "Get the licensed maximums and current use of agents, VDNs and IVR, voice and web calls (not on CTI 3.6)",
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
				"description": "ID of the call center",
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
		"operation": "checkHealth",
		"name": "Check Health",
		"action": "Check CMS cluster health",
		"description": "Check whether the CMS runs properly; the request text is sent back with status UP",
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
				"description": "Any JSON value; the CMS sends it back unchanged in its answer",
				"displayName": "Request Text"
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
		"section": "12.3.1.1.12",
		"title": "Querying Call Information in a Specified VDN",
		"family": "cms",
		"resource": "legacy",
		"operation": "getManyCallRecordsV1",
		"name": "Get Many Call Records (V1)",
		"action": "Get many call records (V1)",
		"description": "Older version of Get Many Call Records of resource VDN: lists only the inbound calls of the VDN in a period, filtered by calling and called number",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "callerNo",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Only calls from this number (digits); empty: all calling numbers",
				"displayName": "Calling Number"
			},
			{
				"name": "calleeNo",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Only calls to this number (digits); empty: all called numbers",
				"displayName": "Called Number"
			},
			{
				"name": "beginDate",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Start of the period, no earlier than 00:00:00 of the previous day. The data is in UTC.",
				"displayName": "Start Time",
				"dateFormat": "epochMs",
				"dateZone": "UTC"
			},
			{
				"name": "endDate",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "End of the period, no later than 23:59:59 today. The data is in UTC.",
				"displayName": "End Time",
				"dateFormat": "epochMs",
				"dateZone": "UTC"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of records to return",
				"max": 100,
				"displayName": "Page Size"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Position of the first record to return, from 0",
				"min": 0,
				"displayName": "Offset"
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
		"section": "12.3.1.1.15",
		"title": "Querying Static Configuration Information About All Agents in a Specified VDN (Not Supported by CTI 3.6)",
		"family": "cms",
		"resource": "legacy",
		"operation": "getManyAgentConfigurationsUnpaged",
		"name": "Get Many Agent Configurations (Unpaged)",
		"action": "Get many agent configurations unpaged",
		"description": "Older unpaged version of Get Many Agent Configurations of resource VDN: the static configuration of every agent of the VDN in one answer (not on CTI 3.6)",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
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
		"resource": "legacy",
		"operation": "getManyAgentsUnpaged",
		"name": "Get Many Agents (Unpaged)",
		"action": "Get many agents unpaged",
		"description": "Older unpaged version of Get Many Agents of resource VDN: every agent of the VDN with its state in one answer (not on CTI 3.6)",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
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
		"section": "12.3.8.13.1",
		"title": "Querying Details of a Specified Agent",
		"family": "cms",
		"resource": "legacy",
		"operation": "getAgentBefore813",
		"name": "Get Agent (Before 8.13.0)",
		"action": "Get agent before 8.13.0",
		"description": "Version before 8.13.0 of Get of resource Agent: the details of one agent",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "The agent (work number)",
				"min": 101,
				"max": 59999,
				"displayName": "Agent",
				"lookup": {
					"section": "12.3.3.2",
					"valuePath": "agentNo",
					"labelPath": "agentName",
					"params": {
						"offset": 0,
						"limit": 1000
					}
				}
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
		"operation": "getSystemStatusBefore813",
		"name": "Get System Status (Before 8.13.0)",
		"action": "Get agent system status before 8.13.0",
		"description": "Version before 8.13.0 of Get System Status of resource Agent: the number of signed-in, idle, busy and talking agents",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
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
		"operation": "getManyRestRecordsBefore813",
		"name": "Get Many Rest Records (Before 8.13.0)",
		"action": "Get many agent rest records before 8.13.0",
		"description": "Version before 8.13.0 of Get Many Rest Records of resource Agent: the agents in rest state",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
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
		"operation": "getQueueStatisticsBefore813",
		"name": "Get Queue Statistics (Before 8.13.0)",
		"action": "Get skill queue statistics before 8.13.0",
		"description": "Version before 8.13.0 of Get Statistics of resource Skill Queue: the statistics of each given skill queue",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "skillIds",
				"in": "body",
				"type": "array",
				"required": true,
				"description": "IDs of the skill queues to query",
				"itemType": "integer",
				"displayName": "Skill Queue IDs"
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
		"operation": "getQueueAgentsBefore813",
		"name": "Get Queue Agents (Before 8.13.0)",
		"action": "Get skill queue agents before 8.13.0",
		"description": "Version before 8.13.0: the details of the agents of one configured skill queue",
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
				"description": "ID of the call center",
				"min": 1,
				"max": 65535,
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the VDN (the tenant's virtual call center)",
				"min": 1,
				"max": 5000,
				"displayName": "VDN ID"
			},
			{
				"name": "skillId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "The skill queue to query",
				"min": 1,
				"max": 2000,
				"displayName": "Skill Queue",
				"lookup": {
					"section": "12.3.1.1.9",
					"valuePath": "id",
					"labelPath": "name"
				}
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
