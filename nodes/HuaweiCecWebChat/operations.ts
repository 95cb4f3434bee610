// Registry entries of HuaweiCecWebChat, one per interface of the CEC 2.5 reference, keyed by doc section.
// Derived by scripts/generate-specs.cjs from reference/sections.json, then reviewed by hand.
import type { ResourceSpec } from '../shared/registry/describe';
import type { OperationSpec } from '../shared/registry/types';

export const RESOURCES: ResourceSpec[] = [
	{
		"value": "chat",
		"name": "Chat"
	},
	{
		"value": "clickToDial",
		"name": "Click-to-Dial"
	},
	{
		"value": "email",
		"name": "Email"
	},
	{
		"value": "whatsApp",
		"name": "WhatsApp"
	},
	{
		"value": "workbench",
		"name": "Online Chat Workbench"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "11.1",
		"title": "Performing Third-Party Request Authentication (applyToken)",
		"family": "webChat",
		"resource": "chat",
		"operation": "applyToken",
		"name": "Apply Token (Third-Party Authentication)",
		"method": "POST",
		"path": "/apiaccess/ccmessaging/applyToken",
		"auth": "C1",
		"webChatToken": "issue",
		"idempotent": false,
		"fields": [
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "User ID The value is defined by the enterprise and is a string of 1 to 32 characters.",
				"minLength": 1,
				"maxLength": 32
			},
			{
				"name": "userName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Username The value is defined by the enterprise. This parameter is used for name display."
			},
			{
				"name": "channelId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Channel ID The value is the same as that of Configuration ID of the channel configured on the Service Channel Configuration > Channel Configuration page in the AICC."
			},
			{
				"name": "locale",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Language information The value does not contain the country code. For example, zh indicates Chinese, and en indicates English. For details, see ISO 639 language codes."
			}
		],
		"shapeNote": "table wraps body in reqBody; example omits it (example keys are reqBody's children) Sent without the \"reqBody\" wrapper: the table's lone top-level row reqBody names the body itself, and the request example (keys userId, userName, channelId, locale) omits it.",
		"result": {},
		"example": {
			"userId": "XXXXXXXXXX",
			"userName": "XXXXXXXX",
			"channelId": "XXXXXXXXXXXX",
			"locale": "en"
		}
	},
	{
		"section": "11.2",
		"title": "Querying Queuing Information (queryQueueInfo)",
		"family": "webChat",
		"resource": "chat",
		"operation": "queryQueueInfo",
		"name": "Get Queue Information",
		"method": "POST",
		"path": "/apiaccess/ccmessaging/queryQueueInfo",
		"auth": "C1",
		"webChatToken": "optional",
		"idempotent": true,
		"fields": [
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique customer ID. The value is a string of 1 to 32 characters.",
				"minLength": 1,
				"maxLength": 32
			},
			{
				"name": "channelConfigId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Channel configuration ID"
			},
			{
				"name": "channel",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Channel type"
			}
		],
		"shapeNote": "table wraps body in reqBody; example omits it (example keys are reqBody's children) Sent without the \"reqBody\" wrapper: the table's lone top-level row reqBody names the body itself, and the request example (keys userId, channelConfigId, channel) omits it.",
		"result": {},
		"example": {
			"userId": "xxxx",
			"channelConfigId": "xxxxx",
			"channel": "WEB"
		}
	},
	{
		"section": "11.3",
		"title": "Proactively Polling Messages Sent by Agents (poll)",
		"family": "webChat",
		"resource": "chat",
		"operation": "poll",
		"name": "Poll Agent Messages",
		"method": "GET",
		"path": "/apiaccess/ccmessaging/poll",
		"auth": "C1",
		"webChatToken": "required",
		"idempotent": true,
		"fields": [
			{
				"name": "receiverId",
				"in": "query",
				"type": "string",
				"required": true,
				"description": "Recipient ID, that is, userId in applyToken"
			},
			{
				"name": "channel",
				"in": "query",
				"type": "string",
				"required": true,
				"description": "Recipient channel type. The default value WEB must be used."
			},
			{
				"name": "isNeedRead",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Whether to read the message indicating that the agent has read the user message. The value true indicates that the message is required. Other values or an empty value indicate that the message is not required."
			}
		],
		"result": {}
	},
	{
		"section": "11.4",
		"title": "Submitting the Customer Satisfaction Evaluation Result (saveSatisfaction)",
		"family": "webChat",
		"resource": "chat",
		"operation": "saveSatisfaction",
		"name": "Submit Satisfaction Evaluation",
		"method": "POST",
		"path": "/apiaccess/ccmessaging/saveSatisfaction",
		"auth": "C1",
		"webChatToken": "required",
		"idempotent": false,
		"fields": [
			{
				"name": "channel",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Channel type. Currently, the value is fixed to WEB."
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "User ID. The value is a string of 1 to 32 characters.",
				"minLength": 1,
				"maxLength": 32
			},
			{
				"name": "evaluation",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Satisfaction level. The value ranges from 1 to 5. The default satisfaction levels are as follows: • 1: very dissatisfied • 2: dissatisfied • 3: general • 4: satisfied • 5: very satisfied You can invoke the interface for querying the satisfaction survey configuration to query the satisfaction level set in Configuration Center > Workbench Configuration > Satisfaction Survey > Satisfaction Level o...",
				"options": [
					{
						"value": "1",
						"name": "very dissatisfied"
					},
					{
						"value": "2",
						"name": "dissatisfied"
					},
					{
						"value": "3",
						"name": "general"
					},
					{
						"value": "4",
						"name": "satisfied"
					},
					{
						"value": "5",
						"name": "very satisfied"
					}
				]
			},
			{
				"name": "comment",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Satisfaction comment. The value can contain a maximum of 512 characters.",
				"maxLength": 512
			},
			{
				"name": "channelConfigId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Channel ID. The value is the same as that of Configuration ID of the web channel configured in the AICC."
			}
		],
		"shapeNote": "table wraps body in satisfaction; example omits it (example keys are satisfaction's children) Sent without the \"satisfaction\" wrapper: the table's lone top-level row names the body itself, and the request example (channel, userId, evaluation, comment, channelConfigId) omits it.",
		"result": {},
		"example": {
			"channel": "WEB",
			"userId": "XXXXXXXX",
			"evaluation": "5",
			"comment": "Satisfied",
			"channelConfigId": "XXXXXXXX"
		}
	},
	{
		"section": "11.5",
		"title": "Sending a Message (send)",
		"family": "webChat",
		"resource": "chat",
		"operation": "send",
		"name": "Send Message",
		"method": "POST",
		"path": "/apiaccess/ccmessaging/send",
		"auth": "C1",
		"webChatToken": "required",
		"idempotent": false,
		"fields": [
			{
				"name": "channel",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Type of the channel through which the client sends a message, for example, the web channel (web customer service access channel)"
			},
			{
				"name": "content",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Message content, which varies depending on mediaType. For example, if mediaType is set to TEXT, the value is the text content to be sent. The size of the text content to be sent cannot exceed 1 KB. If mediaType is set to audio, video, or other media types, the value is in the format of fileId,mediaType, where fileId indicates the value of objectKey returned by the /ccmessaging/uploadFileStream ..."
			},
			{
				"name": "controlType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Message control type. The options are CONNECT, CHAT, TRANSAGENT, INPUT, DISCONNECT, and READ."
			},
			{
				"name": "from",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the user who sends a message through a channel"
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Message media type. The options are TEXT, IMAGE, AUDIO, VIDEO, FILE, FILE_IMAGE, FILE_VIDEO, WEBCARD, and LOCATE."
			},
			{
				"name": "senderNickname",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Nickname of the message sender"
			},
			{
				"name": "sourceType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Message source type. Set this parameter to CUSTOMER."
			},
			{
				"name": "timestamp",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Time when a message is sent"
			},
			{
				"name": "to",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Channel configuration ID"
			},
			{
				"name": "userAgent",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "User client type, which is obtained from UserAgent"
			},
			{
				"name": "senderAvatar",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Avatar of the message sender. For the WeChat channel, the WeChat avatar URL is transmitted."
			},
			{
				"name": "messageId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Unique ID of the user who sends the message. The value can contain a maximum of 32 characters. The value cannot contain commas (,).",
				"maxLength": 32
			},
			{
				"name": "transData",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Data in JSON format, which is transferred to the robot flow when the robot is connected"
			}
		],
		"shapeNote": "table wraps body in reqBody; example omits it (example keys are reqBody's children) Sent without the \"reqBody\" wrapper: the table's lone top-level row reqBody names the body itself, and the request example (keys content, controlType, from, mediaType, senderNickname, sourceType, timestamp, to, userAgent, senderAvatar, channel) omits it. Field \"messageld\" as extracted is sent as \"messageId\" (PDF l/I or line-break artefact; the request example and sibling interfaces use \"messageId\").",
		"result": {},
		"example": {
			"content": "",
			"controlType": "CONNECT",
			"from": "session_1619573111751_user_1619573111751",
			"mediaType": "TEXT",
			"senderNickname": "user_1619573111751",
			"sourceType": "CUSTOMER",
			"timestamp": "1619573122352",
			"to": "1011577355744904195",
			"userAgent": null,
			"senderAvatar": null,
			"channel": "WEB"
		}
	},
	{
		"section": "11.6",
		"title": "Sending a File by a Customer (uploadFileStream)",
		"family": "webChat",
		"resource": "chat",
		"operation": "uploadFile",
		"name": "Send File (Upload)",
		"method": "POST",
		"path": "/apiaccess/ccmessaging/uploadFileStream",
		"auth": "C1",
		"webChatToken": "required",
		"idempotent": false,
		"fields": [
			{
				"name": "fileType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "File type. The supported types include JPG, PNG, BPM, MP3, AAC, MP4, TXT, and CSV."
			},
			{
				"name": "fileStream",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "File stream encoded using Base64"
			},
			{
				"name": "channel",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Channel for sending file streams. Only WEB is supported."
			}
		],
		"shapeNote": "table wraps body in reqBody; example omits it (example keys are reqBody's children) Sent without the \"reqBody\" wrapper: the table's lone top-level row reqBody names the body itself, and the request example (keys fileType, channel, fileStream) omits it.",
		"result": {},
		"example": {
			"fileType": "jpg",
			"channel": "WEB",
			"fileStream": "/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIp3+7j8a/PP/gqXP5/7QXh9tu3/Alpi34z/ANPV3SpXfxCP/9k="
		}
	},
	{
		"section": "11.7",
		"title": "Receiving a File by a Customer (downloadFileStream)",
		"family": "webChat",
		"resource": "chat",
		"operation": "downloadFile",
		"name": "Receive File (Download)",
		"method": "POST",
		"path": "/apiaccess/ccmessaging/downloadFileStream",
		"auth": "C1",
		"webChatToken": "required",
		"idempotent": true,
		"fields": [
			{
				"name": "fileId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "File ID for file download, which is carried in the poll interface If the value of fileId is local / {Value of content}, a local file is sent. The value of content is in the response of the poll interface."
			},
			{
				"name": "channel",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Download channel type. Currently, the value is fixed to WEB."
			},
			{
				"name": "fileType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Type of the file to be downloaded. The options are jpg, png, bpm, mp3, aac, mp4, txt, csv, richtext, doc, docx, pdf, and zip. In scenarios where local files are sent, set this parameter to the value of mediaFileType in the MT multimedia file message."
			},
			{
				"name": "multiMedia",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "If the file is a multimedia library file, this parameter is mandatory and must be set to multiMedia."
			}
		],
		"shapeNote": "table wraps body in reqBody; example omits it (example keys are reqBody's children) Sent without the \"reqBody\" wrapper: the table's lone top-level row reqBody names the body itself, and the request example (keys fileType, channel, fileId, multiMedia) omits it. The reference documents a JSON answer with the file Base64-encoded in fileStream; a server that streams the file instead (application/octet-stream) gives a binary item. A JSON answer is checked for its resultCode and returned as JSON.",
		"result": {
			"binary": true
		},
		"example": {
			"fileType": "jpg",
			"channel": "WEB",
			"fileId": "XXXXXXXXXXXXXXXXX",
			"multiMedia": "multiMedia"
		}
	},
	{
		"section": "11.8",
		"title": "Associating Common Phrases Based on the Customer Input (queryPhraseByKeyword)",
		"family": "webChat",
		"resource": "chat",
		"operation": "queryPhraseByKeyword",
		"name": "Get Common Phrases by Keyword",
		"method": "POST",
		"path": "/apiaccess/ccmessaging/queryPhraseByKeyword",
		"auth": "C1",
		"webChatToken": "required",
		"idempotent": true,
		"fields": [
			{
				"name": "strContent",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Message content"
			},
			{
				"name": "locale",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Language The value does not contain the country code. For example, zh indicates Chinese, and en indicates English. For details, see ISO 639 language codes."
			},
			{
				"name": "channel",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Channel type. Currently, the value is fixed to WEB (web channel access)."
			}
		],
		"shapeNote": "table wraps body in reqBody; example omits it (example keys are reqBody's children) Sent without the \"reqBody\" wrapper: the table's lone top-level row reqBody names the body itself, and the request example (keys strContent, locale, channel) omits it.",
		"result": {},
		"example": {
			"strContent": "Mesh",
			"locale": "en",
			"channel": "WEB"
		}
	},
	{
		"section": "11.14",
		"title": "Submitting a Message by a Customer (doLeaveMessage)",
		"family": "webChat",
		"resource": "chat",
		"operation": "leaveMessage",
		"name": "Leave Message",
		"method": "POST",
		"path": "/apiaccess/ccmessaging/doLeaveMessage",
		"auth": "C1",
		"webChatToken": "required",
		"idempotent": false,
		"fields": [
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "User ID"
			},
			{
				"name": "caller",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Number for leaving a message"
			},
			{
				"name": "leaveMessage",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Message information"
			},
			{
				"name": "channel",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Channel name. The value is WEB."
			}
		],
		"result": {},
		"example": {
			"callId": "111111222111",
			"caller": "138****7777",
			"leaveMessage": "Please reply",
			"channel": "WEB"
		}
	},
	{
		"section": "11.15",
		"title": "Submitting the Chatbot Satisfaction Evaluation Result (feedbacksatisfaction)",
		"family": "webChat",
		"resource": "chat",
		"operation": "feedbackChatbotSatisfaction",
		"name": "Submit Chatbot Satisfaction",
		"method": "POST",
		"path": "/apiaccess/ccmessaging/v1/robot/feedbacksatisfaction",
		"auth": "C1",
		"webChatToken": "required",
		"idempotent": false,
		"fields": [
			{
				"name": "feedback",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Satisfaction feedback. The options are 1 (satisfied) and 0 (dissatisfied).",
				"options": [
					{
						"value": 1,
						"name": "satisfied"
					},
					{
						"value": 0,
						"name": "dissatisfied"
					}
				]
			},
			{
				"name": "feedbackContent",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "When feedback is set to 0, the value cannot be empty and can contain a maximum of 64 characters.",
				"maxLength": 64
			},
			{
				"name": "from",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Message sender ID"
			},
			{
				"name": "interIdx",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Number of interaction times. The value is the same as that of interidx returned by the ODFS in the previous time."
			}
		],
		"result": {},
		"example": {
			"feedback": 0,
			"feedbackContent": "dissatisfied",
			"from": "1111111",
			"interIdx": "2"
		}
	},
	{
		"section": "11.16",
		"title": "Querying Historical Messages (queryHistoryChatMessage)",
		"family": "webChat",
		"resource": "chat",
		"operation": "queryHistoryMessages",
		"name": "Get Historical Messages",
		"method": "POST",
		"path": "/apiaccess/ccmessaging/queryHistoryChatMessage",
		"auth": "C1",
		"webChatToken": "required",
		"idempotent": true,
		"fields": [
			{
				"name": "channelId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Channel ID"
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the user who sends a message through a channel. The value is a string of 1 to 32 characters.",
				"minLength": 1,
				"maxLength": 32
			},
			{
				"name": "startTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Start time for querying historical messages"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "End time for querying historical messages"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Number of queried historical messages. This parameter is a pagination parameter."
			},
			{
				"name": "offset",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Offset. This parameter is a pagination parameter."
			}
		],
		"shapeNote": "example keys not in the table: channel",
		"result": {
			"itemsPath": "messageList"
		},
		"example": {
			"channelId": "202207292843442389",
			"userId": "1659490221026188522",
			"limit": "1",
			"offset": "0",
			"startTime": "1659910093000",
			"endTime": "1659938956000",
			"channel": "WEB"
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit"
		}
	},
	{
		"section": "11.20",
		"title": "Querying the Satisfaction Survey Configuration (getSatisfactionSurveyMode)",
		"family": "webChat",
		"resource": "chat",
		"operation": "getSatisfactionSurveyMode",
		"name": "Get Satisfaction Survey Configuration",
		"method": "POST",
		"path": "/apiaccess/ccmessaging/getsatisfactionsurveymode",
		"auth": "C1",
		"webChatToken": "required",
		"idempotent": true,
		"fields": [],
		"result": {}
	},
	{
		"section": "11.9",
		"title": "Checking Whether the Current Tenant Space Supports the Click-to-dial Function (checkClickToCallSupport)",
		"family": "webChat",
		"resource": "clickToDial",
		"operation": "checkSupport",
		"name": "Check Click-to-Dial Support",
		"method": "GET",
		"path": "/apiaccess/ccmessaging/v1/checkClickToCallSupport",
		"auth": "C1",
		"webChatToken": "required",
		"idempotent": true,
		"fields": [
			{
				"name": "channel",
				"in": "query",
				"type": "string",
				"required": true,
				"description": "Recipient channel type ( WEB )"
			}
		],
		"shapeNote": "table documents no body fields; example has keys: channel (of which channel documented as query parameters)",
		"result": {},
		"example": {
			"channel": "WEB"
		}
	},
	{
		"section": "11.10",
		"title": "Creating a Click-to-Dial Call (createClickToCall)",
		"family": "webChat",
		"resource": "clickToDial",
		"operation": "create",
		"name": "Create Click-to-Dial Call",
		"method": "POST",
		"path": "/apiaccess/ccmessaging/v1/createClickToCall",
		"auth": "C1",
		"webChatToken": "optional",
		"idempotent": false,
		"fields": [
			{
				"name": "channel",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Recipient channel type ( WEB )"
			},
			{
				"name": "mediaAbility",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Media capability 0: voice call 1: video call",
				"options": [
					{
						"value": "0",
						"name": "voice call"
					},
					{
						"value": "1",
						"name": "video call"
					}
				]
			}
		],
		"result": {},
		"example": {
			"channel": "WEB",
			"mediaAbility": "0"
		}
	},
	{
		"section": "11.11",
		"title": "Obtaining a Click-to-Dial Event (getClickToCallEvents)",
		"family": "webChat",
		"resource": "clickToDial",
		"operation": "getEvents",
		"name": "Get Click-to-Dial Events",
		"method": "GET",
		"path": "/apiaccess/ccmessaging/v1/getClickToCallEvents",
		"auth": "C1",
		"webChatToken": "required",
		"idempotent": true,
		"fields": [
			{
				"name": "channel",
				"in": "query",
				"type": "string",
				"required": true,
				"description": "Recipient channel type ( WEB )"
			}
		],
		"result": {}
	},
	{
		"section": "11.12",
		"title": "Releasing a Click-to-Dial Call (dropClickToCall)",
		"family": "webChat",
		"resource": "clickToDial",
		"operation": "release",
		"name": "Release Click-to-Dial Call",
		"method": "POST",
		"path": "/apiaccess/ccmessaging/v1/dropClickToCall",
		"auth": "C1",
		"webChatToken": "required",
		"idempotent": false,
		"fields": [
			{
				"name": "channel",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Recipient channel type ( WEB )"
			}
		],
		"result": {},
		"example": {
			"channel": "WEB"
		}
	},
	{
		"section": "11.13",
		"title": "Creating an Anonymous Call (createcall)",
		"family": "webChat",
		"resource": "clickToDial",
		"operation": "createAnonymousCall",
		"name": "Create Anonymous Call",
		"method": "POST",
		"path": "/apiaccess/ccmessaging/v1/mobileagent/createcall",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "called",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Called number",
				"maxLength": 32
			},
			{
				"name": "callData",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Call data",
				"maxLength": 1024
			},
			{
				"name": "callerPresent",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Calling number displayed to users and customer managers. If this parameter is not included, the calling number of the platform is used by default.",
				"maxLength": 32
			}
		],
		"result": {},
		"example": {
			"called": "88884432",
			"callData": "1",
			"callerPresent": "95599"
		}
	},
	{
		"section": "11.17",
		"title": "Discarding an Email (chat_dropMail)",
		"family": "webChat",
		"resource": "email",
		"operation": "dropMail",
		"name": "Discard Email",
		"method": "POST",
		"path": "/apiaccess/rest/ccmessaging/v1/emailchannel/dropMail",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "emailId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Email ID"
			}
		],
		"result": {},
		"example": {
			"emailId": "10195068940994050"
		}
	},
	{
		"section": "11.18",
		"title": "Sending an MT WhatsApp Message (sendWhatsappMessage)",
		"family": "webChat",
		"resource": "whatsApp",
		"operation": "sendWhatsAppMessage",
		"name": "Send WhatsApp Message",
		"method": "POST",
		"path": "/apiaccess/rest/ccmessaging/omni/1/advanced",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "scenarioKey",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Unique key of the solution that will be used to send messages. If this field is not set, the default solution is used. The AICC does not send this field."
			},
			{
				"name": "bulkId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique request ID. Multiple IDs will be received only when the message is sent to multiple destination addresses."
			},
			{
				"name": "destinations",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "List of message recipients",
				"children": [
					{
						"name": "messageId",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Unique ID of a sent message"
					},
					{
						"name": "to",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "Message destination address",
						"children": [
							{
								"name": "phoneNumber",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Destination phone number. The value must be in the international number format, for example, 41793026727."
							}
						]
					}
				]
			},
			{
				"name": "whatsApp",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Encapsulated whatsApp object",
				"children": [
					{
						"name": "text",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Text of the message to be sent"
					},
					{
						"name": "imageUrl",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "URL of the image sent in the WhatsApp message. The value can contain a maximum of 2048 characters. The image type must be JPG, JPEG, or PNG. The image size cannot exceed 2 MB.",
						"maxLength": 2048
					},
					{
						"name": "audioUrl",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "URL of the audio file sent in the WhatsApp message. The value can contain a maximum of 2048 characters. The audio type must be AAC. The audio size cannot exceed 2 MB.",
						"maxLength": 2048
					},
					{
						"name": "videoUrl",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "URL of the video sent in the WhatsApp message. The value can contain a maximum of 2048 characters. The video type must be MP4. The video size cannot exceed 10 MB.",
						"maxLength": 2048
					},
					{
						"name": "locationName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Text of the message to be sent The value contains a maximum of 1000 characters.",
						"maxLength": 1000
					},
					{
						"name": "address",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Address. This parameter is optional. The value contains a maximum of 1000 characters.",
						"maxLength": 1000
					},
					{
						"name": "longitude",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Longitude. The value ranges from -180 to 180.",
						"min": -180,
						"max": 180
					},
					{
						"name": "latitude",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Latitude. The value ranges from -90 to 90.",
						"min": -90,
						"max": 90
					},
					{
						"name": "templateName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Template name"
					},
					{
						"name": "templateData",
						"in": "body",
						"type": "array",
						"itemType": "string",
						"required": false,
						"description": "Template parameter values sorted by registration sequence in the template"
					},
					{
						"name": "language",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Code of the language or locale to be used. The code must be the same as that used for registration in the template."
					},
					{
						"name": "mediaTemplateData",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Encapsulated mediaTemplateData object",
						"children": [
							{
								"name": "header",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Media template type. This parameter is required for media templates with titles.",
								"children": [
									{
										"name": "textPlaceholder",
										"in": "body",
										"type": "string",
										"required": false,
										"description": "Text placeholder. This parameter is required for templates with text titles."
									},
									{
										"name": "imageUrl",
										"in": "body",
										"type": "string",
										"required": false,
										"description": "Image URL. This parameter is required for templates with image titles. The image type must be JPG, JPEG, or PNG. The image size cannot exceed 2 MB."
									},
									{
										"name": "videoUrl",
										"in": "body",
										"type": "string",
										"required": false,
										"description": "Video URL. This parameter is required for templates with video titles. The video type must be MP4. The video size cannot exceed 10 MB."
									},
									{
										"name": "latitude",
										"in": "body",
										"type": "number",
										"required": false,
										"description": "Latitude. The value ranges from -90 to 90. This parameter is required for templates with location titles.",
										"min": -90,
										"max": 90
									},
									{
										"name": "longitude",
										"in": "body",
										"type": "number",
										"required": false,
										"description": "Longitude. The value ranges from -180 to 180. This parameter is required for templates with location titles.",
										"min": -180,
										"max": 180
									}
								]
							},
							{
								"name": "body",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Media template body",
								"children": [
									{
										"name": "placeholders",
										"in": "body",
										"type": "array",
										"itemType": "string",
										"required": false,
										"description": "Media template body placeholders. The value cannot be null, but can be an empty array. Values within the array cannot be null or empty."
									}
								]
							},
							{
								"name": "buttons",
								"in": "body",
								"type": "array",
								"itemType": "object",
								"required": false,
								"description": "Media template buttons",
								"children": [
									{
										"name": "urlPlaceholder",
										"in": "body",
										"type": "string",
										"required": false,
										"description": "Date and time when the message needs to be sent. This parameter is used for scheduled OMNI messaging. The first message in the OMNI flow is not sent immediately, but will be sent at the scheduled time."
									},
									{
										"name": "quickReplyPayload",
										"in": "body",
										"type": "string",
										"required": false,
										"description": "Quick reply payload. This parameter is required for the quick reply button."
									}
								]
							}
						]
					}
				]
			},
			{
				"name": "sendAt",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Date and time when the message needs to be sent. This parameter is used for scheduled OMNI messaging. The first message in the OMNI flow is not sent immediately, but will be sent at the scheduled time."
			}
		],
		"result": {
			"itemsPath": "messages"
		},
		"example": {
			"bulkId": "2853BC8B21D23F473AB9AE41B75F34FC18D322B91B01F60FAF206ACEBA9EF7BD",
			"whatsApp": {
				"templateName": "1",
				"templateData": [],
				"language": "zh_CN"
			},
			"destinations": [
				{
					"messageId": "46dbab11-f9cc-4d32-852b-cbba988b7d08",
					"to": {
						"phoneNumber": "155****8467"
					}
				}
			]
		}
	},
	{
		"section": "11.19",
		"title": "Querying Information About the Current Chat on the Online Chat Workbench (getUserInfoBycallId)",
		"family": "workbench",
		"resource": "workbench",
		"operation": "getCurrentChat",
		"name": "Get Current Chat Information",
		"method": "POST",
		"path": "/apiaccess/rest/workbench/v1/getUserInfoBycallId",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "callId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Call ID"
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "User ID. The value is a string of 1 to 32 characters.",
				"minLength": 1,
				"maxLength": 32
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant ID"
			}
		],
		"shapeNote": "no parseable request example to compare with the body table",
		"result": {}
	}
];
