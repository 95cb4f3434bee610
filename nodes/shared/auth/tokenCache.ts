import { keyedDigest } from './keyedDigest';

/**
 * Process-wide cache of bearer-like tokens (C1 AccessToken, C3 authToken, C5 config GUID, SIA
 * token), shared by every item, execution and node of this n8n process. Concurrent callers of an
 * expired entry share one in-flight fetch, so a burst of items costs one token request.
 */

export interface CachedToken {
	value: string;
	/** Epoch ms after which the token must not be used. */
	expiresAt: number;
	/** C5: the gateway's cookies (load-balancer affinity), sent back with the GUID and updated from every answer. */
	cookies?: Record<string, string>;
}

interface Entry {
	token?: CachedToken;
	inflight?: Promise<CachedToken>;
}

/** Refresh this long before the documented expiry, so a token never expires on the wire. */
const EXPIRY_MARGIN_MS = 15_000;

export class TokenCache {
	private readonly entries = new Map<string, Entry>();

	/** A cache key that holds no secret in clear: a keyed digest, so an entry is found only by a caller holding the same secret. */
	static key(...parts: Array<string | number | undefined>): string {
		return keyedDigest('token-cache', ...parts);
	}

	async get(key: string, fetchToken: () => Promise<CachedToken>, now: () => number = Date.now): Promise<CachedToken> {
		let entry = this.entries.get(key);
		if (!entry) {
			entry = {};
			this.entries.set(key, entry);
		}
		if (entry.token && entry.token.expiresAt - EXPIRY_MARGIN_MS > now()) return entry.token;
		let inflight = entry.inflight;
		if (!inflight) {
			const current = entry;
			inflight = fetchToken()
				.then((token) => {
					current.token = token;
					return token;
				})
				.finally(() => {
					current.inflight = undefined;
				});
			current.inflight = inflight;
		}
		return await inflight;
	}

	/**
	 * Drops the token only if it is still the one the caller was refused with: of many requests
	 * refused with the same stale token, the first invalidates it and the rest reuse the refresh.
	 */
	invalidate(key: string, refusedValue: string): void {
		const entry = this.entries.get(key);
		if (entry?.token?.value === refusedValue) entry.token = undefined;
	}

	clear(): void {
		this.entries.clear();
	}
}

export const tokenCache = new TokenCache();
