/**
 * Every operation of the Huawei CEC Chatbot node (reference chapter 10, C3 OIAP token), run
 * through a real n8n-core workflow against the simulator: method, path, where the OIAP token
 * travels (body for tenants, headers for 10.22), the body received, and the output shape. Plus a
 * validation failure and documented OIAP result codes turned into errors.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { HuaweiCecChatbot } from '../../nodes/HuaweiCecChatbot/HuaweiCecChatbot.node';
import { OPERATIONS } from '../../nodes/HuaweiCecChatbot/operations';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import type { OperationSpec } from '../../nodes/shared/registry/types';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { createHarness, simulatorCredentials, type Harness } from '../helpers/n8n.cjs';
import { withConditionalFields } from '../helpers/conditional.cjs';
import { buildParameters, expectedBody, expectedPath } from '../registry/sampleValues.cjs';

let sim: Simulator;
let n8n: Harness;
const node = new HuaweiCecChatbot();
const TENANT = 'demo-tenant';

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

/** Fields the reference makes mandatory in combination, or that the interface's example carries. */
const ADDITIONAL: Record<string, Record<string, unknown>> = {
	// Table 10-31: extparams is optional but the initialization example sends it.
	'10.6.1': { extparams: { transin_data: '95,22714,0,,1,1,,test_gdj_01005' } },
	'10.5.1': { extparams: { transin_data: '95,22714,0,,1,1,,test_gdj_01005' } },
};

/** Required fields whose documented example value is empty ("language": "" in 10.9.3's model). */
const OVERRIDES: Record<string, Record<string, unknown>> = {
	'10.9.3': { model: { ...(spec('10.9.3').example as IDataObject).model as IDataObject, language: 'en_US' } },
	// Transfer start and end times as the example writes them (yyyyMMddHH:mm:ss), sent unchanged.
	'10.6.3': { inparams: transferTimes('10.6.3') },
	'10.5.3': { inparams: transferTimes('10.5.3') },
};

function transferTimes(section: string): IDataObject {
	const { call_id, call_dst_id, begin_trans, end_trans, trans_result } = (spec(section).example as IDataObject).inparams as IDataObject;
	return { call_id, call_dst_id, begin_trans, end_trans, trans_result, auth_token: 'a1b2c3d4' };
}

const ALL = OPERATIONS.map((s) => [`${s.section} ${s.name}`, s] as [string, OperationSpec]);

describe('every Chatbot operation, in n8n-core, against the simulator', () => {
	it('covers the 48 C3 interfaces of chapter 10 and leaves the non-C3 ones (10.12, 10.14.x, 10.23) to the generic node', () => {
		expect(OPERATIONS).toHaveLength(48);
		expect(OPERATIONS.every((s) => s.auth === 'C3' && s.family === 'oiap')).toBe(true);
		for (const section of ['10.12', '10.14.1', '10.14.2', '10.23', '4.4']) expect(OPERATIONS.some((s) => s.section === section)).toBe(false);
		// The token is the credential's business: never a field.
		expect(OPERATIONS.some((s) => s.fields.some((f) => f.name === 'authToken'))).toBe(false);
	});

	it.each(ALL)('%s', async (_title, s) => {
		sim.clearRequests();
		const built = withConditionalFields(OPERATIONS, s, buildParameters(OPERATIONS, s, OVERRIDES[s.section] ?? {}, ADDITIONAL[s.section] ?? {}), OVERRIDES[s.section] ?? {}, ADDITIONAL[s.section] ?? {});
		// Fields the credential fills (tenantId = App Key) are left empty here: the credential's value must arrive.
		for (const f of s.fields.filter((x) => x.fromCredential)) {
			delete built.parameters[f.name];
			built.values[`${f.in}:${f.name}`] = TENANT;
		}
		const paged = !!s.paging && s.paging.style !== 'none' && !!s.result?.itemsPath;
		const parameters: INodeParameters = paged ? { ...built.parameters, returnAll: false, limit: 5 } : built.parameters;
		const r = await n8n.runNode(node, parameters);
		expect(r.error).toBeUndefined();

		const path = expectedPath(s, built.values);
		const sent = sim.requests.filter((q) => q.path === path && q.method === s.method);
		expect(sent).toHaveLength(1);
		const request = sent[0];
		expect(request.status).toBe(200);
		expect(request.auth).toBe('C3');
		expect(request.headers['content-type']).toMatch(/^application\/json/);

		const received = JSON.parse(String(request.body)) as IDataObject;
		const body: IDataObject = expectedBody(s, built.values) ?? {};
		if (paged && s.paging && s.paging.style === 'page') {
			for (const [name, value] of [[s.paging.pageField, s.paging.firstPage], [s.paging.sizeField, 5]] as Array<[string, number]>) {
				body[name] = s.fields.find((f) => f.name === name)?.type === 'string' ? String(value) : value;
			}
		}
		if (s.oiapTokenIn === 'header') {
			// 10.22 (4.4 NOTE point 3): appkey/authToken headers, also under Table 10-129's names userName/token.
			expect(request.headers.appkey).toBe(TENANT);
			expect(request.headers.username).toBe(TENANT);
			expect(String(request.headers.authtoken)).toMatch(/\S{8,}/);
			expect(request.headers.token).toBe(request.headers.authtoken);
			expect(received).toEqual(body);
		} else {
			expect(typeof received.authToken).toBe('string');
			expect(String(received.authToken).length).toBeGreaterThan(8);
			expect(request.headers.authtoken).toBeUndefined();
			expect(received).toEqual({ ...body, authToken: received.authToken });
		}

		const items = r.outputs[0];
		for (const item of items) {
			expect(item.pairedItem).toEqual({ item: 0 });
			expect(Array.isArray(item.json)).toBe(false);
		}
		if (s.result?.itemsPath) {
			expect(items.length).toBeLessThanOrEqual(paged ? 5 : Infinity);
		} else {
			expect(items).toHaveLength(1);
			expect(Object.keys(items[0].json).length).toBeGreaterThan(0);
		}
	});
});

