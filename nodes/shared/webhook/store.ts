import { createHash } from 'node:crypto';
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
 *   entries: every write therefore carries what this process has claimed recently as well.
 *
 * Keys are hashed to a fixed 22 characters, so the size of the memory depends only on the bounds
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

export function shortHash(value: string): string {
	return createHash('sha256').update(value, 'utf8').digest('base64').slice(0, 22);
}

/** The stable ID of a record: 32 hex characters of the SHA-256 of its identity. */
export function recordIdOf(identity: string): string {
	return createHash('sha256').update(identity, 'utf8').digest('hex').slice(0, 32);
}

// ------------------------------------------------------------------ in-process guard

interface Claim {
	at: number;
	/** Whether the claim belongs in static data too (false for the part of a push beyond its share). */
	persist: boolean;
}

/** scope → key → claim; Map order is claim order, so the oldest key comes first. */
const guards = new Map<string, Map<string, Claim>>();

/** Requests that overlap in one process run within this span of each other. */
const OVERLAP_MS = 60 * 1000;

function guardOf(scope: string, now: number): Map<string, Claim> {
	let keys = guards.get(scope);
	if (keys) {
		guards.delete(scope);
	} else {
		keys = new Map();
	}
	guards.set(scope, keys);
	if (guards.size > GUARD_SCOPES) guards.delete(guards.keys().next().value as string);
	for (const [key, { at }] of keys) {
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
export function claim(scope: string, key: string, now = Date.now(), persist = true): boolean {
	const keys = guardOf(scope, now);
	if (keys.has(key)) return false;
	keys.set(key, { at: now, persist });
	if (keys.size > GUARD_MEMORY) keys.delete(keys.keys().next().value as string);
	return true;
}

/** Keys of a scope claimed by requests that may overlap the current one, oldest first. */
function recentlyClaimed(scope: string, now: number): string[] {
	const keys: string[] = [];
	for (const [key, c] of guardOf(scope, now)) if (c.persist && now - c.at <= OVERLAP_MS) keys.push(key);
	return keys;
}

/** Forgets every claim (tests; a real process keeps its guard for its lifetime). */
export function clearGuard(): void {
	guards.clear();
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
 * Splits identities into those not seen before (now remembered) and repeats. An identity counts
 * as seen when static data holds it or this process claimed it; at most DEDUPE_PUSH_SHARE new
 * ones of one call enter static data (the in-process guard keeps them all).
 */
export function rememberRecords(staticData: IDataObject, scope: string, identities: Array<string | undefined>, now = Date.now()): boolean[] {
	const stored = Array.isArray(staticData.cecSeen) ? (staticData.cecSeen as string[]) : [];
	const known = new Set(stored);
	const recordScope = `${scope}|record`;
	const added: string[] = [];
	const fresh = identities.map((identity) => {
		if (identity === undefined) return true;
		const key = shortHash(identity);
		if (known.has(key) || !claim(recordScope, key, now, added.length < DEDUPE_PUSH_SHARE)) return false;
		known.add(key);
		added.push(key);
		return true;
	});
	// A request that overlapped this one may have claimed keys the copy n8n loaded for this request
	// lacks: the newest claims of other requests, less those already stored (`known` holds the
	// stored keys and this call's).
	const addedSet = new Set(added);
	const overlapping = recentlyClaimed(recordScope, now)
		.filter((key) => !addedSet.has(key))
		.slice(-DEDUPE_PUSH_SHARE)
		.filter((key) => !known.has(key));
	const kept = added.slice(0, DEDUPE_PUSH_SHARE);
	// Unchanged memory is not written back: assigning marks the static data changed, and n8n then
	// saves the workflow's static data (thousands of keys) to its database.
	if (overlapping.length || kept.length || !Array.isArray(staticData.cecSeen)) staticData.cecSeen = [...stored, ...overlapping, ...kept].slice(-DEDUPE_MEMORY);
	return fresh;
}
