/**
 * CMS monitoring (12.3, C2, resultCode "0100000"): the figures users look at first, computed from
 * the simulator's own state and traffic instead of the documented example.
 *
 * - Agent states come from the CC-Gateway sessions (6.1), mapped to the CTI platform status codes
 *   of 12.3.8.3.
 * - Traffic comes from the agent event stream: this module observes every event the gateway emits
 *   (ringing, talking, customer alerting, release, call-out failure), the way CEC's CMS is fed by
 *   the CTI, plus the dialer's call attempts (chapter 7) as outbound calls.
 * - Skill queues: `offerCall(skillId)` is a small ACD in front of the gateway. An idle agent of the
 *   skill gets the call at once; otherwise it waits in the queue until one becomes idle, or is
 *   abandoned after its patience runs out (scaled clock).
 *
 * Times are on the simulated wall clock (core.simNow()).
 */
import type { Ctx, SimCore } from './context.cjs';
import type { AgentSession, Gateway } from './gateway.cjs';
import { AgentStatus } from './gateway.cjs';
import { familyParamError, missingRequired } from './generic.cjs';
import type { Isales } from './isales.cjs';
import type { SimResponse } from './types.cjs';
import { formatDateTime, isObject, newCallId } from './util.cjs';
import { cmsQueryBody } from './vendorEvidence.cjs';

/** 12.3.8.3 CTI platform agent status codes. */
export const CtiState = { SIGNED_OUT: 0, IDLE: 1, PREOCCUPIED: 2, OCCUPIED: 3, ANSWERING: 4, TALKING: 5, WORKING: 6, BUSY: 7, REST: 8, STUDY: 9, ADJUSTING: 10 } as const;

const FIVE_MIN = 5 * 60 * 1000;
const NONE_CALL_ID = '4294967295-4294967295';
/** 12.3.1.3.2: "If an agent in the query result has not signed in, the value is a future time (in 2106)." */
const NOT_SIGNED_IN_TIME = 4294967295000;
const MAX_QUEUE_SIZE = 100;

export interface TrafficCall {
	callId: string;
	direction: 'in' | 'out';
	skillId?: number;
	agentId?: string;
	called: string;
	caller: string;
	/** Entered the contact center (queue entry or agent ringing). */
	offeredAt: number;
	/** Reached an agent's phone (inbound) or was dialled (outbound). */
	alertedAt?: number;
	answeredAt?: number;
	endedAt?: number;
	abandoned?: boolean;
	releasedByAgent?: boolean;
	customerReleased?: boolean;
	source: 'gateway' | 'dialer';
}

interface QueuedCall {
	call: TrafficCall;
	timer: NodeJS.Timeout;
}

interface AgentTrack {
	state: number;
	since: number;
	prevState: number;
	prevDuration: number;
	logonTime?: number;
	releases: number;
	/** Reason code of the last rest request (AgentState_SetRest_Success). */
	restReason?: number;
}

function cms(body: Record<string, unknown>): SimResponse {
	return { status: 200, body: { result: '0', resultCode: '0100000', ...body } };
}

function invalid(desc: string): SimResponse {
	return { status: 200, body: { resultCode: '0100002', resultDesc: `The parameter is invalid: ${desc}` } };
}

export class Cms {
	readonly calls = new Map<string, TrafficCall>();
	private readonly queues = new Map<number, QueuedCall[]>();
	private readonly agents = new Map<string, AgentTrack>();

	constructor(
		private readonly core: SimCore,
		private readonly gateway: Gateway,
		private readonly isales: Isales,
	) {
		const emit = gateway.emit.bind(gateway);
		gateway.emit = (s: AgentSession, eventType: string, content: unknown = null) => {
			emit(s, eventType, content);
			this.observe(s, eventType, content);
		};
		core.onReset(() => this.reset());
		core.onClose(() => this.reset());
		this.register();
	}

	private reset(): void {
		for (const q of this.queues.values()) for (const x of q) this.core.clearTimer(x.timer);
		this.queues.clear();
		this.calls.clear();
		this.agents.clear();
	}

	// ---------------------------------------------------------------- state

