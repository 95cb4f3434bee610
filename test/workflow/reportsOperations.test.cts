/**
 * Every operation of the Huawei CEC Reports node (reference 12.3, CC-CMS, C2 AK/SK signature), run
 * through a real n8n-core workflow against the simulator: method, path, auth-v2 signature, the body
 * received and the output shape. The simulator answers ten CMS interfaces with figures computed from
 * its own agents and calls (simulator/cms.cts) and the rest with the documented example. Plus
 * validation failures and documented CMS result codes turned into errors.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { HuaweiCecOutboundCampaign } from '../../nodes/HuaweiCecOutboundCampaign/HuaweiCecOutboundCampaign.node';
import { OPERATIONS as CAMPAIGN_OPS } from '../../nodes/HuaweiCecOutboundCampaign/operations';
import { HuaweiCecReports } from '../../nodes/HuaweiCecReports/HuaweiCecReports.node';
import { OPERATIONS, RESOURCES } from '../../nodes/HuaweiCecReports/operations';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import type { OperationSpec } from '../../nodes/shared/registry/types';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { createHarness, simulatorCredentials, type Harness } from '../helpers/n8n.cjs';
import { buildParameters, expectedBody, expectedPath } from '../registry/sampleValues.cjs';

let sim: Simulator;
let n8n: Harness;
const node = new HuaweiCecReports();

beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01 });
	n8n = await createHarness(simulatorCredentials(sim));
});
afterAll(async () => await sim.close());
beforeEach(() => {
	tokenCache.clear();
	sim.reset();
});

const spec = (section: string): OperationSpec => {
	const found = OPERATIONS.find((s) => s.section === section);
	if (!found) throw new Error(`no spec ${section}`);
	return found;
};

const C2_SIGNATURE = /^auth-v2\/demo-ak\/\d{4}-\d{2}-\d{2}T[\d:.]+Z\/[a-z0-9;-]+\/[0-9a-f]{64}$/;
const CODES = ['resultCode', 'returnCode', 'result'];

const campaignNode = new HuaweiCecOutboundCampaign();
const CREATE = CAMPAIGN_OPS.find((s) => s.section === '7.1.2')!;

/** A suspended V2 campaign (an outbound task to CMS), created through the Outbound Campaign node (7.1.2). */
let campaigns = 0;
async function createCampaign(): Promise<number> {
	campaigns += 1;
	const example = CREATE.example as IDataObject;
	const built = buildParameters(CAMPAIGN_OPS, CREATE, { deviceType: 2, retryPolicy: example.retryPolicy, name: `reports${campaigns}` }, { initStatus: 1, skillParam: example.skillParam });
	const r = await n8n.runNode(campaignNode, built.parameters);
	if (r.error) throw r.error;
	return Number((r.outputs[0][0].json.returnObject as IDataObject).id);
}

/** Per-interface state the simulator needs before the operation can succeed. */
const SETUP: Record<string, () => Promise<Record<string, unknown>>> = {
	'12.3.5.3': async () => ({ vdn: 1, taskId: await createCampaign() }),
	// The request examples of the daily settlement statistics sit inside queryParam: their dates, as documented.
	'12.3.2.10': async () => ({ beginLogDay: '2020-01-01', endLogDay: '2020-01-01', callTypes: [0] }),
	'12.3.2.11': async () => ({ beginLogDay: '2021-10-26', endLogDay: '2021-10-26', callTypes: [7] }),
};

const ALL = OPERATIONS.map((s) => [`${s.section} ${s.name}`, s] as [string, OperationSpec]);

