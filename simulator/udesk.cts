/**
 * Udesk call center open API (ccapi v2) mode: the 26 interfaces of the Udesk document, on the
 * same server as the CEC simulator, under /ccapi/v2/.
 *
 * What the document fixes is enforced: the query signature (AppId, Timestamp, Sid,
 * Sign = SHA1(Sid + AuthToken + Timestamp), a Timestamp valid for 10 minutes; interfaces 23 and 24
 * name the application app_id), mandatory fields, the ID formats, the ErrCode envelope, and the
 * object rules of the overview (an agent signs in only with a bound extension, one extension of
 * each type per agent, a bound extension or a queue with agents cannot be deleted...).
 *
 * What the document leaves open is chosen here and said so: which ErrCode each refusal carries
 * (picked from the document's table by meaning), the agent list's paging parameters (CurrPage and
 * PageSize, the names its answer uses), and the body of an event push, which the document never
 * prints: {event, category, app_id, subscription, timestamp, data}, one event per POST.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { SimCore } from './context.cjs';
import type { SimResponse } from './types.cjs';
import { isObject } from './util.cjs';

export interface UdeskAccount {
	sid: string;
	authToken: string;
	appId: string;
}

export const UDESK_SIM_ACCOUNT: UdeskAccount = {
	sid: 'udesk-sim-sid',
	authToken: 'udesk-sim-auth-token-0123456789',
	appId: '4b8dc715-05e0-4340-6cae-a6e3c39a6012',
};

/** "Timestamp: Time stamp, valid within 10 minutes". */
export const UDESK_TIMESTAMP_WINDOW_MS = 10 * 60 * 1000;

/** Interface 18's event table: all_type → category. */
export const UDESK_EVENT_CATEGORIES: Readonly<Record<string, string>> = {
	acd_agent_state: 'agent_state',
	extension_state_update: 'ext_state',
	agent_call_mode_change: 'agent_call_mode',
	general_hangup: 'call',
	enqueue_succ: 'call',
	record_stop: 'call',
	hangup_cause: 'call',
	dequeue_succ: 'call',
	start_dialout: 'call',
	voice_mail_succ: 'call',
	play_succ: 'call',
	dtmf_gather_succ: 'call',
	asr_gather_succ: 'call',
	consult_succ: 'call',
	end_consult_succ: 'call',
	three_way_succ: 'call',
	substitute_succ: 'call',
	hold_agent_succ: 'call',
	extern_succ: 'call',
	eavesdrop_succ: 'call',
};

const MESSAGES: Record<string, string> = {
	'000000': 'OK',
	'000001': 'Invalid parameter',
	'000035': 'Request timeout',
	'000036': 'Incorrect request',
	'100001': 'Parameter is empty',
	'100002': 'App is invalid or forbidden',
	'100003': 'Account not found',
	'100005': 'Relay number not found',
	'100006': 'Name already exists',
	'100015': 'Number exists',
	'100017': 'App ID is empty',
	'100018': 'No records found',
	'100021': 'Invalid agent status',
	'100022': 'Ownership error',
	'200020': 'Authentication error',
};

const AGENT_ID = /^\d{1,32}$/;
const WORK_ID = /^\w{1,32}$/;
const EXTENSION = /^[1-9]\d{3}$/;
const QUEUE_ID = /^9\d{3}$/;
const PSTN = /^(?:1\d{10}|0[1-9]\d{8,11}|00[1-9]\d{6,17})$/;
/** Agent states: 0 idle, 1 waiting (22's "state"), 4 offline (25's example). */
const STATE_NAMES: Record<number, string> = { 0: 'idle', 1: 'waiting', 4: 'offline' };
const OFFLINE = 4;

interface Agent {
	AgentId: string;
	WorkId: string;
	Name: string;
	Mobile: string;
	Email: string;
	Role: string;
	Enable: boolean;
	WrapUpTime: number;
	OutWrapUpTime: number;
	AssistantAccessRight: number;
	State: number;
	Queues: string[];
	Extensions: string[];
}

interface Extension {
	Extension: string;
	Password: string;
	Number: string;
	SignalType: number;
	agentId?: string;
}

interface Queue {
	QueueId: string;
	Name: string;
	Strategy: number;
	Timeout: number;
	WaitMusic: string;
}

