/**
 * CC-Gateway (6.1, 12.1, 4.5, 4.6): agent sessions, GUID authentication (static / dynamic),
 * agent state machine (Table 6-452 codes), per-agent event queue with long polling (6.1.4.1) or
 * push (6.1.4.2), calls, and supervisor (quality-control) operations.
 */
import { randomBytes } from 'node:crypto';
import { Conferences } from './conference.cjs';
import type { Ctx, SimCore } from './context.cjs';
import { familyParamError } from './generic.cjs';
import { MediaCalls } from './mediacall.cjs';
import type { AgentEvent, SimAgent, SimResponse } from './types.cjs';
import { isObject, newCallId, newGuid } from './util.cjs';

/** CC-Gateway agent status (6.5.3, Table 6-452). */
export const AgentStatus = {
	SIGNED_OUT: 2,
	BUSY: 3,
	IDLE: 4,
	WORK: 5,
	TALKING: 7,
	REST: 8,
	PRE_REST: 9,
} as const;

export interface SimCall {
	callId: string;
	caller: string;
	called: string;
	/** 6.5.4 call type: 0 inbound, 7 outbound, 6 internal. */
	feature: string;
	direction: 'in' | 'out';
	state: 'ringing' | 'dialing' | 'talking' | 'held';
	startedAt: number;
	answeredAt?: number;
	timer?: NodeJS.Timeout;
	/** 1 voice, 2 video, 5 text (multimedia session, 6.1.5), 6 H5 video. */
	mediaAbility: string;
	/** Messages an agent sent on a multimedia session (6.1.5.1). */
	messages?: { from: 'agent'; userid?: string; data: string; at: number }[];
}

export interface AgentSession {
	agentId: string;
	agent: SimAgent;
	guid: string;
	/** GUID replaced by the last rotation; valid until prevGuidUntil (GUIDTIMEOUT). */
	prevGuid?: string;
	prevGuidUntil?: number;
	guidIssuedAt: number;
	/** Last GUID sent to the client in a Set-GUID header. */
	announcedGuid: string;
	phone: string;
	loginTime: number;
	status: number;
	autoanswer: boolean;
	autoenteridle: boolean;
	releasephone: boolean;
	push?: { uri: string; token: string };
	pushBuffer: AgentEvent[];
	pushChain: Promise<void>;
	pushScheduled: boolean;
	queue: AgentEvent[];
	waiter?: (ev: AgentEvent | null, retcode?: string) => void;
	polling: boolean;
	idleTimer?: NodeJS.Timeout;
	restTimer?: NodeJS.Timeout;
	calls: Map<string, SimCall>;
	pendingBusy: boolean;
	pendingRest?: { time: number; reason: string };
	monitoring?: { target: string; mode: string };
	customState?: string;
	/** Why the session ended (kept on the tombstone for debugging). */
	endedReason?: string;
	/** Cluster mode: the load balancer's affinity cookie value that routes to the node holding this session. */
	elbCookie?: string;
}

/** The cookie name of Huawei's ELB in front of a clustered CC-Gateway (the official agent demo keeps and resends it "For HEC"). */
export const ELB_COOKIE = 'huaweielbsession';

