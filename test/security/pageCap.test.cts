/**
 * Return All against a server that never stops paging (every page full, every page new) and one
 * that fails part-way, through real n8n-core: paging stops at Options > Max Pages (default 1,000)
 * with an error that says how many records were fetched, or keeps them when the user chose so;
 * an error on page N says which page.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { HuaweiCecOutboundCampaign } from '../../nodes/HuaweiCecOutboundCampaign/HuaweiCecOutboundCampaign.node';
import { OPERATIONS as CAMPAIGN_OPS } from '../../nodes/HuaweiCecOutboundCampaign/operations';
import { DEFAULT_MAX_PAGES, parameterName, parameterNames } from '../../nodes/shared/registry/params';
import type { OperationSpec } from '../../nodes/shared/registry/types';
import { createHarness, type Harness } from '../helpers/n8n.cjs';

let server: http.Server;
let pagesAsked: number[] = [];
/** The page on which the server answers a CEC error instead of rows. */
let failOnPage: number | undefined;
let n8n: Harness;

beforeAll(async () => {
	server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const { pageNum, pageSize } = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { pageNum: number; pageSize: number };
			pagesAsked.push(pageNum);
			res.writeHead(200, { 'Content-Type': 'application/json' });
			if (pageNum === failOnPage) {
				res.end(JSON.stringify({ resultCode: '0200007', resultDesc: 'campaign gone' }));
				return;
			}
			const data = Array.from({ length: pageSize }, (_v, i) => ({ called: `${pageNum}-${i}` }));
			res.end(JSON.stringify({ resultCode: '0200000', resultDesc: 'success', data }));
		});
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	n8n = await createHarness({ huaweiCecAkSkApi: { baseUrl, accessKey: 'security-ak', secretKey: 'security-sk', allowUnauthorizedCerts: false, timeout: 5000 } });
});
afterAll(async () => await new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
	pagesAsked = [];
	failOnPage = undefined;
});

const node = new HuaweiCecOutboundCampaign();

function results(rest: INodeParameters): INodeParameters {
	const spec = CAMPAIGN_OPS.find((s) => s.section === '7.5.1') as OperationSpec;
	const names = parameterNames(CAMPAIGN_OPS);
	const field = (name: string) => parameterName(names, spec, spec.fields.find((f) => f.name === name)!);
	return { resource: spec.resource, operation: spec.operation, [field('vdnId')]: 1, [field('campaignId')]: 2, ...rest };
}
const run = (rest: INodeParameters) => n8n.runNode(node, results(rest), [{}], { credentials: ['huaweiCecAkSkApi'] });

it('the UI offers Max Pages (default 1,000) and When Max Pages Is Reached (default Fail), shown with Return All', () => {
	const options = node.description.properties.find((p) => p.name === 'options')!.options as unknown as IDataObject[];
	expect(options.find((o) => o.name === 'maxPages')).toMatchObject({ default: 1000, displayOptions: { show: { '/returnAll': [true] } } });
	expect(options.find((o) => o.name === 'onMaxPages')).toMatchObject({ default: 'fail' });
});

it('fails at the cap and says how many records were fetched and how to raise it', async () => {
	const r = await run({ returnAll: true, options: { maxPages: 3 } });
	expect(pagesAsked).toEqual([1, 2, 3]);
	expect(r.error?.name).toBe('NodeOperationError');
	expect(r.error?.message).toBe('Return All reached its cap of 3 pages (300 records fetched) and 7.5.1 has more');
	expect(r.error?.description).toMatch(/Raise Options > Max Pages/);
	expect(r.outputs).toEqual([]);
});

it('keeps what was fetched when the user chose so', async () => {
	const r = await run({ returnAll: true, options: { maxPages: 2, onMaxPages: 'keep' } });
	expect(r.error).toBeUndefined();
	expect(pagesAsked).toEqual([1, 2]);
	expect(r.outputs[0]).toHaveLength(200);
	expect(r.outputs[0][199].json).toEqual({ called: '2-99' });
});

it(`stops a server that pages forever at the default cap of ${DEFAULT_MAX_PAGES} pages`, async () => {
	const r = await run({ returnAll: true, options: {} });
	expect(pagesAsked).toHaveLength(DEFAULT_MAX_PAGES);
	expect(r.error?.message).toBe(`Return All reached its cap of ${DEFAULT_MAX_PAGES} pages (${DEFAULT_MAX_PAGES * 100} records fetched) and 7.5.1 has more`);
}, 120000);

it('an error on page 3 names the page and the records it drops', async () => {
	failOnPage = 3;
	const r = await run({ returnAll: true, options: {} });
	expect(pagesAsked).toEqual([1, 2, 3]);
	expect(r.error?.name).toBe('NodeApiError');
	expect(r.error?.message).toMatch(/^The outbound campaign does not exist\..*\[page 3; the 200 records of pages 1-2 are not returned\]$/);
});

it('an error on the first page is the plain error of the interface', async () => {
	failOnPage = 1;
	const r = await run({ returnAll: true, options: {} });
	expect(r.error?.message).not.toMatch(/\[page/);
	expect(r.error?.message).toMatch(/^The outbound campaign does not exist\./);
});

it('a Max Pages that is not a whole number of at least 1 is refused before anything is sent', async () => {
	const r = await run({ returnAll: true, options: { maxPages: 0 } });
	expect(r.error?.message).toBe('Max Pages: must be a whole number of at least 1, not 0');
	expect(pagesAsked).toEqual([]);
});

it('Limit is not capped by pages: the user bounded the rows', async () => {
	const r = await run({ returnAll: false, limit: 450, options: { maxPages: 2 } });
	expect(r.error).toBeUndefined();
	expect(pagesAsked).toEqual([1, 2, 3, 4, 5]);
	expect(r.outputs[0]).toHaveLength(450);
});
