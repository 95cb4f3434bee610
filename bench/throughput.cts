/**
 * P1 (bulk C2 through the Outbound Campaign node vs a raw undici client) and P3 (C1 token
 * requests during a Configuration run, and after a forced expiry). Both run the pack's node in a
 * real n8n-core WorkflowExecute (test/helpers/n8n.cts) against the simulator in a child process.
 */
import { Pool } from 'undici';
import { NodeConnectionTypes, type IExecuteFunctions, type INodeExecutionData, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { HuaweiCecConfiguration } from '../nodes/HuaweiCecConfiguration/HuaweiCecConfiguration.node';
import { HuaweiCecOutboundCampaign } from '../nodes/HuaweiCecOutboundCampaign/HuaweiCecOutboundCampaign.node';
import { formatAuthV2Timestamp, signAuthV2 } from '../nodes/shared/auth/authV2';
import { tokenCache } from '../nodes/shared/auth/tokenCache';
import { createHarness, simulatorCredentials, type Harness } from '../test/helpers/n8n.cjs';
import { inLanes, median, round, startSimChild, timed, type SimChild } from './lib.cjs';

export const CONCURRENCY = 5;
const CAMPAIGN_BASE = '/rest/isales/v1/openapi/campaigns';
const TOKEN_PATH = '/apigovernance/api/oauth/tokenByAkSk';
const C1_OPERATION_PATH = '/apiaccess/rest/cc-management/v1/agentAccount/query';

/** The raw client's signed request, built the way the reference's 4.3 describes (no n8n). */
function signedGet(sim: SimChild, host: string, uri: string): Record<string, string> {
	// undici sends no Content-Length on a body-less GET, so it is not among the signed headers
	// (auth-v2 signs whichever headers the client lists).
	const headers = { host, 'content-type': 'application/json;charset=UTF-8' };
	const authorization = signAuthV2({ method: 'GET', uri, query: {}, headers, body: '', accessKey: sim.credentials.ak, secretKey: sim.credentials.sk, timestamp: formatAuthV2Timestamp(new Date()) });
	return { 'content-type': headers['content-type'], authorization };
}

async function rawC2Post(sim: SimChild, uri: string, body: unknown): Promise<Record<string, unknown>> {
	const url = new URL(sim.url);
	const text = JSON.stringify(body);
	const headers = { host: url.host, 'content-type': 'application/json;charset=UTF-8', 'content-length': Buffer.byteLength(text) };
	const authorization = signAuthV2({ method: 'POST', uri, query: {}, headers, body: text, accessKey: sim.credentials.ak, secretKey: sim.credentials.sk, timestamp: formatAuthV2Timestamp(new Date()) });
	const res = await fetch(`${sim.url}${uri}`, { method: 'POST', headers: { 'content-type': headers['content-type'], authorization }, body: text });
	return (await res.json()) as Record<string, unknown>;
}

/** One suspended campaign to query (7.1.1). */
export async function createCampaign(sim: SimChild): Promise<number> {
	const today = new Date().toISOString().slice(0, 10);
	const created = await rawC2Post(sim, `${CAMPAIGN_BASE}/1`, {
		name: `bench-${Date.now()}`,
		description: 'benchmark',
		strBeginTime: `${today} 00:00:00`,
		strEndTime: `${today} 23:59:59`,
		deviceType: 2,
		callerNo: '10085',
		maxAlertingTime: 20,
		scheduleParam: { workdayBeginTime1: '00:00', workdayEndTime1: '23:59' },
		skillParam: { skillId: 1, skillName: 'Voice', outBoundType: 2, predictParam: { predictMethod: 5, offhookPredictParam: { offHookRate: 100 } } },
		initStatus: 1,
		callBackUrl: 'http://127.0.0.1:9/none',
	});
	const id = (created.returnObject as { id?: number } | undefined)?.id;
	if (created.resultCode !== '0200000' || typeof id !== 'number') throw new Error(`campaign not created: ${JSON.stringify(created)}`);
	return id;
}

/**
 * The floor for any node that sends through n8n's HTTP helper: per item, one pre-signed
 * `helpers.httpRequest` (no registry, no validation, no result codes), with the same lanes.
 * The gap between this and undici is n8n's HTTP stack; the gap between this and our node is ours.
 */
class HelperFloor implements INodeType {
	description = {
		displayName: 'Bench Helper Floor',
		name: 'benchHelperFloor',
		group: ['transform'],
		version: 1,
		description: 'n8n helpers.httpRequest per item',
		defaults: { name: 'Floor' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	} as unknown as INodeTypeDescription;

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		if (!floorTarget) throw new Error('floorTarget not set');
		const { sim, uri } = floorTarget;
		const host = new URL(sim.url).host;
		const items = this.getInputData();
		const out: INodeExecutionData[] = new Array(items.length);
		await inLanes(items.length, CONCURRENCY, async (i) => {
			const res = (await this.helpers.httpRequest({ method: 'GET', url: `${sim.url}${uri}`, headers: signedGet(sim, host, uri), json: false, encoding: 'text', returnFullResponse: true, ignoreHttpStatusErrors: true })) as { body: string; statusCode: number };
			const json = JSON.parse(res.body) as { resultCode?: string };
			if (json.resultCode !== '0200000') throw new Error(`floor: ${res.body}`);
			out[i] = { json, pairedItem: { item: i } };
		});
		return [out];
	}
}
let floorTarget: { sim: SimChild; uri: string } | undefined;

/**
 * The floor plus n8n's authenticated request path: `helpers.httpRequestWithAuthentication` with
 * the pack's C2 credential (n8n fetches the credential and applies its `authenticate`, the pack's
 * auth-v2 signer), the path the node takes for every C2 request.
 */
class AuthenticatedFloor extends HelperFloor {
	description = { ...new HelperFloor().description, name: 'benchAuthenticatedFloor', credentials: [{ name: 'huaweiCecAkSkApi', required: true }] } as INodeTypeDescription;

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		if (!floorTarget) throw new Error('floorTarget not set');
		const { sim, uri } = floorTarget;
		const items = this.getInputData();
		const out: INodeExecutionData[] = new Array(items.length);
		await inLanes(items.length, CONCURRENCY, async (i) => {
			const res = (await this.helpers.httpRequestWithAuthentication.call(this, 'huaweiCecAkSkApi', { method: 'GET', url: `${sim.url}${uri}`, json: false, encoding: 'text', returnFullResponse: true, ignoreHttpStatusErrors: true })) as { body: string };
			const json = JSON.parse(res.body) as { resultCode?: string };
			if (json.resultCode !== '0200000') throw new Error(`authenticated floor: ${res.body}`);
			out[i] = { json, pairedItem: { item: i } };
		});
		return [out];
	}
}