export interface UdeskSubscription {
	subid: number;
	name: string;
	callback: string;
	events: string[];
	enable: boolean;
}

export interface UdeskDelivery {
	subid: number;
	url: string;
	event: string;
	status: number;
}

export interface UdeskRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: IncomingHttpHeaders;
	bodyText: string;
}

class Refusal extends Error {
	constructor(
		readonly code: string,
		readonly detail?: string,
		readonly status = 200,
	) {
		super(detail ?? MESSAGES[code] ?? code);
	}
}

const fail = (code: string, detail?: string, status?: number): never => {
	throw new Refusal(code, detail, status);
};

function text(body: Record<string, unknown>, name: string, required: boolean): string | undefined {
	const value = body[name];
	if (value === undefined || value === null || value === '') {
		if (required) fail('100001', `${name} is empty`);
		return undefined;
	}
	if (typeof value !== 'string') fail('000001', `${name} must be a string`);
	return value as string;
}

function list(body: Record<string, unknown>, name: string, required: boolean): string[] | undefined {
	const value = body[name];
	if (value === undefined || value === null) {
		if (required) fail('100001', `${name} is empty`);
		return undefined;
	}
	if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) fail('000001', `${name} must be a list of strings`);
	if (required && (value as string[]).length === 0) fail('100001', `${name} is empty`);
	return value as string[];
}

function integer(body: Record<string, unknown>, name: string, allowed?: number[]): number | undefined {
	const value = body[name];
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'number' || !Number.isInteger(value) || (allowed && !allowed.includes(value))) fail('000001', `${name} must be ${allowed ? `one of ${allowed.join(', ')}` : 'an integer'}`);
	return value as number;
}

function bool(body: Record<string, unknown>, name: string, required = false): boolean | undefined {
	const value = body[name];
	if (value === undefined || value === null) {
		if (required) fail('100001', `${name} is empty`);
		return undefined;
	}
	if (typeof value !== 'boolean') fail('000001', `${name} must be true or false`);
	return value as boolean;
}

function format(value: string | undefined, pattern: RegExp, name: string): void {
	if (value !== undefined && !pattern.test(value)) fail('000001', `${name} ${JSON.stringify(value)} does not match ${pattern.source}`);
}

function sameText(a: string, b: string): boolean {
	const x = createHash('sha256').update(a).digest();
	const y = createHash('sha256').update(b).digest();
	return timingSafeEqual(x, y);
}

export class UdeskSim {
	account: UdeskAccount;
	/** The host's clock, shiftable so tests can age a credential's Timestamp without sleeping. */
	clockOffsetMs = 0;
	private relayNumbers: string[] = [];
	private defaultRelayNumber = '';
	readonly agents = new Map<string, Agent>();
	readonly extensions = new Map<string, Extension>();
	readonly queues = new Map<string, Queue>();
	readonly subscriptions = new Map<number, UdeskSubscription>();
	readonly deliveries: UdeskDelivery[] = [];
	private nextSubId = 160;

	constructor(
		private readonly core: SimCore,
		account: UdeskAccount = UDESK_SIM_ACCOUNT,
	) {
		this.account = { ...account };
		this.reset();
	}

	reset(): void {
		this.relayNumbers = ['057126200670', '057126200671', '057126200672', '057126200673', '057126200674'];
		this.defaultRelayNumber = '057126200670';
		this.agents.clear();
		this.extensions.clear();
		this.queues.clear();
		this.subscriptions.clear();
		this.deliveries.length = 0;
		this.nextSubId = 160;
		this.clockOffsetMs = 0;
		// "An agent must be in at least one queue": new agents join the application's first queue.
		this.queues.set('9001', { QueueId: '9001', Name: 'Default queue', Strategy: 0, Timeout: 0, WaitMusic: 'waitmusic.wav' });
	}

	/** Adds agents directly (paging tests need many): each in queue 9001, offline. */
	seedAgents(count: number, prefix = 5000): string[] {
		const ids: string[] = [];
		for (let i = 0; i < count; i++) {
			const id = String(prefix + i);
			this.agents.set(id, this.newAgent({ AgentId: id, WorkId: `w${id}`, Name: `Agent ${id}` }));
			ids.push(id);
		}
		return ids;
	}

