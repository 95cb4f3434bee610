/**
 * CC-Gateway multimedia sessions (6.1.5): text/H5 sessions are calls with mediaAbility 5 or 6 on
 * the agent's call list (rung with `injectInboundCall(agentId, { mediaAbility: '5' })`). The agent
 * sends messages (kept on the session, readable through `Gateway.snapshot`), sets its session
 * quota per media type, transfers sessions, asks for H5 connection information and screenshots,
 * with the documented 106-xxx codes and AgentEvent_* events (6.5.1.9).
 */
import type { Ctx, SimCore } from './context.cjs';
import type { AgentSession, Gateway, SimCall } from './gateway.cjs';
import type { SimResponse } from './types.cjs';
import { isObject, randomToken } from './util.cjs';

function gw(retcode: string, message = '', result: unknown = {}): SimResponse {
	return { status: 200, body: { message, retcode, result } };
}
const OK = (result?: unknown): SimResponse => ({ status: 200, body: result === undefined ? { message: 'success', retcode: '0' } : { message: 'success', retcode: '0', result } });

/** 6.1.5.2 mediaType options. */
const MEDIA_TYPES = new Set(['1', '2', '4', '5', '15', '16', '17', '19', '51', '53']);
const MAX_DATA_BYTES = 2048;

export class MediaCalls {
	/** Agent → media type → maximum concurrent sessions (6.1.5.2). */
	readonly quotas = new Map<string, Map<string, number>>();

	constructor(
		private readonly core: SimCore,
		private readonly gateway: Gateway,
	) {
		core.onReset(() => this.quotas.clear());
		this.register();
	}

	private body(ctx: Ctx): Record<string, unknown> {
		return isObject(ctx.json) ? ctx.json : {};
	}

	private call(s: AgentSession, callid: unknown): SimCall | SimResponse {
		if (callid === undefined || callid === null || callid === '') return gw('106-013', 'When an agent sends a multimedia message, the call ID is empty.');
		const c = s.calls.get(String(callid));
		if (!c) return gw('106-014', 'When an agent sends a multimedia message, the call ID is invalid (not the call ID of the current agent).');
		return c;
	}

	private register(): void {
		const h = this.core.handlers;
		const session = (ctx: Ctx) => this.gateway.sessions.get(ctx.params.agentid)!;

		h.set('6.1.5.1', (ctx) => {
			const s = session(ctx);
			const b = this.body(ctx);
			const c = this.call(s, b.callid);
			if (!('callId' in c)) return c;
			if (b.data === undefined || b.data === null || b.data === '') return gw('106-002', 'An empty message is sent.');
			const data = typeof b.data === 'string' ? b.data : JSON.stringify(b.data);
			if (Buffer.byteLength(data) > MAX_DATA_BYTES) return gw('106-007', 'The message content length exceeds the upper limit (2048 bytes).');
			(c.messages ??= []).push({ from: 'agent', userid: b.userid === undefined ? undefined : String(b.userid), data, at: Date.now() });
			return OK();
		});

		h.set('6.1.5.2', (ctx) => {
			const s = session(ctx);
			const b = this.body(ctx);
			const mediaType = String(b.mediaType ?? '');
			if (!mediaType || b.callnums === undefined || b.callnums === '') return gw('106-011', 'The parameter is empty.');
			if (!MEDIA_TYPES.has(mediaType)) return gw('106-008', 'The channel type is incorrect.');
			const n = Number(b.callnums);
			if (!Number.isInteger(n) || n < 0 || n > 32767) return gw('106-012', 'The value is beyond the short range.');
			if (n > 60) return gw('106-003', 'The number of sessions exceeds the maximum value (60).');
			const quota = this.quotas.get(s.agentId) ?? new Map<string, number>();
			quota.set(mediaType, n);
			this.quotas.set(s.agentId, quota);
			return OK();
		});

		h.set('6.1.5.3', (ctx) => {
			const s = session(ctx);
			const b = this.body(ctx);
			const c = this.call(s, b.callid);
			if (!('callId' in c)) return c;
			const devicetype = Number(b.devicetype);
			const mode = Number(b.mode);
			if (![1, 2, 4].includes(devicetype)) return gw('106-004', 'The session transfer device type is not supported.');
			if (mode !== 0 && mode !== 2) return gw('106-010', 'The transfer-out mode is not supported during session transfer.');
			if (b.calldata !== undefined && Buffer.byteLength(String(b.calldata)) > MAX_DATA_BYTES) return gw('106-009', 'The maximum size of data that can be carried during session transfer is 2048 bytes.');
			const address = String(b.address ?? '');
			if (!address) return gw('106-006', 'The agent information is empty during session transfer.');
			const target = devicetype === 2 ? this.gateway.sessions.get(address) : undefined;
			if (devicetype === 2 && !target) return gw('106-006', 'The agent information is empty during session transfer.');
			this.gateway.emit(s, 'AgentEvent_SuccTransResult', { result: 0, callId: c.callId });
			this.gateway.endCall(s, c.callId);
			if (target) this.gateway.inboundCall(target.agentId, { caller: c.caller, called: target.agentId, callId: c.callId, mediaAbility: c.mediaAbility, allowBusy: true });
			return OK();
		});

		const userTypeOf = (b: Record<string, unknown>) => String(b.userType ?? '');
		h.set('6.1.5.4', (ctx) => {
			const s = session(ctx);
			const b = this.body(ctx);
			if (!b.callid || !b.userType) return gw('106-011', 'The parameter is empty.');
			if (!['agent', 'user'].includes(userTypeOf(b))) return gw('106-015', 'Invalid user type.');
			const c = this.call(s, b.callid);
			if (!('callId' in c)) return c;
			const info = {
				userId: userTypeOf(b) === 'agent' ? s.agentId : c.caller,
				ctime: String(Date.now() + 3_600_000),
				channelId: `${c.callId.split('-')[0]}-${s.agentId}`,
				appld: randomToken(16),
				ip: '127.0.0.1',
				port: '6500',
				role: userTypeOf(b) === 'agent' ? '0' : '1',
				signalingDomainIn: 'https://in.isdpdomain.example',
				signalingDomainOut: 'https://out.isdpdomain.example',
				locationId: '65535',
				signature: randomToken(16),
			};
			this.gateway.emit(s, 'AgentEvent_RequestConnect', { callid: c.callId, ...info });
			return OK(info);
		});

		h.set('6.1.5.5', (ctx) => {
			const s = session(ctx);
			const b = this.body(ctx);
			if (!b.callid || !b.userType) return gw('106-011', 'The parameter is empty.');
			if (!['agent', 'user'].includes(userTypeOf(b))) return gw('106-015', 'Invalid user type.');
			const c = this.call(s, b.callid);
			if (!('callId' in c)) return c;
			const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
			this.gateway.emit(s, 'AgentEvent_ImageCapture', { callid: c.callId, result: 0, filename: `F:/${this.core.credentials.vdnId}/1/${day}/${s.agentId}/${Date.now()}.jpg`, locationId: 256 });
			return OK();
		});
	}
}
