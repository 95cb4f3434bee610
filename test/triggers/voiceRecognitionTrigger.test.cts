/**
 * Huawei CEC Voice Recognition Trigger (6.3.6), served over real HTTP by n8n-core's WebhookContext
 * (harness.webhook). The subscription is made by the Voice Recognition node (6.3.1) through n8n
 * against the simulator, which then POSTs the recognition results of a simulated call to
 * {serviceCallBackUri}/v100/subscribe/asrevent/asresult with the service_token of the subscription.
 * Wrong, missing and malformed requests come from the simulator or are crafted from what it sent.
 */
import { HookContext } from 'n8n-core';
import type { IDataObject } from 'n8n-workflow';
import { HuaweiCecVoiceRecognition } from '../../nodes/HuaweiCecVoiceRecognition/HuaweiCecVoiceRecognition.node';
import { HuaweiCecVoiceRecognitionTrigger } from '../../nodes/HuaweiCecVoiceRecognitionTrigger/HuaweiCecVoiceRecognitionTrigger.node';
import { agentSessions } from '../../nodes/shared/auth/agentSessions';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { json, raw } from '../simulator/helpers.cjs';
import { createHarness, simulatorCredentials, type Harness, type WebhookHandle } from '../helpers/n8n.cjs';
import { paramsFor } from '../workflow/agentWorkbench.support.cjs';

const TOKEN = '3320EA1E5E7112A68E336ED638';
const SECRET = 'asrPathSecret-0123456789';
const TAIL = '/v100/subscribe/asrevent/asresult';
const JSON_TYPE = 'application/json; charset=UTF-8';
/** Table 6-421, names as printed. */
const TABLE_6_421 = ['serverid', 'subscribetype', 'initialagentid', 'ccid', 'vdnid', 'curcallid', 'curuserdn', 'talkertype', 'talkerid', 'nlpResult', 'result', 'asrusercase', 'calldata'];

let sim: Simulator;
let n8n: Harness;
const open: WebhookHandle[] = [];

beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01, agentIdleTimeoutMs: 3_600_000 });
	n8n = await createHarness(simulatorCredentials({ url: sim.url, credentials: sim.credentials as unknown as Record<string, string> }));
	n8n.credentials.set('huaweiCecCallbackApi', { appSecret: '', serviceToken: TOKEN });
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

async function serve(parameters: IDataObject): Promise<WebhookHandle> {
	const hook = await n8n.webhook(new HuaweiCecVoiceRecognitionTrigger(), { verifySignature: true, secretCheck: 'none', options: {}, ...parameters } as never);
	open.push(hook);
	return hook;
}

/**
 * The serviceCallBackUri to register for a served trigger: the URL n8n computes for the node
 * (webhook base + path) without the tail CEC appends, on the harness's host and port.
 */
function callbackUri(hook: WebhookHandle): string {
	const computed = new HookContext(hook.workflow, hook.node, n8n.additionalData(), 'trigger', 'activate').getNodeWebhookUrl('default')!;
	expect(computed.endsWith(TAIL)).toBe(true);
	return computed.slice(0, -TAIL.length).replace('http://127.0.0.1/webhook', hook.url.slice(0, hook.url.lastIndexOf('/webhook/') + '/webhook'.length));
}

/** 6.3.1 through the Voice Recognition node in n8n; returns the subscription task ID. */
async function subscribe(serviceCallBackUri: string, serviceToken?: string, nlpFlag = true): Promise<string> {
	const values: IDataObject = { subscribeType: '1', serviceCallBackUri, nlpFlag };
	if (serviceToken !== undefined) values.serviceToken = serviceToken;
	const r = await n8n.runNode(new HuaweiCecVoiceRecognition(), paramsFor('voice', 'subscription', 'create', values));
	if (r.error) throw r.error;
	const out = r.outputs[0][0].json as IDataObject;
	expect(out).toMatchObject({ message: 'success', retcode: '0' });
	const sent = sim.requests.filter((q) => q.path === '/agentgateway/resource/config/subscribe/register');
	expect(JSON.parse(sent[sent.length - 1].body)).toMatchObject({ serviceCallBackUri, ...(serviceToken ? { serviceToken } : {}) });
	return String((out.result as IDataObject).serverId);
}

