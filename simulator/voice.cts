/**
 * Voice notifications (14.2/14.3 = 6.2.9/6.2.10) and bidirectional calls (6.2.1/6.2.2): the
 * simulated call runs on the scaled clock and ends with the release callback (14.4.2 / 6.2.14.3),
 * signed per 14.4.1 / 6.2.14.1 when the URL came through the API and a shared key is configured.
 * Bidirectional calls also send the connection status callback (6.2.14.2) to the GUI-configured URL.
 */
import { signCallbackBody } from './callbackSign.cjs';
import type { Ctx, SimCore } from './context.cjs';
import type { SimResponse } from './types.cjs';
import { decodeMaybeBase64Url, formatCallbackTime, isObject, newCallId, newSerialNo } from './util.cjs';

interface SimVoiceCall {
	callSerialNo: string;
	kind: 'voiceNotification' | 'bidirectional';
	called: string;
	caller?: string;
	callerPresent?: string;
	agentWorkNo?: string;
	callData?: string;
	callbackUrl?: string;
	fromApi: boolean;
	createdAt: number;
	state: 'calling' | 'talking' | 'released';
	releaseReason?: string;
	released?: Record<string, unknown>;
}

function retRes(retCode: string, retMsg: string, result?: unknown): SimResponse {
	const body: Record<string, unknown> = { retCode, retMsg };
	if (result !== undefined) body.result = result;
	return { status: 200, body };
}

/** Unwrap the documented wrapper object ("reqBody", "requestBody", "body") when a client sends it. */
function unwrap(json: unknown, ...names: string[]): Record<string, unknown> | undefined {
	if (!isObject(json)) return undefined;
	for (const n of names) if (isObject(json[n])) return json[n] as Record<string, unknown>;
	return json;
}

export class Voice {
	readonly calls = new Map<string, SimVoiceCall>();

	constructor(private readonly core: SimCore) {
		core.onReset(() => this.calls.clear());
		const h = core.handlers;
		h.set('14.2', (ctx) => this.createNotification(ctx, 1));
		h.set('6.2.9', (ctx) => this.createNotification(ctx, 1));
		h.set('14.3', (ctx) => this.createNotification(ctx, 2));
		h.set('6.2.10', (ctx) => this.createNotification(ctx, 2));
		h.set('6.2.1', (ctx) => this.createBidirectional(ctx, 1));
		h.set('6.2.2', (ctx) => this.createBidirectional(ctx, 3));
		h.set('6.2.4', (ctx) => {
			const b = isObject(ctx.json) ? ctx.json : {};
			const c = this.calls.get(String(b.callSerialNo ?? ''));
			if (!c) return retRes('90100400', 'Not found');
			return retRes('0', 'success', { callSerialNo: c.callSerialNo, callState: c.state, releaseReason: c.releaseReason ?? null });
		});
	}