/**
 * The P1 floor: a minimal node that does what the Outbound Campaign node must do for 7.1.6 and no
 * more: the same node description (so n8n resolves and checks parameters against the same
 * properties), Resource and Operation read once, per item the same parameter reads (VDN ID, the
 * campaign ID expression, Options, Output), and the same authenticated send through n8n's
 * helper (`httpRequestWithAuthentication` with the pack's C2 credential, whose `authenticate`
 * signs), the answer parsed and its result code checked. No registry, validation, retries or
 * result-code meanings.
 */
class ParamFloor implements INodeType {
	description = { ...new HuaweiCecOutboundCampaign().description, displayName: 'Bench Parameter Floor', name: 'benchParamFloor' } as INodeTypeDescription;

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		if (!floorTarget) throw new Error('floorTarget not set');
		const { sim } = floorTarget;
		const items = this.getInputData();
		const out: INodeExecutionData[] = new Array(items.length);
		const resource = this.getNodeParameter('resource', 0) as string;
		const operation = this.getNodeParameter('operation', 0) as string;
		if (resource !== 'campaign' || operation !== 'get') throw new Error('parameter floor: unexpected operation');
		const lanes = ((this.getNodeParameter('options', 0, {}) as { concurrency?: number }).concurrency ?? 5) || 5;
		await inLanes(items.length, lanes, async (i) => {
			const vdnId = this.getNodeParameter('vdnId', i) as number;
			const campaignId = this.getNodeParameter('campaignId', i) as number;
			this.getNodeParameter('options', i, {});
			const raw = this.getNodeParameter('output', i, 'simplified') === 'raw';
			const uri = `${CAMPAIGN_BASE}/${encodeURIComponent(String(vdnId))}/${encodeURIComponent(String(campaignId))}`;
			const res = (await this.helpers.httpRequestWithAuthentication.call(this, 'huaweiCecAkSkApi', { method: 'GET', url: `${sim.url}${uri}`, json: false, encoding: 'text', returnFullResponse: true, ignoreHttpStatusErrors: true })) as { body: string };
			const json = JSON.parse(res.body) as { resultCode?: string; returnObject?: unknown };
			if (json.resultCode !== '0200000') throw new Error(`parameter floor: ${res.body}`);
			out[i] = { json: (raw ? json : json.returnObject) as INodeExecutionData['json'], pairedItem: { item: i } };
		});
		return [out];
	}
}

