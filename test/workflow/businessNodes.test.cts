import type { IDataObject, INodeParameters, INodeType } from 'n8n-workflow';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { HuaweiCecBidirectionalCall } from '../../nodes/HuaweiCecBidirectionalCall/HuaweiCecBidirectionalCall.node';
import { OPERATIONS as CALL_OPS } from '../../nodes/HuaweiCecBidirectionalCall/operations';
import { HuaweiCecConfiguration } from '../../nodes/HuaweiCecConfiguration/HuaweiCecConfiguration.node';
import { OPERATIONS as CONFIG_OPS } from '../../nodes/HuaweiCecConfiguration/operations';
import { HuaweiCecOutboundCampaign } from '../../nodes/HuaweiCecOutboundCampaign/HuaweiCecOutboundCampaign.node';
import { OPERATIONS as CAMPAIGN_OPS } from '../../nodes/HuaweiCecOutboundCampaign/operations';
import { HuaweiCecVoiceNotification } from '../../nodes/HuaweiCecVoiceNotification/HuaweiCecVoiceNotification.node';
import { OPERATIONS as VOICE_OPS } from '../../nodes/HuaweiCecVoiceNotification/operations';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { binaryFields, binaryParameterName } from '../../nodes/shared/registry/params';
import type { OperationSpec } from '../../nodes/shared/registry/types';
import { createHarness, simulatorCredentials, type Harness } from '../helpers/n8n.cjs';
import { buildParameters, expectedBody, expectedPath, futureDateTime } from '../registry/sampleValues.cjs';

/**
 * Every operation of the four registry nodes, run through a real n8n-core workflow against the
 * simulator. One test per spec entry: a new entry gets a test without anyone writing one.
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
	sim.reset();
});

interface NodeUnderTest {
	node: INodeType;
	specs: OperationSpec[];
}

const CONFIG: NodeUnderTest = { node: new HuaweiCecConfiguration(), specs: CONFIG_OPS };
const CAMPAIGN: NodeUnderTest = { node: new HuaweiCecOutboundCampaign(), specs: CAMPAIGN_OPS };
const VOICE: NodeUnderTest = { node: new HuaweiCecVoiceNotification(), specs: VOICE_OPS };
const CALL: NodeUnderTest = { node: new HuaweiCecBidirectionalCall(), specs: CALL_OPS };

const spec = (n: NodeUnderTest, section: string): OperationSpec => {
	const found = n.specs.find((s) => s.section === section);
	if (!found) throw new Error(`no spec ${section}`);
	return found;
};

async function run(n: NodeUnderTest, section: string, overrides: Record<string, unknown> = {}, additional: Record<string, unknown> = {}, extra: INodeParameters = {}) {
	const built = buildParameters(n.specs, spec(n, section), overrides, additional);
	const result = await n8n.runNode(n.node, { ...built.parameters, ...extra });
	return { ...result, values: built.values };
}

/** A skill-queue campaign needs its skillParam (Table 7-9): the reference example's. */
const SKILL_PARAM = (spec(CAMPAIGN, '7.1.2').example as IDataObject).skillParam;
const CAMPAIGN_FIELDS = { deviceType: 2, retryPolicy: (spec(CAMPAIGN, '7.1.2').example as IDataObject).retryPolicy };

/** A suspended V2 campaign, created through the node (7.1.2). */
async function createCampaign(): Promise<number> {
	const r = await run(CAMPAIGN, '7.1.2', CAMPAIGN_FIELDS, { initStatus: 1, skillParam: SKILL_PARAM });
	if (r.error) throw r.error;
	return Number((r.outputs[0][0].json.returnObject as IDataObject).id);
}

/** Pending outbound data for a campaign (7.4.2), dialled once, so it has a result and a dataId. */
async function campaignWithCall(): Promise<{ campaignId: number; dataId: string; callId: string }> {
	const campaignId = await createCampaign();
	const add = await run(CAMPAIGN, '7.4.2', { campaignId, callDataList: [{ called: [{ calledNo: '13800001234' }] }] });
	if (add.error) throw add.error;
	const resume = await run(CAMPAIGN, '7.1.9', { campaignId });
	if (resume.error) throw resume.error;
	// The sample campaign starts tomorrow (strBeginTime): dial inside its calling window on the simulated clock.
	sim.setClock(futureDateTime(2, '10:00:00'));
	const round = sim.dialerTick().find((r) => r.campaignId === campaignId);
	const result = round?.results[0];
	if (!result) throw new Error('the dialer made no call');
	return { campaignId, dataId: result.dataId, callId: result.callId };
}

