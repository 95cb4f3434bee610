/**
 * CC-Gateway (agent gateway, C4/C5) codes from chapter 6 of the CEC 2.5 API reference.
 *
 * Text is copied from the reference (HTML stripped, whitespace collapsed) so a user sees what
 * the Huawei documentation says; test/codes/codes.test.cts re-reads the reference to keep it so.
 */
import type { CodeMap } from './types';

export interface AgentEventInfo {
	/** Section of the reference that documents the event. */
	section: string;
	/** The section heading, short enough for an option label. */
	title: string;
	/** The "Function" paragraph of the event. */
	meaning: string;
}

/**
 * 6.5.1 Events: every `eventType` the CC-Gateway pushes to an agent, in document order.
 * `AgentEvent_MediaSwitth` is spelled as its identifier line prints it; the example under it
 * (6.5.1.2.17) shows `AgentEvent_MediaSwitH`, hence AGENT_EVENT_ALIASES.
 */
export const AGENT_EVENTS = {
	AgentState_Busy: {
		section: '6.5.1.1.1',
		title: 'Busy',
		meaning: 'This event indicates that an agent is making a call.',
	},
	AgentState_Work: {
		section: '6.5.1.1.2',
		title: 'Working',
		meaning: 'This event indicates that an agent enters the Working state.',
	},
	AgentState_Ready: {
		section: '6.5.1.1.3',
		title: 'Idle',
		meaning: 'This event indicates that an agent becomes idle.',
	},
	AgentState_SetNotReady_Success: {
		section: '6.5.1.1.4',
		title: 'Entering the Busy State Successfully',
		meaning: 'This event indicates that an agent enters the busy state successfully.',
	},
	AgentState_CancelNotReady_Success: {
		section: '6.5.1.1.5',
		title: 'Quitting the Busy State Successfully',
		meaning: 'This event indicates that an agent quits the Busy state successfully.',
	},
	AgentState_SetRest_Success: {
		section: '6.5.1.1.6',
		title: 'Requesting Rest Successfully',
		meaning: 'This event indicates that an agent successfully requests a rest.',
	},
	AgentState_CancelRest_Success: {
		section: '6.5.1.1.7',
		title: 'Quitting the Rest State Successfully',
		meaning: 'This event indicates that an agent quits the Rest state successfully.',
	},
	AgentState_Rest_Timeout: {
		section: '6.5.1.1.8',
		title: 'Rest Timeout Reminder',
		meaning: 'This event indicates that the system notifies the agent that rest times out. (This event does not indicate that the agent exits theReststate.)',
	},
	AgentState_SetWork_Success: {
		section: '6.5.1.1.9',
		title: 'Turning to the Working State',
		meaning: 'This event indicates that an agent successfully requests to turn to the Working state.',
	},
	AgentState_CancelWork_Success: {
		section: '6.5.1.1.10',
		title: 'Quitting the Working State',
		meaning: 'This event indicates that an agent successfully requests to quit the Working state.',
	},
	AgentOther_Note: {
		section: '6.5.1.1.11',
		title: 'Receiving Notes',
		meaning: 'This event indicates that an agent receives a note.',
	},
	AgentEvent_Talking: {
		section: '6.5.1.2.1',
		title: 'Entering the Talking State',
		meaning: 'This event indicates that an agent enters the Talking state.',
	},
	AgentEvent_Customer_Alerting: {
		section: '6.5.1.2.2',
		title: 'Customer Ringing',
		meaning: 'This event indicates that the phone of the customer associated with the agent is ringing.',
	},
	AgentEvent_Hold: {
		section: '6.5.1.2.3',
		title: 'Holding Success',
		meaning: 'This interface indicates that the current agent is in the hold state.',
	},
	AgentEvent_Conference: {
		section: '6.5.1.2.4',
		title: 'Entering Three-Party Conversation Successfully',
		meaning: 'This event indicates that the agent enters three-party conversation successfully.',
	},
	AgentEvent_Call_Out_Fail: {
		section: '6.5.1.2.5',
		title: 'Making an Outgoing Call Unsuccessfully',
		meaning: 'This event indicates that the agent\'s outgoing call fails. This may occur when the called number is incorrect.',
	},
	OUTBOUND_DETECT_EVENT: {
		section: '6.5.1.2.6',
		title: 'Outbound Call Failure Cause Detected',
		meaning: 'The agent receives the outbound call failure cause code and failure cause.',
	},
	AgentEvent_Inside_Call_Fail: {
		section: '6.5.1.2.7',
		title: 'Making an Internal Call Unsuccessfully',
		meaning: 'This event indicates that the internal call initiated by the agent fails.',
	},
	AgentEvent_No_Answer: {
		section: '6.5.1.2.8',
		title: 'No Answer from an Agent for a Long Time',
		meaning: 'This event indicates that the agent does not answer a call for a long time and the system notifies the agent that the call is hung up.',
	},
	AgentEvent_Call_Release: {
		section: '6.5.1.2.9',
		title: 'Agent Exiting a Call',
		meaning: 'This event indicates that an agent exits a call with the specified callId.',
	},
	AgentEvent_Customer_Release: {
		section: '6.5.1.2.10',
		title: 'User Exiting a Call',
		meaning: 'This event indicates that a user exits a call with the specified callId.',
	},
	AgentEvent_Auto_Answer: {
		section: '6.5.1.2.11',
		title: 'Automatically Answering a Call',
		meaning: 'This event indicates that an agent automatically answers a call.',
	},
	AgentEvent_Ringing: {
		section: '6.5.1.2.12',
		title: 'Notifying the Agent of an Inbound Call',
		meaning: 'This event indicates that the agent is asked to manually answer a call.',
	},
	AgentEvent_Connect_Fail: {
		section: '6.5.1.2.13',
		title: 'Connection Failure',
		meaning: 'This interface indicates that the agent fails to be connected.',
	},
	AgentEvent_Consult_Fail: {
		section: '6.5.1.2.14',
		title: 'Consultation Failure',
		meaning: 'The agent fails to seek internal help.',
	},
	AgentEvent_SuccTransResult: {
		section: '6.5.1.2.15',
		title: 'Notifying the Transfer Success Result',
		meaning: 'In the audio/video call or text transfer scenario, when an agent successfully invokes the transfer interface to transfer a call, the agent receives this event, indicating whether the call is successfully transferred.',
	},
	AgentEvent_ReturnFromIvr: {
		section: '6.5.1.2.16',
		title: 'Returning from IVR',
		meaning: 'In the audio and video call transfer scenario, an agent invokes the transfer interface, selects the IVR as a transfer device, and sets the transfer mode to the hang-up transfer mode. When the call is transferred from the IVR to the agent, the agent receives the event indicating that the call is successfully transferred from the IVR.',
	},
	AgentEvent_MediaSwitth: {
		section: '6.5.1.2.17',
		title: 'Switching Between Audio and Video Calls',
		meaning: 'In the scenario where an audio call is switched to a video call, the agent invokes the audio and video switchover interface and sets the media type to video. After the interface is successfully invoked, the agent receives the event that an audio call is switched to a video call. If reason is set to 0, the IVR returns an event successfully.',
	},
	AgentEvent_UserMediaAbility: {
		section: '6.5.1.2.18',
		title: 'Media Capability Check',
		meaning: 'In the scenario where an agent calls a user, when the agent calls the user, the agent receives this event and determines whether the user\'s mobile phone supports the video capability.',
	},
	AgentEvent_Incoming_CallInfo: {
		section: '6.5.1.2.19',
		title: 'Inbound Call Notification',
		meaning: 'This event notifies an agent of an inbound call.',
	},
	AgentEvent_Release_Preview: {
		section: '6.5.1.3.1',
		title: 'Previewed Outbound Call Released',
		meaning: 'This event indicates that the previewed call is released.',
	},
	AgentEvent_Agent_Occupied: {
		section: '6.5.1.3.2',
		title: 'Agent Preoccupied',
		meaning: 'This event indicates that the agent is preoccupied.',
	},
	AgentEvent_Preview: {
		section: '6.5.1.3.3',
		title: 'Previewed Outgoing Call Initiated',
		meaning: 'This event indicates that the agent receives a previewed outgoing call initiating event.',
	},
	AgentEvent_Preview_CallOut: {
		section: '6.5.1.3.4',
		title: 'Previewed Outbound Call',
		meaning: 'The agent receives a previewed outbound call. The length of the previewed outbound number is 24 digits.',
	},
	AgentEvent_Preview_CallOut_Ex: {
		section: '6.5.1.3.5',
		title: 'New Previewed Outbound Call',
		meaning: 'The agent receives a new previewed outbound call. The length of the previewed outbound number is 120.',
	},
	AgentMediaEvent_Record: {
		section: '6.5.1.4.1',
		title: 'Recording Started',
		meaning: 'This event indicates that the recording of the current agent starts.',
	},
	AgentMediaEvent_Record_Fail: {
		section: '6.5.1.4.2',
		title: 'Recording Startup Failed',
		meaning: 'This event indicates that the recording of the current agent fails to be started.',
	},
	AgentMediaEvent_StopRecordDone: {
		section: '6.5.1.4.3',
		title: 'Recording Stopped',
		meaning: 'This event indicates that the recording of an agent is stopped.',
	},
	AgentMediaEvent_Play: {
		section: '6.5.1.5.1',
		title: 'Recording Playback Started',
		meaning: 'This event indicates that recording playback is started.',
	},
	AgentMediaEvent_Play_Succ: {
		section: '6.5.1.5.2',
		title: 'Recording Playback Succeeded',
		meaning: 'This event indicates that recording playback is successful.',
	},
	AgentMediaEvent_Play_Fail: {
		section: '6.5.1.5.3',
		title: 'Recording Playback Failed',
		meaning: 'This event indicates that recording playback has failed.',
	},
	AgentMediaEvent_StopPlayDone: {
		section: '6.5.1.5.4',
		title: 'Stopping Playing the Recording',
		meaning: 'This interface indicates that the recording is stopped.',
	},
	AgentMediaEvent_PausePlayDone: {
		section: '6.5.1.5.5',
		title: 'Recording Playback Paused',
		meaning: 'This event indicates that recording playback is paused.',
	},
	AgentMediaEvent_ResumePlayDone: {
		section: '6.5.1.5.6',
		title: 'Recording Playback Resumed',
		meaning: 'This event indicates that recording playback is resumed.',
	},
	AgentMediaEvent_JumpPlayDone: {
		section: '6.5.1.5.7',
		title: 'Recording Playback Fast-Forwarded',
		meaning: 'This event indicates that recording playback is fast-forwarded.',
	},
	QC_AgentState_Notify: {
		section: '6.5.1.6.1',
		title: 'Agent Monitoring',
		meaning: 'Indicates the monitoring (inspection) event of an agent.',
	},
	AgentOther_PhoneUnknow: {
		section: '6.5.1.7.1',
		title: 'Phone State Unknown',
		meaning: 'This event indicates that the phone state of an agent is unknown.',
	},
	AgentOther_PhoneRelease: {
		section: '6.5.1.7.2',
		title: 'Phone in On-Hook State',
		meaning: 'This event indicates that the phone of an agent is in the on-hook state.',
	},
	AgentOther_PhoneOffhook: {
		section: '6.5.1.7.3',
		title: 'Phone in Off-Hook State',
		meaning: 'This event indicates that the phone of an agent is in off-hook state.',
	},
	AgentOther_PhoneAlerting: {
		section: '6.5.1.7.4',
		title: 'Phone in Ringing State',
		meaning: 'This event indicates that the phone of an agent is ringing.',
	},
	AgentOther_PhoneBusy: {
		section: '6.5.1.7.5',
		title: 'Phone in Busy State',
		meaning: 'This event indicates that the phone of an agent cannot answer calls.',
	},
	AgentOther_InService: {
		section: '6.5.1.8.1',
		title: 'Agent Starting to Sign In',
		meaning: 'This event indicates that an agent starts to sign in.',
	},
	AgentOther_ShutdownService: {
		section: '6.5.1.8.2',
		title: 'Agent Successfully Signed Out',
		meaning: 'This interface indicates that an agent signs out successfully.',
	},
	AgentOther_All_Agent_Busy: {
		section: '6.5.1.8.3',
		title: 'All Agents in Busy State',
		meaning: 'This event indicates that all agents are in the Busy state.',
	},
	AgentEvent_MessageData: {
		section: '6.5.1.9.1',
		title: 'Multimedia Message',
		meaning: 'This event indicates that an agent receives a multimedia session message.',
	},
	AgentEvent_RequestConnect: {
		section: '6.5.1.9.2',
		title: 'HTML5 Access Information Event',
		meaning: 'This event indicates that the H5 access information event is reported.',
	},
	AgentEvent_ImageCapture: {
		section: '6.5.1.9.3',
		title: 'HTML5 Screenshot Event',
		meaning: 'This event indicates the H5 screenshot result event.',
	},
	AgentConf_RequestSuccess: {
		section: '6.5.1.10.1',
		title: 'Successful Conference Application',
		meaning: 'This event indicates that the conference is successfully applied for and the chairperson has joined the conference.',
	},
	AgentConf_RequestFailed: {
		section: '6.5.1.10.2',
		title: 'Failed Conference Application',
		meaning: 'This event indicates that the conference application fails.',
	},
	AgentConf_SelfJoinResult: {
		section: '6.5.1.10.3',
		title: 'Joining a Conference',
		meaning: 'This event indicates that the current agent has joined the conference.',
	},
	AgentConf_Timeout: {
		section: '6.5.1.10.4',
		title: 'Conference Timeout Notification',
		meaning: 'The timing starts when a conference is successfully applied for. When the remaining conference time reaches the configured notification time point, this event will be triggered. After receiving this event, an agent determines whether to extend the conference. If the agent does not extend the conference, the conference will be released when the end time arrives.',
	},
	AgentConf_Ringing: {
		section: '6.5.1.10.5',
		title: 'Conference Ringing',
		meaning: 'An invited agent receives this event.',
	},
	AgentConf_ParticipantChanged: {
		section: '6.5.1.10.6',
		title: 'Participant Change',
		meaning: 'An invited agent receives this event.',
	},
	AgentConf_SelfLeaveResult: {
		section: '6.5.1.10.7',
		title: 'Leaving a Conference',
		meaning: 'This event indicates that the current agent leaves the conference.',
	},
	AgentConf_PresidentChanged: {
		section: '6.5.1.10.8',
		title: 'Chairperson Change',
		meaning: 'This event indicates that the current agent becomes the conference chairperson.',
	},
	AgentConf_StopVoice: {
		section: '6.5.1.10.9',
		title: 'Stopping Conference Announcement Playing',
		meaning: 'This event indicates that the conference announcement is stopped.',
	},
	AgentConf_StopParticipantVoice: {
		section: '6.5.1.10.10',
		title: 'Stopping Announcement Playing in a Conference Channel',
		meaning: 'This event indicates that the announcement playing in a conference channel is stopped.',
	},
	Agent_Recover: {
		section: '6.5.1.11',
		title: 'Events Related to Disaster Recovery',
		meaning: 'This event indicates that the CC-Gateway is recovered after being restarted for the current agent.',
	},
	AgentEvent_linkageCapability: {
		section: '6.5.1.12.1',
		title: 'Linkage Capability',
		meaning: 'Whether an agent phone is successfully linked.',
	},
	AgentEvent_linkagePhoneStatus: {
		section: '6.5.1.12.2',
		title: 'Linkage Status',
		meaning: 'Status of an agent phone.',
	},
	AgentEvent_linkagePhoneMute: {
		section: '6.5.1.12.3',
		title: 'Muting a Call',
		meaning: 'A call is muted.',
	},
	AgentEvent_linkagePhoneUnMute: {
		section: '6.5.1.12.4',
		title: 'Unmuting a Call',
		meaning: 'A call is unmuted.',
	},
	AgentEvent_linkagePhoneTransferOut: {
		section: '6.5.1.12.5',
		title: 'Transfer-out Notification',
		meaning: 'An agent is transferring the current call out with a phone.',
	},
	AgentEvent_linkagePhoneTransferOut_Result: {
		section: '6.5.1.12.6',
		title: 'Transfer-out Result Notification',
		meaning: 'Phone linkage transfer-out result.',
	},
	AgentEvent_linkagePhoneHold: {
		section: '6.5.1.12.7',
		title: 'Holding a Call',
		meaning: 'A call is held by a phone.',
	},
	AgentEvent_linkagePhoneUnHold: {
		section: '6.5.1.12.8',
		title: 'Unholding a Call',
		meaning: 'A call is unheld by a phone.',
	},
	AgentEvent_linkagePhoneCallOut: {
		section: '6.5.1.12.9',
		title: 'Making an Outbound Call',
		meaning: 'An agent is making an outbound call with a phone.',
	},
} as const satisfies Readonly<Record<string, AgentEventInfo>>;

