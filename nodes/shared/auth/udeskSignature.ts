import { createHash } from 'node:crypto';
import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestOptions } from 'n8n-workflow';

/**
 * Udesk call center open API (ccapi v2), "Authentication Method": every request carries AppId,
 * Timestamp (UTC epoch milliseconds), Sid and Sign = SHA1(Sid + AuthToken + Timestamp) in the
 * query string; the server accepts a Timestamp for 10 minutes. The AuthToken only feeds the hash.
 *
 * The document does not say how the digest is written; hexadecimal in lower case is what SHA1
 * helpers print by default, and what is sent here.
 */

/** Sign = SHA1(Sid + AuthToken + Timestamp), lower-case hex. */
export function udeskSign(sid: string, authToken: string, timestamp: string): string {
	return createHash('sha1').update(`${sid}${authToken}${timestamp}`, 'utf8').digest('hex');
}

/** The four query parameters of one request, signed at `now`. */
export function udeskAuthQuery(credentials: ICredentialDataDecryptedObject, now: number = Date.now()): Record<string, string> {
	const sid = String(credentials.sid ?? '').trim();
	const timestamp = String(now);
	return {
		AppId: String(credentials.appId ?? '').trim(),
		Timestamp: timestamp,
		Sid: sid,
		Sign: udeskSign(sid, String(credentials.authToken ?? ''), timestamp),
	};
}

/** The credential's `authenticate`: adds the signed query parameters (n8n merges `qs` into the URL). */
export function applyUdeskSignature(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions, now: number = Date.now()): IHttpRequestOptions {
	const qs: IDataObject = { ...((requestOptions.qs ?? {}) as IDataObject), ...udeskAuthQuery(credentials, now) };
	return { ...requestOptions, qs };
}
