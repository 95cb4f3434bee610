import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
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
	/** Total deadline of the request: connect, headers and (for JSON) the whole body. */
	timeoutMs: number;
	/** Largest JSON answer accepted, counted after decompression. File streams are not capped. */
	maxAnswerBytes: number;
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

/**
 * The wire refused an answer: a redirect (never followed, so nothing signed or secret goes to
 * another place), a missed deadline, or a JSON answer above the size cap. `code` ETIMEDOUT
 * marks a missed deadline as a network failure (an idempotent query may be retried).
 */
export class CecWireError extends Error {
	constructor(
		message: string,
		readonly reason: 'redirect' | 'deadline' | 'tooLarge',
		readonly code?: string,
	) {
		super(message);
		this.name = 'CecWireError';
	}
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_ANSWER_MB = 16;
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);

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

export function transportSettings(credentials: ICredentialDataDecryptedObject): { timeoutMs: number; maxAnswerBytes: number; allowUnauthorizedCerts: boolean } {
	const timeout = Number(credentials.timeout);
	const maxAnswerMb = Number(credentials.maxAnswerMb);
	return {
		timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS,
		maxAnswerBytes: Math.round((Number.isFinite(maxAnswerMb) && maxAnswerMb > 0 ? maxAnswerMb : DEFAULT_MAX_ANSWER_MB) * 1024 * 1024),
		allowUnauthorizedCerts: credentials.allowUnauthorizedCerts === true,
	};
}

/** The answer as either n8n helper returns it with a full response. */
export interface RawResponse {
	statusCode?: number;
	headers?: IDataObject;
	body?: unknown;
}

function destroyBody(body: unknown): void {
	const stream = body as { destroy?: () => void } | undefined;
	if (stream && typeof stream.destroy === 'function') stream.destroy();
}

function megabytes(bytes: number): string {
	return `${Math.round((bytes / 1024 / 1024) * 100) / 100} MB`;
}

/** Reads a JSON answer stream, refusing it as soon as it outgrows the cap (decompressed bytes). */
export async function readCappedText(body: unknown, maxBytes: number): Promise<string> {
	if (body === undefined || body === null) return '';
	if (typeof body === 'string' || Buffer.isBuffer(body)) {
		const size = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
		if (size > maxBytes) throw tooLarge(maxBytes);
		return body.toString();
	}
	if (typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] !== 'function') return JSON.stringify(body);
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of body as AsyncIterable<Buffer | string>) {
		const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
		size += buffer.length;
		if (size > maxBytes) {
			destroyBody(body);
			throw tooLarge(maxBytes);
		}
		chunks.push(buffer);
	}
	return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(maxBytes: number): CecWireError {
	return new CecWireError(`the answer is larger than ${megabytes(maxBytes)} (the credential's Max Answer Size); it was not read further`, 'tooLarge');
}

/**
 * Sends through an n8n helper and enforces what n8n's options cannot: a total deadline (n8n's
 * timeout is an idle timeout, and httpRequestWithAuthentication replaces the abort signal with the
 * execution's), a size cap on JSON answers, and no redirects. JSON is requested as a stream so it
 * can be counted while it is read. A file stream is handed over once its headers arrived: its
 * body is neither capped nor bound by the deadline (only by the idle timeout).
 */