	/** CTI status (12.3.8.3) of an agent from its gateway session. */
	ctiState(agentId: string): number {
		const s = this.gateway.sessions.get(agentId);
		if (!s) return CtiState.SIGNED_OUT;
		const calls = [...s.calls.values()];
		if (calls.some((c) => c.state === 'talking' || c.state === 'held')) return CtiState.TALKING;
		if (calls.some((c) => c.state === 'ringing')) return CtiState.ANSWERING;
		if (calls.some((c) => c.state === 'dialing')) return CtiState.OCCUPIED;
		switch (s.status) {
			case AgentStatus.IDLE:
				return CtiState.IDLE;
			case AgentStatus.BUSY:
				return CtiState.BUSY;
			case AgentStatus.WORK:
				return CtiState.WORKING;
			case AgentStatus.TALKING:
				return CtiState.TALKING;
			case AgentStatus.REST:
			case AgentStatus.PRE_REST:
				return CtiState.REST;
			default:
				return CtiState.SIGNED_OUT;
		}
	}

	/** Per-agent state history (current state since, previous state and its duration). */
	private track(agentId: string): AgentTrack {
		const now = this.core.simNow();
		const state = this.ctiState(agentId);
		let t = this.agents.get(agentId);
		if (!t) {
			t = { state, since: now, prevState: CtiState.SIGNED_OUT, prevDuration: 0, releases: 0 };
			this.agents.set(agentId, t);
		}
		if (t.state !== state) {
			t.prevState = t.state;
			t.prevDuration = Math.round((now - t.since) / 1000);
			t.state = state;
			t.since = now;
		}
		const s = this.gateway.sessions.get(agentId);
		if (s && t.logonTime === undefined) t.logonTime = now;
		if (!s) t.logonTime = undefined;
		return t;
	}

	private observe(s: AgentSession, eventType: string, content: unknown): void {
		const now = this.core.simNow();
		const c = isObject(content) ? content : {};
		const callId = typeof content === 'string' ? content : String(c.callid ?? c.callId ?? '');
		switch (eventType) {
			case 'AgentEvent_Ringing':
			case 'AgentEvent_Auto_Answer': {
				let call = this.calls.get(callId);
				if (!call) {
					call = { callId, direction: 'in', skillId: s.agent.skills[0], called: String(c.called ?? ''), caller: String(c.caller ?? ''), offeredAt: now, source: 'gateway' };
					this.calls.set(callId, call);
				}
				call.agentId = s.agentId;
				call.alertedAt ??= now;
				break;
			}
			case 'AgentEvent_Customer_Alerting': {
				if (!this.calls.has(callId)) {
					this.calls.set(callId, { callId, direction: 'out', agentId: s.agentId, skillId: s.agent.skills[0], called: String(c.otherPhone ?? ''), caller: s.phone, offeredAt: now, alertedAt: now, source: 'gateway' });
				}
				break;
			}
			case 'AgentEvent_Talking': {
				const call = this.calls.get(callId);
				if (call) call.answeredAt ??= now;
				break;
			}
			case 'AgentEvent_Customer_Release': {
				const call = this.calls.get(callId);
				if (call) call.customerReleased = true;
				break;
			}
			case 'AgentEvent_Call_Release':
			case 'AgentEvent_Call_Out_Fail': {
				const call = this.calls.get(callId);
				if (call && call.endedAt === undefined) {
					call.endedAt = now;
					if (call.answeredAt === undefined) call.abandoned = true;
					else if (!call.customerReleased) {
						call.releasedByAgent = true;
						this.track(s.agentId).releases++;
					}
				}
				break;
			}
			case 'AgentState_SetRest_Success': {
				const reason = Number(c.reason);
				this.track(s.agentId).restReason = Number.isFinite(reason) ? reason : 0;
				break;
			}
			default:
				break;
		}
		this.track(s.agentId);
		// An agent that became idle takes the longest-waiting call of its skills (after the gateway finished the transition).
		if (this.queues.size && s.status === AgentStatus.IDLE && s.calls.size === 0) this.core.setTimer(() => this.dispatch(), 0);
	}

	// ---------------------------------------------------------------- ACD

