import type { IDataObject, INodeType } from 'n8n-workflow';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { HuaweiCecQualityManagement } from '../../nodes/HuaweiCecQualityManagement/HuaweiCecQualityManagement.node';
import { OPERATIONS } from '../../nodes/HuaweiCecQualityManagement/operations';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import type { OperationSpec } from '../../nodes/shared/registry/types';
import { createHarness, simulatorCredentials, type Harness } from '../helpers/n8n.cjs';
import { buildParameters, expectedBody, expectedPath } from '../registry/sampleValues.cjs';

/**
 * Every operation of the Quality Management node (12.2.1-12.2.17), run through a real n8n-core workflow
 * against the simulator: method, path, C1 bearer token, query and body received, output shape.
 */

let sim: Simulator;
let n8n: Harness;
const node: INodeType = new HuaweiCecQualityManagement();
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

async function run(section: string, overrides: Record<string, unknown> = {}, additional: Record<string, unknown> = {}) {
	const built = buildParameters(OPERATIONS, spec(section), overrides, additional);
	return { ...(await n8n.runNode(node, built.parameters)), values: built.values };
}

/**
 * 12.2.17 (CCISQM ASR) documents resultCode "1010200" as success; the simulator's generic ccsqm
 * answer is "0400000", so these interfaces get the reference's documented success answer.
 */
const DOCUMENTED_ANSWERS: Record<string, IDataObject> = {
	'12.2.17.1': { resultCode: '1010200', resultDesc: 'success', taskId: '605d5aff00000927' },
	'12.2.17.2': { resultCode: '1010200', resultDesc: 'success', taskId: '608ba63d00000982', duration: '20' },
	'12.2.17.5': { resultCode: '1010200', call_uuid: '822bbf4d-c4f8-473a-9144-199058375be8', resultDesc: 'success' },
};

describe('Quality Management: every operation, in n8n-core, against the simulator', () => {
	it('covers exactly the catalog interfaces it claims', () => {
		expect(OPERATIONS.map((s) => s.section)).toEqual(['12.2.1.1', '12.2.1.2', '12.2.1.3', '12.2.1.4', '12.2.1.5', '12.2.2.1', '12.2.2.2', '12.2.2.3', '12.2.2.4', '12.2.2.5', '12.2.2.6', '12.2.2.7', '12.2.2.8', '12.2.2.9', '12.2.2.10', '12.2.3.1', '12.2.3.2', '12.2.3.3', '12.2.3.4', '12.2.3.5', '12.2.3.6', '12.2.3.7', '12.2.3.8', '12.2.3.9', '12.2.3.10', '12.2.3.11', '12.2.4.1', '12.2.4.2', '12.2.4.3', '12.2.4.4', '12.2.5.1', '12.2.5.2', '12.2.6.1', '12.2.6.2', '12.2.6.3', '12.2.6.4', '12.2.7.1', '12.2.7.2', '12.2.7.3', '12.2.7.4', '12.2.7.5', '12.2.8.1', '12.2.8.2', '12.2.8.3', '12.2.8.4', '12.2.8.5', '12.2.9.1', '12.2.9.2', '12.2.9.3', '12.2.9.4', '12.2.9.5', '12.2.10.1', '12.2.10.2', '12.2.10.3', '12.2.10.4', '12.2.10.5', '12.2.11.1', '12.2.11.2', '12.2.11.3', '12.2.11.4', '12.2.11.5', '12.2.11.6', '12.2.12.1', '12.2.12.2', '12.2.12.3', '12.2.12.4', '12.2.13.1', '12.2.13.2', '12.2.13.3', '12.2.13.4', '12.2.13.5', '12.2.13.6', '12.2.14.1', '12.2.14.2', '12.2.14.3', '12.2.14.4', '12.2.14.5', '12.2.14.6', '12.2.14.7', '12.2.15.1', '12.2.15.2', '12.2.15.3', '12.2.16.1', '12.2.16.2', '12.2.16.3', '12.2.16.4', '12.2.16.5', '12.2.16.6', '12.2.16.7', '12.2.17.1', '12.2.17.2', '12.2.17.3', '12.2.17.4', '12.2.17.5']);
		expect(new Set(OPERATIONS.map((s) => `${s.resource}/${s.operation}`)).size).toBe(OPERATIONS.length);
	});

	it.each(OPERATIONS.map((s) => [`${s.section} ${s.name}`, s] as [string, OperationSpec]))('%s', async (_title, s) => {
		const documented = DOCUMENTED_ANSWERS[s.section];
		if (documented) sim.addFault({ type: 'status', section: s.section, status: 200, count: 1, body: JSON.stringify(documented) });
		sim.clearRequests();
		const built = buildParameters(OPERATIONS, s);
		const paged = !!s.paging && s.paging.style !== 'none' && !!s.result?.itemsPath;
		const r = await n8n.runNode(node, paged ? { ...built.parameters, returnAll: false, limit: 5 } : built.parameters);
		expect(r.error).toBeUndefined();

		const path = expectedPath(s, built.values);
		const sent = sim.requests.filter((q) => q.path === path && q.method === s.method);
		expect(sent).toHaveLength(1);
		const request = sent[0];
		expect(String(request.headers.authorization ?? '')).toMatch(/^Bearer \S+$/);
		expect(request.status).toBe(200);
		for (const f of s.fields.filter((x) => x.in === 'header' && built.values[`header:${x.name}`] !== undefined)) {
			expect(request.headers[f.name.toLowerCase()]).toBe(String(built.values[`header:${f.name}`]));
		}

		const query = Object.fromEntries(s.fields.filter((f) => f.in === 'query' && built.values[`query:${f.name}`] !== undefined).map((f) => [f.name, String(built.values[`query:${f.name}`])]));
		let body = expectedBody(s, built.values) ?? (s.method !== 'GET' && s.fields.some((f) => f.in === 'body') ? {} : undefined);
		if (paged && s.paging && s.paging.style !== 'none') {
			const [position, size, first] = s.paging.style === 'page' ? [s.paging.pageField, s.paging.sizeField, s.paging.firstPage] : [s.paging.offsetField, s.paging.limitField, 0];
			for (const [name, value] of [[position, first], [size, 5]] as Array<[string, number]>) {
				const field = s.fields.find((f) => f.name === name);
				if (field?.in === 'query') query[name] = String(value);
				else (body ??= {})[name] = field?.type === 'string' ? String(value) : value;
			}
		}
		expect(request.query).toEqual(query);
		if (body === undefined) expect(request.bodyBytes ?? 0).toBe(0);
		else expect(JSON.parse(String(request.body))).toEqual(body);

		const items = r.outputs[0];
		for (const item of items) expect(item.pairedItem).toEqual({ item: 0 });
		if (!s.result?.itemsPath) {
			expect(items).toHaveLength(1);
			expect(Object.keys(items[0].json).length).toBeGreaterThan(0);
		} else {
			expect(items.length).toBeLessThanOrEqual(paged ? 5 : Infinity);
			for (const item of items) expect(Array.isArray(item.json)).toBe(false);
		}
	});
});

