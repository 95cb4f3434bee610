import type { ICredentialTestFunctions, IDataObject } from 'n8n-workflow';
import { parseJsonText, type Send } from './wire';

/**
 * Credential tests only get n8n's legacy `request` helper; this adapts it to Send so the
 * tests sign in and fetch tokens with the very same code the nodes use.
 */
export function legacySend(ctx: ICredentialTestFunctions): Send {
	return async (request) => {
		const response = (await ctx.helpers.request({
			method: request.method,
			uri: request.url,
			headers: request.headers,
			body: request.body,
			json: false,
			resolveWithFullResponse: true,
			simple: false,
			rejectUnauthorized: !request.allowUnauthorizedCerts,
			timeout: request.timeoutMs,
		})) as { statusCode: number; headers: IDataObject; body: unknown };
		const text = typeof response.body === 'string' ? response.body : Buffer.isBuffer(response.body) ? response.body.toString('utf8') : JSON.stringify(response.body ?? '');
		const parsed = parseJsonText(text);
		return { statusCode: response.statusCode, headers: response.headers ?? {}, body: parsed.body, unparsable: parsed.unparsable };
	};
}
