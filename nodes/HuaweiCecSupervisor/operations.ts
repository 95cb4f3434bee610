// Registry entries of HuaweiCecSupervisor, one per interface of the CEC 2.5 reference, keyed by doc section.
// Derived by scripts/generate-specs.cjs from reference/sections.json, then reviewed by hand
// (operation names, credential defaults, session roles, appendix 6.5 enums, binary downloads).
import type { ResourceSpec } from '../shared/registry/describe';
import type { OperationSpec } from '../shared/registry/types';

export const RESOURCES: ResourceSpec[] = [
	{
		"value": "qualityControl",
		"name": "Quality Control"
	},
	{
		"value": "recordingPlayback",
		"name": "Recording Playback"
	}
];

export const OPERATIONS: OperationSpec[] = [
	{
		"section": "12.1.1",
		"title": "Inserting",
		"family": "agentGateway.qualitycontrol",
		"resource": "qualityControl",
		"operation": "insert",
		"name": "Barge In (Insert)",
		"method": "PUT",
		"path": "/agentgateway/resource/qualitycontrol/{agentid}/addinsert/{workNo}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "workNo",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "ID of the agent to be inserted. The value ranges from 101 to 59999. The agent ID must belong to the same VDN as the value of agentid.",
				"displayName": "Target Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"900-001": "The NOPROVIDER error occurs during quality check.",
				"900-002": "No permission exists during quality check.",
				"900-003": "The ResourceUnavailableException error occurs during quality check.",
				"900-005": "The status is abnormal during quality check."
			}
		},
		"action": "Barge In"
	},
	{
		"section": "12.1.2",
		"title": "Listening",
		"family": "agentGateway.qualitycontrol",
		"resource": "qualityControl",
		"operation": "listen",
		"name": "Listen",
		"method": "PUT",
		"path": "/agentgateway/resource/qualitycontrol/{agentid}/addsupervise/{workNo}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "workNo",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "ID of the agent to be listened to. The value ranges from 101 to 59999. The agent ID must belong to the same VDN as the value of agentid.",
				"displayName": "Target Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"900-001": "The NOPROVIDER error occurs during quality check.",
				"900-002": "No permission exists during quality check.",
				"900-003": "The ResourceUnavailableException error occurs during quality check.",
				"900-005": "The status is abnormal during quality check."
			}
		},
		"action": "Listen"
	},
	{
		"section": "12.1.3",
		"title": "Intercepting",
		"family": "agentGateway.qualitycontrol",
		"resource": "qualityControl",
		"operation": "intercept",
		"name": "Intercept",
		"method": "PUT",
		"path": "/agentgateway/resource/qualitycontrol/{agentid}/intercept/{workNo}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "workNo",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "ID of the agent to be intercepted. The value ranges from 101 to 59999. The agent ID must belong to the same VDN as the value of agentid.",
				"displayName": "Target Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"900-001": "The NOPROVIDER error occurs during quality check.",
				"900-002": "No permission exists during quality check.",
				"900-003": "The ResourceUnavailableException error occurs during quality check."
			}
		},
		"action": "Intercept"
	},
	{
		"section": "12.1.4",
		"title": "Canceling Listening and Inserting",
		"family": "agentGateway.qualitycontrol",
		"resource": "qualityControl",
		"operation": "cancelListenInsert",
		"name": "Cancel Listening or Barging",
		"method": "DELETE",
		"path": "/agentgateway/resource/qualitycontrol/{agentid}/{workNo}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "workNo",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Specified agent ID. The value ranges from 101 to 59999. The agent ID must belong to the same VDN as the value of agentid.",
				"displayName": "Target Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"900-001": "The NOPROVIDER error occurs during quality check.",
				"900-002": "No permission exists during quality check.",
				"900-003": "The ResourceUnavailableException error occurs during quality check."
			}
		},
		"action": "Cancel Listening or Barging"
	},
	{
		"section": "12.1.5",
		"title": "Indicating an Agent in Busy State Forcibly",
		"family": "agentGateway.qualitycontrol",
		"resource": "qualityControl",
		"operation": "forceBusy",
		"name": "Force Busy",
		"method": "POST",
		"path": "/agentgateway/resource/qualitycontrol/{agentid}/forcebusy/{workNo}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "workNo",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Specified agent ID. The value ranges from 101 to 59999. The agent ID must belong to the same VDN as the value of agentid.",
				"displayName": "Target Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"900-001": "The NOPROVIDER error occurs during quality check.",
				"900-002": "No permission exists during quality check.",
				"900-003": "The ResourceUnavailableException error occurs during quality check."
			}
		},
		"action": "Force Busy"
	},
	{
		"section": "12.1.6",
		"title": "Indicating an Agent in Idle State Forcibly",
		"family": "agentGateway.qualitycontrol",
		"resource": "qualityControl",
		"operation": "forceIdle",
		"name": "Force Idle",
		"method": "POST",
		"path": "/agentgateway/resource/qualitycontrol/{agentid}/forceidle/{workNo}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "workNo",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Specified agent ID. The value ranges from 101 to 59999. The agent ID must belong to the same VDN as the value of agentid.",
				"displayName": "Target Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"900-001": "The NOPROVIDER error occurs during quality check.",
				"900-002": "No permission exists during quality check.",
				"900-003": "The ResourceUnavailableException error occurs during quality check."
			}
		},
		"action": "Force Idle"
	},
	{
		"section": "12.1.7",
		"title": "Forcibly Signing Out",
		"family": "agentGateway.qualitycontrol",
		"resource": "qualityControl",
		"operation": "forceSignOut",
		"name": "Force Sign Out",
		"method": "POST",
		"path": "/agentgateway/resource/qualitycontrol/{agentid}/forcelogout/{workNo}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "workNo",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Specified agent ID. The value ranges from 101 to 59999. The agent ID must belong to the same VDN as the value of agentid.",
				"displayName": "Target Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"900-001": "The NOPROVIDER error occurs during quality check.",
				"900-002": "No permission exists during quality check.",
				"900-003": "The ResourceUnavailableException error occurs during quality check."
			}
		},
		"action": "Force Sign Out"
	},
	{
		"section": "12.1.8",
		"title": "Releasing a Call Forcibly",
		"family": "agentGateway.qualitycontrol",
		"resource": "qualityControl",
		"operation": "forceReleaseCall",
		"name": "Force Release a Call",
		"method": "POST",
		"path": "/agentgateway/resource/qualitycontrol/{agentid}/forcedropcall/{callid}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "callid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "ID of a specified call."
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"900-001": "The NOPROVIDER error occurs during quality check.",
				"900-002": "No permission exists during quality check.",
				"900-003": "The ResourceUnavailableException error occurs during quality check."
			}
		},
		"action": "Force Release a Call"
	},
	{
		"section": "12.1.9",
		"title": "Adjusting the Skill Queue of a Specified Agent",
		"family": "agentGateway.qualitycontrol",
		"resource": "qualityControl",
		"operation": "adjustSkills",
		"name": "Adjust an Agent’s Skill Queues",
		"method": "POST",
		"path": "/agentgateway/resource/qualitycontrol/{agentid}/adjustskill",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "workNo",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Indicates the ID of the specified agent.",
				"displayName": "Target Agent ID"
			},
			{
				"name": "skills",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": false,
				"description": "Indicates the array of the skill queue ID. The maximum length is 1000."
			}
		],
		"result": {
			"errors": {
				"100-001": "The sign-in parameter is left empty or is invalid.",
				"100-006": "The agent does not sign in.",
				"900-001": "The NOPROVIDER error occurs during quality check.",
				"900-002": "No permission exists during quality check.",
				"900-003": "The ResourceUnavailableException error occurs during quality check."
			}
		},
		"example": {
			"workNo": "49999",
			"skills": [
				10,
				25
			]
		},
		"action": "Adjust an Agent’s Skill Queues"
	},
	{
		"section": "12.1.10",
		"title": "Switching Between Listening and Inserting",
		"family": "agentGateway.qualitycontrol",
		"resource": "qualityControl",
		"operation": "switchListenInsert",
		"name": "Switch Between Listening and Barging",
		"method": "POST",
		"path": "/agentgateway/resource/qualitycontrol/{agentid}/switch/{workNo}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "workNo",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Specified agent ID. The value ranges from 101 to 59999. The agent ID must belong to the same VDN as the value of agentid.",
				"displayName": "Target Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"900-001": "The NOPROVIDER error occurs during quality check.",
				"900-002": "No permission exists during quality check.",
				"900-003": "The ResourceUnavailableException error occurs during quality check."
			}
		},
		"action": "Switch Between Listening and Barging"
	},
	{
		"section": "12.1.11",
		"title": "Forcing an Agent to Rest",
		"family": "agentGateway.qualitycontrol",
		"resource": "qualityControl",
		"operation": "forceRest",
		"name": "Force Rest",
		"method": "POST",
		"path": "/agentgateway/resource/qualitycontrol/{agentid}/forcerest/{workNo}/{time}/{reason}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "workNo",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Specified agent ID. The value ranges from 101 to 59999. The agent ID must belong to the same VDN as the value of agentid.",
				"displayName": "Target Agent ID"
			},
			{
				"name": "time",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Rest duration, in seconds. The value ranges from 1 to 86399.",
				"min": 1,
				"max": 86399
			},
			{
				"name": "reason",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Rest reason code. The value ranges from 1 to 255.",
				"min": 1,
				"max": 255
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"900-001": "The NOPROVIDER error occurs during quality check.",
				"900-002": "No permission exists during quality check.",
				"900-003": "The ResourceUnavailableException error occurs during quality check."
			}
		},
		"action": "Force Rest"
	},
	{
		"section": "12.1.12",
		"title": "Requesting for Whispering",
		"family": "agentGateway.qualitycontrol",
		"resource": "qualityControl",
		"operation": "whisper",
		"name": "Whisper",
		"method": "POST",
		"path": "/agentgateway/resource/qualitycontrol/{agentid}/requestwhisperagent",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "whisperagentid",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "ID of the agent whose whisper is inspected. The value ranges from 101 to 59999. The agent ID must belong to the same VDN as the value of agentid.",
				"displayName": "Target Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"900-001": "The NOPROVIDER error occurs during quality check.",
				"900-002": "No permission exists during quality check.",
				"900-003": "The ResourceUnavailableException error occurs during quality check.",
				"900-004": "No agent information is found during quality check monitoring."
			}
		},
		"action": "Whisper"
	},
	{
		"section": "12.1.13",
		"title": "Stopping Whispering",
		"family": "agentGateway.qualitycontrol",
		"resource": "qualityControl",
		"operation": "stopWhisper",
		"name": "Stop Whispering",
		"method": "POST",
		"path": "/agentgateway/resource/qualitycontrol/{agentid}/requeststopwhisperagent",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "whisperagentid",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "ID of the agent whose whisper is inspected. The value ranges from 101 to 59999. The agent ID must belong to the same VDN as the value of agentid.",
				"displayName": "Target Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"900-001": "The NOPROVIDER error occurs during quality check.",
				"900-002": "No permission exists during quality check.",
				"900-003": "The ResourceUnavailableException error occurs during quality check.",
				"900-004": "No agent information is found during quality check monitoring."
			}
		},
		"action": "Stop Whispering"
	},
	{
		"section": "12.1.14",
		"title": "Switching Among Whispering, Listening, and Barging",
		"family": "agentGateway.qualitycontrol",
		"resource": "qualityControl",
		"operation": "switchWhisperMode",
		"name": "Switch Among Whisper, Listen and Barge",
		"method": "POST",
		"path": "/agentgateway/resource/qualitycontrol/{agentid}/requestswitchinsertwhisperagent",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "whisperagentid",
				"in": "query",
				"type": "string",
				"required": false,
				"description": "ID of the agent whose whisper is inspected. The value ranges from 101 to 59999. The agent ID must belong to the same VDN as the value of agentid.",
				"displayName": "Target Agent ID"
			},
			{
				"name": "switchtype",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "Switching type. The options are as follows: • 0: switch to listening • 1: switch to insertion • 2: switch to whisper",
				"options": [
					{
						"value": 0,
						"name": "switch to listening"
					},
					{
						"value": 1,
						"name": "switch to insertion"
					},
					{
						"value": 2,
						"name": "switch to whisper"
					}
				]
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"900-001": "The NOPROVIDER error occurs during quality check.",
				"900-002": "No permission exists during quality check.",
				"900-003": "The ResourceUnavailableException error occurs during quality check.",
				"900-004": "No agent information is found during quality check monitoring."
			}
		},
		"action": "Switch Among Whisper, Listen and Barge"
	},
	{
		"section": "13.1.1.1",
		"title": "Starting Playing an Announcement",
		"family": "agentGateway.recordplay",
		"resource": "recordingPlayback",
		"operation": "play",
		"name": "Play a Recording",
		"method": "PUT",
		"path": "/agentgateway/resource/recordplay/{agentid}/play",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "voicepath",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "File path. The value can contain a maximum of 100 characters.",
				"maxLength": 100
			},
			{
				"name": "startpostion",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Start position of the file to be played, in seconds."
			},
			{
				"name": "volumechange",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Playback volume. The default value is 50. A maximum of five digits are allowed.",
				"default": "50"
			},
			{
				"name": "speedchange",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Playback speed. The default value is 50. A maximum of five digits are allowed.",
				"default": "50"
			},
			{
				"name": "times",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of playback times. The default value is 1. NOTE If this parameter is set to other values, the default value 1 is used.",
				"default": 1
			},
			{
				"name": "codeformat",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "File coding format. The default value is 0, which is the only value supported.",
				"default": 0
			},
			{
				"name": "locationId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of a distributed call center node. The value of locationId is returned for a recording start event obtained through the polling interface."
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"500-007": "A state error occurs when recording playback starts."
			}
		},
		"example": {
			"voicepath": "Y:/1/0/20180621/105/1406470.V3",
			"startpostion": 0,
			"volumechange": 20,
			"speedchange": 20,
			"times": 1,
			"codeformat": 0,
			"locationId": -1
		},
		"action": "Play a Recording"
	},
	{
		"section": "13.1.1.2",
		"title": "Pausing an Announcement",
		"family": "agentGateway.recordplay",
		"resource": "recordingPlayback",
		"operation": "pause",
		"name": "Pause Playback",
		"method": "POST",
		"path": "/agentgateway/resource/recordplay/{agentid}/pauseplay",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"500-003": "A state error occurs when recording playback pauses."
			}
		},
		"action": "Pause Playback"
	},
	{
		"section": "13.1.1.3",
		"title": "Resuming an Announcement",
		"family": "agentGateway.recordplay",
		"resource": "recordingPlayback",
		"operation": "resume",
		"name": "Resume Playback",
		"method": "POST",
		"path": "/agentgateway/resource/recordplay/{agentid}/resumeplay",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"500-005": "A state error occurs when recording playback continues."
			}
		},
		"action": "Resume Playback"
	},
	{
		"section": "13.1.1.4",
		"title": "Fast Forwarding",
		"family": "agentGateway.recordplay",
		"resource": "recordingPlayback",
		"operation": "fastForward",
		"name": "Fast Forward",
		"method": "POST",
		"path": "/agentgateway/resource/recordplay/{agentid}/forefast/{time}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "time",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Fast-forward duration, in seconds. The value ranges from 0 to 2147483647."
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"500-002": "A state error occurs during fast forwarding."
			}
		},
		"action": "Fast Forward"
	},
	{
		"section": "13.1.1.5",
		"title": "Rewinding",
		"family": "agentGateway.recordplay",
		"resource": "recordingPlayback",
		"operation": "rewind",
		"name": "Rewind",
		"method": "POST",
		"path": "/agentgateway/resource/recordplay/{agentid}/backfast/{time}",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "time",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Fast-forward duration, in seconds. The value ranges from 0 to 2147483647."
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"500-001": "A state error occurs during fast rewinding."
			}
		},
		"action": "Rewind"
	},
	{
		"section": "13.1.1.6",
		"title": "Stopping Playing an Announcement",
		"family": "agentGateway.recordplay",
		"resource": "recordingPlayback",
		"operation": "stop",
		"name": "Stop Playback",
		"method": "DELETE",
		"path": "/agentgateway/resource/recordplay/{agentid}/stopplay",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"500-009": "A state error occurs when recording playback stops."
			}
		},
		"action": "Stop Playback"
	},
	{
		"section": "13.1.1.7",
		"title": "Starting Screen Recording",
		"family": "agentGateway.recordplay",
		"resource": "recordingPlayback",
		"operation": "startScreenRecording",
		"name": "Start Screen Recording",
		"method": "PUT",
		"path": "/agentgateway/resource/recordplay/{agentid}/startrecordscreen",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Start Screen Recording"
	},
	{
		"section": "13.1.1.8",
		"title": "Stopping Screen Recording",
		"family": "agentGateway.recordplay",
		"resource": "recordingPlayback",
		"operation": "stopScreenRecording",
		"name": "Stop Screen Recording",
		"method": "DELETE",
		"path": "/agentgateway/resource/recordplay/{agentid}/stoprecordscreen",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs."
			}
		},
		"action": "Stop Screen Recording"
	},
	{
		"section": "13.1.1.9",
		"title": "Starting Voice Recording",
		"family": "agentGateway.recordplay",
		"resource": "recordingPlayback",
		"operation": "startRecording",
		"name": "Start Voice Recording",
		"method": "PUT",
		"path": "/agentgateway/resource/recordplay/{agentid}/record",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "fileName",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Path for storing recording files. The value can contain a maximum of 100 characters and can be left empty. If this parameter is not transferred or is left empty, the system automatically generates a value in the following format: Drive letter:\\VDN\\Media type ID\\YYYYMMDD\\work ID\\file name+suffix The drive letter is specified by MAPPINGDISK in the basic.properties file. The default value is Y.",
				"maxLength": 100
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Type of the recorded media. Currently, the value can only be 5 (common voice).",
				"options": [
					{
						"value": 5,
						"name": "common voice"
					}
				]
			},
			{
				"name": "recordMode",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Recording mode. 0: to overwrite 1: to add If this parameter is not set or is set to another value, the default value 0 is used.",
				"options": [
					{
						"value": 0,
						"name": "to overwrite"
					},
					{
						"value": 1,
						"name": "to add"
					}
				]
			},
			{
				"name": "recordFormat",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Format of a recorded file. 0: The voice file is played in the default format configured on the resource side. The default format of the voice file is configured on the recording resource side. 1: 24KVOX 2: 32KVOX 3: 64KALAW If this parameter is not set, the default value 0 is used. NOTE Only one recording format can be used in an environment. The same recording format is required event for diff...",
				"options": [
					{
						"value": 0,
						"name": "The voice file is played in the default format configured on the resource side. The default format of the voice file is configured on the recording resource side"
					},
					{
						"value": 1,
						"name": "24KVOX"
					},
					{
						"value": 2,
						"name": "32KVOX"
					},
					{
						"value": 3,
						"name": "64KALAW"
					}
				]
			}
		],
		"result": {
			"errors": {
				"000-002": "The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.",
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"500-008": "A state error occurs when recording starts.",
				"500-011": "The function of specifying a file path is not enabled when voice recording starts."
			}
		},
		"example": {
			"fileName": "Y:/15/0/20201119/186/142702.V3",
			"mediaType": 5,
			"recordMode": 0,
			"recordFormat": 0
		},
		"action": "Start Voice Recording"
	},
	{
		"section": "13.1.1.10",
		"title": "Stopping Voice Recording",
		"family": "agentGateway.recordplay",
		"resource": "recordingPlayback",
		"operation": "stopRecording",
		"name": "Stop Voice Recording",
		"method": "DELETE",
		"path": "/agentgateway/resource/recordplay/{agentid}/stoprecord",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"500-010": "A state error occurs when recording stops."
			}
		},
		"action": "Stop Voice Recording"
	},
	{
		"section": "13.1.1.11",
		"title": "Playing Network Call Recordings",
		"family": "agentGateway.recordplay",
		"resource": "recordingPlayback",
		"operation": "playNetworkRecording",
		"name": "Play a Network Call Recording",
		"method": "POST",
		"path": "/agentgateway/resource/recordplay/{agentid}/netplay",
		"auth": "C4",
		"idempotent": false,
		"fields": [
			{
				"name": "agentid",
				"in": "path",
				"type": "string",
				"required": true,
				"description": "Agent ID. The value ranges from 101 to 59999. The signed-in agent whose session is used.",
				"fromCredential": {
					"field": "agentId"
				},
				"displayName": "Agent ID"
			},
			{
				"name": "fileName",
				"in": "body",
				"type": "string",
				"required": true,
				"description": "File path. The value can contain a maximum of 100 characters.",
				"maxLength": 100
			},
			{
				"name": "position",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Position where the playback starts, in seconds."
			},
			{
				"name": "playTime",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Number of playback times. The options are as follows: • 1: play once. • 0: infinite loop. The default value is 1. NOTE If this parameter is set to other values, the default value 1 is used.",
				"options": [
					{
						"value": 1,
						"name": "play once"
					},
					{
						"value": 0,
						"name": "infinite loop"
					}
				],
				"default": 1
			},
			{
				"name": "fileFormat",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "File encoding format. The options are as follows: 0: default format configured on the resource side. 1: 24K VOX format. 2: 32K VOX format. The default value is 0.",
				"options": [
					{
						"value": 0,
						"name": "default format configured on the resource side"
					},
					{
						"value": 1,
						"name": "24K VOX format"
					},
					{
						"value": 2,
						"name": "32K VOX format"
					}
				],
				"default": 0
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the call center where an announcement file is located. To obtain the ID, log in to the WAS and choose Web Configuration Console > Configure NIRC > CCS Type Client > Client ID.",
				"displayName": "Call Center ID"
			},
			{
				"name": "locationId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "ID of a distributed node, which is an input parameter. This parameter is valid only when a single UAP is deployed and the platform supports the distributed mode. The value ranges from 0 to 65535.",
				"min": 0,
				"max": 65535
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"100-018": "The VDN ID for agent sign-in is different from that for voice playing.",
				"500-007": "A state error occurs when recording playback starts."
			}
		},
		"example": {
			"fileName": "Y:/12/0/20211019/155/1406470.V3",
			"position": "0",
			"playTime": "1",
			"fileFormat": "0",
			"cclid": "1",
			"locationId": "-1"
		},
		"action": "Play a Network Call Recording",
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5."
	}
];
