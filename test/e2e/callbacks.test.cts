/**
 * The seven CEC callback triggers in a real n8n (regular mode, one process, SQLite): what CEC reads
 * back (status, content type, the exact documented acknowledgement), how many executions repeated
 * and concurrent deliveries start, that the trigger's memory really lands in the workflow's static
 * data, and that replayed signed releases have no effect. Requests are sent by the test (crafted
 * like CEC's) and, where CEC's sender matters, by the simulator, which counts only the documented
 * acknowledgement as delivered. E2E_N8N_VERSIONS selects the n8n versions (default 2.41.1).
 */
import path from 'node:path';
import fs from 'node:fs';
import { launchN8n, type ImportedCredential, type RunningN8n, type WorkflowJson } from '../../scripts/e2e/n8n.cjs';
import { sandboxCredentials } from '../../scripts/e2e/sandbox.cjs';
import { signCallbackBody, startSimulator, type Simulator } from '../../simulator/index.cjs';
import { authV2, c1Token, c2Post } from '../simulator/helpers.cjs';
import { cecNode, workflow, waitUntil as waitFor } from './workflows.cjs';
import { KEY_LENGTH } from '../../nodes/shared/webhook/store';

jest.setTimeout(10 * 60 * 1000);

const VERSIONS = (process.env.E2E_N8N_VERSIONS ?? '2.41.1')
	.split(',')
	.map((v) => v.trim())
	.filter(Boolean);
const SECRET = 'e2e-callback-secret-0123456789';
const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');

/** One workflow per trigger: its id, the trigger node's name and the path after /webhook/. */
const HOOKS = {
	outbound: { id: 'e2eCbOutbound001', node: 'Outbound Result', path: `e2e-cb-outbound/outbound-result/${SECRET}` },
	// The same trigger at version 1.1, as the editor adds it today (the others are saved at version 1).
	outboundV11: { id: 'e2eCbOutbound011', node: 'Outbound Result 1.1', path: `e2e-cb-outbound11/outbound-result/${SECRET}` },
	voice: { id: 'e2eCbVoice000001', node: 'Voice Released', path: 'e2e-cb-voice/voice-notification' },
	bidirectional: { id: 'e2eCbBidirection', node: 'Bidirectional Call', path: `e2e-cb-bidirectional/bidirectional-call/${SECRET}` },
	agentPush: { id: 'e2eCbAgentPush01', node: 'Agent Events Pushed', path: 'e2e-cb-agent-push/agent-events' },
	fileReady: { id: 'e2eCbFileReady01', node: 'File Ready', path: 'e2e-cb-file-ready/file-ready' },
	review: { id: 'e2eCbReview00001', node: 'Review Result', path: `e2e-cb-review/voice-file-review/${SECRET}` },
	recognition: { id: 'e2eCbRecognition', node: 'Recognition Result', path: 'e2e-cb-recognition/voice-recognition/v100/subscribe/asrevent/asresult' },
} as const;

const RET_ACK = '{"retCode":"0","retMsg":"success"}';

interface Answer {
	status: number;
	type: string;
	text: string;
}

/** This suite's calls wait 30 s unless they say otherwise. */
const waitUntil = <T,>(what: string, fn: () => T | Promise<T>, timeoutMs = 30000) => waitFor(what, fn, timeoutMs);

const outboundRecord = (id: string) => ({
	campaignId: '42',
	sessionId: id,
	called: '13800000001',
	callTimeStr: '2030-01-01 10:00:00',
	callStatus: 6,
	failCode: '0',
	vdnId: 1,
	callId: `0042-${id}`,
	recordPath: '',
});