export type AgentEventType = keyof typeof AGENT_EVENTS;

/** Event names in document order (string keys keep insertion order), for a multi-select. */
export const AGENT_EVENT_TYPES: readonly AgentEventType[] = Object.keys(AGENT_EVENTS) as AgentEventType[];

export const AGENT_EVENT_MEANINGS: CodeMap = Object.fromEntries(
	Object.entries(AGENT_EVENTS).map(([name, info]) => [name, info.meaning]),
);

/**
 * Spellings the reference prints in examples that differ from the event's identifier line, so an
 * event arriving under either name can be recognised.
 */
export const AGENT_EVENT_ALIASES: Readonly<Record<string, AgentEventType>> = {
	AgentEvent_MediaSwitH: 'AgentEvent_MediaSwitth',
};

/**
 * Events that only appear as "Triggered Event" of the screen-recording interfaces (13.1.1.7,
 * 13.1.1.8); 6.5.1 never describes them, so they carry no meaning and stay out of AGENT_EVENTS.
 */
export const AGENT_EVENT_TYPES_OUTSIDE_APPENDIX: readonly string[] = [
	'AgentMediaEvent_StartRecordScreen_Succ',
	'AgentMediaEvent_StartRecordScreen_Fail',
	'AgentMediaEvent_StopRecordScreen_Succ',
	'AgentMediaEvent_StopRecordScreen_Fail',
];