	private newAgent(fields: Partial<Agent> & { AgentId: string; WorkId: string }): Agent {
		return {
			Name: '',
			Mobile: '',
			Email: '',
			Role: 'agent',
			Enable: true,
			WrapUpTime: 0,
			OutWrapUpTime: 0,
			AssistantAccessRight: 0,
			State: OFFLINE,
			Queues: ['9001'],
			Extensions: [],
			...fields,
		};
	}

	async handle(request: UdeskRequest): Promise<SimResponse> {
		const route = this.route(request.method, request.path);
		const usesAppIdName = route?.appIdName ?? 'AppId';
		try {
			if (!route) fail('000036', `${request.method} ${request.path} is not an interface of ccapi v2`, 404);
			this.checkSignature(request.query, usesAppIdName);
			let body: Record<string, unknown> = {};
			if (request.bodyText.trim()) {
				let parsed: unknown;
				try {
					parsed = JSON.parse(request.bodyText);
				} catch {
					fail('100019', 'the body is not JSON', 400);
				}
				if (!isObject(parsed)) fail('000001', 'the body must be a JSON object', 400);
				body = parsed as Record<string, unknown>;
			}
			return await route!.run(body, request.query, route!.params);
		} catch (error) {
			if (!(error instanceof Refusal)) throw error;
			if (route?.shape === 'code') return { status: error.status, body: { code: error.code, message: error.message, results: '' } };
			if (route?.shape === 'session') return { status: error.status, body: { ErrCode: error.code, ErrDesc: error.message, msg_id: request.query.MsgId ?? '', results: '', data: null } };
			return { status: error.status, body: { ErrCode: error.code, ErrDesc: error.message, Result: null } };
		}
	}

	/** Sid, Sign, Timestamp and the application, before anything else is looked at. */
	private checkSignature(query: Record<string, string>, appIdName: 'AppId' | 'app_id'): void {
		const appId = query[appIdName];
		if (!appId) fail('100017', `${appIdName} is empty`);
		const { Sid: sid, Sign: sign, Timestamp: timestamp } = query;
		if (!sid || !sign || !timestamp) fail('200020', 'Sid, Timestamp and Sign are required in the query string', 401);
		if (!/^\d{13}$/.test(timestamp)) fail('200020', 'Timestamp must be UTC epoch milliseconds', 401);
		if (!sameText(sid, this.account.sid)) fail('100003', 'Account not found', 401);
		const expected = createHash('sha1').update(`${this.account.sid}${this.account.authToken}${timestamp}`, 'utf8').digest('hex');
		if (!sameText(sign.toLowerCase(), expected)) fail('200020', 'Sign does not match SHA1(Sid + AuthToken + Timestamp)', 401);
		const age = Date.now() + this.clockOffsetMs - Number(timestamp);
		if (Math.abs(age) > UDESK_TIMESTAMP_WINDOW_MS) fail('000035', `Timestamp is ${Math.round(age / 1000)} s away from the server clock (valid within 10 minutes)`, 401);
		if (appId !== this.account.appId) fail('100002', `${appIdName} ${appId} is not an application of this account`, 403);
	}

	private ok(result: unknown): SimResponse {
		return { status: 200, body: { ErrCode: '000000', ErrDesc: 'OK', Result: result } };
	}

