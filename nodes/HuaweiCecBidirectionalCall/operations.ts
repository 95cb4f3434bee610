// Registry entries of HuaweiCecBidirectionalCall, one per interface of the CEC 2.5 reference, keyed by doc section.
// Derived by scripts/generate-specs.cjs from reference/sections.json, then reviewed by hand.
import type { ResourceSpec } from '../shared/registry/describe';
import type { OperationSpec } from '../shared/registry/types';

export const RESOURCES: ResourceSpec[] = [
	{
		"value": "call",
		"name": "Bidirectional Call"
	},
	{
		"value": "legacy",
		"name": "Legacy",
		"description": "Older versions of operations, kept for existing servers"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "6.2.1",
		"title": "Creating a Bidirectional Call (V1.0.0) (createCall)",
		"family": "bidirectionalCall",
		"resource": "legacy",
		"operation": "createBidirectionalCallV1",
		"name": "Create Bidirectional Call (V1)",
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
				"description": "Mobile or softphone number of the customer manager, called first",
				"displayName": "Customer Manager Number",
				"maxLength": 32
			},
			{
				"name": "called",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Phone number of the customer, called once the customer manager answers",
				"displayName": "Customer Number",
				"maxLength": 32
			},
			{
				"name": "agentWorkNo",
				"in": "body",
				"type": "number",
				"required": false,
				"description": "Work number of the agent who makes the call (up to 5 digits)",
				"displayName": "Agent ID"
			},
			{
				"name": "callData",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Data attached to the call. Not supported by ITA bidirectional calls",
				"displayName": "Call Data",
				"maxLength": 1024
			},
			{
				"name": "callerPresent",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number the customer sees. Empty: the access code of the tenant space. Another number than an access code needs the calling number anonymization feature, enabled by O&M personnel",
				"displayName": "Number Shown to Customer"
			},
			{
				"name": "agentPresent",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number the customer manager sees. Empty: the access code of the tenant space. Another number than an access code needs the calling number anonymization feature, enabled by O&M personnel",
				"displayName": "Number Shown to Customer Manager"
			},
			{
				"name": "callbackUrl",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "URL that receives the call status reports when the call is released, Base64-encoded. HTTPS is recommended; its host must be on the callback URL trustlist set by the system administrator",
				"displayName": "Status Callback URL"
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
		"shapeNote": "Kept callbackUrl as the table prints it: no vendor page read shows the field (the voice notification and campaign pages spell it callBackUrl; Body Override can send that).",
		"action": "Create bidirectional call (V1)",
		"description": "Call a customer manager by agent ID, then connect the customer, the older interface kept for existing servers; returns the call serial number"
	},
	{
		"section": "6.2.2",
		"title": "Creating a Bidirectional Call (V3.0.0) (createCall)",
		"family": "bidirectionalCall",
		"resource": "call",
		"operation": "create",
		"name": "Create",
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
				"description": "Mobile or softphone number of the customer manager, called first",
				"displayName": "Customer Manager Number",
				"maxLength": 32
			},
			{
				"name": "softPhone",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Softphone number of the agent making the call",
				"displayName": "Softphone Number",
				"maxLength": 32
			},
			{
				"name": "called",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Phone number of the customer, called once the customer manager answers",
				"displayName": "Customer Number",
				"maxLength": 32
			},
			{
				"name": "callData",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Data attached to the call. Not supported by ITA bidirectional calls",
				"displayName": "Call Data",
				"maxLength": 1024
			},
			{
				"name": "callerPresent",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number the customer sees. Empty: the access code of the tenant space. Another number than an access code needs the calling number anonymization feature, enabled by O&M personnel",
				"displayName": "Number Shown to Customer"
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
		},
		"action": "Create bidirectional call",
		"description": "Call a customer manager, then connect the customer in the same call (a two-party call made for a mobile agent); returns the call serial number"
	},
	{
		"section": "6.2.3",
		"title": "Querying Call History Records (queryCallDetailRecord)",
		"family": "bidirectionalCall",
		"resource": "call",
		"operation": "getMany",
		"name": "Get Many",
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
				"description": "End of the period, at most seven days after the start time",
				"displayName": "End Time",
				"dateFormat": "epochMs"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number of records to skip",
				"default": "0"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number of records per page",
				"default": "100"
			},
			{
				"name": "startTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Start of the period",
				"displayName": "Start Time",
				"dateFormat": "epochMs"
			},
			{
				"name": "caller",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Only calls from this number. Empty: all calling numbers",
				"displayName": "Calling Number",
				"maxLength": 32
			},
			{
				"name": "taskType",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Only calls of this kind of task",
				"options": [
					{
						"value": "0",
						"name": "All",
						"description": "All kinds of tasks except ITA bidirectional calls"
					},
					{
						"value": "1",
						"name": "CEC Bidirectional Call"
					},
					{
						"value": "2",
						"name": "Anonymous Outbound Call"
					},
					{
						"value": "3",
						"name": "Voice Notification"
					},
					{
						"value": "4",
						"name": "ITA Bidirectional Call"
					}
				],
				"displayName": "Task Type"
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
		},
		"action": "Get many calls",
		"description": "List the call records of bidirectional calls, anonymous outbound calls and voice notifications made between two times, at most seven days apart"
	},
	{
		"section": "6.2.4",
		"title": "Querying Call Status (queryCallState)",
		"family": "bidirectionalCall",
		"resource": "call",
		"operation": "getStatus",
		"name": "Get Status",
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
				"description": "Serial number of the call, returned when it was created",
				"displayName": "Call Serial Number",
				"maxLength": 50
			}
		],
		"result": {},
		"example": {
			"callSerialNo": "645735364434067472"
		},
		"action": "Get call status",
		"description": "Get the current state of a call made by Create or by a voice notification, from its call serial number"
	},
	{
		"section": "6.2.5",
		"title": "Obtaining the Recording File URL (getRecordingAddress)",
		"family": "bidirectionalCall",
		"resource": "call",
		"operation": "getRecordingUrl",
		"name": "Get Recording URL",
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
				"description": "Serial number of the call, returned when it was created",
				"displayName": "Call Serial Number",
				"maxLength": 50
			}
		],
		"result": {},
		"example": {
			"callSerialNo": "679218118865715226"
		},
		"action": "Get call recording URL",
		"description": "Get the address of the recording file of a call, from its call serial number"
	},
	{
		"section": "6.2.6",
		"title": "Querying Allocated Softphone Numbers (V1.0.0) (queryPhone)",
		"family": "bidirectionalCall",
		"resource": "legacy",
		"operation": "getSoftphoneNumbersV1",
		"name": "Get Softphone Numbers (V1)",
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
				"description": "Number of records per page",
				"default": "100"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number of records to skip",
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
		"action": "Get softphone numbers (V1)",
		"description": "List the softphone numbers allocated to the tenant, the older interface kept for existing servers"
	},
	{
		"section": "6.2.7",
		"title": "Querying Allocated Softphone Numbers (V2.0.0) (queryPhone)",
		"family": "bidirectionalCall",
		"resource": "call",
		"operation": "getSoftphoneNumbers",
		"name": "Get Softphone Numbers",
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
				"description": "Number of records per page",
				"default": "100"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number of records to skip",
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
		"shapeNote": "Vendor evidence: rows are read from result.phone (was result.singleRegServ): the reference's response example: the paged softphone list is result.phone, result.total counts it (singleRegServ is the registration server).",
		"action": "Get allocated softphone numbers",
		"description": "List the softphone numbers allocated to the tenant, for use as the softphone number of a call"
	},
	{
		"section": "6.2.8",
		"title": "Obtaining the Information About the Destination Device of a Call (getCalledInfo)",
		"family": "bidirectionalCall",
		"resource": "call",
		"operation": "getCalledDevice",
		"name": "Get Called Device",
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
				"description": "Number that is called",
				"displayName": "Called Number",
				"maxLength": 32
			},
			{
				"name": "caller",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Number that calls",
				"displayName": "Calling Number",
				"maxLength": 32
			}
		],
		"result": {},
		"example": {
			"caller": 8888888,
			"called": 6666614
		},
		"action": "Get called device of call",
		"description": "Get information about the device a call between two numbers reaches"
	},
	{
		"section": "6.2.11",
		"title": "Querying Contact Records (queryUserContactLimit)",
		"family": "workbench",
		"resource": "call",
		"operation": "getContactRecord",
		"name": "Get Contact Record",
		"action": "Get contact record of call",
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
				"description": "ID of the call",
				"displayName": "Call ID"
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the user",
				"displayName": "User ID"
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the tenant space"
			}
		],
		"result": {},
		"example": {
			"callId": "1652317325-339",
			"userId": "1652268429538866153",
			"tenantId": "202205116084"
		},
		"description": "Get the contact record of a call for a user, from the call ID"
	},
	{
		"section": "6.2.12",
		"title": "Querying Call Information (queryCallInfoByCallId)",
		"family": "workbench",
		"resource": "call",
		"operation": "get",
		"name": "Get",
		"action": "Get call",
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
				"description": "ID of the call",
				"displayName": "Call ID"
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the user",
				"displayName": "User ID"
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the tenant space"
			},
			{
				"name": "agentId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the agent",
				"displayName": "Agent ID"
			}
		],
		"result": {},
		"example": {
			"callId": "1652317325-339",
			"userId": "1652268429538866153",
			"tenantId": "202205116084",
			"agentId": "109"
		},
		"description": "Get the information of a call from its call ID"
	},
	{
		"section": "6.2.13",
		"title": "Sending an ITA Bidirectional Call Result Notification (statusnotify)",
		"family": "bidirectionalCall",
		"resource": "call",
		"operation": "sendItaResult",
		"name": "Send ITA Call Result",
		"action": "Send ITA call result",
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
				"description": "App key on the ITA side, which is the user ID",
				"displayName": "ITA App Key"
			},
			{
				"name": "callID",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of the call, used to download its recording files",
				"displayName": "Call ID"
			},
			{
				"name": "remark",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Remark given when the call was made; currently the tenant space ID",
				"displayName": "Remark"
			},
			{
				"name": "startTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "When the call was made, to the second",
				"pattern": "^\\d{14}$",
				"patternHint": "must be yyyyMMddHHmmss (14 digits)",
				"displayName": "Start Time",
				"dateFormat": "yyyyMMddHHmmss"
			},
			{
				"name": "finishTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "When the call ended",
				"displayName": "End Time",
				"dateFormat": "yyyyMMddHHmmss"
			},
			{
				"name": "callDuration",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Call duration in seconds, from when the call was set up; for reference only",
				"displayName": "Call Duration"
			},
			{
				"name": "callerAnswerTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "When the calling party answered",
				"displayName": "Caller Answer Time",
				"dateFormat": "yyyyMMddHHmmss"
			},
			{
				"name": "calledAnswerTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "When the called party answered",
				"displayName": "Called Answer Time",
				"dateFormat": "yyyyMMddHHmmss"
			},
			{
				"name": "releaseCause",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Cause value carried by the call end event",
				"displayName": "Release Cause"
			},
			{
				"name": "appKey",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Customer resource allocation ID",
				"displayName": "Resource Allocation ID"
			},
			{
				"name": "telA",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Original calling number",
				"displayName": "Calling Number"
			},
			{
				"name": "telX",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Service number the call ended on",
				"displayName": "Service Number"
			},
			{
				"name": "telB",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Original called number",
				"displayName": "Called Number"
			},
			{
				"name": "calledDisplay",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Called number shown to the calling party",
				"displayName": "Called Number Shown"
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
		},
		"description": "Send the call detail record of an ended ITA bidirectional call to CEC, as the ITA platform does"
	}
];
