import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	ITriggerFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import type { AuthV2RequestOptions } from '../auth/applyAuthV2';
import type { CanonicalForm } from '../auth/authV2';

/** Every n8n context the transport runs in: actions, dropdown loaders, triggers, webhooks. */
export type CecContext = IExecuteFunctions | ILoadOptionsFunctions | ITriggerFunctions | IHookFunctions | IWebhookFunctions;

export type ResponseEncoding = 'json' | 'stream' | 'buffer';

export interface WireRequest {
	method: IHttpRequestMethods;
	/** Full URL, query string included. */
	url: string;
	headers: IDataObject;
	/** Already serialized: what is signed is what is sent. */
	body?: string | Buffer;
	encoding: ResponseEncoding;
	timeoutMs: number;
	allowUnauthorizedCerts: boolean;
	abortSignal?: AbortSignal;
	/** C2: the auth-v2 canonical request form the credential's `authenticate` signs this request with. */
	canonicalForm?: CanonicalForm;
}

export interface WireResponse {
	statusCode: number;
	headers: IDataObject;
	/** Parsed JSON (or the raw text when it is not JSON) for 'json'; a stream or Buffer otherwise. */
	body: unknown;
	/** True when a 'json' answer could not be parsed. */
	unparsable?: boolean;
}

/** One function that talks HTTP; the strategies only decide headers and body. */
export type Send = (request: WireRequest, signWithCredential?: string) => Promise<WireResponse>;

/** Case-insensitive header lookup; of a repeated header, the last value counts. */
export function headerOf(headers: IDataObject, name: string): string | undefined {
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
	const value = key === undefined ? undefined : headers[key];
	return Array.isArray(value) ? String(value[value.length - 1]) : value === undefined ? undefined : String(value);
}

/** Removes a header whatever its case (every spelling of it). */
export function dropHeader(headers: IDataObject, name: string): void {
	for (const key of Object.keys(headers)) if (key.toLowerCase() === name.toLowerCase()) delete headers[key];
}

export function parseJsonText(text: string): { body: unknown; unparsable: boolean } {
	if (text.trim() === '') return { body: {}, unparsable: false };
	try {
		return { body: JSON.parse(text), unparsable: false };
	} catch {
		return { body: text, unparsable: true };
	}
}

/** Reads a (small) streamed answer whole: only for the JSON refusals of download interfaces. */
export async function readBody(body: unknown): Promise<Buffer> {
	if (Buffer.isBuffer(body)) return body;
	if (body && typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
		const chunks: Buffer[] = [];
		for await (const chunk of body as AsyncIterable<Buffer | string>) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
		return Buffer.concat(chunks);
	}
	return Buffer.from(String(body ?? ''));
}

export function joinUrl(baseUrl: string, path: string, query?: IDataObject): string {
	const url = new URL(`${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`);
	for (const [key, value] of Object.entries(query ?? {})) {
		if (value === undefined || value === null || value === '') continue;
		url.searchParams.append(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
	}
	return url.toString();
}

export function transportSettings(credentials: ICredentialDataDecryptedObject): { timeoutMs: number; allowUnauthorizedCerts: boolean } {
	const timeout = Number(credentials.timeout);
	return {
		timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 30_000,
		allowUnauthorizedCerts: credentials.allowUnauthorizedCerts === true,
	};
}

function toN8nOptions(request: WireRequest): AuthV2RequestOptions {
	return {
		method: request.method,
		url: request.url,
		headers: request.headers,
		body: request.body,
		json: false,
		encoding: request.encoding === 'json' ? 'text' : request.encoding === 'stream' ? 'stream' : 'arraybuffer',
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: request.timeoutMs,
		skipSslCertificateValidation: request.allowUnauthorizedCerts,
		abortSignal: request.abortSignal,
		...(request.canonicalForm ? { canonicalForm: request.canonicalForm } : {}),
	};
}

function fromN8nResponse(request: WireRequest, response: { statusCode?: number; headers?: IDataObject; body?: unknown }): WireResponse {
	const statusCode = Number(response.statusCode ?? 0);
	const headers = (response.headers ?? {}) as IDataObject;
	if (request.encoding !== 'json') return { statusCode, headers, body: response.body };
	const raw = response.body;
	const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : typeof raw === 'string' ? raw : raw === undefined ? '' : JSON.stringify(raw);
	const parsed = parseJsonText(text);
	return { statusCode, headers, body: parsed.body, unparsable: parsed.unparsable };
}

/**
 * The n8n-helper implementation of Send: honours n8n's proxy settings and TLS options. Requests
 * that a credential signs (C2) go through httpRequestWithAuthentication, so the credential's own
 * `authenticate` is the one signer.
 */
export function n8nSend(ctx: CecContext): Send {
	return async (request, signWithCredential) => {
		const options = toN8nOptions(request);
		const response = signWithCredential
			? await ctx.helpers.httpRequestWithAuthentication.call(ctx, signWithCredential, options)
			: await ctx.helpers.httpRequest(options);
		return fromN8nResponse(request, response as { statusCode?: number; headers?: IDataObject; body?: unknown });
	};
}
