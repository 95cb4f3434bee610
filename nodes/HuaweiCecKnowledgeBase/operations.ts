// Registry entries of HuaweiCecKnowledgeBase, one per interface of the CEC 2.5 reference, keyed by doc section.
// Derived by scripts/generate-specs.cjs from reference/sections.json, then reviewed by hand.
import type { ResourceSpec } from '../shared/registry/describe';
import type { OperationSpec } from '../shared/registry/types';

export const RESOURCES: ResourceSpec[] = [
	{
		"value": "knowledge",
		"name": "Knowledge"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "9.2.1",
		"title": "Querying Knowledge Details",
		"family": "ikbs",
		"resource": "knowledge",
		"operation": "getKnowledgeDetails",
		"name": "Get Knowledge Details",
		"method": "POST",
		"path": "/rest/ccikbs/v1/columnkngapi/queryKngDetail",
		"auth": "SIA",
		"idempotent": true,
		"fields": [
			{
				"name": "X-TenantSpaceID",
				"in": "header",
				"type": "string",
				"required": true,
				"description": "Tenant ID (X-TenantSpaceID header, required for SIA authentication).",
				"displayName": "Tenant Space ID"
			},
			{
				"name": "coluKngId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Category knowledge ID."
			},
			{
				"name": "openType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Ways to open a knowledge base. The options are as follows: • 1: quick entry • 2: search • 3: category • 4: favorites folder • 5: associated knowledge",
				"options": [
					{
						"value": "1",
						"name": "quick entry"
					},
					{
						"value": "2",
						"name": "search"
					},
					{
						"value": "3",
						"name": "category"
					},
					{
						"value": "4",
						"name": "favorites folder"
					},
					{
						"value": "5",
						"name": "associated knowledge"
					}
				]
			},
			{
				"name": "openKng",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Associated knowledge ID. This parameter is mandatory when openType is set to 5."
			},
			{
				"name": "searchRank",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Sequence number of a search result. This parameter is mandatory when openType is set to 2.",
				"default": "1"
			},
			{
				"name": "searchSortType",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Sorting mode of search results. This parameter is mandatory when openType is set to 2. The options are as follows: • hit: hit ratio • modifyTime: update time • clickNum: number of clicks • bidRankId: bidding ranking",
				"options": [
					{
						"value": "hit",
						"name": "hit ratio"
					},
					{
						"value": "modifyTime",
						"name": "update time"
					},
					{
						"value": "clickNum",
						"name": "number of clicks"
					},
					{
						"value": "bidRankId",
						"name": "bidding ranking"
					}
				]
			},
			{
				"name": "searchWord",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Keyword. This parameter is mandatory when openType is set to 2."
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Call center ID. This parameter is mandatory for AK/SK authentication.",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "VDN ID. This parameter is mandatory for AK/SK authentication."
			}
		],
		"shapeNote": "Sent as coluKngId, the request example's spelling: Table 9-6 prints \"coluKngld\" (the PDF reads a capital I as l; the response tables print coluKngId). Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {},
		"example": {
			"coluKngId": "1286316841328705539",
			"openType": "1",
			"openKng": "1286999404577816579"
		}
	},
	{
		"section": "9.2.2",
		"title": "Querying a Category",
		"family": "ikbs",
		"resource": "knowledge",
		"operation": "getCategory",
		"name": "Get a Category",
		"method": "POST",
		"path": "/rest/ccikbs/v1/columnkngapi/queryColumnsBySuperCode",
		"auth": "SIA",
		"idempotent": true,
		"fields": [
			{
				"name": "X-TenantSpaceID",
				"in": "header",
				"type": "string",
				"required": true,
				"description": "Tenant ID (X-TenantSpaceID header, required for SIA authentication).",
				"displayName": "Tenant Space ID"
			},
			{
				"name": "beyondColuId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Category ID. The ID of the first-level category is 0."
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Call center ID. This parameter is mandatory for AK/SK authentication.",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "VDN ID. This parameter is mandatory for AK/SK authentication."
			}
		],
		"shapeNote": "Sent as beyondColuld, the spelling of the request example and of the response (Table 9-20); Table 9-13 prints \"beyondCoulid\". Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: beyondColuId (the PDF prints beyondColuld): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1805.html (queryColumnsBySuperCode).",
		"result": {
			"itemsPath": "datas"
		},
		"example": {
			"beyondColuld": "0"
		}
	},
	{
		"section": "9.2.3",
		"title": "Querying the Knowledge List",
		"family": "ikbs",
		"resource": "knowledge",
		"operation": "getKnowledgeList",
		"name": "Get the Knowledge List",
		"method": "POST",
		"path": "/rest/ccikbs/v1/columnkngapi/advancedSearch",
		"auth": "SIA",
		"idempotent": true,
		"fields": [
			{
				"name": "X-TenantSpaceID",
				"in": "header",
				"type": "string",
				"required": true,
				"description": "Tenant ID (X-TenantSpaceID header, required for SIA authentication).",
				"displayName": "Tenant Space ID"
			},
			{
				"name": "keyword",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Keyword."
			},
			{
				"name": "offset",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Pagination query offset. The default value is 0, indicating no offset.",
				"default": 0
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Maximum number of records on a page during pagination query."
			},
			{
				"name": "code",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Code of a category or knowledge node in the category knowledge tree."
			},
			{
				"name": "coluKngType",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Category knowledge type. The options are as follows: • 1: category • 2: common knowledge • 3: Q&A knowledge",
				"options": [
					{
						"value": "1",
						"name": "category"
					},
					{
						"value": "2",
						"name": "common knowledge"
					},
					{
						"value": "3",
						"name": "Q&A knowledge"
					}
				]
			},
			{
				"name": "startTime",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Start time (timestamp)."
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "End time (timestamp)."
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Call center ID. This parameter is mandatory for AK/SK authentication.",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "VDN ID. This parameter is mandatory for AK/SK authentication."
			}
		],
		"result": {
			"itemsPath": "data.results",
			"totalPath": "data.total"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit"
		},
		"example": {
			"keyword": "001",
			"offset": 0,
			"limit": 10,
			"code": "001",
			"coluKngType": "2",
			"startTime": 1658474893000,
			"endTime": 1658820502000
		},
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	},
	{
		"section": "9.2.4",
		"title": "Querying an Attachment Download Address",
		"family": "ikbs",
		"resource": "knowledge",
		"operation": "getAttachmentDownloadAddress",
		"name": "Get an Attachment Download Address",
		"method": "POST",
		"path": "/rest/ccikbs/v1/knowledge/download",
		"auth": "SIA",
		"idempotent": true,
		"fields": [
			{
				"name": "X-TenantSpaceID",
				"in": "header",
				"type": "string",
				"required": true,
				"description": "Tenant ID (X-TenantSpaceID header, required for SIA authentication).",
				"displayName": "Tenant Space ID"
			},
			{
				"name": "kngId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Knowledge ID. The value is the same as that of AICC_kngld_CST in a data table of the AppCube database. Query the AICC_Ikbs_Kngadjedit_CST, AICC_Ikbs_Columnknghis_CST, or AICC_Ikbs_Kngadjpre_CST table based on the knowledge status."
			},
			{
				"name": "fileKey",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "File ID. The value is the same as that of AICC_adjKey_CST in a data table of the AppCube database. Query the AICC_Ikbs_Kngadjedit_CST, AICC_Ikbs_Columnknghis_CST, or AICC_Ikbs_Kngadjpre_CST table based on the knowledge status."
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Call center ID. This parameter is mandatory for AK/SK authentication.",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "VDN ID. This parameter is mandatory for AK/SK authentication."
			}
		],
		"result": {},
		"example": {
			"kngld": "1286999404577816579"
		},
		"shapeNote": "Header X-TenantSpaceID: Table 9-21 prints \"X-TenantSpacelD\" (the PDF reads a capital I as l); 9.2.1-9.2.3 print X-TenantSpaceID. Body field kngld kept as printed: the table and the request example agree. The example's fileKey value is left out of `example` (an ID the secret linter mistakes for a key). Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: kngId (the PDF prints kngld): an I/l misreading (the answers of 9.2.1-9.2.3 name knowledge IDs ...Id, e.g. coluKngId on cec_07_1805); no vendor page of 9.2.4 found."
	}
];
