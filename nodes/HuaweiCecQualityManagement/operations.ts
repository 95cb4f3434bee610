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
		"name": "Interposal (Interruption) Rule"
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
		"name": "Quality Check"
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
		"name": "Quality Task Detail"
	},
	{
		"value": "qualityItem",
		"name": "Quality Item"
	},
	{
		"value": "asrTranscription",
		"name": "ASR Transcription"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "12.2.1.1",
		"title": "POST /CCSQM/rest/ccisqm/v1/appraisescor/createAppraiseScore",
		"family": "ccsqm",
		"resource": "scoreSetting",
		"operation": "createAppraiseScore",
		"name": "Create Appraise Score",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Rule name"
			},
			{
				"name": "lower_bound",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Minimum score"
			},
			{
				"name": "upper_bound",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Maximum score"
			},
			{
				"name": "base",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Start score"
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
		"operation": "applyAppraiseScore",
		"name": "Apply Appraise Score",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique rule ID"
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
		"operation": "removeAppraiseScore",
		"name": "Remove Appraise Score",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique rule ID"
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
		"operation": "queryAppraiseScore",
		"name": "Query Appraise Score",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Offset"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Maximum data volume on each page"
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
		"operation": "modifyAppraiseScore",
		"name": "Modify Appraise Score",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique rule ID"
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Rule name"
			},
			{
				"name": "lower_bound",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Minimum score"
			},
			{
				"name": "upper_bound",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Maximum score"
			},
			{
				"name": "base",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Start score"
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
		"operation": "createSentenceCategory",
		"name": "Create Sentence Category",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Sentence category name"
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
		"operation": "moveSentenceToCategory",
		"name": "Move Sentence To Category",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "sentenceIds",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of a sentence"
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of a category"
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
		"operation": "deleteSentence",
		"name": "Delete Sentence",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "sentence_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of a sentence"
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
		"operation": "querySentence",
		"name": "Query Sentence",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Unique ID of a sentence category. If the ID of a sentence category is transferred, only sentences in the category are queried."
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Page number. Pagination query criterion."
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Number of records on each page. Pagination query criterion. Value range: 5, 10, 20, 50, and 100",
				"min": 5,
				"max": 10
			},
			{
				"name": "keyword",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Query keyword"
			},
			{
				"name": "sentence_id",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Unique ID of a sentence. If the ID of a sentence is transferred, only details about the sentence are returned."
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
		"operation": "querySentenceByCategoryId",
		"name": "Query Sentences By Category ID",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of a sentence category"
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Page number"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Number of records on each page Value range: 5, 10, 20, 50, and 100",
				"min": 5,
				"max": 10
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
		"operation": "updateSentence",
		"name": "Update Sentence",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of a sentence category"
			},
			{
				"name": "sentence_name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Sentence name"
			},
			{
				"name": "sentence_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Sentence ID"
			},
			{
				"name": "tagDataList",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "Semantics and keywords used in a sentence",
				"children": [
					{
						"name": "tag_type",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Tag type • keyword: keyword • dialogue_act: corpus • regular_exp: regular expression",
						"options": [
							{
								"value": "keyword",
								"name": "keyword"
							},
							{
								"value": "dialogue_act",
								"name": "corpus"
							},
							{
								"value": "regular_exp",
								"name": "regular expression"
							}
						]
					},
					{
						"name": "pos_sentences",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"description": "Positive corpuses, keywords, and regular expressions",
						"children": [
							{
								"name": "id",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Unique ID of a corpus"
							},
							{
								"name": "name",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Corpus content"
							}
						]
					},
					{
						"name": "neg_sentences",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"description": "Negative corpuses, which cannot coexist with pos_sentences in one tag object",
						"children": [
							{
								"name": "id",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Unique ID of a corpus"
							},
							{
								"name": "name",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Corpus content"
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
		"operation": "updateSentenceCategory",
		"name": "Update Sentence Category",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "New name of a sentence category"
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of the sentence category to be modified"
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
		"operation": "deleteSentenceCategory",
		"name": "Delete Sentence Category",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of the sentence category to be deleted"
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
		"operation": "querySentenceCategory",
		"name": "Query Sentence Category",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
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
		"operation": "createSentence",
		"name": "Create Sentence",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of a sentence category"
			},
			{
				"name": "sentence_name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Sentence name"
			},
			{
				"name": "tagDataList",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "Semantics and keywords used in a sentence",
				"children": [
					{
						"name": "tag_type",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Tag type ● keyword: keyword ● dialogue_act: corpus ● regular_exp: regular expression",
						"options": [
							{
								"value": "keyword",
								"name": "keyword"
							},
							{
								"value": "dialogue_act",
								"name": "corpus"
							},
							{
								"value": "regular_exp",
								"name": "regular expression"
							}
						]
					},
					{
						"name": "pos_sentences",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"description": "Positive corpuses, keywords, and regular expressions",
						"children": [
							{
								"name": "name",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Positive corpus content"
							}
						]
					},
					{
						"name": "neg_sentences",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": false,
						"description": "Antonym corpuses",
						"children": [
							{
								"name": "name",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Antonym corpus content"
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
		"operation": "deleteSensitiveWord",
		"name": "Delete Sensitive Word",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "sw_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of a sensitive word"
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
		"operation": "querySensitiveWordList",
		"name": "Query Sensitive Word List",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Page number"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Number of records on each page Value range: 5, 10, 20, 50, and 100",
				"min": 5,
				"max": 10
			},
			{
				"name": "keyword",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Keyword of sensitive word names"
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
		"operation": "deleteSensitiveCategory",
		"name": "Delete Sensitive Category",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of a sensitive word category"
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
		"operation": "updateSensitiveWord",
		"name": "Update Sensitive Word",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "sw_name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Sensitive word name"
			},
			{
				"name": "score",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Sensitive word score"
			},
			{
				"name": "exception",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Sensitive word exception",
				"children": [
					{
						"name": "customer",
						"in": "body",
						"type": "array",
						"itemType": "string",
						"required": false,
						"description": "Sentence said by the customer"
					},
					{
						"name": "staff",
						"in": "body",
						"type": "array",
						"itemType": "string",
						"required": false,
						"description": "Sentence said by the agent"
					}
				]
			},
			{
				"name": "sw_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of a sensitive word"
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of a sensitive word category"
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
		"operation": "querySensitiveCategoryList",
		"name": "Query Sensitive Category List",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			}
		],
		"result": {}
	},
	{
		"section": "12.2.3.6",
		"title": "POST /CCSQM/rest/ccisqm/v1/sensitiveWordManage/querySensitiveWordsByCategoryId",
		"family": "ccsqm",
		"resource": "sensitiveWord",
		"operation": "querySensitiveWordsByCategoryId",
		"name": "Query Sensitive Words By Category ID",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of a sensitive word category"
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Page number"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Number of records on each page Value range: 5, 10, 20, 50, and 100",
				"min": 5,
				"max": 10
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
		"operation": "createSensitiveCategory",
		"name": "Create Sensitive Category",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of a sensitive word category"
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
		"operation": "moveSensitiveWordToCategory",
		"name": "Move Sensitive Word To Category",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of a sensitive word category"
			},
			{
				"name": "sensitiveWordIds",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of a sensitive word. Use commas (,) to separate multiple sensitive words."
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
		"operation": "createSensitiveWord",
		"name": "Create Sensitive Word",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "sw_name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Sensitive word name"
			},
			{
				"name": "score",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Sensitive word score"
			},
			{
				"name": "exception",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Sensitive word exception",
				"children": [
					{
						"name": "customer",
						"in": "body",
						"type": "array",
						"itemType": "string",
						"required": false,
						"description": "Sentence said by the customer"
					},
					{
						"name": "staff",
						"in": "body",
						"type": "array",
						"itemType": "string",
						"required": false,
						"description": "Sentence said by the agent"
					}
				]
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of a sensitive word category"
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
		"operation": "updateSensitiveCategory",
		"name": "Update Sensitive Category",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "New name of a sensitive word category"
			},
			{
				"name": "category_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of the sensitive word category to be modified"
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
		"operation": "querySensitiveWordDetail",
		"name": "Query Sensitive Word Detail",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "sw_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of a sensitive word"
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
		"operation": "updateSentenceGroup",
		"name": "Update Sentence Group",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "sentences",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"description": "Sentences used in a script"
			},
			{
				"name": "role",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Role corresponding to a script • any: unlimited • staff: agent • customer: user",
				"options": [
					{
						"value": "any",
						"name": "unlimited"
					},
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
				"name": "position",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Phase in a call • any: unlimited • top: beginning of a call • bottom: end of a call • set: specified phase",
				"options": [
					{
						"value": "any",
						"name": "unlimited"
					},
					{
						"value": "top",
						"name": "beginning of a call"
					},
					{
						"value": "bottom",
						"name": "end of a call"
					},
					{
						"value": "set",
						"name": "specified phase"
					}
				]
			},
			{
				"name": "SGType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Logical operator of a sentence • must: must say • if: if says • must_say: must say • must_not_say: cannot say • then: goes on saying • and: also says",
				"options": [
					{
						"value": "must",
						"name": "must say"
					},
					{
						"value": "must_say",
						"name": "must say"
					},
					{
						"value": "must_not_say",
						"name": "cannot say"
					},
					{
						"value": "then",
						"name": "goes on saying"
					}
				]
			},
			{
				"name": "position_distance",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Offset of a sentence. The value ranges from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "sg_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Script ID"
			},
			{
				"name": "sg_name",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Script name",
				"maxLength": 128
			},
			{
				"name": "dialogue_flow_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Dialog logic ID"
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
		"operation": "getSentenceGroup",
		"name": "Get Sentence Group",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "sg_id",
				"in": "body",
				"type": "json",
				"required": true,
				"description": "Script ID"
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
		"operation": "addSentenceGroup",
		"name": "Add Sentence Group",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "sentences",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"description": "Sentences used in a script"
			},
			{
				"name": "role",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Role corresponding to a script • any: unlimited • staff: agent • customer: user",
				"options": [
					{
						"value": "any",
						"name": "unlimited"
					},
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
				"name": "position",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Phase in a call • any: unlimited • top: beginning of a call • bottom: end of a call • set: specified phase",
				"options": [
					{
						"value": "any",
						"name": "unlimited"
					},
					{
						"value": "top",
						"name": "beginning of a call"
					},
					{
						"value": "bottom",
						"name": "end of a call"
					},
					{
						"value": "set",
						"name": "specified phase"
					}
				]
			},
			{
				"name": "SGType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Logical operator of a sentence • must: must say • if: if says • must_say: must say • must_not_say: cannot say • then: goes on saying • and: also says",
				"options": [
					{
						"value": "must",
						"name": "must say"
					},
					{
						"value": "must_say",
						"name": "must say"
					},
					{
						"value": "must_not_say",
						"name": "cannot say"
					},
					{
						"value": "then",
						"name": "goes on saying"
					}
				]
			},
			{
				"name": "sg_name",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Script name"
			},
			{
				"name": "dialogue_flow_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Dialog logic ID"
			},
			{
				"name": "position_distance",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Offset of a sentence. The value ranges from 1 to 9999.",
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
		"operation": "deleteSentenceGroup",
		"name": "Delete Sentence Group",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "sg_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Script ID"
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
		"operation": "queryTraining",
		"name": "Query Training",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			}
		],
		"result": {}
	},
	{
		"section": "12.2.5.2",
		"title": "POST /CCSQM/rest/ccisqm/v1/semantickeywordtraining/trainTags",
		"family": "ccsqm",
		"resource": "semanticKeywordTraining",
		"operation": "trainTags",
		"name": "Train Tags",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			}
		],
		"result": {}
	},
	{
		"section": "12.2.6.1",
		"title": "POST /CCSQM/rest/ccisqm/v1/conversation-rules/getConversationFlow",
		"family": "ccsqm",
		"resource": "conversationFlow",
		"operation": "getConversationFlow",
		"name": "Get Conversation Flow",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "flow_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Dialog logic ID"
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
		"operation": "deleteConversationFlow",
		"name": "Delete Conversation Flow",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "flow_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Dialog logic ID"
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
		"operation": "updateConversationFlow",
		"name": "Update Conversation Flow",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "sentence_groups",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"description": "Sentence group ID"
			},
			{
				"name": "expression",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Logical relationship expression between sentence groups, for example, must a9d7d3ce37ec4bf0a3ef027cfbe96275 then bc049053f7fa48b688a70c296115b6cc"
			},
			{
				"name": "min",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Number of times a dialog logic occurs"
			},
			{
				"name": "flow_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Dialog logic ID"
			},
			{
				"name": "flow_name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Dialog logic name",
				"maxLength": 128
			},
			{
				"name": "rule_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Dialog rule ID"
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
		"operation": "addConversationFlow",
		"name": "Add Conversation Flow",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "flow_name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Dialog logic name",
				"maxLength": 128
			},
			{
				"name": "min",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Number of times a dialog logic occurs"
			},
			{
				"name": "expression",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Logical relationship expression between scripts in a dialog logic, for example, must a9d7d3ce37ec4bf0a3ef027cfbe96275 (script ID)"
			},
			{
				"name": "rule_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Dialog rule ID"
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
		"operation": "getOneRule",
		"name": "Get One Rule",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "rule_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Rule ID"
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
		"operation": "queryRules",
		"name": "Query Rules",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Number of records on each page. Pagination information."
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Current page number. Pagination information."
			},
			{
				"name": "keyword",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Query keyword",
				"maxLength": 128
			},
			{
				"name": "incompleteOnly",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether to search for complete rules"
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
		"operation": "addRule",
		"name": "Add Rule",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "rule_name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Rule name"
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Rule description",
				"maxLength": 1024
			},
			{
				"name": "severity",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Rule level. The options are normal and critical."
			},
			{
				"name": "score_type",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Score type • valid • invalid"
			},
			{
				"name": "score",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Rule score"
			},
			{
				"name": "method",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "The options are as follows: • positive • negative"
			},
			{
				"name": "min",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Minimum number of dialog logics"
			},
			{
				"name": "other",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Other content",
				"children": [
					{
						"name": "call_from",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Call start timestamp, in seconds"
					},
					{
						"name": "call_end",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Call end timestamp, in seconds"
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
		"operation": "deleteRule",
		"name": "Delete Rule",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "rule_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Rule ID"
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
		"operation": "updateRule",
		"name": "Update Rule",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "severity",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Rule level. The options are normal and critical."
			},
			{
				"name": "rule_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Rule ID"
			},
			{
				"name": "score",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Rule score"
			},
			{
				"name": "other",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Additional conditions",
				"children": [
					{
						"name": "call_end",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Call start timestamp, in seconds"
					},
					{
						"name": "call_from",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Call end timestamp, in seconds"
					}
				]
			},
			{
				"name": "min",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Minimum number of dialog logics"
			},
			{
				"name": "method",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Whether a rule is a positive or negative The options are positive and negative."
			},
			{
				"name": "rule_name",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Rule name"
			},
			{
				"name": "resultCode",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Return code. The value 0405000 indicates success, and other values indicate failure."
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Rule description"
			},
			{
				"name": "resultDesc",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Return description"
			},
			{
				"name": "score_type",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Rule score type"
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
		"operation": "getInterposalRuleById",
		"name": "Get Interposal Rule By ID",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "interposal_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Rule ID"
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
		"operation": "queryInterposalRules",
		"name": "Query Interposal Rules",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Number of records on each page. Pagination information."
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Current page number. Pagination information."
			},
			{
				"name": "keyword",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Query keyword",
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
		"operation": "deleteInterposalRule",
		"name": "Delete Interposal Rule",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "interposal_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Rule ID"
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
		"operation": "addInterposalRule",
		"name": "Add Interposal Rule",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Rule name",
				"maxLength": 64
			},
			{
				"name": "score",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Rule score"
			},
			{
				"name": "seconds",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Maximum duration of crosstalks, in seconds"
			},
			{
				"name": "times",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Maximum number of crosstalks"
			},
			{
				"name": "other",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Inspection conditions",
				"children": [
					{
						"name": "call_end",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "End timestamp of a call, in seconds"
					},
					{
						"name": "call_from",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Start timestamp of a call, in seconds"
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
		"operation": "updateInterposalRule",
		"name": "Update Interposal Rule",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "score",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Rule score"
			},
			{
				"name": "seconds",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Maximum duration of crosstalks, in seconds"
			},
			{
				"name": "times",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Maximum number of crosstalks"
			},
			{
				"name": "other",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Inspection conditions",
				"children": [
					{
						"name": "call_end",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "End timestamp of a call, in seconds"
					},
					{
						"name": "call_from",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Start timestamp of a call, in seconds"
					}
				]
			},
			{
				"name": "interposal_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Interruption rule ID"
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Rule name"
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
		"operation": "querySilenceRule",
		"name": "Query Silence Rule",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "silence_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Silence rule ID"
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
		"operation": "createSilenceRule",
		"name": "Create Silence Rule",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "setting",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Basic silence rule information",
				"children": [
					{
						"name": "name",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Rule name"
					},
					{
						"name": "score",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Rule score Value range: 1-100",
						"min": 1,
						"max": 100
					},
					{
						"name": "seconds",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Silence duration, in seconds Value range: 1-2147483647",
						"min": 1,
						"max": 2147483647
					},
					{
						"name": "times",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Number of silence times Value range: 1-2147483647",
						"min": 1,
						"max": 2147483647
					},
					{
						"name": "other",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Trigger conditions",
						"children": [
							{
								"name": "call_from",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "Start timestamp of a call, in seconds"
							},
							{
								"name": "call_end",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "End timestamp of a call, in seconds"
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
				"description": "Exception settings",
				"children": [
					{
						"name": "before",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Exception settings before silence",
						"children": [
							{
								"name": "staff",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"description": "IDs of sentences said by the agent"
							},
							{
								"name": "customer",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"description": "IDs of sentences said by the customer"
							}
						]
					},
					{
						"name": "after",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Exception settings after silence",
						"children": [
							{
								"name": "staff",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
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
		"operation": "querySilenceRules",
		"name": "Query Silence Rules",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Current page number"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Number of records on each page"
			},
			{
				"name": "keyword",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Query keyword",
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
		"operation": "updateSilenceRule",
		"name": "Update Silence Rule",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "setting",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Basic silence rule information",
				"children": [
					{
						"name": "other",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Trigger conditions",
						"children": [
							{
								"name": "call_from",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "Start timestamp of a call, in seconds"
							},
							{
								"name": "call_end",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "End timestamp of a call, in seconds"
							}
						]
					},
					{
						"name": "score",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Rule score Value range: 1-100",
						"min": 1,
						"max": 100
					},
					{
						"name": "name",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Rule name"
					},
					{
						"name": "seconds",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Silence duration, in seconds Value range: 1-2147483647",
						"min": 1,
						"max": 2147483647
					},
					{
						"name": "times",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Number of silence times Value range: 1-2147483647",
						"min": 1,
						"max": 2147483647
					},
					{
						"name": "silence_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Silence rule ID"
					}
				]
			},
			{
				"name": "exception",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Exception settings",
				"children": [
					{
						"name": "before",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Exception settings before silence",
						"children": [
							{
								"name": "staff",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"description": "IDs of sentences said by the agent"
							},
							{
								"name": "customer",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"description": "IDs of sentences said by the customer"
							}
						]
					},
					{
						"name": "after",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Exception settings after silence",
						"children": [
							{
								"name": "staff",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
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
		"operation": "deleteSilenceRule",
		"name": "Delete Silence Rule",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "silence_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Silence rule ID"
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
		"operation": "addSpeedRule",
		"name": "Add Speed Rule",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "setting",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Basic information",
				"children": [
					{
						"name": "name",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Speed rule name"
					},
					{
						"name": "score",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Points deducted due to violation. The value ranges from 0 to 100.",
						"min": 0,
						"max": 100
					},
					{
						"name": "min",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Minimum speed. The value ranges from 1 to 220.",
						"min": 1,
						"max": 220
					},
					{
						"name": "max",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Maximum speed. The value ranges from 1 to 2147483647.",
						"min": 1,
						"max": 2147483647
					},
					{
						"name": "other",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Trigger conditions",
						"children": [
							{
								"name": "call_from",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "Call start time The value is a timestamp, in seconds."
							},
							{
								"name": "call_end",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "Call end time The value is a timestamp, in seconds."
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
				"description": "Exception settings",
				"children": [
					{
						"name": "under",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "Sentences said by the customer when the speed is less than the minimum limit",
						"children": [
							{
								"name": "customer",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"description": "IDs of sentences said by the customer"
							}
						]
					},
					{
						"name": "over",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "Sentences said by the customer when the speed is greater than the maximum limit",
						"children": [
							{
								"name": "customer",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
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
		"operation": "querySpeedRuleById",
		"name": "Query Speed Rule By ID",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "speed_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Speed rule ID"
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
		"operation": "deleteSpeedRule",
		"name": "Delete Speed Rule",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "speed_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Rule ID"
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
		"operation": "querySpeedRules",
		"name": "Query Speed Rules",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Current page number. Pagination information."
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Number of records on each page. Pagination information."
			},
			{
				"name": "keyword",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Query keyword"
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
		"operation": "updateSpeedRule",
		"name": "Update Speed Rule",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "setting",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Basic information",
				"children": [
					{
						"name": "name",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Speed rule name"
					},
					{
						"name": "score",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Points deducted due to violation. The value ranges from 0 to 100.",
						"min": 0,
						"max": 100
					},
					{
						"name": "min",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Minimum speed, which is the minimum number of words per minute. The value ranges from 1 to 220.",
						"min": 1,
						"max": 220
					},
					{
						"name": "max",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Maximum speed, which is the maximum number of words per minute. The value ranges from 1 to 2147483647.",
						"min": 1,
						"max": 2147483647
					},
					{
						"name": "other",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Trigger conditions (start time and end time)",
						"children": [
							{
								"name": "call_from",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "Call start time, in milliseconds"
							},
							{
								"name": "call_end",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "Call end time, in milliseconds"
							}
						]
					},
					{
						"name": "speed_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Speed rule ID"
					}
				]
			},
			{
				"name": "exception",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Exception settings",
				"children": [
					{
						"name": "under",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "Sentences said by the customer when the speed is less than the minimum limit",
						"children": [
							{
								"name": "customer",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"description": "IDs of sentences said by the customer"
							}
						]
					},
					{
						"name": "over",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "Sentences said by the customer when the speed is greater than the maximum limit",
						"children": [
							{
								"name": "customer",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
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
		"operation": "deleteScenario",
		"name": "Delete Scenario",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "group_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Business scenario ID"
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
		"operation": "updateScenarioStatus",
		"name": "Update Scenario Status",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "group_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Business scenario ID"
			},
			{
				"name": "is_enable",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Whether to enable a business scenario. The options are 0 (no) and 1 (yes).",
				"options": [
					{
						"value": 0,
						"name": "no"
					},
					{
						"value": 1,
						"name": "yes"
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
		"operation": "createScenario",
		"name": "Create Scenario",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "group_name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Business scenario name"
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Business scenario description"
			},
			{
				"name": "ignore_sensitive",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Whether to calculate the points deducted for sensitive words. The options are 0 (yes) and 1 (no). If this parameter is not transferred, the default value 0 is used.",
				"options": [
					{
						"value": 0,
						"name": "yes"
					},
					{
						"value": 1,
						"name": "no"
					}
				]
			},
			{
				"name": "other",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Call filter conditions of a scenario",
				"children": [
					{
						"name": "call_end",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Call end time. The value is a timestamp, in seconds."
					},
					{
						"name": "call_from",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Call start time. The value is a timestamp, in seconds."
					}
				]
			},
			{
				"name": "interaction_type",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Inspection type • 0 or empty: voice • 2: multimedia"
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
		"operation": "queryScenario",
		"name": "Query Scenario",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "group_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Business scenario ID"
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
		"operation": "updateScenario",
		"name": "Update Scenario",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "group_id",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Business scenario ID"
			},
			{
				"name": "group_name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Business scenario name"
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Business scenario description"
			},
			{
				"name": "is_enable",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Whether to enable a business scenario. The options are 0 (no) and 1 (yes).",
				"options": [
					{
						"value": 0,
						"name": "no"
					},
					{
						"value": 1,
						"name": "yes"
					}
				]
			},
			{
				"name": "ignore_sensitive",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Whether to calculate the points deducted for sensitive words. The options are 0 (yes) and 1 (no). If this parameter is not transferred, the default value 0 is used.",
				"options": [
					{
						"value": 0,
						"name": "yes"
					},
					{
						"value": 1,
						"name": "no"
					}
				]
			},
			{
				"name": "other",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Call filter conditions of a scenario",
				"children": [
					{
						"name": "call_end",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Call end time. The value is a timestamp, in seconds."
					},
					{
						"name": "call_from",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Call start time. The value is a timestamp, in seconds."
					}
				]
			},
			{
				"name": "rules",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"description": "Dialog rules. Use commas (,) to separate multiple rules."
			},
			{
				"name": "silence_rules",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"description": "Silence rules. Use commas (,) to separate multiple rules."
			},
			{
				"name": "speed_rules",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"description": "Speed rules. Use commas (,) to separate multiple rules."
			},
			{
				"name": "interposal_rules",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": false,
				"description": "Interruption rules. Use commas (,) to separate multiple rules."
			},
			{
				"name": "interaction_type",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Inspection type • 0 or empty: voice • 2: multimedia"
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
		"operation": "queryAllScenario",
		"name": "Query All Scenario",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "limit",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Number of records on each page"
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Page number"
			},
			{
				"name": "scenarioName",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Business scenario name"
			},
			{
				"name": "scenarioStatus",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Whether to enable a business scenario. The options are 0 (no) and 1 (yes).",
				"options": [
					{
						"value": "0",
						"name": "no"
					},
					{
						"value": "1",
						"name": "yes"
					}
				]
			},
			{
				"name": "startTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Creation start time"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Creation end time"
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
		"operation": "queryInspectedCalls",
		"name": "Query Inspected Calls (Details)",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "call_from",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Call start time The value is a timestamp, in seconds."
			},
			{
				"name": "call_to",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Call end time The value is a timestamp, in seconds."
			},
			{
				"name": "call_types",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Call file type ● 0: voice ● 2: text",
				"options": [
					{
						"value": 0,
						"name": "voice"
					},
					{
						"value": 2,
						"name": "text"
					}
				]
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of records on each page"
			},
			{
				"name": "page",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Page number"
			},
			{
				"name": "status",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": true,
				"description": "Inspection status ● 0: The call is waiting for inspection. ● 1: The inspection is in progress. ● 2: The inspection is successful. ● 3: The ASR is in progress. ● 9: The inspection fails. An error occurs, or the data volume of inspection audio files or the number of daily inspection files reaches the upper limit. ● 31: The voice content of the ASR result is empty. ● 32: The ASR fails. ● 33: The v...",
				"options": [
					{
						"value": 0,
						"name": "The call is waiting for inspection"
					},
					{
						"value": 1,
						"name": "The inspection is in progress"
					},
					{
						"value": 2,
						"name": "The inspection is successful"
					},
					{
						"value": 3,
						"name": "The ASR is in progress"
					},
					{
						"value": 9,
						"name": "The inspection fails. An error occurs, or the data volume of inspection audio files or the number of daily inspection files reaches the upper limit"
					},
					{
						"value": 31,
						"name": "The voice content of the ASR result is empty"
					},
					{
						"value": 32,
						"name": "The ASR fails"
					},
					{
						"value": 33,
						"name": "The voice file fails to be uploaded to the ASR"
					},
					{
						"value": 34,
						"name": "The iFLYTEK ASR result transfer task fails to be submitted"
					},
					{
						"value": 35,
						"name": "The multimedia inspection task fails to be executed"
					},
					{
						"value": 36,
						"name": "The TUC inspection fails"
					},
					{
						"value": 37,
						"name": "The ASR fails to convert the voice file to a text file"
					},
					{
						"value": 38,
						"name": "The inspection result fails to be updated"
					},
					{
						"value": 39,
						"name": "The inspection task fails to be executed"
					},
					{
						"value": 40,
						"name": "The voice file is invalid"
					}
				]
			},
			{
				"name": "keyword",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Dialog keyword"
			},
			{
				"name": "staff_id",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "User ID of an agent You can sign in to the system and go to the agent management page to view the value of accountId returned by an interface."
			},
			{
				"name": "staff_name",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Agent name"
			},
			{
				"name": "upload_from",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Call upload start time"
			},
			{
				"name": "upload_to",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Call upload end time"
			},
			{
				"name": "duration_min",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Minimum call duration"
			},
			{
				"name": "duration_max",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Maximum call duration"
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
		"operation": "getInspectedCall",
		"name": "Get Inspected Call (Detail)",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "call_uuid",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call ID You can obtain the value of call_uuid from the result returned by the details interface."
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
		"resource": "qualityCheck",
		"operation": "createInspectionCall",
		"name": "Create Inspection Call (Not Supported)",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "call_time",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Call time"
			},
			{
				"name": "call_type",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Call file type"
			},
			{
				"name": "file_name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the file to be uploaded"
			},
			{
				"name": "staff_id",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "User ID of an agent You can sign in to the system and go to the agent management page to view the value of accountId returned by an interface."
			},
			{
				"name": "staff_name",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Agent name"
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
		"operation": "complain",
		"name": "Complain About Inspection",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "callGroupId",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Call business rule ID"
			},
			{
				"name": "callId",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Call ID"
			},
			{
				"name": "isGroup",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether a call is an associated call"
			},
			{
				"name": "leaderRole",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Position of the leader to whom an appeal is submitted"
			},
			{
				"name": "leaderUUID",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the leader to whom an appeal is submitted"
			},
			{
				"name": "taskDescription",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Reason for an appeal"
			},
			{
				"name": "chooseRuleGroupList",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "List of rules to be appealed against",
				"children": [
					{
						"name": "ruleGroupId",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Rule ID"
					},
					{
						"name": "reviselIdList",
						"in": "body",
						"type": "array",
						"itemType": "string",
						"required": true,
						"description": "List of rules to be appealed against"
					}
				]
			},
			{
				"name": "callType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "File/Interaction type"
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
		"operation": "addRegularQualityTask",
		"name": "Add Regular Quality Task",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "appointQuality",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Inspectors to be assigned",
				"children": [
					{
						"name": "setCounts",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": true,
						"description": "Inspectors",
						"children": [
							{
								"name": "count",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "Quantity. The value can contain a maximum of eight characters. When setCountsType is not set to 2, count is mandatory. When setCountsType is set to 2, the sum of all counts in setCounts is 100."
							},
							{
								"name": "personID",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Inspector ID. The value can contain a maximum of 64 characters.",
								"maxLength": 64
							}
						]
					},
					{
						"name": "setCountsType",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Quantity type. The options are 0 (on average) and 2 (by percentage).",
						"options": [
							{
								"value": 0,
								"name": "on average"
							},
							{
								"value": 2,
								"name": "by percentage"
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
				"description": "Period",
				"children": [
					{
						"name": "qiqtCycleType",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Repetition mode. The options are 1 (daily), 2 (weekly), and 3 (monthly).",
						"options": [
							{
								"value": "1",
								"name": "daily"
							},
							{
								"value": "2",
								"name": "weekly"
							}
						]
					},
					{
						"name": "qiqtEndTime",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "End time, in seconds. This parameter is valid when qiqtEndType is set to 2. The value can contain a maximum of 10 digits."
					},
					{
						"name": "qiqtEndType",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "End condition. The options are 1 (number of times) and 2 (time).",
						"options": [
							{
								"value": "1",
								"name": "number of times"
							},
							{
								"value": "2",
								"name": "time"
							}
						]
					},
					{
						"name": "qiqtStartTime",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Start time, in seconds. The value can contain a maximum of 10 characters."
					},
					{
						"name": "qiqtTotalTimes",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Number of times a scheduled task is executed. The value can contain a maximum of eight characters. When qiqtEndType is set to 1, qiqtTotalTimes is mandatory."
					}
				]
			},
			{
				"name": "currentRole",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "User role"
			},
			{
				"name": "extractionRange",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Sample inspection scope",
				"children": [
					{
						"name": "currentRole",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "User role"
					},
					{
						"name": "fixedColumns",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "Sample inspection scope",
						"children": [
							{
								"name": "qualityType",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Sample inspection type. The options are 1 (call scope), 2 (agent quantity), and 3 (agent percentage).",
								"options": [
									{
										"value": 1,
										"name": "call scope"
									},
									{
										"value": 2,
										"name": "agent quantity"
									}
								]
							},
							{
								"name": "durationStart",
								"in": "body",
								"type": "integer",
								"required": false,
								"description": "Minimum call duration, in milliseconds. The value can contain a maximum of 11 characters."
							},
							{
								"name": "qualityNum",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Sample inspection quantity. The value can contain a maximum of eight characters."
							},
							{
								"name": "qualityCondition",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Sample inspection status. The options are 0 (unlimited), 1 (not sampled), and 2 (sampled).",
								"options": [
									{
										"value": 0,
										"name": "unlimited"
									},
									{
										"value": 1,
										"name": "not sampled"
									}
								]
							},
							{
								"name": "durationEnd",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Maximum call duration, in milliseconds. The value can contain a maximum of 11 characters.",
								"maxLength": 11
							},
							{
								"name": "maxNum",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Maximum sample inspection quantity. The value can contain a maximum of eight characters. When qualityType is not set to 2, maxNum is mandatory and must be greater than or equal to 1."
							},
							{
								"name": "scoreEnd",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Maximum score. The maximum value is 10000."
							},
							{
								"name": "scoreStart",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Minimum score. The maximum value is 10000."
							},
							{
								"name": "staffIds",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"description": "Agents"
							},
							{
								"name": "interactionType",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Interaction type. The options are as follows: ● 0: recording ● 1: text",
								"options": [
									{
										"value": 0,
										"name": "recording"
									},
									{
										"value": 1,
										"name": "text"
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
						"description": "User ID"
					}
				]
			},
			{
				"name": "qiqtName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Plan name. The value can contain a maximum of 64 characters.",
				"maxLength": 64
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "User ID"
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
		"operation": "beginRegularQualityTask",
		"name": "Begin Regular Quality Task",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "regularQualityTaskId",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Sample inspection task ID. The value can contain a maximum of 20 characters."
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
		"operation": "updateRegularQualityTask",
		"name": "Update Regular Quality Task",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "appointQuality",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Inspectors to be assigned",
				"children": [
					{
						"name": "setCounts",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": true,
						"description": "Inspectors",
						"children": [
							{
								"name": "count",
								"in": "body",
								"type": "number",
								"required": false,
								"description": "Quantity When setCountsType is not set to 2, count is mandatory. When setCountsType is set to 2, the sum of all counts in setCounts is 100."
							},
							{
								"name": "personID",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Inspector ID"
							}
						]
					},
					{
						"name": "setCountsType",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Quantity type. The options are 0 (on average) and 2 (by percentage).",
						"options": [
							{
								"value": 0,
								"name": "on average"
							},
							{
								"value": 2,
								"name": "by percentage"
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
				"description": "Period",
				"children": [
					{
						"name": "qiqtCycleType",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Repetition mode. The options are 1 (daily), 2 (weekly), and 3 (monthly).",
						"options": [
							{
								"value": "1",
								"name": "daily"
							},
							{
								"value": "2",
								"name": "weekly"
							}
						]
					},
					{
						"name": "qiqtEndTime",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "End time, in seconds. This parameter is valid when qiqtEndType is set to 2. The value can contain a maximum of 10 digits."
					},
					{
						"name": "qiqtEndType",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "End condition. The options are 1 (number of times) and 2 (time).",
						"options": [
							{
								"value": "1",
								"name": "number of times"
							},
							{
								"value": "2",
								"name": "time"
							}
						]
					},
					{
						"name": "qiqtStartTime",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Start time, in seconds. The value can contain a maximum of 10 characters."
					},
					{
						"name": "qiqtTotalTimes",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Total number of times. The value can contain a maximum of eight characters. When qiqtEndType is set to 1, qiqtTotalTimes is mandatory."
					}
				]
			},
			{
				"name": "currentRole",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "User role"
			},
			{
				"name": "extractionRange",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Sample inspection scope",
				"children": [
					{
						"name": "currentRole",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "User role"
					},
					{
						"name": "fixedColumns",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "Sample inspection scope",
						"children": [
							{
								"name": "qualityNum",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Sample inspection quantity. The maximum value is 10000."
							},
							{
								"name": "qualityType",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Sample inspection type. The options are 1 (call scope), 2 (agent quantity), and 3 (agent percentage).",
								"options": [
									{
										"value": 1,
										"name": "call scope"
									},
									{
										"value": 2,
										"name": "agent quantity"
									}
								]
							},
							{
								"name": "durationStart",
								"in": "body",
								"type": "integer",
								"required": false,
								"description": "Minimum call duration, in milliseconds. The value can contain a maximum of 11 characters."
							},
							{
								"name": "qualityCondition",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Sample inspection status. The options are 0 (unlimited), 1 (not sampled), and 2 (sampled).",
								"options": [
									{
										"value": 0,
										"name": "unlimited"
									},
									{
										"value": 1,
										"name": "not sampled"
									}
								]
							},
							{
								"name": "durationEnd",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Maximum call duration, in milliseconds. The value can contain a maximum of 11 characters.",
								"maxLength": 11
							},
							{
								"name": "maxNum",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Maximum sample inspection quantity. The maximum value is 10000. When qualityType is not set to 2, maxNum is mandatory and must be greater than or equal to 1."
							},
							{
								"name": "scoreEnd",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Maximum score. The maximum value is 10000."
							},
							{
								"name": "scoreStart",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Minimum score. The maximum value is 10000."
							},
							{
								"name": "staffIds",
								"in": "body",
								"type": "array",
								"itemType": "string",
								"required": false,
								"description": "Agents"
							},
							{
								"name": "interactionType",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Inspection type ● 0: recording ● 1: text",
								"options": [
									{
										"value": 0,
										"name": "recording"
									},
									{
										"value": 1,
										"name": "text"
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
						"description": "User ID"
					}
				]
			},
			{
				"name": "qiqtName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Sample inspection task name. The value can contain a maximum of 64 characters.",
				"maxLength": 64
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "User ID"
			},
			{
				"name": "qiqtId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of a scheduled sample inspection plan. The value can contain a maximum of 20 characters. The value is the same as those of regularQualityTaskId and qiqId.",
				"maxLength": 20
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
		"operation": "deleteRegularQualityTask",
		"name": "Delete Regular Quality Task",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "regularQualityTaskId",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Sample inspection task ID. The value can contain a maximum of 20 characters."
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
		"operation": "queryRegularQualityTask",
		"name": "Query Regular Quality Tasks",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "page",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Page number"
			},
			{
				"name": "rows",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of records on each page"
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
		"operation": "stopRegularQualityTask",
		"name": "Stop Regular Quality Task",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "regularQualityTaskId",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Sample inspection task ID. The value can contain a maximum of 20 characters."
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
		"operation": "deleteQualityTask",
		"name": "Delete Quality Task",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "qualityTaskId",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Task ID"
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
		"operation": "updateQualityTask",
		"name": "Update Quality Task",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "currentRole",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "User position"
			},
			{
				"name": "startTimeMillis",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Call start time"
			},
			{
				"name": "endTimeMillis",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Call end time"
			},
			{
				"name": "fixedColumns",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Sample inspection details",
				"children": [
					{
						"name": "maxNum",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Maximum sample inspection quantity. The value ranges from 0 to 10000.",
						"min": 0,
						"max": 10000
					},
					{
						"name": "qualityCondition",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Sample inspection status. The options are 0, 1, and 2."
					},
					{
						"name": "qualityNum",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Sample inspection quantity"
					},
					{
						"name": "qualityType",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Sample inspection quantity type. The options are 1, 2, and 3."
					},
					{
						"name": "durationStart",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Minimum call duration. The value ranges from 0 to 100000000.",
						"min": 0,
						"max": 100000000
					},
					{
						"name": "durationEnd",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Maximum call duration. The value ranges from 0 to 100000000.",
						"min": 0,
						"max": 100000000
					},
					{
						"name": "staffIds",
						"in": "body",
						"type": "array",
						"itemType": "string",
						"required": false,
						"description": "Agent list"
					},
					{
						"name": "scoreStart",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Minimum machine score. The value ranges from 0 to 10000.",
						"min": 0,
						"max": 10000
					},
					{
						"name": "scoreEnd",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Maximum machine score. The value ranges from 0 to 10000.",
						"min": 0,
						"max": 10000
					},
					{
						"name": "interactionType",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Inspection type ● 0: voice ● 2: text",
						"options": [
							{
								"value": 0,
								"name": "voice"
							},
							{
								"value": 2,
								"name": "text"
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
				"description": "Sample inspection tasks",
				"children": [
					{
						"name": "planName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Sample inspection task name. The value can contain a maximum of 32 characters.",
						"maxLength": 32
					},
					{
						"name": "id",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Sample inspection task ID. The value is the same as that of qualityTaskId."
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
		"operation": "terminateQualityTask",
		"name": "Terminate Quality Task",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "qualityTaskId",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Sample inspection task ID"
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
		"operation": "takeEffectQualityTask",
		"name": "Take Effect Quality Task",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "type",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Effective type 1: immediately 2: at the reserved time",
				"options": [
					{
						"value": "1",
						"name": "immediately"
					},
					{
						"value": "2",
						"name": "at the reserved time"
					}
				]
			},
			{
				"name": "qualityTaskId",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Sample inspection task ID"
			},
			{
				"name": "reserveTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Effective time"
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
		"operation": "queryQualityTask",
		"name": "Query Quality Tasks",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "fixedColumns",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Sample inspection task details",
				"children": [
					{
						"name": "fileName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "File name. The value can contain a maximum of 32 characters.",
						"maxLength": 32
					},
					{
						"name": "creatOperator",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Creator. The value can contain a maximum of 32 characters.",
						"maxLength": 32
					},
					{
						"name": "reviewingOfficer",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Reviewer. The value can contain a maximum of 32 characters.",
						"maxLength": 32
					},
					{
						"name": "status",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Effective status"
					},
					{
						"name": "planName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Sample inspection task name. The value can contain a maximum of 32 characters.",
						"maxLength": 32
					}
				]
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "User ID"
			},
			{
				"name": "currentRole",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "User role"
			},
			{
				"name": "startTimeMillis",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Time when a sample inspection task starts"
			},
			{
				"name": "endTimeMillis",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Time when a sample inspection task ends"
			},
			{
				"name": "callStartTimeMillis",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Call start time"
			},
			{
				"name": "callEndTimeMillis",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Call end time"
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Page number. Pagination information. The value is greater than or equal to 1.",
				"min": 1
			},
			{
				"name": "rows",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Number of records on each page. Pagination information. The value ranges from 1 to 100.",
				"min": 1,
				"max": 100
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
		"operation": "appointQualityTask",
		"name": "Appoint Quality Task",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "qualityTaskId",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Sample inspection task ID"
			},
			{
				"name": "setCountsType",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Type of the inspector to be assigned. The value can only be 1."
			},
			{
				"name": "isTakeEffect",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Whether to take effect immediately. The options are 0 and 1."
			},
			{
				"name": "setCounts",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "Inspector list",
				"children": [
					{
						"name": "personID",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Inspector ID"
					},
					{
						"name": "count",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Number of assigned tasks. The value can contain a maximum of eight characters."
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
		"operation": "createQualityTask",
		"name": "Create Quality Task",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "currentRole",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "User ID"
			},
			{
				"name": "startTimeMillis",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Call start time"
			},
			{
				"name": "endTimeMillis",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Call end time"
			},
			{
				"name": "fixedColumns",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Sample inspection details",
				"children": [
					{
						"name": "maxNum",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Maximum sample inspection quantity. The value ranges from 0 to 10000.",
						"min": 0,
						"max": 10000
					},
					{
						"name": "qualityCondition",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Sample inspection status. The options are 0, 1, and 2."
					},
					{
						"name": "qualityNum",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Sample inspection quantity. The value is greater than 1."
					},
					{
						"name": "qualityType",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Sample inspection quantity type. The options are 1, 2, and 3."
					},
					{
						"name": "scoreStart",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Minimum machine score. The value ranges from 0 to 10000.",
						"min": 0,
						"max": 10000
					},
					{
						"name": "scoreEnd",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Maximum machine score. The value ranges from 0 to 10000.",
						"min": 0,
						"max": 10000
					},
					{
						"name": "durationStart",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Minimum call duration. The value ranges from 0 to 100000000.",
						"min": 0,
						"max": 100000000
					},
					{
						"name": "durationEnd",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Maximum call duration. The value ranges from 0 to 100000000.",
						"min": 0,
						"max": 100000000
					},
					{
						"name": "staffIds",
						"in": "body",
						"type": "array",
						"itemType": "string",
						"required": false,
						"description": "Agent list"
					},
					{
						"name": "interactionType",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Inspection type ● 0: voice ● 2: text",
						"options": [
							{
								"value": 0,
								"name": "voice"
							},
							{
								"value": 2,
								"name": "text"
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
				"description": "Sample inspection tasks",
				"children": [
					{
						"name": "planName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Sample inspection task name. The value can contain a maximum of 32 characters.",
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
		"operation": "modifyResultQualityTask",
		"name": "Modify Result Quality Task",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "isGroup",
				"in": "body",
				"type": "boolean",
				"required": true,
				"description": "Whether the call is in a call group"
			},
			{
				"name": "ruleType",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Rule type"
			},
			{
				"name": "taskId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Task ID"
			},
			{
				"name": "uuid",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call UUID"
			},
			{
				"name": "ruleInfo",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Rule information",
				"children": [
					{
						"name": "description",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Sample inspection remarks"
					},
					{
						"name": "revise",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Sample inspection result. The options are 1 (valid) and 0 (invalid).",
						"options": [
							{
								"value": 1,
								"name": "valid"
							},
							{
								"value": 0,
								"name": "invalid"
							}
						]
					},
					{
						"name": "reviselId",
						"in": "body",
						"type": "number",
						"required": true,
						"description": "Rule ID"
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
		"operation": "completeQualityTask",
		"name": "Complete Quality Task",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "isGroup",
				"in": "body",
				"type": "boolean",
				"required": true,
				"description": "Whether the call is in a call group"
			},
			{
				"name": "callId",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Call ID"
			},
			{
				"name": "callGroupId",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Call group ID"
			},
			{
				"name": "qualityTaskCallId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Task ID"
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
		"operation": "queryQualityTaskCalls",
		"name": "Query Quality Task Calls",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "currentRole",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "User role"
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Page number. Pagination information."
			},
			{
				"name": "rows",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Number of records on each page. Pagination information."
			},
			{
				"name": "fixedColumns",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Sample inspection task details",
				"children": [
					{
						"name": "planCode",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Sample inspection task code. The value can contain a maximum of 128 characters.",
						"maxLength": 128
					},
					{
						"name": "showReviewingOfficer",
						"in": "body",
						"type": "boolean",
						"required": false,
						"description": "Whether to display only tasks assigned to reviewers."
					},
					{
						"name": "inspectStatus",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Sample inspection status. The options are -1, 0, 1, and 3."
					},
					{
						"name": "inspector",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Sample inspector. The value can contain a maximum of 256 characters.",
						"maxLength": 256
					},
					{
						"name": "fileName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "File name. The value can contain a maximum of 256 characters.",
						"maxLength": 256
					},
					{
						"name": "reviewingOfficer",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Reviewer. The value can contain a maximum of 256 characters.",
						"maxLength": 256
					},
					{
						"name": "reviewingStates",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Review status. The options are -1, 0, 2, and 3."
					},
					{
						"name": "staff",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Agent. The value can contain a maximum of 256 characters.",
						"maxLength": 256
					},
					{
						"name": "durationFrom",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Start time of a call duration range"
					},
					{
						"name": "durationTo",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "End time of a call duration range"
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
		"operation": "reassignQualityTask",
		"name": "Reassign Quality Task",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "handler",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Handler ID"
			},
			{
				"name": "qualityTaskInfoId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Inspection task ID"
			},
			{
				"name": "role",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Role. The options are qualityDirector (inspection supervisor), qualityGroupLeader (inspection leader), qualityInspector (inspector), tableDirector (agent supervisor), tableGroupLeader (agent leader), and tableStaff (agent).",
				"options": [
					{
						"value": "qualityDirector",
						"name": "inspection supervisor"
					},
					{
						"value": "qualityGroupLeader",
						"name": "inspection leader"
					},
					{
						"value": "qualityInspector",
						"name": "inspector"
					},
					{
						"value": "tableDirector",
						"name": "agent supervisor"
					},
					{
						"value": "tableGroupLeader",
						"name": "agent leader"
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
		"operation": "modifyQualityItemResult",
		"name": "Modify Quality Item Result",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "isGroup",
				"in": "body",
				"type": "boolean",
				"required": false,
				"description": "Whether a call is an associated call. The options are true (associated call) and false (common call).",
				"options": [
					{
						"value": true,
						"name": "associated call"
					},
					{
						"value": false,
						"name": "common call"
					}
				]
			},
			{
				"name": "qualityItemId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Inspection task ID"
			},
			{
				"name": "qualityItemType",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Inspection task type. The options are 1 (problem) and 2 (appeal).",
				"options": [
					{
						"value": 1,
						"name": "problem"
					},
					{
						"value": 2,
						"name": "appeal"
					}
				]
			},
			{
				"name": "ruleInfo",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Rule information",
				"children": [
					{
						"name": "reviselId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Inspection rating result modification ID"
					},
					{
						"name": "revise",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Modification type. The options are 1 (valid) and 0 (invalid).",
						"options": [
							{
								"value": 1,
								"name": "valid"
							},
							{
								"value": 0,
								"name": "invalid"
							}
						]
					},
					{
						"name": "description",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Modification description"
					}
				]
			},
			{
				"name": "ruleType",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Rule type. The options are 10 (dialog rule), 11 (silence rule), 12 (speed rule), 13 (interruption rule), 60 (sensitive word rule), and 70 (manual inspection rule).",
				"options": [
					{
						"value": 10,
						"name": "dialog rule"
					},
					{
						"value": 11,
						"name": "silence rule"
					},
					{
						"value": 12,
						"name": "speed rule"
					},
					{
						"value": 13,
						"name": "interruption rule"
					},
					{
						"value": 60,
						"name": "sensitive word rule"
					}
				]
			},
			{
				"name": "uuid",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Internal call inspection ID"
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
		"operation": "appealItem",
		"name": "Appeal Item",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "auditOperation",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Review operation type. The options are back (reject), pass (approve), and assign (assign to others).",
				"options": [
					{
						"value": "back",
						"name": "reject"
					},
					{
						"value": "pass",
						"name": "approve"
					}
				]
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Call inspection ID"
			},
			{
				"name": "coment",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Review remarks"
			},
			{
				"name": "taskInfoId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Inspection task ID"
			},
			{
				"name": "assignee",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Assignee, which is assigned by the inspection leader or supervisor"
			},
			{
				"name": "role",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Inspector ID"
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
		"operation": "queryQualityItem",
		"name": "Query Quality Item",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "fixedColumns",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Conditions for advanced query",
				"children": [
					{
						"name": "agentUserIds",
						"in": "body",
						"type": "array",
						"required": false,
						"description": "User IDs of agents in an agent group"
					},
					{
						"name": "qualityUserIds",
						"in": "body",
						"type": "array",
						"required": false,
						"description": "User IDs of inspectors in an inspection group"
					},
					{
						"name": "taskType",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Inspection task type. The options are 1 (problem) and 2 (appeal).",
						"options": [
							{
								"value": "1",
								"name": "problem"
							},
							{
								"value": "2",
								"name": "appeal"
							}
						]
					},
					{
						"name": "taskStatus",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Inspection task status. The options are 21 (reviewing), 22 (completed), 24 (handling), and 27 (verifying).",
						"options": [
							{
								"value": 21,
								"name": "reviewing"
							},
							{
								"value": 22,
								"name": "completed"
							},
							{
								"value": 24,
								"name": "handling"
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
				"description": "Inspection task start time. The value is a timestamp, in seconds."
			},
			{
				"name": "endTimeMillis",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Inspection task end time. The value is a timestamp, in seconds."
			},
			{
				"name": "rows",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Number of records on each page. The maximum value is 1000000.",
				"max": 1000000
			},
			{
				"name": "page",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Page number. The minimum value is 1. The page size is determined by rows.",
				"min": 1
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
		"operation": "queryQualityItemDetail",
		"name": "Query Quality Item Detail",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "qualityItemId",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Inspection task ID"
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
		"operation": "queryQualityItemResult",
		"name": "Query Quality Item Result",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "qualityId",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Inspection task ID"
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
		"operation": "queryQualityHistory",
		"name": "Query Quality History",
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
				"description": "Operator ID You can sign in to the system and go to the employee management page to view the value of userId returned by an interface."
			},
			{
				"name": "qualityTaskInfoId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Appeal task ID"
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
		"operation": "getTextByTaskId",
		"name": "Get Text By Task ID",
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
				"description": "ID of a created task NOTE The value of taskId must be the ID of an inspection task created within three days."
			},
			{
				"name": "language",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Language of the recording file. The options are zh_CN (Chinese) and en_US (English).",
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
		"operation": "voiceToText",
		"name": "Voice to Text",
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
				"description": "Language of the recording file. The options are zh_CN (Chinese) and en_US (English).",
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
				"description": "Recording file path"
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Agent ID"
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call start time, in yyyy-MM-dd HH:mm:ss format"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call end time, in yyyy-MM-dd HH:mm:ss format"
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
		"operation": "getCallDetail",
		"name": "Get Call Inspection Detail (CCISQM)",
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
				"description": "Call ID You can obtain the value of call_uuid from the result returned by the appraisecall/details interface."
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
		"operation": "getCallCredit",
		"name": "Get Call Credit (CCISQM)",
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
				"description": "Call ID"
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
		"operation": "qualityInspect",
		"name": "Quality Inspect",
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
				"description": "Language of the recording file. The options are zh_CN (Chinese) and en_US (English).",
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
				"description": "Recording file path"
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "number",
				"required": true,
				"description": "Agent ID"
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call start time, in yyyy-MM-dd HH:mm:ss format"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call end time, in yyyy-MM-dd HH:mm:ss format"
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
