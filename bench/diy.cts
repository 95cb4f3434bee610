/**
 * P2: the same per-item C2 query (7.1.6) in the real n8n 2.41.1 (scripts/e2e/n8n.cjs: the pinned
 * n8n, the pack installed from its npm tarball as a community package), two workflows side by side:
 * - ours: Webhook → Code (make N items) → Huawei CEC Outbound Campaign (credential: C2 AK/SK);
 * - DIY:  Webhook → Code (make N items) → Code (auth-v2 by hand with `crypto`) → HTTP Request.
 * Each run is one POST to the workflow's webhook, answered when the last node finishes; the time
 * is that round trip. The simulator (own process) counts the requests each run made.
 */
import path from 'node:path';
import { median, ROOT, round, startSimChild, type SimChild } from './lib.cjs';
import { createCampaign } from './throughput.cjs';

type Launcher = typeof import('../scripts/e2e/n8n.cjs');

const CAMPAIGN_BASE = '/rest/isales/v1/openapi/campaigns';
/** The node's Concurrency option in the second variant of ours (the HTTP Request node has no limit by default). */
const WIDE = 50;
type Side = 'ours' | 'oursWide' | 'diy';
const HOOKS: Record<Side, string> = { ours: 'bench-ours', oursWide: 'bench-ours-wide', diy: 'bench-diy' };

/** What a user writes in a Code node to sign auth-v2 (4.3) by hand, following the reference's Java demo. */
/** The first lines of every hand-written signing Code node: the keys, the target and the reference's helpers. */
export function diySignPreamble(sim: SimChild): string {
	const url = new URL(sim.url);
	return `const crypto = require('crypto');
const AK = ${JSON.stringify(sim.credentials.ak)};
const SK = ${JSON.stringify(sim.credentials.sk)};
const BASE = ${JSON.stringify(sim.url)};
const HOST = ${JSON.stringify(url.host)};
const CONTENT_TYPE = 'application/json;charset=UTF-8';
const hmacHex = (key, msg) => crypto.createHmac('sha256', key).update(msg, 'utf8').digest('hex');
const enc = (s) => Array.from(Buffer.from(String(s), 'utf8')).map((b) => (/[A-Za-z0-9\\-._~]/.test(String.fromCharCode(b)) && b < 128 ? String.fromCharCode(b) : '%' + b.toString(16).toUpperCase().padStart(2, '0'))).join('');
`;
}

export function diySignCode(sim: SimChild): string {
	return `${diySignPreamble(sim)}return $input.all().map((item) => {
  const uri = '${CAMPAIGN_BASE}/1/' + item.json.campaignId;
  const timestamp = new Date().toISOString();
  const signedHeaders = 'content-type;host';
  const prefix = 'auth-v2/' + AK + '/' + timestamp + '/' + signedHeaders;
  const canonical = ['GET', uri, signedHeaders, 'content-type:' + enc(CONTENT_TYPE) + '\\nhost:' + enc(HOST)].join('\\n') + '\\n';
  const signature = hmacHex(hmacHex(SK, prefix), canonical);
  return { json: { url: BASE + uri, authorization: prefix + '/' + signature, contentType: CONTENT_TYPE } };
});`;
}

const makeItemsCode = (campaignId: number) => `const count = Number($input.first().json.body.count);
return Array.from({ length: count }, () => ({ json: { campaignId: ${campaignId} } }));`;

export function webhookNode(pathName: string, id: string) {
	return {
		id: `${id}-hook`,
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: `0b7e5c1e-bench-4000-8000-${id.padStart(12, '0')}`,
		parameters: { httpMethod: 'POST', path: pathName, responseMode: 'lastNode', responseData: 'firstEntryJson', options: {} },
	};
}

export function codeNode(name: string, jsCode: string, x: number) {
	return { id: `code-${name.replace(/\W/g, '')}`, name, type: 'n8n-nodes-base.code', typeVersion: 2, position: [x, 0], parameters: { mode: 'runOnceForAllItems', jsCode } };
}