/** A bidirectional call (6.2.2) the simulator is running; its callSerialNo. */
async function bidirectionalCall(): Promise<string> {
	const r = await run(CALL, '6.2.2');
	if (r.error) throw r.error;
	const json = r.outputs[0][0].json;
	return String((json.result as IDataObject | undefined)?.callSerialNo ?? json.callSerialNo);
}

/** An input item carrying a file in binary property `data` (in-memory binary mode: Base64 in `data`). */
export function fileItem(content: Buffer, fileName: string, mimeType: string) {
	return { json: {}, binary: { data: { data: content.toString('base64'), mimeType, fileName } } };
}

const WAV = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), Buffer.alloc(64, 1)]);

/** 7.2.2/7.2.3: `week` is mandatory when type is 1 (set by week). */
const HOLIDAY_BY_WEEK = { week: '6,7' };

/** Optional fields an interface needs in combination (documented conditions the simulator enforces). */
const ADDITIONAL: Record<string, Record<string, unknown>> = {
	'7.1.10': { policyType: 1, policyJson: "[{'dataType':'SI','type':1,'policy':{'result':4,'retryNumber':3,'callInterval':600}}]" },
	'7.2.2': HOLIDAY_BY_WEEK,
	'7.2.3': HOLIDAY_BY_WEEK,
	'7.4.3': { sessionId: 'session-1' },
};

/** Per-interface state the simulator needs before the operation can succeed. */
const SETUP: Record<string, () => Promise<Record<string, unknown>>> = {
	'7.1.3': async () => ({ campaignId: await createCampaign() }),
	// Table 7-66 makes retryPolicy.retryPolicyId mandatory on update: the campaign's own policy, set (7.1.10) and read back (7.1.11).
	'7.1.4': async () => {
		const campaignId = await createCampaign();
		const set = await run(CAMPAIGN, '7.1.10', { campaignId }, ADDITIONAL['7.1.10']);
		if (set.error) throw set.error;
		const read = await run(CAMPAIGN, '7.1.11', { campaignId });
		if (read.error) throw read.error;
		const policy = (read.outputs[0][0].json.returnObject ?? read.outputs[0][0].json.data) as IDataObject;
		return { campaignId, retryPolicy: { retryPolicyId: String(policy.retryPolicyId), policyType: policy.policyType, policyJson: policy.policyJson } };
	},
	'7.1.5': async () => ({ campaignId: await createCampaign() }),
	'7.1.6': async () => ({ campaignId: await createCampaign() }),
	'7.1.8': async () => {
		const campaignId = await createCampaign();
		await run(CAMPAIGN, '7.1.9', { campaignId });
		return { campaignId };
	},
	'7.1.9': async () => ({ campaignId: await createCampaign() }),
	'7.1.10': async () => ({ campaignId: await createCampaign() }),
	'7.1.11': async () => ({ campaignId: await createCampaign() }),
	'7.1.15': async () => ({ campaignId: await createCampaign() }),
	'7.1.16': async () => ({ campaignId: await createCampaign() }),
	'7.2.1': async () => ({ campaignId: await createCampaign() }),
	'7.2.2': async () => ({ campaignId: await createCampaign(), type: 1 }),
	'7.2.3': async () => {
		const campaignId = await createCampaign();
		const r = await run(CAMPAIGN, '7.2.2', { campaignId, type: 1 }, HOLIDAY_BY_WEEK);
		if (r.error) throw r.error;
		return { campaignId, type: 1, id: Number((r.outputs[0][0].json.returnObject as IDataObject).id) };
	},
	'7.2.4': async () => {
		const campaignId = await createCampaign();
		const r = await run(CAMPAIGN, '7.2.2', { campaignId, type: 1 }, HOLIDAY_BY_WEEK);
		if (r.error) throw r.error;
		return { campaignId, holidayId: Number((r.outputs[0][0].json.returnObject as IDataObject).id) };
	},
	'7.2.5': async () => ({ campaignId: await createCampaign() }),
	'7.4.1': async () => ({ campaignId: await createCampaign() }),
	'7.4.2': async () => ({ campaignId: await createCampaign() }),
	'7.4.3': async () => ({ campaignId: await createCampaign() }),
	'7.4.6': async () => {
		const { campaignId, dataId } = await campaignWithCall();
		return { campaignId, dataId };
	},
	'7.5.1': async () => ({ campaignId: (await campaignWithCall()).campaignId }),
	'6.2.4': async () => ({ callSerialNo: await bidirectionalCall() }),
	'6.2.5': async () => ({ callSerialNo: await bidirectionalCall() }),
	'14.3': async () => ({ playList: [{ templateId: '1226170940666061826', templateParams: ['3'] }] }),
	'7.5.2': async () => ({ callId: (await campaignWithCall()).callId }),
};

