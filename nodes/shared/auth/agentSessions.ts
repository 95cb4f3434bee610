import { keyedDigest } from './keyedDigest';

/**
 * CC-Gateway agent sessions (C4). A session is what a sign-in created: the GUID the gateway
 * handed out, updated whenever a response carries Set-GUID (dynamic authentication, 4.5), and the
 * cookies the gateway (or its load balancer) set. It lives in this n8n process, keyed by gateway
 * and agent, so later executions reuse it — but only executions whose credential holds the
 * password that signed it in: the session records a keyed digest of that password (its owner),
 * and a caller with another password is treated as having no session at all, so it must sign in
 * itself and the gateway decides (100-004 wrong password, 100-002 signed in elsewhere).
 */

export interface AgentSession {
	gatewayUrl: string;
	agentId: string;
	guid: string;
	signedInAt: number;
	/** Bumped on every rotation, so a retry can tell whether someone already re-signed in. */
	generation: number;
	/** Keyed digest of the password that signed this session in (never the password). */
	owner: string;
	/**
	 * The gateway's cookies by name. Huawei's CC-Gateway agent demo (Request.java, "For HEC") keeps
	 * the `Set-Cookie` of the sign-in answer (`huaweielbsession=...`) per agent in
	 * GlobalObjects.elbSessionMap and sends it as `Cookie` with the `guid` header on every later
	 * call: a clustered gateway's load balancer routes by it, and a call that reaches another node
	 * finds no session there (100-006 / 000-003).
	 */
	cookies: Record<string, string>;
	/** Opened from a session handle of another process: it must never be renewed by signing in here. */
	fromHandle?: boolean;
}

/** The owner of a session: who may use it. Equal only for the same password, in this process. */
export function sessionOwner(password: unknown): string {
	return keyedDigest('agent-session-owner', String(password ?? ''));
}

/** `JSESSIONID=279fe2...f5.AgentGateway0` or a bare GUID. */
export function parseSetGuid(header: string | string[] | undefined): string | undefined {
	const value = Array.isArray(header) ? header[header.length - 1] : header;
	if (!value) return undefined;
	const match = /JSESSIONID=([^;,\s]+)/i.exec(value);
	const guid = (match ? match[1] : value.split(';')[0]).trim();
	return guid || undefined;
}

/** A hostile gateway must not grow the jar (or the Cookie header) without bound. */
const MAX_COOKIES = 16;
const MAX_COOKIE_LENGTH = 4096;
/** RFC 6265 cookie-name (token) and cookie-value characters: nothing that could split a header. */
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const COOKIE_VALUE = /^"?[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]*"?$/;

function setCookieLines(headers: Record<string, unknown>): string[] {
	const lines: string[] = [];
	for (const [name, value] of Object.entries(headers)) {
		if (name.toLowerCase() !== 'set-cookie') continue;
		for (const line of Array.isArray(value) ? value : [value]) if (line !== undefined && line !== null) lines.push(String(line));
	}
	return lines;
}

function expired(attributes: string[], now: number): boolean {
	for (const attribute of attributes) {
		const [rawName, ...rest] = attribute.split('=');
		const name = rawName.trim().toLowerCase();
		const value = rest.join('=').trim();
		if (name === 'max-age' && /^-?\d+$/.test(value)) return Number(value) <= 0;
		if (name === 'expires') {
			const at = Date.parse(value);
			if (!Number.isNaN(at) && at <= now) return true;
		}
	}
	return false;
}

/**
 * Takes the answer's `Set-Cookie` lines into the jar: new and changed values replace the old ones,
 * an expired cookie is removed. Malformed or oversized cookies are ignored. Returns whether the jar changed.
 */
