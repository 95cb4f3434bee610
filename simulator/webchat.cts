/**
 * CC-Messaging's web chat token (chapter 11): 11.1 applyToken issues a token per tenant, channel and
 * user, valid one hour, and a new one replaces the previous one of that user (the vendor's
 * validation keeps one token per tenant + channel + user, Huawei Cloud page cec_07_0953). The
 * interfaces whose header table marks ccmessaging-token mandatory refuse a request without a
 * valid one with HTTP 401 (applyToken's note: "If the system returns error code 401 ... use the
 * applyToken interface to generate a token again"), in CC-Messaging's error shape
 * {errorCode, exceptionInfo} (Huawei Cloud page cec_05_1003).
 */
import type { Ctx, SimCore } from './context.cjs';
import { familyParamError, missingRequired } from './generic.cjs';
import type { SimResponse } from './types.cjs';
import { expireIssued, isObject, randomToken } from './util.cjs';

/** Header tables of the reference with ccmessaging-token "Yes" (11.2 and 11.10 mark it optional). */
export const WEB_CHAT_TOKEN_REQUIRED = new Set(['11.3', '11.4', '11.5', '11.6', '11.7', '11.8', '11.9', '11.11', '11.12', '11.14', '11.15', '11.16', '11.20']);

const LIFETIME_MS = 3600 * 1000;

interface IssuedChatToken {
	subject: string;
	expiresAt: number;
}

export class WebChatTokens {
	private readonly tokens = new Map<string, IssuedChatToken>();
	private readonly current = new Map<string, string>();

	/** The token format of the vendor's examples: URL-encoded Base64 of a JSON naming the user. */
	issue(tenantId: string, channelId: string, userId: string, now = Date.now()): string {
		const subject = `${tenantId}/${channelId}/${userId}`;
		const token = encodeURIComponent(Buffer.from(JSON.stringify({ createTime: now, tenantId, channelId, userId, nonce: randomToken(8) })).toString('base64'));
		this.tokens.set(token, { subject, expiresAt: now + LIFETIME_MS });
		this.current.set(subject, token);
		return token;
	}

	check(token: string | undefined, now = Date.now()): 'missing' | 'invalid' | 'expired' | 'replaced' | 'ok' {
		if (!token) return 'missing';
		const issued = this.tokens.get(token);
		if (!issued) return 'invalid';
		if (issued.expiresAt <= now) return 'expired';
		return this.current.get(issued.subject) === token ? 'ok' : 'replaced';
	}

	expireAll(now = Date.now()): number {
		return expireIssued(this.tokens.values(), now);
	}

	clear(): void {
		this.tokens.clear();
		this.current.clear();
	}
}

function header(ctx: Ctx, name: string): string | undefined {
	const v = ctx.headers[name];
	return Array.isArray(v) ? v[0] : v;
}

/** Checked after the C1 bearer token: only a request the API gateway let through reaches CC-Messaging. */
export function checkWebChatToken(ctx: Ctx): SimResponse | undefined {
	if (!WEB_CHAT_TOKEN_REQUIRED.has(ctx.op?.section ?? '')) return undefined;
	const verdict = ctx.core.webChatTokens.check(header(ctx, 'ccmessaging-token'));
	if (verdict === 'ok') return undefined;
	const why = { missing: 'ccmessaging-token header is missing', invalid: 'ccmessaging-token is not a token this server issued', expired: 'ccmessaging-token has expired', replaced: 'ccmessaging-token was replaced by a newer applyToken of this user' }[verdict];
	return { status: 401, body: { errorCode: '0', exceptionInfo: `auth fail: ${why}. Apply for a token with applyToken.` } };
}

export function registerWebChatHandlers(core: SimCore): void {
	core.onReset(() => core.webChatTokens.clear());
	core.handlers.set('11.1', (ctx) => {
		const op = ctx.op!;
		const miss = missingRequired(ctx, core.catalog.sectionInfo(op.section));
		if (miss) return familyParamError(op, miss);
		// Table 11-2 names a reqBody wrapper that the example omits: both are read.
		const raw = isObject(ctx.json) ? ctx.json : {};
		const body = isObject(raw.reqBody) ? raw.reqBody : raw;
		const userId = typeof body.userId === 'string' ? body.userId : '';
		const channelId = typeof body.channelId === 'string' ? body.channelId : '';
		if (!userId || userId.length > 32) return familyParamError(op, 'userId', 'must be a string of 1 to 32 characters');
		if (!channelId) return familyParamError(op, 'channelId');
		return { status: 200, body: { token: core.webChatTokens.issue(core.credentials.tenantId, channelId, userId), resultCode: '0', resultDesc: '' } };
	});
}
