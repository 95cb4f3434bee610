/**
 * CEC 2.5 simulator: a loopback HTTP(S) server that authenticates like CEC (C1-C5, SIA), keeps
 * contact-center state (agent gateway, campaigns, calls, files) and calls back like CEC.
 *
 *   const sim = await startSimulator({ timeScale: 0.01 });
 *   ... fetch(`${sim.url}/apigovernance/api/oauth/tokenByAkSk`, ...)
 *   await sim.close();
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { createAdmin } from './admin.cjs';
import { Asr, type AsrDelivery, type AsrRecognizeOptions, type AsrSubscription } from './asr.cjs';
import { generateSelfSignedCert } from './cert.cjs';
import { SimCore, resolveOptions } from './context.cjs';
import { resolveCredentials } from './credentials.cjs';
import { FaultTable } from './faults.cjs';
import { Files } from './files.cjs';
import { Gateway } from './gateway.cjs';
import { Cms } from './cms.cjs';
import { Isales, parseSimTime, type CallResult, type DialBehaviour, type DialRound } from './isales.cjs';
import { createHandler, expireTokens } from './server.cjs';
import { registerTokenHandlers } from './tokens.cjs';
import { registerItaHandlers } from './ita.cjs';
import { registerWebChatHandlers } from './webchat.cjs';
import { TencentCccClient } from './tencentCcc.cjs';
import { UdeskSim } from './udesk.cjs';
import type { AgentEvent, CallbackLogEntry, FaultRule, RequestLogEntry, SimCredentials, SimulatorOptions } from './types.cjs';
import { Voice } from './voice.cjs';

export { DEFAULT_SIM_CREDENTIALS, credentialsFromEnv, resolveCredentials } from './credentials.cjs';
export { normalize as c2Normalize, canonicalRequest as c2CanonicalRequest, signAuthV2, verifyAuthV2 } from './c2.cjs';
export { callbackParamString, callbackSignature, javaToString, signCallbackBody } from './callbackSign.cjs';
export { generateSelfSignedCert } from './cert.cjs';
export { AgentStatus } from './gateway.cjs';
export { FAIL_CODES } from './isales.cjs';
export { ITA_APP, itaSignatureProblem } from './ita.cjs';
export { TencentCccClient, type TencentMappingMode, type TencentMappingResult } from './tencentCcc.cjs';
export { UDESK_EVENT_CATEGORIES, UDESK_SIM_ACCOUNT, UDESK_TIMESTAMP_WINDOW_MS, UdeskSim, type UdeskAccount, type UdeskDelivery, type UdeskSubscription } from './udesk.cjs';
export type * from './types.cjs';

export interface Simulator {
	/** Base URL, e.g. http://127.0.0.1:8787 (no trailing slash). */
	readonly url: string;
	/** With option c1TokenPort: the base URL of the separate API Fabric token service. */
	readonly tokenUrl?: string;
	readonly port: number;
	readonly host: string;
	readonly https: boolean;
	/** PEM of the self-signed certificate (HTTPS only): pass it as `ca` to trust the simulator. */
	readonly certificate?: string;
	readonly credentials: SimCredentials;
	/** Every request except /__sim (method, path, query, headers, body, time, section, status). */
	readonly requests: RequestLogEntry[];
	/** Every callback the simulator made (agent event push, campaign results, release, review, CDR ready). */
	readonly callbacks: CallbackLogEntry[];
	close(): Promise<void>;
	clearRequests(): void;
	clearCallbacks(): void;
	/** Queue events for a signed-in agent (repeated `count` times). Returns false when not signed in. */
	injectEvents(agentId: string, events: { eventType: string; content?: unknown }[] | { eventType: string; content?: unknown }, count?: number): boolean;
	/** Ring an idle agent with an inbound call. */
	injectInboundCall(agentId: string, opts?: { caller?: string; called?: string; callId?: string }): { ok: true; callId: string } | { ok: false; error: string };
	/** The customer hangs up the agent's (current or given) call. */
	customerHangup(agentId: string, callId?: string): boolean;
	/** Add a fault rule; returns its id. */
	addFault(rule: FaultRule): string;
	removeFault(id: string): boolean;
	clearFaults(): void;
	listFaults(): FaultRule[];
	/** CC-Gateway restart: every agent session (and C5 GUID) is lost. */
	restartGateway(): void;
	/** Rotate an agent's GUID now (delivered by the next event-poll response's Set-GUID). */
	rotateGuid(agentId: string): string | undefined;
	/** Invalidate GUIDs silently (one agent or all). */
	invalidateGuid(agentId?: string): number;
	/** Expire issued tokens early: 'C1' | 'C3' | 'SIA' | 'C5' | 'WEBCHAT' | 'all'. */
	expireTokens(kind?: string): number;
	setTimeScale(timeScale: number): void;
	readonly timeScale: number;
	/** Run one dialer round now; returns the results produced (and the numbers left ringing). */
	dialerTick(): DialRound[];
	/**
	 * Force the outcome of a called number (failCode '0' = success, else a 7.6.1 code).
	 * answerAfterSec: the phone rings that long first; null = never answered (01040 after maxAlertingTime).
	 */
	setDialOutcome(called: string, failCode: string, answerAfterSec?: number | null): void;
	/**
	 * A customer call to a skill queue (CMS figures, 12.3): rings an idle agent of the skill at once,
	 * else waits in the queue until one is idle, or is abandoned after patienceSec (simulated, default 60).
	 */
	offerSkillCall(skillId: number, opts?: { caller?: string; called?: string; patienceSec?: number }): { callId: string; queued: boolean; agentId?: string } | { error: string };
	/** Simulated wall clock (epoch ms) used by the dialer's calling windows: the real clock until setClock(). */
	clockNow(): number;
	/** Set the simulated wall clock ('yyyy-MM-dd HH:mm:ss' UTC, ISO or epoch ms); it then runs at 1/timeScale speed. No argument = real clock. */
	setClock(time?: string | number | Date): void;
	/** Move the simulated wall clock forward by `ms` simulated milliseconds. */
	advanceClock(ms: number): void;
	/** Size (bytes) of a downloadable file name. */
	registerFile(name: string, size: number): void;
	/** Runtime configuration (GUI-configured callback URLs, default file size, shared key, auth mode). */
	configure(c: {
		bidirectionalConnectionCallbackUrl?: string;
		bidirectionalReleaseCallbackUrl?: string;
		voiceNotificationCallbackUrl?: string;
		defaultFileSize?: number;
		callbackKey?: string;
		gatewayAuthMode?: 'static' | 'dynamic';
		/** Clustered gateway: require the load balancer's cookie on agent calls. */
		gatewayCluster?: boolean;
	}): void;
	agentSession(agentId: string): unknown;
	/** Voice recognition subscriptions made through 6.3.1 (asr.cts). */
	asrSubscriptions(): AsrSubscription[];
	/** A call is recognized: 6.3.6 notifications to the subscribers (asr.cts); resolves once each was answered. */
	recognizeSpeech(options?: AsrRecognizeOptions): Promise<{ ok: true; deliveries: AsrDelivery[] } | { ok: false; error: string }>;
	/** Udesk ccapi v2 mode under /ccapi/v2/ (udesk.cts): its account, state and event pushes. */
	readonly udesk: UdeskSim;
	/** Tencent Cloud Contact Center's number-mapping requests (tencentCcc.cts), sent with Basic auth. */
	readonly tencentCcc: TencentCccClient;
	/** Clear all state (sessions, campaigns, tokens, faults, logs). */
	reset(): void;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
	const opts = resolveOptions(options);
	const credentials = resolveCredentials(options.credentials);
	const core = new SimCore(opts, credentials, options.catalogPath, options.sectionsPath);
	const faults = new FaultTable();
	registerTokenHandlers(core);
	registerItaHandlers(core);
	registerWebChatHandlers(core);
	const gateway = new Gateway(core);
	const isales = new Isales(core);
	const voice = new Voice(core);
	const cms = new Cms(core, gateway, isales);
	const files = new Files(core);
	const asr = new Asr(core, gateway);
	const setTimeScale = (n: number) => {
		if (!(n > 0)) throw new Error('timeScale must be > 0');
		core.rebaseClock();
		core.options.timeScale = n;
		isales.scheduleDialer();
	};
	const admin = createAdmin({ core, faults, gateway, isales, files, voice, setTimeScale, cms, asr });
	const udesk = new UdeskSim(core);
	const split = opts.c1TokenPort !== undefined;
	const handler = createHandler({ core, faults, gateway, files, admin, udesk, tokenService: split ? 'noToken' : undefined });
	const tokenHandler = split ? createHandler({ core, faults, gateway, files, admin, udesk, tokenService: 'tokenOnly' }) : undefined;

	let certificate: string | undefined;
	let tls: { key: string; cert: string } | undefined;
	if (opts.https) {
		tls = generateSelfSignedCert();
		certificate = tls.cert;
	}
	const listen = async (serve: ReturnType<typeof createHandler>, port: number): Promise<{ server: http.Server; url: string; port: number }> => {
		const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
			serve(req, res).catch((e: unknown) => {
				core.debug(`unhandled: ${(e as Error).stack ?? String(e)}`);
				if (!res.headersSent) {
					res.writeHead(500, { 'Content-Type': 'application/json' });
					res.end(JSON.stringify({ error_code: 'SIM.500', error_msg: String((e as Error).message) }));
				} else res.destroy();
			});
		};
		const server = tls ? https.createServer(tls, listener) : http.createServer(listener);
		// Long polls hold for 10 s (scaled); keep-alive sockets must outlive them.
		server.keepAliveTimeout = 65000;
		server.headersTimeout = 66000;
		server.requestTimeout = 0;
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(port, opts.host, () => {
				server.off('error', reject);
				resolve();
			});
		});
		const addr = server.address() as AddressInfo;
		const hostForUrl = opts.host.includes(':') ? `[${opts.host}]` : opts.host === '0.0.0.0' ? '127.0.0.1' : opts.host;
		return { server, url: `${opts.https ? 'https' : 'http'}://${hostForUrl}:${addr.port}`, port: addr.port };
	};
	const main = await listen(handler, opts.port);
	const tokenService = tokenHandler ? await listen(tokenHandler, opts.c1TokenPort ?? 0) : undefined;
	const server = main.server;
	const url = main.url;
	core.baseUrl = url;

	let closed = false;
	const sim: Simulator = {
		url,
		port: main.port,
		host: opts.host,
		https: opts.https,
		certificate,
		credentials,
		requests: core.requests,
		callbacks: core.callbacks,
		tokenUrl: tokenService?.url,
		async close() {
			if (closed) return;
			closed = true;
			core.shutdown();
			await Promise.all(
				[server, tokenService?.server].map(
					(s) =>
						s &&
						new Promise<void>((resolve) => {
							s.close(() => resolve());
							s.closeAllConnections();
						}),
				),
			);
		},
		clearRequests: () => {
			core.requests.length = 0;
		},
		clearCallbacks: () => {
			core.callbacks.length = 0;
		},
		injectEvents(agentId, events, count = 1) {
			const list = Array.isArray(events) ? events : [events];
			const all: { eventType: string; content?: unknown }[] = [];
			for (let i = 0; i < count; i++) all.push(...list);
			return gateway.inject(agentId, all);
		},
		injectInboundCall: (agentId, o) => gateway.inboundCall(agentId, o),
		customerHangup: (agentId, callId) => gateway.customerHangup(agentId, callId),
		addFault: (rule) => faults.add(rule),
		removeFault: (id) => faults.remove(id),
		clearFaults: () => faults.clear(),
		listFaults: () => faults.list(),
		restartGateway: () => gateway.restart('restart'),
		rotateGuid(agentId) {
			const s = gateway.sessions.get(agentId);
			if (!s) return undefined;
			gateway.rotateGuid(s);
			return s.guid;
		},
		invalidateGuid: (agentId) => gateway.invalidateGuid(agentId),
		expireTokens: (kind = 'all') => expireTokens(core, kind),
		setTimeScale,
		get timeScale() {
			return core.options.timeScale;
		},
		dialerTick: () => isales.tick(),
		setDialOutcome: (called, failCode, answerAfterSec) => {
			isales.outcomes.set(called, answerAfterSec === undefined ? failCode : ({ failCode, answerAfterSec } satisfies DialBehaviour));
		},
		offerSkillCall: (skillId, o) => cms.offerCall(skillId, o),
		clockNow: () => core.simNow(),
		setClock: (time) => core.setClock(parseSimTime(time)),
		advanceClock: (ms) => core.advanceClock(ms),
		registerFile: (name, size) => {
			files.sizes.set(name, size);
		},
		configure(c) {
			if ('bidirectionalConnectionCallbackUrl' in c) core.config.bidirectionalConnectionCallbackUrl = c.bidirectionalConnectionCallbackUrl;
			if ('bidirectionalReleaseCallbackUrl' in c) core.config.bidirectionalReleaseCallbackUrl = c.bidirectionalReleaseCallbackUrl;
			if ('voiceNotificationCallbackUrl' in c) core.config.voiceNotificationCallbackUrl = c.voiceNotificationCallbackUrl;
			if (c.defaultFileSize !== undefined) core.config.defaultFileSize = c.defaultFileSize;
			if (c.callbackKey !== undefined) core.credentials.callbackKey = c.callbackKey;
			if (c.gatewayAuthMode) core.options.gatewayAuthMode = c.gatewayAuthMode;
			if (c.gatewayCluster !== undefined) core.options.gatewayCluster = c.gatewayCluster;
		},
		agentSession: (agentId) => gateway.snapshot(agentId),
		asrSubscriptions: () => [...asr.subscriptions.values()],
		recognizeSpeech: (o) => asr.recognize(o),
		udesk,
		tencentCcc: new TencentCccClient(core),
		reset() {
			core.resetAll();
			udesk.reset();
			faults.clear();
			core.requests.length = 0;
			core.callbacks.length = 0;
			for (const s of [core.c1Tokens, core.c3Tokens, core.siaTokens, core.c5Sessions]) s.clear();
		},
	};
	return sim;
}

export type { AgentEvent, AsrDelivery, AsrRecognizeOptions, AsrSubscription, CallResult, DialRound };
