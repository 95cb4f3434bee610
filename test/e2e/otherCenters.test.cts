/**
 * Udesk and Tencent Cloud Contact Center inside a real n8n (scripts/e2e/n8n.cjs), against the
 * simulator's Udesk ccapi v2 mode and its Tencent CCC client: the Udesk trigger subscribes itself
 * when n8n activates it and unsubscribes when it is deactivated, its pushes start executions; the
 * Tencent mapping trigger answers Basic-auth requests in both modes through n8n's own webhook
 * server (the built-in mapping round trip, and the answer of the workflow's last node).
 */
import { launchN8n, type RunningN8n, type WorkflowJson } from '../../scripts/e2e/n8n.cjs';
import { sandboxCredentials, TENCENT_SANDBOX } from '../../scripts/e2e/sandbox.cjs';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { cecNode, manualTrigger, workflow, waitUntil } from './workflows.cjs';

jest.setTimeout(30 * 60 * 1000);

const VERSION = (process.env.E2E_N8N_VERSIONS ?? '2.41.1').split(',')[0].trim();
const UDESK_SECRET = 'e2e-udesk-secret-0123456789';
const AUTH = { user: TENCENT_SANDBOX.user, password: TENCENT_SANDBOX.password };

const ids = { httpRequest: 'e2eUdeskHttpReq01', udesk: 'e2eUdeskEvents01', builtIn: 'e2eTencentBuiltIn', fromWorkflow: 'e2eTencentFlow01', wrongShape: 'e2eTencentWrong01' };

function setNode(name: string, assignments: Array<[string, string]>): WorkflowJson['nodes'][number] {
	return {
		id: `e2e-set-${name.replace(/\W/g, '')}`,
		name,
		type: 'n8n-nodes-base.set',
		typeVersion: 3.4,
		parameters: { mode: 'manual', assignments: { assignments: assignments.map(([field, value], i) => ({ id: `s${i}`, name: field, value, type: 'string' })) }, includeOtherFields: false, options: {} },
	} as WorkflowJson['nodes'][number];
}

