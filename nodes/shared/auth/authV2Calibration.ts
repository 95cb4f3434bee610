import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { CANONICAL_FORMS, DEMO_CANONICAL_FORM, type CanonicalForm } from './authV2';
import { TokenCache } from './tokenCache';

/**
 * Which auth-v2 canonical request form (see CANONICAL_FORMS) each C2 credential's server accepts,
 * learned in this n8n process. The C2 credential's "Canonical Request" option decides whether it
 * is learned at all: a fixed form is always sent as chosen.
 */

/** The C2 credential's option values (frozen: saved credentials hold them). */
export const CANONICAL_REQUEST_SETTINGS = ['automatic', ...CANONICAL_FORMS] as const;
export type CanonicalRequestSetting = (typeof CANONICAL_REQUEST_SETTINGS)[number];

export const CANONICAL_FORM_LABELS: Record<CanonicalForm, string> = {
	withoutEmptyQueryLine: 'Without Empty Query Line (the reference\'s Java demo)',
	withEmptyQueryLine: 'With Empty Query Line (the reference\'s prose)',
};

export function canonicalRequestSetting(credentials: ICredentialDataDecryptedObject): CanonicalRequestSetting {
	const value = credentials.canonicalRequest;
	return (CANONICAL_REQUEST_SETTINGS as readonly unknown[]).includes(value) ? (value as CanonicalRequestSetting) : 'automatic';
}

/**
 * The digest of the last credential object seen, with the values it was made from: a run signs
 * every item with one credential object, and a keyed HMAC per request is not free. Held per
 * object (weakly), checked against the object's current values.
 */
const KEYS = new WeakMap<object, { baseUrl: unknown; accessKey: unknown; secretKey: unknown; key: string }>();

/** Keyed by a digest of where and with what the credential signs: no secret is held in clear. */
function keyOf(credentials: ICredentialDataDecryptedObject): string {
	const known = KEYS.get(credentials);
	if (known && known.baseUrl === credentials.baseUrl && known.accessKey === credentials.accessKey && known.secretKey === credentials.secretKey) return known.key;
	const key = TokenCache.key('auth-v2', String(credentials.baseUrl ?? '').trim().replace(/\/+$/, ''), String(credentials.accessKey ?? ''), String(credentials.secretKey ?? ''));
	KEYS.set(credentials, { baseUrl: credentials.baseUrl, accessKey: credentials.accessKey, secretKey: credentials.secretKey, key });
	return key;
}

export class AuthV2Calibration {
	private readonly accepted = new Map<string, CanonicalForm>();

	/** The form to send first: the fixed one, or (Automatic) the one the server accepted, else the demo's. */
	formFor(credentials: ICredentialDataDecryptedObject): CanonicalForm {
		const setting = canonicalRequestSetting(credentials);
		if (setting !== 'automatic') return setting;
		return this.accepted.get(keyOf(credentials)) ?? DEMO_CANONICAL_FORM;
	}

	accept(credentials: ICredentialDataDecryptedObject, form: CanonicalForm): void {
		this.accepted.set(keyOf(credentials), form);
	}

	/** A refusal of the remembered form forgets it (the server may have been upgraded). */
	refuse(credentials: ICredentialDataDecryptedObject, form: CanonicalForm): void {
		const key = keyOf(credentials);
		if (this.accepted.get(key) === form) this.accepted.delete(key);
	}

	clear(): void {
		this.accepted.clear();
	}
}

export const authV2Calibration = new AuthV2Calibration();

/**
 * 4.3 says only that a failed authentication is answered HTTP 401. A 401 that names the signature,
 * or names no cause at all, may be the other canonical form; one that names the AK or the
 * timestamp cannot be fixed by it.
 */
export function isSignatureRefusal(statusCode: number, body: unknown): boolean {
	if (statusCode !== 401) return false;
	const text = answerText(body);
	if (/signature/i.test(text)) return true;
	return !/\b(ak|access ?key|timestamp|time ?stamp|clock|expired)\b/i.test(text);
}

/** The text of a parsed answer; a streamed one (file downloads) is not read, and says nothing. */
export function answerText(body: unknown): string {
	if (typeof body === 'string') return body;
	if (Buffer.isBuffer(body)) return body.toString('utf8');
	if (body && typeof body === 'object' && typeof (body as { pipe?: unknown }).pipe === 'function') return '';
	try {
		return JSON.stringify(body ?? '');
	} catch {
		return '';
	}
}