/** Agent 102 signed in (auto-answer) and talking with 13912345678; returns the call ID. */
async function agentInCall(): Promise<string> {
	const r = await json(`${sim.url}/agentgateway/resource/onlineagent/102`, { method: 'PUT', body: { password: 'Agent@123', phonenum: '7000102', status: 4 } });
	expect(r.body.retcode).toBe('0');
	const call = sim.injectInboundCall('102', { caller: '13912345678' });
	if (!call.ok) throw new Error(call.error);
	return call.callId;
}

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	return raw(url, { method: 'POST', headers: { 'Content-Type': JSON_TYPE, 'Content-Length': String(Buffer.byteLength(text)), ...headers }, body: text });
}

const emitted = (hook: WebhookHandle) => hook.executions.flatMap((e) => e[0].map((i) => i.json));

describe('Voice Recognition Trigger (6.3.6)', () => {
	it('a 6.3.1 subscription made in n8n receives the results of a call: one item per notification, documented names, readable codes, answer {"message":"success","retcode":"0"}', async () => {
		const hook = await serve({});
		const uri = callbackUri(hook);
		expect(uri).toBe(`${hook.url}/voice-recognition`);
		const serverId = await subscribe(uri, TOKEN);
		const callId = await agentInCall();

		const r = await sim.recognizeSpeech({ agentId: '102' });
		if (!r.ok) throw new Error(r.error);
		expect(r.deliveries).toHaveLength(5);
		for (const d of r.deliveries) {
			expect(d.url).toBe(`${uri}${TAIL}`);
			expect([d.status, d.body, d.acknowledged]).toEqual([200, '{"message":"success","retcode":"0"}', true]);
		}
		const sent = sim.callbacks.filter((c) => c.kind === 'asrResult');
		for (const c of sent) expect(c.responseContentType).toMatch(/^application\/json/);
		expect(sent.map((c) => c.headers.service_token)).toEqual(Array(5).fill(TOKEN));

		// One execution per notification, in the order CEC sent them.
		expect(hook.executions.map((e) => e[0].length)).toEqual([1, 1, 1, 1, 1]);
		const items = emitted(hook);
		expect(items.map((i) => i.asrusercase)).toEqual(['61', '62', '0', '0', '63']);
		for (const item of items) {
			for (const name of TABLE_6_421.filter((n) => n !== 'nlpResult')) expect(item).toHaveProperty(name);
			expect(item).toMatchObject({ event: 'recognitionResult', serverid: serverId, subscribetype: '1', subscribetypeMeaning: 'recognition', curcallid: callId, initialagentid: '102', ccid: '1', vdnid: '1' });
		}
		expect(items[0]).toMatchObject({ talkertype: '2', talkertypeMeaning: 'subscriber', talkerid: '13912345678', curuserdn: '13912345678', result: [], resultList: [], recognizedText: null, asrusercaseMeaning: 'A talk starts and no recognition content is carried.', recognitionError: false });
		expect(items[2]).toMatchObject({
			asrusercaseMeaning: 'The recognition result is normal and the recognition ends (discontinuous recognition).',
			result: [{ confidence: '97', content: 'I lost my bank card and want to report it missing', iscontentenc: '0' }],
			resultList: [{ confidence: '97', content: 'I lost my bank card and want to report it missing', iscontentenc: '0', iscontentencMeaning: 'not encrypted' }],
			recognizedText: 'I lost my bank card and want to report it missing',
			nlpResult: { call_script_matchedstep: 'guashi', Intend: 'Claim missing' },
		});
		expect(items[3]).toMatchObject({ talkertype: '1', talkertypeMeaning: 'agent', talkerid: '102', recognizedText: 'I can help you report the card missing' });
		expect(items[4]).toMatchObject({ asrusercaseMeaning: 'The recognition ends.' });
		expect(JSON.parse(String(items[2].calldata))).toEqual({ nlpFlag: true, flowAccessCode: '', callbackUrl: uri });
		// The service_token authenticates; it is not data and never reaches the workflow.
		expect(JSON.stringify(items)).not.toContain(TOKEN);
	});

	it("accepts the section example's spelling (asusercase, result as one object), encrypted content and unknown reason codes", async () => {
		const hook = await serve({});
		await subscribe(`${hook.url}/voice-recognition`, TOKEN, false);
		const r = await sim.recognizeSpeech({
			callId: '1595493961-913',
			userDn: '88880313',
			spelling: 'example',
			utterances: [
				{ talkertype: '2', content: 'ZW5jcnlwdGVk', iscontentenc: '1', asrusercase: '62' },
				{ talkertype: '2', asrusercase: '99' },
			],
		});
		if (!r.ok) throw new Error(r.error);
		expect(r.deliveries.map((d) => d.status)).toEqual([200, 200]);
		const [encrypted, failed] = emitted(hook);
		expect(encrypted).toMatchObject({
			asusercase: '62',
			asrusercase: '62',
			result: { content: 'ZW5jcnlwdGVk', iscontentenc: '1' },
			resultList: [{ content: 'ZW5jcnlwdGVk', iscontentenc: '1', iscontentencMeaning: 'encrypted' }],
			recognizedText: null,
			curuserdn: '88880313',
		});
		expect(JSON.parse(sim.requests.find((q) => q.path.endsWith('/subscribe/register'))!.body)).toMatchObject({ nlpFlag: false });
		expect(encrypted.nlpResult).toBeUndefined();
		expect(failed).toMatchObject({ asrusercase: '99', asrusercaseMeaning: 'A recognition error occurs.', recognitionError: true });
	});

	it('refuses a wrong service_token (401, retcode 107-051), starting nothing', async () => {
		const hook = await serve({});
		await subscribe(`${hook.url}/voice-recognition`, 'another-token');
		await agentInCall();
		// Through the simulator's admin API this time (what `npm run sim` users call).
		const r = await json(`${sim.url}/__sim/asr/results`, { body: { agentId: '102', utterances: [{ content: 'hello' }] } });
		expect(r.status).toBe(200);
		const deliveries = r.body.deliveries as Array<{ status: number; body: string }>;
		expect(deliveries.map((d) => [d.status, JSON.parse(d.body)])).toEqual([[401, { message: 'Unauthorized: the service_token does not match.', retcode: '107-051' }]]);
		expect(sim.callbacks.find((c) => c.kind === 'asrResult')!.headers.service_token).toBe('another-token');
		expect(hook.executions).toHaveLength(0);
	});

	it('refuses a missing service_token (401): a subscription without serviceToken gets no header', async () => {
		const hook = await serve({});
		await subscribe(`${hook.url}/voice-recognition`);
		const r = await sim.recognizeSpeech({ callId: 'c-1', userDn: '139', utterances: [{ content: 'hello' }] });
		if (!r.ok) throw new Error(r.error);
		expect(sim.callbacks.filter((c) => c.kind === 'asrResult').map((c) => 'service_token' in c.headers)).toEqual([false]);
		expect(r.deliveries.map((d) => [d.status, JSON.parse(d.body)])).toEqual([[401, { message: 'Unauthorized: the request carries no service_token header.', retcode: '107-051' }]]);
		expect(hook.executions).toHaveLength(0);

		// Verification off: the same unsigned notification is taken (for setups that cannot set a token).
		const lenient = await serve({ verifySignature: false });
		await subscribe(`${lenient.url}/voice-recognition`);
		await sim.recognizeSpeech({ callId: 'c-1', userDn: '139', utterances: [{ content: 'hello' }] });
		expect(emitted(lenient).map((i) => i.recognizedText)).toEqual(['hello']);
	});

	it('refuses malformed bodies (400, retcode 107-053) with the reason, starting nothing', async () => {
		const hook = await serve({});
		await subscribe(`${hook.url}/voice-recognition`, TOKEN);
		await sim.recognizeSpeech({ callId: 'c-2', userDn: '139', utterances: [{ content: 'fine' }] });
		expect(hook.executions).toHaveLength(1);
		const cb = sim.callbacks.find((c) => c.kind === 'asrResult')!;
		const good = JSON.parse(cb.body) as IDataObject;
		const headers = { service_token: TOKEN };
		const refused = async (body: unknown) => {
			const r = await post(cb.url, body, headers);
			return [r.status, r.json];
		};

		expect(await refused('serverid=1&curcallid=2')).toEqual([400, { message: 'The request body is not valid JSON.', retcode: '107-053' }]);
		expect(await refused([good])).toEqual([400, { message: '6.3.6: the body must be a JSON object (Table 6-421)', retcode: '107-053' }]);
		const { curcallid: _dropped, ...noCall } = good;
		expect(await refused(noCall)).toEqual([400, { message: '6.3.6: the body lacks the mandatory field curcallid', retcode: '107-053' }]);
		const { asrusercase: _reason, ...noReason } = good;
		expect(await refused(noReason)).toEqual([400, { message: '6.3.6: the body lacks the mandatory field asrusercase', retcode: '107-053' }]);
		expect(await refused({ ...good, result: 'hello' })).toEqual([400, { message: '6.3.6: result must be an array of {confidence, content, iscontentenc} objects (Table 6-421)', retcode: '107-053' }]);
		expect(await refused({ ...good, nlpResult: 'x' })).toEqual([400, { message: '6.3.6: nlpResult must be an object (Table 6-422)', retcode: '107-053' }]);
		const empty = await raw(cb.url, { method: 'POST', headers: { 'Content-Type': JSON_TYPE, ...headers } });
		expect([empty.status, empty.json.retcode]).toEqual([400, '107-053']);
		expect(hook.executions).toHaveLength(1);
		// A well-formed one still goes through.
		expect((await post(cb.url, good, headers)).json).toEqual({ message: 'success', retcode: '0' });
		expect(hook.executions).toHaveLength(2);
	});

	it('filters by reason code, talker type and subscription task ID (filtered notifications are still answered success)', async () => {
		const finals = await serve({ options: { reasonCodes: ['0', 'error'] } });
		const agentOnly = await serve({ options: { talkerTypes: ['1'] } });
		const other = await serve({ options: { serverId: 'not-this-subscription' } });
		const subs: string[] = [];
		for (const hook of [finals, agentOnly, other]) subs.push(await subscribe(`${hook.url}/voice-recognition`, TOKEN));
		await agentInCall();
		const r = await sim.recognizeSpeech({
			agentId: '102',
			utterances: [
				{ talkertype: '2', content: 'first', asrusercase: '0' },
				{ talkertype: '2', asrusercase: '77' },
				{ talkertype: '2', asrusercase: '61' },
				{ talkertype: '1', content: 'agent words', asrusercase: '62' },
				{ talkertype: '2', content: 'final', asrusercase: '0' },
			],
		});
		if (!r.ok) throw new Error(r.error);
		expect(r.deliveries.every((d) => d.status === 200 && JSON.parse(d.body).retcode === '0')).toBe(true);
		expect(r.deliveries).toHaveLength(15);
		expect(emitted(finals).map((i) => i.asrusercase)).toEqual(['0', '77', '0']);
		expect(emitted(agentOnly).map((i) => i.recognizedText)).toEqual(['agent words']);
		expect(emitted(other)).toEqual([]);

		const mine = await serve({ options: { serverId: subs[0] } });
		const sent = sim.callbacks.find((c) => c.kind === 'asrResult' && JSON.parse(c.body).serverid === subs[0])!;
		await post(`${mine.url}/voice-recognition${TAIL}`, sent.body, { service_token: TOKEN });
		await post(`${mine.url}/voice-recognition${TAIL}`, { ...JSON.parse(sent.body), serverid: subs[1] }, { service_token: TOKEN });
		expect(emitted(mine).map((i) => i.serverid)).toEqual([subs[0]]);
	});

	it('path secret: n8n serves …/voice-recognition/<secret>/v100/subscribe/asrevent/asresult; other paths get 401', async () => {
		const hook = await serve({ secretCheck: 'pathSecret', pathSecret: SECRET });
		const context = new HookContext(hook.workflow, hook.node, n8n.additionalData(), 'trigger', 'activate');
		expect(context.getNodeWebhookUrl('default')).toBe(`http://127.0.0.1/webhook/${hook.node.webhookId}/voice-recognition/${SECRET}${TAIL}`);
		const node = new HuaweiCecVoiceRecognitionTrigger();
		await expect(node.webhookMethods.default.checkExists.call(context)).resolves.toBe(true);
		await expect(node.webhookMethods.default.create.call(context)).resolves.toBe(true);
		await expect(node.webhookMethods.default.delete.call(context)).resolves.toBe(true);

		const uri = callbackUri(hook);
		expect(uri).toBe(`${hook.url}/voice-recognition/${SECRET}`);
		await subscribe(uri, TOKEN);
		await sim.recognizeSpeech({ callId: 'c-3', userDn: '139', utterances: [{ content: 'secret path' }] });
		expect(emitted(hook).map((i) => i.recognizedText)).toEqual(['secret path']);

		const body = JSON.parse(sim.callbacks.find((c) => c.kind === 'asrResult')!.body);
		const wrong = await post(`${hook.url}/voice-recognition/not-the-secret-at-all${TAIL}`, body, { service_token: TOKEN });
		expect([wrong.status, wrong.json]).toEqual([401, { message: 'Unauthorized: the URL does not carry the secret path segment.', retcode: '107-051' }]);
		const noTail = await post(`${hook.url}/voice-recognition/${SECRET}`, body, { service_token: TOKEN });
		expect([noTail.status, noTail.json.message]).toEqual([401, `Unauthorized: the URL does not end with ${TAIL}.`]);
		expect(hook.executions).toHaveLength(1);

		const weak = await serve({ secretCheck: 'pathSecret', pathSecret: 'short' });
		const weakContext = new HookContext(weak.workflow, weak.node, n8n.additionalData(), 'trigger', 'activate');
		await expect(node.webhookMethods.default.checkExists.call(weakContext)).rejects.toThrow('Path Secret must be 16 to 128 letters, digits, "-" or "_"');
	});

	it('an ended subscription (6.3.3) is notified no more; the simulator refuses to recognize without one', async () => {
		const hook = await serve({});
		const serverId = await subscribe(`${hook.url}/voice-recognition`, TOKEN);
		expect(sim.asrSubscriptions().map((s) => s.serverId)).toEqual([serverId]);
		const r = await n8n.runNode(new HuaweiCecVoiceRecognition(), paramsFor('voice', 'subscription', 'delete', { serverId }));
		expect(r.outputs[0][0].json).toMatchObject({ retcode: '0' });
		expect(sim.asrSubscriptions()).toEqual([]);
		expect(await sim.recognizeSpeech({ callId: 'c-4' })).toEqual({ ok: false, error: 'no subscription (6.3.1)' });
		expect(hook.executions).toHaveLength(0);
	});

	it('follows the trigger conventions', () => {
		const node = new HuaweiCecVoiceRecognitionTrigger();
		const d = node.description;
		expect(d.name).toBe('huaweiCecVoiceRecognitionTrigger');
		expect(d.inputs).toEqual([]);
		expect(d.group).toEqual(['trigger']);
		expect(d.usableAsTool).toBeUndefined();
		expect(d.webhooks).toEqual([expect.objectContaining({ name: 'default', httpMethod: 'POST', responseMode: 'onReceived' })]);
		expect(d.properties.find((p) => p.type === 'notice')?.displayName).toMatch(/Callback URL = the Production URL above/);
		// 6.3.6 results carry no identity and no timestamp: no de-duplication, no replay window to offer.
		const options = d.properties.find((p) => p.name === 'options')!.options!.map((o) => o.name);
		expect(options).toEqual(['reasonCodes', 'talkerTypes', 'serverId']);
	});
});
