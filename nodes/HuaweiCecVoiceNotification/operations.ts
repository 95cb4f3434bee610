// Registry entries of HuaweiCecVoiceNotification, one per interface of the CEC 2.5 reference, keyed by doc section.
// Derived by scripts/generate-specs.cjs from reference/sections.json, then reviewed by hand.
import type { ResourceSpec } from '../shared/registry/describe';
import type { OperationSpec } from '../shared/registry/types';

export const RESOURCES: ResourceSpec[] = [
	{
		"value": "voiceNotification",
		"name": "Voice Notification"
	},
	{
		"value": "legacy",
		"name": "Legacy",
		"description": "Older versions of operations, kept for existing servers"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "14.1",
		"title": "Querying Voice Notification Recording Files (queryVoiceNotificationRecording)",
		"family": "voiceNotification",
		"resource": "voiceNotification",
		"operation": "getManyVoiceFiles",
		"name": "Get Many Voice Files",
		"method": "POST",
		"path": "/apiaccess/rest/voiceNotification/v1/queryVoiceNotificationRecording",
		"auth": "C1",
		"idempotent": true,
		"fields": [
			{
				"name": "offset",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Position of the first record to return, from 0"
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of records per page",
				"max": 100
			},
			{
				"name": "type",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Only files of this type",
				"options": [
					{
						"value": 0,
						"name": "Audio"
					},
					{
						"value": 2,
						"name": "Text"
					}
				],
				"displayName": "File Type"
			}
		],
		"shapeNote": "table wraps body in reqBody; example omits it (example keys are reqBody's children) Sent without the \"reqBody\" wrapper: the table's lone top-level row reqBody names the body itself, and the request example (keys offset, limit, type) omits it.",
		"result": {
			"itemsPath": "voiceInfo"
		},
		"example": {
			"offset": 0,
			"limit": 10,
			"type": 2
		},
		"paging": {
			"style": "offset",
			"offsetField": "offset",
			"limitField": "limit",
			"maxSize": 100
		},
		"action": "Get many voice files",
		"description": "List the approved voice and text files that voice notifications can play, with their voice IDs"
	},
	{
		"section": "14.2",
		"title": "Creating a Voice Notification (V1.0.0) (createVoiceNotification)",
		"family": "voiceNotification",
		"resource": "legacy",
		"operation": "createVoiceNotificationV1",
		"name": "Create Voice Notification (V1)",
		"method": "POST",
		"path": "/apiaccess/rest/voiceNotification/v1/createVoiceNotification",
		"auth": "C1",
		"idempotent": false,
		"legacy": true,
		"fields": [
			{
				"name": "voiceContent",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "What to play: voice IDs and texts separated by tildes (~), a text written as $Text$, e.g. 1133999~$Tom$~2225149. Voice IDs are listed by Get Many Voice Files",
				"maxLength": 1000,
				"displayName": "Voice Content"
			},
			{
				"name": "callerPresent",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number the called person sees. Empty: the access code of the tenant space. Another number than an access code needs the calling number anonymization feature, enabled by O&M personnel; then it must be an access code or a number of 11 to 14 digits",
				"displayName": "Caller Number Shown"
			},
			{
				"name": "called",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Phone number to call",
				"displayName": "Phone Number"
			},
			{
				"name": "callBackUrl",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "URL that receives the call status reports (the release event when the call ends), Base64-encoded from its UTF-8 text. HTTPS is recommended; it may contain only letters, digits and -./_#?&, and its host must be on the mobile agent callback URL trustlist set by the system administrator",
				"displayName": "Status Callback URL"
			},
			{
				"name": "priority",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Playback priority, from 1 (highest) to 9 (lowest)",
				"default": "9",
				"displayName": "Priority"
			}
		],
		"shapeNote": "table wraps body in reqBody; example omits it (example keys are reqBody's children) Sent without the \"reqBody\" wrapper: the table's lone top-level row reqBody names the body itself, and the request example (keys voiceContent, callerPresent, called) omits it. Vendor evidence: callBackUrl (the PDF prints callbackUrl): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2801.html (createVoiceNotification V1; also cec_07_1311).",
		"result": {},
		"example": {
			"voiceContent": "1133*****999~$Tom$~2225*****149",
			"callerPresent": null,
			"called": "88880000"
		},
		"aliases": [
			"6.2.9"
		],
		"action": "Create voice notification (V1)",
		"description": "Call a phone number and play voice files and texts given as one text, the older interface kept for existing servers; returns the call serial number"
	},
	{
		"section": "14.3",
		"title": "Creating a Voice Notification (V2.0.0) (createVoiceNotification)",
		"family": "voiceNotification",
		"resource": "voiceNotification",
		"operation": "create",
		"name": "Create",
		"method": "POST",
		"path": "/apiaccess/rest/voiceNotification/v2/createVoiceNotification",
		"auth": "C1",
		"idempotent": false,
		"fields": [
			{
				"name": "callerPresent",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Number the called person sees. Empty: the access code of the tenant space. Another number than an access code needs the calling number anonymization feature, enabled by O&M personnel; then it must be an access code or a number of 11 to 14 digits",
				"displayName": "Caller Number Shown"
			},
			{
				"name": "called",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Phone number to call",
				"displayName": "Phone Number"
			},
			{
				"name": "callBackUrl",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "URL that receives the call status reports (the release event when the call ends), Base64-encoded from its UTF-8 text. HTTPS is recommended; it may contain only letters, digits and -./_#?&, and its host must be on the mobile agent callback URL trustlist set by the system administrator",
				"displayName": "Status Callback URL"
			},
			{
				"name": "playList",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "What to play, in order: each entry is a recorded voice (voiceId or voiceFileName) or a text-to-speech template (templateId) with its variable values in templateParams, e.g. [{\"templateId\": \"1226170940666061826\", \"templateParams\": [\"3\", \"Main Gate\"]}]",
				"children": [
					{
						"name": "voiceId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "ID of an approved recorded voice file, as listed by Get Many Voice Files (type Audio) or shown as Voice ID on the IVR Voice page",
						"displayName": "Voice ID"
					},
					{
						"name": "voiceFileName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Name of an IVR voice file for voice notifications, as uploaded on the IVR Voice page or through the voice file upload",
						"displayName": "Voice File Name"
					},
					{
						"name": "templateId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "ID of an approved text-to-speech template for voice notifications, shown as Voice ID on the IVR Voice page or returned when the template was created",
						"displayName": "TTS Template ID"
					},
					{
						"name": "templateParams",
						"in": "body",
						"type": "array",
						"required": false,
						"description": "Values of the template variables, in order, as many as the template has, each no longer than its variable and without $, { or }. E.g. for \"You have ${NUM_2} parcels delivered to ${TXT_32}\": \"3\", \"Main Gate of People's Park\"",
						"displayName": "Template Values"
					}
				],
				"maxItems": 5,
				"displayName": "Play List",
				"default": "[{\"templateId\": \"\", \"templateParams\": []}]"
			},
			{
				"name": "playTimes",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "How many times the play list is played",
				"min": 1,
				"max": 5,
				"default": 1,
				"displayName": "Times to Play"
			},
			{
				"name": "priority",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Playback priority, from 1 (highest) to 9 (lowest)",
				"default": "9",
				"displayName": "Priority"
			}
		],
		"shapeNote": "table wraps body in requestBody; example omits it (example keys are requestBody's children) example key \"requestBody.playlist\" differs in case from table field \"requestBody.playList\" Sent without the \"requestBody\" wrapper: the table's lone top-level row requestBody names the body itself, and the request example (keys callerPresent, called, playlist) omits it. Vendor evidence: playList.templateId (the PDF prints playList.templated): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_0077.html / cec_07_2802 (createVoiceNotification V2). Vendor evidence: callBackUrl (the PDF prints callbackUrl): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2802.html (createVoiceNotification V2).",
		"result": {
			"errors": {
				"0": "Success.",
				"1": "A task is in progress. Try again later.",
				"3": "Creation failed. No call SN is generated.",
				"4": "The format of softphone does not match the rule.",
				"5": "The value of called is not transferred, or the format does not match the rule.",
				"6": "The VDN is not enabled.",
				"7": "callerPresent fails to pass the verification.",
				"9": "The value of callBackUrl does not meet the requirements.",
				"10": "The value of playTimes must be greater than or equal to 1 and less than or equal to 5.",
				"11": "The playList array is empty or the array size is greater than 5.",
				"12": "Both voiceld and templated are empty.",
				"13": "The length of a single variable exceeds 32 bytes.",
				"14": "The format of the parameter value in templateParams is incorrect. The parameter value contains at least one of the following characters: ${}.",
				"15": "The templateParams array is empty or the array size is greater than 10.",
				"16": "The tenant is in trial commercial use state, and the called number is not in the trustlist.",
				"17": "The voice or TTS file data does not exist.",
				"18": "The recording or TTS text files are not used in voice notification scenarios.",
				"19": "The recording or TTS text file is not submitted.",
				"20": "The recording or TTS text file is submitted but not approved.",
				"21": "The recording or TTS text file is rejected.",
				"22": "The file type corresponding to templated is not text.",
				"23": "The file type corresponding to voiceld is not voice.",
				"24": "The recording file or TTS file data does not exist in the database.",
				"25": "The size of the templateParams array is different from the number of variables defined in the template corresponding to templated.",
				"26": "The date format of the parameter value in templateParams is incorrect.",
				"27": "The time format of the parameter value in templateParams is incorrect.",
				"28": "The format of the voice notification template is incorrect.",
				"29": "The length of the parameter value in templateParams cannot be greater than that of the variable defined in the template specified by templated. For example, if the variable defined in the template is NUM_6 (6 indicates that the maximum length is 6) and the corresponding input parameter value is 1234567, the verification fails.",
				"30": "The byte length of the parameter value in templateParams cannot be greater than that of the variable defined in the template specified by templated. For example, the variable defined in the template is NUM_14 (14 indicates that the maximum byte length is 14).",
				"31": "The value of the variable NUM_Number in templateParams can be only a digit.",
				"32": "The value length of the variable NUM_Number in templateParams is greater than 9.",
				"33": "The value of voiceFileName does not exist.",
				"34": "The file type corresponding to the input parameter voiceFileName is not voice.",
				"35": "The values of elements in the templateParams array cannot be empty.",
				"36": "The value of priority is in an incorrect format."
			}
		},
		"example": {
			"callerPresent": null,
			"called": "88880000",
			"playlist": [
				{
					"voicelid": "1201763136043459597"
				},
				{
					"templatelid": "1226170940666061826",
					"templateParams": [
						"3",
						"Main Gate of People's Park"
					]
				}
			]
		},
		"aliases": [
			"6.2.10"
		],
		"action": "Create voice notification",
		"description": "Call a phone number and play recorded voice files or text-to-speech templates filled with your values; returns the call serial number"
	}
];