describe('every Reports operation, in n8n-core, against the simulator', () => {
	it('covers the 90 CMS interfaces of 12.3, grouped as the reference groups them', () => {
		expect(OPERATIONS).toHaveLength(90);
		expect(OPERATIONS.every((s) => s.family === 'cms' && s.auth === 'C2' && s.section.startsWith('12.3.'))).toBe(true);
		expect(new Set(OPERATIONS.map((s) => s.resource))).toEqual(new Set(['vdn', 'skillQueue', 'agent', 'call', 'history', 'configuration', 'inspection', 'outbound', 'system', 'legacy']));
		// The superseded interfaces of 12.3.8.13 and the two "not supported by CTI 3.6" ones are marked legacy.
		expect(OPERATIONS.filter((s) => s.legacy).map((s) => s.section).sort()).toEqual(['12.3.1.1.12', '12.3.1.1.15', '12.3.1.1.16', '12.3.8.13.1', '12.3.8.13.2', '12.3.8.13.3', '12.3.8.13.4', '12.3.8.13.5']);
		// Every legacy operation is in resource Legacy, and only those.
		expect(OPERATIONS.filter((s) => s.resource === 'legacy').every((s) => s.legacy)).toBe(true);
		expect(OPERATIONS.filter((s) => s.legacy).every((s) => s.resource === 'legacy')).toBe(true);
		expect(RESOURCES.at(-1)).toMatchObject({ value: 'legacy', name: 'Legacy' });
		// Operation values are unique within a resource; every operation has a label, an action and a description.
		expect(new Set(OPERATIONS.map((s) => `${s.resource}:${s.operation}`)).size).toBe(90);
		expect(OPERATIONS.every((s) => s.name && s.action && s.description)).toBe(true);
	});

	it('tags every date field with its documented format', () => {
		const formats = Object.fromEntries(OPERATIONS.flatMap((s) => s.fields.filter((f) => f.dateFormat).map((f) => [`${s.section} ${f.name}`, f.dateFormat])));
		expect(formats).toEqual({
			'12.3.1.1.12 beginDate': 'epochMs',
			'12.3.1.1.12 endDate': 'epochMs',
			'12.3.1.1.13 beginDate': 'epochMs',
			'12.3.1.1.13 endDate': 'epochMs',
			'12.3.1.1.14 logDate': 'epochMs',
			'12.3.1.3.12 beginTime': 'yyyy-MM-dd HH:mm:ss',
			'12.3.1.3.12 endTime': 'yyyy-MM-dd HH:mm:ss',
			'12.3.2.2 beginTime': 'yyyy-MM-dd HH:mm:ss',
			'12.3.2.2 endTime': 'yyyy-MM-dd HH:mm:ss',
			'12.3.2.6 beginDayTime': 'yyyy-MM-dd HH:mm:ss',
			'12.3.2.6 endDayTime': 'yyyy-MM-dd HH:mm:ss',
			'12.3.2.7 beginMonthTime': 'yyyyMM',
			'12.3.2.7 endMonthTime': 'yyyyMM',
			'12.3.2.8 beginDayTime': 'yyyy-MM-dd HH:mm:ss',
			'12.3.2.8 endDayTime': 'yyyy-MM-dd HH:mm:ss',
			'12.3.2.9 beginMonthTime': 'yyyyMM',
			'12.3.2.9 endMonthTime': 'yyyyMM',
			'12.3.2.10 beginLogDay': 'yyyy-MM-dd',
			'12.3.2.10 endLogDay': 'yyyy-MM-dd',
			'12.3.2.11 beginLogDay': 'yyyy-MM-dd',
			'12.3.2.11 endLogDay': 'yyyy-MM-dd',
			'12.3.5.2 beginDayTime': 'yyyy-MM-dd',
			'12.3.5.2 endDayTime': 'yyyy-MM-dd',
			'12.3.6.4 beginDate': 'yyyy-MM-dd HH:mm:ss',
			'12.3.6.4 endDate': 'yyyy-MM-dd HH:mm:ss',
			'12.3.6.5 beginDate': 'yyyy-MM-dd HH:mm:ss',
			'12.3.6.5 endDate': 'yyyy-MM-dd HH:mm:ss',
			'12.3.6.6 beginDate': 'yyyy-MM-dd HH:mm:ss',
			'12.3.6.6 endDate': 'yyyy-MM-dd HH:mm:ss',
		});
	});

	it.each(ALL)('%s', async (_title, s) => {
		const overrides = (await SETUP[s.section]?.()) ?? {};
		sim.clearRequests();
		const built = buildParameters(OPERATIONS, s, overrides);
		const paged = !!s.paging && s.paging.style !== 'none' && !!s.result?.itemsPath;
		const parameters: INodeParameters = paged ? { ...built.parameters, returnAll: false, limit: 5 } : built.parameters;
		const r = await n8n.runNode(node, parameters);
		expect(r.error).toBeUndefined();

		const path = expectedPath(s, built.values);
		const sent = sim.requests.filter((q) => q.path === path && q.method === s.method);
		expect(sent).toHaveLength(1);
		const request = sent[0];
		expect(String(request.headers.authorization)).toMatch(C2_SIGNATURE);
		expect(request.status).toBe(200);
		expect(request.query).toEqual({});

		let body = expectedBody(s, built.values) ?? (s.method === 'POST' ? {} : undefined);
		if (paged && s.paging?.style === 'offset') body = { ...body, [s.paging.offsetField]: 0, [s.paging.limitField]: 5 };
		if (s.bodyWrapper && body) body = { [s.bodyWrapper]: body };
		if (body === undefined) expect(request.bodyBytes ?? 0).toBe(0);
		else expect(JSON.parse(String(request.body))).toEqual(body);

		const items = r.outputs[0];
		for (const item of items) expect(item.pairedItem).toEqual({ item: 0 });
		if (!s.result?.itemsPath) {
			expect(items).toHaveLength(1);
			// 12.3.7 echoes the request with status "UP" (no result code).
			if (s.section === '12.3.7') expect(items[0].json).toMatchObject({ status: 'UP' });
			else expect(CODES.some((c) => c in items[0].json)).toBe(true);
		} else {
			expect(items.length).toBeLessThanOrEqual(paged ? 5 : Infinity);
			for (const item of items) expect(Array.isArray(item.json)).toBe(false);
		}
	});
});

