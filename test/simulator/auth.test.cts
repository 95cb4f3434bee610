import https from 'node:https';
import { X509Certificate } from 'node:crypto';
import { c2CanonicalRequest, c2Normalize, startSimulator, type Simulator } from '../../simulator/index.cjs';
import { authV2, c1Token, c2Post, enc, json, raw } from './helpers.cjs';

let sim: Simulator;
beforeAll(async () => {
	sim = await startSimulator({ timeScale: 0.01 });
});
afterAll(async () => {
	await sim.close();
});

describe('C1 (4.2) API Fabric token', () => {
	const route = '/apiaccess/rest/cc-management/v1/skill/querySkills';

	it('issues a Bearer token with the documented fields', async () => {
		const r = await json(`${sim.url}/apigovernance/api/oauth/tokenByAkSk`, {
			headers: { 'X-Token-Expire': '120' },
			body: { app_key: 'demo-app-key', app_secret: 'demo-app-secret' },
		});
		expect(r.status).toBe(200);
		expect(r.body).toMatchObject({ ApplyType: 'Bearer', Expires: '120', AppKey: 'demo-app-key', UserID: 'Anonymous' });
		expect(typeof r.body.AccessToken).toBe('string');
		expect(r.body.CreateTime).toMatch(/^\d{10}$/);
	});

	it('rejects a wrong secret and an out-of-range X-Token-Expire', async () => {
		const bad = await json(`${sim.url}/apigovernance/api/oauth/tokenByAkSk`, { body: { app_key: 'demo-app-key', app_secret: 'nope' } });
		expect(bad.status).toBe(401);
		expect(bad.body.error_code).toBeDefined();
		const tooLong = await json(`${sim.url}/apigovernance/api/oauth/tokenByAkSk`, {
			headers: { 'X-Token-Expire': '3601' },
			body: { app_key: 'demo-app-key', app_secret: 'demo-app-secret' },
		});
		expect(tooLong.status).toBe(400);
	});

	it('accepts the token, rejects missing/unknown/expired ones with 401', async () => {
		const token = await c1Token(sim.url);
		const ok = await json(`${sim.url}${route}`, { headers: { Authorization: `Bearer ${token}`, 'X-APP-Key': 'demo-app-key' }, body: {} });
		expect(ok.status).not.toBe(401);
		expect((await json(`${sim.url}${route}`, { body: {} })).status).toBe(401);
		expect((await json(`${sim.url}${route}`, { headers: { Authorization: 'Bearer forged' }, body: {} })).status).toBe(401);
		const wrongApp = await json(`${sim.url}${route}`, { headers: { Authorization: `Bearer ${token}`, 'X-APP-Key': 'other' }, body: {} });
		expect(wrongApp.status).toBe(401);
		sim.expireTokens('C1');
		const expired = await json(`${sim.url}${route}`, { headers: { Authorization: `Bearer ${token}` }, body: {} });
		expect(expired.status).toBe(401);
		expect(expired.body.error_msg).toMatch(/expired/i);
	});

	it('expires a token after X-Token-Expire seconds (wall clock)', async () => {
		const r = await json(`${sim.url}/apigovernance/api/oauth/tokenByAkSk`, {
			headers: { 'X-Token-Expire': '1' },
			body: { app_key: 'demo-app-key', app_secret: 'demo-app-secret' },
		});
		await new Promise((res) => setTimeout(res, 1100));
		const late = await json(`${sim.url}${route}`, { headers: { Authorization: `Bearer ${r.body.AccessToken}` }, body: {} });
		expect(late.status).toBe(401);
	});
});