/**
 * 6.5.2 Error Codes, Table 6-449 "CC-Gateway error codes": the `retcode` of every
 * CC-Gateway interface (chapters 5.2.5-5.2.13, 6.1, 12.1, 13.1 list their subsets).
 */
export const GATEWAY_ERROR_CODES: CodeMap = {
	'000-001': 'The method of obtaining the agent event is incorrect.',
	'000-002': 'The parameter or address transferred by the agent through the URL is incorrect, or the interface parameter is invalid.',
	'000-003': 'No permission to invoke the interface. The agent authentication may have expired.',
	'000-004': 'The agent is being switched over.',
	'000-005': 'The agent to be inspected is the inspector.',
	'000-006': 'Message parameter error.',
	'100-001': 'The sign-in parameter is left empty or is invalid.',
	'100-002': 'The agent has signed in.',
	'100-003': 'The ResourceUnavailableException or ProviderUnavailableException error is reported when the agent signs in to the system.',
	'100-004': 'The username or password entered for sign-in is incorrect.',
	'100-005': 'The sign-out parameter is invalid.',
	'100-006': 'The agent does not sign in.',
	'100-007': 'An exception occurs during the agent\'s operation. The possible cause is that the WAS resource is incorrect and fails to be accessed or an internal error occurs.',
	'100-008': 'The agent has signed out.',
	'100-009': 'The agent status is incorrect.',
	'100-010': 'A state error occurs during sign-out.',
	'100-011': 'The parameter is invalid when the agent signs in.',
	'100-012': 'The agent type is incorrect during sign-in.',
	'100-013': 'The phone number bound to the agent is invalid.',
	'100-014': 'The phone number used for the agent to sign in is not within the configured range.',
	'100-015': 'The agent has signed in and cannot be forcibly signed out.',
	'100-016': 'When the agent signs in, the IP address is invalid.',
	'100-017': 'The uPortal authentication fails.',
	'100-018': 'The VDN ID for agent sign-in is different from that for voice playing.',
	'110-016': 'The account is locked.',
	'101-001': 'The agent does not have a conference call.',
	'101-002': 'The agent is not the chairperson of the current conference call.',
	'101-003': 'The agent is in a conference.',
	'101-004': 'A non-inspector does not have the permission to query VDN conferences.',
	'101-005': 'The permission of a chairperson cannot be transferred to itself.',
	'101-006': 'A chairperson cannot delete itself.',
	'101-007': 'The chairperson cannot leave the conference.',
	'104-001': 'The recording download function is not enabled.',
	'104-002': 'The user does not have the recording inspection or playback permission.',
	'104-003': 'Failed to download the recording file because the file name is invalid.',
	'104-004': 'Failed to download the recording file because no drive mapping is configured.',
	'104-005': 'Failed to download the recording file because the recording file does not exist.',
	'104-006': 'Failed to download the recording file due to insufficient space.',
	'104-007': 'The recording file format is not supported.',
	'104-008': 'The recording format is not set.',
	'104-009': 'Failed to convert the recording file.',
	'104-010': 'locationId is not configured in pool mode.',
	'105-001': 'Agent information is not cached in the Redis.',
	'105-002': 'The current agent is in DR state.',
	'105-003': 'DR has been completed.',
	'105-004': 'Failed to add the agent to the DR queue.',
	'105-005': 'The DR times out. The agent needs to sign in again.',
	'105-006': 'The GUID for DR does not match. The agent needs to sign in again to obtain the GUID.',
	'105-007': 'The DR function is disabled. The agent needs to sign in again.',
	'106-001': 'The multimedia function is disabled.',
	'106-002': 'An empty message is sent.',
	'106-003': 'The number of sessions exceeds the maximum value (60).',
	'106-004': 'The session transfer device type is not supported.',
	'106-005': 'An internal error occurs in session transfer, or the transfer-out mode or device type is not supported.',
	'106-006': 'The agent information is empty during session transfer.',
	'106-007': 'The message content length exceeds the upper limit (2048 bytes).',
	'106-008': 'The channel type is incorrect.',
	'106-009': 'The maximum size of data that can be carried during session transfer is 2048 bytes.',
	'106-010': 'The transfer-out mode is not supported during session transfer.',
	'106-011': 'The parameter is empty.',
	'106-012': 'The value is beyond the short range.',
	'106-013': 'When an agent sends a multimedia message, the call ID is empty.',
	'106-014': 'When an agent sends a multimedia message, the call ID is invalid (not the call ID of the current agent).',
	'106-015': 'Invalid user type.',
	'108-001': 'The video download function is not enabled.',
	'108-002': 'The VDN corresponding to the video ID is different from the current VDN.',
	'108-003': 'The record ID does not exist.',
	'108-004': 'The RSE service request timed out.',
	'108-005': 'Error in the video file download request.',
	'108-006': 'Failed to query the recording address during video file download.',
	'108-007': 'Failed to download the video file.',
	'108-008': 'Incorrect format of the RSE service address for downloading video files.',
	'108-009': 'The type of the video file to be downloaded does not exist.',
	'108-011': 'Failed to download the video because the mapping path does not exist.',
	'108-012': 'Failed to download the video because the video file does not exist.',
	'108-013': 'Failed to convert the video file.',
	'108-014': 'The VoiceCyber service address is not configured.',
	'108-015': 'Failed to download the recording file.',
	'108-016': 'The recording file download request is abnormal.',
	'108-017': 'The authentication token is empty.',
	'108-018': 'The file path does not match.',
	'200-001': 'The outbound call number is incorrect.',
	'200-002': 'No call exists for the agent to answer or reject.',
	'200-003': 'No call exists for the agent to mute.',
	'200-004': 'A call state error occurs after the agent mutes the call.',
	'200-005': 'No call exists for the agent to hold.',
	'200-006': 'Failed to hold the call.',
	'200-007': 'No call exists for the agent to unmute.',
	'200-008': 'A call state error occurs after the agent unmutes the call.',
	'200-009': 'No call exists for the agent to play an announcement.',
	'200-010': 'No call exists for the agent to initiate a three-party call.',
	'200-011': 'Failed to hold the call in the three-party call.',
	'200-012': 'No call exists for the agent to transfer.',
	'200-013': 'No call exists for the agent to hold.',
	'200-014': 'A call state error occurs after the agent holds the call.',
	'200-015': 'No call exists for the agent to unhold.',
	'200-016': 'A call state error occurs after the agent unholds the call.',
	'200-017': 'No call exists for the agent to end.',
	'200-018': 'No call exists for the agent to ask for internal consultation.',
	'200-019': 'No call exists for the agent to freeze the image.',
	'200-020': 'A call state error occurs after the agent freezes the image.',
	'200-021': 'No call exists for the agent to unfreeze the image.',
	'200-022': 'A call state error occurs after the agent unfreezes the image.',
	'200-023': 'No call of the specified phone number exists for the agent to release.',
	'200-024': 'No call of the specified phone number exists for the agent to release.',
	'200-025': 'No call exists for the agent to release.',
	'200-026': 'No call exists.',
	'200-027': 'No call exists during the audio and video switchover.',
	'200-028': 'Incorrect media type during the audio and video switchover.',
	'200-029': 'Incorrect call type during the audio and video switchover.',
	'200-030': 'Error in the audio and video switchover request.',
	'200-031': 'An error occurred during the adjustment of three-party video image parameters.',
	'200-032': 'No call is available during the adjustment of three-party video images.',
	'200-033': 'A call type error occurred during the adjustment of three-party video images.',
	'200-034': 'A call status error occurred during the adjustment of three-party video images.',
	'200-035': 'A request exception occurred during the adjustment of three-party video images.',
	'200-036': 'Invalid preview outbound call parameter.',
	'200-037': 'No ringing call exists for the agent to reject.',
	'200-038': 'The TerminalConnection parameter is empty when the call is rejected.',
	'200-039': 'The agent is not bound to a phone when the call is rejected.',
	'210-001': 'The URL information is not found.',
	'300-001': 'No agent information query permission.',
	'300-002': 'No agent information is found during query.',
	'300-003': 'No agent information is found during agent group query.',
	'300-004': 'No agent group information is found during query.',
	'400-001': 'No call information is returned when call-associated data is configured.',
	'400-003': 'No traffic information is found when the hold queue information is obtained.',
	'500-001': 'A state error occurs during fast rewinding.',
	'500-002': 'A state error occurs during fast forwarding.',
	'500-003': 'A state error occurs when recording playback pauses.',
	'500-004': 'A state error occurs when recording pauses.',
	'500-005': 'A state error occurs when recording playback continues.',
	'500-006': 'A state error occurs when recording continues.',
	'500-007': 'A state error occurs when recording playback starts.',
	'500-008': 'A state error occurs when recording starts.',
	'500-009': 'A state error occurs when recording playback stops.',
	'500-010': 'A state error occurs when recording stops.',
	'500-011': 'The function of specifying a file path is not enabled when voice recording starts.',
	'600-001': 'No information about the agent or skill queue is found when the agent skill queue information is queried.',
	'600-002': 'No skill queue information is found when the skill queue is queried by VDN.',
	'600-003': 'No configuration information is found when the VDN access code is queried.',
	'600-004': 'No configuration information is found when the VDN IVR information is queried.',
	'600-005': 'No skill queue information is found during the query of information about skill queues of the VDN that the agent belongs to.',
	'700-001': 'The session does not exist.',
	'700-002': 'Failed to invoke the platform.',
	'700-012': 'Failed to send the message.',
	'700-013': 'The function to upload rich media files is not enabled.',
	'700-014': 'The file server is abnormal when the rich media file is uploaded.',
	'700-015': 'The name extension or size of the rich media file to be uploaded does not meet the requirement.',
	'700-016': 'The rich media file to be downloaded does not exist.',
	'700-017': 'No permission to download the rich media file.',
	'700-018': 'Database exception.',
	'701-001': 'No member exists in a multimedia conference.',
	'701-002': 'No value is returned when the multimedia conference status is queried.',
	'701-003': 'When the conference is created, the creator or participant is in another conference.',
	'701-004': 'The current operator is not in the conference when inviting a participant.',
	'701-005': 'When the conference ends, the conference does not exist or no permission is available to operate the conference.',
	'701-006': 'When the conference is created, the MS IP address of the console is not set.',
	'800-001': 'The agent service is empty.',
	'800-002': 'Failed to query configuration information.',
	'800-003': 'The default media gateway information does not exist.',
	'900-001': 'The NOPROVIDER error occurs during quality check.',
	'900-002': 'No permission exists during quality check.',
	'900-003': 'The ResourceUnavailableException error occurs during quality check.',
	'900-004': 'No agent information is found during quality check monitoring.',
	'900-005': 'The status is abnormal during quality check.',
	'900-006': 'The time parameter of screen recording is incorrect during quality check.',
	'900-007': 'The license for screen recording is not loaded during quality check.',
	'900-008': 'An unknown error occurs on the platform for screen recording during quality check.',
	'900-009': 'Failed to find the quality check task to be deleted.',
	'900-010': 'The inspected agent cannot be an inspector.',
	'999-001': 'The WAS URL in the configuration file on the server is incorrect.',
	'999-002': 'Message query overload.',
	'999-003': 'The number of sign-in agents exceeds the maximum.',
};

