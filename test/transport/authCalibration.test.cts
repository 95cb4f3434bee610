import { NodeApiError } from 'n8n-workflow';
import { startSimulator, signAuthV2 as simSign, type Simulator } from '../../simulator/index.cjs';
import { HuaweiCecReports } from '../../nodes/HuaweiCecReports/HuaweiCecReports.node';
import { HuaweiCecFileReadyTrigger } from '../../nodes/HuaweiCecFileReadyTrigger/HuaweiCecFileReadyTrigger.node';
import { HuaweiCecAkSkApi } from '../../credentials/HuaweiCecAkSkApi.credentials';
import { authV2Calibration } from '../../nodes/shared/auth/authV2Calibration';
import { canonicalRequest } from '../../nodes/shared/auth/authV2';
import { verifyAuthV2 } from '../../nodes/shared/webhook/verify';
import { createHarness, simulatorCredentials } from '../helpers/n8n.cjs';
import { call } from '../helpers/transport.cjs';

/**
 * auth-v2 (4.3) without a query string has two readings: the reference's Java demo leaves the
 * query line out, its prose keeps it empty. The simulator is started in each reading; the C2
 * credential's Automatic option must find the accepted one with one repeat, then send it first.
 */

type Form = 'withoutEmptyQueryLine' | 'withEmptyQueryLine';
const FORMS: Form[] = ['withoutEmptyQueryLine', 'withEmptyQueryLine'];
const sims: Partial<Record<Form, Simulator>> = {};

beforeAll(async () => {
	for (const form of FORMS) sims[form] = await startSimulator({ port: 0, timeScale: 0.01, c2CanonicalForm: form });
});
afterAll(async () => {
	for (const form of FORMS) await sims[form]?.close();
});
beforeEach(() => {
	authV2Calibration.clear();
	for (const form of FORMS) sims[form]?.reset();
});

const PING = { method: 'POST' as const, path: '/rest/cmsapp/v1/ping', body: { say: 'Hello world!' }, idempotent: true, family: 'cms', section: '12.3.7' };
const c2Of = (sim: Simulator, canonicalRequest = 'automatic') => ({ ...simulatorCredentials(sim).huaweiCecAkSkApi, canonicalRequest });
const pings = (sim: Simulator) => sim.requests.filter((r) => r.path === PING.path);

