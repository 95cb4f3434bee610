import http from 'node:http';
import https from 'node:https';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { TokenStore } from './auth.cjs';
import { Catalog, type CatalogOp } from './catalog.cjs';
import type { CallbackLogEntry, GatewayAuthMode, RequestLogEntry, SimCredentials, SimResponse, SimulatorOptions } from './types.cjs';

export interface ResolvedOptions {
	host: string;
	port: number;
	https: boolean;
	timeScale: number;
	gatewayAuthMode: GatewayAuthMode;
	gatewayCluster: boolean;
	guidIntervalMs: number;
	guidTimeoutMs: number;
	c2ClockSkewMs: number;
	pollHoldMs: number;
	agentIdleTimeoutMs: number;
	dialerIntervalMs: number;
	callbackDelayMs: number;
	maxBodyBytes: number;
	maxLogEntries: number;
	c1RequireAppKey: boolean;
	enforceIsalesRateLimit: boolean;
	verbose: boolean;
}

export interface AuthInfo {
	mode: string;
	subject?: string;
	agentId?: string;
}

export interface Ctx {
	core: SimCore;
	req: IncomingMessage;
	method: string;
	rawPath: string;
	rawQuery: string;
	query: Record<string, string>;
	headers: IncomingHttpHeaders;
	bodyText: string;
	bodyBuffer: Buffer;
	/** Parsed JSON body (undefined when empty or not JSON). */
	json: unknown;
	jsonError?: boolean;
	params: Record<string, string>;
	op?: CatalogOp;
	log: RequestLogEntry;
	auth?: AuthInfo;
	/** Resolves when the client goes away (used to end long polls early). */
	aborted: Promise<void>;
	isAborted: () => boolean;
}

export type Handler = (ctx: Ctx) => SimResponse | Promise<SimResponse>;

/** Mutable runtime settings changed through the admin API. */
export interface SimConfig {
	/** 6.2.14.2: "Connection Callback URL" configured on the GUI. */
	bidirectionalConnectionCallbackUrl?: string;
	/** 6.2.14.3: GUI "Hang-up Callback URL" (used when createCall carries no callbackUrl). */
	bidirectionalReleaseCallbackUrl?: string;
	/** 14.4.1: GUI voice-notification hang-up callback URL. */
	voiceNotificationCallbackUrl?: string;
	/** Default size of generated recording downloads, bytes. */
	defaultFileSize: number;
}

export class SimCore {
	readonly catalog: Catalog;
	readonly c1Tokens = new TokenStore('C1');
	readonly c3Tokens = new TokenStore('C3');
	readonly siaTokens = new TokenStore('SIA');
	readonly c5Sessions = new TokenStore('C5');
	readonly requests: RequestLogEntry[] = [];
	readonly callbacks: CallbackLogEntry[] = [];
	readonly handlers = new Map<string, Handler>();
	readonly config: SimConfig = { defaultFileSize: 64 * 1024 };
	private readonly timers = new Set<NodeJS.Timeout>();
	private readonly resetHooks: (() => void)[] = [];
	private readonly closeHooks: (() => void)[] = [];
	private logSeq = 0;
	private cbSeq = 0;
	closed = false;
	baseUrl = '';

	constructor(
		readonly options: ResolvedOptions,
		readonly credentials: SimCredentials,
		catalogPath?: string,
		sectionsPath?: string,
	) {
		this.catalog = new Catalog(catalogPath, sectionsPath);
	}

	/** Simulated duration → real milliseconds. */
	scaled(ms: number): number {
		return Math.max(0, Math.round(ms * this.options.timeScale));
	}

	/** Simulated wall clock: undefined = follows the real clock; set = runs on from `sim` at 1/timeScale speed. */
	private clockBase?: { sim: number; real: number };

	/** Simulated wall-clock time, epoch ms (the real time unless setClock() was called). */
	simNow(): number {
		if (!this.clockBase) return Date.now();
		return Math.round(this.clockBase.sim + (Date.now() - this.clockBase.real) / this.options.timeScale);
	}

	/** Jump the simulated wall clock to `epochMs` (undefined = back to the real clock). */
	setClock(epochMs?: number): void {
		this.clockBase = epochMs === undefined ? undefined : { sim: epochMs, real: Date.now() };
	}

	/** Move the simulated wall clock forward (starts a simulated clock when none is set). */
	advanceClock(ms: number): void {
		this.clockBase = { sim: this.simNow() + ms, real: Date.now() };
	}

	/** Keep the simulated time continuous across a timeScale change (call before changing it). */
	rebaseClock(): void {
		if (this.clockBase) this.clockBase = { sim: this.simNow(), real: Date.now() };
	}

	setTimer(fn: () => void, realMs: number): NodeJS.Timeout {
		const t = setTimeout(() => {
			this.timers.delete(t);
			if (!this.closed) fn();
		}, realMs);
		this.timers.add(t);
		return t;
	}

	clearTimer(t: NodeJS.Timeout | undefined): void {
		if (!t) return;
		clearTimeout(t);
		this.timers.delete(t);
	}

	onReset(fn: () => void): void {
		this.resetHooks.push(fn);
	}

	onClose(fn: () => void): void {
		this.closeHooks.push(fn);
	}

	resetAll(): void {
		for (const fn of this.resetHooks) fn();
	}

	shutdown(): void {
		this.closed = true;
		for (const fn of this.closeHooks) {
			try {
				fn();
			} catch {
				/* ignore */
			}
		}
		for (const t of this.timers) clearTimeout(t);
		this.timers.clear();
	}