const OUTBOUND_PARAMETERS = (campaignIdExpression: string) => ({
	resource: 'campaign',
	operation: 'get',
	vdnId: 1,
	campaignId: campaignIdExpression,
	// The whole answer, as the DIY side returns it.
	output: 'raw',
	options: { concurrency: CONCURRENCY },
});

async function viaParamFloor(n8n: Harness, node: ParamFloor, campaignId: number, count: number): Promise<number> {
	const r = await n8n.runNode(node, OUTBOUND_PARAMETERS('={{ $json.campaignId }}'), Array.from({ length: count }, () => ({ campaignId })), { credentials: ['huaweiCecAkSkApi'] });
	if (r.error) throw r.error;
	return (r.outputs[0] ?? []).length;
}

async function viaHelperFloor(n8n: Harness, node: HelperFloor, count: number, credentials: string[] = []): Promise<number> {
	const r = await n8n.runNode(node, {}, Array.from({ length: count }, () => ({})), { credentials });
	if (r.error) throw r.error;
	return (r.outputs[0] ?? []).length;
}

/** 7.1.6 for every item, through the node, in n8n-core. Returns the output count. */
async function viaN8n(n8n: Harness, node: HuaweiCecOutboundCampaign, campaignId: number, count: number): Promise<number> {
	const items = Array.from({ length: count }, () => ({ campaignId }));
	const r = await n8n.runNode(node, OUTBOUND_PARAMETERS('={{ $json.campaignId }}'), items);
	if (r.error) throw r.error;
	const out = r.outputs[0] ?? [];
	if (out.length !== count || (out[0]?.json as { resultCode?: string }).resultCode !== '0200000') throw new Error(`n8n run: ${out.length} items, first ${JSON.stringify(out[0]?.json).slice(0, 200)}`);
	return out.length;
}

/** The same requests from undici: a keep-alive pool with as many connections as lanes. */
async function viaUndici(pool: Pool, sim: SimChild, campaignId: number, count: number, keepAlive = true): Promise<number> {
	const host = new URL(sim.url).host;
	const uri = `${CAMPAIGN_BASE}/1/${campaignId}`;
	let ok = 0;
	await inLanes(count, CONCURRENCY, async () => {
		// reset: true closes the connection after the answer: a new TCP connection per request.
		const res = await pool.request({ method: 'GET', path: uri, headers: signedGet(sim, host, uri), reset: !keepAlive });
		const body = (await res.body.json()) as { resultCode?: string };
		if (res.statusCode !== 200 || body.resultCode !== '0200000') throw new Error(`undici: HTTP ${res.statusCode} ${JSON.stringify(body)}`);
		ok += 1;
	});
	return ok;
}

export type P1Side = 'node' | 'paramFloor' | 'authFloor' | 'floor' | 'raw' | 'rawNoKeepAlive';