/**
 * 6.5.2, Table 6-450 "CTI error codes": conference failures the CTI returns through the gateway.
 */
export const GATEWAY_CTI_ERROR_CODES: CodeMap = {
	'21201': 'The number of participants exceeds the upper limit (120).',
	'21202': 'The number of conferences exceeds the default value.',
	'21203': 'The conference creation is not allowed because the number of available PSTN calls of the current VDN is less than 3 during conference creation.',
	'21204': 'An agent who has joined a conference cannot join other conferences.',
	'21205': 'Only an idle agent or agent in a call is allowed to initiate a conference.',
	'21207': 'Internal error. No call control block can be allocated to the conference during conference creation.',
	'21208': 'Internal error. No VISIT can be allocated to the conference during conference creation.',
	'21209': 'Internal error. No CALL object can be allocated to the conference during conference creation.',
	'21210': 'Internal error. Failed to bind VISIT to the call during conference creation.',
	'21211': 'Internal error. A conference call does not exist.',
	'21212': 'Failed to occupy the agent.',
	'21213': 'Conference occupation times out.',
	'21214': 'The conference does not exist.',
	'21215': 'The chairperson is not in a conference when the conference is released.',
	'21216': 'When the chairperson modifies a participant attribute, the current attribute of the participant must be the same as that to be modified.',
	'21217': 'The chairperson is in the list of participants to be deleted in batches.',
	'21218': 'Failed to transfer the chairperson permission because the chairperson transfer the permission to the chairperson.',
	'21219': 'The number of available PSTN calls for the current VDN is 0 when an agent joins a conference.',
	'21220': 'When an idle agent applies for a conference, the agent forcibly signs out. As a result, the conference is released.',
	'21221': 'The chairperson is in the list of participants to be added during batch participant adding.',
	'21222': 'The applied conference duration is less than 4 minutes.',
	'21223': 'The applied conference duration exceeds 24 hours.',
	'21224': 'The number of participants to be added to a conference exceeds the number of remaining resources of the conference.',
	'21225': 'No operation can be performed on a conference by invoking an interface when the conference is applied for or released.',
	'21226': 'Internal error. An error occurs when creating the conference object.',
	'21227': 'The applied number of participants is 0 during conference creation.',
	'21228': 'Zero participant is added during batch addition.',
	'21229': 'Zero participant is deleted during batch deletion.',
	'21230': 'The operator is not the chairperson when the conference is released, the chairperson permission is transferred, a participant is added, or a participant is deleted.',
	'21231': 'The CTIS does not respond (no ACK message is returned).',
	'21232': 'After an active/standby switchover, the conference fails to be created and is released.',
	'21233': 'The conference is abnormally released during conference creation.',
	'21234': 'A participant leaves the conference before the conference is created successfully.',
	'21235': 'The number of members exceeds the upper limit.',
	'21236': 'Conference handshake times out.',
	'21237': 'The agent on which an operation is performed is not in the conference.',
	'21238': 'The number of participants is increased and exceeds 120 during the change for the number of participants.',
	'21239': 'The number of participants to be decreased exceeds the number of remaining participants during the change for the number of participants.',
	'21240': 'The operation type is incorrect during the change for the number of participants.',
	'21241': 'The number of participants to be changed is less than 2 during the change for the number of participants.',
	'21242': 'The number of participants to be changed exceeds 118 during the change for the number of participants.',
	'21243': 'The number of VDNs is incorrect during the query for ongoing conference IDs.',
	'21244': 'The number of conferences to be queried is greater than the number that can be queried during batch conference query.',
	'21245': 'The conference duration to be extended is less than 1 minute.',
	'21246': 'The conference duration to be extended is greater than 1440 minutes.',
	'21247': 'When the chairperson plays the announcement in the conference, the announcement is being played in the conference. The announcement can be played only when the conference is in talking state.',
	'21248': 'When the chairperson stops playing the announcement in the conference, the announcement is not being played in the conference.',
	'21249': 'When the chairperson plays the announcement in the conference channel, the announcement is being played in the channel. The announcement can be played only when the channel is in talking or hold state.',
	'21250': 'When the chairperson stops playing the announcement in the conference channel, the announcement is not being played in the channel. The announcement can be stopped only when it is playing in the channel.',
	'21251': 'When the chairperson holds a channel, the channel has been held. The channel can be held only when it is in non-hold state.',
	'21252': 'When the chairperson unholds a channel, the channel has been in non-hold state. The channel can be unheld only when it is in hold state.',
};

