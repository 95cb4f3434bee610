/**
 * The six CEC callback triggers, served over real HTTP by n8n-core's WebhookContext (harness.webhook),
 * with the simulator sending the callbacks the way CEC does: 7.6.1 result pushes (retried on non-200),
 * 14.4.2 / 6.2.14.3 releases signed per 14.4.1 / 6.2.14.1, 6.2.14.2 status, 6.1.4.2 pushes with
 * service_token, 13.2.1.2 / 13.2.1.6 ready callbacks signed with auth-v2, 5.4.5 review results.
 * Forged, replayed, stale and malformed requests are crafted by the test from what the simulator sent.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { BinaryDataService, HookContext } from 'n8n-core';
import type { IBinaryData } from 'n8n-workflow';
import { signCallbackBody, startSimulator, type Simulator } from '../../simulator/index.cjs';
import { authV2, c1Token, c2Post, json, raw, sleep, until } from '../simulator/helpers.cjs';
import { HuaweiCecAgentEventPushTrigger } from '../../nodes/HuaweiCecAgentEventPushTrigger/HuaweiCecAgentEventPushTrigger.node';
import { HuaweiCecBidirectionalCallTrigger } from '../../nodes/HuaweiCecBidirectionalCallTrigger/HuaweiCecBidirectionalCallTrigger.node';
import { HuaweiCecFileReadyTrigger } from '../../nodes/HuaweiCecFileReadyTrigger/HuaweiCecFileReadyTrigger.node';
import { HuaweiCecOutboundResultTrigger } from '../../nodes/HuaweiCecOutboundResultTrigger/HuaweiCecOutboundResultTrigger.node';
import { HuaweiCecVoiceFileReviewTrigger } from '../../nodes/HuaweiCecVoiceFileReviewTrigger/HuaweiCecVoiceFileReviewTrigger.node';
import { HuaweiCecVoiceNotificationTrigger } from '../../nodes/HuaweiCecVoiceNotificationTrigger/HuaweiCecVoiceNotificationTrigger.node';
import { agentSessions } from '../../nodes/shared/auth/agentSessions';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { createHarness, simulatorCredentials, type Harness, type WebhookHandle } from '../helpers/n8n.cjs';

const SECRET = 'pathSecret-0123456789abcdef';
const SERVICE_TOKEN = 'push-token-42';
const JSON_TYPE = 'application/json;charset=UTF-8';

let sim: Simulator;
let n8n: Harness;
const open: WebhookHandle[] = [];

beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01, dialerIntervalMs: 0, enforceIsalesRateLimit: false });
	// SimCredentials also carries non-string entries (the agent table); the harness reads the string ones.
	n8n = await createHarness(simulatorCredentials({ url: sim.url, credentials: sim.credentials as unknown as Record<string, string> }));
	n8n.credentials.set('huaweiCecCallbackApi', { appSecret: sim.credentials.callbackKey, serviceToken: SERVICE_TOKEN });
});
afterAll(async () => await sim.close());
beforeEach(() => {
	tokenCache.clear();
	agentSessions.clear();
	sim.reset();
});
afterEach(async () => {
	for (const hook of open.splice(0)) await hook.close();
});

async function serve(node: Parameters<Harness['webhook']>[0], parameters: Record<string, unknown>, staticData?: Record<string, unknown>): Promise<WebhookHandle> {
	const hook = await n8n.webhook(node, parameters as never, { staticData: staticData as never });
	open.push(hook);
	return hook;
}

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	return raw(url, { method: 'POST', headers: { 'Content-Type': JSON_TYPE, 'Content-Length': String(Buffer.byteLength(text)), ...headers }, body: text });
}

const items = (hook: WebhookHandle, execution = 0) => hook.executions[execution][0].map((i) => i.json);
const lastCallback = (kind: string) => [...sim.callbacks].reverse().find((c) => c.kind === kind);
/** The last callback of a kind once its answer is logged. */
const answered = (kind: string) => {
	const cb = lastCallback(kind);
	return cb?.status ? cb : undefined;
};
/** n8n-core keeps its services in the @n8n/di container it ships with (as the harness does). */
async function storedBytes(binary: IBinaryData): Promise<Buffer> {
	const { Container } = require(require.resolve('@n8n/di', { paths: [require.resolve('n8n-core')] })) as typeof import('@n8n/di');
	return binary.id ? await Container.get(BinaryDataService).getAsBuffer(binary) : Buffer.from(binary.data, 'base64');
}
const base64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
/**
 * What CEC saw of our answer: HTTP 200, JSON, exactly the documented acknowledgement (never n8n's
 * "firstEntryJson" or "Workflow was started"), and the simulator counted it as delivered.
 */
function expectAcknowledged(cb: { status?: number; responseBody?: string; responseContentType?: string; acknowledged?: boolean } | undefined, ack: Record<string, string>) {
	expect(cb).toBeDefined();
	expect([cb!.status, cb!.responseBody, cb!.acknowledged]).toEqual([200, JSON.stringify(ack), true]);
	expect(cb!.responseContentType).toMatch(/^application\/json/);
}
const RET_ACK = { retCode: '0', retMsg: 'success' };
const today = () => new Date().toISOString().slice(0, 10);

// ------------------------------------------------------------------------------------------ 7.6.1

