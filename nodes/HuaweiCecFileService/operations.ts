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
		"name": "Get URL",
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
				"description": "ID of the recorded call",
				"minLength": 1,
				"maxLength": 25,
				"displayName": "Call ID"
			},
			{
				"name": "beginTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Start of the recording time window",
				"displayName": "Start Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "End of the recording time window, at most three days after the start",
				"displayName": "End Time",
				"dateFormat": "yyyy-MM-dd HH:mm:ss"
			},
			{
				"name": "version",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Interface version, 2.0: the times are then read in the time zone of the tenant space. Mandatory outside GMT+8; in GMT+8 it can be left empty when the times are given in GMT+0."
			}
		],
		"result": {},
		"example": {
			"callId": "1637742300-27",
			"beginTime": "2021-11-24 06:25:03",
			"endTime": "2021-11-25 06:25:11",
			"version": "2.0"
		},
		"action": "Get recording download URL",
		"description": "Get the URL to download and play back the recording of a call made within a time window"
	},
	{
		"section": "13.2.1.4",
		"title": "Downloading a Recording File",
		"family": "ccfs",
		"resource": "recording",
		"operation": "download",
		"name": "Download",
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
				"description": "Protocol header of the request",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version, always 2.0",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				],
				"displayName": "Request"
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the request",
				"children": [
					{
						"name": "fileName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Relative path of the recording, from the file_name column of the recording index (e.g. /{nodeId}/{ccId}/record/{vdnId}/{yyyymmdd}/{agentId}/{file name}.wav)",
						"minLength": 1,
						"maxLength": 225,
						"displayName": "File Path"
					}
				],
				"displayName": "Message Body"
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
		},
		"action": "Download recording file",
		"description": "Download a recording file, by its path from the recording index, as binary data"
	},
	{
		"section": "13.2.1.5",
		"title": "Downloading a Recording File (Extended)",
		"family": "ccfs",
		"resource": "recording",
		"operation": "downloadExtended",
		"name": "Download by File Name or Call ID",
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
				"description": "Protocol header of the request",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version, always 2.0",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				],
				"displayName": "Request"
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the request",
				"children": [
					{
						"name": "fileName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Original file name from the original_file_name column of the recording index (e.g. X:/4/0/20180416/512/1629533.V3); set this or the call ID",
						"minLength": 1,
						"maxLength": 225,
						"displayName": "File Name"
					},
					{
						"name": "callId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "ID of the recorded call; set this or the file name. Several recordings of the call are downloaded as a ZIP file.",
						"minLength": 1,
						"maxLength": 25,
						"displayName": "Call ID"
					},
					{
						"name": "ccId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "ID of the call center",
						"minLength": 1,
						"maxLength": 64,
						"default": "1",
						"displayName": "Call Center ID"
					}
				],
				"displayName": "Message Body"
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
		},
		"action": "Download recording by file name or call ID",
		"description": "Download a recording file by its original file name or by call ID as binary data; several recordings of one call come as a ZIP file"
	},
	{
		"section": "13.2.1.8",
		"title": "Requesting to Play Back a Recording File",
		"family": "ccfs",
		"resource": "recording",
		"operation": "requestPlayback",
		"name": "Request Playback",
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
				"description": "Protocol header of the request",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version, always 2.0",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				],
				"displayName": "Request"
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the request",
				"children": [
					{
						"name": "fileName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Path of the recording, from the original_file_name column of the recording index, with every backslash written as a slash",
						"displayName": "File Name"
					}
				],
				"displayName": "Message Body"
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
		},
		"action": "Request recording playback token",
		"description": "Get a token that lets the Play operation stream a recording file"
	},
	{
		"section": "13.2.1.9",
		"title": "Playing Back a Recording File",
		"family": "ccfs",
		"resource": "recording",
		"operation": "play",
		"name": "Play",
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
				"description": "The current time, so no cache answers the request",
				"displayName": "Timestamp",
				"dateFormat": "epochMs"
			},
			{
				"name": "version",
				"in": "query",
				"type": "string",
				"required": true,
				"description": "Protocol version",
				"default": "2.0"
			},
			{
				"name": "st",
				"in": "query",
				"type": "string",
				"required": true,
				"description": "Token returned by Request Playback",
				"displayName": "Playback Token"
			}
		],
		"shapeNote": "no parseable request example to compare with the body table Decision: t, version and st are query parameters, as the example URL (playVoice?t=...&version=2.0&st=...) shows; the request is signed with the credential like every other CC-FS call (the st token is what the CC-FS checks).",
		"result": {
			"binary": true
		},
		"action": "Play back recording file",
		"description": "Stream a recording file as binary data, with the token of Request Playback"
	},
	{
		"section": "13.2.1.10",
		"title": "Downloading an Intelligent IVR Recording File",
		"family": "ccfs",
		"resource": "recording",
		"operation": "downloadIntelligentIvr",
		"name": "Download Intelligent IVR Recording",
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
				"description": "Node of the session, as given by the intelligent IVR session record query",
				"displayName": "Node ID"
			},
			{
				"name": "request",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Protocol header of the request",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version, always 2.0",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				],
				"displayName": "Request"
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the request",
				"children": [
					{
						"name": "fileName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Path of the intelligent IVR recording, in one of these forms: {drive}:/record/{VDN ID}/odfsrecord/{yyyymmdd}/{file}.wav, {drive}:/{VDN ID}/odfsrecord/{yyyymmdd}/{file}.wav, {drive}:/record/{VDN ID}/{yyyymmdd}/{file}.wav or {drive}:/{VDN ID}/transferrecord/{yyyymmdd}/{file}.wav (e.g. Y:/39/odfsrecord/20201015/10233946082696733.wav)",
						"minLength": 1,
						"maxLength": 127,
						"displayName": "File Name"
					}
				],
				"displayName": "Message Body"
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
		},
		"action": "Download intelligent IVR recording",
		"description": "Download the recording of an intelligent IVR session as binary data"
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
				"description": "Node of the session, as given by the intelligent IVR session record query",
				"displayName": "Node ID"
			},
			{
				"name": "request",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Protocol header of the request",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version, always 2.0",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				],
				"displayName": "Request"
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the request",
				"children": [
					{
						"name": "fileName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Path of the voice message: {drive}:/{VDN ID}/record/{yyyymmdd}/{file}.wav (e.g. Y:/39/record/20201015/10233946082696733.wav), where the date is the day the message was recorded",
						"minLength": 1,
						"maxLength": 225,
						"displayName": "File Name"
					}
				],
				"displayName": "Message Body"
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
		},
		"action": "Download IVR voice message",
		"description": "Download a voice message left in an IVR flow as binary data"
	},
	{
		"section": "13.2.1.2",
		"title": "Generating CDRs and Recording Indexes",
		"family": "ccfs",
		"resource": "index",
		"operation": "generateCdrIndex",
		"name": "Generate CDR and Recording Index",
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
				"description": "Protocol header of the request",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version, always 2.0",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				],
				"displayName": "Request"
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the request",
				"children": [
					{
						"name": "beginTime",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Start of the time window, at most three days before the end",
						"displayName": "Start Time",
						"dateFormat": "yyyy-MM-dd HH:mm:ss"
					},
					{
						"name": "endTime",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "End of the time window, at most three days after the start",
						"displayName": "End Time",
						"dateFormat": "yyyy-MM-dd HH:mm:ss"
					},
					{
						"name": "accountId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Enterprise account (tenant space ID)",
						"minLength": 1,
						"maxLength": 20,
						"displayName": "Tenant Space ID"
					},
					{
						"name": "agentId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Only records of this agent",
						"minLength": 1,
						"maxLength": 20,
						"displayName": "Agent ID"
					},
					{
						"name": "callId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Only records of this call",
						"minLength": 1,
						"maxLength": 25,
						"displayName": "Call ID"
					},
					{
						"name": "callerNo",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Only records of this calling number",
						"minLength": 1,
						"maxLength": 25,
						"displayName": "Calling Number"
					},
					{
						"name": "calleeNo",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Only records of this called number (the calling number when Called Number 2 exists)",
						"minLength": 1,
						"maxLength": 25,
						"displayName": "Called Number"
					},
					{
						"name": "calleeNo2",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Only records of this second called number",
						"minLength": 1,
						"maxLength": 25,
						"displayName": "Called Number 2"
					},
					{
						"name": "dataType",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "What the generated file contains",
						"minLength": 1,
						"maxLength": 11,
						"options": [
							{
								"value": "call",
								"name": "CDR"
							},
							{
								"value": "record",
								"name": "Recording Index"
							},
							{
								"value": "call_record",
								"name": "CDR and Recording Index"
							}
						],
						"displayName": "Data Type"
					},
					{
						"name": "callBackURL",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Address that receives the name of the file when it is ready, e.g. the URL of a File Ready Trigger",
						"displayName": "Callback URL"
					}
				],
				"displayName": "Message Body"
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
		},
		"action": "Generate CDR and recording index file",
		"description": "Ask for a file of call detail records, recording indexes or both for a time window; its name is sent to the callback URL when ready"
	},
	{
		"section": "13.2.1.3",
		"title": "Downloading CDRs and Recording Indexes",
		"family": "ccfs",
		"resource": "index",
		"operation": "downloadCdrIndex",
		"name": "Download CDR and Recording Index",
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
				"description": "Protocol header of the request",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version, always 2.0",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				],
				"displayName": "Request"
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the request",
				"children": [
					{
						"name": "billFileName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Name of the generated file, of the form yyyyMMdd_{responseId}.zip, as sent to the callback URL",
						"minLength": 1,
						"maxLength": 49,
						"displayName": "File Name"
					}
				],
				"displayName": "Message Body"
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
		},
		"action": "Download CDR and recording index file",
		"description": "Download a generated CDR and recording index file as a ZIP file in binary data"
	},
	{
		"section": "13.2.1.6",
		"title": "Generating Indexes of Agent Operation Details",
		"family": "ccfs",
		"resource": "index",
		"operation": "generateAgentOperationIndex",
		"name": "Generate Agent Operation Index",
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
				"description": "Protocol header of the request",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version, always 2.0",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				],
				"displayName": "Request"
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the request",
				"children": [
					{
						"name": "beginTime",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Start of the time window, at most three days before the end",
						"displayName": "Start Time",
						"dateFormat": "yyyy-MM-dd HH:mm:ss"
					},
					{
						"name": "endTime",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "End of the time window, at most three days after the start",
						"displayName": "End Time",
						"dateFormat": "yyyy-MM-dd HH:mm:ss"
					},
					{
						"name": "accountId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Enterprise account (tenant space ID)",
						"minLength": 1,
						"maxLength": 20,
						"displayName": "Tenant Space ID"
					},
					{
						"name": "agentId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Only operations of this agent",
						"minLength": 1,
						"maxLength": 20,
						"displayName": "Agent ID"
					},
					{
						"name": "callBackURL",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Address that receives the name of the file when it is ready, e.g. the URL of a File Ready Trigger",
						"displayName": "Callback URL"
					}
				],
				"displayName": "Message Body"
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
		},
		"action": "Generate agent operation index file",
		"description": "Ask for an index file of agent operation details for a time window; its name is sent to the callback URL when ready"
	},
	{
		"section": "13.2.1.7",
		"title": "Downloading Indexes of Agent Operation Details",
		"family": "ccfs",
		"resource": "index",
		"operation": "downloadAgentOperationIndex",
		"name": "Download Agent Operation Index",
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
				"description": "Protocol header of the request",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version, always 2.0",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				],
				"displayName": "Request"
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the request",
				"children": [
					{
						"name": "agentOprInfoFileName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Name of the generated file, of the form yyyyMMdd_{responseId}.zip, as sent to the callback URL",
						"minLength": 1,
						"maxLength": 49,
						"displayName": "File Name"
					}
				],
				"displayName": "Message Body"
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
		},
		"action": "Download agent operation index file",
		"description": "Download a generated index file of agent operation details as a ZIP file in binary data"
	},
	{
		"section": "13.2.1.12",
		"title": "Downloading a Recording File as a Third Party",
		"family": "ccfs",
		"resource": "thirdPartyFile",
		"operation": "download",
		"name": "Download",
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
				"description": "Protocol header of the request",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version, always 2.0",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				],
				"displayName": "Request"
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the request",
				"children": [
					{
						"name": "filePath",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Full path of the file (e.g. Y:/voice/1/IVRrecordFile/xx.wav), or with Mode set to 1 the folder that holds it. The path follows the system parameter Third-Party Recording Download Path Rule; ask the system administrator for it.",
						"displayName": "File Path"
					},
					{
						"name": "mode",
						"in": "body",
						"type": "integer",
						"required": false,
						"description": "Set 1 when the file path is a folder holding exactly one file (no file or several files fail); leave empty when it is the full path of the file"
					}
				],
				"displayName": "Message Body"
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
		},
		"action": "Download third party file",
		"description": "Download a file stored for a third party, such as a voice bot recording, as binary data"
	},
	{
		"section": "13.2.1.13",
		"title": "Uploading a File as a Third Party",
		"family": "ccfs",
		"resource": "thirdPartyFile",
		"operation": "upload",
		"name": "Upload",
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
				"description": "ID of the VDN the file belongs to",
				"displayName": "VDN ID"
			},
			{
				"name": "request",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Protocol header of the request",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version, always 2.0",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				],
				"displayName": "Request"
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the request",
				"children": [
					{
						"name": "data",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "The WAV file (8 bit, 8000 Hz, 64 kbit/s, mono), up to the size set by the system parameter Third-Party Upload File Size Limit (5 MB by default)",
						"binary": "base64",
						"displayName": "File"
					}
				],
				"displayName": "Message Body"
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
		},
		"action": "Upload third party file",
		"description": "Upload a WAV voice file for third-party use and return the path it is stored under"
	},
	{
		"section": "13.2.1.14",
		"title": "Generating a File Hash Value as a Third Party",
		"family": "ccfs",
		"resource": "thirdPartyFile",
		"operation": "getHash",
		"name": "Get Hash",
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
				"description": "Protocol header of the request",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version, always 2.0",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				],
				"displayName": "Request"
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the request",
				"children": [
					{
						"name": "fileName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Full path of the file. The path follows the system parameter Third-Party Upload File Path Rule; ask the system administrator for it.",
						"displayName": "File Path"
					},
					{
						"name": "locationId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Node of the file, only in CTI pool mode",
						"displayName": "Location ID"
					}
				],
				"displayName": "Message Body"
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
		},
		"action": "Get third party file hash",
		"description": "Compute the hash value of an uploaded third-party file"
	},
	{
		"section": "13.2.1.15",
		"title": "Deleting an Uploaded File as a Third Party",
		"family": "ccfs",
		"resource": "thirdPartyFile",
		"operation": "delete",
		"name": "Delete",
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
				"description": "Protocol header of the request",
				"children": [
					{
						"name": "version",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Protocol version, always 2.0",
						"minLength": 1,
						"maxLength": 32,
						"default": "2.0"
					}
				],
				"displayName": "Request"
			},
			{
				"name": "msgBody",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Parameters of the request",
				"children": [
					{
						"name": "fileName",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Full path of the file to delete. The path follows the system parameter Third-Party Upload File Path Rule; ask the system administrator for it.",
						"displayName": "File Path"
					},
					{
						"name": "locationId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Only in CTI pool mode: delete the file on the node of this location; empty deletes it everywhere",
						"displayName": "Location ID"
					}
				],
				"displayName": "Message Body"
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
		},
		"action": "Delete third party file",
		"description": "Delete an uploaded third-party file"
	}
];
