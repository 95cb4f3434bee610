/**
 * Input that would change the request, through real n8n-core against a loopback server that
 * records every request line it receives: path values that walk out of their segment ("..", ".",
 * empty, "/" "?" "#"), numbers written in notations the user did not mean ("0x10", "1e3", " 7 "),
 * blank required text, objects in the generic node's path and query. Values come in as item data
 * through expressions, the way webhook input or an AI tool call would supply them.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { HuaweiCec } from '../../nodes/HuaweiCec/HuaweiCec.node';
import { HuaweiCecOutboundCampaign } from '../../nodes/HuaweiCecOutboundCampaign/HuaweiCecOutboundCampaign.node';
import { OPERATIONS as CAMPAIGN_OPS } from '../../nodes/HuaweiCecOutboundCampaign/operations';
import { parameterName, parameterNames } from '../../nodes/shared/registry/params';
import { validateValues } from '../../nodes/shared/registry/validate';
import type { OperationSpec } from '../../nodes/shared/registry/types';
import { createHarness, type Harness } from '../helpers/n8n.cjs';

interface Received {
	method: string;
	url: string;
	body: string;
}

let server: http.Server;
let received: Received[] = [];
let n8n: Harness;

beforeAll(async () => {
	server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			received.push({ method: String(req.method), url: String(req.url), body: Buffer.concat(chunks).toString('utf8') });
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify({ resultCode: '0200000', resultDesc: 'success', returnCode: '0200000', data: { callId: 'recorded' } }));
		});
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	n8n = await createHarness({ huaweiCecAkSkApi: { baseUrl, accessKey: 'security-ak', secretKey: 'security-sk', allowUnauthorizedCerts: false, timeout: 5000 } });
});
afterAll(async () => await new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
	received = [];
});

const campaignNode = new HuaweiCecOutboundCampaign();
const genericNode = new HuaweiCec();
const C2 = { credentials: ['huaweiCecAkSkApi'] };

/** Node parameters of a campaign operation; each field reads its value from the input item. */
function fromItem(section: string, fields: string[]): INodeParameters {
	const spec = CAMPAIGN_OPS.find((s) => s.section === section) as OperationSpec;
	const names = parameterNames(CAMPAIGN_OPS);
	const out: INodeParameters = { resource: spec.resource, operation: spec.operation, options: {} };
	for (const name of fields) {
		const field = spec.fields.find((f) => f.name === name);
		if (!field) throw new Error(`${section} has no field ${name}`);
		out[parameterName(names, spec, field)] = `={{ $json.${name} }}`;
	}
	return out;
}

const getResult = (item: IDataObject) => n8n.runNode(campaignNode, fromItem('7.5.2', ['vdnId', 'callId']), [item], C2);

describe('path values cannot change the path (7.5.2 GET /campaigns/{vdnId}/callresultdetail/{callId})', () => {
	it.each([
		['..', 'callId: must not be "." or ".." or contain such a segment (it would change the request path) (7.5.2)'],
		['.', 'callId: must not be "." or ".." or contain such a segment (it would change the request path) (7.5.2)'],
		['abc/../..', 'callId: must not be "." or ".." or contain such a segment (it would change the request path) (7.5.2)'],
		['..\\..', 'callId: must not be "." or ".." or contain such a segment (it would change the request path) (7.5.2)'],
		['   ', 'callId: is required (blank text counts as missing) (7.5.2)'],
	])('callId %j is refused before anything is sent', async (callId, message) => {
		const r = await getResult({ vdnId: 1, callId });
		expect(r.error?.name).toBe('NodeOperationError');
		expect(r.error?.message).toBe(message);
		expect(received).toEqual([]);
	});

	it('"/", "?" and "#" stay inside the segment, percent-encoded on the wire', async () => {
		const r = await getResult({ vdnId: 1, callId: '0023/../x?y=1#z' });
		expect(r.error?.message).toMatch(/callId: must not be "\." or "\.\."/);
		const ok = await getResult({ vdnId: 1, callId: 'a/b?c=1#d..e' });
		expect(ok.error).toBeUndefined();
		expect(received.map((q) => `${q.method} ${q.url}`)).toEqual(['GET /rest/isales/v1/openapi/campaigns/1/callresultdetail/a%2Fb%3Fc%3D1%23d..e']);
	});

	it('a dotted value that is not a dot segment is an ordinary ID', async () => {
		const r = await getResult({ vdnId: 1, callId: '0023-134.864..174' });
		expect(r.error).toBeUndefined();
		expect(received.map((q) => q.url)).toEqual(['/rest/isales/v1/openapi/campaigns/1/callresultdetail/0023-134.864..174']);
	});
});