function cookieValue(header: string | string[] | undefined, name: string): string | undefined {
	for (const line of Array.isArray(header) ? header : header ? [header] : []) {
		for (const pair of line.split(';')) {
			const eq = pair.indexOf('=');
			if (eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
		}
	}
	return undefined;
}

const MAX_QUEUE = 2000;

function gw(retcode: string, message = '', result: unknown = {}): SimResponse {
	return { status: 200, body: { message, retcode, result } };
}

const OK = (result: unknown = {}): SimResponse => gw('0', 'success', result);

function str(v: unknown): string | undefined {
	if (v === undefined || v === null) return undefined;
	return String(v);
}

function bool(v: unknown, dflt: boolean): boolean {
	if (v === undefined || v === null || v === '') return dflt;
	if (typeof v === 'boolean') return v;
	return String(v).toLowerCase() === 'true';
}

export class Gateway {
	readonly sessions = new Map<string, AgentSession>();
	/** Sessions that ended recently (sign-out, idle timeout, kicked) for diagnostics. */
	readonly ended = new Map<string, { reason: string; at: number }>();

	/** 6.1.6 agent conferences and 6.1.5 multimedia sessions, built on these sessions and event queues. */
	readonly conferences: Conferences;
	readonly media: MediaCalls;

	constructor(private readonly core: SimCore) {
		core.onReset(() => this.restart('reset'));
		core.onClose(() => this.restart('close'));
		this.register();
		this.conferences = new Conferences(core, this);
		this.media = new MediaCalls(core, this);
	}

	private agentConfig(id: string): SimAgent | undefined {
		return this.core.credentials.agents.find((a) => a.workNo === id);
	}

	// ---------------------------------------------------------------- authentication (C4)

	/** Checks the Guid header against the agent in the path. Undefined = authenticated. */
	authenticate(ctx: Ctx): SimResponse | undefined {
		const agentId = ctx.params.agentid;
		const s = agentId ? this.sessions.get(agentId) : undefined;
		if (!s) return gw('100-006', 'The agent does not sign in.');
		// Without its cookie the load balancer sends the call to any node; the others hold no session for the agent.
		if (s.elbCookie !== undefined && cookieValue(ctx.headers.cookie, ELB_COOKIE) !== s.elbCookie) return gw('100-006', 'The agent does not sign in.');
		const h = ctx.headers['guid'];
		const guid = Array.isArray(h) ? h[0] : h;
		if (!guid || !this.guidValid(s, guid.trim())) {
			return gw('000-003', 'No permission to invoke the interface. The agent authentication may have expired.');
		}
		ctx.auth = { mode: 'C4', agentId };
		if (s.push) this.touchIdle(s); // push-mode agents do not poll; any call counts as a heartbeat
		return undefined;
	}

	private guidValid(s: AgentSession, guid: string): boolean {
		if (guid === s.guid) return true;
		return !!s.prevGuid && guid === s.prevGuid && Date.now() < (s.prevGuidUntil ?? 0);
	}

	rotateGuid(s: AgentSession): void {
		s.prevGuid = s.guid;
		s.prevGuidUntil = Date.now() + this.core.scaled(this.core.options.guidTimeoutMs);
		s.guid = newGuid(0);
		s.guidIssuedAt = Date.now();
	}

	/** Dynamic mode: rotate after GUIDINTERVAL; the new GUID rides on the next event-interface response. */
	private maybeRotate(s: AgentSession): void {
		if (this.core.options.gatewayAuthMode !== 'dynamic') return;
		if (Date.now() - s.guidIssuedAt >= this.core.scaled(this.core.options.guidIntervalMs)) this.rotateGuid(s);
	}

	private guidHeaders(s: AgentSession): Record<string, string> | undefined {
		if (s.announcedGuid === s.guid) return undefined;
		s.announcedGuid = s.guid;
		return { 'Set-GUID': `JSESSIONID=${s.guid}`, Guid: s.guid };
	}

	/** Admin/fault: make the current GUID(s) invalid without telling the client. */
	invalidateGuid(agentId?: string): number {
		let n = 0;
		for (const s of this.sessions.values()) {
			if (agentId && s.agentId !== agentId) continue;
			s.guid = newGuid(0);
			s.announcedGuid = s.guid;
			s.prevGuid = undefined;
			n++;
		}
		return n;
	}

	/** Gateway restart: every session is lost; held polls are answered with 100-006. */
	restart(reason = 'restart'): void {
		for (const s of [...this.sessions.values()]) this.endSession(s, reason, false);
		this.core.c5Sessions.clear();
	}

	// ---------------------------------------------------------------- events

	emit(s: AgentSession, eventType: string, content: unknown = null): void {
		const ev: AgentEvent = { eventType, workNo: s.agentId, content };
		if (s.push) {
			s.pushBuffer.push(ev);
			this.schedulePush(s);
			return;
		}
		if (s.waiter) {
			const w = s.waiter;
			s.waiter = undefined;
			w(ev);
			return;
		}
		s.queue.push(ev);
		if (s.queue.length > MAX_QUEUE) s.queue.splice(0, s.queue.length - MAX_QUEUE);
	}

	private schedulePush(s: AgentSession): void {
		if (s.pushScheduled) return;
		s.pushScheduled = true;
		// Batch what one operation produces into a single eventList (latest on the right, 6.1.4.2).
		this.core.setTimer(() => {
			s.pushScheduled = false;
			const list = s.pushBuffer.splice(0);
			if (!list.length || !s.push) return;
			const push = s.push;
			s.pushChain = s.pushChain.then(async () => {
				this.maybeRotate(s);
				s.announcedGuid = s.guid;
				const body = JSON.stringify({ workNo: s.agentId, eventList: list });
				await this.core.postCallback('agentEvent', push.uri, body, {
					'Content-Type': 'application/json; charset=UTF-8',
					Guid: s.guid,
					service_token: push.token,
				});
			});
		}, 0);
	}

	inject(agentId: string, events: { eventType: string; content?: unknown }[]): boolean {
		const s = this.sessions.get(agentId);
		if (!s) return false;
		for (const e of events) this.emit(s, e.eventType, e.content ?? null);
		return true;
	}

	// ---------------------------------------------------------------- session lifecycle

	private touchIdle(s: AgentSession): void {
		this.core.clearTimer(s.idleTimer);
		s.idleTimer = this.core.setTimer(() => {
			if (this.sessions.get(s.agentId) === s && !s.polling) this.endSession(s, 'idle-timeout', false);
		}, this.core.scaled(this.core.options.agentIdleTimeoutMs));
	}

	private endSession(s: AgentSession, reason: string, notify: boolean, waiterRetcode = '100-006'): void {
		if (this.sessions.get(s.agentId) === s) this.sessions.delete(s.agentId);
		s.endedReason = reason;
		this.ended.set(s.agentId, { reason, at: Date.now() });
		this.core.clearTimer(s.idleTimer);
		this.core.clearTimer(s.restTimer);
		for (const c of s.calls.values()) this.core.clearTimer(c.timer);
		if (notify) {
			const ev: AgentEvent = { eventType: 'AgentOther_ShutdownService', workNo: s.agentId, content: { loginTime: String(s.loginTime) } };
			if (s.push) {
				s.pushBuffer.push(ev);
				const push = s.push;
				const list = s.pushBuffer.splice(0);
				s.pushChain = s.pushChain.then(async () => {
					await this.core.postCallback('agentEvent', push.uri, JSON.stringify({ workNo: s.agentId, eventList: list }), {
						'Content-Type': 'application/json; charset=UTF-8',
						Guid: s.guid,
						service_token: push.token,
					});
				});
			} else if (s.waiter) {
				const w = s.waiter;
				s.waiter = undefined;
				w(ev);
			}
		}
		if (s.waiter) {
			const w = s.waiter;
			s.waiter = undefined;
			w(null, waiterRetcode);
		}
	}

	private signIn(ctx: Ctx, force: boolean): SimResponse {
		const agentId = ctx.params.agentid;
		const body = isObject(ctx.json) ? ctx.json : undefined;
		if (!body) return gw('100-001', 'The sign-in parameter is left empty or is invalid.');
		const agent = this.agentConfig(agentId);
		const password = str(body.password);
		const phonenum = str(body.phonenum);
		if (password === undefined || phonenum === undefined || phonenum === '') return gw('100-001', 'The sign-in parameter is left empty or is invalid.');
		if (!agent || agent.password !== password) return gw('100-004', 'The username or password entered for sign-in is incorrect.');
		if (!/^\d{1,24}$/.test(phonenum)) return gw('100-001', 'The sign-in parameter is left empty or is invalid.');
		if (!this.core.credentials.agents.some((a) => a.phone === phonenum)) {
			return gw('100-014', 'The phone number used for the agent to sign in is not within the configured range.');
		}
		const status = body.status === undefined || body.status === '' ? 4 : Number(body.status);
		if (![3, 4, 5].includes(status)) return gw('100-011', 'The parameter is invalid when the agent signs in.');
		const agenttype = body.agenttype === undefined || body.agenttype === '' ? 4 : Number(body.agenttype);
		if (![4, 11].includes(agenttype)) return gw('100-012', 'The agent type is incorrect during sign-in.');
		const ip = str(body.ip);
		if (ip !== undefined && ip !== '' && !/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) return gw('100-016', 'When the agent signs in, the IP address is invalid.');
		const callbackUri = str(body.callbackUri);
		const serviceToken = str(body.serviceToken);
		if (serviceToken !== undefined && (serviceToken.length > 50 || /[^A-Za-z0-9_\-.]/.test(serviceToken))) {
			return gw('100-001', 'The sign-in parameter is left empty or is invalid.');
		}
		const existing = this.sessions.get(agentId);
		if (existing) {
			if (!force) return gw('100-002', 'The agent has signed in.');
			// The kicked client's GUID is now stale: its held poll ends with 000-003.
			this.endSession(existing, 'forced-sign-in', false, '000-003');
		}
		const guid = newGuid(0);
		const now = Date.now();
		const s: AgentSession = {
			agentId,
			agent,
			guid,
			guidIssuedAt: now,
			announcedGuid: guid,
			phone: phonenum,
			loginTime: now,
			status: AgentStatus.IDLE,
			autoanswer: bool(body.autoanswer, true),
			autoenteridle: bool(body.autoenteridle, true),
			releasephone: bool(body.releasephone, !force),
			push: callbackUri && serviceToken ? { uri: callbackUri, token: serviceToken } : undefined,
			pushBuffer: [],
			pushChain: Promise.resolve(),
			pushScheduled: false,
			queue: [],
			polling: false,
			calls: new Map(),
			pendingBusy: false,
			elbCookie: this.core.options.gatewayCluster ? randomBytes(16).toString('hex') : undefined,
		};
		this.sessions.set(agentId, s);
		this.ended.delete(agentId);
		this.emit(s, 'AgentOther_InService');
		this.emit(s, 'AgentState_Ready');
		if (status === 3) {
			s.status = AgentStatus.BUSY;
			this.emit(s, 'AgentState_SetNotReady_Success', { reason: '0' });
		} else if (status === 5) {
			s.status = AgentStatus.WORK;
			this.emit(s, 'AgentState_Work');
		}
		if (bool(body.phonelinkage ?? body.phoneLinkage, false)) this.emit(s, 'AgentEvent_linkageCapability', { linkageCapability: true });
		this.touchIdle(s);
		return {
			status: 200,
			headers: { 'Set-GUID': `JSESSIONID=${guid}`, Guid: guid, ...(s.elbCookie ? { 'Set-Cookie': `${ELB_COOKIE}=${s.elbCookie}; Path=/; HttpOnly` } : {}) },
			body: {
				message: 'success',
				retcode: '0',
				result: {
					vdnid: this.core.credentials.vdnId,
					workno: agentId,
					mediatype: 'TTF',
					loginTime: String(now),
					isForceChange: 'false',
					serverName: 'AgentGateway',
					timeRemaining: '',
				},
			},
		};
	}

	private poll(ctx: Ctx): Promise<SimResponse> | SimResponse {
		const s = this.sessions.get(ctx.params.agentid)!;
		if (s.push) return gw('000-001', 'The method of obtaining the agent event is incorrect (the agent signed in in push mode).');
		const respond = (ev: AgentEvent | null, retcode = '0'): SimResponse => {
			if (retcode !== '0') return gw(retcode, retcode === '100-006' ? 'The agent does not sign in.' : 'No permission to invoke the interface. The agent authentication may have expired.');
			this.maybeRotate(s);
			const headers = this.guidHeaders(s);
			return { status: 200, headers, body: { message: '', retcode: '0', event: ev } };
		};
		this.core.clearTimer(s.idleTimer);
		if (s.queue.length) {
			const ev = s.queue.shift()!;
			this.touchIdle(s);
			return respond(ev);
		}
		if (s.waiter) {
			// A newer poll supersedes the held one, which returns empty.
			const w = s.waiter;
			s.waiter = undefined;
			w(null);
		}
		s.polling = true;
		return new Promise<SimResponse>((resolve) => {
			let done = false;
			const finish = (ev: AgentEvent | null, retcode?: string) => {
				if (done) return;
				done = true;
				this.core.clearTimer(timer);
				if (s.waiter === waiter) s.waiter = undefined;
				s.polling = false;
				if (this.sessions.get(s.agentId) === s) this.touchIdle(s);
				resolve(respond(ev, retcode));
			};
			const waiter = (ev: AgentEvent | null, retcode?: string) => finish(ev, retcode);
			s.waiter = waiter;
			const timer = this.core.setTimer(() => finish(null), this.core.scaled(this.core.options.pollHoldMs));
			void ctx.aborted.then(() => {
				if (done) return;
				// Client went away: put nothing back, just stop holding.
				done = true;
				this.core.clearTimer(timer);
				if (s.waiter === waiter) s.waiter = undefined;
				s.polling = false;
				if (this.sessions.get(s.agentId) === s) this.touchIdle(s);
				resolve({ status: 499 });
			});
		});
	}

	// ---------------------------------------------------------------- state transitions

	private session(ctx: Ctx): AgentSession {
		return this.sessions.get(ctx.params.agentid)!;
	}

	private afterCall(s: AgentSession): void {
		if (s.calls.size > 0) return;
		if (s.pendingRest) {
			const r = s.pendingRest;
			s.pendingRest = undefined;
			this.enterRest(s, r.time, r.reason);
		} else if (s.pendingBusy) {
			s.pendingBusy = false;
			s.status = AgentStatus.BUSY;
			this.emit(s, 'AgentState_SetNotReady_Success', { reason: '7' });
		} else if (s.autoenteridle) {
			s.status = AgentStatus.IDLE;
			this.emit(s, 'AgentState_Ready');
		} else {
			s.status = AgentStatus.WORK;
			this.emit(s, 'AgentState_Work');
		}
	}

	private enterRest(s: AgentSession, seconds: number, reason: string): void {
		s.status = AgentStatus.REST;
		this.emit(s, 'AgentState_SetRest_Success', { reason });
		this.core.clearTimer(s.restTimer);
		s.restTimer = this.core.setTimer(() => {
			if (this.sessions.get(s.agentId) === s && s.status === AgentStatus.REST) this.emit(s, 'AgentState_Rest_Timeout');
		}, this.core.scaled(seconds * 1000));
	}

	private setIdle(s: AgentSession): SimResponse {
		switch (s.status) {
			case AgentStatus.BUSY:
				s.status = AgentStatus.IDLE;
				this.emit(s, 'AgentState_CancelNotReady_Success');
				return OK();
			case AgentStatus.WORK:
				s.status = AgentStatus.IDLE;
				this.emit(s, 'AgentState_CancelWork_Success');
				return OK();
			case AgentStatus.IDLE:
				return OK();
			case AgentStatus.TALKING:
				s.pendingBusy = false;
				s.pendingRest = undefined;
				return OK();
			default:
				return gw('100-009', 'The agent status is incorrect.');
		}
	}

	private setBusy(s: AgentSession, reason = '0'): SimResponse {
		switch (s.status) {
			case AgentStatus.IDLE:
			case AgentStatus.WORK:
				s.status = AgentStatus.BUSY;
				this.emit(s, 'AgentState_SetNotReady_Success', { reason });
				return OK();
			case AgentStatus.BUSY:
				return OK();
			case AgentStatus.TALKING:
				s.pendingBusy = true;
				return OK();
			default:
				return gw('100-009', 'The agent status is incorrect.');
		}
	}

	private activeCall(s: AgentSession, callId?: string): SimCall | undefined {
		if (callId) return s.calls.get(callId);
		for (const c of s.calls.values()) if (c.state === 'talking') return c;
		return undefined;
	}

	private anyCall(s: AgentSession, callId?: string): SimCall | undefined {
		if (callId) return s.calls.get(callId);
		return this.activeCall(s) ?? [...s.calls.values()][0];
	}

	private releaseCall(s: AgentSession, c: SimCall, by: 'agent' | 'customer' | 'platform'): void {
		this.core.clearTimer(c.timer);
		s.calls.delete(c.callId);
		if (by === 'customer') this.emit(s, 'AgentEvent_Customer_Release', { callid: c.callId, number: c.direction === 'in' ? c.caller : c.called });
		this.emit(s, 'AgentEvent_Call_Release', c.callId);
		if (s.releasephone) this.emit(s, 'AgentOther_PhoneRelease', { phoneState: by === 'agent' ? 2 : 3 });
		if (s.calls.size === 0) this.afterCall(s);
	}

	/**
	 * Admin: ring the agent with an inbound call (6.5.1.2.12 / 6.5.1.2.11). `mediaAbility` 5 makes it
	 * a multimedia text session (6.1.5), which may also reach an agent already serving text sessions
	 * up to its 6.1.5.2 quota (`allowBusy`: a transfer does not check the state).
	 */
	inboundCall(
		agentId: string,
		opts: { caller?: string; called?: string; callId?: string; skillId?: number; mediaAbility?: string; allowBusy?: boolean } = {},
	): { ok: true; callId: string } | { ok: false; error: string } {
		const s = this.sessions.get(agentId);
		if (!s) return { ok: false, error: 'agent not signed in' };
		const mediaAbility = opts.mediaAbility ?? '1';
		const text = mediaAbility === '5';
		const textSessions = [...s.calls.values()].filter((x) => x.mediaAbility === '5').length;
		const quota = this.media.quotas.get(agentId)?.get('1') ?? 1;
		const textRoom = text && textSessions > 0 && textSessions < quota && textSessions === s.calls.size;
		if (s.status !== AgentStatus.IDLE && !textRoom && !opts.allowBusy) return { ok: false, error: `agent not idle (status ${s.status})` };
		const c: SimCall = {
			callId: opts.callId ?? newCallId(),
			caller: opts.caller ?? '13800000000',
			called: opts.called ?? '6000',
			feature: '0',
			direction: 'in',
			state: 'ringing',
			startedAt: Date.now(),
			mediaAbility,
		};
		s.calls.set(c.callId, c);
		this.emit(s, 'AgentOther_PhoneAlerting');
		const callContent = { caller: c.caller, transfer: 'no', callid: c.callId, transfrom: '', called: c.called, type: 'main', mediaAbility: c.mediaAbility, feature: c.feature };
		if (s.autoanswer) {
			this.emit(s, 'AgentEvent_Auto_Answer', callContent);
			this.answer(s, c);
		} else {
			this.emit(s, 'AgentEvent_Ringing', callContent);
		}
		return { ok: true, callId: c.callId };
	}

	private answer(s: AgentSession, c: SimCall): void {
		c.state = 'talking';
		c.answeredAt = Date.now();
		s.status = AgentStatus.TALKING;
		this.emit(s, 'AgentEvent_Talking', { caller: c.caller, callid: c.callId, called: c.called, feature: c.feature, type: 'main', mediaAbility: c.mediaAbility });
	}

	/** Ends one call of the agent as the platform does (transfer-out of a multimedia session). */
	endCall(s: AgentSession, callId: string): boolean {
		const c = s.calls.get(callId);
		if (!c) return false;
		this.releaseCall(s, c, 'platform');
		return true;
	}

	/** Admin: the customer hangs up. */
	customerHangup(agentId: string, callId?: string): boolean {
		const s = this.sessions.get(agentId);
		if (!s) return false;
		const c = this.anyCall(s, callId);
		if (!c) return false;
		this.releaseCall(s, c, 'customer');
		return true;
	}

	private callout(ctx: Ctx): SimResponse {
		const s = this.session(ctx);
		const body = isObject(ctx.json) ? ctx.json : {};
		const called = str(body.called);
		if (!called || !/^[0-9*#]{1,24}$/.test(called)) return gw('200-001', 'The outbound call number is incorrect.');
		if (this.activeCall(s)) return gw('100-009', 'The agent status is incorrect.');
		if (s.status === AgentStatus.REST) return gw('100-009', 'The agent status is incorrect.');
		const c: SimCall = {
			callId: newCallId(),
			caller: str(body.caller) || s.phone,
			called,
			feature: '7',
			direction: 'out',
			state: 'dialing',
			startedAt: Date.now(),
			mediaAbility: '1',
		};
		s.calls.set(c.callId, c);
		this.emit(s, 'AgentOther_PhoneAlerting');
		this.emit(s, 'AgentOther_PhoneOffhook', { type: 'main' });
		this.emit(s, 'AgentState_Busy');
		this.emit(s, 'AgentEvent_Customer_Alerting', { callid: c.callId, otherPhoneWorkno: '', otherPhone: called, type: 'main' });
		// Numbers starting with 999 are unreachable: AgentEvent_Call_Out_Fail + OUTBOUND_DETECT_EVENT.
		const fails = called.startsWith('999');
		c.timer = this.core.setTimer(() => {
			if (s.calls.get(c.callId) !== c || this.sessions.get(s.agentId) !== s) return;
			if (fails) {
				s.calls.delete(c.callId);
				this.emit(s, 'AgentEvent_Call_Out_Fail', c.callId);
				this.emit(s, 'OUTBOUND_DETECT_EVENT', { callId: c.callId, detect: 1552, desc: 'The called number is unreachable.' });
				if (s.releasephone) this.emit(s, 'AgentOther_PhoneRelease', { phoneState: 3 });
				this.afterCall(s);
			} else {
				this.answer(s, c);
			}
		}, this.core.scaled(2000));
		return { status: 200, body: { message: 'success', retcode: '0', result: c.callId } };
	}

	// ---------------------------------------------------------------- supervisor helpers

	private inspector(ctx: Ctx, workNo: string | undefined): { s: AgentSession; target?: AgentSession } | SimResponse {
		const s = this.session(ctx);
		if (!s.agent.inspector) return gw('900-002', 'No permission exists during quality check.');
		if (workNo === undefined) return { s };
		const target = this.sessions.get(workNo);
		if (!target) return gw('900-004', 'No agent information is found during quality check monitoring.');
		return { s, target };
	}

	// ---------------------------------------------------------------- route table

	private register(): void {
		const h = this.core.handlers;
		const authed = (fn: (ctx: Ctx, s: AgentSession) => SimResponse | Promise<SimResponse>) => (ctx: Ctx) => fn(ctx, this.session(ctx));

		h.set('6.1.1.1', (ctx) => this.signIn(ctx, false));
		h.set('6.1.1.2', (ctx) => this.signIn(ctx, true));
		h.set('6.1.1.23', (ctx) => this.signIn(ctx, false));
		h.set('6.1.4.1', (ctx) => this.poll(ctx));
		h.set(
			'6.1.1.3',
			authed((_ctx, s) => {
				// The heartbeat keeps a session alive that is not long-polling (6.1.1.3).
				if (!s.polling) this.touchIdle(s);
				return OK();
			}),
		);
		// 6.3.4/6.3.5: the subscription task ID is the path placeholder {serviceid}; Tables 6-414/6-417
		// call that URI parameter "serverid", which the generic route would demand as a query field.
		const subscriptionHandshake = (ctx: Ctx): SimResponse => {
			const id = ctx.params.serviceid ?? ctx.query.serverid;
			if (!id || id === 'null') return gw('000-002', 'Parameter serverid is mandatory.');
			return { status: 200, body: { message: 'success', retcode: '0' } };
		};
		h.set('6.3.4', subscriptionHandshake);
		h.set('6.3.5', subscriptionHandshake);
		// 13.1.2.1 downloads like its extended version: the file named by recordId.
		h.set('13.1.2.1', (ctx) => h.get('13.1.2.2')!(ctx));
		h.set(
			'6.1.1.4',
			authed((ctx) => {
				const body = isObject(ctx.json) ? ctx.json : {};
				const to = str(body.workno ?? body.workNo ?? body.receiver);
				const target = to ? this.sessions.get(to) : undefined;
				if (target) this.emit(target, 'AgentOther_Note', null);
				return OK();
			}),
		);
		h.set(
			'6.1.1.7',
			authed((ctx, s) => {
				s.autoanswer = ctx.params.isautoanswer === 'true';
				return OK();
			}),
		);
		h.set(
			'6.1.1.17',
			authed((ctx, s) => {
				s.autoenteridle = ctx.params.flag === 'true';
				return OK();
			}),
		);
		h.set('6.1.1.9', authed((_ctx, s) => this.setIdle(s)));
		h.set('6.1.1.10', authed((_ctx, s) => this.setBusy(s)));
		h.set(
			'6.1.1.11',
			authed((_ctx, s) => {
				if (s.status === AgentStatus.BUSY) {
					s.status = AgentStatus.IDLE;
					this.emit(s, 'AgentState_CancelNotReady_Success');
					return OK();
				}
				if (s.pendingBusy) {
					s.pendingBusy = false;
					return OK();
				}
				return gw('100-009', 'The agent status is incorrect.');
			}),
		);
		h.set(
			'6.1.1.12',
			authed((ctx, s) => {
				const time = Number(ctx.params.time);
				if (!Number.isInteger(time) || time <= 0 || time > 86400) return familyParamError(ctx.op!, 'time', 'is invalid');
				const reason = ctx.params.restcause;
				if (s.status === AgentStatus.TALKING) {
					s.pendingRest = { time, reason };
					return OK();
				}
				if (![AgentStatus.IDLE, AgentStatus.BUSY, AgentStatus.WORK].includes(s.status as 3 | 4 | 5)) return gw('100-009', 'The agent status is incorrect.');
				this.enterRest(s, time, reason);
				return OK();
			}),
		);
		h.set(
			'6.1.1.13',
			authed((_ctx, s) => {
				if (s.status !== AgentStatus.REST) {
					if (s.pendingRest) {
						s.pendingRest = undefined;
						return OK();
					}
					return gw('100-009', 'The agent status is incorrect.');
				}
				this.core.clearTimer(s.restTimer);
				s.status = AgentStatus.IDLE;
				this.emit(s, 'AgentState_CancelRest_Success');
				return OK();
			}),
		);
		h.set(
			'6.1.1.14',
			authed((_ctx, s) => {
				if (s.status === AgentStatus.WORK) return OK();
				if (s.status !== AgentStatus.IDLE && s.status !== AgentStatus.BUSY) return gw('100-009', 'The agent status is incorrect.');
				s.status = AgentStatus.WORK;
				this.emit(s, 'AgentState_SetWork_Success');
				return OK();
			}),
		);
		h.set(
			'6.1.1.15',
			authed((_ctx, s) => {
				if (s.status !== AgentStatus.WORK) return gw('100-009', 'The agent status is incorrect.');
				s.status = AgentStatus.IDLE;
				this.emit(s, 'AgentState_CancelWork_Success');
				return OK();
			}),
		);
		const logout = (force: boolean) =>
			authed((_ctx, s) => {
				if (!force && s.calls.size > 0) return gw('100-010', 'A state error occurs during sign-out.');
				this.endSession(s, force ? 'forced-sign-out' : 'sign-out', true);
				return OK();
			});
		h.set('6.1.1.18', logout(false));
		h.set('6.1.1.19', logout(true));
		h.set('6.1.1.20', logout(true));
		h.set('6.1.1.21', authed((_ctx, s) => OK({ agentState: s.status, isWorking: s.status === AgentStatus.TALKING })));
		h.set(
			'6.1.1.24',
			authed((_ctx, s) => {
				this.rotateGuid(s);
				s.announcedGuid = s.guid;
				return { status: 200, headers: { 'Set-GUID': `JSESSIONID=${s.guid}`, Guid: s.guid }, body: { message: 'success', retcode: '0', result: {} } };
			}),
		);
		h.set(
			'6.1.1.25',
			authed((_ctx, s) =>
				OK({
					agentState: s.status,
					isWorking: s.status === AgentStatus.TALKING,
					callInfo: [...s.calls.values()].map((c) => ({ callid: c.callId, caller: c.caller, called: c.called, feature: c.feature, state: c.state })),
				}),
			),
		);
		h.set(
			'6.1.1.27',
			authed((ctx, s) => {
				const body = isObject(ctx.json) ? ctx.json : {};
				s.customState = str(body.customState ?? body.status ?? body.state) ?? 'custom';
				return OK();
			}),
		);
		h.set('6.1.1.28', authed((_ctx, s) => OK(s.customState ? { customState: s.customState } : {})));
		h.set(
			'6.1.1.29',
			authed((_ctx, s) => {
				s.customState = undefined;
				return OK();
			}),
		);

		// ---- voice calls
		h.set('6.1.2.1', (ctx) => this.callout(ctx));
		h.set(
			'6.1.2.3',
			authed((ctx, s) => {
				const c = [...s.calls.values()].find((x) => x.state === 'ringing' && (!ctx.query.callid || x.callId === ctx.query.callid));
				if (!c) return gw('200-002', 'No call exists for the agent to answer or reject.');
				this.answer(s, c);
				return OK();
			}),
		);
		const hold = authed((_ctx, s) => {
			const c = this.activeCall(s);
			if (!c) return gw('200-013', 'No call exists for the agent to hold.');
			c.state = 'held';
			this.emit(s, 'AgentEvent_Hold', c.callId);
			return OK();
		});
		h.set('6.1.2.8', hold);
		h.set(
			'6.1.2.10',
			authed((ctx, s) => {
				const body = isObject(ctx.json) ? ctx.json : {};
				const want = ctx.query.callid ?? str(body.callid);
				const c = [...s.calls.values()].find((x) => x.state === 'held' && (!want || x.callId === want));
				if (!c) return gw('200-015', 'No call exists for the agent to unhold.');
				c.state = 'talking';
				this.emit(s, 'AgentEvent_Talking', { caller: c.caller, callid: c.callId, called: c.called, feature: c.feature, type: 'main', mediaAbility: '1' });
				return OK();
			}),
		);
		h.set(
			'6.1.2.11',
			authed((ctx, s) => {
				const body = isObject(ctx.json) ? ctx.json : {};
				for (const f of ['devicetype', 'address', 'mode']) {
					if (body[f] === undefined || body[f] === null || body[f] === '') return gw('000-002', `The parameter ${f} is invalid.`);
				}
				const c = this.activeCall(s) ?? [...s.calls.values()].find((x) => x.state === 'held');
				if (!c) return gw('200-012', 'No call exists for the agent to transfer.');
				const mode = Number(body.mode);
				if (Number(body.devicetype) === 2 && mode === 3) {
					this.emit(s, 'AgentEvent_Conference', { callid: c.callId, partner: `${str(body.address)},${c.direction === 'in' ? c.caller : c.called}` });
					return OK();
				}
				this.emit(s, 'AgentEvent_SuccTransResult', { result: 0, callId: c.callId });
				this.releaseCall(s, c, 'platform');
				const target = Number(body.devicetype) === 2 ? this.sessions.get(String(body.address)) : undefined;
				if (target && target.status === AgentStatus.IDLE) this.inboundCall(target.agentId, { caller: c.direction === 'in' ? c.caller : c.called, called: target.agentId, callId: c.callId });
				return OK();
			}),
		);
		h.set(
			'6.1.2.14',
			authed((ctx, s) => {
				const c = this.activeCall(s) ?? [...s.calls.values()][0];
				if (!c) return gw('200-010', 'No call exists for the agent to initiate a three-party call.');
				const parties = [...s.calls.values()].map((x) => (x.direction === 'in' ? x.caller : x.called));
				for (const x of s.calls.values()) x.state = 'talking';
				this.emit(s, 'AgentEvent_Conference', { callid: c.callId, partner: parties.join(',') });
				return OK();
			}),
		);
		h.set(
			'6.1.2.15',
			authed((ctx, s) => {
				const c = s.calls.get(ctx.params.callid);
				if (!c) return gw('200-025', 'No call exists for the agent to release.');
				this.releaseCall(s, c, 'agent');
				return OK();
			}),
		);
		h.set(
			'6.1.2.16',
			authed((ctx, s) => {
				const c = this.anyCall(s, ctx.query.callid);
				if (!c) return gw('200-017', 'No call exists for the agent to end.');
				this.releaseCall(s, c, 'agent');
				return OK();
			}),
		);
		const reject = authed((_ctx, s) => {
			const c = [...s.calls.values()].find((x) => x.state === 'ringing');
			if (!c) return gw('200-037', 'No ringing call exists for the agent to reject.');
			s.calls.delete(c.callId);
			this.emit(s, 'AgentEvent_No_Answer', c.callId);
			this.emit(s, 'AgentOther_PhoneRelease', { phoneState: 2 });
			if (s.calls.size === 0) this.afterCall(s);
			return OK();
		});
		h.set('6.1.2.22', reject);
		h.set('6.1.2.24', reject);
		h.set(
			'6.1.2.23',
			authed((_ctx, s) => {
				const c = [...s.calls.values()].find((x) => x.state === 'ringing');
				this.emit(s, 'AgentOther_PhoneOffhook', { type: 'main' });
				if (c) this.answer(s, c);
				return OK();
			}),
		);
		h.set(
			'6.1.3.1',
			authed((_ctx, s) => {
				const c = this.anyCall(s);
				if (!c) return gw('400-001', 'No call information is returned.');
				return OK({ callid: c.callId, caller: c.caller, called: c.called, callfeature: Number(c.feature), mediaType: 5, begintime: c.startedAt, calldata: '' });
			}),
		);
		h.set(
			'5.2.13',
			authed(() =>
				OK(
					[...this.sessions.values()].map((x) => ({
						workno: x.agentId,
						name: x.agent.name,
						status: x.status,
						phonenumber: x.phone,
						mediatype: 'TTF',
						vdnid: this.core.credentials.vdnId,
					})),
				),
			),
		);

		// ---- 12.1 quality control (supervisor)
		const monitor = (mode: string) =>
			authed((ctx) => {
				const r = this.inspector(ctx, ctx.params.workNo ?? ctx.query.whisperagentid ?? str(isObject(ctx.json) ? ctx.json.workNo ?? ctx.json.workno : undefined));
				if ('status' in r) return r;
				if (r.target && r.target.status !== AgentStatus.TALKING) return gw('900-005', 'The status is abnormal during quality check.');
				r.s.monitoring = { target: r.target?.agentId ?? '', mode };
				this.emit(r.s, 'AgentOther_PhoneAlerting');
				this.emit(r.s, 'AgentOther_PhoneOffhook', { type: 'main' });
				this.emit(r.s, 'AgentState_Busy');
				return OK();
			});
		h.set('12.1.1', monitor('insert'));
		h.set('12.1.2', monitor('listen'));
		h.set('12.1.12', monitor('whisper'));
		h.set(
			'12.1.3',
			authed((ctx) => {
				const r = this.inspector(ctx, ctx.params.workNo);
				if ('status' in r) return r;
				const t = r.target!;
				const c = this.activeCall(t);
				if (!c) return gw('900-005', 'The status is abnormal during quality check.');
				this.releaseCall(t, c, 'platform');
				const mine: SimCall = { ...c, timer: undefined, state: 'talking' };
				r.s.calls.set(mine.callId, mine);
				r.s.status = AgentStatus.TALKING;
				this.emit(r.s, 'AgentEvent_Talking', { caller: mine.caller, callid: mine.callId, called: mine.called, feature: mine.feature, type: 'main', mediaAbility: '1' });
				return OK();
			}),
		);
		const stopMonitor = authed((ctx) => {
			const r = this.inspector(ctx, undefined);
			if ('status' in r) return r;
			if (!r.s.monitoring) return gw('900-005', 'The status is abnormal during quality check.');
			r.s.monitoring = undefined;
			this.emit(r.s, 'AgentOther_PhoneRelease', { phoneState: 2 });
			r.s.status = AgentStatus.IDLE;
			this.emit(r.s, 'AgentState_Ready');
			return OK();
		});
		h.set('12.1.4', stopMonitor);
		h.set('12.1.13', stopMonitor);
		h.set(
			'12.1.5',
			authed((ctx) => {
				const r = this.inspector(ctx, ctx.params.workNo);
				if ('status' in r) return r;
				const res = this.setBusy(r.target!);
				return res.body && (res.body as { retcode: string }).retcode === '0' ? OK() : gw('900-005', 'The status is abnormal during quality check.');
			}),
		);
		h.set(
			'12.1.6',
			authed((ctx) => {
				const r = this.inspector(ctx, ctx.params.workNo);
				if ('status' in r) return r;
				const t = r.target!;
				if (t.status === AgentStatus.REST) {
					this.core.clearTimer(t.restTimer);
					t.status = AgentStatus.IDLE;
					this.emit(t, 'AgentState_CancelRest_Success');
					return OK();
				}
				const res = this.setIdle(t);
				return (res.body as { retcode: string }).retcode === '0' ? OK() : gw('900-005', 'The status is abnormal during quality check.');
			}),
		);
		h.set(
			'12.1.7',
			authed((ctx) => {
				const r = this.inspector(ctx, ctx.params.workNo);
				if ('status' in r) return r;
				this.endSession(r.target!, 'forced-sign-out-by-inspector', true);
				return OK();
			}),
		);
		h.set(
			'12.1.8',
			authed((ctx) => {
				const r = this.inspector(ctx, undefined);
				if ('status' in r) return r;
				for (const t of this.sessions.values()) {
					const c = t.calls.get(ctx.params.callid);
					if (c) {
						this.releaseCall(t, c, 'platform');
						return OK();
					}
				}
				return gw('900-005', 'The status is abnormal during quality check.');
			}),
		);
		h.set(
			'12.1.11',
			authed((ctx) => {
				const r = this.inspector(ctx, ctx.params.workNo);
				if ('status' in r) return r;
				const time = Number(ctx.params.time);
				if (!Number.isInteger(time) || time <= 0) return gw('000-002', 'The parameter time is invalid.');
				const t = r.target!;
				if (t.status === AgentStatus.TALKING) t.pendingRest = { time, reason: ctx.params.reason };
				else this.enterRest(t, time, ctx.params.reason);
				return OK();
			}),
		);
	}

	snapshot(agentId: string): unknown {
		const s = this.sessions.get(agentId);
		if (!s) return { signedIn: false, ended: this.ended.get(agentId) ?? null };
		return {
			signedIn: true,
			agentId: s.agentId,
			guid: s.guid,
			prevGuid: s.prevGuid ?? null,
			status: s.status,
			mode: s.push ? 'push' : 'poll',
			queued: s.queue.length,
			polling: s.polling,
			calls: [...s.calls.values()].map((c) => ({ callId: c.callId, caller: c.caller, called: c.called, state: c.state, direction: c.direction, mediaAbility: c.mediaAbility, messages: c.messages ?? [] })),
			conference: this.conferences.snapshot().find((c) => Object.keys((c as { participantStates: Record<string, string> }).participantStates).includes(`9:${s.agentId}`)) ?? null,
			monitoring: s.monitoring ?? null,
			autoanswer: s.autoanswer,
			autoenteridle: s.autoenteridle,
			loginTime: s.loginTime,
			elbCookie: s.elbCookie ?? null,
		};
	}
}
