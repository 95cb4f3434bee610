import { gzipSync } from 'node:zlib';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { HuaweiCecAkSkApi } from '../../credentials/HuaweiCecAkSkApi.credentials';
import { HuaweiCecItaApi } from '../../credentials/HuaweiCecItaApi.credentials';
import { HuaweiCec } from '../../nodes/HuaweiCec/HuaweiCec.node';
import { agentSessions } from '../../nodes/shared/auth/agentSessions';
import { signAuthV2 } from '../../nodes/shared/auth/authV2';
import type { CredentialTypeName } from '../../nodes/shared/auth/strategies';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { cecRequestWith, type CecCall } from '../../nodes/shared/transport/cecRequest';
import { MAX_RETRY_AFTER_MS, MAX_RETRY_WAIT_TOTAL_MS } from '../../nodes/shared/transport/retry';
import { n8nSend } from '../../nodes/shared/transport/wire';
import { startSimulator } from '../../simulator/index.cjs';
import { createHarness } from '../helpers/n8n.cjs';
import { call, helperContext, TEST_NODE } from '../helpers/transport.cjs';
import { echo, hostileServer, json, type HostileServer, type Received } from './hostileHttp.cjs';

/**
 * Attacks on the transport by the server it talks to, each kept as a regression test: echoed
 * secrets, drip-fed and oversized answers, hostile Retry-After and Content-Disposition values,
 * header injection. Hostile loopback servers, n8n's real HTTP stack, and n8n-core for the node runs.
 */

const SECRETS = { appSecret: 'APP-SECRET-7f3a9b11', secretKey: 'SK-SECRET-5d1e8c22', password: 'AGENT-PASSWORD-44b233', jwtPassword: 'SIA-JWT-9e0d7144', itaSecret: 'ITA-SECRET-61aa0c55' };
const LIVE = { c1Token: 'LIVE-BEARER-0a1b2c3d', c3Token: 'LIVE-OIAP-4e5f6071', guid: 'LIVE-GUID-82a3b4c5', siaToken: 'LIVE-SIA-8c9dae0f' };

let cec: HostileServer;
/** How the CEC server answers business requests (token and sign-in requests answer like CEC unless `auth` says otherwise). */
let business: (request: Received, res: import('node:http').ServerResponse) => void;
let auth: ((request: Received, res: import('node:http').ServerResponse) => boolean) | undefined;

const TOKEN_ANSWERS: Record<string, (res: import('node:http').ServerResponse) => void> = {
	'/apigovernance/api/oauth/tokenByAkSk': (res) => json(res, 200, { AccessToken: LIVE.c1Token, Expires: 600 }),
	'/oifde/rest/api/gettoken': (res) => json(res, 200, { errorCode: '0', authToken: LIVE.c3Token, expireTime: 3600 }),
	'/agentgateway/resource/config/login': (res) => json(res, 200, { retcode: '0', result: { guid: LIVE.guid } }),
	'/agentgateway/resource/onlineagent/101': (res) => json(res, 200, { retcode: '0', message: 'success' }, { 'Set-GUID': `JSESSIONID=${LIVE.guid}` }),
	'/rest/sia/v1/tokens/jwt/sia': (res) => json(res, 200, { token: LIVE.siaToken, expiredAt: '2099-01-01T00:00:00+0000' }),
};

beforeAll(async () => {
	cec = await hostileServer((request, res) => {
		if (auth?.(request, res)) return;
		const token = TOKEN_ANSWERS[request.url.split('?')[0]];
		if (token) token(res);
		else business(request, res);
	});
});
afterAll(async () => await cec.close());
beforeEach(() => {
	tokenCache.clear();
	agentSessions.clear();
	cec.received.length = 0;
	auth = undefined;
	business = (_request, res) => json(res, 200, { retcode: '0', resultCode: '0' });
});

const QUERY: CecCall = { method: 'POST', path: '/rest/probe/v1/query', body: { probe: true }, idempotent: true, family: 'config', section: '9.9.9', autoSignIn: true };