export const P1_SIDES: Record<P1Side, string> = {
	node: 'Outbound Campaign node in n8n-core',
	paramFloor: 'minimal node: same description, same parameter reads, httpRequestWithAuthentication with the C2 credential',
	authFloor: 'n8n helpers.httpRequestWithAuthentication with the C2 credential',
	floor: 'n8n helpers.httpRequest, pre-signed (floor of any n8n node)',
	raw: 'undici Pool, keep-alive',
	rawNoKeepAlive: 'undici, new connection per request',
};

export interface P1Row {
	items: number;
	runsMs: Record<P1Side, number[]>;
	medianMs: Record<P1Side, number>;
	perItemUs: Record<P1Side, number>;
	/** node / raw (keep-alive). */
	ratio: number;
	/** node / parameter floor: the target ratio (≤ 1.10). */
	ratioNodeToParamFloor: number;
	ratioFloorToRaw: number;
	ratioNodeToFloor: number;
	ratioNodeToNoKeepAlive: number;
	ratioNodeToAuthFloor: number;
}

export async function runP1(sizes: number[], repetitions: number): Promise<{ rows: P1Row[]; requestsServed: number; statuses: Record<string, number>; concurrency: number; section: string }> {
	const sim = await startSimChild();
	try {
		const n8n = await createHarness(simulatorCredentials(sim));
		const campaignId = await createCampaign(sim);
		floorTarget = { sim, uri: `${CAMPAIGN_BASE}/1/${campaignId}` };
		const node = new HuaweiCecOutboundCampaign();
		const floor = new HelperFloor();
		const paramFloor = new ParamFloor();
		const authFloor = new AuthenticatedFloor();
		const pool = new Pool(sim.url, { connections: CONCURRENCY, pipelining: 1, keepAliveTimeout: 60_000 });
		const sides: Record<P1Side, (count: number) => Promise<number>> = {
			node: async (count) => await viaN8n(n8n, node, campaignId, count),
			paramFloor: async (count) => await viaParamFloor(n8n, paramFloor, campaignId, count),
			authFloor: async (count) => await viaHelperFloor(n8n, authFloor, count, ['huaweiCecAkSkApi']),
			floor: async (count) => await viaHelperFloor(n8n, floor, count),
			raw: async (count) => await viaUndici(pool, sim, campaignId, count),
			rawNoKeepAlive: async (count) => await viaUndici(pool, sim, campaignId, count, false),
		};
		const names = Object.keys(sides) as P1Side[];
		// Warm-up: JIT, module loading, connections.
		for (const side of names) if ((await sides[side](50)) !== 50) throw new Error(`${side}: warm-up incomplete`);
		await sim.call('clearRequests');
		const rows: P1Row[] = [];
		for (const items of sizes) {
			const runsMs = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<P1Side, number[]>;
			for (let rep = 0; rep < repetitions; rep++) {
				// Rotate the order so that drift (other load on the machine) hits every side alike.
				const order = names.map((_, i) => names[(i + rep) % names.length]);
				for (const side of order) {
					global.gc?.();
					const { ms, value } = await timed(async () => await sides[side](items));
					if (value !== items) throw new Error(`${side}: ${value} of ${items} items`);
					runsMs[side].push(round(ms, 1));
				}
			}
			const medianMs = Object.fromEntries(names.map((n) => [n, round(median(runsMs[n]), 1)])) as Record<P1Side, number>;
			const perItemUs = Object.fromEntries(names.map((n) => [n, round((medianMs[n] * 1000) / items, 1)])) as Record<P1Side, number>;
			rows.push({
				items,
				runsMs,
				medianMs,
				perItemUs,
				ratio: round(medianMs.node / medianMs.raw, 3),
				ratioNodeToParamFloor: round(medianMs.node / medianMs.paramFloor, 3),
				ratioFloorToRaw: round(medianMs.floor / medianMs.raw, 3),
				ratioNodeToFloor: round(medianMs.node / medianMs.floor, 3),
				ratioNodeToNoKeepAlive: round(medianMs.node / medianMs.rawNoKeepAlive, 3),
				ratioNodeToAuthFloor: round(medianMs.node / medianMs.authFloor, 3),
			});
		}
		await pool.close();
		const statuses = await sim.call<Record<string, number>>('statusCounts', { path: CAMPAIGN_BASE });
		const requestsServed = Object.values(statuses).reduce((a, b) => a + b, 0);
		return { rows, requestsServed, statuses, concurrency: CONCURRENCY, section: '7.1.6' };
	} finally {
		await sim.close();
	}
}