describe(`Udesk and Tencent CCC in n8n ${VERSION}`, () => {
	let sim: Simulator;
	let n8n: RunningN8n;

	beforeAll(async () => {
		sim = await startSimulator({ port: 0, timeScale: 0.01 });
		const credentials = sandboxCredentials(sim);
		const udesk = { udeskCallCenterApi: { id: credentials.find((c) => c.type === 'udeskCallCenterApi')!.id, name: 'Udesk Sandbox' } };
		const tccc = { tencentCccNumberMappingApi: { id: credentials.find((c) => c.type === 'tencentCccNumberMappingApi')!.id, name: 'Tencent CCC Sandbox Mapping' } };
		const mapping = (answer: Record<string, unknown>, webhookId: string) => cecNode('Mapping Request', 'tencentCccNumberMappingTrigger', answer as never, tccc, { webhookId });
		const workflows: WorkflowJson[] = [
			workflow(
				ids.httpRequest,
				"E2E n8n's HTTP Request node with the Udesk credential",
				[
					manualTrigger(),
					{
						id: 'e2e-http-udesk',
						name: 'List Relay Numbers',
						type: 'n8n-nodes-base.httpRequest',
						typeVersion: 4.2,
						parameters: { method: 'GET', url: `${sim.url}/ccapi/v2/spnumbers`, authentication: 'predefinedCredentialType', nodeCredentialType: 'udeskCallCenterApi', options: {} },
						credentials: udesk,
					} as WorkflowJson['nodes'][number],
				],
				[['Start', 'List Relay Numbers']],
			),
			workflow(ids.udesk, 'E2E Udesk events', [
				cecNode('Udesk Events', 'udeskCallCenterTrigger', { events: ['acd_agent_state', 'general_hangup'], subscriptionName: 'n8n-e2e', secretCheck: 'pathSecret', pathSecret: UDESK_SECRET, options: {} } as never, udesk, { webhookId: 'e2e-udesk' }),
			]),
			workflow(ids.builtIn, 'E2E Tencent CCC built-in mapping', [mapping({ answer: 'builtIn', defaultCountryCode: '86', visibleDigits: 3, runWorkflow: true }, 'e2e-tccc-builtin')]),
			workflow(
				ids.fromWorkflow,
				'E2E Tencent CCC mapping from the workflow',
				[
					mapping({ answer: 'workflow', responseMode: 'lastNode' }, 'e2e-tccc-flow'),
					setNode('Lookup', [
						['Key', '={{ $json.Key }}'],
						['Value', "={{ $json.Mode === 'PhoneToUID' ? 'crm-' + $json.Key.slice(-4) : '0086' + $json.Key.slice(4) }}"],
					]),
					cecNode('Build Answer', 'tencentCccNumberMapping', { operation: 'buildAnswer', keyField: 'Key', valueField: 'Value' } as never, {}),
				],
				[['Mapping Request', 'Lookup', 'Build Answer']],
			),
			workflow(
				ids.wrongShape,
				'E2E Tencent CCC mapping, wrong shape',
				[
					mapping({ answer: 'workflow', responseMode: 'lastNode' }, 'e2e-tccc-wrong'),
					setNode('Lookup', [['uid', '={{ $json.Key }}']]),
					cecNode('Build Answer', 'tencentCccNumberMapping', { operation: 'buildAnswer', keyField: 'Key', valueField: 'Value' } as never, {}),
				],
				[['Mapping Request', 'Lookup', 'Build Answer']],
			),
		];
		n8n = await launchN8n({
			version: VERSION,
			credentials,
			workflows,
			publish: [ids.udesk, ids.builtIn, ids.fromWorkflow, ids.wrongShape],
			log: (line) => process.stdout.write(`[e2e-other ${VERSION}] ${line}\n`),
		});
	});

	afterAll(async () => {
		await n8n?.stop();
		await sim?.close();
	});

	it("Udesk: n8n's HTTP Request node signs with the credential (Predefined Credential Type)", async () => {
		const run = await n8n.execute(ids.httpRequest);
		expect({ code: run.code, out: run.code === 0 ? '' : (run.stdout + run.stderr).slice(-3000) }).toEqual({ code: 0, out: '' });
		const [execution] = await n8n.waitForExecutions(ids.httpRequest, 1);
		const output = execution.data.resultData.runData['List Relay Numbers'][0].data.main[0][0].json;
		expect(output).toMatchObject({ ErrCode: '000000', Result: { DefSpNumber: '057126200670' } });
		const requests = sim.requests.filter((r) => r.path === '/ccapi/v2/spnumbers');
		expect(requests).toHaveLength(1);
		const [request] = requests;
		expect(request.query).toEqual({ AppId: sim.udesk.account.appId, Timestamp: expect.stringMatching(/^\d{13}$/), Sid: sim.udesk.account.sid, Sign: expect.stringMatching(/^[0-9a-f]{40}$/) });
		expect(request.rawQuery).not.toContain(sim.udesk.account.authToken);
	});

	it('Udesk: activation subscribed the events with the production URL; a push starts an execution; deactivation unsubscribes', async () => {
		const callback = `${n8n.url}/webhook/e2e-udesk/udesk/${UDESK_SECRET}`;
		const subscriptions = await waitUntil('the subscription made by the activation', () => {
			const all = [...sim.udesk.subscriptions.values()];
			return all.length ? all : undefined;
		});
		expect(subscriptions).toEqual([{ subid: expect.any(Number), name: 'n8n-e2e', callback, events: ['acd_agent_state', 'general_hangup'], enable: true }]);
		const signed = sim.requests.filter((r) => r.path === '/ccapi/v2/subscriptions');
		expect(signed.map((r) => r.method)).toContain('POST');
		for (const r of signed) expect(r.status).toBe(200);

		const [delivery] = await sim.udesk.emit('general_hangup', { call_id: 'e2e-call-1', hangup_side: 'customer' });
		expect(delivery.status).toBe(200);
		const [execution] = await n8n.waitForExecutions(ids.udesk, 1);
		const items = execution.data.resultData.runData['Udesk Events'][0].data.main[0];
		expect(items.map((i: { json: unknown }) => i.json)).toEqual([
			{ event: 'general_hangup', recordId: expect.stringMatching(/^[0-9a-f]{32}$/), category: 'call', app_id: sim.udesk.account.appId, subscription: 'n8n-e2e', timestamp: expect.any(Number), data: { call_id: 'e2e-call-1', hangup_side: 'customer' } },
		]);

		// Another secret is another path: n8n itself knows no such webhook.
		const forged = await fetch(callback.replace(UDESK_SECRET, 'e2e-udesk-secret-guessed000'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"event":"general_hangup"}' });
		expect(forged.status).toBe(404);
		expect((await n8n.api('GET', `/executions?workflowId=${ids.udesk}`)).data).toHaveLength(1);

		await n8n.api('POST', `/workflows/${ids.udesk}/deactivate`);
		await waitUntil('the subscription deleted by the deactivation', () => sim.udesk.subscriptions.size === 0, 30000);
		expect(sim.requests.some((r) => r.method === 'DELETE' && r.path === `/ccapi/v2/subscriptions/${subscriptions[0].subid}`)).toBe(true);
	});

	it('Tencent built-in mapping: a 1,000-number PhoneToUID → UIDToPhone round trip through n8n returns the originals; wrong credentials get 401', async () => {
		const url = `${n8n.url}/webhook/e2e-tccc-builtin/tencent-ccc/number-mapping`;
		const originals = Array.from({ length: 1000 }, (_, i) => `00861390000${String(i).padStart(4, '0')}`);
		const forward = await sim.tencentCcc.map(url, AUTH, 'PhoneToUID', originals);
		expect({ problem: forward.problem, body: forward.problem ? forward.body : undefined }).toEqual({ problem: undefined, body: undefined });
		const ids1 = originals.map((n) => forward.mapping!.get(n)!);
		expect(new Set(ids1).size).toBe(1000);
		const back = await sim.tencentCcc.map(url, AUTH, 'UIDToPhone', ids1);
		expect(back.problem).toBeUndefined();
		expect(ids1.map((id) => back.mapping!.get(id))).toEqual(originals);

		const wrong = await sim.tencentCcc.map(url, { user: AUTH.user, password: 'not-the-password-000' }, 'PhoneToUID', ['13988888888']);
		expect(wrong.status).toBe(401);
		expect(wrong.body).toEqual({ Code: 401, Results: [], Message: 'Unauthorized' });
		const none = await sim.tencentCcc.map(url, undefined, 'PhoneToUID', ['13988888888']);
		expect(none.status).toBe(401);
		// The two accepted requests ran the workflow (logging); the refused ones did not.
		const executions = await n8n.waitForExecutions(ids.builtIn, 2);
		expect(executions).toHaveLength(2);
	});

	it('Tencent mapping from the workflow: the last node (Build Answer) is the answer; a wrong shape is Code 5, not a hang', async () => {
		const good = await sim.tencentCcc.map(`${n8n.url}/webhook/e2e-tccc-flow/tencent-ccc/number-mapping`, AUTH, 'PhoneToUID', ['13988881234', '13788885678']);
		expect(good.problem).toBeUndefined();
		expect(good.body).toEqual({ Code: 0, Results: [{ Key: '13988881234', Value: 'crm-1234' }, { Key: '13788885678', Value: 'crm-5678' }] });

		const t0 = Date.now();
		const wrong = await sim.tencentCcc.map(`${n8n.url}/webhook/e2e-tccc-wrong/tencent-ccc/number-mapping`, AUTH, 'PhoneToUID', ['13988881234']);
		expect(Date.now() - t0).toBeLessThan(10000);
		expect(wrong.body).toEqual({ Code: 5, Results: [], Message: 'the workflow\'s items do not give a mapping answer: item[0] must be {"Key": text, "Value": text}' });

		const refused = await sim.tencentCcc.map(`${n8n.url}/webhook/e2e-tccc-flow/tencent-ccc/number-mapping`, { user: 'x', password: 'y' }, 'PhoneToUID', ['1']);
		expect(refused.status).toBe(401);
		await n8n.waitForExecutions(ids.fromWorkflow, 1);
		const after = await n8n.api('GET', `/executions?workflowId=${ids.fromWorkflow}`);
		expect(after.data).toHaveLength(1);
	});
});
