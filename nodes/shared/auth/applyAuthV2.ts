import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { dropHeader, headerOf } from '../transport/wire';
import { formatAuthV2Timestamp, signAuthV2 } from './authV2';

export const AUTH_V2_CONTENT_TYPE = 'application/json;charset=UTF-8';

/**
 * Signs an n8n request with auth-v2 (4.3). The body is serialized here, once, and that string is
 * both signed and sent, so the bytes on the wire are the bytes signed. Used by the C2
 * credential's `authenticate` (and so by n8n's HTTP Request node) and by this pack's transport.
 */
export function applyAuthV2(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
	now: Date = new Date(),
): IHttpRequestOptions {
	const base = String(requestOptions.baseURL ?? '').replace(/\/+$/, '');
	const target = new URL(base ? `${base}/${String(requestOptions.url).replace(/^\/+/, '')}` : String(requestOptions.url));
	// Repeated parameters (a=1&a=2) are all kept, signed and sent.
	const query: Record<string, string[]> = {};
	target.searchParams.forEach((value, key) => {
		(query[key] ??= []).push(value);
	});
	for (const [key, value] of Object.entries((requestOptions.qs ?? {}) as IDataObject)) {
		if (value === undefined || value === null) continue;
		const values = Array.isArray(value) ? value : [value];
		for (const item of values) (query[key] ??= []).push(typeof item === 'object' ? JSON.stringify(item) : String(item));
	}

	const method = (requestOptions.method ?? 'GET').toUpperCase();
	const rawBody = requestOptions.body;
	let body = '';
	// n8n sends GET and HEAD without a body: signing one would announce bytes that never come.
	if (method === 'GET' || method === 'HEAD') body = '';
	else if (typeof rawBody === 'string') body = rawBody;
	else if (Buffer.isBuffer(rawBody)) body = rawBody.toString('utf8');
	else if (rawBody !== undefined && rawBody !== null && !(typeof rawBody === 'object' && Object.keys(rawBody).length === 0)) {
		body = JSON.stringify(rawBody);
	}

	const headers: IDataObject = { ...(requestOptions.headers ?? {}) };
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
	});

	const url = new URL(target.toString());
	url.search = '';
	for (const [key, values] of Object.entries(query)) for (const value of values) url.searchParams.append(key, value);
	return {
		...requestOptions,
		baseURL: undefined,
		url: url.toString(),
		qs: undefined,
		body: body === '' ? undefined : body,
		json: false,
		headers: { ...headers, 'Content-Type': contentType, 'Content-Length': String(contentLength), Authorization: authorization },
	};
}
