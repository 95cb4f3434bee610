// Registry entries of HuaweiCecQualityManagement, one per interface of the CEC 2.5 reference, keyed by doc section.
// Derived by scripts/generate-specs.cjs from reference/sections.json, then reviewed by hand.
import type { ResourceSpec } from '../shared/registry/describe';
import type { OperationSpec } from '../shared/registry/types';

export const RESOURCES: ResourceSpec[] = [
	{
		"value": "scoreSetting",
		"name": "Score Setting"
	},
	{
		"value": "sentence",
		"name": "Sentence"
	},
	{
		"value": "sensitiveWord",
		"name": "Sensitive Word"
	},
	{
		"value": "sentenceGroup",
		"name": "Sentence Group"
	},
	{
		"value": "semanticKeywordTraining",
		"name": "Semantic Keyword Training"
	},
	{
		"value": "conversationFlow",
		"name": "Conversation Flow"
	},
	{
		"value": "conversationRule",
		"name": "Conversation Rule"
	},
	{
		"value": "interposalRule",
		"name": "Interruption Rule"
	},
	{
		"value": "silenceRule",
		"name": "Silence Rule"
	},
	{
		"value": "speedRule",
		"name": "Speed Rule"
	},
	{
		"value": "scenario",
		"name": "Business Scenario"
	},
	{
		"value": "qualityCheck",
		"name": "Inspected Call"
	},
	{
		"value": "regularQualityTask",
		"name": "Regular Quality Task"
	},
	{
		"value": "qualityTask",
		"name": "Quality Task"
	},
	{
		"value": "qualityTaskDetail",
		"name": "Quality Task Call"
	},
	{
		"value": "qualityItem",
		"name": "Quality Item"
	},
	{
		"value": "asrTranscription",
		"name": "ASR Transcription"
	},
	{
		"value": "legacy",
		"name": "Legacy",
		"description": "Older versions of operations, kept for existing servers"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "12.2.1.1",
		"title": "POST /CCSQM/rest/ccisqm/v1/appraisescor/createAppraiseScore",
		"family": "ccsqm",
		"resource": "scoreSetting",
		"operation": "create",
		"name": "Create",
		"action": "Create score setting",
		"description": "Create a score setting: the start, minimum and maximum score of inspections",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/appraisescore/createAppraiseScore",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Name",
				"description": "Name of the score setting"
			},
			{
				"name": "lower_bound",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Minimum Score",
				"description": "Lowest score an inspection can have"
			},
			{
				"name": "upper_bound",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Maximum Score",
				"description": "Highest score an inspection can have"
			},
			{
				"name": "base",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Start Score",
				"description": "Score an inspection starts from"
			}
		],
		"result": {},
		"example": {
			"name": "test",
			"lower_bound": 11,
			"upper_bound": 111,
			"base": 11
		}
	},
	{
		"section": "12.2.1.2",
		"title": "POST /CCSQM/rest/ccisqm/v1/appraisescor/applyAppraiseScore",
		"family": "ccsqm",
		"resource": "scoreSetting",
		"operation": "apply",
		"name": "Apply",
		"action": "Apply score setting",
		"description": "Make a score setting the one inspections use",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/appraisescore/applyAppraiseScore",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Score Setting",
				"description": "Score setting to use",
				"lookup": {
					"section": "12.2.1.4",
					"valuePath": "id",
					"labelPath": "name"
				}
			}
		],
		"result": {},
		"example": {
			"id": "1828287446"
		}
	},
	{
		"section": "12.2.1.3",
		"title": "POST /CCSQM/rest/ccisqm/v1/appraisescor/removeAppraiseScore",
		"family": "ccsqm",
		"resource": "scoreSetting",
		"operation": "delete",
		"name": "Delete",
		"action": "Delete score setting",
		"description": "Delete a score setting",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/appraisescore/removeAppraiseScore",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Score Setting",
				"description": "Score setting to delete",
				"lookup": {
					"section": "12.2.1.4",
					"valuePath": "id",
					"labelPath": "name"
				}
			}
		],
		"result": {},
		"example": {
			"id": "1828287446"
		}
	},
	{
		"section": "12.2.1.4",
		"title": "POST /CCSQM/rest/ccisqm/v1/appraisescor/queryAppraiseScore",
		"family": "ccsqm",
		"resource": "scoreSetting",
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many score settings",
		"description": "List the score settings, with the ID of the one in use",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/appraisescorerequest/queryAppraiseScore",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Page number, starting at 1",
				"default": 1
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Page Size",
				"description": "Number of records per page"
			}
		],
		"result": {
			"itemsPath": "fundamental_score"
		},
		"example": {
			"page": 1,
			"limit": 10000
		},
		"paging": {
			"style": "page",
			"pageField": "page",
			"sizeField": "limit",
			"firstPage": 1
		}
	},
	{
		"section": "12.2.1.5",
		"title": "POST /CCSQM/rest/ccisqm/v1/appraisescor/modifyAppraiseScore",
		"family": "ccsqm",
		"resource": "scoreSetting",
		"operation": "update",
		"name": "Update",
		"action": "Update score setting",
		"description": "Change the name and scores of a score setting",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/appraisescore/modifyAppraiseScore",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Score Setting",
				"description": "Score setting to change",
				"lookup": {
					"section": "12.2.1.4",
					"valuePath": "id",
					"labelPath": "name"
				}
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Name",
				"description": "Name of the score setting"
			},
			{
				"name": "lower_bound",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Minimum Score",
				"description": "Lowest score an inspection can have"
			},
			{
				"name": "upper_bound",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Maximum Score",
				"description": "Highest score an inspection can have"
			},
			{
				"name": "base",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Start Score",
				"description": "Score an inspection starts from"
			}
		],
		"result": {},
		"example": {
			"id": "1980058583",
			"name": "1",
			"lower_bound": 10,
			"upper_bound": 100,
			"base": 10
		}
	},
	{
		"section": "12.2.2.1",
		"title": "POST /CCSQM/rest/ccisqm/v1/sentencemanage/createSentenceCategory",
		"family": "ccsqm",
		"resource": "sentence",
		"operation": "createCategory",
		"name": "Create Category",
		"action": "Create sentence category",
		"description": "Create a sentence category",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sentencemanage/createSentenceCategory",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the category"
			}
		],
		"result": {},
		"example": {
			"name": "cs"
		}
	},
	{
		"section": "12.2.2.2",
		"title": "POST /CCSQM/rest/ccisqm/v1/sentencemanage/moveSentenceToCategory",
		"family": "ccsqm",
		"resource": "sentence",
		"operation": "moveToCategory",
		"name": "Move to Category",
		"action": "Move sentence to category",
		"description": "Move a sentence to another category",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sentencemanage/moveSentenceToCategory",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "sentenceIds",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Sentence ID",
				"description": "ID of the sentence to move"
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Category",
				"description": "Category to move the sentence to",
				"lookup": {
					"section": "12.2.2.9",
					"valuePath": "category_id",
					"labelPath": "name"
				}
			}
		],
		"shapeNote": "example key \"sentenceIds\" differs from table field \"sentencelds\" only by l/I/1, case or a separator (OCR/typo) Field \"sentencelds\" as extracted is sent as \"sentenceIds\" (PDF l/I or line-break artefact; the request example and sibling interfaces use \"sentenceIds\").",
		"result": {},
		"example": {
			"sentenceIds": "14161,14171",
			"category_id": "894378237264662528"
		}
	},
	{
		"section": "12.2.2.3",
		"title": "POST /CCSQM/rest/ccisqm/v1/sentencemanage/deleteSentence",
		"family": "ccsqm",
		"resource": "sentence",
		"operation": "delete",
		"name": "Delete",
		"action": "Delete sentence",
		"description": "Delete a sentence",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sentencemanage/deleteSentence",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "sentence_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Sentence",
				"description": "Sentence to delete",
				"lookup": {
					"section": "12.2.2.4",
					"valuePath": "sentence_id",
					"labelPath": "sentence_name"
				}
			}
		],
		"result": {},
		"example": {
			"sentence_id": "14412"
		}
	},
	{
		"section": "12.2.2.4",
		"title": "POST /CCSQM/rest/ccisqm/v1/sentencemanage/querySentence",
		"family": "ccsqm",
		"resource": "sentence",
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many sentences",
		"description": "List sentences, of one category or matching a keyword if given, or get one sentence with its details by ID",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sentencemanage/querySentence",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Category",
				"description": "Only sentences of this category",
				"lookup": {
					"section": "12.2.2.9",
					"valuePath": "category_id",
					"labelPath": "name"
				}
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Page number, starting at 1",
				"default": 1
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Page Size",
				"description": "Number of records per page",
				"min": 5,
				"max": 10,
				"default": 5
			},
			{
				"name": "keyword",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Text to search for"
			},
			{
				"name": "sentence_id",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Sentence ID",
				"description": "Only this sentence, with its details"
			}
		],
		"result": {
			"itemsPath": "data",
			"totalPath": "paging.total"
		},
		"example": {
			"category_id": "1070149256381206528",
			"keyword": "Sentence",
			"page": 1,
			"limit": 10
		},
		"paging": {
			"style": "page",
			"pageField": "page",
			"sizeField": "limit",
			"firstPage": 1,
			"maxSize": 10,
			"minSize": 5
		},
		"shapeNote": "Page size at most 10 per request (was 100): the request table bounds limit to 5-10. Page size at least 5 per request (a smaller Limit still returns only Limit rows)."
	},
	{
		"section": "12.2.2.5",
		"title": "POST /CCSQM/rest/ccisqm/v1/sentencemanage/querySentenceByCategoryId",
		"family": "ccsqm",
		"resource": "sentence",
		"operation": "getManyByCategory",
		"name": "Get Many by Category",
		"action": "Get many sentences by category",
		"description": "List the sentences of a category",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sentencemanage/querySentenceByCategoryId",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Category",
				"description": "Category whose sentences are listed",
				"lookup": {
					"section": "12.2.2.9",
					"valuePath": "category_id",
					"labelPath": "name"
				}
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Page number, starting at 1",
				"default": 1
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Page Size",
				"description": "Number of records per page",
				"min": 5,
				"max": 10,
				"default": 5
			}
		],
		"result": {
			"itemsPath": "data",
			"totalPath": "paging.total"
		},
		"example": {
			"category_id": "1070149256381206528",
			"page": 1,
			"limit": 10
		},
		"paging": {
			"style": "page",
			"pageField": "page",
			"sizeField": "limit",
			"firstPage": 1,
			"maxSize": 10,
			"minSize": 5
		},
		"shapeNote": "Page size at most 10 per request (was 100): the request table bounds limit to 5-10. Page size at least 5 per request (a smaller Limit still returns only Limit rows)."
	},
	{
		"section": "12.2.2.6",
		"title": "POST /CCSQM/rest/ccisqm/v1/sentencemanage/updateSentence",
		"family": "ccsqm",
		"resource": "sentence",
		"operation": "update",
		"name": "Update",
		"action": "Update sentence",
		"description": "Change the name, category and tags of a sentence",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sentencemanage/updateSentence",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Category",
				"description": "Category of the sentence",
				"lookup": {
					"section": "12.2.2.9",
					"valuePath": "category_id",
					"labelPath": "name"
				}
			},
			{
				"name": "sentence_name",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Sentence Name",
				"description": "Name of the sentence"
			},
			{
				"name": "sentence_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Sentence",
				"description": "Sentence to change",
				"lookup": {
					"section": "12.2.2.4",
					"valuePath": "sentence_id",
					"labelPath": "sentence_name"
				}
			},
			{
				"name": "tagDataList",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"displayName": "Tags",
				"description": "Semantics, keywords and regular expressions the sentence is recognised by",
				"children": [
					{
						"name": "tag_type",
						"in": "body",
						"type": "string",
						"required": true,
						"displayName": "Tag Type",
						"description": "How the tag recognises the sentence",
						"options": [
							{
								"value": "keyword",
								"name": "Keyword"
							},
							{
								"value": "dialogue_act",
								"name": "Corpus",
								"description": "Semantic matching against example texts"
							},
							{
								"value": "regular_exp",
								"name": "Regular Expression"
							}
						]
					},
					{
						"name": "pos_sentences",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"displayName": "Positive Examples",
						"description": "Corpus texts, keywords and regular expressions that match",
						"children": [
							{
								"name": "id",
								"in": "body",
								"type": "string",
								"required": false,
								"displayName": "Corpus ID",
								"description": "ID of the corpus text"
							},
							{
								"name": "name",
								"in": "body",
								"type": "string",
								"required": false,
								"displayName": "Content",
								"description": "Corpus text"
							}
						]
					},
					{
						"name": "neg_sentences",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"displayName": "Negative Examples",
						"description": "Corpus texts that must not match; not together with positive examples in one tag",
						"children": [
							{
								"name": "id",
								"in": "body",
								"type": "string",
								"required": false,
								"displayName": "Corpus ID",
								"description": "ID of the corpus text"
							},
							{
								"name": "name",
								"in": "body",
								"type": "string",
								"required": false,
								"displayName": "Content",
								"description": "Corpus text"
							}
						]
					}
				]
			}
		],
		"shapeNote": "example keys not in the table: deleteTagDataList",
		"result": {},
		"example": {
			"category_id": "1070149256381206528",
			"sentence_name": "Sentence name 766",
			"tagDataList": [
				{
					"tag_type": "dialogue_act",
					"pos_sentences": [
						{
							"name": "1111111111222222222"
						},
						{
							"id": "10162",
							"name": "Synonym corpus 585111111111111111"
						}
					],
					"neg_sentences": [
						{
							"name": "11111111111111111"
						},
						{
							"id": "10040",
							"name": "Antonym corpus 46111111111111111"
						}
					]
				},
				{
					"tag_type": "keyword",
					"pos_sentences": [
						{
							"name": "22222222222222222222222222222222"
						},
						{
							"id": "10094",
							"name": "Keyword 98911111111111111111111"
						},
						{
							"id": "10093",
							"name": "Keyword 111111111111111111111111"
						}
					]
				}
			],
			"sentence_id": "10863",
			"deleteTagDataList": []
		}
	},
	{
		"section": "12.2.2.7",
		"title": "POST /CCSQM/rest/ccisqm/v1/sentencemanage/updateSentenceCategory",
		"family": "ccsqm",
		"resource": "sentence",
		"operation": "updateCategory",
		"name": "Update Category",
		"action": "Update sentence category",
		"description": "Rename a sentence category",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sentencemanage/updateSentenceCategory",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "New name of the category"
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Category",
				"description": "Category to rename",
				"lookup": {
					"section": "12.2.2.9",
					"valuePath": "category_id",
					"labelPath": "name"
				}
			}
		],
		"result": {},
		"example": {
			"name": "cs3",
			"category_id": "1070149256381206528"
		}
	},
	{
		"section": "12.2.2.8",
		"title": "POST /CCSQM/rest/ccisqm/v1/sentencemanage/deleteSentenceCategory",
		"family": "ccsqm",
		"resource": "sentence",
		"operation": "deleteCategory",
		"name": "Delete Category",
		"action": "Delete sentence category",
		"description": "Delete a sentence category",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sentencemanage/deleteSentenceCategory",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Category",
				"description": "Category to delete",
				"lookup": {
					"section": "12.2.2.9",
					"valuePath": "category_id",
					"labelPath": "name"
				}
			}
		],
		"result": {},
		"example": {
			"category_id": "923019012181331968"
		}
	},
	{
		"section": "12.2.2.9",
		"title": "POST /CCSQM/rest/ccisqm/v1/sentencemanage/querySentenceCategory",
		"family": "ccsqm",
		"resource": "sentence",
		"operation": "getManyCategories",
		"name": "Get Many Categories",
		"action": "Get many sentence categories",
		"description": "List all sentence categories",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sentencemanage/querySentenceCategory",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			}
		],
		"result": {
			"itemsPath": "data"
		}
	},
	{
		"section": "12.2.2.10",
		"title": "POST /CCSQM/rest/ccisqm/v1/sentencemanage/createSentence",
		"family": "ccsqm",
		"resource": "sentence",
		"operation": "create",
		"name": "Create",
		"action": "Create sentence",
		"description": "Create a sentence in a category, with the tags it is recognised by",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sentencemanage/createSentence",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Category",
				"description": "Category of the sentence",
				"lookup": {
					"section": "12.2.2.9",
					"valuePath": "category_id",
					"labelPath": "name"
				}
			},
			{
				"name": "sentence_name",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Sentence Name",
				"description": "Name of the sentence"
			},
			{
				"name": "tagDataList",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"displayName": "Tags",
				"description": "Semantics, keywords and regular expressions the sentence is recognised by",
				"children": [
					{
						"name": "tag_type",
						"in": "body",
						"type": "string",
						"required": true,
						"displayName": "Tag Type",
						"description": "How the tag recognises the sentence",
						"options": [
							{
								"value": "keyword",
								"name": "Keyword"
							},
							{
								"value": "dialogue_act",
								"name": "Corpus",
								"description": "Semantic matching against example texts"
							},
							{
								"value": "regular_exp",
								"name": "Regular Expression"
							}
						]
					},
					{
						"name": "pos_sentences",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"displayName": "Positive Examples",
						"description": "Corpus texts, keywords and regular expressions that match",
						"children": [
							{
								"name": "name",
								"in": "body",
								"type": "string",
								"required": false,
								"displayName": "Content",
								"description": "Corpus text"
							}
						]
					},
					{
						"name": "neg_sentences",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"displayName": "Negative Examples",
						"description": "Corpus texts of the opposite meaning",
						"children": [
							{
								"name": "name",
								"in": "body",
								"type": "string",
								"required": false,
								"displayName": "Content",
								"description": "Corpus text"
							}
						]
					}
				]
			}
		],
		"result": {},
		"example": {
			"category_id": "1070149256381206528",
			"sentence_name": "Sentence name 87",
			"tagDataList": [
				{
					"tag_type": "dialogue_act",
					"pos_sentences": [
						{
							"name": "Synonym corpus 88"
						}
					],
					"neg_sentences": [
						{
							"name": "Antonym corpus 28"
						}
					]
				},
				{
					"tag_type": "keyword",
					"pos_sentences": [
						{
							"name": "Keyword 11192"
						},
						{
							"name": "Keyword 22222"
						}
					]
				},
				{
					"tag_type": "regular_exp",
					"pos_sentences": [
						{
							"name": "Regular expression 2221"
						}
					]
				}
			]
		}
	},
	{
		"section": "12.2.3.1",
		"title": "POST /CCSQM/rest/ccisqm/v1/sensitiveWordManage/deleteSensitiveWord",
		"family": "ccsqm",
		"resource": "sensitiveWord",
		"operation": "delete",
		"name": "Delete",
		"action": "Delete sensitive word",
		"description": "Delete a sensitive word",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sensitiveWordManage/deleteSensitiveWord",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "sw_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Sensitive Word",
				"description": "Sensitive word to delete",
				"lookup": {
					"section": "12.2.3.2",
					"valuePath": "sw_id",
					"labelPath": "sw_name"
				}
			}
		],
		"result": {},
		"example": {
			"sw_id": "894378241547046912"
		}
	},
	{
		"section": "12.2.3.2",
		"title": "POST /CCSQM/rest/ccisqm/v1/sensitiveWordManage/querySensitiveWordList",
		"family": "ccsqm",
		"resource": "sensitiveWord",
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many sensitive words",
		"description": "List sensitive words, those matching a keyword if given",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sensitiveWordManage/querySensitiveWordList",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Page number, starting at 1",
				"default": 1
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Page Size",
				"description": "Number of records per page",
				"min": 5,
				"max": 10,
				"default": 5
			},
			{
				"name": "keyword",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Text the sensitive words contain"
			}
		],
		"result": {
			"itemsPath": "data",
			"totalPath": "paging.total"
		},
		"example": {
			"page": 1,
			"limit": 10,
			"keyword": "Change"
		},
		"paging": {
			"style": "page",
			"pageField": "page",
			"sizeField": "limit",
			"firstPage": 1,
			"maxSize": 10,
			"minSize": 5
		},
		"shapeNote": "Page size at most 10 per request (was 100): the request table bounds limit to 5-10. Page size at least 5 per request (a smaller Limit still returns only Limit rows)."
	},
	{
		"section": "12.2.3.3",
		"title": "POST /CCSQM/rest/ccisqm/v1/sensitiveWordManage/deleteSensitiveCategory",
		"family": "ccsqm",
		"resource": "sensitiveWord",
		"operation": "deleteCategory",
		"name": "Delete Category",
		"action": "Delete sensitive word category",
		"description": "Delete a sensitive word category",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sensitiveWordManage/deleteSensitiveCategory",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Category",
				"description": "Category to delete",
				"lookup": {
					"section": "12.2.3.5",
					"valuePath": "category_id",
					"labelPath": "name"
				}
			}
		],
		"result": {},
		"example": {
			"category_id": "923002229017808896"
		}
	},
	{
		"section": "12.2.3.4",
		"title": "POST /CCSQM/rest/ccisqm/v1/sensitiveWordManage/updateSensitiveWord",
		"family": "ccsqm",
		"resource": "sensitiveWord",
		"operation": "update",
		"name": "Update",
		"action": "Update sensitive word",
		"description": "Change a sensitive word, its score, exceptions and category",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sensitiveWordManage/updateSensitiveWord",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "sw_name",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Sensitive Word",
				"description": "Word or phrase that counts as sensitive"
			},
			{
				"name": "score",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Score of the sensitive word"
			},
			{
				"name": "exception",
				"in": "body",
				"type": "object",
				"required": false,
				"displayName": "Exceptions",
				"description": "Sentences of the customer or the agent that make an exception to the sensitive word",
				"children": [
					{
						"name": "customer",
						"in": "body",
						"type": "array",
						"itemType": "string",
						"required": false,
						"displayName": "Customer Sentences",
						"description": "Sentences said by the customer"
					},
					{
						"name": "staff",
						"in": "body",
						"type": "array",
						"itemType": "string",
						"required": false,
						"displayName": "Agent Sentences",
						"description": "Sentences said by the agent"
					}
				]
			},
			{
				"name": "sw_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Sensitive Word ID",
				"description": "Sensitive word to change",
				"lookup": {
					"section": "12.2.3.2",
					"valuePath": "sw_id",
					"labelPath": "sw_name"
				}
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Category",
				"description": "Sensitive word category",
				"lookup": {
					"section": "12.2.3.5",
					"valuePath": "category_id",
					"labelPath": "name"
				}
			}
		],
		"result": {},
		"example": {
			"category_id": "894378241379274752",
			"sw_name": "Hey",
			"score": -8,
			"exception": {
				"customer": [
					"14171"
				],
				"staff": [
					"14161",
					"14166"
				]
			},
			"sw_id": "894378241626738688"
		}
	},
	{
		"section": "12.2.3.5",
		"title": "POST /CCSQM/rest/ccisqm/v1/sensitiveWordManage/querySensitiveCategoryList",
		"family": "ccsqm",
		"resource": "sensitiveWord",
		"operation": "getManyCategories",
		"name": "Get Many Categories",
		"action": "Get many sensitive word categories",
		"description": "List all sensitive word categories",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sensitiveWordManage/querySensitiveCategoryList",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			}
		],
		"result": {
			"itemsPath": "data"
		}
	},
	{
		"section": "12.2.3.6",
		"title": "POST /CCSQM/rest/ccisqm/v1/sensitiveWordManage/querySensitiveWordsByCategoryId",
		"family": "ccsqm",
		"resource": "sensitiveWord",
		"operation": "getManyByCategory",
		"name": "Get Many by Category",
		"action": "Get many sensitive words by category",
		"description": "List the sensitive words of a category",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sensitiveWordManage/querySensitiveWordsByCategoryId",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Category",
				"description": "Category whose sensitive words are listed",
				"lookup": {
					"section": "12.2.3.5",
					"valuePath": "category_id",
					"labelPath": "name"
				}
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Page number, starting at 1",
				"default": 1
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Page Size",
				"description": "Number of records per page",
				"min": 5,
				"max": 10,
				"default": 5
			}
		],
		"result": {
			"itemsPath": "data",
			"totalPath": "paging.total"
		},
		"example": {
			"page": 1,
			"limit": 10,
			"category_id": "894378241379274753"
		},
		"paging": {
			"style": "page",
			"pageField": "page",
			"sizeField": "limit",
			"firstPage": 1,
			"maxSize": 10,
			"minSize": 5
		},
		"shapeNote": "Page size at most 10 per request (was 100): the request table bounds limit to 5-10. Page size at least 5 per request (a smaller Limit still returns only Limit rows)."
	},
	{
		"section": "12.2.3.7",
		"title": "POST /CCSQM/rest/ccisqm/v1/sensitiveWordManage/createSensitiveCategory",
		"family": "ccsqm",
		"resource": "sensitiveWord",
		"operation": "createCategory",
		"name": "Create Category",
		"action": "Create sensitive word category",
		"description": "Create a sensitive word category",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sensitiveWordManage/createSensitiveCategory",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the category"
			}
		],
		"result": {},
		"example": {
			"name": "test2"
		}
	},
	{
		"section": "12.2.3.8",
		"title": "POST /CCSQM/rest/ccisqm/v1/sensitiveWordManage/moveSensitiveWordToCategory",
		"family": "ccsqm",
		"resource": "sensitiveWord",
		"operation": "moveToCategory",
		"name": "Move to Category",
		"action": "Move sensitive words to category",
		"description": "Move sensitive words to another category",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sensitiveWordManage/moveSensitiveWordToCategory",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Category",
				"description": "Category to move the sensitive words to",
				"lookup": {
					"section": "12.2.3.5",
					"valuePath": "category_id",
					"labelPath": "name"
				}
			},
			{
				"name": "sensitiveWordIds",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Sensitive Word IDs",
				"description": "IDs of the sensitive words to move, separated by commas"
			}
		],
		"result": {},
		"example": {
			"sensitiveWordIds": "1071495709510864896,1067229455178534912",
			"category_id": "1071491122737451008"
		}
	},
	{
		"section": "12.2.3.9",
		"title": "POST /CCSQM/rest/ccisqm/v1/sensitiveWordManage/createSensitiveWord",
		"family": "ccsqm",
		"resource": "sensitiveWord",
		"operation": "create",
		"name": "Create",
		"action": "Create sensitive word",
		"description": "Add a sensitive word to a category, with its score and exceptions",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sensitiveWordManage/createSensitiveWord",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "sw_name",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Sensitive Word",
				"description": "Word or phrase that counts as sensitive"
			},
			{
				"name": "score",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Score of the sensitive word"
			},
			{
				"name": "exception",
				"in": "body",
				"type": "object",
				"required": false,
				"displayName": "Exceptions",
				"description": "Sentences of the customer or the agent that make an exception to the sensitive word",
				"children": [
					{
						"name": "customer",
						"in": "body",
						"type": "array",
						"itemType": "string",
						"required": false,
						"displayName": "Customer Sentences",
						"description": "Sentences said by the customer"
					},
					{
						"name": "staff",
						"in": "body",
						"type": "array",
						"itemType": "string",
						"required": false,
						"displayName": "Agent Sentences",
						"description": "Sentences said by the agent"
					}
				]
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Category",
				"description": "Sensitive word category",
				"lookup": {
					"section": "12.2.3.5",
					"valuePath": "category_id",
					"labelPath": "name"
				}
			}
		],
		"result": {},
		"example": {
			"category_id": "923002678840135680",
			"sw_name": "test11",
			"score": -4,
			"exception": {
				"customer": [
					"14166"
				],
				"staff": []
			}
		}
	},
	{
		"section": "12.2.3.10",
		"title": "POST /CCSQM/rest/ccisqm/v1/sensitiveWordManage/updateSensitiveCategory",
		"family": "ccsqm",
		"resource": "sensitiveWord",
		"operation": "updateCategory",
		"name": "Update Category",
		"action": "Update sensitive word category",
		"description": "Rename a sensitive word category",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sensitiveWordManage/updateSensitiveCategory",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "New name of the category"
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Category",
				"description": "Category to rename",
				"lookup": {
					"section": "12.2.3.5",
					"valuePath": "category_id",
					"labelPath": "name"
				}
			}
		],
		"result": {},
		"example": {
			"name": "Forbidden word 1",
			"category_id": "894378241379274752"
		}
	},
	{
		"section": "12.2.3.11",
		"title": "POST /CCSQM/rest/ccisqm/v1/sensitiveWordManage/querySensitiveWordDetail",
		"family": "ccsqm",
		"resource": "sensitiveWord",
		"operation": "get",
		"name": "Get",
		"action": "Get sensitive word",
		"description": "Get the details of a sensitive word",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/sensitiveWordManage/querySensitiveWordDetail",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "sw_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Sensitive Word",
				"description": "Sensitive word to get",
				"lookup": {
					"section": "12.2.3.2",
					"valuePath": "sw_id",
					"labelPath": "sw_name"
				}
			}
		],
		"result": {},
		"example": {
			"sw_id": "894378241547046912"
		}
	},
	{
		"section": "12.2.4.1",
		"title": "POST /CCSQM/rest/ccisqm/v1/conversation-rules/updateSentenceGroup",
		"family": "ccsqm",
		"resource": "sentenceGroup",
		"operation": "update",
		"name": "Update",
		"action": "Update sentence group",
		"description": "Change a sentence group (script) of a conversation flow: its sentences, speaker, position and logic",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/conversation-rules/updateSentenceGroup",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "sentences",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"displayName": "Sentences",
				"description": "Sentences used in the sentence group"
			},
			{
				"name": "role",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Speaker",
				"description": "Who says the sentences",
				"options": [
					{
						"value": "any",
						"name": "Anyone"
					},
					{
						"value": "staff",
						"name": "Agent"
					},
					{
						"value": "customer",
						"name": "Customer"
					}
				]
			},
			{
				"name": "position",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Position in Call",
				"description": "Part of the call where the sentences are looked for",
				"options": [
					{
						"value": "any",
						"name": "Anywhere"
					},
					{
						"value": "top",
						"name": "Beginning of Call"
					},
					{
						"value": "bottom",
						"name": "End of Call"
					},
					{
						"value": "set",
						"name": "Specified Phase"
					}
				]
			},
			{
				"name": "SGType",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Logic",
				"description": "Logical operator applied to the sentences",
				"options": [
					{
						"value": "must",
						"name": "Must",
						"description": "Must say"
					},
					{
						"value": "if",
						"name": "If",
						"description": "If says"
					},
					{
						"value": "must_say",
						"name": "Must Say"
					},
					{
						"value": "must_not_say",
						"name": "Must Not Say",
						"description": "Cannot say"
					},
					{
						"value": "then",
						"name": "Then",
						"description": "Goes on saying"
					},
					{
						"value": "and",
						"name": "And",
						"description": "Also says"
					}
				]
			},
			{
				"name": "position_distance",
				"in": "body",
				"type": "number",
				"required": false,
				"displayName": "Position Offset",
				"description": "Offset of the sentence in the call",
				"min": 1,
				"max": 9999
			},
			{
				"name": "sg_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Sentence Group ID",
				"description": "ID of the sentence group (script)"
			},
			{
				"name": "sg_name",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Sentence Group Name",
				"description": "Name of the sentence group (script)",
				"maxLength": 128
			},
			{
				"name": "dialogue_flow_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Conversation Flow ID",
				"description": "ID of the conversation flow (dialog logic) the sentence group belongs to"
			}
		],
		"result": {},
		"example": {
			"sentences": [
				"14171"
			],
			"role": "any",
			"position": "any",
			"SGType": "must",
			"sg_id": "923004925930115072",
			"sg_name": "Script name 98",
			"dialogue_flow_id": "923004925523267584",
			"position_distance": 0
		}
	},
	{
		"section": "12.2.4.2",
		"title": "POST /CCSQM/rest/ccisqm/v1/conversation-rules/getSentenceGroup",
		"family": "ccsqm",
		"resource": "sentenceGroup",
		"operation": "get",
		"name": "Get",
		"action": "Get sentence group",
		"description": "Get a sentence group (script) by ID",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/conversation-rules/getSentenceGroup",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "sg_id",
				"in": "body",
				"type": "json",
				"required": true,
				"displayName": "Sentence Group ID",
				"description": "ID of the sentence group (script)"
			}
		],
		"result": {},
		"example": {
			"sg_id": "923004925930115072"
		}
	},
	{
		"section": "12.2.4.3",
		"title": "POST /CCSQM/rest/ccisqm/v1/conversation-rules/addSentenceGroup",
		"family": "ccsqm",
		"resource": "sentenceGroup",
		"operation": "create",
		"name": "Create",
		"action": "Create sentence group",
		"description": "Add a sentence group (script) to a conversation flow",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/conversation-rules/addSentenceGroup",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "sentences",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"displayName": "Sentences",
				"description": "Sentences used in the sentence group"
			},
			{
				"name": "role",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Speaker",
				"description": "Who says the sentences",
				"options": [
					{
						"value": "any",
						"name": "Anyone"
					},
					{
						"value": "staff",
						"name": "Agent"
					},
					{
						"value": "customer",
						"name": "Customer"
					}
				]
			},
			{
				"name": "position",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Position in Call",
				"description": "Part of the call where the sentences are looked for",
				"options": [
					{
						"value": "any",
						"name": "Anywhere"
					},
					{
						"value": "top",
						"name": "Beginning of Call"
					},
					{
						"value": "bottom",
						"name": "End of Call"
					},
					{
						"value": "set",
						"name": "Specified Phase"
					}
				]
			},
			{
				"name": "SGType",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Logic",
				"description": "Logical operator applied to the sentences",
				"options": [
					{
						"value": "must",
						"name": "Must",
						"description": "Must say"
					},
					{
						"value": "if",
						"name": "If",
						"description": "If says"
					},
					{
						"value": "must_say",
						"name": "Must Say"
					},
					{
						"value": "must_not_say",
						"name": "Must Not Say",
						"description": "Cannot say"
					},
					{
						"value": "then",
						"name": "Then",
						"description": "Goes on saying"
					},
					{
						"value": "and",
						"name": "And",
						"description": "Also says"
					}
				]
			},
			{
				"name": "sg_name",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Sentence Group Name",
				"description": "Name of the sentence group (script)"
			},
			{
				"name": "dialogue_flow_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Conversation Flow ID",
				"description": "ID of the conversation flow (dialog logic) the sentence group belongs to"
			},
			{
				"name": "position_distance",
				"in": "body",
				"type": "number",
				"required": false,
				"displayName": "Position Offset",
				"description": "Offset of the sentence in the call",
				"min": 1,
				"max": 9999
			}
		],
		"result": {},
		"example": {
			"sentences": [
				"10877",
				"10795",
				"10795",
				"10849",
				"10870",
				"10877",
				"10877",
				"10721",
				"10877"
			],
			"role": "customer",
			"position": "set",
			"SGType": "must_say",
			"sg_name": "Script name 65",
			"dialogue_flow_id": "1068973778081419264",
			"position_distance": 2271
		}
	},
	{
		"section": "12.2.4.4",
		"title": "POST /CCSQM/rest/ccisqm/v1/conversation-rules/deleteSentenceGroup",
		"family": "ccsqm",
		"resource": "sentenceGroup",
		"operation": "delete",
		"name": "Delete",
		"action": "Delete sentence group",
		"description": "Delete a sentence group (script) by ID",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/conversation-rules/deleteSentenceGroup",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "sg_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Sentence Group ID",
				"description": "ID of the sentence group (script)"
			}
		],
		"result": {},
		"example": {
			"sg_id": "923009221274898432"
		}
	},
	{
		"section": "12.2.5.1",
		"title": "POST /CCSQM/rest/ccisqm/v1/semantickeywordtraining/queryTraining",
		"family": "ccsqm",
		"resource": "semanticKeywordTraining",
		"operation": "getStatus",
		"name": "Get Status",
		"action": "Get semantic keyword training status",
		"description": "Get the model being trained for semantic keywords",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/semantickeywordtraining/queryTraining",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			}
		],
		"result": {}
	},
	{
		"section": "12.2.5.2",
		"title": "POST /CCSQM/rest/ccisqm/v1/semantickeywordtraining/trainTags",
		"family": "ccsqm",
		"resource": "semanticKeywordTraining",
		"operation": "train",
		"name": "Train",
		"action": "Train semantic keyword model",
		"description": "Start training the semantic keyword model",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/semantickeywordtraining/trainTags",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			}
		],
		"result": {}
	},
	{
		"section": "12.2.6.1",
		"title": "POST /CCSQM/rest/ccisqm/v1/conversation-rules/getConversationFlow",
		"family": "ccsqm",
		"resource": "conversationFlow",
		"operation": "get",
		"name": "Get",
		"action": "Get conversation flow",
		"description": "Get a conversation flow (dialog logic) by ID",
		"method": "POST",
		"path": "/CCSQM/rest/ccisqm/v1/conversation-rules/getConversationFlow",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "flow_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Conversation Flow ID",
				"description": "ID of the conversation flow (dialog logic)"
			}
		],
		"result": {},
		"example": {
			"flow_id": "871578307970207744"
		}
	},
	{
		"section": "12.2.6.2",
		"title": "POST /CCSQM/rest/ccisqm/v1/conversation-rules/deleteConversationFlow",
		"family": "ccsqm",
		"resource": "conversationFlow",
		"operation": "delete",
		"name": "Delete",
		"action": "Delete conversation flow",
		"description": "Delete a conversation flow (dialog logic) by ID",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/conversation-rules/deleteConversationFlow",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "flow_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Conversation Flow ID",
				"description": "ID of the conversation flow (dialog logic)"
			}
		],
		"result": {},
		"example": {
			"flow_id": "871578307970207744"
		}
	},
	{
		"section": "12.2.6.3",
		"title": "POST /CCSQM/rest/ccisqm/v1/conversation-rules/updateConversationFlow",
		"family": "ccsqm",
		"resource": "conversationFlow",
		"operation": "update",
		"name": "Update",
		"action": "Update conversation flow",
		"description": "Change a conversation flow (dialog logic): its name, sentence groups and logic",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/conversation-rules/updateConversationFlow",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "sentence_groups",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"displayName": "Sentence Group IDs",
				"description": "IDs of the sentence groups used"
			},
			{
				"name": "expression",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Logic between the sentence groups, written with their IDs, e.g. must a9d7d3ce37ec4bf0a3ef027cfbe96275 then bc049053f7fa48b688a70c296115b6cc"
			},
			{
				"name": "min",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Minimum Occurrences",
				"description": "Number of times the conversation flow must occur"
			},
			{
				"name": "flow_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Conversation Flow ID",
				"description": "ID of the conversation flow (dialog logic)"
			},
			{
				"name": "flow_name",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Name",
				"description": "Name of the conversation flow",
				"maxLength": 128
			},
			{
				"name": "rule_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Conversation Rule",
				"description": "Conversation rule (dialog rule) the flow belongs to",
				"lookup": {
					"section": "12.2.7.2",
					"valuePath": "rule_id",
					"labelPath": "rule_name"
				}
			}
		],
		"result": {},
		"example": {
			"sentence_groups": [
				"922942468108849152"
			],
			"min": 3,
			"expression": "must",
			"flow_id": "922942467681030144",
			"flow_name": "APIcs1",
			"rule_id": "894378241748373505"
		}
	},
	{
		"section": "12.2.6.4",
		"title": "POST /CCSQM/rest/ccisqm/v1/conversation-rules/addConversationFlow",
		"family": "ccsqm",
		"resource": "conversationFlow",
		"operation": "create",
		"name": "Create",
		"action": "Create conversation flow",
		"description": "Create a conversation flow (dialog logic) in a conversation rule",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/conversation-rules/addConversationFlow",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "flow_name",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Name",
				"description": "Name of the conversation flow",
				"maxLength": 128
			},
			{
				"name": "min",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Minimum Occurrences",
				"description": "Number of times the conversation flow must occur"
			},
			{
				"name": "expression",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Logic between the sentence groups of the flow, written with their IDs, e.g. must a9d7d3ce37ec4bf0a3ef027cfbe96275"
			},
			{
				"name": "rule_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Conversation Rule",
				"description": "Conversation rule (dialog rule) the flow belongs to",
				"lookup": {
					"section": "12.2.7.2",
					"valuePath": "rule_id",
					"labelPath": "rule_name"
				}
			}
		],
		"result": {},
		"example": {
			"flow_name": "APIcs",
			"min": 2,
			"expression": "must",
			"rule_id": "894378241748373505"
		}
	},
	{
		"section": "12.2.7.1",
		"title": "POST /CCSQM/rest/ccisqm/v1/conversation-rules/getOneRule",
		"family": "ccsqm",
		"resource": "conversationRule",
		"operation": "get",
		"name": "Get",
		"action": "Get conversation rule",
		"description": "Get a conversation rule (dialog rule) by ID",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/conversation-rules/getOneRule",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "rule_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Conversation Rule",
				"description": "Conversation rule to get",
				"lookup": {
					"section": "12.2.7.2",
					"valuePath": "rule_id",
					"labelPath": "rule_name"
				}
			}
		],
		"result": {},
		"example": {
			"rule_id": "922202599711576064"
		}
	},
	{
		"section": "12.2.7.2",
		"title": "POST /CCSQM/rest/ccisqm/v1/conversation-rules/queryRules",
		"family": "ccsqm",
		"resource": "conversationRule",
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many conversation rules",
		"description": "List conversation rules (dialog rules), those matching a keyword if given",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/conversation-rules/queryRules",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Page Size",
				"description": "Number of records per page"
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Page number, starting at 1",
				"default": 1
			},
			{
				"name": "keyword",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Text to search for",
				"maxLength": 128
			},
			{
				"name": "incompleteOnly",
				"in": "body",
				"type": "boolean",
				"required": false,
				"displayName": "Incomplete Only",
				"description": "Whether to list only the rules that are not complete"
			}
		],
		"result": {
			"itemsPath": "data",
			"totalPath": "paging.total"
		},
		"example": {
			"limit": 10,
			"page": 1,
			"incompleteOnly": false
		},
		"paging": {
			"style": "page",
			"pageField": "page",
			"sizeField": "limit",
			"firstPage": 1
		}
	},
	{
		"section": "12.2.7.3",
		"title": "POST /CCSQM/rest/ccisqm/v1/conversation-rules/addRule",
		"family": "ccsqm",
		"resource": "conversationRule",
		"operation": "create",
		"name": "Create",
		"action": "Create conversation rule",
		"description": "Create a conversation rule (dialog rule): its level, score and the conversation flows it needs",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/conversation-rules/addRule",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "rule_name",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Name",
				"description": "Name of the rule"
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Description of the rule",
				"maxLength": 1024
			},
			{
				"name": "severity",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Severity",
				"description": "Level of the rule",
				"options": [
					{
						"value": "normal",
						"name": "Normal"
					},
					{
						"value": "critical",
						"name": "Critical"
					}
				]
			},
			{
				"name": "score_type",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Score Type",
				"description": "Whether the rule score counts",
				"options": [
					{
						"value": "valid",
						"name": "Valid"
					},
					{
						"value": "invalid",
						"name": "Invalid"
					}
				]
			},
			{
				"name": "score",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Score of the rule"
			},
			{
				"name": "method",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Positive or Negative",
				"description": "Whether the rule is positive or negative",
				"options": [
					{
						"value": "positive",
						"name": "Positive"
					},
					{
						"value": "negative",
						"name": "Negative"
					}
				]
			},
			{
				"name": "min",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Minimum Conversation Flows",
				"description": "Minimum number of conversation flows (dialog logics) that must match"
			},
			{
				"name": "other",
				"in": "body",
				"type": "object",
				"required": true,
				"displayName": "Call Period",
				"description": "Period of the calls this applies to",
				"children": [
					{
						"name": "call_from",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Calls From",
						"description": "Start of the period of calls this applies to",
						"dateFormat": "epochSeconds"
					},
					{
						"name": "call_end",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Calls Until",
						"description": "End of the period of calls this applies to",
						"dateFormat": "epochSeconds"
					}
				]
			}
		],
		"result": {},
		"example": {
			"severity": "normal",
			"score_type": "valid",
			"method": "positive",
			"score": 1,
			"min": 1,
			"other": {},
			"rule_name": "aseew",
			"description": "3"
		}
	},
	{
		"section": "12.2.7.4",
		"title": "POST /CCSQM/rest/ccisqm/v1/conversation-rules/deleteRule",
		"family": "ccsqm",
		"resource": "conversationRule",
		"operation": "delete",
		"name": "Delete",
		"action": "Delete conversation rule",
		"description": "Delete a conversation rule (dialog rule) by ID",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/conversation-rules/deleteRule",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "rule_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Conversation Rule",
				"description": "Conversation rule to delete",
				"lookup": {
					"section": "12.2.7.2",
					"valuePath": "rule_id",
					"labelPath": "rule_name"
				}
			}
		],
		"shapeNote": "example keys not in the table: severity, score_type, method, score, min, other, rule_name, description, flows required table fields absent from example: rule_id",
		"result": {},
		"example": {
			"severity": "normal",
			"score_type": "valid",
			"method": "positive",
			"score": 1,
			"min": 1,
			"other": {},
			"rule_name": "rutuy",
			"description": "3",
			"flows": [
				null
			]
		}
	},
	{
		"section": "12.2.7.5",
		"title": "POST /CCSQM/rest/ccisqm/v1/conversation-rules/updateRule",
		"family": "ccsqm",
		"resource": "conversationRule",
		"operation": "update",
		"name": "Update",
		"action": "Update conversation rule",
		"description": "Change a conversation rule (dialog rule): its level, score and conditions",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/conversation-rules/updateRule",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "severity",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Severity",
				"description": "Level of the rule",
				"options": [
					{
						"value": "normal",
						"name": "Normal"
					},
					{
						"value": "critical",
						"name": "Critical"
					}
				]
			},
			{
				"name": "rule_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Conversation Rule",
				"description": "Conversation rule to change",
				"lookup": {
					"section": "12.2.7.2",
					"valuePath": "rule_id",
					"labelPath": "rule_name"
				}
			},
			{
				"name": "score",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Score of the rule"
			},
			{
				"name": "other",
				"in": "body",
				"type": "object",
				"required": true,
				"displayName": "Call Period",
				"description": "Period of the calls this applies to",
				"children": [
					{
						"name": "call_end",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Calls Until",
						"description": "End of the period of calls this applies to",
						"dateFormat": "epochSeconds"
					},
					{
						"name": "call_from",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Calls From",
						"description": "Start of the period of calls this applies to",
						"dateFormat": "epochSeconds"
					}
				]
			},
			{
				"name": "min",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Minimum Conversation Flows",
				"description": "Minimum number of conversation flows (dialog logics) that must match"
			},
			{
				"name": "method",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Positive or Negative",
				"description": "Whether the rule is positive or negative",
				"options": [
					{
						"value": "positive",
						"name": "Positive"
					},
					{
						"value": "negative",
						"name": "Negative"
					}
				]
			},
			{
				"name": "rule_name",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Name",
				"description": "Name of the rule"
			},
			{
				"name": "resultCode",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Result Code",
				"description": "Return code of the rule as read before; the reference lists it in the request, it can be left empty"
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Description of the rule"
			},
			{
				"name": "resultDesc",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Result Description",
				"description": "Return description of the rule as read before; it can be left empty"
			},
			{
				"name": "score_type",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Score Type",
				"description": "Whether the rule score counts",
				"options": [
					{
						"value": "valid",
						"name": "Valid"
					},
					{
						"value": "invalid",
						"name": "Invalid"
					}
				]
			}
		],
		"shapeNote": "example keys not in the table: flows, completeness",
		"result": {},
		"example": {
			"severity": "normal",
			"rule_id": "923084039932350464",
			"score": 1,
			"other": {},
			"min": 1,
			"method": "positive",
			"rule_name": "tesat3",
			"flows": [],
			"resultCode": "0405000",
			"description": "4",
			"completeness": {
				"hasConversationFlow": false,
				"sentenceComplete": false,
				"ruleComplete": false,
				"hasDescription": true
			},
			"resultDesc": "Operation successful.",
			"score_type": "valid"
		}
	},
	{
		"section": "12.2.8.1",
		"title": "POST /CCSQM/rest/ccisqm/v1/interposal-rules/getInterposalRuleByld",
		"family": "ccsqm",
		"resource": "interposalRule",
		"operation": "get",
		"name": "Get",
		"action": "Get interruption rule",
		"description": "Get an interruption rule by ID",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/interposal-rules/getInterposalRuleById",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "interposal_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Interruption Rule",
				"description": "Interruption rule to get",
				"lookup": {
					"section": "12.2.8.2",
					"valuePath": "interposals_id",
					"labelPath": "name"
				}
			}
		],
		"shapeNote": "example keys not in the table: interposal_id required table fields absent from example: interposl_id Field \"interposl_id\" as extracted is sent as \"interposal_id\" (PDF l/I or line-break artefact; the request example and sibling interfaces use \"interposal_id\").",
		"result": {},
		"example": {
			"interposal_id": "922993405183660032"
		}
	},
	{
		"section": "12.2.8.2",
		"title": "POST /CCSQM/rest/ccisqm/v1/interposal-rules/queryInterposalRules",
		"family": "ccsqm",
		"resource": "interposalRule",
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many interruption rules",
		"description": "List interruption rules, those matching a keyword if given",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/interposal-rules/queryInterposalRules",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Page Size",
				"description": "Number of records per page"
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Page number, starting at 1",
				"default": 1
			},
			{
				"name": "keyword",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Text to search for",
				"maxLength": 64
			}
		],
		"result": {
			"itemsPath": "data",
			"totalPath": "paging.total"
		},
		"example": {
			"limit": 10,
			"page": 1
		},
		"paging": {
			"style": "page",
			"pageField": "page",
			"sizeField": "limit",
			"firstPage": 1
		}
	},
	{
		"section": "12.2.8.3",
		"title": "POST /CCSQM/rest/ccisqm/v1/interposal-rules/deleteInterposalRule",
		"family": "ccsqm",
		"resource": "interposalRule",
		"operation": "delete",
		"name": "Delete",
		"action": "Delete interruption rule",
		"description": "Delete an interruption rule by ID",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/interposal-rules/deleteInterposalRule",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "interposal_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Interruption Rule",
				"description": "Interruption rule to delete",
				"lookup": {
					"section": "12.2.8.2",
					"valuePath": "interposals_id",
					"labelPath": "name"
				}
			}
		],
		"result": {},
		"example": {
			"interposal_id": "922993405183660032"
		}
	},
	{
		"section": "12.2.8.4",
		"title": "POST /CCSQM/rest/ccisqm/v1/interposal-rules/addInterposalRule",
		"family": "ccsqm",
		"resource": "interposalRule",
		"operation": "create",
		"name": "Create",
		"action": "Create interruption rule",
		"description": "Create an interruption rule: how long and how often both parties may talk at once",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/interposal-rules/addInterposalRule",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the rule",
				"maxLength": 64
			},
			{
				"name": "score",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Score of the rule"
			},
			{
				"name": "seconds",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Maximum Overlap Seconds",
				"description": "Longest time, in seconds, both parties may talk at once"
			},
			{
				"name": "times",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Maximum Overlaps",
				"description": "Most times both parties may talk at once"
			},
			{
				"name": "other",
				"in": "body",
				"type": "object",
				"required": true,
				"displayName": "Call Period",
				"description": "Period of the calls this applies to",
				"children": [
					{
						"name": "call_end",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Calls Until",
						"description": "End of the period of calls this applies to",
						"dateFormat": "epochSeconds"
					},
					{
						"name": "call_from",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Calls From",
						"description": "Start of the period of calls this applies to",
						"dateFormat": "epochSeconds"
					}
				]
			}
		],
		"result": {},
		"example": {
			"other": {
				"call_from": 1623913102,
				"call_end": 1623999504
			},
			"name": "test0611",
			"score": 4,
			"seconds": 4,
			"times": 4
		}
	},
	{
		"section": "12.2.8.5",
		"title": "POST /CCSQM/rest/ccisqm/v1/interposal-rules/updateInterposalRule",
		"family": "ccsqm",
		"resource": "interposalRule",
		"operation": "update",
		"name": "Update",
		"action": "Update interruption rule",
		"description": "Change an interruption rule",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/interposal-rules/updateInterposalRule",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "score",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Score of the rule"
			},
			{
				"name": "seconds",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Maximum Overlap Seconds",
				"description": "Longest time, in seconds, both parties may talk at once"
			},
			{
				"name": "times",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Maximum Overlaps",
				"description": "Most times both parties may talk at once"
			},
			{
				"name": "other",
				"in": "body",
				"type": "object",
				"required": true,
				"displayName": "Call Period",
				"description": "Period of the calls this applies to",
				"children": [
					{
						"name": "call_end",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Calls Until",
						"description": "End of the period of calls this applies to",
						"dateFormat": "epochSeconds"
					},
					{
						"name": "call_from",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Calls From",
						"description": "Start of the period of calls this applies to",
						"dateFormat": "epochSeconds"
					}
				]
			},
			{
				"name": "interposal_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Interruption Rule",
				"description": "Interruption rule to change",
				"lookup": {
					"section": "12.2.8.2",
					"valuePath": "interposals_id",
					"labelPath": "name"
				}
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the rule"
			}
		],
		"result": {},
		"example": {
			"score": 4,
			"seconds": 4,
			"times": 4,
			"other": {
				"call_end": 1623999504,
				"call_from": 1623913102
			},
			"interposal_id": "922993405183660032",
			"name": "test0613"
		}
	},
	{
		"section": "12.2.9.1",
		"title": "POST /CCSQM/rest/ccisqm/v1/silencerule/querySilenceRule",
		"family": "ccsqm",
		"resource": "silenceRule",
		"operation": "get",
		"name": "Get",
		"action": "Get silence rule",
		"description": "Get a silence rule by ID",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/silencerule/querySilenceRule",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "silence_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Silence Rule",
				"description": "Silence rule to get",
				"lookup": {
					"section": "12.2.9.3",
					"valuePath": "silence_id",
					"labelPath": "name"
				}
			}
		],
		"result": {},
		"example": {
			"silence_id": "922988537635147776"
		}
	},
	{
		"section": "12.2.9.2",
		"title": "POST /CCSQM/rest/ccisqm/v1/silencerule/createSilenceRule",
		"family": "ccsqm",
		"resource": "silenceRule",
		"operation": "create",
		"name": "Create",
		"action": "Create silence rule",
		"description": "Create a silence rule: how long and how often a call may be silent, and its exceptions",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/silencerule/createSilenceRule",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "setting",
				"in": "body",
				"type": "object",
				"required": false,
				"displayName": "Settings",
				"description": "Basic information of the silence rule",
				"children": [
					{
						"name": "name",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Name of the rule"
					},
					{
						"name": "score",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Score of the rule",
						"min": 1,
						"max": 100,
						"default": 1
					},
					{
						"name": "seconds",
						"in": "body",
						"type": "number",
						"required": true,
						"displayName": "Silence Seconds",
						"description": "How long, in seconds, a silence lasts before it counts",
						"min": 1,
						"max": 2147483647,
						"default": 1
					},
					{
						"name": "times",
						"in": "body",
						"type": "number",
						"required": true,
						"displayName": "Silence Count",
						"description": "Number of silences that trigger the rule",
						"min": 1,
						"max": 2147483647,
						"default": 1
					},
					{
						"name": "other",
						"in": "body",
						"type": "object",
						"required": false,
						"displayName": "Call Period",
						"description": "Period of the calls this applies to",
						"children": [
							{
								"name": "call_from",
								"in": "body",
								"type": "number",
								"required": false,
								"displayName": "Calls From",
								"description": "Start of the period of calls this applies to",
								"dateFormat": "epochSeconds"
							},
							{
								"name": "call_end",
								"in": "body",
								"type": "number",
								"required": false,
								"displayName": "Calls Until",
								"description": "End of the period of calls this applies to",
								"dateFormat": "epochSeconds"
							}
						]
					}
				]
			},
			{
				"name": "exception",
				"in": "body",
				"type": "object",
				"required": false,
				"displayName": "Exceptions",
				"description": "Sentences before or after a silence that make it an exception",
				"children": [
					{
						"name": "before",
						"in": "body",
						"type": "object",
						"required": false,
						"displayName": "Before Silence",
						"description": "Sentences said before the silence",
						"children": [
							{
								"name": "staff",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"displayName": "Agent Sentence IDs",
								"description": "IDs of sentences said by the agent"
							},
							{
								"name": "customer",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"displayName": "Customer Sentence IDs",
								"description": "IDs of sentences said by the customer"
							}
						]
					},
					{
						"name": "after",
						"in": "body",
						"type": "object",
						"required": false,
						"displayName": "After Silence",
						"description": "Sentences said after the silence",
						"children": [
							{
								"name": "staff",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"displayName": "Agent Sentence IDs",
								"description": "IDs of sentences said by the agent"
							}
						]
					}
				]
			}
		],
		"result": {},
		"example": {
			"setting": {
				"name": "test34",
				"score": 4,
				"seconds": 5,
				"times": 4,
				"other": {
					"call_from": 1623911884,
					"call_end": 1624430285
				}
			},
			"exception": {
				"before": {
					"staff": [
						"14161"
					],
					"customer": []
				},
				"after": {}
			}
		}
	},
	{
		"section": "12.2.9.3",
		"title": "POST /CCSQM/rest/ccisqm/v1/silencerule/querySilenceRules",
		"family": "ccsqm",
		"resource": "silenceRule",
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many silence rules",
		"description": "List silence rules, those matching a keyword if given",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/silencerule/querySilenceRules",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Page number, starting at 1",
				"default": 1
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Page Size",
				"description": "Number of records per page"
			},
			{
				"name": "keyword",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Text to search for",
				"maxLength": 64
			}
		],
		"result": {
			"itemsPath": "data",
			"totalPath": "paging.total"
		},
		"example": {
			"page": 1,
			"limit": 10
		},
		"paging": {
			"style": "page",
			"pageField": "page",
			"sizeField": "limit",
			"firstPage": 1
		}
	},
	{
		"section": "12.2.9.4",
		"title": "POST /CCSQM/rest/ccisqm/v1/silencerule/updateSilenceRule",
		"family": "ccsqm",
		"resource": "silenceRule",
		"operation": "update",
		"name": "Update",
		"action": "Update silence rule",
		"description": "Change a silence rule",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/silencerule/updateSilenceRule",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "setting",
				"in": "body",
				"type": "object",
				"required": false,
				"displayName": "Settings",
				"description": "Basic information of the silence rule",
				"children": [
					{
						"name": "other",
						"in": "body",
						"type": "object",
						"required": false,
						"displayName": "Call Period",
						"description": "Period of the calls this applies to",
						"children": [
							{
								"name": "call_from",
								"in": "body",
								"type": "number",
								"required": false,
								"displayName": "Calls From",
								"description": "Start of the period of calls this applies to",
								"dateFormat": "epochSeconds"
							},
							{
								"name": "call_end",
								"in": "body",
								"type": "number",
								"required": false,
								"displayName": "Calls Until",
								"description": "End of the period of calls this applies to",
								"dateFormat": "epochSeconds"
							}
						]
					},
					{
						"name": "score",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Score of the rule",
						"min": 1,
						"max": 100,
						"default": 1
					},
					{
						"name": "name",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Name of the rule"
					},
					{
						"name": "seconds",
						"in": "body",
						"type": "number",
						"required": true,
						"displayName": "Silence Seconds",
						"description": "How long, in seconds, a silence lasts before it counts",
						"min": 1,
						"max": 2147483647,
						"default": 1
					},
					{
						"name": "times",
						"in": "body",
						"type": "number",
						"required": true,
						"displayName": "Silence Count",
						"description": "Number of silences that trigger the rule",
						"min": 1,
						"max": 2147483647,
						"default": 1
					},
					{
						"name": "silence_id",
						"in": "body",
						"type": "string",
						"required": true,
						"displayName": "Silence Rule ID",
						"description": "ID of the silence rule to change"
					}
				]
			},
			{
				"name": "exception",
				"in": "body",
				"type": "object",
				"required": false,
				"displayName": "Exceptions",
				"description": "Sentences before or after a silence that make it an exception",
				"children": [
					{
						"name": "before",
						"in": "body",
						"type": "object",
						"required": false,
						"displayName": "Before Silence",
						"description": "Sentences said before the silence",
						"children": [
							{
								"name": "staff",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"displayName": "Agent Sentence IDs",
								"description": "IDs of sentences said by the agent"
							},
							{
								"name": "customer",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"displayName": "Customer Sentence IDs",
								"description": "IDs of sentences said by the customer"
							}
						]
					},
					{
						"name": "after",
						"in": "body",
						"type": "object",
						"required": false,
						"displayName": "After Silence",
						"description": "Sentences said after the silence",
						"children": [
							{
								"name": "staff",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"displayName": "Agent Sentence IDs",
								"description": "IDs of sentences said by the agent"
							}
						]
					}
				]
			}
		],
		"result": {},
		"example": {
			"exception": {
				"before": {
					"staff": [
						"14161"
					],
					"customer": []
				},
				"after": {}
			},
			"setting": {
				"score": 4,
				"seconds": 5,
				"times": 4,
				"silence_id": "922988537635147776",
				"other": {
					"call_end": 1624430285,
					"call_from": 1623911884
				},
				"name": "test35444"
			}
		}
	},
	{
		"section": "12.2.9.5",
		"title": "POST /CCSQM/rest/ccisqm/v1/silencerule/deleteSilenceRule",
		"family": "ccsqm",
		"resource": "silenceRule",
		"operation": "delete",
		"name": "Delete",
		"action": "Delete silence rule",
		"description": "Delete a silence rule by ID",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/silencerule/deleteSilenceRule",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "silence_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Silence Rule",
				"description": "Silence rule to delete",
				"lookup": {
					"section": "12.2.9.3",
					"valuePath": "silence_id",
					"labelPath": "name"
				}
			}
		],
		"result": {},
		"example": {
			"silence_id": "922988537635147776"
		}
	},
	{
		"section": "12.2.10.1",
		"title": "POST /CCSQM/rest/ccisqm/v1/speedrule/addSpeedRule",
		"family": "ccsqm",
		"resource": "speedRule",
		"operation": "create",
		"name": "Create",
		"action": "Create speed rule",
		"description": "Create a speed rule: the slowest and fastest speech allowed, and its exceptions",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/speedrule/addSpeedRule",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "setting",
				"in": "body",
				"type": "object",
				"required": true,
				"displayName": "Settings",
				"description": "Basic information of the speed rule",
				"children": [
					{
						"name": "name",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Name of the speed rule"
					},
					{
						"name": "score",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Points deducted when the rule is violated",
						"min": 0,
						"max": 100
					},
					{
						"name": "min",
						"in": "body",
						"type": "number",
						"required": true,
						"displayName": "Minimum Speed",
						"description": "Minimum number of words per minute",
						"min": 1,
						"max": 220,
						"default": 1
					},
					{
						"name": "max",
						"in": "body",
						"type": "number",
						"required": true,
						"displayName": "Maximum Speed",
						"description": "Maximum number of words per minute",
						"min": 1,
						"max": 2147483647,
						"default": 1
					},
					{
						"name": "other",
						"in": "body",
						"type": "object",
						"required": false,
						"displayName": "Call Period",
						"description": "Period of the calls this applies to",
						"children": [
							{
								"name": "call_from",
								"in": "body",
								"type": "number",
								"required": false,
								"displayName": "Calls From",
								"description": "Start of the period of calls this applies to",
								"dateFormat": "epochSeconds"
							},
							{
								"name": "call_end",
								"in": "body",
								"type": "number",
								"required": false,
								"displayName": "Calls Until",
								"description": "End of the period of calls this applies to",
								"dateFormat": "epochSeconds"
							}
						]
					}
				]
			},
			{
				"name": "exception",
				"in": "body",
				"type": "object",
				"required": true,
				"displayName": "Exceptions",
				"description": "Sentences of the customer that make a too slow or too fast speed an exception",
				"children": [
					{
						"name": "under",
						"in": "body",
						"type": "object",
						"required": true,
						"displayName": "Below Minimum",
						"description": "Sentences said by the customer when the speed is below the minimum",
						"children": [
							{
								"name": "customer",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"displayName": "Customer Sentence IDs",
								"description": "IDs of sentences said by the customer"
							}
						]
					},
					{
						"name": "over",
						"in": "body",
						"type": "object",
						"required": true,
						"displayName": "Above Maximum",
						"description": "Sentences said by the customer when the speed is above the maximum",
						"children": [
							{
								"name": "customer",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"displayName": "Customer Sentence IDs",
								"description": "IDs of sentences said by the customer"
							}
						]
					}
				]
			}
		],
		"result": {},
		"example": {
			"setting": {
				"name": "APIcs",
				"score": 4,
				"min": 80,
				"max": 120,
				"other": {
					"call_from": 1622515590,
					"call_end": 1625021193
				}
			},
			"exception": {
				"under": {},
				"over": {}
			}
		}
	},
	{
		"section": "12.2.10.2",
		"title": "POST /CCSQM/rest/ccisqm/v1/speedrule/querySpeedRuleById",
		"family": "ccsqm",
		"resource": "speedRule",
		"operation": "get",
		"name": "Get",
		"action": "Get speed rule",
		"description": "Get a speed rule by ID",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/speedrule/querySpeedRuleById",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "speed_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Speed Rule",
				"description": "Speed rule to get",
				"lookup": {
					"section": "12.2.10.4",
					"valuePath": "speed_id",
					"labelPath": "name"
				}
			}
		],
		"result": {},
		"example": {
			"speed_id": "849706874868600832"
		}
	},
	{
		"section": "12.2.10.3",
		"title": "POST /CCSQM/rest/ccisqm/v1/speedrule/deleteSpeedRule",
		"family": "ccsqm",
		"resource": "speedRule",
		"operation": "delete",
		"name": "Delete",
		"action": "Delete speed rule",
		"description": "Delete a speed rule by ID",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/speedrule/deleteSpeedRule",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "speed_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Speed Rule",
				"description": "Speed rule to delete",
				"lookup": {
					"section": "12.2.10.4",
					"valuePath": "speed_id",
					"labelPath": "name"
				}
			}
		],
		"result": {},
		"example": {
			"speed_id": "849706874868600832"
		}
	},
	{
		"section": "12.2.10.4",
		"title": "POST /CCSQM/rest/ccisqm/v1/speedrule/querySpeedRules",
		"family": "ccsqm",
		"resource": "speedRule",
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many speed rules",
		"description": "List speed rules, those matching a keyword if given",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/speedrule/querySpeedRules",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Page number, starting at 1",
				"default": 1
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Page Size",
				"description": "Number of records per page"
			},
			{
				"name": "keyword",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Text to search for"
			}
		],
		"result": {
			"itemsPath": "data",
			"totalPath": "paging.total"
		},
		"example": {
			"page": 1,
			"limit": 10,
			"keyword": "APIcs"
		},
		"paging": {
			"style": "page",
			"pageField": "page",
			"sizeField": "limit",
			"firstPage": 1
		}
	},
	{
		"section": "12.2.10.5",
		"title": "POST /CCSQM/rest/ccisqm/v1/speedrule/updateSpeedRule",
		"family": "ccsqm",
		"resource": "speedRule",
		"operation": "update",
		"name": "Update",
		"action": "Update speed rule",
		"description": "Change a speed rule",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/speedrule/updateSpeedRule",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": false,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "setting",
				"in": "body",
				"type": "object",
				"required": true,
				"displayName": "Settings",
				"description": "Basic information of the speed rule",
				"children": [
					{
						"name": "name",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Name of the speed rule"
					},
					{
						"name": "score",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Points deducted when the rule is violated",
						"min": 0,
						"max": 100
					},
					{
						"name": "min",
						"in": "body",
						"type": "number",
						"required": true,
						"displayName": "Minimum Speed",
						"description": "Minimum number of words per minute",
						"min": 1,
						"max": 220,
						"default": 1
					},
					{
						"name": "max",
						"in": "body",
						"type": "number",
						"required": true,
						"displayName": "Maximum Speed",
						"description": "Maximum number of words per minute",
						"min": 1,
						"max": 2147483647,
						"default": 1
					},
					{
						"name": "other",
						"in": "body",
						"type": "object",
						"required": false,
						"displayName": "Call Period",
						"description": "Period of the calls this applies to",
						"children": [
							{
								"name": "call_from",
								"in": "body",
								"type": "number",
								"required": false,
								"displayName": "Calls From",
								"description": "Start of the period of calls this applies to",
								"dateFormat": "epochSeconds"
							},
							{
								"name": "call_end",
								"in": "body",
								"type": "number",
								"required": false,
								"displayName": "Calls Until",
								"description": "End of the period of calls this applies to",
								"dateFormat": "epochSeconds"
							}
						]
					},
					{
						"name": "speed_id",
						"in": "body",
						"type": "string",
						"required": true,
						"displayName": "Speed Rule ID",
						"description": "ID of the speed rule to change"
					}
				]
			},
			{
				"name": "exception",
				"in": "body",
				"type": "object",
				"required": true,
				"displayName": "Exceptions",
				"description": "Sentences of the customer that make a too slow or too fast speed an exception",
				"children": [
					{
						"name": "under",
						"in": "body",
						"type": "object",
						"required": true,
						"displayName": "Below Minimum",
						"description": "Sentences said by the customer when the speed is below the minimum",
						"children": [
							{
								"name": "customer",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"displayName": "Customer Sentence IDs",
								"description": "IDs of sentences said by the customer"
							}
						]
					},
					{
						"name": "over",
						"in": "body",
						"type": "object",
						"required": true,
						"displayName": "Above Maximum",
						"description": "Sentences said by the customer when the speed is above the maximum",
						"children": [
							{
								"name": "customer",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"displayName": "Customer Sentence IDs",
								"description": "IDs of sentences said by the customer"
							}
						]
					}
				]
			}
		],
		"result": {},
		"example": {
			"exception": {
				"under": {
					"customer": [
						"11064"
					]
				},
				"over": {
					"customer": [
						"11093"
					]
				}
			},
			"setting": {
				"score": 3,
				"other": {
					"call_end": null,
					"call_from": null
				},
				"min": 90,
				"max": 100,
				"name": "toofast",
				"speed_id": "849706874868600832"
			}
		}
	},
	{
		"section": "12.2.11.1",
		"title": "POST /CCSQM/rest/ccisqm/v1/scenariomanage/deleteScenario",
		"family": "ccsqm",
		"resource": "scenario",
		"operation": "delete",
		"name": "Delete",
		"action": "Delete business scenario",
		"description": "Delete a business scenario",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/scenariomanage/deleteScenario",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "group_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Business Scenario",
				"description": "Business scenario to delete",
				"lookup": {
					"section": "12.2.11.6",
					"valuePath": "group_id",
					"labelPath": "group_name"
				}
			}
		],
		"result": {},
		"example": {
			"group_id": "groupid_dc1ba2ab-9d3b-438b-be12-0f122c930cc5"
		}
	},
	{
		"section": "12.2.11.2",
		"title": "POST /CCSQM/rest/ccisqm/v1/scenariomanage/updateScenarioStatus",
		"family": "ccsqm",
		"resource": "scenario",
		"operation": "updateStatus",
		"name": "Update Status",
		"action": "Update business scenario status",
		"description": "Enable or disable a business scenario",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/scenariomanage/updateScenarioStatus",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "group_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Business Scenario",
				"description": "Business scenario to enable or disable",
				"lookup": {
					"section": "12.2.11.6",
					"valuePath": "group_id",
					"labelPath": "group_name"
				}
			},
			{
				"name": "is_enable",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Enabled",
				"description": "Whether the business scenario is enabled",
				"options": [
					{
						"value": 0,
						"name": "No"
					},
					{
						"value": 1,
						"name": "Yes"
					}
				]
			}
		],
		"result": {},
		"example": {
			"group_id": "groupid_826b89d9-bec9-4c14-b677-1d86f16c4993",
			"is_enable": 1
		}
	},
	{
		"section": "12.2.11.3",
		"title": "POST /CCSQM/rest/ccisqm/v1/scenariomanage/createScenario",
		"family": "ccsqm",
		"resource": "scenario",
		"operation": "create",
		"name": "Create",
		"action": "Create business scenario",
		"description": "Create a business scenario; it stays unavailable until it is updated with its rules",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/scenariomanage/createScenario",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "group_name",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Name",
				"description": "Name of the business scenario"
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Description of the business scenario"
			},
			{
				"name": "ignore_sensitive",
				"in": "body",
				"type": "number",
				"required": false,
				"displayName": "Count Sensitive Words",
				"description": "Whether points are deducted for sensitive words; yes when not set",
				"options": [
					{
						"value": 0,
						"name": "Yes"
					},
					{
						"value": 1,
						"name": "No"
					}
				]
			},
			{
				"name": "other",
				"in": "body",
				"type": "object",
				"required": true,
				"displayName": "Call Period",
				"description": "Period of the calls the scenario inspects",
				"children": [
					{
						"name": "call_end",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Calls Until",
						"description": "End of the period of calls this applies to",
						"dateFormat": "epochSeconds"
					},
					{
						"name": "call_from",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Calls From",
						"description": "Start of the period of calls this applies to",
						"dateFormat": "epochSeconds"
					}
				]
			},
			{
				"name": "interaction_type",
				"in": "body",
				"type": "integer",
				"required": false,
				"displayName": "Inspection Type",
				"description": "Kind of interactions inspected; voice when empty",
				"options": [
					{
						"value": 0,
						"name": "Voice"
					},
					{
						"value": 2,
						"name": "Multimedia"
					}
				]
			}
		],
		"result": {},
		"example": {
			"group_name": "Business scenario 1",
			"description": "Business scenario",
			"ignore_sensitive": 0,
			"other": {
				"type": 0,
				"connected_call_type": 0,
				"call_from": 1622536490,
				"call_end": 1625042093
			}
		}
	},
	{
		"section": "12.2.11.4",
		"title": "POST /CCSQM/rest/ccisqm/v1/scenariomanage/queryScenario",
		"family": "ccsqm",
		"resource": "scenario",
		"operation": "get",
		"name": "Get",
		"action": "Get business scenario",
		"description": "Get the details of a business scenario",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/scenariomanage/queryScenario",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "group_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Business Scenario",
				"description": "Business scenario to get",
				"lookup": {
					"section": "12.2.11.6",
					"valuePath": "group_id",
					"labelPath": "group_name"
				}
			}
		],
		"result": {},
		"example": {
			"group_id": "groupid_33bba990-c39e-4397-a649-1fdb46d54b17"
		}
	},
	{
		"section": "12.2.11.5",
		"title": "POST /CCSQM/rest/ccisqm/v1/scenariomanage/updateScenario",
		"family": "ccsqm",
		"resource": "scenario",
		"operation": "update",
		"name": "Update",
		"action": "Update business scenario",
		"description": "Change a business scenario and the rules it inspects with",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/scenariomanage/updateScenario",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "group_id",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Business Scenario",
				"description": "Business scenario to change",
				"lookup": {
					"section": "12.2.11.6",
					"valuePath": "group_id",
					"labelPath": "group_name"
				}
			},
			{
				"name": "group_name",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Name",
				"description": "Name of the business scenario"
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Description of the business scenario"
			},
			{
				"name": "is_enable",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Enabled",
				"description": "Whether the business scenario is enabled",
				"options": [
					{
						"value": 0,
						"name": "No"
					},
					{
						"value": 1,
						"name": "Yes"
					}
				]
			},
			{
				"name": "ignore_sensitive",
				"in": "body",
				"type": "number",
				"required": false,
				"displayName": "Count Sensitive Words",
				"description": "Whether points are deducted for sensitive words; yes when not set",
				"options": [
					{
						"value": 0,
						"name": "Yes"
					},
					{
						"value": 1,
						"name": "No"
					}
				]
			},
			{
				"name": "other",
				"in": "body",
				"type": "object",
				"required": false,
				"displayName": "Call Period",
				"description": "Period of the calls the scenario inspects",
				"children": [
					{
						"name": "call_end",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Calls Until",
						"description": "End of the period of calls this applies to",
						"dateFormat": "epochSeconds"
					},
					{
						"name": "call_from",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Calls From",
						"description": "Start of the period of calls this applies to",
						"dateFormat": "epochSeconds"
					}
				]
			},
			{
				"name": "rules",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"displayName": "Conversation Rule IDs",
				"description": "IDs of the conversation rules (dialog rules)"
			},
			{
				"name": "silence_rules",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"displayName": "Silence Rule IDs",
				"description": "IDs of the silence rules"
			},
			{
				"name": "speed_rules",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"displayName": "Speed Rule IDs",
				"description": "IDs of the speed rules"
			},
			{
				"name": "interposal_rules",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"displayName": "Interruption Rule IDs",
				"description": "IDs of the interruption rules"
			},
			{
				"name": "interaction_type",
				"in": "body",
				"type": "integer",
				"required": false,
				"displayName": "Inspection Type",
				"description": "Kind of interactions inspected; voice when empty",
				"options": [
					{
						"value": 0,
						"name": "Voice"
					},
					{
						"value": 2,
						"name": "Multimedia"
					}
				]
			}
		],
		"shapeNote": "example key \"Speed_rules\" differs in case from table field \"speed_rules\"",
		"result": {},
		"example": {
			"group_name": "OIAP",
			"description": "OIAP",
			"is_enable": 1,
			"ignore_sensitive": 0,
			"other": {
				"call_from": null,
				"call_end": null
			},
			"Speed_rules": [
				"919423582684057600"
			],
			"group_id": "groupid_826b89d9-bec9-4c14-b677-1d86f16c4993"
		}
	},
	{
		"section": "12.2.11.6",
		"title": "POST /CCSQM/rest/ccisqm/v1/scenariomanage/queryAllScenario",
		"family": "ccsqm",
		"resource": "scenario",
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many business scenarios",
		"description": "List business scenarios, filtered by name, status and creation time if given",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/scenariomanage/queryAllScenario",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Page Size",
				"description": "Number of records per page"
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Page number, starting at 1",
				"default": 1
			},
			{
				"name": "scenarioName",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Name",
				"description": "Name of the business scenario"
			},
			{
				"name": "scenarioStatus",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Enabled",
				"description": "Whether the business scenario is enabled",
				"options": [
					{
						"value": "0",
						"name": "No"
					},
					{
						"value": "1",
						"name": "Yes"
					}
				]
			},
			{
				"name": "startTime",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Created From",
				"description": "Start of the creation time range",
				"dateFormat": "epochSeconds"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Created Until",
				"description": "End of the creation time range",
				"dateFormat": "epochSeconds"
			}
		],
		"result": {
			"itemsPath": "data",
			"totalPath": "total"
		},
		"example": {
			"limit": 10,
			"page": 1,
			"scenarioName": null,
			"startTime": null,
			"endTime": null,
			"scenarioStatus": null
		},
		"paging": {
			"style": "page",
			"pageField": "page",
			"sizeField": "limit",
			"firstPage": 1
		}
	},
	{
		"section": "12.2.12.1",
		"title": "POST /CCSQM/rest/ccisqm/v1/appraisecall/details",
		"family": "ccsqm",
		"resource": "qualityCheck",
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many inspected calls",
		"description": "List calls with their inspection status and ASR result, filtered by time, type, status and agent",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/appraisecall/details",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "call_from",
				"in": "body",
				"type": "number",
				"required": false,
				"displayName": "Calls From",
				"description": "Start of the call time range",
				"dateFormat": "epochSeconds"
			},
			{
				"name": "call_to",
				"in": "body",
				"type": "number",
				"required": false,
				"displayName": "Calls Until",
				"description": "End of the call time range",
				"dateFormat": "epochSeconds"
			},
			{
				"name": "call_types",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"displayName": "Call Types",
				"description": "Kinds of call files",
				"options": [
					{
						"value": 0,
						"name": "Voice"
					},
					{
						"value": 2,
						"name": "Text"
					}
				]
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"displayName": "Page Size",
				"description": "Number of records per page"
			},
			{
				"name": "page",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Page number, starting at 1",
				"default": 1
			},
			{
				"name": "status",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"displayName": "Inspection Statuses",
				"description": "Inspection statuses of the calls listed",
				"options": [
					{
						"value": 0,
						"name": "Waiting for Inspection"
					},
					{
						"value": 1,
						"name": "Inspection in Progress"
					},
					{
						"value": 2,
						"name": "Inspection Succeeded"
					},
					{
						"value": 3,
						"name": "ASR in Progress"
					},
					{
						"value": 9,
						"name": "Inspection Failed",
						"description": "An error occurred, or the daily inspection volume or number of files reached its limit"
					},
					{
						"value": 31,
						"name": "ASR Result Empty",
						"description": "The voice content of the ASR result is empty"
					},
					{
						"value": 32,
						"name": "ASR Failed"
					},
					{
						"value": 33,
						"name": "Upload to ASR Failed",
						"description": "The voice file failed to be uploaded to the ASR"
					},
					{
						"value": 34,
						"name": "ASR Task Submission Failed",
						"description": "The iFLYTEK ASR result transfer task failed to be submitted"
					},
					{
						"value": 35,
						"name": "Multimedia Inspection Failed",
						"description": "The multimedia inspection task failed to run"
					},
					{
						"value": 36,
						"name": "TUC Inspection Failed"
					},
					{
						"value": 37,
						"name": "ASR Conversion Failed",
						"description": "The ASR failed to convert the voice file to text"
					},
					{
						"value": 38,
						"name": "Result Update Failed",
						"description": "The inspection result failed to be updated"
					},
					{
						"value": 39,
						"name": "Inspection Task Failed",
						"description": "The inspection task failed to run"
					},
					{
						"value": 40,
						"name": "Voice File Invalid"
					}
				]
			},
			{
				"name": "keyword",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Word or phrase said in the call"
			},
			{
				"name": "staff_id",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Agent User ID",
				"description": "User ID (accountId) of the agent, as shown on the agent management page"
			},
			{
				"name": "staff_name",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Agent Name",
				"description": "Name of the agent"
			},
			{
				"name": "upload_from",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Uploaded From",
				"description": "Start of the call upload time range",
				"dateFormat": "epochSeconds"
			},
			{
				"name": "upload_to",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Uploaded Until",
				"description": "End of the call upload time range",
				"dateFormat": "epochSeconds"
			},
			{
				"name": "duration_min",
				"in": "body",
				"type": "integer",
				"required": false,
				"displayName": "Minimum Duration",
				"description": "Shortest call duration"
			},
			{
				"name": "duration_max",
				"in": "body",
				"type": "integer",
				"required": false,
				"displayName": "Maximum Duration",
				"description": "Longest call duration"
			}
		],
		"result": {
			"itemsPath": "data",
			"totalPath": "total"
		},
		"example": {
			"limit": 10,
			"page": 1,
			"call_types": [
				0,
				2
			],
			"call_from": 1621333149,
			"call_to": 1623925149,
			"staff_id": null,
			"upload_from": null,
			"upload_to": null,
			"status": [
				2
			]
		},
		"paging": {
			"style": "page",
			"pageField": "page",
			"sizeField": "limit",
			"firstPage": 1
		}
	},
	{
		"section": "12.2.12.2",
		"title": "POST /CCSQM/rest/ccisqm/v1/appraisecall/detail",
		"family": "ccsqm",
		"resource": "qualityCheck",
		"operation": "get",
		"name": "Get",
		"action": "Get inspected call",
		"description": "Get the inspection result of a call",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/appraisecall/detail",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "call_uuid",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Call ID",
				"description": "ID of the call, as listed by Get Many"
			}
		],
		"result": {},
		"example": {
			"call_uuid": "434l2j4242424jll242"
		}
	},
	{
		"section": "12.2.12.3",
		"title": "POST /CCSQM/rest/ccisqm/v1/appraisecall/create (Not Supported)",
		"family": "ccsqm",
		"resource": "legacy",
		"operation": "createInspectionCall",
		"name": "Create Inspection Call",
		"action": "Create inspection call",
		"description": "Create an inspection task for an uploaded call file; CEC no longer supports this interface",
		"notForAiTools": true,
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/appraisecall/create",
		"auth": "C1",
		"idempotent": false,
		"legacy": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "call_time",
				"in": "body",
				"type": "number",
				"required": false,
				"displayName": "Call Time",
				"description": "When the call took place",
				"dateFormat": "epochSeconds"
			},
			{
				"name": "call_type",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Call File Type",
				"description": "Type of the call file"
			},
			{
				"name": "file_name",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "File Name",
				"description": "Name of the uploaded file"
			},
			{
				"name": "staff_id",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Agent User ID",
				"description": "User ID (accountId) of the agent, as shown on the agent management page"
			},
			{
				"name": "staff_name",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Agent Name",
				"description": "Name of the agent"
			}
		],
		"result": {},
		"example": {
			"call_type": 0,
			"staff_name": "0",
			"staff_id": "0",
			"file_name": "helloworld123456"
		}
	},
	{
		"section": "12.2.12.4",
		"title": "POST /CCSQM/rest/ccisqm/v1/appraisecall/complain",
		"family": "ccsqm",
		"resource": "qualityCheck",
		"operation": "appeal",
		"name": "Appeal",
		"action": "Appeal inspected call",
		"description": "Appeal against the inspection result of a call to a leader, naming the rules appealed against",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/appraisecall/complain",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "callGroupId",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Call Business Rule ID",
				"description": "ID of the business rule of the call"
			},
			{
				"name": "callId",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Call ID",
				"description": "ID of the call"
			},
			{
				"name": "isGroup",
				"in": "body",
				"type": "boolean",
				"required": false,
				"displayName": "Associated Call",
				"description": "Whether the call is an associated call"
			},
			{
				"name": "leaderRole",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Leader Role",
				"description": "Position of the leader the appeal goes to"
			},
			{
				"name": "leaderUUID",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Leader ID",
				"description": "ID of the leader the appeal goes to"
			},
			{
				"name": "taskDescription",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Reason",
				"description": "Reason for the appeal"
			},
			{
				"name": "chooseRuleGroupList",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"displayName": "Rules",
				"description": "Rules appealed against",
				"children": [
					{
						"name": "ruleGroupId",
						"in": "body",
						"type": "string",
						"required": true,
						"displayName": "Rule ID",
						"description": "ID of the rule"
					},
					{
						"name": "reviselIdList",
						"in": "body",
						"type": "array",
						"itemType": "string",
						"required": true,
						"displayName": "Rule Item IDs",
						"description": "Items of the rule appealed against"
					}
				]
			},
			{
				"name": "callType",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Interaction Type",
				"description": "File or interaction type of the call"
			}
		],
		"shapeNote": "example key \"chooseRuleGroupList\" differs from table field \"chooseRuleGroup-List\" only by l/I/1, case or a separator (OCR/typo) example keys not in the table: fileName required table fields absent from example: callType Field \"chooseRuleGroup-List\" as extracted is sent as \"chooseRuleGroupList\" (PDF l/I or line-break artefact; the request example and sibling interfaces use \"chooseRuleGroupList\"). Kept reviselIdList as printed: no vendor page found; it may be a misreading of reviseIdList.",
		"result": {},
		"example": {
			"taskDescription": "remark",
			"callId": "c6a31191-6c69-486b-b8f9-c3412ef44bfd",
			"callGroupId": "c6a31191-6c69-486b-b8f9-c3412ef44bfd",
			"isGroup": false,
			"chooseRuleGroupList": [
				{
					"ruleGroupId": "groupid_fa1d9f72-f961-4ad6-9277-008bbe1c3802",
					"reviselIdList": [
						"silenceRule4a0e94cf-c357-4d53-9beb-4cefb2a81fb4",
						"silenceRule4aa85a8a-f914-4488-bf11-adbbfde3fe95"
					]
				}
			],
			"leaderUUID": "1600226359041729505",
			"leaderRole": "10",
			"fileName": "766"
		}
	},
	{
		"section": "12.2.13.1",
		"title": "POST /CCSQM/rest/ccisqm/v1/regularqualitytask/addQualityTask",
		"family": "ccsqm",
		"resource": "regularQualityTask",
		"operation": "create",
		"name": "Create",
		"action": "Create regular quality task",
		"description": "Create a scheduled sampling plan: when it runs, which calls it samples and which inspectors get them",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/regularqualitytask/addQualityTask",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "appointQuality",
				"in": "body",
				"type": "object",
				"required": true,
				"displayName": "Inspectors",
				"description": "Inspectors the sampled calls are assigned to",
				"children": [
					{
						"name": "setCounts",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": true,
						"displayName": "Inspector Counts",
						"description": "Inspectors and how many calls each gets",
						"children": [
							{
								"name": "count",
								"in": "body",
								"type": "number",
								"required": false,
								"displayName": "Count",
								"description": "Number of calls for the inspector; mandatory unless the count type is by percentage, where all counts add up to 100"
							},
							{
								"name": "personID",
								"in": "body",
								"type": "string",
								"required": true,
								"displayName": "Inspector ID",
								"description": "ID of the inspector",
								"maxLength": 64
							}
						]
					},
					{
						"name": "setCountsType",
						"in": "body",
						"type": "integer",
						"required": true,
						"displayName": "Count Type",
						"description": "How calls are shared between inspectors",
						"options": [
							{
								"value": 0,
								"name": "On Average"
							},
							{
								"value": 2,
								"name": "By Percentage"
							}
						]
					}
				]
			},
			{
				"name": "cronStructure",
				"in": "body",
				"type": "object",
				"required": true,
				"displayName": "Schedule",
				"description": "When and how often the plan runs",
				"children": [
					{
						"name": "qiqtCycleType",
						"in": "body",
						"type": "string",
						"required": true,
						"displayName": "Repeat",
						"description": "How often the plan runs",
						"options": [
							{
								"value": "1",
								"name": "Daily"
							},
							{
								"value": "2",
								"name": "Weekly"
							},
							{
								"value": "3",
								"name": "Monthly"
							}
						]
					},
					{
						"name": "qiqtEndTime",
						"in": "body",
						"type": "integer",
						"required": false,
						"displayName": "End Time",
						"description": "When the plan stops, used when it ends at a time",
						"dateFormat": "epochSeconds"
					},
					{
						"name": "qiqtEndType",
						"in": "body",
						"type": "string",
						"required": true,
						"displayName": "End Condition",
						"description": "Whether the plan ends after a number of runs or at a time",
						"options": [
							{
								"value": "1",
								"name": "Number of Runs"
							},
							{
								"value": "2",
								"name": "At a Time"
							}
						]
					},
					{
						"name": "qiqtStartTime",
						"in": "body",
						"type": "integer",
						"required": true,
						"displayName": "Start Time",
						"description": "When the plan starts",
						"dateFormat": "epochSeconds"
					},
					{
						"name": "qiqtTotalTimes",
						"in": "body",
						"type": "integer",
						"required": false,
						"displayName": "Number of Runs",
						"description": "How many times the plan runs; mandatory when it ends after a number of runs"
					}
				]
			},
			{
				"name": "currentRole",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "User Role",
				"description": "Role of the user"
			},
			{
				"name": "extractionRange",
				"in": "body",
				"type": "object",
				"required": true,
				"displayName": "Sampling Scope",
				"description": "Which calls are sampled for inspection",
				"children": [
					{
						"name": "currentRole",
						"in": "body",
						"type": "string",
						"required": false,
						"displayName": "User Role",
						"description": "Role of the user"
					},
					{
						"name": "fixedColumns",
						"in": "body",
						"type": "object",
						"required": true,
						"displayName": "Sampling Conditions",
						"description": "Conditions of the calls sampled",
						"children": [
							{
								"name": "qualityType",
								"in": "body",
								"type": "integer",
								"required": true,
								"displayName": "Sampling Type",
								"description": "How the sample size is counted",
								"options": [
									{
										"value": 1,
										"name": "Call Scope"
									},
									{
										"value": 2,
										"name": "Agent Quantity"
									},
									{
										"value": 3,
										"name": "Agent Percentage"
									}
								]
							},
							{
								"name": "durationStart",
								"in": "body",
								"type": "integer",
								"required": false,
								"displayName": "Minimum Call Duration (Ms)",
								"description": "Shortest call duration, in milliseconds"
							},
							{
								"name": "qualityNum",
								"in": "body",
								"type": "string",
								"required": true,
								"displayName": "Sample Size",
								"description": "Number of calls sampled"
							},
							{
								"name": "qualityCondition",
								"in": "body",
								"type": "integer",
								"required": true,
								"displayName": "Sampling Status",
								"description": "Whether calls already sampled are included",
								"options": [
									{
										"value": 0,
										"name": "Unlimited"
									},
									{
										"value": 1,
										"name": "Not Sampled"
									},
									{
										"value": 2,
										"name": "Sampled"
									}
								]
							},
							{
								"name": "durationEnd",
								"in": "body",
								"type": "string",
								"required": false,
								"displayName": "Maximum Call Duration (Ms)",
								"description": "Longest call duration, in milliseconds",
								"maxLength": 11
							},
							{
								"name": "maxNum",
								"in": "body",
								"type": "string",
								"required": false,
								"displayName": "Maximum Sample Size",
								"description": "Largest number of calls sampled; mandatory and at least 1 unless the sampling type is agent quantity"
							},
							{
								"name": "scoreEnd",
								"in": "body",
								"type": "string",
								"required": false,
								"displayName": "Maximum Score",
								"description": "Highest machine score of the calls, at most 10000"
							},
							{
								"name": "scoreStart",
								"in": "body",
								"type": "string",
								"required": false,
								"displayName": "Minimum Score",
								"description": "Lowest machine score of the calls, at most 10000"
							},
							{
								"name": "staffIds",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"displayName": "Agent IDs",
								"description": "Agents whose calls are sampled"
							},
							{
								"name": "interactionType",
								"in": "body",
								"type": "integer",
								"required": true,
								"displayName": "Interaction Type",
								"description": "Kind of interactions sampled",
								"options": [
									{
										"value": 0,
										"name": "Recording"
									},
									{
										"value": 1,
										"name": "Text"
									}
								]
							}
						]
					},
					{
						"name": "userId",
						"in": "body",
						"type": "string",
						"required": false,
						"displayName": "User ID",
						"description": "ID of the user"
					}
				]
			},
			{
				"name": "qiqtName",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Plan Name",
				"description": "Name of the scheduled sampling plan",
				"maxLength": 64
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "User ID",
				"description": "ID of the user"
			}
		],
		"shapeNote": "no parseable request example to compare with the body table",
		"result": {}
	},
	{
		"section": "12.2.13.2",
		"title": "POST /CCSQM/rest/ccisqm/v1/regularqualitytask/beginQualityTask",
		"family": "ccsqm",
		"resource": "regularQualityTask",
		"operation": "start",
		"name": "Start",
		"action": "Start regular quality task",
		"description": "Start a scheduled sampling plan",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/regularqualitytask/beginQualityTask",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "regularQualityTaskId",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Scheduled Plan",
				"description": "Scheduled sampling plan to start",
				"lookup": {
					"section": "12.2.13.5",
					"valuePath": "qiqtId",
					"labelPath": "qiqtName"
				}
			}
		],
		"result": {},
		"example": {
			"regularQualityTaskId": 954637368599307300
		},
		"shapeNote": "The path keeps the reference's spelling \"bigenQualityTask\" (the title says beginQualityTask). Vendor evidence: the path is /apiaccess/CCSQM/rest/ccisqm/v1/regularqualitytask/beginQualityTask (the PDF prints /apiaccess/CCSQM/rest/ccisqm/v1/regularqualitytask/bigenQualityTask): https://support.huaweicloud.com/api-ccfs-cec/cec_07_0221.html (starting a regular quality task: .../regularqualitytask/beginQualityTask)."
	},
	{
		"section": "12.2.13.3",
		"title": "POST /CCSQM/rest/ccisqm/v1/regularqualitytask/updateQualityTask",
		"family": "ccsqm",
		"resource": "regularQualityTask",
		"operation": "update",
		"name": "Update",
		"action": "Update regular quality task",
		"description": "Change a scheduled sampling plan",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/regularqualitytask/updateQualityTask",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "appointQuality",
				"in": "body",
				"type": "object",
				"required": true,
				"displayName": "Inspectors",
				"description": "Inspectors the sampled calls are assigned to",
				"children": [
					{
						"name": "setCounts",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": true,
						"displayName": "Inspector Counts",
						"description": "Inspectors and how many calls each gets",
						"children": [
							{
								"name": "count",
								"in": "body",
								"type": "number",
								"required": false,
								"displayName": "Count",
								"description": "Number of calls for the inspector; mandatory unless the count type is by percentage, where all counts add up to 100"
							},
							{
								"name": "personID",
								"in": "body",
								"type": "string",
								"required": true,
								"displayName": "Inspector ID",
								"description": "ID of the inspector"
							}
						]
					},
					{
						"name": "setCountsType",
						"in": "body",
						"type": "integer",
						"required": true,
						"displayName": "Count Type",
						"description": "How calls are shared between inspectors",
						"options": [
							{
								"value": 0,
								"name": "On Average"
							},
							{
								"value": 2,
								"name": "By Percentage"
							}
						]
					}
				]
			},
			{
				"name": "cronStructure",
				"in": "body",
				"type": "object",
				"required": true,
				"displayName": "Schedule",
				"description": "When and how often the plan runs",
				"children": [
					{
						"name": "qiqtCycleType",
						"in": "body",
						"type": "string",
						"required": true,
						"displayName": "Repeat",
						"description": "How often the plan runs",
						"options": [
							{
								"value": "1",
								"name": "Daily"
							},
							{
								"value": "2",
								"name": "Weekly"
							},
							{
								"value": "3",
								"name": "Monthly"
							}
						]
					},
					{
						"name": "qiqtEndTime",
						"in": "body",
						"type": "integer",
						"required": false,
						"displayName": "End Time",
						"description": "When the plan stops, used when it ends at a time",
						"dateFormat": "epochSeconds"
					},
					{
						"name": "qiqtEndType",
						"in": "body",
						"type": "string",
						"required": true,
						"displayName": "End Condition",
						"description": "Whether the plan ends after a number of runs or at a time",
						"options": [
							{
								"value": "1",
								"name": "Number of Runs"
							},
							{
								"value": "2",
								"name": "At a Time"
							}
						]
					},
					{
						"name": "qiqtStartTime",
						"in": "body",
						"type": "integer",
						"required": true,
						"displayName": "Start Time",
						"description": "When the plan starts",
						"dateFormat": "epochSeconds"
					},
					{
						"name": "qiqtTotalTimes",
						"in": "body",
						"type": "string",
						"required": false,
						"displayName": "Number of Runs",
						"description": "How many times the plan runs; mandatory when it ends after a number of runs",
						"maxLength": 8
					}
				]
			},
			{
				"name": "currentRole",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "User Role",
				"description": "Role of the user"
			},
			{
				"name": "extractionRange",
				"in": "body",
				"type": "object",
				"required": true,
				"displayName": "Sampling Scope",
				"description": "Which calls are sampled for inspection",
				"children": [
					{
						"name": "currentRole",
						"in": "body",
						"type": "string",
						"required": false,
						"displayName": "User Role",
						"description": "Role of the user"
					},
					{
						"name": "fixedColumns",
						"in": "body",
						"type": "object",
						"required": true,
						"displayName": "Sampling Conditions",
						"description": "Conditions of the calls sampled",
						"children": [
							{
								"name": "qualityNum",
								"in": "body",
								"type": "string",
								"required": true,
								"displayName": "Sample Size",
								"description": "Number of calls sampled, at most 10000"
							},
							{
								"name": "qualityType",
								"in": "body",
								"type": "integer",
								"required": true,
								"displayName": "Sampling Type",
								"description": "How the sample size is counted",
								"options": [
									{
										"value": 1,
										"name": "Call Scope"
									},
									{
										"value": 2,
										"name": "Agent Quantity"
									},
									{
										"value": 3,
										"name": "Agent Percentage"
									}
								]
							},
							{
								"name": "durationStart",
								"in": "body",
								"type": "integer",
								"required": false,
								"displayName": "Minimum Call Duration (Ms)",
								"description": "Shortest call duration, in milliseconds"
							},
							{
								"name": "qualityCondition",
								"in": "body",
								"type": "integer",
								"required": true,
								"displayName": "Sampling Status",
								"description": "Whether calls already sampled are included",
								"options": [
									{
										"value": 0,
										"name": "Unlimited"
									},
									{
										"value": 1,
										"name": "Not Sampled"
									},
									{
										"value": 2,
										"name": "Sampled"
									}
								]
							},
							{
								"name": "durationEnd",
								"in": "body",
								"type": "string",
								"required": false,
								"displayName": "Maximum Call Duration (Ms)",
								"description": "Longest call duration, in milliseconds",
								"maxLength": 11
							},
							{
								"name": "maxNum",
								"in": "body",
								"type": "string",
								"required": false,
								"displayName": "Maximum Sample Size",
								"description": "Largest number of calls sampled, at most 10000; mandatory and at least 1 unless the sampling type is agent quantity"
							},
							{
								"name": "scoreEnd",
								"in": "body",
								"type": "string",
								"required": false,
								"displayName": "Maximum Score",
								"description": "Highest machine score of the calls, at most 10000"
							},
							{
								"name": "scoreStart",
								"in": "body",
								"type": "string",
								"required": false,
								"displayName": "Minimum Score",
								"description": "Lowest machine score of the calls, at most 10000"
							},
							{
								"name": "staffIds",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"displayName": "Agent IDs",
								"description": "Agents whose calls are sampled"
							},
							{
								"name": "interactionType",
								"in": "body",
								"type": "integer",
								"required": true,
								"displayName": "Inspection Type",
								"description": "Kind of interactions sampled",
								"options": [
									{
										"value": 0,
										"name": "Recording"
									},
									{
										"value": 1,
										"name": "Text"
									}
								]
							}
						]
					},
					{
						"name": "userId",
						"in": "body",
						"type": "string",
						"required": false,
						"displayName": "User ID",
						"description": "ID of the user"
					}
				]
			},
			{
				"name": "qiqtName",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Plan Name",
				"description": "Name of the scheduled sampling plan",
				"maxLength": 64
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "User ID",
				"description": "ID of the user"
			},
			{
				"name": "qiqtId",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Scheduled Plan",
				"description": "Scheduled sampling plan to change",
				"maxLength": 20,
				"lookup": {
					"section": "12.2.13.5",
					"valuePath": "qiqtId",
					"labelPath": "qiqtName"
				}
			}
		],
		"result": {},
		"example": {
			"extractionRange": {
				"customColumns": null,
				"fixedColumns": {
					"qualityCondition": 0,
					"qualityType": 1,
					"qualityNum": "100",
					"staffIds": [
						"1661409426478500732"
					],
					"maxNum": "1",
					"scoreStart": "10",
					"scoreEnd": "1100",
					"durationStart": "10",
					"durationEnd": "1000",
					"interactionType": "0"
				},
				"currentRole": "qualityInspector"
			},
			"appointQuality": {
				"setCounts": [
					{
						"personID": "1661409288298190176",
						"count": 0
					}
				],
				"setCountsType": 0
			},
			"cronStructure": {
				"qiqtCycleType": "1",
				"qiqtStartTime": 1661247709,
				"qiqtEndType": "1",
				"qiqtTotalTimes": "1",
				"qiqtEndTime": null
			},
			"qiqtName": "Manual 122",
			"currentRole": "qualityInspector",
			"qiqtId": 16625163654676154000
		}
	},
	{
		"section": "12.2.13.4",
		"title": "POST /CCSQM/rest/ccisqm/v1/regularqualitytask/deleteQualityTask",
		"family": "ccsqm",
		"resource": "regularQualityTask",
		"operation": "delete",
		"name": "Delete",
		"action": "Delete regular quality task",
		"description": "Delete a scheduled sampling plan",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/regularqualitytask/deleteQualityTask",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "regularQualityTaskId",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Scheduled Plan",
				"description": "Scheduled sampling plan to delete",
				"lookup": {
					"section": "12.2.13.5",
					"valuePath": "qiqtId",
					"labelPath": "qiqtName"
				}
			}
		],
		"result": {},
		"example": {
			"regularQualityTaskId": 954637368599307300
		}
	},
	{
		"section": "12.2.13.5",
		"title": "POST /CCSQM/rest/ccisqm/v1/regularqualitytask/queryQualityTask",
		"family": "ccsqm",
		"resource": "regularQualityTask",
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many regular quality tasks",
		"description": "List the scheduled sampling plans",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/regularqualitytask/queryQualityTask",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "page",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Page number, starting at 1",
				"default": 1
			},
			{
				"name": "rows",
				"in": "body",
				"type": "integer",
				"required": true,
				"displayName": "Page Size",
				"description": "Number of records per page"
			}
		],
		"result": {
			"itemsPath": "list",
			"totalPath": "total"
		},
		"example": {
			"page": 1,
			"rows": 10
		},
		"paging": {
			"style": "page",
			"pageField": "page",
			"sizeField": "rows",
			"firstPage": 1
		}
	},
	{
		"section": "12.2.13.6",
		"title": "POST /CCSQM/rest/ccisqm/v1/regularqualitytask/stopQualityTask",
		"family": "ccsqm",
		"resource": "regularQualityTask",
		"operation": "stop",
		"name": "Stop",
		"action": "Stop regular quality task",
		"description": "Suspend a scheduled sampling plan",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/regularqualitytask/stopQualityTask",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "regularQualityTaskId",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Scheduled Plan",
				"description": "Scheduled sampling plan to stop",
				"lookup": {
					"section": "12.2.13.5",
					"valuePath": "qiqtId",
					"labelPath": "qiqtName"
				}
			}
		],
		"result": {},
		"example": {
			"regularQualityTaskId": 954637368599307300
		}
	},
	{
		"section": "12.2.14.1",
		"title": "POST /CCSQM/rest/ccisqm/v1/qualitytask/deleteQualityTask",
		"family": "ccsqm",
		"resource": "qualityTask",
		"operation": "delete",
		"name": "Delete",
		"action": "Delete quality task",
		"description": "Delete a manual review task",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/qualitytask/deleteQualityTask",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "qualityTaskId",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Quality Task ID",
				"description": "ID of the manual review task"
			}
		],
		"result": {},
		"example": {
			"qualityTaskId": "16239245027406915901"
		}
	},
	{
		"section": "12.2.14.2",
		"title": "POST /CCSQM/rest/ccisqm/v1/qualitytask/updateQualityTask",
		"family": "ccsqm",
		"resource": "qualityTask",
		"operation": "update",
		"name": "Update",
		"action": "Update quality task",
		"description": "Change a manual review task: its calls period and sampling conditions",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/qualitytask/updateQualityTask",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "currentRole",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "User Role",
				"description": "Position of the user"
			},
			{
				"name": "startTimeMillis",
				"in": "body",
				"type": "number",
				"required": false,
				"displayName": "Calls From",
				"description": "Start of the period of calls sampled",
				"dateFormat": "epochSeconds"
			},
			{
				"name": "endTimeMillis",
				"in": "body",
				"type": "number",
				"required": false,
				"displayName": "Calls Until",
				"description": "End of the period of calls sampled",
				"dateFormat": "epochSeconds"
			},
			{
				"name": "fixedColumns",
				"in": "body",
				"type": "object",
				"required": false,
				"displayName": "Sampling Conditions",
				"description": "Conditions of the calls sampled",
				"children": [
					{
						"name": "maxNum",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Maximum Sample Size",
						"description": "Largest number of calls sampled",
						"min": 0,
						"max": 10000
					},
					{
						"name": "qualityCondition",
						"in": "body",
						"type": "number",
						"required": true,
						"displayName": "Sampling Status",
						"description": "Whether calls already sampled are included",
						"options": [
							{
								"value": 0,
								"name": "Unlimited"
							},
							{
								"value": 1,
								"name": "Not Sampled"
							},
							{
								"value": 2,
								"name": "Sampled"
							}
						]
					},
					{
						"name": "qualityNum",
						"in": "body",
						"type": "number",
						"required": true,
						"displayName": "Sample Size",
						"description": "Number of calls sampled"
					},
					{
						"name": "qualityType",
						"in": "body",
						"type": "number",
						"required": true,
						"displayName": "Sampling Type",
						"description": "How the sample size is counted",
						"options": [
							{
								"value": 1,
								"name": "Call Scope"
							},
							{
								"value": 2,
								"name": "Agent Quantity"
							},
							{
								"value": 3,
								"name": "Agent Percentage"
							}
						]
					},
					{
						"name": "durationStart",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Minimum Call Duration",
						"description": "Shortest call duration",
						"min": 0,
						"max": 100000000
					},
					{
						"name": "durationEnd",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Maximum Call Duration",
						"description": "Longest call duration",
						"min": 0,
						"max": 100000000
					},
					{
						"name": "staffIds",
						"in": "body",
						"type": "array",
						"itemType": "string",
						"required": false,
						"displayName": "Agent IDs",
						"description": "Agents whose calls are sampled"
					},
					{
						"name": "scoreStart",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Minimum Score",
						"description": "Lowest machine score of the calls",
						"min": 0,
						"max": 10000
					},
					{
						"name": "scoreEnd",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Maximum Score",
						"description": "Highest machine score of the calls",
						"min": 0,
						"max": 10000
					},
					{
						"name": "interactionType",
						"in": "body",
						"type": "integer",
						"required": true,
						"displayName": "Inspection Type",
						"description": "Kind of interactions sampled",
						"options": [
							{
								"value": 0,
								"name": "Voice"
							},
							{
								"value": 2,
								"name": "Text"
							}
						]
					}
				]
			},
			{
				"name": "qualityTask",
				"in": "body",
				"type": "object",
				"required": false,
				"displayName": "Task",
				"description": "The manual review task",
				"children": [
					{
						"name": "planName",
						"in": "body",
						"type": "string",
						"required": true,
						"displayName": "Task Name",
						"description": "Name of the manual review task",
						"maxLength": 32
					},
					{
						"name": "id",
						"in": "body",
						"type": "number",
						"required": true,
						"displayName": "Task ID",
						"description": "ID of the manual review task"
					}
				]
			}
		],
		"shapeNote": "example keys not in the table: customColumns",
		"result": {},
		"example": {
			"customColumns": null,
			"currentRole": "qualityDirector",
			"startTimeMillis": 1623834293,
			"endTimeMillis": 1623920692,
			"fixedColumns": {
				"maxNum": 1,
				"qualityCondition": "0",
				"qualityNum": 100,
				"qualityType": 1,
				"staffIds": []
			},
			"qualityTask": {
				"planName": "css-1623920700092",
				"id": "16239207001133382753"
			}
		}
	},
	{
		"section": "12.2.14.3",
		"title": "POST /CCSQM/rest/ccisqm/v1/qualitytask/terminateQualityTask",
		"family": "ccsqm",
		"resource": "qualityTask",
		"operation": "terminate",
		"name": "Terminate",
		"action": "Terminate quality task",
		"description": "Terminate a manual review task",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/qualitytask/terminateQualityTask",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "qualityTaskId",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Quality Task ID",
				"description": "ID of the manual review task"
			}
		],
		"result": {},
		"example": {
			"qualityTaskId": "16239241148860783173"
		}
	},
	{
		"section": "12.2.14.4",
		"title": "POST /CCSQM/rest/ccisqm/v1/qualitytask/takeEffectQualityTask",
		"family": "ccsqm",
		"resource": "qualityTask",
		"operation": "activate",
		"name": "Activate",
		"action": "Activate quality task",
		"description": "Make a manual review task take effect, now or at a reserved time",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/qualitytask/takeEffectQualityTask",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "type",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "When",
				"description": "When the task takes effect",
				"options": [
					{
						"value": "1",
						"name": "Immediately"
					},
					{
						"value": "2",
						"name": "At Reserved Time"
					}
				]
			},
			{
				"name": "qualityTaskId",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Quality Task ID",
				"description": "ID of the manual review task"
			},
			{
				"name": "reserveTime",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Reserved Time",
				"description": "When the task takes effect",
				"dateFormat": "epochSeconds",
				"requiredWhen": {
					"field": "type",
					"values": [
						"2"
					]
				}
			}
		],
		"result": {},
		"example": {
			"type": 1,
			"reserveTime": "",
			"qualityTaskId": "16239241148860783173"
		}
	},
	{
		"section": "12.2.14.5",
		"title": "POST /CCSQM/rest/ccisqm/v1/qualitytask/queryQualityTask",
		"family": "ccsqm",
		"resource": "qualityTask",
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many quality tasks",
		"description": "List manual review tasks of a period, filtered by name, creator, reviewer and status if given",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/qualitytask/queryQualityTask",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "fixedColumns",
				"in": "body",
				"type": "object",
				"required": false,
				"displayName": "Filters",
				"description": "Conditions the tasks match",
				"children": [
					{
						"name": "fileName",
						"in": "body",
						"type": "string",
						"required": false,
						"displayName": "File Name",
						"description": "Name of the file",
						"maxLength": 32
					},
					{
						"name": "creatOperator",
						"in": "body",
						"type": "string",
						"required": false,
						"displayName": "Creator",
						"description": "Who created the task",
						"maxLength": 32
					},
					{
						"name": "reviewingOfficer",
						"in": "body",
						"type": "string",
						"required": false,
						"displayName": "Reviewer",
						"description": "Reviewer of the task",
						"maxLength": 32
					},
					{
						"name": "status",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Status",
						"description": "Whether the task is in effect"
					},
					{
						"name": "planName",
						"in": "body",
						"type": "string",
						"required": false,
						"displayName": "Task Name",
						"description": "Name of the manual review task",
						"maxLength": 32
					}
				]
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "User ID",
				"description": "ID of the user"
			},
			{
				"name": "currentRole",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "User Role",
				"description": "Role of the user the request is made for, e.g. qualityDirector (inspection supervisor)"
			},
			{
				"name": "startTimeMillis",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Tasks From",
				"description": "Start of the period of the tasks",
				"dateFormat": "epochSeconds"
			},
			{
				"name": "endTimeMillis",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Tasks Until",
				"description": "End of the period of the tasks",
				"dateFormat": "epochSeconds"
			},
			{
				"name": "callStartTimeMillis",
				"in": "body",
				"type": "number",
				"required": false,
				"displayName": "Calls From",
				"description": "Start of the period of the calls",
				"dateFormat": "epochSeconds"
			},
			{
				"name": "callEndTimeMillis",
				"in": "body",
				"type": "number",
				"required": false,
				"displayName": "Calls Until",
				"description": "End of the period of the calls",
				"dateFormat": "epochSeconds"
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Page number, starting at 1",
				"min": 1,
				"default": 1
			},
			{
				"name": "rows",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Page Size",
				"description": "Number of records per page",
				"min": 1,
				"max": 100,
				"default": 1
			}
		],
		"shapeNote": "example keys not in the table: customColumns",
		"result": {
			"itemsPath": "data",
			"totalPath": "total",
			"convention": "auto"
		},
		"example": {
			"customColumns": [],
			"fixedColumns": {
				"fileName": "",
				"creatOperator": "",
				"reviewingOfficer": "",
				"status": null,
				"planName": "",
				"customerPhone": ""
			},
			"currentRole": "qualityDirector",
			"startTimeMillis": 1623319872,
			"endTimeMillis": 1623924672,
			"callStartTimeMillis": null,
			"callEndTimeMillis": null,
			"page": 1,
			"rows": 10
		},
		"paging": {
			"style": "page",
			"pageField": "page",
			"sizeField": "rows",
			"firstPage": 1
		}
	},
	{
		"section": "12.2.14.6",
		"title": "POST /CCSQM/rest/ccisqm/v1/qualitytask/appointQualityTask",
		"family": "ccsqm",
		"resource": "qualityTask",
		"operation": "assign",
		"name": "Assign",
		"action": "Assign quality task",
		"description": "Assign a manual review task to inspectors",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/qualitytask/appointQualityTask",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "qualityTaskId",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Quality Task ID",
				"description": "ID of the manual review task"
			},
			{
				"name": "setCountsType",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Count Type",
				"description": "Type of the inspector assignment; only 1 is accepted",
				"default": 1
			},
			{
				"name": "isTakeEffect",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Take Effect Now",
				"description": "Whether the task takes effect immediately",
				"options": [
					{
						"value": 0,
						"name": "No"
					},
					{
						"value": 1,
						"name": "Yes"
					}
				]
			},
			{
				"name": "setCounts",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"displayName": "Inspectors",
				"description": "Inspectors and how many tasks each gets",
				"children": [
					{
						"name": "personID",
						"in": "body",
						"type": "string",
						"required": true,
						"displayName": "Inspector ID",
						"description": "ID of the inspector"
					},
					{
						"name": "count",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Count",
						"description": "Number of tasks assigned to the inspector"
					}
				]
			}
		],
		"result": {},
		"example": {
			"qualityTaskId": "954645333549048833",
			"setCountsType": 1,
			"isTakeEffect": 0,
			"setCounts": [
				{
					"personID": "1600226476732482572",
					"count": 2
				}
			]
		}
	},
	{
		"section": "12.2.14.7",
		"title": "POST /CCSQM/rest/ccisqm/v1/qualitytask/createQualityTask",
		"family": "ccsqm",
		"resource": "qualityTask",
		"operation": "create",
		"name": "Create",
		"action": "Create quality task",
		"description": "Create a manual review task that samples calls of a period for inspectors to review",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/qualitytask/createQualityTask",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "currentRole",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "User Role",
				"description": "Role of the user the request is made for, e.g. qualityDirector (inspection supervisor)"
			},
			{
				"name": "startTimeMillis",
				"in": "body",
				"type": "number",
				"required": false,
				"displayName": "Calls From",
				"description": "Start of the period of calls sampled",
				"dateFormat": "epochSeconds"
			},
			{
				"name": "endTimeMillis",
				"in": "body",
				"type": "number",
				"required": false,
				"displayName": "Calls Until",
				"description": "End of the period of calls sampled",
				"dateFormat": "epochSeconds"
			},
			{
				"name": "fixedColumns",
				"in": "body",
				"type": "object",
				"required": true,
				"displayName": "Sampling Conditions",
				"description": "Conditions of the calls sampled",
				"children": [
					{
						"name": "maxNum",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Maximum Sample Size",
						"description": "Largest number of calls sampled",
						"min": 0,
						"max": 10000
					},
					{
						"name": "qualityCondition",
						"in": "body",
						"type": "integer",
						"required": false,
						"displayName": "Sampling Status",
						"description": "Whether calls already sampled are included",
						"options": [
							{
								"value": 0,
								"name": "Unlimited"
							},
							{
								"value": 1,
								"name": "Not Sampled"
							},
							{
								"value": 2,
								"name": "Sampled"
							}
						]
					},
					{
						"name": "qualityNum",
						"in": "body",
						"type": "number",
						"required": true,
						"displayName": "Sample Size",
						"description": "Number of calls sampled, more than 1"
					},
					{
						"name": "qualityType",
						"in": "body",
						"type": "number",
						"required": true,
						"displayName": "Sampling Type",
						"description": "How the sample size is counted",
						"options": [
							{
								"value": 1,
								"name": "Call Scope"
							},
							{
								"value": 2,
								"name": "Agent Quantity"
							},
							{
								"value": 3,
								"name": "Agent Percentage"
							}
						]
					},
					{
						"name": "scoreStart",
						"in": "body",
						"type": "integer",
						"required": false,
						"displayName": "Minimum Score",
						"description": "Lowest machine score of the calls",
						"min": 0,
						"max": 10000
					},
					{
						"name": "scoreEnd",
						"in": "body",
						"type": "integer",
						"required": false,
						"displayName": "Maximum Score",
						"description": "Highest machine score of the calls",
						"min": 0,
						"max": 10000
					},
					{
						"name": "durationStart",
						"in": "body",
						"type": "integer",
						"required": false,
						"displayName": "Minimum Call Duration",
						"description": "Shortest call duration",
						"min": 0,
						"max": 100000000
					},
					{
						"name": "durationEnd",
						"in": "body",
						"type": "integer",
						"required": false,
						"displayName": "Maximum Call Duration",
						"description": "Longest call duration",
						"min": 0,
						"max": 100000000
					},
					{
						"name": "staffIds",
						"in": "body",
						"type": "array",
						"itemType": "string",
						"required": false,
						"displayName": "Agent IDs",
						"description": "Agents whose calls are sampled"
					},
					{
						"name": "interactionType",
						"in": "body",
						"type": "integer",
						"required": true,
						"displayName": "Inspection Type",
						"description": "Kind of interactions sampled",
						"options": [
							{
								"value": 0,
								"name": "Voice"
							},
							{
								"value": 2,
								"name": "Text"
							}
						]
					}
				]
			},
			{
				"name": "qualityTask",
				"in": "body",
				"type": "object",
				"required": true,
				"displayName": "Task",
				"description": "The manual review task",
				"children": [
					{
						"name": "planName",
						"in": "body",
						"type": "string",
						"required": true,
						"displayName": "Task Name",
						"description": "Name of the manual review task",
						"maxLength": 32
					}
				]
			}
		],
		"shapeNote": "example keys not in the table: customColumns",
		"result": {},
		"example": {
			"customColumns": null,
			"currentRole": "qualityDirector",
			"startTimeMillis": "",
			"endTimeMillis": "",
			"fixedColumns": {
				"maxNum": 10,
				"qualityCondition": 0,
				"qualityNum": 100,
				"qualityType": 1,
				"scoreStart": 10,
				"scoreEnd": 120,
				"staffIds": []
			},
			"qualityTask": {
				"planName": "234"
			}
		}
	},
	{
		"section": "12.2.15.1",
		"title": "POST /CCSQM/rest/ccisqm/v1/qualitytask/modifyResultQualityTask",
		"family": "ccsqm",
		"resource": "qualityTaskDetail",
		"operation": "updateResult",
		"name": "Update Result",
		"action": "Update quality task call result",
		"description": "Change the inspection result of a rule for a call of a manual review task",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/qualitytask/modifyResultQualityTask",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "isGroup",
				"in": "body",
				"type": "boolean",
				"required": true,
				"displayName": "Call Group",
				"description": "Whether the call is in a call group"
			},
			{
				"name": "ruleType",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Rule Type",
				"description": "Type of the rule",
				"options": [
					{
						"value": 10,
						"name": "Conversation Rule"
					},
					{
						"value": 11,
						"name": "Silence Rule"
					},
					{
						"value": 12,
						"name": "Speed Rule"
					},
					{
						"value": 13,
						"name": "Interruption Rule"
					},
					{
						"value": 60,
						"name": "Sensitive Word Rule"
					}
				]
			},
			{
				"name": "taskId",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Task ID",
				"description": "ID of the manual review task"
			},
			{
				"name": "uuid",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Call UUID",
				"description": "UUID of the call"
			},
			{
				"name": "ruleInfo",
				"in": "body",
				"type": "object",
				"required": true,
				"displayName": "Rule Result",
				"description": "The rule and its new result",
				"children": [
					{
						"name": "description",
						"in": "body",
						"type": "string",
						"required": true,
						"displayName": "Remarks",
						"description": "Remarks on the result"
					},
					{
						"name": "revise",
						"in": "body",
						"type": "number",
						"required": true,
						"displayName": "Result",
						"description": "Result of the rule",
						"options": [
							{
								"value": 1,
								"name": "Valid"
							},
							{
								"value": 0,
								"name": "Invalid"
							}
						]
					},
					{
						"name": "reviselId",
						"in": "body",
						"type": "number",
						"required": true,
						"displayName": "Rule ID",
						"description": "ID of the rule"
					}
				]
			}
		],
		"result": {},
		"example": {
			"isGroup": false,
			"ruleType": 60,
			"taskId": "951849982538539011",
			"uuid": "6e587bea-d752-4cd7-8ce4-96b6e4c9258a",
			"ruleInfo": {
				"description": "5454",
				"revise": 1,
				"reviselid": "sentitiveWordRule735bd2f5-0037-4b22-8eb5-49e354e3bac9"
			}
		},
		"shapeNote": "Kept reviselId as printed: no vendor page found; it may be a misreading of reviseId."
	},
	{
		"section": "12.2.15.2",
		"title": "POST /CCSQM/rest/ccisqm/v1/qualitytask/completeQualityTask",
		"family": "ccsqm",
		"resource": "qualityTaskDetail",
		"operation": "complete",
		"name": "Complete",
		"action": "Complete quality task call",
		"description": "Mark the review of a call of a manual review task as complete",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/qualitytask/completeQualityTask",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "isGroup",
				"in": "body",
				"type": "boolean",
				"required": true,
				"displayName": "Call Group",
				"description": "Whether the call is in a call group"
			},
			{
				"name": "callId",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Call ID",
				"description": "ID of the call"
			},
			{
				"name": "callGroupId",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Call Group ID",
				"description": "ID of the call group"
			},
			{
				"name": "qualityTaskCallId",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Task Call ID",
				"description": "ID of the call in the task"
			}
		],
		"result": {},
		"example": {
			"isGroup": false,
			"callId": "951849808525254658",
			"callGroupId": null,
			"qualityTaskCallId": "951849808189710338"
		}
	},
	{
		"section": "12.2.15.3",
		"title": "POST /CCSQM/rest/ccisqm/v1/qualitytask/callsQualityTask",
		"family": "ccsqm",
		"resource": "qualityTaskDetail",
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many quality task calls",
		"description": "List the calls of a manual review task with their inspection and review status",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/qualitytask/callsQualityTask",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "currentRole",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "User Role",
				"description": "Role of the user the request is made for, e.g. qualityDirector (inspection supervisor)"
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Page number, starting at 1",
				"default": 1
			},
			{
				"name": "rows",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Page Size",
				"description": "Number of records per page"
			},
			{
				"name": "fixedColumns",
				"in": "body",
				"type": "object",
				"required": true,
				"displayName": "Filters",
				"description": "The task and conditions the calls match",
				"children": [
					{
						"name": "planCode",
						"in": "body",
						"type": "string",
						"required": true,
						"displayName": "Task Code",
						"description": "Code of the manual review task",
						"maxLength": 128
					},
					{
						"name": "showReviewingOfficer",
						"in": "body",
						"type": "boolean",
						"required": false,
						"displayName": "Reviewer Tasks Only",
						"description": "Whether to show only the tasks assigned to reviewers"
					},
					{
						"name": "inspectStatus",
						"in": "body",
						"type": "string",
						"required": false,
						"displayName": "Inspection Status",
						"description": "Inspection status of the calls: -1, 0, 1 or 3"
					},
					{
						"name": "inspector",
						"in": "body",
						"type": "string",
						"required": false,
						"displayName": "Inspector",
						"description": "Inspector of the calls",
						"maxLength": 256
					},
					{
						"name": "fileName",
						"in": "body",
						"type": "string",
						"required": false,
						"displayName": "File Name",
						"description": "Name of the file",
						"maxLength": 256
					},
					{
						"name": "reviewingOfficer",
						"in": "body",
						"type": "string",
						"required": false,
						"displayName": "Reviewer",
						"description": "Reviewer of the calls",
						"maxLength": 256
					},
					{
						"name": "reviewingStates",
						"in": "body",
						"type": "string",
						"required": false,
						"displayName": "Review Status",
						"description": "Review status of the calls: -1, 0, 2 or 3"
					},
					{
						"name": "staff",
						"in": "body",
						"type": "string",
						"required": false,
						"displayName": "Agent",
						"description": "Agent of the calls",
						"maxLength": 256
					},
					{
						"name": "durationFrom",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Minimum Duration",
						"description": "Shortest call duration"
					},
					{
						"name": "durationTo",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Maximum Duration",
						"description": "Longest call duration"
					}
				]
			}
		],
		"result": {
			"itemsPath": "data",
			"totalPath": "total"
		},
		"example": {
			"currentRole": "qualityDirector",
			"page": 1,
			"rows": 10,
			"fixedColumns": {
				"planCode": "125092321715122176",
				"showReviewingOfficer": false,
				"inspectStatus": "5"
			}
		},
		"paging": {
			"style": "page",
			"pageField": "page",
			"sizeField": "rows",
			"firstPage": 1
		}
	},
	{
		"section": "12.2.16.1",
		"title": "POST /CCSQM/rest/ccisqm/v1/qualityitem/reassignQualityTask",
		"family": "ccsqm",
		"resource": "qualityItem",
		"operation": "reassign",
		"name": "Reassign",
		"action": "Reassign quality item",
		"description": "Reassign an appeal to another handler",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/qualityitem/reassginQualityTask",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "handler",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Handler ID",
				"description": "ID of the new handler"
			},
			{
				"name": "qualityTaskInfoId",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Quality Item ID",
				"description": "ID of the inspection task"
			},
			{
				"name": "role",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Role",
				"description": "Role of the new handler",
				"options": [
					{
						"value": "qualityDirector",
						"name": "Inspection Supervisor"
					},
					{
						"value": "qualityGroupLeader",
						"name": "Inspection Leader"
					},
					{
						"value": "qualityInspector",
						"name": "Inspector"
					},
					{
						"value": "tableDirector",
						"name": "Agent Supervisor"
					},
					{
						"value": "tableGroupLeader",
						"name": "Agent Leader"
					},
					{
						"value": "tableStaff",
						"name": "Agent"
					}
				]
			}
		],
		"shapeNote": "example keys not in the table: auditOperation, assignee, taskInfold Field \"qualityTaskInfold\" kept as printed: the table and the request example both spell it so. The path keeps the reference's spelling \"reassginQualityTask\". Vendor evidence: qualityTaskInfoId (the PDF prints qualityTaskInfold): an I/l misreading of ...InfoId; no vendor page found.",
		"result": {},
		"example": {
			"qualityTaskInfold": "16239231508327803347",
			"handler": "1623924821759623386",
			"role": "qualityDirector",
			"auditOperation": "reassign",
			"assignee": "1623924821759623386",
			"taskInfold": "16239231508327803347"
		}
	},
	{
		"section": "12.2.16.2",
		"title": "POST /CCSQM/rest/ccisqm/v1/qualityitem/modifyQualityItemResult",
		"family": "ccsqm",
		"resource": "qualityItem",
		"operation": "updateResult",
		"name": "Update Result",
		"action": "Update quality item result",
		"description": "Change the rating result of a rule in an inspection task",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/qualityitem/modifyQualityItemResult",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "isGroup",
				"in": "body",
				"type": "boolean",
				"required": false,
				"displayName": "Associated Call",
				"description": "Whether the call is an associated call, not a common call"
			},
			{
				"name": "qualityItemId",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Quality Item ID",
				"description": "ID of the inspection task"
			},
			{
				"name": "qualityItemType",
				"in": "body",
				"type": "number",
				"required": false,
				"displayName": "Quality Item Type",
				"description": "Type of the inspection task",
				"options": [
					{
						"value": 1,
						"name": "Problem"
					},
					{
						"value": 2,
						"name": "Appeal"
					}
				]
			},
			{
				"name": "ruleInfo",
				"in": "body",
				"type": "object",
				"required": false,
				"displayName": "Rule Result",
				"description": "The rule and its new result",
				"children": [
					{
						"name": "reviselId",
						"in": "body",
						"type": "string",
						"required": false,
						"displayName": "Result ID",
						"description": "ID of the rating result to change"
					},
					{
						"name": "revise",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Result",
						"description": "New result of the rule",
						"options": [
							{
								"value": 1,
								"name": "Valid"
							},
							{
								"value": 0,
								"name": "Invalid"
							}
						]
					},
					{
						"name": "description",
						"in": "body",
						"type": "string",
						"required": false,
						"displayName": "Remarks",
						"description": "Description of the change"
					}
				]
			},
			{
				"name": "ruleType",
				"in": "body",
				"type": "number",
				"required": false,
				"displayName": "Rule Type",
				"description": "Type of the rule",
				"options": [
					{
						"value": 10,
						"name": "Conversation Rule"
					},
					{
						"value": 11,
						"name": "Silence Rule"
					},
					{
						"value": 12,
						"name": "Speed Rule"
					},
					{
						"value": 13,
						"name": "Interruption Rule"
					},
					{
						"value": 60,
						"name": "Sensitive Word Rule"
					}
				]
			},
			{
				"name": "uuid",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Call Inspection ID",
				"description": "Internal ID of the call inspection"
			}
		],
		"shapeNote": "example keys not in the table: reviselId, reviewResult, modifyRemark, manualRuleScore, groupId Kept reviselId as printed: no vendor page found; it may be a misreading of reviseId.",
		"result": {},
		"example": {
			"qualityItemId": 16239231508327803000,
			"qualityItemType": 2,
			"isGroup": false,
			"ruleType": 11,
			"uuid": "fcbd13e7-ede6-4150-8f20-1867261f313c",
			"reviselId": "silenceRule2ad54b75-7823-45f6-8117-d920510f7195",
			"reviewResult": 0,
			"modifyRemark": "1211",
			"manualRuleScore": 60,
			"groupId": "groupid_2b57d143-aa63-40f1-894b-2e7242c6da47",
			"ruleInfo": {
				"reviselId": "silenceRule2ad54b75-7823-45f6-8117-d920510f7195",
				"revise": 0,
				"description": "111",
				"ruleGroupId": null
			}
		}
	},
	{
		"section": "12.2.16.3",
		"title": "POST /CCSQM/rest/ccisqm/v1/qualityitem/appealItem",
		"family": "ccsqm",
		"resource": "qualityItem",
		"operation": "reviewAppeal",
		"name": "Review Appeal",
		"action": "Review quality item appeal",
		"description": "Approve, reject or assign to someone else an appeal against an inspection",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/qualityitem/appealItem",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "auditOperation",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Decision",
				"description": "What to do with the appeal",
				"options": [
					{
						"value": "back",
						"name": "Reject"
					},
					{
						"value": "pass",
						"name": "Approve"
					},
					{
						"value": "assign",
						"name": "Assign to Others"
					}
				]
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Call Inspection ID",
				"description": "ID of the call inspection"
			},
			{
				"name": "coment",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Remarks",
				"description": "Remarks on the review"
			},
			{
				"name": "taskInfoId",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Quality Item ID",
				"description": "ID of the inspection task"
			},
			{
				"name": "assignee",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Assignee",
				"description": "Who the inspection leader or supervisor assigns the appeal to"
			},
			{
				"name": "role",
				"in": "body",
				"type": "string",
				"required": false,
				"displayName": "Inspector ID",
				"description": "ID of the inspector"
			}
		],
		"shapeNote": "example keys not in the table: comment Field \"taskInfold\" kept as printed: the table and the request example both spell it so. Vendor evidence: taskInfoId (the PDF prints taskInfold): an I/l misreading of ...InfoId; no vendor page found.",
		"result": {},
		"example": {
			"assignee": "1623922081217484235",
			"auditOperation": "pass",
			"callId": "fcbd13e7-ede6-4150-8f20-1867261f313c",
			"comment": "aaa",
			"taskInfold": "16239231508327803347"
		}
	},
	{
		"section": "12.2.16.4",
		"title": "POST /CCSQM/rest/ccisqm/v1/qualityitem/queryQualityItem",
		"family": "ccsqm",
		"resource": "qualityItem",
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many quality items",
		"description": "List inspection tasks (problems and appeals) of a period, filtered by agents, inspectors, type and status if given",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/qualityitem/queryQualityItem",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "fixedColumns",
				"in": "body",
				"type": "object",
				"required": false,
				"displayName": "Filters",
				"description": "Conditions the inspection tasks match",
				"children": [
					{
						"name": "agentUserIds",
						"in": "body",
						"type": "array",
						"required": false,
						"displayName": "Agent User IDs",
						"description": "User IDs of agents of an agent group"
					},
					{
						"name": "qualityUserIds",
						"in": "body",
						"type": "array",
						"required": false,
						"displayName": "Inspector User IDs",
						"description": "User IDs of inspectors of an inspection group"
					},
					{
						"name": "taskType",
						"in": "body",
						"type": "string",
						"required": false,
						"displayName": "Type",
						"description": "Type of the inspection tasks",
						"options": [
							{
								"value": "1",
								"name": "Problem"
							},
							{
								"value": "2",
								"name": "Appeal"
							}
						]
					},
					{
						"name": "taskStatus",
						"in": "body",
						"type": "number",
						"required": false,
						"displayName": "Status",
						"description": "Status of the inspection tasks",
						"options": [
							{
								"value": 21,
								"name": "Reviewing"
							},
							{
								"value": 22,
								"name": "Completed"
							},
							{
								"value": 24,
								"name": "Handling"
							},
							{
								"value": 27,
								"name": "Verifying"
							}
						]
					}
				]
			},
			{
				"name": "startTimeMillis",
				"in": "body",
				"type": "number",
				"required": false,
				"displayName": "From",
				"description": "Start of the period of the inspection tasks",
				"dateFormat": "epochSeconds"
			},
			{
				"name": "endTimeMillis",
				"in": "body",
				"type": "number",
				"required": false,
				"displayName": "Until",
				"description": "End of the period of the inspection tasks",
				"dateFormat": "epochSeconds"
			},
			{
				"name": "rows",
				"in": "body",
				"type": "number",
				"required": false,
				"displayName": "Page Size",
				"description": "Number of records per page",
				"max": 1000000
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Page number, starting at 1; the page size is set by Page Size",
				"min": 1,
				"default": 1
			}
		],
		"result": {
			"itemsPath": "data",
			"totalPath": "total"
		},
		"example": {
			"rows": 10000,
			"page": 1,
			"startTimeMillis": 1623318494,
			"endTimeMillis": 1623923294,
			"fixedColumns": {
				"agentUserIds": [],
				"qualityUserIds": [],
				"taskType": null,
				"taskStatus": null
			}
		},
		"paging": {
			"style": "page",
			"pageField": "page",
			"sizeField": "rows",
			"firstPage": 1
		}
	},
	{
		"section": "12.2.16.5",
		"title": "POST /CCSQM/rest/ccisqm/v1/qualityitem/queryQualityItemDetail",
		"family": "ccsqm",
		"resource": "qualityItem",
		"operation": "get",
		"name": "Get",
		"action": "Get quality item",
		"description": "Get the details of an inspection task",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/qualityitem/queryQualityItemDetail",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "qualityItemId",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Quality Item",
				"description": "Inspection task to get",
				"lookup": {
					"section": "12.2.16.4",
					"valuePath": "id",
					"labelPath": "taskTypeName"
				}
			}
		],
		"result": {},
		"example": {
			"qualityItemId": 16239231508327803000
		}
	},
	{
		"section": "12.2.16.6",
		"title": "POST /CCSQM/rest/ccisqm/v1/qualityitem/queryQualityItemResult",
		"family": "ccsqm",
		"resource": "qualityItem",
		"operation": "getScore",
		"name": "Get Score",
		"action": "Get quality item score",
		"description": "Get the score of an inspection task",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/qualityitem/queryQualityItemResult",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "qualityId",
				"in": "body",
				"type": "number",
				"required": false,
				"displayName": "Quality Item",
				"description": "Inspection task whose score is read",
				"lookup": {
					"section": "12.2.16.4",
					"valuePath": "id",
					"labelPath": "taskTypeName"
				}
			}
		],
		"shapeNote": "example keys not in the table: call_uuid",
		"result": {
			"itemsPath": "."
		},
		"example": {
			"qualityId": 16239231508327803000,
			"call_uuid": "fcbd13e7-ede6-4150-8f20-1867261f313c"
		}
	},
	{
		"section": "12.2.16.7",
		"title": "POST /CCSQM/rest/ccisqm/v1/qualityitem/queryQualityHistory",
		"family": "ccsqm",
		"resource": "qualityItem",
		"operation": "getHistory",
		"name": "Get History",
		"action": "Get quality item history",
		"description": "Get the handling history of an appeal",
		"method": "POST",
		"path": "/apiaccess/CCSQM/rest/ccisqm/v1/qualityitem/queryQualityHistory",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "x-UserId",
				"in": "header",
				"type": "string",
				"required": true,
				"displayName": "Operator ID",
				"description": "User ID of the employee making the request, as shown on the employee management page"
			},
			{
				"name": "qualityTaskInfoId",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Appeal ID",
				"description": "ID of the appeal task"
			}
		],
		"result": {},
		"example": {
			"qualityTaskInfold": "16239231508327803347"
		},
		"shapeNote": "Field \"qualityTaskInfold\" kept as printed: the table and the request example both spell it so. Vendor evidence: qualityTaskInfoId (the PDF prints qualityTaskInfold): an I/l misreading of ...InfoId; no vendor page found."
	},
	{
		"section": "12.2.17.1",
		"title": "POST /CCISQM/rest/ccisqm/v1/openapi/getTextByTaskId",
		"family": "ccsqm",
		"resource": "asrTranscription",
		"operation": "getText",
		"name": "Get Text",
		"action": "Get transcription text",
		"description": "Get the text a recording was converted to, by the ID of the task that converted it",
		"method": "POST",
		"path": "/apiaccess/CCISQM/rest/ccisqm/v1/openapi/getTextByTaskId",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "taskId",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Task ID",
				"description": "ID of a task created within the last three days"
			},
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Language",
				"description": "Language of the recording",
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
			}
		],
		"result": {
			"successCodes": [
				"1010200"
			]
		},
		"example": {
			"language": "zh_CN",
			"taskId": "605d5aff00000927"
		}
	},
	{
		"section": "12.2.17.2",
		"title": "POST /CCISQM/rest/ccisqm/v1/openapi/voice2Text",
		"family": "ccsqm",
		"resource": "asrTranscription",
		"operation": "transcribe",
		"name": "Transcribe",
		"action": "Transcribe recording",
		"description": "Convert a call recording to text; returns the ID of the task, for Get Text",
		"method": "POST",
		"path": "/apiaccess/CCISQM/rest/ccisqm/v1/openapi/voice2Text",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Language",
				"description": "Language of the recording",
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
				"name": "voiceFilePath",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Recording File Path",
				"description": "Path of the recording file"
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Agent ID",
				"description": "ID of the agent of the call"
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Call Start Time",
				"description": "When the call started",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Call End Time",
				"description": "When the call ended",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			}
		],
		"result": {
			"successCodes": [
				"1010200"
			]
		},
		"example": {
			"language": "zh_CN",
			"voiceFilePath": "Y:\\27\\0\\20210201\\1118\\0951044.V3",
			"agentId": 1118,
			"beginTime": "2021-02-01 09:51:07",
			"endTime": "2021-02-01 09:57:57"
		}
	},
	{
		"section": "12.2.17.3",
		"title": "POST /CCISQM/rest/ccisqm/v1/appraisecall/detail",
		"family": "ccsqm",
		"resource": "asrTranscription",
		"operation": "getCallResult",
		"name": "Get Call Result",
		"action": "Get call inspection result",
		"description": "Get the inspection result of a call",
		"method": "POST",
		"path": "/apiaccess/CCISQM/rest/ccisqm/v1/appraisecall/detail",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "call_uuid",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Call ID",
				"description": "ID of the call, as listed by the inspected call list"
			}
		],
		"result": {},
		"example": {
			"call_uuid": "822bbf4d-c4f8-473a-9144-199058375be8"
		}
	},
	{
		"section": "12.2.17.4",
		"title": "POST /CCISQM/rest/ccisqm/v1/appraisecall/credit",
		"family": "ccsqm",
		"resource": "asrTranscription",
		"operation": "getCallScores",
		"name": "Get Call Scores",
		"action": "Get call inspection scores",
		"description": "Get the inspection scores of a call for each business scenario, with the result of each rule",
		"method": "POST",
		"path": "/apiaccess/CCISQM/rest/ccisqm/v1/appraisecall/credit",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "call_uuid",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Call ID",
				"description": "ID of the call"
			}
		],
		"result": {},
		"example": {
			"call_uuid": "822bbf4d-c4f8-473a-9144-199058375be8"
		}
	},
	{
		"section": "12.2.17.5",
		"title": "POST /CCISQM/rest/ccisqm/v1/openapi/qualityInspect",
		"family": "ccsqm",
		"resource": "asrTranscription",
		"operation": "inspect",
		"name": "Inspect",
		"action": "Inspect recording",
		"description": "Create an inspection task for a call recording; returns the call ID, for Get Call Result",
		"method": "POST",
		"path": "/apiaccess/CCISQM/rest/ccisqm/v1/openapi/qualityInspect",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Language",
				"description": "Language of the recording",
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
				"name": "voiceFilePath",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Recording File Path",
				"description": "Path of the recording file"
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "number",
				"required": true,
				"displayName": "Agent ID",
				"description": "ID of the agent of the call"
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Call Start Time",
				"description": "When the call started",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": true,
				"displayName": "Call End Time",
				"description": "When the call ended",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			}
		],
		"result": {
			"successCodes": [
				"1010200"
			]
		},
		"example": {
			"language": "zh_CN",
			"voiceFilePath": "Y:\\27\\0\\20210201\\1118\\0951044.V3",
			"agentId": 1118,
			"beginTime": "2021-02-01 09:51:07",
			"endTime": "2021-02-01 09:57:57"
		}
	}
];
