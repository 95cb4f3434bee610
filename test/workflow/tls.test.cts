import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { HuaweiCecConfiguration } from '../../nodes/HuaweiCecConfiguration/HuaweiCecConfiguration.node';
import { HuaweiCecOutboundCampaign } from '../../nodes/HuaweiCecOutboundCampaign/HuaweiCecOutboundCampaign.node';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { createHarness, simulatorCredentials } from '../helpers/n8n.cjs';

/**
 * TLS is verified unless the credential allows self-signed certificates: the simulator serves
 * HTTPS with a certificate it generates at start, which no CA vouches for. The requests go
 * through n8n-core's own HTTP helpers (WorkflowExecute), so this is n8n's TLS handling as
 * steered by the credential's switch.
 */
let sim: Simulator;
beforeAll(async () => {
	sim = await startSimulator({ port: 0, https: true, timeScale: 0.01 });
});
afterAll(async () => await sim.close());
beforeEach(() => {
	tokenCache.clear();
	sim.reset();
});

const QUERY = { resource: 'agent', operation: 'getMany' };

it('serves HTTPS', () => {
	expect(sim.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
});

it('refuses a self-signed certificate by default (C1), sending nothing', async () => {
	const n8n = await createHarness(simulatorCredentials(sim));
	const r = await n8n.runNode(new HuaweiCecConfiguration(), QUERY);
	expect(r.error).toBeDefined();
	expect(`${r.error?.message} ${r.error?.description ?? ''}`).toMatch(/certificate|self.signed|SSL|TLS/i);
	expect(sim.requests).toHaveLength(0);
});

it('accepts it when the credential allows self-signed certificates (C1 token + call)', async () => {
	const credentials = simulatorCredentials(sim);
	credentials.huaweiCecApiFabricApi.allowUnauthorizedCerts = true;
	const n8n = await createHarness(credentials);
	const r = await n8n.runNode(new HuaweiCecConfiguration(), QUERY);
	expect(r.error).toBeUndefined();
	expect(sim.requests.map((q) => q.path)).toEqual(['/apigovernance/api/oauth/tokenByAkSk', '/apiaccess/rest/cc-management/v1/agentAccount/query']);
});

it('applies the switch to requests the credential signs itself (C2 through httpRequestWithAuthentication)', async () => {
	const strict = await createHarness(simulatorCredentials(sim));
	const params = { resource: 'campaign', operation: 'getMany', vdnId: 1, status: 2 };
	const op = new HuaweiCecOutboundCampaign();
	const refused = await strict.runNode(op, params);
	expect(refused.error).toBeDefined();
	expect(sim.requests).toHaveLength(0);

	const credentials = simulatorCredentials(sim);
	credentials.huaweiCecAkSkApi.allowUnauthorizedCerts = true;
	const lenient = await createHarness(credentials);
	const accepted = await lenient.runNode(op, params);
	expect(sim.requests.length).toBeGreaterThan(0);
	expect(sim.requests[0].headers.authorization).toMatch(/^auth-v2\//);
	expect(accepted.error).toBeUndefined();
});
