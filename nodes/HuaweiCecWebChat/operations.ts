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
		"name": "Workbench"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "11.1",
		"title": "Performing Third-Party Request Authentication (applyToken)",
		"family": "webChat",
		"resource": "chat",
		"operation": "applyToken",
		"name": "Apply Token",
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
				"description": "ID of the chat user, as defined by the enterprise",
				"minLength": 1,
				"maxLength": 32,
				"displayName": "User ID"
			},
			{
				"name": "userName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Name of the chat user, for display"
			},
			{
				"name": "channelId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Configuration ID of the web channel, as shown on the channel configuration page",
				"displayName": "Channel ID"
			},
			{
				"name": "locale",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Language code without country, for example en or zh (ISO 639)"
			}
		],
		"shapeNote": "table wraps body in reqBody; example omits it (example keys are reqBody's children) Sent without the \"reqBody\" wrapper: the table's lone top-level row reqBody names the body itself, and the request example (keys userId, userName, channelId, locale) omits it.",
		"result": {},
		"example": {
			"userId": "XXXXXXXXXX",
			"userName": "XXXXXXXX",
			"channelId": "XXXXXXXXXXXX",
			"locale": "en"
		},
		"action": "Apply token for chat user",
		"description": "Sign a chat user in to a web channel and get the chat token that the other chat operations send"
	},
	{
		"section": "11.2",
		"title": "Querying Queuing Information (queryQueueInfo)",
		"family": "webChat",
		"resource": "chat",
		"operation": "getQueueInfo",
		"name": "Get Queue Info",
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
				"description": "ID of the chat user, as defined by the enterprise",
				"minLength": 1,
				"maxLength": 32,
				"displayName": "User ID"
			},
			{
				"name": "channelConfigId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Configuration ID of the web channel",
				"displayName": "Channel ID"
			},
			{
				"name": "channel",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Channel type, for example WEB",
				"default": "WEB"
			}
		],
		"shapeNote": "table wraps body in reqBody; example omits it (example keys are reqBody's children) Sent without the \"reqBody\" wrapper: the table's lone top-level row reqBody names the body itself, and the request example (keys userId, channelConfigId, channel) omits it.",
		"result": {},
		"example": {
			"userId": "xxxx",
			"channelConfigId": "xxxxx",
			"channel": "WEB"
		},
		"action": "Get chat queue information",
		"description": "Get where a chat user waits in the agent queue of a channel"
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
				"description": "ID of the chat user the messages are for (the user ID given when applying the token)",
				"displayName": "User ID"
			},
			{
				"name": "channel",
				"in": "query",
				"type": "string",
				"required": true,
				"description": "Channel type; always WEB",
				"default": "WEB"
			},
			{
				"name": "isNeedRead",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "Set to true to also receive the notice that an agent has read the user's messages",
				"displayName": "Include Read Receipts"
			}
		],
		"result": {},
		"action": "Poll agent messages",
		"description": "Fetch the messages that agents have sent to a chat user since the last poll"
	},
	{
		"section": "11.4",
		"title": "Submitting the Customer Satisfaction Evaluation Result (saveSatisfaction)",
		"family": "webChat",
		"resource": "chat",
		"operation": "submitSatisfaction",
		"name": "Submit Satisfaction",
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
				"description": "Channel type; always WEB",
				"default": "WEB"
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the chat user, as defined by the enterprise",
				"minLength": 1,
				"maxLength": 32,
				"displayName": "User ID"
			},
			{
				"name": "evaluation",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Satisfaction level; the levels configured for the tenant can be read with Get Satisfaction Survey Config",
				"options": [
					{
						"value": "1",
						"name": "Very Dissatisfied"
					},
					{
						"value": "2",
						"name": "Dissatisfied"
					},
					{
						"value": "3",
						"name": "Neutral"
					},
					{
						"value": "4",
						"name": "Satisfied"
					},
					{
						"value": "5",
						"name": "Very Satisfied"
					}
				],
				"displayName": "Satisfaction Level"
			},
			{
				"name": "comment",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Satisfaction comment of the chat user",
				"maxLength": 512
			},
			{
				"name": "channelConfigId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Configuration ID of the web channel",
				"displayName": "Channel ID"
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
		},
		"action": "Submit satisfaction evaluation",
		"description": "Send the satisfaction level and comment a chat user gives at the end of a chat"
	},
	{
		"section": "11.5",
		"title": "Sending a Message (send)",
		"family": "webChat",
		"resource": "chat",
		"operation": "sendMessage",
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
				"description": "Channel the message is sent through, for example WEB",
				"default": "WEB"
			},
			{
				"name": "content",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Message content: the text for TEXT messages (at most 1 KB); for media, the file ID returned by Upload File, a comma and the media type"
			},
			{
				"name": "controlType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "What the message does: CONNECT, CHAT, TRANSAGENT (transfer to an agent), INPUT (typing), DISCONNECT or READ",
				"displayName": "Control Type"
			},
			{
				"name": "from",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the chat user who sends the message",
				"displayName": "Sender ID"
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Media type of the message: TEXT, IMAGE, AUDIO, VIDEO, FILE, FILE_IMAGE, FILE_VIDEO, WEBCARD or LOCATE"
			},
			{
				"name": "senderNickname",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Nickname of the sender"
			},
			{
				"name": "sourceType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Source of the message; always CUSTOMER",
				"default": "CUSTOMER"
			},
			{
				"name": "timestamp",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Time the message is sent",
				"dateFormat": "epochMs"
			},
			{
				"name": "to",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Configuration ID of the channel the message goes to",
				"displayName": "Channel ID"
			},
			{
				"name": "userAgent",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Client type of the user, from its user agent"
			},
			{
				"name": "senderAvatar",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Avatar URL of the sender (for WeChat, the WeChat avatar URL)"
			},
			{
				"name": "messageId",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Unique ID of the message, without commas",
				"maxLength": 32,
				"displayName": "Message ID"
			},
			{
				"name": "transData",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "JSON data passed to the chatbot flow when the chatbot is connected",
				"displayName": "Data for Chatbot"
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
		},
		"action": "Send chat message",
		"description": "Send a message or a control event (connect, typing, disconnect...) from a chat user to the channel"
	},
	{
		"section": "11.6",
		"title": "Sending a File by a Customer (uploadFileStream)",
		"family": "webChat",
		"resource": "chat",
		"operation": "uploadFile",
		"name": "Upload File",
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
				"description": "File type: JPG, PNG, BPM, MP3, AAC, MP4, TXT or CSV"
			},
			{
				"name": "fileStream",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "File content, Base64-encoded",
				"displayName": "File Content"
			},
			{
				"name": "channel",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Channel type; always WEB",
				"default": "WEB"
			}
		],
		"shapeNote": "table wraps body in reqBody; example omits it (example keys are reqBody's children) Sent without the \"reqBody\" wrapper: the table's lone top-level row reqBody names the body itself, and the request example (keys fileType, channel, fileStream) omits it.",
		"result": {},
		"example": {
			"fileType": "jpg",
			"channel": "WEB",
			"fileStream": "/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIp3+7j8a/PP/gqXP5/7QXh9tu3/Alpi34z/ANPV3SpXfxCP/9k="
		},
		"action": "Upload file to chat",
		"description": "Upload a file a chat user sends, Base64-encoded, and get its ID to send in a message"
	},
	{
		"section": "11.7",
		"title": "Receiving a File by a Customer (downloadFileStream)",
		"family": "webChat",
		"resource": "chat",
		"operation": "downloadFile",
		"name": "Download File",
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
				"description": "File ID from the polled message; for a local file, local/ followed by the message content",
				"displayName": "File ID"
			},
			{
				"name": "channel",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Channel type; always WEB",
				"default": "WEB"
			},
			{
				"name": "fileType",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Type of the file: jpg, png, bpm, mp3, aac, mp4, txt, csv, richtext, doc, docx, pdf or zip; for a local file, the mediaFileType of the message"
			},
			{
				"name": "multiMedia",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Set to multiMedia when the file comes from the multimedia library",
				"displayName": "Multimedia Library File"
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
		},
		"action": "Download file from chat",
		"description": "Download a file an agent sent to a chat user, by the file ID the poll returned"
	},
	{
		"section": "11.8",
		"title": "Associating Common Phrases Based on the Customer Input (queryPhraseByKeyword)",
		"family": "webChat",
		"resource": "chat",
		"operation": "getPhrasesByKeyword",
		"name": "Get Phrases by Keyword",
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
				"description": "What the chat user has typed",
				"displayName": "Text"
			},
			{
				"name": "locale",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Language code without country, for example en or zh (ISO 639)"
			},
			{
				"name": "channel",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Channel type; always WEB",
				"default": "WEB"
			}
		],
		"shapeNote": "table wraps body in reqBody; example omits it (example keys are reqBody's children) Sent without the \"reqBody\" wrapper: the table's lone top-level row reqBody names the body itself, and the request example (keys strContent, locale, channel) omits it.",
		"result": {},
		"example": {
			"strContent": "Mesh",
			"locale": "en",
			"channel": "WEB"
		},
		"action": "Get common phrases by keyword",
		"description": "Get the common phrases that match what a chat user is typing, to suggest them"
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
				"description": "ID of the chat user leaving the message",
				"displayName": "User ID"
			},
			{
				"name": "caller",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Number to call the user back on",
				"displayName": "Callback Number"
			},
			{
				"name": "leaveMessage",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Text of the message",
				"displayName": "Message"
			},
			{
				"name": "channel",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Channel type; always WEB",
				"default": "WEB"
			}
		],
		"result": {},
		"example": {
			"callId": "111111222111",
			"caller": "138****7777",
			"leaveMessage": "Please reply",
			"channel": "WEB"
		},
		"action": "Leave message",
		"description": "Leave a message with a callback number when no agent is available"
	},
	{
		"section": "11.15",
		"title": "Submitting the Chatbot Satisfaction Evaluation Result (feedbacksatisfaction)",
		"family": "webChat",
		"resource": "chat",
		"operation": "submitChatbotSatisfaction",
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
				"description": "Whether the chat user is satisfied with the answer",
				"options": [
					{
						"value": 1,
						"name": "Satisfied"
					},
					{
						"value": 0,
						"name": "Dissatisfied"
					}
				],
				"displayName": "Satisfied"
			},
			{
				"name": "feedbackContent",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Why the user is dissatisfied",
				"maxLength": 64,
				"displayName": "Reason",
				"requiredWhen": {
					"field": "feedback",
					"values": [
						0
					]
				}
			},
			{
				"name": "from",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the chat user who sends the message",
				"displayName": "Sender ID"
			},
			{
				"name": "interIdx",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Interaction count the chatbot returned with its last answer",
				"displayName": "Interaction Index"
			}
		],
		"result": {},
		"example": {
			"feedback": 0,
			"feedbackContent": "dissatisfied",
			"from": "1111111",
			"interIdx": "2"
		},
		"action": "Submit chatbot satisfaction",
		"description": "Tell the chatbot whether its last answer satisfied the chat user, with a reason when it did not"
	},
	{
		"section": "11.16",
		"title": "Querying Historical Messages (queryHistoryChatMessage)",
		"family": "webChat",
		"resource": "chat",
		"operation": "getMessageHistory",
		"name": "Get Message History",
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
				"description": "Configuration ID of the web channel, as shown on the channel configuration page",
				"displayName": "Channel ID"
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the chat user, as defined by the enterprise",
				"minLength": 1,
				"maxLength": 32,
				"displayName": "User ID"
			},
			{
				"name": "startTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Start of the time range",
				"dateFormat": "epochMs"
			},
			{
				"name": "endTime",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "End of the time range",
				"dateFormat": "epochMs"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Number of messages to return"
			},
			{
				"name": "offset",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Number of messages to skip"
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
		},
		"action": "Get chat message history",
		"description": "List the earlier chat messages of a user on a channel, optionally within a time range"
	},
	{
		"section": "11.20",
		"title": "Querying the Satisfaction Survey Configuration (getSatisfactionSurveyMode)",
		"family": "webChat",
		"resource": "chat",
		"operation": "getSatisfactionSurveyMode",
		"name": "Get Satisfaction Survey Config",
		"method": "POST",
		"path": "/apiaccess/ccmessaging/getsatisfactionsurveymode",
		"auth": "C1",
		"webChatToken": "required",
		"idempotent": true,
		"fields": [],
		"result": {},
		"action": "Get satisfaction survey configuration",
		"description": "Get the satisfaction levels and survey settings configured for chats"
	},
	{
		"section": "11.9",
		"title": "Checking Whether the Current Tenant Space Supports the Click-to-dial Function (checkClickToCallSupport)",
		"family": "webChat",
		"resource": "clickToDial",
		"operation": "checkSupport",
		"name": "Check Support",
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
				"description": "Channel type; always WEB",
				"default": "WEB"
			}
		],
		"shapeNote": "table documents no body fields; example has keys: channel (of which channel documented as query parameters)",
		"result": {},
		"example": {
			"channel": "WEB"
		},
		"action": "Check click to dial support",
		"description": "Check whether the tenant space supports click-to-dial calls from the web channel"
	},
	{
		"section": "11.10",
		"title": "Creating a Click-to-Dial Call (createClickToCall)",
		"family": "webChat",
		"resource": "clickToDial",
		"operation": "create",
		"name": "Create",
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
				"description": "Channel type; always WEB",
				"default": "WEB"
			},
			{
				"name": "mediaAbility",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Voice or video call",
				"options": [
					{
						"value": "0",
						"name": "Voice Call"
					},
					{
						"value": "1",
						"name": "Video Call"
					}
				],
				"displayName": "Call Type"
			}
		],
		"result": {},
		"example": {
			"channel": "WEB",
			"mediaAbility": "0"
		},
		"action": "Create click to dial call",
		"description": "Start a voice or video call from the web page to the contact center for the chat user"
	},
	{
		"section": "11.11",
		"title": "Obtaining a Click-to-Dial Event (getClickToCallEvents)",
		"family": "webChat",
		"resource": "clickToDial",
		"operation": "getEvents",
		"name": "Get Events",
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
				"description": "Channel type; always WEB",
				"default": "WEB"
			}
		],
		"result": {},
		"action": "Get click to dial events",
		"description": "Get the events of the chat user's click-to-dial call (ringing, answered, released...)"
	},
	{
		"section": "11.12",
		"title": "Releasing a Click-to-Dial Call (dropClickToCall)",
		"family": "webChat",
		"resource": "clickToDial",
		"operation": "release",
		"name": "Release",
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
				"description": "Channel type; always WEB",
				"default": "WEB"
			}
		],
		"result": {},
		"example": {
			"channel": "WEB"
		},
		"action": "Release click to dial call",
		"description": "Hang up the chat user's click-to-dial call"
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
				"description": "Number to call",
				"maxLength": 32,
				"displayName": "Called Number"
			},
			{
				"name": "callData",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Data attached to the call",
				"maxLength": 1024
			},
			{
				"name": "callerPresent",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Calling number shown to the called party; the platform number when left out",
				"maxLength": 32,
				"displayName": "Calling Number Shown"
			}
		],
		"result": {},
		"example": {
			"called": "88884432",
			"callData": "1",
			"callerPresent": "95599"
		},
		"action": "Create anonymous call",
		"description": "Create an anonymous outbound call task to a number with a chosen calling number shown; the app then places the call through the SDK"
	},
	{
		"section": "11.17",
		"title": "Discarding an Email (chat_dropMail)",
		"family": "webChat",
		"resource": "email",
		"operation": "discard",
		"name": "Discard",
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
				"description": "ID of the email to discard",
				"displayName": "Email ID"
			}
		],
		"result": {},
		"example": {
			"emailId": "10195068940994050"
		},
		"action": "Discard email",
		"description": "Discard an email of the email channel by its ID"
	},
	{
		"section": "11.18",
		"title": "Sending an MT WhatsApp Message (sendWhatsappMessage)",
		"family": "webChat",
		"resource": "whatsApp",
		"operation": "sendMessage",
		"name": "Send Message",
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
				"description": "Key of the sending scenario; the default scenario when empty"
			},
			{
				"name": "bulkId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Unique ID of this send request",
				"displayName": "Request ID"
			},
			{
				"name": "destinations",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "Recipients of the message",
				"children": [
					{
						"name": "messageId",
						"in": "body",
						"type": "string",
						"required": true,
						"description": "Unique ID of the message to this recipient",
						"displayName": "Message ID"
					},
					{
						"name": "to",
						"in": "body",
						"type": "object",
						"required": true,
						"description": "Address of the recipient",
						"children": [
							{
								"name": "phoneNumber",
								"in": "body",
								"type": "string",
								"required": true,
								"description": "Phone number in international format without plus sign, for example 41793026727"
							}
						],
						"displayName": "To"
					}
				]
			},
			{
				"name": "whatsApp",
				"in": "body",
				"type": "object",
				"required": true,
				"description": "Content of the WhatsApp message",
				"children": [
					{
						"name": "text",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Text of the message"
					},
					{
						"name": "imageUrl",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "URL of a JPG, JPEG or PNG image of at most 2 MB",
						"maxLength": 2048,
						"displayName": "Image URL"
					},
					{
						"name": "audioUrl",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "URL of an AAC audio file of at most 2 MB",
						"maxLength": 2048,
						"displayName": "Audio URL"
					},
					{
						"name": "videoUrl",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "URL of an MP4 video of at most 10 MB",
						"maxLength": 2048,
						"displayName": "Video URL"
					},
					{
						"name": "locationName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Name of the location sent",
						"maxLength": 1000
					},
					{
						"name": "address",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Address of the location sent",
						"maxLength": 1000
					},
					{
						"name": "longitude",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Longitude of the location sent",
						"min": -180,
						"max": 180
					},
					{
						"name": "latitude",
						"in": "body",
						"type": "number",
						"required": false,
						"description": "Latitude of the location sent",
						"min": -90,
						"max": 90
					},
					{
						"name": "templateName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Name of the registered message template"
					},
					{
						"name": "templateData",
						"in": "body",
						"type": "array",
						"itemType": "string",
						"required": false,
						"description": "Values of the template parameters, in the order they were registered"
					},
					{
						"name": "language",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Language or locale code of the template, as registered"
					},
					{
						"name": "mediaTemplateData",
						"in": "body",
						"type": "object",
						"required": false,
						"description": "Content of a media template",
						"children": [
							{
								"name": "header",
								"in": "body",
								"type": "object",
								"required": false,
								"description": "Header of a media template with a title",
								"children": [
									{
										"name": "textPlaceholder",
										"in": "body",
										"type": "string",
										"required": false,
										"description": "Text placeholder, for templates with a text title"
									},
									{
										"name": "imageUrl",
										"in": "body",
										"type": "string",
										"required": false,
										"description": "URL of a JPG, JPEG or PNG image of at most 2 MB, for templates with an image title",
										"displayName": "Image URL"
									},
									{
										"name": "videoUrl",
										"in": "body",
										"type": "string",
										"required": false,
										"description": "URL of an MP4 video of at most 10 MB, for templates with a video title",
										"displayName": "Video URL"
									},
									{
										"name": "latitude",
										"in": "body",
										"type": "number",
										"required": false,
										"description": "Latitude, for templates with a location title",
										"min": -90,
										"max": 90
									},
									{
										"name": "longitude",
										"in": "body",
										"type": "number",
										"required": false,
										"description": "Longitude, for templates with a location title",
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
								"description": "Body of the media template",
								"children": [
									{
										"name": "placeholders",
										"in": "body",
										"type": "array",
										"itemType": "string",
										"required": false,
										"description": "Values of the body placeholders; may be empty, but no value may be empty"
									}
								]
							},
							{
								"name": "buttons",
								"in": "body",
								"type": "array",
								"itemType": "object",
								"required": false,
								"description": "Buttons of the media template",
								"children": [
									{
										"name": "urlPlaceholder",
										"in": "body",
										"type": "string",
										"required": false,
										"description": "Value of the URL placeholder of a URL button",
										"displayName": "URL Placeholder"
									},
									{
										"name": "quickReplyPayload",
										"in": "body",
										"type": "string",
										"required": false,
										"description": "Payload of a quick reply button"
									}
								]
							}
						]
					}
				],
				"displayName": "WhatsApp Message"
			},
			{
				"name": "sendAt",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "When to send the message, for scheduled messaging; empty sends it now",
				"displayName": "Send At"
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
		},
		"action": "Send message to phone numbers",
		"description": "Send a WhatsApp text, media, location or template message to one or more phone numbers"
	},
	{
		"section": "11.19",
		"title": "Querying Information About the Current Chat on the Online Chat Workbench (getUserInfoBycallId)",
		"family": "workbench",
		"resource": "workbench",
		"operation": "getCurrentChat",
		"name": "Get Current Chat",
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
				"description": "Call ID of the chat on the workbench",
				"displayName": "Call ID"
			},
			{
				"name": "userId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "ID of the chat user, as defined by the enterprise",
				"minLength": 1,
				"maxLength": 32,
				"displayName": "User ID"
			},
			{
				"name": "tenantId",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Tenant space ID",
				"displayName": "Tenant ID"
			}
		],
		"shapeNote": "no parseable request example to compare with the body table",
		"result": {},
		"action": "Get current chat",
		"description": "Get the information of the chat user in a chat handled on the online chat workbench, by call ID"
	}
];