describe('live figures from the simulated contact center', () => {
	it('12.3.1.1.5 lists the configured agents of the VDN with Return All, paging with offset/limit', async () => {
		const built = buildParameters(OPERATIONS, spec('12.3.1.1.5'), { vdn: 1 });
		sim.clearRequests();
		const r = await n8n.runNode(node, { ...built.parameters, returnAll: true });
		expect(r.error).toBeUndefined();
		const agents = r.outputs[0].map((i) => i.json.agentId);
		expect(agents.length).toBeGreaterThan(0);
		expect(agents).toContain(101);
		// Every agent appears once across the pages.
		expect(new Set(agents).size).toBe(agents.length);
		const sent = sim.requests.filter((q) => q.path === spec('12.3.1.1.5').path);
		expect(JSON.parse(String(sent[0].body))).toMatchObject({ ccId: 1, vdn: 1, offset: 0, limit: 100 });
	});

	it('12.3.1.3.6 counts agents per state for the requested agents', async () => {
		const built = buildParameters(OPERATIONS, spec('12.3.1.3.6'), { vdn: 1, agentIds: [101] });
		const r = await n8n.runNode(node, built.parameters);
		expect(r.error).toBeUndefined();
		expect(r.outputs[0]).toHaveLength(1);
		expect(r.outputs[0][0].json.resultCode).toBe('0100000');
	});
});

describe('outbound tasks: campaigns created with the Outbound Campaign node, seen by CMS', () => {
	it('12.3.5.1 lists them with Return All (offset/limit pages, stops at resultDesc.count); 12.3.5.3 reports each one\'s figures', async () => {
		const ids = [await createCampaign(), await createCampaign(), await createCampaign()];
		const list = buildParameters(OPERATIONS, spec('12.3.5.1'), { vdn: 1 });
		sim.clearRequests();
		const r = await n8n.runNode(node, { ...list.parameters, returnAll: true });
		expect(r.error).toBeUndefined();
		expect(r.outputs[0].map((i) => i.json.taskId)).toEqual(expect.arrayContaining(ids.map(String)));
		const pages = sim.requests.filter((q) => q.path === spec('12.3.5.1').path);
		expect(JSON.parse(String(pages[0].body))).toEqual({ vdn: 1, offset: 0, limit: 100 });

		const stats = buildParameters(OPERATIONS, spec('12.3.5.3'), { vdn: 1, taskId: ids[1] });
		const s = await n8n.runNode(node, stats.parameters);
		expect(s.error).toBeUndefined();
		expect(s.outputs[0]).toHaveLength(1);
		expect(s.outputs[0][0].json.resultDesc).toMatchObject({ totalCount: '0', compCount: '0' });
	});
});

describe('validation failures name the field and the rule, and send nothing', () => {
	const cases: Array<[string, string, Record<string, unknown>, RegExp]> = [
		['VDN range', '12.3.1.1.1', { vdn: 0 }, /^vdn: must be at least 1 \(12\.3\.1\.1\.1\)$/],
		['call center ID range', '12.3.1.1.1', { ccId: 70000 }, /^ccId: must be at most 65535 \(12\.3\.1\.1\.1\)$/],
		['list element type', '12.3.1.2.2', { skillIds: ['x'] }, /^skillIds\.0: must be a whole number in plain decimal digits, not "x" \(12\.3\.1\.2\.2\)$/],
	];
	it.each(cases)('%s', async (_rule, section, overrides, message) => {
		const built = buildParameters(OPERATIONS, spec(section), overrides);
		sim.clearRequests();
		const r = await n8n.runNode(node, built.parameters);
		expect(r.error?.message).toMatch(message);
		expect(sim.requests).toHaveLength(0);
	});

	it('a missing required field is named before anything is sent', async () => {
		const built = buildParameters(OPERATIONS, spec('12.3.1.3.3'));
		built.parameters.agentId = '={{ $json.missing }}';
		sim.clearRequests();
		const r = await n8n.runNode(node, built.parameters);
		expect(r.error?.message).toMatch(/^agentId: is required \(12\.3\.1\.3\.3\)$/);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('CMS result codes become NodeApiErrors with the documented meaning', () => {
	it('12.3.1.3.2 with an agent ID outside 101-59999: 0100002 (parameter invalid)', async () => {
		const built = buildParameters(OPERATIONS, spec('12.3.1.3.2'), { vdn: 1, agentIds: [5] });
		const r = await n8n.runNode(node, built.parameters);
		expect(r.error?.name).toBe('NodeApiError');
		const text = `${r.error?.message} ${(r.error as { description?: string } | undefined)?.description ?? ''}`;
		expect(text).toMatch(/0100002/);
		expect(text).toMatch(/param/i);
	});

	it('a server fault on a query is retried (idempotent), then the answer is used', async () => {
		sim.addFault({ section: '12.3.1.1.1', type: 'status', status: 503, count: 1 });
		const built = buildParameters(OPERATIONS, spec('12.3.1.1.1'));
		sim.clearRequests();
		const r = await n8n.runNode(node, built.parameters);
		expect(r.error).toBeUndefined();
		expect(sim.requests.filter((q) => q.path === spec('12.3.1.1.1').path)).toHaveLength(2);
		expect((r.outputs[0][0].json as IDataObject) && r.outputs[0].length).toBeGreaterThan(0);
	});
});
