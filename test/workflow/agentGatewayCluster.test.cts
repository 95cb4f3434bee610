import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { startSimulator, type RequestLogEntry, type Simulator } from '../../simulator/index.cjs';
import { HuaweiCecAgentEventTrigger } from '../../nodes/HuaweiCecAgentEventTrigger/HuaweiCecAgentEventTrigger.node';
import { runningPollers } from '../../nodes/HuaweiCecAgentEventTrigger/agentEventPoller';
import { HuaweiCecAgentWorkbench } from '../../nodes/HuaweiCecAgentWorkbench/HuaweiCecAgentWorkbench.node';
import { absorbCookies, agentSessions, cookieHeader } from '../../nodes/shared/auth/agentSessions';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { call } from '../helpers/transport.cjs';
import { createHarness, simulatorCredentials, type Harness, type TriggerHandle } from '../helpers/n8n.cjs';

/**
 * A clustered CC-Gateway behind Huawei's ELB routes an agent's calls by the
 * `huaweielbsession` cookie it set at sign-in. Huawei's agent demo (Request.java "For HEC",
 * GlobalObjects.elbSessionMap) keeps that cookie per agent and sends it with the guid header on
 * every later call. The simulator's cluster mode answers a call without it with 100-006.
 */

const workbench = new HuaweiCecAgentWorkbench();
const trigger = new HuaweiCecAgentEventTrigger();

