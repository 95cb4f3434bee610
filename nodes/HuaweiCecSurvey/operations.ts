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
		"name": "Call Result"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "8.1",
		"title": "Creating Answers (createScriptAnswer)",
		"family": "survey",
		"resource": "survey",
		"operation": "createAnswer",
		"name": "Create Answer",
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
				"description": "Where the survey is answered",
				"displayName": "Module",
				"options": [
					{
						"value": "80031",
						"name": "Manual Outbound Call"
					},
					{
						"value": "80081",
						"name": "Automatic Outbound Call"
					},
					{
						"value": "80083",
						"name": "Intelligent Training"
					}
				]
			},
			{
				"name": "result",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Whether the answers are saved as a draft or submitted",
				"options": [
					{
						"value": "save",
						"name": "Save"
					},
					{
						"value": "submit",
						"name": "Submit"
					}
				],
				"displayName": "Action"
			},
			{
				"name": "surveyId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the survey (questionnaire)",
				"displayName": "Survey ID"
			},
			{
				"name": "custId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "ID of the customer who answers",
				"displayName": "Customer ID"
			},
			{
				"name": "serviceId1",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "ID of the task the survey belongs to",
				"displayName": "Task ID"
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
		},
		"action": "Create survey answer",
		"description": "Start the answer sheet of a customer for a survey, saved or submitted; returns the survey answer ID"
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
				"description": "ID of the survey (questionnaire)",
				"displayName": "Survey ID"
			},
			{
				"name": "questionId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "ID of the current question; its next question is returned. Empty: the first question",
				"displayName": "Current Question ID"
			},
			{
				"name": "isAnswered",
				"in": "body",
				"type": "boolean",
				"required": true,
				"description": "Whether the question is mandatory; always on",
				"displayName": "Is Answered",
				"default": true
			},
			{
				"name": "questionType",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Type of the current question",
				"options": [
					{
						"value": "essay",
						"name": "Short Answer"
					},
					{
						"value": "single",
						"name": "Single Choice"
					},
					{
						"value": "multi",
						"name": "Multiple Choice"
					},
					{
						"value": "voice",
						"name": "Voice"
					},
					{
						"value": "voiceOperation",
						"name": "Voice and Operation"
					}
				],
				"displayName": "Question Type"
			},
			{
				"name": "answerOptionList",
				"in": "body",
				"type": "array",
				"required": false,
				"description": "IDs of the answer options chosen for the current question, e.g. optionId1",
				"displayName": "Chosen Option IDs"
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
		},
		"action": "Get next survey question",
		"description": "Get the question that follows a given question of a survey, or the first question, with its answer options"
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
				"description": "ID of the question answered",
				"displayName": "Question ID"
			},
			{
				"name": "surveyAnswerId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the answer sheet, returned by Create Answer",
				"displayName": "Survey Answer ID"
			},
			{
				"name": "surveyId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the survey (questionnaire)",
				"displayName": "Survey ID"
			},
			{
				"name": "answerText",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Text of the answer",
				"displayName": "Answer Text"
			},
			{
				"name": "voiceScore",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Score of the voice answer",
				"displayName": "Voice Score"
			},
			{
				"name": "operScore",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Score of the operation",
				"displayName": "Operation Score"
			},
			{
				"name": "optionId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "ID of the answer option chosen",
				"displayName": "Option ID"
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
		},
		"action": "Create question answer",
		"description": "Record the answer to one question of a survey answer sheet"
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
				"description": "ID of the answer to the question",
				"displayName": "Question Answer ID"
			},
			{
				"name": "answerText",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Text of the answer",
				"displayName": "Answer Text"
			},
			{
				"name": "voiceScore",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Score of the voice answer",
				"displayName": "Voice Score"
			},
			{
				"name": "operScore",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Score of the operation",
				"displayName": "Operation Score"
			},
			{
				"name": "costTime",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Time taken to answer the question, in seconds",
				"displayName": "Time Taken"
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
		},
		"action": "Update question answer",
		"description": "Change the answer to one question of a survey answer sheet"
	},
	{
		"section": "8.5",
		"title": "Updating Surveys (updateScriptAnswer)",
		"family": "survey",
		"resource": "survey",
		"operation": "updateAnswer",
		"name": "Update Answer",
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
				"description": "ID of the answer sheet, returned by Create Answer",
				"displayName": "Survey Answer ID"
			},
			{
				"name": "result",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Whether the answers are saved as a draft or submitted",
				"options": [
					{
						"value": "save",
						"name": "Save"
					},
					{
						"value": "submit",
						"name": "Submit"
					}
				],
				"displayName": "Action"
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
		},
		"action": "Save or submit survey answer",
		"description": "Save or submit the answer sheet of a survey"
	},
	{
		"section": "8.6",
		"title": "Updating Ratings (updateScore)",
		"family": "survey",
		"resource": "survey",
		"operation": "updateScore",
		"name": "Update Score",
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
				"description": "Weight of the operation score, a positive integer less than 100",
				"displayName": "Operation Score Weight"
			},
			{
				"name": "totalScore",
				"in": "header",
				"type": "string",
				"required": false,
				"description": "Total score of the questionnaire module",
				"displayName": "Total Score"
			},
			{
				"name": "params",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "The exam and the UEBA result of ending it",
				"children": [
					{
						"name": "exam_id",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Unique ID of the exam",
						"maxLength": 32,
						"displayName": "Exam ID"
					},
					{
						"name": "param",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "Result of the UEBA interface for ending the exam",
						"children": [
							{
								"name": "code",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Result code of the UEBA interface for ending the exam: 0 is success, other values are exceptions",
								"maxLength": 16,
								"displayName": "Result Code"
							},
							{
								"name": "msg",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Description of the result of the UEBA interface for ending the exam",
								"maxLength": 256,
								"displayName": "Result Message"
							},
							{
								"name": "result",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "UEBA score out of 100, with up to 8 digits before the decimal point and 2 after. Score = operation score weight × question score / 100 × UEBA score / 100",
								"maxLength": 8,
								"displayName": "UEBA Score"
							}
						],
						"displayName": "UEBA Result"
					}
				],
				"displayName": "Exam Result"
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
		},
		"action": "Update exam score",
		"description": "Send the score of an intelligent training exam, from the UEBA result of ending the exam"
	},
	{
		"section": "16.1",
		"title": "Querying Call Result Data",
		"family": "dataProcess",
		"resource": "callResult",
		"operation": "getMany",
		"name": "Get Many",
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
				"description": "ID of the call center",
				"displayName": "Call Center ID"
			},
			{
				"name": "vdn",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "VDN ID of the tenant"
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "ID of the call. Empty: Begin Date or End Date must be set",
				"displayName": "Call ID"
			},
			{
				"name": "callerNo",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Only calls from this number",
				"displayName": "Calling Number"
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
				"name": "beginDate",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Start of the period. Needed, or End Date, when Call ID is empty",
				"displayName": "Begin Date",
				"dateFormat": "epochMs"
			},
			{
				"name": "endDate",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "End of the period. Needed, or Begin Date, when Call ID is empty",
				"displayName": "End Date",
				"dateFormat": "epochMs"
			},
			{
				"name": "callType",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Only calls of this type",
				"options": [
					{
						"value": "0",
						"name": "Inbound Call"
					},
					{
						"value": "1",
						"name": "Outbound Call"
					},
					{
						"value": "2",
						"name": "Predicted Outbound Call"
					},
					{
						"value": "3",
						"name": "Previewed Outbound Call"
					},
					{
						"value": "4",
						"name": "Preempted Outbound Call"
					},
					{
						"value": "10",
						"name": "Bidirectional Call"
					},
					{
						"value": "11",
						"name": "Collaborative Call"
					},
					{
						"value": "12",
						"name": "Click-to-Dial Call"
					}
				],
				"displayName": "Call Type"
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Only calls of this media type",
				"options": [
					{
						"value": "2",
						"name": "Voice Click-to-Dial"
					},
					{
						"value": "5",
						"name": "Voice"
					},
					{
						"value": "18",
						"name": "Video Click-to-Dial"
					},
					{
						"value": "19",
						"name": "Video"
					},
					{
						"value": "53",
						"name": "Multimedia"
					}
				],
				"displayName": "Media Type"
			},
			{
				"name": "evaluationValue",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Only calls with this satisfaction level, as configured on the Satisfaction Survey page of the Workbench Configuration",
				"displayName": "Satisfaction Level"
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
		},
		"action": "Get many call results",
		"description": "List the call records with their results (type, media, satisfaction) for a call ID or a time period, filtered by numbers and call type"
	}
];