const MODES: Array<{ mode: string; type: CredentialTypeName; credentials: (extra?: ICredentialDataDecryptedObject) => ICredentialDataDecryptedObject; authPath?: string }> = [
	{ mode: 'C1', type: 'huaweiCecApiFabricApi', credentials: (x) => ({ baseUrl: cec.url, appKey: 'ak-c1', appSecret: SECRETS.appSecret, ...x }), authPath: '/apigovernance/api/oauth/tokenByAkSk' },
	{ mode: 'C2', type: 'huaweiCecAkSkApi', credentials: (x) => ({ baseUrl: cec.url, accessKey: 'ak-c2', secretKey: SECRETS.secretKey, ...x }) },
	{ mode: 'C3', type: 'huaweiCecOiapApi', credentials: (x) => ({ baseUrl: cec.url, appKey: 'ak-c3', appSecret: SECRETS.appSecret, ...x }), authPath: '/oifde/rest/api/gettoken' },
	{ mode: 'C4', type: 'huaweiCecAgentGatewayApi', credentials: (x) => ({ baseUrl: cec.url, agentId: 101, password: SECRETS.password, phoneNumber: '7000101', ...x }), authPath: '/agentgateway/resource/onlineagent/101' },
	{ mode: 'C5', type: 'huaweiCecGatewayConfigApi', credentials: (x) => ({ baseUrl: cec.url, agentId: 101, password: SECRETS.password, ...x }), authPath: '/agentgateway/resource/config/login' },
	{ mode: 'SIA', type: 'huaweiCecSiaApi', credentials: (x) => ({ baseUrl: cec.url, jwtPassword: SECRETS.jwtPassword, domain: 'tenant.example', ...x }), authPath: '/rest/sia/v1/tokens/jwt/sia' },
	{ mode: 'ITA', type: 'huaweiCecItaApi', credentials: (x) => ({ baseUrl: cec.url, appKey: 'ak-ita', appSecret: SECRETS.itaSecret, ...x }) },
];

async function failure(type: CredentialTypeName, credentials: ICredentialDataDecryptedObject, cecCall: CecCall = QUERY): Promise<NodeApiError> {
	const error = await call(type, credentials, cecCall).then(
		() => undefined,
		(e: unknown) => e,
	);
	expect(error).toBeInstanceOf(NodeApiError);
	return error as NodeApiError;
}

/** Everything the user, the saved execution and the log can see of an error. */
function shown(error: Error & { description?: string | null }): string {
	return `${error.message}\n${error.description ?? ''}\n${JSON.stringify(error)}`;
}

/** The signatures the server received (auth-v2's last segment, SDK-HMAC-SHA256's Signature=). */
function signaturesReceived(): string[] {
	return cec.received
		.map((r) => String(r.headers.authorization ?? ''))
		.map((value) => /Signature=([0-9a-f]+)/.exec(value)?.[1] ?? (value.startsWith('auth-v2/') ? value.split('/').pop()! : ''))
		.filter(Boolean);
}