	/** A customer call to a skill queue: straight to an idle agent of the skill, else queued (patience in simulated seconds, default 60). */
	offerCall(skillId: number, opts: { caller?: string; called?: string; patienceSec?: number } = {}): { callId: string; queued: boolean; agentId?: string } | { error: string } {
		const q = this.queues.get(skillId) ?? [];
		if (q.length >= MAX_QUEUE_SIZE) return { error: `skill queue ${skillId} is full (${MAX_QUEUE_SIZE})` };
		const call: TrafficCall = { callId: newCallId(), direction: 'in', skillId, called: opts.called ?? '6000', caller: opts.caller ?? '13800000000', offeredAt: this.core.simNow(), source: 'gateway' };
		this.calls.set(call.callId, call);
		const agentId = this.connect(call);
		if (agentId) return { callId: call.callId, queued: false, agentId };
		const patience = opts.patienceSec ?? 60;
		const entry: QueuedCall = {
			call,
			timer: this.core.setTimer(() => {
				const list = this.queues.get(skillId) ?? [];
				const i = list.indexOf(entry);
				if (i < 0) return;
				list.splice(i, 1);
				call.endedAt = this.core.simNow();
				call.abandoned = true;
			}, this.core.scaled(patience * 1000)),
		};
		q.push(entry);
		this.queues.set(skillId, q);
		return { callId: call.callId, queued: true };
	}

	private idleAgentFor(skillId: number): AgentSession | undefined {
		const candidates = [...this.gateway.sessions.values()].filter((s) => s.agent.skills.includes(skillId) && s.status === AgentStatus.IDLE && s.calls.size === 0);
		// Longest idle first, as an ACD would.
		candidates.sort((a, b) => this.track(a.agentId).since - this.track(b.agentId).since);
		return candidates[0];
	}

	private connect(call: TrafficCall): string | undefined {
		const s = this.idleAgentFor(call.skillId!);
		if (!s) return undefined;
		const r = this.gateway.inboundCall(s.agentId, { caller: call.caller, called: call.called, callId: call.callId, skillId: call.skillId });
		return r.ok ? s.agentId : undefined;
	}

	private dispatch(): void {
		for (const [skillId, q] of this.queues) {
			while (q.length) {
				const head = q[0];
				if (!this.idleAgentFor(skillId)) break;
				q.shift();
				this.core.clearTimer(head.timer);
				if (!this.connect(head.call)) {
					q.unshift(head);
					break;
				}
			}
		}
	}

	// ---------------------------------------------------------------- figures

	private configuredAgents(): { workNo: string; skills: number[] }[] {
		return this.core.credentials.agents;
	}

	private stateCounts(agentIds: string[]): Record<string, number> {
		const n = (st: number) => agentIds.filter((a) => this.track(a).state === st).length;
		const signedIn = agentIds.filter((a) => this.gateway.sessions.has(a));
		const callOut = signedIn.filter((a) => [...this.gateway.sessions.get(a)!.calls.values()].some((c) => c.direction === 'out')).length;
		return {
			workSubStateBegin: n(CtiState.WORKING),
			lateAdjust: n(CtiState.ADJUSTING),
			usable: n(CtiState.IDLE),
			rest: n(CtiState.REST),
			studying: n(CtiState.STUDY),
			setBusy: n(CtiState.BUSY),
			occupy: n(CtiState.OCCUPIED),
			idle: n(CtiState.IDLE),
			preoccupy: n(CtiState.PREOCCUPIED),
			answering: n(CtiState.ANSWERING),
			talking: n(CtiState.TALKING),
			loginEd: signedIn.length,
			callOut,
		};
	}

	/** Agents configured with the skill(s): any of them, or all of them when allMatch. */
	private agentsOfSkills(skillIds: number[], allMatch = false): string[] {
		return this.configuredAgents()
			.filter((a) => (allMatch ? skillIds.every((k) => a.skills.includes(k)) : skillIds.some((k) => a.skills.includes(k))))
			.map((a) => a.workNo);
	}

