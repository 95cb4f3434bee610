/**
 * What the registry adds around single requests, through n8n-core against the simulator:
 * Return All / Limit over the interface's own paging (page style 7.5.1, offset style 7.3.4),
 * the dropdowns (listSearch through n8n-core's LoadOptionsContext), batching of list interfaces
 * (7.4.1: 20 per request, 1 s apart, pairing kept) and text uploads from a binary property (5.4.5).
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { c2Post, sleep } from '../simulator/helpers.cjs';
import { HuaweiCecConfiguration } from '../../nodes/HuaweiCecConfiguration/HuaweiCecConfiguration.node';
import { OPERATIONS as CONFIG_OPS } from '../../nodes/HuaweiCecConfiguration/operations';
import { HuaweiCecOutboundCampaign } from '../../nodes/HuaweiCecOutboundCampaign/HuaweiCecOutboundCampaign.node';
import { OPERATIONS as CAMPAIGN_OPS } from '../../nodes/HuaweiCecOutboundCampaign/operations';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { lookupMethodName } from '../../nodes/shared/registry/lookup';
import { binaryParameterName, parameterName, parameterNames } from '../../nodes/shared/registry/params';
import type { OperationSpec } from '../../nodes/shared/registry/types';
import { createHarness, simulatorCredentials, type Harness } from '../helpers/n8n.cjs';
import { setFormValue } from '../registry/sampleValues.cjs';

let sim: Simulator;
let n8n: Harness;
beforeAll(async () => {
	// The iSales rate limit stays on: 7.4.1/7.4.2 calls closer than 1 s (scaled) are refused with 0200022.
	sim = await startSimulator({ port: 0, timeScale: 0.01, dialerIntervalMs: 0 });
	n8n = await createHarness(simulatorCredentials(sim));
});
afterAll(async () => await sim.close());
beforeEach(() => {
	tokenCache.clear();
	sim.reset();
});

const campaignNode = new HuaweiCecOutboundCampaign();
const configNode = new HuaweiCecConfiguration();

/** Node parameters of one operation, by documented field name. */
function params(ops: OperationSpec[], section: string, fields: Record<string, unknown>, rest: INodeParameters = {}): INodeParameters {
	const spec = ops.find((s) => s.section === section) as OperationSpec;
	const names = parameterNames(ops);
	const out: INodeParameters = { resource: spec.resource, operation: spec.operation, options: {}, ...rest };
	for (const [k, v] of Object.entries(fields)) {
		const field = spec.fields.find((f) => f.name === k);
		if (!field) throw new Error(`${section} has no field ${k}`);
		setFormValue(out, parameterName(names, spec, field), field, v);
	}
	return out;
}

const today = () => new Date().toISOString().slice(0, 10);

/** A suspended V1 IVR campaign created straight on the simulator (setup, not under test). */
async function campaign(name: string, callCount = 10): Promise<number> {
	const created = await c2Post(sim.url, '/rest/isales/v1/openapi/campaigns/1', {
		name,
		strBeginTime: `${today()} 00:00:00`,
		strEndTime: '2099-12-31 23:59:59',
		deviceType: 3,
		callerNo: '10085',
		maxAlertingTime: 20,
		scheduleParam: { workdayBeginTime1: '00:00', workdayEndTime1: '23:59' },
		ivrParam: { deviceSign: '1001', callCount, callInterval: 3 },
		initStatus: 1,
		callBackUrl: 'http://127.0.0.1:9/results',
		cclId: 1,
	});
	expect([created.json.resultCode, created.json.resultDesc]).toEqual(['0200000', expect.anything()]);
	return created.json.returnObject.id as number;
}

const sent = (section: string) => sim.requests.filter((r) => r.section === section);
const bodyOf = (r: { body?: unknown }) => JSON.parse(String(r.body)) as IDataObject;

