import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

/**
 * Removes secrets from any text a server sent before it becomes an error, a description or a
 * log line: a hostile or misconfigured server may echo the request (its headers and body) back.
 * What is removed: the secret fields of the credential in use, the live tokens, GUIDs and
 * signatures of the request, and anything shaped like a bearer token or a request signature.
 */

/** The credential fields holding secrets (every `password: true` field of this pack's credentials). */
export const SECRET_CREDENTIAL_FIELDS = ['appSecret', 'secretKey', 'password', 'jwtPassword', 'serviceToken'];

/** Request headers whose values are live tokens, session ids or signatures. */
const LIVE_HEADERS = new Set(['authorization', 'guid', 'x-access-token', 'authtoken', 'token', 'cookie', 'x-auth-token']);

/** Shorter values are not scrubbed: they would shred codes and numbers, and protect nothing. */
const MIN_SECRET_LENGTH = 3;

export const REDACTED = '[redacted]';

/** Signed or bearer values, whatever their value: auth-v2 and SDK-HMAC-SHA256 signatures, bearer tokens. */
const SHAPES = [/\bBearer\s+[^\s"',;]+/gi, /\bauth-v2\/[^\s"',]+/gi, /\bSignature=[0-9a-fA-F]+/g, /\bAccess=[^\s"',;]+/g];

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The forms a value takes when echoed: as is, JSON-escaped, percent-encoded. */
function forms(value: string): string[] {
	const variants = new Set([value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)]);
	return [...variants];
}

/** A credential's secret values, in field order (what forCredentials scrubs). */
function secretValues(credentials: ICredentialDataDecryptedObject | undefined): string[] {
	return SECRET_CREDENTIAL_FIELDS.map((field) => credentials?.[field])
		.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
		.map(String);
}

/** One scrubber per credential object while its secrets are unchanged (a run reuses one object for every item). */
const BY_CREDENTIALS = new WeakMap<object, Scrubber>();

export class Scrubber {
	/** Built on first use: most requests succeed and never scrub anything. */
	private compiled?: { pattern?: RegExp };

	private constructor(private readonly values: string[]) {}

	private get pattern(): RegExp | undefined {
		if (!this.compiled) {
			const all = [...new Set(this.values.flatMap(forms))].filter((v) => v.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
			this.compiled = { pattern: all.length ? new RegExp(all.map(escapeRegExp).join('|'), 'g') : undefined };
		}
		return this.compiled.pattern;
	}

	/** A scrubber of the credential's secret fields. */
	static forCredentials(credentials: ICredentialDataDecryptedObject | undefined): Scrubber {
		const values = secretValues(credentials);
		if (!credentials) return new Scrubber(values);
		const known = BY_CREDENTIALS.get(credentials);
		if (known && known.values.length === values.length && known.values.every((v, i) => v === values[i])) return known;
		const made = new Scrubber(values);
		BY_CREDENTIALS.set(credentials, made);
		return made;
	}

	/** This scrubber plus live values: tokens, GUIDs, and the live headers of a request. */
	with(values: Array<string | undefined>, headers?: IDataObject): Scrubber {
		const extra = values.filter((v): v is string => typeof v === 'string');
		for (const [name, value] of Object.entries(headers ?? {})) {
			if (LIVE_HEADERS.has(name.toLowerCase()) && value !== undefined && value !== null) extra.push(String(value));
		}
		return new Scrubber([...this.values, ...extra]);
	}

	text(text: string): string {
		let out = this.pattern ? text.replace(this.pattern, REDACTED) : text;
		for (const shape of SHAPES) out = out.replace(shape, (match) => `${match.split(/[\s=/]/)[0]}${match.includes('=') ? '=' : match.includes('/') ? '/' : ' '}${REDACTED}`);
		return out;
	}

	/** Scrubs every string inside a JSON-like value (error details). */
	deep<T>(value: T): T {
		if (typeof value === 'string') return this.text(value) as T;
		if (Array.isArray(value)) return value.map((v) => this.deep(v)) as T;
		if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.deep(v)])) as T;
		}
		return value;
	}
}
