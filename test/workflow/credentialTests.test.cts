import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { HuaweiCec } from '../../nodes/HuaweiCec/HuaweiCec.node';
import { agentSessions } from '../../nodes/shared/auth/agentSessions';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { createHarness, simulatorCredentials, type Harness } from '../helpers/n8n.cjs';

/**
 * The node-level credential tests (C4, C5: success is a body code, which n8n's declarative rules
 * cannot express), run through n8n-core's CredentialTestContext against the simulator.
 * The declarative tests (C1, C2, C3, SIA) run in n8n's own credential-test endpoint: see test/e2e.
 */
let sim: Simulator;
let n8n: Harness;
const node = new HuaweiCec();
beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01 });
	n8n = await createHarness(simulatorCredentials(sim));
});
afterAll(async () => await sim.close());
beforeEach(() => {
	tokenCache.clear();
	agentSessions.clear();
	sim.reset();
});

describe('C4 agent gateway credential test', () => {
	it('signs in without forcing, then signs out again', async () => {
		const data = simulatorCredentials(sim).huaweiCecAgentGatewayApi;
		const result = await n8n.testCredential(node, 'testAgentGateway', 'huaweiCecAgentGatewayApi', data);
		expect(result).toEqual({ status: 'OK', message: expect.stringMatching(/signed in and out/i) });
		const paths = sim.requests.map((r) => `${r.method} ${r.path}`);
		expect(paths[0]).toBe('PUT /agentgateway/resource/onlineagent/101');
		expect(paths).toContain('DELETE /agentgateway/resource/onlineagent/101/logout');
		expect(sim.requests[0].path).not.toMatch(/forcelogin/);
	});

	it('fails with the documented meaning of a wrong password, without the password', async () => {
		const data = { ...simulatorCredentials(sim).huaweiCecAgentGatewayApi, password: 'Wrong#Pass1' };
		const result = await n8n.testCredential(node, 'testAgentGateway', 'huaweiCecAgentGatewayApi', data);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/100-004/);
		expect(result.message).not.toContain('Wrong#Pass1');
	});

	it('does not kick out an agent that is already signed in', async () => {
		const data = simulatorCredentials(sim).huaweiCecAgentGatewayApi;
		expect((await n8n.testCredential(node, 'testAgentGateway', 'huaweiCecAgentGatewayApi', { ...data, agentId: 102, phoneNumber: '7000102' })).status).toBe('OK');
		// Agent 103 is signed in by someone else first.
		const signIn = await fetch(`${sim.url}/agentgateway/resource/onlineagent/103`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ password: 'Agent@123', phonenum: '7000103', status: 4, releasephone: 'true' }),
		});
		expect(((await signIn.json()) as { retcode: string }).retcode).toBe('0');
		const result = await n8n.testCredential(node, 'testAgentGateway', 'huaweiCecAgentGatewayApi', { ...data, agentId: 103, phoneNumber: '7000103' });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/100-002/);
		expect(sim.requests.some((r) => /forcelogin/.test(r.path))).toBe(false);
	});

	it('reports an unreachable gateway', async () => {
		const data = { ...simulatorCredentials(sim).huaweiCecAgentGatewayApi, baseUrl: 'http://127.0.0.1:9' };
		const result = await n8n.testCredential(node, 'testAgentGateway', 'huaweiCecAgentGatewayApi', data);
		expect(result).toEqual({ status: 'Error', message: expect.stringMatching(/could not reach/i) });
	});
});

describe('C5 configuration login credential test', () => {
	it('logs in', async () => {
		const result = await n8n.testCredential(node, 'testGatewayConfig', 'huaweiCecGatewayConfigApi', simulatorCredentials(sim).huaweiCecGatewayConfigApi);
		expect(result.status).toBe('OK');
		expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /agentgateway/resource/config/login']);
	});

	it('fails clearly on a wrong password', async () => {
		const data = { ...simulatorCredentials(sim).huaweiCecGatewayConfigApi, password: 'Bad#Admin9' };
		const result = await n8n.testCredential(node, 'testGatewayConfig', 'huaweiCecGatewayConfigApi', data);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/100-004/);
		expect(result.message).not.toContain('Bad#Admin9');
	});
});