describe('Return All and Limit follow the interface paging', () => {
	it('page style (7.5.1 pageNum/pageSize in the body): 230 results over 3 pages, Limit stops early', async () => {
		const id = await campaign('paging', 100);
		const numbers = Array.from({ length: 230 }, (_v, i) => `1395${String(1000000 + i * 17)}`);
		for (let i = 0; i < numbers.length; i += 20) {
			if (i) await sleep(15);
			const add = await c2Post(sim.url, `/rest/isales/v1/openapi/campaigns/1/calldata/${id}`, { callDataList: numbers.slice(i, i + 20).map((called) => ({ called })) });
			expect(add.json.resultCode).toBe('0200000');
		}
		const resumed = await c2Post(sim.url, `/rest/isales/v1/openapi/campaigns/1/${id}/resume`, undefined, { method: 'PUT' });
		expect(resumed.json.resultCode).toBe('0200000');
		const dialled = new Set<string>();
		for (let round = 0; round < 40 && dialled.size < numbers.length; round++) {
			for (const r of sim.dialerTick().find((x) => x.campaignId === id)?.results ?? []) dialled.add(r.called);
			if (dialled.size < numbers.length) await sleep(20);
		}
		expect(dialled.size).toBe(numbers.length);

		sim.clearRequests();
		const all = await n8n.runNode(campaignNode, params(CAMPAIGN_OPS, '7.5.1', { vdnId: 1, campaignId: id }, { returnAll: true }));
		expect(all.error).toBeUndefined();
		expect(sent('7.5.1').map((r) => [bodyOf(r).pageNum, bodyOf(r).pageSize])).toEqual([[1, 100], [2, 100], [3, 100]]);
		const called = all.outputs[0].map((i) => i.json.called as string);
		expect(called).toHaveLength(230);
		expect(new Set(called).size).toBe(230);
		expect([...called].sort()).toEqual([...numbers].sort());
		expect(all.outputs[0].every((i) => JSON.stringify(i.pairedItem) === '{"item":0}')).toBe(true);

		sim.clearRequests();
		const limited = await n8n.runNode(campaignNode, params(CAMPAIGN_OPS, '7.5.1', { vdnId: 1, campaignId: id }, { returnAll: false, limit: 150 }));
		expect(sent('7.5.1').map((r) => [bodyOf(r).pageNum, bodyOf(r).pageSize])).toEqual([[1, 100], [2, 100]]);
		expect(limited.outputs[0].map((i) => i.json.called)).toEqual(called.slice(0, 150));

		sim.clearRequests();
		const small = await n8n.runNode(campaignNode, params(CAMPAIGN_OPS, '7.5.1', { vdnId: 1, campaignId: id }, { returnAll: false, limit: 7 }));
		expect(sent('7.5.1').map((r) => [bodyOf(r).pageNum, bodyOf(r).pageSize])).toEqual([[1, 7]]);
		expect(small.outputs[0]).toHaveLength(7);
	}, 30000);

	it('offset style (7.3.4 offset/limit in the body): 250 blacklisted numbers over 3 pages, Limit is one short request', async () => {
		const numbers = Array.from({ length: 250 }, (_v, i) => `1396${String(1000000 + i * 31)}`);
		for (let i = 0; i < numbers.length; i += 20) {
			const add = await c2Post(sim.url, '/rest/isales/v1/openapi/campaigns/1/blocklist/add', { blocklist: numbers.slice(i, i + 20) });
			expect(add.json.resultCode).toBe('0200000');
		}
		sim.clearRequests();
		const all = await n8n.runNode(campaignNode, params(CAMPAIGN_OPS, '7.3.4', { vdnId: 1 }, { returnAll: true }));
		expect(all.error).toBeUndefined();
		expect(sent('7.3.4').map((r) => bodyOf(r))).toEqual([
			{ offset: 0, limit: 100 },
			{ offset: 100, limit: 100 },
			{ offset: 200, limit: 100 },
		]);
		expect(all.outputs[0].map((i) => i.json.blockNum).sort()).toEqual([...numbers].sort());

		sim.clearRequests();
		const limited = await n8n.runNode(campaignNode, params(CAMPAIGN_OPS, '7.3.4', { vdnId: 1 }, { returnAll: false, limit: 30 }));
		expect(sent('7.3.4').map((r) => bodyOf(r))).toEqual([{ offset: 0, limit: 30 }]);
		expect(limited.outputs[0]).toHaveLength(30);
	}, 30000);
});

