/**
 * Test helpers for the simulator suite. The auth-v2 signer and the callback-signature check
 * here are deliberately a THIRD implementation (independent of simulator/c2.ts and of the
 * node pack's signer), kept small, straight from section 4.3 / 6.2.14.1.
 */
import { createHash, createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export function enc(s: string): string {
	let out = '';
	for (const b of Buffer.from(s, 'utf8')) {
		const c = String.fromCharCode(b);
		out += /[A-Za-z0-9\-._~]/.test(c) ? c : '%' + b.toString(16).toUpperCase().padStart(2, '0');
	}
	return out;
}

const hmacHex = (k: string, d: string) => createHmac('sha256', k).update(d).digest('hex');

export function authV2(p: {
	ak: string;
	sk: string;
	method: string;
	uri: string;
	query?: Record<string, string>;
	headers: Record<string, string>;
	body: string;
	timestamp?: string;
}): string {
	const ts = p.timestamp ?? new Date().toISOString();
	const names = Object.keys(p.headers).map((h) => h.toLowerCase()).sort();
	const signed = names.join(';');
	const lower: Record<string, string> = {};
	for (const [k, v] of Object.entries(p.headers)) lower[k.toLowerCase()] = v.trim();
	const canonHeaders = names.map((n) => `${enc(n)}:${enc(lower[n])}`).sort().join('\n');
	const q = p.query && Object.keys(p.query).length ? Object.entries(p.query).map(([k, v]) => `${enc(k)}=${enc(v)}`).sort().join('&') + '\n' : '';
	const canonical = `${p.method}\n${p.uri}\n${q}${signed}\n${canonHeaders}\n${p.body ? enc(p.body) : ''}`;
	const prefix = `auth-v2/${p.ak}/${ts}/${signed}`;
	return `${prefix}/${hmacHex(hmacHex(p.sk, prefix), canonical)}`;
}

export interface RawResponse {
	status: number;
	headers: http.IncomingHttpHeaders;
	text: string;
	json: any;
}

/** node:http request with full control over headers (fetch forbids setting Host). */
export function raw(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawResponse> {
	return new Promise((resolve, reject) => {
		const u = new URL(url);
		const req = http.request(
			{ host: u.hostname, port: u.port, path: u.pathname + u.search, method: opts.method ?? 'GET', headers: opts.headers, agent: false },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					let json: any;
					try {
						json = JSON.parse(text);
					} catch {
						json = undefined;
					}
					resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
				});
				res.on('error', reject);
			},
		);
		req.on('error', reject);
		req.end(opts.body);
	});
}

/** POST JSON signed with auth-v2 over host, content-type and content-length. */
export async function c2Post(baseUrl: string, path: string, bodyObj: unknown, opts: { ak?: string; sk?: string; method?: string; query?: Record<string, string>; timestamp?: string } = {}): Promise<RawResponse> {
	const method = opts.method ?? 'POST';
	const body = bodyObj === undefined ? '' : JSON.stringify(bodyObj);
	const host = new URL(baseUrl).host;
	const headers: Record<string, string> = { Host: host, 'Content-Type': 'application/json;charset=UTF-8' };
	if (body) headers['Content-Length'] = String(Buffer.byteLength(body));
	const authorization = authV2({ ak: opts.ak ?? 'demo-ak', sk: opts.sk ?? 'demo-sk', method, uri: path, query: opts.query, headers, body, timestamp: opts.timestamp });
	const qs = opts.query ? '?' + Object.entries(opts.query).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&') : '';
	return raw(baseUrl + path + qs, { method, headers: { ...headers, Authorization: authorization }, body: body || undefined });
}