	debug(msg: string): void {
		if (this.options.verbose) process.stderr.write(`[cec-sim] ${msg}\n`);
	}

	nextLogId(): number {
		return ++this.logSeq;
	}

	pushRequest(e: RequestLogEntry): void {
		this.requests.push(e);
		const excess = this.requests.length - this.options.maxLogEntries;
		if (excess > 0) this.requests.splice(0, excess);
	}

	/**
	 * POST a callback the way CEC does. Resolves with the HTTP status (0 on network error), the answer
	 * and whether it was the documented acknowledgement (see `acknowledges`); never rejects.
	 * Self-signed HTTPS receivers are accepted (test receivers rarely carry a trusted certificate).
	 */
	postCallback(kind: string, url: string, body: string, headers: Record<string, string>, attempt = 1): Promise<CallbackOutcome> {
		const entry: CallbackLogEntry = {
			id: ++this.cbSeq,
			kind,
			url,
			method: 'POST',
			headers: { ...headers },
			body,
			attempt,
			time: Date.now(),
		};
		this.callbacks.push(entry);
		if (this.callbacks.length > this.options.maxLogEntries) this.callbacks.splice(0, this.callbacks.length - this.options.maxLogEntries);
		return new Promise((resolve) => {
			let u: URL;
			try {
				u = new URL(url);
			} catch {
				entry.error = 'invalid URL';
				entry.acknowledged = false;
				resolve({ status: 0, body: '', acknowledged: false });
				return;
			}
			const mod = u.protocol === 'https:' ? https : http;
			const req = mod.request(
				u,
				{
					method: 'POST',
					headers: { 'content-length': String(Buffer.byteLength(body)), ...headers },
					timeout: 10000,
					rejectUnauthorized: false,
				},
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (c: Buffer) => chunks.push(c));
					res.on('end', () => {
						entry.status = res.statusCode ?? 0;
						entry.responseBody = Buffer.concat(chunks).toString('utf8').slice(0, 4096);
						entry.responseContentType = res.headers['content-type'];
						entry.acknowledged = acknowledges(kind, entry.status, entry.responseBody);
						resolve({ status: entry.status, body: entry.responseBody, acknowledged: entry.acknowledged });
					});
					res.on('error', (e) => {
						entry.error = e.message;
						entry.acknowledged = false;
						resolve({ status: 0, body: '', acknowledged: false });
					});
				},
			);
			req.on('timeout', () => req.destroy(new Error('callback timed out')));
			req.on('error', (e) => {
				entry.error = e.message;
				entry.status = 0;
				entry.acknowledged = false;
				resolve({ status: 0, body: '', acknowledged: false });
			});
			req.end(body);
		});
	}
}

export interface CallbackOutcome {
	status: number;
	body: string;
	acknowledged: boolean;
}

/**
 * The success code of each callback's documented answer (a JSON object, HTTP 200): 7.6.1, 14.4.2,
 * 6.2.14.2 and 6.2.14.3 answer {retCode, retMsg}; 6.1.4.2 and 6.3.6 {message, retcode}; the CC-FS
 * ready callbacks (13.2.1.2 / 13.2.1.6) {resultCode, resultDesc}; 5.4.4 / 5.4.5 {returnCode}.
 * The tables type the code as a string and "0" means success.
 */
const ACK_CODE_FIELDS: Record<string, string> = {
	isalesResult: 'retCode',
	voiceNotificationRelease: 'retCode',
	bidirectionalStatus: 'retCode',
	bidirectionalRelease: 'retCode',
	agentEvent: 'retcode',
	asrResult: 'retcode',
	cdrReady: 'resultCode',
	agentOprReady: 'resultCode',
	reviewResult: 'returnCode',
};

/** Whether an answer is the documented acknowledgement of a callback kind; anything else is a failed push. */
export function acknowledges(kind: string, status: number, body: string): boolean {
	const field = ACK_CODE_FIELDS[kind];
	if (status !== 200 || field === undefined) return false;
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch {
		return false;
	}
	return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && (parsed as Record<string, unknown>)[field] === '0';
}

export function resolveOptions(o: SimulatorOptions): ResolvedOptions {
	const timeScale = o.timeScale ?? 1;
	if (!(timeScale > 0)) throw new Error('timeScale must be > 0');
	return {
		host: o.host ?? '127.0.0.1',
		port: o.port ?? 0,
		https: o.https ?? false,
		timeScale,
		gatewayAuthMode: o.gatewayAuthMode ?? 'dynamic',
		gatewayCluster: o.gatewayCluster ?? false,
		guidIntervalMs: o.guidIntervalMs ?? 60000,
		guidTimeoutMs: o.guidTimeoutMs ?? 120000,
		c2ClockSkewMs: o.c2ClockSkewMs ?? 15 * 60 * 1000,
		pollHoldMs: o.pollHoldMs ?? 10000,
		agentIdleTimeoutMs: o.agentIdleTimeoutMs ?? 120000,
		dialerIntervalMs: o.dialerIntervalMs ?? 3000,
		callbackDelayMs: o.callbackDelayMs ?? 1000,
		maxBodyBytes: o.maxBodyBytes ?? 64 * 1024 * 1024,
		maxLogEntries: o.maxLogEntries ?? 5000,
		c1RequireAppKey: o.c1RequireAppKey ?? false,
		enforceIsalesRateLimit: o.enforceIsalesRateLimit ?? true,
		verbose: o.verbose ?? false,
	};
}