describe('a server that echoes the request into its error message', () => {
	describe.each(MODES)('$mode', ({ type, credentials, authPath }) => {
		it('business request: the error names the failure but holds no secret, token, GUID or signature', async () => {
			business = (request, res) => json(res, 200, { retcode: 'E77', resultCode: 'E77', errorCode: 'E77', message: `bad request: ${echo(request)}`, resultDesc: echo(request) });
			const error = await failure(type, credentials());
			expect(error.message).toContain('bad request:');
			expect(error.description).toContain('9.9.9 POST /rest/probe/v1/query answered HTTP 200');
			const text = shown(error);
			expect(text).toContain('[redacted]');
			for (const secret of [...Object.values(SECRETS), ...Object.values(LIVE), ...signaturesReceived()]) expect(text).not.toContain(secret);
			// The echo really carried the secrets: the test would see them unscrubbed.
			expect(cec.all()).toMatch(/LIVE-|auth-v2\/|Signature=/);
		});

		if (authPath) {
			it('token or sign-in request: the refusal holds no secret', async () => {
				auth = (request, res) => {
					if (!request.url.startsWith(authPath)) return false;
					json(res, 401, { retcode: '1', errorCode: '1', error_code: '1', error_msg: echo(request), errorMsg: echo(request), message: echo(request) });
					return true;
				};
				const error = await failure(type, credentials());
				expect(cec.received[0].body).toMatch(/SECRET|PASSWORD|JWT/);
				for (const secret of Object.values(SECRETS)) expect(shown(error)).not.toContain(secret);
			});
		}
	});

	it('an answer that is not JSON is quoted scrubbed', async () => {
		business = (request, res) => {
			res.writeHead(200, { 'Content-Type': 'text/plain' });
			res.end(echo(request));
		};
		const error = await failure('huaweiCecApiFabricApi', MODES[0].credentials());
		expect(error.message).toContain('with a body that is not JSON');
		expect(error.description).toContain('[redacted]');
		expect(shown(error)).not.toContain(LIVE.c1Token);
	});

	it('a secret at the cut of a long answer does not survive in part, and the quote is bounded', async () => {
		business = (request, res) => {
			res.writeHead(200, { 'Content-Type': 'text/plain' });
			res.end(`${'.'.repeat(290)}${String(request.headers.authorization).replace('Bearer ', '')} ${'z'.repeat(5000)}`);
		};
		const error = await failure('huaweiCecApiFabricApi', MODES[0].credentials());
		expect(error.description).not.toContain(LIVE.c1Token.slice(0, 4));
		expect(error.description!.length).toBeLessThanOrEqual(301);
		business = (_request, res) => json(res, 200, { resultCode: 'E9', resultDesc: 'w'.repeat(100_000) });
		const long = await failure('huaweiCecApiFabricApi', MODES[0].credentials());
		expect(long.message.length).toBeLessThan(1100);
	});

	it('through n8n-core, the saved execution holds no secret (C1 and C2)', async () => {
		const n8n = await createHarness({ huaweiCecApiFabricApi: MODES[0].credentials(), huaweiCecAkSkApi: MODES[1].credentials() });
		business = (request, res) => json(res, 400, { resultCode: '0200001', resultDesc: echo(request) });
		const c1 = await n8n.runNode(new HuaweiCec(), { authentication: 'C1', interface: '5.1.4', jsonBody: '{}' }, [{}], { credentials: ['huaweiCecApiFabricApi'] });
		const c2 = await n8n.runNode(new HuaweiCec(), { authentication: 'C2', interface: '7.1.7', pathParameters: { parameter: [{ name: 'vdnId', value: '1' }] } }, [{}], { credentials: ['huaweiCecAkSkApi'] });
		expect(c1.error?.name).toBe('NodeApiError');
		expect(c2.error?.name).toBe('NodeApiError');
		const saved = JSON.stringify([c1.run, c2.run, c1.error, c2.error]);
		for (const secret of [LIVE.c1Token, SECRETS.appSecret, SECRETS.secretKey, ...signaturesReceived()]) expect(saved).not.toContain(secret);
	});
});

it('the C4 and C5 credential tests quote the refusal without the password', async () => {
	const n8n = await createHarness({});
	auth = (request, res) => {
		if (!request.url.startsWith('/agentgateway')) return false;
		json(res, 200, { retcode: 'E1', message: `refused: ${echo(request)}` });
		return true;
	};
	const c4 = await n8n.testCredential(new HuaweiCec(), 'testAgentGateway', 'huaweiCecAgentGatewayApi', MODES[3].credentials());
	const c5 = await n8n.testCredential(new HuaweiCec(), 'testGatewayConfig', 'huaweiCecGatewayConfigApi', MODES[4].credentials());
	expect(c4).toMatchObject({ status: 'Error', message: expect.stringContaining('refused:') });
	expect(c5).toMatchObject({ status: 'Error', message: expect.stringContaining('refused:') });
	expect(cec.all()).toContain(SECRETS.password);
	expect(JSON.stringify([c4, c5])).not.toContain(SECRETS.password);
});

/** A server that sends its headers, then one byte every 500 ms, for 20 s. */
function drip(res: import('node:http').ServerResponse): void {
	res.writeHead(200, { 'Content-Type': 'application/json' });
	res.write('{"resultCode":"0","data":"');
	let sent = 0;
	const timer = setInterval(() => {
		if (res.destroyed || ++sent > 40) {
			clearInterval(timer);
			if (!res.destroyed) res.end('"}');
			return;
		}
		res.write('x');
	}, 500);
	res.on('close', () => clearInterval(timer));
}