	/** Inbound calls (gateway traffic) plus the dialer's attempts as outbound calls. */
	private traffic(): TrafficCall[] {
		const dialer: TrafficCall[] = this.isales.allResults().map((r) => ({
			callId: r.callId,
			direction: 'out',
			called: r.called,
			caller: '',
			offeredAt: r.time,
			alertedAt: r.time,
			answeredAt: r.callStatus === 6 ? r.time : undefined,
			endedAt: r.time,
			abandoned: r.callStatus !== 6,
			source: 'dialer',
		}));
		return [...this.calls.values(), ...dialer];
	}

	private skillFigures(skillId: number) {
		const now = this.core.simNow();
		const periodStart = Math.floor(now / FIVE_MIN) * FIVE_MIN;
		const agents = this.agentsOfSkills([skillId]);
		const q = this.queues.get(skillId) ?? [];
		const calls = [...this.calls.values()].filter((c) => c.skillId === skillId && c.direction === 'in');
		const inPeriod = calls.filter((c) => c.offeredAt >= periodStart);
		const answered = inPeriod.filter((c) => c.answeredAt !== undefined);
		const waitOf = (c: TrafficCall) => ((c.answeredAt ?? c.endedAt ?? now) - c.offeredAt) / 1000;
		const ended = inPeriod.filter((c) => c.endedAt !== undefined);
		const talked = ended.filter((c) => c.answeredAt !== undefined);
		const counts = this.stateCounts(agents);
		const idleSince = agents.filter((a) => this.track(a).state === CtiState.IDLE).map((a) => (now - Math.max(this.track(a).since, periodStart)) / 1000);
		const avg = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : 0);
		return {
			now,
			periodStart,
			agents,
			counts,
			queueSize: q.length,
			longestWait: q.length ? Math.round((now - q[0].call.offeredAt) / 1000) : 0,
			longestCallId: q.length ? q[0].call.callId : NONE_CALL_ID,
			processing: calls.filter((c) => c.endedAt === undefined && c.agentId !== undefined).length,
			totalHandled: calls.filter((c) => c.agentId !== undefined).length,
			allCallCount: inPeriod.length,
			connected: answered.length,
			connectedIn20s: answered.filter((c) => waitOf(c) <= 20).length,
			abandoned: inPeriod.filter((c) => c.abandoned).length,
			ended: ended.length,
			maxWait: Math.round(Math.max(0, ...inPeriod.map(waitOf))),
			avgWait: avg(inPeriod.map(waitOf)),
			avgTalk: avg(talked.map((c) => (c.endedAt! - c.answeredAt!) / 1000)),
			maxIdle: Math.round(Math.max(0, ...idleSince)),
		};
	}

	// ---------------------------------------------------------------- routes

	private register(): void {
		const h = this.core.handlers;
		/**
		 * Common checks: required fields (sections.json as the vendor evidence corrects it: ccId, and
		 * the queryParam wrapper where the vendor samples send one), vdn 1..5000.
		 */
		const route = (fn: (b: Record<string, unknown>, ctx: Ctx) => SimResponse) => (ctx: Ctx) => {
			if (ctx.jsonError || !isObject(ctx.json)) return invalid('body');
			const miss = missingRequired(ctx, this.core.catalog.sectionInfo(ctx.op!.section));
			if (miss) return familyParamError(ctx.op!, miss);
			const b = cmsQueryBody(ctx.op!.section, ctx.json);
			if (!b) return familyParamError(ctx.op!, 'queryParam');
			if ('vdn' in b) {
				const v = Number(b.vdn);
				if (!Number.isInteger(v) || v < 1 || v > 5000) return invalid('vdn must be an integer from 1 to 5000');
			}
			return fn(b, ctx);
		};
		const ourVdn = (b: Record<string, unknown>) => Number(b.vdn) === this.core.credentials.vdnId;
		const idList = (v: unknown, max: number, name: string, lo: number, hi: number): number[] | SimResponse => {
			if (!Array.isArray(v) || !v.length) return invalid(`${name} must be a non-empty array`);
			if (v.length > max) return invalid(`${name} has more than ${max} entries`);
			const ids = v.map(Number);
			if (ids.some((x) => !Number.isInteger(x) || x < lo || x > hi)) return invalid(`${name} entries range from ${lo} to ${hi}`);
			return ids;
		};
		const skillList = (b: Record<string, unknown>) => idList(b.skillIds, 1000, 'skillIds', 1, 2000);
		const agentList = (b: Record<string, unknown>) => idList(b.agentIds, 6000, 'agentIds', 101, 59999);
		const both = (data: unknown, extra: Record<string, unknown> = {}) => cms({ ...extra, resultDatas: data, resultDesc: data });

		// 12.3.1.1.5 current status of all agents of the VDN (paged)
		h.set(
			'12.3.1.1.5',
			route((b) => {
				const limit = Number(b.limit);
				const offset = Number(b.offset);
				if (!Number.isInteger(limit) || limit < 1 || limit > 100) return invalid('limit must be from 1 to 100');
				if (!Number.isInteger(offset) || offset < 0) return invalid('offset must be >= 0');
				const all = ourVdn(b) ? this.configuredAgents().map((a) => ({ agentId: Number(a.workNo), state: this.track(a.workNo).state })) : [];
				return both(all.slice(offset, offset + limit), { count: all.length });
			}),
		);

		// 12.3.1.3.2 agent details in batches
		h.set(
			'12.3.1.3.2',
			route((b) => {
				const ids = agentList(b);
				if (!Array.isArray(ids)) return ids;
				const now = this.core.simNow();
				const known = new Set(ourVdn(b) ? this.configuredAgents().map((a) => a.workNo) : []);
				const data = ids
					.filter((id) => known.has(String(id)))
					.map((id) => {
						const t = this.track(String(id));
						return {
							agentId: id,
							locationId: 0,
							currentStateReason: t.state === CtiState.REST ? (t.restReason ?? 0) : 65535,
							prevState: t.prevState,
							prevStateTime: t.prevDuration,
							currentState: t.state,
							currentStateTime: Math.round((now - t.since) / 1000),
							logonTime: t.logonTime ?? NOT_SIGNED_IN_TIME,
							agentRelease: t.releases,
							currentPrivateCallNum: 0,
						};
					});
				return both(data);
			}),
		);

		// 12.3.1.3.6 number of agents per state among the given agents
		h.set(
			'12.3.1.3.6',
			route((b) => {
				const ids = agentList(b);
				if (!Array.isArray(ids)) return ids;
				const known = new Set(ourVdn(b) ? this.configuredAgents().map((a) => a.workNo) : []);
				const { callOut: _callOut, ...counts } = this.stateCounts(ids.map(String).filter((x) => known.has(x)));
				return both(counts);
			}),
		);

		// 12.3.1.2.9 number of agents per state in the skill group(s)
		h.set(
			'12.3.1.2.9',
			route((b) => {
				const ids = skillList(b);
				if (!Array.isArray(ids)) return ids;
				const allMatch = String(b.isSkillAllMatch ?? 'false').toLowerCase() === 'true';
				return both(this.stateCounts(ourVdn(b) ? this.agentsOfSkills(ids, allMatch) : []));
			}),
		);

		// 12.3.1.2.2 queue size, longest wait, signed-in and available agents per skill
		h.set(
			'12.3.1.2.2',
			route((b) => {
				const ids = skillList(b);
				if (!Array.isArray(ids)) return ids;
				if (!ourVdn(b)) return both([]);
				return both(
					ids.map((skillId) => {
						const f = this.skillFigures(skillId);
						return {
							skillId,
							queueSize: f.queueSize,
							loggedOnAgents: f.counts.loginEd,
							queueTime: f.longestWait,
							availAgents: f.counts.idle,
							skillDescrip: skillName(skillId),
							callId: f.longestCallId,
							maxQueueSize: MAX_QUEUE_SIZE,
						};
					}),
				);
			}),
		);

		// 12.3.1.2.6 statistics details per skill
		h.set(
			'12.3.1.2.6',
			route((b) => {
				const ids = skillList(b);
				if (!Array.isArray(ids)) return ids;
				if (!ourVdn(b)) return both([]);
				return both(
					ids.map((skillId) => {
						const f = this.skillFigures(skillId);
						return {
							skillId,
							agentLoginNums: f.counts.loginEd,
							agentTalkingNums: f.counts.talking,
							agentIdleNums: f.counts.idle,
							agentAvailableNums: f.counts.usable,
							agentSetBusyNums: f.counts.setBusy,
							agentRestNums: f.counts.rest,
							agentMaxIdleTimeIn5: f.maxIdle,
							agentWorkNums: f.counts.workSubStateBegin,
							agentStudyNums: f.counts.studying,
							agentOccupyNums: f.counts.occupy,
							agentPreOccupyNums: f.counts.preoccupy,
							totalCallNums: f.totalHandled,
							processingCallNums: f.processing,
							maxCallWaitTimesIn5: f.maxWait,
							callWaitNums: f.queueSize,
							evenCallTimeIn5: f.avgTalk,
							evenWaitTimeIn5: f.avgWait,
							allCallCount: f.allCallCount,
							cnndIn20sCallCount: f.connectedIn20s,
						};
					}),
				);
			}),
		);

		// 12.3.1.2.3 call statistics of the current 5 minutes per skill
		h.set(
			'12.3.1.2.3',
			route((b) => {
				const ids = skillList(b);
				if (!Array.isArray(ids)) return ids;
				if (!ourVdn(b)) return both([]);
				return both(
					ids.map((id) => {
						const f = this.skillFigures(id);
						return {
							id,
							startTime: f.periodStart,
							allCallCount: f.allCallCount,
							cnndCallCount: f.connected,
							abanCallCount: f.abandoned,
							callEndCount: f.ended,
							talkTimeOnIvr: 0,
							cnndIn20sCallCount: f.connectedIn20s,
							clearUpCallCount: 0,
							clearUpTime: 0,
						};
					}),
				);
			}),
		);

		// 12.3.2.1 historical indicators by VDN: the current (or previous) day, or 15/30/60-minute buckets
		h.set(
			'12.3.2.1',
			route((b) => {
				if (!Array.isArray(b.vdnIds) || !b.vdnIds.length || b.vdnIds.length > 100) return invalid('vdnIds must be an array of 1 to 100 VDN IDs');
				if (!Array.isArray(b.indexIds) || !b.indexIds.length) return invalid('indexIds must be a non-empty array');
				const grain = b.timeGrain === undefined || b.timeGrain === null || b.timeGrain === '' ? undefined : String(b.timeGrain);
				const grainMin = grain === undefined ? undefined : { '15MIN': 15, '30MIN': 30, '60MIN': 60 }[grain];
				if (grain !== undefined && !grainMin) return invalid('timeGrain must be 15MIN, 30MIN or 60MIN');
				const offsetDay = String(b.enableOffset ?? 'N').toUpperCase() === 'Y' ? 1 : 0;
				const day = formatDateTime(this.core.simNow() - offsetDay * 86400000).slice(0, 10);
				const mine = b.vdnIds.map(Number).includes(this.core.credentials.vdnId);
				const calls = mine ? this.traffic().filter((c) => formatDateTime(c.offeredAt).startsWith(day)) : [];
				const called = b.calleeNo === undefined || b.calleeNo === '' ? undefined : String(b.calleeNo);
				const scoped = called === undefined ? calls : calls.filter((c) => c.called === called);
				const data = (b.indexIds as unknown[]).map((raw) => {
					const id = String(raw);
					const pick = HIS_VDN_INDEX[id];
					if (!grainMin) return { id, idxs: [{ val: pick ? pick(scoped) : '0' }] };
					const buckets: Record<string, string> = {};
					const byBucket = new Map<string, TrafficCall[]>();
					for (const c of scoped) {
						const d = new Date(c.offeredAt);
						d.setUTCMinutes(Math.floor(d.getUTCMinutes() / grainMin) * grainMin, 0, 0);
						const key = `${formatDateTime(d.getTime())}.0`;
						byBucket.set(key, [...(byBucket.get(key) ?? []), c]);
					}
					for (const [k, list] of [...byBucket].sort()) buckets[k] = pick ? pick(list) : '0';
					return { id, idxs: [{ val: buckets }] };
				});
				return both(data);
			}),
		);

		// 12.3.5.1 outbound tasks of the tenant (the chapter 7 campaigns)
		h.set(
			'12.3.5.1',
			route((b) => {
				const limit = b.limit === undefined ? 10 : Number(b.limit);
				const offset = b.offset === undefined ? 0 : Number(b.offset);
				if (!Number.isInteger(limit) || limit < 1 || limit > 100) return invalid('limit must be from 1 to 100');
				if (!Number.isInteger(offset) || offset < 0) return invalid('offset must be >= 0');
				const tasks = this.isales.tasks(Number(b.vdn));
				return cms({
					resultDesc: {
						count: tasks.length,
						tasks: tasks.slice(offset, offset + limit).map((t) => ({
							beginDate: t.beginTime.slice(0, 10),
							taskType: String(t.deviceType),
							endDate: t.endTime.slice(0, 10),
							taskName: t.name,
							taskId: String(t.id),
							status: String(t.status),
						})),
					},
				});
			}),
		);

		// 12.3.5.3 real-time statistics of one outbound task
		h.set(
			'12.3.5.3',
			route((b) => {
				const t = this.isales.tasks(Number(b.vdn)).find((x) => String(x.id) === String(b.taskId));
				if (!t) return invalid(`taskId ${String(b.taskId)} does not exist`);
				const rate = (n: number) => (t.done ? `${Math.round((n * 100) / t.done)}%` : '0%');
				return cms({
					resultDesc: {
						compCount: String(t.done),
						failCount: String(t.failed),
						compRate: t.total ? `${Math.round((t.done * 100) / t.total)}%` : '0%',
						execCount: String(t.ringing),
						succCount: String(t.succeeded),
						succRate: rate(t.succeeded),
						totalCount: String(t.total),
						waitCount: String(t.pending),
					},
				});
			}),
		);
	}

	snapshot(): unknown {
		return {
			queues: [...this.queues].map(([skillId, q]) => ({ skillId, waiting: q.map((x) => x.call.callId) })),
			calls: [...this.calls.values()],
		};
	}
}

