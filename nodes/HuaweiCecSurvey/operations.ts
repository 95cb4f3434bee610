// Registry entries of HuaweiCecSurvey, one per interface of the CEC 2.5 reference, keyed by doc section.
// Derived by scripts/generate-specs.cjs from reference/sections.json, then reviewed by hand.
import type { ResourceSpec } from '../shared/registry/describe';
import type { OperationSpec } from '../shared/registry/types';

export const RESOURCES: ResourceSpec[] = [
	{
		"value": "survey",
		"name": "Survey"
	},
	{
		"value": "callResult",
		"name": "Call Result Data"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "8.1",
		"title": "Creating Answers (createScriptAnswer)",
		"family": "survey",
		"resource": "survey",
		"operation": "createScriptAnswer",
		"name": "Create Survey Answer",
		"method": "POST",
		"path": "/apiaccess/v1/scriptAnswer/createScriptAnswer",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "moduleId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Module ID. Manual outbound call: 80031 Automatic outbound call: 80081 Intelligent training: 80083"
			},
			{
				"name": "result",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Operation performed on answers. save: Save (create) answers. submit: Submit answers.",
				"options": [
					{
						"value": "save",
						"name": "Save (create) answers"
					},
					{
						"value": "submit",
						"name": "Submit answers"
					}
				]
			},
			{
				"name": "surveyId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Survey ID."
			},
			{
				"name": "custId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "User ID."
			},
			{
				"name": "serviceId1",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Task ID corresponding to the survey."
			}
		],
		"result": {
			"convention": "resultCode",
			"successCodes": [
				"1203000"
			]
		},
		"example": {
			"moduleId": "80031",
			"result": "save",
			"surveyId": "987654321",
			"custId": "123456789",
			"serviceId1": "987654321"
		}
	},
	{
		"section": "8.2",
		"title": "Obtaining the Next Question (getNextQuestionInfo)",
		"family": "survey",
		"resource": "survey",
		"operation": "getNextQuestion",
		"name": "Get Next Question",
		"method": "POST",
		"path": "/apiaccess/v1/scriptAnswer/getNextQuestionInfo",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "surveyId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Survey ID."
			},
			{
				"name": "questionId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Current question ID. For example, to obtain the second question, set this parameter to the first question ID. To obtain the first question, do not transfer this parameter or transfer an empty string."
			},
			{
				"name": "isAnswered",
				"in": "body",
				"type": "boolean",
				"required": true,
				"description": "Whether the question is mandatory. The value is fixed to true."
			},
			{
				"name": "questionType",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Question type. essay: short-answer question single: single-answer question multi: multiple-answer question voice: voice voiceOperation: voice+operation",
				"options": [
					{
						"value": "essay",
						"name": "short-answer question"
					},
					{
						"value": "single",
						"name": "single-answer question"
					},
					{
						"value": "multi",
						"name": "multiple-answer question"
					},
					{
						"value": "voice",
						"name": "voice"
					},
					{
						"value": "voiceOperation",
						"name": "voice+operation"
					}
				]
			},
			{
				"name": "answerOptionList",
				"in": "body",
				"type": "array",
				"required": false,
				"description": "List of answer option IDs, for example, [\"optionId1\"]."
			}
		],
		"result": {
			"convention": "resultCode",
			"successCodes": [
				"1203000"
			]
		},
		"example": {
			"surveyId": "987654321",
			"questionId": "123456789",
			"isAnswered": true
		}
	},
	{
		"section": "8.3",
		"title": "Creating Answers to Questions (createQuestionAnswer)",
		"family": "survey",
		"resource": "survey",
		"operation": "createQuestionAnswer",
		"name": "Create Question Answer",
		"method": "POST",
		"path": "/apiaccess/v1/scriptAnswer/createQuestionAnswer",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "questionId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Question ID."
			},
			{
				"name": "surveyAnswerId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Answer ID."
			},
			{
				"name": "surveyId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Survey ID."
			},
			{
				"name": "answerText",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Answer content."
			},
			{
				"name": "voiceScore",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Voice score."
			},
			{
				"name": "operScore",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Operation score."
			},
			{
				"name": "optionId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Option ID."
			}
		],
		"shapeNote": "example keys not in the table: answerNo",
		"result": {
			"convention": "resultCode",
			"successCodes": [
				"1203000"
			]
		},
		"example": {
			"surveyId": "123456789",
			"questionId": "987654321",
			"answerNo": 1,
			"surveyAnswerId": "123456666"
		}
	},
	{
		"section": "8.4",
		"title": "Updating Answers to Questions (updateQuestionAnswer)",
		"family": "survey",
		"resource": "survey",
		"operation": "updateQuestionAnswer",
		"name": "Update Question Answer",
		"method": "POST",
		"path": "/apiaccess/v1/scriptAnswer/updateQuestionAnswer",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "questionAnswerId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of an answer to a question."
			},
			{
				"name": "answerText",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Answer content."
			},
			{
				"name": "voiceScore",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Voice score."
			},
			{
				"name": "operScore",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Operation score."
			},
			{
				"name": "costTime",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Answer duration to questions, in seconds."
			}
		],
		"result": {
			"convention": "resultCode",
			"successCodes": [
				"1203000"
			]
		},
		"example": {
			"questionAnswerId": "123456789",
			"answerText": "Hello",
			"voiceScore": 50,
			"operScore": 20.52,
			"costTime": 12
		}
	},
	{
		"section": "8.5",
		"title": "Updating Surveys (updateScriptAnswer)",
		"family": "survey",
		"resource": "survey",
		"operation": "updateScriptAnswer",
		"name": "Update Survey (Save or Submit)",
		"method": "POST",
		"path": "/apiaccess/v1/scriptAnswer/updateScriptAnswer",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "surveyAnswerId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Answer ID."
			},
			{
				"name": "result",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Operation performed on answers. save: Save (create) answers. submit: Submit answers.",
				"options": [
					{
						"value": "save",
						"name": "Save (create) answers"
					},
					{
						"value": "submit",
						"name": "Submit answers"
					}
				]
			}
		],
		"result": {
			"convention": "resultCode",
			"successCodes": [
				"1203000"
			]
		},
		"example": {
			"surveyAnswerId": "123456789",
			"result": "submit"
		}
	},
	{
		"section": "8.6",
		"title": "Updating Ratings (updateScore)",
		"family": "survey",
		"resource": "survey",
		"operation": "updateScore",
		"name": "Update Rating",
		"method": "POST",
		"path": "/apiaccess/ngcrmpfcore_js/csf/exam/sorcresult",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "quotiety",
				"in": "header",
				"type": "string",
				"required": false,
				"description": "Weight of the operation score. A positive integer less than 100."
			},
			{
				"name": "totalScore",
				"in": "header",
				"type": "string",
				"required": false,
				"description": "Total score of the questionnaire module."
			},
			{
				"name": "params",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "-",
				"children": [
					{
						"name": "exam_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Unique exam ID.",
						"maxLength": 32
					},
					{
						"name": "param",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "-",
						"children": [
							{
								"name": "code",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Result codes of the UEBA interface for ending an exam. The value 0 indicates success, and other values indicate exceptions.",
								"maxLength": 16
							},
							{
								"name": "msg",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Description of the processing result of the UEBA interface for ending an exam.",
								"maxLength": 256
							},
							{
								"name": "result",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "This parameter is used to calculate the score. A maximum of eight digits before the decimal point, and two decimal places are allowed. Score = Weight of the operation score x Question score/100 x UEBA score (100-point)/100",
								"maxLength": 8
							}
						]
					}
				]
			}
		],
		"result": {
			"convention": "returnCode"
		},
		"example": {
			"params": {
				"exam_id": "1247589060755793923",
				"param": {
					"code": "0",
					"result": "100.0",
					"msg": "Processing succeeded"
				}
			}
		}
	},
	{
		"section": "16.1",
		"title": "Querying Call Result Data",
		"family": "dataProcess",
		"resource": "callResult",
		"operation": "query",
		"name": "Query Call Result Data",
		"method": "POST",
		"path": "/apiaccess/rest/dataprocess/v1/openapp/queryCallManualDetailInfo",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "subCcNo",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant VDN ID"
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "If the value of callId is not empty, beginDate and endDate are optional. If the value of callId is empty, either beginDate or endDate must be set."
			},
			{
				"name": "callerNo",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Calling number"
			},
			{
				"name": "calleeNo",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Called number"
			},
			{
				"name": "beginDate",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "If the value of callId is not empty, beginDate and endDate are optional. If the value of callId is empty, either beginDate or endDate must be set."
			},
			{
				"name": "endDate",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "• If the value of callId is not empty, beginDate and endDate are optional. • If the value of callId is empty, either beginDate or endDate must be set."
			},
			{
				"name": "callType",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Call type • 0: inbound call • 1: outbound call • 2: predicted outbound call • 3: previewed outbound call • 4: preempted outbound call • 10: bidirectional call • 11: collaborative call • 12: click-to-dial call",
				"options": [
					{
						"value": "0",
						"name": "inbound call"
					},
					{
						"value": "1",
						"name": "outbound call"
					},
					{
						"value": "2",
						"name": "predicted outbound call"
					},
					{
						"value": "3",
						"name": "previewed outbound call"
					},
					{
						"value": "4",
						"name": "preempted outbound call"
					},
					{
						"value": "10",
						"name": "bidirectional call"
					},
					{
						"value": "11",
						"name": "collaborative call"
					},
					{
						"value": "12",
						"name": "click-to-dial call"
					}
				]
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Multimedia type 2: voice click-to-dial 5: voice 18: video click-to-dial 19: video 53: multimedia",
				"options": [
					{
						"value": "2",
						"name": "voice click-to-dial"
					},
					{
						"value": "5",
						"name": "voice"
					},
					{
						"value": "18",
						"name": "video click-to-dial"
					},
					{
						"value": "19",
						"name": "video"
					},
					{
						"value": "53",
						"name": "multimedia"
					}
				]
			},
			{
				"name": "evaluationValue",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Satisfaction evaluation value The options are the satisfaction levels configured on the Configuration Center > Workbench Configuration > Satisfaction Survey page."
			}
		],
		"result": {
			"itemsPath": "results",
			"totalPath": "total",
			"convention": "http"
		},
		"example": {
			"subCcNo": "0",
			"vdn": "0",
			"callId": "0",
			"callerNo": "0",
			"calleeNo": "",
			"beginDate": "1658102400000",
			"endDate": "1658188800000",
			"callType": "0",
			"mediaType": "10",
			"evaluationValue": "10"
		}
	}
];
