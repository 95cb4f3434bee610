import type { IDataObject } from 'n8n-workflow';
import type { CallbackFamily, CallbackKind } from '../webhook/callbacks';

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

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The event name a push carries, under the names a push body may use for it. */
export function udeskEventName(record: IDataObject): string | undefined {
	for (const key of ['event', 'Event', 'event_type', 'EventType']) {
		const value = record[key];
		if (typeof value === 'string' && value) return value;
	}
	return undefined;
}

/**
 * Udesk event pushes (interface 18's callback). The document lists the event names but never
 * prints a push body, and Udesk signs nothing: a body is one event object or a list of them, each
 * becomes one item as sent, and the secret path segment is what authenticates the sender.
 */
const UDESK_EVENT: CallbackKind = {
	event: 'udeskEvent',
	section: 'ccapi-18',
	signed: false,
	records(body) {
		const list = Array.isArray(body) ? body : [body];
		if (list.length === 0) return 'ccapi-18: the push carries no event';
		for (let i = 0; i < list.length; i++) if (!isObject(list[i])) return `ccapi-18: event ${i} is not a JSON object`;
		return list as IDataObject[];
	},
	item(record) {
		const event = udeskEventName(record);
		const known = UDESK_EVENTS.find((e) => e.value === event);
		return known && record.category === undefined ? { ...record, category: known.category } : { ...record };
	},
};

export const UDESK_EVENT_FAMILY: CallbackFamily = {
	name: 'Udesk event push',
	ack: { ErrCode: '000000', ErrDesc: 'OK' },
	failure: (status, message) => ({ ErrCode: status === 401 ? '200020' : '000001', ErrDesc: message }),
	kindOf: (body) => (isObject(body) || Array.isArray(body) ? UDESK_EVENT : 'ccapi-18: the push body must be a JSON object or a list of them'),
};