/**
 * 6.5.2, Table 6-451 "CTI error cause codes": the `detect` code of OUTBOUND_DETECT_EVENT
 * (6.5.1.2.6) and other call failure causes. The rows from 714 on follow a page break with the
 * same header and no caption of their own, so they are kept as part of Table 6-451. Several
 * causes have more than one code on purpose (the note above the table: compatibility with
 * earlier versions).
 */
export const GATEWAY_CTI_CAUSE_CODES: CodeMap = {
	'3': 'No resources, such as control blocks and circuit resources, are available in the ACD. The called party is not reached.',
	'4': 'The called party is changing and the call is forwarded.',
	'5': 'Call waiting. When user A is talking with user B, user C attempts to set up a call connection with user A. In this case, user A receives a call waiting indication, indicating that another user is waiting for a call.',
	'6': 'The call is being forwarded on busy.',
	'7': 'The call is being forwarded on no reply.',
	'8': 'The call is being forwarded unconditionally. In this case, the call is forwarded to a specified number regardless of the status of the called party.',
	'9': 'The Do-not-Disturb service is also called the Temporary Refusal of Call service. The cause is no disturbance. Generally, the called office disconnects the call.',
	'10': 'The call is being forwarded during ringing.',
	'11': 'The call is being forwarded on immediate response before ringing.',
	'12': 'Unreachable mobile user.',
	'13': 'Invalid DTE status.',
	'14': 'Unconditional DTE transfer.',
	'15': 'Called forwarding by hooking.',
	'18': 'The signaling detects that the peer switch is playing voices.',
	'129': 'Unallocated number.',
	'132': 'Tone for sending dedicated information.',
	'145': 'The user is busy.',
	'146': 'The user does not respond.',
	'147': 'The user does not answer the call.',
	'149': 'The call is rejected.',
	'150': 'The number is changed.',
	'155': 'The destination is unreachable.',
	'160': 'Music is detected.',
	'162': 'An automatic device is detected, for example, an automatic message machine or a group PBX.',
	'180': 'Ringback tone.',
	'181': 'Busy tone.',
	'182': 'Special information tone (SIT) is defined in ITU-T E.181 and ITU-T E.182. It refers to the do-not-disturb (DND) tone. Currently, SIT is used on DND devices, generally, it is a small device connected to a telephone. When an inbound call exists, the device automatically answers the call and plays a SIT tone consisting of three fixed frequencies. The SIT tone is used to make the calling party consider that the called party is an automatic device and hang up the call (actually a device that blocks the outbound call system). The calling party considers that the called party is an automatic device and hangs up.',
	'184': 'A modem is detected.',
	'185': 'A fax is detected.',
	'186': 'A modem or fax is detected. Some signal tones of the fax and modem are based on the same standard. Audio detection may fail to specify the tone type.',
	'187': 'The signal tone is not defined. The signal tone complies with the signal tone feature but does not correspond to a specific definition. The signal tone features are as follows: 1. The frequency is constant and the ON duration is longer than 2.5 seconds. 2. The frequency is constant and the ON duration is longer than 1.5 seconds. 3. The OFF duration is longer than 100 milliseconds before the ON duration.',
	'190': 'Text Telephone (ANS1)',
	'191': 'Text Telephone (ANS2)',
	'192': 'Text Telephone (ANS3)',
	'193': 'Text Telephone (ANS4)',
	'194': 'Text Telephone (ANS5)',
	'195': 'Text Telephone (EDT)',
	'196': 'Text Telephone (FSK)',
	'197': 'Text Telephone (DTMF)',
	'259': 'Insufficient resources.',
	'260': 'The called party is a modem.',
	'261': 'The called party is a fax.',
	'262': 'The called party is a fax or modem.',
	'263': 'The called party is an automatic answering machine.',
	'531': 'The called party hangs up.',
	'537': 'The called party is busy.',
	'538': 'Unreachable or wrong number.',
	'548': 'The phone is powered off.',
	'549': 'The phone is out of service.',
	'551': 'The ACD disconnects the call abnormally.',
	'601': 'The called party hangs up before the call is answered.',
	'602': 'No resource is available on the ACD.',
	'603': 'The call is disconnected on no reply.',
	'604': 'The call is rejected.',
	'605': 'The ACD is busy.',
	'606': 'The ACD times out.',
	'701': 'The called party hangs up when the call is in a queue.',
	'702': 'The queue times out and the platform releases the call (if the call is configured to be released due to queuing timeout).',
	'703': 'Call data times out (in API mode).',
	'1040': 'The ringing times out and the platform releases the call. (The called party does not answer the phone within the preset ringing time.)',
	'1041': 'The agent occupation times out.',
	'1043': 'Waiting for outbound call results times out on the platform.',
	'1046': 'Failed to occupy an agent.',
	'1048': 'The number of OBS calls reaches the upper limit.',
	'1049': 'The outbound call detection result after ACD offhooking times out.',
	'1056': 'Failed to set up a voice channel between an agent and a subscriber.',
	'1281': 'Before a voice channel is set up, an agent releases a call using the agent bar control.',
	'1288': 'When a voice channel is set up, an agent releases a call using the agent bar control.',
	'1333': 'When an agent answers a call using the agent bar control, the agent\'s phone is disconnected.',
	'23000': 'A call queue overflows.',
	'34601': 'No outbound call task available.',
	'34602': 'Cannot suspend the task because it is already in the suspended state.',
	'34603': 'Cannot recover the task because the task is not in the suspended state.',
	'34605': 'The outbound number is empty.',
	'34606': 'The call attempt fails. That is, the outbound call interface fails to be invoked. The common cause is that the number of concurrent outbound calls reaches the number of outbound calls set on the system configuration console. You can view OBS logs to know the detailed failure cause.',
	'34607': 'Failed records are written back when the OBS exits (or a task is deleted).',
	'34608': 'Outbound call data is written back when no result is obtained after the call times out.',
	'34609': 'When the OBS changes to the standby state, if no agent is available for secure exit or preempted outbound calls, failed records are canceled.',
	'34610': 'When the OBS changes to the standby state, ongoing records are canceled.',
	'34611': 'When the OBS exits, unanswered ongoing records are canceled and written back.',
	'35027': 'Incorrect called number in the preview.',
	'714': 'Failed to route the call.',
	'715': 'The call times out.',
	'1138': 'The called party hangs up.',
	'1153': 'The agent hangs up.',
	'1154': 'The agent cancels the call.',
	'1155': 'Timeout.',
	'1156': 'The agent is disconnected.',
	'1162': 'Resource overload.',
	'1163': 'Unreachable or wrong number.',
	'1164': 'The called party is busy.',
	'1165': 'The phone is powered off.',
	'1166': 'The phone is out of service.',
	'1167': 'Insufficient resources.',
	'1168': 'The user does not respond.',
	'1169': 'The call is rejected.',
	'1170': 'The ACD is busy.',
	'1171': 'Timeout.',
	'20301': 'Invalid user.',
	'20302': 'Invalid device.',
	'20303': 'No answering device available.',
	'20304': 'Exception.',
	'20305': 'Invalid routing device.',
	'20306': 'Unreachable or wrong number.',
	'20307': 'The called party is busy.',
	'20308': 'The switch restarted.',
	'20309': 'The user does not respond.',
	'20310': 'Unknown error.',
	'20920': 'Insufficient call resources.',
	'20921': 'No valid VDN available.',
	'20922': 'The call fails.',
	'20923': 'Failed to route the call to the agent.',
	'20924': 'Invalid skill queue.',
	'20925': 'Failed to route the skill queue.',
	'20926': 'Failed to transfer the call to the manual service through routing.',
};