export function absorbCookies(jar: Record<string, string>, headers: Record<string, unknown>, now = Date.now()): boolean {
	let changed = false;
	for (const line of setCookieLines(headers)) {
		if (line.length > MAX_COOKIE_LENGTH) continue;
		const [pair, ...attributes] = line.split(';');
		const eq = pair.indexOf('=');
		if (eq <= 0) continue;
		const name = pair.slice(0, eq).trim();
		const value = pair.slice(eq + 1).trim();
		if (!COOKIE_NAME.test(name) || !COOKIE_VALUE.test(value)) continue;
		if (expired(attributes, now)) {
			if (name in jar) {
				delete jar[name];
				changed = true;
			}
			continue;
		}
		if (jar[name] === value) continue;
		if (!(name in jar) && Object.keys(jar).length >= MAX_COOKIES) continue;
		jar[name] = value;
		changed = true;
	}
	return changed;
}

/** The `Cookie` header for a jar, or undefined when it is empty. */
export function cookieHeader(jar: Record<string, string> | undefined): string | undefined {
	const pairs = Object.entries(jar ?? {}).map(([name, value]) => `${name}=${value}`);
	return pairs.length ? pairs.join('; ') : undefined;
}

/** Follows what an answer to a call made with this session says: a rotated GUID, new cookies. */
export function followAnswer(session: AgentSession, headers: Record<string, unknown>): void {
	const setGuid = Object.entries(headers).find(([name]) => name.toLowerCase() === 'set-guid')?.[1] as string | string[] | undefined;
	const rotated = parseSetGuid(setGuid);
	if (rotated && rotated !== session.guid) {
		session.guid = rotated;
		session.generation += 1;
	}
	absorbCookies(session.cookies, headers);
}

export class AgentSessionStore {
	private readonly sessions = new Map<string, AgentSession>();
	private readonly signingIn = new Map<string, Promise<AgentSession>>();

	static key(gatewayUrl: string, agentId: string | number): string {
		return `${gatewayUrl.replace(/\/+$/, '')}#${agentId}`;
	}

	/** The session of this agent, if the caller's password is the one that signed it in. */
	get(gatewayUrl: string, agentId: string | number, owner: string): AgentSession | undefined {
		const session = this.sessions.get(AgentSessionStore.key(gatewayUrl, agentId));
		return session && session.owner === owner ? session : undefined;
	}

	/** The session held for the agent whatever its owner: for tests and diagnostics, never to authenticate a request. */
	peek(gatewayUrl: string, agentId: string | number): AgentSession | undefined {
		return this.sessions.get(AgentSessionStore.key(gatewayUrl, agentId));
	}

	/** Records a sign-in the gateway accepted (it replaces whatever the process held for the agent). */
	set(gatewayUrl: string, agentId: string | number, guid: string, owner: string, cookies: Record<string, string> = {}): AgentSession {
		const key = AgentSessionStore.key(gatewayUrl, agentId);
		const previous = this.sessions.get(key);
		const session: AgentSession = {
			gatewayUrl: gatewayUrl.replace(/\/+$/, ''),
			agentId: String(agentId),
			guid,
			signedInAt: Date.now(),
			generation: (previous?.generation ?? 0) + 1,
			owner,
			cookies: { ...cookies },
		};
		this.sessions.set(key, session);
		return session;
	}

	/** Forgets the owner's session (only if it still has the refused GUID, when one is given). */
	delete(gatewayUrl: string, agentId: string | number, owner: string, onlyIfGuid?: string): void {
		const key = AgentSessionStore.key(gatewayUrl, agentId);
		const session = this.sessions.get(key);
		if (session && session.owner === owner && (onlyIfGuid === undefined || session.guid === onlyIfGuid)) this.sessions.delete(key);
	}

	/** One sign-in at a time per agent and password: concurrent callers with the same password share it. */
	async signInOnce(gatewayUrl: string, agentId: string | number, owner: string, signIn: () => Promise<AgentSession>): Promise<AgentSession> {
		const key = `${AgentSessionStore.key(gatewayUrl, agentId)}#${owner}`;
		let pending = this.signingIn.get(key);
		if (!pending) {
			pending = signIn().finally(() => this.signingIn.delete(key));
			this.signingIn.set(key, pending);
		}
		return await pending;
	}

	clear(): void {
		this.sessions.clear();
		this.signingIn.clear();
	}
}

export const agentSessions = new AgentSessionStore();