const CREATES_CAMPAIGN = new Set(['7.1.1', '7.1.2', '7.1.3', '7.1.4']);

/** Authorization header each node's credential must produce. */
function expectAuth(spec: OperationSpec, headers: Record<string, string | string[] | undefined>): void {
	const value = String(headers.authorization ?? '');
	if (spec.auth === 'C1') expect(value).toMatch(/^Bearer \S+$/);
	else if (spec.auth === 'C2') expect(value).toMatch(/^auth-v2\/demo-ak\/\d{4}-\d{2}-\d{2}T[\d:.]+Z\/[a-z0-9;-]+\/[0-9a-f]{64}$/);
	// 6.2.13 is signed with the ITA's API Gateway App signature (Huawei CEC ITA App credential).
	else if (spec.section === '6.2.13') expect(value).toMatch(/^SDK-HMAC-SHA256 Access=demo-ita-app-key, SignedHeaders=([a-z0-9-]+;)*host(;[a-z0-9-]+)*, Signature=[0-9a-f]{64}$/);
	else throw new Error(`unexpected auth ${spec.auth} for ${spec.section}`);
}

function getPath(value: unknown, path: string): unknown {
	return path.split('.').reduce<unknown>((current, key) => (current && typeof current === 'object' ? (current as IDataObject)[key] : undefined), value);
}

const ALL: Array<[string, NodeUnderTest, OperationSpec]> = [CONFIG, CAMPAIGN, VOICE, CALL].flatMap((n) => n.specs.map((s) => [`${n.node.description.displayName} ${s.section} ${s.name}`, n, s] as [string, NodeUnderTest, OperationSpec]));