describe('a clustered gateway (simulator cluster mode)', () => {
	let sim: Simulator;
	let n8n: Harness;
	const open: TriggerHandle[] = [];

	beforeAll(async () => {
		sim = await startSimulator({ port: 0, timeScale: 0.01, agentIdleTimeoutMs: 1_000_000, guidTimeoutMs: 1_000_000, gatewayCluster: true });
		n8n = await createHarness(simulatorCredentials(sim));
	});
	afterAll(async () => await sim.close());
	beforeEach(() => {
		tokenCache.clear();
		agentSessions.clear();
		sim.reset();
		sim.setTimeScale(0.01);
	});
	afterEach(async () => {
		for (const handle of open.splice(0)) await handle.close().catch(() => undefined);
		expect(runningPollers()).toBe(0);
	});

	async function run(operation: string, options: IDataObject = {}) {
		const before = sim.requests.length ? sim.requests[sim.requests.length - 1].id : 0;
		const result = await n8n.runNode(workbench, { resource: 'agent', operation, options: options as INodeParameters });
		return { ...result, sent: sim.requests.filter((r) => r.id > before) };
	}
	const cookieOf = (entry: RequestLogEntry) => entry.headers.cookie;

	it('keeps its cookie through a story: sign in, status, set busy, sign out', async () => {
		const signIn = await run('signIn');
		expect(signIn.error).toBeUndefined();
		const elb = (sim.agentSession('101') as { elbCookie: string }).elbCookie;
		expect(elb).toMatch(/^[0-9a-f]{32}$/);
		expect(signIn.sent[0].headers.cookie).toBeUndefined();
		expect(agentSessions.peek(sim.url, '101')?.cookies).toEqual({ huaweielbsession: elb });

		const status = await run('getStatus');
		expect(status.error).toBeUndefined();
		const busy = await run('setBusy');
		expect(busy.error).toBeUndefined();
		expect(sim.agentSession('101')).toMatchObject({ signedIn: true, status: 3 });
		const signOut = await run('signOut');
		expect(signOut.error).toBeUndefined();
		expect(sim.agentSession('101')).toMatchObject({ signedIn: false });
		for (const entry of [...status.sent, ...busy.sent, ...signOut.sent]) expect(cookieOf(entry)).toBe(`huaweielbsession=${elb}`);
	});

	it('without the cookie the same GUID reaches a node that does not know the agent (100-006)', async () => {
		expect((await run('signIn')).error).toBeUndefined();
		const guid = (sim.agentSession('101') as { guid: string }).guid;
		// What a client without cookie support holds: the GUID only.
		agentSessions.peek(sim.url, '101')!.cookies = {};
		const status = await run('getStatus');
		expect(status.error?.message).toMatch(/^The agent session expired or was replaced \(100-006: /);
		expect(status.sent.map((r) => [r.headers.guid, r.headers.cookie])).toEqual([[guid, undefined]]);
		expect(sim.agentSession('101')).toMatchObject({ signedIn: true, guid });
	});

	it('the Agent Event Trigger polls with the cookie and receives the events', async () => {
		const handle = await n8n.trigger(trigger, {});
		open.push(handle);
		sim.injectEvents('101', [{ eventType: 'AgentOther_Note', content: { n: 1 } }]);
		await handle.waitFor(3, 5000);
		expect(handle.emitted.map((e) => e[0][0].json.eventType)).toEqual(['AgentOther_InService', 'AgentState_Ready', 'AgentOther_Note']);
		const elb = (sim.agentSession('101') as { elbCookie: string }).elbCookie;
		const polls = sim.requests.filter((r) => r.path === '/agentgateway/resource/agentevent/101');
		expect(polls.length).toBeGreaterThan(0);
		for (const poll of polls) expect(poll.headers.cookie).toBe(`huaweielbsession=${elb}`);
		expect(handle.errors).toEqual([]);
	});
});

describe('cookies follow the gateway: set at sign-in, updated and removed by later answers (C4 and C5)', () => {
	let server: http.Server;
	let base: string;
	const received: Array<{ method: string; path: string; cookie?: string; guid?: string }> = [];
	let answer = 0;

	beforeAll(async () => {
		server = http.createServer((req, res) => {
			received.push({ method: req.method ?? '', path: req.url ?? '', cookie: req.headers.cookie, guid: req.headers.guid as string | undefined });
			req.resume();
			req.on('end', () => {
				const headers: Record<string, string | string[]> = { 'Content-Type': 'application/json' };
				let body: unknown = { retcode: '0', message: 'success', result: {} };
				if (req.method === 'PUT' && req.url === '/agentgateway/resource/onlineagent/101') {
					headers['Set-GUID'] = 'JSESSIONID=guid-1';
					headers['Set-Cookie'] = ['huaweielbsession=node-a; Path=/; HttpOnly', 'route=r1; Path=/', 'huge=' + 'x'.repeat(5000)];
				} else if (req.url === '/agentgateway/resource/config/login') {
					headers['Set-Cookie'] = 'huaweielbsession=cfg-a; Path=/';
					body = { retcode: '0', message: 'success', result: { guid: 'cfg-guid' } };
				} else {
					answer += 1;
					// The balancer moves the agent to another node and drops the route cookie.
					if (answer === 1) headers['Set-Cookie'] = ['huaweielbsession=node-b; Path=/', 'route=; Max-Age=0'];
				}
				res.writeHead(200, headers);
				res.end(JSON.stringify(body));
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(async () => await new Promise((resolve) => server.close(resolve)));
	beforeEach(() => {
		received.length = 0;
		answer = 0;
		agentSessions.clear();
		tokenCache.clear();
	});

	it('C4: the sign-in cookies go back with the GUID; a changed value replaces the old one and Max-Age=0 removes one', async () => {
		const credentials = { baseUrl: base, agentId: 101, password: 'pw', phoneNumber: '7000101', timeout: 5000 };
		await call('huaweiCecAgentGatewayApi', credentials, { method: 'PUT', path: '/agentgateway/resource/onlineagent/101', body: { password: 'pw', phonenum: '7000101' }, session: 'signIn', idempotent: false });
		const status = { method: 'GET' as const, path: '/agentgateway/resource/onlineagent/101/agentstatus', idempotent: true };
		await call('huaweiCecAgentGatewayApi', credentials, status);
		await call('huaweiCecAgentGatewayApi', credentials, status);
		expect(received.map((r) => [r.guid, r.cookie])).toEqual([
			[undefined, undefined],
			['guid-1', 'huaweielbsession=node-a; route=r1'],
			['guid-1', 'huaweielbsession=node-b'],
		]);
	});

	it('C5: the configuration login cookie goes back with the GUID and follows changes', async () => {
		const credentials = { baseUrl: base, agentId: 100001, password: 'admin', timeout: 5000 };
		const query = { method: 'POST' as const, path: '/agentgateway/resource/config/agent/queryagentinfo', body: {}, idempotent: true };
		await call('huaweiCecGatewayConfigApi', credentials, query);
		await call('huaweiCecGatewayConfigApi', credentials, query);
		expect(received.map((r) => [r.path, r.guid, r.cookie])).toEqual([
			['/agentgateway/resource/config/login', undefined, undefined],
			[query.path, 'cfg-guid', 'huaweielbsession=cfg-a'],
			[query.path, 'cfg-guid', 'huaweielbsession=node-b'],
		]);
	});

	it('a hostile gateway cannot inject header text or grow the jar without bound', () => {
		const jar: Record<string, string> = {};
		const many = Array.from({ length: 40 }, (_, i) => `c${i}=v${i}`);
		absorbCookies(jar, { 'set-cookie': ['evil=a\r\nX-Injected: 1', 'semi=a;b', 'sp ace=1', 'quoted="ok"', ...many] });
		expect(Object.keys(jar)).toHaveLength(16);
		expect(cookieHeader(jar)).not.toMatch(/[\r\n]/);
		expect(jar.evil).toBeUndefined();
		expect(jar.semi).toBe('a');
		expect(jar['sp ace']).toBeUndefined();
		expect(jar.quoted).toBe('"ok"');
		expect(jar.c20).toBeUndefined();
	});
});
