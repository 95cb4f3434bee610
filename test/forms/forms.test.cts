import type { IDataObject, INodeParameters, INodeProperties, INodePropertyCollection } from 'n8n-workflow';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { HuaweiCec } from '../../nodes/HuaweiCec/HuaweiCec.node';
import { HuaweiCecOutboundCampaign } from '../../nodes/HuaweiCecOutboundCampaign/HuaweiCecOutboundCampaign.node';
import { OPERATIONS as CAMPAIGN_OPS } from '../../nodes/HuaweiCecOutboundCampaign/operations';
import { HuaweiCecSupervisor } from '../../nodes/HuaweiCecSupervisor/HuaweiCecSupervisor.node';
import { OPERATIONS as SUPERVISOR_OPS } from '../../nodes/HuaweiCecSupervisor/operations';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { createHarness, simulatorCredentials, type Harness } from '../helpers/n8n.cjs';

/**
 * The form as a user fills it, through n8n-core: sections instead of JSON, dates in the tenant's
 * time zone, tenant IDs from the credential, every problem of an item in one error, and the
 * operations AI agents may not run.
 */

let sim: Simulator;
let n8n: Harness;
beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01, dialerIntervalMs: 0 });
	const credentials = simulatorCredentials(sim);
	// The tenant's constants and time zone set once, in the credential.
	n8n = await createHarness({ ...credentials, huaweiCecAkSkApi: { ...credentials.huaweiCecAkSkApi, vdnId: '1', ccId: '1', timeZone: 'Asia/Shanghai' } });
});
afterAll(async () => await sim.close());
beforeEach(() => {
	tokenCache.clear();
	sim.clearRequests();
});

const campaignNode = new HuaweiCecOutboundCampaign();
const create = CAMPAIGN_OPS.find((s) => s.section === '7.1.2')!;

/** 7.1.2 as the form saves it: no VDN or call center ID (the credential has them), sections, dates. */
function campaignForm(overrides: INodeParameters = {}): INodeParameters {
	return {
		resource: create.resource,
		operation: create.operation,
		name: 'Form campaign',
		strBeginTime: '2031-03-03T09:00:00',
		strEndTime: '2031-03-31T10:00:00Z',
		deviceType: 1,
		callerNo: { values: [{ accessCode: '88889527', priority: 1 }] },
		maxAlertingTime: 20,
		scheduleParam: { values: { additionalFields: { workdayBeginTime1: '00:00', workdayEndTime1: '23:59' } } },
		ivrParam: { values: { deviceSign: '1', callCount: 10, callInterval: 1 } },
		callBackUrl: 'http://127.0.0.1:9/results',
		retryPolicy: { values: { policyType: 0, additionalFields: { retryDay: 1, retryTimes: 1, callInterval: 60 } } },
		options: {},
		...overrides,
	};
}