	private createNotification(ctx: Ctx, version: 1 | 2): SimResponse {
		const b = unwrap(ctx.json, 'reqBody', 'requestBody', 'body');
		if (!b) return retRes('5', 'The value of called is not transferred, or the format does not match the rule.');
		const called = b.called === undefined || b.called === null ? '' : String(b.called);
		if (!/^\+?\d{1,32}$/.test(called)) return retRes('5', 'The value of called is not transferred, or the format does not match the rule.');
		// callBackUrl as the vendor pages spell it (cec_07_2801 / cec_07_2802; the PDF prints callbackUrl, an unknown key here).
		let callbackUrl: string | undefined;
		if (b.callBackUrl !== undefined && b.callBackUrl !== null && b.callBackUrl !== '') {
			callbackUrl = decodeMaybeBase64Url(b.callBackUrl);
			if (!callbackUrl) return retRes('9', 'The value of callBackUrl does not meet the requirements.');
		}
		if (b.priority !== undefined && b.priority !== null && !/^[1-9]$/.test(String(b.priority))) return retRes('36', 'The value of priority is in an incorrect format.');
		if (version === 1) {
			const vc = b.voiceContent;
			if (typeof vc !== 'string' || !vc || vc.length > 1000) return retRes('3', 'Creation failed. voiceContent is mandatory (max 1000 characters).');
		} else {
			const list = (b.playList ?? b.playlist) as unknown;
			if (!Array.isArray(list) || list.length === 0 || list.length > 5) return retRes('11', 'The playList array is empty or the array size is greater than 5.');
			if (b.playTimes !== undefined && b.playTimes !== null) {
				const pt = Number(b.playTimes);
				if (!Number.isInteger(pt) || pt < 1 || pt > 5) return retRes('10', 'The value of playTimes must be greater than or equal to 1 and less than or equal to 5.');
			}
			for (const item of list) {
				if (!isObject(item)) return retRes('12', 'Both voiceId and templateId are empty.');
				const voiceId = item.voiceId;
				const templateId = item.templateId;
				if (!voiceId && !templateId && !item.voiceFileName) return retRes('12', 'Both voiceId and templateId are empty.');
				if (item.templateParams !== undefined) {
					const tp = item.templateParams;
					if (!Array.isArray(tp) || tp.length === 0 || tp.length > 10) return retRes('15', 'The templateParams array is empty or the array size is greater than 10.');
					for (const p of tp) {
						if (p === null || p === undefined || p === '') return retRes('35', 'The values of elements in the templateParams array cannot be empty.');
						if (/[${}]/.test(String(p))) return retRes('14', 'The format of the parameter value in templateParams is incorrect.');
						if (Buffer.byteLength(String(p)) > 32) return retRes('13', 'The length of a single variable exceeds 32 bytes.');
					}
				}
			}
		}
		const c: SimVoiceCall = {
			callSerialNo: newSerialNo(),
			kind: 'voiceNotification',
			called,
			callerPresent: b.callerPresent === undefined || b.callerPresent === null ? undefined : String(b.callerPresent),
			callbackUrl: callbackUrl ?? this.core.config.voiceNotificationCallbackUrl,
			fromApi: !!callbackUrl,
			createdAt: Date.now(),
			state: 'calling',
		};
		this.calls.set(c.callSerialNo, c);
		this.runNotification(c);
		return retRes('0', 'Created successfully.', { callSerialNo: c.callSerialNo });
	}

	/** Timeline in simulated ms: ring at +1 s, answer at +3 s, release at +13 s. Numbers starting 999 fail before ringing; ending 0004 are not answered. */
	private runNotification(c: SimVoiceCall): void {
		const t0 = c.createdAt;
		const failBefore = c.called.startsWith('999');
		const noAnswer = c.called.endsWith('0004');
		const endAt = failBefore ? 1000 : noAnswer ? 31000 : 13000;
		this.core.setTimer(() => {
			c.state = 'released';
			const params: Record<string, unknown> = {
				callSerialNo: c.callSerialNo,
				called: c.called,
				callerPresent: c.callerPresent ?? '',
				createCallTime: formatCallbackTime(t0),
				alertingTime: failBefore ? '' : formatCallbackTime(t0 + 1000),
				talkingTime: failBefore || noAnswer ? '' : formatCallbackTime(t0 + 3000),
				releaseTime: formatCallbackTime(t0 + endAt),
				talkDuration: failBefore || noAnswer ? '0' : '10',
				recordfile: failBefore || noAnswer ? '' : `Y:/${this.core.credentials.vdnId}/voiceNotification/${formatCallbackTime(t0).slice(0, 10).replace(/\//g, '')}/${c.callSerialNo}.wav`,
				locationId: '0',
				releaseReason: failBefore ? '6' : noAnswer ? '4' : '1',
			};
			c.releaseReason = String(params.releaseReason);
			this.sendRelease(c, params, 'voiceNotificationRelease');
		}, this.core.scaled(endAt));
	}

