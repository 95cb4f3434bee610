import type { IDataObject } from 'n8n-workflow';
import { AGENT_EVENT_ALIASES, AGENT_EVENTS, describeCode, outboundResultMeanings } from '../codes';

/**
 * What each CEC callback looks like: the body shape of its section, the record identity used to
 * drop repeated deliveries, the readable meanings added to each record, and the answer CEC
 * expects. The pipeline (pipeline.ts) is the same for all of them.
 */

/** How CEC signs a callback family, when it signs at all. */
export type SignatureScheme = 'sharedKey' | 'serviceToken' | 'authV2';

export interface CallbackKind {
	/** Emitted as `event` on every item. */
	event: string;
	section: string;
	/** Whether CEC signs this kind (the shared-key signature only covers release events). */
	signed: boolean;
	/** The records of the body, or a message saying why the body is malformed. */
	records(body: unknown): IDataObject[] | string;
	/** Same identity = same record delivered again. */
	identity?(record: IDataObject): string | undefined;
	/** The item's JSON: the documented fields plus readable meanings. */
	item(record: IDataObject, body: IDataObject): IDataObject;
}

export interface CallbackFamily {
	name: string;
	signature?: SignatureScheme;
	/** HTTP 200 body CEC expects on success (also sent for acknowledged duplicates). */
	ack: IDataObject;
	/** Body of a refusal, in the same shape. */
	failure(status: number, message: string): IDataObject;
	/** Picks the kind of a parsed body, or says why none fits. */
	kindOf(body: unknown): CallbackKind | string;
	/**
	 * A fixed tail CEC appends to the URL it was given (6.3.6: `/v100/subscribe/asrevent/asresult`).
	 * The webhook path ends with it, and a secret path segment sits before it.
	 */
	pathSuffix?: string;
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const present = (value: unknown): boolean => value !== undefined && value !== null && value !== '';
const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** Every documented field of a body object, without the signature fields (they say nothing about the call). */
function withoutSignature(record: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'signature'));
}

function requireFields(record: IDataObject, section: string, fields: string[], where = 'the body'): string | undefined {
	const missing = fields.filter((f) => record[f] === undefined || record[f] === null);
	return missing.length ? `${section}: ${where} lacks the mandatory field${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` : undefined;
}

const retAck = { retCode: '0', retMsg: 'success' };
const retFailure = (status: number, message: string): IDataObject => ({ retCode: String(status), retMsg: message });

// ------------------------------------------------------------------ 7.6.1 outbound call results

const OUTBOUND_RESULT: CallbackKind = {
	event: 'outboundResult',
	section: '7.6.1',
	signed: false,
	records(body) {
		// Table 7-292: "The entity object does not exist. The response directly returns List."
		const list = Array.isArray(body) ? body : isObject(body) && Array.isArray(body.callResultList) ? body.callResultList : undefined;
		if (!list) return '7.6.1: the body must be a JSON array of outbound call results (Table 7-293)';
		for (let i = 0; i < list.length; i++) {
			const record = list[i] as unknown;
			if (!isObject(record)) return `7.6.1: result ${i} is not an object`;
			const missing = requireFields(record, '7.6.1', ['campaignId', 'callStatus'], `result ${i}`);
			if (missing) return missing;
		}
		return list as IDataObject[];
	},
	identity: (r) => ['7.6.1', text(r.campaignId), text(r.sessionId), text(r.callId), text(r.called), text(r.callTimeStr)].join('|'),
	item(r) {
		return { event: 'outboundResult', ...r, ...outboundResultMeanings(r) };
	},
};

export const OUTBOUND_RESULT_FAMILY: CallbackFamily = {
	name: 'Outbound call result (7.6.1)',
	ack: retAck,
	failure: retFailure,
	kindOf: () => OUTBOUND_RESULT,
};

// ------------------------------------------------------------------ 14.4.2 voice notification release

