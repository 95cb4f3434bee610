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
		"name": "Barge In",
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
				"description": "Agent whose call you join (101 to 59999), in the same VDN as your agent",
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
		"action": "Barge in on agent call",
		"notForAiTools": true,
		"description": "Join the current call of an agent so that both the agent and the customer hear you"
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
				"description": "Agent whose call you listen to (101 to 59999), in the same VDN as your agent",
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
		"action": "Listen to agent call",
		"description": "Listen in silently to the current call of an agent"
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
				"description": "Agent whose call you take over (101 to 59999), in the same VDN as your agent",
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
		"action": "Intercept agent call",
		"notForAiTools": true,
		"description": "Take over the current call of an agent, which drops the agent from the call"
	},
	{
		"section": "12.1.4",
		"title": "Canceling Listening and Inserting",
		"family": "agentGateway.qualitycontrol",
		"resource": "qualityControl",
		"operation": "cancelListenInsert",
		"name": "Cancel Listening or Barging In",
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
				"description": "Agent you stop listening to or barging in on (101 to 59999), in the same VDN as your agent",
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
		"action": "Cancel listening or barging in",
		"description": "Stop listening to or barging in on the call of an agent"
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
				"description": "Agent to set busy (101 to 59999), in the same VDN as your agent",
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
		"action": "Force agent busy",
		"notForAiTools": true,
		"description": "Set an agent to the busy state, so no new calls are routed to the agent"
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
				"description": "Agent to set idle (101 to 59999), in the same VDN as your agent",
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
		"action": "Force agent idle",
		"notForAiTools": true,
		"description": "Set an agent to the idle state, so calls are routed to the agent again"
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
				"description": "Agent to sign out (101 to 59999), in the same VDN as your agent",
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
		"action": "Force agent sign out",
		"notForAiTools": true,
		"description": "Sign an agent out of the contact center"
	},
	{
		"section": "12.1.8",
		"title": "Releasing a Call Forcibly",
		"family": "agentGateway.qualitycontrol",
		"resource": "qualityControl",
		"operation": "forceReleaseCall",
		"name": "Force Release Call",
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
				"description": "ID of the call to end",
				"displayName": "Call ID"
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
		"action": "Force release call",
		"notForAiTools": true,
		"description": "End a call by its call ID"
	},
	{
		"section": "12.1.9",
		"title": "Adjusting the Skill Queue of a Specified Agent",
		"family": "agentGateway.qualitycontrol",
		"resource": "qualityControl",
		"operation": "adjustSkills",
		"name": "Adjust Skill Queues",
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
				"description": "Agent whose skill queues change",
				"displayName": "Target Agent ID"
			},
			{
				"name": "skills",
				"in": "body",
				"type": "array",
				"itemType": "integer",
				"required": false,
				"description": "IDs of the skill queues the agent serves, up to 1000",
				"displayName": "Skill Queue IDs"
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
		"action": "Adjust agent skill queues",
		"notForAiTools": true,
		"description": "Change the skill queues an agent serves to the given ones (inspector only)"
	},
	{
		"section": "12.1.10",
		"title": "Switching Between Listening and Inserting",
		"family": "agentGateway.qualitycontrol",
		"resource": "qualityControl",
		"operation": "switchListenInsert",
		"name": "Switch Between Listening and Barging In",
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
				"description": "Agent whose call you listen to or barge in on (101 to 59999), in the same VDN as your agent",
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
		"action": "Switch between listening and barging in",
		"notForAiTools": true,
		"description": "Switch from listening to barging in on the call of an agent, or back"
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
				"description": "Agent to put to rest (101 to 59999), in the same VDN as your agent",
				"displayName": "Target Agent ID"
			},
			{
				"name": "time",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "How long the agent rests, in seconds",
				"min": 1,
				"max": 86399,
				"displayName": "Rest Duration",
				"default": 1
			},
			{
				"name": "reason",
				"in": "path",
				"type": "integer",
				"required": true,
				"description": "Code of the rest reason",
				"min": 1,
				"max": 255,
				"displayName": "Rest Reason Code",
				"default": 1
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
		"action": "Force agent rest",
		"notForAiTools": true,
		"description": "Put an agent to rest for a given time with a rest reason"
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
				"description": "Agent you whisper to (101 to 59999), in the same VDN as your agent",
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
		"action": "Whisper to agent",
		"notForAiTools": true,
		"description": "Speak to an agent during a call without the customer hearing you"
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
				"description": "Agent you stop whispering to (101 to 59999), in the same VDN as your agent",
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
		"action": "Stop whispering to agent",
		"description": "Stop whispering to an agent"
	},
	{
		"section": "12.1.14",
		"title": "Switching Among Whispering, Listening, and Barging",
		"family": "agentGateway.qualitycontrol",
		"resource": "qualityControl",
		"operation": "switchWhisperMode",
		"name": "Switch Whisper, Listen or Barge In",
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
				"description": "Agent whose call you are in (101 to 59999), in the same VDN as your agent",
				"displayName": "Target Agent ID"
			},
			{
				"name": "switchtype",
				"in": "query",
				"type": "integer",
				"required": true,
				"description": "What you do next in the call",
				"options": [
					{
						"value": 0,
						"name": "Listening"
					},
					{
						"value": 1,
						"name": "Barging In"
					},
					{
						"value": 2,
						"name": "Whispering"
					}
				],
				"displayName": "Switch To"
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
		"action": "Switch between whispering listening and barging in",
		"notForAiTools": true,
		"description": "Switch your part in the call of an agent between whispering, listening and barging in"
	},
	{
		"section": "13.1.1.1",
		"title": "Starting Playing an Announcement",
		"family": "agentGateway.recordplay",
		"resource": "recordingPlayback",
		"operation": "play",
		"name": "Play",
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
				"description": "Path of the recording file",
				"maxLength": 100,
				"displayName": "File Path"
			},
			{
				"name": "startpostion",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Where the playback starts, in seconds",
				"displayName": "Start Position"
			},
			{
				"name": "volumechange",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Playback volume, up to five digits",
				"default": "50",
				"displayName": "Volume"
			},
			{
				"name": "speedchange",
				"in": "body",
				"type": "string",
				"required": false,
				"description": "Playback speed, up to five digits",
				"default": "50",
				"displayName": "Speed"
			},
			{
				"name": "times",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "How many times the file is played",
				"default": 1,
				"displayName": "Repetitions"
			},
			{
				"name": "codeformat",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Encoding of the file; only the default format is supported",
				"default": 0,
				"displayName": "Encoding Format",
				"options": [
					{
						"value": 0,
						"name": "Default"
					}
				]
			},
			{
				"name": "locationId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Node of a distributed call center, as reported in the recording start event",
				"displayName": "Location ID"
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
		"action": "Play recording",
		"description": "Play a recording file to your agent, from a start position, volume and speed"
	},
	{
		"section": "13.1.1.2",
		"title": "Pausing an Announcement",
		"family": "agentGateway.recordplay",
		"resource": "recordingPlayback",
		"operation": "pause",
		"name": "Pause",
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
		"action": "Pause recording playback",
		"description": "Pause the recording your agent is playing"
	},
	{
		"section": "13.1.1.3",
		"title": "Resuming an Announcement",
		"family": "agentGateway.recordplay",
		"resource": "recordingPlayback",
		"operation": "resume",
		"name": "Resume",
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
		"action": "Resume recording playback",
		"description": "Resume the paused recording of your agent"
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
				"description": "How far to skip forward, in seconds (0 to 2147483647)",
				"displayName": "Seconds"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"500-002": "A state error occurs during fast forwarding."
			}
		},
		"action": "Fast forward recording playback",
		"description": "Skip forward in the recording your agent is playing"
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
				"description": "How far to skip back, in seconds (0 to 2147483647)",
				"displayName": "Seconds"
			}
		],
		"result": {
			"errors": {
				"100-006": "The agent does not sign in.",
				"100-007": "An exception occurs during the agent's operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.",
				"500-001": "A state error occurs during fast rewinding."
			}
		},
		"action": "Rewind recording playback",
		"description": "Skip back in the recording your agent is playing"
	},
	{
		"section": "13.1.1.6",
		"title": "Stopping Playing an Announcement",
		"family": "agentGateway.recordplay",
		"resource": "recordingPlayback",
		"operation": "stop",
		"name": "Stop",
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
		"action": "Stop recording playback",
		"description": "Stop the recording your agent is playing"
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
		"action": "Start screen recording",
		"description": "Start recording the screen of your agent"
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
		"action": "Stop screen recording",
		"description": "Stop recording the screen of your agent"
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
				"description": "Where the recording is stored; empty: the system chooses a path of the form drive:\\VDN\\media type\\yyyyMMdd\\agent ID\\file name (drive Y unless configured otherwise)",
				"maxLength": 100,
				"displayName": "File Path"
			},
			{
				"name": "mediaType",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "Type of the recorded media; only common voice is supported",
				"options": [
					{
						"value": 5,
						"name": "Common Voice"
					}
				],
				"displayName": "Media Type",
				"default": 5
			},
			{
				"name": "recordMode",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Whether to overwrite an existing file or add to it",
				"options": [
					{
						"value": 0,
						"name": "Overwrite"
					},
					{
						"value": 1,
						"name": "Append"
					}
				],
				"displayName": "Recording Mode",
				"default": 0
			},
			{
				"name": "recordFormat",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Format of the recorded file. Only one recording format can be used in an environment.",
				"options": [
					{
						"value": 0,
						"name": "Default",
						"description": "The default format configured on the recording resource side"
					},
					{
						"value": 1,
						"name": "24K VOX"
					},
					{
						"value": 2,
						"name": "32K VOX"
					},
					{
						"value": 3,
						"name": "64K A-Law"
					}
				],
				"displayName": "Recording Format",
				"default": 0
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
		"action": "Start voice recording",
		"description": "Start recording the voice of your agent into a file"
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
		"action": "Stop voice recording",
		"description": "Stop recording the voice of your agent"
	},
	{
		"section": "13.1.1.11",
		"title": "Playing Network Call Recordings",
		"family": "agentGateway.recordplay",
		"resource": "recordingPlayback",
		"operation": "playNetworkRecording",
		"name": "Play Network Recording",
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
				"description": "Your signed-in agent (101 to 59999), whose session is used",
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
				"description": "Path of the recording file",
				"maxLength": 100,
				"displayName": "File Path"
			},
			{
				"name": "position",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Where the playback starts, in seconds",
				"displayName": "Start Position"
			},
			{
				"name": "playTime",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Whether to play once or loop; other values play once",
				"options": [
					{
						"value": 1,
						"name": "Once"
					},
					{
						"value": 0,
						"name": "Loop"
					}
				],
				"default": 1,
				"displayName": "Repetitions"
			},
			{
				"name": "fileFormat",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Encoding of the file",
				"options": [
					{
						"value": 0,
						"name": "Default",
						"description": "The default format configured on the resource side"
					},
					{
						"value": 1,
						"name": "24K VOX"
					},
					{
						"value": 2,
						"name": "32K VOX"
					}
				],
				"default": 0,
				"displayName": "Encoding Format"
			},
			{
				"name": "ccId",
				"in": "body",
				"type": "integer",
				"required": true,
				"description": "ID of the call center where the recording file is, as shown in the WAS web configuration console (Configure NIRC > CCS Type Client > Client ID)",
				"displayName": "Call Center ID"
			},
			{
				"name": "locationId",
				"in": "body",
				"type": "integer",
				"required": false,
				"description": "Node of a distributed deployment; only for a single UAP on a platform in distributed mode",
				"min": 0,
				"max": 65535,
				"displayName": "Location ID"
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
		"action": "Play network call recording",
		"shapeNote": "Vendor evidence: the call center ID is ccId (the PDF prints cclid): https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_2544.html (querycalls V2), cec_07_0640 (querybasiccallinfo), cec_07_2550 / cec_07_0613 (agentsinskill), cec_07_1805 (knowledge base: ccId), and the reference itself in 13.2.1.5.",
		"description": "Play a call recording stored on the network to your agent"
	}
];