	private createBidirectional(ctx: Ctx, version: 1 | 3): SimResponse {
		const b = unwrap(ctx.json, 'reqBody', 'requestBody', 'body');
		if (!b) return retRes('90100100', 'Invalid Input Parameter');
		// V3 (6.2.2) makes caller optional: the agent's softPhone leg is called instead.
		const callerGiven = b.caller === undefined || b.caller === null ? '' : String(b.caller);
		const caller = callerGiven || (version === 3 && b.softPhone !== undefined && b.softPhone !== null ? String(b.softPhone) : '');
		const called = b.called === undefined || b.called === null ? '' : String(b.called);
		if (!caller || caller.length > 32) return retRes('90100100', 'Invalid Input Parameter: caller');
		if (!called || called.length > 32) return retRes('90100100', 'Invalid Input Parameter: called');
		if (b.callData !== undefined && b.callData !== null && String(b.callData).length > 1024) return retRes('2', 'Call data information exceeds 1024 characters.');
		let callbackUrl: string | undefined;
		if (version === 1 && b.callbackUrl !== undefined && b.callbackUrl !== null && b.callbackUrl !== '') {
			callbackUrl = decodeMaybeBase64Url(b.callbackUrl);
			if (!callbackUrl) return retRes('90100100', 'Invalid Input Parameter: callbackUrl');
		}
		const c: SimVoiceCall = {
			callSerialNo: newSerialNo(),
			kind: 'bidirectional',
			called,
			caller,
			callerPresent: b.callerPresent === undefined || b.callerPresent === null ? undefined : String(b.callerPresent),
			agentWorkNo: b.agentWorkNo === undefined || b.agentWorkNo === null ? undefined : String(b.agentWorkNo),
			callData: b.callData === undefined || b.callData === null ? undefined : String(b.callData),
			callbackUrl: callbackUrl ?? this.core.config.bidirectionalReleaseCallbackUrl,
			fromApi: !!callbackUrl,
			createdAt: Date.now(),
			state: 'calling',
		};
		this.calls.set(c.callSerialNo, c);
		const t0 = c.createdAt;
		const noAnswer = called.endsWith('0004');
		// agent leg rings at +1 s, answers at +2 s; customer rings at +3 s, answers at +5 s; release at +15 s.
		if (!noAnswer) {
			this.core.setTimer(() => {
				c.state = 'talking';
				const url = this.core.config.bidirectionalConnectionCallbackUrl;
				if (!url) return;
				const body = { callSerialNo: c.callSerialNo, serviceNo: c.agentWorkNo ?? '', called: c.called, callData: c.callData ?? '' };
				void this.core.postCallback('bidirectionalStatus', url, JSON.stringify(body), { 'Content-Type': 'application/json;charset=UTF-8' });
			}, this.core.scaled(5000));
		}
		const endAt = noAnswer ? 33000 : 15000;
		this.core.setTimer(() => {
			c.state = 'released';
			const params: Record<string, unknown> = {
				callSerialNo: c.callSerialNo,
				serviceNo: c.agentWorkNo ?? null,
				called: c.called,
				caller: c.caller ?? '',
				callerPresent: c.callerPresent ?? '',
				callData: c.callData ?? null,
				createCallTime: formatCallbackTime(t0),
				agentAlertingTime: formatCallbackTime(t0 + 1000),
				agentTalkingTime: formatCallbackTime(t0 + 2000),
				alertingTime: formatCallbackTime(t0 + 3000),
				talkingTime: noAnswer ? '' : formatCallbackTime(t0 + 5000),
				releaseTime: formatCallbackTime(t0 + endAt),
				agentReleaseTime: formatCallbackTime(t0 + endAt),
				talkDuration: noAnswer ? '0' : '10',
				agentTalkDuration: String(Math.round((endAt - 2000) / 1000)),
				recordfile: noAnswer ? '' : `Y:/${this.core.credentials.vdnId}/mobileAgent/${formatCallbackTime(t0).slice(0, 10).replace(/\//g, '')}/${newCallId()}.wav`,
				locationId: '0',
				releaseReason: noAnswer ? '4' : '0',
			};
			c.releaseReason = String(params.releaseReason);
			this.sendRelease(c, params, 'bidirectionalRelease');
		}, this.core.scaled(endAt));
		return retRes('0', 'Add CallOutInfo in DB successfully', { callSerialNo: c.callSerialNo });
	}

	private sendRelease(c: SimVoiceCall, params: Record<string, unknown>, kind: string): void {
		const url = c.callbackUrl;
		// Signed only when the URL came through the API and a shared key is configured (6.2.14.1 / 14.4.1).
		const key = this.core.credentials.callbackKey;
		const body = c.fromApi && key ? signCallbackBody(params, key) : params;
		c.released = body;
		if (!url) return;
		void this.core.postCallback(kind, url, JSON.stringify(body), { 'Content-Type': 'application/json;charset=UTF-8' });
	}
}