describe('every operation, in n8n-core, against the simulator', () => {
	it.each(ALL)('%s', async (_title, n, s) => {
		const overrides = { ...(CREATES_CAMPAIGN.has(s.section) ? CAMPAIGN_FIELDS : {}), ...((await SETUP[s.section]?.()) ?? {}) };
		sim.clearRequests();
		const built = buildParameters(n.specs, s, overrides, { ...(CREATES_CAMPAIGN.has(s.section) ? { skillParam: SKILL_PARAM } : {}), ...(ADDITIONAL[s.section] ?? {}) });
		const paged = !!s.paging && s.paging.style !== 'none' && !!s.result?.itemsPath;
		const binary = binaryFields(s).filter((b) => !b.parent);
		const inputs = binary.length ? [fileItem(WAV, 'greeting.wav', 'audio/wav')] : [{}];
		const parameters = { ...built.parameters, ...Object.fromEntries(binary.map((b) => [binaryParameterName(b.field), 'data'])) };
		const r = await n8n.runNode(n.node, paged ? { ...parameters, returnAll: false, limit: 5 } : parameters, inputs as never);
		for (const b of binary) built.values[`${b.field.in}:${b.field.name}`] = WAV.toString('base64');
		expect(r.error).toBeUndefined();

		const path = expectedPath(s, built.values);
		const sent = sim.requests.filter((q) => q.path === path && q.method === s.method);
		expect(sent).toHaveLength(1);
		const request = sent[0];
		expectAuth(s, request.headers);
		expect(request.status).toBe(200);

		const query = Object.fromEntries(s.fields.filter((f) => f.in === 'query' && built.values[`query:${f.name}`] !== undefined).map((f) => [f.name, String(built.values[`query:${f.name}`])]));
		let body = expectedBody(s, built.values) ?? (s.method !== 'GET' && s.method !== 'DELETE' && s.fields.some((f) => f.in === 'body') ? {} : undefined);
		if (paged && s.paging && s.paging.style !== 'none') {
			const [position, size, first] = s.paging.style === 'page' ? [s.paging.pageField, s.paging.sizeField, s.paging.firstPage] : [s.paging.offsetField, s.paging.limitField, 0];
			for (const [name, value] of [[position, first], [size, 5]] as Array<[string, number]>) {
				const field = s.fields.find((f) => f.name === name);
				if (field?.in === 'query') query[name] = String(value);
				else (body ??= {})[name] = field?.type === 'string' ? String(value) : value;
			}
		}
		expect(request.query).toEqual(query);
		if (body === undefined) expect(request.bodyBytes ?? 0).toBe(0);
		else expect(JSON.parse(String(request.body))).toEqual(body);

		// The output: one item per listed element where the interface lists, else the answer itself.
		const items = r.outputs[0];
		for (const item of items) {
			expect(item.pairedItem).toEqual({ item: 0 });
			expect(typeof item.json).toBe('object');
		}
		if (!s.result?.itemsPath) {
			expect(items).toHaveLength(1);
			const answer = items[0].json;
			const codes = ['resultCode', 'returnCode', 'retCode', 'retcode', 'errorCode', 'schema'];
			// 6.2.13 documents an empty JSON object as its answer.
			if (s.section === '6.2.13') expect(answer).toEqual({});
			else expect(codes.some((c) => c in answer) || Object.keys(answer).length > 0).toBe(true);
		} else {
			expect(items.length).toBeLessThanOrEqual(paged ? 5 : Infinity);
			for (const item of items) expect(Array.isArray(item.json)).toBe(false);
		}
		void getPath;
	});
});

