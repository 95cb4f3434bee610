/**
 * CC-Gateway agent conferences (6.1.6): a chairperson applies for a conference, invites agents and
 * phone numbers, participants answer/reject/leave, the chair holds, mutes, removes, hands over the
 * chair, extends or ends it. Events are the documented AgentConf_* identifiers (6.5.1.10) with their
 * documented contents; every participant agent receives them on its own event queue.
 */
import type { Ctx, SimCore } from './context.cjs';
import type { AgentSession, Gateway } from './gateway.cjs';
import type { SimResponse } from './types.cjs';
import { isObject } from './util.cjs';

/** 6.5.1.10.6 changeType. */
export const ChangeType = { JOIN: 0, LEAVE: 1, CHAIR: 2, MUTE: 3, UNMUTE: 4, HOLD: 5, UNHOLD: 6 } as const;
/** 6.5.1.10.6 changeReason (valid with changeType 1). */
export const LeaveReason = { SELF: 0, REMOVED: 1, HUNG_UP: 2, CONF_ENDED: 3 } as const;

export interface Participant {
	addressType: '6' | '9';
	address: string;
	deviceCallType: number;
	deviceType: number;
	/** 6.1.6.12 attribute: 1 listen only, 2 speak only, 3 listen and speak, 4 neither. */
	channelAttrib: number;
	state: 'ringing' | 'joined' | 'held';
	enterTime: number;
}

export interface Conference {
	confId: number;
	chair: string;
	memberNum: number;
	startTime: number;
	/** Applied duration in minutes (6.1.6.1 time, 4-1440, default 60). */
	minutes: number;
	promptMinutes: number;
	participants: Map<string, Participant>;
	announcement: boolean;
	channelAnnouncements: Set<string>;
	promptTimer?: NodeJS.Timeout;
	endTimer?: NodeJS.Timeout;
}

function gw(retcode: string, message = '', result: unknown = {}): SimResponse {
	return { status: 200, body: { message, retcode, result } };
}
const OK = (result: unknown = {}): SimResponse => gw('0', 'success', result);
const NO_CONF = () => gw('101-001', 'The agent does not have a conference call.');
const NOT_CHAIR = () => gw('101-002', 'The agent is not the chairperson of the current conference call.');
const BAD_PARAM = (what: string) => gw('000-002', `The parameter ${what} is invalid.`);

function key(addressType: string, address: string): string {
	return `${addressType}:${address}`;
}

export class Conferences {
	readonly conferences = new Map<number, Conference>();
	/** Agent → conference it belongs to (joined or ringing). */
	private readonly byAgent = new Map<string, number>();
	private nextId = 1030400;

	constructor(
		private readonly core: SimCore,
		private readonly gateway: Gateway,
	) {
		core.onReset(() => this.clear());
		core.onClose(() => this.clear());
		this.register();
	}

	private clear(): void {
		for (const c of this.conferences.values()) this.stopTimers(c);
		this.conferences.clear();
		this.byAgent.clear();
	}

	private stopTimers(c: Conference): void {
		this.core.clearTimer(c.promptTimer);
		this.core.clearTimer(c.endTimer);
	}

	private emitTo(agentId: string, eventType: string, content: unknown): void {
		const s = this.gateway.sessions.get(agentId);
		if (s) this.gateway.emit(s, eventType, content);
	}

	/** ParticipantChanged goes to every agent in the conference except the one it is about (it gets its own Self* event). */
	private changed(c: Conference, p: Participant, changeType: number, changeReason = 255, except?: string): void {
		for (const member of c.participants.values()) {
			if (member.addressType !== '9' || member.state === 'ringing' || member.address === except) continue;
			this.emitTo(member.address, 'AgentConf_ParticipantChanged', {
				result: 0,
				changeReason,
				changeType,
				confId: c.confId,
				participant: p.address,
				participantType: Number(p.addressType),
				deviceCallType: p.deviceCallType,
				deviceType: p.deviceType,
			});
		}
	}

	private schedule(c: Conference): void {
		this.stopTimers(c);
		const minute = 60_000;
		const endsIn = c.startTime + c.minutes * minute - Date.now();
		const prompt = Math.min(c.promptMinutes, c.minutes - 1);
		c.promptTimer = this.core.setTimer(() => this.emitTo(c.chair, 'AgentConf_Timeout', { confId: c.confId }), this.core.scaled(Math.max(0, endsIn - prompt * minute)));
		c.endTimer = this.core.setTimer(() => this.end(c), this.core.scaled(Math.max(0, endsIn)));
	}

