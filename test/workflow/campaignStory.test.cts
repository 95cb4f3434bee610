/**
 * The campaign story, end to end through n8n-core against the simulator:
 * create a suspended V2 campaign (7.1.2), add numbers from a list of items (7.4.2, batched 20 per
 * request) and start it (7.1.9) in one workflow, let the simulator's dialer call inside the
 * campaign's calling window (simulated clock), then read the results (7.5.1 Return All, 7.5.2).
 * The campaign's result callback (7.6.1) goes to the Outbound Result Trigger, served by n8n-core.
 */
import type { IDataObject, INode, INodeParameters } from 'n8n-workflow';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { HuaweiCecOutboundCampaign } from '../../nodes/HuaweiCecOutboundCampaign/HuaweiCecOutboundCampaign.node';
import { OPERATIONS as CAMPAIGN_OPS } from '../../nodes/HuaweiCecOutboundCampaign/operations';
import { HuaweiCecOutboundResultTrigger } from '../../nodes/HuaweiCecOutboundResultTrigger/HuaweiCecOutboundResultTrigger.node';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { parameterName, parameterNames } from '../../nodes/shared/registry/params';
import type { OperationSpec } from '../../nodes/shared/registry/types';
import { setFormValue } from '../registry/sampleValues.cjs';
import { createHarness, PACKAGE, simulatorCredentials, type Harness, type WebhookHandle } from '../helpers/n8n.cjs';

let sim: Simulator;
let n8n: Harness;
let hook: WebhookHandle | undefined;
const SECRET = 'storySecret-0123456789abcdef';

beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01, dialerIntervalMs: 0 });
	n8n = await createHarness(simulatorCredentials(sim));
});
afterAll(async () => await sim.close());
beforeEach(() => {
	tokenCache.clear();
	sim.reset();
});
afterEach(async () => {
	await hook?.close();
	hook = undefined;
});

const node = new HuaweiCecOutboundCampaign();
const NAMES = parameterNames(CAMPAIGN_OPS);
const spec = (section: string): OperationSpec => CAMPAIGN_OPS.find((s) => s.section === section) as OperationSpec;

/** Node parameters of one operation, by documented field name (the UI's parameter names looked up). */
function params(section: string, fields: Record<string, unknown>, additional: Record<string, unknown> = {}, rest: INodeParameters = {}): INodeParameters {
	const s = spec(section);
	const name = (field: string) => {
		const f = s.fields.find((x) => x.name === field);
		if (!f) throw new Error(`${section} has no field ${field}`);
		return parameterName(NAMES, s, f);
	};
	// Values as the form saves them: structured fields as sections (typed in, no JSON), expressions in their JSON alternative.
	const out: INodeParameters = { resource: s.resource, operation: s.operation, options: {}, ...rest };
	for (const [k, v] of Object.entries(fields)) setFormValue(out, name(k), s.fields.find((x) => x.name === k)!, v);
	for (const [k, v] of Object.entries(additional)) setFormValue(out, name(k), s.fields.find((x) => x.name === k)!, v, true, s);
	return out;
}

/** A Monday: the campaign runs 09:00-12:00 on workdays. */
const DAY = '2031-03-03';
const busy = '13800000537';
const noAnswer = '13800000603';
/** 45 customers: ceil(45 / 20) = 3 requests of 7.4.2. Two of them fail the way their last five digits say (7.6.1 codes). */
const CUSTOMERS = [...Array.from({ length: 43 }, (_v, i) => ({ phone: `1392${String(2000000 + i * 13)}`, customer: `c${i}` })), { phone: busy, customer: 'busy' }, { phone: noAnswer, customer: 'noanswer' }];