describe('Chatbot specifics', () => {
	it('a tenantId typed in Additional Fields wins over the credential App Key', async () => {
		const s = spec('10.4');
		const built = buildParameters(OPERATIONS, s);
		delete built.parameters.tenantId;
		sim.clearRequests();
		const r = await n8n.runNode(node, { ...built.parameters, additionalFields: { tenantId: 'other-tenant' }, returnAll: false, limit: 5 });
		expect(r.error).toBeUndefined();
		const request = sim.requests.find((q) => q.path === '/oifde/rest/api/queryflows');
		expect(JSON.parse(String(request?.body)).tenantId).toBe('other-tenant');
	});

	it('V2 dialog: {vdnid} in the path and the fixed inaction of the interface', async () => {
		const s = spec('10.6.2');
		const built = buildParameters(OPERATIONS, s, { vdnid: '12' });
		sim.clearRequests();
		const r = await n8n.runNode(node, built.parameters);
		expect(r.error).toBeUndefined();
		const request = sim.requests.find((q) => q.path === '/oifde/rest/v2/crs/process/12');
		expect(JSON.parse(String(request?.body))).toMatchObject({ inaction: 9, inparams: expect.any(Object) });
	});

	it('a value outside the documented enum is named before anything is sent', async () => {
		const s = spec('10.9.11');
		const built = buildParameters(OPERATIONS, s, { language: 'de_DE' });
		sim.clearRequests();
		const r = await n8n.runNode(node, built.parameters);
		expect(r.error?.message).toMatch(/^language: must be one of "en_US"/);
		expect(r.error?.message).toMatch(/\(10\.9\.11\)$/);
		expect(sim.requests).toHaveLength(0);
	});

	it('a text longer than documented is named before anything is sent', async () => {
		const s = spec('10.13');
		const built = buildParameters(OPERATIONS, s, { sentence: 'x'.repeat(4097) });
		sim.clearRequests();
		const r = await n8n.runNode(node, built.parameters);
		expect(r.error?.message).toMatch(/^sentence: must be at most 4096 characters \(10\.13\)$/);
		expect(sim.requests).toHaveLength(0);
	});

	it('a documented OIAP errorCode becomes an error with its meaning', async () => {
		sim.addFault({ type: 'status', section: '10.9.2', status: 200, count: 1, body: JSON.stringify({ errorCode: 10000004, errorMsg: 'exists' }) });
		const built = buildParameters(OPERATIONS, spec('10.9.2'));
		const r = await n8n.runNode(node, built.parameters);
		expect(r.error).toBeDefined();
		const text = `${r.error?.message} ${(r.error as { description?: string })?.description ?? ''}`;
		expect(text).toMatch(/10000004/);
		expect(text).toMatch(/already exists in the system/);
	});

	it('the simulator\'s mandatory-field refusal (errorCode 10000002) fails the item, Body Override sent as is', async () => {
		const built = buildParameters(OPERATIONS, spec('10.9.4'));
		const r = await n8n.runNode(node, { ...built.parameters, options: { rawBody: JSON.stringify({ tenantId: TENANT }) } });
		expect(r.error).toBeDefined();
		expect(`${r.error?.message} ${(r.error as { description?: string })?.description ?? ''}`).toMatch(/10000002/);
		const request = sim.requests.find((q) => q.path === '/oifde/rest/api/faqGroup/delete');
		expect(JSON.parse(String(request?.body))).toEqual({ tenantId: TENANT, authToken: expect.any(String) });
	});

	it('an expired OIAP token (900001) is renewed once and the request repeated', async () => {
		const built = buildParameters(OPERATIONS, spec('10.2'));
		const first = await n8n.runNode(node, built.parameters);
		expect(first.error).toBeUndefined();
		sim.addFault({ type: 'expireTokens', tokenKind: 'C3', section: '10.2', count: 1 });
		sim.clearRequests();
		const r = await n8n.runNode(node, built.parameters);
		expect(r.error).toBeUndefined();
		expect(sim.requests.filter((q) => q.path === '/oifde/rest/api/querydomaininfo').map((q) => q.status)).toEqual([200, 200]);
		expect(sim.requests.filter((q) => q.path === '/oifde/rest/api/gettoken')).toHaveLength(1);
	});
});
