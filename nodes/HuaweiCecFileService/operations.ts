// Registry entries of HuaweiCecFileService, one per interface of the CEC 2.5 reference, keyed by doc section.
// Derived by scripts/generate-specs.cjs from reference/sections.json, then reviewed by hand.
import type { ResourceSpec } from '../shared/registry/describe';
import type { OperationSpec } from '../shared/registry/types';

export const RESOURCES: ResourceSpec[] = [
	{
		"value": "recording",
		"name": "Recording"
	},
	{
		"value": "index",
		"name": "CDR and Index File"
	},
	{
		"value": "thirdPartyFile",
		"name": "Third-Party File"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "13.2.1.1",
		"title": "Obtaining a Recording Download and Playback URL",
		"family": "ccfs",
		"resource": "recording",
		"operation": "getRecordingUrl",
		"name": "Get Recording Download and Playback URL",
		"method": "POST",
		"path": "/CCFS/resource/ccfs/getRecordFileUrlFromObs",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call ID.",
				"minLength": 1,
				"maxLength": 25
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Recording start time. The time is in yyyy-MM-dd HH:mm:ss format."
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Recording end time. The time is in yyyy-MM-dd HH:mm:ss format. The interval between the recording start time and end time cannot exceed three days."
			},
			{
				"name": "version",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Current interface version, which is 2.0. NOTICE Time zones other than GMT+8: beginTime and endTime must be set to time in the time zone where the tenant space is located, and version is mandatory. GMT+8 When beginTime and endTime are set to time in the GMT+0 time zone, version is optional. For example, if the recording start time is 2022-01-02 10:00:00 in the GMT+8 time zone, you can set beginT..."
			}
		],
		"result": {},
		"example": {
			"callId": "1637742300-27",
			"beginTime": "2021-11-24 06:25:03",
			"endTime": "2021-11-25 06:25:11",
			"version": "2.0"
		}
	},
	{
		"section": "13.2.1.4",
		"title": "Downloading a Recording File",
		"family": "ccfs",
		"resource": "recording",
		"operation": "download",
		"name": "Download Recording File",
		"method": "POST",
		"path": "/CCFS/resource/ccfs/downloadRecordFile",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "request",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"request parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version. Currently, the value is fixed to 2.0.",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				]
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"msgBody parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "fileName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Relative path of the recording file, which is obtained from the file_name field in the recording index file returned when the interface for downloading CDRs and recording indexes is invoked. The value is in the /{nodeId}/{ccId}/record/{vdnId}/{yyyymmdd}/{agentId}/{original file name}.wav format. Note: {nodeId} indicates the node ID, {ccId} indicates the call center ID, {vdnId} indicates the VDN...",
						"minLength": 1,
						"maxLength": 225
					}
				]
			}
		],
		"shapeNote": "table \"request parameters in the request body\" names wrapper \"request\"; wrapper field synthesized (synthetic: true) table \"msgBody parameters in the request body\" names wrapper \"msgBody\"; wrapper field synthesized (synthetic: true)",
		"result": {
			"binary": true
		},
		"example": {
			"request": {
				"version": "2.0"
			},
			"msgBody": {
				"fileName": "/10/1/record/appld/100/autoTest.wav"
			}
		}
	},
	{
		"section": "13.2.1.5",
		"title": "Downloading a Recording File (Extended)",
		"family": "ccfs",
		"resource": "recording",
		"operation": "downloadExtended",
		"name": "Download Recording File (Extended)",
		"method": "POST",
		"path": "/CCFS/resource/ccfs/downloadRecord",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "request",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"request parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version. Currently, the value is fixed to 2.0.",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				]
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"msgBody parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "fileName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Recording file name, which is obtained from the original_file_name field in the recording index file returned when the interface for downloading CDRs and recording indexes is invoked. For example, the value is X:/4/0/20180416/512/1629533.V3. Note: Either fileName or callId must be set.",
						"minLength": 1,
						"maxLength": 225
					},
					{
						"name": "callId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call ID. Note: At least one of fileName and callId must be set. If callId corresponds to multiple recording files, the .zip package will be downloaded.",
						"minLength": 1,
						"maxLength": 25
					},
					{
						"name": "ccId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "ID of a call center. The default value is 1.",
						"minLength": 1,
						"maxLength": 64,
						"default": "1"
					}
				]
			}
		],
		"shapeNote": "example keys not in the table: msgBody.ccId table \"request parameters in the request body\" names wrapper \"request\"; wrapper field synthesized (synthetic: true) table \"msgBody parameters in the request body\" names wrapper \"msgBody\"; wrapper field synthesized (synthetic: true) Decision: the call center ID is sent as ccId, as the example spells it (the table prints cclid, the PDF rendering of ccId).",
		"result": {
			"binary": true
		},
		"example": {
			"request": {
				"version": "2.0"
			},
			"msgBody": {
				"fileName": "Y:/autoTest.V3",
				"callId": "autoTest-1",
				"ccId": "1"
			}
		}
	},
	{
		"section": "13.2.1.8",
		"title": "Requesting to Play Back a Recording File",
		"family": "ccfs",
		"resource": "recording",
		"operation": "requestPlayback",
		"name": "Request Playback of a Recording",
		"method": "POST",
		"path": "/CCFS/resource/ccfs/requestPlayVoice",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "request",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"request parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version. Currently, the value is fixed to 2.0.",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				]
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"msgBody parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "fileName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Relative path of the recording file, which is obtained from the original_file_name field in the recording index file returned when the interface for downloading CDRs and recording indexes is invoked. Note: The backslash () in fileName needs to be changed to a slash (/)."
					}
				]
			}
		],
		"shapeNote": "table \"request parameters in the request body\" names wrapper \"request\"; wrapper field synthesized (synthetic: true) table \"msgBody parameters in the request body\" names wrapper \"msgBody\"; wrapper field synthesized (synthetic: true)",
		"result": {},
		"example": {
			"request": {
				"version": "2.0"
			},
			"msgBody": {
				"fileName": "Y:/1/0/20180309/108/2022318.V3"
			}
		}
	},
	{
		"section": "13.2.1.9",
		"title": "Playing Back a Recording File",
		"family": "ccfs",
		"resource": "recording",
		"operation": "play",
		"name": "Play Back a Recording File",
		"method": "GET",
		"path": "/CCFS/resource/ccfs/playVoice",
		"auth": "other",
		"idempotent": true,
		"fields": [
			{
				"name": "t",
				"in": "query",
				"type": "string",
				"required": true,
				"description": "Cache breaker: the current timestamp in milliseconds, as advised."
			},
			{
				"name": "version",
				"in": "query",
				"type": "string",
				"required": true,
				"description": "Protocol version. The default value is 2.0.",
				"default": "2.0"
			},
			{
				"name": "st",
				"in": "query",
				"type": "string",
				"required": true,
				"description": "Token returned when the interface described in 13.2.1.8 Requesting to Play Back a Recording File is invoked."
			}
		],
		"shapeNote": "no parseable request example to compare with the body table Decision: t, version and st are query parameters, as the example URL (playVoice?t=...&version=2.0&st=...) shows; the request is signed with the credential like every other CC-FS call (the st token is what the CC-FS checks).",
		"result": {
			"binary": true
		}
	},
	{
		"section": "13.2.1.10",
		"title": "Downloading an Intelligent IVR Recording File",
		"family": "ccfs",
		"resource": "recording",
		"operation": "downloadIntelligentIvr",
		"name": "Download Intelligent IVR Recording File",
		"method": "POST",
		"path": "/CCFS/resource/ccfs/downloadOiapRecord",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "locationId",
				"in": "query",
				"type": "integer",
				"required": false,
				"description": "Node ID. The value can be obtained using the session record query interface https://IP.PORT/oifde/rest/api/queryRecordHistory."
			},
			{
				"name": "request",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"request parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version. Currently, the value is fixed to 2.0.",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				]
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"msgBody parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "fileName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Name of an intelligent IVR recording file. Parameter format: 1: {Recording drive letter}:/{record}/{VDN ID}/{odfsrecord}/{yyyymmdd}/{Main file name}.wav Example: Y:/record/39/odfsrecord/20201015/10233946082696733.wav 2: {Recording drive letter}:/{VDN ID}/{odfsrecord}/{yyyymmdd}/{Main file name}.wav Example: Y:/39/odfsrecord/20201015/10233946082696733.wav 3: {Recording drive letter}:/{record}/{V...",
						"minLength": 1,
						"maxLength": 127,
						"options": [
							{
								"value": "1",
								"name": "{Recording drive letter}:/{record}/{VDN ID}/{odfsrecord}/{yyyymmdd}/{Main file name}.wav"
							},
							{
								"value": "2",
								"name": "{Recording drive letter}:/{VDN ID}/{odfsrecord}/{yyyymmdd}/{Main file name}.wav"
							},
							{
								"value": "3",
								"name": "{Recording drive letter}:/{record}/{VDN ID}/{yyyymmdd}/{Main file name}.wav"
							},
							{
								"value": "4",
								"name": "{Recording drive letter}:/{VDN ID}/{transferrecord}/{yyyymmdd}/{Main file name}.wav"
							}
						]
					}
				]
			}
		],
		"shapeNote": "table \"request parameters in the request body\" names wrapper \"request\"; wrapper field synthesized (synthetic: true) table \"msgBody parameters in the request body\" names wrapper \"msgBody\"; wrapper field synthesized (synthetic: true) Vendor evidence: locationId (the PDF prints locationid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_4230.html / cec_07_0824 (downloadOiapRecord), as 13.2.1.11 prints it.",
		"result": {
			"binary": true
		},
		"example": {
			"request": {
				"version": "2.0"
			},
			"msgBody": {
				"fileName": "Y:/39/odfsrecord/20201019/1603089033-1205143033.wav"
			}
		}
	},
	{
		"section": "13.2.1.11",
		"title": "Downloading IVR Voice Messages",
		"family": "ccfs",
		"resource": "recording",
		"operation": "downloadIvrVoiceMessage",
		"name": "Download IVR Voice Message",
		"method": "POST",
		"path": "/CCFS/resource/ccfs/downloadIVRRecordFile",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "locationId",
				"in": "query",
				"type": "integer",
				"required": false,
				"description": "Node ID. The value can be obtained using the session record query interface https://IP.PORT/oifde/rest/api/queryRecordHistory."
			},
			{
				"name": "request",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"request parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version. Currently, the value is fixed to 2.0.",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				]
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"msgBody parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "fileName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Recording file name of IVR voice messages. Parameter format: {Recording drive letter}:[{VDN ID}]record/{yyyymmdd}{Main file name}.wav Example: Y:/39/record/20201015/10233946082696733.wav Note: {VDN ID} indicates the VDN ID, {yyyymmdd} indicates the date when the recording file of IVR voice messages is generated, and {Main file name} indicates the name of the recording file. The directory after ...",
						"minLength": 1,
						"maxLength": 225
					}
				]
			}
		],
		"shapeNote": "table \"request parameters in the request body\" names wrapper \"request\"; wrapper field synthesized (synthetic: true) table \"msgBody parameters in the request body\" names wrapper \"msgBody\"; wrapper field synthesized (synthetic: true)",
		"result": {
			"binary": true
		},
		"example": {
			"request": {
				"version": "2.0"
			},
			"msgBody": {
				"fileName": "Y:/39/record/20201015/10233946082696733.wav"
			}
		}
	},
	{
		"section": "13.2.1.2",
		"title": "Generating CDRs and Recording Indexes",
		"family": "ccfs",
		"resource": "index",
		"operation": "generateCdrIndex",
		"name": "Generate CDRs and Recording Indexes",
		"method": "POST",
		"path": "/CCFS/resource/ccfs/queryBillData",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "request",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"request parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version. Currently, the value is fixed to 2.0.",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				]
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"msgBody parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "beginTime",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Start time of CDRs and recordings, which is the time in the time zone where the tenant space is located. The interval between the start time and end time cannot exceed three days. The time is in yyyy-MM-dd HH:mm:ss format."
					},
					{
						"name": "endTime",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "End time of CDRs and recordings, which is the time in the time zone where the tenant space is located. The interval between the start time and end time cannot exceed three days. The time is in yyyy-MM-dd HH:mm:ss format."
					},
					{
						"name": "accountId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Enterprise account (tenant space ID).",
						"minLength": 1,
						"maxLength": 20
					},
					{
						"name": "agentId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Agent ID.",
						"minLength": 1,
						"maxLength": 20
					},
					{
						"name": "callId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Call ID, which can be obtained from the file returned after the interface for downloading CDR and recording indexes is invoked.",
						"minLength": 1,
						"maxLength": 25
					},
					{
						"name": "callerNo",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Calling number.",
						"minLength": 1,
						"maxLength": 25
					},
					{
						"name": "calleeNo",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Called number. If calleeNo2 does not exist, the value is the called number. If calleeNo2 exists, the value is the calling number.",
						"minLength": 1,
						"maxLength": 25
					},
					{
						"name": "calleeNo2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Called number 2.",
						"minLength": 1,
						"maxLength": 25
					},
					{
						"name": "dataType",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Type of the data record file to be generated. The options are as follows: • call: CDR • record: recording index • call_record: CDR and recording index",
						"minLength": 1,
						"maxLength": 11,
						"options": [
							{
								"value": "call",
								"name": "CDR"
							},
							{
								"value": "record",
								"name": "recording index"
							},
							{
								"value": "call_record",
								"name": "CDR and recording index"
							}
						]
					},
					{
						"name": "callBackURL",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Callback URL. After generating a data record file, the platform returns billFileName to the URL specified by this parameter."
					}
				]
			}
		],
		"shapeNote": "example key \"msgBody.callBackURL\" differs in case from table field \"msgBody.callbackURL\" table \"request parameters in the request body\" names wrapper \"request\"; wrapper field synthesized (synthetic: true) table \"msgBody parameters in the request body\" names wrapper \"msgBody\"; wrapper field synthesized (synthetic: true) Decision: the callback URL is sent as callBackURL: the example and the description (three times) spell it so; only the table row prints callbackURL.",
		"result": {},
		"example": {
			"request": {
				"version": "2.0"
			},
			"msgBody": {
				"beginTime": "2018-06-29 10:42:49",
				"endTime": "2018-07-02 10:42:49",
				"accountId": "",
				"agentId": "",
				"callId": "",
				"dataType": "call_record",
				"callBackURL": "https://10.57.118.171:8000"
			}
		}
	},
	{
		"section": "13.2.1.3",
		"title": "Downloading CDRs and Recording Indexes",
		"family": "ccfs",
		"resource": "index",
		"operation": "downloadCdrIndex",
		"name": "Download CDRs and Recording Indexes",
		"method": "POST",
		"path": "/CCFS/resource/ccfs/downloadBillFile",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "request",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"request parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version. Currently, the value is fixed to 2.0.",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				]
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"msgBody parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "billFileName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Name of a CDR and recording index file, which has been obtained by invoking the interface for generating CDRs and recording indexes. The value is in yyyyMMdd_{responseId}.zip format. For example, if the interface for generating CDRs and recording indexes has been invoked on 2018-07-02, and if the obtained recording index responseId is 9239cb50a8384bb0ab503441bf08944, the value of this parameter...",
						"minLength": 1,
						"maxLength": 49
					}
				]
			}
		],
		"shapeNote": "table \"request parameters in the request body\" names wrapper \"request\"; wrapper field synthesized (synthetic: true) table \"msgBody parameters in the request body\" names wrapper \"msgBody\"; wrapper field synthesized (synthetic: true)",
		"result": {
			"binary": true
		},
		"example": {
			"request": {
				"version": "2.0"
			},
			"msgBody": {
				"billFileName": "20180702_9239cb50a8384bb0ab503441bf089446.zip"
			}
		}
	},
	{
		"section": "13.2.1.6",
		"title": "Generating Indexes of Agent Operation Details",
		"family": "ccfs",
		"resource": "index",
		"operation": "generateAgentOperationIndex",
		"name": "Generate Agent Operation Detail Indexes",
		"method": "POST",
		"path": "/CCFS/resource/ccfs/queryAgentOprInfoData",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "request",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"request parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version. Currently, the value is fixed to 2.0.",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				]
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"msgBody parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "beginTime",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Start time of agent operations, which is the time in the time zone where the tenant space is located. The interval between the start time and end time cannot exceed three days. The time is in yyyy-MM-dd HH:mm:ss format."
					},
					{
						"name": "endTime",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "End time of agent operations, which is the time in the time zone where the tenant space is located. The interval between the start time and end time cannot exceed three days. The time is in yyyy-MM-dd HH:mm:ss format."
					},
					{
						"name": "accountId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Enterprise account (tenant space ID).",
						"minLength": 1,
						"maxLength": 20
					},
					{
						"name": "agentId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Agent ID.",
						"minLength": 1,
						"maxLength": 20
					},
					{
						"name": "callBackURL",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Callback URL. After generating a data record file, the platform returns fileName to the URL specified by this parameter."
					}
				]
			}
		],
		"shapeNote": "example key \"msgBody.callBackURL\" differs in case from table field \"msgBody.callbackURL\" table \"request parameters in the request body\" names wrapper \"request\"; wrapper field synthesized (synthetic: true) table \"msgBody parameters in the request body\" names wrapper \"msgBody\"; wrapper field synthesized (synthetic: true) Decision: the callback URL is sent as callBackURL: the example and the description (three times) spell it so; only the table row prints callbackURL.",
		"result": {},
		"example": {
			"request": {
				"version": "2.0"
			},
			"msgBody": {
				"beginTime": "2018-06-29 10:42:49",
				"endTime": "2018-07-02 10:42:49",
				"accountId": "",
				"agentId": "",
				"callBackURL": "https://10.57.118.171:8000"
			}
		}
	},
	{
		"section": "13.2.1.7",
		"title": "Downloading Indexes of Agent Operation Details",
		"family": "ccfs",
		"resource": "index",
		"operation": "downloadAgentOperationIndex",
		"name": "Download Agent Operation Detail Indexes",
		"method": "POST",
		"path": "/CCFS/resource/ccfs/downloadAgentOprInfoFile",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "request",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"request parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version. Currently, the value is fixed to 2.0.",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				]
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"msgBody parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "agentOprInfoFileName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Index file name of agent operation details. The name is obtained by invoking the interface for generating indexes of agent operation details. The value is in yyyyMMdd_{responseId}.zip format. For example, if the interface for generating indexes of agent operation details has been invoked on 2018-07-02, and if the obtained recording index responseId is 9239cb50a8384bb0ab503441bf08944, the value ...",
						"minLength": 1,
						"maxLength": 49
					}
				]
			}
		],
		"shapeNote": "example keys not in the table: msgBody.agentOprInfoFileName required table fields absent from example: msgBody.agentOpInfoFileName table \"request parameters in the request body\" names wrapper \"request\"; wrapper field synthesized (synthetic: true) table \"msgBody parameters in the request body\" names wrapper \"msgBody\"; wrapper field synthesized (synthetic: true) Decision: the file name is sent as agentOprInfoFileName: the example, the usage restriction and 13.2.1.6 (which returns it under that name) spell it so; only the table row prints agentOpInfoFileName.",
		"result": {
			"binary": true
		},
		"example": {
			"request": {
				"version": "2.0"
			},
			"msgBody": {
				"agentOprInfoFileName": "20180702_9239cb50a8384bb0ab503441bf089446.zip"
			}
		}
	},
	{
		"section": "13.2.1.12",
		"title": "Downloading a Recording File as a Third Party",
		"family": "ccfs",
		"resource": "thirdPartyFile",
		"operation": "download",
		"name": "Download Third-Party File",
		"method": "POST",
		"path": "/CCFS/resource/ccfs/ivr/downloadFile",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "request",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"request parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version. Currently, the value is fixed to 2.0.",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				]
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"msgBody parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "filePath",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "If mode is set to 1, filePath indicates the path of the folder where the file is located, for example, Y:/voice/1/IVRrecordFile. If mode is not specified or is set to another value, the value of filePath must be a full file path, for example, Y:/voice/1/IVRrecordFile/xx.wav. Note: The file path is specified by the system parameter Third-Party Recording Download Path Rule. Contact the system adm..."
					},
					{
						"name": "mode",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "If mode is set to 1, the value of filePath is a directory that contains a unique file. If the directory does not contain any file or contains multiple files, a failure message is returned. If mode is not specified or is set to another value, the value of filePath must be a full file path containing the file name."
					}
				]
			}
		],
		"shapeNote": "table \"request parameters in the request body\" names wrapper \"request\"; wrapper field synthesized (synthetic: true) table \"msgBody parameters in the request body\" names wrapper \"msgBody\"; wrapper field synthesized (synthetic: true)",
		"result": {
			"binary": true
		},
		"example": {
			"request": {
				"version": "2.0"
			},
			"msgBody": {
				"filePath": "Y:/3rdfile/53/thirdvoicebotfile",
				"mode": "1"
			}
		}
	},
	{
		"section": "13.2.1.13",
		"title": "Uploading a File as a Third Party",
		"family": "ccfs",
		"resource": "thirdPartyFile",
		"operation": "upload",
		"name": "Upload Third-Party File",
		"method": "POST",
		"path": "/CCFS/resource/ccfs/ivr/uploadFile",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "vdnId",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "ID of a VDN."
			},
			{
				"name": "request",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"request parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version. Currently, the value is fixed to 2.0.",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				]
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"msgBody parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "data",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Base64 code of the file to be uploaded. Note: Only WAV voice files in the following format are supported: 8 bit, 8000 Hz, 64 kbit/s, and mono. The file size is specified by the system parameter Third-Party Upload File Size Limit, in MB. The default value is 5. To modify the file size, contact the system administrator to set the system parameter in Configuration Center > System Management > Syst...",
						"binary": "base64"
					}
				]
			}
		],
		"shapeNote": "table \"request parameters in the request body\" names wrapper \"request\"; wrapper field synthesized (synthetic: true) table \"msgBody parameters in the request body\" names wrapper \"msgBody\"; wrapper field synthesized (synthetic: true)",
		"result": {},
		"example": {
			"request": {
				"version": "2.0"
			},
			"msgBody": {
				"data": "base64"
			}
		}
	},
	{
		"section": "13.2.1.14",
		"title": "Generating a File Hash Value as a Third Party",
		"family": "ccfs",
		"resource": "thirdPartyFile",
		"operation": "getHash",
		"name": "Generate File Hash Value",
		"method": "POST",
		"path": "/CCFS/resource/ccfs/ivr/getFileHash",
		"auth": "C2",
		"idempotent": true,
		"fields": [
			{
				"name": "request",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"request parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version. Currently, the value is fixed to 2.0.",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				]
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"msgBody parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "fileName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Full path of the file whose hash value needs to be obtained. The file path is specified by the system parameter Third-Party Upload File Path Rule. Contact the system administrator to obtain the value of the system parameter in Configuration Center > System Management > System Parameter Configuration > System parameters > File storage service > Path Configuration > Third-Party Upload File Path R..."
					},
					{
						"name": "locationId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "This parameter is valid only in CTI pool mode."
					}
				]
			}
		],
		"shapeNote": "table \"request parameters in the request body\" names wrapper \"request\"; wrapper field synthesized (synthetic: true) table \"msgBody parameters in the request body\" names wrapper \"msgBody\"; wrapper field synthesized (synthetic: true)",
		"result": {},
		"example": {
			"request": {
				"version": "2.0"
			},
			"msgBody": {
				"fileName": "Y:/3rdfile/2/thirdvoicebotfile/5dckNDei_1647502396161.wav"
			}
		}
	},
	{
		"section": "13.2.1.15",
		"title": "Deleting an Uploaded File as a Third Party",
		"family": "ccfs",
		"resource": "thirdPartyFile",
		"operation": "delete",
		"name": "Delete Uploaded Third-Party File",
		"method": "POST",
		"path": "/CCFS/resource/ccfs/ivr/deleteFile",
		"auth": "C2",
		"idempotent": false,
		"fields": [
			{
				"name": "request",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"request parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version. Currently, the value is fixed to 2.0.",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				]
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Wrapper object named by the table title/heading \"msgBody parameters in the request body\" (synthesized: not a documented row).",
				"children": [
					{
						"name": "fileName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "File to be deleted. The file path is specified by the system parameter Third-Party Upload File Path Rule. Contact the system administrator to obtain the value of the system parameter in Configuration Center > System Management > System Parameter Configuration > System parameters > File storage service > Path Configuration > Third-Party Upload File Path Rule. The default value is /3rdfile/%VDNNO..."
					},
					{
						"name": "locationId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "This parameter is valid only in CTI pool mode. If locationId has a value, delete the files in the path specified by uapId corresponding to locationId. If locationId is empty, delete all files."
					}
				]
			}
		],
		"shapeNote": "table \"request parameters in the request body\" names wrapper \"request\"; wrapper field synthesized (synthetic: true) table \"msgBody parameters in the request body\" names wrapper \"msgBody\"; wrapper field synthesized (synthetic: true)",
		"result": {},
		"example": {
			"request": {
				"version": "2.0"
			},
			"msgBody": {
				"fileName": "Y:/3rdfile/2/thirdvoicebotfile/5dckNDei_1647502396161.wav"
			}
		}
	}
];
