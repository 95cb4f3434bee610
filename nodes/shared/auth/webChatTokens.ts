import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { TokenCache } from './tokenCache';

/**
 * Web chat tokens (chapter 11): 11.1 applyToken returns a token per channel and user, which the
 * later web chat interfaces take in the ccmessaging-token header. Like the agent sessions, they
 * live in this n8n process, keyed by a digest of the C1 credential (another credential cannot use
 * them), the channel and the user; a token CEC renews in an answer header replaces the kept one.
 */

/** 11.1: "The token is valid within 1 hour." */
export const WEB_CHAT_TOKEN_LIFETIME_MS = 3600 * 1000;

/** How a web chat call gets its token: kept from applyToken in this process, or mapped by the user. */
export type WebChatTokenUse =
	| { source: 'issue' }
	| { source: 'session'; channelId: string; userId: string; required: boolean }
	| { source: 'explicit'; token: string; required: boolean };

interface KeptToken {
	token: string;
	expiresAt: number;
}

export class WebChatTokenStore {
	private readonly tokens = new Map<string, KeptToken>();

	static key(credentials: ICredentialDataDecryptedObject, channelId: string, userId: string): string {
		return TokenCache.key('ccmessaging-token', String(credentials.baseUrl ?? '').trim().replace(/\/+$/, ''), String(credentials.appKey ?? ''), String(credentials.appSecret ?? ''), channelId, userId);
	}

	get(key: string, now: number = Date.now()): string | undefined {
		const kept = this.tokens.get(key);
		if (kept && kept.expiresAt <= now) this.tokens.delete(key);
		return kept && kept.expiresAt > now ? kept.token : undefined;
	}

	set(key: string, token: string, now: number = Date.now()): void {
		this.tokens.set(key, { token, expiresAt: now + WEB_CHAT_TOKEN_LIFETIME_MS });
	}

	/** 11.1 note: a token that expires during a session is renewed in the answer; only the token sent is replaced. */
	rotate(key: string, sent: string, renewed: string, now: number = Date.now()): void {
		if (this.tokens.get(key)?.token === sent && renewed !== sent) this.set(key, renewed, now);
	}

	/** Forgets a refused token, unless another applyToken replaced it meanwhile. */
	delete(key: string, refused: string): void {
		if (this.tokens.get(key)?.token === refused) this.tokens.delete(key);
	}

	clear(): void {
		this.tokens.clear();
	}
}

export const webChatTokens = new WebChatTokenStore();

/** 11.1's answer without the token in clear (unless the user asked for it), and which session now holds it. */
export function applyTokenOutput(body: unknown, includeToken: boolean, session: { channelId: string; userId: string } | undefined): unknown {
	if (includeToken || !body || typeof body !== 'object' || Array.isArray(body)) return body;
	const { token, ...rest } = body as Record<string, unknown>;
	// Without a userId and channelId in the request (a Body Override) there is no session to keep it for.
	return token === undefined ? rest : { ...rest, webChatSession: session ? { ...session, tokenKept: true } : { tokenKept: false } };
}

/** The userId and channelId a 11.1 request was sent for (flat, or in Table 11-2's reqBody wrapper). */
export function applyTokenSubject(body: unknown): { channelId: string; userId: string } | undefined {
	let parsed: unknown = body;
	if (typeof body === 'string') {
		try {
			parsed = JSON.parse(body);
		} catch {
			return undefined;
		}
	}
	if (!parsed || typeof parsed !== 'object') return undefined;
	const record = parsed as Record<string, unknown>;
	const fields = record.reqBody && typeof record.reqBody === 'object' ? (record.reqBody as Record<string, unknown>) : record;
	const channelId = fields.channelId;
	const userId = fields.userId;
	return typeof channelId === 'string' && channelId && typeof userId === 'string' && userId ? { channelId, userId } : undefined;
}
