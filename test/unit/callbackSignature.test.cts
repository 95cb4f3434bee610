import { createHmac } from 'node:crypto';
import { callbackSignature, javaTreeMapString, verifyCallbackSignature } from '../../index';
import { callbackSignatureBase } from '../../nodes/shared/auth/callbackSignature';

describe('callback signature (6.2.14.1 / 14.4.1)', () => {
	it('renders the reference example as TreeMap.toString() does', () => {
		expect(javaTreeMapString({ b: '2', a: 1, d: 'null', c: '' })).toBe('{a=1, b=2, c=, d=null}');
	});

	it('drops timestamp, nonce and signature, removes spaces and the outer braces', () => {
		const base = callbackSignatureBase({
			appSecret: 'key',
			timestamp: 1700000000000,
			nonce: 'n1',
			params: { b: '2', a: 1, d: 'null', c: '', timestamp: 1, nonce: 'x', signature: 'y', e: 'with space', f: null },
		});
		expect(base).toBe('key_1700000000000_n1_a=1,b=2,c=,d=null,e=withspace,f=null');
	});

	it('is HMAC-SHA256 keyed by the shared key, Base64', () => {
		const params = { callSerialNo: '123', releaseReason: 'normal', called: '8613800000000' };
		const expected = createHmac('sha256', 'secret').update('secret_170_abc_callSerialNo=123,called=8613800000000,releaseReason=normal').digest('base64');
		expect(callbackSignature({ appSecret: 'secret', timestamp: '170', nonce: 'abc', params })).toBe(expected);
	});

	it('verifies in constant time and rejects forgeries and wrong lengths', () => {
		const input = { appSecret: 'secret', timestamp: '170', nonce: 'abc', params: { a: 1 } };
		const signature = callbackSignature(input);
		expect(verifyCallbackSignature({ ...input, signature })).toBe(true);
		expect(verifyCallbackSignature({ ...input, signature: signature.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) })).toBe(false);
		expect(verifyCallbackSignature({ ...input, signature: 'short' })).toBe(false);
		expect(verifyCallbackSignature({ ...input, params: { a: 2 }, signature })).toBe(false);
	});
});
