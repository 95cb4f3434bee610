/**
 * Shared-key signature of the release callbacks (6.2.14.1, 14.4.1), reproduced from the doc's Java:
 *
 *   String paramStr = callbackParameters.toString().replace(" ", "");      // TreeMap<String,Object>
 *   String toSign = appSecret + "_" + timestamp + "_" + nonce + "_" + paramStr.substring(1, paramStr.length() - 1);
 *   Base64(HmacSHA256(key = appSecret, toSign))
 *
 * TreeMap.toString() renders "{k1=v1, k2=v2}" sorted by key (String.compareTo), null as "null",
 * nested maps as "{a=b}" and lists as "[x, y]". Every space is removed (even inside values) and only
 * the outer braces are cut, exactly as the reference code does.
 */
import { createHmac, randomBytes } from 'node:crypto';

export function javaToString(v: unknown): string {
	if (v === null || v === undefined) return 'null';
	if (Array.isArray(v)) return '[' + v.map(javaToString).join(', ') + ']';
	if (typeof v === 'object') {
		const entries = Object.keys(v as object)
			.sort(compareJavaStrings)
			.map((k) => `${k}=${javaToString((v as Record<string, unknown>)[k])}`);
		return '{' + entries.join(', ') + '}';
	}
	return String(v);
}

/** String.compareTo: UTF-16 code unit order (what JS < does). */
function compareJavaStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export function callbackParamString(params: Record<string, unknown>): string {
	const rest: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(params)) {
		if (k === 'timestamp' || k === 'nonce' || k === 'signature') continue;
		rest[k] = v;
	}
	const s = javaToString(rest).replace(/ /g, '');
	return s.substring(1, s.length - 1);
}

export function callbackSignature(params: Record<string, unknown>, appSecret: string, timestamp: string, nonce: string): string {
	const toSign = `${appSecret}_${timestamp}_${nonce}_${callbackParamString(params)}`;
	return createHmac('sha256', Buffer.from(appSecret, 'utf8')).update(Buffer.from(toSign, 'utf8')).digest('base64');
}

/** Adds timestamp (epoch ms), nonce (a random signed long, as in the doc's example) and signature. */
export function signCallbackBody(params: Record<string, unknown>, appSecret: string, now = Date.now()): Record<string, unknown> {
	const timestamp = String(now);
	const nonce = randomBytes(8).readBigInt64BE().toString();
	const signature = callbackSignature(params, appSecret, timestamp, nonce);
	return { ...params, timestamp, nonce, signature };
}