it('create a campaign, add numbers, start it, the simulator dials, every number has a documented result', async () => {
	sim.setClock(`${DAY} 08:00:00`);
	hook = await n8n.webhook(new HuaweiCecOutboundResultTrigger(), { secretCheck: 'pathSecret', pathSecret: SECRET, options: {} } as never);
	const example = spec('7.1.2').example as IDataObject;

	// 1. Create the campaign, suspended (initStatus 1), results pushed to the trigger.
	const created = await n8n.runNode(
		node,
		params(
			'7.1.2',
			{
				vdnId: 1,
				name: 'Spring renewal',
				strBeginTime: `${DAY} 00:00:00`,
				strEndTime: `${DAY} 23:59:59`,
				deviceType: 2,
				callerNo: [{ accessCode: '88889527', priority: 3 }],
				maxAlertingTime: 20,
				scheduleParam: { workdayBeginTime1: '09:00', workdayEndTime1: '12:00' },
				callBackUrl: `${hook.url}/outbound-result/${SECRET}`,
				retryPolicy: { policyType: 0, retryDay: 1, retryTimes: 1, callInterval: 60 },
				ccId: 1,
			},
			{ initStatus: 1, skillParam: example.skillParam, description: 'n8n campaign story' },
		),
	);
	expect(created.error).toBeUndefined();
	// Simplified output: the created campaign itself (the answer's returnObject).
	const campaignId = Number(created.outputs[0][0].json.id);
	expect(campaignId).toBeGreaterThan(0);
	const createRequest = sim.requests.find((r) => r.method === 'POST' && r.path === '/rest/isales/v2/openapi/campaigns/1')!;
	expect(JSON.parse(String(createRequest.body))).toMatchObject({ name: 'Spring renewal', initStatus: 1, deviceType: 2, callerNo: [{ accessCode: '88889527', priority: 3 }] });
	expect(String(createRequest.headers.authorization)).toMatch(/^auth-v2\/demo-ak\//);

	// 2. One workflow: the customer items -> Add Numbers -> Resume (start) the campaign once.
	const type = `${PACKAGE}.${node.description.name}`;
	n8n.nodeTypes.register(type, node);
	const locator = { __rl: true, mode: 'id', value: campaignId };
	const nodes: INode[] = [
		{ id: 'in', name: 'Customers', type: 'test.input', typeVersion: 1, position: [0, 0], parameters: { items: JSON.stringify(CUSTOMERS) } },
		{
			id: 'add',
			name: 'Add Numbers',
			type,
			typeVersion: 1,
			position: [200, 0],
			parameters: params('7.4.2', { vdnId: 1, campaignId: locator, callDataList: '={{ [{ sessionId: $json.customer, called: [{ calledNo: $json.phone }] }] }}' }),
			credentials: { huaweiCecAkSkApi: { id: 'huaweiCecAkSkApi', name: 'huaweiCecAkSkApi' } },
		},
		{
			id: 'start',
			name: 'Start Campaign',
			type,
			typeVersion: 1,
			position: [400, 0],
			executeOnce: true,
			parameters: params('7.1.9', { vdnId: 1, campaignId: locator }),
			credentials: { huaweiCecAkSkApi: { id: 'huaweiCecAkSkApi', name: 'huaweiCecAkSkApi' } },
		},
	];
	sim.clearRequests();
	const run = await n8n.runWorkflow(
		nodes,
		{ Customers: { main: [[{ node: 'Add Numbers', type: 'main', index: 0 }]] }, 'Add Numbers': { main: [[{ node: 'Start Campaign', type: 'main', index: 0 }]] } },
		'Customers',
	);
	expect(run.data.resultData.error).toBeUndefined();
	const added = run.data.resultData.runData['Add Numbers'][0].data!.main[0]!;
	expect(added).toHaveLength(CUSTOMERS.length);
	added.forEach((item, i) => {
		expect(item.pairedItem).toEqual({ item: i });
		// Simplified output: the answer's returnObject, without the result-code envelope.
		expect(item.json).toEqual({ totalSize: expect.any(Number) });
	});
	const adds = sim.requests.filter((r) => r.method === 'POST' && r.path === `/rest/isales/v2/openapi/campaigns/1/calldata/${campaignId}`);
	expect(adds.map((r) => (JSON.parse(String(r.body)).callDataList as unknown[]).length)).toEqual([20, 20, 5]);
	expect(adds.flatMap((r) => (JSON.parse(String(r.body)).callDataList as IDataObject[]).map((d) => (d.called as IDataObject[])[0].calledNo))).toEqual(CUSTOMERS.map((c) => c.phone));
	// 7.4.1/7.4.2: at least 1 s between two calls of the interface.
	for (let i = 1; i < adds.length; i++) expect(adds[i].time - adds[i - 1].time).toBeGreaterThanOrEqual(990);
	const starts = sim.requests.filter((r) => r.method === 'PUT' && r.path === `/rest/isales/v1/openapi/campaigns/1/${campaignId}/resume`);
	expect(starts).toHaveLength(1);
	expect(run.data.resultData.runData['Start Campaign'][0].data!.main[0]!.map((i) => i.json)).toEqual([{ success: true }]);

	// 3. The dialer: nothing before 09:00 (outside the calling window), then every number is called.
	expect(sim.dialerTick().find((r) => r.campaignId === campaignId)?.results ?? []).toHaveLength(0);
	sim.setClock(`${DAY} 09:30:00`);
	const dialled = new Set<string>();
	for (let round = 0; round < 50 && dialled.size < CUSTOMERS.length; round++) {
		for (const r of sim.dialerTick().find((x) => x.campaignId === campaignId)?.results ?? []) dialled.add(r.called);
		if (dialled.size < CUSTOMERS.length) await new Promise((resolve) => setTimeout(resolve, 20));
	}
	expect([...dialled].sort()).toEqual(CUSTOMERS.map((c) => c.phone).sort());

	// 4. The results (Return All; paging across pages is covered in businessNodesFeatures), and one in detail.
	sim.clearRequests();
	const results = await n8n.runNode(node, params('7.5.1', { vdnId: 1, campaignId: locator }, {}, { returnAll: true }));
	expect(results.error).toBeUndefined();
	const rows = results.outputs[0].map((i) => i.json);
	expect(rows.map((r) => r.called).sort()).toEqual(CUSTOMERS.map((c) => c.phone).sort());
	for (const row of rows) {
		// Table 7-275.
		expect(row).toMatchObject({ campaignId: String(campaignId), vdnId: 1 });
		expect(row.sessionId).toBe(CUSTOMERS.find((c) => c.phone === row.called)!.customer);
		expect(row.callTimeStr).toMatch(new RegExp(`^${DAY} \\d{2}:\\d{2}:\\d{2}$`));
		expect(String(row.callTimeStr) >= `${DAY} 09:30:00`).toBe(true);
		expect([5, 6]).toContain(row.callStatus);
		expect(typeof row.failCode).toBe('string');
		expect(typeof row.resultCode).toBe('string');
		expect(typeof row.callId).toBe('string');
	}
	const byNumber = new Map(rows.map((r) => [r.called, r]));
	// Simplified output explains the codes the way the Outbound Result Trigger does.
	expect(byNumber.get(busy)).toMatchObject({ callStatus: 5, failCode: '00537', failCodeMeaning: 'The called party is busy.' });
	expect(typeof byNumber.get(busy)!.callStatusMeaning).toBe('string');
	expect(byNumber.get(noAnswer)).toMatchObject({ callStatus: 5, failCode: '00603' });
	expect(rows.filter((r) => r.callStatus === 6)).toHaveLength(CUSTOMERS.length - 2);
	expect(rows.filter((r) => r.callStatus === 6).every((r) => r.failCode === '0')).toBe(true);
	const pages = sim.requests.filter((r) => r.path === `/rest/isales/v1/openapi/campaigns/1/callresult/${campaignId}`);
	expect(pages.length).toBeGreaterThanOrEqual(1);
	expect(pages.every((p) => p.status === 200 && /^auth-v2\//.test(String(p.headers.authorization)))).toBe(true);

	const detail = await n8n.runNode(node, params('7.5.2', { vdnId: 1, callId: byNumber.get(busy)!.callId }));
	expect(detail.error).toBeUndefined();
	expect(sim.requests.at(-1)?.path).toBe(`/rest/isales/v1/openapi/campaigns/1/callresultdetail/${encodeURIComponent(String(byNumber.get(busy)!.callId))}`);
	expect(detail.outputs[0]).toHaveLength(1);
	expect(JSON.stringify(detail.outputs[0][0].json)).toContain('00537');

	// 5. The same results reached the workflow of the Outbound Result Trigger (7.6.1 pushes).
	const deadline = Date.now() + 5000;
	const pushed = () => hook!.executions.flatMap((e) => e[0].map((i) => i.json));
	while (pushed().length < CUSTOMERS.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
	expect(pushed().map((r) => r.called).sort()).toEqual(CUSTOMERS.map((c) => c.phone).sort());
	expect(pushed().find((r) => r.called === busy)).toMatchObject({ callStatus: 5, failCode: '00537', failCodeMeaning: 'The called party is busy.' });
}, 30000);