/**
 * 6.5.3 Agent Status, Table 6-452 "CC-Gateway status" (the gateway's own state values).
 */
export const GATEWAY_AGENT_STATES: CodeMap = {
	'0': 'Unknown, corresponding to state 9 on the CTI platform.',
	'1': 'Sign-in state. This value is reserved.',
	'2': 'Sign-out state, corresponding to state 0 on the CTI platform.',
	'3': 'Busy state, corresponding to state 7 on the CTI platform.',
	'4': 'Idle state, corresponding to state 1 on the CTI platform.',
	'5': 'Wrap-up state, corresponding to state 6 on the CTI platform.',
	'6': 'Same as the idle state. This value is reserved.',
	'7': 'Talking state, corresponding to states 2, 3, 4, and 5 on the CTI platform.',
	'8': 'Rest state, corresponding to state 8 on the CTI platform.',
	'9': 'Pre-rest state.',
};

/**
 * 6.5.3, Table 6-453 "CTI platform status" (the states Table 6-452 maps onto).
 */
export const CTI_PLATFORM_AGENT_STATES: CodeMap = {
	'0': 'Not signed in.',
	'1': 'Idle state.',
	'2': 'Preoccupied state.',
	'3': 'Occupied state.',
	'4': 'Answering state.',
	'5': 'Talking state.',
	'6': 'Post-event wrap-up state.',
	'7': 'Busy state.',
	'8': 'Rest state.',
	'9': 'Study state.',
};

