/**
 * Voice recognition result subscriptions (6.3.1-6.3.3) and the notifications CEC sends for them
 * (6.3.6): after a subscription, a simulated call's recognition results are POSTed to
 * {serviceCallBackUri}/v100/subscribe/asrevent/asresult with the service_token header generated
 * at subscription, one notification per utterance, in order.
 */
import type { Ctx, SimCore } from './context.cjs';
import type { Gateway } from './gateway.cjs';
import { genericHandler } from './generic.cjs';
import type { SimResponse } from './types.cjs';
import { formatDateTime, isObject, pad } from './util.cjs';

/** 6.3.6 URI: the registered serviceCallBackUri plus this tail. */
export const ASR_RESULT_TAIL = '/v100/subscribe/asrevent/asresult';

export interface AsrSubscription {
	serverId: string;
	subscribeType: string;
	serviceToken?: string;
	serviceCallBackUri: string;
	nlpFlag: boolean;
	flowAccessCode?: string;
	createdAt: number;
}

/** One recognized utterance: one 6.3.6 notification. */
export interface AsrUtterance {
	/** Table 6-421 talkertype: 1 agent, 2 subscriber (default 2). */
	talkertype?: '1' | '2';
	/** Recognition content (absent for 61 "talk starts" and 63 "recognition ends"). */
	content?: string;
	/** Table 6-421 asrusercase (default 0: normal result, recognition ends). */
	asrusercase?: string;
	confidence?: string;
	/** 1 = the content is encrypted. */
	iscontentenc?: '0' | '1';
}

export interface AsrRecognizeOptions {
	/** The subscription to notify (default: every subscription). */
	serverId?: string;
	/** The agent whose current call is recognized (its call ID and the other party's number are used). */
	agentId?: string;
	/** Call ID and subscriber number when no signed-in agent's call is used. */
	callId?: string;
	userDn?: string;
	utterances?: AsrUtterance[];
	/**
	 * 'table' (default) sends Table 6-421's names and types; 'example' sends what the section's
	 * example prints: `asusercase` for the reason code and `result` as one object.
	 */
	spelling?: 'table' | 'example';
}

export interface AsrDelivery {
	serverId: string;
	url: string;
	status: number;
	body: string;
	/** Whether the answer was the documented {"message":"success","retcode":"0"} (6.3.6 results are not resent either way). */
	acknowledged: boolean;
}

/** A short call: the customer starts talking, says something, the agent answers, recognition ends. */
const DEFAULT_UTTERANCES: AsrUtterance[] = [
	{ talkertype: '2', asrusercase: '61' },
	{ talkertype: '2', content: 'I lost my bank card', asrusercase: '62', confidence: '92' },
	{ talkertype: '2', content: 'I lost my bank card and want to report it missing', asrusercase: '0', confidence: '97' },
	{ talkertype: '1', content: 'I can help you report the card missing', asrusercase: '0', confidence: '95' },
	{ talkertype: '2', asrusercase: '63' },
];

function gw(retcode: string, message: string, result?: unknown): SimResponse {
	return { status: 200, body: result === undefined ? { message, retcode } : { result, message, retcode } };
}

/** Table 6-403 types nlpFlag Boolean; the section's example sends "true". */
function parseFlag(v: unknown): boolean | undefined {
	if (v === true || v === 'true') return true;
	if (v === false || v === 'false') return false;
	return undefined;
}

export class Asr {
	readonly subscriptions = new Map<string, AsrSubscription>();
	private seq = 0;

	constructor(
		private readonly core: SimCore,
		private readonly gateway: Gateway,
	) {
		core.handlers.set('6.3.1', (ctx) => this.subscribe(ctx));
		core.handlers.set('6.3.2', (ctx) => this.modify(ctx));
		core.handlers.set('6.3.3', (ctx) => this.unsubscribe(ctx));
		core.onReset(() => this.subscriptions.clear());
	}

	/** 6.3.1: Table 6-403; the serverId looks like the example's "20140414172508-001-00101". */
	private subscribe(ctx: Ctx): SimResponse {
		const body = isObject(ctx.json) ? ctx.json : {};
		const subscribeType = body.subscribeType === undefined || body.subscribeType === null ? '' : String(body.subscribeType);
		const uri = typeof body.serviceCallBackUri === 'string' ? body.serviceCallBackUri : '';
		const token = body.serviceToken === undefined || body.serviceToken === null || body.serviceToken === '' ? undefined : String(body.serviceToken);
		const nlpFlag = parseFlag(body.nlpFlag);
		if (!subscribeType || !uri || nlpFlag === undefined) return gw('107-002', 'Invalid input parameter. Mandatory parameters are empty.');
		if (uri.length > 200 || (token !== undefined && token.length > 256) || !/^https?:\/\//.test(uri)) {
			return gw('107-002', 'Invalid input parameter. Mandatory parameters are empty.');
		}
		const serverId = `${formatDateTime(Date.now()).replace(/\D/g, '')}-001-${pad(++this.seq, 5)}`;
		this.subscriptions.set(serverId, {
			serverId,
			subscribeType,
			serviceToken: token,
			serviceCallBackUri: uri,
			nlpFlag,
			flowAccessCode: body.flowAccessCode === undefined || body.flowAccessCode === null ? undefined : String(body.flowAccessCode),
			createdAt: Date.now(),
		});
		return gw('0', 'success', { serverId });
	}