export interface P3Row {
	items: number;
	tokensPlainRun: number;
	tokensWithExpiry: number;
	/** Requests refused after the forced expiry (each was renewed and repeated). */
	refusedAfterExpiry: number;
	operationRequests: number;
	medianMs: number;
	perItemUs: number;
	runsMs: number[];
}

async function configurationRun(n8n: Harness, node: HuaweiCecConfiguration, count: number): Promise<void> {
	const r = await n8n.runNode(node, { resource: 'agent', operation: 'getMany', options: { concurrency: CONCURRENCY } }, Array.from({ length: count }, () => ({})));
	if (r.error) throw r.error;
	if ((r.outputs[0] ?? []).length < count) throw new Error(`configuration run: ${(r.outputs[0] ?? []).length} of ${count} items`);
}

/**
 * For each size: timed runs with a cold token cache (each must fetch exactly one token), then
 * one run where the simulator expires every C1 token half-way: exactly one more fetch.
 */
export async function runP3(sizes: number[], repetitions: number): Promise<{ rows: P3Row[] }> {
	const sim = await startSimChild();
	try {
		const n8n = await createHarness(simulatorCredentials(sim));
		const node = new HuaweiCecConfiguration();
		tokenCache.clear();
		await configurationRun(n8n, node, 20);
		const rows: P3Row[] = [];
		for (const items of sizes) {
			const runsMs: number[] = [];
			let tokensPlainRun = -1;
			for (let rep = 0; rep < repetitions; rep++) {
				tokenCache.clear();
				await sim.call('clearRequests');
				global.gc?.();
				runsMs.push((await timed(async () => await configurationRun(n8n, node, items))).ms);
				const tokens = await sim.call<number>('countRequests', { path: TOKEN_PATH });
				// Any repetition that needs more than one token is what gets reported.
				tokensPlainRun = Math.max(tokensPlainRun, tokens);
			}
			const operationRequestsBefore = await sim.call<number>('countRequests', { path: C1_OPERATION_PATH });
			if (operationRequestsBefore < items) throw new Error(`only ${operationRequestsBefore} of ${items} C1 requests reached the simulator`);

			tokenCache.clear();
			await sim.call('clearRequests');
			const run = configurationRun(n8n, node, items);
			// Expire half-way through, while requests are in flight.
			for (;;) {
				const done = await sim.call<number>('countRequests', { path: C1_OPERATION_PATH });
				if (done >= items / 2) break;
				await new Promise((r) => setTimeout(r, 2));
			}
			await sim.call('expireTokens', { kind: 'C1' });
			await run;
			const tokensWithExpiry = await sim.call<number>('countRequests', { path: TOKEN_PATH });
			const operationRequests = await sim.call<number>('countRequests', { path: C1_OPERATION_PATH });
			const statuses = await sim.call<Record<string, number>>('statusCounts', { path: C1_OPERATION_PATH });
			const refusedAfterExpiry = Object.entries(statuses).filter(([status]) => status !== '200').reduce((n, [, c]) => n + c, 0);
			const medianMs = median(runsMs);
			rows.push({ items, tokensPlainRun, tokensWithExpiry, refusedAfterExpiry, operationRequests, medianMs: round(medianMs, 1), perItemUs: round((medianMs * 1000) / items, 1), runsMs: runsMs.map((v) => round(v, 1)) });
		}
		return { rows };
	} finally {
		await sim.close();
	}
}