describe('a campaign from the form', () => {
	it('sections become the documented objects, dates the documented text in the tenant zone, tenant IDs come from the credential', async () => {
		const r = await n8n.runNode(campaignNode, campaignForm());
		expect(r.error).toBeUndefined();
		expect(r.outputs[0][0].json.id).toEqual(expect.any(Number));
		const [request] = sim.requests.filter((q) => q.section === '7.1.2');
		expect(request.path).toBe('/rest/isales/v2/openapi/campaigns/1');
		expect(JSON.parse(String(request.body))).toEqual({
			name: 'Form campaign',
			// Picked (no zone): Shanghai wall-clock time as typed. With a zone (Z): shown in Shanghai, UTC+8.
			strBeginTime: '2031-03-03 09:00:00',
			strEndTime: '2031-03-31 18:00:00',
			deviceType: 1,
			callerNo: [{ accessCode: '88889527', priority: 1 }],
			maxAlertingTime: 20,
			scheduleParam: { workdayBeginTime1: '00:00', workdayEndTime1: '23:59' },
			ivrParam: { deviceSign: '1', callCount: 10, callInterval: 1 },
			callBackUrl: 'http://127.0.0.1:9/results',
			retryPolicy: { policyType: 0, retryDay: 1, retryTimes: 1, callInterval: 60 },
			ccId: 1,
		});
	});

	it('a section inside a section is a form too; a third level, and text CEC takes as a String, stay JSON', async () => {
		const props = campaignNode.description.properties;
		/** A sub-field of a section: among its required ones, or under its Additional Fields. */
		const sub = (section: INodeProperties | undefined, name: string): INodeProperties | undefined => {
			const values = (section?.options?.[0] as INodePropertyCollection | undefined)?.values ?? [];
			const more = values.find((v) => v.name === 'additionalFields')?.options as INodeProperties[] | undefined;
			return values.find((v) => v.name === name) ?? more?.find((o) => o.name === name);
		};
		const skillParam = props.find((p) => p.name === 'skillParam' && p.displayOptions?.show?.operation?.includes(create.operation));
		const predictParam = sub(skillParam, 'predictParam');
		expect(predictParam?.type).toBe('fixedCollection');
		expect(sub(predictParam, 'expPredictParam')?.type).toBe('json');
		const retryPolicy = props.find((p) => p.name === 'retryPolicy' && p.displayOptions?.show?.operation?.includes(create.operation));
		expect(sub(retryPolicy, 'busiPolicy')?.type).toBe('json');

		const r = await n8n.runNode(
			campaignNode,
			campaignForm({
				name: 'Skill campaign',
				deviceType: 2,
				ivrParam: {},
				skillParam: {
					values: {
						skillId: 2,
						skillName: 'defaultAudioSkill',
						outBoundType: 2,
						additionalFields: { predictParam: { values: { predictMethod: 1, additionalFields: { expPredictParam: '{"maxAvgCallTime":100,"minAvgCallTime":50,"outBoundRate":50}' } } } },
					},
				},
			}),
		);
		expect(r.error).toBeUndefined();
		const [request] = sim.requests.filter((q) => q.section === '7.1.2');
		expect(JSON.parse(String(request.body)).skillParam).toEqual({
			skillId: 2,
			skillName: 'defaultAudioSkill',
			outBoundType: 2,
			predictParam: { predictMethod: 1, expPredictParam: { maxAvgCallTime: 100, minAvgCallTime: 50, outBoundRate: 50 } },
		});
	});

	it('a value typed in the node wins over the credential default', async () => {
		const r = await n8n.runNode(campaignNode, campaignForm({ vdnId: '7' }));
		expect(sim.requests.filter((q) => q.section === '7.1.2').map((q) => q.path)).toEqual(['/rest/isales/v2/openapi/campaigns/7']);
		void r;
	});

	it('every problem of the item is named in one error, before anything is sent', async () => {
		const r = await n8n.runNode(campaignNode, campaignForm({ name: ' ', strBeginTime: 'next week', maxAlertingTime: 200, ivrParam: {} }));
		expect(r.error?.name).toBe('NodeOperationError');
		const message = String(r.error?.message);
		expect(message).toMatch(/^4 problems \(7\.1\.2\): /);
		expect(message).toContain('strBeginTime: must be a date, not "next week"');
		expect(message).toContain('name: is required');
		expect(message).toContain('maxAlertingTime: must be at most 120');
		expect(message).toContain('ivrParam: is required when deviceType is 1');
		expect(sim.requests.filter((q) => q.section === '7.1.2')).toHaveLength(0);
	});

	it('a tenant ID set nowhere is named with where to set it', async () => {
		const plain = await createHarness(simulatorCredentials(sim));
		const r = await plain.runNode(campaignNode, campaignForm());
		expect(r.error?.message).toBe(
			"2 problems (7.1.2): vdnId: is required (set it here, or once in the credential's Default VDN ID); ccId: is required (set it here, or once in the credential's Default Call Center ID)",
		);
		expect(sim.requests.filter((q) => q.section === '7.1.2')).toHaveLength(0);
	});

	it('the JSON alternative of a section takes a value built by an expression', async () => {
		const r = await n8n.runNode(
			campaignNode,
			campaignForm({ name: 'Form campaign from JSON', callerNo: {}, additionalFields: { callerNoJson: '={{ [{ accessCode: $json.line, priority: 2 }] }}' } }),
			[{ line: '88880066' }],
		);
		expect(r.error).toBeUndefined();
		const [request] = sim.requests.filter((q) => q.section === '7.1.2');
		expect((JSON.parse(String(request.body)) as IDataObject).callerNo).toEqual([{ accessCode: '88880066', priority: 2 }]);
	});
});

describe('operations AI agents may not run', () => {
	/** The node as n8n offers it to an AI agent: the same class under the type name "<name>Tool". */
	function asTool<T extends { description: { name: string } }>(node: T): T {
		const tool = Object.create(node) as T;
		tool.description = { ...node.description, name: `${node.description.name}Tool` };
		return tool;
	}

	it("the Supervisor's forcing operations refuse an agent and send nothing; reading stays available", async () => {
		const supervisor = new HuaweiCecSupervisor();
		const forceBusy = SUPERVISOR_OPS.find((s) => s.section === '12.1.5')!;
		expect(forceBusy.notForAiTools).toBe(true);
		const r = await n8n.runNode(asTool(supervisor), { resource: forceBusy.resource, operation: forceBusy.operation, workNo: '102', options: {} });
		expect(r.error?.message).toBe('Force Busy (12.1.5) is not available to AI agents: it forces a change on an agent or a call');
		expect(sim.requests.filter((q) => q.section === '12.1.5')).toHaveLength(0);
		const forcing = SUPERVISOR_OPS.filter((s) => s.notForAiTools).map((s) => s.name);
		expect(forcing).toEqual(expect.arrayContaining(['Barge In', 'Intercept', 'Force Busy', 'Force Idle']));
		expect(SUPERVISOR_OPS.filter((s) => !s.notForAiTools).length).toBeGreaterThan(0);
	});

	it('the generic Huawei CEC node, as a tool, runs queries only', async () => {
		const generic = asTool(new HuaweiCec());
		const change = await n8n.runNode(generic, { authentication: 'C2', interface: '7.1.8', pathParameters: {}, queryParameters: {}, jsonBody: '{}', options: {} }, [{}], { credentials: ['huaweiCecAkSkApi'] });
		expect(change.error?.message).toMatch(/^7\.1\.8 .* is not available to AI agents: as an AI tool the Huawei CEC node only runs queries/);
		expect(sim.requests.filter((q) => q.section === '7.1.8')).toHaveLength(0);
	});
});
