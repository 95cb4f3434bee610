import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { HuaweiCecOutboundCampaign } from '../../nodes/HuaweiCecOutboundCampaign/HuaweiCecOutboundCampaign.node';
import { OPERATIONS as CAMPAIGN_OPS } from '../../nodes/HuaweiCecOutboundCampaign/operations';
import { agentSessions } from '../../nodes/shared/auth/agentSessions';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { simplifyAnswer } from '../../nodes/shared/registry/simplify';
import type { OperationSpec } from '../../nodes/shared/registry/types';
import { createHarness, simulatorCredentials, type Harness } from '../helpers/n8n.cjs';
import { buildParameters } from '../registry/sampleValues.cjs';
import { harnessFor, NODES, paramsFor } from './agentWorkbench.support.cjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Simplified output, the default: the items are the records of the answer, the result-code
 * envelope is gone, lists are one item per record, deletes say so, codes come with meanings.
 * Raw output is the whole answer.
 */

let sim: Simulator;
let n8n: Harness;
beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01, dialerIntervalMs: 0, enforceIsalesRateLimit: false });
	n8n = await createHarness(simulatorCredentials(sim));
});
afterAll(async () => await sim.close());
beforeEach(() => {
	tokenCache.clear();
	agentSessions.clear();
	sim.reset();
});

const campaignNode = new HuaweiCecOutboundCampaign();
const spec = (section: string): OperationSpec => CAMPAIGN_OPS.find((s) => s.section === section)!;

/** The sample parameters of a section, in the default (Simplified) output unless `output` says otherwise. */
function parameters(section: string, overrides: Record<string, unknown>, additional: Record<string, unknown> = {}, extra: INodeParameters = {}): INodeParameters {
	const { output: _raw, ...built } = buildParameters(CAMPAIGN_OPS, spec(section), overrides, additional).parameters;
	return { ...built, ...extra };
}

const CAMPAIGN_FIELDS = { deviceType: 2, retryPolicy: (spec('7.1.2').example as IDataObject).retryPolicy };

async function createCampaign(name: string): Promise<IDataObject> {
	const r = await n8n.runNode(campaignNode, parameters('7.1.2', { ...CAMPAIGN_FIELDS, name }, { initStatus: 1, skillParam: (spec('7.1.2').example as IDataObject).skillParam }));
	expect(r.error).toBeUndefined();
	expect(r.outputs[0]).toHaveLength(1);
	return r.outputs[0][0].json;
}

describe('Simplified output (default)', () => {
	it('a create answers with the created record, a list with one item per record, a delete with deleted: true', async () => {
		const created = await createCampaign('Simplified A');
		// 7.1.2 answers {resultCode, resultDesc, returnCode, returnDesc, returnObject: {id}}: the item is returnObject.
		expect(Object.keys(created)).toEqual(['id']);
		await createCampaign('Simplified B');

		const listed = await n8n.runNode(campaignNode, parameters('7.1.7', { vdnId: 1 }, {}));
		expect(listed.error).toBeUndefined();
		const names = listed.outputs[0].map((i) => i.json.name);
		expect(names).toEqual(expect.arrayContaining(['Simplified A', 'Simplified B']));
		for (const item of listed.outputs[0]) {
			expect(item.json).not.toHaveProperty('resultCode');
			expect(item.json).toHaveProperty('id');
			expect(item.pairedItem).toEqual({ item: 0 });
		}

		const deleted = await n8n.runNode(campaignNode, parameters('7.1.5', { vdnId: 1, campaignId: created.id }));
		expect(deleted.error).toBeUndefined();
		expect(deleted.outputs[0].map((i) => i.json)).toEqual([{ deleted: true }]);
		expect(sim.requests.at(-1)).toMatchObject({ method: 'DELETE' });
	});

	it('Raw output is the whole answer, envelope included', async () => {
		const r = await n8n.runNode(campaignNode, parameters('7.1.2', { ...CAMPAIGN_FIELDS, name: 'Raw' }, { initStatus: 1, skillParam: (spec('7.1.2').example as IDataObject).skillParam }, { output: 'raw' }));
		expect(r.error).toBeUndefined();
		expect(r.outputs[0][0].json).toMatchObject({ resultCode: '0200000', returnObject: { id: expect.anything() } });
	});

	it('an Agent Workbench answer is its result object, with readable names beside the codes', async () => {
		const agent = await harnessFor(sim, 101);
		const simplified = (resource: string, operation: string, values: IDataObject = {}) => ({ ...paramsFor('workbench', resource, operation, values), output: 'simplified' });
		const signIn = await agent.runNode(NODES.workbench.node, simplified('agent', 'signIn', { status: 3 }));
		expect(signIn.error).toBeUndefined();
		const r = await agent.runNode(NODES.workbench.node, simplified('agent', 'getStatus'));
		expect(r.error).toBeUndefined();
		const item = r.outputs[0][0].json;
		// 6.1.1.21 answers {message, retcode, result: {agentState, ...}}: the item is result, named.
		expect(item).not.toHaveProperty('retcode');
		expect(item).not.toHaveProperty('message');
		expect(item).toMatchObject({ agentState: expect.anything(), agentStateName: expect.any(String) });
		const out = await agent.runNode(NODES.workbench.node, simplified('agent', 'signOut'));
		expect(out.outputs[0].map((i) => i.json)).toEqual([{ success: true }]);
	});
});

describe('Simplified output of every documented answer', () => {
	const { sections } = JSON.parse(readFileSync(join(__dirname, '../../reference/sections.json'), 'utf8')) as { sections: Record<string, { responseExample?: unknown }> };
	const registryDir = join(__dirname, '../../nodes');
	const specs: OperationSpec[] = [];
	for (const dir of ['HuaweiCecConfiguration', 'HuaweiCecOutboundCampaign', 'HuaweiCecVoiceNotification', 'HuaweiCecBidirectionalCall', 'HuaweiCecAgentWorkbench', 'HuaweiCecSupervisor', 'HuaweiCecVoiceRecognition', 'HuaweiCecReports', 'HuaweiCecQualityManagement', 'HuaweiCecWebChat', 'HuaweiCecSurvey', 'HuaweiCecChatbot', 'HuaweiCecKnowledgeBase']) {
		specs.push(...(require(join(registryDir, dir, 'operations')) as { OPERATIONS: OperationSpec[] }).OPERATIONS);
	}
	const documented = specs.filter((s) => !s.result?.binary && sections[s.section]?.responseExample && typeof sections[s.section].responseExample === 'object');
	const CODES = ['resultCode', 'retcode', 'returnCode', 'errorCode', 'ErrCode', 'retCode', 'rtnCode'];

	it('covers the documented answers of the registry', () => expect(documented.length).toBeGreaterThan(400));

	it.each(documented.map((s) => [s.section, s] as const))('%s: no result-code envelope left; a state change is one item', (_section, s) => {
		const answer = sections[s.section].responseExample as IDataObject;
		const items = simplifyAnswer(s, answer);
		// Only a query may answer no item at all (its list was empty).
		if (!s.idempotent) expect(items).toHaveLength(1);
		if (!items.length) return;
		const envelope = Array.isArray(answer) ? {} : Object.fromEntries(CODES.filter((c) => c in answer && typeof answer[c] !== 'object').map((c) => [c, answer[c]]));
		// A record may have its own result code (7.5.1 rows), but never the whole envelope of the answer.
		if (Object.keys(envelope).length) expect(items[0]).not.toEqual(expect.objectContaining(envelope));
	});
});
