/**
 * P7: the Outbound Result Trigger (7.6.1 pushes) in a real n8n 2.41.1 under campaign load. Pushes of
 * 100 records each go to the trigger's production webhook, several in flight at once, as CEC's
 * result sender would deliver a busy campaign; then every push is delivered again (CEC repeats a
 * push it believes unanswered). Measured: the acknowledgement latency (POST → CEC's documented
 * answer `{"retCode":"0",...}`, client side, p50/p99), records per second into the workflow (the
 * records of the first round ÷ the time from the first push to the end of the last execution
 * n8n recorded), and the effect: every record reaches the workflow exactly once.
 */
import path from 'node:path';
import { median, percentile, ROOT, round } from './lib.cjs';

type Launcher = typeof import('../scripts/e2e/n8n.cjs');

const SECRET = 'bench-callback-secret-0123456789';
const WEBHOOK_ID = 'bench-p7-outbound';
const WORKFLOW_ID = 'benchP7Outbound01';
const NODE_NAME = 'Outbound Result';
const ACK = '{"retCode":"0","retMsg":"success"}';
const FLOOR_WORKFLOW_ID = 'benchP7WebhookFloor';
const FLOOR_WEBHOOK_ID = 'bench-p7-floor';

const record = (round_: number, push: number, i: number) => ({
	campaignId: '42',
	sessionId: `p7-${round_}-${push}-${i}`,
	called: `1380${String(push).padStart(3, '0')}${String(i).padStart(4, '0')}`,
	callTimeStr: '2030-01-01 10:00:00',
	callStatus: 6,
	failCode: '0',
	vdnId: 1,
	callId: `0042-${push}-${i}`,
	recordPath: '',
});

export interface P7Result {
	n8nVersion: string;
	pushes: number;
	recordsPerPush: number;
	inFlight: number;
	repetitions: number;
	runs: Array<{ ackP50Ms: number; ackP99Ms: number; ackMaxMs: number; repeatAckP50Ms: number; repeatAckP99Ms: number; floorAckP50Ms: number; floorAckP99Ms: number; recordsPerSecond: number; spanMs: number; executions: number; itemsInWorkflow: number; distinctRecords: number; repeatExecutions: number; nonAck: number }>;
	ackP50Ms: number;
	ackP99Ms: number;
	floorAckP50Ms: number;
	floorAckP99Ms: number;
	recordsPerSecond: number;
	exactlyOnce: boolean;
	method: string;
}

/**
 * The n8n configurations P7 runs under. n8n 2.41 evaluates expressions in V8 isolates (engine
 * "vm", a pool of 1): every webhook call of a trigger other than n8n's own Webhook node takes an
 * isolate from the pool and disposes of it afterwards, and so does every execution, so each push
 * pays for creating isolates whether or not an expression is ever evaluated. With lazy
 * acquisition (an n8n setting) an isolate is created only when an expression is evaluated; the
 * trigger's webhook phase evaluates none.
 */