/** executionTime per node of a workflow's latest execution, as n8n recorded it (executions API). */
export async function nodeTimesOf(running: { api: (method: string, route: string) => Promise<unknown> }, workflowId: string): Promise<Record<string, number>> {
	const list = (await running.api('GET', `/api/v1/executions?workflowId=${workflowId}&limit=1&includeData=true`)) as { data?: Array<{ data?: { resultData?: { runData?: Record<string, Array<{ executionTime?: number }>> } } }> };
	const runData = list.data?.[0]?.data?.resultData?.runData ?? {};
	return Object.fromEntries(Object.entries(runData).map(([name, runs]) => [name, runs[0]?.executionTime ?? -1]));
}

export function chain(names: string[]) {
	const connections: Record<string, unknown> = {};
	for (let i = 0; i + 1 < names.length; i++) connections[names[i]] = { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] };
	return connections;
}

export interface P2Row {
	items: number;
	runsMs: Record<Side, number[]>;
	medianMs: Record<Side, number>;
	/** DIY / ours (default options): the target figure. */
	speedup: number;
	/** DIY / ours with Concurrency 50. */
	speedupWide: number;
	requestsPerRun: Record<Side, number>;
	/** Median execution time n8n recorded per node (ms), from the executions API. */
	nodeTimes: Record<Side, Record<string, number>>;
}