	/** 6.3.2: a known subscription gets its new URI; unknown IDs are answered as the catalog example (the simulator keeps no other tasks). */
	private modify(ctx: Ctx): SimResponse {
		const sub = this.subscriptions.get(ctx.query.serverId ?? '');
		if (!sub) return genericHandler(ctx);
		const body = isObject(ctx.json) ? ctx.json : {};
		const nlpFlag = parseFlag(body.nlpFlag);
		if (typeof body.serviceCallBackUri !== 'string' || !body.serviceCallBackUri || body.serviceCallBackUri.length > 200 || nlpFlag === undefined) {
			return gw('107-002', 'Invalid input parameter. Mandatory parameters are empty.');
		}
		sub.serviceCallBackUri = body.serviceCallBackUri;
		sub.nlpFlag = nlpFlag;
		if (body.flowAccessCode !== undefined) sub.flowAccessCode = body.flowAccessCode === null ? undefined : String(body.flowAccessCode);
		return gw('0', 'success');
	}

	/** 6.3.3: a known subscription ends (no more notifications); unknown IDs as the catalog example. */
	private unsubscribe(ctx: Ctx): SimResponse {
		const body = isObject(ctx.json) ? ctx.json : {};
		const id = body.serverId === undefined || body.serverId === null ? '' : String(body.serverId);
		if (!this.subscriptions.delete(id)) return genericHandler(ctx);
		return gw('0', 'success');
	}

	/**
	 * Recognizes a call: one 6.3.6 notification per utterance to each chosen subscription, in order
	 * (the next leaves once the previous was answered). No retries: 6.3.6 documents none.
	 */
	async recognize(opts: AsrRecognizeOptions = {}): Promise<{ ok: true; deliveries: AsrDelivery[] } | { ok: false; error: string }> {
		const targets = opts.serverId !== undefined ? [this.subscriptions.get(opts.serverId)].filter((s): s is AsrSubscription => !!s) : [...this.subscriptions.values()];
		if (targets.length === 0) return { ok: false, error: opts.serverId ? `no subscription ${opts.serverId}` : 'no subscription (6.3.1)' };
		const agentId = opts.agentId ?? '';
		let callId = opts.callId;
		let userDn = opts.userDn;
		if (agentId) {
			const session = this.gateway.sessions.get(agentId);
			const call = session ? ([...session.calls.values()].find((c) => c.state === 'talking') ?? [...session.calls.values()][0]) : undefined;
			if (!call && callId === undefined) return { ok: false, error: `agent ${agentId} has no call to recognize` };
			if (call) {
				callId ??= call.callId;
				userDn ??= call.direction === 'in' ? call.caller : call.called;
			}
		}
		if (!callId) return { ok: false, error: 'give agentId (with a call) or callId' };
		const utterances = opts.utterances && opts.utterances.length ? opts.utterances : DEFAULT_UTTERANCES;
		const deliveries: AsrDelivery[] = [];
		for (const sub of targets) {
			const url = sub.serviceCallBackUri.replace(/\/+$/, '') + ASR_RESULT_TAIL;
			for (const u of utterances) {
				const body = this.notification(sub, u, { agentId, callId, userDn: userDn ?? '' }, opts.spelling ?? 'table');
				const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=UTF-8' };
				if (sub.serviceToken !== undefined) headers.service_token = sub.serviceToken;
				const r = await this.core.postCallback('asrResult', url, JSON.stringify(body), headers);
				deliveries.push({ serverId: sub.serverId, url, status: r.status, body: r.body, acknowledged: r.acknowledged });
			}
		}
		return { ok: true, deliveries };
	}

	/** Table 6-421, in the order the table lists the fields (createTime as the section's example adds it). */
	private notification(sub: AsrSubscription, u: AsrUtterance, call: { agentId: string; callId: string; userDn: string }, spelling: 'table' | 'example'): Record<string, unknown> {
		const talkertype = u.talkertype ?? '2';
		const reason = u.asrusercase ?? '0';
		const entry = u.content === undefined ? undefined : { confidence: u.confidence ?? '90', content: u.content, iscontentenc: u.iscontentenc ?? '0' };
		const body: Record<string, unknown> = {
			serverid: sub.serverId,
			subscribetype: sub.subscribeType,
			initialagentid: call.agentId,
			ccid: '1',
			vdnid: String(this.core.credentials.vdnId),
			curcallid: call.callId,
			curuserdn: call.userDn,
			talkertype,
			talkerid: talkertype === '1' ? call.agentId : call.userDn,
		};
		if (sub.nlpFlag && entry) {
			// Tables 6-422 to 6-424: what semantic analysis made of the utterance.
			body.nlpResult = {
				call_script: [{ intentcode: 'guashi', intentDsp: 'Claim missing', status: reason === '0' ? 'finished' : '', childintent: [{ intentcode: 'shoujihaoma', intentDsp: 'Your mobile number', status: '' }] }],
				call_script_matchedstep: 'guashi',
				Intend: 'Claim missing',
				sensitive_word: '',
				recomand_KP: { similarFaqs: [{ faqGroupName: ['Claim missing'], prob: '0.9', question: 'Process for handling claim missing', answers: [], faqId: '10002', faqGroupId: '10000' }], answer: [] },
			};
		}
		if (spelling === 'example') {
			body.result = entry ?? {};
			body.asusercase = reason;
		} else {
			body.result = entry ? [entry] : [];
			body.asrusercase = reason;
		}
		body.calldata = JSON.stringify({ nlpFlag: sub.nlpFlag, flowAccessCode: sub.flowAccessCode ?? '', callbackUrl: sub.serviceCallBackUri });
		body.createTime = Date.now();
		return body;
	}
}
