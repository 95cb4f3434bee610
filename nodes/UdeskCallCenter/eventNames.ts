import { UDESK_EVENTS } from '../shared/udesk/events';

/**
 * Plain labels of the Udesk event names (interface 18's event table). The event name itself is
 * the value that is sent and saved in workflows; the document's remark is the option's description.
 */
const LABELS: Record<string, string> = {
	acd_agent_state: 'Agent State Changed',
	extension_state_update: 'Extension State Changed',
	agent_call_mode_change: 'Agent Extension Mode Switched',
	general_hangup: 'Call Hung Up',
	enqueue_succ: 'Call Entered Queue',
	record_stop: 'Recording Ended',
	hangup_cause: 'Hangup Cause',
	dequeue_succ: 'Call Left Queue',
	start_dialout: 'Outbound Dialing Started',
	voice_mail_succ: 'Voicemail Left',
	play_succ: 'Playback Succeeded',
	dtmf_gather_succ: 'Keypad Input Received',
	asr_gather_succ: 'Speech Recognized',
	consult_succ: 'Consultation Succeeded',
	end_consult_succ: 'Consultation Cancelled',
	three_way_succ: 'Three-Way Call Started',
	substitute_succ: 'Call Intercepted',
	hold_agent_succ: 'Call Held',
	extern_succ: 'Transferred to External Line',
	eavesdrop_succ: 'Eavesdropping Started',
};

export interface UdeskEventOption {
	value: string;
	name: string;
	description: string;
}

/** One option per Udesk event, in the document's order: the label in plain words, the event name and remark in the description. */
export const UDESK_EVENT_OPTIONS: UdeskEventOption[] = UDESK_EVENTS.map((e) => ({
	value: e.value,
	name: LABELS[e.value] ?? e.value,
	description: `${e.remark} (event ${e.value})`,
}));

/** The same options sorted by label, as n8n lists options (hand-written properties are not sorted by the generator). */
export const UDESK_EVENT_OPTIONS_SORTED: UdeskEventOption[] = [...UDESK_EVENT_OPTIONS].sort((a, b) => a.name.localeCompare(b.name));
