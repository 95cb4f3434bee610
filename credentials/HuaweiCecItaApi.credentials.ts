import { createHash, createHmac } from 'node:crypto';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';
import { dropHeader, headerOf } from '../nodes/shared/transport/wire';
import { baseUrlField, tenantFields, transportFields } from './common';

/**
 * The ITA's app credential for 6.2.13 (statusnotify), an interface the ITA calls on CEC. The
 * reference asks for AppKey, X-Sdk-Date and an `Authorization` header "per ITA documents"; the
 * example's `SDK-HMAC-SHA256 Access=…, SignedHeaders=appkey;content-type;host;x-sdk-date,
 * Signature=…` is Huawei API Gateway's published App authentication, which this signs.
 */

export const ITA_ALGORITHM = 'SDK-HMAC-SHA256';

/** RFC 3986 unreserved characters stay, everything else is %XX (APIG's canonical encoding). */
function apigEncode(value: string): string {
	return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A path with a malformed escape (`%zz`) is signed as it is sent rather than failing the request. */
function safeDecodeUri(path: string): string {
	try {
		return decodeURI(path);
	} catch {
		return path;
	}
}

/** `20210512T115430Z`: X-Sdk-Date, UTC, basic ISO 8601 without fractions. */
export function formatSdkDate(date: Date): string {
	return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export interface ApigSignInput {
	method: string;
	/** Path as sent, not encoded again beyond APIG's per-segment encoding. */
	path: string;
	query: Record<string, string | string[]>;
	/** Headers to sign (names in any case); must include host and x-sdk-date. */
	headers: Record<string, string>;
	body: string;
	appKey: string;
	appSecret: string;
}

/** APIG App authentication: the Authorization value for one request. */
export function apigAuthorization(input: ApigSignInput): string {
	const headers = new Map(Object.entries(input.headers).map(([k, v]) => [k.toLowerCase(), String(v).trim()]));
	const signedHeaders = [...headers.keys()].sort();
	const segments = safeDecodeUri(input.path)
		.split('/')
		.map((s) => apigEncode(s));
	let uri = segments.join('/');
	if (!uri.endsWith('/')) uri += '/';
	const query = Object.keys(input.query)
		.sort()
		.flatMap((key) => {
			const value = input.query[key];
			const values = Array.isArray(value) ? [...value].sort() : [value];
			return values.map((v) => `${apigEncode(key)}=${apigEncode(v)}`);
		})
		.join('&');
	const canonicalHeaders = signedHeaders.map((h) => `${h}:${headers.get(h)}\n`).join('');
	const canonical = [input.method.toUpperCase(), uri, query, canonicalHeaders, signedHeaders.join(';'), createHash('sha256').update(input.body, 'utf8').digest('hex')].join('\n');
	const stringToSign = `${ITA_ALGORITHM}\n${headers.get('x-sdk-date')}\n${createHash('sha256').update(canonical, 'utf8').digest('hex')}`;
	const signature = createHmac('sha256', input.appSecret).update(stringToSign, 'utf8').digest('hex');
	return `${ITA_ALGORITHM} Access=${input.appKey}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`;
}

/**
 * Signs an n8n request: the body is serialized once (the signed bytes are the sent bytes), Host and
 * X-Sdk-Date are added, and every header the request carries at this point (Content-Type, the
 * AppKey header of 6.2.13, …) is signed, as the APIG SDK signs the headers of its request.
 */
export function applyItaSignature(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions, now: Date = new Date()): IHttpRequestOptions {
	const base = String(requestOptions.baseURL ?? credentials.baseUrl ?? '').replace(/\/+$/, '');
	const target = new URL(/^https?:\/\//i.test(String(requestOptions.url)) ? String(requestOptions.url) : `${base}/${String(requestOptions.url).replace(/^\/+/, '')}`);
	const query: Record<string, string[]> = {};
	target.searchParams.forEach((value, key) => {
		(query[key] ??= []).push(value);
	});
	for (const [key, value] of Object.entries((requestOptions.qs ?? {}) as IDataObject)) {
		if (value === undefined || value === null) continue;
		(query[key] ??= []).push(typeof value === 'object' ? JSON.stringify(value) : String(value));
	}
	const raw = requestOptions.body;
	const body = typeof raw === 'string' ? raw : Buffer.isBuffer(raw) ? raw.toString('utf8') : raw === undefined || raw === null ? '' : JSON.stringify(raw);

	const headers: IDataObject = { ...(requestOptions.headers ?? {}) };
	for (const name of ['authorization', 'content-length', 'host']) dropHeader(headers, name);
	if (body && headerOf(headers, 'content-type') === undefined) headers['Content-Type'] = 'application/json;charset=UTF-8';
	if (headerOf(headers, 'x-sdk-date') === undefined) headers['X-Sdk-Date'] = formatSdkDate(now);
	const signed: Record<string, string> = { host: target.host };
	for (const [key, value] of Object.entries(headers)) if (value !== undefined && value !== null) signed[key] = String(value);

	const authorization = apigAuthorization({
		method: requestOptions.method ?? 'GET',
		path: target.pathname,
		query,
		headers: signed,
		body,
		appKey: String(credentials.appKey ?? ''),
		appSecret: String(credentials.appSecret ?? ''),
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
		headers: { ...headers, Authorization: authorization },
	};
}

export class HuaweiCecItaApi implements ICredentialType {
	name = 'huaweiCecItaApi';

	displayName = 'Huawei CEC ITA App API';

	icon: Icon = { light: 'file:../icons/huaweiCec.svg', dark: 'file:../icons/huaweiCec.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-huawei-cec#credentials';

	properties: INodeProperties[] = [
		baseUrlField('Base URL', 'https://service.besclouds.com', 'The CEC domain that receives the ITA notification (6.2.13), e.g. https://service.besclouds.com'),
		{
			displayName: 'App Key',
			name: 'appKey',
			type: 'string',
			default: '',
			required: true,
			description: 'The App key of the ITA app (API Gateway App authentication); sent as Access= in the Authorization header',
		},
		{
			displayName: 'App Secret',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The App secret paired with the App key. It signs requests (SDK-HMAC-SHA256) and is never sent.',
		},
		...tenantFields,
		...transportFields,
	];

	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return applyItaSignature(credentials, requestOptions);
	}
}