	private route(method: string, path: string): { run: (body: Record<string, unknown>, query: Record<string, string>, params: string[]) => Promise<SimResponse> | SimResponse; params: string[]; appIdName?: 'AppId' | 'app_id'; shape?: 'code' | 'session' } | undefined {
		const p = path.replace(/\/+$/, '');
		const table: Array<[string, RegExp, (body: Record<string, unknown>, query: Record<string, string>, params: string[]) => Promise<SimResponse> | SimResponse, ('code' | 'session')?, ('AppId' | 'app_id')?]> = [
			['GET', /^\/ccapi\/v2\/spnumbers$/, () => this.ok({ SpNumbers: [...this.relayNumbers], DefSpNumber: this.defaultRelayNumber })],
			['PUT', /^\/ccapi\/v2\/spnumbers\/default$/, (b) => this.setDefault(b)],
			['DELETE', /^\/ccapi\/v2\/spnumbers\/default$/, () => {
				this.defaultRelayNumber = '';
				return this.ok('');
			}],
			['POST', /^\/ccapi\/v2\/agents$/, (b) => this.createAgent(b)],
			['GET', /^\/ccapi\/v2\/agents$/, (_b, q) => this.listAgents(q)],
			['POST', /^\/ccapi\/v2\/agents\/extensions$/, (b) => this.bind(b)],
			['DELETE', /^\/ccapi\/v2\/agents\/extensions$/, (b) => this.unbind(b)],
			['POST', /^\/ccapi\/v2\/agents\/queues$/, (b) => this.enroll(b)],
			['DELETE', /^\/ccapi\/v2\/agents\/queues$/, (b) => this.dequeue(b)],
			['PUT', /^\/ccapi\/v2\/agents\/([0-9]+)$/, (b, _q, m) => this.updateAgent(m[0], b)],
			['GET', /^\/ccapi\/v2\/agents\/([0-9]+)$/, (_b, _q, m) => this.ok(this.agentView(this.agent(m[0])))],
			['POST', /^\/ccapi\/v2\/extensions$/, (b) => this.createExtension(b)],
			['DELETE', /^\/ccapi\/v2\/extensions$/, (b) => this.deleteExtension(b)],
			['GET', /^\/ccapi\/v2\/queues$/, () => this.ok({ Queues: [...this.queues.values()].map((q) => ({ ...q })) })],
			['POST', /^\/ccapi\/v2\/queues$/, (b) => this.createQueue(b)],
			['PUT', /^\/ccapi\/v2\/queues$/, (b) => this.updateQueue(b)],
			['DELETE', /^\/ccapi\/v2\/queues$/, (b) => this.deleteQueue(b)],
			['POST', /^\/ccapi\/v2\/queues\/agents$/, (b) => this.addAgentsToQueue(b)],
			['GET', /^\/ccapi\/v2\/queues\/agents_list\/([^/]+)$/, (_b, _q, m) => this.queueAgents(decodeURIComponent(m[0]))],
			['POST', /^\/ccapi\/v2\/subscriptions$/, (b) => this.subscribe(b)],
			['GET', /^\/ccapi\/v2\/subscriptions$/, () => this.ok([...this.subscriptions.values()].map((s) => ({ subid: s.subid, callback: s.callback, enable: String(s.enable), events: [...s.events], name: s.name })))],
			['PUT', /^\/ccapi\/v2\/subscriptions\/([0-9]+)$/, (b, _q, m) => this.updateSubscription(Number(m[0]), b)],
			['DELETE', /^\/ccapi\/v2\/subscriptions\/([0-9]+)$/, (_b, _q, m) => {
				if (!this.subscriptions.delete(Number(m[0]))) fail('100018', `subscription ${m[0]} does not exist`);
				return this.ok([]);
			}],
			['POST', /^\/ccapi\/v2\/agent\/login$/, (b, q) => this.signIn(b, q), 'session'],
			['POST', /^\/ccapi\/v2\/agent\/logout$/, (b, q) => this.signOut(b, q), 'session', 'app_id'],
			['POST', /^\/ccapi\/v2\/callback2ivr$/, (b) => this.callback2ivr(b), 'code', 'app_id'],
		];
		for (const [m, pattern, run, shape, appIdName] of table) {
			const match = pattern.exec(p);
			if (match && m === method) return { run, params: match.slice(1), shape, appIdName };
		}
		return undefined;
	}

	// ---- relay numbers

	private setDefault(body: Record<string, unknown>): SimResponse {
		const number = text(body, 'DefSpNumber', true)!;
		if (!this.relayNumbers.includes(number)) fail('100005', `${number} is not a relay number of the application`);
		this.defaultRelayNumber = number;
		return this.ok(null);
	}

	// ---- agents

	private agent(id: string): Agent {
		const found = this.agents.get(id);
		if (!found) fail('100018', `agent ${id} does not exist`);
		return found!;
	}