async function startCampaign(callBackUrl: string, numbers: string[]): Promise<number> {
	const created = await c2Post(sim.url, '/rest/isales/v1/openapi/campaigns/1', {
		name: `wh${Date.now() % 100000}`,
		strBeginTime: `${today()} 00:00:00`,
		strEndTime: '2099-12-31 23:59:59',
		deviceType: 3,
		callerNo: '10085',
		maxAlertingTime: 20,
		scheduleParam: { workdayBeginTime1: '00:00', workdayEndTime1: '23:59' },
		ivrParam: { deviceSign: '1001', callCount: 10, callInterval: 3 },
		initStatus: 1,
		callBackUrl,
	});
	expect(created.json.resultCode).toBe('0200000');
	const id = created.json.returnObject.id as number;
	const add = await c2Post(sim.url, `/rest/isales/v1/openapi/campaigns/1/calldata/${id}`, { callDataList: numbers.map((called, i) => ({ sessionId: `s${i}`, called })) });
	expect(add.json.resultCode).toBe('0200000');
	for (const n of numbers) sim.setDialOutcome(n, n.endsWith('00537') ? '00537' : '0', 0);
	const resumed = await c2Post(sim.url, `/rest/isales/v1/openapi/campaigns/1/${id}/resume`, undefined, { method: 'PUT' });
	expect(resumed.json.resultCode).toBe('0200000');
	return id;
}

