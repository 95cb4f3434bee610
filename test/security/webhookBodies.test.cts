/**
 * Callback bodies beyond any CEC callback's size, served over real HTTP through n8n-core's
 * WebhookContext (harness.webhook): a 10,000-deep unsigned body, a 5,000-deep field in a push
 * signed with the right shared key, and pushes with more records than the bound. Each gets a 400
 * in the family's answer shape, and starts no workflow; bodies within the bounds still work.
 */
import { createHmac } from 'node:crypto';
import { callbackSignature, signCallbackBody } from '../../simulator/index.cjs';
import { raw } from '../simulator/helpers.cjs';
import { HuaweiCecAgentEventPushTrigger } from '../../nodes/HuaweiCecAgentEventPushTrigger/HuaweiCecAgentEventPushTrigger.node';
import { HuaweiCecOutboundResultTrigger } from '../../nodes/HuaweiCecOutboundResultTrigger/HuaweiCecOutboundResultTrigger.node';
import { HuaweiCecVoiceNotificationTrigger } from '../../nodes/HuaweiCecVoiceNotificationTrigger/HuaweiCecVoiceNotificationTrigger.node';
import { bodyBoundsProblem, MAX_CALLBACK_DEPTH, MAX_CALLBACK_RECORDS } from '../../nodes/shared/webhook/bounds';
import { verifySharedKeySignature } from '../../nodes/shared/webhook/verify';
import { createHarness, type Harness, type WebhookHandle } from '../helpers/n8n.cjs';

const SHARED_KEY = 'shared-key-for-security-tests';
const SERVICE_TOKEN = 'push-token-security';
const PATH_SECRET = 'pathSecret-security-0123456789';

let n8n: Harness;
const open: WebhookHandle[] = [];

beforeAll(async () => {
	n8n = await createHarness({ huaweiCecCallbackApi: { appSecret: SHARED_KEY, serviceToken: SERVICE_TOKEN } });
});
afterEach(async () => {
	for (const hook of open.splice(0)) await hook.close();
});

async function serve(node: Parameters<Harness['webhook']>[0], parameters: Record<string, unknown>): Promise<WebhookHandle> {
	const hook = await n8n.webhook(node, parameters as never);
	open.push(hook);
	return hook;
}

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	return raw(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)), ...headers }, body: text });
}

/** {"a":{"a":...1...}} nested `levels` objects deep, built without recursion. */
function nested(levels: number): unknown {
	let value: unknown = 1;
	for (let i = 0; i < levels; i++) value = { a: value };
	return value;
}

/**
 * A 14.4.2 release with callData nested `levels` deep, signed per 14.4.1 with the right key. The
 * simulator's signer is recursive and cannot render 5,000 levels, so the signature base (Java's
 * TreeMap.toString of the sorted fields, spaces removed) is written out here; the test below
 * checks it against the simulator's signer at a depth both can handle.
 */