/**
 * 6.5.3, Table 6-454 "Agent status".
 */
export const AGENT_STATUS_CODES: CodeMap = {
	'1': 'Idle state.',
	'2': 'Wrap-up state.',
	'3': 'Rest state.',
	'4': 'Busy state.',
	'5': 'Playback state.',
	'6': 'Outbound call state.',
	'7': 'Occupied state.',
	'8': 'Request response.',
	'9': 'Talking state.',
	'10': 'Three-party call.',
	'11': 'Hold state.',
	'12': 'Mute state.',
	'13': 'Help seeking state.',
	'14': 'Talk transfer state.',
	'15': 'Inserting state.',
	'16': 'Listening state.',
	'17': 'Whispering state.',
	'255': 'Abnormal state.',
};

/**
 * 6.5.4 Call Type, Table 6-455: the `feature` of a call.
 */
export const CALL_TYPES: CodeMap = {
	'0': 'Common incoming call.',
	'6': 'Internal call.',
	'7': 'Common outgoing call.',
	'40': 'Reserved outgoing call.',
	'41': 'Presold outgoing call.',
	'43': 'Predicted outgoing call.',
	'44': 'Previewed outgoing call.',
	'45': 'Reserved callback.',
	'51': 'Internal two-party consultation.',
	'52': 'Internal three-party consultation.',
	'53': 'Multi-party call.',
};

