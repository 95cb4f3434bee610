/**
 * Token issuers and per-mode request checks (chapter 4, 9.1, 10.22).
 * Failure shapes follow what each CEC component returns: API Fabric (C1) answers HTTP 401 with an
 * APIG-style JSON error; auth-v2 (C2) answers HTTP 401; OIAP (C3) answers HTTP 200 with errorCode
 * 900001/900002; the CC-Gateway (C4/C5) answers HTTP 200 with retcode 000-003 / 100-006.
 */
import type { Ctx } from './context.cjs';
import { verifyAuthV2 } from './c2.cjs';
import type { SimResponse } from './types.cjs';
import { expireIssued, newGuid, randomToken } from './util.cjs';
import { checkWebChatToken } from './webchat.cjs';

export interface IssuedToken {
	token: string;
	subject: string;
	issuedAt: number;
	expiresAt: number;
}

export class TokenStore {
	private readonly tokens = new Map<string, IssuedToken>();
	constructor(readonly kind: string) {}

	issue(subject: string, lifetimeMs: number, now = Date.now(), token = randomToken(24)): IssuedToken {
		const t: IssuedToken = { token, subject, issuedAt: now, expiresAt: now + lifetimeMs };
		this.tokens.set(t.token, t);
		return t;
	}

	/** 'missing' | 'unknown' | 'expired' | the token record */
	check(token: string | undefined, now = Date.now()): IssuedToken | 'missing' | 'unknown' | 'expired' {
		if (!token) return 'missing';
		const t = this.tokens.get(token);
		if (!t) return 'unknown';
		if (t.expiresAt <= now) return 'expired';
		return t;
	}

	/** Early expiry (admin API / fault): every token issued so far stops working. */
	expireAll(now = Date.now()): number {
		return expireIssued(this.tokens.values(), now);
	}

	clear(): void {
		this.tokens.clear();
	}

	get size(): number {
		return this.tokens.size;
	}
}

export function apiFabricError(status: number, code: string, msg: string): SimResponse {
	return {
		status,
		body: { error_code: code, error_msg: msg, request_id: randomToken(16) },
	};
}

function header(ctx: Ctx, name: string): string | undefined {
	const v = ctx.headers[name.toLowerCase()];
	return Array.isArray(v) ? v[0] : v;
}

/**
 * C1 interfaces whose header table marks X-APP-Key mandatory ("Yes"): in the reference (6.4.x, 8.x,
 * most of 11.x, 12.2.7.4, 14.x) and on the vendor pages (createVoiceNotification V1/V2,
 * cec_07_2801 / cec_07_2802, the same interfaces as 6.2.9 / 6.2.10). Elsewhere it is optional and
 * checked only when sent.
 */
const C1_APP_KEY_MANDATORY = new Set(['6.2.9', '6.2.10', '6.4.1', '6.4.2', '6.4.3', '6.4.4', '8.1', '8.2', '8.3', '8.4', '8.5', '8.6', '11.1', '11.3', '11.4', '11.5', '11.6', '11.7', '11.9', '11.11', '11.12', '11.13', '11.14', '11.15', '11.16', '11.18', '11.20', '12.2.7.4', '14.1', '14.2', '14.3']);

/** C1: Authorization: Bearer <AccessToken from tokenByAkSk>; X-APP-Key, when sent, must match the token's app. */
export function checkC1(ctx: Ctx): SimResponse | undefined {
	const auth = header(ctx, 'authorization');
	const m = auth ? /^Bearer (\S+)$/.exec(auth.trim()) : null;
	if (!auth) return apiFabricError(401, 'APIGW.0101', 'Authorization header is missing. Obtain an AccessToken from /apigovernance/api/oauth/tokenByAkSk and send "Authorization: Bearer <token>".');
	if (!m) return apiFabricError(401, 'APIGW.0101', 'Authorization header must be "Bearer <AccessToken>" (one space after Bearer).');
	const r = ctx.core.c1Tokens.check(m[1]);
	if (r === 'unknown' || r === 'missing') return apiFabricError(401, 'APIGW.0301', 'Incorrect token: the AccessToken is invalid.');
	if (r === 'expired') return apiFabricError(401, 'APIGW.0307', 'The token has expired. Obtain a new AccessToken.');
	const appKey = header(ctx, 'x-app-key');
	if (appKey !== undefined && appKey !== r.subject) return apiFabricError(401, 'APIGW.0302', 'X-APP-Key does not match the app that owns the token.');
	if (appKey === undefined && (ctx.core.options.c1RequireAppKey || C1_APP_KEY_MANDATORY.has(ctx.op?.section ?? ''))) return apiFabricError(401, 'APIGW.0302', 'X-APP-Key header is missing.');
	ctx.auth = { mode: 'C1', subject: r.subject };
	return checkWebChatToken(ctx);
}