describe.each(VERSIONS)('CEC callbacks in n8n %s (regular mode)', (version) => {
	let sim: Simulator;
	let n8n: RunningN8n;
	let credentials: ImportedCredential[];
	let serviceToken: string;

	const url = (hook: keyof typeof HOOKS) => `${n8n.url}/webhook/${HOOKS[hook].path}`;
	async function post(hook: keyof typeof HOOKS, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
		const res = await fetch(url(hook), { method: 'POST', headers: { 'content-type': 'application/json;charset=UTF-8', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
		return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
	}
	/** n8n's API, retried while n8n answers 503 (a busy machine can make n8n's database ping time out for a while). */
	async function api(route: string): Promise<any> {
		const deadline = Date.now() + 60000;
		for (;;) {
			try {
				return await n8n.api('GET', route);
			} catch (error) {
				if ((error as { status?: number }).status !== 503 || Date.now() > deadline) throw error;
				await new Promise((r) => setTimeout(r, 1000));
			}
		}
	}
	/** Finished executions of a workflow (the public API lists at most 250 a page; these tests stay below). */
	async function executions(hook: keyof typeof HOOKS, withData = false): Promise<any[]> {
		const page = await api(`/executions?workflowId=${HOOKS[hook].id}&limit=250${withData ? '&includeData=true' : ''}`);
		return (page.data as any[]).filter((e) => e.finished || e.stoppedAt);
	}
	/** Waits for `count` executions, then a little longer to see that no more arrive; returns them with their data. */
	async function settledExecutions(hook: keyof typeof HOOKS, count: number): Promise<any[]> {
		await waitUntil(`${count} executions of ${hook}`, async () => (await executions(hook)).length >= count, 60000);
		await new Promise((r) => setTimeout(r, 1500));
		return await executions(hook, true);
	}
	const items = (execution: any, hook: keyof typeof HOOKS): any[] => (execution.data?.resultData?.runData?.[HOOKS[hook].node] ?? []).flatMap((r: any) => r.data?.main?.[0] ?? []).map((i: any) => i.json);
	/** The node's memory as n8n stored it in the database (the workflow's static data). */
	async function storedMemory(hook: keyof typeof HOOKS): Promise<{ records: number; cecNonces?: unknown[] }> {
		const wf = await n8n.rest('GET', `/workflows/${HOOKS[hook].id}`);
		const staticData = (wf?.staticData ?? {}) as Record<string, any>;
		const memory = staticData[`node:${HOOKS[hook].node}`] ?? {};
		// Record keys are stored as one string of fixed-length keys.
		return { ...memory, records: typeof memory.cecSeen === 'string' ? memory.cecSeen.length / KEY_LENGTH : 0 };
	}

	beforeAll(async () => {
		sim = await startSimulator({ port: 0, timeScale: 0.01 });
		credentials = sandboxCredentials(sim);
		const ref = (type: string) => {
			const c = credentials.find((x) => x.type === type)!;
			return { [type]: { id: c.id, name: c.name } };
		};
		serviceToken = String(credentials.find((c) => c.type === 'huaweiCecCallbackApi')!.data.serviceToken);
		const callbackKey = ref('huaweiCecCallbackApi');
		const trigger = (hook: keyof typeof HOOKS, type: string, parameters: Record<string, unknown>, creds: Record<string, { id: string; name: string }> = {}): WorkflowJson =>
			workflow(HOOKS[hook].id, `E2E callbacks: ${HOOKS[hook].node}`, [cecNode(HOOKS[hook].node, type, parameters as never, creds, { webhookId: HOOKS[hook].path.split('/')[0] })]);
		const pathSecret = { secretCheck: 'pathSecret', pathSecret: SECRET };
		const outboundV11 = trigger('outboundV11', 'huaweiCecOutboundResultTrigger', { ...pathSecret, options: {} });
		outboundV11.nodes[0] = { ...outboundV11.nodes[0], typeVersion: 1.1 };
		const workflows = [
			trigger('outbound', 'huaweiCecOutboundResultTrigger', { ...pathSecret, options: {} }),
			outboundV11,
			trigger('voice', 'huaweiCecVoiceNotificationTrigger', { verifySignature: true, secretCheck: 'none', options: {} }, callbackKey),
			trigger('bidirectional', 'huaweiCecBidirectionalCallTrigger', { verifySignature: true, ...pathSecret, options: {} }, callbackKey),
			trigger('agentPush', 'huaweiCecAgentEventPushTrigger', { verifySignature: true, secretCheck: 'none', options: {} }, callbackKey),
			trigger('fileReady', 'huaweiCecFileReadyTrigger', { verifySignature: true, download: false, secretCheck: 'none', options: {} }, ref('huaweiCecAkSkApi')),
			trigger('review', 'huaweiCecVoiceFileReviewTrigger', { ...pathSecret, options: {} }),
			trigger('recognition', 'huaweiCecVoiceRecognitionTrigger', { verifySignature: true, secretCheck: 'none', options: {} }, callbackKey),
		];
		n8n = await launchN8n({
			version,
			credentials,
			workflows,
			// 100 simultaneous executions on SQLite on a shared CI machine can delay n8n's 5 s database ping.
			env: { DB_PING_TIMEOUT_MS: '60000' },
			log: (line) => process.stdout.write(`[e2e callbacks ${version}] ${line}\n`),
		});
		// Activated through the API once n8n runs (seconds, where the CLI's publish costs a process each);
		// then each trigger must answer: an empty body is refused with 400 by the trigger, 404 means not registered.
		for (const hook of Object.keys(HOOKS) as Array<keyof typeof HOOKS>) {
			await n8n.api('POST', `/workflows/${HOOKS[hook].id}/activate`);
			await waitUntil(`the ${hook} webhook`, async () => (await post(hook, '')).status === 400, 60000);
		}
	});

	afterAll(async () => {
		if (n8n) {
			fs.mkdirSync(ARTIFACTS, { recursive: true });
			fs.copyFileSync(n8n.logFile, path.join(ARTIFACTS, `n8n-callbacks-${version}.log`));
		}
		await n8n?.stop();
		await sim?.close();
	});

	it('every trigger answers CEC with its documented acknowledgement (HTTP 200, JSON, exact body) and starts one execution', async () => {
		const ok = (text: string): Answer => ({ status: 200, type: expect.stringMatching(/^application\/json/) as unknown as string, text });

		expect(await post('outbound', [outboundRecord('ack-1')])).toEqual(ok(RET_ACK));
		expect(await post('outboundV11', [outboundRecord('ack-11')])).toEqual(ok(RET_ACK));

		const release = signCallbackBody({ callSerialNo: '7000000000000000001', called: '13800000001', releaseReason: '0', locationId: '0', releaseTime: '2030/01/01,10:00:10:000', talkDuration: '10' }, sim.credentials.callbackKey);
		expect(await post('voice', release)).toEqual(ok(RET_ACK));

		expect(await post('bidirectional', { callSerialNo: '7000000000000000002', serviceNo: '101', called: '13800000002', callData: '' })).toEqual(ok(RET_ACK));

		const pushed = { workNo: '102', eventList: [{ eventType: 'AgentState_Ready', workNo: '102', content: { at: 'ack' } }] };
		expect(await post('agentPush', pushed, { service_token: serviceToken })).toEqual(ok('{"message":"success","retcode":"0"}'));

		const ready = JSON.stringify({ request: { version: '2.0' }, msgBody: { responseId: 'a'.repeat(32), billFileName: `20300101_${'a'.repeat(32)}.zip` } });
		const readyPath = new URL(url('fileReady')).pathname;
		const readyHeaders = { Host: new URL(n8n.url).host, 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': String(Buffer.byteLength(ready)) };
		const { sk, ak } = sim.credentials;
		expect(await post('fileReady', ready, { Authorization: authV2({ ak, sk, method: 'POST', uri: readyPath, headers: readyHeaders, body: ready }) })).toEqual(ok('{"resultCode":"0","resultDesc":"success"}'));

		expect(await post('review', { fileUrl: 'Y:/IVR/1/voice/0/a.wav', fileId: '9001', status: '2', comment: 'Approved' })).toEqual(ok('{"returnCode":"0"}'));

		const recognized = { subscribetype: '1', serverid: '20300101-001-00001', curcallid: '1893456000-1', talkertype: '2', asrusercase: '0', result: [{ confidence: '100', content: 'hello', iscontentenc: '0' }], createTime: 1893456000000 };
		expect(await post('recognition', recognized, { service_token: serviceToken })).toEqual(ok('{"message":"success","retcode":"0"}'));

		for (const hook of Object.keys(HOOKS) as Array<keyof typeof HOOKS>) {
			const runs = await settledExecutions(hook, 1);
			expect({ hook, runs: runs.length, status: runs[0]?.status }).toEqual({ hook, runs: 1, status: 'success' });
			for (const item of items(runs[0], hook)) expect(item.recordId).toMatch(/^[0-9a-f]{32}$/);
		}

		// Refusals keep their failure bodies.
		const refused = await post('outbound', [outboundRecord('x')].map(({ campaignId: _, ...rest }) => rest));
		expect(refused).toEqual({ status: 400, type: expect.stringMatching(/^application\/json/), text: '{"retCode":"400","retMsg":"7.6.1: result 0 lacks the mandatory field campaignId"}' });
		const unauthorized = await post('agentPush', pushed, { service_token: 'wrong' });
		expect(unauthorized).toEqual({ status: 401, type: expect.stringMatching(/^application\/json/), text: '{"message":"Unauthorized: the service_token does not match.","retcode":"401"}' });
	});

	it('version 1.1 reads a push whose content type n8n leaves unread (octet-stream) like a JSON one: acknowledged, one execution with its records', async () => {
		const body = JSON.stringify([outboundRecord('raw-1'), outboundRecord('raw-2')]);
		expect(await post('outboundV11', body, { 'content-type': 'application/octet-stream' })).toEqual({ status: 200, type: expect.stringMatching(/^application\/json/), text: RET_ACK });
		const runs = await settledExecutions('outboundV11', 2);
		expect(runs).toHaveLength(2);
		expect(runs.flatMap((e) => items(e, 'outboundV11').map((i) => i.sessionId)).sort()).toEqual(['ack-11', 'raw-1', 'raw-2']);
		expect(await post('outboundV11', 'not json', { 'content-type': 'application/octet-stream' })).toEqual({ status: 400, type: expect.stringMatching(/^application\/json/), text: '{"retCode":"400","retMsg":"The request body is not valid JSON."}' });
	});

	it("CEC's own sender (the simulator) counts the answers of the signed release and the CC-FS ready callback as delivered", async () => {
		sim.clearCallbacks();
		const bearer = await c1Token(sim.url);
		const created = await fetch(`${sim.url}/apiaccess/rest/voiceNotification/v1/createVoiceNotification`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', Authorization: `Bearer ${bearer}`, 'X-APP-Key': sim.credentials.appKey },
			body: JSON.stringify({ voiceContent: '1133999~$Tom$~2225149', called: '13800000003', callBackUrl: Buffer.from(url('voice')).toString('base64') }),
		});
		expect(((await created.json()) as { retCode: string }).retCode).toBe('0');
		const generated = await c2Post(sim.url, '/CCFS/resource/ccfs/queryBillData', {
			request: { version: '2.0' },
			msgBody: { beginTime: '2030-01-01 00:00:00', endTime: '2030-01-02 00:00:00', dataType: 'call_record', callbackURL: url('fileReady') },
		});
		expect(generated.json.resultCode).toBe('0');
		const delivered = await waitUntil('both callbacks answered', () => {
			const answered = sim.callbacks.filter((c) => (c.kind === 'voiceNotificationRelease' || c.kind === 'cdrReady') && c.status);
			return answered.length >= 2 ? answered : undefined;
		});
		for (const cb of delivered) {
			expect({ kind: cb.kind, status: cb.status, acknowledged: cb.acknowledged, type: cb.responseContentType }).toEqual({ kind: cb.kind, status: 200, acknowledged: true, type: expect.stringMatching(/^application\/json/) });
		}
	});

	it('records r1, r1, r2, r2, r3, r3 sent one after another start exactly 3 executions, and the memory is saved in static data', async () => {
		for (const id of ['r1', 'r1', 'r2', 'r2', 'r3', 'r3']) expect(await post('outbound', [outboundRecord(id)])).toMatchObject({ status: 200, text: RET_ACK });
		// 1 from the acknowledgement test + 3 new ones.
		const runs = await settledExecutions('outbound', 4);
		expect(runs).toHaveLength(4);
		const sessions = runs.flatMap((e) => items(e, 'outbound').map((i) => i.sessionId)).sort();
		expect(sessions).toEqual(['ack-1', 'r1', 'r2', 'r3']);
		// n8n saved what the trigger remembered (it used to keep only the first write).
		expect((await storedMemory('outbound')).records).toBe(4);
	});

	it('50 records each sent twice at the same time start exactly 50 executions; the stored memory lost none of them', async () => {
		const before = (await executions('outbound')).length;
		const records = Array.from({ length: 50 }, (_, i) => outboundRecord(`c${i}`));
		const answers = await Promise.all([...records, ...records].map((r) => post('outbound', [r])));
		expect(answers.filter((a) => a.status === 200 && a.text === RET_ACK)).toHaveLength(100);
		const runs = await settledExecutions('outbound', before + 50);
		expect(runs.length - before).toBe(50);
		const fresh = runs.flatMap((e) => items(e, 'outbound')).filter((i) => /^c\d+$/.test(i.sessionId));
		expect(new Set(fresh.map((i) => i.sessionId)).size).toBe(50);
		expect(fresh).toHaveLength(50);
		expect((await storedMemory('outbound')).records).toBe(4 + 50);
	});

	it('a replayed signed voice release is refused; the same release signed again (a CEC retry) is acknowledged without a second execution', async () => {
		const before = (await executions('voice')).length;
		const release = signCallbackBody({ callSerialNo: '7000000000000000099', called: '13800000099', releaseReason: '0', locationId: '0', talkDuration: '3' }, sim.credentials.callbackKey);
		expect(await post('voice', release)).toMatchObject({ status: 200, text: RET_ACK });
		const replay = await post('voice', release);
		expect([replay.status, replay.text]).toEqual([401, '{"retCode":"401","retMsg":"Rejected as a replay: this nonce was already used."}']);
		const { timestamp: _t, nonce: _n, signature: _s, ...params } = release;
		const resigned = signCallbackBody(params, sim.credentials.callbackKey, Date.now() + 1);
		expect(await post('voice', resigned)).toMatchObject({ status: 200, text: RET_ACK });
		const runs = await settledExecutions('voice', before + 1);
		expect(runs.length - before).toBe(1);
		// Both the nonce and the record are in the saved memory.
		const memory = await storedMemory('voice');
		expect(memory.cecNonces!.length).toBeGreaterThanOrEqual(3);
		expect(memory.records).toBeGreaterThanOrEqual(2);
	});
});