describe('dropdowns: listSearch through LoadOptionsContext, with the node credential', () => {
	it('campaign (7.1.7): every campaign of the VDN, filterable, and the chosen one is what the operation sends', async () => {
		const ids = [await campaign('Spring renewal'), await campaign('Autumn survey'), await campaign('Winter offers')];
		sim.clearRequests();
		const method = lookupMethodName({ section: '7.1.7', valuePath: 'id', labelPath: 'name' });
		const form = params(CAMPAIGN_OPS, '7.1.9', { vdnId: 1 });
		const list = await n8n.listSearch(campaignNode, method, form, 'huaweiCecAkSkApi');
		expect(list.results).toEqual([
			{ name: `Spring renewal (${ids[0]})`, value: String(ids[0]) },
			{ name: `Autumn survey (${ids[1]})`, value: String(ids[1]) },
			{ name: `Winter offers (${ids[2]})`, value: String(ids[2]) },
		]);
		expect(list.paginationToken).toBeUndefined();
		expect(sent('7.1.7')).toHaveLength(1);
		expect(sent('7.1.7')[0]).toMatchObject({ method: 'GET', path: '/rest/isales/v1/openapi/campaigns/1', query: { status: '0', deviceType: '0', curPage: '1', rowsPerPage: '100' } });
		expect(String(sent('7.1.7')[0].headers.authorization)).toMatch(/^auth-v2\/demo-ak\//);

		const filtered = await n8n.listSearch(campaignNode, method, form, 'huaweiCecAkSkApi', 'autumn');
		expect(filtered.results.map((r) => r.value)).toEqual([String(ids[1])]);

		// The value picked From List drives the request.
		const resume = await n8n.runNode(campaignNode, params(CAMPAIGN_OPS, '7.1.9', { vdnId: 1, campaignId: { __rl: true, mode: 'list', value: String(ids[1]), cachedResultName: 'Autumn survey' } }));
		expect(resume.error).toBeUndefined();
		expect(sim.requests.at(-1)).toMatchObject({ method: 'PUT', path: `/rest/isales/v1/openapi/campaigns/1/${ids[1]}/resume`, status: 200 });
	});

	it('file server (7.8.4): the servers of the documented answer, offset/limit sent', async () => {
		const method = lookupMethodName({ section: '7.8.4', valuePath: 'serverId', labelPath: 'ip' });
		const list = await n8n.listSearch(campaignNode, method, params(CAMPAIGN_OPS, '7.8.2', { vdnId: 1 }), 'huaweiCecAkSkApi');
		expect(sent('7.8.4').map((r) => [r.method, r.path, bodyOf(r)])).toEqual([['POST', '/rest/isales/v1/openapi/campaigns/1/file/queryServer', { offset: 0, limit: 100 }]]);
		expect(list.results.length).toBeGreaterThan(1);
		expect(list.results).toContainEqual({ name: '10.21.124.175 (164690088271159234793429225848)', value: '164690088271159234793429225848' });
		// A server without an IP is labelled by its ID.
		expect(list.results).toContainEqual({ name: '164681924997097701747271557174 (164681924997097701747271557174)', value: '164681924997097701747271557174' });
	});

	it.each([
		['skill queue', '5.2.4', 'skillId', 'name', '5.1.5', { offset: '0', limit: '100' }, { name: 'defaultVideoSkill (1)', value: '1' }],
		['agent', '5.1.4', 'userAccount', 'userName', '5.1.2', { pageNum: 0, pageSize: 100 }, { name: 'test111 (test123456)', value: 'test123456' }],
		['access code', '5.3.1', 'accessCode', 'description', '5.3.2', { offset: 0, limit: 100 }, { name: '9911411 (9911411)', value: '9911411' }],
	])('%s (%s): C1 token, the list interface paged as documented', async (_what, section, valuePath, labelPath, using, body, option) => {
		const method = lookupMethodName({ section, valuePath, labelPath });
		expect(Object.keys(configNode.methods.listSearch)).toContain(method);
		const list = await n8n.listSearch(configNode, method, params(CONFIG_OPS, using, {}), 'huaweiCecApiFabricApi');
		const requests = sent(section);
		expect(requests).toHaveLength(1);
		expect(String(requests[0].headers.authorization)).toMatch(/^Bearer \S+$/);
		expect(bodyOf(requests[0])).toEqual(body);
		expect(list.results).toContainEqual(option);
	});

	it('a list that cannot be read is an error naming the interface', async () => {
		sim.addFault({ type: 'status', section: '5.2.4', status: 403, body: '{"returnCode":"1","description":"no permission"}' });
		const method = lookupMethodName({ section: '5.2.4', valuePath: 'skillId', labelPath: 'name' });
		const failure = await n8n.listSearch(configNode, method, params(CONFIG_OPS, '5.1.5', {}), 'huaweiCecApiFabricApi').then(
			() => undefined,
			(error: Error & { description?: string }) => error,
		);
		expect(failure?.message).toMatch(/returnCode 1/);
		expect(failure?.description).toMatch(/^5\.2\.4 POST \/apiaccess\/rest\/cc-management\/v1\/skill\/querySkills/);
	});
});

describe('batching: list interfaces get the items packed to the documented size', () => {
	it('250 items to 7.4.1 make ceil(250/20) = 13 requests, at least 1 s apart, every item paired with its own answer', async () => {
		const id = await campaign('batching');
		const items = Array.from({ length: 250 }, (_v, i) => ({ phone: `1397${String(1000000 + i * 7)}`, n: i }));
		sim.clearRequests();
		const r = await n8n.runNode(campaignNode, params(CAMPAIGN_OPS, '7.4.1', { vdnId: 1, campaignId: id, callDataList: '={{ [{ called: $json.phone, sessionId: "s" + $json.n }] }}' }), items);
		expect(r.error).toBeUndefined();
		const requests = sent('7.4.1');
		expect(requests).toHaveLength(13);
		expect(requests.every((q) => q.status === 200 && q.path === `/rest/isales/v1/openapi/campaigns/1/calldata/${id}`)).toBe(true);
		const lists = requests.map((q) => bodyOf(q).callDataList as IDataObject[]);
		expect(lists.map((l) => l.length)).toEqual([...Array(12).fill(20), 10]);
		expect(lists.flat()).toEqual(items.map((i) => ({ called: i.phone, sessionId: `s${i.n}` })));
		for (let i = 1; i < requests.length; i++) expect(requests[i].time - requests[i - 1].time).toBeGreaterThanOrEqual(990);
		const out = r.outputs[0];
		expect(out).toHaveLength(250);
		out.forEach((item, i) => {
			expect(item.pairedItem).toEqual({ item: i });
			// Simplified output: the answer's returnObject (Table 7-220), without the result-code envelope.
			expect(item.json).toEqual({ totalSize: expect.any(Number) });
		});
	}, 40000);

	it('a refused batch fails its own items only (Continue On Fail), the other batches go through', async () => {
		const id = await campaign('batchfail');
		const blocked = '13970009999';
		const add = await c2Post(sim.url, '/rest/isales/v1/openapi/campaigns/1/blocklist/add', { blocklist: [blocked] });
		expect(add.json.resultCode).toBe('0200000');
		const items = Array.from({ length: 30 }, (_v, i) => ({ phone: i === 25 ? blocked : `1398${String(1000000 + i)}` }));
		const r = await n8n.runNode(campaignNode, params(CAMPAIGN_OPS, '7.4.1', { vdnId: 1, campaignId: id, callDataList: '={{ [{ called: $json.phone }] }}' }), items, { continueOnFail: true });
		const out = r.outputs[0];
		expect(out).toHaveLength(30);
		expect(out.map((i) => i.pairedItem)).toEqual(items.map((_v, i) => ({ item: i })));
		expect(out.slice(0, 20).every((i) => typeof i.json.totalSize === 'number' && !('resultCode' in i.json))).toBe(true);
		expect(out.slice(20).every((i) => /0200024/.test(String(i.json.error)))).toBe(true);
	}, 20000);
});

describe('batching without a documented spacing: requests go out Concurrency at a time', () => {
	const numbers = (count: number, base: number) => Array.from({ length: count }, (_v, i) => ({ phone: `13${String(base + i).padStart(9, '0')}` }));
	const blacklist = (lanes: number) => params(CAMPAIGN_OPS, '7.3.1', { vdnId: 1, blocklist: '={{ [$json.phone] }}', validityTime: 2 }, { options: { concurrency: lanes } });

	it('210 numbers to 7.3.1 make 11 requests of 20 (the last 10), 3 in flight, every item paired with its own answer', async () => {
		// Each answer takes 300 ms: one at a time would take 3.3 s.
		sim.addFault({ type: 'latency', latencyMs: 300, section: '7.3.1' });
		const items = numbers(210, 1000);
		sim.clearRequests();
		const started = Date.now();
		const r = await n8n.runNode(campaignNode, blacklist(3), items);
		const elapsed = Date.now() - started;
		expect(r.error).toBeUndefined();
		const requests = sent('7.3.1');
		expect(requests).toHaveLength(11);
		expect(requests.map((q) => (bodyOf(q).blocklist as string[]).length)).toEqual([...Array(10).fill(20), 10]);
		expect(requests.flatMap((q) => bodyOf(q).blocklist as string[]).sort()).toEqual(items.map((i) => i.phone).sort());
		// Arrivals come in waves of 3: never a 4th within one answer time of the first of a wave.
		const times = requests.map((q) => q.time).sort((a, b) => a - b);
		for (let i = 3; i < times.length; i++) expect(times[i] - times[i - 3]).toBeGreaterThanOrEqual(250);
		expect(times[2] - times[0]).toBeLessThan(250);
		// One at a time could not take less than 11 × 300 ms.
		expect(elapsed).toBeLessThan(3300);
		const out = r.outputs[0];
		expect(out).toHaveLength(210);
		expect(out.map((i) => i.pairedItem)).toEqual(items.map((_v, i) => ({ item: i })));
	}, 20000);

	it('a refused batch stops the node (no Continue On Fail) and no further request is started', async () => {
		sim.addFault({ type: 'status', status: 500, section: '7.3.1', count: 1 });
		sim.addFault({ type: 'latency', latencyMs: 200, section: '7.3.1' });
		sim.clearRequests();
		const r = await n8n.runNode(campaignNode, blacklist(2), numbers(200, 5000));
		expect(r.error?.message).toMatch(/7\.3\.1 POST \/rest\/isales\/v1\/openapi\/campaigns\/\{vdnId\}\/blocklist\/add|HTTP 500/);
		// The first request fails; only the one already in flight in the other lane was sent with it.
		expect(sent('7.3.1').length).toBeLessThanOrEqual(2);
	}, 20000);
});

describe('uploads from a binary property', () => {
	const template = 'Dear customer, your bill of {amount} is due on {date}.';
	const upload = (property: string) => ({
		...params(CONFIG_OPS, '5.4.5', { name: 'billReminder', voicecontent: JSON.stringify({ language: 'en_US' }) }),
		[binaryParameterName({ name: 'textcontent', in: 'body', type: 'string' }, { name: 'voicecontent', in: 'body', type: 'object' })]: property,
	});
	const textItem = { json: {}, binary: { template: { data: Buffer.from(template, 'utf8').toString('base64'), mimeType: 'text/plain', fileName: 'bill.txt' } } };

	it('5.4.5 sends the text of the binary property as voicecontent.textcontent (UTF-8 text, not Base64)', async () => {
		const r = await n8n.runNode(configNode, upload('template'), [textItem] as never);
		expect(r.error).toBeUndefined();
		const [request] = sent('5.4.5');
		expect(String(request.headers.authorization)).toMatch(/^Bearer /);
		expect(bodyOf(request)).toEqual({ name: 'billReminder', voicecontent: { language: 'en_US', textcontent: template } });
		// Simplified output: the template's ID, without the returnCode envelope.
		expect(r.outputs[0][0].json).not.toHaveProperty('returnCode');
		expect(typeof r.outputs[0][0].json.templateId).toBe('string');
	});

	it('a missing binary property is named before anything is sent', async () => {
		const r = await n8n.runNode(configNode, upload('nothere'), [textItem] as never);
		expect(r.error?.message).toMatch(/^voicecontent\.textcontent: the input item has no binary property "nothere"/);
		expect(sent('5.4.5')).toHaveLength(0);
	});
});
