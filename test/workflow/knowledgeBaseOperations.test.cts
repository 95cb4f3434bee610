/**
 * Every operation of the Huawei CEC Knowledge Base node (9.2.1-9.2.4, SIA token), run through a
 * real n8n-core workflow against the simulator: method, path, the X-Access-Token from 9.1.1 and the
 * X-TenantSpaceID header, the body received, the output shape; Return All over the 9.2.3
 * offset/limit pages; a validation failure and a documented failure code.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { HuaweiCecKnowledgeBase } from '../../nodes/HuaweiCecKnowledgeBase/HuaweiCecKnowledgeBase.node';
import { OPERATIONS } from '../../nodes/HuaweiCecKnowledgeBase/operations';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import type { OperationSpec } from '../../nodes/shared/registry/types';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { createHarness, simulatorCredentials, type Harness } from '../helpers/n8n.cjs';
import { buildParameters, expectedBody, expectedPath } from '../registry/sampleValues.cjs';

let sim: Simulator;
let n8n: Harness;
const node = new HuaweiCecKnowledgeBase();

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

describe('every Knowledge Base operation, in n8n-core, against the simulator', () => {
	it('covers 9.2.1-9.2.4 on the SIA credential', () => {
		expect(OPERATIONS.map((s) => s.section)).toEqual(['9.2.1', '9.2.2', '9.2.3', '9.2.4']);
		expect(OPERATIONS.every((s) => s.auth === 'SIA' && s.idempotent)).toBe(true);
	});

	it.each(OPERATIONS.map((s) => [`${s.section} ${s.name}`, s] as [string, OperationSpec]))('%s', async (_title, s) => {
		sim.clearRequests();
		const built = buildParameters(OPERATIONS, s, { 'X-TenantSpaceID': 'tenant-0001' });
		const paged = !!s.paging && s.paging.style !== 'none';
		const parameters: INodeParameters = paged ? { ...built.parameters, returnAll: false, limit: 5 } : built.parameters;
		const r = await n8n.runNode(node, parameters);
		expect(r.error).toBeUndefined();

		const sent = sim.requests.filter((q) => q.path === expectedPath(s, built.values) && q.method === 'POST');
		expect(sent).toHaveLength(1);
		const request = sent[0];
		expect(request.status).toBe(200);
		expect(request.auth).toBe('SIA');
		expect(String(request.headers['x-access-token'])).toMatch(/\S{8,}/);
		expect(request.headers['x-tenantspaceid']).toBe('tenant-0001');
		expect(request.headers.authorization).toBeUndefined();

		const body: IDataObject = expectedBody(s, built.values) ?? {};
		if (paged) Object.assign(body, { offset: 0, limit: 5 });
		expect(JSON.parse(String(request.body))).toEqual(body);

		const items = r.outputs[0];
		for (const item of items) {
			expect(item.pairedItem).toEqual({ item: 0 });
			expect(Array.isArray(item.json)).toBe(false);
		}
		if (s.result?.itemsPath) expect(items.length).toBeLessThanOrEqual(paged ? 5 : Infinity);
		else {
			expect(items).toHaveLength(1);
			// 9.2.4 answers the attachment's download address (Table 9-24), 9.2.1 the knowledge in data.
			if (s.section === '9.2.4') expect(String(items[0].json.url)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/obs\//);
			else expect(items[0].json.data).toBeDefined();
		}
	});
});

describe('Knowledge Base specifics', () => {
	it('9.2.1 sends coluKngId (the example spelling) and the typed openType', async () => {
		const built = buildParameters(OPERATIONS, spec('9.2.1'), { 'X-TenantSpaceID': 't1', coluKngId: '1286316841328705539', openType: '2' });
		const r = await n8n.runNode(node, built.parameters);
		expect(r.error).toBeUndefined();
		const request = sim.requests.find((q) => q.path === '/rest/ccikbs/v1/columnkngapi/queryKngDetail');
		// Opened from a search (openType 2): the search fields it requires are sent too.
		expect(JSON.parse(String(request?.body))).toEqual({ coluKngId: '1286316841328705539', openType: '2', searchWord: expect.any(String), searchRank: expect.any(String), searchSortType: 'hit' });
	});

	it('an openType outside the documented options is named before anything is sent', async () => {
		const built = buildParameters(OPERATIONS, spec('9.2.1'), { 'X-TenantSpaceID': 't1', openType: '9' });
		sim.clearRequests();
		const r = await n8n.runNode(node, built.parameters);
		expect(r.error?.message).toMatch(/^openType: must be one of "1"/);
		expect(r.error?.message).toMatch(/\(9\.2\.1\)$/);
		expect(sim.requests).toHaveLength(0);
	});

	it('the documented failure code resultCode "1" becomes an error', async () => {
		sim.addFault({ type: 'status', section: '9.2.2', status: 200, count: 1, body: JSON.stringify({ resultCode: '1', description: 'category not found' }) });
		const built = buildParameters(OPERATIONS, spec('9.2.2'), { 'X-TenantSpaceID': 't1' });
		const r = await n8n.runNode(node, built.parameters);
		expect(r.error).toBeDefined();
		expect(`${r.error?.message} ${(r.error as { description?: string })?.description ?? ''}`).toMatch(/resultCode 1|category not found/);
	});

	it('an expired SIA token (HTTP 401) is renewed once and the request repeated', async () => {
		const built = buildParameters(OPERATIONS, spec('9.2.4'), { 'X-TenantSpaceID': 't1' });
		expect((await n8n.runNode(node, built.parameters)).error).toBeUndefined();
		sim.addFault({ type: 'expireTokens', tokenKind: 'SIA', section: '9.2.4', count: 1 });
		sim.clearRequests();
		const r = await n8n.runNode(node, built.parameters);
		expect(r.error).toBeUndefined();
		expect(sim.requests.filter((q) => q.path === '/rest/ccikbs/v1/knowledge/download').map((q) => q.status)).toEqual([401, 200]);
	});
});