describe('Quality Management: validation and result codes', () => {
	it('a missing required field is named before anything is sent', async () => {
		const built = buildParameters(OPERATIONS, spec('12.2.1.1'));
		built.parameters.name = '={{ $json.missing }}';
		sim.clearRequests();
		const r = await n8n.runNode(node, built.parameters);
		expect(r.error?.message).toMatch(/^name: is required \(12\.2\.1\.1\)$/);
		expect(sim.requests).toHaveLength(0);
	});

	it('12.2.1.1: a resultCode other than the module success code 0412000 is a NodeApiError carrying it', async () => {
		sim.addFault({ type: 'status', section: '12.2.1.1', status: 200, count: 1, body: JSON.stringify({ resultCode: '0412001', resultDesc: 'The rule name already exists.' }) });
		const r = await run('12.2.1.1');
		expect(r.error?.name).toBe('NodeApiError');
		expect(`${r.error?.message} ${r.error?.description ?? ''}`).toMatch(/0412001/);
	});

	it('12.2.17.2: the CCISQM success code 1010200 passes, its documented failure (errorCode 1010404) does not', async () => {
		sim.addFault({ type: 'status', section: '12.2.17.2', status: 200, count: 1, body: JSON.stringify(DOCUMENTED_ANSWERS['12.2.17.2']) });
		const ok = await run('12.2.17.2');
		expect(ok.error).toBeUndefined();
		expect((ok.outputs[0][0].json as IDataObject).resultCode).toBe('1010200');
		sim.addFault({ type: 'status', section: '12.2.17.1', status: 200, count: 1, body: JSON.stringify({ errorMessage: 'Failed to obtain the task id', errorCode: 1010404 }) });
		const failed = await run('12.2.17.1');
		expect(failed.error?.name).toBe('NodeApiError');
		expect(`${failed.error?.message} ${failed.error?.description ?? ''}`).toMatch(/1010404/);
	});

	it('12.2.17.5: a resultCode that is not 1010200 fails even though it looks numeric', async () => {
		sim.addFault({ type: 'status', section: '12.2.17.5', status: 200, count: 1, body: JSON.stringify({ resultCode: '1010500', resultDesc: 'inspection failed' }) });
		const r = await run('12.2.17.5');
		expect(r.error?.name).toBe('NodeApiError');
		expect(`${r.error?.message} ${r.error?.description ?? ''}`).toMatch(/1010500/);
	});
});