describe('a total deadline per request (the credential timeout, 2 s here)', () => {
	it.each(MODES)('$mode: a drip-fed answer fails at the deadline, naming the interface', async ({ type, credentials }) => {
		business = (_request, res) => drip(res);
		const started = Date.now();
		const error = await failure(type, credentials({ timeout: 2000 }));
		const elapsed = Date.now() - started;
		expect(elapsed).toBeGreaterThanOrEqual(1900);
		expect(elapsed).toBeLessThan(3500);
		expect(error.message).toBe('CEC did not answer 9.9.9 POST /rest/probe/v1/query: no complete answer within the 2000 ms deadline (the credential\'s Timeout)');
		// A missed deadline is final: the user waits the timeout, not four of them.
		expect(cec.received.filter((r) => r.url.startsWith('/rest/probe'))).toHaveLength(1);
	});

	it.each(MODES.filter((m) => m.authPath))('$mode: a drip-fed token or sign-in answer fails at the deadline, naming the interface', async ({ type, credentials, authPath }) => {
		auth = (request, res) => {
			if (!request.url.startsWith(authPath!)) return false;
			drip(res);
			return true;
		};
		const started = Date.now();
		const error = await failure(type, credentials({ timeout: 2000 }));
		expect(Date.now() - started).toBeLessThan(3500);
		expect(error.message).toMatch(/^(Could not authenticate 9\.9\.9 POST \/rest\/probe\/v1\/query: no complete answer within the 2000 ms deadline|CEC did not answer)/);
		expect(error.message).toContain('9.9.9 POST /rest/probe/v1/query');
	});

	it('headers that never come fail at the deadline too', async () => {
		business = () => undefined;
		const started = Date.now();
		const error = await failure('huaweiCecApiFabricApi', MODES[0].credentials({ timeout: 1500 }), { ...QUERY, idempotent: false });
		expect(Date.now() - started).toBeLessThan(3000);
		expect(error.message).toMatch(/9\.9\.9 POST \/rest\/probe\/v1\/query: /);
	});

	it('through n8n-core (which swaps the abort signal of signed requests), C2 still ends at the deadline', async () => {
		const n8n = await createHarness({ huaweiCecAkSkApi: MODES[1].credentials({ timeout: 2000 }) });
		business = (_request, res) => drip(res);
		const started = Date.now();
		const r = await n8n.runNode(new HuaweiCec(), { authentication: 'C2', interface: '7.1.7', pathParameters: { parameter: [{ name: 'vdnId', value: '1' }] } }, [{}], { credentials: ['huaweiCecAkSkApi'] });
		expect(Date.now() - started).toBeLessThan(3500);
		expect(r.error?.message).toContain('no complete answer within the 2000 ms deadline');
		expect(r.error?.message).toContain('7.1.7');
	});
});

describe('a cap on JSON answer size (decompressed)', () => {
	let bomb: Buffer;
	beforeAll(() => {
		// 300 MB of JSON once decompressed, about 300 KB on the wire.
		const inner = Buffer.alloc(300 * 1024 * 1024, 0x30);
		bomb = gzipSync(Buffer.concat([Buffer.from('{"resultCode":"0","data":"'), inner, Buffer.from('"}')]), { level: 9 });
	});

	it('a 300 KB gzip bomb fails at the 16 MB default, without inflating 300 MB', async () => {
		expect(bomb.length).toBeLessThan(400 * 1024);
		business = (_request, res) => {
			res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Content-Length': bomb.length });
			res.end(bomb);
		};
		const before = process.memoryUsage().rss;
		const error = await failure('huaweiCecAkSkApi', MODES[1].credentials());
		expect(error.message).toBe('CEC did not answer 9.9.9 POST /rest/probe/v1/query: the answer is larger than 16 MB (the credential\'s Max Answer Size); it was not read further');
		expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
	});

	it('the cap is the credential\'s option: 2 MB refuses a 3 MB answer and keeps a 1 MB one', async () => {
		let size = 3 * 1024 * 1024;
		business = (_request, res) => json(res, 200, { resultCode: '0', data: 'y'.repeat(size) });
		const error = await failure('huaweiCecApiFabricApi', MODES[0].credentials({ maxAnswerMb: 2 }));
		expect(error.message).toContain('larger than 2 MB');
		size = 1024 * 1024;
		const ok = await call('huaweiCecApiFabricApi', MODES[0].credentials({ maxAnswerMb: 2 }), QUERY);
		expect(String((ok.body as { data: string }).data)).toHaveLength(size);
	});

	it('the JSON refusal of a download is read bounded and quoted scrubbed', async () => {
		const n8n = await createHarness({ huaweiCecAkSkApi: MODES[1].credentials({ maxAnswerMb: 1 }) });
		const download = { authentication: 'C2', interface: '13.2.1.4', jsonBody: JSON.stringify({ request: { version: '2.0' }, msgBody: { fileName: 'Y:/a.wav' } }) };
		business = (request, res) => json(res, 200, { resultCode: '0399999', resultDesc: `no file: ${echo(request)}` });
		const refused = await n8n.runNode(new HuaweiCec(), download, [{}], { credentials: ['huaweiCecAkSkApi'] });
		expect(refused.error?.message).toMatch(/^no file: .*auth-v2\/\[redacted\].*\(resultCode 0399999\)$/s);
		expect(JSON.stringify([refused.error, refused.run])).not.toContain(SECRETS.secretKey);
		for (const signature of signaturesReceived()) expect(JSON.stringify([refused.error, refused.run])).not.toContain(signature);
		business = (_request, res) => json(res, 200, { resultCode: '0300029', resultDesc: 'z'.repeat(2 * 1024 * 1024) });
		const huge = await n8n.runNode(new HuaweiCec(), download, [{}], { credentials: ['huaweiCecAkSkApi'] });
		expect(huge.error?.message).toContain('the answer is larger than 1 MB');
	});

	it('a file download is not capped (streamed into binary data)', async () => {
		const n8n = await createHarness({ huaweiCecAkSkApi: MODES[1].credentials({ maxAnswerMb: 1 }) });
		const file = Buffer.alloc(3 * 1024 * 1024 + 5, 7);
		business = (_request, res) => {
			res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Disposition': 'attachment; filename="call.wav"', 'Content-Length': file.length });
			res.end(file);
		};
		const r = await n8n.runNode(new HuaweiCec(), { authentication: 'C2', interface: '13.2.1.4', jsonBody: JSON.stringify({ request: { version: '2.0' }, msgBody: { fileName: 'Y:/a.wav' } }) }, [{}], { credentials: ['huaweiCecAkSkApi'] });
		expect(r.error).toBeUndefined();
		expect(r.outputs[0][0].json).toMatchObject({ fileName: 'call.wav', fileSize: file.length });
	});
});

