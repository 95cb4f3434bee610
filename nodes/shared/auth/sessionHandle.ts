import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { keyedDigest } from './keyedDigest';
import type { AgentSession } from './agentSessions';

/**
 * A session handle lets another n8n process (a queue-mode worker) act on an agent session that
 * this process signed in, without signing in itself (which the gateway would refuse with 100-002
 * or, forced, would end the poller's session). It is the session's gateway, agent, GUID and
 * cookies, sealed with AES-256-GCM under a key derived from the credential's password and the
 * gateway URL: only a holder of the same password for the same gateway can open it, and any
 * change to it fails the GCM tag. Design and limits: docs/agent-sessions.md.
 *
 * The key is derived with scrypt rather than a plain HKDF: a handle is stored in execution data,
 * and a fast derivation would make every stored handle an offline password-guessing oracle.
 */

export const SESSION_HANDLE_PREFIX = 'cecsh1.';
/** Default and ceiling of a handle's lifetime (the trigger's option). */
export const DEFAULT_HANDLE_LIFETIME_S = 1800;
export const MAX_HANDLE_LIFETIME_S = 86_400;
/** scrypt cost: about 16 MB and tens of milliseconds, paid once per password, gateway and process. */
const SCRYPT = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const MAX_HANDLE_LENGTH = 16_384;
const MAX_CACHED_KEYS = 64;

export class SessionHandleError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'SessionHandleError';
	}
}

interface HandlePayload {
	gw: string;
	agent: string;
	guid: string;
	cookies: Record<string, string>;
	/** Epoch ms: sealed at, and not usable after. */
	iat: number;
	exp: number;
}

const keys = new Map<string, Promise<Buffer>>();

function normalizedGateway(gatewayUrl: string): string {
	return gatewayUrl.trim().replace(/\/+$/, '');
}

/** The sealing key of a password and gateway; cached per process under a keyed digest (never the password). */
export async function handleKey(gatewayUrl: string, password: unknown): Promise<Buffer> {
	const gateway = normalizedGateway(gatewayUrl);
	const cacheKey = keyedDigest('session-handle-key', gateway, String(password ?? ''));
	let pending = keys.get(cacheKey);
	if (!pending) {
		pending = new Promise<Buffer>((resolve, reject) => {
			scrypt(String(password ?? ''), `huawei-cec agent session handle v1\u0000${gateway}`, 32, SCRYPT, (error, key) => (error ? reject(error) : resolve(key)));
		});
		if (keys.size >= MAX_CACHED_KEYS) keys.delete(keys.keys().next().value as string);
		keys.set(cacheKey, pending);
		pending.catch(() => keys.delete(cacheKey));
	}
	return await pending;
}

function aad(gateway: string): Buffer {
	return Buffer.from(`${SESSION_HANDLE_PREFIX}${gateway}`, 'utf8');
}

/** Seals a session into a handle (synchronous: the key is derived beforehand, at activation). */
export function sealSessionHandle(key: Buffer, session: AgentSession, lifetimeSeconds: number, now = Date.now()): string {
	const gateway = normalizedGateway(session.gatewayUrl);
	const payload: HandlePayload = { gw: gateway, agent: session.agentId, guid: session.guid, cookies: session.cookies, iat: now, exp: now + lifetimeSeconds * 1000 };
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', key, iv);
	cipher.setAAD(aad(gateway));
	const sealed = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
	return `${SESSION_HANDLE_PREFIX}${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')}`;
}

/** The payload, or undefined when the GCM tag does not match (another key, or a changed handle). */
function unseal(raw: Buffer, key: Buffer, gateway: string): HandlePayload | undefined {
	try {
		const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
		decipher.setAAD(aad(gateway));
		decipher.setAuthTag(raw.subarray(12, 28));
		return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as HandlePayload;
	} catch {
		return undefined;
	}
}

export interface OpenedHandle {
	agentId: string;
	guid: string;
	cookies: Record<string, string>;
	expiresAt: number;
}

/** Opens a handle with the credential in use; a handle of another credential or gateway, a changed or an expired one is refused. */
export async function openSessionHandle(handle: string, gatewayUrl: string, password: unknown, now = Date.now()): Promise<OpenedHandle> {
	const text = handle.trim();
	if (!text.startsWith(SESSION_HANDLE_PREFIX) || text.length > MAX_HANDLE_LENGTH) {
		throw new SessionHandleError(`Session Handle: not a session handle of the Agent Event Trigger (it starts with "${SESSION_HANDLE_PREFIX}")`);
	}
	const raw = Buffer.from(text.slice(SESSION_HANDLE_PREFIX.length), 'base64url');
	if (raw.length < 12 + 16 + 1) throw new SessionHandleError('Session Handle: the handle is truncated');
	const gateway = normalizedGateway(gatewayUrl);
	const payload = unseal(raw, await handleKey(gateway, password), gateway);
	if (!payload) {
		throw new SessionHandleError(
			'Session Handle: this credential cannot open the handle. It was sealed by an Agent Event Trigger with another credential (another password or base URL), or it was altered. Use the same credential as the trigger.',
		);
	}
	if (payload.gw !== gateway || typeof payload.guid !== 'string' || !payload.guid) throw new SessionHandleError('Session Handle: the handle does not name a session of this gateway');
	if (!(payload.exp > now)) {
		throw new SessionHandleError(`Session Handle: the handle expired at ${new Date(payload.exp).toISOString()} (the trigger's "Session Handle Lifetime"). Act on an event while its handle is valid.`);
	}
	return { agentId: String(payload.agent), guid: payload.guid, cookies: { ...(payload.cookies ?? {}) }, expiresAt: payload.exp };
}

/**
 * Sessions opened from handles in this process, by handle: a GUID rotation (Set-GUID) or a new
 * cookie seen by one call is what the next call with the same handle sends.
 */
const MAX_OPENED = 1000;
const opened = new Map<string, { session: AgentSession; expiresAt: number }>();

export async function sessionFromHandle(handle: string, gatewayUrl: string, password: unknown, owner: string, now = Date.now()): Promise<AgentSession> {
	const id = keyedDigest('session-handle', handle.trim(), owner);
	const known = opened.get(id);
	if (known && known.expiresAt > now) return known.session;
	const content = await openSessionHandle(handle, gatewayUrl, password, now);
	const session: AgentSession = {
		gatewayUrl: normalizedGateway(gatewayUrl),
		agentId: content.agentId,
		guid: content.guid,
		signedInAt: now,
		generation: 1,
		owner,
		cookies: content.cookies,
		fromHandle: true,
	};
	for (const [key, entry] of opened) if (entry.expiresAt <= now || opened.size >= MAX_OPENED) opened.delete(key);
	opened.set(id, { session, expiresAt: content.expiresAt });
	return session;
}

/** A handle's session the gateway refused or signed out: the next call opens the handle afresh (and is refused again). */
export function forgetHandleSession(session: AgentSession): void {
	for (const [key, entry] of opened) if (entry.session === session) opened.delete(key);
}

export function clearHandleSessions(): void {
	opened.clear();
}
