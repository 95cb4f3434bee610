/**
 * auth-v2 (C2, section 4.3) — an independent server-side implementation.
 *
 * The verifier recomputes the signature from what was RECEIVED (method, raw URI, raw query,
 * received header values, raw body bytes), never from a re-serialisation, so any client that
 * signs something different from what it sends is caught.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

const UNRESERVED = new Uint8Array(256);
for (let i = 0; i < 256; i++) {
	const c = String.fromCharCode(i);
	UNRESERVED[i] = /[A-Za-z0-9\-._~]/.test(c) ? 1 : 0;
}
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).toUpperCase().padStart(2, '0'));

/** PathUtils.normalize: percent-encode every UTF-8 byte outside A-Za-z0-9-._~ as %XX (uppercase). */
export function normalize(value: string): string {
	const bytes = Buffer.from(value, 'utf8');
	let out = '';
	for (const b of bytes) out += UNRESERVED[b] ? String.fromCharCode(b) : '%' + HEX[b];
	return out;
}

export function hmacHex(key: string, data: string): string {
	return createHmac('sha256', Buffer.from(key, 'utf8')).update(Buffer.from(data, 'utf8')).digest('hex');
}

/**
 * 4.3 for a request without a query string: the reference's Java demo leaves the query line out,
 * its prose keeps an empty line. A real server accepts one of them; the simulator is started in
 * either (option c2CanonicalForm, env CEC_SIM_C2_CANONICAL_FORM).
 */
export type C2CanonicalForm = 'withoutEmptyQueryLine' | 'withEmptyQueryLine';

export interface CanonicalInput {
	method: string;
	uri: string;
	/** Decoded query pairs (in received order). */
	query: [string, string][];
	/** lowercase name → trimmed value, only the signed headers. */
	headers: Record<string, string>;
	body: string;
}

export function canonicalQuery(pairs: [string, string][]): string {
	const set = new Set<string>();
	for (const [k, v] of pairs) set.add(normalize(k) + '=' + (v ? normalize(v) : ''));
	// Java TreeSet<String> order = UTF-16 code unit order; the strings are ASCII after normalize.
	return [...set].sort(compareJava).join('&');
}

export function canonicalHeaders(headers: Record<string, string>): string {
	const lines = Object.entries(headers).map(([k, v]) => normalize(k.toLowerCase()) + ':' + normalize(v.trim()));
	return [...new Set(lines)].sort(compareJava).join('\n');
}

export function signedHeadersString(names: string[]): string {
	return [...new Set(names.map((n) => n.toLowerCase()))].sort(compareJava).join(';');
}

export function canonicalRequest(input: CanonicalInput, form: C2CanonicalForm = 'withoutEmptyQueryLine'): string {
	let s = input.method.toUpperCase() + '\n' + input.uri + '\n';
	if (input.query.length > 0) s += canonicalQuery(input.query) + '\n';
	else if (form === 'withEmptyQueryLine') s += '\n';
	s += signedHeadersString(Object.keys(input.headers)) + '\n';
	s += canonicalHeaders(input.headers) + '\n';
	if (input.body) s += normalize(input.body);
	return s;
}

function compareJava(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export function formatC2Timestamp(ms: number): string {
	return new Date(ms).toISOString(); // yyyy-MM-ddTHH:mm:ss.SSSZ
}

export function parseC2Timestamp(ts: string): number | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/.exec(ts);
	if (!m) return undefined;
	const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], m[7] ? +m[7].padEnd(3, '0') : 0);
	return Number.isFinite(ms) ? ms : undefined;
}

/** Build an Authorization value (used for the simulator's own signed callbacks, 13.2.1.2). */
export function signAuthV2(opts: {
	ak: string;
	sk: string;
	method: string;
	uri: string;
	query?: [string, string][];
	headers: Record<string, string>;
	body: string;
	timestampMs?: number;
	form?: C2CanonicalForm;
}): string {
	const ts = formatC2Timestamp(opts.timestampMs ?? Date.now());
	const lower: Record<string, string> = {};
	for (const [k, v] of Object.entries(opts.headers)) lower[k.toLowerCase()] = v.trim();
	const signed = signedHeadersString(Object.keys(lower));
	const prefix = `auth-v2/${opts.ak}/${ts}/${signed}`;
	const signingKey = hmacHex(opts.sk, prefix);
	const canon = canonicalRequest({ method: opts.method, uri: opts.uri, query: opts.query ?? [], headers: lower, body: opts.body }, opts.form);
	return `${prefix}/${hmacHex(signingKey, canon)}`;
}