describe('C2 (4.3) auth-v2 signature', () => {
	it('reproduces the 4.3 worked example of canonical headers', () => {
		const canonical = c2CanonicalRequest({
			method: 'POST',
			uri: '/rest/cmsapp/v1/ping',
			query: [],
			headers: { host: '10.22.26.181:28080', 'content-length': '22', 'content-type': 'application/json;charset=UTF-8' },
			body: '',
		});
		expect(canonical).toBe(
			'POST\n/rest/cmsapp/v1/ping\ncontent-length;content-type;host\ncontent-length:22\ncontent-type:application%2Fjson%3Bcharset%3DUTF-8\nhost:10.22.26.181%3A28080\n',
		);
		// the test's own encoder agrees, and so does the doc's normalized body sample
		expect(enc('application/json;charset=UTF-8')).toBe('application%2Fjson%3Bcharset%3DUTF-8');
		const docBody = '{"request":{"version":".0"},"msgBody":{"accountId":"","beginTime":"2018-06-29 10:42:49","endTime":"2018-07-02 10:42:49","agentId":"","callId":"","dataType":"call_record","callBackURL":"http://10.57.118.171:8080"}}';
		expect(c2Normalize(docBody)).toBe(
			'%7B%22request%22%3A%7B%22version%22%3A%22.0%22%7D%2C%22msgBody%22%3A%7B%22accountId%22%3A%22%22%2C%22beginTime%22%3A%222018-06-29%2010%3A42%3A49%22%2C%22endTime%22%3A%222018-07-02%2010%3A42%3A49%22%2C%22agentId%22%3A%22%22%2C%22callId%22%3A%22%22%2C%22dataType%22%3A%22call_record%22%2C%22callBackURL%22%3A%22http%3A%2F%2F10.57.118.171%3A8080%22%7D%7D',
		);
		expect(c2Normalize('中 ~')).toBe('%E4%B8%AD%20~');
	});

	it('accepts a hand-made signature (with millis, without millis, with a query string)', async () => {
		expect((await c2Post(sim.url, '/rest/cmsapp/v1/ping', { say: 'Hello world!' })).status).toBe(200);
		const noMillis = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
		expect((await c2Post(sim.url, '/rest/cmsapp/v1/ping', { say: 'x' }, { timestamp: noMillis })).status).toBe(200);
		const q = await c2Post(sim.url, '/rest/isales/v1/openapi/campaigns/1', undefined, { method: 'GET', query: { curPage: '1', rowsPerPage: '10', name: 'a b/ç' } });
		expect(q.status).toBe(200);
		expect(q.json.resultCode).toBe('0200000');
	});

	it('rejects wrong SK, unknown AK, tampered body, stale timestamp and unsigned host with 401', async () => {
		expect((await c2Post(sim.url, '/rest/cmsapp/v1/ping', {}, { sk: 'wrong' })).status).toBe(401);
		expect((await c2Post(sim.url, '/rest/cmsapp/v1/ping', {}, { ak: 'someone' })).status).toBe(401);
		const stale = new Date(Date.now() - 16 * 60 * 1000).toISOString();
		const r = await c2Post(sim.url, '/rest/cmsapp/v1/ping', {}, { timestamp: stale });
		expect(r.status).toBe(401);
		expect(r.headers['x-sim-auth-reason']).toMatch(/window/);
		const future = new Date(Date.now() + 16 * 60 * 1000).toISOString();
		expect((await c2Post(sim.url, '/rest/cmsapp/v1/ping', {}, { timestamp: future })).status).toBe(401);

		// tampered body: signed one body, sent another of the same length
		const body = JSON.stringify({ a: 1 });
		const host = new URL(sim.url).host;
		const headers = { Host: host, 'Content-Type': 'application/json', 'Content-Length': String(body.length) };
		const auth = authV2({ ak: 'demo-ak', sk: 'demo-sk', method: 'POST', uri: '/rest/cmsapp/v1/ping', headers, body });
		const tampered = await raw(`${sim.url}/rest/cmsapp/v1/ping`, { method: 'POST', headers: { ...headers, Authorization: auth }, body: JSON.stringify({ a: 2 }) });
		expect(tampered.status).toBe(401);
		expect(tampered.headers['x-sim-auth-reason']).toBe('signature mismatch');

		// host not among the signed headers
		const h2 = { 'Content-Type': 'application/json' };
		const auth2 = authV2({ ak: 'demo-ak', sk: 'demo-sk', method: 'POST', uri: '/rest/cmsapp/v1/ping', headers: h2, body });
		const unsigned = await raw(`${sim.url}/rest/cmsapp/v1/ping`, { method: 'POST', headers: { ...h2, Authorization: auth2 }, body });
		expect(unsigned.status).toBe(401);
		expect(unsigned.headers['x-sim-auth-reason']).toMatch(/host/);

		// signed a different Host than the one sent
		const auth3 = authV2({ ak: 'demo-ak', sk: 'demo-sk', method: 'POST', uri: '/rest/cmsapp/v1/ping', headers: { ...headers, Host: 'example.com' }, body });
		expect((await raw(`${sim.url}/rest/cmsapp/v1/ping`, { method: 'POST', headers: { ...headers, Authorization: auth3 }, body })).status).toBe(401);

		expect((await raw(`${sim.url}/rest/cmsapp/v1/ping`, { method: 'POST', headers, body })).status).toBe(401);
	});
});

