/**
 * CC-iSales outbound campaigns (chapter 7, C2): campaign CRUD, status (2 started / 3 suspended /
 * 4 completed), retry policy, holidays, blacklist, calling numbers, number types, outbound data,
 * a dialer that "calls" the data on the simulated clock, results (7.5.x) and the 7.6.1 result
 * callback with CEC's retry rule.
 */
import type { Ctx, SimCore } from './context.cjs';
import type { SimResponse } from './types.cjs';
import { formatDateTime, isObject, pad } from './util.cjs';

const OK_CODE = '0200000';

interface CallData {
	dataId: string;
	campaignId: number;
	sessionId: string;
	called: string;
	/** 7.4.2: further numbers of the record, tried when the first fails. */
	calledNos: { calledNo: string; type: string | null }[];
	caller?: string;
	customField?: string;
	callData?: string;
	/** pending = waiting for its first call or a retry; ringing = a call is in progress. */
	status: 'pending' | 'ringing' | 'done';
	addedAt: number;
	/** Call attempts so far, attempts on the current (simulated) day, and days with attempts. */
	attempts: number;
	dayAttempts: number;
	days: number;
	attemptDay?: string;
	/** Retry gate after a failure: real time (scaled interval) or simulated time, whichever comes first. */
	retryAtReal?: number;
	retryAtSim?: number;
	/** Common policy, next day's attempts: due once the simulated date is after this yyyy-MM-dd. */
	retryAfterDay?: string;
	/** Result policy: retries used per result type. */
	resultRetries: Record<number, number>;
}

export interface CallResult {
	campaignId: string;
	sessionId: string;
	called: string;
	callTimeStr: string;
	callStatus: number;
	failCode: string;
	resultCode: string;
	vdnId: number;
	callId: string;
	customField?: string;
	recordPath: string;
	dataId: string;
	/** 1 = first call of the record, 2 = first retry, ... */
	attempt: number;
	time: number;
}

/**
 * What a called party does when the dialer calls it. failCode '0' = answers; answerAfterSec =
 * the phone rings that long first (null = never answered: released with 01040 after the
 * campaign's maxAlertingTime); undefined = the outcome is immediate.
 */
export interface DialBehaviour {
	failCode: string;
	answerAfterSec?: number | null;
}

export interface DialRound {
	campaignId: number;
	/** Attempts that ended in this round. */
	results: CallResult[];
	/** Numbers whose phone is ringing; their results come when the ringing ends. */
	ringing: string[];
}

interface Holiday {
	id: number;
	name: string;
	type: number;
	week: unknown;
	beginTime: string;
	endTime: string;
}

type NormalizedPolicy = { dataType?: string; noRetry: string[] } & (
	| { kind: 'common'; retryTimes: number; retryDay: number; callIntervalSec: number }
	| { kind: 'result'; rules: { result: number; retryNumber: number; callIntervalSec: number }[] }
);

interface Campaign {
	id: number;
	vdnId: number;
	version: 1 | 2;
	name: string;
	status: number;
	body: Record<string, unknown>;
	callBackUrl?: string;
	retryPolicy?: Record<string, unknown>;
	callerNos: { accessCode: string; priority?: number }[];
	holidays: Holiday[];
	data: CallData[];
	results: CallResult[];
	/** Ringing calls in progress. */
	timers: Set<NodeJS.Timeout>;
	/** Calling window seen by the last dialer round (for /__sim/state). */
	lastWindow?: { open: boolean; reason: string };
	lastAddAt: number;
	createdAt: number;
}

/** Table 7-295 failure codes (7.6.1); a called number ending in one of them fails with it. */
export const FAIL_CODES = [
	'00531', '00537', '00538', '00548', '00549', '00551', '00601', '00603', '00604', '00701', '00702', '01040', '01043',
	'01046', '01049', '34601', '34605', '34606', '34608', '00602', '00605', '01048', '00606', '34611',
];

function res(code: string, desc: string, extra: Record<string, unknown> = {}): SimResponse {
	return { status: 200, body: { resultCode: code, resultDesc: desc, returnCode: code, returnDesc: desc, ...extra } };
}

const ok = (desc = 'success', extra: Record<string, unknown> = {}): SimResponse => res(OK_CODE, desc, extra);
const paramError = (desc: string): SimResponse => res('0200001', desc);
const NOT_FOUND = (): SimResponse => res('0200007', 'The outbound campaign does not exist.');