/** A hop in front of n8n that loses n8n's first answer (502 to CEC), as a dropped connection would. */
async function lossyProxy(target: string): Promise<{ url: string; close: () => Promise<void> }> {
	let count = 0;
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			void (async () => {
				const answer = await raw(target, { method: 'POST', headers: { 'Content-Type': String(req.headers['content-type']) }, body: Buffer.concat(chunks) });
				count += 1;
				res.writeHead(count === 1 ? 502 : answer.status, { 'Content-Type': 'application/json' });
				res.end(count === 1 ? '{"error":"bad gateway"}' : answer.text);
			})();
		});
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/cec`,
		close: () => new Promise<void>((r) => server.close(() => r())),
	};
}

describe('Outbound Result Trigger (7.6.1)', () => {
	const params = { secretCheck: 'pathSecret', pathSecret: SECRET, options: {} };

	it('takes the pushed results of a campaign: one item per record with the failure code explained, answered {"retCode":"0"}', async () => {
		const hook = await serve(new HuaweiCecOutboundResultTrigger(), params);
		const id = await startCampaign(`${hook.url}/outbound-result/${SECRET}`, ['13900000001', '13900000537']);
		sim.dialerTick();
		// Each call ends on its own timeline, so the two results may come in one push or two.
		const got = await until(() => {
			const all = hook.executions.flatMap((e) => e[0].map((i) => i.json));
			return all.length >= 2 && all;
		}, 5000);
		expect(got).toHaveLength(2);
		const busy = got.find((r) => r.called === '13900000537')!;
		expect(busy).toMatchObject({ event: 'outboundResult', campaignId: String(id), sessionId: 's1', callStatus: 5, failCode: '00537', callStatusMeaning: 'the call fails', failCodeMeaning: 'The called party is busy.', failCodeCategory: 'Call released by a subscriber' });
		expect(got.find((r) => r.called === '13900000001')).toMatchObject({ callStatus: 6, failCodeMeaning: 'The outbound call is successful.', failCodeCategory: 'Successful outbound call' });
		expectAcknowledged(await until(() => answered('isalesResult'), 2000), RET_ACK);
		// Every item carries its stable recordId (32 hex characters), one per record.
		expect(new Set(got.map((r) => r.recordId)).size).toBe(2);
		for (const r of got) expect(r.recordId).toMatch(/^[0-9a-f]{32}$/);
		expect(sim.callbacks.filter((c) => c.kind === 'isalesResult').map((c) => c.attempt)).toEqual(hook.executions.map(() => 1));
	});

	it('a result pushed again after a lost answer is acknowledged but starts no second execution, even after a restart', async () => {
		const hook = await serve(new HuaweiCecOutboundResultTrigger(), params);
		const proxy = await lossyProxy(`${hook.url}/outbound-result/${SECRET}`);
		try {
			await startCampaign(proxy.url, ['13900000011']);
			sim.dialerTick();
			const pushes = await until(() => {
				const list = sim.callbacks.filter((c) => c.kind === 'isalesResult' && c.status);
				return list.length >= 2 && list;
			}, 5000);
			expect(pushes.map((p) => [p.attempt, p.status, p.acknowledged])).toEqual([[1, 502, false], [2, 200, true]]);
			expectAcknowledged(pushes[1], RET_ACK);
			expect(pushes[1].body).toBe(pushes[0].body);
			await sleep(100);
			expect(hook.executions).toHaveLength(1);

			// Another node process with the same workflow static data still knows the record.
			const restarted = await serve(new HuaweiCecOutboundResultTrigger(), params, JSON.parse(JSON.stringify(hook.staticData)));
			const again = await post(`${restarted.url}/outbound-result/${SECRET}`, pushes[0].body);
			expect([again.status, again.text, again.headers['content-type']]).toEqual([200, JSON.stringify(RET_ACK), 'application/json; charset=utf-8']);
			expect(restarted.executions).toHaveLength(0);
		} finally {
			await proxy.close();
		}
	});

	it('a batch mixing old and new records starts the workflow with the new ones only', async () => {
		const hook = await serve(new HuaweiCecOutboundResultTrigger(), params);
		const record = (sessionId: string) => ({ campaignId: '7', sessionId, called: '13900000021', callTimeStr: '2030-01-01 10:00:00', callStatus: 6, failCode: '0', vdnId: 1, callId: `0001-${sessionId}` });
		await post(`${hook.url}/outbound-result/${SECRET}`, [record('a')]);
		const second = await post(`${hook.url}/outbound-result/${SECRET}`, [record('a'), record('b')]);
		expect(second.status).toBe(200);
		expect(hook.executions).toHaveLength(2);
		expect(items(hook, 1).map((r) => r.sessionId)).toEqual(['b']);
	});

	it('50 records each delivered twice at once start 50 executions, each record once with the same recordId', async () => {
		const hook = await serve(new HuaweiCecOutboundResultTrigger(), params);
		const record = (i: number) => ({ campaignId: '8', sessionId: `c${i}`, called: `1390000${String(i).padStart(4, '0')}`, callTimeStr: '2030-01-01 10:00:00', callStatus: 6, failCode: '0', vdnId: 1, callId: `0002-${i}` });
		const answers = await Promise.all(Array.from({ length: 100 }, (_, n) => post(`${hook.url}/outbound-result/${SECRET}`, [record(n % 50)])));
		for (const a of answers) expect([a.status, a.text]).toEqual([200, JSON.stringify(RET_ACK)]);
		expect(hook.executions).toHaveLength(50);
		expect(new Set(hook.executions.map((e) => e[0][0].json.sessionId)).size).toBe(50);
		// The same record on a restarted process (same static data, fresh memory) gets the same recordId.
		const restarted = await serve(new HuaweiCecOutboundResultTrigger(), params);
		await post(`${restarted.url}/outbound-result/${SECRET}`, [record(7)]);
		expect(items(restarted)[0].recordId).toBe(hook.executions.find((e) => e[0][0].json.sessionId === 'c7')![0][0].json.recordId);
	});

	it('like CEC, the simulator counts any answer but {"retCode":"0"} as a failed push and pushes again', async () => {
		const answers = [
			{ type: 'text/html; charset=utf-8', body: 'firstEntryJson' },
			{ type: 'application/json', body: '{"retCode":"1","retMsg":"busy"}' },
			{ type: 'application/json; charset=utf-8', body: JSON.stringify(RET_ACK) },
		];
		let served = 0;
		const server = http.createServer((req, res) => {
			req.resume();
			req.on('end', () => {
				const answer = answers[Math.min(served++, answers.length - 1)];
				res.writeHead(200, { 'Content-Type': answer.type });
				res.end(answer.body);
			});
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		try {
			await startCampaign(`http://127.0.0.1:${(server.address() as AddressInfo).port}/cec`, ['13900000031']);
			sim.dialerTick();
			// At once, then after 10 (scaled) minutes: 6 s here.
			const pushes = await until(() => {
				const list = sim.callbacks.filter((c) => c.kind === 'isalesResult' && c.status);
				return list.length >= 3 && list;
			}, 15000);
			expect(pushes.map((p) => [p.attempt, p.status, p.acknowledged])).toEqual([
				[1, 200, false],
				[2, 200, false],
				[3, 200, true],
			]);
			expect(new Set(pushes.map((p) => p.body)).size).toBe(1);
		} finally {
			await new Promise<void>((r) => server.close(() => r()));
		}
	}, 30000);

	it('refuses a wrong secret path (401) and a malformed body (400), starting nothing', async () => {
		const hook = await serve(new HuaweiCecOutboundResultTrigger(), params);
		const forged = await post(`${hook.url}/outbound-result/not-the-secret-at-all`, [{ campaignId: '1', callStatus: 6 }]);
		expect(forged.status).toBe(401);
		expect(forged.json).toEqual({ retCode: '401', retMsg: 'Unauthorized: the URL does not carry the secret path segment.' });
		const notJson = await post(`${hook.url}/outbound-result/${SECRET}`, 'campaignId=1');
		expect(notJson.status).toBe(400);
		expect(notJson.json.retMsg).toBe('The request body is not valid JSON.');
		const notList = await post(`${hook.url}/outbound-result/${SECRET}`, { campaignId: '1' });
		expect(notList.status).toBe(400);
		expect(notList.json.retMsg).toMatch(/7\.6\.1: the body must be a JSON array/);
		const noCampaign = await post(`${hook.url}/outbound-result/${SECRET}`, [{ callStatus: 6 }]);
		expect(noCampaign.status).toBe(400);
		expect(noCampaign.json.retMsg).toBe('7.6.1: result 0 lacks the mandatory field campaignId');
		expect(hook.executions).toHaveLength(0);
	});

	it('header secret mode: the header must carry the secret', async () => {
		const hook = await serve(new HuaweiCecOutboundResultTrigger(), { secretCheck: 'headerSecret', headerName: 'X-CEC-Webhook-Secret', headerSecret: SECRET, options: {} });
		const body = [{ campaignId: '1', callStatus: 6, sessionId: 'h', callId: 'h1' }];
		expect((await post(hook.url, body)).status).toBe(401);
		expect((await post(hook.url, body, { 'X-CEC-Webhook-Secret': `${SECRET}x` })).status).toBe(401);
		expect((await post(hook.url, body, { 'X-CEC-Webhook-Secret': SECRET })).status).toBe(200);
		expect(hook.executions).toHaveLength(1);
	});
});