describe('C3 (4.4) OIAP token', () => {
	it('issues authToken and checks it in the body or in headers', async () => {
		const t = await json(`${sim.url}/oifde/rest/api/gettoken`, { body: { appKey: 'demo-tenant', appSecret: 'demo-oiap-secret' } });
		expect(t.body).toMatchObject({ errorCode: 0, errorMsg: '', expireTime: 3600 });
		const wrong = await json(`${sim.url}/oifde/rest/api/gettoken`, { body: { appKey: 'demo-tenant', appSecret: 'x' } });
		expect(wrong.body.errorCode).toBe(200800002);
		const ok = await json(`${sim.url}/oifde/rest/api/querydomaininfo`, { body: { tenantId: 'demo-tenant', authToken: t.body.authToken } });
		expect(ok.body.errorCode).toBe(0);
		const viaHeader = await json(`${sim.url}/oifde/rest/sysapi/asrcallback`, { headers: { appkey: 'demo-tenant', authToken: t.body.authToken }, body: {} });
		expect(viaHeader.body.errorCode).not.toBe(900001);
		expect(viaHeader.body.errorCode).not.toBe(900002);
		expect((await json(`${sim.url}/oifde/rest/api/querydomaininfo`, { body: { tenantId: 'x' } })).body.errorCode).toBe(900001);
		expect((await json(`${sim.url}/oifde/rest/api/querydomaininfo`, { body: { tenantId: 'x', authToken: 'forged' } })).body.errorCode).toBe(900002);
		sim.expireTokens('C3');
		expect((await json(`${sim.url}/oifde/rest/api/querydomaininfo`, { body: { tenantId: 'x', authToken: t.body.authToken } })).body.errorCode).toBe(900001);
	});
});

describe('SIA (9.1) and C5 (4.6)', () => {
	it('SIA token gates iKBS; the auth-v2 variant works too', async () => {
		const t = await json(`${sim.url}/rest/sia/v1/tokens/jwt/sia`, { body: { jwt: 'demo-jwt', domain: 'ccfsAppService' } });
		expect(t.status).toBe(200);
		expect(t.body.expiredAt).toMatch(/\+0000$/);
		const path = '/rest/ccikbs/v1/columnkngapi/queryColumnsBySuperCode';
		const ok = await json(`${sim.url}${path}`, { headers: { 'X-Access-Token': t.body.token, 'X-TenantSpaceID': 'demo-tenant' }, body: { beyondColuId: '0' } });
		expect(ok.status).toBe(200);
		expect((await json(`${sim.url}${path}`, { body: {} })).status).toBe(401);
		expect((await c2Post(sim.url, path, { beyondColuId: '0' })).status).not.toBe(401);
		expect((await c2Post(sim.url, `/rest/ccikbs/v1/columnkngapi/queryKngDetailByAKSK`, { kngId: '1' })).status).not.toBe(404);
		expect((await json(`${sim.url}/rest/sia/v1/tokens/jwt/sia`, { body: { jwt: 'bad', domain: 'ccfsAppService' } })).status).toBe(401);
	});

	it('C5 login returns a Guid that the config interfaces require', async () => {
		const r = await json(`${sim.url}/agentgateway/resource/config/login`, { body: { agentId: 100001, password: 'Admin@123' } });
		expect(r.body).toMatchObject({ message: 'success', retcode: '0' });
		expect(r.headers.get('guid')).toBe(r.body.result.guid);
		const sub = await json(`${sim.url}/agentgateway/resource/config/subscribe/register`, { headers: { Guid: r.body.result.guid }, body: { serviceId: 's1' } });
		expect(sub.body.retcode).not.toBe('000-003');
		expect((await json(`${sim.url}/agentgateway/resource/config/subscribe/register`, { body: {} })).body.retcode).toBe('000-003');
		expect((await json(`${sim.url}/agentgateway/resource/config/login`, { body: { agentId: 101, password: 'x' } })).body.retcode).toBe('100-004');
	});
});

describe('HTTPS', () => {
	it('serves TLS with a generated self-signed certificate for localhost/127.0.0.1', async () => {
		const s = await startSimulator({ https: true });
		try {
			expect(s.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
			const cert = new X509Certificate(s.certificate!);
			expect(cert.subjectAltName).toContain('IP Address:127.0.0.1');
			const body = JSON.stringify({ app_key: 'demo-app-key', app_secret: 'demo-app-secret' });
			const status = await new Promise<number>((resolve, reject) => {
				const req = https.request(`${s.url}/apigovernance/api/oauth/tokenByAkSk`, { method: 'POST', ca: s.certificate, headers: { 'Content-Type': 'application/json' } }, (res) => {
					res.resume();
					res.on('end', () => resolve(res.statusCode ?? 0));
				});
				req.on('error', reject);
				req.end(body);
			});
			expect(status).toBe(200);
		} finally {
			await s.close();
		}
	});
});