describe('numbers given as text are plain decimal only', () => {
	it.each([
		['0x10', 'vdnId: must be a whole number in plain decimal digits, not "0x10" (7.5.2)'],
		['1e3', 'vdnId: must be a whole number in plain decimal digits, not "1e3" (7.5.2)'],
		[' 7 ', 'vdnId: must be a whole number in plain decimal digits, not " 7 " (7.5.2)'],
		['0b11', 'vdnId: must be a whole number in plain decimal digits, not "0b11" (7.5.2)'],
		['Infinity', 'vdnId: must be a whole number in plain decimal digits, not "Infinity" (7.5.2)'],
		['7.5', 'vdnId: must be a whole number (7.5.2)'],
	])('vdnId %j is refused, not read as another number', async (vdnId, message) => {
		const r = await getResult({ vdnId, callId: 'c1' });
		expect(r.error?.name).toBe('NodeOperationError');
		expect(r.error?.message).toBe(message);
		expect(received).toEqual([]);
	});

	it('"7" is read as the number it spells', async () => {
		const r = await getResult({ vdnId: '7', callId: 'c1' });
		expect(r.error).toBeUndefined();
		expect(received.map((q) => q.url)).toEqual(['/rest/isales/v1/openapi/campaigns/7/callresultdetail/c1']);
	});

	it('a number in an optional body field follows the same rule (7.5.1 showDetail)', async () => {
		const spec = CAMPAIGN_OPS.find((s) => s.section === '7.5.1') as OperationSpec;
		const names = parameterNames(CAMPAIGN_OPS);
		const parameters: INodeParameters = { ...fromItem('7.5.1', ['vdnId', 'campaignId']), returnAll: false, limit: 5 };
		const showDetail = spec.fields.find((f) => f.name === 'showDetail')!;
		parameters.additionalFields = { [parameterName(names, spec, showDetail)]: '={{ $json.showDetail }}' };
		const r = await n8n.runNode(campaignNode, parameters, [{ vdnId: 1, campaignId: 2, showDetail: '1e0' }], C2);
		expect(r.error?.message).toBe('showDetail: must be a whole number in plain decimal digits, not "1e0" (7.5.1)');
		expect(received).toEqual([]);
	});
});

describe('blank required text counts as missing', () => {
	it('a required string of blanks is refused, and nothing is sent (7.5.2 callId)', async () => {
		const r = await getResult({ vdnId: 1, callId: '\t \n' });
		expect(r.error?.message).toBe('callId: is required (blank text counts as missing) (7.5.2)');
		expect(received).toEqual([]);
	});

	it('the typed 7.1.5 DELETE refuses a campaignId of blanks instead of deleting /campaigns/1/', async () => {
		const r = await n8n.runNode(campaignNode, fromItem('7.1.5', ['vdnId', 'campaignId']), [{ vdnId: 1, campaignId: ' ' }], C2);
		expect(r.error?.message).toBe('campaignId: is required (blank text counts as missing) (7.1.5)');
		expect(received).toEqual([]);
	});
	it('a required text inside an object is held to the same rule (7.1.4 retryPolicy.retryPolicyId)', () => {
		const spec = CAMPAIGN_OPS.find((s) => s.section === '7.1.4') as OperationSpec;
		const retryPolicy = spec.fields.find((f) => f.name === 'retryPolicy')!;
		const only = { ...spec, fields: [retryPolicy] };
		expect(validateValues(only, { 'body:retryPolicy': { retryPolicyId: ' \t', policyType: 1 } })).toBe('retryPolicy.retryPolicyId: is required (blank text counts as missing) (7.1.4)');
		expect(validateValues(only, { 'body:retryPolicy': { retryPolicyId: 'p1', policyType: 1 } })).toBeUndefined();
	});
});

describe('the generic Huawei CEC node', () => {
	const deleteCampaign = (campaignId: unknown, query: Array<{ name: string; value: unknown }> = []) =>
		n8n.runNode(
			genericNode,
			{
				authentication: 'C2',
				interface: '7.1.5',
				pathParameters: { parameter: [{ name: 'vdnId', value: '1' }, { name: 'campaignId', value: '={{ $json.campaignId }}' }] },
				queryParameters: { parameter: query.map((q) => ({ name: q.name, value: '={{ $json.q }}' })) },
			},
			[{ campaignId, q: query[0]?.value } as IDataObject],
			C2,
		);

	it('7.1.5 DELETE with campaignId ".." is refused: no DELETE /campaigns/ reaches the server', async () => {
		const r = await deleteCampaign('..');
		expect(r.error?.name).toBe('NodeOperationError');
		expect(r.error?.message).toBe('Path Parameters: "campaignId" must not be "." or ".." or contain such a segment (it would change the request path)');
		expect(received).toEqual([]);
	});

	it('"." and blanks are refused too; a proper ID goes out percent-encoded in its segment', async () => {
		expect((await deleteCampaign('.')).error?.message).toMatch(/^Path Parameters: "campaignId" must not be "\." or "\.\."/);
		expect((await deleteCampaign('  ')).error?.message).toBe('Path Parameters: "campaignId" must not be empty (it fills a segment of the request path)');
		expect(received).toEqual([]);
		const ok = await deleteCampaign('12/?#');
		expect(ok.error).toBeUndefined();
		expect(received.map((q) => `${q.method} ${q.url}`)).toEqual(['DELETE /rest/isales/v1/openapi/campaigns/1/12%2F%3F%23']);
	});

	it('an object or a list in a path value is refused instead of sending "[object Object]"', async () => {
		expect((await deleteCampaign({ id: 12 })).error?.message).toBe('Path Parameters: "campaignId" must be text or a number, not an object');
		expect((await deleteCampaign([12, 13])).error?.message).toBe('Path Parameters: "campaignId" must be text or a number, not a list');
		expect(received).toEqual([]);
	});

	it('an object in a query value is refused; text and numbers are sent as written', async () => {
		const bad = await deleteCampaign('12', [{ name: 'filter', value: { a: 1 } }]);
		expect(bad.error?.message).toBe('Query Parameters: "filter" must be text or a number, not an object');
		expect(received).toEqual([]);
		const ok = await deleteCampaign('12', [{ name: 'filter', value: 'a b&c' }]);
		expect(ok.error).toBeUndefined();
		expect(received.map((q) => q.url)).toEqual(['/rest/isales/v1/openapi/campaigns/1/12?filter=a+b%26c']);
		expect(received[0].url).not.toContain('object');
	});
});
