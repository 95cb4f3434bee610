/**
 * P2b: 1,000 numbers into CEC's batch interfaces from a real n8n 2.41.1, our node (which packs the
 * items' lists into requests of the interface's documented maximum, spec `batch`) against the
 * per-item do-it-yourself workflow (Code node signing auth-v2 by hand + HTTP Request, one request
 * per number):
 * - 7.3.1 Adding a blacklist (at most 20 numbers per request, no documented spacing): both sides
 *   measured, requests counted by the simulator;
 * - 7.4.1 Adding outbound data (at most 20 per request, and "1 s between two requests"): the
 *   simulator runs at real time (time scale 1) and enforces the 1 s spacing per campaign
 *   (result code 0200022); our node is measured (it waits the documented interval between
 *   requests); a DIY workflow that respects the spacing needs at least (n - 1) × 1 s, which is
 *   stated as that bound, not run (it would take 17 minutes); the DIY workflow as typically built
 *   (all items at once) is run once to count how many of its requests the spacing refuses.
 */
import path from 'node:path';
import { median, ROOT, round, startSimChild, type SimChild } from './lib.cjs';
import { chain, codeNode, diySignPreamble, nodeTimesOf, webhookNode } from './diy.cjs';
import { createCampaign } from './throughput.cjs';

type Launcher = typeof import('../scripts/e2e/n8n.cjs');

/** The DIY signer for a POST with a JSON body (reference 4.3, signs content-type;host and the body). */
export function diySignPostCode(sim: SimChild, uriExpression: string, bodyExpression: string): string {
	return `${diySignPreamble(sim)}return $input.all().map((item) => {
  const uri = ${uriExpression};
  const body = JSON.stringify(${bodyExpression});
  const timestamp = new Date().toISOString();
  const signedHeaders = 'content-type;host';
  const prefix = 'auth-v2/' + AK + '/' + timestamp + '/' + signedHeaders;
  const canonical = ['POST', uri, signedHeaders, 'content-type:' + enc(CONTENT_TYPE) + '\\nhost:' + enc(HOST)].join('\\n') + '\\n' + enc(body);
  const signature = hmacHex(hmacHex(SK, prefix), canonical);
  return { json: { url: BASE + uri, body, authorization: prefix + '/' + signature, contentType: CONTENT_TYPE } };
});`;
}

const makeNumbersCode = (campaignId: number) => `const { count, prefix } = $input.first().json.body;
return Array.from({ length: Number(count) }, (_, i) => ({ json: { campaignId: ${campaignId}, number: String(prefix) + String(i).padStart(6, '0') } }));`;

function httpPost(name: string, x: number) {
	return {
		id: `http-${name.replace(/\W/g, '')}`,
		name,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		position: [x, 0],
		parameters: {
			method: 'POST',
			url: '={{ $json.url }}',
			sendHeaders: true,
			headerParameters: { parameters: [{ name: 'Authorization', value: '={{ $json.authorization }}' }] },
			sendBody: true,
			contentType: 'raw',
			rawContentType: '={{ $json.contentType }}',
			body: '={{ $json.body }}',
			options: {},
		},
	};
}

/** Webhook answering with every item of the last node, so each request's result code can be counted. */
function allEntriesHook(pathName: string, id: string) {
	const hook = webhookNode(pathName, id);
	return { ...hook, parameters: { ...hook.parameters, responseData: 'allEntries' } };
}

export interface P2bRow {
	interface: string;
	numbers: number;
	side: 'ours' | 'diy' | 'diyUnspaced' | 'diySpacedBound';
	runsMs: number[];
	medianMs: number;
	requests: number;
	accepted: number;
	refused: number;
	/** The 0200022 answers ("the interface invoking time is short"). */
	refusedForSpacing: number;
	measured: boolean;
	/** Median executionTime per node as n8n recorded it (ms), for the measured 7.3.1 sides. */
	nodeTimes?: Record<string, number>;
}

interface Answer {
	resultCode?: string;
}

