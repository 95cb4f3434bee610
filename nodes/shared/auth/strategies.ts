import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { agentSessions, parseSetGuid } from './agentSessions';
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

/** 4.2 tokenByAkSk. */
export async function fetchApiFabricToken(send: Send, credentials: ICredentialDataDecryptedObject): Promise<CachedToken> {
	const lifetime = Math.min(3600, Math.max(1, Number(credentials.lifetimeSeconds) || 600));
	const response = await postJson(send, credentials, `${baseUrl(credentials)}/apigovernance/api/oauth/tokenByAkSk`, { app_key: credentials.appKey as string, app_secret: credentials.appSecret as string }, { 'X-Token-Expire': String(lifetime) });
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
	const body = record(response.body);
	const guid = (record(body.result).guid as string | undefined) ?? headerOf(response.headers, 'Guid');
	if (String(body.retcode ?? '') !== '0' || !guid) {
		throw new CecAuthError(`The CC-Gateway refused the administrator login (retcode ${String(body.retcode ?? response.statusCode)}${body.message ? `: ${String(body.message)}` : ''})`, String(body.retcode ?? ''), response.statusCode);
	}
	return { value: guid, expiresAt: Number.MAX_SAFE_INTEGER };
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
	if (String(body.retcode ?? '') === '0' && guid) agentSessions.set(baseUrl(credentials), agentId, guid);
	return { response, guid };
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
	abortSignal?: AbortSignal;
}

export interface Prepared {
	request: WireRequest;
	signWith?: string;
	/** The token/GUID used, so a refusal invalidates exactly that one. */
	authHandle?: string;
}

export interface StrategyEnv {
	send: Send;
	credentials: ICredentialDataDecryptedObject;
	autoSignIn: boolean;
}

export interface AuthStrategy {
	prepare(env: StrategyEnv, call: OutgoingCall): Promise<Prepared>;
	/** Called with every answer: follow GUID rotation; say whether the authentication was refused. */
	refused(env: StrategyEnv, response: WireResponse, prepared: Prepared): boolean;
	/** Forget the refused token/session so the next prepare renews it. */
	renew(env: StrategyEnv, prepared: Prepared): void;
	/** Whether a refused request may be repeated once with renewed authentication. */
	mayRenew(env: StrategyEnv): boolean;
	/** Called after a successful answer, e.g. to end the agent session a sign-out closed. */
	settled(env: StrategyEnv, call: OutgoingCall): void;
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

function tokenKey(credentials: ICredentialDataDecryptedObject, type: string, ...secretParts: string[]): string {
	return TokenCache.key(type, baseUrl(credentials), ...secretParts.map((p) => String(credentials[p] ?? '')));
}

/** A text that says the bearer token is no longer good, for gateways that answer 200/400 instead of 401. */
const TOKEN_INVALID_TEXT = /token[^"]{0,40}(invalid|expired|incorrect|illegal|not exist)|(invalid|expired|illegal)[^"]{0,20}token/i;

const apiFabric: AuthStrategy = {
	async prepare(env, call) {
		const key = tokenKey(env.credentials, CREDENTIAL_TYPES.C1, 'appKey', 'appSecret', 'lifetimeSeconds');
		const token = await tokenCache.get(key, async () => await fetchApiFabricToken(env.send, env.credentials));
		const request = baseRequest(env, call, baseUrl(env.credentials), call.body);
		request.headers.Authorization = `Bearer ${token.value}`;
		if (env.credentials.xAppKey) request.headers['x-app-key'] = String(env.credentials.xAppKey);
		return { request, authHandle: token.value };
	},
	refused(_env, response) {
		if (response.statusCode === 401) return true;
		if (interpretResult(response.body, response.statusCode).ok) return false;
		return TOKEN_INVALID_TEXT.test(typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? ''));
	},
	renew(env, prepared) {
		tokenCache.invalidate(tokenKey(env.credentials, CREDENTIAL_TYPES.C1, 'appKey', 'appSecret', 'lifetimeSeconds'), prepared.authHandle ?? '');
	},
	mayRenew: always,
	settled: nothing,
};

const akSk: AuthStrategy = {
	async prepare(env, call) {
		return { request: baseRequest(env, call, baseUrl(env.credentials), call.body), signWith: CREDENTIAL_TYPES.C2 };
	},
	refused: () => false,
	renew: nothing,
	mayRenew: always,
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
		return { request, authHandle: token.value };
	},
	refused: (_env, response) => gatewayRefused(response),
	renew(env, prepared) {
		tokenCache.invalidate(tokenKey(env.credentials, CREDENTIAL_TYPES.C5, 'agentId', 'password'), prepared.authHandle ?? '');
	},
	mayRenew: always,
	settled: nothing,
};

const agentGateway: AuthStrategy = {
	async prepare(env, call) {
		const gateway = baseUrl(env.credentials);
		const agentId = String(env.credentials.agentId);
		const request = baseRequest(env, call, gateway, call.body);
		if (call.session === 'signIn' || call.session === 'none') return { request };
		let session = agentSessions.get(gateway, agentId);
		if (!session) {
			if (!env.autoSignIn) throw new CecSessionMissingError(agentId);
			session = await agentSessions.signInOnce(gateway, agentId, async () => {
				const { response, guid } = await agentSignIn(env.send, env.credentials);
				const body = record(response.body);
				const signedIn = agentSessions.get(gateway, agentId);
				if (!guid || !signedIn) {
					throw new CecAuthError(`Automatic sign-in of agent ${agentId} failed (retcode ${String(body.retcode ?? response.statusCode)}${body.message ? `: ${String(body.message)}` : ''})`, String(body.retcode ?? ''), response.statusCode);
				}
				return signedIn;
			});
		}
		request.headers.Guid = session.guid;
		return { request, authHandle: session.guid };
	},
	refused(env, response, prepared) {
		const gateway = baseUrl(env.credentials);
		const agentId = String(env.credentials.agentId);
		const rotated = parseSetGuid(headerOf(response.headers, 'Set-GUID'));
		const body = record(response.body);
		if (prepared.request.headers.Guid === undefined) {
			// Sign-in answers carry the first GUID.
			const guid = rotated ?? headerOf(response.headers, 'Guid');
			if (String(body.retcode ?? '') === '0' && guid) agentSessions.set(gateway, agentId, guid);
			return false;
		}
		if (rotated) agentSessions.rotate(gateway, agentId, rotated);
		return gatewayRefused(response);
	},
	renew(env, prepared) {
		agentSessions.delete(baseUrl(env.credentials), String(env.credentials.agentId), prepared.authHandle);
	},
	/** Never signs in behind the user's back: only with automatic sign-in on, and never forced. */
	mayRenew: (env) => env.autoSignIn,
	settled(env, call) {
		if (call.session === 'signOut') agentSessions.delete(baseUrl(env.credentials), String(env.credentials.agentId));
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
