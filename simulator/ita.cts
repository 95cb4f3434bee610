/**
 * 6.2.13 statusnotify: the ITA pushes the CDR of an ended bidirectional call to CEC, signed with
 * Huawei API Gateway's App authentication (SDK-HMAC-SHA256; the reference defers to the "ITA
 * documents" and its example shows that scheme). This verifier is written independently of the
 * pack's signer (credentials/HuaweiCecItaApi.credentials.ts): its own percent-encoder, its own
 * parsing of the Authorization header, the canonical request rebuilt from the raw request line.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Ctx, SimCore } from './context.cjs';
import type { SimResponse } from './types.cjs';
import { isObject } from './util.cjs';

/** The ITA app the simulator trusts (fixed demo values, never real secrets). */
export const ITA_APP = Object.freeze({ appKey: 'demo-ita-app-key', appSecret: 'demo-ita-app-secret' });

/** APIG accepts an X-Sdk-Date within 15 minutes of its own clock. */
const MAX_SKEW_MS = 15 * 60 * 1000;

/** Percent-encodes every byte outside A-Z a-z 0-9 - _ . ~ (uppercase hex). */
function pct(text: string): string {
	let out = '';
	for (const byte of Buffer.from(text, 'utf8')) {
		const c = String.fromCharCode(byte);
		out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
	}
	return out;
}

function sha256Hex(text: string | Buffer): string {
	return createHash('sha256').update(text).digest('hex');
}

/** Parses `SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…`. */
function parseAuthorization(value: string): { access: string; signedHeaders: string[]; signature: string } | undefined {
	const m = /^SDK-HMAC-SHA256\s+(.*)$/.exec(value.trim());
	if (!m) return undefined;
	const parts: Record<string, string> = {};
	for (const piece of m[1].split(',')) {
		const eq = piece.indexOf('=');
		if (eq > 0) parts[piece.slice(0, eq).trim()] = piece.slice(eq + 1).trim();
	}
	if (!parts.Access || !parts.SignedHeaders || !/^[0-9a-f]{64}$/.test(parts.Signature ?? '')) return undefined;
	return { access: parts.Access, signedHeaders: parts.SignedHeaders.split(';'), signature: parts.Signature };
}

/** Why the request's signature is not valid, or undefined when it is. */
export function itaSignatureProblem(ctx: Pick<Ctx, 'method' | 'rawPath' | 'rawQuery' | 'headers' | 'bodyBuffer'>, app: { appKey: string; appSecret: string }, now = Date.now()): string | undefined {
	const header = ctx.headers.authorization;
	const auth = parseAuthorization(Array.isArray(header) ? header[0] : (header ?? ''));
	if (!auth) return 'Authorization is not an SDK-HMAC-SHA256 App signature.';
	if (auth.access !== app.appKey) return 'Unknown app key (Access).';
	const dateHeader = ctx.headers['x-sdk-date'];
	const sdkDate = Array.isArray(dateHeader) ? dateHeader[0] : dateHeader;
	const dm = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(sdkDate ?? '');
	if (!dm) return 'X-Sdk-Date is missing or not YYYYMMDDTHHMMSSZ.';
	const at = Date.UTC(+dm[1], +dm[2] - 1, +dm[3], +dm[4], +dm[5], +dm[6]);
	if (Math.abs(now - at) > MAX_SKEW_MS) return 'X-Sdk-Date is more than 15 minutes off.';
	const signed = [...auth.signedHeaders].map((h) => h.toLowerCase());
	if (!signed.includes('host') || !signed.includes('x-sdk-date')) return 'SignedHeaders must include host and x-sdk-date.';
	const lines: string[] = [];
	for (const name of [...signed].sort()) {
		const v = ctx.headers[name];
		if (v === undefined) return `Signed header ${name} is missing.`;
		lines.push(`${name}:${(Array.isArray(v) ? v.join(',') : v).trim()}`);
	}
	let path = ctx.rawPath
		.split('/')
		.map((segment) => pct(decodeURIComponent(segment)))
		.join('/');
	if (path[path.length - 1] !== '/') path = `${path}/`;
	const pairs: Array<[string, string]> = [];
	for (const item of ctx.rawQuery ? ctx.rawQuery.split('&') : []) {
		const eq = item.indexOf('=');
		const k = decodeURIComponent((eq < 0 ? item : item.slice(0, eq)).replace(/\+/g, ' '));
		const v = eq < 0 ? '' : decodeURIComponent(item.slice(eq + 1).replace(/\+/g, ' '));
		pairs.push([pct(k), pct(v)]);
	}
	pairs.sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) : a[0] < b[0] ? -1 : 1));
	const canonical = `${ctx.method}\n${path}\n${pairs.map(([k, v]) => `${k}=${v}`).join('&')}\n${lines.join('\n')}\n\n${[...signed].sort().join(';')}\n${sha256Hex(ctx.bodyBuffer)}`;
	const expected = createHmac('sha256', app.appSecret).update(`SDK-HMAC-SHA256\n${sdkDate}\n${sha256Hex(canonical)}`).digest();
	const given = Buffer.from(auth.signature, 'hex');
	return given.length === expected.length && timingSafeEqual(given, expected) ? undefined : 'Signature mismatch.';
}

/** Registers 6.2.13: verifies the App signature, then the mandatory body fields of Table 6-397. */
export function registerItaHandlers(core: SimCore): void {
	core.handlers.set('6.2.13', (ctx: Ctx): SimResponse => {
		const problem = itaSignatureProblem(ctx, ITA_APP);
		// The documented answers: 401 "Unauthorized operation", 400 "Incorrect request", 200 with {}.
		if (problem) return { status: 401, body: { error_code: 'APIG.0301', error_msg: `Incorrect app authentication information: ${problem}` } };
		const body = isObject(ctx.json) ? ctx.json : undefined;
		if (!body) return { status: 400, body: { error_msg: 'The request body must be a JSON object.' } };
		for (const name of ['callID', 'remark']) {
			if (body[name] === undefined || body[name] === null || body[name] === '') return { status: 400, body: { error_msg: `Parameter ${name} is mandatory.` } };
		}
		return { status: 200, headers: { 'Content-Type': 'application/json; charset=UTF-8' }, body: {} };
	});
}
