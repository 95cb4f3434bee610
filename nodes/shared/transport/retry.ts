/**
 * Which failures may be retried and how long to wait. Only queries (idempotent) are retried by
 * default: a create that timed out may have been applied, and repeating it could dial a customer
 * twice.
 */

export const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/** Error codes of a request that never got an answer: safe to repeat for an idempotent call. */
const NETWORK_ERROR_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'EPIPE',
	'ETIMEDOUT',
	'ESOCKETTIMEDOUT',
	'ECONNABORTED',
	'EAI_AGAIN',
	'ENOTFOUND',
	'UND_ERR_SOCKET',
	'ERR_STREAM_PREMATURE_CLOSE',
]);

export function isNetworkError(error: unknown): boolean {
	const code = (error as { code?: string; cause?: { code?: string } })?.code ?? (error as { cause?: { code?: string } })?.cause?.code;
	if (code && NETWORK_ERROR_CODES.has(code)) return true;
	const message = String((error as Error)?.message ?? '');
	return /socket hang up|ECONNRESET|timeout|network/i.test(message);
}

/** The longest single wait a Retry-After header may ask for. */
export const MAX_RETRY_AFTER_MS = 10_000;
/** The most one request waits between its attempts, all retries together. */
export const MAX_RETRY_WAIT_TOTAL_MS = 30_000;

/** Retry-After in seconds or as an HTTP date, capped so a hostile header cannot stall a workflow. */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now(), capMs = MAX_RETRY_AFTER_MS): number | undefined {
	const value = Array.isArray(header) ? header[0] : header;
	if (!value) return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.min(Math.max(0, seconds * 1000), capMs);
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.min(Math.max(0, date - now), capMs);
}

/** Exponential backoff with full jitter: attempt 1 waits up to base, attempt n up to base*2^(n-1). */
export function backoffMs(attempt: number, baseMs = 300, capMs = 10_000, random = Math.random): number {
	const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
	return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
