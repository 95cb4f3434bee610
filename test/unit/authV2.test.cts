import { createHmac } from 'node:crypto';
import { canonicalHeaders, canonicalRequest, normalize, signAuthV2, signedHeaderNames } from '../../index';

/** The Variables table of reference 4.3 (HttpHead of the worked example). */
const EXAMPLE_HEADERS = { Host: '10.22.26.181:28080', 'Content-Length': '22', 'Content-Type': 'application/json;charset=UTF-8' };

/**
 * An independent auth-v2 implementation, written from the reference's prose rather than from the
 * Java demo: encodeURIComponent leaves !'()* unescaped, so those are patched, which is a different
 * route to the same PathUtils.normalize result.
 */
function independentNormalize(value: string): string {
	return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
function independentSign(p: { method: string; uri: string; query: Record<string, string>; headers: Record<string, string>; body: string; ak: string; sk: string; ts: string }): string {
	const names = Object.keys(p.headers).map((h) => h.toLowerCase());
	names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const signed = names.join(';');
	const lines = Object.entries(p.headers).map(([k, v]) => independentNormalize(k.toLowerCase()) + ':' + independentNormalize(v.trim()));
	lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const q = Object.entries(p.query).map(([k, v]) => independentNormalize(k) + '=' + independentNormalize(v));
	q.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	let canonical = p.method + '\n' + p.uri + '\n';
	if (q.length) canonical += q.join('&') + '\n';
	canonical += signed + '\n' + lines.join('\n') + '\n' + (p.body ? independentNormalize(p.body) : '');
	const prefix = 'auth-v2/' + p.ak + '/' + p.ts + '/' + signed;
	const key = createHmac('sha256', p.sk).update(prefix).digest('hex');
	return prefix + '/' + createHmac('sha256', key).update(canonical).digest('hex');
}

describe('auth-v2 signer (reference 4.3)', () => {
	it('reproduces the SignedHeaders of the worked example', () => {
		expect(signedHeaderNames(EXAMPLE_HEADERS)).toBe('content-length;content-type;host');
	});

	it('reproduces the CanonicalHeaders of the worked example', () => {
		expect(canonicalHeaders(EXAMPLE_HEADERS)).toBe('content-length:22\ncontent-type:application%2Fjson%3Bcharset%3DUTF-8\nhost:10.22.26.181%3A28080');
	});

	it('reproduces the CanonicalRequest of the worked example (no query line)', () => {
		// The table's CanonicalRequest normalizes this body (its "\ " marks are the line breaks).
		const body = '{"request":{"version":".0"},"msgBody":{"accountId":"","beginTime":"2018-06-29 10:42:49","endTime":"2018-07-02 10:42:49","agentId":"","callId":"","dataType":"call_record","callBackURL":"http://10.57.118.171:8080"}}';
		const expected = [
			'POST',
			'/rest/cmsapp/v1/ping',
			'content-length;content-type;host',
			'content-length:22',
			'content-type:application%2Fjson%3Bcharset%3DUTF-8',
			'host:10.22.26.181%3A28080',
			'%7B%22request%22%3A%7B%22version%22%3A%22.0%22%7D%2C%22msgBody%22%3A%7B%22accountId%22%3A%22%22%2C%22beginTime%22%3A%222018-06-29%2010%3A42%3A49%22%2C%22endTime%22%3A%222018-07-02%2010%3A42%3A49%22%2C%22agentId%22%3A%22%22%2C%22callId%22%3A%22%22%2C%22dataType%22%3A%22call_record%22%2C%22callBackURL%22%3A%22http%3A%2F%2F10.57.118.171%3A8080%22%7D%7D',
		].join('\n');
		expect(canonicalRequest({ method: 'POST', uri: '/rest/cmsapp/v1/ping', headers: EXAMPLE_HEADERS, body })).toBe(expected);
	});

	it('builds the Authorization prefix of the example and a 64-hex signature', () => {
		const auth = signAuthV2({ method: 'POST', uri: '/rest/cmsapp/v1/ping', headers: EXAMPLE_HEADERS, body: '{"say": "Hello world!"}', accessKey: 'globalak', secretKey: 'sk', timestamp: '2018-10-17T11:48:24Z' });
		expect(auth).toMatch(/^auth-v2\/globalak\/2018-10-17T11:48:24Z\/content-length;content-type;host\/[0-9a-f]{64}$/);
	});

	it('normalizes like PathUtils.normalize: UTF-8 bytes, uppercase hex, unreserved kept', () => {
		expect(normalize('aZ09-._~')).toBe('aZ09-._~');
		expect(normalize(' ')).toBe('%20');
		expect(normalize('é')).toBe('%C3%A9');
		expect(normalize("!*'()")).toBe('%21%2A%27%28%29');
		expect(normalize('123%456')).toBe('123%25456');
	});

	it('sorts query records and puts them on their own line', () => {
		const c = canonicalRequest({ method: 'get', uri: 'rest/x', query: { name: 'a b', id: '123' }, headers: { host: 'h:1' } });
		expect(c).toBe('GET\n/rest/x\nid=123&name=a%20b\nhost\nhost:h%3A1\n');
	});

	it('handles an empty body, mixed-case header names and padded values', () => {
		const a = signAuthV2({ method: 'POST', uri: '/x', headers: { HOST: ' h:1 ', 'Content-TYPE': 'application/json' }, accessKey: 'ak', secretKey: 'sk', timestamp: 't' });
		const b = signAuthV2({ method: 'POST', uri: '/x', headers: { host: 'h:1', 'content-type': 'application/json' }, body: '', accessKey: 'ak', secretKey: 'sk', timestamp: 't' });
		expect(a).toBe(b);
	});

	it('refuses to sign without host', () => {
		expect(() => signAuthV2({ method: 'POST', uri: '/x', headers: { 'content-type': 'x' }, accessKey: 'a', secretKey: 'b', timestamp: 't' })).toThrow(/host/);
	});

	it('agrees with an independent implementation on 500 arbitrary inputs', () => {
		let seed = 42;
		const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
		const alphabet = 'abcXYZ019 -._~!*\'()%&=/:;?#{}"中文é😀\t';
		const str = (max: number): string => Array.from({ length: Math.floor(rnd() * max) }, () => [...alphabet][Math.floor(rnd() * [...alphabet].length)]).join('');
		for (let i = 0; i < 500; i++) {
			const body = rnd() < 0.2 ? '' : JSON.stringify({ k: str(30), n: Math.floor(rnd() * 1e6), nested: { s: str(10) } });
			const headers: Record<string, string> = { host: `127.0.0.1:${1000 + Math.floor(rnd() * 60000)}`, 'content-type': 'application/json;charset=UTF-8', 'content-length': String(Buffer.byteLength(body)) };
			if (rnd() < 0.3) headers['X-Extra-' + str(5).replace(/[^a-z]/gi, 'a')] = str(12);
			const query: Record<string, string> = {};
			if (rnd() < 0.4) for (let j = 0; j < 3; j++) query['q' + j + str(3).replace(/[^a-z]/gi, '')] = str(8);
			const input = { method: 'POST', uri: '/rest/' + str(10).replace(/[^a-z0-9]/gi, 'x'), query, headers, body, ak: 'ak' + str(4), sk: 'sk' + str(8), ts: new Date(1.6e12 + rnd() * 1e11).toISOString() };
			expect(signAuthV2({ method: input.method, uri: input.uri, query, headers, body, accessKey: input.ak, secretKey: input.sk, timestamp: input.ts })).toBe(independentSign(input));
		}
	});
});
