import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { HuaweiCecConfiguration } from '../../nodes/HuaweiCecConfiguration/HuaweiCecConfiguration.node';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { createHarness, simulatorCredentials, type Harness } from '../helpers/n8n.cjs';

/** The in-process n8n harness itself: a real WorkflowExecute runs Input → node against the simulator. */
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
});

it('runs a node for every input item, with one C1 token, through WorkflowExecute', async () => {
	const r = await n8n.runNode(new HuaweiCecConfiguration(), { resource: 'agent', operation: 'getMany' }, [{}, {}]);
	expect(r.error).toBeUndefined();
	const sent = sim.requests.filter((q) => q.path === '/apiaccess/rest/cc-management/v1/agentAccount/query');
	expect(sent).toHaveLength(2);
	expect(sim.requests.filter((q) => q.path === '/apigovernance/api/oauth/tokenByAkSk')).toHaveLength(1);
	expect(r.run.data.resultData.runData.CEC[0].executionStatus).toBe('success');
});

it('reports an unknown operation as the node error of the run', async () => {
	const r = await n8n.runNode(new HuaweiCecConfiguration(), { resource: 'agent', operation: 'noSuchOperation' });
	expect(r.error?.message).toMatch(/noSuchOperation/);
	expect(sim.requests.filter((q) => q.path.startsWith('/apiaccess'))).toHaveLength(0);
});