function signedWithDeepField(levels: number): string {
	const timestamp = String(Date.now());
	const nonce = String(Math.floor(Math.random() * 1e12));
	const fields = `callData=${'{a='.repeat(levels)}1${'}'.repeat(levels)},callSerialNo=deep-${levels},called=13900000001,releaseReason=1`;
	const signature = createHmac('sha256', SHARED_KEY).update(`${SHARED_KEY}_${timestamp}_${nonce}_${fields}`).digest('base64');
	// As JSON text: even JSON.stringify overflows the stack on such a value.
	const callData = `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
	return `{"callSerialNo":"deep-${levels}","called":"13900000001","releaseReason":"1","callData":${callData},"timestamp":"${timestamp}","nonce":"${nonce}","signature":"${signature}"}`;
}

const depthMessage = `The request body nests deeper than ${MAX_CALLBACK_DEPTH} levels; CEC callbacks are far shallower.`;

describe('Voice Notification Trigger (14.4.2, shared-key signature)', () => {
	const params = { verifySignature: true, secretCheck: 'none', options: {} };

	it('an unsigned 10,000-deep body is refused with 400, not a stack overflow (500)', async () => {
		const hook = await serve(new HuaweiCecVoiceNotificationTrigger(), params);
		const text = `{"callSerialNo":"deep-1","called":"139","timestamp":"${Date.now()}","nonce":"1","signature":"forged","x":${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}}`;
		const answer = await post(hook.url, text);
		expect(answer.status).toBe(400);
		expect(answer.json).toEqual({ retCode: '400', retMsg: depthMessage });
		expect(hook.executions).toHaveLength(0);
	});

	it('a push signed with the right key but carrying a 5,000-deep field is refused (no item n8n cannot serialize)', async () => {
		const hook = await serve(new HuaweiCecVoiceNotificationTrigger(), params);
		const signed = signedWithDeepField(5000);
		const answer = await post(hook.url, signed);
		expect(answer.status).toBe(400);
		expect(answer.json).toEqual({ retCode: '400', retMsg: depthMessage });
		expect(hook.executions).toHaveLength(0);
	});

	it('the hand-written signature base agrees with the simulator signer', () => {
		const mine = JSON.parse(signedWithDeepField(3)) as Record<string, unknown>;
		expect(mine.callData).toEqual(nested(3));
		expect(callbackSignature(mine, SHARED_KEY, String(mine.timestamp), String(mine.nonce))).toBe(mine.signature);
	});

	it(`a signed push nested ${MAX_CALLBACK_DEPTH} levels deep is within the bound and becomes one serializable item`, async () => {
		const hook = await serve(new HuaweiCecVoiceNotificationTrigger(), params);
		// The body is level 1, so its field may hold MAX - 1 levels.
		const signed = signCallbackBody({ callSerialNo: 'deep-3', called: '13900000001', releaseReason: '1', callData: nested(MAX_CALLBACK_DEPTH - 1) }, SHARED_KEY);
		const answer = await post(hook.url, signed);
		expect(answer.status).toBe(200);
		expect(answer.json).toEqual({ retCode: '0', retMsg: 'success' });
		expect(hook.executions).toHaveLength(1);
		const item = hook.executions[0][0][0].json;
		expect(JSON.parse(JSON.stringify(item.callData))).toEqual(nested(MAX_CALLBACK_DEPTH - 1));
		const oneMore = signCallbackBody({ callSerialNo: 'deep-4', called: '13900000001', releaseReason: '1', callData: nested(MAX_CALLBACK_DEPTH) }, SHARED_KEY);
		expect((await post(hook.url, oneMore)).status).toBe(400);
	});
});

describe('Outbound Result Trigger (7.6.1, records per push)', () => {
	const params = { secretCheck: 'pathSecret', pathSecret: PATH_SECRET, options: {} };
	const record = (i: number) => ({ campaignId: '7', sessionId: `s${i}`, called: `1390000${String(i).padStart(4, '0')}`, callTimeStr: '2030-01-01 10:00:00', callStatus: 6, failCode: '0', callId: `c${i}` });

	it(`a push of ${MAX_CALLBACK_RECORDS + 1} records is refused with 400; ${MAX_CALLBACK_RECORDS} are taken`, async () => {
		const hook = await serve(new HuaweiCecOutboundResultTrigger(), params);
		const url = `${hook.url}/outbound-result/${PATH_SECRET}`;
		const tooMany = await post(url, Array.from({ length: MAX_CALLBACK_RECORDS + 1 }, (_v, i) => record(i)));
		expect(tooMany.status).toBe(400);
		expect(tooMany.json).toEqual({ retCode: '400', retMsg: `The request body carries a list of ${MAX_CALLBACK_RECORDS + 1} entries; at most ${MAX_CALLBACK_RECORDS} records are accepted per push.` });
		expect(hook.executions).toHaveLength(0);

		const full = await post(url, Array.from({ length: MAX_CALLBACK_RECORDS }, (_v, i) => record(i)));
		expect(full.status).toBe(200);
		expect(hook.executions).toHaveLength(1);
		expect(hook.executions[0][0]).toHaveLength(MAX_CALLBACK_RECORDS);
	});

	it('the wrapped form {callResultList: [...]} is bounded the same way', async () => {
		const hook = await serve(new HuaweiCecOutboundResultTrigger(), params);
		const answer = await post(`${hook.url}/outbound-result/${PATH_SECRET}`, { callResultList: Array.from({ length: 5000 }, (_v, i) => record(i)) });
		expect(answer.status).toBe(400);
		expect(answer.json.retMsg).toMatch(/a list of 5000 entries; at most 1000 records/);
		expect(hook.executions).toHaveLength(0);
	});

	it('a wrong path secret is still refused first (401), whatever the body', async () => {
		const hook = await serve(new HuaweiCecOutboundResultTrigger(), params);
		const answer = await post(`${hook.url}/outbound-result/not-the-secret-0000000`, `[${'['.repeat(10000)}${']'.repeat(10000)}]`);
		expect(answer.status).toBe(401);
	});
});

describe('Agent Event Push Trigger (6.1.4.2, service_token)', () => {
	it('an eventList beyond the bound is refused with 400 in the family shape', async () => {
		const hook = await serve(new HuaweiCecAgentEventPushTrigger(), { secretCheck: 'none', options: {} });
		const eventList = Array.from({ length: MAX_CALLBACK_RECORDS + 1 }, () => ({ eventType: 'AgentState_Busy', workNo: '101' }));
		const answer = await post(hook.url, { workNo: '101', eventList }, { service_token: SERVICE_TOKEN });
		expect(answer.status).toBe(400);
		expect(answer.json).toEqual({ retcode: '400', message: `The request body carries a list of ${MAX_CALLBACK_RECORDS + 1} entries; at most ${MAX_CALLBACK_RECORDS} records are accepted per push.` });
		expect(hook.executions).toHaveLength(0);
	});
});

describe('the checks themselves are iterative', () => {
	it('bodyBoundsProblem walks a 200,000-deep value without recursion', () => {
		expect(bodyBoundsProblem(nested(200000))).toBe(depthMessage);
		expect(bodyBoundsProblem(nested(MAX_CALLBACK_DEPTH))).toBeUndefined();
	});

	it('the shared-key verifier (also used from Code nodes) refuses a deep body instead of overflowing the stack', () => {
		const verdict = verifySharedKeySignature({ timestamp: '1', nonce: '2', signature: 'x', deep: nested(100000) as never }, SHARED_KEY);
		expect(verdict).toEqual({ ok: false, reason: `the body exceeds what a CEC callback carries (${MAX_CALLBACK_DEPTH} levels, ${MAX_CALLBACK_RECORDS} records per list)` });
	});
});
