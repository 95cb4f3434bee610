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
		"operation": "get",
		"name": "Get",
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
				"description": "Tenant space ID, required for SIA authentication",
				"displayName": "Tenant Space ID"
			},
			{
				"name": "coluKngId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Category knowledge ID of the knowledge item to open",
				"displayName": "Knowledge ID"
			},
			{
				"name": "openType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "How the knowledge item was opened",
				"options": [
					{
						"value": "1",
						"name": "Quick Entry"
					},
					{
						"value": "2",
						"name": "Search"
					},
					{
						"value": "3",
						"name": "Category"
					},
					{
						"value": "4",
						"name": "Favorites Folder"
					},
					{
						"value": "5",
						"name": "Associated Knowledge"
					}
				],
				"displayName": "Opened From"
			},
			{
				"name": "openKng",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "ID of the associated knowledge item, when opened from associated knowledge",
				"displayName": "Associated Knowledge ID",
				"requiredWhen": {
					"field": "openType",
					"values": [
						"5"
					]
				}
			},
			{
				"name": "searchRank",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Position of the item in the search results, when opened from a search",
				"default": "1",
				"displayName": "Search Result Position",
				"requiredWhen": {
					"field": "openType",
					"values": [
						"2"
					]
				}
			},
			{
				"name": "searchSortType",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "How the search results were sorted, when opened from a search",
				"options": [
					{
						"value": "hit",
						"name": "Hit Ratio"
					},
					{
						"value": "modifyTime",
						"name": "Update Time"
					},
					{
						"value": "clickNum",
						"name": "Number of Clicks"
					},
					{
						"value": "bidRankId",
						"name": "Bidding Ranking"
					}
				],
				"displayName": "Search Sort Order",
				"requiredWhen": {
					"field": "openType",
					"values": [
						"2"
					]
				}
			},
			{
				"name": "searchWord",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Keyword of the search, when opened from a search",
				"displayName": "Search Keyword",
				"requiredWhen": {
					"field": "openType",
					"values": [
						"2"
					]
				}
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Call center ID, needed only with AK/SK authentication",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "VDN ID, needed only with AK/SK authentication",
				"displayName": "VDN ID"
			}
		],
		"shapeNote": "Sent as coluKngId, the request example's spelling: Table 9-6 prints \"coluKngld\" (the PDF reads a capital I as l; the response tables print coluKngId). Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"result": {},
		"example": {
			"coluKngId": "1286316841328705539",
			"openType": "1",
			"openKng": "1286999404577816579"
		},
		"action": "Get knowledge details",
		"description": "Get the content of one knowledge item by its category knowledge ID, recording how it was opened (search, category, favorites...)"
	},
	{
		"section": "9.2.2",
		"title": "Querying a Category",
		"family": "ikbs",
		"resource": "knowledge",
		"operation": "getCategories",
		"name": "Get Categories",
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
				"description": "Tenant space ID, required for SIA authentication",
				"displayName": "Tenant Space ID"
			},
			{
				"name": "beyondColuId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the category whose content is listed; the top-level category is 0",
				"displayName": "Parent Category ID",
				"default": "0"
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Call center ID, needed only with AK/SK authentication",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "VDN ID, needed only with AK/SK authentication",
				"displayName": "VDN ID"
			}
		],
		"shapeNote": "Sent as beyondColuld, the spelling of the request example and of the response (Table 9-20); Table 9-13 prints \"beyondCoulid\". Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: beyondColuId (the PDF prints beyondColuld): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_1805.html (queryColumnsBySuperCode).",
		"result": {
			"itemsPath": "datas"
		},
		"example": {
			"beyondColuld": "0"
		},
		"action": "Get knowledge categories",
		"description": "List the categories and knowledge items directly under a category of the knowledge tree (0 for the top level)"
	},
	{
		"section": "9.2.3",
		"title": "Querying the Knowledge List",
		"family": "ikbs",
		"resource": "knowledge",
		"operation": "getMany",
		"name": "Get Many",
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
				"description": "Tenant space ID, required for SIA authentication",
				"displayName": "Tenant Space ID"
			},
			{
				"name": "keyword",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Keyword to search for"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Number of records to skip",
				"default": 0
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Maximum number of records to return"
			},
			{
				"name": "code",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Code of a category or knowledge node in the knowledge tree to search in",
				"displayName": "Category Code"
			},
			{
				"name": "coluKngType",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Type of category knowledge to return",
				"options": [
					{
						"value": "1",
						"name": "Category"
					},
					{
						"value": "2",
						"name": "Common Knowledge"
					},
					{
						"value": "3",
						"name": "Question and Answer"
					}
				],
				"displayName": "Knowledge Type"
			},
			{
				"name": "startTime",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Start of the time range",
				"dateFormat": "epochMs"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "End of the time range",
				"dateFormat": "epochMs"
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Call center ID, needed only with AK/SK authentication",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "VDN ID, needed only with AK/SK authentication",
				"displayName": "VDN ID"
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
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"action": "Get many knowledge items",
		"description": "Search the knowledge base by keyword, optionally within a category, type and time range, and return the matching knowledge items"
	},
	{
		"section": "9.2.4",
		"title": "Querying an Attachment Download Address",
		"family": "ikbs",
		"resource": "knowledge",
		"operation": "getAttachmentUrl",
		"name": "Get Attachment URL",
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
				"description": "Tenant space ID, required for SIA authentication",
				"displayName": "Tenant Space ID"
			},
			{
				"name": "kngId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the knowledge item the file is attached to",
				"displayName": "Knowledge ID"
			},
			{
				"name": "fileKey",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the attached file",
				"displayName": "File ID"
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Call center ID, needed only with AK/SK authentication",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "VDN ID, needed only with AK/SK authentication",
				"displayName": "VDN ID"
			}
		],
		"result": {},
		"example": {
			"kngld": "1286999404577816579"
		},
		"shapeNote": "Header X-TenantSpaceID: Table 9-21 prints \"X-TenantSpacelD\" (the PDF reads a capital I as l); 9.2.1-9.2.3 print X-TenantSpaceID. Body field kngld kept as printed: the table and the request example agree. The example's fileKey value is left out of `example` (an ID the secret linter mistakes for a key). Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: kngId (the PDF prints kngld): an I/l misreading (the answers of 9.2.1-9.2.3 name knowledge IDs ...Id, e.g. coluKngId on cec_07_1805); no vendor page of 9.2.4 found.",
		"action": "Get knowledge attachment download URL",
		"description": "Get the download address of a file attached to a knowledge item, from the knowledge ID and file ID"
	}
];