describe('low findings', () => {
	it('a C2 GET with a body is refused before anything is sent, naming the interface', async () => {
		const n8n = await createHarness({ huaweiCecAkSkApi: MODES[1].credentials() });
		const r = await n8n.runNode(new HuaweiCec(), { authentication: 'C2', interface: '7.1.7', pathParameters: { parameter: [{ name: 'vdnId', value: '1' }] }, jsonBody: '{"campaignId":"1"}' }, [{}], { credentials: ['huaweiCecAkSkApi'] });
		expect(r.error?.name).toBe('NodeOperationError');
		expect(r.error?.message).toContain('7.1.7 GET /rest/isales/v1/openapi/campaigns/1 is a GET request, which carries no body, but a body was given');
		expect(cec.received).toEqual([]);
	});

	it('the C2 credential signs no body on a GET (n8n drops it), so the HTTP Request node gets an answer, not a hang', async () => {
		const sim = await startSimulator({ port: 0, timeScale: 0.01 });
		try {
			const credentials = { baseUrl: sim.url, accessKey: sim.credentials.ak, secretKey: sim.credentials.sk, timeout: 5000 };
			const signed = await new HuaweiCecAkSkApi().authenticate(credentials, { method: 'GET', url: `${sim.url}/rest/isales/v1/openapi/campaigns/1`, body: { campaignId: '1' } });
			expect(signed.body).toBeUndefined();
			expect((signed.headers as Record<string, string>)['Content-Length']).toBe('0');
			const started = Date.now();
			const response = (await helperContext(credentials).helpers.httpRequest({ ...signed, returnFullResponse: true, ignoreHttpStatusErrors: true, timeout: 5000 })) as { statusCode: number; body: { resultCode: string } };
			expect(Date.now() - started).toBeLessThan(2000);
			expect(response.statusCode).toBe(200);
			expect(response.body.resultCode).toBe('0200000');
		} finally {
			await sim.close();
		}
	});

	it('a hostile Retry-After costs at most 10 s per wait and 30 s per request in total', async () => {
		business = (_request, res) => json(res, 429, { message: 'slow down' }, { 'Retry-After': '86400' });
		const waits: number[] = [];
		const credentials = MODES[0].credentials();
		const error = await cecRequestWith(
			{ send: n8nSend(helperContext(credentials)), node: TEST_NODE, credentialType: 'huaweiCecApiFabricApi', credentials, wait: async (ms) => void waits.push(ms) },
			{ ...QUERY, maxAttempts: 20 },
		).catch((e: unknown) => e as NodeApiError);
		expect(waits.every((ms) => ms <= MAX_RETRY_AFTER_MS)).toBe(true);
		expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(MAX_RETRY_WAIT_TOTAL_MS);
		expect(waits).toEqual([10_000, 10_000, 10_000]);
		expect(error).toBeInstanceOf(NodeApiError);
		// A 429 without a CEC result code comes from a firewall or rate limiter in front of CEC.
		expect((error as NodeApiError).message).toContain('blocked before reaching CEC');
		expect(cec.received.filter((r) => r.url.startsWith('/rest/probe'))).toHaveLength(4);
	});

	it.each([
		['a malformed escape', 'attachment; filename="%E0%A4%A.wav"', 'download13_2_1_4.bin'],
		['a path', 'attachment; filename="..%2F..%2Fetc%2Fpasswd"', 'passwd'],
		['control characters', 'attachment; filename="a%0D%0Ab.wav"', 'download13_2_1_4.bin'],
		['a UTF-8 name', "attachment; filename*=UTF-8''%E5%BD%95%E9%9F%B3.wav", '录音.wav'],
	])('a Content-Disposition file name with %s gives a safe name, never "URI malformed"', async (_name, disposition, expected) => {
		const n8n = await createHarness({ huaweiCecAkSkApi: MODES[1].credentials() });
		business = (_request, res) => {
			res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Disposition': disposition });
			res.end(Buffer.from('RIFF'));
		};
		const r = await n8n.runNode(new HuaweiCec(), { authentication: 'C2', interface: '13.2.1.4', jsonBody: JSON.stringify({ request: { version: '2.0' }, msgBody: { fileName: 'Y:/a.wav' } }) }, [{}], { credentials: ['huaweiCecAkSkApi'] });
		expect(r.error).toBeUndefined();
		expect(r.outputs[0][0].json.fileName).toBe(expected);
	});

	it('CR/LF in a header value is refused with the header named, and nothing is sent', async () => {
		const error = await call('huaweiCecApiFabricApi', MODES[0].credentials(), { ...QUERY, headers: { 'X-Trace': 'a\r\nX-Injected: 1' } }).catch((e: unknown) => e as Error);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toBe('The header "X-Trace" given for this request contains a line break or another control character, which HTTP headers cannot carry');
		expect(cec.received).toEqual([]);
	});

	it('CR/LF from the credential or from a hostile token service is refused too', async () => {
		const fromCredential = await call('huaweiCecApiFabricApi', MODES[0].credentials({ xAppKey: 'key\nX-Injected: 1' }), QUERY).catch((e: unknown) => e as Error);
		expect((fromCredential as Error).message).toMatch(/The header "x-app-key" of the authenticated request contains a line break/i);
		tokenCache.clear();
		auth = (request, res) => {
			if (!request.url.startsWith('/apigovernance')) return false;
			json(res, 200, { AccessToken: 'tok\r\nX-Injected: 1', Expires: 600 });
			return true;
		};
		const fromToken = await call('huaweiCecApiFabricApi', MODES[0].credentials({ appSecret: 'other-secret' }), QUERY).catch((e: unknown) => e as Error);
		expect((fromToken as Error).message).toContain('The header "Authorization" of the authenticated request contains a line break');
		expect(cec.received.filter((r) => r.url.startsWith('/rest/probe'))).toEqual([]);
	});

	it('the C2 credential keeps repeated query parameters, signed and sent', async () => {
		const credentials = MODES[1].credentials();
		const signed = await new HuaweiCecAkSkApi().authenticate(credentials, { method: 'GET', url: `${cec.url}/rest/probe/v1/query?a=1&a=2&b=3` });
		const url = new URL(String(signed.url));
		expect(url.searchParams.getAll('a')).toEqual(['1', '2']);
		const authorization = String((signed.headers as Record<string, string>).Authorization);
		const [, , timestamp] = authorization.split('/');
		const expected = signAuthV2({
			method: 'GET',
			uri: '/rest/probe/v1/query',
			query: { a: ['1', '2'], b: '3' },
			headers: { host: url.host, 'content-length': 0, 'content-type': 'application/json;charset=UTF-8' },
			body: '',
			accessKey: 'ak-c2',
			secretKey: SECRETS.secretKey,
			timestamp,
		});
		expect(authorization).toBe(expected);
		await helperContext(credentials).helpers.httpRequest({ ...signed, returnFullResponse: true, ignoreHttpStatusErrors: true });
		expect(cec.received[0].url).toBe('/rest/probe/v1/query?a=1&a=2&b=3');
	});

	it('the ITA credential signs a path with a malformed escape (%zz) instead of throwing', async () => {
		const signed = await new HuaweiCecItaApi().authenticate(MODES[6].credentials(), { method: 'POST', url: `${cec.url}/apiaccess/x/%zz`, body: '{}' });
		expect(String((signed.headers as Record<string, string>).Authorization)).toMatch(/^SDK-HMAC-SHA256 Access=ak-ita, SignedHeaders=\S+, Signature=[0-9a-f]{64}$/);
	});
});
