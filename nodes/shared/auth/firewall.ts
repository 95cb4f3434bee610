import type { IDataObject } from 'n8n-workflow';
import { headerOf } from '../transport/wire';

/**
 * Real tenants sit behind an IP allow-list / WAF. Its 403, 418 or 429 answers carry an HTML page or
 * nothing, never a CEC body: telling them apart keeps a blocked address from being reported as a
 * wrong app key, secret or password.
 */

const FIREWALL_STATUSES = new Set([403, 418, 429]);

/**
 * The code fields CEC components answer with: the result-code fields of every family, the API
 * gateway's error_code (C1, 4.2) and CC-Messaging's exceptionInfo (chapter 11).
 */
const CEC_BODY_FIELDS = ['retcode', 'retCode', 'resultCode', 'returnCode', 'errorCode', 'ErrCode', 'errcode', 'rtnCode', 'error_code', 'exceptionInfo'];

function isCecBody(headers: IDataObject, body: unknown): boolean {
	if (body && typeof body === 'object' && typeof (body as { pipe?: unknown }).pipe === 'function') {
		// A streamed answer (file downloads) is not read here: a JSON one is taken as CEC's.
		return /json/i.test(headerOf(headers, 'content-type') ?? '');
	}
	if (!body || typeof body !== 'object' || Array.isArray(body) || Buffer.isBuffer(body)) return false;
	return CEC_BODY_FIELDS.some((field) => field in (body as IDataObject));
}

/** The error text for an answer that came from a firewall in front of CEC, or undefined. */
export function firewallBlock(what: string, response: { statusCode: number; headers: IDataObject; body: unknown }): string | undefined {
	if (!FIREWALL_STATUSES.has(response.statusCode) || isCecBody(response.headers, response.body)) return undefined;
	return `${what} was blocked before reaching CEC: check the IP allow-list / WAF of the tenant (HTTP ${response.statusCode} without a CEC answer; the address this n8n connects from must be allowed)`;
}