export async function deliver(request: WireRequest, fetch: (signal: AbortSignal) => Promise<RawResponse>): Promise<WireResponse> {
	// Built only when the deadline passes: an Error captures a stack trace, which is not free per request.
	const missedError = (): CecWireError => new CecWireError(`no complete answer within the ${request.timeoutMs} ms deadline (the credential's Timeout)`, 'deadline', 'ETIMEDOUT');
	// One controller aborts the request: on the deadline, on a refusal, or when the caller aborts.
	const abort = new AbortController();
	const caller = request.abortSignal;
	const onCallerAbort = (): void => abort.abort(caller?.reason);
	if (caller?.aborted) onCallerAbort();
	else caller?.addEventListener('abort', onCallerAbort, { once: true });
	// The deadline counts only while this function runs: a file stream handed over later is not cut.
	const deadline = AbortSignal.timeout(request.timeoutMs);
	let onDeadline = (): void => undefined;
	const expired = new Promise<never>((_resolve, reject) => {
		onDeadline = () => {
			const missed = missedError();
			abort.abort(missed);
			reject(missed);
		};
		deadline.addEventListener('abort', onDeadline, { once: true });
	});
	expired.catch(() => undefined);
	let settled = false;
	try {
		const sending = fetch(abort.signal);
		// An answer that arrives after the deadline is let go, or its socket stays busy.
		sending.then((late) => deadline.aborted && destroyBody(late.body)).catch(() => undefined);
		const raw = await Promise.race([sending, expired]);
		const statusCode = Number(raw.statusCode ?? 0);
		const headers = (raw.headers ?? {}) as IDataObject;
		if (REDIRECT_STATUS.has(statusCode)) {
			destroyBody(raw.body);
			const location = headerOf(headers, 'location');
			throw new CecWireError(
				`the server answered HTTP ${statusCode}, a redirect to ${location ? describeTarget(request.url, location) : 'an unnamed location'}. Redirects are not followed (no CEC interface documents one, and following would carry credentials, signatures or session headers there): check the base URL`,
				'redirect',
			);
		}
		if (request.encoding !== 'json') {
			settled = true;
			return { statusCode, headers, body: raw.body };
		}
		let text: string | undefined;
		try {
			text = await Promise.race([readCappedText(raw.body, request.maxAnswerBytes), expired]);
		} finally {
			if (text === undefined) destroyBody(raw.body);
		}
		const parsed = parseJsonText(text);
		settled = true;
		return { statusCode, headers, body: parsed.body, unparsable: parsed.unparsable };
	} finally {
		deadline.removeEventListener('abort', onDeadline);
		if (!settled) abort.abort();
		// A handed-over file stream stays abortable by the caller; anything else is finished.
		if (!settled || request.encoding === 'json') caller?.removeEventListener('abort', onCallerAbort);
	}
}

/** The redirect target, resolved against the request, without its query (which may carry anything). */
function describeTarget(from: string, location: string): string {
	try {
		const target = new URL(location, from);
		const origin = new URL(from).origin;
		return `${target.origin}${target.pathname}${target.origin === origin ? ' (same origin)' : ' (another origin)'}`;
	} catch {
		return 'an unparsable location';
	}
}

function toN8nOptions(request: WireRequest, signal: AbortSignal): AuthV2RequestOptions {
	return {
		method: request.method,
		url: request.url,
		headers: request.headers,
		body: request.body,
		json: false,
		encoding: request.encoding === 'buffer' ? 'arraybuffer' : 'stream',
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: request.timeoutMs,
		skipSslCertificateValidation: request.allowUnauthorizedCerts,
		abortSignal: signal,
		disableFollowRedirect: true,
		sendCredentialsOnCrossOriginRedirect: false,
		...(request.canonicalForm ? { canonicalForm: request.canonicalForm } : {}),
	};
}

/**
 * The n8n-helper implementation of Send: honours n8n's proxy settings and TLS options. Requests
 * that a credential signs (C2, ITA) go through httpRequestWithAuthentication, so the credential's
 * own `authenticate` is the one signer.
 */
export function n8nSend(ctx: CecContext, decrypted?: ICredentialsDecrypted): Send {
	// The credential the node already holds is handed to n8n for signing (n8n then applies the same
	// credential type's `authenticate`) instead of n8n fetching and decrypting it again per request.
	return async (request, signWithCredential) =>
		await deliver(request, async (signal) => {
			const options = toN8nOptions(request, signal);
			if (!signWithCredential) return (await ctx.helpers.httpRequest(options)) as RawResponse;
			return (
				decrypted && decrypted.type === signWithCredential
					? await ctx.helpers.httpRequestWithAuthentication.call(ctx, signWithCredential, options, { credentialsDecrypted: decrypted })
					: await ctx.helpers.httpRequestWithAuthentication.call(ctx, signWithCredential, options)
			) as RawResponse;
		});
}