	private agentView(agent: Agent): Record<string, unknown> {
		const infos = agent.Extensions.map((e) => this.extensions.get(e)).filter((e): e is Extension => !!e);
		return {
			AppId: this.account.appId,
			AgentId: agent.AgentId,
			WorkId: agent.WorkId,
			Name: agent.Name,
			NickName: agent.Name,
			Mobile: agent.Mobile,
			Email: agent.Email,
			Role: agent.Role,
			Queues: agent.Queues.map((q) => `${q}@${this.account.appId}`),
			QueuesNames: agent.Queues.map((q) => this.queues.get(q)?.Name ?? ''),
			Extensions: [...agent.Extensions],
			DefSpNumber: this.defaultRelayNumber,
			State: agent.State,
			StateDes: STATE_NAMES[agent.State] ?? '',
			ReasonCode: 0,
			ReasonCodeDes: '',
			ExtState: 0,
			WrapUpTime: agent.WrapUpTime,
			OutWrapUpTime: agent.OutWrapUpTime,
			Enable: agent.Enable,
			ExtenInfos: infos.length ? infos.map((e) => ({ Number: e.Number, Extension: e.Extension, Password: e.Password, SignalType: e.SignalType === 1 ? 'webrtc' : 'voip' })) : null,
		};
	}

