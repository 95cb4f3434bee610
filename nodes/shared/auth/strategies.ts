import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { absorbCookies, agentSessions, cookieHeader, followAnswer, parseSetGuid, sessionOwner, type AgentSession } from './agentSessions';
import { otherCanonicalForm, type CanonicalForm } from './authV2';
import { answerText, authV2Calibration, canonicalRequestSetting, CANONICAL_FORM_LABELS, isSignatureRefusal } from './authV2Calibration';
import { firewallBlock } from './firewall';
import { applyTokenSubject, webChatTokens, WebChatTokenStore, type WebChatTokenUse } from './webChatTokens';
import { forgetHandleSession, sessionFromHandle } from './sessionHandle';
import { tokenCache, TokenCache, type CachedToken } from './tokenCache';
import { interpretResult } from '../transport/result';
import { headerOf, joinUrl, transportSettings, type Send, type WireRequest, type WireResponse } from '../transport/wire';

/**
 * One strategy per credential type (chapter 4 mode): how to authenticate a request, and how to
 * recognise that the server refused the authentication (so it can be renewed once).
 */

export const CREDENTIAL_TYPES = {
	C1: 'huaweiCecApiFabricApi',
	C2: 'huaweiCecAkSkApi',
	C3: 'huaweiCecOiapApi',
	C4: 'huaweiCecAgentGatewayApi',
	C5: 'huaweiCecGatewayConfigApi',
	SIA: 'huaweiCecSiaApi',
	/** 6.2.13: the ITA's APIG App signature (SDK-HMAC-SHA256), applied by the credential's `authenticate`. */
	ITA: 'huaweiCecItaApi',
	/** Udesk ccapi v2 (not CEC): AppId, Timestamp, Sid and Sign in the query, applied by the credential's `authenticate`. */
	UDESK: 'udeskCallCenterApi',
} as const;

export type CredentialTypeName = (typeof CREDENTIAL_TYPES)[keyof typeof CREDENTIAL_TYPES];

/** Authentication failed before the business request could be sent (bad secret, unreachable token service). */
export class CecAuthError extends Error {
	constructor(
		message: string,
		readonly code?: string,
		readonly statusCode?: number,
	) {
		super(message);
		this.name = 'CecAuthError';
	}
}

/** An agent operation was asked for with no signed-in session and automatic sign-in off. */
export class CecSessionMissingError extends Error {
	constructor(readonly agentId: string) {
		super(
			`Agent ${agentId} is not signed in on this n8n instance. Add a "Sign In" operation before this one (in this or an earlier execution), or turn on "Sign In Automatically".`,
		);
		this.name = 'CecSessionMissingError';
	}
}

/** A web chat operation needs the ccmessaging-token of 11.1 and this process holds none for the user. */
export class CecWebChatTokenMissingError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'CecWebChatTokenMissingError';
	}
}

export const JSON_CONTENT_TYPE = 'application/json; charset=UTF-8';

/** 4.5: an unknown or stale GUID is answered with one of these retcodes. */
export const GATEWAY_AUTH_CODES = new Set(['000-003', '100-006']);
/** Chapter 10 common codes: no/expired token, failed token check. */
const OIAP_TOKEN_CODES = new Set(['900001', '900002']);

function baseUrl(credentials: ICredentialDataDecryptedObject, field = 'baseUrl'): string {
	const value = String(credentials[field] ?? '').trim();
	if (!value) throw new CecAuthError(`The credential has no ${field === 'baseUrl' ? 'base URL' : field}`);
	return value.replace(/\/+$/, '');
}

