import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The shared-key signature CEC adds to release callbacks (6.2.14.1 bidirectional calls, 14.4.1
 * voice notifications). The reference's Java code signs
 *   appSecret + "_" + timestamp + "_" + nonce + "_" + TreeMap.toString().replace(" ", "") minus its
 *   outer braces
 * with HMAC-SHA256 keyed by appSecret, Base64-encoded.
 */

const SIGNATURE_FIELDS = new Set(['timestamp', 'nonce', 'signature']);

/** Object.toString() of the value a Java JSON parser would have produced. */
function javaToString(value: unknown): string {
	if (value === null || value === undefined) return 'null';
	if (Array.isArray(value)) return `[${value.map(javaToString).join(', ')}]`;
	if (typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>);
		return `{${entries.map(([k, v]) => `${k}=${javaToString(v)}`).join(', ')}}`;
	}
	return String(value);
}

/** TreeMap<String, Object>.toString() of the callback parameters without timestamp/nonce/signature. */
export function javaTreeMapString(params: Record<string, unknown>): string {
	const keys = Object.keys(params)
		.filter((key) => !SIGNATURE_FIELDS.has(key))
		.sort();
	return `{${keys.map((key) => `${key}=${javaToString(params[key])}`).join(', ')}}`;
}

export interface CallbackSignatureInput {
	appSecret: string;
	timestamp: string | number;
	nonce: string;
	/** Every body parameter of the callback; timestamp, nonce and signature are ignored if present. */
	params: Record<string, unknown>;
}

export function callbackSignatureBase(input: CallbackSignatureInput): string {
	const paramStr = javaTreeMapString(input.params).replace(/ /g, '');
	return `${input.appSecret}_${input.timestamp}_${input.nonce}_${paramStr.substring(1, paramStr.length - 1)}`;
}

/** Returns the Base64 signature CEC puts in the callback's `signature` field. */
export function callbackSignature(input: CallbackSignatureInput): string {
	return createHmac('sha256', Buffer.from(input.appSecret, 'utf8'))
		.update(Buffer.from(callbackSignatureBase(input), 'utf8'))
		.digest('base64');
}

/** Timing-safe check of a received `signature` against the expected one. */
export function verifyCallbackSignature(input: CallbackSignatureInput & { signature: string }): boolean {
	const expected = Buffer.from(callbackSignature(input), 'utf8');
	const received = Buffer.from(String(input.signature ?? ''), 'utf8');
	return expected.length === received.length && timingSafeEqual(expected, received);
}
