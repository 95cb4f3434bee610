import type { ICredentialTestFunctions, IDataObject } from 'n8n-workflow';
import { deliver, type RawResponse, type Send } from './wire';

/**
 * Credential tests only get n8n's legacy `request` helper; this adapts it to Send so the
 * tests sign in and fetch tokens with the very same code (and the same limits) the nodes use.
 * The legacy helper takes no abort signal: the deadline still ends the test on time.
 */
export function legacySend(ctx: ICredentialTestFunctions): Send {
	return async (request) =>
		await deliver(request, async () => {
			const response = (await ctx.helpers.request({
				method: request.method,
				uri: request.url,
				headers: request.headers,
				body: request.body,
				json: false,
				resolveWithFullResponse: true,
				simple: false,
				followRedirect: false,
				followAllRedirects: false,
				useStream: request.encoding !== 'buffer',
				encoding: request.encoding === 'buffer' ? null : undefined,
				rejectUnauthorized: !request.allowUnauthorizedCerts,
				timeout: request.timeoutMs,
			})) as { statusCode: number; headers: IDataObject; body: unknown };
			return response as RawResponse;
		});
}
