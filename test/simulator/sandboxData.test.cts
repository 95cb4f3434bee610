import type { INodeParameters } from 'n8n-workflow';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { seedSandbox, type SandboxSummary } from '../../simulator/sandboxData.cjs';
import { HuaweiCecOutboundCampaign } from '../../nodes/HuaweiCecOutboundCampaign/HuaweiCecOutboundCampaign.node';
import { OPERATIONS as CAMPAIGN_OPS } from '../../nodes/HuaweiCecOutboundCampaign/operations';
import { createHarness, simulatorCredentials, type Harness } from '../helpers/n8n.cjs';
import { buildParameters } from '../registry/sampleValues.cjs';

/** The sandbox's seeded data, seen the way a new user sees it: through the nodes, Simplified output. */

let sim: Simulator;
let n8n: Harness;
let summary: SandboxSummary;
beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01, agentIdleTimeoutMs: 3_600_000 });
	summary = await seedSandbox(sim);
	n8n = await createHarness(simulatorCredentials(sim));
});
afterAll(async () => await sim.close());

function simplified(section: string, overrides: Record<string, unknown>, extra: INodeParameters = {}): INodeParameters {
	const spec = CAMPAIGN_OPS.find((s) => s.section === section)!;
	const { output: _raw, ...parameters } = buildParameters(CAMPAIGN_OPS, spec, overrides).parameters;
	return { ...parameters, ...extra };
}

it('seeds two campaigns (one dialled with results), agents in three states and a recording', () => {
	expect(summary.campaigns.map((c) => [c.name, c.numbers, c.results])).toEqual([
		['Spring renewal', 12, 12],
		['Payment reminder', 5, 0],
	]);
	expect(summary.agents.map((a) => a.agentId)).toEqual(['110', '111', '112']);
	expect(summary.recordings).toHaveLength(1);
});

it('a first "Get Many" of campaigns finds them, and the results of the dialled one carry their meanings', async () => {
	const node = new HuaweiCecOutboundCampaign();
	const listed = await n8n.runNode(node, simplified('7.1.7', { vdnId: 1 }));
	expect(listed.error).toBeUndefined();
	expect(listed.outputs[0].map((i) => i.json.name)).toEqual(expect.arrayContaining(['Spring renewal', 'Payment reminder']));

	const renewal = summary.campaigns[0];
	const results = await n8n.runNode(node, simplified('7.5.1', { vdnId: 1, campaignId: renewal.id }, { returnAll: true }));
	expect(results.error).toBeUndefined();
	const rows = results.outputs[0].map((i) => i.json);
	expect(rows).toHaveLength(12);
	expect(rows.filter((r) => r.failCode === '00537').map((r) => r.failCodeMeaning)).toEqual(['The called party is busy.']);
	expect(rows.filter((r) => r.failCode === '0')).toHaveLength(10);
});