function record(body: unknown): Record<string, unknown> {
	return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

async function postJson(send: Send, credentials: ICredentialDataDecryptedObject, url: string, body: IDataObject, headers: IDataObject = {}, method: 'POST' | 'PUT' = 'POST'): Promise<WireResponse> {
	const request: WireRequest = {
		method,
		url,
		headers: { 'Content-Type': JSON_CONTENT_TYPE, ...headers },
		body: JSON.stringify(body),
		encoding: 'json',
		...transportSettings(credentials),
	};
	return await send(request);
}

// ---- token services -------------------------------------------------------------------------

const API_GOVERNANCE_PATH = '/apigovernance/api/oauth/tokenByAkSk';

function parsedUrl(value: string): URL | undefined {
	try {
		return new URL(value);
	} catch {
		return undefined;
	}
}

/**
 * 4.2: the token service is at the base URL unless the credential's Token URL names another origin
 * (an edition serves tokenByAkSk on its own host or port). That origin is trusted with the app key
 * and secret for this one call only; business requests and their token go to the base URL.
 */
export function apiFabricTokenUrl(credentials: ICredentialDataDecryptedObject): string {
	const configured = String(credentials.tokenUrl ?? '').trim();
	if (!configured) return `${baseUrl(credentials)}${API_GOVERNANCE_PATH}`;
	const url = parsedUrl(configured);
	if (!url) throw new CecAuthError('The credential\'s Token URL is not a URL (expected e.g. https://10.22.26.181:28070)');
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new CecAuthError('The credential\'s Token URL must start with https:// or http://');
	const base = configured.replace(/\/+$/, '').replace(/\/apigovernance\/api\/oauth\/tokenByAkSk$/i, '');
	return `${base}${API_GOVERNANCE_PATH}`;
}

/** 4.2 tokenByAkSk. */
export async function fetchApiFabricToken(send: Send, credentials: ICredentialDataDecryptedObject): Promise<CachedToken> {
	const lifetime = Math.min(3600, Math.max(1, Number(credentials.lifetimeSeconds) || 600));
	const tokenUrl = apiFabricTokenUrl(credentials);
	const response = await postJson(send, credentials, tokenUrl, { app_key: credentials.appKey as string, app_secret: credentials.appSecret as string }, { 'X-Token-Expire': String(lifetime) });
	const blocked = firewallBlock('The API Fabric token request (4.2)', response);
	if (blocked) throw new CecAuthError(blocked, undefined, response.statusCode);
	if (response.statusCode === 404) {
		throw new CecAuthError(`The API Fabric token service is not at ${new URL(tokenUrl).origin} (HTTP 404): if this CEC edition serves tokenByAkSk on another host or port, set the credential's Token URL`, undefined, 404);
	}
	const body = record(response.body);
	const token = body.AccessToken;
	if (response.statusCode >= 300 || typeof token !== 'string' || !token) {
		throw new CecAuthError(
			`API Fabric refused the app key and secret (HTTP ${response.statusCode}${body.error_msg || body.message ? `: ${String(body.error_msg ?? body.message)}` : ''})`,
			String(body.error_code ?? body.code ?? ''),
			response.statusCode,
		);
	}
	const expires = Number(body.Expires) > 0 ? Number(body.Expires) : lifetime;
	return { value: token, expiresAt: Date.now() + expires * 1000 };
}

/** 4.4 OIAP gettoken. */
export async function fetchOiapToken(send: Send, credentials: ICredentialDataDecryptedObject): Promise<CachedToken> {
	const response = await postJson(send, credentials, `${baseUrl(credentials)}/oifde/rest/api/gettoken`, { appKey: credentials.appKey as string, appSecret: credentials.appSecret as string });
	const blocked = firewallBlock('The OIAP token request (4.4)', response);
	if (blocked) throw new CecAuthError(blocked, undefined, response.statusCode);
	const body = record(response.body);
	if (response.statusCode >= 300 || String(body.errorCode ?? '0') !== '0' || typeof body.authToken !== 'string') {
		throw new CecAuthError(`OIAP refused the app key and secret (errorCode ${String(body.errorCode ?? response.statusCode)}${body.errorMsg ? `: ${String(body.errorMsg)}` : ''})`, String(body.errorCode ?? ''), response.statusCode);
	}
	const expires = Number(body.expireTime) > 0 ? Number(body.expireTime) : 3600;
	return { value: body.authToken, expiresAt: Date.now() + expires * 1000 };
}

/** 9.1.1 SIA token. */
export async function fetchSiaToken(send: Send, credentials: ICredentialDataDecryptedObject): Promise<CachedToken> {
	const response = await postJson(send, credentials, `${baseUrl(credentials)}/rest/sia/v1/tokens/jwt/sia`, { jwt: credentials.jwtPassword as string, domain: credentials.domain as string });
	const blocked = firewallBlock('The SIA token request (9.1.1)', response);
	if (blocked) throw new CecAuthError(blocked, undefined, response.statusCode);
	const body = record(response.body);
	if (response.statusCode >= 300 || typeof body.token !== 'string' || !body.token) {
		throw new CecAuthError(`SIA refused the JWT and domain (HTTP ${response.statusCode})`, undefined, response.statusCode);
	}
	const expiredAt = Date.parse(String(body.expiredAt ?? '').replace(/\+0000$/, 'Z'));
	return { value: body.token, expiresAt: Number.isNaN(expiredAt) ? Date.now() + 30 * 60_000 : expiredAt };
}

/** 4.6 CC-Gateway configuration login. The GUID lifetime is not documented: kept until refused. */
export async function fetchConfigGuid(send: Send, credentials: ICredentialDataDecryptedObject): Promise<CachedToken> {
	const response = await postJson(send, credentials, `${baseUrl(credentials)}/agentgateway/resource/config/login`, { agentId: Number(credentials.agentId), password: credentials.password as string });
	const blocked = firewallBlock('The CC-Gateway configuration login (4.6)', response);
	if (blocked) throw new CecAuthError(blocked, undefined, response.statusCode);
	const body = record(response.body);
	const guid = (record(body.result).guid as string | undefined) ?? headerOf(response.headers, 'Guid');
	if (String(body.retcode ?? '') !== '0' || !guid) {
		throw new CecAuthError(`The CC-Gateway refused the administrator login (retcode ${String(body.retcode ?? response.statusCode)}${body.message ? `: ${String(body.message)}` : ''})`, String(body.retcode ?? ''), response.statusCode);
	}
	const cookies: Record<string, string> = {};
	absorbCookies(cookies, response.headers);
	return { value: guid, expiresAt: Number.MAX_SAFE_INTEGER, cookies };
}

export interface SignInOptions {
	force?: boolean;
	/** Extra documented sign-in fields (6.1.1.1 Table 6-3), e.g. status, autoanswer, callbackUri. */
	fields?: IDataObject;
}

/** 6.1.1.1 sign-in / 6.1.1.2 forced sign-in. Returns the gateway's answer and the GUID it issued. */
export async function agentSignIn(send: Send, credentials: ICredentialDataDecryptedObject, options: SignInOptions = {}): Promise<{ response: WireResponse; guid?: string }> {
	const agentId = String(credentials.agentId);
	const path = `/agentgateway/resource/onlineagent/${encodeURIComponent(agentId)}${options.force ? '/forcelogin' : ''}`;
	const response = await postJson(send, credentials, `${baseUrl(credentials)}${path}`, { password: credentials.password as string, phonenum: String(credentials.phoneNumber ?? ''), ...(options.fields ?? {}) }, {}, 'PUT');
	const body = record(response.body);
	const guid = parseSetGuid(headerOf(response.headers, 'Set-GUID')) ?? headerOf(response.headers, 'Guid');
	if (String(body.retcode ?? '') === '0' && guid) recordSignIn(credentials, agentId, guid, response);
	return { response, guid };
}

/** A sign-in the gateway accepted becomes this credential's session, with the cookies the answer set. */
function recordSignIn(credentials: ICredentialDataDecryptedObject, agentId: string, guid: string, response: WireResponse): AgentSession {
	const cookies: Record<string, string> = {};
	absorbCookies(cookies, response.headers);
	return agentSessions.set(baseUrl(credentials), agentId, guid, sessionOwner(credentials.password), cookies);
}

// ---- strategies -------------------------------------------------------------------------------

export interface OutgoingCall {
	method: WireRequest['method'];
	path: string;
	query?: IDataObject;
	/** JSON body (object/array), a raw string, a Buffer, or nothing. */
	body?: unknown;
	headers?: IDataObject;
	encoding: WireRequest['encoding'];
	/** C3: where the interface wants the token (4.4: body for tenants, headers for 10.22). */
	oiapTokenIn?: 'body' | 'header';
	/** C4: the sign-in and sign-out operations manage the session themselves. */
	session?: 'use' | 'signIn' | 'signOut' | 'none';
	/** C1 web chat (chapter 11): 11.1 issues the ccmessaging-token, the other interfaces send it. */
	webChat?: WebChatTokenUse;
	/**
	 * C4: a sealed session handle (from an Agent Event Trigger item) to use when this process holds
	 * no session of its own for the handle's agent. Opened with the credential's password.
	 */
	sessionHandle?: string;
	abortSignal?: AbortSignal;
}

export interface Prepared {
	request: WireRequest;
	signWith?: string;
	/** The token/GUID used, so a refusal invalidates exactly that one. */
	authHandle?: string;
	/** C1 web chat: the ccmessaging-token sent, and the kept session it came from (none when mapped explicitly). */
	webChat?: { issue?: boolean; token?: string; sessionKey?: string; who?: string };
	/** C4: the agent session the request was made with (its rotation and cookies follow the answer). */
	session?: AgentSession;
	/** C5: the cached login whose cookies follow the answer. */
	token?: CachedToken;
}

export interface StrategyEnv {
	send: Send;
	credentials: ICredentialDataDecryptedObject;
	autoSignIn: boolean;
	/** C2 Automatic, per call: the canonical form the server refused, so the repeat uses the other one. */
	refusedCanonicalForm?: CanonicalForm;
	/** C1, per call: the bearer token was renewed once already, so a repeated 401 is not about it. */
	bearerRenewed?: boolean;
}

export interface AuthStrategy {
	prepare(env: StrategyEnv, call: OutgoingCall): Promise<Prepared>;
	/** Called with every answer: follow GUID rotation; say whether the authentication was refused. */
	refused(env: StrategyEnv, response: WireResponse, prepared: Prepared): boolean;
	/** A refusal that renewing cannot fix, checked before `refused`: the message says why and what to do. */
	terminalRefusal?(env: StrategyEnv, response: WireResponse, prepared: Prepared): string | undefined;
	/** Forget the refused token/session so the next prepare renews it. */
	renew(env: StrategyEnv, prepared: Prepared): void;
	/** Whether a refused request may be repeated once with renewed authentication. */
	mayRenew(env: StrategyEnv, prepared: Prepared): boolean;
	/** Called after a successful answer, e.g. to end the agent session a sign-out closed. */
	settled(env: StrategyEnv, call: OutgoingCall, prepared: Prepared): void;
}

const always = (): boolean => true;
const nothing = (): void => undefined;

function serializeBody(body: unknown): string | Buffer | undefined {
	if (body === undefined || body === null) return undefined;
	if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
	return JSON.stringify(body);
}

function baseRequest(env: StrategyEnv, call: OutgoingCall, urlBase: string, body: unknown): WireRequest {
	const serialized = serializeBody(body);
	return {
		method: call.method,
		url: joinUrl(urlBase, call.path, call.query),
		headers: { ...(serialized !== undefined ? { 'Content-Type': JSON_CONTENT_TYPE } : {}), ...(call.headers ?? {}) },
		body: serialized,
		encoding: call.encoding,
		abortSignal: call.abortSignal,
		...transportSettings(env.credentials),
	};
}

/** The last token keys made from each credential object, with the values they were made from (a keyed HMAC per request is not free). */
const TOKEN_KEYS = new WeakMap<object, Map<string, { parts: string[]; key: string }>>();

function tokenKey(credentials: ICredentialDataDecryptedObject, type: string, ...secretParts: string[]): string {
	const parts = [type, baseUrl(credentials), ...secretParts.map((p) => String(credentials[p] ?? ''))];
	let known = TOKEN_KEYS.get(credentials);
	const slot = `${type}\u0000${secretParts.join('\u0000')}`;
	const hit = known?.get(slot);
	if (hit && hit.parts.length === parts.length && hit.parts.every((part, i) => part === parts[i])) return hit.key;
	const key = TokenCache.key(...parts);
	if (!known) {
		known = new Map();
		TOKEN_KEYS.set(credentials, known);
	}
	known.set(slot, { parts, key });
	return key;
}

/** A text that says the bearer token is no longer good, for gateways that answer 200/400 instead of 401. */
const TOKEN_INVALID_TEXT = /token[^"]{0,40}(invalid|expired|incorrect|illegal|not exist)|(invalid|expired|illegal)[^"]{0,20}token/i;

/** The ccmessaging-token a web chat call sends, checked before anything is sent. */
function webChatTokenOf(env: StrategyEnv, use: WebChatTokenUse | undefined): Prepared['webChat'] {
	if (!use) return undefined;
	if (use.source === 'issue') return { issue: true };
	if (use.source === 'explicit') {
		if (!use.token && use.required) throw new CecWebChatTokenMissingError('Web Chat Token Value is empty: map the token of an Apply Token (11.1) answer (with Include Token in Output on), or keep the token in this n8n process instead.');
		return { token: use.token || undefined };
	}
	const sessionKey = WebChatTokenStore.key(env.credentials, use.channelId, use.userId);
	const who = `user "${use.userId}" on channel "${use.channelId}"`;
	const token = webChatTokens.get(sessionKey);
	if (!token && use.required) {
		throw new CecWebChatTokenMissingError(
			`No web chat token of ${who} in this n8n process: run Apply Token (11.1) for this user and channel with the same credential first (tokens last one hour), or map the token explicitly.`,
		);
	}
	return { token, sessionKey, who };
}

const apiFabric: AuthStrategy = {
	async prepare(env, call) {
		const webChat = webChatTokenOf(env, call.webChat);
		const key = tokenKey(env.credentials, CREDENTIAL_TYPES.C1, 'appKey', 'appSecret', 'lifetimeSeconds');
		const token = await tokenCache.get(key, async () => await fetchApiFabricToken(env.send, env.credentials));
		const request = baseRequest(env, call, baseUrl(env.credentials), call.body);
		request.headers.Authorization = `Bearer ${token.value}`;
		// Every C1 interface's header table lists X-APP-Key (the vendor pages mark it mandatory, e.g.
		// 14.2/14.3), and real integrations send the app key: that is the default, a header the call
		// sets itself or the credential's X-App-Key field overrides it.
		if (headerOf(request.headers, 'x-app-key') === undefined) request.headers['X-APP-Key'] = String(env.credentials.xAppKey || env.credentials.appKey);
		if (webChat?.token) request.headers['ccmessaging-token'] = webChat.token;
		return { request, authHandle: token.value, webChat };
	},
	terminalRefusal(env, response, prepared) {
		// A 401 to a web chat call is about its ccmessaging-token when the answer names it, or when the
		// bearer token was renewed already: renewing the bearer cannot fix it.
		const chat = prepared.webChat;
		if (!chat?.token || response.statusCode !== 401) return undefined;
		if (!env.bearerRenewed && !/ccmessaging-token/i.test(answerText(response.body))) return undefined;
		if (chat.sessionKey) webChatTokens.delete(chat.sessionKey, chat.token);
		return chat.sessionKey
			? `CEC refused the web chat token (ccmessaging-token) of ${chat.who}: a token lasts one hour, and a newer Apply Token of this user replaces it. Run Apply Token (11.1) for this user again.`
			: 'CEC refused the mapped web chat token (ccmessaging-token): a token lasts one hour, and a newer Apply Token of this user replaces it. Map the token of a fresh Apply Token (11.1) answer.';
	},
	refused(env, response, prepared) {
		keepWebChatToken(env, response, prepared);
		if (response.statusCode === 401) return true;
		if (interpretResult(response.body, response.statusCode).ok) return false;
		return TOKEN_INVALID_TEXT.test(typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? ''));
	},
	renew(env, prepared) {
		tokenCache.invalidate(tokenKey(env.credentials, CREDENTIAL_TYPES.C1, 'appKey', 'appSecret', 'lifetimeSeconds'), prepared.authHandle ?? '');
		env.bearerRenewed = true;
	},
	mayRenew: always,
	settled: nothing,
};

