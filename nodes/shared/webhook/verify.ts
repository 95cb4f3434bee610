import { createHash, timingSafeEqual } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import { CANONICAL_FORMS, signAuthV2 } from '../auth/authV2';
import { verifyCallbackSignature } from '../auth/callbackSignature';
import { bodyBoundsProblem, MAX_CALLBACK_DEPTH, MAX_CALLBACK_RECORDS } from './bounds';

/**
 * The checks CEC's callbacks can be held to. Each returns a verdict instead of throwing, so the
 * pipeline alone decides the HTTP answer.
 */

export type Verdict = { ok: true; signedAt?: number; nonce?: string } | { ok: false; reason: string };

/** Equal-length digests make the comparison constant-time whatever the inputs' lengths. */
export function secretEquals(received: string, expected: string): boolean {
	const a = createHash('sha256').update(received, 'utf8').digest();
	const b = createHash('sha256').update(expected, 'utf8').digest();
	return timingSafeEqual(a, b);
}

/** 6.2.14.1 / 14.4.1: timestamp, nonce and signature in the body, HMAC-SHA256 keyed by the shared key. */
export function verifySharedKeySignature(body: IDataObject, sharedKey: string): Verdict {
	if (!sharedKey) return { ok: false, reason: 'no shared key is configured in the credential' };
	// The signature base is built recursively (Java's toString); a hostile depth must not reach it.
	if (bodyBoundsProblem(body)) return { ok: false, reason: `the body exceeds what a CEC callback carries (${MAX_CALLBACK_DEPTH} levels, ${MAX_CALLBACK_RECORDS} records per list)` };
	const { timestamp, nonce, signature } = body;
	if (signature === undefined || signature === null || signature === '') return { ok: false, reason: 'the callback is not signed (no signature field)' };
	if (timestamp === undefined || timestamp === null || nonce === undefined || nonce === null || nonce === '') {
		return { ok: false, reason: 'the signature comes without timestamp or nonce' };
	}
	const valid = verifyCallbackSignature({ appSecret: sharedKey, timestamp: String(timestamp), nonce: String(nonce), params: body, signature: String(signature) });
	if (!valid) return { ok: false, reason: 'the signature does not match the shared key' };
	const signedAt = Number(timestamp);
	if (!Number.isFinite(signedAt)) return { ok: false, reason: 'the timestamp is not epoch milliseconds' };
	return { ok: true, signedAt, nonce: String(nonce) };
}

/** 6.1.4.2: the service_token header the agent registered at sign-in. */
export function verifyServiceToken(headers: IDataObject, expected: string): Verdict {
	if (!expected) return { ok: false, reason: 'no service token is configured in the credential' };
	const received = headerValue(headers, 'service_token');
	if (received === undefined || received === '') return { ok: false, reason: 'the request carries no service_token header' };
	return secretEquals(received, expected) ? { ok: true } : { ok: false, reason: 'the service_token does not match' };
}

export function headerValue(headers: IDataObject, name: string): string | undefined {
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
	if (key === undefined) return undefined;
	const value = headers[key];
	return Array.isArray(value) ? String(value[0]) : value === undefined || value === null ? undefined : String(value);
}

const AUTH_V2 = /^auth-v2\/([^/]+)\/([^/]+)\/([^/]+)\/([0-9a-fA-F]+)$/;

export interface ReceivedRequest {
	method: string;
	/** Path and query exactly as received (the request line). */
	url: string;
	headers: IDataObject;
	rawBody: string;
}

/**
 * 4.3 auth-v2 over the received request (13.2.1.2 / 13.2.1.6 ready callbacks): the signature is
 * recomputed from the method, raw path, query, the headers the Authorization names and the raw
 * body, with the SK of the C2 credential. The signature doubles as the nonce: auth-v2 has no
 * nonce, and a replay carries the same signature.
 */
export function verifyAuthV2(request: ReceivedRequest, accessKey: string, secretKey: string): Verdict {
	const authorization = headerValue(request.headers, 'authorization');
	if (!authorization) return { ok: false, reason: 'the request carries no Authorization header' };
	const match = AUTH_V2.exec(authorization.trim());
	if (!match) return { ok: false, reason: 'the Authorization header is not auth-v2/{AK}/{timestamp}/{signedHeaders}/{signature}' };
	const [, ak, timestamp, signedHeaderList] = match;
	if (!accessKey || !secretKey) return { ok: false, reason: 'the C2 credential has no AK/SK' };
	if (!secretEquals(ak, accessKey)) return { ok: false, reason: 'the request is signed with another AK' };
	const names = signedHeaderList.split(';');
	if (!names.includes('host')) return { ok: false, reason: 'the host header is not signed' };
	const headers: Record<string, string> = {};
	for (const name of names) {
		const value = headerValue(request.headers, name);
		if (value === undefined) return { ok: false, reason: `the signed header ${name} is absent` };
		headers[name] = value;
	}
	const url = new URL(request.url, 'http://callback.invalid');
	const query: IDataObject = {};
	for (const [key, value] of url.searchParams) query[key] = value;
	// CEC editions sign a query-less callback in either reading of 4.3 (see CANONICAL_FORMS): both are the SK's.
	let expected: string[];
	try {
		expected = CANONICAL_FORMS.map((canonicalForm) => signAuthV2({ method: request.method, uri: url.pathname, query, headers, body: request.rawBody, accessKey, secretKey, timestamp, canonicalForm }));
	} catch (error) {
		return { ok: false, reason: `the signature cannot be recomputed: ${(error as Error).message}` };
	}
	if (!expected.some((value) => secretEquals(authorization.trim(), value))) return { ok: false, reason: 'the auth-v2 signature does not match the SK' };
	const signedAt = Date.parse(timestamp);
	if (!Number.isFinite(signedAt)) return { ok: false, reason: 'the auth-v2 timestamp is not an ISO time' };
	return { ok: true, signedAt, nonce: match[4].toLowerCase() };
}

/** Secret path segment: the request path must end with /{secret}, or /{secret}/{suffix} where CEC appends a fixed tail (6.3.6). */
export function verifyPathSecret(url: string, secret: string, suffix?: string): Verdict {
	if (!secret) return { ok: false, reason: 'no path secret is configured' };
	let path = new URL(url, 'http://callback.invalid').pathname.replace(/\/+$/, '');
	if (suffix) {
		const tail = `/${suffix.replace(/^\/+|\/+$/g, '')}`;
		if (!path.endsWith(tail)) return { ok: false, reason: `the URL does not end with ${tail}` };
		path = path.slice(0, -tail.length);
	}
	const last = path.split('/').pop() ?? '';
	let segment: string;
	try {
		segment = decodeURIComponent(last);
	} catch {
		segment = last;
	}
	return secretEquals(segment, secret) ? { ok: true } : { ok: false, reason: 'the URL does not carry the secret path segment' };
}

export function verifyHeaderSecret(headers: IDataObject, name: string, secret: string): Verdict {
	if (!secret || !name) return { ok: false, reason: 'no header secret is configured in the credential' };
	const received = headerValue(headers, name);
	if (received === undefined) return { ok: false, reason: `the request carries no ${name} header` };
	return secretEquals(received, secret) ? { ok: true } : { ok: false, reason: `the ${name} header does not match` };
}
