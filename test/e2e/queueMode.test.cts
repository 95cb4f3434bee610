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
			agentEvents: 'qmAgentEvents001',
		};

		/**
		 * Every execution of a workflow (public API). The list leaves out executions the main still
		 * counts as running in its own memory, which in queue mode can lag the worker that finished
		 * them; any execution n8n's table has but the list left out is read by its ID.
		 */
		async function executionsOf(workflowId: string, includeData = false): Promise<any[]> {
			const all: any[] = [];
			let cursor: string | undefined;
			do {
				const page = await q.main.api('GET', `/executions?workflowId=${workflowId}&limit=250&includeData=${includeData}${cursor ? `&cursor=${cursor}` : ''}`);
				all.push(...(page.data ?? []));
				cursor = page.nextCursor ?? undefined;
			} while (cursor);
			const listed = new Set(all.map((e) => String(e.id)));
			const inTable = await pg.query(`SELECT id FROM execution_entity WHERE "workflowId" = '${workflowId}'`);
			for (const [id] of inTable) if (!listed.has(String(id))) all.push(await q.main.api('GET', `/executions/${id}?includeData=${includeData}`));
			return all;
		}

		/** Execution counts of a workflow by status, read from n8n's own table (cheap: no API load on the main). */
		async function statusCounts(workflowId: string): Promise<Record<string, number>> {
			const rows = await pg.query(`SELECT status, count(*) FROM execution_entity WHERE "workflowId" = '${workflowId}' GROUP BY status`);
			return Object.fromEntries(rows.map(([status, n]) => [status, Number(n)]));
		}

		/**
		 * Waits until a workflow has at least `atLeast` executions, unchanged for 3 s with none unfinished
		 * (or unchanged for 30 s: an execution n8n created but never queued stays "new"); returns them (public API).
		 */
		async function settledExecutions(workflowId: string, atLeast: number, timeoutMs = 180000, includeData = false): Promise<any[]> {
			let last = '';
			let stableSince = Date.now();
			await waitUntil(
				`executions of ${workflowId} to settle (at least ${atLeast})`,
				async () => {
					const counts = await statusCounts(workflowId);
					const key = JSON.stringify(counts);
					const total = Object.values(counts).reduce((a, b) => a + b, 0);
					const open = (counts.new ?? 0) + (counts.running ?? 0) + (counts.waiting ?? 0);
					if (key !== last) {
						last = key;
						stableSince = Date.now();
						return undefined;
					}
					return total >= atLeast && Date.now() - stableSince > (open > 0 ? 30000 : 3000);
				},
				timeoutMs,
				500,
			).catch(async (error: Error) => {
				throw new Error(`${error.message}; by status: ${JSON.stringify(await statusCounts(workflowId))}`);
			});
			return executionsOf(workflowId, includeData);
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
			const c4 = byType(credentials, 'huaweiCecAgentGatewayApi');
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
					[
						webhook('Voice Request', 'qm-voice-create'),
						// The release goes where the request says: a webhook process's URL, known once it started.
						cecNode(
							'Create Voice Notification',
							'huaweiCecVoiceNotification',
							operationParameters(VOICE_OPS, '14.3', { called: '13800009999', playList: [{ templateId: '1', templateParams: ['qm'] }] }, { callBackUrl: "={{ $('Voice Request').first().json.body.callbackUrl }}" }),
							c1,
						),
					],
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
				workflow(
					ids.agentEvents,
					'Queue e2e: agent events (main) -> Get Agent Status (worker) through the session handle',
					[
						cecNode('Agent Events', 'huaweiCecAgentEventTrigger', { eventTypes: [], options: {} }, c4),
						cecNode('Get Agent Status', 'huaweiCecAgentWorkbench', operationParameters(WORKBENCH_OPS, '6.1.1.21'), c4),
					],
					[['Agent Events', 'Get Agent Status']],
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
			const answers: Array<{ status: number; body: string; attempt: number }> = [];
			const t0 = Date.now();
			await pool(records, 10, async (record) => {
				// CEC pushes each result as a JSON list (Table 7-292); here the same push reaches both webhook processes at once.
				const body = JSON.stringify([record]);
				await Promise.all(q.webhookUrls.map(async (base) => answers.push(...(await pushLikeCec(`${base}/webhook/qm-outbound-result/outbound-result/${OUTBOUND_SECRET}`, body)))));
			});
			const pushSeconds = (Date.now() - t0) / 1000;
			report('7.6.1 seconds to push (incl. retries)', pushSeconds);
			const executions = await settledExecutions(ids.outboundSink, 1);
			const settledSeconds = (Date.now() - t0) / 1000;
			const rows = await pg.query('SELECT count(*), coalesce(sum(writes), 0), count(DISTINCT call_id) FROM cec_outbound_results');
			const statuses = executions.reduce<Record<string, number>>((m, e) => ((m[e.status] = (m[e.status] ?? 0) + 1), m), {});
			const failed = executions.filter((e) => e.status !== 'success');
			const failures = await Promise.all(failed.slice(0, 3).map(async (e) => (await q.main.api('GET', `/executions/${e.id}?includeData=true`))?.data?.resultData?.error?.message ?? e.status));
			const byWorker = [...workerOf().entries()].filter(([id]) => executions.some((e) => String(e.id) === id));
			const tally = (list: typeof answers) => list.reduce<Record<string, number>>((m, a) => ((m[`${a.status} ${a.body.slice(0, 60)}`] = (m[`${a.status} ${a.body.slice(0, 60)}`] ?? 0) + 1), m), {});
			report('7.6.1 deliveries (records x webhook processes) / HTTP requests incl. CEC-style retries', [RECORDS * q.webhookUrls.length, answers.length]);
			report('7.6.1 HTTP answers (all attempts)', tally(answers));
			report('7.6.1 executions', executions.length);
			report('7.6.1 execution statuses', statuses);
			if (failed.length) report('7.6.1 first failures', failures);
			report('7.6.1 executions per worker', byWorker.reduce<Record<string, number>>((m, [, w]) => ((m[w] = (m[w] ?? 0) + 1), m), {}));
			report('7.6.1 sink rows / upserts that reached the sink / distinct callIds', rows[0].map(Number));
			report('7.6.1 seconds until executions settled', settledSeconds);

			// Every delivery ends acknowledged with what CEC counts as delivered (7.6.1: {"retCode":"0","retMsg":"success"}),
			// also for the dropped duplicate; a refused attempt (503 while n8n thinks its database is away) is pushed again, as CEC does.
			expect(answers.filter((a) => isAck(a.body) && a.status === 200)).toHaveLength(RECORDS * q.webhookUrls.length);
			expect(answers.filter((a) => a.status === 200 && !isAck(a.body))).toEqual([]);
			expect(Number(rows[0][0])).toBe(RECORDS);
			expect(Number(rows[0][2])).toBe(RECORDS);
			// Each record reached the sink at least once and at most once per webhook process.
			expect(Number(rows[0][1])).toBeGreaterThanOrEqual(RECORDS);
			expect(Number(rows[0][1])).toBeLessThanOrEqual(RECORDS * q.webhookUrls.length);
			// Every successful execution wrote once; a failed one (reported above) did not reach the sink.
			expect(statuses.success ?? 0).toBe(Number(rows[0][1]));
		});

		it('C1: one access token per worker, reused by every execution that worker runs', async () => {
			sim.clearRequests();
			const calls = 20;
			const answers: number[] = [];
			const t0 = Date.now();
			await pool(
				Array.from({ length: calls }, (_, i) => i),
				10,
				async (i) => {
					const res = await fetch(`${q.webhookUrls[i % q.webhookUrls.length]}/webhook/qm-c1-query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
					await res.text();
					answers.push(res.status);
				},
			);
			const seconds = (Date.now() - t0) / 1000;
			const executions = await settledExecutions(ids.c1Query, calls);
			const ran = workerOf();
			const workers = new Set(executions.map((e) => ran.get(String(e.id))).filter(Boolean));
			const tokenRequests = sim.requests.filter((r) => r.section === '4.2');
			const c1Calls = sim.requests.filter((r) => r.path === '/apiaccess/rest/cc-management/v1/agentAccount/query');
			const bearers = new Set(c1Calls.map((r) => String(r.headers.authorization)));
			report('C1 executions / workers that ran them / token requests / distinct bearer tokens / seconds', [executions.length, workers.size, tokenRequests.length, bearers.size, seconds]);

			expect(answers).toEqual(Array(calls).fill(200));
			expect(executions.filter((e) => e.status !== 'success')).toEqual([]);
			expect(executions).toHaveLength(calls);
			expect(c1Calls).toHaveLength(calls);
			expect(workers.size).toBeGreaterThanOrEqual(1);
			// Each worker process asks once and reuses its token; nothing is shared between processes.
			expect(tokenRequests).toHaveLength(workers.size);
			expect(bearers.size).toBe(workers.size);
		});

		it('14.4.2: a signed release replayed to both webhook processes is refused or without effect (one sink row)', async () => {
			sim.clearCallbacks();
			const releaseUrl = (base: string) => `${base}/webhook/qm-voice-released/voice-notification`;
			const created = await fetch(`${q.webhookUrls[0]}/webhook/qm-voice-create`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ callbackUrl: releaseUrl(q.webhookUrls[0]) }),
			});
			expect(created.status).toBe(200);
			await created.text();
			const release = await waitUntil('the signed release callback answered', () => sim.callbacks.find((c) => /release/i.test(c.kind) && c.status !== undefined), 60000);
			expect(release.status).toBe(200);
			expect(String(release.body)).toMatch(/"signature"/);
			await waitUntil('the release in the sink', async () => Number((await pg.query('SELECT count(*) FROM cec_voice_releases'))[0][0]) === 1, 60000);

			// The same signed body again: three times to the other webhook process, twice to the first, all at once.
			const targets = [q.webhookUrls[1], q.webhookUrls[1], q.webhookUrls[1], q.webhookUrls[0], q.webhookUrls[0]];
			const replays = await Promise.all(
				targets.map((base) =>
					fetch(releaseUrl(base), { method: 'POST', headers: { 'content-type': 'application/json;charset=UTF-8' }, body: String(release.body) }).then(async (r) => ({ status: r.status, body: await r.text() })),
				),
			);
			const executions = await settledExecutions(ids.voiceSink, 1, 60000);
			const rows = await pg.query('SELECT record_id, call_serial_no, writes FROM cec_voice_releases');
			report('14.4.2 replay answers (3x webhook2, 2x webhook1)', replays.map((r) => `${r.status} ${r.body.slice(0, 60)}`));
			report('14.4.2 executions after 1 release + 5 replays / sink rows / upserts that reached the sink', [executions.length, rows.length, Number(rows[0]?.[2])]);

			expect(rows).toHaveLength(1);
			expect(rows[0][1]).toBe(String(JSON.parse(String(release.body)).callSerialNo));
			for (const r of replays) expect(r.status === 200 ? isAck(r.body) : r.status >= 400 && r.status < 500).toBe(true);
			expect(executions.filter((e) => e.status !== 'success')).toEqual([]);
		});

		it('a recording downloaded on a worker is read back from the main (binary data in the database)', async () => {
			const res = await fetch(`${q.webhookUrls[1]}/webhook/qm-download`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
			expect(res.status).toBe(200);
			await res.text();
			const [execution] = await q.main.waitForExecutions(ids.download, 1, { timeoutMs: 60000 });
			expect(execution.status).toBe('success');
			const worker = workerOf().get(String(execution.id));
			expect(worker).toMatch(/^worker\d$/);
			const item = nodeOutput(execution, 'Download Recording')[0];
			const binaryId = String(item?.binary?.data?.id ?? '');
			expect(binaryId).toMatch(/^database:/);

			const t0 = Date.now();
			const read = await q.main.request('GET', `/rest/binary-data?id=${encodeURIComponent(binaryId)}&action=download`, { raw: true, headers: { accept: '*/*' } });
			const bytes = Buffer.from(await read.arrayBuffer());
			const readMs = Date.now() - t0;
			const expected = createHash('sha256');
			for await (const chunk of generatedStream(384 * 1024, true)) expected.update(chunk as Buffer);
			const stored = await pg.query('SELECT count(*) FROM binary_data');
			report('recording download: worker / bytes read back by the main / ms / binary_data rows', [worker, bytes.length, readMs, Number(stored[0][0])]);

			expect(read.status).toBe(200);
			expect(bytes.length).toBe(384 * 1024);
			expect(createHash('sha256').update(bytes).digest('hex')).toBe(expected.digest('hex'));
			// No shared disk: the recording is nowhere in the worker's own folder (filesystem mode would keep it under .n8n/storage).
			const workerFolder = path.dirname(q.workers.find((w) => w.name === worker)!.logFile);
			expect(filesOfSize(workerFolder, 384 * 1024)).toEqual([]);
		});

		it('Agent Event Trigger on the main -> Get Agent Status on the workers through the session handle: 100 events, 100 successful executions', async () => {
			const events = 100;
			sim.clearRequests();
			// Real time for the gateway: its GUID rotates every 60 s and the previous one stays valid 120 s
			// (the simulator's defaults). Scaled 100x, a worker's ordinary queueing delay would outlive them.
			sim.setTimeScale(1);
			await q.main.api('POST', `/workflows/${ids.agentEvents}/activate`);
			try {
				// The sign-in events (InService, Ready) come first: then the session is the trigger's.
				await settledExecutions(ids.agentEvents, 2, 60000);
				const t0 = Date.now();
				const injected = sim.injectEvents(
					'102',
					Array.from({ length: events }, (_, n) => ({ eventType: 'AgentOther_Note', content: { n } })),
				);
				expect(injected).toBe(true);
				// The sign-in events and the notes: one execution each.
				let all = await settledExecutions(ids.agentEvents, events + 2, 300000, true);
				const notesOf = (list: any[]) => list.filter((e) => nodeOutput(e, 'Agent Events')[0]?.json?.eventType === 'AgentOther_Note');
				// Other agent events (a state change, say) also run the workflow: settle again until every note's execution is in.
				for (let round = 0; round < 3 && notesOf(all).length < events; round++) {
					all = await settledExecutions(ids.agentEvents, all.length + events - notesOf(all).length, 120000, true);
				}
				const notes = notesOf(all);
				const seconds = (Date.now() - t0) / 1000;
				const ran = workerOf();
				const perWorker = notes.reduce<Record<string, number>>((m, e) => ((m[ran.get(String(e.id)) ?? 'unknown'] = (m[ran.get(String(e.id)) ?? 'unknown'] ?? 0) + 1), m), {});
				const failed = notes.filter((e) => e.status !== 'success').map((e) => `${e.id}: ${e.data?.resultData?.error?.message ?? e.status}`);
				// Simplified output: the agent's status itself, named (6.1.1.21 result), or nothing when it failed.
				const statuses = notes.map((e) => typeof nodeOutput(e, 'Get Agent Status')[0]?.json?.agentStateName);
				const signIns = sim.requests.filter((r) => r.method === 'PUT' && /\/onlineagent\/102(\/forcelogin)?$/.test(r.path));
				const statusCalls = sim.requests.filter((r) => r.method === 'GET' && r.path === '/agentgateway/resource/onlineagent/102/agentstatus');
				const sequences = notes.map((e) => Number(nodeOutput(e, 'Agent Events')[0].json.sequence)).sort((a, b) => a - b);
				report('agent: note executions / per worker / failed / Get Status calls / sign-ins / seconds', [notes.length, perWorker, failed.length, statusCalls.length, signIns.length, seconds]);
				if (failed.length) report('agent: first failures', failed.slice(0, 3));
				const seen = new Set(notes.map((e) => Number((nodeOutput(e, 'Agent Events')[0].json.content as { n?: number })?.n)));
				report('agent: executions by status (n8n table) / listed / notes missing (n)', [await statusCounts(ids.agentEvents), all.length, Array.from({ length: events }, (_, n) => n).filter((n) => !seen.has(n))]);
				report('agent: event types of the listed executions', all.reduce<Record<string, number>>((m, e) => ((m[String(nodeOutput(e, 'Agent Events')[0]?.json?.eventType)] = (m[String(nodeOutput(e, 'Agent Events')[0]?.json?.eventType)] ?? 0) + 1), m), {}));

				expect(failed).toEqual([]);
				// Every event reached n8n as an execution. Under load n8n's main has left one execution it
				// created in status "new", never queued (n8n's own queue handling: the trigger had emitted it);
				// such an execution is counted as delivered and reported, every one that ran must succeed.
				const byStatus = await statusCounts(ids.agentEvents);
				const neverQueued = (byStatus.new ?? 0) + (byStatus.waiting ?? 0);
				if (neverQueued) report('agent: executions n8n created but never ran (status new/waiting)', neverQueued);
				expect(notes.length + neverQueued).toBe(events);
				expect(notes.length).toBeGreaterThanOrEqual(events - 1);
				expect(statuses).toEqual(Array(notes.length).fill('string'));
				expect(statusCalls.length).toBeGreaterThanOrEqual(notes.length);
				// Only the trigger signed in; no worker tried (that is refused with 100-002 or would end the trigger's session).
				expect(signIns).toHaveLength(1);
				expect(perWorker.unknown).toBeUndefined();
				// receivedAt + sequence restore the order the workers do not keep.
				expect(new Set(sequences).size).toBe(notes.length);
				expect(sequences[notes.length - 1] - sequences[0]).toBeLessThanOrEqual(events - 1);
			} finally {
				await q.main.api('POST', `/workflows/${ids.agentEvents}/deactivate`).catch(() => undefined);
				sim.setTimeScale(0.01);
			}
		});
	});
}

/**
 * One delivery the way CEC makes it (7.6.1): anything but the documented acknowledgement is a failed
 * push, retried at once, then every 10 minutes (here 2 seconds), 6 attempts in all. Every attempt's answer is returned.
 */
const CEC_ATTEMPTS = 6;
async function pushLikeCec(url: string, body: string): Promise<Array<{ status: number; body: string; attempt: number }>> {
	const answers: Array<{ status: number; body: string; attempt: number }> = [];
	for (let attempt = 1; attempt <= CEC_ATTEMPTS; attempt++) {
		const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json;charset=UTF-8' }, body }).then(
			async (r) => ({ status: r.status, body: await r.text(), attempt }),
			(error: Error) => ({ status: 0, body: error.message, attempt }),
		);
		answers.push(answer);
		if (answer.status === 200 && isAck(answer.body)) break;
		if (attempt >= 2) await new Promise((r) => setTimeout(r, 2000));
	}
	return answers;
}

function filesOfSize(dir: string, size: number): string[] {
	return fs
		.readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile())
		.map((e) => path.join(e.parentPath, e.name))
		.filter((file) => fs.statSync(file).size === size);
}

function isAck(body: string): boolean {
	try {
		const parsed = JSON.parse(body);
		return parsed.retCode === ACK.retCode && parsed.retMsg === ACK.retMsg && Object.keys(parsed).length === 2;
	} catch {
		return false;
	}
}