export const P7_CONFIGURATIONS = [
	{ key: 'defaults', label: "n8n's defaults", env: {} as Record<string, string> },
	{ key: 'lazyIsolates', label: 'N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true', env: { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' } as Record<string, string> },
] as const;

export interface P7Configured extends P7Result {
	configuration: (typeof P7_CONFIGURATIONS)[number]['key'];
	configurationLabel: string;
}

/** P7 under each configuration, one n8n instance after the other. */
export async function runP7All(pushes: number, recordsPerPush: number, inFlight: number, repetitions: number): Promise<{ configurations: P7Configured[] }> {
	const configurations: P7Configured[] = [];
	for (const c of P7_CONFIGURATIONS) configurations.push({ ...(await runP7(pushes, recordsPerPush, inFlight, repetitions, c.env, c.label)), configuration: c.key, configurationLabel: c.label });
	return { configurations };
}

export async function runP7(pushes: number, recordsPerPush: number, inFlight: number, repetitions: number, env: Record<string, string> = {}, envLabel = "n8n's defaults"): Promise<P7Result> {
	const { launchN8n } = require(path.join(ROOT, 'scripts', 'e2e', 'n8n.cjs')) as Launcher;
	const wf = {
		id: WORKFLOW_ID,
		name: 'bench: Outbound Result Trigger',
		nodes: [
			{
				id: 'p7-trigger',
				name: NODE_NAME,
				type: 'n8n-nodes-huawei-cec.huaweiCecOutboundResultTrigger',
				// As the editor adds it today (WEBHOOK_TRIGGER_VERSIONS).
				typeVersion: 1.1,
				position: [0, 0],
				webhookId: WEBHOOK_ID,
				parameters: { secretCheck: 'pathSecret', pathSecret: SECRET, options: {} },
			},
		],
		connections: {},
		settings: { executionOrder: 'v1' },
	};
	// n8n's own floor: the Webhook node answering on receipt, one execution per push with the body as its item.
	const floorWf = {
		id: FLOOR_WORKFLOW_ID,
		name: 'bench: n8n Webhook node (floor)',
		nodes: [{ id: 'p7-floor', name: 'Webhook', type: 'n8n-nodes-base.webhook', typeVersion: 2, position: [0, 0], webhookId: FLOOR_WEBHOOK_ID, parameters: { httpMethod: 'POST', path: FLOOR_WEBHOOK_ID, responseMode: 'onReceived', options: {} } }],
		connections: {},
		settings: { executionOrder: 'v1' },
	};
	const log = (line: string) => process.stderr.write(`[p7] ${line}\n`);
	const n8n = await launchN8n({ version: '2.41.1', workflows: [wf, floorWf] as never, publish: [WORKFLOW_ID, FLOOR_WORKFLOW_ID], env: { DB_PING_TIMEOUT_MS: '60000', ...env }, log });
	try {
		const url = `${n8n.url}/webhook/${WEBHOOK_ID}/outbound-result/${SECRET}`;
		const floorUrl = `${n8n.url}/webhook/${FLOOR_WEBHOOK_ID}`;
		const post = async (body: unknown, to = url): Promise<{ ms: number; ok: boolean }> => {
			const started = process.hrtime.bigint();
			const res = await fetch(to, { method: 'POST', headers: { 'content-type': 'application/json;charset=UTF-8' }, body: JSON.stringify(body) });
			const text = await res.text();
			return { ms: Number(process.hrtime.bigint() - started) / 1e6, ok: res.status === 200 && (to !== url || text === ACK) };
		};
		/** Sends the pushes with `inFlight` at a time; returns each push's acknowledgement time. */
		const deliver = async (bodies: unknown[], to = url): Promise<Array<{ ms: number; ok: boolean }>> => {
			const out: Array<{ ms: number; ok: boolean }> = new Array(bodies.length);
			let next = 0;
			await Promise.all(
				Array.from({ length: inFlight }, async () => {
					while (next < bodies.length) {
						const i = next++;
						out[i] = await post(bodies[i], to);
					}
				}),
			);
			return out;
		};
		type Execution = { id: string; startedAt: string; stoppedAt?: string; status: string; data?: { resultData?: { runData?: Record<string, Array<{ data?: { main?: Array<Array<{ json: { sessionId?: string } }>> } }>> } } };
		/** The workflow's executions, newest first; with their data only when asked (n8n parses every one it returns). */
		const executions = async (withData = false, limit = Infinity): Promise<Execution[]> => {
			const all: Execution[] = [];
			let cursor: string | undefined;
			for (;;) {
				const page = (await n8n.api('GET', `/api/v1/executions?workflowId=${WORKFLOW_ID}&limit=${Math.min(limit, 250)}&includeData=${withData}${cursor ? `&cursor=${cursor}` : ''}`)) as { data: never[]; nextCursor?: string };
				all.push(...page.data);
				if (!page.nextCursor || all.length >= limit) break;
				cursor = page.nextCursor;
			}
			return all;
		};
		// Polled without data: the measuring must not load the instance it measures (parsing every
		// execution's data each poll left n8n's heap full of garbage for the next round).
		const waitSettled = async (count: number): Promise<Execution[]> => {
			const deadline = Date.now() + 300_000;
			for (;;) {
				const list = await executions();
				const done = list.filter((e) => e.stoppedAt);
				if (done.length >= count) return list;
				if (Date.now() > deadline) throw new Error(`only ${done.length} of ${count} executions finished`);
				await new Promise((r) => setTimeout(r, 250));
			}
		};
		// Warm-up: one whole unmeasured round to each workflow, so the measured ones find n8n's code
		// compiled and its database paths loaded (with only a few pushes, the first round's p50 was a
		// third higher than the others').
		const roundOf = (rep: number) => Array.from({ length: pushes }, (_, p) => Array.from({ length: recordsPerPush }, (__, i) => record(rep, p, i)));
		await deliver(roundOf(0));
		await deliver(roundOf(0), floorUrl);
		let known = (await waitSettled(pushes)).length;
		const warmUp = known;
		const measured: Array<{ first: number[]; again: number[]; floor: number[]; spanMs: number; executions: number; repeatExecutions: number; nonAck: number }> = [];
		for (let rep = 1; rep <= repetitions; rep++) {
			const bodies = roundOf(rep);
			const t0 = Date.now();
			const first = await deliver(bodies);
			const list = await waitSettled(known + pushes);
			const ends = list.slice(0, list.length - known).map((e) => Date.parse(String(e.stoppedAt)));
			const spanMs = Math.max(...ends) - t0;
			// n8n's floor, right after, with the same bodies: the Webhook node acknowledging on receipt.
			const floor = await deliver(bodies, floorUrl);
			await new Promise((r) => setTimeout(r, 1000));
			// The same pushes again: CEC's retry of records it believes unanswered. Nothing may start.
			const again = await deliver(bodies);
			await new Promise((r) => setTimeout(r, 2000));
			const after = await executions();
			measured.push({
				first: first.map((a) => a.ms),
				again: again.map((a) => a.ms),
				floor: floor.map((a) => a.ms),
				spanMs,
				executions: list.length - known,
				repeatExecutions: after.length - list.length,
				nonAck: [...first, ...again].filter((a) => !a.ok).length,
			});
			known = after.length;
		}
		// The items of every measured round, read once all rounds are over: n8n parses each execution
		// it returns with its data, and that work must not land in a round it is measuring.
		const withItems = await executions(true, known - warmUp);
		const sessionsOf = new Map<number, string[]>();
		for (const e of withItems) {
			for (const item of (e.data?.resultData?.runData?.[NODE_NAME] ?? []).flatMap((r) => r.data?.main?.[0] ?? [])) {
				const rep = Number(/^p7-(\d+)-/.exec(String(item.json.sessionId))?.[1]);
				if (!sessionsOf.has(rep)) sessionsOf.set(rep, []);
				sessionsOf.get(rep)!.push(String(item.json.sessionId));
			}
		}
		const runs: P7Result['runs'] = measured.map((m, index) => {
			const sessions = sessionsOf.get(index + 1) ?? [];
			return {
				ackP50Ms: round(percentile(m.first, 50), 1),
				ackP99Ms: round(percentile(m.first, 99), 1),
				ackMaxMs: round(Math.max(...m.first), 1),
				repeatAckP50Ms: round(percentile(m.again, 50), 1),
				repeatAckP99Ms: round(percentile(m.again, 99), 1),
				floorAckP50Ms: round(percentile(m.floor, 50), 1),
				floorAckP99Ms: round(percentile(m.floor, 99), 1),
				recordsPerSecond: round((pushes * recordsPerPush) / (m.spanMs / 1000), 0),
				spanMs: m.spanMs,
				executions: m.executions,
				itemsInWorkflow: sessions.length,
				distinctRecords: new Set(sessions).size,
				repeatExecutions: m.repeatExecutions,
				nonAck: m.nonAck,
			};
		});
		const exactlyOnce = runs.every((r) => r.itemsInWorkflow === pushes * recordsPerPush && r.distinctRecords === pushes * recordsPerPush && r.repeatExecutions === 0 && r.nonAck === 0);
		return {
			n8nVersion: n8n.version,
			pushes,
			recordsPerPush,
			inFlight,
			repetitions,
			runs,
			ackP50Ms: round(median(runs.map((r) => r.ackP50Ms)), 1),
			ackP99Ms: round(median(runs.map((r) => r.ackP99Ms)), 1),
			floorAckP50Ms: round(median(runs.map((r) => r.floorAckP50Ms)), 1),
			floorAckP99Ms: round(median(runs.map((r) => r.floorAckP99Ms)), 1),
			recordsPerSecond: round(median(runs.map((r) => r.recordsPerSecond)), 0),
			exactlyOnce,
			method: `Real n8n ${n8n.version} (\`n8n start\`, regular mode, SQLite, ${envLabel}, the pack from its npm tarball); one published workflow, the Outbound Result Trigger alone (path secret, default options: duplicates dropped). First one unmeasured round of ${pushes} pushes to each workflow (warm-up). Per repetition: ${pushes} pushes of ${recordsPerPush} records (7.6.1 body: a JSON list of results), ${inFlight} in flight at a time; then the same bodies to n8n's own Webhook node (\`responseMode: onReceived\`, n8n's floor for an acknowledgement); then the same ${pushes} pushes again to the trigger. Acknowledgement latency is the client's POST round trip until the documented answer; records per second = ${pushes * recordsPerPush} ÷ (last execution's stoppedAt − first push sent), from n8n's executions API; exactly once = every record of the first round in exactly one execution item, and the repeated round starts no execution (the items are read from n8n once all repetitions are over, so that reading loads no measured round). ${repetitions} repetitions; medians of the per-repetition p50/p99 (nearest rank over the ${pushes} pushes of a repetition).`,
		};
	} finally {
		await n8n.stop().catch(() => undefined);
	}
}
