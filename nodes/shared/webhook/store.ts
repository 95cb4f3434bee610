import { createHash, randomBytes } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';

/**
 * What a trigger remembers to drop repeated deliveries and replayed signatures, in two layers
 * (docs/exactly-once.md says why):
 *
 * - an in-process guard (module memory, per workflow + node): checked and claimed synchronously,
 *   so two overlapping deliveries in one n8n process can never both pass;
 * - the node's workflow static data, which n8n saves after webhook() when the trigger answers
 *   through the response object (noWebhookResponse), so the memory survives a restart. n8n loads
 *   it per request and writes it back whole, so concurrent requests would lose each other's
 *   entries: this process therefore keeps the record memory it last wrote and writes that,
 *   never the possibly stale copy a request loaded.
 *
 * Keys are hashed to a fixed 16 characters (96 bits: among the 25,000 keys a scope holds at most,
 * a collision is about 1 in 10^20 likely), so the size of the memory depends only on the bounds
 * below, never on what a caller sends.
 */

/** Distinct records remembered in static data (7.6.1 pushes a record up to 6 times). */
export const DEDUPE_MEMORY = 5000;
/** One push may take at most this many places in the static-data memory, so it cannot evict all older records. */
export const DEDUPE_PUSH_SHARE = DEDUPE_MEMORY / 2;
/** Nonces remembered for replay detection; older than the replay window they are dropped anyway. */
export const NONCE_MEMORY = 2000;
/** Keys the in-process guard keeps per workflow + node, and for how long. */
export const GUARD_MEMORY = 20000;
export const GUARD_TTL_MS = 6 * 60 * 60 * 1000;
/** Scopes (workflow + node) the guard keeps at most; the least recently used goes first. */
const GUARD_SCOPES = 1000;
/** Scopes whose record memory this process keeps (about 0.4 MB each); a dropped one is rebuilt from static data. */
const MEMORY_SCOPES = 100;
/** Length of every key shortHash returns. */
export const KEY_LENGTH = 16;

export function shortHash(value: string): string {
	return createHash('sha256').update(value, 'utf8').digest('base64').slice(0, KEY_LENGTH);
}

/** The stable ID of a record: 32 hex characters of the SHA-256 of its identity. */
export function recordIdOf(identity: string): string {
	return createHash('sha256').update(identity, 'utf8').digest('hex').slice(0, 32);
}

/** Least-recently-used lookup: moves the scope to the end; `make` creates a missing one, dropping the oldest beyond `limit`. */
function touch<T>(map: Map<string, T>, scope: string, limit: number, make: () => T): T {
	let value = map.get(scope);
	if (value === undefined) value = make();
	else map.delete(scope);
	map.set(scope, value);
	if (map.size > limit) map.delete(map.keys().next().value as string);
	return value;
}

// ------------------------------------------------------------------ in-process guard

/** scope → key → claim time; Map order is claim order, so the oldest key comes first. */
const guards = new Map<string, Map<string, number>>();

function guardOf(scope: string, now: number): Map<string, number> {
	const keys = touch(guards, scope, GUARD_SCOPES, () => new Map<string, number>());
	for (const [key, at] of keys) {
		if (now - at < GUARD_TTL_MS) break;
		keys.delete(key);
	}
	return keys;
}

/**
 * Claims `key` in `scope`: true for the first claim, false while an earlier claim is alive.
 * Synchronous on purpose: JavaScript runs it to the end, so no other request of this process can
 * slip between the check and the claim.
 */
function claim(scope: string, key: string, now = Date.now()): boolean {
	return claimIn(guardOf(scope, now), key, now);
}

/** claim() in a guard already looked up: a push claims up to thousands of keys in one scope. */
function claimIn(keys: Map<string, number>, key: string, now: number): boolean {
	if (keys.has(key)) return false;
	keys.set(key, now);
	if (keys.size > GUARD_MEMORY) keys.delete(keys.keys().next().value as string);
	return true;
}

// ------------------------------------------------------------------ memory in static data

/**
 * Records a nonce; false when it was already used within the window. Entries older than the
 * window are pruned first (their timestamps would be rejected as stale anyway), then the oldest
 * beyond NONCE_MEMORY.
 */
