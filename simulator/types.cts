import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';

/** Credentials the simulator accepts. Every field has a documented default (see credentials.ts). */
export interface SimCredentials {
	/** C1 (4.2) API Fabric app key / secret for tokenByAkSk. */
	appKey: string;
	appSecret: string;
	/** C2 (4.3) AK/SK for auth-v2 signatures (CMS, iSales, CC-FS, iKBS). */
	ak: string;
	sk: string;
	/** C3 (4.4) OIAP appKey (tenant ID) / appSecret for gettoken. */
	oiapAppKey: string;
	oiapAppSecret: string;
	/** Shared key for signed release / review callbacks (6.2.14.1, 14.4.1). Empty string = not configured. */
	callbackKey: string;
	/** C4 agents (6.1.1.1): work numbers, passwords and softphone numbers. */
	agents: SimAgent[];
	/** C5 (4.6) configuration administrators (system admin agent ID or VDN admin = 100000 + VDN ID). */
	configAdmins: { agentId: number; password: string }[];
	/** SIA (9.1.1) jwt + domain. */
	siaJwt: string;
	siaDomain: string;
	/** Tenant / VDN identifiers used in generated data. */
	vdnId: number;
	tenantId: string;
}

export interface SimAgent {
	workNo: string;
	password: string;
	phone: string;
	name: string;
	/** Skill queue IDs the agent is configured with. */
	skills: number[];
	/** Whether the agent may use the 12.1 quality-control (supervisor) interfaces. */
	inspector: boolean;
}

export type GatewayAuthMode = 'static' | 'dynamic';

export interface SimulatorOptions {
	/** 0 = random free port (default 0 for the API, CEC_SIM_PORT/8787 for the CLI). */
	port?: number;
	/** Bind address, default 127.0.0.1 (loopback only). */
	host?: string;
	/** Serve HTTPS with a self-signed certificate generated at start. */
	https?: boolean;
	/**
	 * Multiplier for the simulated contact-center clock: long-poll hold (10 s), idle sign-out (2 min),
	 * GUID interval/timeout, rest timers, dialer pace, callback retry spacing (10 min).
	 * Token lifetimes and the C2 timestamp window are wall-clock and NOT scaled.
	 */
	timeScale?: number;
	credentials?: Partial<SimCredentials>;
	/** C4 authentication mode (4.5). Default 'dynamic' (the doc's default). */
	gatewayAuthMode?: GatewayAuthMode;
	/**
	 * A clustered CC-Gateway behind a load balancer (HEC): sign-in sets the `huaweielbsession`
	 * cookie, and an agent call without it reaches a node that holds no session for the agent
	 * (100-006). Default false.
	 */
	gatewayCluster?: boolean;
	/** GUIDINTERVAL in unscaled ms (default 60000). */
	guidIntervalMs?: number;
	/** GUIDTIMEOUT in unscaled ms (default 120000). */
	guidTimeoutMs?: number;
	/** Accepted |now - C2 timestamp| in ms (default 15 min). Not scaled. */
	c2ClockSkewMs?: number;
	/** Long-poll hold when the agent has no event, unscaled ms (default 10000, 6.1.4.1). */
	pollHoldMs?: number;
	/** Sign out agents that have not polled for this long, unscaled ms (default 120000, 6.1.1.1). */
	agentIdleTimeoutMs?: number;
	/** Interval between automatic dialer rounds, unscaled ms (default 3000). 0 disables the automatic dialer (use dialerTick()). */
	dialerIntervalMs?: number;
	/** Delay before asynchronous callbacks (CDR ready, review, release), unscaled ms (default 1000). */
	callbackDelayMs?: number;
	/** Path of the operations catalog (default: simulator/data/operations.json). */
	catalogPath?: string;
	/** Path of reference/sections.json (default: searched upwards from the simulator directory). */
	sectionsPath?: string;
	/** Largest request body accepted, bytes (default 64 MiB). */
	maxBodyBytes?: number;
	/** Keep at most this many request log entries (default 5000; oldest dropped). */
	maxLogEntries?: number;
	/** Require X-APP-Key on C1 calls (the doc marks it optional on some interfaces). Default false: checked only when sent. */
	c1RequireAppKey?: boolean;
	/** Enforce the 7.4.1 "not less than 1 second between calls" limit (scaled). Default true. */
	enforceIsalesRateLimit?: boolean;
	/** Log simulator internals to stderr. */
	verbose?: boolean;
}

export interface RequestLogEntry {
	id: number;
	method: string;
	/** Raw path as received (no query). */
	path: string;
	/** Raw query string (without '?'), '' when absent. */
	rawQuery: string;
	query: Record<string, string>;
	headers: IncomingHttpHeaders;
	body: string;
	bodyBytes: number;
	bodyTruncated: boolean;
	time: number;
	section?: string;
	/** Auth mode the route requires (C1..C5, SIA, other, none). */
	auth?: string;
	status?: number;
	remoteAddress?: string;
	fault?: string;
}

export interface CallbackLogEntry {
	id: number;
	kind: string;
	url: string;
	method: string;
	headers: Record<string, string>;
	body: string;
	attempt: number;
	time: number;
	status?: number;
	responseBody?: string;
	/** Content-Type of the receiver's answer. */
	responseContentType?: string;
	/** Whether the answer was the documented acknowledgement of this callback (HTTP 200 and the success code); CEC counts anything else as a failed push. */
	acknowledged?: boolean;
	error?: string;
}

export type FaultType =
	| 'latency'
	| 'status'
	| 'reset'
	| 'truncate'
	| 'nonjson'
	| 'expireTokens'
	| 'invalidateGuid'
	| 'restart';

export interface FaultRule {
	id?: string;
	type: FaultType;
	/** Match requests whose path starts with this prefix. */
	pathPrefix?: string;
	/** Match requests routed to this catalog section (e.g. "7.4.1"); a trailing '.' or '*' matches a subtree ("7." / "7.*"). */
	section?: string;
	method?: string;
	/** Apply to the next N matching requests, then disappear. Omitted = until removed. */
	count?: number;
	/** latency: added delay in ms (not scaled). */
	latencyMs?: number;
	/** status: HTTP status to return (500, 502, 503, 429, ...). */
	status?: number;
	/** status 429/503: Retry-After header value in seconds. */
	retryAfter?: number;
	/** status / nonjson: body to return. */
	body?: string;
	/** expireTokens: which token kind ('C1' | 'C3' | 'SIA' | 'C5' | 'all'). */
	tokenKind?: string;
}

export interface SimResponse {
	status: number;
	headers?: Record<string, string | string[]>;
	/** Object → JSON; string/Buffer sent as is; Readable streamed. */
	body?: unknown;
	stream?: Readable;
}

export interface AgentEvent {
	eventType: string;
	workNo: string;
	content: unknown;
}