/** 11.1's answer starts a web chat session; any answer may carry a renewed ccmessaging-token. */
function keepWebChatToken(env: StrategyEnv, response: WireResponse, prepared: Prepared): void {
	const chat = prepared.webChat;
	if (!chat) return;
	if (chat.issue) {
		const body = record(response.body);
		const subject = applyTokenSubject(prepared.request.body);
		if (subject && typeof body.token === 'string' && body.token && interpretResult(response.body, response.statusCode).ok) {
			webChatTokens.set(WebChatTokenStore.key(env.credentials, subject.channelId, subject.userId), body.token);
		}
		return;
	}
	const renewed = headerOf(response.headers, 'ccmessaging-token');
	if (chat.sessionKey && chat.token && renewed) webChatTokens.rotate(chat.sessionKey, chat.token, renewed);
}

/**
 * auth-v2 (4.3). With "Canonical Request" on Automatic, a signature refusal is repeated once with
 * the other canonical form (a refused signature means nothing was executed, so this holds for
 * state changes too), and the form the server accepts is remembered for the credential.
 */
const akSk: AuthStrategy = {
	async prepare(env, call) {
		const request = baseRequest(env, call, baseUrl(env.credentials), call.body);
		request.canonicalForm = env.refusedCanonicalForm ? otherCanonicalForm(env.refusedCanonicalForm) : authV2Calibration.formFor(env.credentials);
		return { request, signWith: CREDENTIAL_TYPES.C2 };
	},
	terminalRefusal(env, response, prepared) {
		const form = prepared.request.canonicalForm;
		if (!form || !isSignatureRefusal(response.statusCode, response.body)) return undefined;
		if (canonicalRequestSetting(env.credentials) !== 'automatic') {
			return `CEC refused the auth-v2 signature (HTTP 401, canonical request ${CANONICAL_FORM_LABELS[form]}). Check the AK/SK; if they are right, set the credential's Canonical Request to Automatic.`;
		}
		if (env.refusedCanonicalForm) {
			return 'CEC refused the auth-v2 signature in both canonical request forms (without and with the empty query line): check the AK/SK, that they belong to this service, and the clock of the n8n host.';
		}
		return undefined;
	},
	refused(env, response, prepared) {
		const form = prepared.request.canonicalForm;
		if (!form) return false;
		if (isSignatureRefusal(response.statusCode, response.body)) return true;
		// Only an answer of the service itself proves the signature passed (not a firewall's or a proxy's).
		if (response.statusCode !== 401 && (response.statusCode < 300 || interpretResult(response.body, response.statusCode).code !== undefined)) authV2Calibration.accept(env.credentials, form);
		return false;
	},
	renew(env, prepared) {
		const form = prepared.request.canonicalForm;
		if (!form) return;
		authV2Calibration.refuse(env.credentials, form);
		env.refusedCanonicalForm = form;
	},
	mayRenew: (env) => canonicalRequestSetting(env.credentials) === 'automatic',
	settled: nothing,
};

