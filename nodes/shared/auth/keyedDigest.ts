import { createHmac, randomBytes } from 'node:crypto';

/**
 * A per-process random key: digests made with it prove that two callers hold the same secret
 * without the secret (or an offline-guessable plain hash of it) being kept anywhere in memory.
 * It never leaves the process, so digests cannot be compared across processes or restarts.
 */
const PROCESS_KEY = randomBytes(32);

export function keyedDigest(...parts: Array<string | number | undefined>): string {
	return createHmac('sha256', PROCESS_KEY)
		.update(parts.map((p) => String(p ?? '')).join('\u0000'))
		.digest('hex');
}
