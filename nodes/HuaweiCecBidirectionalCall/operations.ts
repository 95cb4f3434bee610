// Registry entries of HuaweiCecBidirectionalCall, one per interface of the CEC 2.5 reference, keyed by doc section.
// Derived by scripts/generate-specs.cjs from reference/sections.json, then reviewed by hand.
import type { ResourceSpec } from '../shared/registry/describe';
import type { OperationSpec } from '../shared/registry/types';

export const RESOURCES: ResourceSpec[] = [
	{
		"value": "call",
		"name": "Bidirectional Call"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "6.2.1",
		"title": "Creating a Bidirectional Call (V1.0.0) (createCall)",
		"family": "bidirectionalCall",
		"resource": "call",
		"operation": "createBidirectionalCallV1",
		"name": "Create a Bidirectional Call (V1)",
		"method": "POST",
		"path": "/apiaccess/CC-Management/v1/mobileAgent/createCall",
		"auth": "C1",
		"idempotent": false,
		"legacy": true,
		"fields": [
			{
				"name": "caller",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Calling number, that is, the mobile number or softphone number of the customer manager. Length limit: string (32)"
			},
			{
				"name": "called",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Called number. Length limit: string (32)"
			},
			{
				"name": "agentWorkNo",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "ID of the agent who initiates a bidirectional call. Length limit: decimal (5)"
			},
			{
				"name": "callData",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Call data. Length limit: string (1024) NOTE ITA bidirectional calls do not support the callData field."
			},
			{
				"name": "callerPresent",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Calling number displayed on the user side. If this parameter is not carried, the access code of the tenant space is used by default. If this parameter is carried, an access code must be transferred. If a non-access code number needs to be transferred, contact O&M personnel to enable the calling number anonymization feature. After this feature is enabled, the number verification rule is as follo..."
			},
			{
				"name": "agentPresent",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Calling number displayed to the customer manager on the agent side. If this parameter is not carried, the access code of the tenant space is used by default. If this parameter is carried, an access code must be transferred. If a non-access code number needs to be transferred, contact O&M personnel to enable the calling number anonymization feature. After this feature is enabled, the number veri..."
			},
			{
				"name": "callbackUrl",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Encode the value using Base64. This field is used to configure the release callback URL for reporting the customer receiving status. The CEC platform pushes the call status information during service triggering to the server, and the client server determines the user status based on the call status information. The URL can be set to https://IP address.Port number or a domain name. The domain na..."
			}
		],
		"result": {
			"errors": {
				"90100100": "The request message is incorrect. For example, a parameter is missing or not supported.",
				"90100200": "The request source or signature does not pass the verification.",
				"90100300": "The request is incorrect.",
				"90100400": "The requested resource does not exist.",
				"90100600": "Internal system error.",
				"90102001": "Insufficient balance.",
				"90102002": "Request restriction.",
				"90104001": "Insufficient permission.",
				"90104003": "Request forbidden.",
				"90104004": "The business function is not supported or implemented.",
				"90104008": "The business processing times out or fails.",
				"90104029": "Too many requests.",
				"90106001": "The number binding relationship exists.",
				"90106002": "The number binding relationship does not exist.",
				"90106003": "The number resource pool is insufficient.",
				"90106004": "No available number is found.",
				"90106005": "The number binding data is inconsistent.",
				"90106006": "An error occurs due to other number reasons.",
				"90106010": "Forbidden by policies.",
				"90106011": "The calling number is restricted.",
				"90106012": "The called number is restricted."
			}
		},
		"example": {
			"caller": "88889050",
			"called": "88889060",
			"agentWorkNo": "",
			"callerPresent": "640003",
			"agentPresent": "640060",
			"callData": "333333"
		},
		"shapeNote": "Kept callbackUrl as the table prints it: no vendor page read shows the field (the voice notification and campaign pages spell it callBackUrl; Body Override can send that)."
	},
	{
		"section": "6.2.2",
		"title": "Creating a Bidirectional Call (V3.0.0) (createCall)",
		"family": "bidirectionalCall",
		"resource": "call",
		"operation": "createBidirectionalCallV3",
		"name": "Create a Bidirectional Call (V3)",
		"method": "POST",
		"path": "/apiaccess/CC-Management/v3/mobileAgent/createCall",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "caller",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Calling number, that is, the mobile number or softphone number of the customer manager. Length limit: string (32)"
			},
			{
				"name": "softPhone",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Softphone number (corresponding to the agent). Length limit: string (32)"
			},
			{
				"name": "called",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Called number. Length limit: string (32)"
			},
			{
				"name": "callData",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Call data. Length limit: string (1024) NOTE ITA bidirectional calls do not support the callData field."
			},
			{
				"name": "callerPresent",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Calling number displayed on the user side. If this parameter is not carried, the access code of the tenant space is used by default. If this parameter is carried, an access code must be transferred. If a non-access code number needs to be transferred, contact O&M personnel to enable the calling number anonymization feature. After this feature is enabled, the number verification rule is as follo..."
			}
		],
		"result": {
			"errors": {
				"90100100": "The request message is incorrect. For example, a parameter is missing or not supported.",
				"90100200": "The request source or signature does not pass the verification.",
				"90100300": "The request is incorrect.",
				"90100400": "The requested resource does not exist.",
				"90100600": "Internal system error.",
				"90102001": "Insufficient balance.",
				"90102002": "Request restriction.",
				"90104001": "Insufficient permission.",
				"90104003": "Request forbidden.",
				"90104004": "The business function is not supported or implemented.",
				"90104008": "The business processing times out or fails.",
				"90104029": "Too many requests.",
				"90106001": "The number binding relationship exists.",
				"90106002": "The number binding relationship does not exist.",
				"90106003": "The number resource pool is insufficient.",
				"90106004": "No available number is found.",
				"90106005": "The number binding data is inconsistent.",
				"90106006": "An error occurs due to other number reasons.",
				"90106010": "Forbidden by policies.",
				"90106011": "The calling number is restricted.",
				"90106012": "The called number is restricted."
			}
		},
		"example": {
			"caller": 8888888,
			"softPhone": 66666666,
			"called": 6666614
		}
	},
	{
		"section": "6.2.3",
		"title": "Querying Call History Records (queryCallDetailRecord)",
		"family": "bidirectionalCall",
		"resource": "call",
		"operation": "getCallHistoryRecords",
		"name": "Get Call History Records",
		"method": "POST",
		"path": "/apiaccess/CC-Management/v1/mobileAgent/queryCallDetailRecord",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "End time. The interval between the start and the end time cannot exceed seven days. The value is a timestamp, for example, 1572794607000."
			},
			{
				"name": "offset",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Pagination query offset. The default value is 0, indicating no offset. This parameter is optional.",
				"default": "0"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Page size for pagination query. The default value is 100, indicating that 100 records are displayed on each page. This parameter is optional.",
				"default": "100"
			},
			{
				"name": "startTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Start time. The value is a timestamp, for example, 1572794607000."
			},
			{
				"name": "caller",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Calling number, which is optional. If this parameter is not set, all calling numbers are queried by default. Length limit: string (32)"
			},
			{
				"name": "taskType",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "0: all types of tasks (except ITA bidirectional call tasks) 1: CEC bidirectional call task 2: anonymous outbound call task 3: voice notification 4: ITA bidirectional call",
				"options": [
					{
						"value": "0",
						"name": "all types of tasks (except ITA bidirectional call tasks)"
					},
					{
						"value": "1",
						"name": "CEC bidirectional call task"
					},
					{
						"value": "2",
						"name": "anonymous outbound call task"
					},
					{
						"value": "3",
						"name": "voice notification"
					},
					{
						"value": "4",
						"name": "ITA bidirectional call"
					}
				]
			}
		],
		"shapeNote": "The table documents the body twice as a lone \"Body\" row (once untyped, once with sub-fields); the request example sends the sub-fields at the top level, so they are sent that way.",
		"result": {
			"itemsPath": "result.callInfo",
			"totalPath": "result.total"
		},
		"example": {
			"startTime": "1562786332000",
			"endTime": "1563391072000",
			"taskType": "0",
			"offset": 0,
			"limit": 10
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 100
		}
	},
	{
		"section": "6.2.4",
		"title": "Querying Call Status (queryCallState)",
		"family": "bidirectionalCall",
		"resource": "call",
		"operation": "getCallStatus",
		"name": "Get Call Status",
		"method": "POST",
		"path": "/apiaccess/CC-Management/v1/mobileAgent/queryCallState",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "callSerialNo",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call SN. Length limit: string (50)"
			}
		],
		"result": {},
		"example": {
			"callSerialNo": "645735364434067472"
		}
	},
	{
		"section": "6.2.5",
		"title": "Obtaining the Recording File URL (getRecordingAddress)",
		"family": "bidirectionalCall",
		"resource": "call",
		"operation": "getRecordingFileUrl",
		"name": "Get the Recording File URL",
		"method": "POST",
		"path": "/apiaccess/CC-Management/v1/mobileAgent/getRecordingAddress",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "callSerialNo",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call SN. Length limit: string (50)"
			}
		],
		"result": {},
		"example": {
			"callSerialNo": "679218118865715226"
		}
	},
	{
		"section": "6.2.6",
		"title": "Querying Allocated Softphone Numbers (V1.0.0) (queryPhone)",
		"family": "bidirectionalCall",
		"resource": "call",
		"operation": "getAllocatedSoftphoneNumbersV1",
		"name": "Get Allocated Softphone Numbers (V1)",
		"method": "POST",
		"path": "/apiaccess/CC-Management/v1/mobileAgent/queryPhone",
		"auth": "C1",
		"idempotent": true,
		"legacy": true,
		"fields": [
			{
				"name": "limit",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Page size for pagination query. The default value is 100, indicating that 100 records are displayed on each page. This parameter is optional.",
				"default": "100"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Pagination query offset. The default value is 0, indicating no offset. This parameter is optional.",
				"default": "0"
			}
		],
		"result": {
			"itemsPath": "result.phone",
			"totalPath": "result.total"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 100
		},
		"example": {
			"offset": 0,
			"limit": 3
		}
	},
	{
		"section": "6.2.7",
		"title": "Querying Allocated Softphone Numbers (V2.0.0) (queryPhone)",
		"family": "bidirectionalCall",
		"resource": "call",
		"operation": "getAllocatedSoftphoneNumbersV2",
		"name": "Get Allocated Softphone Numbers (V2)",
		"method": "POST",
		"path": "/apiaccess/CC-Management/v2/mobileAgent/queryPhone",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "limit",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Page size for pagination query. The default value is 100, indicating that 100 records are displayed on each page. This parameter is optional.",
				"default": "100"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Pagination query offset. The default value is 0, indicating no offset. This parameter is optional.",
				"default": "0"
			}
		],
		"result": {
			"itemsPath": "result.phone",
			"totalPath": "result.total"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 100
		},
		"example": {
			"offset": 0,
			"limit": 3
		},
		"shapeNote": "Vendor evidence: rows are read from result.phone (was result.singleRegServ): the reference's response example: the paged softphone list is result.phone, result.total counts it (singleRegServ is the registration server)."
	},
	{
		"section": "6.2.8",
		"title": "Obtaining the Information About the Destination Device of a Call (getCalledInfo)",
		"family": "bidirectionalCall",
		"resource": "call",
		"operation": "getInformationDestinationDeviceCall",
		"name": "Get the Information About the Destination Device of a Call",
		"method": "POST",
		"path": "/apiaccess/CC-Management/v1/mobileAgent/getCalledInfo",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "called",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Called number. Length limit: string (32)"
			},
			{
				"name": "caller",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Calling number. Length limit: string (32)"
			}
		],
		"result": {},
		"example": {
			"caller": 8888888,
			"called": 6666614
		}
	},
	{
		"section": "6.2.11",
		"title": "Querying Contact Records (queryUserContactLimit)",
		"family": "workbench",
		"resource": "call",
		"operation": "getContactRecords",
		"name": "Get Contact Records",
		"action": "Get the contact record of a call for a user (queryUserContactLimit)",
		"method": "POST",
		"path": "/apiaccess/rest/workbench/v1/queryUserContactLimit",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call ID."
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "User ID."
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant ID."
			}
		],
		"result": {},
		"example": {
			"callId": "1652317325-339",
			"userId": "1652268429538866153",
			"tenantId": "202205116084"
		}
	},
	{
		"section": "6.2.12",
		"title": "Querying Call Information (queryCallInfoByCallId)",
		"family": "workbench",
		"resource": "call",
		"operation": "getCallInformation",
		"name": "Get Call Information",
		"action": "Get the information of a call by its call ID (queryCallInfoByCallId)",
		"method": "POST",
		"path": "/apiaccess/rest/workbench/v1/queryCallInfoByCallId",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call ID."
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "User ID."
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant ID."
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Agent ID."
			}
		],
		"result": {},
		"example": {
			"callId": "1652317325-339",
			"userId": "1652268429538866153",
			"tenantId": "202205116084",
			"agentId": "109"
		}
	},
	{
		"section": "6.2.13",
		"title": "Sending an ITA Bidirectional Call Result Notification (statusnotify)",
		"family": "bidirectionalCall",
		"resource": "call",
		"operation": "sendItaResultNotification",
		"name": "Send an ITA Bidirectional Call Result Notification",
		"action": "Push the CDR of an ended ITA bidirectional call to CEC",
		"method": "POST",
		"path": "/apiaccess/rest/cc-management/v1/ita/twopartiescall/statusnotify",
		"auth": "other",
		"shapeNote": "Invoked by the ITA on CEC, not with C1-C5: Table 6-396 asks for AppKey, X-Sdk-Date and an Authorization header \"per ITA documents\". The reference defers the algorithm to the ITA documents; its example (SDK-HMAC-SHA256 Access=..., SignedHeaders=appkey;content-type;host;x-sdk-date, Signature=...) is Huawei API Gateway's published App authentication, which the Huawei CEC ITA App credential applies (X-Sdk-Date added, every request header signed). The example sends calleeDisplay and a numeric callDuration where Table 6-397 documents calledDisplay and String: the table is followed; the Body Override sends any other shape, still signed.",
		"idempotent": false,
		"fields": [
			{
				"name": "AppKey",
				"in": "header",
				"type": "string",
				"required": false,
				"description": "App key on the ITA side, which is the user ID."
			},
			{
				"name": "callID",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique call ID, which is used to download recording files."
			},
			{
				"name": "remark",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Remark when a call is initiated. This is a reserved field. (Currently, the value is the tenant space ID.)"
			},
			{
				"name": "startTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Time when a call is initiated, accurate to seconds. The format is YYYYMMDDHHmmss.",
				"pattern": "^\\d{14}$",
				"patternHint": "must be YYYYMMDDHHmmss (14 digits)"
			},
			{
				"name": "finishTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Call end time."
			},
			{
				"name": "callDuration",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Call duration, in seconds. This parameter is for reference only. The call duration is calculated from the time when the call is set up."
			},
			{
				"name": "callerAnswerTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Time when the calling party answers the call."
			},
			{
				"name": "calledAnswerTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Time when the called party answers the call."
			},
			{
				"name": "releaseCause",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Cause value carried by the call end event."
			},
			{
				"name": "appKey",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Customer resource allocation ID."
			},
			{
				"name": "telA",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Original calling number."
			},
			{
				"name": "telX",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Terminated service number."
			},
			{
				"name": "telB",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Original called number."
			},
			{
				"name": "calledDisplay",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "CLIP called number."
			}
		],
		"result": {
			"convention": "http"
		},
		"example": {
			"appKey": "CMCCGX_0001",
			"remark": "2022091800",
			"telA": "1580****001",
			"telX": "184****0497",
			"telB": "158****0002",
			"calleeDisplay": "158****0001",
			"startTime": "20210512115422",
			"callerAnswerTime": "20210512115422",
			"calledAnswerTime": "20210512115422",
			"finishTime": "20210512115430",
			"callID": "cmccgx20210512195422",
			"releaseCause": "1",
			"callDuration": 8
		}
	}
];