/** Signed by the credential itself (APIG App authentication); a refusal is HTTP 401, never renewable. */
const itaApp: AuthStrategy = {
	async prepare(env, call) {
		return { request: baseRequest(env, call, baseUrl(env.credentials), call.body), signWith: CREDENTIAL_TYPES.ITA };
	},
	refused: () => false,
	renew: nothing,
	mayRenew: always,
	settled: nothing,
};

/** Signed by the credential itself (query-string SHA1 signature, fresh Timestamp per request); nothing to renew. */
const udesk: AuthStrategy = {
	async prepare(env, call) {
		return { request: baseRequest(env, call, baseUrl(env.credentials), call.body), signWith: CREDENTIAL_TYPES.UDESK };
	},
	refused: () => false,
	renew: nothing,
	mayRenew: always,
	settled: nothing,
};

const oiap: AuthStrategy = {
	async prepare(env, call) {
		const key = tokenKey(env.credentials, CREDENTIAL_TYPES.C3, 'appKey', 'appSecret');
		const token = await tokenCache.get(key, async () => await fetchOiapToken(env.send, env.credentials));
		let body = call.body;
		const extraHeaders: IDataObject = {};
		if (call.oiapTokenIn === 'header') {
			extraHeaders.appkey = String(env.credentials.appKey);
			extraHeaders.authToken = token.value;
			// 10.22's own header table (Table 10-129) names the same two values userName and token.
			extraHeaders.userName = String(env.credentials.appKey);
			extraHeaders.token = token.value;
		} else if (body && typeof body === 'object' && !Array.isArray(body) && !Buffer.isBuffer(body)) {
			body = { ...(body as IDataObject), authToken: token.value };
		} else if (body === undefined) {
			body = { authToken: token.value };
		}
		const request = baseRequest(env, call, baseUrl(env.credentials), body);
		Object.assign(request.headers, extraHeaders);
		return { request, authHandle: token.value };
	},
	refused(_env, response) {
		return response.statusCode === 401 || OIAP_TOKEN_CODES.has(String(record(response.body).errorCode ?? ''));
	},
	renew(env, prepared) {
		tokenCache.invalidate(tokenKey(env.credentials, CREDENTIAL_TYPES.C3, 'appKey', 'appSecret'), prepared.authHandle ?? '');
	},
	mayRenew: always,
	settled: nothing,
};