	private profile(body: Record<string, unknown>): Partial<Agent> {
		const out: Partial<Agent> = {};
		const name = text(body, 'Name', false);
		if (name !== undefined) out.Name = name;
		const mobile = text(body, 'Mobile', false);
		format(mobile, /^1\d{10}$/, 'Mobile');
		if (mobile !== undefined) out.Mobile = mobile;
		const email = text(body, 'Email', false);
		format(email, /^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Email');
		if (email !== undefined) out.Email = email;
		const role = text(body, 'Role', false);
		if (role !== undefined && role !== 'agent' && role !== 'leader') fail('000001', 'Role must be agent or leader');
		if (role !== undefined) out.Role = role;
		const enable = bool(body, 'Enable');
		if (enable !== undefined) out.Enable = enable;
		for (const key of ['WrapUpTime', 'OutWrapUpTime', 'AssistantAccessRight'] as const) {
			const value = integer(body, key);
			if (value !== undefined) out[key] = value;
		}
		return out;
	}

	private createAgent(body: Record<string, unknown>): SimResponse {
		const agentId = text(body, 'AgentId', true)!;
		const workId = text(body, 'WorkId', true)!;
		format(agentId, AGENT_ID, 'AgentId');
		format(workId, WORK_ID, 'WorkId');
		if (this.agents.has(agentId)) fail('100006', `agent ${agentId} already exists`);
		const agent = this.newAgent({ AgentId: agentId, WorkId: workId, ...this.profile(body) });
		const createExtension = integer(body, 'IsCreateExtension', [0, 1]) === 1;
		let extension: Extension | undefined;
		if (createExtension) {
			// The simulated application has no web phone: only the SIP extension is created.
			const free = Array.from({ length: 9000 }, (_, i) => String(1000 + i)).find((e) => !this.extensions.has(e));
			if (!free) fail('000060', 'no free extension');
			extension = this.makeExtension(free!, 0);
			extension.agentId = agentId;
			agent.Extensions.push(extension.Extension);
		}
		this.agents.set(agentId, agent);
		return this.ok({
			AgentId: agentId,
			Extension: extension?.Extension ?? '',
			Password: extension?.Password ?? '',
			Number: extension?.Number ?? '',
			ExtenInfos: extension ? [extension.Extension] : null,
		});
	}

	private updateAgent(id: string, body: Record<string, unknown>): SimResponse {
		const agent = this.agent(id);
		const agentId = text(body, 'AgentId', false);
		if (agentId !== undefined && agentId !== id) fail('000001', 'AgentId cannot be modified');
		const workId = text(body, 'WorkId', false);
		format(workId, WORK_ID, 'WorkId');
		const changes = this.profile(body);
		if (changes.Enable === false && agent.State !== OFFLINE) fail('100021', 'an agent can only be disabled while offline');
		Object.assign(agent, changes, workId !== undefined ? { WorkId: workId } : {});
		return this.ok(null);
	}

	private listAgents(query: Record<string, string>): SimResponse {
		const page = query.CurrPage === undefined ? 1 : Number(query.CurrPage);
		const size = query.PageSize === undefined ? 10 : Number(query.PageSize);
		if (!Number.isInteger(page) || page < 1 || !Number.isInteger(size) || size < 1 || size > 100) fail('000001', 'CurrPage must be 1 or more and PageSize 1 to 100');
		const needle = (query.FuzzyQuery ?? '').toLowerCase();
		const rows = [...this.agents.values()].filter(
			(a) =>
				(query.Role === undefined || a.Role === query.Role) &&
				(query.Enable === undefined || String(a.Enable) === query.Enable) &&
				(query.State === undefined || String(a.State) === query.State) &&
				(!needle || [a.Name, a.AgentId, a.Email, a.Mobile].some((v) => v.toLowerCase().includes(needle))),
		);
		const pageRows = rows.slice((page - 1) * size, page * size);
		return this.ok({ CurrPage: page, PageSize: size, Total: rows.length, TotalPage: Math.ceil(rows.length / size), AgentList: pageRows.map((a) => this.agentView(a)) });
	}

	// ---- extensions

	private makeExtension(number: string, signalType: number): Extension {
		const extension: Extension = { Extension: number, Password: randomBytes(8).toString('hex'), Number: `9300007712${number}`, SignalType: signalType };
		this.extensions.set(number, extension);
		return extension;
	}

	private createExtension(body: Record<string, unknown>): SimResponse {
		const number = text(body, 'Extension', true)!;
		format(number, EXTENSION, 'Extension');
		text(body, 'Password', false);
		const signalType = integer(body, 'SignalType', [0, 1]) ?? 0;
		if (this.extensions.has(number)) fail('100015', `extension ${number} exists`);
		// "The extension password is generated by the system and cannot be specified at creation."
		const extension = this.makeExtension(number, signalType);
		return this.ok({ Extension: extension.Extension, Password: extension.Password, Number: extension.Number, SignalType: extension.SignalType });
	}

	private deleteExtension(body: Record<string, unknown>): SimResponse {
		const number = text(body, 'Extension', true)!;
		const extension = this.extensions.get(number);
		if (!extension) fail('100018', `extension ${number} does not exist`);
		if (extension!.agentId) fail('100022', `extension ${number} is bound to agent ${extension!.agentId}: unbind it first`);
		this.extensions.delete(number);
		return this.ok(null);
	}

	private bind(body: Record<string, unknown>): SimResponse {
		const agent = this.agent(text(body, 'AgentId', true)!);
		const numbers = list(body, 'Extensions', true)!;
		const extensions = numbers.map((n) => {
			const found = this.extensions.get(n);
			if (!found) fail('100018', `extension ${n} does not exist`);
			if (found!.agentId && found!.agentId !== agent.AgentId) fail('100022', `extension ${n} is bound to agent ${found!.agentId}`);
			return found!;
		});
		for (const extension of extensions) {
			const sameType = agent.Extensions.map((e) => this.extensions.get(e)).find((e) => e && e.SignalType === extension.SignalType && e.Extension !== extension.Extension);
			if (sameType || extensions.filter((e) => e.SignalType === extension.SignalType).length > 1) fail('100022', 'an agent can only be bound to one extension of each type (SIP, WebRTC)');
		}
		for (const extension of extensions) {
			extension.agentId = agent.AgentId;
			if (!agent.Extensions.includes(extension.Extension)) agent.Extensions.push(extension.Extension);
		}
		return this.ok(null);
	}

	private unbind(body: Record<string, unknown>): SimResponse {
		const numbers = list(body, 'Extensions', true)!;
		const agent = this.agent(text(body, 'AgentId', true)!);
		for (const n of numbers) if (!agent.Extensions.includes(n)) fail('100022', `extension ${n} is not bound to agent ${agent.AgentId}`);
		for (const n of numbers) {
			const extension = this.extensions.get(n);
			if (extension) delete extension.agentId;
		}
		agent.Extensions = agent.Extensions.filter((e) => !numbers.includes(e));
		return this.ok(null);
	}

	// ---- queues

	private queue(id: string): Queue {
		const found = this.queues.get(id);
		if (!found) fail('100018', `queue ${id} does not exist`);
		return found!;
	}

	private createQueue(body: Record<string, unknown>): SimResponse {
		let queueId = text(body, 'QueueId', false);
		format(queueId, QUEUE_ID, 'QueueId');
		const name = text(body, 'QueueName', false) ?? '';
		const waitMusic = text(body, 'WaitMusic', false) ?? '';
		if (queueId !== undefined && this.queues.has(queueId)) fail('100015', `queue ${queueId} exists`);
		if (name && [...this.queues.values()].some((q) => q.Name === name)) fail('100006', `a queue is already named ${name}`);
		queueId ??= Array.from({ length: 1000 }, (_, i) => String(9000 + i)).find((q) => !this.queues.has(q));
		if (!queueId) fail('000060', 'no free queue ID');
		this.queues.set(queueId!, { QueueId: queueId!, Name: name, Strategy: 0, Timeout: 0, WaitMusic: waitMusic });
		return this.ok({ QueueId: queueId });
	}

	private updateQueue(body: Record<string, unknown>): SimResponse {
		const queue = this.queue(text(body, 'QueueId', true)!);
		const name = text(body, 'QueueName', false);
		const strategy = integer(body, 'Strategy', [0, 1, 2]);
		const timeout = integer(body, 'Timeout');
		const waitMusic = text(body, 'WaitMusic', false);
		if (timeout !== undefined && timeout < 0) fail('000001', 'Timeout must not be negative');
		if (name !== undefined) queue.Name = name;
		if (strategy !== undefined) queue.Strategy = strategy;
		if (timeout !== undefined) queue.Timeout = timeout;
		if (waitMusic !== undefined) queue.WaitMusic = waitMusic;
		return this.ok(null);
	}

	private deleteQueue(body: Record<string, unknown>): SimResponse {
		const queue = this.queue(text(body, 'QueueId', true)!);
		const members = [...this.agents.values()].filter((a) => a.Queues.includes(queue.QueueId));
		if (members.length) fail('100022', `queue ${queue.QueueId} still has ${members.length} agent(s)`);
		this.queues.delete(queue.QueueId);
		return this.ok(null);
	}

	private addAgentsToQueue(body: Record<string, unknown>): SimResponse {
		const queue = this.queue(text(body, 'QueueId', true)!);
		const agents = list(body, 'AgentIds', true)!.map((id) => this.agent(id));
		for (const agent of agents) if (!agent.Queues.includes(queue.QueueId)) agent.Queues.push(queue.QueueId);
		return this.ok(null);
	}

	private queueAgents(queueId: string): SimResponse {
		const queue = this.queue(queueId);
		return this.ok([...this.agents.values()].filter((a) => a.Queues.includes(queue.QueueId)).map((a) => this.agentView(a)));
	}

	private enroll(body: Record<string, unknown>): SimResponse {
		const agent = this.agent(text(body, 'AgentId', true)!);
		const queues = list(body, 'Queues', true)!;
		const full = integer(body, 'IsFull', [0, 1]) === 1;
		for (const q of queues) this.queue(q);
		agent.Queues = full ? [...new Set(queues)] : [...new Set([...agent.Queues, ...queues])];
		return this.ok(null);
	}

	private dequeue(body: Record<string, unknown>): SimResponse {
		const agent = this.agent(text(body, 'AgentId', true)!);
		const queues = list(body, 'Queues', true)!;
		for (const q of queues) this.queue(q);
		agent.Queues = agent.Queues.filter((q) => !queues.includes(q));
		return this.ok(null);
	}

	// ---- event subscriptions

	private subscriptionFields(entry: Record<string, unknown>, requireEnable: boolean): { callback: string; events: string[]; name: string; enable?: boolean; unknown: string[] } {
		const callback = text(entry, 'callback', true)!;
		let url: URL | undefined;
		try {
			url = new URL(callback);
		} catch {
			url = undefined;
		}
		if (!url || !/^https?:$/.test(url.protocol)) fail('000001', `callback ${callback} is not an http(s) URL`);
		const events = list(entry, 'events', true)!;
		const name = text(entry, 'name', true)!;
		const enable = bool(entry, 'enable', requireEnable);
		return { callback, events, name, enable, unknown: events.filter((e) => !(e in UDESK_EVENT_CATEGORIES)) };
	}

	private subscribe(body: Record<string, unknown>): SimResponse {
		const entries = body.subscriptions;
		if (entries === undefined || entries === null) fail('100001', 'subscriptions is empty');
		const all = Array.isArray(entries) ? entries : [entries];
		if (all.length === 0) fail('100001', 'subscriptions is empty');
		const succeeded: Array<{ subid: number; name: string }> = [];
		const failed: string[] = [];
		for (const entry of all) {
			if (!isObject(entry)) fail('000001', 'each subscription must be an object');
			const fields = this.subscriptionFields(entry as Record<string, unknown>, false);
			if (fields.unknown.length || [...this.subscriptions.values()].some((s) => s.name === fields.name)) {
				failed.push(fields.name);
				continue;
			}
			const subid = this.nextSubId++;
			this.subscriptions.set(subid, { subid, name: fields.name, callback: fields.callback, events: [...new Set(fields.events)], enable: true });
			succeeded.push({ subid, name: fields.name });
		}
		return this.ok({ sub_succ: succeeded, sub_fail: failed.length ? failed : null });
	}

	private updateSubscription(id: number, body: Record<string, unknown>): SimResponse {
		const subscription = this.subscriptions.get(id);
		if (!subscription) fail('100018', `subscription ${id} does not exist`);
		const fields = this.subscriptionFields(body, true);
		if (fields.unknown.length) fail('000001', `unknown event(s): ${fields.unknown.join(', ')}`);
		Object.assign(subscription!, { callback: fields.callback, name: fields.name, events: [...new Set(fields.events)], enable: fields.enable });
		return this.ok({ [fields.name]: id });
	}

	/**
	 * An event happens: every enabled subscription that lists it gets one POST at its callback.
	 * Resolves once each delivery was answered (or failed); never rejects.
	 */
	async emit(event: string, data: Record<string, unknown>): Promise<UdeskDelivery[]> {
		const category = UDESK_EVENT_CATEGORIES[event];
		if (!category) throw new Error(`${event} is not in the event table of interface 18`);
		const targets = [...this.subscriptions.values()].filter((s) => s.enable && s.events.includes(event));
		return await Promise.all(
			targets.map(async (s) => {
				const body = JSON.stringify({ event, category, app_id: this.account.appId, subscription: s.name, timestamp: Date.now(), data });
				const answer = await this.core.postCallback(`udesk:${event}`, s.callback, body, { 'Content-Type': 'application/json;charset=utf-8' });
				const delivery: UdeskDelivery = { subid: s.subid, url: s.callback, event, status: answer.status };
				this.deliveries.push(delivery);
				return delivery;
			}),
		);
	}

	// ---- agent sessions and the IVR callback

	private sessionAnswer(msgId: string | undefined): SimResponse {
		return { status: 200, body: { ErrCode: '000000', ErrDesc: 'OK', msg_id: msgId ?? '', results: '', data: null } };
	}

	private async signIn(body: Record<string, unknown>, query: Record<string, string>): Promise<SimResponse> {
		if (!query.MsgId) fail('100001', 'MsgId is empty');
		const agent = this.agent(text(body, 'agent_id', true)!);
		text(body, 'work_id', false);
		list(body, 'queue_ids', false);
		const state = integer(body, 'state', [0, 1]) ?? 0;
		if (!agent.Enable) fail('100021', `agent ${agent.AgentId} is disabled`);
		if (agent.Extensions.length === 0) fail('100021', `agent ${agent.AgentId} has no bound extension and cannot sign in`);
		agent.State = state;
		await this.emit('acd_agent_state', { agent_id: agent.AgentId, state, state_des: STATE_NAMES[state] });
		return this.sessionAnswer(query.MsgId);
	}

	private async signOut(body: Record<string, unknown>, query: Record<string, string>): Promise<SimResponse> {
		const agent = this.agent(text(body, 'agent_id', true)!);
		if (agent.State === OFFLINE) fail('100021', `agent ${agent.AgentId} is not signed in`);
		agent.State = OFFLINE;
		await this.emit('acd_agent_state', { agent_id: agent.AgentId, state: OFFLINE, state_des: STATE_NAMES[OFFLINE] });
		return this.sessionAnswer(query.MsgId);
	}

	private async callback2ivr(body: Record<string, unknown>): Promise<SimResponse> {
		const caller = text(body, 'caller', true)!;
		const called = text(body, 'called', true)!;
		const display = text(body, 'called_display', true)!;
		text(body, 'variables', false);
		format(caller, PSTN, 'caller');
		if (!this.relayNumbers.includes(called)) fail('100005', `called ${called} is not a relay number of the application`);
		format(display, PSTN, 'called_display');
		const callId = randomUUID();
		await this.emit('start_dialout', { call_id: callId, caller: display, called: caller });
		return { status: 200, body: { code: '000000', message: 'OK', results: callId } };
	}
}
