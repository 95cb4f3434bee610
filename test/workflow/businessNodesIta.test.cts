/**
 * 6.2.13 statusnotify through the Bidirectional Call node: signed with the Huawei CEC ITA App
 * credential (API Gateway App authentication, SDK-HMAC-SHA256) and verified by the simulator's
 * independent implementation (simulator/ita.cts), which answers 401 to a bad signature.
 */
import type { INodeProperties } from 'n8n-workflow';
import { ITA_APP, itaSignatureProblem, startSimulator, type Simulator } from '../../simulator/index.cjs';
import { apigAuthorization, formatSdkDate } from '../../credentials/HuaweiCecItaApi.credentials';
import { HuaweiCecBidirectionalCall } from '../../nodes/HuaweiCecBidirectionalCall/HuaweiCecBidirectionalCall.node';
import { OPERATIONS } from '../../nodes/HuaweiCecBidirectionalCall/operations';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { createHarness, simulatorCredentials, type Harness } from '../helpers/n8n.cjs';

let sim: Simulator;
let n8n: Harness;
beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01 });
	n8n = await createHarness(simulatorCredentials(sim));
});
afterAll(async () => await sim.close());
beforeEach(() => {
	tokenCache.clear();
	sim.reset();
	n8n.credentials.set('huaweiCecItaApi', { baseUrl: sim.url, appKey: ITA_APP.appKey, appSecret: ITA_APP.appSecret, allowUnauthorizedCerts: false, timeout: 10000 });
});

const node = new HuaweiCecBidirectionalCall();
const PATH = '/apiaccess/rest/cc-management/v1/ita/twopartiescall/statusnotify';
const cdr = {
	callID: 'cmccgx20210512195422',
	remark: '2022091800',
	additionalFields: { AppKey: 'CMCCGX_0001', startTime: '20210512115422', finishTime: '20210512115430', callDuration: '8', releaseCause: '1', telA: '15800000001', telB: '15800000002' },
};
const parameters = (extra: Record<string, unknown> = {}) => ({ resource: 'call', operation: 'sendItaResult', options: {}, ...cdr, ...extra });

