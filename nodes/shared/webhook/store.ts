import { createHash } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';

/**
 * Bounded memories kept in the node's workflow static data, so they survive an n8n restart (n8n
 * persists static data a webhook changes). Keys are hashed to a fixed 22 characters, so the size
 * of static data depends only on the bounds below, never on what a caller sends.
 */

/** Distinct records remembered for de-duplication (7.6.1 pushes a record up to 6 times). */
export const DEDUPE_MEMORY = 2000;
/** Nonces remembered for replay detection; older than the replay window they are dropped anyway. */
export const NONCE_MEMORY = 2000;

export function shortHash(value: string): string {
	return createHash('sha256').update(value, 'utf8').digest('base64').slice(0, 22);
}

interface Memory {
	/** Nonce hashes with the epoch-ms timestamp they were signed with, oldest first. */
	nonces: Array<[string, number]>;
	/** Record identity hashes, oldest first. */
	seen: string[];
}

function memory(staticData: IDataObject): Memory {
	const nonces = Array.isArray(staticData.cecNonces) ? (staticData.cecNonces as Array<[string, number]>) : [];
	const seen = Array.isArray(staticData.cecSeen) ? (staticData.cecSeen as string[]) : [];
	return { nonces, seen };
}

/**
 * Records a nonce; false when it was already used within the window. Entries older than the
 * window are pruned first (their timestamps would be rejected as stale anyway), then the oldest
 * beyond NONCE_MEMORY.
 */
export function rememberNonce(staticData: IDataObject, nonce: string, signedAt: number, now: number, windowMs: number): boolean {
	const { nonces } = memory(staticData);
	const key = shortHash(nonce);
	const fresh = windowMs > 0 ? nonces.filter(([, at]) => Math.abs(now - at) <= windowMs) : nonces;
	if (fresh.some(([k]) => k === key)) {
		staticData.cecNonces = fresh;
		return false;
	}
	fresh.push([key, signedAt]);
	staticData.cecNonces = fresh.slice(-NONCE_MEMORY);
	return true;
}

/** Splits identities into those not seen before (now remembered) and duplicates. */
export function rememberRecords(staticData: IDataObject, identities: Array<string | undefined>): boolean[] {
	const { seen } = memory(staticData);
	const known = new Set(seen);
	const fresh = identities.map((identity) => {
		if (identity === undefined) return true;
		const key = shortHash(identity);
		if (known.has(key)) return false;
		known.add(key);
		seen.push(key);
		return true;
	});
	staticData.cecSeen = seen.slice(-DEDUPE_MEMORY);
	return fresh;
}
