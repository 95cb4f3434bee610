import { createHmac } from 'node:crypto';

/**
 * The auth-v2 AK/SK request signature of reference 4.3 (C2: CC-CMS, CC-iSales, CC-FS, and the
 * AK/SK variant of the iKBS interfaces in 9.1.2). Written from the reference's Java demo
 * (SignInfo, PathUtils, SignerUtils), so every step mirrors a line of it.
 */

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** PathUtils.normalize: percent-encode every UTF-8 byte outside A-Za-z0-9-._~ as %XX (uppercase). */
export function normalize(value: string): string {
	let out = '';
	for (const byte of Buffer.from(value, 'utf8')) {
		const ch = String.fromCharCode(byte);
		out += byte < 0x80 && UNRESERVED.test(ch) ? ch : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
	}
	return out;
}

/** SignerUtils.sha256Hex: lowercase hex of HMAC-SHA256(key, message), both UTF-8. */
export function sha256Hex(key: string, message: string): string {
	return createHmac('sha256', Buffer.from(key, 'utf8')).update(Buffer.from(message, 'utf8')).digest('hex');
}

/** UTC `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`, the SignInfo.TIMESTAMP_FORMAT. */
export function formatAuthV2Timestamp(date: Date = new Date()): string {
	return date.toISOString();
}

/** Header names lowercased and values trimmed, as lowerCaseSignedHeaders does; host is mandatory. */
function lowerCaseHeaders(headers: Record<string, string | number>): Map<string, string> {
	const lowered = new Map<string, string>();
	for (const [name, value] of Object.entries(headers)) {
		lowered.set(name.toLowerCase(), String(value).trim());
	}
	if (!lowered.has('host')) {
		throw new Error('auth-v2: the signed headers must include host (the ip:port of the service)');
	}
	return lowered;
}

/** Java's TreeSet<String> order: UTF-16 code unit order, which is JavaScript's default sort. */
const javaSort = (values: string[]): string[] => [...values].sort();

export function signedHeaderNames(headers: Record<string, string | number>): string {
	return javaSort([...lowerCaseHeaders(headers).keys()]).join(';');
}

export function canonicalHeaders(headers: Record<string, string | number>): string {
	const lines = [...lowerCaseHeaders(headers)].map(([name, value]) => `${normalize(name)}:${normalize(value)}`);
	return javaSort(lines).join('\n');
}

/** appendCanonicalQueryString: `normalize(k)=normalize(v)` records, sorted, joined by '&'. */
export function canonicalQuery(query: Record<string, unknown> | undefined): string {
	if (!query) return '';
	// A repeated parameter (an array of values) is one record per value.
	const records = Object.entries(query)
		.filter(([, value]) => value !== undefined)
		.flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((item: unknown) => `${normalize(key)}=${item === null || item === '' ? '' : normalize(String(item))}`));
	return javaSort(records).join('&');
}

/**
 * The two readings of 4.3 for a request without a query string: the reference's Java demo leaves
 * the $HttpParameters line out of the canonical request, its prose keeps it as an empty line.
 * With a query string both readings are the same. Servers differ, and no public source says which
 * one a given server accepts (the C2 credential's Automatic option finds out).
 */
export const CANONICAL_FORMS = ['withoutEmptyQueryLine', 'withEmptyQueryLine'] as const;
export type CanonicalForm = (typeof CANONICAL_FORMS)[number];
/** The reference's Java demo: what is sent first when nothing is known about the server. */
export const DEMO_CANONICAL_FORM: CanonicalForm = 'withoutEmptyQueryLine';

export function otherCanonicalForm(form: CanonicalForm): CanonicalForm {
	return form === 'withEmptyQueryLine' ? 'withoutEmptyQueryLine' : 'withEmptyQueryLine';
}

export interface AuthV2Input {
	method: string;
	/** The request path as sent, starting with '/', without the query string. */
	uri: string;
	query?: Record<string, unknown>;
	/** The headers to sign, with the values that are sent. Must include `host`. */
	headers: Record<string, string | number>;
	/** The exact body string that is sent (UTF-8), or empty. */
	body?: string;
	accessKey: string;
	secretKey: string;
	/** The timestamp string to embed, e.g. from formatAuthV2Timestamp(). */
	timestamp: string;
	/** Without a query string: leave the query line out (the demo, default) or keep it empty (the prose). */
	canonicalForm?: CanonicalForm;
}

export function canonicalRequest(input: Omit<AuthV2Input, 'accessKey' | 'secretKey' | 'timestamp'>): string {
	const uri = input.uri.startsWith('/') ? input.uri : `/${input.uri}`;
	const parts = [input.method.toUpperCase(), uri];
	const query = canonicalQuery(input.query);
	if (query || input.canonicalForm === 'withEmptyQueryLine') parts.push(query);
	parts.push(signedHeaderNames(input.headers), canonicalHeaders(input.headers));
	return parts.join('\n') + '\n' + (input.body ? normalize(input.body) : '');
}

/** Returns the value of the Authorization header: `auth-v2/{AK}/{timestamp}/{signedHeaders}/{signature}`. */
export function signAuthV2(input: AuthV2Input): string {
	const prefix = `auth-v2/${input.accessKey}/${input.timestamp}/${signedHeaderNames(input.headers)}`;
	const signingKey = sha256Hex(input.secretKey, prefix);
	const signature = sha256Hex(signingKey, canonicalRequest(input));
	return `${prefix}/${signature}`;
}
