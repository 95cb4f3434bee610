// Registry entries of HuaweiCecVoiceNotification, one per interface of the CEC 2.5 reference, keyed by doc section.
// Derived by scripts/generate-specs.cjs from reference/sections.json, then reviewed by hand.
import type { ResourceSpec } from '../shared/registry/describe';
import type { OperationSpec } from '../shared/registry/types';

export const RESOURCES: ResourceSpec[] = [
	{
		"value": "voiceNotification",
		"name": "Voice Notification"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "14.1",
		"title": "Querying Voice Notification Recording Files (queryVoiceNotificationRecording)",
		"family": "voiceNotification",
		"resource": "voiceNotification",
		"operation": "getVoiceNotificationRecordingFiles",
		"name": "Get Voice Notification Recording Files",
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
				"description": "Start line number for query in pagination mode. The value 0 is transferred for the first query. Sequence number of the first record on the page when other pages are queried. The sequence number of the first record is 0, and the sequence numbers of subsequent records increase in order. For example, if 50 records are listed on each page, 50 is transferred for the first record on the second page. ..."
			},
			{
				"name": "limit",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of records on each page during pagination query. The value is a positive integer. If this parameter is not transferred, the default value 100 is used. The maximum value is 100. If a value greater than 100 is transferred, the value is converted to 100.",
				"max": 100
			},
			{
				"name": "type",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Recording file type. The options are 0 (audio) and 2 (text).",
				"options": [
					{
						"value": 0,
						"name": "audio"
					},
					{
						"value": 2,
						"name": "text"
					}
				]
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
		}
	},
	{
		"section": "14.2",
		"title": "Creating a Voice Notification (V1.0.0) (createVoiceNotification)",
		"family": "voiceNotification",
		"resource": "voiceNotification",
		"operation": "createVoiceNotificationV1",
		"name": "Create a Voice Notification (V1)",
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
				"description": "The value contains a maximum of 1000 characters. • Voice IDs can be transferred. The voice IDs are separated by tildes (~), and can be queried using the /rest/voiceNotification/v1/queryVoiceNotificationRecording interface. If you upload a voice file on the AICC, the voice ID is the value of Voice Id on the IVR Voice page. • Texts can be transferred. The format is #{Text}#$. The texts are separa...",
				"maxLength": 1000
			},
			{
				"name": "callerPresent",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Calling number displayed on the user side. If this parameter is not carried, the access code of the tenant space is used by default. If this parameter is carried, the access code must be carried. If a non-access code number needs to be transferred, contact O&M personnel to enable the calling number anonymization feature. After this feature is enabled, the number verification rule is as follows:..."
			},
			{
				"name": "called",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Called number."
			},
			{
				"name": "callBackUrl",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "URL for a customer to receive status reports. Use Base64 to encrypt this parameter using the UTF-8 standard character set. The AICC pushes the call status information during business triggering to the server, and the client server determines the user status based on the call status information. The URL can be set to https://IP address.Port number or a domain name. The domain name is recommended..."
			},
			{
				"name": "priority",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Playback priority of a voice notification. The value is an integer ranging from 1 to 9. The default value is 9. A smaller value indicates a higher priority.",
				"default": "9"
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
		]
	},
	{
		"section": "14.3",
		"title": "Creating a Voice Notification (V2.0.0) (createVoiceNotification)",
		"family": "voiceNotification",
		"resource": "voiceNotification",
		"operation": "createVoiceNotificationV2",
		"name": "Create a Voice Notification (V2)",
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
				"description": "Calling number displayed on the user side. If this parameter is not carried, the access code of the tenant space is used by default. If this parameter is carried, the access code must be carried. If a non-access code number needs to be transferred, contact O&M personnel to enable the calling number anonymization feature. After this feature is enabled, the number verification rule is as follows:..."
			},
			{
				"name": "called",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "Called number."
			},
			{
				"name": "callBackUrl",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "URL for a customer to receive status reports. Use Base64 to encrypt this parameter using the UTF-8 standard character set. The AICC pushes the call status information during business triggering to the server, and the client server determines the user status based on the call status information. The URL can be set to https://IP address.Port number or a domain name. The domain name is recommended..."
			},
			{
				"name": "playList",
				"in": "body",
				"type": "array",
				"itemType": "object",
				"required": true,
				"description": "Playback information list. A maximum of five playback information records are supported.",
				"children": [
					{
						"name": "voiceId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "Voice ID. You can invoke the /rest/voiceNotification/v1/queryVoiceNotificationRecording API to query the value of voice_id whose recording file type is voice. If you upload a voice file on the AICC, the voice ID is the value of Voice Id whose Usage Scenario is Voice notification and Type is Voice on the IVR Voice page. For details about the upload procedure, see Configuring a Voice File."
					},
					{
						"name": "voiceFileName",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "IVR voice name. • If you upload an IVR voice file through the /rest/cc-management/v1/importVoiceFile/upload API, the IVR voice name is the value of voiceFileName in the request body.• If you upload a voice file on the AICC, the IVR voice name is the value of Name whose Usage Scenario is Voice notification on the IVR Voice page. For details about the upload procedure, see Configuring a Voice File."
					},
					{
						"name": "templateId",
						"in": "body",
						"type": "string",
						"required": false,
						"description": "TTS template ID. • If you upload a TTS template on the AICC, the template ID is the value of Voice Id whose Usage Scenario is Voice notification and Type is Voice on the IVR Voice page. For details about the upload procedure, see Configuring a Voice File. • If you use the /rest/cc-management/v1/createVoiceTemplate API to upload the TTS template file, the template ID is the value of templated in..."
					},
					{
						"name": "templateParams",
						"in": "body",
						"type": "array",
						"required": false,
						"description": "List of variable values in the TTS template. This parameter is used to fill in the variables specified by templateId in sequence. The parameter value must be encoded in UTF-8 format and cannot contain the following characters: $ {} The number and length of variables in the list must be the same as those defined in the template specified by templateId. For example, if the template specified by t..."
					}
				],
				"maxItems": 5
			},
			{
				"name": "playTimes",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of times that the playback information list is repeatedly played. The value ranges from 1 to 5. The default value is 1.",
				"min": 1,
				"max": 5,
				"default": 1
			},
			{
				"name": "priority",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Playback priority of a voice notification. The value is an integer ranging from 1 to 9. The default value is 9. A smaller value indicates a higher priority.",
				"default": "9"
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
		]
	}
];