describe('validation failures name the field and the rule, and send nothing', () => {
	const cases: Array<[string, NodeUnderTest, string, Record<string, unknown>, Record<string, unknown>, RegExp]> = [
		['string length', CONFIG, '5.1.1', { userAccount: 'abc' }, {}, /^userAccount: must be at least 6 characters \(5\.1\.1\)$/],
		['string max length', CONFIG, '5.1.1', { userName: 'x'.repeat(21) }, {}, /^userName: must be at most 20 characters \(5\.1\.1\)$/],
		['integer enum', CONFIG, '5.1.1', { agentType: 7 }, {}, /^agentType: must be one of 4 \(audio agent\)/],
		['integer range', CAMPAIGN, '7.3.1', { vdnId: 0 }, {}, /^vdnId: must be at least 1 \(7\.3\.1\)$/],
		['whole number', CAMPAIGN, '7.3.1', {}, { validityTime: 1.5 }, /^validityTime: must be a whole number \(7\.3\.1\)$/],
		['array size', CAMPAIGN, '7.3.1', { blocklist: Array.from({ length: 21 }, (_v, i) => `1380000${String(i).padStart(4, '0')}`) }, {}, /^blocklist: must have at most 20 items \(7\.3\.1\)$/],
		['string enum', CAMPAIGN, '7.3.1', {}, { restrictPeriod: '7' }, /^restrictPeriod: must be one of "0" \(every hour\), "1" \(every day\)/],
		['text type', CALL, '6.2.2', { called: true }, {}, /^called: must be text \(6\.2\.2\)$/],
	];
	it.each(cases)('%s', async (_rule, n, section, overrides, additional, message) => {
		const built = buildParameters(n.specs, spec(n, section), overrides, additional);
		sim.clearRequests();
		const r = await n8n.runNode(n.node, built.parameters);
		expect(r.error?.message).toMatch(message);
		expect(sim.requests).toHaveLength(0);
	});

	it('a missing required field is named before anything is sent', async () => {
		const built = buildParameters(CAMPAIGN.specs, spec(CAMPAIGN, '7.1.12'));
		built.parameters.name = '={{ $json.missing }}';
		const r = await n8n.runNode(CAMPAIGN.node, built.parameters);
		expect(r.error?.message).toMatch(/^name: is required \(7\.1\.12\)$/);
		expect(sim.requests).toHaveLength(0);
	});

	// A form section cannot hold a wrong type or broken JSON; its JSON alternative (for expressions) can.
	it('a nested field of a section given as JSON is checked like a typed one', async () => {
		const built = buildParameters(CAMPAIGN.specs, spec(CAMPAIGN, '7.1.2'));
		built.parameters.additionalFields = { ...(built.parameters.additionalFields as object), scheduleParamJson: '{"workdayBeginTime1": 5}' };
		const r = await n8n.runNode(CAMPAIGN.node, built.parameters);
		expect(r.error?.message).toMatch(/^scheduleParam\.workdayBeginTime1: must be text \(7\.1\.2\)$/);
		expect(sim.requests).toHaveLength(0);
	});

	it('a JSON alternative that is not JSON is named', async () => {
		const built = buildParameters(CAMPAIGN.specs, spec(CAMPAIGN, '7.1.2'));
		built.parameters.additionalFields = { ...(built.parameters.additionalFields as object), scheduleParamJson: '{not json' };
		const r = await n8n.runNode(CAMPAIGN.node, built.parameters);
		expect(r.error?.message).toMatch(/^scheduleParam: not valid JSON/);
		expect(sim.requests).toHaveLength(0);
	});

	it('Continue On Fail turns a validation failure into an error item that keeps its pairing', async () => {
		const built = buildParameters(CONFIG.specs, spec(CONFIG, '5.1.1'), { userAccount: 'abc' });
		const r = await n8n.runNode(CONFIG.node, built.parameters, [{}, {}], { continueOnFail: true });
		expect(r.outputs[0].map((i) => [i.json.error, i.pairedItem])).toEqual([
			['userAccount: must be at least 6 characters (5.1.1)', { item: 0 }],
			['userAccount: must be at least 6 characters (5.1.1)', { item: 1 }],
		]);
	});
});

describe('result-code failures become NodeApiErrors with the documented meaning', () => {
	it('7.1.8 suspending a campaign that is not started: 0200011 with its 7.1.8 meaning', async () => {
		const campaignId = await createCampaign();
		const r = await run(CAMPAIGN, '7.1.8', { campaignId });
		expect(r.error?.name).toBe('NodeApiError');
		expect(`${r.error?.message} ${r.error?.description ?? ''}`).toMatch(/0200011/);
		expect(`${r.error?.message} ${r.error?.description ?? ''}`).toMatch(/suspend/i);
	});

	it('7.3.1 adding a number already in the blacklist: 0200007 with its 7.3.1 meaning', async () => {
		const first = await run(CAMPAIGN, '7.3.1', { blocklist: ['13800009999'] });
		expect(first.error).toBeUndefined();
		const again = await run(CAMPAIGN, '7.3.1', { blocklist: ['13800009999'] });
		expect(again.error?.name).toBe('NodeApiError');
		expect(`${again.error?.message} ${again.error?.description ?? ''}`).toMatch(/0200007/);
		expect(`${again.error?.message} ${again.error?.description ?? ''}`).toMatch(/blacklist/i);
	});

	it('7.1.6 details of a campaign that does not exist: 0200007 with the campaign meaning', async () => {
		const r = await run(CAMPAIGN, '7.1.6', { campaignId: 424242 });
		expect(r.error?.name).toBe('NodeApiError');
		expect(`${r.error?.message} ${r.error?.description ?? ''}`).toMatch(/0200007/);
	});

	it('6.2.4 status of a call that does not exist: 90100400 with its meaning', async () => {
		const r = await run(CALL, '6.2.4', { callSerialNo: '999999999' });
		expect(r.error?.name).toBe('NodeApiError');
		expect(r.error?.message).toMatch(/does not exist.*90100400/);
	});
});
