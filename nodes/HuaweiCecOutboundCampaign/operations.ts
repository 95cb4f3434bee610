// Registry entries of HuaweiCecOutboundCampaign, one per interface of the CEC 2.5 reference, keyed by doc section.
// Derived by scripts/generate-specs.cjs from reference/sections.json, then reviewed by hand.
import type { ResourceSpec } from '../shared/registry/describe';
import type { OperationSpec } from '../shared/registry/types';

export const RESOURCES: ResourceSpec[] = [
	{
		"value": "campaign",
		"name": "Campaign"
	},
	{
		"value": "holiday",
		"name": "Holiday"
	},
	{
		"value": "blacklist",
		"name": "Blacklist"
	},
	{
		"value": "outboundData",
		"name": "Outbound Data"
	},
	{
		"value": "result",
		"name": "Result and Call Record"
	},
	{
		"value": "businessResult",
		"name": "Business Result Writeback"
	},
	{
		"value": "fileServer",
		"name": "File Server"
	},
	{
		"value": "externalResult",
		"name": "External Result"
	},
	{
		"value": "invocationRecord",
		"name": "Invocation Record"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "7.1.1",
		"title": "Adding an Outbound Campaign (V1)",
		"family": "isales",
		"resource": "campaign",
		"operation": "addOutboundCampaignV1",
		"name": "Add an Outbound Campaign (V1)",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}",
		"auth": "C2",
		"idempotent": false,
		"legacy": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of an outbound campaign. The name must be unique. The value can contain a maximum of 32 characters.",
				"maxLength": 32
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Description of an outbound campaign. The value can contain a maximum of 200 characters, excluding the following special characters: \"[]=;<>",
				"maxLength": 200
			},
			{
				"name": "strBeginTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Time when an outbound campaign starts. The format is yyyy-MM-dd HH:mm:ss. The time cannot be earlier than 00:00 of the current day."
			},
			{
				"name": "strEndTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Time when an outbound campaign ends. The format is yyyy-MM-dd HH:mm:ss."
			},
			{
				"name": "deviceType",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Type of an outbound device. The options are as follows: • 1: IVR in intelligent outbound calls (available in the SaaS environment when the intelligent feature is enabled) • 2: skill queue in predicted outbound calls • 3: IVR in automatic outbound calls • 5: skill queue in previewed outbound calls • 6: skill queue in preempted outbound calls",
				"options": [
					{
						"value": 1,
						"name": "IVR in intelligent outbound calls (available in the SaaS environment when the intelligent feature is enabled)"
					},
					{
						"value": 2,
						"name": "skill queue in predicted outbound calls"
					},
					{
						"value": 3,
						"name": "IVR in automatic outbound calls"
					},
					{
						"value": 5,
						"name": "skill queue in previewed outbound calls"
					},
					{
						"value": 6,
						"name": "skill queue in preempted outbound calls"
					}
				]
			},
			{
				"name": "callerNo",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Calling number. Number displayed on the phone of a customer after a call is connected. The value can contain a maximum of 24 characters, including only digits, asterisks (*), and number signs (#).",
				"maxLength": 24
			},
			{
				"name": "maxAlertingTime",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Maximum ringing duration for no answer. If the ringing duration exceeds the value of this parameter, the call is released. For previewed outbound calls, the value ranges from 9 to 120, in seconds. For other types of outbound calls, the value ranges from 5 to 120, in seconds."
			},
			{
				"name": "scheduleParam",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Outbound call time segment. For details about the parameters of this object, see Table 7-4.",
				"children": [
					{
						"name": "workdayBeginTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 1 on workdays, in HH:mm format."
					},
					{
						"name": "workdayEndTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 1 on workdays, in HH:mm format."
					},
					{
						"name": "workdayBeginTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 2 on workdays, in HH:mm format."
					},
					{
						"name": "workdayEndTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 2 on workdays, in HH:mm format."
					},
					{
						"name": "workdayBeginTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 3 on workdays, in HH:mm format."
					},
					{
						"name": "workdayEndTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 3 on workdays, in HH:mm format."
					},
					{
						"name": "holidayBeginTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 1 on holidays, in HH:mm format."
					},
					{
						"name": "holidayEndTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 1 on holidays, in HH:mm format."
					},
					{
						"name": "holidayBeginTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 2 on holidays, in HH:mm format."
					},
					{
						"name": "holidayEndTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 2 on holidays, in HH:mm format."
					},
					{
						"name": "holidayBeginTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 3 on holidays, in HH:mm format."
					},
					{
						"name": "holidayEndTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 3 on holidays, in HH:mm format."
					}
				]
			},
			{
				"name": "ivrParam",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "This parameter is mandatory when deviceType is set to 1 or 3 (IVR). For details about the parameters of this object, see Table 7-5.",
				"children": [
					{
						"name": "deviceSign",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "When deviceType is set to 1, the value is an intelligent IVR flow code (oifde-flowcode). To obtain the flow code, sign in to the AICC as a tenant administrator and choose Configuration Center > Flow Configuration > Intelligent IVR > Flow Management > Flow Orchestration. When deviceType is set to 3, the value is the flow access code of a common IVR or the chatbot access code of an intelligent IV..."
					},
					{
						"name": "callCount",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Number of outbound calls that are made in an outbound task each time. The value ranges from 1 to 100.",
						"min": 1,
						"max": 100
					},
					{
						"name": "callInterval",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Interval for executing an outbound campaign task. The value ranges from 1 to 9999, in seconds.",
						"min": 1,
						"max": 9999
					}
				]
			},
			{
				"name": "skillParam",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "This parameter is mandatory when deviceType is set to 2, 5, or 6 (skill queue). For details about the parameters of this object, see Table 7-6.",
				"children": [
					{
						"name": "skillId",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "ID of a skill queue. The value ranges from 1 to 1000.",
						"min": 1,
						"max": 1000
					},
					{
						"name": "skillName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Skill queue name. The value can contain a maximum of 100 characters.",
						"maxLength": 100
					},
					{
						"name": "outBoundType",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Outbound call mode. The options are as follows: • 2: predicted outbound call • 5: previewed outbound call • 6: preempted outbound call",
						"options": [
							{
								"value": 2,
								"name": "predicted outbound call"
							},
							{
								"value": 5,
								"name": "previewed outbound call"
							},
							{
								"value": 6,
								"name": "preempted outbound call"
							}
						]
					},
					{
						"name": "predictParam",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Parameter settings for predicted outbound calls. This parameter is mandatory when outBoundType is set to 2. For details about the parameters of this object, see Table 7-8.",
						"children": [
							{
								"name": "predictMethod",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Algorithm for predicted outbound calls. The options are as follows: 1: Algorithm for empirical prediction 2: Algorithm for agent usage prediction 3: Algorithm for predicting the outbound call completion rate 5: Algorithm for off-hook rate prediction",
								"options": [
									{
										"value": 1,
										"name": "Algorithm for empirical prediction"
									},
									{
										"value": 2,
										"name": "Algorithm for agent usage prediction"
									},
									{
										"value": 3,
										"name": "Algorithm for predicting the outbound call completion rate"
									},
									{
										"value": 5,
										"name": "Algorithm for off-hook rate prediction"
									}
								]
							},
							{
								"name": "expPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Parameter settings of the algorithm for empirical prediction. This parameter is mandatory when predictMethod is set to 1. For details about the parameters of this object, see Table 7-9.",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Maximum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200.",
										"min": 50,
										"max": 200
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200. The value must be smaller than or equal to the value of maxAvgCallTime.",
										"min": 50,
										"max": 200
									},
									{
										"name": "outBoundRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Outbound call rate. The value ranges from 0 to 100. The default value is 70.",
										"min": 0,
										"max": 100,
										"default": 70
									}
								]
							},
							{
								"name": "agentPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Parameter settings of the algorithm for agent usage prediction. This parameter is mandatory when predictMethod is set to 2. For details about the parameters of this object, see Table 7-10.",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Maximum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200.",
										"min": 50,
										"max": 200
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200. The value must be smaller than or equal to the value of maxAvgCallTime.",
										"min": 50,
										"max": 200
									},
									{
										"name": "lossRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum call loss rate. The value ranges from 0 to 100. The default value is 3.",
										"min": 0,
										"max": 100,
										"default": 3
									},
									{
										"name": "utilRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Agent usage. The value ranges from 0 to 100. The default value is 70.",
										"min": 0,
										"max": 100,
										"default": 70
									},
									{
										"name": "utilRateMethod",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Algorithm for agent usage. The options are as follows: 1: Agent usage = Total call duration/Total login duration 2: Agent usage = (Total call duration + Work state duration)/Total login duration",
										"options": [
											{
												"value": 1,
												"name": "Agent usage = Total call duration/Total login duration"
											},
											{
												"value": 2,
												"name": "Agent usage = (Total call duration + Work state duration)/Total login duration"
											}
										]
									}
								]
							},
							{
								"name": "connectPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Parameter settings of the algorithm for predicting the outbound call completion rate. This parameter is mandatory when predictMethod is set to 3. For details about the parameters of this object, see Table 7-11.",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Maximum average call duration, in seconds. The value is a positive integer. The value ranges from 5 to 200.",
										"min": 5,
										"max": 200
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200. The value must be smaller than or equal to the value of maxAvgCallTime.",
										"min": 50,
										"max": 200
									},
									{
										"name": "lossRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum call loss rate. The value ranges from 0 to 100. The default value is 3.",
										"min": 0,
										"max": 100,
										"default": 3
									},
									{
										"name": "waitTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Called party's waiting time. The value ranges from 0 to 16, in seconds. The default value is 5.",
										"min": 0,
										"max": 16,
										"default": 5
									},
									{
										"name": "connRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Outbound call connection rate. The value ranges from 0 to 100.",
										"min": 0,
										"max": 100
									}
								]
							},
							{
								"name": "offhookPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Parameter settings of the algorithm for off-hook rate prediction. This parameter is mandatory when predictMethod is set to 5. For details about the parameters of this object, see Table 7-12.",
								"children": [
									{
										"name": "offHookRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Off-hook rate. The value ranges from 50 to 200. The default value is 100.",
										"min": 50,
										"max": 200,
										"default": 100
									}
								]
							}
						]
					},
					{
						"name": "previewParam",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Parameter settings for previewed outbound calls. This parameter is mandatory when outBoundType is set to 5. For details about the parameters of this object, see Table 7-7.",
						"children": [
							{
								"name": "failInterval",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Outbound call interval, in seconds. The value ranges from 3 to 60.",
								"min": 3,
								"max": 60
							},
							{
								"name": "obCallCount",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Number of outbound calls each time. The value ranges from 1 to 100.",
								"min": 1,
								"max": 100
							},
							{
								"name": "autoCallTime",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Duration of a previewed outbound call, in seconds. The value ranges from 5 to the value of maxAlertingTime minus 3."
							}
						]
					}
				]
			},
			{
				"name": "initStatus",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Campaign status after addition. The default value is 0. The options are as follows: • 0: The campaign is in started status after being added. • 1: The campaign is in suspended status after being added.",
				"options": [
					{
						"value": 0,
						"name": "The campaign is in started status after being added"
					},
					{
						"value": 1,
						"name": "The campaign is in suspended status after being added"
					}
				],
				"default": 0
			},
			{
				"name": "callBackUrl",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Callback notification URL of the outbound call result. The URL must start with https:// or http://. NOTE HTTP is an insecure protocol, which may bring risks to the system. Therefore, it is not recommended. The secure HTTPS protocol is recommended."
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Center ID. This parameter can be used to identify a center when there are multiple centers.",
				"displayName": "Call Center ID"
			}
		],
		"shapeNote": "example key \"callBackUrl\" differs in case from table field \"callbackUrl\" required table fields absent from example: cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: callBackUrl (the PDF prints callbackUrl): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_0788.html (outbound results are pushed to \"the value of callBackUrl\" given when the campaign is created) and the reference's own request examples of 7.1.1, 7.1.3 and 7.1.4.",
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200002": "The start time of an outbound campaign is earlier than the early morning of the current day.",
				"0200003": "The number of outbound campaigns whose device type is skill queue reaches the upper limit. To add more outbound campaigns, delete some campaigns whose device type is skill queue.",
				"0200004": "The number of outbound campaigns whose device type is IVR reaches the upper limit. To add more outbound campaigns, delete some campaigns whose device type is IVR.",
				"0200005": "The outbound campaign name must be unique.",
				"0200017": "The skill queue ID does not exist.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000009": "Incorrect parameter combination. Check the request parameters."
			}
		},
		"example": {
			"name": "Data Package Recommendation for National Day",
			"description": "Data Package Recommendation for National Day",
			"strBeginTime": "2020-09-10 00:00:00",
			"strEndTime": "2020-10-07 23:59:59",
			"deviceType": 2,
			"callerNo": "10085",
			"maxAlertingTime": 20,
			"scheduleParam": {
				"workdayBeginTime1": "08:00",
				"workdayEndTime1": "11:30",
				"workdayBeginTime2": "13:00",
				"workdayEndTime2": "17:30",
				"workdayBeginTime3": "",
				"workdayEndTime3": "",
				"holidayBeginTime1": "10:00",
				"holidayEndTime1": "11:00",
				"holidayBeginTime2": "13:00",
				"holidayEndTime2": "17:30",
				"holidayBeginTime3": "",
				"holidayEndTime3": ""
			},
			"skillParam": {
				"skillId": 5,
				"skillName": "Voice Skill Queue",
				"outBoundType": 2,
				"predictParam": {
					"predictMethod": 5,
					"offhookPredictParam": {
						"offHookRate": 100
					}
				}
			},
			"initStatus": 0,
			"callBackUrl": "https://10.10.10.10/xxx/xxx/xxx"
		}
	},
	{
		"section": "7.1.2",
		"title": "Adding an Outbound Campaign (V2)",
		"family": "isales",
		"resource": "campaign",
		"operation": "addOutboundCampaignV2",
		"name": "Add an Outbound Campaign (V2)",
		"method": "POST",
		"path": "/rest/isales/v2/openapi/campaigns/{vdnId}",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of an outbound campaign. The name must be unique. The value can contain a maximum of 32 characters.",
				"maxLength": 32
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Description of an outbound campaign. The value can contain a maximum of 200 characters, excluding the following special characters: \"[ ] =;",
				"maxLength": 200
			},
			{
				"name": "strBeginTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Time when an outbound campaign starts. The format is yyyy-MM-dd HH:mm:ss. The time cannot be earlier than 00:00 of the current day."
			},
			{
				"name": "strEndTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Time when an outbound campaign ends. The format is yyyy-MM-dd HH:mm:ss."
			},
			{
				"name": "deviceType",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Type of an outbound device. The options are as follows: • 1: IVR for intelligent outbound calls (available in the SaaS environment when the intelligent feature is enabled) • 2: skill queue for predicted outbound calls • 3: IVR for automatic outbound calls • 5: skill queue for previewed outbound calls • 6: skill queue for preempted outbound calls",
				"options": [
					{
						"value": 1,
						"name": "IVR for intelligent outbound calls (available in the SaaS environment when the intelligent feature is enabled)"
					},
					{
						"value": 2,
						"name": "skill queue for predicted outbound calls"
					},
					{
						"value": 3,
						"name": "IVR for automatic outbound calls"
					},
					{
						"value": 5,
						"name": "skill queue for previewed outbound calls"
					},
					{
						"value": 6,
						"name": "skill queue for preempted outbound calls"
					}
				]
			},
			{
				"name": "callerNo",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "Multiple calling numbers are supported. For details about the parameters of this object, see Table 7-28.",
				"children": [
					{
						"name": "accessCode",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Calling number. Number displayed on the phone of a customer after a call is connected. The value can contain a maximum of 32 characters, including only digits.",
						"maxLength": 32
					},
					{
						"name": "priority",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Calling number priority. The value ranges from 1 to 5. A smaller value indicates a higher priority.",
						"min": 1,
						"max": 5
					}
				]
			},
			{
				"name": "maxAlertingTime",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Maximum ringing duration for no answer. If the ringing duration exceeds the value of this parameter, the call is released. For previewed outbound calls, the value ranges from 9 to 120, in seconds. For other types of outbound calls, the value ranges from 5 to 120, in seconds."
			},
			{
				"name": "priority",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Task priority. The value ranges from 1 to 5. A smaller value indicates a higher priority.",
				"min": 1,
				"max": 5
			},
			{
				"name": "scheduleParam",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Outbound call time segment. For details about the parameters of this object, see Table 7-19.",
				"children": [
					{
						"name": "workdayBeginTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 1 on workdays, in HH:mm format."
					},
					{
						"name": "workdayEndTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 1 on workdays, in HH:mm format."
					},
					{
						"name": "workdayBeginTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 2 on workdays, in HH:mm format."
					},
					{
						"name": "workdayEndTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 2 on workdays, in HH:mm format."
					},
					{
						"name": "workdayBeginTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 3 on workdays, in HH:mm format."
					},
					{
						"name": "workdayEndTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 3 on workdays, in HH:mm format."
					},
					{
						"name": "holidayBeginTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 1 on holidays, in HH:mm format."
					},
					{
						"name": "holidayEndTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 1 on holidays, in HH:mm format."
					},
					{
						"name": "holidayBeginTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 2 on holidays, in HH:mm format."
					},
					{
						"name": "holidayEndTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 2 on holidays, in HH:mm format."
					},
					{
						"name": "holidayBeginTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 3 on holidays, in HH:mm format."
					},
					{
						"name": "holidayEndTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 3 on holidays, in HH:mm format."
					}
				]
			},
			{
				"name": "ivrParam",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "This parameter is mandatory when deviceType is set to 1 or 3 (IVR). For details about the parameters of this object, see Table 7-20.",
				"children": [
					{
						"name": "deviceSign",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "When deviceType is set to 1, the value is an intelligent IVR flow code (oifd-flowcode). To obtain the flow code, sign in to the AICC as a tenant administrator and choose Configuration Center > Flow Configuration > Intelligent IVR > Flow Management > Flow Orchestration. When deviceType is set to 3, the value is a common IVR flow access code. To obtain the flow access code, sign in to the AICC as..."
					},
					{
						"name": "callCount",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Number of outbound calls that are made in an outbound task each time. The value ranges from 1 to 100.",
						"min": 1,
						"max": 100
					},
					{
						"name": "callInterval",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Interval for executing an outbound campaign task. The value ranges from 1 to 9999, in seconds.",
						"min": 1,
						"max": 9999
					}
				]
			},
			{
				"name": "skillParam",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "This parameter is mandatory when deviceType is set to 2, 5, or 6 (skill queue). For details about the parameters of this object, see Table 7-21.",
				"children": [
					{
						"name": "skillId",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "ID of a skill queue. The value ranges from 1 to 1000.",
						"min": 1,
						"max": 1000
					},
					{
						"name": "skillName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Skill queue name. The value can contain a maximum of 100 characters.",
						"maxLength": 100
					},
					{
						"name": "outBoundType",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Outbound call mode. The options are as follows: • 2: predicted outbound call • 5: previewed outbound call • 6: preempted outbound call",
						"options": [
							{
								"value": 2,
								"name": "predicted outbound call"
							},
							{
								"value": 5,
								"name": "previewed outbound call"
							},
							{
								"value": 6,
								"name": "preempted outbound call"
							}
						]
					},
					{
						"name": "predictParam",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Parameter settings for predicted outbound calls. This parameter is mandatory when outBoundType is set to 2. For details about the parameters of this object, see Table 7-23.",
						"children": [
							{
								"name": "predictMethod",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Algorithm for predicted outbound calls. The options are as follows: 1: Algorithm for empirical prediction 2: Algorithm for agent usage prediction 3: Algorithm for predicting the outbound call completion rate 5: Algorithm for off-hook rate prediction",
								"options": [
									{
										"value": 1,
										"name": "Algorithm for empirical prediction"
									},
									{
										"value": 2,
										"name": "Algorithm for agent usage prediction"
									},
									{
										"value": 3,
										"name": "Algorithm for predicting the outbound call completion rate"
									},
									{
										"value": 5,
										"name": "Algorithm for off-hook rate prediction"
									}
								]
							},
							{
								"name": "expPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Parameter settings of the algorithm for empirical prediction. This parameter is mandatory when predictMethod is set to 1. For details about the parameters of this object, see Table 7-24.",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Maximum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200.",
										"min": 50,
										"max": 200
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200. The value must be less than or equal to the value of maxAvgCallTime.",
										"min": 50,
										"max": 200
									},
									{
										"name": "outBoundRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Outbound call rate. The value ranges from 0 to 100. The default value is 70.",
										"min": 0,
										"max": 100,
										"default": 70
									}
								]
							},
							{
								"name": "agentPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Parameter settings of the algorithm for agent usage prediction. This parameter is mandatory when predictMethod is set to 2. For details about the parameters of this object, see Table 7-25.",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Maximum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200.",
										"min": 50,
										"max": 200
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200. The value must be less than or equal to the value of maxAvgCallTime.",
										"min": 50,
										"max": 200
									},
									{
										"name": "lossRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum call loss rate. The value ranges from 0 to 100. The default value is 3.",
										"min": 0,
										"max": 100,
										"default": 3
									},
									{
										"name": "utilRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Agent usage. The value ranges from 0 to 100. The default value is 70.",
										"min": 0,
										"max": 100,
										"default": 70
									},
									{
										"name": "utilRateMethod",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Algorithm for agent usage. The options are as follows: 1: Agent usage = Total call duration/Total login duration 2: Agent usage = (Total call duration + Work state duration)/Total login duration",
										"options": [
											{
												"value": 1,
												"name": "Agent usage = Total call duration/Total login duration"
											},
											{
												"value": 2,
												"name": "Agent usage = (Total call duration + Work state duration)/Total login duration"
											}
										]
									}
								]
							},
							{
								"name": "connectPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Parameter settings of the algorithm for predicting the outbound call completion rate. This parameter is mandatory when predictMethod is set to 3. For details about the parameters of this object, see Table 7-26.",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Maximum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200.",
										"min": 50,
										"max": 200
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200. The value must be less than or equal to the value of maxAvgCallTime.",
										"min": 50,
										"max": 200
									},
									{
										"name": "lossRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum call loss rate. The value ranges from 0 to 100. The default value is 3.",
										"min": 0,
										"max": 100,
										"default": 3
									},
									{
										"name": "waitTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Called party's waiting time. The value ranges from 0 to 16, in seconds. The default value is 5.",
										"min": 0,
										"max": 16,
										"default": 5
									},
									{
										"name": "connRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Outbound call connection rate. The value ranges from 0 to 100.",
										"min": 0,
										"max": 100
									}
								]
							},
							{
								"name": "offhookPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Parameter settings of the algorithm for off-hook rate prediction. This parameter is mandatory when predictMethod is set to 5. For details about the parameters of this object, see Table 7-27.",
								"children": [
									{
										"name": "offHookRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Off-hook rate. The value ranges from 50 to 200. The default value is 100.",
										"min": 50,
										"max": 200,
										"default": 100
									}
								]
							}
						]
					},
					{
						"name": "previewParam",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Parameter settings for previewed outbound calls. This parameter is mandatory when outBoundType is set to 5. For details about the parameters of this object, see Table 7-22.",
						"children": [
							{
								"name": "failInterval",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Outbound call interval, in seconds. The value ranges from 3 to 60.",
								"min": 3,
								"max": 60
							},
							{
								"name": "obCallCount",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Number of outbound calls each time. The value ranges from 1 to 100.",
								"min": 1,
								"max": 100
							},
							{
								"name": "autoCallTime",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Duration of a previewed outbound call, in seconds. The value ranges from 5 to the value of maxAlertingTime minus 3."
							}
						]
					}
				]
			},
			{
				"name": "initStatus",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Campaign status after addition. The default value is 0. The options are as follows: • 0: The campaign is in started status after being added. • 1: The campaign is in suspended status after being added.",
				"options": [
					{
						"value": 0,
						"name": "The campaign is in started status after being added"
					},
					{
						"value": 1,
						"name": "The campaign is in suspended status after being added"
					}
				],
				"default": 0
			},
			{
				"name": "callBackUrl",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Callback notification address of the outbound call result. The URL must start with https:// or http. NOTE HTTP is an insecure protocol, which may bring risks to the system. Therefore, it is not recommended. The secure HTTPS protocol is recommended."
			},
			{
				"name": "retryPolicy",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Outbound call result policy. For details about the parameters of this object, see Table 7-29.",
				"children": [
					{
						"name": "policyType",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Retry policy type. 0: global policy; 1: number type matching policy.",
						"options": [
							{
								"value": 0,
								"name": "global policy"
							},
							{
								"value": 1,
								"name": "number type matching policy"
							}
						]
					},
					{
						"name": "retryDay",
						"in": "body",
						"type": "integer",
						"description": "Maximum number of days for call attempts. This parameter is mandatory for common policies under the global policy. The value ranges from 1 to 5.",
						"min": 1,
						"max": 5
					},
					{
						"name": "retryTimes",
						"in": "body",
						"type": "integer",
						"description": "Maximum number of call attempts per day. This parameter is mandatory for common policies under the global policy. The value ranges from 1 to 6.",
						"min": 1,
						"max": 6
					},
					{
						"name": "callInterval",
						"in": "body",
						"type": "integer",
						"description": "Outbound call interval, in seconds. This parameter is mandatory for common policies under the global policy. The value ranges from 1 to 86400.",
						"min": 1,
						"max": 86400
					},
					{
						"name": "resultRetry",
						"in": "body",
						"type": "object",
						"description": "JSON string of the result policy. This parameter is mandatory for result policies under the global policy. For details about the parameters of this object, see Table 7-30.",
						"jsonString": true,
						"children": [
							{
								"name": "result",
								"in": "body",
								"type": "integer",
								"description": "Result type. This parameter is mandatory for result policies under the global policy. The value ranges from 1 to 9.",
								"min": 1,
								"max": 9
							},
							{
								"name": "callInterval",
								"in": "body",
								"type": "integer",
								"description": "Outbound call interval, in seconds. This parameter is mandatory for result policies under the global policy. The value ranges from 1 to 86400.",
								"min": 1,
								"max": 86400
							},
							{
								"name": "retryNumber",
								"in": "body",
								"type": "integer",
								"description": "Number of retry times. This parameter is mandatory for result policies under the global policy. The value ranges from 0 to 9.",
								"min": 0,
								"max": 9
							}
						]
					},
					{
						"name": "policyJson",
						"in": "body",
						"type": "object",
						"description": "JSON string of the number type matching policy. This parameter is mandatory for number type matching policies. For details about the parameters of this object, see Table 7-31.",
						"jsonString": true,
						"children": [
							{
								"name": "dataType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Number type. The value can contain a maximum of 20 characters, excluding special characters.",
								"maxLength": 20
							},
							{
								"name": "type",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Retry logic policy type. ● 0: common policy ● 1: result policy",
								"options": [
									{
										"value": 0,
										"name": "common policy"
									},
									{
										"value": 1,
										"name": "result policy"
									}
								]
							},
							{
								"name": "policy",
								"in": "body",
								"type": "object",
								"required": true,
								"description": "Policy configuration information. For details about the parameters of this object, see Table 7-32.",
								"jsonString": true,
								"children": [
									{
										"name": "retryDay",
										"in": "body",
										"type": "integer",
										"description": "Maximum number of days for call attempts. This parameter is mandatory for common policies that are matched based on the number type. The value ranges from 1 to 5.",
										"min": 1,
										"max": 5
									},
									{
										"name": "retryTimes",
										"in": "body",
										"type": "integer",
										"description": "Maximum number of call attempts per day. This parameter is mandatory for common policies that are matched based on the number type. The value ranges from 1 to 6.",
										"min": 1,
										"max": 6
									},
									{
										"name": "result",
										"in": "body",
										"type": "integer",
										"description": "Result type. This parameter is mandatory for result policies that are matched based on the number type. The value ranges from 0 to 9. The options are as follows: 1: The customer is busy. 2: The customer does not answer the call. 3: The customer rejects the call. 4: The number does not exist. 5: The customer's phone is powered off. 6: The customer is out of the service area. 7: Fax or switchboar...",
										"min": 0,
										"max": 9
									},
									{
										"name": "callInterval",
										"in": "body",
										"type": "integer",
										"description": "Outbound call interval, in seconds. This parameter is mandatory for result policies that are matched based on the number type. The value ranges from 1 to 86400.",
										"min": 1,
										"max": 86400
									},
									{
										"name": "retryNumber",
										"in": "body",
										"type": "integer",
										"description": "Number of retry times. This parameter is mandatory for result policies that are matched based on the number type. The value ranges from 0 to 9.",
										"min": 0,
										"max": 9
									}
								]
							}
						]
					},
					{
						"name": "busiPolicy",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "JSON string of the business result policy. For details about the parameters of this object, see Table 7-33.",
						"jsonString": true,
						"children": [
							{
								"name": "busiResultCode",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Business result code."
							},
							{
								"name": "busiResultSubCode",
								"in": "body",
								"type": "string",
								"description": "Business result subcode. (This parameter is associated with the business result code.)"
							},
							{
								"name": "busiResultPolicy",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Call policy for a business result. 0: Stop calling. 1: Call the next number. 2: Call the current number.",
								"options": [
									{
										"value": 0,
										"name": "Stop calling"
									},
									{
										"value": 1,
										"name": "Call the next number"
									},
									{
										"value": 2,
										"name": "Call the current number"
									}
								]
							},
							{
								"name": "callInterval",
								"in": "body",
								"type": "integer",
								"description": "Outbound call interval, in seconds. If the call policy is set to 0, you do not need to set this parameter. Otherwise, this parameter is mandatory. The value ranges from 1 to 3600.",
								"min": 1,
								"max": 3600
							}
						]
					},
					{
						"name": "noRetryPolicy",
						"in": "body",
						"type": "array",
						"required": false,
						"description": "Result codes for which no retry policy is configured. The result codes come from the resultCode field in the data attribute in 7.5.1 Querying Outbound Call Results. (Mandatory: No (This parameter cannot be set when policyType is set to 1.))"
					}
				]
			},
			{
				"name": "callPolicy",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Call policy. For details about the parameters of this object, see Table 7-34.",
				"children": [
					{
						"name": "callType",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Call mode. 0: by sequence; 1: by round. The default value is 0.",
						"options": [
							{
								"value": 0,
								"name": "by sequence"
							},
							{
								"value": 1,
								"name": "by round. The default value is 0"
							}
						],
						"default": 0
					},
					{
						"name": "chooseType",
						"in": "body",
						"type": "integer",
						"description": "Round mode. 0: by number category; 1: by number sequence. This parameter is mandatory when the call mode is by round.",
						"options": [
							{
								"value": 0,
								"name": "by number category"
							},
							{
								"value": 1,
								"name": "by number sequence. This parameter is mandatory when the call mode is by round"
							}
						]
					},
					{
						"name": "turns",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"description": "Round information. This parameter is mandatory when the call mode is by round. For details about the parameters of this object, see Table 7-35.",
						"children": [
							{
								"name": "turnType",
								"in": "body",
								"type": "string",
								"description": "Number type. The value can contain a maximum of 20 characters, excluding special characters. This parameter is mandatory when the round mode is by number category.",
								"maxLength": 20
							},
							{
								"name": "turnOrder",
								"in": "body",
								"type": "integer",
								"description": "Number sequence. The value ranges from 1 to 10. This parameter is mandatory when the round mode is by number sequence.",
								"min": 1,
								"max": 10
							}
						]
					}
				]
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Center ID. This parameter can be used to identify a center when there are multiple centers.",
				"displayName": "Call Center ID"
			}
		],
		"shapeNote": "required table fields absent from example: callbackUrl, cclId Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5. Vendor evidence: callBackUrl (the PDF prints callbackUrl): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_0788.html (outbound results are pushed to \"the value of callBackUrl\" given when the campaign is created) and the reference's own request examples of 7.1.1, 7.1.3 and 7.1.4.",
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200002": "The start time of an outbound campaign is earlier than the early morning of the current day.",
				"0200003": "The number of outbound campaigns whose device type is skill queue has reached the upper limit. To add more outbound campaigns, delete other outbound campaigns whose device type is skill queue.",
				"0200004": "The number of outbound campaigns whose device type is IVR has reached the upper limit. To add more outbound campaigns, delete other outbound campaigns whose device type is IVR.",
				"0200005": "The outbound campaign name must be unique.",
				"0200017": "The skill queue ID does not exist.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"name": "test0827shwocase1",
			"description": "long0825",
			"strBeginTime": "2021-08-27 00:00:00",
			"strEndTime": "2021-08-28 23:59:59",
			"deviceType": 2,
			"callerNo": [
				{
					"accessCode": "88889527",
					"priority": 3
				},
				{
					"accessCode": "88880066",
					"priority": 4
				}
			],
			"maxAlertingTime": 20,
			"priority": 4,
			"scheduleParam": {
				"workdayBeginTime1": "00:00",
				"workdayEndTime1": "23:59",
				"workdayBeginTime2": "",
				"workdayEndTime2": "",
				"workdayBeginTime3": "",
				"workdayEndTime3": "",
				"holidayBeginTime1": "10:00",
				"holidayEndTime1": "11:00",
				"holidayBeginTime2": "13:00",
				"holidayEndTime2": "17:30",
				"holidayBeginTime3": "",
				"holidayEndTime3": ""
			},
			"skillParam": {
				"skillId": 2,
				"skillName": "defaultAudioSkill",
				"outBoundType": 2,
				"predictParam": {
					"predictMethod": 1,
					"expPredictParam": {
						"maxAvgCallTime": 100,
						"minAvgCallTime": 50,
						"outBoundRate": 50
					}
				}
			},
			"retryPolicy": {
				"policyType": 1,
				"policyJson": "[{'dataType':'SI','type':1,'policy':{'result':4,'retryNumber':3,'callInterval':600}}]"
			}
		}
	},
	{
		"section": "7.1.3",
		"title": "Modifying an Outbound Campaign (V1)",
		"family": "isales",
		"resource": "campaign",
		"operation": "updateOutboundCampaignV1",
		"name": "Update an Outbound Campaign (V1)",
		"method": "PUT",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/{campaignId}",
		"auth": "C2",
		"idempotent": false,
		"legacy": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Outbound campaign task ID.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of an outbound campaign. The name must be unique. The value can contain a maximum of 32 characters.",
				"maxLength": 32
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Description of an outbound campaign. The value can contain a maximum of 200 characters, excluding the following special characters: \"[]=<>",
				"maxLength": 200
			},
			{
				"name": "strBeginTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Time when an outbound campaign starts. The format is yyyy-MM-dd HH:mm:ss. The time cannot be earlier than 00:00 of the current day."
			},
			{
				"name": "strEndTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Time when an outbound campaign ends. The format is yyyy-MM-ddHH:mm:ss."
			},
			{
				"name": "deviceType",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Type of an outbound device. The options are as follows: • 1: IVR in intelligent outbound calls (available in the SaaS environment when the intelligent feature is enabled) • 2: skill queue in predicted outbound calls • 3: IVR in automatic outbound calls • 5: skill queue in previewed outbound calls • 6: skill queue in preempted outbound calls The default value is the value set during creation and...",
				"options": [
					{
						"value": 1,
						"name": "IVR in intelligent outbound calls (available in the SaaS environment when the intelligent feature is enabled)"
					},
					{
						"value": 2,
						"name": "skill queue in predicted outbound calls"
					},
					{
						"value": 3,
						"name": "IVR in automatic outbound calls"
					},
					{
						"value": 5,
						"name": "skill queue in previewed outbound calls"
					},
					{
						"value": 6,
						"name": "skill queue in preempted outbound calls"
					}
				]
			},
			{
				"name": "callerNo",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Calling number. Number displayed on the phone of a customer after a call is connected. The value can contain a maximum of 24 characters, including only digits, asterisks (*), and number signs (#).",
				"maxLength": 24
			},
			{
				"name": "maxAlertingTime",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Maximum ringing duration for no answer. If the ringing duration exceeds the value of this parameter, the call is released. For previewed outbound calls, the value ranges from 9 to 120, in seconds. For other types of outbound calls, the value ranges from 5 to 120, in seconds."
			},
			{
				"name": "scheduleParam",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Outbound call time segment. For details about the parameters of this object, see Table 7-42.",
				"children": [
					{
						"name": "workdayBeginTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 1 on workdays, in HH:mm format."
					},
					{
						"name": "workdayEndTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 1 on workdays, in HH:mm format."
					},
					{
						"name": "workdayBeginTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 2 on workdays, in HH:mm format."
					},
					{
						"name": "workdayEndTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 2 on workdays, in HH:mm format."
					},
					{
						"name": "workdayBeginTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 3 on workdays, in HH:mm format."
					},
					{
						"name": "workdayEndTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 3 on workdays, in HH:mm format."
					},
					{
						"name": "holidayBeginTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 1 on holidays, in HH:mm format."
					},
					{
						"name": "holidayEndTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 1 on holidays, in HH:mm format."
					},
					{
						"name": "holidayBeginTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 2 on holidays, in HH:mm format."
					},
					{
						"name": "holidayEndTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 2 on holidays, in HH:mm format."
					},
					{
						"name": "holidayBeginTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 3 on holidays, in HH:mm format."
					},
					{
						"name": "holidayEndTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 3 on holidays, in HH:mm format."
					}
				]
			},
			{
				"name": "ivrParam",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "This parameter is mandatory when deviceType is set to 1 or 3 (IVR). For details about the parameters of this object, see Table 7-43.",
				"children": [
					{
						"name": "deviceSign",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "When deviceType is set to 1, the value is an intelligent IVR flow code (oifde-flowcode). To obtain the flow code, sign in to the AICC as a tenant administrator and choose Configuration Center > Flow Configuration > Intelligent IVR > Flow Management > Flow Orchestration. When deviceType is set to 3, the value is the flow access code of a common IVR or the chatbot access code of an intelligent IV..."
					},
					{
						"name": "callCount",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Number of outbound calls that are made in an outbound task each time. The value ranges from 1 to 100.",
						"min": 1,
						"max": 100
					},
					{
						"name": "callInterval",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Interval for executing an outbound campaign task. The value ranges from 1 to 9999, in seconds.",
						"min": 1,
						"max": 9999
					}
				]
			},
			{
				"name": "skillParam",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "This parameter is mandatory when deviceType is set to 2, 5, or 6 (skill queue). For details about the parameters of this object, see Table 7-44.",
				"children": [
					{
						"name": "skillId",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "ID of a skill queue. The value ranges from 1 to 1000.",
						"min": 1,
						"max": 1000
					},
					{
						"name": "skillName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Skill queue name. The value can contain a maximum of 100 characters.",
						"maxLength": 100
					},
					{
						"name": "outBoundType",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Outbound call mode. The options are as follows: • 2: predicted outbound call • 5: previewed outbound call • 6: preempted outbound call",
						"options": [
							{
								"value": 2,
								"name": "predicted outbound call"
							},
							{
								"value": 5,
								"name": "previewed outbound call"
							},
							{
								"value": 6,
								"name": "preempted outbound call"
							}
						]
					},
					{
						"name": "predictParam",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Parameter settings for predicted outbound calls. This parameter is mandatory when outBoundType is set to 2. For details about the parameters of this object, see Table 7-46.",
						"children": [
							{
								"name": "predictMethod",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Algorithm for predicted outbound calls. The options are as follows: 1: Algorithm for empirical prediction 2: Algorithm for agent usage prediction 3: Algorithm for predicting the outbound call completion rate 5: Algorithm for off-hook rate prediction",
								"options": [
									{
										"value": 1,
										"name": "Algorithm for empirical prediction"
									},
									{
										"value": 2,
										"name": "Algorithm for agent usage prediction"
									},
									{
										"value": 3,
										"name": "Algorithm for predicting the outbound call completion rate"
									},
									{
										"value": 5,
										"name": "Algorithm for off-hook rate prediction"
									}
								]
							},
							{
								"name": "expPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Parameter settings of the algorithm for empirical prediction. This parameter is mandatory when predictMethod is set to 1. For details about the parameters of this object, see Table 7-47.",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Maximum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200.",
										"min": 50,
										"max": 200
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200. The value must be smaller than or equal to the value of maxAvgCallTime.",
										"min": 50,
										"max": 200
									},
									{
										"name": "outBoundRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Outbound call rate. The value ranges from 0 to 100. The default value is 70.",
										"min": 0,
										"max": 100,
										"default": 70
									}
								]
							},
							{
								"name": "agentPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Parameter settings of the algorithm for agent usage prediction. This parameter is mandatory when predictMethod is set to 2. For details about the parameters of this object, see Table 7-48.",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Maximum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200.",
										"min": 50,
										"max": 200
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200. The value must be smaller than or equal to the value of maxAvgCallTime.",
										"min": 50,
										"max": 200
									},
									{
										"name": "lossRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum call loss rate. The value ranges from 0 to 100. The default value is 3.",
										"min": 0,
										"max": 100,
										"default": 3
									},
									{
										"name": "utilRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Agent usage. The value ranges from 0 to 100. The default value is 70.",
										"min": 0,
										"max": 100,
										"default": 70
									},
									{
										"name": "utilRateMethod",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Algorithm for agent usage. The options are as follows: 1: Agent usage = Total call duration/Total login duration 2: Agent usage = (Total call duration + Work state duration)/Total login duration",
										"options": [
											{
												"value": 1,
												"name": "Agent usage = Total call duration/Total login duration"
											},
											{
												"value": 2,
												"name": "Agent usage = (Total call duration + Work state duration)/Total login duration"
											}
										]
									}
								]
							},
							{
								"name": "connectPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Parameter settings of the algorithm for predicting the outbound call completion rate. This parameter is mandatory when predictMethod is set to 3. For details about the parameters of this object, see Table 7-49.",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Maximum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200.",
										"min": 50,
										"max": 200
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200. The value must be smaller than or equal to the value of maxAvgCallTime.",
										"min": 50,
										"max": 200
									},
									{
										"name": "lossRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum call loss rate. The value ranges from 0 to 100. The default value is 3.",
										"min": 0,
										"max": 100,
										"default": 3
									},
									{
										"name": "waitTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Called party's waiting time. The value ranges from 0 to 16, in seconds. The default value is 5.",
										"min": 0,
										"max": 16,
										"default": 5
									},
									{
										"name": "connRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Outbound call connection rate. The value ranges from 0 to 100.",
										"min": 0,
										"max": 100
									}
								]
							},
							{
								"name": "offhookPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Parameter settings of the algorithm for off-hook rate prediction. This parameter is mandatory when predictMethod is set to 5. For details about the parameters of this object, see Table 7-50.",
								"children": [
									{
										"name": "offHookRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Off-hook rate. The value ranges from 50 to 200. The default value is 100.",
										"min": 50,
										"max": 200,
										"default": 100
									}
								]
							}
						]
					},
					{
						"name": "previewParam",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Parameter settings for previewed outbound calls. This parameter is mandatory when outBoundType is set to 5. For details about the parameters of this object, see Table 7-45.",
						"children": [
							{
								"name": "failInterval",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Outbound call interval, in seconds. The value ranges from 3 to 60.",
								"min": 3,
								"max": 60
							},
							{
								"name": "obCallCount",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Number of outbound calls each time. The value ranges from 1 to 100.",
								"min": 1,
								"max": 100
							},
							{
								"name": "autoCallTime",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Duration of a previewed outbound call, in seconds. The value ranges from 5 to the value of maxAlertingTime minus 3."
							}
						]
					}
				]
			},
			{
				"name": "callBackUrl",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Callback notification URL of the outbound call result. The URL must start with https:// or http://. NOTE HTTP is an insecure protocol, which may bring risks to the system. Therefore, it is not recommended. The secure HTTPS protocol is recommended."
			}
		],
		"shapeNote": "example key \"callBackUrl\" differs in case from table field \"callbackUrl\" Vendor evidence: callBackUrl (the PDF prints callbackUrl): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_0788.html (outbound results are pushed to \"the value of callBackUrl\" given when the campaign is created) and the reference's own request examples of 7.1.1, 7.1.3 and 7.1.4.",
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200002": "The start time of an outbound campaign is earlier than the early morning of the current day.",
				"0200005": "The outbound campaign name must be unique.",
				"0200007": "The outbound campaign does not exist.",
				"0200016": "The outbound campaign has expired.",
				"0200017": "The skill queue ID does not exist.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"name": "Data Package Recommendation for National Day",
			"description": "Data Package Recommendation for National Day",
			"strBeginTime": "2020-09-10 00:00:00",
			"strEndTime": "2020-10-07 23:59:59",
			"deviceType": 2,
			"callerNo": "10085",
			"maxAlertingTime": 20,
			"scheduleParam": {
				"workdayBeginTime1": "08:00",
				"workdayEndTime1": "11:30",
				"workdayBeginTime2": "13:00",
				"workdayEndTime2": "17:30",
				"workdayBeginTime3": "",
				"workdayEndTime3": "",
				"holidayBeginTime1": "10:00",
				"holidayEndTime1": "11:00",
				"holidayBeginTime2": "13:00",
				"holidayEndTime2": "17:30",
				"holidayBeginTime3": "",
				"holidayEndTime3": ""
			},
			"skillParam": {
				"skillId": 5,
				"skillName": "Voice Skill Queue",
				"outBoundType": 2,
				"predictParam": {
					"predictMethod": 5,
					"offhookPredictParam": {
						"offHookRate": 100
					}
				}
			},
			"callBackUrl": "https://10.10.10.xxx/xxx/xxx"
		}
	},
	{
		"section": "7.1.4",
		"title": "Modifying an Outbound Campaign (V2)",
		"family": "isales",
		"resource": "campaign",
		"operation": "updateOutboundCampaignV2",
		"name": "Update an Outbound Campaign (V2)",
		"method": "PUT",
		"path": "/rest/isales/v2/openapi/campaigns/{vdnId}/{campaignId}",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Outbound campaign task ID.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of an outbound campaign. The name must be unique. The value can contain a maximum of 32 characters.",
				"maxLength": 32
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Description of an outbound campaign. The value can contain a maximum of 200 characters, excluding the following special characters: \"[ ] =;",
				"maxLength": 200
			},
			{
				"name": "strBeginTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Time when an outbound campaign starts. The format is yyyy-MM-dd HH:mm:ss. The time cannot be earlier than 00:00 of the current day."
			},
			{
				"name": "strEndTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Time when an outbound campaign ends. The format is yyyy-MM-ddHH:mm:ss."
			},
			{
				"name": "deviceType",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Type of an outbound device. The options are as follows: • 1: IVR in intelligent outbound calls (available in the SaaS environment when the intelligent feature is enabled) • 2: skill queue in predicted outbound calls • 3: IVR in automatic outbound calls • 5: skill queue in previewed outbound calls • 6: skill queue in preempted outbound calls The default value is the value set during creation and...",
				"options": [
					{
						"value": 1,
						"name": "IVR in intelligent outbound calls (available in the SaaS environment when the intelligent feature is enabled)"
					},
					{
						"value": 2,
						"name": "skill queue in predicted outbound calls"
					},
					{
						"value": 3,
						"name": "IVR in automatic outbound calls"
					},
					{
						"value": 5,
						"name": "skill queue in previewed outbound calls"
					},
					{
						"value": 6,
						"name": "skill queue in preempted outbound calls"
					}
				]
			},
			{
				"name": "callerNo",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "Multiple calling numbers are supported. For details about the parameters of this object, see Table 7-65.",
				"children": [
					{
						"name": "accessCode",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Calling number. Number displayed on the phone of a customer after a call is connected. The value can contain a maximum of 32 characters, including only digits.",
						"maxLength": 32
					},
					{
						"name": "priority",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Calling number priority. The value ranges from 1 to 5. A smaller value indicates a higher priority.",
						"min": 1,
						"max": 5
					}
				]
			},
			{
				"name": "maxAlertingTime",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Maximum ringing duration for no answer. If the ringing duration exceeds the value of this parameter, the call is released. The value ranges from 5 to 60, in seconds.",
				"min": 5,
				"max": 60
			},
			{
				"name": "priority",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Task priority. The value ranges from 1 to 5. A smaller value indicates a higher priority.",
				"min": 1,
				"max": 5
			},
			{
				"name": "scheduleParam",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Outbound call time segment. For details about the parameters of this object, see Table 7-56.",
				"children": [
					{
						"name": "workdayBeginTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 1 on workdays, in HH:mm format."
					},
					{
						"name": "workdayEndTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 1 on workdays, in HH:mm format."
					},
					{
						"name": "workdayBeginTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 2 on workdays, in HH:mm format."
					},
					{
						"name": "workdayEndTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 2 on workdays, in HH:mm format."
					},
					{
						"name": "workdayBeginTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 3 on workdays, in HH:mm format."
					},
					{
						"name": "workdayEndTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 3 on workdays, in HH:mm format."
					},
					{
						"name": "holidayBeginTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 1 on holidays, in HH:mm format."
					},
					{
						"name": "holidayEndTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 1 on holidays, in HH:mm format."
					},
					{
						"name": "holidayBeginTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 2 on holidays, in HH:mm format."
					},
					{
						"name": "holidayEndTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 2 on holidays, in HH:mm format."
					},
					{
						"name": "holidayBeginTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start time of outbound call time segment 3 on holidays, in HH:mm format."
					},
					{
						"name": "holidayEndTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End time of outbound call time segment 3 on holidays, in HH:mm format."
					}
				]
			},
			{
				"name": "ivrParam",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "This parameter is mandatory when deviceType is set to 1 or 3 (IVR). For details about the parameters of this object, see Table 7-57.",
				"children": [
					{
						"name": "deviceSign",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "When deviceType is set to 1, the value is an intelligent IVR flow code (oifde-flowcode). To obtain the flow code, sign in to the AICC as a tenant administrator and choose Configuration Center > Flow Configuration > Intelligent IVR > Flow Management > Flow Orchestration. When deviceType is set to 3, the value is a common IVR flow access code. To obtain the flow access code, choose Configuration ..."
					},
					{
						"name": "callCount",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Number of outbound calls that are made in an outbound task each time. The value ranges from 1 to 100.",
						"min": 1,
						"max": 100
					},
					{
						"name": "callInterval",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Interval for executing an outbound campaign task. The value ranges from 1 to 9999, in seconds.",
						"min": 1,
						"max": 9999
					}
				]
			},
			{
				"name": "skillParam",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "This parameter is mandatory when deviceType is set to 2, 5, or 6 (skill queue). For details about the parameters of this object, see Table 7-58.",
				"children": [
					{
						"name": "skillId",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "ID of a skill queue. The value ranges from 1 to 1000.",
						"min": 1,
						"max": 1000
					},
					{
						"name": "skillName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Skill queue name. The value can contain a maximum of 100 characters.",
						"maxLength": 100
					},
					{
						"name": "outBoundType",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Outbound call mode. The options are as follows: • 2: predicted outbound call • 5: previewed outbound call • 6: preempted outbound call",
						"options": [
							{
								"value": 2,
								"name": "predicted outbound call"
							},
							{
								"value": 5,
								"name": "previewed outbound call"
							},
							{
								"value": 6,
								"name": "preempted outbound call"
							}
						]
					},
					{
						"name": "predictParam",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Parameter settings for predicted outbound calls. This parameter is mandatory when outBoundType is set to 2. For details about the parameters of this object, see Table 7-60.",
						"children": [
							{
								"name": "predictMethod",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Algorithm for predicted outbound calls. The options are as follows: 1: Algorithm for empirical prediction 2: Algorithm for agent usage prediction 3: Algorithm for predicting the outbound call completion rate 5: Algorithm for off-hook rate prediction",
								"options": [
									{
										"value": 1,
										"name": "Algorithm for empirical prediction"
									},
									{
										"value": 2,
										"name": "Algorithm for agent usage prediction"
									},
									{
										"value": 3,
										"name": "Algorithm for predicting the outbound call completion rate"
									},
									{
										"value": 5,
										"name": "Algorithm for off-hook rate prediction"
									}
								]
							},
							{
								"name": "expPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Parameter settings of the algorithm for empirical prediction. This parameter is mandatory when predictMethod is set to 1. For details about the parameters of this object, see Table 7-61.",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Maximum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200.",
										"min": 50,
										"max": 200
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200. The value must be less than or equal to the value of maxAvgCallTime.",
										"min": 50,
										"max": 200
									},
									{
										"name": "outBoundRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Outbound call rate. The value ranges from 0 to 100. The default value is 70.",
										"min": 0,
										"max": 100,
										"default": 70
									}
								]
							},
							{
								"name": "agentPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Parameter settings of the algorithm for agent usage prediction. This parameter is mandatory when predictMethod is set to 2. For details about the parameters of this object, see Table 7-62.",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Maximum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200.",
										"min": 50,
										"max": 200
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200. The value must be less than or equal to the value of maxAvgCallTime.",
										"min": 50,
										"max": 200
									},
									{
										"name": "lossRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum call loss rate. The value ranges from 0 to 100. The default value is 3.",
										"min": 0,
										"max": 100,
										"default": 3
									},
									{
										"name": "utilRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Agent usage. The value ranges from 0 to 100. The default value is 70.",
										"min": 0,
										"max": 100,
										"default": 70
									},
									{
										"name": "utilRateMethod",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Algorithm for agent usage. The options are as follows: 1: Agent usage = Total call duration/Total login duration 2: Agent usage = (Total call duration + Work state duration)/Total login duration",
										"options": [
											{
												"value": 1,
												"name": "Agent usage = Total call duration/Total login duration"
											},
											{
												"value": 2,
												"name": "Agent usage = (Total call duration + Work state duration)/Total login duration"
											}
										]
									}
								]
							},
							{
								"name": "connectPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Parameter settings of the algorithm for predicting the outbound call completion rate. This parameter is mandatory when predictMethod is set to 3. For details about the parameters of this object, see Table 7-63.",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Maximum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200.",
										"min": 50,
										"max": 200
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum average call duration, in seconds. The value is a positive integer. The value ranges from 50 to 200. The value must be less than or equal to the value of maxAvgCallTime.",
										"min": 50,
										"max": 200
									},
									{
										"name": "lossRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Minimum call loss rate. The value ranges from 0 to 100. The default value is 3.",
										"min": 0,
										"max": 100,
										"default": 3
									},
									{
										"name": "waitTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Called party's waiting time. The value ranges from 0 to 16, in seconds. The default value is 5.",
										"min": 0,
										"max": 16,
										"default": 5
									},
									{
										"name": "connRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Outbound call connection rate. The value ranges from 0 to 100.",
										"min": 0,
										"max": 100
									}
								]
							},
							{
								"name": "offhookPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Parameter settings of the algorithm for off-hook rate prediction. This parameter is mandatory when predictMethod is set to 5. For details about the parameters of this object, see Table 7-64.",
								"children": [
									{
										"name": "offHookRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Off-hook rate. The value ranges from 50 to 200. The default value is 100.",
										"min": 50,
										"max": 200,
										"default": 100
									}
								]
							}
						]
					},
					{
						"name": "previewParam",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Parameter settings for previewed outbound calls. This parameter is mandatory when outBoundType is set to 5. For details about the parameters of this object, see Table 7-59.",
						"children": [
							{
								"name": "failInterval",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Outbound call interval, in seconds. The value ranges from 3 to 60.",
								"min": 3,
								"max": 60
							},
							{
								"name": "obCallCount",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Number of outbound calls each time. The value ranges from 1 to 100.",
								"min": 1,
								"max": 100
							},
							{
								"name": "autoCallTime",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Duration of a previewed outbound call, in seconds. The value ranges from 5 to the value of maxAlertingTime minus 3."
							}
						]
					}
				]
			},
			{
				"name": "initStatus",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Campaign status after addition. The default value is 0. The options are as follows: • 0: The campaign is in started status after being added. • 1: The campaign is in suspended status after being added.",
				"options": [
					{
						"value": 0,
						"name": "The campaign is in started status after being added"
					},
					{
						"value": 1,
						"name": "The campaign is in suspended status after being added"
					}
				],
				"default": 0
			},
			{
				"name": "callBackUrl",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Callback notification address of the outbound call result. The URL must start with https:// or http. NOTE HTTP is an insecure protocol, which may bring risks to the system. Therefore, it is not recommended. The secure HTTPS protocol is recommended."
			},
			{
				"name": "retryPolicy",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Outbound call result policy. For details about the parameters of this object, see Table 7-66.",
				"children": [
					{
						"name": "retryPolicyId",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Retry policy ID."
					},
					{
						"name": "retryDay",
						"in": "body",
						"type": "integer",
						"description": "Maximum number of days for call attempts. This parameter is mandatory for common policies under the global policy. The value ranges from 1 to 5.",
						"min": 1,
						"max": 5
					},
					{
						"name": "retryTimes",
						"in": "body",
						"type": "integer",
						"description": "Maximum number of call attempts per day. This parameter is mandatory for common policies under the global policy. The value ranges from 1 to 6.",
						"min": 1,
						"max": 6
					},
					{
						"name": "policyType",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Retry policy type. 0: global policy; 1: number type matching policy.",
						"options": [
							{
								"value": 0,
								"name": "global policy"
							},
							{
								"value": 1,
								"name": "number type matching policy"
							}
						]
					},
					{
						"name": "callInterval",
						"in": "body",
						"type": "integer",
						"description": "Outbound call interval, in seconds. This parameter is mandatory for common policies under the global policy. The value ranges from 1 to 86400.",
						"min": 1,
						"max": 86400
					},
					{
						"name": "resultRetry",
						"in": "body",
						"type": "object",
						"description": "JSON string of the result policy. This parameter is mandatory for result policies under the global policy. For details about the parameters of this object, see Table 7-70.",
						"jsonString": true,
						"children": [
							{
								"name": "result",
								"in": "body",
								"type": "integer",
								"description": "Result type. This parameter is mandatory for result policies under the global policy. The value ranges from 0 to 9.",
								"min": 0,
								"max": 9
							},
							{
								"name": "callInterval",
								"in": "body",
								"type": "integer",
								"description": "Outbound call interval, in seconds. This parameter is mandatory for result policies under the global policy. The value ranges from 1 to 86400.",
								"min": 1,
								"max": 86400
							},
							{
								"name": "retryNumber",
								"in": "body",
								"type": "integer",
								"description": "Number of retry times. This parameter is mandatory for result policies under the global policy. The value ranges from 0 to 9.",
								"min": 0,
								"max": 9
							}
						]
					},
					{
						"name": "policyJson",
						"in": "body",
						"type": "object",
						"description": "JSON string of the number type matching policy. This parameter is mandatory for number type matching policies. For details about the parameters of this object, see Table 7-68.",
						"jsonString": true,
						"children": [
							{
								"name": "dataType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Number type. The value can contain a maximum of 20 characters, excluding special characters.",
								"maxLength": 20
							},
							{
								"name": "type",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Retry logic policy type. 0: common policy 1: result policy",
								"options": [
									{
										"value": 0,
										"name": "common policy"
									},
									{
										"value": 1,
										"name": "result policy"
									}
								]
							},
							{
								"name": "policy",
								"in": "body",
								"type": "object",
								"required": true,
								"description": "Policy configuration information. For details about the parameters of this object, see Table 7-69.",
								"jsonString": true,
								"children": [
									{
										"name": "retryDay",
										"in": "body",
										"type": "integer",
										"description": "Maximum number of days for call attempts. This parameter is mandatory for common policies that are matched based on the number type. The value ranges from 1 to 5.",
										"min": 1,
										"max": 5
									},
									{
										"name": "retryTimes",
										"in": "body",
										"type": "integer",
										"description": "Maximum number of call attempts per day. This parameter is mandatory for common policies that are matched based on the number type. The value ranges from 1 to 6.",
										"min": 1,
										"max": 6
									},
									{
										"name": "result",
										"in": "body",
										"type": "integer",
										"description": "Result type. This parameter is mandatory for result policies that are matched based on the number type. The value ranges from 0 to 9. The options are as follows: 1: The customer is busy. 2: The customer does not answer the call. 3: The customer rejects the call. 4: The number does not exist. 5: The customer's phone is powered off. 6: The customer is out of the service area. 7: Fax or switchboar...",
										"min": 0,
										"max": 9
									},
									{
										"name": "callInterval",
										"in": "body",
										"type": "integer",
										"description": "Outbound call interval, in seconds. This parameter is mandatory for common policies and result policies that are matched based on the number type. The value ranges from 1 to 86400.",
										"min": 1,
										"max": 86400
									},
									{
										"name": "retryNumber",
										"in": "body",
										"type": "integer",
										"description": "Number of retry times. This parameter is mandatory for result policies that are matched based on the number type. The value ranges from 0 to 9.",
										"min": 0,
										"max": 9
									}
								]
							}
						]
					},
					{
						"name": "busiPolicy",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Business result policy. For details about the parameters of this object, see Table 7-67.",
						"jsonString": true,
						"children": [
							{
								"name": "busiResultCode",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Business result code."
							},
							{
								"name": "busiResultSubCode",
								"in": "body",
								"type": "string",
								"description": "Business result subcode. (This parameter is associated with the business result code.)"
							},
							{
								"name": "busiResultPolicy",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Call policy for a business result. 0: Stop calling. 1: Call the next number. 2: Call the current number.",
								"options": [
									{
										"value": 0,
										"name": "Stop calling"
									},
									{
										"value": 1,
										"name": "Call the next number"
									},
									{
										"value": 2,
										"name": "Call the current number"
									}
								]
							},
							{
								"name": "callInterval",
								"in": "body",
								"type": "integer",
								"description": "Outbound call interval, in seconds. If the call policy is set to 0, you do not need to set this parameter. Otherwise, this parameter is mandatory. The value ranges from 1 to 3600.",
								"min": 1,
								"max": 3600
							}
						]
					},
					{
						"name": "noRetryPolicy",
						"in": "body",
						"type": "array",
						"required": false,
						"description": "Result codes for which no retry policy is configured. The result codes come from the resultCode field in the data attribute of the interface for querying the definitions of outbound call results. (Mandatory: No (This parameter cannot be set when policyType is set to 1 .))"
					}
				]
			},
			{
				"name": "callPolicy",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "Call policy. For details about the parameters of this object, see Table 7-71.",
				"children": [
					{
						"name": "callPolicyId",
						"in": "body",
						"type": "string",
						"description": "ID of a call policy. This parameter is mandatory for modifying a call policy."
					},
					{
						"name": "callType",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Call mode. The options are 0 (by sequence) and 1 (by round). The default value is 0.",
						"options": [
							{
								"value": 0,
								"name": "by sequence"
							},
							{
								"value": 1,
								"name": "by round"
							}
						],
						"default": 0
					},
					{
						"name": "chooseType",
						"in": "body",
						"type": "integer",
						"description": "Round mode. The options are 0 (by number category) and 1 (by number sequence). This parameter is mandatory when the call mode is by round.",
						"options": [
							{
								"value": 0,
								"name": "by number category"
							},
							{
								"value": 1,
								"name": "by number sequence"
							}
						]
					},
					{
						"name": "turns",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"description": "Round information. This parameter is mandatory when the call mode is by round. For details about the parameters of this object, see Table 7-72.",
						"children": [
							{
								"name": "turnType",
								"in": "body",
								"type": "string",
								"description": "Number type. The value can contain a maximum of 20 characters, excluding special characters. This parameter is mandatory when the round mode is by number category.",
								"maxLength": 20
							},
							{
								"name": "turnOrder",
								"in": "body",
								"type": "integer",
								"description": "Number sequence. The value ranges from 1 to 10. This parameter is mandatory when the round mode is by number sequence.",
								"min": 1,
								"max": 10
							}
						]
					}
				]
			}
		],
		"shapeNote": "example key \"callBackUrl\" differs in case from table field \"callbackUrl\" Vendor evidence: callBackUrl (the PDF prints callbackUrl): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_0788.html (outbound results are pushed to \"the value of callBackUrl\" given when the campaign is created) and the reference's own request examples of 7.1.1, 7.1.3 and 7.1.4.",
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200002": "The start time of an outbound campaign is earlier than the early morning of the current day.",
				"0200005": "The outbound campaign name must be unique.",
				"0200007": "The outbound campaign does not exist.",
				"0200016": "The outbound campaign has expired.",
				"0200017": "The skill queue ID does not exist.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"name": "test0827shwocase1",
			"description": "long0825",
			"strBeginTime": "2021-08-27 00:00:00",
			"strEndTime": "2021-08-28 23:59:59",
			"deviceType": 2,
			"callerNo": [
				{
					"accessCode": "88889527",
					"priority": 3
				}
			],
			"maxAlertingTime": 20,
			"priority": 4,
			"scheduleParam": {
				"workdayBeginTime1": "00:00",
				"workdayEndTime1": "23:59",
				"workdayBeginTime2": "",
				"workdayEndTime2": "",
				"workdayBeginTime3": "",
				"workdayEndTime3": "",
				"holidayBeginTime1": "",
				"holidayEndTime1": "",
				"holidayBeginTime2": "",
				"holidayEndTime2": "",
				"holidayBeginTime3": "",
				"holidayEndTime3": ""
			},
			"skillParam": {
				"skillId": 2,
				"skillName": "defaultAudioSkill",
				"outBoundType": 2,
				"predictParam": {
					"predictMethod": 1,
					"expPredictParam": {
						"maxAvgCallTime": 100,
						"minAvgCallTime": 50,
						"outBoundRate": 50
					}
				}
			},
			"retryPolicy": {
				"retryPolicyId": "163005925789859991571901887599",
				"policyType": 1,
				"policyJson": "[{'dataType':'SI','type':1,'policy':{'result':2,'retryNumber':4,'callInterval':600}}]",
				"busiPolicy": "[{'busiResultCode':'14376596','busiResultSubCode':'14963248','busiResultPolicy':1,'callInterval':300}]"
			},
			"callPolicy": {
				"callPolicyId": "163005925791583092505770074569",
				"callType": 1,
				"chooseType": 0,
				"turns": [
					{
						"turnType": "SI"
					}
				]
			},
			"initStatus": 0,
			"callBackUrl": "https://10.10.10.10/xxx/xxx/xxx"
		}
	},
	{
		"section": "7.1.5",
		"title": "Deleting an Outbound Campaign",
		"family": "isales",
		"resource": "campaign",
		"operation": "deleteOutboundCampaign",
		"name": "Delete an Outbound Campaign",
		"method": "DELETE",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/{campaignId}",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Outbound campaign task ID.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			},
			{
				"name": "archiveHistory",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Whether to move the outbound campaign task to the history table. The options are 0 and 1. The value 0 indicates that the outbound campaign task is deleted without being moving to the history table. The value 1 indicates that the outbound campaign task is moved to the history table. The default value is 0.",
				"options": [
					{
						"value": 0,
						"name": "the outbound campaign task is deleted without being moving to the history table"
					},
					{
						"value": 1,
						"name": "the outbound campaign task is moved to the history table"
					}
				],
				"default": 0
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200006": "The database is abnormal.",
				"0200007": "The outbound campaign does not exist.",
				"0200009": "The outbound campaign task is running.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"archiveHistory": 1
		}
	},
	{
		"section": "7.1.6",
		"title": "Querying Details About an Outbound Campaign",
		"family": "isales",
		"resource": "campaign",
		"operation": "getDetailsOutboundCampaign",
		"name": "Get Details About an Outbound Campaign",
		"method": "GET",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/{campaignId}",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of an outbound campaign.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200006": "Database operation error.",
				"0200007": "The outbound campaign does not exist.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		}
	},
	{
		"section": "7.1.7",
		"title": "Querying All Outbound Campaigns",
		"family": "isales",
		"resource": "campaign",
		"operation": "getAllOutboundCampaigns",
		"name": "Get All Outbound Campaigns",
		"method": "GET",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "name",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Name of an outbound campaign. The value is a string of 0 to 30 characters. By default, this parameter is left blank.",
				"minLength": 0,
				"maxLength": 30
			},
			{
				"name": "status",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Status of an outbound campaign. The options are as follows: 2: started 3: suspended 4: completed If this parameter is set to 0, outbound campaigns in all statuses are queried by default.",
				"options": [
					{
						"value": 0,
						"name": "all"
					},
					{
						"value": 2,
						"name": "started"
					},
					{
						"value": 3,
						"name": "suspended"
					},
					{
						"value": 4,
						"name": "completed"
					}
				],
				"default": 0
			},
			{
				"name": "deviceType",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Type of an outbound device. The options are as follows: • 2: skill queue in predicted outbound calls • 3: IVR in automatic outbound calls • 5: skill queue in previewed outbound calls • 6: skill queue in preempted outbound calls If this parameter is set to 0, outbound campaigns of all types are queried by default.",
				"options": [
					{
						"value": 0,
						"name": "all"
					},
					{
						"value": 2,
						"name": "skill queue in predicted outbound calls"
					},
					{
						"value": 3,
						"name": "IVR in automatic outbound calls"
					},
					{
						"value": 5,
						"name": "skill queue in previewed outbound calls"
					},
					{
						"value": 6,
						"name": "skill queue in preempted outbound calls"
					}
				],
				"default": 0
			},
			{
				"name": "beginTime",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Minimum start time of an outbound campaign, in yyyy-MM-dd HH:mm:ss format."
			},
			{
				"name": "endTime",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Maximum end time of an outbound campaign, in yyyy-MM-dd HH:mm:ss format."
			},
			{
				"name": "curPage",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Current page. The default value is 1. If the input value is less than 1, the system automatically changes the value to 1.",
				"default": 1
			},
			{
				"name": "rowsPerPage",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Number of records on each page. If this parameter is not specified, 10 records are queried by default, and the maximum value is 100.",
				"max": 100
			},
			{
				"name": "ccId",
				"in": "query",
				"type": "integer",
				"required": false,
				"description": "If this parameter is set, data is filtered based on the specified call center ID. If this parameter is left blank, data is not filtered.",
				"displayName": "Call Center ID"
			}
		],
		"result": {
			"itemsPath": "data",
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200006": "Database operation error.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			},
			"totalPath": "totalSize"
		},
		"paging": {
			"style": "page",
			"pageField": "curPage",
			"sizeField": "rowsPerPage",
			"firstPage": 1,
			"maxSize": 100
		},
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints cclId): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	},
	{
		"section": "7.1.8",
		"title": "Suspending an Outbound Campaign",
		"family": "isales",
		"resource": "campaign",
		"operation": "suspendOutboundCampaign",
		"name": "Suspend an Outbound Campaign",
		"method": "PUT",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/{campaignId}/pause",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Outbound campaign task ID.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200006": "Database operation error.",
				"0200007": "The outbound campaign does not exist.",
				"0200011": "The outbound campaign in the current status cannot be suspended.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		}
	},
	{
		"section": "7.1.9",
		"title": "Resuming an Outbound Campaign",
		"family": "isales",
		"resource": "campaign",
		"operation": "resumeOutboundCampaign",
		"name": "Resume an Outbound Campaign",
		"method": "PUT",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/{campaignId}/resume",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Outbound campaign task ID.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200006": "Database operation error.",
				"0200007": "The outbound campaign does not exist.",
				"0200011": "The outbound campaign in the current state cannot be resumed.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		}
	},
	{
		"section": "7.1.10",
		"title": "Setting the Retry Policy of an Outbound Campaign",
		"family": "isales",
		"resource": "campaign",
		"operation": "setRetryPolicyOutboundCampaign",
		"name": "Set the Retry Policy of an Outbound Campaign",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/retryPolicy/{campaignId}",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of an outbound campaign.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			},
			{
				"name": "policyJson",
				"in": "body",
				"type": "object",
				"description": "JSON string of the policy. For details about the parameters of this object, see Table 7-117.",
				"jsonString": true,
				"children": [
					{
						"name": "dataType",
						"in": "body",
						"type": "string",
						"description": "Number type."
					},
					{
						"name": "policy",
						"in": "body",
						"type": "object",
						"description": "JSON string of the policy that is matched based on the result. For details about the parameters of this object, see Table 7-118.",
						"jsonString": true,
						"children": [
							{
								"name": "callInterval",
								"in": "body",
								"type": "integer",
								"description": "Delay time."
							},
							{
								"name": "result",
								"in": "body",
								"type": "integer",
								"description": "Result type."
							},
							{
								"name": "retryNumber",
								"in": "body",
								"type": "integer",
								"description": "Number of retry times."
							}
						]
					},
					{
						"name": "retryDay",
						"in": "body",
						"type": "integer",
						"description": "Number of call attempt days in a common policy."
					},
					{
						"name": "retryTimes",
						"in": "body",
						"type": "integer",
						"description": "Number of call attempts per day in a common policy."
					},
					{
						"name": "type",
						"in": "body",
						"type": "integer",
						"description": "Retry logic policy type. • 0: common policy • 1: result policy",
						"options": [
							{
								"value": 0,
								"name": "common policy"
							},
							{
								"value": 1,
								"name": "result policy"
							}
						]
					},
					{
						"name": "noRetryPolicy",
						"in": "body",
						"type": "array",
						"required": false,
						"description": "Result codes for which no retry policy is configured. The result codes come from the resultCode field in the data attribute of the interface for querying the definitions of outbound call results. (Mandatory: No (This parameter cannot be set when policyType is set to 1 .))"
					}
				]
			},
			{
				"name": "policyType",
				"in": "body",
				"type": "integer",
				"description": "Retry policy type. • 0: global policy • 1: number type matching policy",
				"options": [
					{
						"value": 0,
						"name": "global policy"
					},
					{
						"value": 1,
						"name": "number type matching policy"
					}
				]
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200-01": "The outbound campaign does not exist.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"policyJson": "{ 'type':0,'retryTimes':1,'retryDay':1 }",
			"policyType": 0
		}
	},
	{
		"section": "7.1.11",
		"title": "Querying the Retry Policy of an Outbound Campaign",
		"family": "isales",
		"resource": "campaign",
		"operation": "getRetryPolicyOutboundCampaign",
		"name": "Get the Retry Policy of an Outbound Campaign",
		"method": "GET",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/retryPolicy/{campaignId}",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of an outbound campaign.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		}
	},
	{
		"section": "7.1.12",
		"title": "Adding the Definition of an Outbound Call Business Result",
		"family": "isales",
		"resource": "campaign",
		"operation": "addDefinitionOutboundCallBusinessResult",
		"name": "Add the Definition of an Outbound Call Business Result",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/addBusinessResult",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Business result name. The value can contain a maximum of 50 characters, excluding special characters.",
				"maxLength": 50
			},
			{
				"name": "code",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Business result code. The value can contain a maximum of 50 characters, including only digits, letters, and hyphens (-)",
				"maxLength": 50
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Business result description. The value can contain a maximum of 200 characters, excluding special characters.",
				"maxLength": 200
			},
			{
				"name": "children",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": false,
				"description": "Subbusiness result. For details about the parameters of this object, see Table 7-132.",
				"children": [
					{
						"name": "name",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Subbusiness result name. The value can contain a maximum of 50 characters, excluding special characters.",
						"maxLength": 50
					},
					{
						"name": "code",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Subbusiness result code. The value can contain a maximum of 50 characters, including only digits, letters, and hyphens (-)",
						"maxLength": 50
					},
					{
						"name": "description",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Subbusiness result description. The value can contain a maximum of 200 characters, excluding special characters.",
						"maxLength": 200
					}
				]
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"02000006": "Database operation error.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"name": "Call failure",
			"code": "123456",
			"description": "Call failure",
			"children": [
				{
					"name": "The customer directly hangs up.",
					"code": "100001",
					"description": "The customer directly hangs up."
				},
				{
					"name": "The customer turns off the phone.",
					"code": "100002",
					"description": "The customer turns off the phone."
				}
			]
		}
	},
	{
		"section": "7.1.13",
		"title": "Querying the Definitions of Outbound Call Business Results",
		"family": "isales",
		"resource": "campaign",
		"operation": "getDefinitionsOutboundCallBusinessResults",
		"name": "Get the Definitions of Outbound Call Business Results",
		"method": "GET",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/queryBusinessResults",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "pageSize",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Number of data records on each page in the pagination query result. The value ranges from 1 to 50.",
				"min": 1,
				"max": 50
			},
			{
				"name": "pageNum",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Current page number. The value is a positive integer."
			}
		],
		"result": {
			"itemsPath": "data",
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200005": "Parameter error. For details about the error, see resultDesc.",
				"0200007": "Parameter error. For details about the error, see resultDesc.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			},
			"totalPath": "totalCount"
		},
		"paging": {
			"style": "page",
			"pageField": "pageNum",
			"sizeField": "pageSize",
			"firstPage": 1,
			"maxSize": 50
		}
	},
	{
		"section": "7.1.14",
		"title": "Collecting Outbound Call Exception Statistics",
		"family": "isales",
		"resource": "campaign",
		"operation": "collectingOutboundCallExceptionStatistics",
		"name": "Collecting Outbound Call Exception Statistics",
		"method": "GET",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/failcategorystatistics",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "query",
				"type": "string",
				"required": true,
				"description": "Outbound call data ID.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			},
			{
				"name": "startDate",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Start time for the query. Format: yyyy-MM-dd (Mandatory: No (If this parameter is set, endDate is mandatory.))"
			},
			{
				"name": "endDate",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "End time for the query. Format: yyyy-MM-dd The interval between the end time and start time cannot exceed 30 days. (Mandatory: No (If this parameter is set, startDate is mandatory.))"
			}
		],
		"result": {
			"itemsPath": "data",
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		}
	},
	{
		"section": "7.1.15",
		"title": "Adding Calling Numbers",
		"family": "isales",
		"resource": "campaign",
		"operation": "addCallingNumbers",
		"name": "Add Calling Numbers",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/callerNo/{campaignId}",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of an outbound campaign.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			},
			{
				"name": "callerNo",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "Multiple calling numbers are supported. A maximum of 100 numbers can be added at a time. For details about the parameters of this object, see Table 7-149.",
				"maxItems": 100,
				"children": [
					{
						"name": "accessCode",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Calling number. Number displayed on the phone of a customer after a call is connected. The value can contain a maximum of 24 characters, including only digits.",
						"maxLength": 24
					},
					{
						"name": "priority",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Calling number priority. The value ranges from 1 to 5. A smaller value indicates a higher priority.",
						"min": 1,
						"max": 5
					}
				]
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200007": "The outbound campaign does not exist.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"callerNo": [
				{
					"accessCode": "12345678901234",
					"priority": 1
				},
				{
					"accessCode": "525245",
					"priority": 2
				}
			]
		},
		"batch": {
			"field": "callerNo",
			"max": 100
		}
	},
	{
		"section": "7.1.16",
		"title": "Deleting Calling Numbers",
		"family": "isales",
		"resource": "campaign",
		"operation": "deleteCallingNumbers",
		"name": "Delete Calling Numbers",
		"method": "DELETE",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/callerNo/{campaignId}",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of an outbound campaign.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			},
			{
				"name": "callerNo",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "Multiple calling numbers are supported. A maximum of 100 numbers can be deleted at a time. For details about the parameters of this object, see Table 7-155.",
				"maxItems": 100,
				"children": [
					{
						"name": "accessCode",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Calling number. Number displayed on the phone of a customer after a call is connected. The value can contain a maximum of 24 characters, including only digits.",
						"maxLength": 24
					}
				]
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200007": "The outbound campaign does not exist.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"callerNo": [
				{
					"accessCode": "5245241"
				}
			]
		},
		"batch": {
			"field": "callerNo",
			"max": 100
		}
	},
	{
		"section": "7.2.1",
		"title": "Querying the Holiday List of an Outbound Campaign",
		"family": "isales",
		"resource": "holiday",
		"operation": "getHolidayListOutboundCampaign",
		"name": "Get the Holiday List of an Outbound Campaign",
		"method": "GET",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/holiday/{campaignId}",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of an outbound campaign.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			}
		],
		"result": {
			"itemsPath": "data",
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200007": "The outbound campaign does not exist.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		}
	},
	{
		"section": "7.2.2",
		"title": "Adding a Holiday for an Outbound Campaign",
		"family": "isales",
		"resource": "holiday",
		"operation": "addHolidayOutboundCampaign",
		"name": "Add a Holiday for an Outbound Campaign",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/holiday/{campaignId}",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of an outbound campaign.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Holiday name. The name must be unique and can contain a maximum of 30 characters.",
				"maxLength": 30
			},
			{
				"name": "type",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Holiday type. The options are as follows: 1: set by week 2: set by date 3: repeat by date",
				"options": [
					{
						"value": 1,
						"name": "set by week"
					},
					{
						"value": 2,
						"name": "set by date"
					},
					{
						"value": 3,
						"name": "repeat by date"
					}
				]
			},
			{
				"name": "week",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Day of week. This parameter is mandatory when type is set to 1. The options are as follows: 1: Monday 2: Tuesday 3: Wednesday 4: Thursday 5: Friday 6: Saturday 7: Sunday If multiple days are selected, separate them with commas (.). For example, 6,7 indicates Saturday and Sunday.",
				"pattern": "^[1-7](,[1-7])*$",
				"patternHint": "must list days 1 (Monday) to 7 (Sunday), separated by commas (6,7 = Saturday and Sunday)"
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Start time. This parameter is mandatory when type is set to 2 or 3. When type is 2, the data format is yyyy-MM-dd. When type is 3, the data format is MM-dd."
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "End time. This parameter is mandatory when type is set to 2 or 3. When type is 2, the data format is yyyy-MM-dd. When type is 3, the data format is MM-dd."
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200007": "The outbound campaign does not exist.",
				"0200013": "The holiday name already exists.",
				"0200015": "The number of holidays in the outbound campaign reaches the upper limit.",
				"0200030": "The time format is incorrect.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"name": "Mid-Autumn Festival",
			"type": 2,
			"week": null,
			"beginTime": "2018-09-22",
			"endTime": "2018-09-24"
		}
	},
	{
		"section": "7.2.3",
		"title": "Modifying a Holiday for an Outbound Campaign",
		"family": "isales",
		"resource": "holiday",
		"operation": "updateHolidayOutboundCampaign",
		"name": "Update a Holiday for an Outbound Campaign",
		"method": "PUT",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/holiday/{campaignId}",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of an outbound campaign.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			},
			{
				"name": "id",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Holiday ID."
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Holiday name. The name must be unique and can contain a maximum of 30 characters.",
				"maxLength": 30
			},
			{
				"name": "type",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Holiday type. The options are as follows: 1: set by week 2: set by date 3: repeat by date",
				"options": [
					{
						"value": 1,
						"name": "set by week"
					},
					{
						"value": 2,
						"name": "set by date"
					},
					{
						"value": 3,
						"name": "repeat by date"
					}
				]
			},
			{
				"name": "week",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Day of week. This parameter is mandatory when type is set to 1. The options are as follows: 1: Monday 2: Tuesday 3: Wednesday 4: Thursday 5: Friday 6: Saturday 7: Sunday If multiple days are selected, separate them with commas (.). For example, 6,7 indicates Saturday and Sunday.",
				"pattern": "^[1-7](,[1-7])*$",
				"patternHint": "must list days 1 (Monday) to 7 (Sunday), separated by commas (6,7 = Saturday and Sunday)"
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Start time. This parameter is mandatory when type is set to 2 or 3. When type is 2, the data format is yyyy-MM-dd. When type is 3, the data format is MM-dd."
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "End time. This parameter is mandatory when type is set to 2 or 3. When type is 2, the data format is yyyy-MM-dd. When type is 3, the data format is MM-dd."
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200007": "The outbound campaign does not exist.",
				"0200013": "The holiday name already exists.",
				"0200014": "The holiday does not exist.",
				"0200030": "The time format is incorrect.",
				"0200002": "The parameter contains invalid characters.",
				"0200003": "The parameter length cannot exceed the maximum length.",
				"0200004": "The parameter length cannot be less than the minimum length.",
				"0200005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"id": 1318795089,
			"name": "Mid-Autumn Festival",
			"type": 2,
			"week": null,
			"beginTime": "2018-09-22",
			"endTime": "2018-09-24"
		}
	},
	{
		"section": "7.2.4",
		"title": "Deleting a Holiday for an Outbound Campaign",
		"family": "isales",
		"resource": "holiday",
		"operation": "deleteHolidayOutboundCampaign",
		"name": "Delete a Holiday for an Outbound Campaign",
		"method": "DELETE",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/holiday/{campaignId}/{holidayId}",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of an outbound campaign.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			},
			{
				"name": "holidayId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Holiday ID."
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200007": "The outbound campaign does not exist.",
				"0200014": "The holiday does not exist.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		}
	},
	{
		"section": "7.2.5",
		"title": "Deleting All Holidays for an Outbound Campaign",
		"family": "isales",
		"resource": "holiday",
		"operation": "deleteAllHolidaysOutboundCampaign",
		"name": "Delete All Holidays for an Outbound Campaign",
		"method": "DELETE",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/holiday/{campaignId}",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of an outbound campaign.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200007": "The outbound campaign does not exist.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		}
	},
	{
		"section": "7.3.1",
		"title": "Adding Outbound Numbers to the Blacklist",
		"family": "isales",
		"resource": "blacklist",
		"operation": "addOutboundNumbersBlacklist",
		"name": "Add Outbound Numbers to the Blacklist",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/blocklist/add",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "blocklist",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "A maximum of 20 numbers can be added to the blacklist. A number can contain a maximum of 24 characters, including only digits, asterisks (*), and number signs (#).",
				"maxItems": 20
			},
			{
				"name": "validityExpirationTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Expiration time. Expiration time = Time when the number is added + Validity period. For example, if two numbers are added to the blacklist at 2020-12-31 10:06:25 and the validity period is 120 hours, the expiration time is 2021-01-05 10:06:25."
			},
			{
				"name": "validityTime",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Validity period, in hours. The value ranges from 1 to 120.",
				"min": 1,
				"max": 120
			},
			{
				"name": "restrictTimes",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Maximum number of calls. This parameter must be set or left empty together with restrictPeriod. The value ranges from 1 to 100.",
				"min": 1,
				"max": 100
			},
			{
				"name": "restrictPeriod",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Restriction period. The options are 0 (every hour) and 1 (every day). Example 1: \"restrictTimes\":1,\"restrictPeriod\":\"0\" indicates that if an outbound call is made at 10:06:25 on December 30, 2020, another outbound call cannot be made until 11:00:00 on December 30, 2020. Example 2: \"restrictTimes\":1,\"restrictPeriod\":\"1\" indicates that if an outbound call is made at 10:06:25 on December 30, 2020,...",
				"options": [
					{
						"value": "0",
						"name": "every hour"
					},
					{
						"value": "1",
						"name": "every day"
					}
				]
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200006": "Database operation error.",
				"0200007": "The number already exists in the blacklist.",
				"0200018": "Duplicate numbers exist.",
				"0200029": "The maximum number of numbers that can be added each time is exceeded.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"blocklist": [
				"13100000000",
				"13100000001",
				"13100000002",
				"13100000003"
			],
			"validityExpirationTime": "2020-12-31 10:06:25",
			"restrictTimes": 3,
			"restrictPeriod": "0"
		},
		"batch": {
			"field": "blocklist",
			"max": 20
		}
	},
	{
		"section": "7.3.2",
		"title": "Deleting an Outbound Number from the Blacklist",
		"family": "isales",
		"resource": "blacklist",
		"operation": "deleteOutboundNumberBlacklist",
		"name": "Delete an Outbound Number from the Blacklist",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/blocklist/delete",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "blocklistNo",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Number to be deleted from the blacklist. The value can contain a maximum of 24 characters, including only digits, asterisks (*), and number signs (#).",
				"maxLength": 24
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200006": "Database operation error.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"blocklistNo": "13100000000"
		}
	},
	{
		"section": "7.3.3",
		"title": "Deleting All Outbound Numbers from the Blacklist",
		"family": "isales",
		"resource": "blacklist",
		"operation": "deleteAllOutboundNumbersBlacklist",
		"name": "Delete All Outbound Numbers from the Blacklist",
		"method": "DELETE",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/blocklist",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200006": "Database operation error.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		}
	},
	{
		"section": "7.3.4",
		"title": "Querying Blacklisted Outbound Numbers",
		"family": "isales",
		"resource": "blacklist",
		"operation": "getBlacklistedOutboundNumbers",
		"name": "Get Blacklisted Outbound Numbers",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/blocklist/query",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "blocklist",
				"in": "body",
				"type": "array",
				"required": false,
				"description": "A maximum of 20 blacklisted numbers can be queried. A number can contain a maximum of 24 characters, including only digits, asterisks (*), and number signs (#). CAUTION If this parameter is transferred, only the transferred blacklisted numbers are returned. That is, the response is the information (such as the expiration time and validity period) about the transferred blacklisted numbers if the...",
				"maxItems": 20
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Parameter for determining the start page of the query. Value of offset = Value of limit x (Value of page - 1) page indicates the start page to be queried."
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of query records on each page. The value ranges from 1 to 100. CAUTION Either the limit and offset parameters or the blocklist parameter must be set.",
				"min": 1,
				"max": 100
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200006": "Database operation error.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			},
			"itemsPath": "data"
		},
		"example": {
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
		"section": "7.3.5",
		"title": "Importing a Blacklist Data File from the Server",
		"family": "isales",
		"resource": "blacklist",
		"operation": "importBlacklistDataFileServer",
		"name": "Import a Blacklist Data File from the Server",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/blackfile/uploadFileServer",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "serverId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "File server ID.",
				"lookup": {
					"section": "7.8.4",
					"valuePath": "serverId",
					"labelPath": "ip"
				}
			},
			{
				"name": "filePath",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "File storage path. This parameter is optional. If the blacklist data file is stored in the default path of the file server, you do not need to set this parameter. If the file is stored in a folder in the default path of the file server, set this parameter to the file path relative to the default path of the file server. An example is /isales/20220310."
			},
			{
				"name": "fileName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "File name, for example, demo.xlsx."
			},
			{
				"name": "hour",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Hour, in 24-hour format. This parameter is mandatory when a scheduled task is used for the import. The value ranges from 0 to 23. If minute is set, hour is mandatory."
			},
			{
				"name": "minute",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Minute. This parameter is mandatory when a scheduled task is used for the import. The options are 00 and 30. If hour is set, minute is mandatory."
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"serverId": "164690088271159234793429225848",
			"filePath": "/isales/upload",
			"fileName": "demoBlack.xlsx",
			"hour": "11",
			"minute": "00"
		}
	},
	{
		"section": "7.3.6",
		"title": "Querying Blacklist Data File Import Results",
		"family": "isales",
		"resource": "blacklist",
		"operation": "getBlacklistDataFileImportResults",
		"name": "Get Blacklist Data File Import Results",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/blackfile/queryDataImportTask",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Parameter for determining the start page of the query. Value of offset = Value of limit x (Value of page - 1) page indicates the start page to be queried."
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
		"shapeNote": "example keys not in the table: importTaskIds",
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200006": "The parameter contains invalid characters.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			},
			"itemsPath": "result"
		},
		"example": {
			"limit": 10,
			"offset": 0,
			"importTaskIds": [
				"164698362894300182038011895728"
			]
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 100
		}
	},
	{
		"section": "7.4.1",
		"title": "Adding Outbound Numbers",
		"family": "isales",
		"resource": "outboundData",
		"operation": "addOutboundNumbers",
		"name": "Add Outbound Numbers",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/calldata/{campaignId}",
		"auth": "C2",
		"idempotent": false,
		"legacy": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of an outbound campaign.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			},
			{
				"name": "callDataList",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "List of data to be added. A maximum of 20 data records are supported. For details about the parameters of this object, see Table 7-218.",
				"maxItems": 20,
				"children": [
					{
						"name": "sessionId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "ID of a subscriber, which is sent back to the subscriber in the outbound call result. The value can contain a maximum of 32 characters.",
						"maxLength": 32
					},
					{
						"name": "called",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Called number. The value can contain a maximum of 24 characters, including only digits, asterisks (*), and number signs (#).",
						"maxLength": 24
					},
					{
						"name": "caller",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Calling number. The number can contain a maximum of 24 characters.",
						"maxLength": 24
					},
					{
						"name": "customField",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "User-defined field. The value can contain a maximum of 200 characters and cannot contain the following special characters: ~!@#%&*()+= {}\";<>/?.[]¥-,",
						"maxLength": 200
					},
					{
						"name": "recycleTime",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Recycling time, in yyyy-mm-dd hh:mm:ss format."
					},
					{
						"name": "callData",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call-associated data. The value can contain a maximum of 1024 characters. CAUTION If an automatic outbound call involves an intelligent IVR flow, the value of this parameter must be in JSON format. The intelligent IVR flow invokes the JSON Data Invoking diagram element to parse and assign values to the call-associated data in JSON format. For details about the implementation and usage of the di...",
						"maxLength": 1024
					}
				]
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200006": "Database operation error.",
				"0200007": "The outbound campaign does not exist.",
				"0200018": "Duplicate numbers exist.",
				"0200019": "The number cannot be added in the current state.",
				"0200020": "The number quantity exceeds the upper limit 200,000.",
				"0200022": "The interface invoking time is short.",
				"0200024": "The number to be added is in the blacklist.",
				"0200029": "The maximum number of numbers that can be added each time is exceeded.",
				"0200030": "The time format is incorrect.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"callDataList": [
				{
					"sessionId": "00750",
					"called": "80021"
				},
				{
					"sessionId": "00850",
					"called": "80022"
				},
				{
					"sessionId": "00950",
					"called": "80023"
				},
				{
					"sessionId": "01050",
					"called": "80024"
				}
			]
		},
		"batch": {
			"field": "callDataList",
			"max": 20,
			"intervalMs": 1000
		}
	},
	{
		"section": "7.4.2",
		"title": "Adding Outbound Numbers (V2)",
		"family": "isales",
		"resource": "outboundData",
		"operation": "addOutboundNumbersV2",
		"name": "Add Outbound Numbers (V2)",
		"method": "POST",
		"path": "/rest/isales/v2/openapi/campaigns/{vdnId}/calldata/{campaignId}",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of an outbound campaign.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			},
			{
				"name": "callDataList",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "List of data to be added. A maximum of 20 data records are supported. For details about the parameters of this object, see Table 7-225.",
				"maxItems": 20,
				"children": [
					{
						"name": "sessionId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "ID of a subscriber, which is sent back to the subscriber in the outbound call result. The value can contain a maximum of 32 characters.",
						"maxLength": 32
					},
					{
						"name": "called",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": true,
						"description": "Customer number information.",
						"children": [
							{
								"name": "calledNo",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Called number of a customer. The value can contain a maximum of 24 characters, including only digits, asterisks (*), and number signs (#).",
								"maxLength": 24
							},
							{
								"name": "delayTime",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Call interval of each customer number, in seconds. The value ranges from 0 to 86400, and the default value is 0.",
								"default": "0"
							},
							{
								"name": "type",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Customer number type. This parameter is mandatory when Policy Type under OUTBOUND CALL RESULT POLICY is set to Contact Policy during outbound campaign addition. This parameter is mandatory when Call Mode under CALL POLICY is set to By round during outbound campaign addition. The value is customized and can contain a maximum of 20 characters, excluding special characters.",
								"maxLength": 20
							}
						]
					},
					{
						"name": "caller",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Calling number. The number can contain a maximum of 24 characters.",
						"maxLength": 24
					},
					{
						"name": "customField",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "User-defined field. The value can contain a maximum of 200 characters and cannot contain the following special characters: ~!@#$$%^&*()+={}'\";<>/?.[]¥-,",
						"maxLength": 200
					},
					{
						"name": "recycleTime",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Recycling time, in yyyy-mm-dd hh:mm:ss format."
					},
					{
						"name": "callData",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call-associated data. The value can contain a maximum number of 1024 characters. The JSON format is recommended. CAUTION If an automatic outbound call involves an intelligent IVR flow, the value of this parameter must be in JSON format. The intelligent IVR flow invokes the JSON Data Invoking diagram element to parse and assign values to the call-associated data in JSON format. For details about..."
					}
				]
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200006": "Database operation error.",
				"0200007": "The outbound campaign does not exist.",
				"0200018": "Duplicate numbers exist.",
				"0200019": "The number cannot be added in the current state.",
				"0200020": "The number quantity exceeds the upper limit 200,000.",
				"0200022": "The interface invoking time is short.",
				"0200024": "The number to be added is in the blacklist.",
				"0200029": "The maximum number of numbers that can be added each time is exceeded.",
				"0200030": "The time format is incorrect.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"callDataList": [
				{
					"sessionId": "00750",
					"called": [
						{
							"calledNo": "88880088",
							"delayTime": "0",
							"type": "ST"
						},
						{
							"calledNo": "88880089",
							"delayTime": "1",
							"type": "SA"
						}
					]
				},
				{
					"sessionId": "00850",
					"called": [
						{
							"calledNo": "88880080",
							"delayTime": "0",
							"type": "ST"
						}
					]
				}
			]
		},
		"batch": {
			"field": "callDataList",
			"max": 20,
			"intervalMs": 1000
		}
	},
	{
		"section": "7.4.3",
		"title": "Deleting an Outbound Number",
		"family": "isales",
		"resource": "outboundData",
		"operation": "deleteOutboundNumber",
		"name": "Delete an Outbound Number",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/calldata/{campaignId}/delete",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of an outbound campaign.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			},
			{
				"name": "sessionId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "ID of a subscriber, which is sent back to the subscriber in the outbound call result. The ID can contain a maximum of 32 characters.",
				"maxLength": 32
			},
			{
				"name": "called",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Called number. The value can contain a maximum of 24 characters, including only digits, asterisks (*), and number signs (#).",
				"maxLength": 24
			},
			{
				"name": "customField",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "User-defined field. You can delete numbers in batches based on this field. The value can contain a maximum of 200 characters.",
				"maxLength": 200
			},
			{
				"name": "recycleTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Recycling time, in yyyy-mm-dd hh:mm:ss format."
			},
			{
				"name": "recycleType",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Recycling type. This parameter is valid only when recycleTime is set. The options are as follows: • 1: The system deletes the outbound numbers whose recycleTime is earlier than the time specified by recycleTime (accurate to day) in the request. For example, if recycleTime is set to 2020-12-04 17:57:00 in the request, the system deletes all outbound numbers whose recycleTime is on December 4 or ...",
				"options": [
					{
						"value": "1",
						"name": "The system deletes the outbound numbers whose recycleTime is earlier than the time specified by recycleTime (accurate to day) in the request"
					},
					{
						"value": "2",
						"name": "The system deletes the outbound numbers on the day specified by recycleTime"
					},
					{
						"value": "3",
						"name": "The system deletes the outbound numbers whose recycleTime is the same as the value of recycleTime in the request"
					}
				]
			},
			{
				"name": "archiveHistory",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Whether to move outbound numbers to the history table. The options are 0 and 1. The value 0 indicates that outbound numbers are deleted without being moving to the history table. The value 1 indicates that outbound numbers are moved to the history table. The default value is 0.",
				"options": [
					{
						"value": 0,
						"name": "outbound numbers are deleted without being moving to the history table"
					},
					{
						"value": 1,
						"name": "outbound numbers are moved to the history table"
					}
				],
				"default": 0
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200006": "Database operation error.",
				"0200007": "The outbound campaign does not exist.",
				"0200028": "The number cannot be deleted in the current state.",
				"0200030": "The time format is incorrect.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"sessionId": "1"
		}
	},
	{
		"section": "7.4.4",
		"title": "Adding Number Types",
		"family": "isales",
		"resource": "outboundData",
		"operation": "addNumberTypes",
		"name": "Add Number Types",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/callNoType/add",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "callNoTypes",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Number type set. A maximum of 20 number types are supported. The value can contain a maximum of 20 characters. Only digits, letters, and hyphens (-) are allowed.",
				"maxItems": 20
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"callNoTypes": [
				"ST",
				"SI"
			]
		},
		"batch": {
			"field": "callNoTypes",
			"max": 20
		}
	},
	{
		"section": "7.4.5",
		"title": "Querying Number Types",
		"family": "isales",
		"resource": "outboundData",
		"operation": "getNumberTypes",
		"name": "Get Number Types",
		"method": "GET",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/callNoType/query",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		}
	},
	{
		"section": "7.4.6",
		"title": "Querying Outbound Numbers",
		"family": "isales",
		"resource": "outboundData",
		"operation": "getOutboundNumbers",
		"name": "Get Outbound Numbers",
		"method": "GET",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/calldata/{campaignId}/{dataId}",
		"auth": "C2",
		"shapeNote": "The table types the dataId path parameter Integer, but data IDs are 19-20 digits (7.4.6 answers \"dataId\": \"11330737561851183104\", a String): beyond a JavaScript number's exact range, so it is taken as digit text and sent unchanged.",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of an outbound campaign.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			},
			{
				"name": "dataId",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Outbound call data ID.",
				"pattern": "^\\d{1,32}$",
				"patternHint": "must be the digits of the data ID"
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200007": "The outbound campaign does not exist.",
				"0200002": "The parameter contains invalid characters.",
				"0200003": "The parameter length cannot exceed the maximum length.",
				"0200004": "The parameter length cannot be less than the minimum length.",
				"0200005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		}
	},
	{
		"section": "7.4.7",
		"title": "Collecting Outbound Call Statistics on the Current Day",
		"family": "isales",
		"resource": "outboundData",
		"operation": "collectingOutboundCallStatisticsCurrentDay",
		"name": "Collecting Outbound Call Statistics on the Current Day",
		"method": "GET",
		"path": "/rest/isales/v2/openapi/campaigns/{vdnId}/statistics",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Outbound call data ID. If this parameter is set, all statistics and the statistics in all batches of the current task are queried. If this parameter is left empty, all statistics and the statistics in all batches of all tasks are queried.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			},
			{
				"name": "batchId",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Batch number. This parameter is mapped to customField in the t_isl_data table. If this parameter is set, all statistics and the statistics in the specified batch of the current task are queried. (Mandatory: No (If this parameter is set, campaignId is mandatory.))"
			}
		],
		"result": {
			"itemsPath": "countDetail",
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		}
	},
	{
		"section": "7.4.8",
		"title": "Importing an Outbound Call Data File from the Server",
		"family": "isales",
		"resource": "outboundData",
		"operation": "importOutboundCallDataFileServer",
		"name": "Import an Outbound Call Data File from the Server",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/calldatafile/uploadFileServer/{campaignId}",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Outbound campaign task ID.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			},
			{
				"name": "serverId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "File server ID.",
				"lookup": {
					"section": "7.8.4",
					"valuePath": "serverId",
					"labelPath": "ip"
				}
			},
			{
				"name": "filePath",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "File storage path. This parameter is optional. If the outbound call data file is stored in the default path of the file server, you do not need to set this parameter. If the file is stored in a folder in the default path of the file server, set this parameter to the file path relative to the default path of the file server. An example is /sales/20220310."
			},
			{
				"name": "fileName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "File name, for example, demo.xlsx."
			},
			{
				"name": "hour",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Hour, in 24-hour format. This parameter is mandatory when a scheduled task is used for the import. The value ranges from 0 to 23. If minute is set, hour is mandatory."
			},
			{
				"name": "minute",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Minute. This parameter is mandatory when a scheduled task is used for the import. Examples are 00 and 30. If hour is set, minute is mandatory."
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"serverId": "164690088271159234793429225848",
			"filePath": "/isales/upload",
			"fileName": "demogl50w.xlsx"
		}
	},
	{
		"section": "7.4.9",
		"title": "Querying Outbound Call Data File Import Results",
		"family": "isales",
		"resource": "outboundData",
		"operation": "getOutboundCallDataFileImportResults",
		"name": "Get Outbound Call Data File Import Results",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/calldatafile/queryDataImportTask/{campaignId}",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Outbound campaign task ID.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Parameter for determining the start page of the query. Value of offset = Value of limit x (Value of page - 1) page indicates the start page to be queried."
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
		"shapeNote": "example keys not in the table: importTaskIds",
		"result": {
			"itemsPath": "result",
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200006": "The parameter contains invalid characters.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 100
		},
		"example": {
			"limit": 10,
			"offset": 0,
			"importTaskIds": [
				"164698362894300182038011895728"
			]
		}
	},
	{
		"section": "7.5.1",
		"title": "Querying Outbound Call Results",
		"family": "isales",
		"resource": "result",
		"operation": "getOutboundCallResults",
		"name": "Get Outbound Call Results",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/callresult/{campaignId}",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of an outbound campaign task.",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				}
			},
			{
				"name": "sessionId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "ID of a subscriber, which is sent back to the subscriber in the outbound call result. The value can contain a maximum of 32 characters.",
				"maxLength": 32
			},
			{
				"name": "customField",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "User-defined field."
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of data records on each page in the pagination query result. Value range: When showDetail is set to 1, the value of pageSize is less than or equal to 100. When showDetail is set to 0, the value of pageSize is less than or equal to 500."
			},
			{
				"name": "pageNum",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Current page number."
			},
			{
				"name": "showDetail",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Whether to display details. • 0: The final call result of outbound call data is displayed. • 1: The detailed call result of the outbound call data is displayed. The default value is 0.",
				"options": [
					{
						"value": 0,
						"name": "The final call result of outbound call data is displayed"
					},
					{
						"value": 1,
						"name": "The detailed call result of the outbound call data is displayed"
					}
				],
				"default": 0
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Start time. The format is YYYY-MM-DD. The start time must be earlier than the end time, and the interval between the start time and end time cannot exceed 30 days. When beginTime is specified, endTime must be specified."
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "End time. The format is YYYY-MM-DD. The start time must be earlier than the end time, and the interval between the start time and end time cannot exceed 30 days. When endTime is specified, beginTime must be specified."
			}
		],
		"result": {
			"itemsPath": "data",
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200007": "The outbound campaign does not exist.",
				"0200008": "The start time and end time must be specified or left empty at the same time.",
				"0200009": "The format of the start time or end time is incorrect.",
				"0200010": "The start time is later than or equal to the end time.",
				"0200011": "The interval between the start time and end time exceeds 30 days.",
				"0200002": "The parameter contains invalid characters.",
				"0200003": "The parameter length cannot exceed the maximum length.",
				"0200004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			},
			"totalPath": "totalCount"
		},
		"paging": {
			"style": "page",
			"pageField": "pageNum",
			"sizeField": "pageSize",
			"firstPage": 1,
			"maxSize": 100
		},
		"example": {
			"sessionId": "1202_test013",
			"pageSize": 500,
			"pageNum": 1
		}
	},
	{
		"section": "7.5.2",
		"title": "Querying Details About a Single Outbound Call Result",
		"family": "isales",
		"resource": "result",
		"operation": "getDetailsSingleOutboundCallResult",
		"name": "Get Details About a Single Outbound Call Result",
		"method": "GET",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/callresultdetail/{callId}",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "callId",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Call record ID. The value is obtained from the callId field returned by the interface described in 7.5.1 Querying Outbound Call Results or 7.6.1 Calling Back Outbound Call Results."
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200007": "The call record ID does not exist.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		}
	},
	{
		"section": "7.5.3",
		"title": "Querying Call Records of Automatic and Intelligent Outbound Calls (V1.0.0)",
		"family": "isales",
		"resource": "result",
		"operation": "getCallRecordsAutomaticIntelligentOutboundCallsV1",
		"name": "Get Call Records of Automatic and Intelligent Outbound Calls (V1)",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/callRecord",
		"auth": "C2",
		"idempotent": true,
		"legacy": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call record ID, which is used to associate with call data such as CDRs on the CTI. The value is obtained from the callId field returned by the interface described in 7.5.1 Querying Outbound Call Results or 7.6.1 Calling Back Outbound Call Results."
			}
		],
		"result": {
			"itemsPath": "recordList",
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"callId": "1688028889-836"
		}
	},
	{
		"section": "7.5.4",
		"title": "Querying Call Records of Automatic and Intelligent Outbound Calls (V2.0.0)",
		"family": "isales",
		"resource": "result",
		"operation": "getCallRecordsAutomaticIntelligentOutboundCallsV2",
		"name": "Get Call Records of Automatic and Intelligent Outbound Calls (V2)",
		"method": "POST",
		"path": "/rest/isales/v2/openapi/campaigns/{vdnId}/callRecord",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call record ID, which is used to associate with call data such as CDRs on the CTI. The value is obtained from the callId field returned by the interface described in 7.5.1 Querying Outbound Call Results or 7.6.1 Calling Back Outbound Call Results."
			},
			{
				"name": "page",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "page indicates the start page to be queried. The value ranges from 1 to 1000.",
				"min": 1,
				"max": 1000
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
		"result": {
			"itemsPath": "recordList",
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"callId": "1688028889-836",
			"page": 1,
			"limit": 10
		},
		"paging": {
			"style": "page",
			"pageField": "page",
			"sizeField": "limit",
			"firstPage": 1,
			"maxSize": 100
		}
	},
	{
		"section": "7.7.1",
		"title": "Writing Back Business Results",
		"family": "isales",
		"resource": "businessResult",
		"operation": "writeBackBusinessResults",
		"name": "Write Back Business Results",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/callBusiResult/{dataId}",
		"auth": "C2",
		"shapeNote": "The table types the dataId path parameter Integer, but data IDs are 19-20 digits (7.4.6 answers \"dataId\": \"11330737561851183104\", a String): beyond a JavaScript number's exact range, so it is taken as digit text and sent unchanged.",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "dataId",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Outbound call data ID.",
				"pattern": "^\\d{1,32}$",
				"patternHint": "must be the digits of the data ID"
			},
			{
				"name": "busiResult",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Business result code, which can contain a maximum of 50 characters.",
				"maxLength": 50
			},
			{
				"name": "subStatus",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Subbusiness status code, which can contain a maximum of 50 characters.",
				"maxLength": 50
			},
			{
				"name": "busiResultDesc",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Business result description."
			},
			{
				"name": "workNo",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Platform work ID of the agent who makes a call. If the same outbound call data is required, the call is always routed to the same agent. This parameter is mandatory. If this parameter is not set, the call is routed to another agent."
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200033": "The outbound call data does not exist.",
				"0200034": "The substatus does not match the business result.",
				"0200999": "Failed to write back the business result.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"busiResult": "1621474513",
			"subStatus": "1048856206",
			"busiResultDesc": "1",
			"workNo": "2033"
		}
	},
	{
		"section": "7.8.1",
		"title": "Adding a File Server",
		"family": "isales",
		"resource": "fileServer",
		"operation": "addFileServer",
		"name": "Add a File Server",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/file/addServer",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "serverInfo",
				"in": "body",
				"type": "json",
				"required": true,
				"description": "File server information."
			},
			{
				"name": "userName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Username."
			},
			{
				"name": "serverPwd",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Service password, which is transferred in plaintext and stored in ciphertext on the backend."
			},
			{
				"name": "ip",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "File server IP address."
			},
			{
				"name": "port",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "port"
			},
			{
				"name": "filePath",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Default file server path, for example, / home/sftp."
			}
		],
		"shapeNote": "required table fields absent from example: ip, port, filePath",
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200033": "The outbound call data does not exist.",
				"0200034": "The substatus does not match the business result.",
				"02000005": "The parameter value is not in the specified length range.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time."
			}
		},
		"example": {
			"userName": "zhangsan",
			"serverInfo": {
				"ip": "1.2.3.4",
				"port": "22",
				"filePath": "/home/sftp"
			},
			"serverPwd": "*****"
		}
	},
	{
		"section": "7.8.2",
		"title": "Deleting a File Server",
		"family": "isales",
		"resource": "fileServer",
		"operation": "deleteFileServer",
		"name": "Delete a File Server",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/file/{serverId}/deleteServer",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "serverId",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "File server ID.",
				"lookup": {
					"section": "7.8.4",
					"valuePath": "serverId",
					"labelPath": "ip"
				}
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200006": "The server configuration does not exist.",
				"0200033": "The outbound call data does not exist.",
				"0200034": "The substatus does not match the business result.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		}
	},
	{
		"section": "7.8.3",
		"title": "Modifying a File Server",
		"family": "isales",
		"resource": "fileServer",
		"operation": "updateFileServer",
		"name": "Update a File Server",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/file/{serverId}/updateServer",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "serverId",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "File server ID.",
				"lookup": {
					"section": "7.8.4",
					"valuePath": "serverId",
					"labelPath": "ip"
				}
			},
			{
				"name": "serverInfo",
				"in": "body",
				"type": "json",
				"required": true,
				"description": "File server information."
			},
			{
				"name": "userName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Username."
			},
			{
				"name": "serverPwd",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Service password, which is transferred in plaintext and stored in ciphertext on the backend. This parameter is mandatory when the value of serviceInfo.IP is different from the original IP address."
			},
			{
				"name": "ip",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "File server IP address."
			},
			{
				"name": "port",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Port number."
			},
			{
				"name": "filePath",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Default file server path, for example, / home/sftp."
			}
		],
		"shapeNote": "required table fields absent from example: ip, port, filePath",
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200006": "The server configuration does not exist.",
				"0200033": "The outbound call data does not exist.",
				"0200034": "The substatus does not match the business result.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"userName": "WANGWU",
			"serverInfo": {
				"ip": "5.9.11.11",
				"port": "22",
				"filePath": "/home/sftp"
			},
			"serverPwd": "*****"
		}
	},
	{
		"section": "7.8.4",
		"title": "Querying a File Server",
		"family": "isales",
		"resource": "fileServer",
		"operation": "getFileServer",
		"name": "Get a File Server",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/file/queryServer",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Parameter for determining the start page of the query. Value of offset = Value of limit x (Value of page - 1) page indicates the start page to be queried."
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
				"name": "serverIds",
				"in": "body",
				"type": "array",
				"required": false,
				"description": "File server IDs."
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"0200033": "The outbound call data does not exist.",
				"0200034": "The substatus does not match the business result.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			},
			"itemsPath": "server"
		},
		"example": {
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
		"section": "7.9.1",
		"title": "Querying OBS Outbound Call Result Codes",
		"family": "isales",
		"resource": "externalResult",
		"operation": "getObsOutboundCallResultCodes",
		"name": "Get OBS Outbound Call Result Codes",
		"method": "GET",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/queryOBSResultCode",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "pageNum",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Page number. The value is greater than 0."
			},
			{
				"name": "pageSize",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Number of query records on each page. The value ranges from 1 to 50.",
				"min": 1,
				"max": 50
			}
		],
		"result": {
			"itemsPath": "obsCodes",
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			},
			"totalPath": "totalCount"
		},
		"paging": {
			"style": "page",
			"pageField": "pageNum",
			"sizeField": "pageSize",
			"firstPage": 1,
			"maxSize": 50
		}
	},
	{
		"section": "7.9.2",
		"title": "Creating an External Result",
		"family": "isales",
		"resource": "externalResult",
		"operation": "createExternalResult",
		"name": "Create an External Result",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/createObResult",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "resultCode",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Result definition code. The value can contain fewer than eight characters."
			},
			{
				"name": "displayResult",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "External result code."
			},
			{
				"name": "obsCodes",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Result code definition list. The list can be obtained using the interface for querying OBS outbound call result codes."
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"resultCode": "007",
			"displayResult": "7: The call is not answered.",
			"obsCodes": [
				"00602",
				"00606"
			]
		}
	},
	{
		"section": "7.9.3",
		"title": "Modifying an External Result",
		"family": "isales",
		"resource": "externalResult",
		"operation": "updateExternalResult",
		"name": "Update an External Result",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/updateObResult",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "obsCodes",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Result code definition list. The list can be obtained using the interface for querying OBS outbound call result codes."
			},
			{
				"name": "displayResult",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "External result code."
			},
			{
				"name": "defId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "External result ID.",
				"lookup": {
					"section": "7.9.5",
					"valuePath": "defId",
					"labelPath": "displayResult"
				}
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		},
		"example": {
			"defId": "1645244637",
			"displayResult": "8: The call is not answered.",
			"obsCodes": [
				"00605",
				"00604"
			]
		}
	},
	{
		"section": "7.9.4",
		"title": "Deleting an External Result",
		"family": "isales",
		"resource": "externalResult",
		"operation": "deleteExternalResult",
		"name": "Delete an External Result",
		"method": "DELETE",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/{defId}/deleteObsResult",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "defId",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "External result ID to be deleted.",
				"lookup": {
					"section": "7.9.5",
					"valuePath": "defId",
					"labelPath": "displayResult"
				}
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		}
	},
	{
		"section": "7.9.5",
		"title": "Querying the External Result List",
		"family": "isales",
		"resource": "externalResult",
		"operation": "getExternalResultList",
		"name": "Get the External Result List",
		"method": "GET",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/queryOBSResults",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "pageSize",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Number of records on a page. The value ranges from 1 to 50.",
				"min": 1,
				"max": 50
			},
			{
				"name": "pageNum",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Page number. The value is greater than 0."
			}
		],
		"result": {
			"itemsPath": "data",
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			},
			"totalPath": "totalCount"
		},
		"paging": {
			"style": "page",
			"pageField": "pageNum",
			"sizeField": "pageSize",
			"firstPage": 1,
			"maxSize": 50
		}
	},
	{
		"section": "7.9.6",
		"title": "Querying a Single External Result",
		"family": "isales",
		"resource": "externalResult",
		"operation": "getSingleExternalResult",
		"name": "Get a Single External Result",
		"method": "GET",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/{defId}/queryObsResultDetail",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "defId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "External result ID to be queried.",
				"lookup": {
					"section": "7.9.5",
					"valuePath": "defId",
					"labelPath": "displayResult"
				}
			}
		],
		"result": {
			"itemsPath": "obResult.resultMapList",
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			}
		}
	},
	{
		"section": "7.10",
		"title": "Querying Interface Invocation Records",
		"family": "isales",
		"resource": "invocationRecord",
		"operation": "getInterfaceInvocationRecords",
		"name": "Get Interface Invocation Records",
		"method": "POST",
		"path": "/rest/isales/v1/openapi/campaigns/{vdnId}/calllogs",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "vdnId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "VDN ID. The value is an integer ranging from 1 to 9999.",
				"min": 1,
				"max": 9999
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Parameter for determining the start page of the query. Value of offset = Value of limit x (Value of page - 1) page indicates the start page to be queried."
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
				"name": "url",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Invocation URL. If this parameter is set, the URL invocation records are queried. If this parameter is left empty, all interface invocation records are queried."
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Start time. The format is yyyy-MM-dd HH:mm:ss."
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "End time. The format is yyyy-MM-dd HH:mm:ss. The interval between the start time and end time cannot exceed seven days."
			}
		],
		"result": {
			"errors": {
				"0200001": "Parameter error. For details about the error, see resultDesc.",
				"02000001": "Empty parameter.",
				"02000002": "The parameter contains invalid characters.",
				"02000003": "The parameter length cannot exceed the maximum length.",
				"02000004": "The parameter length cannot be less than the minimum length.",
				"02000005": "The parameter length must be within the specified range.",
				"02000006": "Incorrect parameter type.",
				"02000007": "Incorrect parameter value.",
				"02000008": "Parameter conversion error. Check the request parameters.",
				"02000009": "Incorrect parameter combination. Check the request parameters.",
				"02000010": "The hour and minute parameters must be set at the same time.",
				"02000011": "The number of parameters cannot exceed the specified number."
			},
			"itemsPath": "result"
		},
		"example": {
			"limit": 10,
			"offset": 0,
			"beginTime": "2022-08-20 15:55:55",
			"endTime": "2022-08-23 15:55:55",
			"url": ""
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 100
		}
	}
];