const VOICE_RELEASE: CallbackKind = {
	event: 'release',
	section: '14.4.2',
	signed: true,
	records(body) {
		if (!isObject(body)) return '14.4.2: the body must be a JSON object';
		return requireFields(body, '14.4.2', ['callSerialNo', 'called']) ?? [body];
	},
	identity: (r) => `14.4.2|${text(r.callSerialNo)}`,
	item: (r) => ({
		event: 'release',
		...withoutSignature(r),
		releaseReasonMeaning: present(r.releaseReason) ? (describeCode('voiceNotification.releaseReason', text(r.releaseReason)) ?? null) : null,
	}),
};

export const VOICE_NOTIFICATION_FAMILY: CallbackFamily = {
	name: 'Voice notification release (14.4.2)',
	signature: 'sharedKey',
	ack: retAck,
	failure: retFailure,
	kindOf: () => VOICE_RELEASE,
};

// ------------------------------------------------------------------ 6.2.14.2 / 6.2.14.3 bidirectional calls

const BIDIRECTIONAL_STATUS: CallbackKind = {
	event: 'callStatus',
	section: '6.2.14.2',
	signed: false,
	records(body) {
		if (!isObject(body)) return '6.2.14.2: the body must be a JSON object';
		return requireFields(body, '6.2.14.2', ['callSerialNo', 'called']) ?? [body];
	},
	identity: (r) => `6.2.14.2|${text(r.callSerialNo)}`,
	item: (r) => ({ event: 'callStatus', ...withoutSignature(r) }),
};

const BIDIRECTIONAL_RELEASE: CallbackKind = {
	event: 'release',
	section: '6.2.14.3',
	signed: true,
	records(body) {
		if (!isObject(body)) return '6.2.14.3: the body must be a JSON object';
		return requireFields(body, '6.2.14.3', ['callSerialNo', 'called']) ?? [body];
	},
	identity: (r) => `6.2.14.3|${text(r.callSerialNo)}`,
	item: (r) => ({
		event: 'release',
		...withoutSignature(r),
		releaseReasonMeaning: present(r.releaseReason) ? (describeCode('bidirectionalCall.releaseReason', text(r.releaseReason)) ?? null) : null,
	}),
};

/** Fields only Table 6-400 (release) has; Table 6-398 (status) has just callSerialNo, serviceNo, called, callData. */
const RELEASE_ONLY_FIELDS = ['releaseReason', 'releaseTime', 'createCallTime', 'talkDuration', 'agentReleaseTime', 'signature', 'nonce', 'timestamp', 'caller'];

export const BIDIRECTIONAL_FAMILY: CallbackFamily = {
	name: 'Bidirectional call (6.2.14)',
	signature: 'sharedKey',
	ack: retAck,
	failure: retFailure,
	kindOf: (body) => (isObject(body) && RELEASE_ONLY_FIELDS.some((f) => f in body) ? BIDIRECTIONAL_RELEASE : BIDIRECTIONAL_STATUS),
};

// ------------------------------------------------------------------ 6.1.4.2 pushed agent events

const AGENT_EVENT_PUSH: CallbackKind = {
	event: 'agentEvent',
	section: '6.1.4.2',
	signed: true,
	records(body) {
		if (!isObject(body)) return '6.1.4.2: the body must be a JSON object {workNo, eventList}';
		if (!Array.isArray(body.eventList)) return '6.1.4.2: eventList must be an array (Table 6-250)';
		for (let i = 0; i < body.eventList.length; i++) {
			const event = body.eventList[i] as unknown;
			if (!isObject(event) || typeof event.eventType !== 'string' || event.eventType === '') return `6.1.4.2: eventList[${i}] has no eventType (Table 6-251)`;
		}
		return body.eventList as IDataObject[];
	},
	item(event, body) {
		const type = String(event.eventType);
		const info = (AGENT_EVENTS as Record<string, { section: string; title: string; meaning: string }>)[AGENT_EVENT_ALIASES[type] ?? type];
		return {
			event: 'agentEvent',
			workNo: event.workNo ?? body.workNo ?? null,
			eventType: type,
			content: event.content ?? null,
			eventName: info?.title ?? null,
			eventMeaning: info?.meaning ?? null,
			eventSection: info?.section ?? null,
		};
	},
};