const sia: AuthStrategy = {
	async prepare(env, call) {
		const key = tokenKey(env.credentials, CREDENTIAL_TYPES.SIA, 'jwtPassword', 'domain');
		const token = await tokenCache.get(key, async () => await fetchSiaToken(env.send, env.credentials));
		const target = String(env.credentials.ikbsUrl ?? '').trim() || baseUrl(env.credentials);
		const request = baseRequest(env, call, target.replace(/\/+$/, ''), call.body);
		request.headers['X-Access-Token'] = token.value;
		return { request, authHandle: token.value };
	},
	refused: (_env, response) => response.statusCode === 401,
	renew(env, prepared) {
		tokenCache.invalidate(tokenKey(env.credentials, CREDENTIAL_TYPES.SIA, 'jwtPassword', 'domain'), prepared.authHandle ?? '');
	},
	mayRenew: always,
	settled: nothing,
};

function gatewayRefused(response: WireResponse): boolean {
	return GATEWAY_AUTH_CODES.has(String(record(response.body).retcode ?? ''));
}

const gatewayConfig: AuthStrategy = {
	async prepare(env, call) {
		const key = tokenKey(env.credentials, CREDENTIAL_TYPES.C5, 'agentId', 'password');
		const token = await tokenCache.get(key, async () => await fetchConfigGuid(env.send, env.credentials));
		const request = baseRequest(env, call, baseUrl(env.credentials), call.body);
		request.headers.Guid = token.value;
		const cookie = cookieHeader(token.cookies);
		if (cookie) request.headers.Cookie = cookie;
		return { request, authHandle: token.value, token };
	},
	refused(_env, response, prepared) {
		if (prepared.token) absorbCookies((prepared.token.cookies ??= {}), response.headers);
		return gatewayRefused(response);
	},
	renew(env, prepared) {
		tokenCache.invalidate(tokenKey(env.credentials, CREDENTIAL_TYPES.C5, 'agentId', 'password'), prepared.authHandle ?? '');
	},
	mayRenew: always,
	settled: nothing,
};