export async function json(url: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<{ status: number; headers: Headers; body: any }> {
	const res = await fetch(url, {
		method: init.method ?? 'POST',
		headers: { 'Content-Type': 'application/json', ...(init.headers ?? {}) },
		body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
	});
	const text = await res.text();
	let body: any;
	try {
		body = JSON.parse(text);
	} catch {
		body = text;
	}
	return { status: res.status, headers: res.headers, body };
}

export async function c1Token(baseUrl: string): Promise<string> {
	const r = await json(`${baseUrl}/apigovernance/api/oauth/tokenByAkSk`, { body: { app_key: 'demo-app-key', app_secret: 'demo-app-secret' } });
	if (r.status !== 200) throw new Error(`token failed ${r.status}`);
	return r.body.AccessToken as string;
}

export interface Received {
	method: string;
	url: string;
	headers: http.IncomingHttpHeaders;
	body: string;
	time: number;
}

/** A callback receiver on loopback; `respond` decides each answer (status + body). */
export async function receiver(respond: (r: Received, n: number) => { status: number; body?: unknown } = () => ({ status: 200, body: { retCode: '0', retMsg: 'success' } })): Promise<{
	url: string;
	received: Received[];
	waitFor: (n: number, timeoutMs?: number) => Promise<Received[]>;
	close: () => Promise<void>;
}> {
	const received: Received[] = [];
	const waiters: (() => void)[] = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const r: Received = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), time: Date.now() };
			received.push(r);
			const out = respond(r, received.length);
			res.writeHead(out.status, { 'Content-Type': 'application/json' });
			res.end(out.body === undefined ? '' : JSON.stringify(out.body));
			for (const w of waiters.splice(0)) w();
		});
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const port = (server.address() as AddressInfo).port;
	return {
		url: `http://127.0.0.1:${port}/callback`,
		received,
		waitFor: async (n, timeoutMs = 10000) => {
			const deadline = Date.now() + timeoutMs;
			while (received.length < n) {
				if (Date.now() > deadline) throw new Error(`timed out waiting for ${n} callbacks (got ${received.length})`);
				await new Promise<void>((r) => {
					waiters.push(r);
					setTimeout(r, 50);
				});
			}
			return received;
		},
		close: () =>
			new Promise<void>((r) => {
				server.close(() => r());
				server.closeAllConnections();
			}),
	};
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until<T>(fn: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 5000, stepMs = 20): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const v = await fn();
		if (v) return v;
		if (Date.now() > deadline) throw new Error('condition not met in time');
		await sleep(stepMs);
	}
}

/** Java TreeMap<String,Object>.toString() of flat string maps, per 6.2.14.1 (third implementation). */
export function expectedCallbackSignature(params: Record<string, unknown>, secret: string): string {
	const keys = Object.keys(params).filter((k) => !['timestamp', 'nonce', 'signature'].includes(k)).sort();
	const s = ('{' + keys.map((k) => `${k}=${params[k] === null ? 'null' : String(params[k])}`).join(', ') + '}').replace(/ /g, '');
	const toSign = `${secret}_${params.timestamp}_${params.nonce}_${s.substring(1, s.length - 1)}`;
	return createHmac('sha256', secret).update(toSign).digest('base64');
}

/**
 * Huawei API Gateway App signature (SDK-HMAC-SHA256), which 6.2.13's ITA caller uses: a small
 * third implementation for the simulator suite, for paths without query strings.
 */
export function sdkHmacSign(p: { appKey: string; appSecret: string; method: string; path: string; headers: Record<string, string>; body: string; now?: Date }): Record<string, string> {
	const date = (p.now ?? new Date()).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
	const headers: Record<string, string> = { ...p.headers, 'X-Sdk-Date': date };
	const names = Object.keys(headers).map((h) => h.toLowerCase()).sort();
	const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v.trim()]));
	const path = p.path.endsWith('/') ? p.path : `${p.path}/`;
	const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
	const canonical = `${p.method}\n${path}\n\n${names.map((n) => `${n}:${lower[n]}`).join('\n')}\n\n${names.join(';')}\n${sha(p.body)}`;
	const signature = createHmac('sha256', p.appSecret).update(`SDK-HMAC-SHA256\n${date}\n${sha(canonical)}`).digest('hex');
	return { ...headers, Authorization: `SDK-HMAC-SHA256 Access=${p.appKey}, SignedHeaders=${names.join(';')}, Signature=${signature}` };
}