export async function runP2b(numbers: number, repetitions: number, spacedRepetitions: number): Promise<{ n8nVersion: string; rows: P2bRow[]; method: string; diyCode: string }> {
	const { launchN8n } = require(path.join(ROOT, 'scripts', 'e2e', 'n8n.cjs')) as Launcher;
	// Real time: the simulator's 1 s spacing of 7.4.1 is the documented one.
	const sim = await startSimChild({ BENCH_SIM_TIME_SCALE: '1' });
	let n8n: Awaited<ReturnType<Launcher['launchN8n']>> | undefined;
	try {
		const campaignId = await createCampaign(sim);
		const credential = { id: 'benchC2Credential02', name: 'CEC AK/SK (bench batch)', type: 'huaweiCecAkSkApi', data: { baseUrl: sim.url, accessKey: sim.credentials.ak, secretKey: sim.credentials.sk, allowUnauthorizedCerts: false, timeout: 30000 } };
		const ourType = 'n8n-nodes-huawei-cec.huaweiCecOutboundCampaign';
		const ourNode = (name: string, parameters: Record<string, unknown>) => ({ id: `ours-${name.replace(/\W/g, '')}`, name, type: ourType, typeVersion: 1, position: [400, 0], credentials: { huaweiCecAkSkApi: { id: credential.id, name: credential.name } }, parameters });
		const blacklistOurs = {
			id: 'benchBatchOurs7301',
			name: 'bench: 7.3.1 with our node',
			nodes: [allEntriesHook('bench-bl-ours', '11'), codeNode('Make Numbers', makeNumbersCode(campaignId), 200), ourNode('Add to Blacklist', { resource: 'blacklist', operation: 'addNumbers', vdnId: 1, blocklist: '={{ $json.number }}', output: 'raw', options: {} })],
			connections: chain(['Webhook', 'Make Numbers', 'Add to Blacklist']),
			settings: { executionOrder: 'v1' },
		};
		const blacklistCode = diySignPostCode(sim, "'/rest/isales/v1/openapi/campaigns/1/blocklist/add'", '{ blocklist: [item.json.number] }');
		/** Webhook → Make Numbers → Code signing each item → HTTP Request: one request per number. */
		const perItemDiy = (id: string, name: string, hook: string, hookId: string, signCode: string) => ({
			id,
			name,
			nodes: [allEntriesHook(hook, hookId), codeNode('Make Numbers', makeNumbersCode(campaignId), 200), codeNode('Sign auth-v2', signCode, 400), httpPost('HTTP Request', 600)],
			connections: chain(['Webhook', 'Make Numbers', 'Sign auth-v2', 'HTTP Request']),
			settings: { executionOrder: 'v1' },
		});
		const blacklistDiy = perItemDiy('benchBatchDiy73010', 'bench: 7.3.1 per item with HTTP Request + Code', 'bench-bl-diy', '12', blacklistCode);
		const dataOurs = {
			id: 'benchBatchOurs7401',
			name: 'bench: 7.4.1 with our node',
			nodes: [
				allEntriesHook('bench-data-ours', '13'),
				codeNode('Make Numbers', makeNumbersCode(campaignId), 200),
				ourNode('Add Outbound Data', { resource: 'legacy', operation: 'addOutboundNumbersV1', vdnId: 1, campaignId: '={{ $json.campaignId }}', additionalFields: { callDataListJson: '={{ JSON.stringify([{ called: $json.number }]) }}' }, output: 'raw', options: {} }),
			],
			connections: chain(['Webhook', 'Make Numbers', 'Add Outbound Data']),
			settings: { executionOrder: 'v1' },
		};
		const dataCode = diySignPostCode(sim, `'/rest/isales/v1/openapi/campaigns/1/calldata/${campaignId}'`, '{ callDataList: [{ called: item.json.number }] }');
		const dataDiy = perItemDiy('benchBatchDiy74010', 'bench: 7.4.1 per item with HTTP Request + Code (no spacing)', 'bench-data-diy', '14', dataCode);
		const workflows = [blacklistOurs, blacklistDiy, dataOurs, dataDiy];
		const log = (line: string) => process.stderr.write(`[p2b] ${line}\n`);
		n8n = await launchN8n({ version: '2.41.1', credentials: [credential], workflows: workflows as never, publish: workflows.map((w) => w.id), env: { NODE_FUNCTION_ALLOW_BUILTIN: 'crypto', N8N_PAYLOAD_SIZE_MAX: '64' }, log });
		const running = n8n;
		let batchNo = 0;
		const post = async (hook: string, count: number): Promise<{ ms: number; answers: Answer[] }> => {
			// Fresh numbers every run: CEC refuses a number already on the blacklist.
			const prefix = `139${String(++batchNo).padStart(2, '0')}`;
			const started = process.hrtime.bigint();
			const res = await fetch(running.webhookUrl(hook), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ count, prefix }) });
			const text = await res.text();
			const ms = Number(process.hrtime.bigint() - started) / 1e6;
			if (res.status !== 200) throw new Error(`${hook}: HTTP ${res.status} ${text.slice(0, 300)}`);
			const parsed = JSON.parse(text) as Answer | Answer[];
			return { ms, answers: Array.isArray(parsed) ? parsed : [parsed] };
		};
		const count = async (p: string) => await sim.call<number>('countRequests', { path: p });
		const medianTimes = (all: Array<Record<string, number>>): Record<string, number> => Object.fromEntries(Object.keys(all[0] ?? {}).map((name) => [name, round(median(all.map((t) => t[name] ?? 0)), 0)]));
		const blacklistPath = '/rest/isales/v1/openapi/campaigns/1/blocklist';
		const dataPath = `/rest/isales/v1/openapi/campaigns/1/calldata/${campaignId}`;
		const rows: P2bRow[] = [];
		const measure = async (iface: string, side: P2bRow['side'], hook: string, reqPath: string, reps: number, items: number): Promise<P2bRow> => {
			const runsMs: number[] = [];
			let requests = 0;
			let accepted = 0;
			let refused = 0;
			let refusedForSpacing = 0;
			for (let rep = 0; rep < reps; rep++) {
				// A new 7.4.1 run starts at least 1 s after the previous one touched the campaign.
				if (iface === '7.4.1') await new Promise((r) => setTimeout(r, 1100));
				const before = await count(reqPath);
				const { ms, answers } = await post(hook, items);
				requests = (await count(reqPath)) - before;
				accepted = answers.filter((a) => a.resultCode === '0200000').length;
				refusedForSpacing = answers.filter((a) => a.resultCode === '0200022').length;
				refused = answers.length - accepted;
				runsMs.push(round(ms, 1));
			}
			return { interface: iface, numbers: items, side, runsMs, medianMs: round(median(runsMs), 1), requests, accepted, refused, refusedForSpacing, measured: true };
		};
		// Warm-up (task runner, code loading) on small runs, outside the figures.
		await post('bench-bl-ours', 20);
		await post('bench-bl-diy', 20);
		// 7.3.1: interleaved, order rotated.
		const ours: number[] = [];
		const diy: number[] = [];
		const times: Record<'ours' | 'diy', Array<Record<string, number>>> = { ours: [], diy: [] };
		let oursRow: P2bRow | undefined;
		let diyRow: P2bRow | undefined;
		for (let rep = 0; rep < repetitions; rep++) {
			const order = rep % 2 ? (['diy', 'ours'] as const) : (['ours', 'diy'] as const);
			for (const side of order) {
				const row = await measure('7.3.1', side, side === 'ours' ? 'bench-bl-ours' : 'bench-bl-diy', blacklistPath, 1, numbers);
				(side === 'ours' ? ours : diy).push(row.runsMs[0]);
				times[side].push(await nodeTimesOf(running, side === 'ours' ? blacklistOurs.id : blacklistDiy.id).catch(() => ({})));
				if (side === 'ours') oursRow = row;
				else diyRow = row;
			}
		}
		rows.push({ ...oursRow!, runsMs: ours, medianMs: round(median(ours), 1), nodeTimes: medianTimes(times.ours) }, { ...diyRow!, runsMs: diy, medianMs: round(median(diy), 1), nodeTimes: medianTimes(times.diy) });
		// 7.4.1: ours with the documented spacing; the DIY as typically built, once.
		rows.push(await measure('7.4.1', 'ours', 'bench-data-ours', dataPath, spacedRepetitions, numbers));
		rows.push(await measure('7.4.1', 'diyUnspaced', 'bench-data-diy', dataPath, 1, numbers));
		// The DIY workflow that respects the spacing: one request per number, 1 s apart (a bound, not run).
		rows.push({ interface: '7.4.1', numbers, side: 'diySpacedBound', runsMs: [], medianMs: (numbers - 1) * 1000, requests: numbers, accepted: numbers, refused: 0, refusedForSpacing: 0, measured: false });
		return {
			n8nVersion: running.version,
			rows,
			diyCode: blacklistCode,
			method: `Real n8n ${running.version} (\`n8n start\`, SQLite, the pack from its npm tarball), the simulator at real time (time scale 1, so its 7.4.1 spacing check is the documented 1 s per campaign). Each run is one POST to a workflow's production webhook that makes ${numbers} items (one number each) and answers with every item of the last node (\`responseData: allEntries\`), whose result codes are counted; the simulator counts the requests. 7.3.1: ${repetitions} runs per side, interleaved, with the executionTime n8n recorded per node (executions API); 7.4.1 ours: ${spacedRepetitions} runs.`,
		};
	} finally {
		await n8n?.stop().catch(() => undefined);
		await sim.close();
	}
}