const NUMBER_RE = /^[0-9*#]+$/;
const DATETIME_RE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_DAY_RE = /^\d{2}-\d{2}$/;

/** 7.2.2 field rules: name <= 30; type 1 by week (week "1".."7", comma separated), 2 by date (yyyy-MM-dd), 3 yearly (MM-dd). */
function validateHoliday(b: Record<string, unknown>): SimResponse | undefined {
	const name = String(b.name ?? '');
	if (!name) return res('02000001', 'Empty parameter: name.');
	if (name.length > 30) return res('02000003', 'name can contain a maximum of 30 characters.');
	const type = Number(b.type);
	if (![1, 2, 3].includes(type)) return res('02000007', 'type must be 1 (by week), 2 (by date) or 3 (repeat by date).');
	if (type === 1) {
		const week = b.week === undefined || b.week === null ? '' : String(b.week);
		if (!week) return res('02000001', 'Empty parameter: week (mandatory when type is 1).');
		if (!week.split(/[,.]/).every((x) => /^[1-7]$/.test(x.trim()))) return res('02000007', 'week must list days 1 (Monday) to 7 (Sunday), separated by commas.');
		return undefined;
	}
	const re = type === 2 ? DATE_RE : MONTH_DAY_RE;
	if (!b.beginTime || !b.endTime) return res('02000001', 'Empty parameter: beginTime/endTime (mandatory when type is 2 or 3).');
	if (!re.test(String(b.beginTime)) || !re.test(String(b.endTime))) return res('0200030', `The time format is incorrect (${type === 2 ? 'yyyy-MM-dd' : 'MM-dd'}).`);
	if (type === 2 && String(b.beginTime) > String(b.endTime)) return res('02000009', 'beginTime must not be later than endTime.');
	return undefined;
}

/** Whether the (UTC) day of `ms` falls on the holiday. Type 3 ranges may wrap the year end (12-30 to 01-02). */
function holidayCovers(h: Holiday, ms: number): boolean {
	const day = formatDateTime(ms).slice(0, 10);
	if (h.type === 1) {
		const dow = ((new Date(ms).getUTCDay() + 6) % 7) + 1; // 1 = Monday ... 7 = Sunday
		return String(h.week ?? '')
			.split(/[,.]/)
			.map((x) => x.trim())
			.includes(String(dow));
	}
	if (h.type === 2) return !!h.beginTime && !!h.endTime && day >= h.beginTime && day <= h.endTime;
	if (h.type === 3) {
		const md = day.slice(5);
		if (!h.beginTime || !h.endTime) return false;
		return h.beginTime <= h.endTime ? md >= h.beginTime && md <= h.endTime : md >= h.beginTime || md <= h.endTime;
	}
	return false;
}

/**
 * The result types of the retry policy (Table 7-31 "result": 1 busy, 2 no answer, 3 rejected,
 * 4 number does not exist, 5 powered off, 6 out of the service area, 7 fax/switchboard,
 * 8 call timed out, 9 call failed, 0 others) for the 7.6.1 failure codes. The reference names
 * the types but not the mapping; this one follows the code descriptions of Table 7-295.
 */
const RESULT_TYPE: Record<string, number> = {
	'00537': 1,
	'00603': 2,
	'01040': 2,
	'00604': 3,
	'00538': 4,
	'34605': 4,
	'00548': 5,
	'00549': 6,
	'01043': 8,
	'01049': 8,
	'34608': 8,
	'00602': 9,
	'00605': 9,
	'00606': 9,
	'01046': 9,
	'01048': 9,
	'34606': 9,
	'34611': 9,
};

export function resultType(failCode: string): number {
	return RESULT_TYPE[failCode] ?? 0;
}

/** policyJson is documented as a JSON string; the reference's examples write it with single quotes. */
function parsePolicyJson(v: unknown): unknown {
	if (typeof v !== 'string') return v;
	try {
		return JSON.parse(v);
	} catch {
		try {
			return JSON.parse(v.replace(/'/g, '"'));
		} catch {
			return undefined;
		}
	}
}

function intIn(v: unknown, min: number, max: number): number | undefined {
	const n = Number(v);
	return v !== undefined && v !== null && v !== '' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/**
 * Reads a retry policy: the 7.1.10 form {policyType, policyJson} (Table 7-117) or the 7.1.2
 * campaign form {policyType, retryDay, retryTimes, callInterval, resultRetry, policyJson,
 * noRetryPolicy} (Table 7-29). Returns the policies, or "<code> <reason>" when invalid.
 */
export function parseRetryPolicy(p: Record<string, unknown>): NormalizedPolicy[] | string {
	const policyType = Number(p.policyType ?? 0);
	const topNoRetry = Array.isArray(p.noRetryPolicy) ? p.noRetryPolicy.map(String) : [];
	let items: unknown[];
	if (p.policyJson !== undefined && p.policyJson !== null && p.policyJson !== '') {
		const parsed = parsePolicyJson(p.policyJson);
		if (parsed === undefined) return '02000008 policyJson is not a JSON string.';
		items = Array.isArray(parsed) ? parsed : [parsed];
	} else if (p.resultRetry !== undefined) {
		items = [{ type: 1, policy: parsePolicyJson(p.resultRetry) }];
	} else {
		items = [{ type: 0, retryDay: p.retryDay, retryTimes: p.retryTimes, callInterval: p.callInterval }];
	}
	const out: NormalizedPolicy[] = [];
	for (const raw of items) {
		if (!isObject(raw)) return '02000006 policyJson must describe an object.';
		const type = Number(raw.type ?? 0);
		if (type !== 0 && type !== 1) return '02000007 type must be 0 (common policy) or 1 (result policy).';
		const dataType = raw.dataType === undefined || raw.dataType === null || raw.dataType === '' ? undefined : String(raw.dataType);
		if (policyType === 1 && !dataType) return '02000001 Empty parameter: dataType (number type matching policy).';
		const noRetry = [...topNoRetry, ...(Array.isArray(raw.noRetryPolicy) ? raw.noRetryPolicy.map(String) : [])];
		if (policyType === 1 && noRetry.length) return '02000009 noRetryPolicy cannot be set when policyType is 1.';
		const inner = isObject(raw.policy) || Array.isArray(raw.policy) ? raw.policy : undefined;
		if (type === 0) {
			const src = isObject(inner) ? { ...raw, ...inner } : raw;
			const retryTimes = intIn(src.retryTimes, 1, 6);
			const retryDay = intIn(src.retryDay, 1, 5);
			if (retryTimes === undefined) return '02000007 retryTimes must be an integer from 1 to 6.';
			if (retryDay === undefined) return '02000007 retryDay must be an integer from 1 to 5.';
			const interval = src.callInterval === undefined || src.callInterval === null || src.callInterval === '' ? 60 : intIn(src.callInterval, 1, 86400);
			if (interval === undefined) return '02000007 callInterval must be an integer from 1 to 86400.';
			out.push({ kind: 'common', dataType, noRetry, retryTimes, retryDay, callIntervalSec: interval });
		} else {
			const list = Array.isArray(inner) ? inner : isObject(inner) ? [inner] : [];
			if (!list.length) return '02000001 Empty parameter: policy (result policy).';
			const rules: { result: number; retryNumber: number; callIntervalSec: number }[] = [];
			for (const r of list) {
				if (!isObject(r)) return '02000006 policy entries must be objects.';
				const result = intIn(r.result, 0, 9);
				const retryNumber = intIn(r.retryNumber, 0, 9);
				const callIntervalSec = intIn(r.callInterval, 1, 86400);
				if (result === undefined) return '02000007 result must be an integer from 0 to 9.';
				if (retryNumber === undefined) return '02000007 retryNumber must be an integer from 0 to 9.';
				if (callIntervalSec === undefined) return '02000007 callInterval must be an integer from 1 to 86400.';
				rules.push({ result, retryNumber, callIntervalSec });
			}
			out.push({ kind: 'result', dataType, noRetry, rules });
		}
	}
	return out;
}

/** 'yyyy-MM-dd HH:mm[:ss]' (UTC, like every time of the simulator), ISO 8601, Date or epoch ms → epoch ms; undefined stays undefined. */
export function parseSimTime(t: string | number | Date | undefined | null): number | undefined {
	if (t === undefined || t === null || t === '') return undefined;
	if (t instanceof Date) return t.getTime();
	if (typeof t === 'number') return t;
	const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(t.trim());
	const ms = m ? Date.parse(`${m[1]}T${m[2]}Z`) : Date.parse(t);
	if (Number.isNaN(ms)) throw new Error(`invalid time: ${t}`);
	return ms;
}

export class Isales {
	private readonly campaigns = new Map<number, Campaign>();
	private readonly blocklist = new Map<string, { blockNum: string; expiresAt?: number; restrictTimes?: number; restrictPeriod?: string }>();
	private readonly numberTypes: { type: string; name: string; [k: string]: unknown }[] = [];
	private readonly businessResults: Record<string, unknown>[] = [];
	readonly outcomes = new Map<string, string | DialBehaviour>();
	private nextId = 1001;
	private dataSeq = 0;
	private callSeq = 0;
	private dialTimer?: NodeJS.Timeout;

	constructor(private readonly core: SimCore) {
		core.onReset(() => this.reset());
		core.onClose(() => this.core.clearTimer(this.dialTimer));
		this.register();
		this.scheduleDialer();
	}

	private reset(): void {
		for (const c of this.campaigns.values()) for (const t of c.timers) this.core.clearTimer(t);
		this.campaigns.clear();
		this.core.setClock(undefined);
		this.blocklist.clear();
		this.numberTypes.length = 0;
		this.businessResults.length = 0;
		this.outcomes.clear();
	}

	scheduleDialer(): void {
		this.core.clearTimer(this.dialTimer);
		const every = this.core.options.dialerIntervalMs;
		if (!every) return;
		this.dialTimer = this.core.setTimer(() => {
			this.tick();
			this.scheduleDialer();
		}, Math.max(5, this.core.scaled(every)));
	}

	// ---------------------------------------------------------------- dialer

	/**
	 * One dialer round: every started campaign whose calling window is open (campaign period,
	 * holiday or workday time segments, on the simulated clock) calls up to its batch size of the
	 * numbers that are due (new, or waiting for a retry whose interval has passed). Calls that
	 * ring (see DialBehaviour) end later; their results are pushed on their own.
	 */
	tick(): DialRound[] {
		const out: DialRound[] = [];
		const now = this.core.simNow();
		for (const c of this.campaigns.values()) {
			if (c.status !== 2) continue;
			const window = this.callingWindow(c, now);
			c.lastWindow = window;
			if (!window.open) continue;
			const due = c.data.filter((d) => this.isDue(d, now));
			if (!due.length) continue;
			const ringingNow = c.data.filter((d) => d.status === 'ringing').length;
			const batch = due.slice(0, Math.max(0, this.batchSize(c) - ringingNow));
			if (!batch.length) continue;
			const results: CallResult[] = [];
			const ringing: string[] = [];
			for (const d of batch) {
				const r = this.dialRecord(c, d);
				if (r) results.push(r);
				else ringing.push(d.called);
			}
			out.push({ campaignId: c.id, results, ringing });
			if (c.callBackUrl && results.length) this.pushResults(c, results);
		}
		return out;
	}

	private isDue(d: CallData, simNow: number): boolean {
		if (d.status !== 'pending') return false;
		if (d.retryAfterDay !== undefined && formatDateTime(simNow).slice(0, 10) <= d.retryAfterDay) return false;
		if (d.retryAtReal !== undefined && Date.now() < d.retryAtReal && simNow < (d.retryAtSim ?? 0)) return false;
		return true;
	}

	/**
	 * 7.1.1 strBeginTime/strEndTime, Table 7-4 scheduleParam and the 7.2 holidays, evaluated in UTC
	 * on the simulated clock. On a holiday only the holiday segments apply ("Outbound calls are
	 * made by workday unless a date or a day in a week is specified as a holiday"), so a holiday
	 * without holiday segments has no calls at all.
	 */
	callingWindow(c: Campaign, now: number): { open: boolean; reason: string } {
		const stamp = formatDateTime(now);
		const b = c.body;
		if (typeof b.strBeginTime === 'string' && stamp < b.strBeginTime) return { open: false, reason: `before the campaign start (${b.strBeginTime})` };
		if (typeof b.strEndTime === 'string' && stamp > b.strEndTime) return { open: false, reason: `after the campaign end (${b.strEndTime})` };
		const holiday = c.holidays.find((h) => holidayCovers(h, now));
		const sp = isObject(b.scheduleParam) ? b.scheduleParam : undefined;
		if (!sp) return holiday ? { open: false, reason: `holiday "${holiday.name}"` } : { open: true, reason: 'no time segments' };
		const kind = holiday ? 'holiday' : 'workday';
		const hhmm = stamp.slice(11, 16);
		const segments = [1, 2, 3].map((i) => [sp[`${kind}BeginTime${i}`], sp[`${kind}EndTime${i}`]]).filter(([s, e]) => s && e) as [string, string][];
		if (!segments.length) return { open: false, reason: holiday ? `holiday "${holiday.name}" without holiday time segments` : 'no workday time segment' };
		const inside = segments.some(([s, e]) => hhmm >= String(s) && hhmm < String(e));
		const label = holiday ? `holiday "${holiday.name}" segments` : 'workday segments';
		return inside ? { open: true, reason: `${hhmm} inside the ${label}` } : { open: false, reason: `${hhmm} outside the ${label} ${segments.map(([s, e]) => `${s}-${e}`).join(', ')}` };
	}

	private batchSize(c: Campaign): number {
		const ivr = isObject(c.body.ivrParam) ? Number(c.body.ivrParam.callCount) : NaN;
		if (ivr > 0) return Math.min(100, ivr);
		const skill = isObject(c.body.skillParam) && isObject(c.body.skillParam.previewParam) ? Number(c.body.skillParam.previewParam.obCallCount) : NaN;
		if (skill > 0) return Math.min(100, skill);
		return 10;
	}

	/** What the called party does: a forced outcome, else the number's last five digits (see README). */
	private behaviourFor(called: string): DialBehaviour {
		const o = this.outcomes.get(called);
		if (typeof o === 'string') return { failCode: o };
		if (o) return o;
		const tail = called.slice(-5);
		// 01040 is the ringing timeout: such a number rings until maxAlertingTime and is released.
		if (tail === '01040' && called.length > 5) return { failCode: '0', answerAfterSec: null };
		return { failCode: called.length > 5 && FAIL_CODES.includes(tail) ? tail : '0' };
	}

	private maxAlertingSec(c: Campaign): number {
		const m = Number(c.body.maxAlertingTime);
		return Number.isFinite(m) && m > 0 ? m : 20;
	}

	/**
	 * One call attempt of a record. Returns the result when the attempt ends at once, undefined
	 * when the call rings (the result is then recorded and pushed when the ringing ends).
	 * 7.4.2 records try their next number when one fails.
	 */
	private dialRecord(c: Campaign, d: CallData): CallResult | undefined {
		const startedAt = this.core.simNow();
		d.attempts++;
		const day = formatDateTime(startedAt).slice(0, 10);
		if (d.attemptDay !== day) {
			d.attemptDay = day;
			d.dayAttempts = 0;
			d.days++;
		}
		d.dayAttempts++;
		d.retryAtReal = d.retryAtSim = d.retryAfterDay = undefined;
		const numbers = d.calledNos.length ? d.calledNos.map((n) => n.calledNo) : [d.called];
		const step = (i: number): CallResult | undefined => {
			const called = numbers[i];
			const b = this.behaviourFor(called);
			const fail = (code: string) => code !== '0' && code !== '00000';
			if (b.answerAfterSec === undefined) {
				if (fail(b.failCode) && i + 1 < numbers.length) return step(i + 1);
				return this.finish(c, d, called, b.failCode, startedAt);
			}
			const maxRing = this.maxAlertingSec(c);
			const timesOut = b.answerAfterSec === null || b.answerAfterSec >= maxRing;
			const ringSec = timesOut ? maxRing : (b.answerAfterSec as number);
			d.status = 'ringing';
			const timer = this.core.setTimer(() => {
				c.timers.delete(timer);
				if (this.campaigns.get(c.id) !== c || !c.data.includes(d)) return;
				const code = timesOut ? '01040' : b.failCode;
				if (fail(code) && i + 1 < numbers.length) {
					const r = step(i + 1);
					if (r && c.callBackUrl) this.pushResults(c, [r]);
					return;
				}
				const r = this.finish(c, d, called, code, startedAt);
				if (c.callBackUrl) this.pushResults(c, [r]);
			}, this.core.scaled(ringSec * 1000));
			c.timers.add(timer);
			return undefined;
		};
		return step(0);
	}

	private finish(c: Campaign, d: CallData, called: string, failCode: string, startedAt: number): CallResult {
		const success = failCode === '0' || failCode === '00000';
		this.callSeq++;
		const day = formatDateTime(startedAt).slice(0, 10).replace(/-/g, '');
		const r: CallResult = {
			campaignId: String(c.id),
			sessionId: d.sessionId,
			called,
			callTimeStr: formatDateTime(startedAt),
			callStatus: success ? 6 : 5,
			failCode,
			resultCode: success ? 'OB99999' : `OB${failCode}`,
			vdnId: c.vdnId,
			callId: `${pad(this.callSeq % 10000, 4)}-${Math.floor(startedAt / 1000) % 1000000000}`,
			customField: d.customField,
			recordPath: success ? `Y:/1/${c.vdnId}/${day}/${c.id}/${pad(this.callSeq, 7)}.V3` : '',
			dataId: d.dataId,
			attempt: d.attempts,
			time: startedAt,
		};
		c.results.push(r);
		d.status = success ? 'done' : this.planRetry(c, d, r);
		return r;
	}

	/**
	 * Applies the campaign's retry policy (7.1.10 / Table 7-29) after a failed attempt.
	 * Common policy: at most retryTimes attempts a day, callInterval seconds apart (60 s when the
	 * policy has none), on at most retryDay days (the next day's attempts wait for the simulated
	 * date to change). Result policy: retryNumber more attempts for the failure's result type
	 * (see RESULT_TYPE), callInterval seconds apart. noRetryPolicy result codes are never retried.
	 */
	private planRetry(c: Campaign, d: CallData, r: CallResult): 'pending' | 'done' {
		const policy = this.policyFor(c, d);
		if (!policy || policy.noRetry.includes(r.resultCode) || policy.noRetry.includes(r.failCode)) return 'done';
		let intervalSec: number;
		if (policy.kind === 'common') {
			if (d.dayAttempts < policy.retryTimes) intervalSec = policy.callIntervalSec;
			else if (d.days < policy.retryDay) {
				d.retryAfterDay = d.attemptDay;
				return 'pending';
			} else return 'done';
		} else {
			const type = resultType(r.failCode);
			const rule = policy.rules.find((x) => x.result === type);
			const used = d.resultRetries[type] ?? 0;
			if (!rule || used >= rule.retryNumber) return 'done';
			d.resultRetries[type] = used + 1;
			intervalSec = rule.callIntervalSec;
		}
		d.retryAtReal = Date.now() + this.core.scaled(intervalSec * 1000);
		d.retryAtSim = this.core.simNow() + intervalSec * 1000;
		return 'pending';
	}

	private policyFor(c: Campaign, d: CallData): NormalizedPolicy | undefined {
		const p = c.retryPolicy ?? (isObject(c.body.retryPolicy) ? c.body.retryPolicy : undefined);
		if (!p) return undefined;
		const parsed = parseRetryPolicy(p);
		if (typeof parsed === 'string') return undefined;
		const numberType = d.calledNos.find((n) => n.calledNo === d.called)?.type ?? d.calledNos[0]?.type ?? null;
		return parsed.find((x) => x.dataType === undefined || x.dataType === numberType);
	}

	/** 7.6.1: delivered when the answer is the documented {"retCode":"0"}; otherwise retried at once, then every 10 (scaled) minutes, 6 attempts in all. */
	private pushResults(c: Campaign, results: CallResult[]): void {
		const url = c.callBackUrl!;
		const payload = JSON.stringify(
			results.map((r) => {
				const o: Record<string, unknown> = {
					campaignId: r.campaignId,
					sessionId: r.sessionId,
					called: r.called,
					callTimeStr: r.callTimeStr,
					callStatus: r.callStatus,
					failCode: r.failCode,
					vdnId: r.vdnId,
					callId: r.callId,
					recordPath: r.recordPath,
				};
				if (r.customField !== undefined) o.customField = r.customField;
				return o;
			}),
		);
		const attempt = async (n: number): Promise<void> => {
			if (this.core.closed) return;
			const r = await this.core.postCallback('isalesResult', url, payload, { 'Content-Type': 'application/json;charset=UTF-8' }, n);
			if (r.acknowledged || n >= 6) return;
			if (n === 1) return attempt(2);
			this.core.setTimer(() => void attempt(n + 1), this.core.scaled(10 * 60 * 1000));
		};
		void attempt(1);
	}

	// ---------------------------------------------------------------- helpers

	private campaign(ctx: Ctx): Campaign | undefined {
		const id = Number(ctx.params.campaignId);
		const c = this.campaigns.get(id);
		if (!c || String(c.vdnId) !== ctx.params.vdnId) return undefined;
		return c;
	}

	private vdnOk(ctx: Ctx): SimResponse | undefined {
		const v = Number(ctx.params.vdnId);
		if (!Number.isInteger(v) || v < 1 || v > 9999) return paramError('vdnId must be an integer from 1 to 9999.');
		return undefined;
	}

	private validateCampaign(body: Record<string, unknown>, partial: boolean, version: 1 | 2): SimResponse | undefined {
		const need = (f: string) => !partial && (body[f] === undefined || body[f] === null || body[f] === '');
		for (const f of ['name', 'strBeginTime', 'strEndTime', 'deviceType', 'callerNo', 'maxAlertingTime', 'scheduleParam']) {
			if (need(f)) return res('02000001', `Empty parameter: ${f}.`);
		}
		if (!partial && version === 1 && !body.callbackUrl && !body.callBackUrl) return res('02000001', 'Empty parameter: callbackUrl.');
		if (body.name !== undefined && (typeof body.name !== 'string' || body.name.length > 32 || /["[\]=;<>]/.test(body.name))) {
			return res('02000003', 'name must be a string of at most 32 characters.');
		}
		for (const f of ['strBeginTime', 'strEndTime']) {
			if (body[f] !== undefined && !(typeof body[f] === 'string' && DATETIME_RE.test(body[f] as string))) return res('0200030', `${f} must be yyyy-MM-dd HH:mm:ss.`);
		}
		if (typeof body.strBeginTime === 'string' && typeof body.strEndTime === 'string' && body.strBeginTime >= body.strEndTime) {
			return res('02000009', 'strBeginTime must be earlier than strEndTime.');
		}
		if (!partial && typeof body.strBeginTime === 'string') {
			const today = formatDateTime(this.core.simNow()).slice(0, 10);
			if (body.strBeginTime.slice(0, 10) < today) return res('0200002', 'The start time of an outbound campaign is earlier than the early morning of the current day.');
		}
		if (body.deviceType !== undefined && ![1, 2, 3, 5, 6].includes(Number(body.deviceType))) return res('02000007', 'deviceType is invalid.');
		// V2 (7.1.2/7.1.4, Table 7-28) takes a list of {accessCode ≤32 digits, priority 1-5}; V1 one number.
		if (version === 2 && body.callerNo !== undefined) {
			const list = body.callerNo;
			if (!Array.isArray(list) || !list.length) return res('02000001', 'Empty parameter: callerNo.');
			for (const x of list) {
				if (!isObject(x) || typeof x.accessCode !== 'string' || !/^\d{1,32}$/.test(x.accessCode)) return res('02000002', 'callerNo.accessCode may contain only digits (max 32).');
				if (x.priority !== undefined && !(Number.isInteger(Number(x.priority)) && Number(x.priority) >= 1 && Number(x.priority) <= 5)) return res('02000007', 'callerNo.priority must be from 1 to 5.');
			}
		} else if (body.callerNo !== undefined && !(typeof body.callerNo === 'string' && NUMBER_RE.test(body.callerNo) && body.callerNo.length <= 24)) {
			return res('02000002', 'callerNo may contain only digits, * and # (max 24).');
		}
		if (body.maxAlertingTime !== undefined) {
			const m = Number(body.maxAlertingTime);
			if (!Number.isInteger(m) || m < 5 || m > 120) return res('02000007', 'maxAlertingTime must be from 5 to 120 seconds.');
		}
		if (body.scheduleParam !== undefined) {
			const sp = body.scheduleParam;
			if (!isObject(sp)) return res('02000006', 'scheduleParam must be an object.');
			const segs = [1, 2, 3].filter((i) => sp[`workdayBeginTime${i}`] && sp[`workdayEndTime${i}`]);
			if (!partial && segs.length === 0) return res('02000009', 'At least one workday time segment must be specified.');
			for (const i of [1, 2, 3]) {
				for (const k of ['workday', 'holiday']) {
					const b = sp[`${k}BeginTime${i}`];
					const e = sp[`${k}EndTime${i}`];
					if (!!b !== !!e) return res('02000009', `${k}BeginTime${i} and ${k}EndTime${i} must be set together.`);
					if (b && e && (!/^\d{2}:\d{2}$/.test(String(b)) || !/^\d{2}:\d{2}$/.test(String(e)) || String(b) >= String(e))) {
						return res('02000007', `${k} time segment ${i} is invalid.`);
					}
				}
			}
		}
		const dt = Number(body.deviceType);
		if (!partial && (dt === 1 || dt === 3) && !isObject(body.ivrParam)) return res('02000009', 'ivrParam is mandatory when deviceType is 1 or 3.');
		if (!partial && (dt === 2 || dt === 5 || dt === 6) && !isObject(body.skillParam)) return res('02000009', 'skillParam is mandatory when deviceType is 2, 5 or 6.');
		const url = body.callbackUrl ?? body.callBackUrl;
		if (url !== undefined && url !== null && url !== '' && !(typeof url === 'string' && /^https?:\/\//i.test(url))) {
			return res('02000007', 'callbackUrl must start with https:// or http://.');
		}
		if (body.initStatus !== undefined && ![0, 1].includes(Number(body.initStatus))) return res('02000007', 'initStatus must be 0 or 1.');
		if (isObject(body.retryPolicy)) {
			const p = parseRetryPolicy(body.retryPolicy);
			if (typeof p === 'string') return res(p.slice(0, 8), `retryPolicy: ${p.slice(9)}`);
		}
		return undefined;
	}

	private detail(c: Campaign): Record<string, unknown> {
		const b = c.body;
		return {
			id: c.id,
			name: c.name,
			description: b.description ?? null,
			status: c.status,
			strBeginTime: b.strBeginTime,
			strEndTime: b.strEndTime,
			deviceType: b.deviceType,
			callerNo: b.callerNo,
			maxAlertingTime: b.maxAlertingTime,
			scheduleParam: b.scheduleParam ?? null,
			ivrParam: b.ivrParam ?? null,
			skillParam: b.skillParam ?? null,
			callbackUrl: c.callBackUrl ?? null,
			callBackUrl: c.callBackUrl ?? null,
			retryPolicy: c.retryPolicy ?? null,
			callPolicy: b.callPolicy ?? null,
		};
	}

	private blocked(num: string): boolean {
		const b = this.blocklist.get(num);
		if (!b) return false;
		if (b.expiresAt !== undefined && b.expiresAt <= Date.now()) {
			this.blocklist.delete(num);
			return false;
		}
		// Numbers with a call restriction may still be added (7.4.1).
		return b.restrictTimes === undefined;
	}

	private addData(ctx: Ctx, version: 1 | 2): SimResponse {
		const c = this.campaign(ctx);
		if (!c) return NOT_FOUND();
		const body = isObject(ctx.json) ? ctx.json : undefined;
		const list = body?.callDataList;
		if (!Array.isArray(list) || list.length === 0) return res('02000001', 'Empty parameter: callDataList.');
		if (list.length > 20) return res('0200029', 'The maximum number of numbers that can be added each time (20) is exceeded.');
		if (c.status === 2 || c.status === 4) return res('0200019', 'The number cannot be added in the current state (campaign started or completed; suspend it first).');
		const now = Date.now();
		if (this.core.options.enforceIsalesRateLimit && now - c.lastAddAt < this.core.scaled(1000)) return res('0200022', 'The interface invoking time is short.');
		const seen = new Set<string>();
		const records: CallData[] = [];
		for (const [i, item] of list.entries()) {
			if (!isObject(item)) return res('02000006', `callDataList[${i}] must be an object.`);
			let numbers: { calledNo: string; type: string | null }[];
			if (version === 2) {
				if (!Array.isArray(item.called) || item.called.length === 0) return res('02000001', `Empty parameter: callDataList[${i}].called.`);
				numbers = item.called.map((x) => ({ calledNo: isObject(x) ? String(x.calledNo ?? '') : '', type: isObject(x) && x.type != null ? String(x.type) : null }));
			} else {
				if (item.called === undefined || item.called === null || item.called === '') return res('02000001', `Empty parameter: callDataList[${i}].called.`);
				numbers = [{ calledNo: String(item.called), type: null }];
			}
			for (const n of numbers) {
				if (!n.calledNo) return res('02000001', `Empty parameter: callDataList[${i}].called.`);
				if (n.calledNo.length > 24) return res('02000003', `callDataList[${i}].called exceeds 24 characters.`);
				if (!NUMBER_RE.test(n.calledNo)) return res('02000002', `callDataList[${i}].called may contain only digits, * and #.`);
				if (seen.has(n.calledNo)) return res('0200018', `Duplicate numbers exist: ${n.calledNo}.`);
				seen.add(n.calledNo);
				if (this.blocked(n.calledNo)) return res('0200024', `The number to be added is in the blacklist: ${n.calledNo}.`);
			}
			const sessionId = item.sessionId === undefined || item.sessionId === null ? '' : String(item.sessionId);
			if (sessionId.length > 32) return res('02000003', `callDataList[${i}].sessionId exceeds 32 characters.`);
			if (item.customField !== undefined && (String(item.customField).length > 200 || /[`~!@#%&*()+={}";<>/?.\\[\]¥\-,]/.test(String(item.customField)))) {
				return res('02000002', `callDataList[${i}].customField is invalid.`);
			}
			if (item.callData !== undefined && String(item.callData).length > 1024) return res('02000003', `callDataList[${i}].callData exceeds 1024 characters.`);
			if (item.recycleTime !== undefined && item.recycleTime !== '' && !DATETIME_RE.test(String(item.recycleTime))) return res('0200030', 'The time format is incorrect.');
			records.push({
				dataId: `${Date.now()}${pad(++this.dataSeq, 6)}`,
				campaignId: c.id,
				sessionId,
				called: numbers[0].calledNo,
				calledNos: numbers,
				caller: item.caller === undefined ? undefined : String(item.caller),
				customField: item.customField === undefined ? undefined : String(item.customField),
				callData: item.callData === undefined ? undefined : String(item.callData),
				status: 'pending',
				addedAt: this.core.simNow(),
				attempts: 0,
				dayAttempts: 0,
				days: 0,
				resultRetries: {},
			});
		}
		if (c.data.filter((d) => d.status === 'pending').length + records.length > 200000) return res('0200020', 'The number quantity exceeds the upper limit 200,000.');
		c.data.push(...records);
		c.lastAddAt = now;
		return ok('success', { returnObject: { totalSize: c.data.length } });
	}

	// ---------------------------------------------------------------- routes

	private register(): void {
		const h = this.core.handlers;
		const withCampaign = (fn: (ctx: Ctx, c: Campaign) => SimResponse) => (ctx: Ctx) => {
			const bad = this.vdnOk(ctx);
			if (bad) return bad;
			const c = this.campaign(ctx);
			return c ? fn(ctx, c) : NOT_FOUND();
		};
		const create = (version: 1 | 2) => (ctx: Ctx) => {
			const bad = this.vdnOk(ctx);
			if (bad) return bad;
			if (!isObject(ctx.json)) return paramError('The request body must be a JSON object.');
			const body = ctx.json;
			const err = this.validateCampaign(body, false, version);
			if (err) return err;
			for (const c of this.campaigns.values()) if (c.name === body.name) return res('0200005', 'The outbound campaign name must be unique.');
			const vdnId = Number(ctx.params.vdnId);
			const dt = Number(body.deviceType);
			const sameKind = [...this.campaigns.values()].filter((c) => c.vdnId === vdnId && ((Number(c.body.deviceType) === 1 || Number(c.body.deviceType) === 3) === (dt === 1 || dt === 3)));
			if (sameKind.length >= 20) return res(dt === 1 || dt === 3 ? '0200004' : '0200003', 'The number of outbound campaigns of this device type reaches the upper limit (20).');
			const id = this.nextId++;
			const url = (body.callbackUrl ?? body.callBackUrl) as string | undefined;
			this.campaigns.set(id, {
				id,
				vdnId,
				version,
				name: String(body.name),
				status: Number(body.initStatus ?? 0) === 1 ? 3 : 2,
				body: { ...body },
				callBackUrl: url || undefined,
				callerNos: [],
				holidays: [],
				data: [],
				results: [],
				timers: new Set(),
				lastAddAt: 0,
				createdAt: Date.now(),
			});
			return ok('success', { returnObject: { id } });
		};
		h.set('7.1.1', create(1));
		h.set('7.1.2', create(2));
		const modify = (version: 1 | 2) =>
			withCampaign((ctx, c) => {
				if (!isObject(ctx.json)) return paramError('The request body must be a JSON object.');
				const err = this.validateCampaign(ctx.json, true, version);
				if (err) return err;
				if (ctx.json.deviceType !== undefined && Number(ctx.json.deviceType) !== Number(c.body.deviceType)) {
					return res('02000009', 'The device type cannot be changed after the campaign is created.');
				}
				if (typeof ctx.json.name === 'string' && ctx.json.name !== c.name) {
					for (const o of this.campaigns.values()) if (o.name === ctx.json.name) return res('0200005', 'The outbound campaign name must be unique.');
					c.name = ctx.json.name;
				}
				Object.assign(c.body, ctx.json);
				const url = ctx.json.callbackUrl ?? ctx.json.callBackUrl;
				if (typeof url === 'string' && url) c.callBackUrl = url;
				return ok();
			});
		h.set('7.1.3', modify(1));
		h.set('7.1.4', modify(2));
		h.set(
			'7.1.5',
			withCampaign((_ctx, c) => {
				for (const t of c.timers) this.core.clearTimer(t);
				this.campaigns.delete(c.id);
				return ok();
			}),
		);
		h.set('7.1.6', withCampaign((_ctx, c) => ok('', { returnObject: this.detail(c) })));
		h.set('7.1.7', (ctx) => {
			const bad = this.vdnOk(ctx);
			if (bad) return bad;
			const q = ctx.query;
			const curPage = Math.max(1, Number(q.curPage ?? 1) || 1);
			const rowsPerPage = Math.min(100, Math.max(1, Number(q.rowsPerPage ?? 10) || 10));
			const status = q.status === undefined || q.status === '' ? 0 : Number(q.status);
			let list = [...this.campaigns.values()].filter((c) => String(c.vdnId) === ctx.params.vdnId);
			if (status) list = list.filter((c) => c.status === status);
			// 7.1.7: deviceType 0, like status 0, means all types.
			if (q.deviceType && q.deviceType !== '0') list = list.filter((c) => String(c.body.deviceType) === q.deviceType);
			if (q.name) list = list.filter((c) => c.name.includes(q.name));
			const page = list.slice((curPage - 1) * rowsPerPage, curPage * rowsPerPage);
			const isIvr = (c: Campaign) => [1, 3].includes(Number(c.body.deviceType));
			return ok('', {
				curPage,
				totalSize: list.length,
				rowsPerPage,
				curSkillQueueCount: list.filter((c) => !isIvr(c)).length,
				curlvrCount: list.filter(isIvr).length,
				data: page.map((c) => ({ id: c.id, name: c.name, status: c.status, strBeginTime: c.body.strBeginTime, strEndTime: c.body.strEndTime, deviceType: c.body.deviceType, callerNo: c.body.callerNo })),
			});
		});
		h.set(
			'7.1.8',
			withCampaign((_ctx, c) => {
				if (c.status !== 2) return res('0200011', 'The outbound campaign in the current status cannot be suspended.');
				c.status = 3;
				return ok();
			}),
		);
		h.set(
			'7.1.9',
			withCampaign((_ctx, c) => {
				if (c.status !== 3) return res('0200012', 'The outbound campaign in the current status cannot be resumed.');
				c.status = 2;
				return ok();
			}),
		);
		let retryPolicySeq = 1871694313;
		h.set(
			'7.1.10',
			withCampaign((ctx, c) => {
				if (!isObject(ctx.json) || ctx.json.policyJson === undefined || ctx.json.policyJson === null || ctx.json.policyJson === '') return res('02000001', 'Empty parameter: policyJson.');
				if (ctx.json.policyType === undefined || ctx.json.policyType === null || ctx.json.policyType === '') return res('02000001', 'Empty parameter: policyType.');
				const policyType = Number(ctx.json.policyType);
				if (policyType !== 0 && policyType !== 1) return res('02000007', 'policyType must be 0 (global policy) or 1 (number type matching policy).');
				const parsed = parseRetryPolicy({ policyType, policyJson: ctx.json.policyJson });
				if (typeof parsed === 'string') return res(parsed.slice(0, 8), parsed.slice(9));
				const policyJson = typeof ctx.json.policyJson === 'string' ? ctx.json.policyJson : JSON.stringify(ctx.json.policyJson);
				c.retryPolicy = { retryPolicyId: String(retryPolicySeq++), policyType, policyJson };
				return ok();
			}),
		);
		h.set(
			'7.1.11',
			withCampaign((_ctx, c) => {
				const p = c.retryPolicy ?? null;
				return ok('', { data: p, returnObject: p });
			}),
		);
		h.set('7.1.12', (ctx) => {
			if (!isObject(ctx.json)) return paramError('The request body must be a JSON object.');
			this.businessResults.push({ ...ctx.json });
			return ok();
		});
		h.set('7.1.13', () => ok('', { returnObject: this.businessResults, data: this.businessResults }));
		h.set(
			'7.1.15',
			withCampaign((ctx, c) => {
				const list = isObject(ctx.json) ? ctx.json.callerNo : undefined;
				if (!Array.isArray(list) || !list.length) return res('02000001', 'Empty parameter: callerNo.');
				for (const x of list) {
					if (!isObject(x) || typeof x.accessCode !== 'string' || !/^[0-9*#]{1,24}$/.test(x.accessCode)) return res('02000002', 'accessCode is invalid.');
					c.callerNos.push({ accessCode: x.accessCode, priority: x.priority === undefined ? undefined : Number(x.priority) });
				}
				return ok('create callerNo success');
			}),
		);
		h.set(
			'7.1.16',
			withCampaign((ctx, c) => {
				const list = isObject(ctx.json) ? ctx.json.callerNo : undefined;
				const remove = new Set<string>((Array.isArray(list) ? list : []).map((x) => (isObject(x) ? String(x.accessCode) : String(x))));
				c.callerNos = remove.size ? c.callerNos.filter((x) => !remove.has(x.accessCode)) : [];
				return ok('delete callerNo success');
			}),
		);
		h.set(
			'7.1.14',
			(ctx) =>
				this.vdnOk(ctx) ??
				ok('', {
					returnObject: FAIL_CODES.map((code) => ({
						failCode: code,
						count: [...this.campaigns.values()].reduce((n, c) => n + c.results.filter((r) => r.failCode === code).length, 0),
					})).filter((x) => x.count > 0),
				}),
		);

		// ---- holidays
		let holidaySeq = 1318795089;
		h.set('7.2.1', withCampaign((_ctx, c) => ok('', { returnObject: c.holidays, data: c.holidays })));
		h.set(
			'7.2.2',
			withCampaign((ctx, c) => {
				const b = isObject(ctx.json) ? ctx.json : {};
				if (!b.name || b.type === undefined || b.type === null) return res('02000001', 'Empty parameter: name/type.');
				const bad = validateHoliday(b);
				if (bad) return bad;
				if (c.holidays.some((x) => x.name === String(b.name))) return res('0200013', 'The holiday name already exists.');
				if (c.holidays.length >= 100) return res('0200015', 'The number of holidays in the outbound campaign reaches the upper limit.');
				const hol: Holiday = { id: holidaySeq++, name: String(b.name), type: Number(b.type), week: b.week ?? null, beginTime: b.beginTime ? String(b.beginTime) : '', endTime: b.endTime ? String(b.endTime) : '' };
				c.holidays.push(hol);
				return ok('', { returnObject: { id: hol.id } });
			}),
		);
		h.set(
			'7.2.3',
			withCampaign((ctx, c) => {
				const b = isObject(ctx.json) ? ctx.json : {};
				const hol = c.holidays.find((x) => String(x.id) === String(b.id ?? b.holidayId));
				if (!hol) return res('0200001', 'The holiday does not exist.');
				const merged: Record<string, unknown> = { ...hol, ...b };
				const bad = validateHoliday(merged);
				if (bad) return bad;
				if (c.holidays.some((x) => x !== hol && x.name === String(merged.name))) return res('0200013', 'The holiday name already exists.');
				Object.assign(hol, { name: String(merged.name), type: Number(merged.type), week: merged.week ?? null, beginTime: merged.beginTime ? String(merged.beginTime) : '', endTime: merged.endTime ? String(merged.endTime) : '' });
				return ok();
			}),
		);
		h.set(
			'7.2.4',
			withCampaign((ctx, c) => {
				const before = c.holidays.length;
				c.holidays = c.holidays.filter((x) => String(x.id) !== ctx.params.holidayId);
				return before === c.holidays.length ? res('0200001', 'The holiday does not exist.') : ok();
			}),
		);
		h.set(
			'7.2.5',
			withCampaign((_ctx, c) => {
				c.holidays = [];
				return ok();
			}),
		);

		// ---- blacklist (7.3)
		h.set('7.3.1', (ctx) => {
			const b = isObject(ctx.json) ? ctx.json : {};
			const list = b.blocklist;
			if (!Array.isArray(list) || list.length === 0) return res('02000001', 'Empty parameter: blocklist.');
			if (list.length > 20) return res('0200029', 'The maximum number of numbers that can be added each time (20) is exceeded.');
			const seen = new Set<string>();
			for (const n of list) {
				const s = String(n ?? '');
				if (!s) return res('02000001', 'Empty parameter: blocklist.');
				if (s.length > 24) return res('02000003', `The number ${s} exceeds 24 characters.`);
				if (!NUMBER_RE.test(s)) return res('02000002', `The number ${s} may contain only digits, * and #.`);
				if (seen.has(s)) return res('0200018', 'Duplicate numbers exist.');
				seen.add(s);
				if (this.blocklist.has(s)) return res('0200007', `The number already exists in the blacklist: ${s}.`);
			}
			const restrictTimes = b.restrictTimes === undefined || b.restrictTimes === null ? undefined : Number(b.restrictTimes);
			const restrictPeriod = b.restrictPeriod === undefined || b.restrictPeriod === null ? undefined : String(b.restrictPeriod);
			if ((restrictTimes === undefined) !== (restrictPeriod === undefined)) return res('02000009', 'restrictTimes and restrictPeriod must be set together.');
			if (restrictTimes !== undefined && (!Number.isInteger(restrictTimes) || restrictTimes < 1 || restrictTimes > 100)) return res('02000007', 'restrictTimes must be from 1 to 100.');
			if (restrictPeriod !== undefined && !['0', '1'].includes(restrictPeriod)) return res('02000007', 'restrictPeriod must be 0 or 1.');
			let expiresAt: number | undefined;
			if (b.validityTime !== undefined && b.validityTime !== null) {
				const vt = Number(b.validityTime);
				if (!Number.isInteger(vt) || vt < 1 || vt > 120) return res('02000007', 'validityTime must be from 1 to 120 hours.');
				expiresAt = Date.now() + vt * 3600 * 1000;
			} else if (typeof b.validityExpirationTime === 'string' && b.validityExpirationTime) {
				if (!DATETIME_RE.test(b.validityExpirationTime)) return res('0200030', 'The time format is incorrect.');
				expiresAt = Date.parse(b.validityExpirationTime.replace(' ', 'T') + 'Z');
			}
			for (const s of seen) this.blocklist.set(s, { blockNum: s, expiresAt, restrictTimes, restrictPeriod });
			return ok('The blacklist is added successfully');
		});
		h.set('7.3.2', (ctx) => {
			const b = isObject(ctx.json) ? ctx.json : {};
			// 7.3.2 documents blocklistNo (Table 7-176 and its example).
			const one = b.blocklistNo ?? b.blockNum ?? b.number;
			const nums = Array.isArray(b.blocklist) ? b.blocklist.map(String) : one !== undefined ? [String(one)] : [];
			if (!nums.length) return res('02000001', 'Empty parameter: blocklist.');
			let n = 0;
			for (const x of nums) if (this.blocklist.delete(x)) n++;
			return ok('delete BlockList Success', { successCount: n });
		});
		h.set('7.3.3', () => {
			this.blocklist.clear();
			return ok('delete all BlockList Success');
		});
		h.set('7.3.4', (ctx) => {
			const b = isObject(ctx.json) ? ctx.json : {};
			// 7.3.4 documents offset/limit (limit 1-100, offset = limit x (page - 1)) or a blocklist of up to 20 numbers.
			if (b.limit !== undefined && !(Number.isInteger(Number(b.limit)) && Number(b.limit) >= 1 && Number(b.limit) <= 100)) return res('02000007', 'limit must be from 1 to 100.');
			if (b.offset !== undefined && !(Number.isInteger(Number(b.offset)) && Number(b.offset) >= 0)) return res('02000007', 'offset must be a non-negative integer.');
			const pageSize = Math.max(1, Number(b.limit ?? b.pageSize ?? b.rowsPerPage ?? 100) || 100);
			const pageNum = Math.max(1, Number(b.pageNum ?? b.curPage ?? 1) || 1);
			const start = b.offset !== undefined ? Number(b.offset) : (pageNum - 1) * pageSize;
			const now = Date.now();
			const all = [...this.blocklist.values()].filter((x) => x.expiresAt === undefined || x.expiresAt > now);
			const wanted = Array.isArray(b.blocklist) ? new Set(b.blocklist.map(String)) : undefined;
			const filtered = wanted ? all.filter((x) => wanted.has(x.blockNum)) : b.blockNum ? all.filter((x) => x.blockNum.includes(String(b.blockNum))) : all;
			const data = filtered.slice(start, start + pageSize).map((x) => ({
				blockNum: x.blockNum,
				validityExpirationTime: x.expiresAt === undefined ? null : new Date(x.expiresAt).toISOString().replace('Z', '+00:00'),
			}));
			return ok('query BlockList Success', { data, total: filtered.length });
		});

		// ---- outbound data (7.4)
		h.set('7.4.1', (ctx) => this.vdnOk(ctx) ?? this.addData(ctx, 1));
		h.set('7.4.2', (ctx) => this.vdnOk(ctx) ?? this.addData(ctx, 2));
		h.set(
			'7.4.3',
			withCampaign((ctx, c) => {
				const b = isObject(ctx.json) ? ctx.json : {};
				const sid = b.sessionId === undefined ? undefined : String(b.sessionId);
				const did = b.dataId === undefined ? undefined : String(b.dataId);
				if (sid === undefined && did === undefined) return res('02000001', 'Empty parameter: sessionId.');
				const before = c.data.length;
				c.data = c.data.filter((d) => !(d.status === 'pending' && ((sid !== undefined && d.sessionId === sid) || (did !== undefined && d.dataId === did))));
				return ok('', { successCount: before - c.data.length });
			}),
		);
		h.set('7.4.4', (ctx) => {
			const b = ctx.json;
			const items = Array.isArray(b) ? b : isObject(b) && Array.isArray(b.callNoTypes) ? b.callNoTypes : isObject(b) ? [b] : [];
			if (!items.length) return res('02000001', 'Empty parameter.');
			for (const x of items) if (isObject(x)) this.numberTypes.push({ type: String(x.type ?? x.typeCode ?? ''), name: String(x.name ?? x.typeName ?? ''), ...x });
			return ok();
		});
		h.set('7.4.5', () => ok('', { data: this.numberTypes, returnObject: this.numberTypes }));
		h.set(
			'7.4.6',
			withCampaign((ctx, c) => {
				const d = c.data.find((x) => x.dataId === ctx.params.dataId);
				if (!d) return res('0200001', 'The outbound call data does not exist.');
				return ok('query data success', {
					data: {
						dataId: d.dataId,
						calledNos: d.calledNos.map((n) => ({ calledNo: n.calledNo, type: n.type })),
						properties: [],
					},
				});
			}),
		);
		h.set('7.4.7', (ctx) => {
			const bad = this.vdnOk(ctx);
			if (bad) return bad;
			const today = formatDateTime(this.core.simNow()).slice(0, 10);
			const countDetail = [...this.campaigns.values()]
				.filter((c) => String(c.vdnId) === ctx.params.vdnId && (!ctx.query.campaignId || String(c.id) === ctx.query.campaignId))
				.map((c) => {
					const done = c.data.filter((d) => d.status === 'done').length;
					const succ = c.results.filter((r) => r.callStatus === 6).length;
					const daily = c.results.filter((r) => r.callTimeStr.startsWith(today));
					return {
						campaignId: String(c.id),
						calledCount: 0,
						batchDetail: [],
						finishCount: done,
						unCallCount: c.data.length - done,
						totalCount: c.data.length,
						totalCallSucc: succ,
						totalCalledCount: c.results.length,
						totalFinishCount: done,
						dailyFinishCount: daily.length,
						dailyCalledCount: daily.length,
						dailyCallSucc: daily.filter((r) => r.callStatus === 6).length,
						dailyCount: c.data.filter((d) => formatDateTime(d.addedAt).startsWith(today)).length,
					};
				});
			return ok('', { countDetail });
		});

		// ---- results (7.5)
		h.set(
			'7.5.1',
			withCampaign((ctx, c) => {
				const b = isObject(ctx.json) ? ctx.json : {};
				const showDetail = Number(b.showDetail ?? 0);
				const pageSize = Number(b.pageSize ?? 100) || 100;
				if (pageSize > (showDetail === 1 ? 100 : 500)) return res('02000007', `pageSize must not exceed ${showDetail === 1 ? 100 : 500}.`);
				const pageNum = Math.max(1, Number(b.pageNum ?? 1) || 1);
				if (!!b.beginTime !== !!b.endTime) return res('0200008', 'The start time and end time must be specified or left empty at the same time.');
				let list = c.results;
				if (b.beginTime && b.endTime) {
					const re = /^\d{4}-\d{2}-\d{2}$/;
					if (!re.test(String(b.beginTime)) || !re.test(String(b.endTime))) return res('0200009', 'The format of the start time or end time is incorrect.');
					if (String(b.beginTime) >= String(b.endTime)) return res('0200010', 'The start time is later than or equal to the end time.');
					if (Date.parse(String(b.endTime)) - Date.parse(String(b.beginTime)) > 30 * 86400000) return res('0200011', 'The interval between the start time and end time exceeds 30 days.');
					list = list.filter((r) => r.callTimeStr.slice(0, 10) >= String(b.beginTime) && r.callTimeStr.slice(0, 10) <= String(b.endTime));
				}
				if (b.sessionId !== undefined && b.sessionId !== '') list = list.filter((r) => r.sessionId === String(b.sessionId));
				if (b.customField !== undefined && b.customField !== '') list = list.filter((r) => r.customField === String(b.customField));
				if (showDetail !== 1) {
					const last = new Map<string, CallResult>();
					for (const r of list) last.set(r.dataId, r);
					list = [...last.values()];
				}
				const page = list.slice((pageNum - 1) * pageSize, pageNum * pageSize);
				return ok('Query Success!', {
					totalCount: list.length,
					data: page.map((r) => ({
						campaignId: r.campaignId,
						sessionId: r.sessionId,
						called: r.called,
						callTimeStr: r.callTimeStr,
						callStatus: r.callStatus,
						failCode: r.failCode,
						resultCode: r.resultCode,
						vdnId: r.vdnId,
						callId: r.callId,
						recordPath: r.recordPath,
					})),
				});
			}),
		);
		h.set('7.5.2', (ctx) => {
			const bad = this.vdnOk(ctx);
			if (bad) return bad;
			for (const c of this.campaigns.values()) {
				const r = c.results.find((x) => x.callId === ctx.params.callId);
				if (r) return ok('', { data: { ...r, time: undefined, dataId: undefined } });
			}
			return res('0200001', 'The call record does not exist.');
		});
	}

	/** Every call attempt of every campaign (read by the CMS figures). */
	allResults(): CallResult[] {
		return [...this.campaigns.values()].flatMap((c) => c.results);
	}

	/** Campaigns of a VDN as the CMS "fromisales" interfaces (12.3.5) see them. */
	tasks(vdnId: number): { id: number; name: string; status: number; deviceType: number; beginTime: string; endTime: string; total: number; pending: number; ringing: number; done: number; succeeded: number; failed: number }[] {
		return [...this.campaigns.values()]
			.filter((c) => c.vdnId === vdnId)
			.map((c) => {
				const last = new Map<string, CallResult>();
				for (const r of c.results) last.set(r.dataId, r);
				const done = c.data.filter((d) => d.status === 'done');
				const succeeded = done.filter((d) => last.get(d.dataId)?.callStatus === 6).length;
				return {
					id: c.id,
					name: c.name,
					status: c.status,
					deviceType: Number(c.body.deviceType),
					beginTime: String(c.body.strBeginTime ?? ''),
					endTime: String(c.body.strEndTime ?? ''),
					total: c.data.length,
					pending: c.data.filter((d) => d.status === 'pending').length,
					ringing: c.data.filter((d) => d.status === 'ringing').length,
					done: done.length,
					succeeded,
					failed: done.length - succeeded,
				};
			});
	}

	snapshot(): unknown {
		return [...this.campaigns.values()].map((c) => ({
			id: c.id,
			vdnId: c.vdnId,
			name: c.name,
			status: c.status,
			callBackUrl: c.callBackUrl ?? null,
			pending: c.data.filter((d) => d.status === 'pending').length,
			ringing: c.data.filter((d) => d.status === 'ringing').length,
			results: c.results.length,
			callingWindow: this.callingWindow(c, this.core.simNow()),
		}));
	}
}