it('the node asks for the ITA App credential on 6.2.13 only, and C1 everywhere else', () => {
	const credentials = node.description.credentials ?? [];
	expect(credentials.map((c) => [c.name, c.displayOptions])).toEqual([
		['huaweiCecApiFabricApi', { hide: { operation: ['sendItaResult'] } }],
		['huaweiCecItaApi', { show: { operation: ['sendItaResult'] } }],
	]);
	expect(credentials[1].testedBy).toBe('testItaCredential');
	const spec = OPERATIONS.find((s) => s.section === '6.2.13')!;
	expect(spec).toMatchObject({ method: 'POST', path: PATH, auth: 'other' });
	expect(spec.shapeNote).toMatch(/ITA documents/);
	expect(spec.shapeNote).toMatch(/API Gateway's published App authentication/);
	const ops = (node.description.properties as INodeProperties[]).find((p) => p.name === 'operation')!.options as Array<{ value: string; description?: string }>;
	expect(ops.find((o) => o.value === 'sendItaResult')?.description).toMatch(/6\.2\.13/);
});

it('sends the documented body with AppKey, X-Sdk-Date and an App signature the simulator accepts', async () => {
	const r = await n8n.runNode(node, parameters());
	expect(r.error).toBeUndefined();
	// 6.2.13 answers an empty JSON object: in Simplified output, a plain acknowledgement.
	expect(r.outputs[0].map((i) => i.json)).toEqual([{ success: true }]);
	const [request] = sim.requests.filter((q) => q.path === PATH);
	expect(request.status).toBe(200);
	expect(request.method).toBe('POST');
	expect(request.headers.appkey).toBe('CMCCGX_0001');
	expect(request.headers['x-sdk-date']).toMatch(/^\d{8}T\d{6}Z$/);
	// The reference example's signed header list, exactly.
	expect(String(request.headers.authorization)).toMatch(/^SDK-HMAC-SHA256 Access=demo-ita-app-key, SignedHeaders=appkey;content-type;host;x-sdk-date, Signature=[0-9a-f]{64}$/);
	expect(JSON.parse(String(request.body))).toEqual({ callID: cdr.callID, remark: cdr.remark, ...Object.fromEntries(Object.entries(cdr.additionalFields).filter(([k]) => k !== 'AppKey')) });
	// No C1 token was fetched for it.
	expect(sim.requests.some((q) => q.path.includes('tokenByAkSk'))).toBe(false);
});

it('a wrong app secret is refused by the simulator with 401 and reported as an error', async () => {
	n8n.credentials.set('huaweiCecItaApi', { baseUrl: sim.url, appKey: ITA_APP.appKey, appSecret: 'not-the-secret', allowUnauthorizedCerts: false, timeout: 10000 });
	const r = await n8n.runNode(node, parameters());
	expect(r.error?.name).toBe('NodeApiError');
	expect(r.error?.message).toMatch(/401/);
	expect(r.error?.message).not.toMatch(/not-the-secret/);
	const [request] = sim.requests.filter((q) => q.path === PATH);
	expect(request.status).toBe(401);
	// Re-checked from the request log: the signature is well-formed, with the right key, and fails only on the secret.
	const logged = { method: request.method, rawPath: request.path, rawQuery: request.rawQuery ?? '', headers: request.headers, bodyBuffer: Buffer.from(request.body) };
	expect(itaSignatureProblem(logged, ITA_APP)).toBe('Signature mismatch.');
	expect(itaSignatureProblem(logged, { ...ITA_APP, appSecret: 'not-the-secret' })).toBeUndefined();
});

it('the Body Override (the example shape: calleeDisplay, numeric callDuration) is signed and accepted too', async () => {
	const example = OPERATIONS.find((s) => s.section === '6.2.13')!.example as Record<string, unknown>;
	const r = await n8n.runNode(node, parameters({ options: { rawBody: JSON.stringify(example) } }));
	expect(r.error).toBeUndefined();
	const [request] = sim.requests.filter((q) => q.path === PATH);
	expect(request.status).toBe(200);
	expect(JSON.parse(String(request.body))).toEqual(example);
});

it('a missing mandatory field is named before anything is sent', async () => {
	const r = await n8n.runNode(node, parameters({ remark: '={{ $json.missing }}' }));
	expect(r.error?.message).toMatch(/^remark: is required \(6\.2\.13\)$/);
	expect(sim.requests.filter((q) => q.path === PATH)).toHaveLength(0);
});

it('the credential test: an empty notification signed with the right secret passes the signature check (400, nothing recorded), a wrong secret is named', async () => {
	const data = { baseUrl: sim.url, appKey: ITA_APP.appKey, appSecret: ITA_APP.appSecret, allowUnauthorizedCerts: false, timeout: 10000 };
	const good = await n8n.testCredential(node, 'testItaCredential', 'huaweiCecItaApi', data);
	expect(good.status).toBe('OK');
	expect(sim.requests.filter((q) => q.path === PATH).map((q) => [q.status, q.body])).toEqual([[400, '{}']]);
	const bad = await n8n.testCredential(node, 'testItaCredential', 'huaweiCecItaApi', { ...data, appSecret: 'wrong' });
	expect(bad).toEqual({ status: 'Error', message: expect.stringMatching(/HTTP 401.*App key and App secret/) });
	expect(bad.message).not.toContain('wrong');
});

describe('signer and verifier agree beyond the happy path (two implementations)', () => {
	const now = new Date();
	const cases: Array<[string, string, Record<string, string | string[]>, string]> = [
		['plain', '/apiaccess/rest/x', {}, '{"a":1}'],
		['query sorted and encoded', '/p/a b', { z: 'last', a: 'x y*', m: ['2', '1'] }, ''],
		['unicode body and path', '/p/%E4%BD%A0', { q: '你好' }, '{"name":"张三"}'],
	];
	it.each(cases)('%s', (_name, path, query, body) => {
		const headers = { 'Content-Type': 'application/json;charset=UTF-8', Host: '127.0.0.1:9003', 'X-Sdk-Date': formatSdkDate(now) };
		const authorization = apigAuthorization({ method: 'POST', path, query, headers, body, appKey: ITA_APP.appKey, appSecret: ITA_APP.appSecret });
		const rawQuery = Object.entries(query)
			.flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${encodeURIComponent(k)}=${encodeURIComponent(x)}`))
			.join('&');
		const ctx = { method: 'POST', rawPath: path, rawQuery, headers: { 'content-type': headers['Content-Type'], host: headers.Host, 'x-sdk-date': headers['X-Sdk-Date'], authorization }, bodyBuffer: Buffer.from(body) };
		expect(itaSignatureProblem(ctx, ITA_APP, now.getTime())).toBeUndefined();
		expect(itaSignatureProblem({ ...ctx, bodyBuffer: Buffer.from(`${body} `) }, ITA_APP, now.getTime())).toBe('Signature mismatch.');
		expect(itaSignatureProblem(ctx, { ...ITA_APP, appSecret: 'other' }, now.getTime())).toBe('Signature mismatch.');
		expect(itaSignatureProblem(ctx, ITA_APP, now.getTime() + 16 * 60 * 1000)).toMatch(/15 minutes/);
	});
});