function skillName(id: number): string {
	return id === 1 ? 'defaultAudioSkill' : `skill${id}`;
}

const count = (f: (c: TrafficCall) => boolean) => (list: TrafficCall[]) => String(list.filter(f).length);
const rate = (num: (c: TrafficCall) => boolean, den: (c: TrafficCall) => boolean) => (list: TrafficCall[]) => {
	const d = list.filter(den).length;
	return d ? (list.filter((c) => den(c) && num(c)).length / d).toFixed(4) : '0';
};
const inbound = (c: TrafficCall) => c.direction === 'in';
const outbound = (c: TrafficCall) => c.direction === 'out';
const connected = (c: TrafficCall) => c.answeredAt !== undefined;
const manual = (c: TrafficCall) => c.source === 'gateway';

/** The Table 12-692 indicators the simulator has traffic for (calls to IVR flows are not modelled: 0). */
const HIS_VDN_INDEX: Record<string, (list: TrafficCall[]) => string> = {
	IDX_COUNT_TOTAL_CALL: count(() => true),
	IDX_COUNT_CONNECTED_CALL: count(connected),
	IDX_COUNT_ABANDONED_CALL: count((c) => !connected(c) && c.endedAt !== undefined),
	IDX_COUNT_INBOUND_CALL: count(inbound),
	IDX_COUNT_INBOUND_CONNECTED: count((c) => inbound(c) && connected(c)),
	IDX_COUNT_OUTBOUND_CALL: count(outbound),
	IDX_COUNT_OUTBOUND_CONNECTED: count((c) => outbound(c) && connected(c)),
	IDX_COUNT_AGENT_INBOUND: count((c) => inbound(c) && c.agentId !== undefined),
	IDX_COUNT_AGENT_INBOUND_CONNECTED: count((c) => inbound(c) && manual(c) && connected(c)),
	IDX_COUNT_AGENT_OUTBOUND_CONNECTED: count((c) => outbound(c) && manual(c) && connected(c)),
	IDX_COUNT_INBOUND_ABANDON_CONNECTED: count((c) => inbound(c) && !connected(c) && c.endedAt !== undefined),
	IDX_RATE_INBOUND_CONNECTED: rate(connected, inbound),
	IDX_RATE_OUTBOUND_CONNECTED: rate(connected, outbound),
	IDX_RATE_AGENT_INBOUND_CONNECTED: rate(connected, (c) => inbound(c) && c.agentId !== undefined),
};