export function rememberNonce(staticData: IDataObject, scope: string, nonce: string, signedAt: number, now: number, windowMs: number): boolean {
	const stored = Array.isArray(staticData.cecNonces) ? (staticData.cecNonces as Array<[string, number]>) : [];
	const key = shortHash(nonce);
	const fresh = windowMs > 0 ? stored.filter(([, at]) => Math.abs(now - at) <= windowMs) : stored;
	const first = !fresh.some(([k]) => k === key) && claim(`${scope}|nonce`, key, now);
	if (first) fresh.push([key, signedAt]);
	staticData.cecNonces = fresh.slice(-NONCE_MEMORY);
	return first;
}

/**
 * The record memory of one scope as this process last wrote or merged it: the keys, oldest first,
 * as one string (a primitive costs n8n nothing when it wraps, loads and saves static data, where
 * an array of 5,000 is walked each time), and the same keys as a set.
 */
interface RecordMemory {
	/** Random per memory: a stamp `${id}:${version}` in static data says this memory wrote it. */
	id: string;
	version: number;
	text: string;
	keys: Set<string>;
}

const memories = new Map<string, RecordMemory>();

function keysOf(text: string): string[] {
	const keys: string[] = [];
	for (let at = 0; at + KEY_LENGTH <= text.length; at += KEY_LENGTH) keys.push(text.slice(at, at + KEY_LENGTH));
	return keys;
}

/** Appends keys (newest last) and drops the oldest beyond DEDUPE_MEMORY. */
function append(memory: RecordMemory, keys: string[], before = false): void {
	for (const key of keys) memory.keys.add(key);
	memory.text = before ? keys.join('') + memory.text : memory.text + keys.join('');
	const excess = memory.text.length - DEDUPE_MEMORY * KEY_LENGTH;
	if (excess > 0) {
		for (const key of keysOf(memory.text.slice(0, excess))) memory.keys.delete(key);
		memory.text = memory.text.slice(excess);
	}
}

/**
 * This process's memory of the scope, brought up to date with the copy n8n loaded. A copy this
 * memory wrote holds nothing it lacks (at most keys it has since let go as the oldest). Any other
 * copy (after a restart, or written by another process) is merged in once, as older than what this
 * process remembers.
 */
function memoryOf(staticData: IDataObject, scope: string): { memory: RecordMemory; merged: boolean } {
	const memory = touch(memories, scope, MEMORY_SCOPES, () => ({ id: randomBytes(9).toString('base64'), version: 0, text: '', keys: new Set<string>() }));
	const stamp = staticData.cecSeenStamp;
	if (typeof stamp === 'string' && stamp.startsWith(`${memory.id}:`)) return { memory, merged: false };
	const stored = new Set(typeof staticData.cecSeen === 'string' ? keysOf(staticData.cecSeen) : []);
	const unknown = [...stored].filter((key) => !memory.keys.has(key));
	// Only into free places: what this process remembers is newer.
	const room = DEDUPE_MEMORY - memory.keys.size;
	const merging = room > 0 ? unknown.slice(-room) : [];
	if (merging.length) append(memory, merging, true);
	return { memory, merged: merging.length > 0 };
}

/**
 * Splits identities into those not seen before (now remembered) and repeats. An identity counts
 * as seen when static data holds it or this process claimed it; at most DEDUPE_PUSH_SHARE new
 * ones of one call enter static data (the in-process guard keeps them all).
 */
export function rememberRecords(staticData: IDataObject, scope: string, identities: Array<string | undefined>, now = Date.now()): boolean[] {
	const { memory, merged } = memoryOf(staticData, scope);
	const guard = guardOf(`${scope}|record`, now);
	const added: string[] = [];
	const fresh = identities.map((identity) => {
		if (identity === undefined) return true;
		const key = shortHash(identity);
		if (memory.keys.has(key) || !claimIn(guard, key, now)) return false;
		if (added.length < DEDUPE_PUSH_SHARE) added.push(key);
		return true;
	});
	if (added.length) append(memory, added);
	if (added.length || merged) memory.version++;
	// Written only when the copy n8n loaded is not this memory's latest: assigning marks the static
	// data changed, and n8n then saves the workflow's static data to its database.
	const stamp = `${memory.id}:${memory.version}`;
	if (staticData.cecSeenStamp !== stamp) {
		staticData.cecSeen = memory.text;
		staticData.cecSeenStamp = stamp;
	}
	return fresh;
}

/** Forgets every claim and record memory, as a restart does (tests; a real process keeps them for its lifetime). */
export function clearGuard(): void {
	guards.clear();
	memories.clear();
}