export function c2Failure(reason: string): SimResponse {
	return {
		status: 401,
		headers: { 'www-authenticate': 'auth-v2', 'x-sim-auth-reason': reason.replace(/[^\x20-\x7e]/g, '?') },
		body: { resultCode: '401', resultDesc: `Unauthorized: ${reason}` },
	};
}

/** C2: recompute auth-v2 from the received bytes. */
export function checkC2(ctx: Ctx): SimResponse | undefined {
	const core = ctx.core;
	const r = verifyAuthV2({
		authorization: header(ctx, 'authorization'),
		method: ctx.method,
		rawPath: ctx.rawPath,
		rawQuery: ctx.rawQuery,
		headers: ctx.headers,
		body: ctx.bodyText,
		keys: { [core.credentials.ak]: core.credentials.sk },
		now: Date.now(),
		skewMs: core.options.c2ClockSkewMs,
		form: core.options.c2CanonicalForm,
	});
	if (!r.ok) {
		core.debug(`C2 rejected ${ctx.method} ${ctx.rawPath}: ${r.reason}${r.canonicalRequest ? `\n--- canonical request (server) ---\n${r.canonicalRequest}\n---` : ''}`);
		return c2Failure(r.reason ?? 'authentication failed');
	}
	ctx.auth = { mode: 'C2', subject: r.ak };
	return undefined;
}

/** C3: authToken in the body, or headers appkey + authToken (10.22 style). */
export function checkC3(ctx: Ctx): SimResponse | undefined {
	const body = ctx.json;
	const bodyToken = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>).authToken : undefined;
	const headerToken = header(ctx, 'authtoken');
	const token = typeof bodyToken === 'string' && bodyToken ? bodyToken : headerToken;
	const r = ctx.core.c3Tokens.check(token);
	if (r === 'missing' || r === 'expired') {
		return { status: 200, body: { errorCode: 900001, errorMsg: 'No token information exists or the token has expired.' } };
	}
	if (r === 'unknown') return { status: 200, body: { errorCode: 900002, errorMsg: 'Failed to check the token information.' } };
	if (headerToken && !bodyToken) {
		const appkey = header(ctx, 'appkey');
		if (appkey !== r.subject) return { status: 200, body: { errorCode: 900002, errorMsg: 'Failed to check the token information.' } };
	}
	ctx.auth = { mode: 'C3', subject: r.subject };
	return undefined;
}

/** SIA: X-Access-Token from 9.1.1, or the auth-v2 AK/SK variant (9.1.2). */
export function checkSia(ctx: Ctx): SimResponse | undefined {
	const token = header(ctx, 'x-access-token');
	if (!token && header(ctx, 'authorization')?.startsWith('auth-v2/')) return checkC2(ctx);
	const r = ctx.core.siaTokens.check(token);
	if (typeof r === 'string') {
		return {
			status: 401,
			body: { resultCode: '401', resultDesc: r === 'expired' ? 'The SIA token has expired.' : r === 'missing' ? 'X-Access-Token is missing.' : 'The SIA token is invalid.' },
		};
	}
	ctx.auth = { mode: 'SIA', subject: r.subject };
	return undefined;
}

/** C5: Guid header from /agentgateway/resource/config/login. */
export function checkC5(ctx: Ctx): SimResponse | undefined {
	const guid = header(ctx, 'guid');
	const r = ctx.core.c5Sessions.check(guid);
	if (typeof r === 'string') {
		return { status: 200, body: { message: 'No permission to invoke the interface. The authentication may have expired.', retcode: '000-003', result: {} } };
	}
	ctx.auth = { mode: 'C5', subject: r.subject };
	return undefined;
}

export function newConfigGuid(): string {
	return newGuid(1);
}