export async function runP2(sizes: number[], repetitions: number): Promise<{ n8nVersion: string; rows: P2Row[]; method: string; diyDescription: string; diyCode: string; startMs?: number; timings: Record<string, number> }> {
	const { launchN8n } = require(path.join(ROOT, 'scripts', 'e2e', 'n8n.cjs')) as Launcher;
	const sim = await startSimChild();
	let n8n: Awaited<ReturnType<Launcher['launchN8n']>> | undefined;
	try {
		const campaignId = await createCampaign(sim);
		const credential = { id: 'benchC2Credential01', name: 'CEC AK/SK (bench)', type: 'huaweiCecAkSkApi', data: { baseUrl: sim.url, accessKey: sim.credentials.ak, secretKey: sim.credentials.sk, allowUnauthorizedCerts: false, timeout: 30000 } };
		const ourType = 'n8n-nodes-huawei-cec.huaweiCecOutboundCampaign';
		const ours = {
			id: 'benchOursWorkflow1',
			name: 'bench: Outbound Campaign node',
			nodes: [
				webhookNode('bench-ours', '1'),
				codeNode('Make Items', makeItemsCode(campaignId), 200),
				{
					id: 'ours-node',
					name: 'Get Campaign',
					type: ourType,
					typeVersion: 1,
					position: [400, 0],
					credentials: { huaweiCecAkSkApi: { id: credential.id, name: credential.name } },
					parameters: { resource: 'campaign', operation: 'get', vdnId: 1, campaignId: '={{ $json.campaignId }}', output: 'raw', options: {} },
				},
			],
			connections: chain(['Webhook', 'Make Items', 'Get Campaign']),
			settings: { executionOrder: 'v1' },
		};
		const oursWide = {
			...ours,
			id: 'benchOursWide0001',
			name: 'bench: Outbound Campaign node, 50 in flight',
			nodes: ours.nodes.map((n) =>
				n.name === 'Webhook' ? webhookNode('bench-ours-wide', '3') : n.name === 'Get Campaign' ? { ...n, id: 'ours-wide', parameters: { ...n.parameters, options: { concurrency: WIDE } } } : { ...n, id: `${n.id}-w` },
			),
		};
		const diyCode = diySignCode(sim);
		const diy = {
			id: 'benchDiyWorkflow01',
			name: 'bench: HTTP Request + Code signature',
			nodes: [
				webhookNode('bench-diy', '2'),
				codeNode('Make Items', makeItemsCode(campaignId), 200),
				codeNode('Sign auth-v2', diyCode, 400),
				{
					id: 'diy-http',
					name: 'HTTP Request',
					type: 'n8n-nodes-base.httpRequest',
					typeVersion: 4.2,
					position: [600, 0],
					parameters: {
						method: 'GET',
						url: '={{ $json.url }}',
						sendHeaders: true,
						headerParameters: { parameters: [{ name: 'Authorization', value: '={{ $json.authorization }}' }, { name: 'Content-Type', value: '={{ $json.contentType }}' }] },
						options: {},
					},
				},
			],
			connections: chain(['Webhook', 'Make Items', 'Sign auth-v2', 'HTTP Request']),
			settings: { executionOrder: 'v1' },
		};
		const log = (line: string) => process.stderr.write(`[p2] ${line}\n`);
		n8n = await launchN8n({ version: '2.41.1', credentials: [credential], workflows: [ours, oursWide, diy] as never, publish: [ours.id, oursWide.id, diy.id], env: { NODE_FUNCTION_ALLOW_BUILTIN: 'crypto' }, log });
		const running = n8n;
		const post = async (hook: string, count: number): Promise<number> => {
			const started = process.hrtime.bigint();
			const res = await fetch(running.webhookUrl(hook), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ count }) });
			const text = await res.text();
			const ms = Number(process.hrtime.bigint() - started) / 1e6;
			let body: { resultCode?: string } = {};
			try {
				body = JSON.parse(text) as { resultCode?: string };
			} catch {
				// reported below
			}
			if (res.status !== 200 || body.resultCode !== '0200000') throw new Error(`${hook}: HTTP ${res.status} ${text.slice(0, 300)}`);
			return ms;
		};
		const count = async () => await sim.call<number>('countRequests', { path: CAMPAIGN_BASE });
		const workflowIds: Record<Side, string> = { ours: ours.id, oursWide: oursWide.id, diy: diy.id };
		const sides = Object.keys(HOOKS) as Side[];
		// Warm-up: first executions load code, start task runners.
		for (const side of sides) await post(HOOKS[side], 5);
		const rows: P2Row[] = [];
		for (const items of sizes) {
			const runsMs = { ours: [], oursWide: [], diy: [] } as Record<Side, number[]>;
			const requestsPerRun = { ours: 0, oursWide: 0, diy: 0 } as Record<Side, number>;
			const times = { ours: [], oursWide: [], diy: [] } as Record<Side, Array<Record<string, number>>>;
			for (let rep = 0; rep < repetitions; rep++) {
				const order = sides.map((_, i) => sides[(i + rep) % sides.length]);
				for (const side of order) {
					const before = await count();
					const ms = await post(HOOKS[side], items);
					requestsPerRun[side] = (await count()) - before;
					if (requestsPerRun[side] !== items) throw new Error(`${side}: ${requestsPerRun[side]} requests for ${items} items`);
					runsMs[side].push(round(ms, 1));
					times[side].push(await nodeTimesOf(running, workflowIds[side]).catch(() => ({})));
				}
			}
			const medianMs = Object.fromEntries(sides.map((s) => [s, round(median(runsMs[s]), 1)])) as Record<Side, number>;
			const nodeTimes = Object.fromEntries(
				sides.map((s) => [s, Object.fromEntries(Object.keys(times[s][0] ?? {}).map((name) => [name, round(median(times[s].map((t) => t[name] ?? NaN)), 1)]))]),
			) as Record<Side, Record<string, number>>;
			rows.push({ items, runsMs, medianMs, speedup: round(medianMs.diy / medianMs.ours, 3), speedupWide: round(medianMs.diy / medianMs.oursWide, 3), requestsPerRun, nodeTimes });
		}
		return {
			n8nVersion: n8n.version,
			rows,
			timings: n8n.timings,
			startMs: n8n.timings.start,
			method: `Real n8n ${n8n.version} (\`n8n start\`, SQLite, the pack installed from its npm tarball under \`.n8n/nodes\`, NODE_FUNCTION_ALLOW_BUILTIN=crypto), both workflows published; each run is one POST to the workflow's production webhook (\`responseMode: lastNode\`, first item's JSON as the answer, checked for \`resultCode 0200000\`); the simulator confirmed exactly one 7.1.6 request per item on both sides. ${repetitions} repetitions per size, sides rotated; medians. Per-node times are the executionTime n8n recorded (executions API).`,
			diyDescription: 'Webhook → Code "Make Items" → Code "Sign auth-v2" (the reference 4.3 algorithm by hand with `crypto`: HMAC-SHA256 signing key from the prefix, canonical request, signature; signs `content-type;host` since a GET carries no body) → HTTP Request 4.2 (GET, `Authorization` and `Content-Type` headers by expression, default options). Ours: Webhook → Code "Make Items" → Huawei CEC Outbound Campaign (Campaign: Get, campaign ID by expression, default options: 5 in flight). Ours (50 in flight): the same with the node\'s Concurrency option at 50.',
			diyCode,
		};
	} finally {
		await n8n?.stop().catch(() => undefined);
		await sim.close();
	}
}
