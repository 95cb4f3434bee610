import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { dropHeader, headerOf } from '../transport/wire';
import { formatAuthV2Timestamp, signAuthV2, type CanonicalForm } from './authV2';
import { authV2Calibration } from './authV2Calibration';

export const AUTH_V2_CONTENT_TYPE = 'application/json;charset=UTF-8';

/**
 * Request options of this pack's transport carry the canonical form it chose for that request
 * (Automatic repeats a refused request with the other form). Other callers (n8n's HTTP Request
 * node) carry none: the credential's option, or the form learned in this process, is used.
 */
export interface AuthV2RequestOptions extends IHttpRequestOptions {
	canonicalForm?: CanonicalForm;
}

/**
 * Signs an n8n request with auth-v2 (4.3). The body is serialized here, once, and that string is
 * both signed and sent, so the bytes on the wire are the bytes signed. Used by the C2
 * credential's `authenticate` (and so by n8n's HTTP Request node) and by this pack's transport.
 */
export function applyAuthV2(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: AuthV2RequestOptions,
	now: Date = new Date(),
): IHttpRequestOptions {
	const { canonicalForm = authV2Calibration.formFor(credentials), ...options } = requestOptions;
	const base = String(options.baseURL ?? '').replace(/\/+$/, '');
	const target = new URL(base ? `${base}/${String(options.url).replace(/^\/+/, '')}` : String(options.url));
	// Repeated parameters (a=1&a=2) are all kept, signed and sent.
	const query: Record<string, string[]> = {};
	target.searchParams.forEach((value, key) => {
		(query[key] ??= []).push(value);
	});
	for (const [key, value] of Object.entries((options.qs ?? {}) as IDataObject)) {
		if (value === undefined || value === null) continue;
		const values = Array.isArray(value) ? value : [value];
		for (const item of values) (query[key] ??= []).push(typeof item === 'object' ? JSON.stringify(item) : String(item));
	}

	const method = (options.method ?? 'GET').toUpperCase();
	const rawBody = options.body;
	let body = '';
	// n8n sends GET and HEAD without a body: signing one would announce bytes that never come.
	if (method === 'GET' || method === 'HEAD') body = '';
	else if (typeof rawBody === 'string') body = rawBody;
	else if (Buffer.isBuffer(rawBody)) body = rawBody.toString('utf8');
	else if (rawBody !== undefined && rawBody !== null && !(typeof rawBody === 'object' && Object.keys(rawBody).length === 0)) {
		body = JSON.stringify(rawBody);
	}

	const headers: IDataObject = { ...(options.headers ?? {}) };
	const contentType = headerOf(headers, 'content-type') ?? AUTH_V2_CONTENT_TYPE;
	dropHeader(headers, 'content-type');
	dropHeader(headers, 'content-length');
	dropHeader(headers, 'authorization');
	const contentLength = Buffer.byteLength(body, 'utf8');
	const signed = { host: target.host, 'content-length': contentLength, 'content-type': contentType };

	const authorization = signAuthV2({
		method,
		uri: target.pathname,
		query,
		headers: signed,
		body,
		accessKey: String(credentials.accessKey ?? ''),
		secretKey: String(credentials.secretKey ?? ''),
		timestamp: formatAuthV2Timestamp(now),
		canonicalForm,
	});

	const url = new URL(target.toString());
	url.search = '';
	for (const [key, values] of Object.entries(query)) for (const value of values) url.searchParams.append(key, value);
	return {
		...options,
		baseURL: undefined,
		url: url.toString(),
		qs: undefined,
		body: body === '' ? undefined : body,
		json: false,
		headers: { ...headers, 'Content-Type': contentType, 'Content-Length': String(contentLength), Authorization: authorization },
	};
}