/** C4: the session of the handle's agent when a handle is given for a call on that agent, else the credential's agent's. */
async function sessionFor(env: StrategyEnv, call: OutgoingCall, gateway: string, owner: string): Promise<AgentSession | undefined> {
	const handle = typeof call.sessionHandle === 'string' ? call.sessionHandle.trim() : '';
	if (!handle) return agentSessions.get(gateway, String(env.credentials.agentId), owner);
	// A handle that cannot be opened throws SessionHandleError, which the transport reports as bad input.
	const fromHandle = await sessionFromHandle(handle, gateway, env.credentials.password, owner);
	// A handle speaks for its own agent only: a call on another agent (the path names it) goes on without it.
	const pathSegments = call.path.split('/').map((segment) => segment.trim());
	if (!pathSegments.includes(fromHandle.agentId) && !pathSegments.includes(encodeURIComponent(fromHandle.agentId))) return agentSessions.get(gateway, String(env.credentials.agentId), owner);
	// A session this process signed in itself is the fresher one (its GUID follows every rotation here).
	return agentSessions.get(gateway, fromHandle.agentId, owner) ?? fromHandle;
}

const agentGateway: AuthStrategy = {
	async prepare(env, call) {
		const gateway = baseUrl(env.credentials);
		const agentId = String(env.credentials.agentId);
		const owner = sessionOwner(env.credentials.password);
		const request = baseRequest(env, call, gateway, call.body);
		if (call.session === 'signIn' || call.session === 'none') return { request };
		let session = await sessionFor(env, call, gateway, owner);
		if (!session) {
			if (!env.autoSignIn) throw new CecSessionMissingError(agentId);
			session = await agentSessions.signInOnce(gateway, agentId, owner, async () => {
				const { response, guid } = await agentSignIn(env.send, env.credentials);
				const blocked = firewallBlock(`The automatic sign-in of agent ${agentId} (6.1.1.1)`, response);
				if (blocked) throw new CecAuthError(blocked, undefined, response.statusCode);
				const body = record(response.body);
				const signedIn = agentSessions.get(gateway, agentId, owner);
				if (!guid || !signedIn) {
					throw new CecAuthError(`Automatic sign-in of agent ${agentId} failed (retcode ${String(body.retcode ?? response.statusCode)}${body.message ? `: ${String(body.message)}` : ''})`, String(body.retcode ?? ''), response.statusCode);
				}
				return signedIn;
			});
		}
		request.headers.Guid = session.guid;
		const cookie = cookieHeader(session.cookies);
		if (cookie) request.headers.Cookie = cookie;
		return { request, authHandle: session.guid, session };
	},
	refused(env, response, prepared) {
		if (prepared.session) {
			followAnswer(prepared.session, response.headers);
			return gatewayRefused(response);
		}
		// Sign-in answers carry the first GUID (and the load balancer's cookie).
		const guid = parseSetGuid(headerOf(response.headers, 'Set-GUID')) ?? headerOf(response.headers, 'Guid');
		if (String(record(response.body).retcode ?? '') === '0' && guid) recordSignIn(env.credentials, String(env.credentials.agentId), guid, response);
		return false;
	},
	renew(env, prepared) {
		const session = prepared.session;
		if (!session) return;
		if (session.fromHandle) forgetHandleSession(session);
		else agentSessions.delete(session.gatewayUrl, session.agentId, session.owner, prepared.authHandle);
	},
	/**
	 * Never signs in behind the user's back: only with automatic sign-in on, and never forced. A
	 * handle's session is never renewed here: signing in would be refused (100-002) or, forced,
	 * would end the session of the process that polls the agent.
	 */
	mayRenew: (env, prepared) => env.autoSignIn && prepared.session?.fromHandle !== true,
	settled(env, call, prepared) {
		if (call.session !== 'signOut') return;
		const session = prepared.session;
		if (session?.fromHandle) forgetHandleSession(session);
		agentSessions.delete(baseUrl(env.credentials), session?.agentId ?? String(env.credentials.agentId), sessionOwner(env.credentials.password));
	},
};

export const STRATEGIES: Record<CredentialTypeName, AuthStrategy> = {
	[CREDENTIAL_TYPES.C1]: apiFabric,
	[CREDENTIAL_TYPES.C2]: akSk,
	[CREDENTIAL_TYPES.C3]: oiap,
	[CREDENTIAL_TYPES.C4]: agentGateway,
	[CREDENTIAL_TYPES.C5]: gatewayConfig,
	[CREDENTIAL_TYPES.SIA]: sia,
	[CREDENTIAL_TYPES.ITA]: itaApp,
	[CREDENTIAL_TYPES.UDESK]: udesk,
};
