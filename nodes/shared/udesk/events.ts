/**
 * Udesk ccapi v2, interface 18 "Subscription to Events": the event names (all_type) a
 * subscription may list, with their category and the document's remark.
 */
export interface UdeskEvent {
	value: string;
	category: string;
	remark: string;
}

export const UDESK_EVENTS: readonly UdeskEvent[] = [
	{ value: 'acd_agent_state', category: 'agent_state', remark: 'Agent state event' },
	{ value: 'extension_state_update', category: 'ext_state', remark: 'Extension state event' },
	{ value: 'agent_call_mode_change', category: 'agent_call_mode', remark: "Agent's extension mode switch event" },
	{ value: 'general_hangup', category: 'call', remark: 'Hangup message' },
	{ value: 'enqueue_succ', category: 'call', remark: 'Successful queue entry' },
	{ value: 'record_stop', category: 'call', remark: 'Recording end' },
	{ value: 'hangup_cause', category: 'call', remark: 'Hangup cause event' },
	{ value: 'dequeue_succ', category: 'call', remark: 'Dequeue message' },
	{ value: 'start_dialout', category: 'call', remark: 'Start dialing out' },
	{ value: 'voice_mail_succ', category: 'call', remark: 'Successful voicemail' },
	{ value: 'play_succ', category: 'call', remark: 'Successful playback' },
	{ value: 'dtmf_gather_succ', category: 'call', remark: 'Keypad input' },
	{ value: 'asr_gather_succ', category: 'call', remark: 'Successful voice recognition' },
	{ value: 'consult_succ', category: 'call', remark: 'Successful consultation' },
	{ value: 'end_consult_succ', category: 'call', remark: 'Successful consultation cancellation' },
	{ value: 'three_way_succ', category: 'call', remark: 'Successful three-way call' },
	{ value: 'substitute_succ', category: 'call', remark: 'Successful interception' },
	{ value: 'hold_agent_succ', category: 'call', remark: 'Successful hold' },
	{ value: 'extern_succ', category: 'call', remark: 'Successful transfer to external line' },
	{ value: 'eavesdrop_succ', category: 'call', remark: 'Successful eavesdropping' },
];