	private end(c: Conference): void {
		this.stopTimers(c);
		this.conferences.delete(c.confId);
		for (const p of c.participants.values()) {
			if (p.addressType !== '9') continue;
			if (this.byAgent.get(p.address) === c.confId) this.byAgent.delete(p.address);
			if (p.state !== 'ringing') this.emitTo(p.address, 'AgentConf_SelfLeaveResult', { confId: c.confId });
		}
	}

	private mine(s: AgentSession): Conference | undefined {
		const id = this.byAgent.get(s.agentId);
		return id === undefined ? undefined : this.conferences.get(id);
	}

	/** The caller's conference, which it must chair. */
	private chaired(s: AgentSession): Conference | SimResponse {
		const c = this.mine(s);
		if (!c) return NO_CONF();
		if (c.chair !== s.agentId) return NOT_CHAIR();
		return c;
	}

	private target(c: Conference, body: Record<string, unknown>): Participant | SimResponse {
		const addressType = String(body.addressType ?? '');
		const address = String(body.address ?? '');
		if (!['6', '9'].includes(addressType)) return BAD_PARAM('addressType');
		const p = c.participants.get(key(addressType, address));
		if (!p) return BAD_PARAM('address');
		return p;
	}

	/** Participants as 6.1.6.18 lists them (role 1 = chairperson). */
	private describe(c: Conference): unknown {
		return {
			confId: c.confId,
			confState: 0,
			startTime: c.startTime,
			applyConfTime: c.minutes,
			confHaveBeenTime: Math.floor((Date.now() - c.startTime) / 60_000),
			addresses: [...c.participants.values()].map((p) => ({
				addressType: p.addressType,
				address: p.address,
				deviceCallType: p.deviceCallType,
				deviceType: p.deviceType,
				channelAttrib: p.channelAttrib,
				channelState: p.state === 'held' ? 1 : 0,
				role: p.addressType === '9' && p.address === c.chair ? 1 : 0,
				enterTime: p.enterTime,
			})),
		};
	}

	snapshot(): unknown[] {
		return [...this.conferences.values()].map((c) => ({ ...(this.describe(c) as object), chair: c.chair, memberNum: c.memberNum, participantStates: Object.fromEntries([...c.participants].map(([k, p]) => [k, p.state])) }));
	}

