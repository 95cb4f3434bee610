import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { ITA_APP } from '../../simulator/ita.cjs';
import { VENDOR_PATHS } from '../../simulator/vendorEvidence.cjs';
import { authV2, c1Token, json, raw, sdkHmacSign } from './helpers.cjs';

interface Op {
	section: string;
	method: string;
	path: string;
	auth: string;
	direction: string;
}

const catalog = (JSON.parse(readFileSync(join(__dirname, '../../reference/catalog.json'), 'utf8')) as Op[]).filter(
	(o) => o.direction === 'request' && o.path.startsWith('/'),
);
/** Served where the vendor serves them: the PDF's misprinted CC-Gateway paths are corrected. */
const ops = catalog.map((o) => ({ ...o, path: VENDOR_PATHS[o.section]?.path ?? o.path }));

let sim: Simulator;
beforeAll(async () => {
	sim = await startSimulator({ timeScale: 0.01, gatewayAuthMode: 'static' });
});
afterAll(async () => sim.close());

describe('every catalog request interface is reachable', () => {
	it(`answers all ${ops.length} request interfaces with something other than 404 (correct auth)`, async () => {
		expect(ops.length).toBe(531);
		const c1 = await c1Token(sim.url);
		const c3 = (await json(`${sim.url}/oifde/rest/api/gettoken`, { body: { appKey: 'demo-tenant', appSecret: 'demo-oiap-secret' } })).body.authToken as string;
		const sia = (await json(`${sim.url}/rest/sia/v1/tokens/jwt/sia`, { body: { jwt: 'demo-jwt', domain: 'ccfsAppService' } })).body.token as string;
		const c5 = (await json(`${sim.url}/agentgateway/resource/config/login`, { body: { agentId: 101, password: 'Admin@123' } })).body.result.guid as string;
		// Chapter 11: the ccmessaging-token of an applyToken (11.1), which most web chat interfaces require.
		const chatToken = (await json(`${sim.url}/apiaccess/ccmessaging/applyToken`, { body: { userId: 'catalog-user', userName: 'Catalog', channelId: 'catalog-channel', locale: 'en' }, headers: { Authorization: `Bearer ${c1}`, 'X-APP-Key': 'demo-app-key' } })).body.token as string;
		let guid = '';
		const ensureAgent = async () => {
			const s = sim.agentSession('101') as { signedIn: boolean; guid?: string };
			if (s.signedIn && s.guid) {
				guid = s.guid;
				return;
			}
			const r = await json(`${sim.url}/agentgateway/resource/onlineagent/101/forcelogin`, { method: 'PUT', body: { password: 'Agent@123', phonenum: '7000101' } });
			guid = String(r.headers.get('set-guid')).replace('JSESSIONID=', '');
		};
		const failures: string[] = [];
		for (const op of ops) {
			const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
				const n = name.toLowerCase();
				if (n === 'agentid') return '101';
				if (n === 'workno') return '102';
				if (n === 'vdnid' || n === 'vdn') return '1';
				return '1';
			});
			const hasBody = op.method !== 'GET';
			const tokenBodies: Record<string, Record<string, unknown>> = {
				'4.2': { app_key: 'demo-app-key', app_secret: 'demo-app-secret' },
				'4.4': { appKey: 'demo-tenant', appSecret: 'demo-oiap-secret' },
				'4.6': { agentId: 101, password: 'Admin@123' },
				'9.1.1': { jwt: 'demo-jwt', domain: 'ccfsAppService' },
			};
			const bodyObj: Record<string, unknown> = tokenBodies[op.section] ?? (op.auth === 'C3' ? { authToken: c3 } : {});
			const body = hasBody ? JSON.stringify(bodyObj) : '';
			const headers: Record<string, string> = { 'Content-Type': 'application/json;charset=UTF-8' };
			if (body) headers['Content-Length'] = String(Buffer.byteLength(body));
			if (op.auth === 'C1') Object.assign(headers, { Authorization: `Bearer ${c1}`, 'X-APP-Key': 'demo-app-key', ...(path.startsWith('/apiaccess/ccmessaging/') ? { 'ccmessaging-token': chatToken } : {}) });
			if (op.auth === 'C4') {
				await ensureAgent();
				headers.Guid = guid;
			}
			if (op.auth === 'C5') headers.Guid = c5;
			if (op.auth === 'SIA') Object.assign(headers, { 'X-Access-Token': sia, 'X-TenantSpaceID': 'demo-tenant' });
			if (op.auth === 'C2') {
				headers.Host = new URL(sim.url).host;
				headers.Authorization = authV2({ ak: 'demo-ak', sk: 'demo-sk', method: op.method, uri: path, headers: { Host: headers.Host, 'Content-Type': headers['Content-Type'], ...(body ? { 'Content-Length': headers['Content-Length'] } : {}) }, body });
			}
			// 6.2.13 is called by the ITA with its API Gateway App signature.
			const sent = op.section === '6.2.13' ? sdkHmacSign({ ...ITA_APP, method: op.method, path, headers: { ...headers, Host: new URL(sim.url).host }, body }) : headers;
			const r = await raw(`${sim.url}${path}`, { method: op.method, headers: sent, body: body || undefined });
			const j = r.json ?? {};
			const authFailed =
				r.status === 401 ||
				(op.auth === 'C4' && j.retcode === '000-003') ||
				(op.auth === 'C5' && j.retcode === '000-003') ||
				(op.auth === 'C3' && (j.errorCode === 900001 || j.errorCode === 900002));
			if (r.status === 404 || r.status === 405 || r.status >= 500 || authFailed) failures.push(`${op.section} ${op.method} ${path} → ${r.status} ${r.text.slice(0, 120)}`);
			if (sim.requests.length > 1000) sim.clearRequests();
		}
		expect(failures).toEqual([]);
	});

	it("the PDF's misprinted paths (voicercall, voicerecall, voicell, bigenQualityTask...) are unknown, as on a real server", async () => {
		const misprinted = catalog.filter((o) => VENDOR_PATHS[o.section]);
		expect(misprinted.map((o) => o.section)).toHaveLength(13);
		for (const op of misprinted) {
			expect(op.path).not.toBe(VENDOR_PATHS[op.section].path);
			const r = await raw(`${sim.url}${op.path.replace('{agentid}', '101').replace(/\{[^}]+\}/g, '1')}`, { method: op.method, headers: { 'Content-Type': 'application/json' }, body: op.method === 'GET' ? undefined : '{}' });
			expect(r.status).toBe(404);
		}
	});

	it('unknown paths get a CEC-like 404, wrong methods a 405', async () => {
		const r = await raw(`${sim.url}/apiaccess/rest/does/not/exist`, { method: 'POST' });
		expect(r.status).toBe(404);
		expect(r.json).toMatchObject({ error_code: 'APIGW.0101' });
		const m = await raw(`${sim.url}/rest/cmsapp/v1/ping`, { method: 'GET' });
		expect(m.status).toBe(405);
		expect(m.headers.allow).toBe('POST');
	});

	it('missing required fields get the family parameter-error shape (from reference/sections.json)', async () => {
		const c1 = await c1Token(sim.url);
		const r = await json(`${sim.url}/apiaccess/rest/cc-management/v1/skill/createSkill`, { headers: { Authorization: `Bearer ${c1}` }, body: {} });
		expect(r.status).toBe(400);
		expect(r.body.resultDesc).toMatch(/mandatory/);
	});
});