export const AGENT_EVENT_PUSH_FAMILY: CallbackFamily = {
	name: 'Pushed agent events (6.1.4.2)',
	signature: 'serviceToken',
	ack: { message: 'success', retcode: '0' },
	failure: (status, message) => ({ message, retcode: String(status) }),
	kindOf: () => AGENT_EVENT_PUSH,
};

// ------------------------------------------------------------------ 13.2.1.2 / 13.2.1.6 CC-FS file ready

/** The reference prints the file name under several names (Table 13-59 billFileName, 13-81 fileName, its example agentOprInfoFileName, the prose billName). */
const BILL_NAMES = ['billFileName', 'billName'];
const AGENT_OPR_NAMES = ['agentOprInfoFileName', 'fileName'];

function fileReadyKind(event: string, section: string, names: string[]): CallbackKind {
	return {
		event,
		section,
		signed: true,
		records(body) {
			if (!isObject(body) || !isObject(body.msgBody)) return `${section}: the body must be {request:{version}, msgBody:{responseId, ...}}`;
			const msg = body.msgBody;
			const fileName = names.map((n) => msg[n]).find(present);
			if (!present(fileName)) return `${section}: msgBody has no ${names.join(' / ')}`;
			return [msg];
		},
		identity: (msg) => `${section}|${text(names.map((n) => msg[n]).find(present))}`,
		item(msg, body) {
			// The reference's examples spell responseId as "responseld" and "responselId".
			const responseId = msg.responseId ?? msg.responseld ?? msg.responselId ?? null;
			return {
				event,
				...msg,
				responseId,
				fileName: String(names.map((n) => msg[n]).find(present)),
				version: isObject(body.request) ? (body.request.version ?? null) : null,
			};
		},
	};
}

export const CDR_READY = fileReadyKind('cdrAndRecordingIndexReady', '13.2.1.2', BILL_NAMES);
export const AGENT_OPERATION_READY = fileReadyKind('agentOperationIndexReady', '13.2.1.6', AGENT_OPR_NAMES);

export const FILE_READY_FAMILY: CallbackFamily = {
	name: 'CC-FS file ready (13.2.1.2 / 13.2.1.6)',
	signature: 'authV2',
	ack: { resultCode: '0', resultDesc: 'success' },
	failure: (status, message) => ({ resultCode: String(status), resultDesc: message }),
	kindOf(body) {
		if (!isObject(body) || !isObject(body.msgBody)) return 'CC-FS callback: the body must be {request:{version}, msgBody:{responseId, billFileName | agentOprInfoFileName}}';
		if (BILL_NAMES.some((n) => present((body.msgBody as IDataObject)[n]))) return CDR_READY;
		if (AGENT_OPR_NAMES.some((n) => present((body.msgBody as IDataObject)[n]))) return AGENT_OPERATION_READY;
		return 'CC-FS callback: msgBody has neither billFileName (13.2.1.2) nor agentOprInfoFileName / fileName (13.2.1.6)';
	},
};

// ------------------------------------------------------------------ 5.4.4 / 5.4.5 review results

const REVIEW_STATUS: Record<string, string> = { '2': 'approved', '3': 'rejected' };

const REVIEW_RESULT: CallbackKind = {
	event: 'reviewResult',
	section: '5.4.4 / 5.4.5',
	signed: false,
	records(body) {
		if (!isObject(body)) return '5.4.4 / 5.4.5: the review result must be a JSON object (Table 5-120 / 5-124)';
		return requireFields(body, '5.4.4 / 5.4.5', ['fileId', 'status']) ?? [body];
	},
	identity: (r) => `review|${text(r.fileId)}|${text(r.status)}`,
	item: (r) => ({ event: 'reviewResult', ...r, statusMeaning: REVIEW_STATUS[text(r.status)] ?? null }),
};

export const VOICE_FILE_REVIEW_FAMILY: CallbackFamily = {
	name: 'Voice file review result (5.4.4 / 5.4.5)',
	ack: { returnCode: '0' },
	failure: (status, message) => ({ returnCode: String(status), description: message }),
	kindOf: () => REVIEW_RESULT,
};