/**
 * 6.5.5 Device Type, Table 6-456.
 */
export const DEVICE_TYPES: CodeMap = {
	'1': 'Skill queue.',
	'2': 'Agent ID.',
	'3': 'IVR',
};

/**
 * 6.5.5, Table 6-457 "User-defined device types" (`deviceType` of conference participants).
 */
export const USER_DEVICE_TYPES: CodeMap = {
	'0': 'Unknown.',
	'1': 'Ordinary phone.',
	'2': 'Wireless digital equipment.',
	'3': 'Wireless analog device.',
	'4': 'Shortwave.',
	'5': 'Mobile phone.',
	'6': 'Agent.',
	'7': 'eLTE.',
};

/**
 * 6.5.5, Table 6-458 "User-defined device call types" (`deviceCallType`).
 */
export const USER_DEVICE_CALL_TYPES: CodeMap = {
	'0': 'Normal call.',
	'1': 'Group call.',
	'2': 'Secret call, that is, point-to-point call.',
};

/**
 * 6.5.5, Table 6-459 "Transfer modes": keyed by the mode's name because the table gives no code.
 */
export const TRANSFER_MODES: CodeMap = {
	'Blind transfer': 'An agent releases a call no matter whether the call is successfully transferred or transferred out.',
	'Release-after-transfer': 'The system monitors the call transfer/transfer-out process. The business agent releases the call only after the call is successfully transferred.',
	'Talk forwarding': 'The system monitors the call transfer-out process. After answering the call, the called party talks with the agent. The agent then releases the call.',
	'Release-after-three-way-talk forwarding': 'The system monitors the transfer-out process. After the called party answers the call, the three-party conversation is implemented. The agent then releases the call.',
	'Hang-up transfer': 'A call is transferred to an automatic flow. After processing the call, the automatic flow transfers the call back to the original agent.',
};

/**
 * 6.1.3 Call Data (calldata), Table 6-204 "Reason codes": `enterReason` / `leaveReason` of a
 * call's device records. Chapter 6.5 has no release-cause table of its own; this is the one the
 * gateway's call data points to. (12.1 quality control documents no codes of its own; it
 * returns the 6.5.2 codes.)
 */
export const CALL_DEVICE_REASON_CODES: CodeMap = {
	'0': 'Common access or transfer.',
	'1': 'The call is transferred due to overflow.',
	'2': 'The call is transferred due to timeout.',
	'3': 'The call is transferred when no one is on duty.',
	'4': 'The call is transferred when queuing is cancelled.',
	'5': 'The call is transferred when an agent does not answer for a long time.',
	'6': 'The suspended call is resumed.',
	'7': 'The held call is connected.',
	'8': 'Three-party help is initiated.',
	'9': 'The call is unheld.',
	'10': 'The three-party call is initiated.',
	'11': 'The call is released by the party who sends the internal help request.',
	'12': 'The call is intercepted.',
	'13': 'The call is picked up.',
	'14': 'Called number analysis is not configured for a call.',
	'15': 'The user releases the call.',
	'16': 'The agent releases the call.',
	'17': 'The call is transferred out.',
	'18': 'The call is held.',
	'19': 'Internal processing error.',
	'20': 'The called party is busy.',
	'21': 'The line is busy.',
	'22': 'The phone is powered off.',
	'23': 'The phone is out of service.',
	'24': 'The number is invalid.',
	'25': 'No resource is available on the ACD.',
	'26': 'The user does not answer the call.',
	'27': 'The called party rejects the call.',
	'28': 'The connected call is transferred to a queue.',
	'29': 'The three-party call is transferred to a queue.',
	'30': 'The connected call times out when being transferred to a queue.',
	'31': 'The three-party call times out when being transferred to a queue.',
	'34': 'The failed network call queues due to timeout, overflow, or busy.',
	'35': 'The network call queues at the original call center.',
	'36': 'The queuing call is rerouted.',
	'37': 'The call enters the CDN through the inbound route.',
	'38': 'The call enters the CDN from agent consultation.',
	'39': 'The CDN returns the routing result.',
	'40': 'CDN routing times out.',
	'41': 'The agent cancels the call during consultation.',
	'42': 'The call enters the PGR from a timeout CDN route.',
	'43': 'The call enters the PGR from a normal CDN route.',
	'44': 'The call enters the PGR through the inbound route.',
	'45': 'The call enters the PGR from agent consultation.',
	'46': 'The CDN reroutes the call because the agent is unreachable.',
	'47': 'The call queues in multiple queues.',
	'48': 'The call in the master queue is answered from the slave queue.',
	'50': 'The agent rejects the call.',
	'51': 'A user call joins a conference.',
	'52': 'The conference chairperson proactively releases the conference, or the conference is released due to a CSS exception.',
	'53': 'The participant is removed from the conference.',
	'54': 'The call is transferred when the call completion rate is lower than the threshold.',
	'88': 'The user hangs up after the agent answers the call.',
	'89': 'The user hooks on after the agent answers the call.',
};
