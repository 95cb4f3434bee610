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
	},
	{
		"value": "legacy",
		"name": "Legacy",
		"description": "Older versions of operations, kept for existing servers"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "7.1.1",
		"title": "Adding an Outbound Campaign (V1)",
		"family": "isales",
		"resource": "legacy",
		"operation": "createCampaignV1",
		"name": "Create Campaign (V1)",
		"action": "Create campaign (V1)",
		"description": "Create an outbound campaign with one calling number (older version); returns the new campaign ID",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the campaign; it must be unique",
				"maxLength": 32,
				"displayName": "Name"
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Description of the campaign; the characters \" [ ] = ; < > are not allowed",
				"maxLength": 200,
				"displayName": "Description"
			},
			{
				"name": "strBeginTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "When the campaign starts; not earlier than today",
				"displayName": "Start Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "strEndTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "When the campaign ends",
				"displayName": "End Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "deviceType",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Who takes the calls: an IVR flow (fill IVR Settings) or agents of a skill queue (fill Skill Queue Settings). It cannot be changed after the campaign is created.",
				"options": [
					{
						"value": 1,
						"name": "IVR: Intelligent Outbound Call",
						"description": "An intelligent IVR flow calls the customers (SaaS with the intelligent feature enabled)"
					},
					{
						"value": 2,
						"name": "Skill Queue: Predicted Outbound Call",
						"description": "Agents of a skill queue; the system dials ahead of free agents"
					},
					{
						"value": 3,
						"name": "IVR: Automatic Outbound Call",
						"description": "An IVR flow calls the customers"
					},
					{
						"value": 5,
						"name": "Skill Queue: Previewed Outbound Call",
						"description": "Agents of a skill queue preview each customer before the call"
					},
					{
						"value": 6,
						"name": "Skill Queue: Preempted Outbound Call",
						"description": "Agents of a skill queue; a call is made only when an agent is free"
					}
				],
				"displayName": "Device Type"
			},
			{
				"name": "callerNo",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Number the customer sees when called. Only digits, * and #.",
				"maxLength": 24,
				"displayName": "Calling Number"
			},
			{
				"name": "maxAlertingTime",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "How long a call rings without an answer before it is released, in seconds: 9 to 120 for previewed outbound calls, 5 to 120 for the others",
				"displayName": "Max Ringing Time (Seconds)",
				"default": 20,
				"min": 5,
				"max": 120
			},
			{
				"name": "scheduleParam",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "When calls are made: up to three time windows for workdays and three for holidays, each as HH:mm (for example 09:00). Set at least one workday window; set a window's start and end together, start before end.",
				"children": [
					{
						"name": "workdayBeginTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 1 on workdays, as HH:mm (for example 09:00)",
						"displayName": "Workday Window 1 Start"
					},
					{
						"name": "workdayEndTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 1 on workdays, as HH:mm (for example 18:00)",
						"displayName": "Workday Window 1 End"
					},
					{
						"name": "workdayBeginTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 2 on workdays, as HH:mm (for example 09:00)",
						"displayName": "Workday Window 2 Start"
					},
					{
						"name": "workdayEndTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 2 on workdays, as HH:mm (for example 18:00)",
						"displayName": "Workday Window 2 End"
					},
					{
						"name": "workdayBeginTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 3 on workdays, as HH:mm (for example 09:00)",
						"displayName": "Workday Window 3 Start"
					},
					{
						"name": "workdayEndTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 3 on workdays, as HH:mm (for example 18:00)",
						"displayName": "Workday Window 3 End"
					},
					{
						"name": "holidayBeginTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 1 on holidays, as HH:mm (for example 09:00)",
						"displayName": "Holiday Window 1 Start"
					},
					{
						"name": "holidayEndTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 1 on holidays, as HH:mm (for example 18:00)",
						"displayName": "Holiday Window 1 End"
					},
					{
						"name": "holidayBeginTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 2 on holidays, as HH:mm (for example 09:00)",
						"displayName": "Holiday Window 2 Start"
					},
					{
						"name": "holidayEndTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 2 on holidays, as HH:mm (for example 18:00)",
						"displayName": "Holiday Window 2 End"
					},
					{
						"name": "holidayBeginTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 3 on holidays, as HH:mm (for example 09:00)",
						"displayName": "Holiday Window 3 Start"
					},
					{
						"name": "holidayEndTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 3 on holidays, as HH:mm (for example 18:00)",
						"displayName": "Holiday Window 3 End"
					}
				],
				"displayName": "Calling Hours"
			},
			{
				"name": "ivrParam",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "The IVR flow that makes the calls and the call rate. Required when Device Type is an IVR.",
				"children": [
					{
						"name": "deviceSign",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "For intelligent outbound calls: the intelligent IVR flow code (Configuration Center > Flow Configuration > Intelligent IVR > Flow Management > Flow Orchestration). For automatic outbound calls: the flow access code of the IVR flow (Configuration Center > Flow Configuration > Flow Management).",
						"displayName": "IVR Flow Code"
					},
					{
						"name": "callCount",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "How many calls are made each round; for 60 calls a minute, use 3 calls every 3 seconds",
						"min": 1,
						"max": 100,
						"displayName": "Calls per Round"
					},
					{
						"name": "callInterval",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Seconds between two rounds of calls",
						"min": 1,
						"max": 9999,
						"displayName": "Round Interval (Seconds)"
					}
				],
				"displayName": "IVR Settings",
				"requiredWhen": {
					"field": "deviceType",
					"values": [
						1,
						3
					]
				}
			},
			{
				"name": "skillParam",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "The skill queue whose agents take the calls, and how calls are dialed. Required when Device Type is a skill queue.",
				"children": [
					{
						"name": "skillId",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "ID of the skill queue whose agents take the calls",
						"min": 1,
						"max": 1000,
						"displayName": "Skill Queue ID"
					},
					{
						"name": "skillName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Name of the skill queue",
						"maxLength": 100,
						"displayName": "Skill Queue Name"
					},
					{
						"name": "outBoundType",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "How calls are dialed for the agents; match it with Device Type",
						"options": [
							{
								"value": 2,
								"name": "Predicted"
							},
							{
								"value": 5,
								"name": "Previewed"
							},
							{
								"value": 6,
								"name": "Preempted"
							}
						],
						"displayName": "Outbound Call Mode"
					},
					{
						"name": "predictParam",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Required when Outbound Call Mode is Predicted. Keys: predictMethod (1 empirical, 2 agent usage, 3 call completion rate, 5 off-hook rate) and the settings of that algorithm (expPredictParam, agentPredictParam, connectPredictParam or offhookPredictParam), for example {\"predictMethod\": 1, \"expPredictParam\": {\"maxAvgCallTime\": 100, \"minAvgCallTime\": 50, \"outBoundRate\": 70}}",
						"children": [
							{
								"name": "predictMethod",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "How the system predicts how many calls to dial; fill the settings of the chosen algorithm",
								"options": [
									{
										"value": 1,
										"name": "Empirical"
									},
									{
										"value": 2,
										"name": "Agent Usage"
									},
									{
										"value": 3,
										"name": "Call Completion Rate"
									},
									{
										"value": 5,
										"name": "Off-Hook Rate"
									}
								],
								"displayName": "Prediction Algorithm"
							},
							{
								"name": "expPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Required when Prediction Algorithm is Empirical",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Longest average call duration, in seconds",
										"min": 50,
										"max": 200,
										"displayName": "Max Average Call Duration (Seconds)"
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Shortest average call duration, in seconds; not more than the maximum",
										"min": 50,
										"max": 200,
										"displayName": "Min Average Call Duration (Seconds)"
									},
									{
										"name": "outBoundRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Outbound call rate, as a percentage",
										"min": 0,
										"max": 100,
										"default": 70,
										"displayName": "Outbound Call Rate (%)"
									}
								],
								"displayName": "Empirical Prediction Settings"
							},
							{
								"name": "agentPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Required when Prediction Algorithm is Agent Usage",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Longest average call duration, in seconds",
										"min": 50,
										"max": 200,
										"displayName": "Max Average Call Duration (Seconds)"
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Shortest average call duration, in seconds; not more than the maximum",
										"min": 50,
										"max": 200,
										"displayName": "Min Average Call Duration (Seconds)"
									},
									{
										"name": "lossRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Lowest call loss rate, as a percentage",
										"min": 0,
										"max": 100,
										"default": 3,
										"displayName": "Min Call Loss Rate (%)"
									},
									{
										"name": "utilRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Target agent usage, as a percentage",
										"min": 0,
										"max": 100,
										"default": 70,
										"displayName": "Agent Usage (%)"
									},
									{
										"name": "utilRateMethod",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "How agent usage is computed",
										"options": [
											{
												"value": 1,
												"name": "Call Time / Login Time",
												"description": "Agent usage = total call duration / total login duration"
											},
											{
												"value": 2,
												"name": "(Call + Work Time) / Login Time",
												"description": "Agent usage = (total call duration + work state duration) / total login duration"
											}
										],
										"displayName": "Agent Usage Formula"
									}
								],
								"displayName": "Agent Usage Prediction Settings"
							},
							{
								"name": "connectPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Required when Prediction Algorithm is Call Completion Rate",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Longest average call duration, in seconds",
										"min": 5,
										"max": 200,
										"displayName": "Max Average Call Duration (Seconds)"
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Shortest average call duration, in seconds; not more than the maximum",
										"min": 50,
										"max": 200,
										"displayName": "Min Average Call Duration (Seconds)"
									},
									{
										"name": "lossRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Lowest call loss rate, as a percentage",
										"min": 0,
										"max": 100,
										"default": 3,
										"displayName": "Min Call Loss Rate (%)"
									},
									{
										"name": "waitTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "How long the called customer may wait for an agent, in seconds",
										"min": 0,
										"max": 16,
										"default": 5,
										"displayName": "Customer Wait Time (Seconds)"
									},
									{
										"name": "connRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Outbound call completion rate, as a percentage",
										"min": 0,
										"max": 100,
										"displayName": "Call Completion Rate (%)"
									}
								],
								"displayName": "Call Completion Rate Prediction Settings"
							},
							{
								"name": "offhookPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Required when Prediction Algorithm is Off-Hook Rate",
								"children": [
									{
										"name": "offHookRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Off-hook rate",
										"min": 50,
										"max": 200,
										"default": 100,
										"displayName": "Off-Hook Rate"
									}
								],
								"displayName": "Off-Hook Rate Prediction Settings"
							}
						],
						"displayName": "Predicted Call Settings"
					},
					{
						"name": "previewParam",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Required when Outbound Call Mode is Previewed. Keys: failInterval (seconds between calls, 3 to 60), obCallCount (calls each time, 1 to 100) and autoCallTime (preview seconds, 5 to Max Ringing Time minus 3), for example {\"failInterval\": 10, \"obCallCount\": 1, \"autoCallTime\": 15}",
						"children": [
							{
								"name": "failInterval",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Seconds between outbound calls",
								"min": 3,
								"max": 60,
								"displayName": "Call Interval (Seconds)"
							},
							{
								"name": "obCallCount",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "How many calls are made each time",
								"min": 1,
								"max": 100,
								"displayName": "Calls per Round"
							},
							{
								"name": "autoCallTime",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "How long the agent previews the customer before the call is dialed, in seconds: from 5 to Max Ringing Time minus 3",
								"displayName": "Preview Time (Seconds)",
								"min": 5
							}
						],
						"displayName": "Previewed Call Settings"
					}
				],
				"displayName": "Skill Queue Settings",
				"requiredWhen": {
					"field": "deviceType",
					"values": [
						2,
						5,
						6
					]
				}
			},
			{
				"name": "initStatus",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Whether the campaign starts calling right away or waits suspended",
				"options": [
					{
						"value": 0,
						"name": "Started",
						"description": "The campaign starts calling at its start time"
					},
					{
						"value": 1,
						"name": "Suspended",
						"description": "The campaign waits until it is resumed"
					}
				],
				"default": 0,
				"displayName": "Status After Creation"
			},
			{
				"name": "callBackUrl",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Address CEC sends each outbound call result to; it must start with https:// (recommended) or http://",
				"displayName": "Result Callback URL"
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the call center, to tell the centers apart where there are several",
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
		"operation": "create",
		"name": "Create",
		"action": "Create campaign",
		"description": "Create an outbound campaign with its calling numbers, calling hours, IVR flow or skill queue, retry policy and call policy; returns the new campaign ID",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the campaign; it must be unique",
				"maxLength": 32,
				"displayName": "Name"
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Description of the campaign; the characters \" [ ] = ; < > are not allowed",
				"maxLength": 200,
				"displayName": "Description"
			},
			{
				"name": "strBeginTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "When the campaign starts; not earlier than today",
				"displayName": "Start Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "strEndTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "When the campaign ends",
				"displayName": "End Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "deviceType",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Who takes the calls: an IVR flow (fill IVR Settings) or agents of a skill queue (fill Skill Queue Settings). It cannot be changed after the campaign is created.",
				"options": [
					{
						"value": 1,
						"name": "IVR: Intelligent Outbound Call",
						"description": "An intelligent IVR flow calls the customers (SaaS with the intelligent feature enabled)"
					},
					{
						"value": 2,
						"name": "Skill Queue: Predicted Outbound Call",
						"description": "Agents of a skill queue; the system dials ahead of free agents"
					},
					{
						"value": 3,
						"name": "IVR: Automatic Outbound Call",
						"description": "An IVR flow calls the customers"
					},
					{
						"value": 5,
						"name": "Skill Queue: Previewed Outbound Call",
						"description": "Agents of a skill queue preview each customer before the call"
					},
					{
						"value": 6,
						"name": "Skill Queue: Preempted Outbound Call",
						"description": "Agents of a skill queue; a call is made only when an agent is free"
					}
				],
				"displayName": "Device Type"
			},
			{
				"name": "callerNo",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "Numbers the customers see when called; several are allowed, each with a priority",
				"children": [
					{
						"name": "accessCode",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Number the customer sees when called. Only digits.",
						"maxLength": 32,
						"displayName": "Calling Number"
					},
					{
						"name": "priority",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Priority of this calling number; 1 is the highest",
						"min": 1,
						"max": 5,
						"displayName": "Priority",
						"default": 1
					}
				],
				"displayName": "Calling Numbers"
			},
			{
				"name": "maxAlertingTime",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "How long a call rings without an answer before it is released, in seconds: 9 to 120 for previewed outbound calls, 5 to 120 for the others",
				"displayName": "Max Ringing Time (Seconds)",
				"default": 20,
				"min": 5,
				"max": 120
			},
			{
				"name": "priority",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Priority of the campaign; 1 is the highest",
				"min": 1,
				"max": 5,
				"displayName": "Campaign Priority"
			},
			{
				"name": "scheduleParam",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "When calls are made: up to three time windows for workdays and three for holidays, each as HH:mm (for example 09:00). Set at least one workday window; set a window's start and end together, start before end.",
				"children": [
					{
						"name": "workdayBeginTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 1 on workdays, as HH:mm (for example 09:00)",
						"displayName": "Workday Window 1 Start"
					},
					{
						"name": "workdayEndTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 1 on workdays, as HH:mm (for example 18:00)",
						"displayName": "Workday Window 1 End"
					},
					{
						"name": "workdayBeginTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 2 on workdays, as HH:mm (for example 09:00)",
						"displayName": "Workday Window 2 Start"
					},
					{
						"name": "workdayEndTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 2 on workdays, as HH:mm (for example 18:00)",
						"displayName": "Workday Window 2 End"
					},
					{
						"name": "workdayBeginTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 3 on workdays, as HH:mm (for example 09:00)",
						"displayName": "Workday Window 3 Start"
					},
					{
						"name": "workdayEndTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 3 on workdays, as HH:mm (for example 18:00)",
						"displayName": "Workday Window 3 End"
					},
					{
						"name": "holidayBeginTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 1 on holidays, as HH:mm (for example 09:00)",
						"displayName": "Holiday Window 1 Start"
					},
					{
						"name": "holidayEndTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 1 on holidays, as HH:mm (for example 18:00)",
						"displayName": "Holiday Window 1 End"
					},
					{
						"name": "holidayBeginTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 2 on holidays, as HH:mm (for example 09:00)",
						"displayName": "Holiday Window 2 Start"
					},
					{
						"name": "holidayEndTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 2 on holidays, as HH:mm (for example 18:00)",
						"displayName": "Holiday Window 2 End"
					},
					{
						"name": "holidayBeginTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 3 on holidays, as HH:mm (for example 09:00)",
						"displayName": "Holiday Window 3 Start"
					},
					{
						"name": "holidayEndTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 3 on holidays, as HH:mm (for example 18:00)",
						"displayName": "Holiday Window 3 End"
					}
				],
				"displayName": "Calling Hours"
			},
			{
				"name": "ivrParam",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "The IVR flow that makes the calls and the call rate. Required when Device Type is an IVR.",
				"children": [
					{
						"name": "deviceSign",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "For intelligent outbound calls: the intelligent IVR flow code (Configuration Center > Flow Configuration > Intelligent IVR > Flow Management > Flow Orchestration). For automatic outbound calls: the flow access code of the IVR flow (Configuration Center > Flow Configuration > Flow Management).",
						"displayName": "IVR Flow Code"
					},
					{
						"name": "callCount",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "How many calls are made each round; for 60 calls a minute, use 3 calls every 3 seconds",
						"min": 1,
						"max": 100,
						"displayName": "Calls per Round"
					},
					{
						"name": "callInterval",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Seconds between two rounds of calls",
						"min": 1,
						"max": 9999,
						"displayName": "Round Interval (Seconds)"
					}
				],
				"displayName": "IVR Settings",
				"requiredWhen": {
					"field": "deviceType",
					"values": [
						1,
						3
					]
				}
			},
			{
				"name": "skillParam",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "The skill queue whose agents take the calls, and how calls are dialed. Required when Device Type is a skill queue.",
				"children": [
					{
						"name": "skillId",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "ID of the skill queue whose agents take the calls",
						"min": 1,
						"max": 1000,
						"displayName": "Skill Queue ID"
					},
					{
						"name": "skillName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Name of the skill queue",
						"maxLength": 100,
						"displayName": "Skill Queue Name"
					},
					{
						"name": "outBoundType",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "How calls are dialed for the agents; match it with Device Type",
						"options": [
							{
								"value": 2,
								"name": "Predicted"
							},
							{
								"value": 5,
								"name": "Previewed"
							},
							{
								"value": 6,
								"name": "Preempted"
							}
						],
						"displayName": "Outbound Call Mode"
					},
					{
						"name": "predictParam",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Required when Outbound Call Mode is Predicted. Keys: predictMethod (1 empirical, 2 agent usage, 3 call completion rate, 5 off-hook rate) and the settings of that algorithm (expPredictParam, agentPredictParam, connectPredictParam or offhookPredictParam), for example {\"predictMethod\": 1, \"expPredictParam\": {\"maxAvgCallTime\": 100, \"minAvgCallTime\": 50, \"outBoundRate\": 70}}",
						"children": [
							{
								"name": "predictMethod",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "How the system predicts how many calls to dial; fill the settings of the chosen algorithm",
								"options": [
									{
										"value": 1,
										"name": "Empirical"
									},
									{
										"value": 2,
										"name": "Agent Usage"
									},
									{
										"value": 3,
										"name": "Call Completion Rate"
									},
									{
										"value": 5,
										"name": "Off-Hook Rate"
									}
								],
								"displayName": "Prediction Algorithm"
							},
							{
								"name": "expPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Required when Prediction Algorithm is Empirical",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Longest average call duration, in seconds",
										"min": 50,
										"max": 200,
										"displayName": "Max Average Call Duration (Seconds)"
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Shortest average call duration, in seconds; not more than the maximum",
										"min": 50,
										"max": 200,
										"displayName": "Min Average Call Duration (Seconds)"
									},
									{
										"name": "outBoundRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Outbound call rate, as a percentage",
										"min": 0,
										"max": 100,
										"default": 70,
										"displayName": "Outbound Call Rate (%)"
									}
								],
								"displayName": "Empirical Prediction Settings"
							},
							{
								"name": "agentPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Required when Prediction Algorithm is Agent Usage",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Longest average call duration, in seconds",
										"min": 50,
										"max": 200,
										"displayName": "Max Average Call Duration (Seconds)"
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Shortest average call duration, in seconds; not more than the maximum",
										"min": 50,
										"max": 200,
										"displayName": "Min Average Call Duration (Seconds)"
									},
									{
										"name": "lossRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Lowest call loss rate, as a percentage",
										"min": 0,
										"max": 100,
										"default": 3,
										"displayName": "Min Call Loss Rate (%)"
									},
									{
										"name": "utilRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Target agent usage, as a percentage",
										"min": 0,
										"max": 100,
										"default": 70,
										"displayName": "Agent Usage (%)"
									},
									{
										"name": "utilRateMethod",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "How agent usage is computed",
										"options": [
											{
												"value": 1,
												"name": "Call Time / Login Time",
												"description": "Agent usage = total call duration / total login duration"
											},
											{
												"value": 2,
												"name": "(Call + Work Time) / Login Time",
												"description": "Agent usage = (total call duration + work state duration) / total login duration"
											}
										],
										"displayName": "Agent Usage Formula"
									}
								],
								"displayName": "Agent Usage Prediction Settings"
							},
							{
								"name": "connectPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Required when Prediction Algorithm is Call Completion Rate",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Longest average call duration, in seconds",
										"min": 50,
										"max": 200,
										"displayName": "Max Average Call Duration (Seconds)"
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Shortest average call duration, in seconds; not more than the maximum",
										"min": 50,
										"max": 200,
										"displayName": "Min Average Call Duration (Seconds)"
									},
									{
										"name": "lossRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Lowest call loss rate, as a percentage",
										"min": 0,
										"max": 100,
										"default": 3,
										"displayName": "Min Call Loss Rate (%)"
									},
									{
										"name": "waitTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "How long the called customer may wait for an agent, in seconds",
										"min": 0,
										"max": 16,
										"default": 5,
										"displayName": "Customer Wait Time (Seconds)"
									},
									{
										"name": "connRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Outbound call completion rate, as a percentage",
										"min": 0,
										"max": 100,
										"displayName": "Call Completion Rate (%)"
									}
								],
								"displayName": "Call Completion Rate Prediction Settings"
							},
							{
								"name": "offhookPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Required when Prediction Algorithm is Off-Hook Rate",
								"children": [
									{
										"name": "offHookRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Off-hook rate",
										"min": 50,
										"max": 200,
										"default": 100,
										"displayName": "Off-Hook Rate"
									}
								],
								"displayName": "Off-Hook Rate Prediction Settings"
							}
						],
						"displayName": "Predicted Call Settings"
					},
					{
						"name": "previewParam",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Required when Outbound Call Mode is Previewed. Keys: failInterval (seconds between calls, 3 to 60), obCallCount (calls each time, 1 to 100) and autoCallTime (preview seconds, 5 to Max Ringing Time minus 3), for example {\"failInterval\": 10, \"obCallCount\": 1, \"autoCallTime\": 15}",
						"children": [
							{
								"name": "failInterval",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Seconds between outbound calls",
								"min": 3,
								"max": 60,
								"displayName": "Call Interval (Seconds)"
							},
							{
								"name": "obCallCount",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "How many calls are made each time",
								"min": 1,
								"max": 100,
								"displayName": "Calls per Round"
							},
							{
								"name": "autoCallTime",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "How long the agent previews the customer before the call is dialed, in seconds: from 5 to Max Ringing Time minus 3",
								"displayName": "Preview Time (Seconds)",
								"min": 5
							}
						],
						"displayName": "Previewed Call Settings"
					}
				],
				"displayName": "Skill Queue Settings",
				"requiredWhen": {
					"field": "deviceType",
					"values": [
						2,
						5,
						6
					]
				}
			},
			{
				"name": "initStatus",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Whether the campaign starts calling right away or waits suspended",
				"options": [
					{
						"value": 0,
						"name": "Started",
						"description": "The campaign starts calling at its start time"
					},
					{
						"value": 1,
						"name": "Suspended",
						"description": "The campaign waits until it is resumed"
					}
				],
				"default": 0,
				"displayName": "Status After Creation"
			},
			{
				"name": "callBackUrl",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Address CEC sends each outbound call result to; it must start with https:// (recommended) or http://",
				"displayName": "Result Callback URL"
			},
			{
				"name": "retryPolicy",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "When failed calls are tried again. Global policy: set the retry days, attempts per day and interval (common policy) or the result-based retries; number type policy: set the number type policy only.",
				"children": [
					{
						"name": "policyType",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Whether one policy applies to all numbers or each number type has its own",
						"options": [
							{
								"value": 0,
								"name": "Global"
							},
							{
								"value": 1,
								"name": "By Number Type"
							}
						],
						"displayName": "Policy Type"
					},
					{
						"name": "retryDay",
						"in": "body",
						"type": "integer",
						"description": "On how many days a number is tried at most. Required for a common global policy.",
						"min": 1,
						"max": 5,
						"displayName": "Retry Days"
					},
					{
						"name": "retryTimes",
						"in": "body",
						"type": "integer",
						"description": "How many times a number is tried per day at most. Required for a common global policy.",
						"min": 1,
						"max": 6,
						"displayName": "Attempts per Day"
					},
					{
						"name": "callInterval",
						"in": "body",
						"type": "integer",
						"description": "Seconds between two attempts. Required for a common global policy.",
						"min": 1,
						"max": 86400,
						"displayName": "Retry Interval (Seconds)"
					},
					{
						"name": "resultRetry",
						"in": "body",
						"type": "object",
						"description": "Retries by call result, for a result-based global policy. Keys: result (1 busy, 2 no answer, 3 rejected, 4 number does not exist, 5 powered off, 6 out of service area, 7 fax or switchboard, 8 timed out, 9 failed), retryNumber (0 to 9) and callInterval (seconds)",
						"jsonString": true,
						"children": [
							{
								"name": "result",
								"in": "body",
								"type": "integer",
								"description": "The call result this retry rule applies to",
								"min": 1,
								"max": 9,
								"displayName": "Call Result",
								"options": [
									{
										"value": 1,
										"name": "Busy"
									},
									{
										"value": 2,
										"name": "No Answer"
									},
									{
										"value": 3,
										"name": "Rejected"
									},
									{
										"value": 4,
										"name": "Number Does Not Exist"
									},
									{
										"value": 5,
										"name": "Phone Powered Off"
									},
									{
										"value": 6,
										"name": "Out of Service Area"
									},
									{
										"value": 7,
										"name": "Fax or Switchboard"
									},
									{
										"value": 8,
										"name": "Call Timed Out"
									},
									{
										"value": 9,
										"name": "Call Failed"
									}
								]
							},
							{
								"name": "callInterval",
								"in": "body",
								"type": "integer",
								"description": "Seconds before the number is tried again",
								"min": 1,
								"max": 86400,
								"displayName": "Retry Interval (Seconds)"
							},
							{
								"name": "retryNumber",
								"in": "body",
								"type": "integer",
								"description": "How many times the number is tried again",
								"min": 0,
								"max": 9,
								"displayName": "Retries"
							}
						],
						"displayName": "Result-Based Retry"
					},
					{
						"name": "policyJson",
						"in": "body",
						"type": "object",
						"description": "The retry policy of a number type. Required when Policy Type is By Number Type. Keys: dataType (the number type), type (0 common, 1 result-based) and policy: retryDay and retryTimes for a common rule, result, retryNumber and callInterval for a result-based one.",
						"jsonString": true,
						"children": [
							{
								"name": "dataType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "The number type this policy applies to (a number type of the tenant). No special characters.",
								"maxLength": 20,
								"displayName": "Number Type"
							},
							{
								"name": "type",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Common (retry days and attempts per day) or result-based (retries per call result)",
								"options": [
									{
										"value": 0,
										"name": "Common"
									},
									{
										"value": 1,
										"name": "Result-Based"
									}
								],
								"displayName": "Rule Type"
							},
							{
								"name": "policy",
								"in": "body",
								"type": "object",
								"required": true,
								"description": "The retry settings of this number type",
								"jsonString": true,
								"children": [
									{
										"name": "retryDay",
										"in": "body",
										"type": "integer",
										"description": "On how many days a number is tried at most. Required for a common rule.",
										"min": 1,
										"max": 5,
										"displayName": "Retry Days"
									},
									{
										"name": "retryTimes",
										"in": "body",
										"type": "integer",
										"description": "How many times a number is tried per day at most. Required for a common rule.",
										"min": 1,
										"max": 6,
										"displayName": "Attempts per Day"
									},
									{
										"name": "result",
										"in": "body",
										"type": "integer",
										"description": "The call result this rule applies to (the failure code also counts). Required for a result-based rule.",
										"min": 0,
										"max": 9,
										"displayName": "Call Result",
										"options": [
											{
												"value": 0,
												"name": "Other"
											},
											{
												"value": 1,
												"name": "Busy"
											},
											{
												"value": 2,
												"name": "No Answer"
											},
											{
												"value": 3,
												"name": "Rejected"
											},
											{
												"value": 4,
												"name": "Number Does Not Exist"
											},
											{
												"value": 5,
												"name": "Phone Powered Off"
											},
											{
												"value": 6,
												"name": "Out of Service Area"
											},
											{
												"value": 7,
												"name": "Fax or Switchboard"
											},
											{
												"value": 8,
												"name": "Call Timed Out"
											},
											{
												"value": 9,
												"name": "Call Failed"
											}
										]
									},
									{
										"name": "callInterval",
										"in": "body",
										"type": "integer",
										"description": "Seconds before the number is tried again",
										"min": 1,
										"max": 86400,
										"displayName": "Retry Interval (Seconds)"
									},
									{
										"name": "retryNumber",
										"in": "body",
										"type": "integer",
										"description": "How many times the number is tried again. Required for a result-based rule.",
										"min": 0,
										"max": 9,
										"displayName": "Retries"
									}
								],
								"displayName": "Policy Settings"
							}
						],
						"displayName": "Number Type Policy"
					},
					{
						"name": "busiPolicy",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "What to do next after a given business result. Keys: busiResultCode, busiResultSubCode (optional), busiResultPolicy (0 stop calling, 1 call next number, 2 call current number again) and callInterval (seconds; not needed when stopping).",
						"jsonString": true,
						"children": [
							{
								"name": "busiResultCode",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Code of the business result",
								"displayName": "Business Result Code"
							},
							{
								"name": "busiResultSubCode",
								"in": "body",
								"type": "string",
								"description": "Subcode of the business result, under the business result code",
								"displayName": "Business Result Subcode"
							},
							{
								"name": "busiResultPolicy",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "What the campaign does after this business result",
								"options": [
									{
										"value": 0,
										"name": "Stop Calling"
									},
									{
										"value": 1,
										"name": "Call Next Number"
									},
									{
										"value": 2,
										"name": "Call Current Number Again"
									}
								],
								"displayName": "Next Step"
							},
							{
								"name": "callInterval",
								"in": "body",
								"type": "integer",
								"description": "Seconds before the next call. Required unless Next Step is Stop Calling.",
								"min": 1,
								"max": 3600,
								"displayName": "Call Interval (Seconds)"
							}
						],
						"displayName": "Business Result Policy"
					},
					{
						"name": "noRetryPolicy",
						"in": "body",
						"type": "array",
						"required": false,
						"description": "Call result codes (as in the call results of the campaign) after which a number is not tried again. Not allowed when Policy Type is By Number Type.",
						"displayName": "Result Codes Not Retried"
					}
				],
				"displayName": "Retry Policy"
			},
			{
				"name": "callPolicy",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "The order numbers are called in. With the round mode, Policy Type of the retry policy must be By Number Type.",
				"children": [
					{
						"name": "callType",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Call the numbers of a customer one after another, or in rounds",
						"options": [
							{
								"value": 0,
								"name": "In Sequence"
							},
							{
								"value": 1,
								"name": "In Rounds"
							}
						],
						"default": 0,
						"displayName": "Call Mode"
					},
					{
						"name": "chooseType",
						"in": "body",
						"type": "integer",
						"description": "What decides the rounds. Required when Call Mode is In Rounds.",
						"options": [
							{
								"value": 0,
								"name": "By Number Type"
							},
							{
								"value": 1,
								"name": "By Number Order"
							}
						],
						"displayName": "Round Mode"
					},
					{
						"name": "turns",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"description": "The rounds, in order. Required when Call Mode is In Rounds.",
						"children": [
							{
								"name": "turnType",
								"in": "body",
								"type": "string",
								"description": "Number type called in this round. Required when Round Mode is By Number Type. No special characters.",
								"maxLength": 20,
								"displayName": "Number Type"
							},
							{
								"name": "turnOrder",
								"in": "body",
								"type": "integer",
								"description": "Position of the number called in this round. Required when Round Mode is By Number Order.",
								"min": 1,
								"max": 10,
								"displayName": "Number Position"
							}
						],
						"displayName": "Rounds"
					}
				],
				"displayName": "Call Policy"
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the call center, to tell the centers apart where there are several",
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
		"resource": "legacy",
		"operation": "updateCampaignV1",
		"name": "Update Campaign (V1)",
		"action": "Update campaign (V1)",
		"description": "Change the settings of an outbound campaign (older version)",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the campaign; it must be unique",
				"maxLength": 32,
				"displayName": "Name"
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Description of the campaign; the characters \" [ ] = ; < > are not allowed",
				"maxLength": 200,
				"displayName": "Description"
			},
			{
				"name": "strBeginTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "When the campaign starts; not earlier than today",
				"displayName": "Start Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "strEndTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "When the campaign ends",
				"displayName": "End Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "deviceType",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Who takes the calls: an IVR flow (fill IVR Settings) or agents of a skill queue (fill Skill Queue Settings). It cannot be changed after the campaign is created.",
				"options": [
					{
						"value": 1,
						"name": "IVR: Intelligent Outbound Call",
						"description": "An intelligent IVR flow calls the customers (SaaS with the intelligent feature enabled)"
					},
					{
						"value": 2,
						"name": "Skill Queue: Predicted Outbound Call",
						"description": "Agents of a skill queue; the system dials ahead of free agents"
					},
					{
						"value": 3,
						"name": "IVR: Automatic Outbound Call",
						"description": "An IVR flow calls the customers"
					},
					{
						"value": 5,
						"name": "Skill Queue: Previewed Outbound Call",
						"description": "Agents of a skill queue preview each customer before the call"
					},
					{
						"value": 6,
						"name": "Skill Queue: Preempted Outbound Call",
						"description": "Agents of a skill queue; a call is made only when an agent is free"
					}
				],
				"displayName": "Device Type"
			},
			{
				"name": "callerNo",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Number the customer sees when called. Only digits, * and #.",
				"maxLength": 24,
				"displayName": "Calling Number"
			},
			{
				"name": "maxAlertingTime",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "How long a call rings without an answer before it is released, in seconds: 9 to 120 for previewed outbound calls, 5 to 120 for the others",
				"displayName": "Max Ringing Time (Seconds)",
				"default": 20,
				"min": 5,
				"max": 120
			},
			{
				"name": "scheduleParam",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "When calls are made: up to three time windows for workdays and three for holidays, each as HH:mm (for example 09:00). Set at least one workday window; set a window's start and end together, start before end.",
				"children": [
					{
						"name": "workdayBeginTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 1 on workdays, as HH:mm (for example 09:00)",
						"displayName": "Workday Window 1 Start"
					},
					{
						"name": "workdayEndTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 1 on workdays, as HH:mm (for example 18:00)",
						"displayName": "Workday Window 1 End"
					},
					{
						"name": "workdayBeginTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 2 on workdays, as HH:mm (for example 09:00)",
						"displayName": "Workday Window 2 Start"
					},
					{
						"name": "workdayEndTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 2 on workdays, as HH:mm (for example 18:00)",
						"displayName": "Workday Window 2 End"
					},
					{
						"name": "workdayBeginTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 3 on workdays, as HH:mm (for example 09:00)",
						"displayName": "Workday Window 3 Start"
					},
					{
						"name": "workdayEndTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 3 on workdays, as HH:mm (for example 18:00)",
						"displayName": "Workday Window 3 End"
					},
					{
						"name": "holidayBeginTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 1 on holidays, as HH:mm (for example 09:00)",
						"displayName": "Holiday Window 1 Start"
					},
					{
						"name": "holidayEndTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 1 on holidays, as HH:mm (for example 18:00)",
						"displayName": "Holiday Window 1 End"
					},
					{
						"name": "holidayBeginTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 2 on holidays, as HH:mm (for example 09:00)",
						"displayName": "Holiday Window 2 Start"
					},
					{
						"name": "holidayEndTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 2 on holidays, as HH:mm (for example 18:00)",
						"displayName": "Holiday Window 2 End"
					},
					{
						"name": "holidayBeginTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 3 on holidays, as HH:mm (for example 09:00)",
						"displayName": "Holiday Window 3 Start"
					},
					{
						"name": "holidayEndTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 3 on holidays, as HH:mm (for example 18:00)",
						"displayName": "Holiday Window 3 End"
					}
				],
				"displayName": "Calling Hours"
			},
			{
				"name": "ivrParam",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "The IVR flow that makes the calls and the call rate. Required when Device Type is an IVR.",
				"children": [
					{
						"name": "deviceSign",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "For intelligent outbound calls: the intelligent IVR flow code (Configuration Center > Flow Configuration > Intelligent IVR > Flow Management > Flow Orchestration). For automatic outbound calls: the flow access code of the IVR flow (Configuration Center > Flow Configuration > Flow Management).",
						"displayName": "IVR Flow Code"
					},
					{
						"name": "callCount",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "How many calls are made each round; for 60 calls a minute, use 3 calls every 3 seconds",
						"min": 1,
						"max": 100,
						"displayName": "Calls per Round"
					},
					{
						"name": "callInterval",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Seconds between two rounds of calls",
						"min": 1,
						"max": 9999,
						"displayName": "Round Interval (Seconds)"
					}
				],
				"displayName": "IVR Settings",
				"requiredWhen": {
					"field": "deviceType",
					"values": [
						1,
						3
					]
				}
			},
			{
				"name": "skillParam",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "The skill queue whose agents take the calls, and how calls are dialed. Required when Device Type is a skill queue.",
				"children": [
					{
						"name": "skillId",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "ID of the skill queue whose agents take the calls",
						"min": 1,
						"max": 1000,
						"displayName": "Skill Queue ID"
					},
					{
						"name": "skillName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Name of the skill queue",
						"maxLength": 100,
						"displayName": "Skill Queue Name"
					},
					{
						"name": "outBoundType",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "How calls are dialed for the agents; match it with Device Type",
						"options": [
							{
								"value": 2,
								"name": "Predicted"
							},
							{
								"value": 5,
								"name": "Previewed"
							},
							{
								"value": 6,
								"name": "Preempted"
							}
						],
						"displayName": "Outbound Call Mode"
					},
					{
						"name": "predictParam",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Required when Outbound Call Mode is Predicted. Keys: predictMethod (1 empirical, 2 agent usage, 3 call completion rate, 5 off-hook rate) and the settings of that algorithm (expPredictParam, agentPredictParam, connectPredictParam or offhookPredictParam), for example {\"predictMethod\": 1, \"expPredictParam\": {\"maxAvgCallTime\": 100, \"minAvgCallTime\": 50, \"outBoundRate\": 70}}",
						"children": [
							{
								"name": "predictMethod",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "How the system predicts how many calls to dial; fill the settings of the chosen algorithm",
								"options": [
									{
										"value": 1,
										"name": "Empirical"
									},
									{
										"value": 2,
										"name": "Agent Usage"
									},
									{
										"value": 3,
										"name": "Call Completion Rate"
									},
									{
										"value": 5,
										"name": "Off-Hook Rate"
									}
								],
								"displayName": "Prediction Algorithm"
							},
							{
								"name": "expPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Required when Prediction Algorithm is Empirical",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Longest average call duration, in seconds",
										"min": 50,
										"max": 200,
										"displayName": "Max Average Call Duration (Seconds)"
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Shortest average call duration, in seconds; not more than the maximum",
										"min": 50,
										"max": 200,
										"displayName": "Min Average Call Duration (Seconds)"
									},
									{
										"name": "outBoundRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Outbound call rate, as a percentage",
										"min": 0,
										"max": 100,
										"default": 70,
										"displayName": "Outbound Call Rate (%)"
									}
								],
								"displayName": "Empirical Prediction Settings"
							},
							{
								"name": "agentPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Required when Prediction Algorithm is Agent Usage",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Longest average call duration, in seconds",
										"min": 50,
										"max": 200,
										"displayName": "Max Average Call Duration (Seconds)"
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Shortest average call duration, in seconds; not more than the maximum",
										"min": 50,
										"max": 200,
										"displayName": "Min Average Call Duration (Seconds)"
									},
									{
										"name": "lossRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Lowest call loss rate, as a percentage",
										"min": 0,
										"max": 100,
										"default": 3,
										"displayName": "Min Call Loss Rate (%)"
									},
									{
										"name": "utilRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Target agent usage, as a percentage",
										"min": 0,
										"max": 100,
										"default": 70,
										"displayName": "Agent Usage (%)"
									},
									{
										"name": "utilRateMethod",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "How agent usage is computed",
										"options": [
											{
												"value": 1,
												"name": "Call Time / Login Time",
												"description": "Agent usage = total call duration / total login duration"
											},
											{
												"value": 2,
												"name": "(Call + Work Time) / Login Time",
												"description": "Agent usage = (total call duration + work state duration) / total login duration"
											}
										],
										"displayName": "Agent Usage Formula"
									}
								],
								"displayName": "Agent Usage Prediction Settings"
							},
							{
								"name": "connectPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Required when Prediction Algorithm is Call Completion Rate",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Longest average call duration, in seconds",
										"min": 50,
										"max": 200,
										"displayName": "Max Average Call Duration (Seconds)"
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Shortest average call duration, in seconds; not more than the maximum",
										"min": 50,
										"max": 200,
										"displayName": "Min Average Call Duration (Seconds)"
									},
									{
										"name": "lossRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Lowest call loss rate, as a percentage",
										"min": 0,
										"max": 100,
										"default": 3,
										"displayName": "Min Call Loss Rate (%)"
									},
									{
										"name": "waitTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "How long the called customer may wait for an agent, in seconds",
										"min": 0,
										"max": 16,
										"default": 5,
										"displayName": "Customer Wait Time (Seconds)"
									},
									{
										"name": "connRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Outbound call completion rate, as a percentage",
										"min": 0,
										"max": 100,
										"displayName": "Call Completion Rate (%)"
									}
								],
								"displayName": "Call Completion Rate Prediction Settings"
							},
							{
								"name": "offhookPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Required when Prediction Algorithm is Off-Hook Rate",
								"children": [
									{
										"name": "offHookRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Off-hook rate",
										"min": 50,
										"max": 200,
										"default": 100,
										"displayName": "Off-Hook Rate"
									}
								],
								"displayName": "Off-Hook Rate Prediction Settings"
							}
						],
						"displayName": "Predicted Call Settings"
					},
					{
						"name": "previewParam",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Required when Outbound Call Mode is Previewed. Keys: failInterval (seconds between calls, 3 to 60), obCallCount (calls each time, 1 to 100) and autoCallTime (preview seconds, 5 to Max Ringing Time minus 3), for example {\"failInterval\": 10, \"obCallCount\": 1, \"autoCallTime\": 15}",
						"children": [
							{
								"name": "failInterval",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Seconds between outbound calls",
								"min": 3,
								"max": 60,
								"displayName": "Call Interval (Seconds)"
							},
							{
								"name": "obCallCount",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "How many calls are made each time",
								"min": 1,
								"max": 100,
								"displayName": "Calls per Round"
							},
							{
								"name": "autoCallTime",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "How long the agent previews the customer before the call is dialed, in seconds: from 5 to Max Ringing Time minus 3",
								"displayName": "Preview Time (Seconds)",
								"min": 5
							}
						],
						"displayName": "Previewed Call Settings"
					}
				],
				"displayName": "Skill Queue Settings",
				"requiredWhen": {
					"field": "deviceType",
					"values": [
						2,
						5,
						6
					]
				}
			},
			{
				"name": "callBackUrl",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Address CEC sends each outbound call result to; it must start with https:// (recommended) or http://",
				"displayName": "Result Callback URL"
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
		"operation": "update",
		"name": "Update",
		"action": "Update campaign",
		"description": "Change the settings of an outbound campaign, its retry policy and its call policy included",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the campaign; it must be unique",
				"maxLength": 32,
				"displayName": "Name"
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Description of the campaign; the characters \" [ ] = ; < > are not allowed",
				"maxLength": 200,
				"displayName": "Description"
			},
			{
				"name": "strBeginTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "When the campaign starts; not earlier than today",
				"displayName": "Start Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "strEndTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "When the campaign ends",
				"displayName": "End Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "deviceType",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Who takes the calls: an IVR flow (fill IVR Settings) or agents of a skill queue (fill Skill Queue Settings). It cannot be changed after the campaign is created.",
				"options": [
					{
						"value": 1,
						"name": "IVR: Intelligent Outbound Call",
						"description": "An intelligent IVR flow calls the customers (SaaS with the intelligent feature enabled)"
					},
					{
						"value": 2,
						"name": "Skill Queue: Predicted Outbound Call",
						"description": "Agents of a skill queue; the system dials ahead of free agents"
					},
					{
						"value": 3,
						"name": "IVR: Automatic Outbound Call",
						"description": "An IVR flow calls the customers"
					},
					{
						"value": 5,
						"name": "Skill Queue: Previewed Outbound Call",
						"description": "Agents of a skill queue preview each customer before the call"
					},
					{
						"value": 6,
						"name": "Skill Queue: Preempted Outbound Call",
						"description": "Agents of a skill queue; a call is made only when an agent is free"
					}
				],
				"displayName": "Device Type"
			},
			{
				"name": "callerNo",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "Numbers the customers see when called; several are allowed, each with a priority",
				"children": [
					{
						"name": "accessCode",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Number the customer sees when called. Only digits.",
						"maxLength": 32,
						"displayName": "Calling Number"
					},
					{
						"name": "priority",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Priority of this calling number; 1 is the highest",
						"min": 1,
						"max": 5,
						"displayName": "Priority",
						"default": 1
					}
				],
				"displayName": "Calling Numbers"
			},
			{
				"name": "maxAlertingTime",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "How long a call rings without an answer before it is released, in seconds",
				"min": 5,
				"max": 60,
				"displayName": "Max Ringing Time (Seconds)",
				"default": 20
			},
			{
				"name": "priority",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Priority of the campaign; 1 is the highest",
				"min": 1,
				"max": 5,
				"displayName": "Campaign Priority"
			},
			{
				"name": "scheduleParam",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "When calls are made: up to three time windows for workdays and three for holidays, each as HH:mm (for example 09:00). Set at least one workday window; set a window's start and end together, start before end.",
				"children": [
					{
						"name": "workdayBeginTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 1 on workdays, as HH:mm (for example 09:00)",
						"displayName": "Workday Window 1 Start"
					},
					{
						"name": "workdayEndTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 1 on workdays, as HH:mm (for example 18:00)",
						"displayName": "Workday Window 1 End"
					},
					{
						"name": "workdayBeginTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 2 on workdays, as HH:mm (for example 09:00)",
						"displayName": "Workday Window 2 Start"
					},
					{
						"name": "workdayEndTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 2 on workdays, as HH:mm (for example 18:00)",
						"displayName": "Workday Window 2 End"
					},
					{
						"name": "workdayBeginTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 3 on workdays, as HH:mm (for example 09:00)",
						"displayName": "Workday Window 3 Start"
					},
					{
						"name": "workdayEndTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 3 on workdays, as HH:mm (for example 18:00)",
						"displayName": "Workday Window 3 End"
					},
					{
						"name": "holidayBeginTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 1 on holidays, as HH:mm (for example 09:00)",
						"displayName": "Holiday Window 1 Start"
					},
					{
						"name": "holidayEndTime1",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 1 on holidays, as HH:mm (for example 18:00)",
						"displayName": "Holiday Window 1 End"
					},
					{
						"name": "holidayBeginTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 2 on holidays, as HH:mm (for example 09:00)",
						"displayName": "Holiday Window 2 Start"
					},
					{
						"name": "holidayEndTime2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 2 on holidays, as HH:mm (for example 18:00)",
						"displayName": "Holiday Window 2 End"
					},
					{
						"name": "holidayBeginTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Start of calling window 3 on holidays, as HH:mm (for example 09:00)",
						"displayName": "Holiday Window 3 Start"
					},
					{
						"name": "holidayEndTime3",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "End of calling window 3 on holidays, as HH:mm (for example 18:00)",
						"displayName": "Holiday Window 3 End"
					}
				],
				"displayName": "Calling Hours"
			},
			{
				"name": "ivrParam",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "The IVR flow that makes the calls and the call rate. Required when Device Type is an IVR.",
				"children": [
					{
						"name": "deviceSign",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "For intelligent outbound calls: the intelligent IVR flow code (Configuration Center > Flow Configuration > Intelligent IVR > Flow Management > Flow Orchestration). For automatic outbound calls: the flow access code of the IVR flow (Configuration Center > Flow Configuration > Flow Management).",
						"displayName": "IVR Flow Code"
					},
					{
						"name": "callCount",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "How many calls are made each round; for 60 calls a minute, use 3 calls every 3 seconds",
						"min": 1,
						"max": 100,
						"displayName": "Calls per Round"
					},
					{
						"name": "callInterval",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Seconds between two rounds of calls",
						"min": 1,
						"max": 9999,
						"displayName": "Round Interval (Seconds)"
					}
				],
				"displayName": "IVR Settings",
				"requiredWhen": {
					"field": "deviceType",
					"values": [
						1,
						3
					]
				}
			},
			{
				"name": "skillParam",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "The skill queue whose agents take the calls, and how calls are dialed. Required when Device Type is a skill queue.",
				"children": [
					{
						"name": "skillId",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "ID of the skill queue whose agents take the calls",
						"min": 1,
						"max": 1000,
						"displayName": "Skill Queue ID"
					},
					{
						"name": "skillName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Name of the skill queue",
						"maxLength": 100,
						"displayName": "Skill Queue Name"
					},
					{
						"name": "outBoundType",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "How calls are dialed for the agents; match it with Device Type",
						"options": [
							{
								"value": 2,
								"name": "Predicted"
							},
							{
								"value": 5,
								"name": "Previewed"
							},
							{
								"value": 6,
								"name": "Preempted"
							}
						],
						"displayName": "Outbound Call Mode"
					},
					{
						"name": "predictParam",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Required when Outbound Call Mode is Predicted. Keys: predictMethod (1 empirical, 2 agent usage, 3 call completion rate, 5 off-hook rate) and the settings of that algorithm (expPredictParam, agentPredictParam, connectPredictParam or offhookPredictParam), for example {\"predictMethod\": 1, \"expPredictParam\": {\"maxAvgCallTime\": 100, \"minAvgCallTime\": 50, \"outBoundRate\": 70}}",
						"children": [
							{
								"name": "predictMethod",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "How the system predicts how many calls to dial; fill the settings of the chosen algorithm",
								"options": [
									{
										"value": 1,
										"name": "Empirical"
									},
									{
										"value": 2,
										"name": "Agent Usage"
									},
									{
										"value": 3,
										"name": "Call Completion Rate"
									},
									{
										"value": 5,
										"name": "Off-Hook Rate"
									}
								],
								"displayName": "Prediction Algorithm"
							},
							{
								"name": "expPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Required when Prediction Algorithm is Empirical",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Longest average call duration, in seconds",
										"min": 50,
										"max": 200,
										"displayName": "Max Average Call Duration (Seconds)"
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Shortest average call duration, in seconds; not more than the maximum",
										"min": 50,
										"max": 200,
										"displayName": "Min Average Call Duration (Seconds)"
									},
									{
										"name": "outBoundRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Outbound call rate, as a percentage",
										"min": 0,
										"max": 100,
										"default": 70,
										"displayName": "Outbound Call Rate (%)"
									}
								],
								"displayName": "Empirical Prediction Settings"
							},
							{
								"name": "agentPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Required when Prediction Algorithm is Agent Usage",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Longest average call duration, in seconds",
										"min": 50,
										"max": 200,
										"displayName": "Max Average Call Duration (Seconds)"
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Shortest average call duration, in seconds; not more than the maximum",
										"min": 50,
										"max": 200,
										"displayName": "Min Average Call Duration (Seconds)"
									},
									{
										"name": "lossRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Lowest call loss rate, as a percentage",
										"min": 0,
										"max": 100,
										"default": 3,
										"displayName": "Min Call Loss Rate (%)"
									},
									{
										"name": "utilRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Target agent usage, as a percentage",
										"min": 0,
										"max": 100,
										"default": 70,
										"displayName": "Agent Usage (%)"
									},
									{
										"name": "utilRateMethod",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "How agent usage is computed",
										"options": [
											{
												"value": 1,
												"name": "Call Time / Login Time",
												"description": "Agent usage = total call duration / total login duration"
											},
											{
												"value": 2,
												"name": "(Call + Work Time) / Login Time",
												"description": "Agent usage = (total call duration + work state duration) / total login duration"
											}
										],
										"displayName": "Agent Usage Formula"
									}
								],
								"displayName": "Agent Usage Prediction Settings"
							},
							{
								"name": "connectPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Required when Prediction Algorithm is Call Completion Rate",
								"children": [
									{
										"name": "maxAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Longest average call duration, in seconds",
										"min": 50,
										"max": 200,
										"displayName": "Max Average Call Duration (Seconds)"
									},
									{
										"name": "minAvgCallTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Shortest average call duration, in seconds; not more than the maximum",
										"min": 50,
										"max": 200,
										"displayName": "Min Average Call Duration (Seconds)"
									},
									{
										"name": "lossRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Lowest call loss rate, as a percentage",
										"min": 0,
										"max": 100,
										"default": 3,
										"displayName": "Min Call Loss Rate (%)"
									},
									{
										"name": "waitTime",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "How long the called customer may wait for an agent, in seconds",
										"min": 0,
										"max": 16,
										"default": 5,
										"displayName": "Customer Wait Time (Seconds)"
									},
									{
										"name": "connRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Outbound call completion rate, as a percentage",
										"min": 0,
										"max": 100,
										"displayName": "Call Completion Rate (%)"
									}
								],
								"displayName": "Call Completion Rate Prediction Settings"
							},
							{
								"name": "offhookPredictParam",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Required when Prediction Algorithm is Off-Hook Rate",
								"children": [
									{
										"name": "offHookRate",
										"in": "body",
										"type": "integer",
										"required": true,
										"description": "Off-hook rate",
										"min": 50,
										"max": 200,
										"default": 100,
										"displayName": "Off-Hook Rate"
									}
								],
								"displayName": "Off-Hook Rate Prediction Settings"
							}
						],
						"displayName": "Predicted Call Settings"
					},
					{
						"name": "previewParam",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Required when Outbound Call Mode is Previewed. Keys: failInterval (seconds between calls, 3 to 60), obCallCount (calls each time, 1 to 100) and autoCallTime (preview seconds, 5 to Max Ringing Time minus 3), for example {\"failInterval\": 10, \"obCallCount\": 1, \"autoCallTime\": 15}",
						"children": [
							{
								"name": "failInterval",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Seconds between outbound calls",
								"min": 3,
								"max": 60,
								"displayName": "Call Interval (Seconds)"
							},
							{
								"name": "obCallCount",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "How many calls are made each time",
								"min": 1,
								"max": 100,
								"displayName": "Calls per Round"
							},
							{
								"name": "autoCallTime",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "How long the agent previews the customer before the call is dialed, in seconds: from 5 to Max Ringing Time minus 3",
								"displayName": "Preview Time (Seconds)",
								"min": 5
							}
						],
						"displayName": "Previewed Call Settings"
					}
				],
				"displayName": "Skill Queue Settings",
				"requiredWhen": {
					"field": "deviceType",
					"values": [
						2,
						5,
						6
					]
				}
			},
			{
				"name": "initStatus",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Whether the campaign starts calling right away or waits suspended",
				"options": [
					{
						"value": 0,
						"name": "Started",
						"description": "The campaign starts calling at its start time"
					},
					{
						"value": 1,
						"name": "Suspended",
						"description": "The campaign waits until it is resumed"
					}
				],
				"default": 0,
				"displayName": "Status After Creation"
			},
			{
				"name": "callBackUrl",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Address CEC sends each outbound call result to; it must start with https:// (recommended) or http://",
				"displayName": "Result Callback URL"
			},
			{
				"name": "retryPolicy",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "When failed calls are tried again. Global policy: set the retry days, attempts per day and interval (common policy) or the result-based retries; number type policy: set the number type policy only.",
				"children": [
					{
						"name": "retryPolicyId",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "ID of the retry policy to change",
						"displayName": "Retry Policy ID"
					},
					{
						"name": "retryDay",
						"in": "body",
						"type": "integer",
						"description": "On how many days a number is tried at most. Required for a common global policy.",
						"min": 1,
						"max": 5,
						"displayName": "Retry Days"
					},
					{
						"name": "retryTimes",
						"in": "body",
						"type": "integer",
						"description": "How many times a number is tried per day at most. Required for a common global policy.",
						"min": 1,
						"max": 6,
						"displayName": "Attempts per Day"
					},
					{
						"name": "policyType",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Whether one policy applies to all numbers or each number type has its own",
						"options": [
							{
								"value": 0,
								"name": "Global"
							},
							{
								"value": 1,
								"name": "By Number Type"
							}
						],
						"displayName": "Policy Type"
					},
					{
						"name": "callInterval",
						"in": "body",
						"type": "integer",
						"description": "Seconds between two attempts. Required for a common global policy.",
						"min": 1,
						"max": 86400,
						"displayName": "Retry Interval (Seconds)"
					},
					{
						"name": "resultRetry",
						"in": "body",
						"type": "object",
						"description": "Retries by call result, for a result-based global policy. Keys: result (1 busy, 2 no answer, 3 rejected, 4 number does not exist, 5 powered off, 6 out of service area, 7 fax or switchboard, 8 timed out, 9 failed), retryNumber (0 to 9) and callInterval (seconds)",
						"jsonString": true,
						"children": [
							{
								"name": "result",
								"in": "body",
								"type": "integer",
								"description": "The call result this retry rule applies to",
								"min": 0,
								"max": 9,
								"displayName": "Call Result",
								"options": [
									{
										"value": 0,
										"name": "Other"
									},
									{
										"value": 1,
										"name": "Busy"
									},
									{
										"value": 2,
										"name": "No Answer"
									},
									{
										"value": 3,
										"name": "Rejected"
									},
									{
										"value": 4,
										"name": "Number Does Not Exist"
									},
									{
										"value": 5,
										"name": "Phone Powered Off"
									},
									{
										"value": 6,
										"name": "Out of Service Area"
									},
									{
										"value": 7,
										"name": "Fax or Switchboard"
									},
									{
										"value": 8,
										"name": "Call Timed Out"
									},
									{
										"value": 9,
										"name": "Call Failed"
									}
								]
							},
							{
								"name": "callInterval",
								"in": "body",
								"type": "integer",
								"description": "Seconds before the number is tried again",
								"min": 1,
								"max": 86400,
								"displayName": "Retry Interval (Seconds)"
							},
							{
								"name": "retryNumber",
								"in": "body",
								"type": "integer",
								"description": "How many times the number is tried again",
								"min": 0,
								"max": 9,
								"displayName": "Retries"
							}
						],
						"displayName": "Result-Based Retry"
					},
					{
						"name": "policyJson",
						"in": "body",
						"type": "object",
						"description": "The retry policy of a number type. Required when Policy Type is By Number Type. Keys: dataType (the number type), type (0 common, 1 result-based) and policy: retryDay and retryTimes for a common rule, result, retryNumber and callInterval for a result-based one.",
						"jsonString": true,
						"children": [
							{
								"name": "dataType",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "The number type this policy applies to (a number type of the tenant). No special characters.",
								"maxLength": 20,
								"displayName": "Number Type"
							},
							{
								"name": "type",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "Common (retry days and attempts per day) or result-based (retries per call result)",
								"options": [
									{
										"value": 0,
										"name": "Common"
									},
									{
										"value": 1,
										"name": "Result-Based"
									}
								],
								"displayName": "Rule Type"
							},
							{
								"name": "policy",
								"in": "body",
								"type": "object",
								"required": true,
								"description": "The retry settings of this number type",
								"jsonString": true,
								"children": [
									{
										"name": "retryDay",
										"in": "body",
										"type": "integer",
										"description": "On how many days a number is tried at most. Required for a common rule.",
										"min": 1,
										"max": 5,
										"displayName": "Retry Days"
									},
									{
										"name": "retryTimes",
										"in": "body",
										"type": "integer",
										"description": "How many times a number is tried per day at most. Required for a common rule.",
										"min": 1,
										"max": 6,
										"displayName": "Attempts per Day"
									},
									{
										"name": "result",
										"in": "body",
										"type": "integer",
										"description": "The call result this rule applies to (the failure code also counts). Required for a result-based rule.",
										"min": 0,
										"max": 9,
										"displayName": "Call Result",
										"options": [
											{
												"value": 0,
												"name": "Other"
											},
											{
												"value": 1,
												"name": "Busy"
											},
											{
												"value": 2,
												"name": "No Answer"
											},
											{
												"value": 3,
												"name": "Rejected"
											},
											{
												"value": 4,
												"name": "Number Does Not Exist"
											},
											{
												"value": 5,
												"name": "Phone Powered Off"
											},
											{
												"value": 6,
												"name": "Out of Service Area"
											},
											{
												"value": 7,
												"name": "Fax or Switchboard"
											},
											{
												"value": 8,
												"name": "Call Timed Out"
											},
											{
												"value": 9,
												"name": "Call Failed"
											}
										]
									},
									{
										"name": "callInterval",
										"in": "body",
										"type": "integer",
										"description": "Seconds before the number is tried again",
										"min": 1,
										"max": 86400,
										"displayName": "Retry Interval (Seconds)"
									},
									{
										"name": "retryNumber",
										"in": "body",
										"type": "integer",
										"description": "How many times the number is tried again. Required for a result-based rule.",
										"min": 0,
										"max": 9,
										"displayName": "Retries"
									}
								],
								"displayName": "Policy Settings"
							}
						],
						"displayName": "Number Type Policy"
					},
					{
						"name": "busiPolicy",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "What to do next after a given business result. Keys: busiResultCode, busiResultSubCode (optional), busiResultPolicy (0 stop calling, 1 call next number, 2 call current number again) and callInterval (seconds; not needed when stopping).",
						"jsonString": true,
						"children": [
							{
								"name": "busiResultCode",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Code of the business result",
								"displayName": "Business Result Code"
							},
							{
								"name": "busiResultSubCode",
								"in": "body",
								"type": "string",
								"description": "Subcode of the business result, under the business result code",
								"displayName": "Business Result Subcode"
							},
							{
								"name": "busiResultPolicy",
								"in": "body",
								"type": "integer",
								"required": true,
								"description": "What the campaign does after this business result",
								"options": [
									{
										"value": 0,
										"name": "Stop Calling"
									},
									{
										"value": 1,
										"name": "Call Next Number"
									},
									{
										"value": 2,
										"name": "Call Current Number Again"
									}
								],
								"displayName": "Next Step"
							},
							{
								"name": "callInterval",
								"in": "body",
								"type": "integer",
								"description": "Seconds before the next call. Required unless Next Step is Stop Calling.",
								"min": 1,
								"max": 3600,
								"displayName": "Call Interval (Seconds)"
							}
						],
						"displayName": "Business Result Policy"
					},
					{
						"name": "noRetryPolicy",
						"in": "body",
						"type": "array",
						"required": false,
						"description": "Call result codes (as in the call results of the campaign) after which a number is not tried again. Not allowed when Policy Type is By Number Type.",
						"displayName": "Result Codes Not Retried"
					}
				],
				"displayName": "Retry Policy"
			},
			{
				"name": "callPolicy",
				"in": "body",
				"type": "object",
				"required": false,
				"description": "The order numbers are called in. With the round mode, Policy Type of the retry policy must be By Number Type.",
				"children": [
					{
						"name": "callPolicyId",
						"in": "body",
						"type": "string",
						"description": "ID of the call policy; required to change a call policy",
						"displayName": "Call Policy ID"
					},
					{
						"name": "callType",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Call the numbers of a customer one after another, or in rounds",
						"options": [
							{
								"value": 0,
								"name": "In Sequence"
							},
							{
								"value": 1,
								"name": "In Rounds"
							}
						],
						"default": 0,
						"displayName": "Call Mode"
					},
					{
						"name": "chooseType",
						"in": "body",
						"type": "integer",
						"description": "What decides the rounds. Required when Call Mode is In Rounds.",
						"options": [
							{
								"value": 0,
								"name": "By Number Type"
							},
							{
								"value": 1,
								"name": "By Number Order"
							}
						],
						"displayName": "Round Mode"
					},
					{
						"name": "turns",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"description": "The rounds, in order. Required when Call Mode is In Rounds.",
						"children": [
							{
								"name": "turnType",
								"in": "body",
								"type": "string",
								"description": "Number type called in this round. Required when Round Mode is By Number Type. No special characters.",
								"maxLength": 20,
								"displayName": "Number Type"
							},
							{
								"name": "turnOrder",
								"in": "body",
								"type": "integer",
								"description": "Position of the number called in this round. Required when Round Mode is By Number Order.",
								"min": 1,
								"max": 10,
								"displayName": "Number Position"
							}
						],
						"displayName": "Rounds"
					}
				],
				"displayName": "Call Policy"
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
		"operation": "delete",
		"name": "Delete",
		"action": "Delete campaign",
		"description": "Delete an outbound campaign, optionally keeping it in the history table",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
			},
			{
				"name": "archiveHistory",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Whether the deleted campaign is kept in the history table",
				"options": [
					{
						"value": 0,
						"name": "No"
					},
					{
						"value": 1,
						"name": "Yes"
					}
				],
				"default": 0,
				"displayName": "Keep in History"
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
		"operation": "get",
		"name": "Get",
		"action": "Get campaign",
		"description": "Get the settings and status of one outbound campaign by its ID",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
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
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many campaigns",
		"description": "List outbound campaigns, filtered by name, status, device type or time",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "name",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Name of the campaigns to list; empty for all",
				"minLength": 0,
				"maxLength": 30,
				"displayName": "Name"
			},
			{
				"name": "status",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Status of the campaigns to list",
				"options": [
					{
						"value": 0,
						"name": "All"
					},
					{
						"value": 2,
						"name": "Started"
					},
					{
						"value": 3,
						"name": "Suspended"
					},
					{
						"value": 4,
						"name": "Completed"
					}
				],
				"default": 0,
				"displayName": "Status"
			},
			{
				"name": "deviceType",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Device type of the campaigns to list",
				"options": [
					{
						"value": 0,
						"name": "All"
					},
					{
						"value": 2,
						"name": "Skill Queue: Predicted Outbound Call",
						"description": "Agents of a skill queue; the system dials ahead of free agents"
					},
					{
						"value": 3,
						"name": "IVR: Automatic Outbound Call",
						"description": "An IVR flow calls the customers"
					},
					{
						"value": 5,
						"name": "Skill Queue: Previewed Outbound Call",
						"description": "Agents of a skill queue preview each customer before the call"
					},
					{
						"value": 6,
						"name": "Skill Queue: Preempted Outbound Call",
						"description": "Agents of a skill queue; a call is made only when an agent is free"
					}
				],
				"default": 0,
				"displayName": "Device Type"
			},
			{
				"name": "beginTime",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Earliest start time of the campaigns to list",
				"displayName": "Start Time From",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "endTime",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Latest end time of the campaigns to list",
				"displayName": "End Time To",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "curPage",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Page number; values below 1 count as 1",
				"default": 1,
				"displayName": "Page"
			},
			{
				"name": "rowsPerPage",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Campaigns per page (10 if not set)",
				"max": 100,
				"displayName": "Page Size"
			},
			{
				"name": "ccId",
				"in": "query",
				"type": "integer",
				"required": false,
				"description": "Only campaigns of this call center; empty for all",
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
		"operation": "suspend",
		"name": "Suspend",
		"action": "Suspend campaign",
		"description": "Pause a running outbound campaign so that it stops calling",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
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
		"operation": "resume",
		"name": "Resume",
		"action": "Resume campaign",
		"description": "Restart a suspended outbound campaign",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
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
		"operation": "setRetryPolicy",
		"name": "Set Retry Policy",
		"action": "Set campaign retry policy",
		"description": "Set when and how often an outbound campaign calls a number again after a failed call",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
			},
			{
				"name": "policyJson",
				"in": "body",
				"type": "object",
				"description": "The retry policy: a number type and its common or result-based retry settings",
				"jsonString": true,
				"children": [
					{
						"name": "dataType",
						"in": "body",
						"type": "string",
						"description": "The number type this policy applies to",
						"displayName": "Number Type"
					},
					{
						"name": "policy",
						"in": "body",
						"type": "object",
						"description": "Retries by call result, for a result-based policy",
						"jsonString": true,
						"children": [
							{
								"name": "callInterval",
								"in": "body",
								"type": "integer",
								"description": "Seconds before the number is tried again",
								"displayName": "Retry Delay (Seconds)"
							},
							{
								"name": "result",
								"in": "body",
								"type": "integer",
								"description": "The call result this rule applies to",
								"displayName": "Call Result",
								"options": [
									{
										"value": 0,
										"name": "Other"
									},
									{
										"value": 1,
										"name": "Busy"
									},
									{
										"value": 2,
										"name": "No Answer"
									},
									{
										"value": 3,
										"name": "Rejected"
									},
									{
										"value": 4,
										"name": "Number Does Not Exist"
									},
									{
										"value": 5,
										"name": "Phone Powered Off"
									},
									{
										"value": 6,
										"name": "Out of Service Area"
									},
									{
										"value": 7,
										"name": "Fax or Switchboard"
									},
									{
										"value": 8,
										"name": "Call Timed Out"
									},
									{
										"value": 9,
										"name": "Call Failed"
									}
								]
							},
							{
								"name": "retryNumber",
								"in": "body",
								"type": "integer",
								"description": "How many times the number is tried again",
								"displayName": "Retries"
							}
						],
						"displayName": "Result-Based Retry"
					},
					{
						"name": "retryDay",
						"in": "body",
						"type": "integer",
						"description": "On how many days a number is tried, for a common policy",
						"displayName": "Retry Days"
					},
					{
						"name": "retryTimes",
						"in": "body",
						"type": "integer",
						"description": "How many times a number is tried per day, for a common policy",
						"displayName": "Attempts per Day"
					},
					{
						"name": "type",
						"in": "body",
						"type": "integer",
						"description": "Common (retry days and attempts per day) or result-based (retries per call result)",
						"options": [
							{
								"value": 0,
								"name": "Common"
							},
							{
								"value": 1,
								"name": "Result-Based"
							}
						],
						"displayName": "Rule Type"
					},
					{
						"name": "noRetryPolicy",
						"in": "body",
						"type": "array",
						"required": false,
						"description": "Call result codes (as in the call results of the campaign) after which a number is not tried again. Not allowed when Policy Type is By Number Type.",
						"displayName": "Result Codes Not Retried"
					}
				],
				"displayName": "Policy"
			},
			{
				"name": "policyType",
				"in": "body",
				"type": "integer",
				"description": "Whether one policy applies to all numbers or each number type has its own",
				"options": [
					{
						"value": 0,
						"name": "Global"
					},
					{
						"value": 1,
						"name": "By Number Type"
					}
				],
				"displayName": "Policy Type"
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
		"operation": "getRetryPolicy",
		"name": "Get Retry Policy",
		"action": "Get campaign retry policy",
		"description": "Get the retry policy of an outbound campaign",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
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
		"operation": "createBusinessResult",
		"name": "Create Business Result",
		"action": "Create business result definition",
		"description": "Define a business result (with optional sub-results) that agents or systems can record for outbound calls",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the business result. No special characters.",
				"maxLength": 50,
				"displayName": "Name"
			},
			{
				"name": "code",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Code of the business result. Only digits, letters and hyphens.",
				"maxLength": 50,
				"displayName": "Code"
			},
			{
				"name": "description",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Description of the business result. No special characters.",
				"maxLength": 200,
				"displayName": "Description"
			},
			{
				"name": "children",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": false,
				"description": "Business sub-results under this result",
				"children": [
					{
						"name": "name",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Name of the sub-result. No special characters.",
						"maxLength": 50,
						"displayName": "Name"
					},
					{
						"name": "code",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Code of the sub-result. Only digits, letters and hyphens.",
						"maxLength": 50,
						"displayName": "Code"
					},
					{
						"name": "description",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Description of the sub-result. No special characters.",
						"maxLength": 200,
						"displayName": "Description"
					}
				],
				"displayName": "Sub-Results"
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
		"operation": "getManyBusinessResults",
		"name": "Get Many Business Results",
		"action": "Get many business result definitions",
		"description": "List the business result definitions of the tenant, with their sub-results",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "pageSize",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Records per page",
				"min": 1,
				"max": 50,
				"displayName": "Page Size"
			},
			{
				"name": "pageNum",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Page number, from 1",
				"displayName": "Page"
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
		"operation": "getFailureStatistics",
		"name": "Get Failure Statistics",
		"action": "Get campaign call failure statistics",
		"description": "Count the failed calls of an outbound campaign by failure category, optionally for a date range",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "query",
				"type": "string",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
			},
			{
				"name": "startDate",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "First day counted; set together with End Date",
				"displayName": "Start Date",
				"dateFormat": "yyyy-MM-dd"
			},
			{
				"name": "endDate",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Last day counted, at most 30 days after Start Date; set together with Start Date",
				"displayName": "End Date",
				"dateFormat": "yyyy-MM-dd"
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
		"action": "Add calling numbers to campaign",
		"description": "Add calling numbers (the numbers customers see) to an outbound campaign",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
			},
			{
				"name": "callerNo",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "Numbers the customers see when called; several are allowed, each with a priority",
				"maxItems": 100,
				"children": [
					{
						"name": "accessCode",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Number the customer sees when called. Only digits.",
						"maxLength": 24,
						"displayName": "Calling Number"
					},
					{
						"name": "priority",
						"in": "body",
						"type": "integer",
						"required": true,
						"description": "Priority of this calling number; 1 is the highest",
						"min": 1,
						"max": 5,
						"displayName": "Priority",
						"default": 1
					}
				],
				"displayName": "Calling Numbers"
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
		"action": "Delete calling numbers from campaign",
		"description": "Remove calling numbers from an outbound campaign",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
			},
			{
				"name": "callerNo",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "Numbers the customers see when called; several are allowed, each with a priority",
				"maxItems": 100,
				"children": [
					{
						"name": "accessCode",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Number the customer sees when called. Only digits.",
						"maxLength": 24,
						"displayName": "Calling Number"
					}
				],
				"displayName": "Calling Numbers"
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
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many holidays",
		"description": "List the holidays of an outbound campaign",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
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
		"operation": "create",
		"name": "Create",
		"action": "Create holiday",
		"description": "Add a holiday (days of the week, a date range or a yearly date range) to an outbound campaign",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the holiday; it must be unique",
				"maxLength": 30,
				"displayName": "Name"
			},
			{
				"name": "type",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "How the holiday is given: days of the week (fill Days of Week), a date range (dates as yyyy-MM-dd) or a yearly date range (dates as MM-dd)",
				"options": [
					{
						"value": 1,
						"name": "Days of Week"
					},
					{
						"value": 2,
						"name": "Date Range"
					},
					{
						"value": 3,
						"name": "Yearly Date Range"
					}
				],
				"displayName": "Holiday Type"
			},
			{
				"name": "week",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Days of the week, comma-separated: 1 Monday to 7 Sunday (for example 6,7 for the weekend). Required when Holiday Type is Days of Week.",
				"pattern": "^[1-7](,[1-7])*$",
				"patternHint": "must list days 1 (Monday) to 7 (Sunday), separated by commas (6,7 = Saturday and Sunday)",
				"displayName": "Days of Week"
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "First day of the holiday: yyyy-MM-dd for a date range, MM-dd for a yearly date range. Required unless Holiday Type is Days of Week.",
				"displayName": "Start Date"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Last day of the holiday: yyyy-MM-dd for a date range, MM-dd for a yearly date range. Required unless Holiday Type is Days of Week.",
				"displayName": "End Date"
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
		"operation": "update",
		"name": "Update",
		"action": "Update holiday",
		"description": "Change a holiday of an outbound campaign",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
			},
			{
				"name": "id",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the holiday to change",
				"displayName": "Holiday ID"
			},
			{
				"name": "name",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the holiday; it must be unique",
				"maxLength": 30,
				"displayName": "Name"
			},
			{
				"name": "type",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "How the holiday is given: days of the week (fill Days of Week), a date range (dates as yyyy-MM-dd) or a yearly date range (dates as MM-dd)",
				"options": [
					{
						"value": 1,
						"name": "Days of Week"
					},
					{
						"value": 2,
						"name": "Date Range"
					},
					{
						"value": 3,
						"name": "Yearly Date Range"
					}
				],
				"displayName": "Holiday Type"
			},
			{
				"name": "week",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Days of the week, comma-separated: 1 Monday to 7 Sunday (for example 6,7 for the weekend). Required when Holiday Type is Days of Week.",
				"pattern": "^[1-7](,[1-7])*$",
				"patternHint": "must list days 1 (Monday) to 7 (Sunday), separated by commas (6,7 = Saturday and Sunday)",
				"displayName": "Days of Week"
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "First day of the holiday: yyyy-MM-dd for a date range, MM-dd for a yearly date range. Required unless Holiday Type is Days of Week.",
				"displayName": "Start Date"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Last day of the holiday: yyyy-MM-dd for a date range, MM-dd for a yearly date range. Required unless Holiday Type is Days of Week.",
				"displayName": "End Date"
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
		"operation": "delete",
		"name": "Delete",
		"action": "Delete holiday",
		"description": "Delete one holiday of an outbound campaign",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
			},
			{
				"name": "holidayId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "ID of the holiday to delete",
				"displayName": "Holiday ID"
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
		"operation": "deleteAll",
		"name": "Delete All",
		"action": "Delete all holidays",
		"description": "Delete all holidays of an outbound campaign",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
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
		"operation": "addNumbers",
		"name": "Add Numbers",
		"action": "Add numbers to blacklist",
		"description": "Add up to 20 numbers to the outbound blacklist, for a limited time or with a call limit",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "blocklist",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Numbers to blacklist, at most 20, each up to 24 characters: digits, * and #",
				"maxItems": 20,
				"displayName": "Numbers"
			},
			{
				"name": "validityExpirationTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "When the numbers leave the blacklist (the time they are added plus the validity period)",
				"displayName": "Expiration Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "validityTime",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "How long the numbers stay blacklisted, in hours",
				"min": 1,
				"max": 120,
				"displayName": "Validity Period (Hours)"
			},
			{
				"name": "restrictTimes",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "How many calls to the number are allowed per restriction period; set together with Restriction Period",
				"min": 1,
				"max": 100,
				"displayName": "Max Calls"
			},
			{
				"name": "restrictPeriod",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "The period Max Calls counts in: a call at 10:06 with one call per hour blocks the number until 11:00, with one call per day until midnight",
				"options": [
					{
						"value": "0",
						"name": "Every Hour"
					},
					{
						"value": "1",
						"name": "Every Day"
					}
				],
				"displayName": "Restriction Period"
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
		"operation": "deleteNumber",
		"name": "Delete Number",
		"action": "Delete number from blacklist",
		"description": "Remove one number from the outbound blacklist",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "blocklistNo",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Number to remove from the blacklist. Only digits, * and #.",
				"maxLength": 24,
				"displayName": "Number"
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
		"operation": "deleteAll",
		"name": "Delete All",
		"action": "Delete all numbers from blacklist",
		"description": "Remove every number from the outbound blacklist",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
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
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many blacklisted numbers",
		"description": "List blacklisted numbers with their expiry and call limits, or look up given numbers",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "blocklist",
				"in": "body",
				"type": "array",
				"required": false,
				"description": "Blacklisted numbers to look up, at most 20, each up to 24 characters: digits, * and #. When set, only these numbers are returned; set either these or the paging fields.",
				"maxItems": 20,
				"displayName": "Numbers"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of records to skip: page size × (page − 1)",
				"displayName": "Offset"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Records per page",
				"min": 1,
				"max": 100,
				"displayName": "Page Size"
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
		"operation": "importFromFileServer",
		"name": "Import From File Server",
		"action": "Import blacklist from file server",
		"description": "Import a blacklist file from a configured file server, now or at a scheduled time",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "serverId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "File server the file is read from",
				"lookup": {
					"section": "7.8.4",
					"valuePath": "serverId",
					"labelPath": "ip"
				},
				"displayName": "File Server"
			},
			{
				"name": "filePath",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Folder of the file, relative to the default path of the file server (for example /isales/20220310); empty when the file is in the default path",
				"displayName": "File Path"
			},
			{
				"name": "fileName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the file, for example demo.xlsx",
				"displayName": "File Name"
			},
			{
				"name": "hour",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Hour of a scheduled import, 0 to 23; set together with Minute. Empty: import now.",
				"displayName": "Hour"
			},
			{
				"name": "minute",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Minute of a scheduled import, 00 or 30; set together with Hour. Empty: import now.",
				"displayName": "Minute"
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
		"operation": "getImportResults",
		"name": "Get Import Results",
		"action": "Get blacklist import results",
		"description": "List the blacklist file import tasks and their results",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of records to skip: page size × (page − 1)",
				"displayName": "Offset"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Records per page",
				"min": 1,
				"max": 100,
				"displayName": "Page Size"
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
		"resource": "legacy",
		"operation": "addOutboundNumbersV1",
		"name": "Add Outbound Numbers (V1)",
		"action": "Add outbound numbers (V1)",
		"description": "Add customer numbers to call to an outbound campaign, one number per record (older version)",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
			},
			{
				"name": "callDataList",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "Customer records to call, at most 20",
				"maxItems": 20,
				"children": [
					{
						"name": "sessionId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Your ID for the customer, returned with the call result",
						"maxLength": 32,
						"displayName": "Customer ID"
					},
					{
						"name": "called",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Number of the customer. Only digits, * and #.",
						"maxLength": 24,
						"displayName": "Called Number"
					},
					{
						"name": "caller",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number the customer sees; empty for the campaign's calling numbers",
						"maxLength": 24,
						"displayName": "Calling Number"
					},
					{
						"name": "customField",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Your own data for the record, such as a batch name. Not allowed: ~!@#$%^&*()+={}'\";<>/?.[]¥-,",
						"maxLength": 200,
						"displayName": "Custom Field"
					},
					{
						"name": "recycleTime",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "When the record is recycled",
						"displayName": "Recycling Time",
						"dateFormat": "yyyy-MM-dd HH:mm:ss"
					},
					{
						"name": "callData",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Data passed with the call, up to 1024 characters; JSON recommended, and JSON required for an intelligent IVR flow, which reads it with its JSON data element",
						"maxLength": 1024,
						"displayName": "Call Data"
					}
				],
				"displayName": "Customers"
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
		"operation": "addNumbers",
		"name": "Add Numbers",
		"action": "Add numbers to campaign",
		"description": "Add up to 20 customer records to call to an outbound campaign, each with one or more numbers",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
			},
			{
				"name": "callDataList",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "Customer records to call, at most 20",
				"maxItems": 20,
				"children": [
					{
						"name": "sessionId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Your ID for the customer, returned with the call result",
						"maxLength": 32,
						"displayName": "Customer ID"
					},
					{
						"name": "called",
						"in": "body",
						"type": "array",
						"itemType": "object",
						"required": true,
						"description": "Numbers of the customer",
						"children": [
							{
								"name": "calledNo",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Number of the customer. Only digits, * and #.",
								"maxLength": 24,
								"displayName": "Number"
							},
							{
								"name": "delayTime",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Seconds to wait before calling this number, 0 to 86400",
								"default": "0",
								"displayName": "Delay (Seconds)"
							},
							{
								"name": "type",
								"in": "body",
								"type": "string",
								"required": false,
								"description": "Number type of this number (a number type of the tenant). Required when the campaign's retry policy is by number type or its call mode is in rounds. No special characters.",
								"maxLength": 20,
								"displayName": "Number Type"
							}
						],
						"displayName": "Customer Numbers"
					},
					{
						"name": "caller",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Number the customer sees; empty for the campaign's calling numbers",
						"maxLength": 24,
						"displayName": "Calling Number"
					},
					{
						"name": "customField",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Your own data for the record, such as a batch name. Not allowed: ~!@#$%^&*()+={}'\";<>/?.[]¥-,",
						"maxLength": 200,
						"displayName": "Custom Field"
					},
					{
						"name": "recycleTime",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "When the record is recycled",
						"displayName": "Recycling Time",
						"dateFormat": "yyyy-MM-dd HH:mm:ss"
					},
					{
						"name": "callData",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Data passed with the call, up to 1024 characters; JSON recommended, and JSON required for an intelligent IVR flow, which reads it with its JSON data element",
						"displayName": "Call Data"
					}
				],
				"displayName": "Customers"
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
		"operation": "delete",
		"name": "Delete",
		"action": "Delete outbound data",
		"description": "Delete customer numbers from an outbound campaign by customer ID, number, custom field or recycling time",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
			},
			{
				"name": "sessionId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Your ID of the customer whose numbers are deleted",
				"maxLength": 32,
				"displayName": "Customer ID"
			},
			{
				"name": "called",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number to delete. Only digits, * and #.",
				"maxLength": 24,
				"displayName": "Called Number"
			},
			{
				"name": "customField",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Delete the numbers whose custom field has this value (for example one batch)",
				"maxLength": 200,
				"displayName": "Custom Field"
			},
			{
				"name": "recycleTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Delete the numbers by recycling time, as Recycling Type says",
				"displayName": "Recycling Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "recycleType",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "How Recycling Time selects the numbers to delete; only used with Recycling Time",
				"options": [
					{
						"value": "1",
						"name": "Up to That Day",
						"description": "Numbers whose recycling time is on or before the day of Recycling Time"
					},
					{
						"value": "2",
						"name": "On That Day",
						"description": "Numbers whose recycling time is on the day of Recycling Time"
					},
					{
						"value": "3",
						"name": "At That Exact Time",
						"description": "Numbers whose recycling time equals Recycling Time"
					}
				],
				"displayName": "Recycling Type"
			},
			{
				"name": "archiveHistory",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Whether the deleted numbers are kept in the history table",
				"options": [
					{
						"value": 0,
						"name": "No"
					},
					{
						"value": 1,
						"name": "Yes"
					}
				],
				"default": 0,
				"displayName": "Keep in History"
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
		"action": "Add number types",
		"description": "Add number types (such as home or mobile) used by retry and call policies",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "callNoTypes",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "Number types to add, at most 20, each up to 20 characters: digits, letters and hyphens",
				"maxItems": 20,
				"displayName": "Number Types"
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
		"action": "Get number types",
		"description": "List the number types of the tenant",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
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
		"operation": "get",
		"name": "Get",
		"action": "Get outbound data",
		"description": "Get one outbound data record of a campaign by its data ID",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
			},
			{
				"name": "dataId",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "ID of the outbound data record",
				"pattern": "^\\d{1,32}$",
				"patternHint": "must be the digits of the data ID",
				"displayName": "Data ID"
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
		"operation": "getTodayStatistics",
		"name": "Get Statistics for Today",
		"action": "Get outbound call statistics for today",
		"description": "Get today's outbound call statistics of one campaign or batch, or of all campaigns",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "The outbound campaign; empty for all campaigns",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
			},
			{
				"name": "batchId",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Batch (the custom field of the records) to count; requires Campaign",
				"displayName": "Batch"
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
		"operation": "importFromFileServer",
		"name": "Import From File Server",
		"action": "Import outbound data from file server",
		"description": "Import a file of customer numbers into an outbound campaign from a configured file server, now or at a scheduled time",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
			},
			{
				"name": "serverId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "File server the file is read from",
				"lookup": {
					"section": "7.8.4",
					"valuePath": "serverId",
					"labelPath": "ip"
				},
				"displayName": "File Server"
			},
			{
				"name": "filePath",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Folder of the file, relative to the default path of the file server (for example /isales/20220310); empty when the file is in the default path",
				"displayName": "File Path"
			},
			{
				"name": "fileName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the file, for example demo.xlsx",
				"displayName": "File Name"
			},
			{
				"name": "hour",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Hour of a scheduled import, 0 to 23; set together with Minute. Empty: import now.",
				"displayName": "Hour"
			},
			{
				"name": "minute",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Minute of a scheduled import, 00 or 30; set together with Hour. Empty: import now.",
				"displayName": "Minute"
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
		"operation": "getImportResults",
		"name": "Get Import Results",
		"action": "Get outbound data import results",
		"description": "List the outbound data file import tasks of a campaign and their results",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of records to skip: page size × (page − 1)",
				"displayName": "Offset"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Records per page",
				"min": 1,
				"max": 100,
				"displayName": "Page Size"
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
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many call results",
		"description": "List the call results of an outbound campaign, final or per attempt, filtered by customer, custom field or dates",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "campaignId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "The outbound campaign",
				"lookup": {
					"section": "7.1.7",
					"valuePath": "id",
					"labelPath": "name",
					"params": {
						"status": 0,
						"deviceType": 0
					}
				},
				"displayName": "Campaign"
			},
			{
				"name": "sessionId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Only the results of this customer ID",
				"maxLength": 32,
				"displayName": "Customer ID"
			},
			{
				"name": "customField",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Only the results of records with this custom field",
				"displayName": "Custom Field"
			},
			{
				"name": "pageSize",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Results per page: at most 500, or at most 100 with details",
				"displayName": "Page Size"
			},
			{
				"name": "pageNum",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Page number, from 1",
				"displayName": "Page"
			},
			{
				"name": "showDetail",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Final result of each record, or the result of each call attempt",
				"options": [
					{
						"value": 0,
						"name": "Final Results"
					},
					{
						"value": 1,
						"name": "Every Call Attempt"
					}
				],
				"default": 0,
				"displayName": "Show Details"
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "First day of the results, before End Date and at most 30 days before it; set together with End Date",
				"displayName": "Start Date",
				"dateFormat": "yyyy-MM-dd"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Last day of the results; set together with Start Date",
				"displayName": "End Date",
				"dateFormat": "yyyy-MM-dd"
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
		"operation": "get",
		"name": "Get",
		"action": "Get call result",
		"description": "Get the details of one outbound call result by its call ID",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "callId",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "ID of the call, from the call results of the campaign or from the result callback",
				"displayName": "Call ID"
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
		"resource": "legacy",
		"operation": "getCallRecordsV1",
		"name": "Get Call Records (V1)",
		"action": "Get call records (V1)",
		"description": "Get the call records of an automatic or intelligent outbound call by its call ID (older version)",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the call, from the call results of the campaign or from the result callback",
				"displayName": "Call ID"
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
		"operation": "getCallRecords",
		"name": "Get Call Records",
		"action": "Get call records",
		"description": "Get the call records (such as the conversation of an IVR or chatbot) of an automatic or intelligent outbound call by its call ID",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the call, from the call results of the campaign or from the result callback",
				"displayName": "Call ID"
			},
			{
				"name": "page",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Page number",
				"min": 1,
				"max": 1000,
				"displayName": "Page"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Records per page",
				"min": 1,
				"max": 100,
				"displayName": "Page Size"
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
		"operation": "writeBack",
		"name": "Write Back",
		"action": "Write back business result",
		"description": "Record the business result of a handled outbound data record, and optionally the agent it stays with",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "dataId",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "ID of the outbound data record",
				"pattern": "^\\d{1,32}$",
				"patternHint": "must be the digits of the data ID",
				"displayName": "Data ID"
			},
			{
				"name": "busiResult",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Code of the business result",
				"maxLength": 50,
				"displayName": "Business Result Code"
			},
			{
				"name": "subStatus",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Code of the business sub-result",
				"maxLength": 50,
				"displayName": "Business Result Subcode"
			},
			{
				"name": "busiResultDesc",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Description of the business result",
				"displayName": "Business Result Description"
			},
			{
				"name": "workNo",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Work ID of the agent; later calls of the same record go to this agent, otherwise to any agent",
				"displayName": "Agent Work ID"
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
		"operation": "create",
		"name": "Create",
		"action": "Create file server",
		"description": "Add a file server that outbound data and blacklist files are imported from",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "serverInfo",
				"in": "body",
				"type": "json",
				"required": true,
				"description": "The file server's account, address and default path",
				"displayName": "Server Settings"
			},
			{
				"name": "userName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Account on the file server",
				"displayName": "Username"
			},
			{
				"name": "serverPwd",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Password of the account; stored encrypted",
				"displayName": "Password"
			},
			{
				"name": "ip",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "IP address of the file server",
				"displayName": "IP Address"
			},
			{
				"name": "port",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Port of the file server",
				"displayName": "Port"
			},
			{
				"name": "filePath",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Default folder on the file server, for example /home/sftp",
				"displayName": "Default Path"
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
		"operation": "delete",
		"name": "Delete",
		"action": "Delete file server",
		"description": "Delete a file server",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "serverId",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "File server to delete",
				"lookup": {
					"section": "7.8.4",
					"valuePath": "serverId",
					"labelPath": "ip"
				},
				"displayName": "File Server"
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
		"operation": "update",
		"name": "Update",
		"action": "Update file server",
		"description": "Change the address, account or default path of a file server",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "serverId",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "File server to change",
				"lookup": {
					"section": "7.8.4",
					"valuePath": "serverId",
					"labelPath": "ip"
				},
				"displayName": "File Server"
			},
			{
				"name": "serverInfo",
				"in": "body",
				"type": "json",
				"required": true,
				"description": "The file server's account, address and default path",
				"displayName": "Server Settings"
			},
			{
				"name": "userName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Account on the file server",
				"displayName": "Username"
			},
			{
				"name": "serverPwd",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Password of the account; stored encrypted. Required when the IP address changes.",
				"displayName": "Password"
			},
			{
				"name": "ip",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "IP address of the file server",
				"displayName": "IP Address"
			},
			{
				"name": "port",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Port of the file server",
				"displayName": "Port"
			},
			{
				"name": "filePath",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Default folder on the file server, for example /home/sftp",
				"displayName": "Default Path"
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
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many file servers",
		"description": "List the file servers, or the ones with the given IDs",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of records to skip: page size × (page − 1)",
				"displayName": "Offset"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Records per page",
				"min": 1,
				"max": 100,
				"displayName": "Page Size"
			},
			{
				"name": "serverIds",
				"in": "body",
				"type": "array",
				"required": false,
				"description": "Only these file servers; empty for all",
				"displayName": "File Server IDs"
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
		"operation": "getObsResultCodes",
		"name": "Get OBS Result Codes",
		"action": "Get OBS result codes",
		"description": "List the outbound call result codes of the outbound call system (OBS) that external results map",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "pageNum",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Page number, from 1",
				"displayName": "Page"
			},
			{
				"name": "pageSize",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Records per page",
				"min": 1,
				"max": 50,
				"displayName": "Page Size"
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
		"operation": "create",
		"name": "Create",
		"action": "Create external result",
		"description": "Create an external result code that groups OBS outbound call result codes",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "resultCode",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Code of the result definition, fewer than eight characters",
				"displayName": "Result Definition Code"
			},
			{
				"name": "displayResult",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "The external result code shown for the grouped OBS codes",
				"displayName": "External Result Code"
			},
			{
				"name": "obsCodes",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "OBS outbound call result codes grouped under this external result (see Get OBS Result Codes)",
				"displayName": "OBS Result Codes"
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
		"operation": "update",
		"name": "Update",
		"action": "Update external result",
		"description": "Change the code and the OBS result codes of an external result",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "obsCodes",
				"in": "body",
				"type": "array",
				"itemType": "string",
				"required": true,
				"description": "OBS outbound call result codes grouped under this external result (see Get OBS Result Codes)",
				"displayName": "OBS Result Codes"
			},
			{
				"name": "displayResult",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "The external result code shown for the grouped OBS codes",
				"displayName": "External Result Code"
			},
			{
				"name": "defId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "External result to change",
				"lookup": {
					"section": "7.9.5",
					"valuePath": "defId",
					"labelPath": "displayResult"
				},
				"displayName": "External Result"
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
		"operation": "delete",
		"name": "Delete",
		"action": "Delete external result",
		"description": "Delete an external result",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "defId",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "External result to delete",
				"lookup": {
					"section": "7.9.5",
					"valuePath": "defId",
					"labelPath": "displayResult"
				},
				"displayName": "External Result"
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
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many external results",
		"description": "List the external results of the tenant",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "pageSize",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Records per page",
				"min": 1,
				"max": 50,
				"displayName": "Page Size"
			},
			{
				"name": "pageNum",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Page number, from 1",
				"displayName": "Page"
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
		"operation": "get",
		"name": "Get",
		"action": "Get external result",
		"description": "Get one external result and the OBS result codes it maps",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "defId",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "External result to get",
				"lookup": {
					"section": "7.9.5",
					"valuePath": "defId",
					"labelPath": "displayResult"
				},
				"displayName": "External Result"
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
		"operation": "getMany",
		"name": "Get Many",
		"action": "Get many invocation records",
		"description": "List the calls made to the outbound interfaces in a time range (at most seven days), optionally for one URL",
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
				"description": "ID of the tenant's virtual call center (VDN)",
				"min": 1,
				"max": 9999,
				"displayName": "VDN ID"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Number of records to skip: page size × (page − 1)",
				"displayName": "Offset"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Records per page",
				"min": 1,
				"max": 100,
				"displayName": "Page Size"
			},
			{
				"name": "url",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Only the calls to this interface URL; empty for all interfaces",
				"displayName": "URL"
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Start of the time range",
				"displayName": "Start Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "End of the time range, at most seven days after Start Time",
				"displayName": "End Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
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