	private register(): void {
		const h = this.core.handlers;
		const session = (ctx: Ctx) => this.gateway.sessions.get(ctx.params.agentid)!;
		const body = (ctx: Ctx): Record<string, unknown> => (isObject(ctx.json) ? ctx.json : {});
		const chairOp = (fn: (ctx: Ctx, c: Conference, s: AgentSession) => SimResponse) => (ctx: Ctx) => {
			const s = session(ctx);
			const c = this.chaired(s);
			return 'confId' in c ? fn(ctx, c, s) : c;
		};

		h.set('6.1.6.1', (ctx) => {
			const s = session(ctx);
			const b = body(ctx);
			if (this.byAgent.has(s.agentId)) return gw('101-003', 'The agent is in a conference.');
			const memberNum = Number(b.memberNum);
			if (!Number.isInteger(memberNum) || memberNum < 1) return BAD_PARAM('memberNum');
			const minutes = b.time === undefined || b.time === null ? 60 : Number(b.time);
			if (!Number.isInteger(minutes) || minutes < 4 || minutes > 1440) return BAD_PARAM('time');
			const promptMinutes = b.promptTime === undefined || b.promptTime === null ? 3 : Number(b.promptTime);
			const c: Conference = {
				confId: this.nextId++,
				chair: s.agentId,
				memberNum,
				startTime: Date.now(),
				minutes,
				promptMinutes: Number.isInteger(promptMinutes) ? promptMinutes : 3,
				participants: new Map(),
				announcement: false,
				channelAnnouncements: new Set(),
			};
			c.participants.set(key('9', s.agentId), { addressType: '9', address: s.agentId, deviceCallType: 0, deviceType: 6, channelAttrib: 3, state: 'joined', enterTime: c.startTime });
			this.conferences.set(c.confId, c);
			this.byAgent.set(s.agentId, c.confId);
			this.gateway.emit(s, 'AgentConf_RequestSuccess', { confId: c.confId });
			this.schedule(c);
			return OK();
		});

		h.set(
			'6.1.6.10',
			chairOp((ctx, c) => {
				const list = body(ctx).addresses;
				if (!Array.isArray(list) || list.length === 0 || list.length > 120) return BAD_PARAM('addresses');
				const joined = c.participants.size;
				if (joined + list.length > c.memberNum) return BAD_PARAM('addresses (more participants than memberNum)');
				for (const raw of list) {
					const a = isObject(raw) ? raw : {};
					const addressType = String(a.addressType ?? '');
					const address = String(a.address ?? '');
					if (!['6', '9'].includes(addressType) || !address) return BAD_PARAM('addresses');
					if (addressType === '9' && !this.gateway.sessions.has(address)) return gw('100-006', 'The agent does not sign in.');
				}
				for (const raw of list as Record<string, unknown>[]) {
					const addressType = String(raw.addressType) as '6' | '9';
					const address = String(raw.address);
					if (c.participants.has(key(addressType, address))) continue;
					const p: Participant = {
						addressType,
						address,
						deviceCallType: Number(raw.deviceCallType ?? 0) || 0,
						deviceType: Number(raw.deviceType ?? 0) || 0,
						channelAttrib: 3,
						// Phone numbers are dialled and answer; invited agents ring until they answer or reject.
						state: addressType === '9' ? 'ringing' : 'joined',
						enterTime: Date.now(),
					};
					c.participants.set(key(addressType, address), p);
					if (addressType === '9') {
						this.byAgent.set(address, c.confId);
						this.emitTo(address, 'AgentConf_Ringing', { confId: c.confId });
					} else {
						this.changed(c, p, ChangeType.JOIN);
					}
				}
				return OK();
			}),
		);

		h.set('6.1.6.2', (ctx) => {
			const s = session(ctx);
			const c = this.mine(s);
			const p = c?.participants.get(key('9', s.agentId));
			if (!c || !p || p.state !== 'ringing') return NO_CONF();
			p.state = 'joined';
			p.enterTime = Date.now();
			this.gateway.emit(s, 'AgentConf_SelfJoinResult', { confId: c.confId });
			this.changed(c, p, ChangeType.JOIN, 255, s.agentId);
			return OK();
		});

		h.set('6.1.6.3', (ctx) => {
			const s = session(ctx);
			const c = this.mine(s);
			const p = c?.participants.get(key('9', s.agentId));
			if (!c || !p || p.state !== 'ringing') return NO_CONF();
			c.participants.delete(key('9', s.agentId));
			this.byAgent.delete(s.agentId);
			this.changed(c, p, ChangeType.LEAVE, LeaveReason.SELF, s.agentId);
			return OK();
		});

		h.set('6.1.6.4', (ctx) => {
			const s = session(ctx);
			const c = this.mine(s);
			if (!c) return NO_CONF();
			if (c.chair === s.agentId) return gw('101-007', 'The chairperson cannot leave the conference.');
			const p = c.participants.get(key('9', s.agentId))!;
			c.participants.delete(key('9', s.agentId));
			this.byAgent.delete(s.agentId);
			this.gateway.emit(s, 'AgentConf_SelfLeaveResult', { confId: c.confId });
			this.changed(c, p, ChangeType.LEAVE, LeaveReason.SELF, s.agentId);
			return OK();
		});

		h.set(
			'6.1.6.5',
			chairOp((_ctx, c) => {
				for (const p of c.participants.values()) if (p.addressType === '9' && p.state !== 'ringing') this.changed(c, p, ChangeType.LEAVE, LeaveReason.CONF_ENDED, p.address);
				this.end(c);
				return OK();
			}),
		);

		const holdOp = (hold: boolean) =>
			chairOp((ctx, c) => {
				const p = this.target(c, body(ctx));
				if (!('state' in p)) return p;
				if (p.state === 'ringing') return BAD_PARAM('address');
				p.state = hold ? 'held' : 'joined';
				this.changed(c, p, hold ? ChangeType.HOLD : ChangeType.UNHOLD);
				return OK();
			});
		h.set('6.1.6.6', holdOp(true));
		h.set('6.1.6.7', holdOp(false));

		h.set(
			'6.1.6.8',
			chairOp((ctx, c) => {
				const extra = Number(body(ctx).prolongTime);
				if (!Number.isInteger(extra) || extra <= 0) return BAD_PARAM('prolongTime');
				const applied = c.minutes;
				c.minutes += extra;
				this.schedule(c);
				return OK({ appliedTime: applied });
			}),
		);

		h.set(
			'6.1.6.9',
			chairOp((ctx, c, s) => {
				const dest = String(body(ctx).destAgentNo ?? '');
				if (dest === s.agentId) return gw('101-005', 'The permission of a chairperson cannot be transferred to itself.');
				const p = c.participants.get(key('9', dest));
				if (!p || p.state === 'ringing') return BAD_PARAM('destAgentNo');
				c.chair = dest;
				this.emitTo(dest, 'AgentConf_PresidentChanged', { confId: c.confId });
				this.changed(c, p, ChangeType.CHAIR, 255, dest);
				return OK();
			}),
		);

		h.set(
			'6.1.6.11',
			chairOp((ctx, c, s) => {
				const list = body(ctx).addresses;
				if (!Array.isArray(list) || list.length === 0) return BAD_PARAM('addresses');
				const noExistParticipants: unknown[] = [];
				for (const raw of list) {
					const a = isObject(raw) ? raw : {};
					const k = key(String(a.addressType ?? ''), String(a.address ?? ''));
					if (a.addressType === '9' && String(a.address) === s.agentId) return gw('101-006', 'A chairperson cannot delete itself.');
					const p = c.participants.get(k);
					if (!p) {
						noExistParticipants.push({ addressType: a.addressType, address: a.address });
						continue;
					}
					c.participants.delete(k);
					if (p.addressType === '9') {
						this.byAgent.delete(p.address);
						if (p.state !== 'ringing') this.emitTo(p.address, 'AgentConf_SelfLeaveResult', { confId: c.confId });
					}
					this.changed(c, p, ChangeType.LEAVE, LeaveReason.REMOVED, p.address);
				}
				return { status: 200, body: { message: '', retcode: '0', result: { noExistParticipants } } };
			}),
		);

		h.set(
			'6.1.6.12',
			chairOp((ctx, c) => {
				const b = body(ctx);
				const attribute = Number(b.attribute);
				if (![1, 2, 3, 4].includes(attribute)) return BAD_PARAM('attribute');
				const p = this.target(c, b);
				if (!('state' in p)) return p;
				const wasSpeaking = p.channelAttrib === 2 || p.channelAttrib === 3;
				p.channelAttrib = attribute;
				const speaking = attribute === 2 || attribute === 3;
				if (wasSpeaking !== speaking) this.changed(c, p, speaking ? ChangeType.UNMUTE : ChangeType.MUTE);
				return OK();
			}),
		);

		h.set(
			'6.1.6.13',
			chairOp((ctx, c) => {
				if (!body(ctx).voicePath) return BAD_PARAM('voicePath');
				c.announcement = true;
				return OK();
			}),
		);
		h.set(
			'6.1.6.14',
			chairOp((_ctx, c, s) => {
				const result = c.announcement ? 0 : 1;
				c.announcement = false;
				this.gateway.emit(s, 'AgentConf_StopVoice', { result });
				return OK();
			}),
		);
		h.set(
			'6.1.6.15',
			chairOp((ctx, c) => {
				const b = body(ctx);
				const p = this.target(c, b);
				if (!('state' in p)) return p;
				if (b.voicePath === undefined || b.voicePath === null || b.voicePath === '') return BAD_PARAM('voicePath');
				c.channelAnnouncements.add(key(p.addressType, p.address));
				return OK();
			}),
		);
		h.set(
			'6.1.6.16',
			chairOp((ctx, c, s) => {
				const p = this.target(c, body(ctx));
				if (!('state' in p)) return p;
				const result = c.channelAnnouncements.delete(key(p.addressType, p.address)) ? 0 : 1;
				this.gateway.emit(s, 'AgentConf_StopParticipantVoice', { result });
				return OK();
			}),
		);
		h.set(
			'6.1.6.17',
			chairOp((ctx, c) => {
				const b = body(ctx);
				const n = Number(b.modifyNum);
				const type = Number(b.modifyType);
				if (!Number.isInteger(n) || n <= 0) return BAD_PARAM('modifyNum');
				if (type !== 0 && type !== 1) return BAD_PARAM('modifyType');
				const next = type === 0 ? c.memberNum + n : c.memberNum - n;
				if (next < c.participants.size) return BAD_PARAM('modifyNum (fewer places than participants)');
				c.memberNum = next;
				return OK();
			}),
		);
		h.set('6.1.6.18', (ctx) => {
			const ids = body(ctx).confIds;
			if (!Array.isArray(ids) || ids.length === 0 || ids.length > 20) return BAD_PARAM('confIds');
			const confs = ids.map((id) => this.conferences.get(Number(id))).filter((c): c is Conference => !!c).map((c) => this.describe(c));
			return { status: 200, body: { message: '', retcode: '0', result: { confs } } };
		});
		h.set('6.1.6.19', (ctx) => {
			const s = session(ctx);
			if (!s.agent.inspector) return gw('101-004', 'A non-inspector does not have the permission to query VDN conferences.');
			return OK({ conflds: [...this.conferences.keys()] });
		});
	}
}