// ------------------------------------------------------------------------------------------ 14.4.2

async function createVoiceNotification(callbackUrl: string, called = '13900000001'): Promise<string> {
	const token = await c1Token(sim.url);
	const r = await json(`${sim.url}/apiaccess/rest/voiceNotification/v1/createVoiceNotification`, {
		headers: { Authorization: `Bearer ${token}`, 'X-APP-Key': sim.credentials.appKey },
		body: { called, voiceContent: 'Your parcel arrives today.', callbackUrl: base64(callbackUrl) },
	});
	expect(r.body.retCode).toBe('0');
	return r.body.result.callSerialNo as string;
}

describe('Voice Notification Trigger (14.4.2, signed per 14.4.1)', () => {
	const params = { verifySignature: true, secretCheck: 'none', options: {} };

	it('verifies the signed release the simulator sends and explains the release reason', async () => {
		const hook = await serve(new HuaweiCecVoiceNotificationTrigger(), params);
		const serial = await createVoiceNotification(hook.url);
		await until(() => hook.executions.length === 1, 5000);
		const [release] = items(hook);
		expect(release).toMatchObject({ event: 'release', callSerialNo: serial, called: '13900000001', releaseReason: '1', releaseReasonMeaning: 'After the call is connected, the system automatically releases the call when the voice notification is finished.' });
		expect(release.signature).toBeUndefined();
		expectAcknowledged(await until(() => answered('voiceNotificationRelease'), 2000), RET_ACK);
	});

	it('refuses a replayed nonce, a forged field, a stale timestamp, an unsigned and a malformed request', async () => {
		const hook = await serve(new HuaweiCecVoiceNotificationTrigger(), params);
		await createVoiceNotification(hook.url, '13900000004');
		await until(() => hook.executions.length === 1, 5000);
		const sent = JSON.parse(lastCallback('voiceNotificationRelease')!.body) as Record<string, unknown>;
		expect(sent.releaseReason).toBe('4');

		const replay = await post(hook.url, sent);
		expect(replay.status).toBe(401);
		expect(replay.json.retMsg).toBe('Rejected as a replay: this nonce was already used.');

		const forged = await post(hook.url, { ...sent, called: '13900009999', nonce: '12345' });
		expect(forged.status).toBe(401);
		expect(forged.json.retMsg).toBe('Unauthorized: the signature does not match the shared key.');

		const { timestamp: _t, nonce: _n, signature: _s, ...params14 } = sent;
		const stale = signCallbackBody({ ...params14, callSerialNo: 'stale-1' }, sim.credentials.callbackKey, Date.now() - 10 * 60 * 1000);
		const staleAnswer = await post(hook.url, stale);
		expect(staleAnswer.status).toBe(401);
		expect(staleAnswer.json.retMsg).toMatch(/^Rejected as a replay: the signature's timestamp is 600 s away from now, outside the 300 s window\.$/);

		const unsigned = await post(hook.url, { ...params14, callSerialNo: 'unsigned-1' });
		expect(unsigned.status).toBe(401);
		expect(unsigned.json.retMsg).toBe('Unauthorized: the callback is not signed (no signature field).');

		const malformed = await post(hook.url, '{"callSerialNo": ');
		expect(malformed.status).toBe(400);
		const signedButIncomplete = await post(hook.url, signCallbackBody({ called: '1390000' }, sim.credentials.callbackKey));
		expect(signedButIncomplete.status).toBe(400);
		expect(signedButIncomplete.json.retMsg).toBe('14.4.2: the body lacks the mandatory field callSerialNo');

		// A wider window accepts the same old timestamp (the window is configurable).
		const wide = await serve(new HuaweiCecVoiceNotificationTrigger(), { ...params, options: { replayWindowSeconds: 900 } });
		expect((await post(wide.url, stale)).status).toBe(200);
		expect(hook.executions).toHaveLength(1);
	});
});

// ------------------------------------------------------------------------------------------ 6.2.14

async function createBidirectionalCall(callbackUrl: string): Promise<string> {
	const token = await c1Token(sim.url);
	const r = await json(`${sim.url}/apiaccess/CC-Management/v1/mobileAgent/createCall`, {
		headers: { Authorization: `Bearer ${token}`, 'X-APP-Key': sim.credentials.appKey },
		body: { caller: '7000101', called: '13900000001', agentWorkNo: '101', callData: 'order-77', callbackUrl: base64(callbackUrl) },
	});
	expect(r.body.retCode).toBe('0');
	return r.body.result.callSerialNo as string;
}

describe('Bidirectional Call Trigger (6.2.14.2 status, 6.2.14.3 release signed per 6.2.14.1)', () => {
	const params = { verifySignature: true, secretCheck: 'pathSecret', pathSecret: SECRET, options: {} };

	it('receives the unsigned status event (GUI URL) and the signed release (API URL) on one URL', async () => {
		const hook = await serve(new HuaweiCecBidirectionalCallTrigger(), params);
		const url = `${hook.url}/bidirectional-call/${SECRET}`;
		sim.configure({ bidirectionalConnectionCallbackUrl: url });
		const serial = await createBidirectionalCall(url);
		await until(() => hook.executions.length === 2, 5000);
		const [status] = items(hook, 0);
		const [release] = items(hook, 1);
		expect(status).toEqual({ event: 'callStatus', recordId: expect.stringMatching(/^[0-9a-f]{32}$/), callSerialNo: serial, serviceNo: '101', called: '13900000001', callData: 'order-77' });
		// Status and release of one call are different records.
		expect(release.recordId).not.toBe(status.recordId);
		expect(release).toMatchObject({ event: 'release', callSerialNo: serial, caller: '7000101', releaseReason: '0', releaseReasonMeaning: 'The call ends and the called party hangs up.' });
		for (const kind of ['bidirectionalStatus', 'bidirectionalRelease']) {
			expectAcknowledged(await until(() => answered(kind), 2000), RET_ACK);
		}
	});

	it('refuses a forged or replayed release, a stale one, a status event without the secret, and malformed bodies', async () => {
		const hook = await serve(new HuaweiCecBidirectionalCallTrigger(), params);
		const url = `${hook.url}/bidirectional-call/${SECRET}`;
		await createBidirectionalCall(url);
		await until(() => hook.executions.length === 1, 5000);
		const sent = JSON.parse(lastCallback('bidirectionalRelease')!.body) as Record<string, unknown>;

		expect((await post(url, sent)).json.retMsg).toBe('Rejected as a replay: this nonce was already used.');
		const forged = await post(url, { ...sent, releaseReason: '5', nonce: '777' });
		expect([forged.status, forged.json.retMsg]).toEqual([401, 'Unauthorized: the signature does not match the shared key.']);
		const { timestamp: _t, nonce: _n, signature: _s, ...rest } = sent;
		const stale = await post(url, signCallbackBody({ ...rest, callSerialNo: 'old' }, sim.credentials.callbackKey, Date.now() + 6 * 60 * 1000));
		expect([stale.status, stale.json.retMsg]).toEqual([401, "Rejected as a replay: the signature's timestamp is -360 s away from now, outside the 300 s window."]);
		const unsignedRelease = await post(url, { ...rest, callSerialNo: 'nosig' });
		expect(unsignedRelease.status).toBe(401);

		const statusWithoutSecret = await post(`${hook.url}/bidirectional-call/wrong-secret-wrong-secret`, { callSerialNo: '1', serviceNo: '', called: '1' });
		expect(statusWithoutSecret.status).toBe(401);
		const badStatus = await post(url, { serviceNo: '101' });
		expect([badStatus.status, badStatus.json.retMsg]).toEqual([400, '6.2.14.2: the body lacks the mandatory fields callSerialNo, called']);
		expect((await post(url, [1, 2])).status).toBe(400);
		expect(hook.executions).toHaveLength(1);
	});

	it('the Events option drops the kinds not wanted, acknowledging them', async () => {
		const hook = await serve(new HuaweiCecBidirectionalCallTrigger(), { ...params, options: { events: ['release'] } });
		const status = await post(`${hook.url}/bidirectional-call/${SECRET}`, { callSerialNo: '9', serviceNo: '101', called: '139', callData: '' });
		expect([status.status, status.json]).toEqual([200, { retCode: '0', retMsg: 'success' }]);
		expect(hook.executions).toHaveLength(0);
	});
});

// ------------------------------------------------------------------------------------------ 6.1.4.2

describe('Agent Event Push Trigger (6.1.4.2, service_token)', () => {
	const params = { verifySignature: true, secretCheck: 'none', options: {} };

	async function signInPushMode(callbackUri: string, serviceToken = SERVICE_TOKEN) {
		const r = await json(`${sim.url}/agentgateway/resource/onlineagent/102`, {
			method: 'PUT',
			body: { password: 'Agent@123', phonenum: '7000102', status: 4, callbackUri, serviceToken },
		});
		expect(r.body.retcode).toBe('0');
	}

	it('emits every pushed event with its readable name, answering {"retcode":"0"}', async () => {
		const hook = await serve(new HuaweiCecAgentEventPushTrigger(), params);
		await signInPushMode(hook.url);
		await until(() => hook.executions.length >= 1, 5000);
		sim.injectEvents('102', [{ eventType: 'AgentState_Busy', content: { reason: 'x' } }, { eventType: 'AgentOther_Unknown' }]);
		await until(() => hook.executions.flatMap((e) => e[0]).length >= 4, 5000);
		const all = hook.executions.flatMap((e) => e[0].map((i) => i.json));
		expect(all[0]).toMatchObject({ event: 'agentEvent', workNo: '102', eventType: 'AgentOther_InService' });
		expect(all.find((e) => e.eventType === 'AgentState_Ready')).toMatchObject({ eventName: 'Idle', eventMeaning: 'This event indicates that an agent becomes idle.', eventSection: '6.5.1.1.3' });
		expect(all.find((e) => e.eventType === 'AgentState_Busy')).toMatchObject({ content: { reason: 'x' }, eventName: 'Busy' });
		expect(all.find((e) => e.eventType === 'AgentOther_Unknown')).toMatchObject({ eventName: null, eventMeaning: null });
		const cb = lastCallback('agentEvent')!;
		expectAcknowledged(cb, { message: 'success', retcode: '0' });
		// The agent's session GUID travels in a header; it is a credential and stays out of the items.
		expect(JSON.stringify(all)).not.toContain(String(cb.headers.Guid));
	});

	it('refuses a wrong or missing service_token (401) and a malformed body (400); filters event types', async () => {
		const hook = await serve(new HuaweiCecAgentEventPushTrigger(), params);
		await signInPushMode(hook.url, 'another-token');
		await until(() => sim.callbacks.some((c) => c.kind === 'agentEvent' && c.status), 5000);
		const refused = lastCallback('agentEvent')!;
		expect([refused.status, JSON.parse(refused.responseBody!)]).toEqual([401, { message: 'Unauthorized: the service_token does not match.', retcode: '401' }]);
		const body = { workNo: '102', eventList: [{ eventType: 'AgentState_Ready', workNo: '102', content: null }] };
		expect((await post(hook.url, body)).json).toEqual({ message: 'Unauthorized: the request carries no service_token header.', retcode: '401' });
		const malformed = await post(hook.url, { workNo: '102', eventList: 'AgentState_Ready' }, { service_token: SERVICE_TOKEN });
		expect([malformed.status, malformed.json.message]).toEqual([400, '6.1.4.2: eventList must be an array (Table 6-250)']);
		expect(hook.executions).toHaveLength(0);

		const filtered = await serve(new HuaweiCecAgentEventPushTrigger(), { ...params, options: { eventTypes: ['AgentState_Busy'] } });
		expect((await post(filtered.url, body, { service_token: SERVICE_TOKEN })).status).toBe(200);
		expect(filtered.executions).toHaveLength(0);
		await post(filtered.url, { workNo: '102', eventList: [...body.eventList, { eventType: 'AgentState_Busy', workNo: '102' }] }, { service_token: SERVICE_TOKEN });
		expect(items(filtered).map((e) => e.eventType)).toEqual(['AgentState_Busy']);
	});
});

// ------------------------------------------------------------------------------------------ 13.2.1.2 / 13.2.1.6

describe('File Ready Trigger (13.2.1.2 / 13.2.1.6, auth-v2)', () => {
	const params = { verifySignature: true, download: false, secretCheck: 'none', options: {} };
	const range = () => {
		const end = new Date();
		const begin = new Date(end.getTime() - 3600_000);
		const fmt = (d: Date) => d.toISOString().slice(0, 19).replace('T', ' ');
		return { beginTime: fmt(begin), endTime: fmt(end) };
	};

	it('verifies the auth-v2 signed CDR-ready callback and downloads the ZIP into binary data', async () => {
		const hook = await serve(new HuaweiCecFileReadyTrigger(), { ...params, download: true, binaryPropertyName: 'zip' });
		const generated = await c2Post(sim.url, '/CCFS/resource/ccfs/queryBillData', { request: { version: '2.0' }, msgBody: { ...range(), dataType: 'call_record', accountId: 'demo-tenant', callbackURL: hook.url } });
		expect(generated.json.resultCode).toBe('0');
		const responseId = generated.json.resultData.responseId as string;
		await until(() => hook.executions.length === 1, 5000);
		const [item] = hook.executions[0][0];
		expect(item.json).toMatchObject({ event: 'cdrAndRecordingIndexReady', responseId, accountId: 'demo-tenant', version: '2.0' });
		expect(item.json.fileName).toMatch(new RegExp(`^\\d{8}_${responseId}\\.zip$`));
		expect(item.json.downloadError).toBeUndefined();
		expect(item.binary?.zip).toMatchObject({ fileName: item.json.fileName, mimeType: 'application/zip' });
		// The bytes stored by n8n's BinaryDataService are the ZIP CC-FS served.
		const zip = await storedBytes(item.binary!.zip);
		expect(zip.subarray(0, 4).toString('hex')).toBe('504b0304');
		expect(zip.toString('latin1')).toMatch(/_call\.csv[\s\S]*_record\.csv/);
		expectAcknowledged(lastCallback('cdrReady'), { resultCode: '0', resultDesc: 'success' });
		expect(sim.requests.filter((r) => r.path === '/CCFS/resource/ccfs/downloadBillFile' && r.status === 200)).toHaveLength(1);
	});

	it('takes the agent-operation index callback (13.2.1.6) and reports a refused download in the item', async () => {
		const hook = await serve(new HuaweiCecFileReadyTrigger(), { ...params, download: true });
		const generated = await c2Post(sim.url, '/CCFS/resource/ccfs/queryAgentOprInfoData', { request: { version: '2.0' }, msgBody: { ...range(), agentId: '101', callbackURL: hook.url } });
		expect(generated.json.resultCode).toBe('0');
		await until(() => hook.executions.length === 1, 5000);
		expect(hook.executions[0][0][0].json).toMatchObject({ event: 'agentOperationIndexReady', responseId: generated.json.resultData.responseId });
		expect(hook.executions[0][0][0].binary?.data).toBeDefined();

		// A correctly signed callback naming a file CC-FS does not have: the workflow still gets the record.
		const body = JSON.stringify({ request: { version: '2.0' }, msgBody: { responseId: 'f'.repeat(32), agentOprInfoFileName: `20300101_${'f'.repeat(32)}.zip` } });
		const path = new URL(hook.url).pathname;
		const headers = { Host: new URL(hook.url).host, 'Content-Type': JSON_TYPE, 'Content-Length': String(Buffer.byteLength(body)) };
		const signed = await raw(hook.url, { method: 'POST', headers: { ...headers, Authorization: authV2({ ak: 'demo-ak', sk: 'demo-sk', method: 'POST', uri: path, headers, body }) }, body });
		expect(signed.status).toBe(200);
		await until(() => hook.executions.length === 2, 5000);
		expect(hook.executions[1][0][0].json.downloadError).toBe('13.2.1.7 refused the download: The file does not exist. (resultCode 0300011)');
	});

	it('refuses a replayed, forged, stale or unsigned callback (401) and a malformed one (400)', async () => {
		const hook = await serve(new HuaweiCecFileReadyTrigger(), params);
		await c2Post(sim.url, '/CCFS/resource/ccfs/queryBillData', { request: { version: '2.0' }, msgBody: { ...range(), dataType: 'call', callbackURL: hook.url } });
		await until(() => hook.executions.length === 1, 5000);
		const sent = lastCallback('cdrReady')!;
		const replay = await raw(hook.url, { method: 'POST', headers: sent.headers, body: sent.body });
		expect([replay.status, replay.json]).toEqual([401, { resultCode: '401', resultDesc: 'Rejected as a replay: this nonce was already used.' }]);
		const forged = await raw(hook.url, { method: 'POST', headers: sent.headers, body: sent.body.replace('"2.0"', '"2.1"') });
		expect([forged.status, forged.json.resultDesc]).toEqual([401, 'Unauthorized: the auth-v2 signature does not match the SK.']);
		const otherKey = await raw(hook.url, { method: 'POST', headers: { ...sent.headers, Authorization: String(sent.headers.Authorization).replace('auth-v2/demo-ak/', 'auth-v2/other-ak/') }, body: sent.body });
		expect(otherKey.json.resultDesc).toBe('Unauthorized: the request is signed with another AK.');
		const unsigned = await post(hook.url, sent.body);
		expect(unsigned.json.resultDesc).toBe('Unauthorized: the request carries no Authorization header.');

		const path = new URL(hook.url).pathname;
		const sign = (body: string, timestamp?: string) => {
			const headers = { Host: new URL(hook.url).host, 'Content-Type': JSON_TYPE, 'Content-Length': String(Buffer.byteLength(body)) };
			return { ...headers, Authorization: authV2({ ak: 'demo-ak', sk: 'demo-sk', method: 'POST', uri: path, headers, body, timestamp }) };
		};
		const fresh = JSON.stringify({ request: { version: '2.0' }, msgBody: { responseId: 'a'.repeat(32), billFileName: `20300101_${'a'.repeat(32)}.zip` } });
		const stale = await raw(hook.url, { method: 'POST', headers: sign(fresh, new Date(Date.now() - 3600_000).toISOString()), body: fresh });
		expect([stale.status, stale.json.resultDesc]).toEqual([401, "Rejected as a replay: the signature's timestamp is 3600 s away from now, outside the 300 s window."]);
		const malformedBody = JSON.stringify({ request: { version: '2.0' }, msgBody: { responseId: 'b' } });
		const malformed = await raw(hook.url, { method: 'POST', headers: sign(malformedBody), body: malformedBody });
		expect([malformed.status, malformed.json.resultDesc]).toEqual([400, 'CC-FS callback: msgBody has neither billFileName (13.2.1.2) nor agentOprInfoFileName / fileName (13.2.1.6)']);
		const notJson = await post(hook.url, 'resultCode=0');
		expect(notJson.status).toBe(400);
		expect(hook.executions).toHaveLength(1);
	});
});

// ------------------------------------------------------------------------------------------ 5.4.4 / 5.4.5

describe('Voice File Review Trigger (5.4.4 / 5.4.5 review callbacks)', () => {
	const params = { secretCheck: 'pathSecret', pathSecret: SECRET, options: {} };

	async function uploadTemplate(name: string, callbackUrl: string) {
		const token = await c1Token(sim.url);
		const r = await json(`${sim.url}/apiaccess/rest/cc-management/v1/createVoiceTemplate`, {
			headers: { Authorization: `Bearer ${token}`, 'X-APP-Key': sim.credentials.appKey },
			body: { name, voicecontent: { textcontent: 'Hello', language: 'en_US' }, callbackUrl },
		});
		expect(r.body.returnCode).toBe('0');
		return r.body.templateId as string;
	}

	it('emits the approval and the rejection, answering {"returnCode":"0"} so CEC stops retrying', async () => {
		const hook = await serve(new HuaweiCecVoiceFileReviewTrigger(), params);
		const url = `${hook.url}/voice-file-review/${SECRET}`;
		const approved = await uploadTemplate('welcome', url);
		const rejected = await uploadTemplate('rejectme', url);
		await until(() => hook.executions.length === 2, 5000);
		const all = hook.executions.map((e) => e[0][0].json);
		expect(all.find((r) => r.fileId === approved)).toMatchObject({ event: 'reviewResult', status: '2', statusMeaning: 'approved', comment: 'Approved' });
		expect(all.find((r) => r.fileId === rejected)).toMatchObject({ status: '3', statusMeaning: 'rejected' });
		const reviews = sim.callbacks.filter((c) => c.kind === 'reviewResult');
		expect(reviews).toHaveLength(2);
		for (const review of reviews) expectAcknowledged(review, { returnCode: '0' });
		// A repeated delivery is acknowledged the same way and dropped.
		const again = await post(url, reviews[0].body);
		expect([again.status, again.json]).toEqual([200, { returnCode: '0' }]);
		expect(hook.executions).toHaveLength(2);
	});

	it('refuses a wrong secret (401) and a malformed result (400)', async () => {
		const hook = await serve(new HuaweiCecVoiceFileReviewTrigger(), params);
		const wrong = await post(`${hook.url}/voice-file-review/xx`, { fileId: '1', status: '2' });
		expect([wrong.status, wrong.json.returnCode]).toEqual([401, '401']);
		const bad = await post(`${hook.url}/voice-file-review/${SECRET}`, { fileUrl: 'Y:/a.wav' });
		expect([bad.status, bad.json]).toEqual([400, { returnCode: '400', description: '5.4.4 / 5.4.5: the body lacks the mandatory fields fileId, status' }]);
		expect(hook.executions).toHaveLength(0);
	});
});

// ------------------------------------------------------------------------------------------ conventions

describe('trigger conventions and lifecycle', () => {
	const nodes = [
		new HuaweiCecOutboundResultTrigger(),
		new HuaweiCecVoiceNotificationTrigger(),
		new HuaweiCecBidirectionalCallTrigger(),
		new HuaweiCecAgentEventPushTrigger(),
		new HuaweiCecFileReadyTrigger(),
		new HuaweiCecVoiceFileReviewTrigger(),
	];

	it.each(nodes.map((n) => [n.description.name, n] as const))('%s: no inputs, trigger group, not a tool, a POST webhook answering on receipt, a notice', (_name, node) => {
		const d = node.description;
		expect(d.inputs).toEqual([]);
		expect(d.group).toEqual(['trigger']);
		expect(d.name.endsWith('Trigger')).toBe(true);
		expect(d.usableAsTool).toBeUndefined();
		expect(d.webhooks).toEqual([expect.objectContaining({ name: 'default', httpMethod: 'POST', responseMode: 'onReceived' })]);
		expect(d.properties.find((p) => p.type === 'notice')?.displayName).toMatch(/URL/);
		expect(Object.keys(node.webhookMethods.default)).toEqual(['checkExists', 'create', 'delete']);
	});

	it('the lifecycle is honest: the path secret is part of the URL n8n computes; a weak secret fails the activation', async () => {
		const hook = await serve(new HuaweiCecOutboundResultTrigger(), { secretCheck: 'pathSecret', pathSecret: SECRET, options: {} });
		const node = new HuaweiCecOutboundResultTrigger();
		const context = new HookContext(hook.workflow, hook.node, n8n.additionalData(), 'trigger', 'activate');
		expect(context.getNodeWebhookUrl('default')).toBe(`http://127.0.0.1/webhook/${hook.node.webhookId}/outbound-result/${SECRET}`);
		await expect(node.webhookMethods.default.checkExists.call(context)).resolves.toBe(true);
		await expect(node.webhookMethods.default.create.call(context)).resolves.toBe(true);
		await expect(node.webhookMethods.default.delete.call(context)).resolves.toBe(true);

		const weak = await serve(new HuaweiCecOutboundResultTrigger(), { secretCheck: 'pathSecret', pathSecret: 'short', options: {} });
		const weakContext = new HookContext(weak.workflow, weak.node, n8n.additionalData(), 'trigger', 'activate');
		await expect(node.webhookMethods.default.checkExists.call(weakContext)).rejects.toThrow('Path Secret must be 16 to 128 letters, digits, "-" or "_"');
		const header = await serve(new HuaweiCecVoiceFileReviewTrigger(), { secretCheck: 'headerSecret', headerName: 'X-Secret', headerSecret: 'tooShort', options: {} });
		const headerContext = new HookContext(header.workflow, header.node, n8n.additionalData(), 'trigger', 'activate');
		await expect(new HuaweiCecVoiceFileReviewTrigger().webhookMethods.default.checkExists.call(headerContext)).rejects.toThrow('Header Secret must have at least 16 characters');
		const plain = await serve(new HuaweiCecVoiceFileReviewTrigger(), { secretCheck: 'none', options: {} });
		const plainContext = new HookContext(plain.workflow, plain.node, n8n.additionalData(), 'trigger', 'activate');
		expect(plainContext.getNodeWebhookUrl('default')).toBe(`http://127.0.0.1/webhook/${plain.node.webhookId}/voice-file-review`);
	});

	it('the callback credential test checks the documented rules locally', async () => {
		const node = new HuaweiCecVoiceNotificationTrigger();
		expect((await n8n.testCredential(node, 'huaweiCecCallbackKeyTest', 'huaweiCecCallbackApi', { appSecret: '', serviceToken: '' })).status).toBe('Error');
		expect((await n8n.testCredential(node, 'huaweiCecCallbackKeyTest', 'huaweiCecCallbackApi', { appSecret: '', serviceToken: 'bad token!' })).message).toMatch(/at most 50/);
		expect((await n8n.testCredential(node, 'huaweiCecCallbackKeyTest', 'huaweiCecCallbackApi', { appSecret: 'k', serviceToken: 'tok-1' })).status).toBe('OK');
	});
});