describe.each(FORMS)('a server that accepts the canonical request %s', (form) => {
	const sim = () => sims[form] as Simulator;

	it('Automatic finds the accepted form with at most one repeat, then sends it first', async () => {
		const credentials = c2Of(sim());
		expect((await call('huaweiCecAkSkApi', credentials, PING)).statusCode).toBe(200);
		const first = pings(sim()).map((r) => r.status);
		// The demo's form is sent first: a demo-form server accepts it at once, a prose-form server refuses it once.
		expect(first).toEqual(form === 'withoutEmptyQueryLine' ? [200] : [401, 200]);

		sim().clearRequests();
		expect((await call('huaweiCecAkSkApi', credentials, PING)).statusCode).toBe(200);
		expect((await call('huaweiCecAkSkApi', credentials, PING)).statusCode).toBe(200);
		expect(pings(sim()).map((r) => r.status)).toEqual([200, 200]);
	});

	it('the accepted request is signed over the canonical request of that form (bytes on the wire)', async () => {
		await call('huaweiCecAkSkApi', c2Of(sim()), PING);
		const accepted = pings(sim()).find((r) => r.status === 200);
		expect(accepted).toBeDefined();
		const sent = accepted!;
		expect(sent.rawQuery).toBe('');
		const [, ak, timestamp] = String(sent.headers.authorization).split('/');
		const headers = { host: String(sent.headers.host), 'content-length': String(sent.headers['content-length']), 'content-type': String(sent.headers['content-type']) };
		const rebuilt = simSign({ ak, sk: sim().credentials.sk, method: 'POST', uri: PING.path, headers, body: sent.body, timestampMs: Date.parse(timestamp), form });
		expect(sent.headers.authorization).toBe(rebuilt);
		const lines = canonicalRequest({ method: 'POST', uri: PING.path, headers, body: sent.body, canonicalForm: form }).split('\n');
		expect(lines[2]).toBe(form === 'withEmptyQueryLine' ? '' : 'content-length;content-type;host');
	});

	it('a state change refused for its signature is repeated once and applied once', async () => {
		const path = '/rest/isales/v1/openapi/campaigns/1/blocklist/add';
		const number = '13100000077';
		const response = await call('huaweiCecAkSkApi', c2Of(sim()), { method: 'POST', path, body: { blocklist: [number] }, idempotent: false, family: 'isales', section: '7.3.1' });
		expect((response.body as { resultCode: string }).resultCode).toBe('0200000');
		const adds = sim().requests.filter((r) => r.path === path);
		expect(adds.map((r) => r.status)).toEqual(form === 'withoutEmptyQueryLine' ? [200] : [401, 200]);
		// Applied once: adding the same number again is refused as a duplicate.
		const again = await call('huaweiCecAkSkApi', c2Of(sim()), { method: 'POST', path, body: { blocklist: [number] }, idempotent: false, family: 'isales', section: '7.3.1' }).catch((e: unknown) => e);
		expect(again).toBeInstanceOf(NodeApiError);
		expect((again as Error).message).toMatch(/already exists/i);
	});

	it('a fixed form the server refuses fails at once, naming the form and the way out', async () => {
		const wrong: Form = form === 'withEmptyQueryLine' ? 'withoutEmptyQueryLine' : 'withEmptyQueryLine';
		const error = (await call('huaweiCecAkSkApi', c2Of(sim(), wrong), PING).catch((e: unknown) => e)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe(
			`CEC refused the auth-v2 signature (HTTP 401, canonical request ${wrong === 'withEmptyQueryLine' ? "With Empty Query Line (the reference's prose)" : "Without Empty Query Line (the reference's Java demo)"}). Check the AK/SK; if they are right, set the credential's Canonical Request to Automatic.`,
		);
		expect(pings(sim()).length).toBe(1);
		// The right fixed form is sent as is.
		sim().clearRequests();
		expect((await call('huaweiCecAkSkApi', c2Of(sim(), form), PING)).statusCode).toBe(200);
		expect(pings(sim()).map((r) => r.status)).toEqual([200]);
	});

	it('a wrong SK is refused in both forms: two requests, and an error that says so', async () => {
		const error = (await call('huaweiCecAkSkApi', { ...c2Of(sim()), secretKey: 'not-the-sk' }, PING).catch((e: unknown) => e)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toMatch(/^CEC refused the auth-v2 signature in both canonical request forms/);
		expect(error.httpCode).toBe('401');
		expect(JSON.stringify(error)).not.toContain('not-the-sk');
		expect(pings(sim()).map((r) => r.status)).toEqual([401, 401]);
	});

	it('a 401 that names another cause (an unknown AK) is not repeated, and teaches nothing', async () => {
		const error = (await call('huaweiCecAkSkApi', { ...c2Of(sim()), accessKey: 'unknown-ak' }, PING).catch((e: unknown) => e)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Unauthorized: unknown AK "unknown-ak" (resultCode 401)');
		expect(pings(sim()).map((r) => r.status)).toEqual([401]);
		sim().clearRequests();
		await call('huaweiCecAkSkApi', c2Of(sim()), PING);
		expect(pings(sim()).map((r) => r.status)).toEqual(form === 'withoutEmptyQueryLine' ? [200] : [401, 200]);
	});

	it('the credential Test reports the accepted form, and the nodes then send it first', async () => {
		const data = c2Of(sim());
		const n8n = await createHarness({ huaweiCecAkSkApi: data });
		const node = new HuaweiCecReports();
		const result = await n8n.testCredential(node, 'testAkSk', 'huaweiCecAkSkApi', { ...data, service: 'cms' });
		expect(result.status).toBe('OK');
		expect(result.message).toContain(form === 'withEmptyQueryLine' ? "With Empty Query Line (the reference's prose)" : "Without Empty Query Line (the reference's Java demo)");
		expect(result.message).toContain('Automatic sends this form first');
		sim().clearRequests();
		expect((await call('huaweiCecAkSkApi', data, PING)).statusCode).toBe(200);
		expect(pings(sim()).map((r) => r.status)).toEqual([200]);
	});

	it('n8n\'s HTTP Request node (the credential\'s authenticate alone) signs with the learned form', async () => {
		const data = c2Of(sim());
		await call('huaweiCecAkSkApi', data, PING);
		sim().clearRequests();
		const signed = await new HuaweiCecAkSkApi().authenticate(data, { method: 'POST', url: `${sim().url}${PING.path}`, body: PING.body });
		const answer = await fetch(String(signed.url), { method: 'POST', headers: signed.headers as Record<string, string>, body: signed.body as string });
		expect(answer.status).toBe(200);
	});
});

describe('the callback verifier (13.2.1.2 / 13.2.1.6 ready callbacks)', () => {
	it.each(FORMS)('accepts a callback signed in the form %s, and refuses another SK', (form) => {
		const sim = sims[form] as Simulator;
		const body = JSON.stringify({ fileType: 'bill', fileName: 'bill_20240101.zip' });
		const headers = { 'content-type': 'application/json;charset=UTF-8', host: '127.0.0.1:5678', 'content-length': String(Buffer.byteLength(body)) };
		const authorization = simSign({ ak: sim.credentials.ak, sk: sim.credentials.sk, method: 'POST', uri: '/webhook/cdr', headers, body, form });
		const request = { method: 'POST', url: '/webhook/cdr', headers: { ...headers, authorization }, rawBody: body };
		expect(verifyAuthV2(request, sim.credentials.ak, sim.credentials.sk)).toMatchObject({ ok: true });
		expect(verifyAuthV2(request, sim.credentials.ak, 'another-sk')).toEqual({ ok: false, reason: 'the auth-v2 signature does not match the SK' });
	});
});

describe('the File Ready Trigger takes the CC-FS callback the simulator signs in its form', () => {
	const range = () => {
		const fmt = (d: Date) => d.toISOString().slice(0, 19).replace('T', ' ');
		return { beginTime: fmt(new Date(Date.now() - 3600_000)), endTime: fmt(new Date()) };
	};

	it.each(FORMS)('%s', async (form) => {
		const sim = sims[form] as Simulator;
		const n8n = await createHarness(simulatorCredentials(sim));
		const hook = await n8n.webhook(new HuaweiCecFileReadyTrigger(), { verifySignature: true, download: false, secretCheck: 'none', options: {} } as never);
		try {
			expect(new URL(hook.url).search).toBe('');
			const generated = await call('huaweiCecAkSkApi', c2Of(sim), {
				method: 'POST',
				path: '/CCFS/resource/ccfs/queryBillData',
				body: { request: { version: '2.0' }, msgBody: { ...range(), dataType: 'call_record', accountId: 'demo-tenant', callbackURL: hook.url } },
				idempotent: false,
				family: 'ccfs',
				section: '13.2.1.2',
			});
			expect((generated.body as { resultCode: string }).resultCode).toBe('0');
			for (let i = 0; i < 250 && !sim.callbacks.find((c) => c.kind === 'cdrReady')?.status; i++) await new Promise((resolve) => setTimeout(resolve, 20));
			expect(sim.callbacks.find((c) => c.kind === 'cdrReady')?.status).toBe(200);
			expect(hook.executions).toHaveLength(1);
		} finally {
			await hook.close();
		}
	});
});