// ------------------------------------------------------------------ 6.3.6 voice recognition results

/** 6.3.6: CEC POSTs to {servicecallbackuri}/v100/subscribe/asrevent/asresult, the URI registered in 6.3.1 plus this tail. */
export const ASR_RESULT_PATH = 'v100/subscribe/asrevent/asresult';

/** Table 6-421 asrusercase; any other value means "A recognition error occurs." */
export const ASR_REASONS: Record<string, string> = {
	'0': 'The recognition result is normal and the recognition ends (discontinuous recognition).',
	'61': 'A talk starts and no recognition content is carried.',
	'62': 'The recognition result is normal and the recognition continues.',
	'63': 'The recognition ends.',
};
const ASR_ERROR = 'A recognition error occurs.';
const TALKER_TYPES: Record<string, string> = { '1': 'agent', '2': 'subscriber' };
const CONTENT_ENCRYPTION: Record<string, string> = { '0': 'not encrypted', '1': 'encrypted' };

/** Table 6-421 prints the reason code as asrusercase, the section's example as asusercase; CEC may send either. */
const asrReason = (body: IDataObject): unknown => body.asrusercase ?? body.asusercase;

/** Table 6-421 types result as an array of {confidence, content, iscontentenc}; the example sends one object. */
function asrEntries(result: unknown): IDataObject[] | undefined {
	if (result === undefined || result === null) return [];
	if (isObject(result)) return [result];
	if (Array.isArray(result) && result.every(isObject)) return result;
	return undefined;
}

const RECOGNITION_RESULT: CallbackKind = {
	event: 'recognitionResult',
	section: '6.3.6',
	signed: true,
	records(body) {
		if (!isObject(body)) return '6.3.6: the body must be a JSON object (Table 6-421)';
		// The identity of a result: which subscription, which call, who spoke, and what kind of report it is.
		const missing = requireFields(body, '6.3.6', ['serverid', 'curcallid', 'talkertype']);
		if (missing) return missing;
		if (asrReason(body) === undefined || asrReason(body) === null) return '6.3.6: the body lacks the mandatory field asrusercase';
		if (!asrEntries(body.result)) return '6.3.6: result must be an array of {confidence, content, iscontentenc} objects (Table 6-421)';
		if (body.nlpResult !== undefined && body.nlpResult !== null && !isObject(body.nlpResult)) return '6.3.6: nlpResult must be an object (Table 6-422)';
		return [body];
	},
	item(body) {
		const reason = text(asrReason(body));
		const entries = asrEntries(body.result) ?? [];
		const readable = entries.filter((e) => text(e.iscontentenc) !== '1' && present(e.content)).map((e) => text(e.content));
		return {
			event: 'recognitionResult',
			...body,
			asrusercase: asrReason(body) as IDataObject[string],
			subscribetypeMeaning: present(body.subscribetype) ? (text(body.subscribetype) === '1' ? 'recognition' : 'reserved') : null,
			talkertypeMeaning: TALKER_TYPES[text(body.talkertype)] ?? null,
			asrusercaseMeaning: ASR_REASONS[reason] ?? ASR_ERROR,
			recognitionError: ASR_REASONS[reason] === undefined,
			resultList: entries.map((e) => ({ ...e, iscontentencMeaning: CONTENT_ENCRYPTION[text(e.iscontentenc)] ?? null })),
			recognizedText: readable.length ? readable.join(' ') : null,
		};
	},
};

export const VOICE_RECOGNITION_FAMILY: CallbackFamily = {
	name: 'Voice recognition result (6.3.6)',
	signature: 'serviceToken',
	// Table 6-427: message + retcode; failures carry the 6.3.7.2 code of the refusal.
	ack: { message: 'success', retcode: '0' },
	failure: (status, message) => ({ message, retcode: status === 401 ? '107-051' : status === 400 ? '107-053' : '107-052' }),
	kindOf: () => RECOGNITION_RESULT,
	pathSuffix: ASR_RESULT_PATH,
};