export interface C2VerifyResult {
	ok: boolean;
	reason?: string;
	ak?: string;
	canonicalRequest?: string;
}

export function parseRawQuery(rawQuery: string): [string, string][] {
	if (!rawQuery) return [];
	const out: [string, string][] = [];
	for (const part of rawQuery.split('&')) {
		if (!part) continue;
		const i = part.indexOf('=');
		const k = i < 0 ? part : part.slice(0, i);
		const v = i < 0 ? '' : part.slice(i + 1);
		out.push([safeDecode(k), safeDecode(v)]);
	}
	return out;
}

function safeDecode(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

export function verifyAuthV2(opts: {
	authorization: string | undefined;
	method: string;
	rawPath: string;
	rawQuery: string;
	headers: IncomingHttpHeaders;
	body: string;
	keys: Record<string, string>;
	now: number;
	skewMs: number;
	form?: C2CanonicalForm;
}): C2VerifyResult {
	const auth = opts.authorization;
	if (!auth) return { ok: false, reason: 'missing Authorization header' };
	const parts = auth.split('/').map((p) => p.trim());
	if (parts.length !== 5) return { ok: false, reason: 'Authorization is not auth-v2/{AK}/{timestamp}/{signedHeaders}/{signature}' };
	const [version, ak, ts, signedHeaders, signature] = parts;
	if (version !== 'auth-v2') return { ok: false, reason: `unsupported auth version "${version}"` };
	const sk = Object.prototype.hasOwnProperty.call(opts.keys, ak) ? opts.keys[ak] : undefined;
	if (sk === undefined) return { ok: false, reason: `unknown AK "${ak}"`, ak };
	const tsMs = parseC2Timestamp(ts);
	if (tsMs === undefined) return { ok: false, reason: `bad timestamp "${ts}" (expected yyyy-MM-ddTHH:mm:ss.SSSZ)`, ak };
	if (Math.abs(opts.now - tsMs) > opts.skewMs) return { ok: false, reason: `timestamp ${ts} outside the ±${opts.skewMs} ms window`, ak };
	const names = signedHeaders.split(';').filter(Boolean);
	if (names.length === 0) return { ok: false, reason: 'no signed headers', ak };
	if (names.some((n) => n !== n.toLowerCase())) return { ok: false, reason: 'signed header names must be lowercase', ak };
	if (signedHeadersString(names) !== signedHeaders) return { ok: false, reason: 'signed header names must be sorted and unique', ak };
	if (!names.includes('host')) return { ok: false, reason: 'the host header must be signed', ak };
	if (names.includes('authorization')) return { ok: false, reason: 'the Authorization header cannot be signed', ak };
	const headers: Record<string, string> = {};
	for (const n of names) {
		const v = opts.headers[n];
		if (v === undefined) return { ok: false, reason: `signed header "${n}" is not present in the request`, ak };
		headers[n] = (Array.isArray(v) ? v.join(',') : v).trim();
	}
	const canon = canonicalRequest({
		method: opts.method,
		uri: opts.rawPath || '/',
		query: parseRawQuery(opts.rawQuery),
		headers,
		body: opts.body,
	}, opts.form);
	const signingKey = hmacHex(sk, `auth-v2/${ak}/${ts}/${signedHeaders}`);
	const expected = hmacHex(signingKey, canon);
	const a = Buffer.from(expected, 'utf8');
	const b = Buffer.from(signature, 'utf8');
	if (a.length !== b.length || !timingSafeEqual(a, b)) {
		return { ok: false, reason: 'signature mismatch', ak, canonicalRequest: canon };
	}
	return { ok: true, ak, canonicalRequest: canon };
}
