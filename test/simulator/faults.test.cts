import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { c1Token, c2Post, json, raw } from './helpers.cjs';

let sim: Simulator;
let token: string;
beforeAll(async () => {
	sim = await startSimulator({ timeScale: 0.01 });
	token = await c1Token(sim.url);
});
afterAll(async () => sim.close());
afterEach(() => sim.clearFaults());

const ROUTE = '/apiaccess/rest/cc-management/v1/skill/querySkills';
const call = () => json(`${sim.url}${ROUTE}`, { headers: { Authorization: `Bearer ${token}` }, body: {} });
const admin = (path: string, method = 'POST', body?: unknown) => json(`${sim.url}/__sim${path}`, { method, body });

describe('faults on demand', () => {
	it('status faults apply to the next N matching requests (burst), then stop', async () => {
		const r = await admin('/faults', 'POST', { type: 'status', status: 503, pathPrefix: '/apiaccess/rest/cc-management', count: 2 });
		expect(r.body.ids).toHaveLength(1);
		expect((await call()).status).toBe(503);
		expect((await call()).status).toBe(503);
		expect((await call()).status).toBe(200);
		expect((await admin('/faults', 'GET')).body).toEqual([]);
	});

	it('429 carries Retry-After; section matching with a subtree wildcard', async () => {
		sim.addFault({ type: 'status', status: 429, retryAfter: 7, section: '5.*', count: 1 });
		const r = await call();
		expect(r.status).toBe(429);
		expect(r.headers.get('retry-after')).toBe('7');
		sim.addFault({ type: 'status', status: 500, section: '7.3.4' });
		expect((await c2Post(sim.url, '/rest/isales/v1/openapi/campaigns/1/blocklist/query', {})).status).toBe(500);
		expect((await call()).status).toBe(200);
	});

	it('latency, connection reset, truncated and non-JSON bodies', async () => {
		sim.addFault({ type: 'latency', latencyMs: 150, pathPrefix: ROUTE, count: 1 });
		const t0 = Date.now();
		expect((await call()).status).toBe(200);
		expect(Date.now() - t0).toBeGreaterThanOrEqual(140);

		sim.addFault({ type: 'reset', pathPrefix: ROUTE, count: 1 });
		await expect(call()).rejects.toThrow();

		sim.addFault({ type: 'truncate', pathPrefix: ROUTE, count: 1 });
		await expect(raw(`${sim.url}${ROUTE}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{}' })).rejects.toThrow();

		sim.addFault({ type: 'nonjson', pathPrefix: ROUTE, count: 1 });
		const nj = await call();
		expect(nj.status).toBe(200);
		expect(typeof nj.body).toBe('string');
		expect(nj.body).toMatch(/<html>/);
		expect((await call()).status).toBe(200);
	});

	it('early token expiry and gateway restart as faults', async () => {
		sim.addFault({ type: 'expireTokens', tokenKind: 'C1', pathPrefix: ROUTE, count: 1 });
		expect((await call()).status).toBe(401);
		token = await c1Token(sim.url);
		expect((await call()).status).toBe(200);

		const signIn = await json(`${sim.url}/agentgateway/resource/onlineagent/115`, { method: 'PUT', body: { password: 'Agent@123', phonenum: '7000115' } });
		const guid = String(signIn.headers.get('set-guid')).replace('JSESSIONID=', '');
		sim.addFault({ type: 'invalidateGuid', section: '6.1.1.21', count: 1 });
		expect((await json(`${sim.url}/agentgateway/resource/onlineagent/115/agentstatus`, { method: 'GET', headers: { Guid: guid } })).body.retcode).toBe('000-003');
		sim.addFault({ type: 'restart', section: '6.1.1.21', count: 1 });
		expect((await json(`${sim.url}/agentgateway/resource/onlineagent/115/agentstatus`, { method: 'GET', headers: { Guid: guid } })).body.retcode).toBe('100-006');
	});

	it('rejects malformed fault rules', async () => {
		expect((await admin('/faults', 'POST', { type: 'explode' })).status).toBe(400);
		expect((await admin('/faults', 'POST', { type: 'status' })).status).toBe(400);
	});
});

describe('request log and admin API', () => {
	it('records method, path, query, headers, body and section of every request except /__sim', async () => {
		sim.clearRequests();
		await json(`${sim.url}${ROUTE}?a=1&b=x%20y`, { headers: { Authorization: `Bearer ${token}`, 'X-Trace': 't1' }, body: { hello: 'world' } });
		await admin('/state', 'GET');
		expect(sim.requests).toHaveLength(1);
		const e = sim.requests[0];
		expect(e).toMatchObject({ method: 'POST', path: ROUTE, rawQuery: 'a=1&b=x%20y', query: { a: '1', b: 'x y' }, body: '{"hello":"world"}', section: '5.2.4', auth: 'C1', status: 200 });
		expect(e.headers['x-trace']).toBe('t1');
		expect(typeof e.time).toBe('number');
		const viaHttp = await admin('/requests', 'GET');
		expect(viaHttp.body).toHaveLength(1);
		expect((await admin('/requests?section=5.2.4', 'GET')).body).toHaveLength(1);
		await admin('/requests', 'DELETE');
		expect(sim.requests).toHaveLength(0);
	});

	it('drives agents, dialer, clock and tokens through HTTP', async () => {
		expect((await admin('/health', 'GET')).body.ok).toBe(true);
		const signIn = await json(`${sim.url}/agentgateway/resource/onlineagent/116`, { method: 'PUT', body: { password: 'Agent@123', phonenum: '7000116', autoanswer: false } });
		const guid = String(signIn.headers.get('set-guid')).replace('JSESSIONID=', '');
		expect((await admin('/agents/116/events', 'POST', { eventType: 'AgentOther_Note', count: 5 })).body.queued).toBe(5);
		expect((await admin('/agents/116', 'GET')).body).toMatchObject({ signedIn: true, queued: 7 });
		expect((await admin('/agents/116/inbound-call', 'POST', { caller: '139' })).body.ok).toBe(true);
		expect((await admin('/agents/117/events', 'POST', { eventType: 'X' })).status).toBe(409);
		expect((await admin('/dialer/tick')).body.ok).toBe(true);
		expect((await admin('/clock', 'POST', { timeScale: 0.02 })).body.timeScale).toBe(0.02);
		expect(sim.timeScale).toBe(0.02);
		sim.setTimeScale(0.01);
		expect((await admin('/tokens/expire', 'POST', { kind: 'C1' })).body.ok).toBe(true);
		expect((await call()).status).toBe(401);
		token = await c1Token(sim.url);
		expect((await admin('/guid/rotate/116', 'POST')).body.guid).not.toBe(guid);
		expect((await admin('/nope', 'GET')).status).toBe(404);
	});
});
