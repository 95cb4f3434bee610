// n8n in queue mode, the way it scales past one machine: PostgreSQL and Redis (services.cjs), one
// main (`n8n start`: editor, APIs, triggers and pollers, enqueues executions), workers
// (`n8n worker`: run the executions) and webhook processes (`n8n webhook`: receive production
// webhooks and enqueue them). Every process has its own user folder with the pack installed, as
// separate machines would, and shares only the database, Redis and the encryption key. Binary data
// is kept in the database (n8n's default in queue mode), so a file written by a worker is readable
// by the main without a shared disk.
//
//   const { launchQueueN8n } = require('./scripts/e2e/queue.cjs');
//   const q = await launchQueueN8n({ credentials, workflows, publish });
//   await fetch(q.webhookUrls[0] + '/webhook/path', …);   await q.main.api('GET', '/executions');   await q.stop();
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { install } = require('./install-n8n.cjs');
const { launchN8n, n8nEnv, installPack, packTarball, freePort, DEFAULT_VERSION } = require('./n8n.cjs');
const { startPostgres, startRedis } = require('./services.cjs');

const ROOT = path.resolve(__dirname, '..', '..');

/** Settings every process of the deployment shares (checked against @n8n/config and n8n-core of 2.41.1). */
function sharedQueueEnv(pg, redis) {
	return {
		...pg.n8nEnv(),
		...redis.n8nEnv(),
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_PREFIX: 'cec-e2e',
		// Queue mode's default, stated so the deployment does not depend on it: executions' files in
		// PostgreSQL, readable by every process (filesystem mode would need one folder shared by all).
		N8N_DEFAULT_BINARY_DATA_MODE: 'database',
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		// n8n's default is 2 connections per process. Measured with 2: the main, busy with finished
		// jobs and API reads, logged "timeout exceeded when trying to connect" and answered HTTP 500.
		DB_POSTGRESDB_POOL_SIZE: '10',
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
		EXECUTIONS_DATA_SAVE_ON_PROGRESS: 'false',
	};
}

/**
 * @param {{ version?: string, credentials?: any[], workflows?: any[], publish?: string[], workers?: number,
 *   webhooks?: number, workerConcurrency?: number, env?: Record<string,string>, log?: (line: string) => void,
 *   postgres?: any, redis?: any }} options  postgres/redis: servers the caller started (and stops); default: started and stopped here
 */
async function launchQueueN8n(options = {}) {
	const version = options.version || DEFAULT_VERSION;
	const log = options.log || (() => {});
	const timings = {};
	const t0 = Date.now();
	const base = path.join(ROOT, '.cache', `e2e-queue-${process.pid}-${Date.now().toString(36)}`);
	const processes = [];
	let pg;
	let redis;
	let main;

	async function stop() {
		// Webhook processes and workers first (they hold jobs and connections), then the main, then the services.
		await Promise.all(processes.map((p) => p.stop()));
		await main?.stop();
		await Promise.all([options.postgres ? undefined : pg?.stop(), options.redis ? undefined : redis?.stop()]);
		if (!process.env.E2E_KEEP) fs.rmSync(base, { recursive: true, force: true });
	}

	try {
		const runtime = install(version);
		[pg, redis] = await Promise.all([options.postgres ?? startPostgres({ log }), options.redis ?? startRedis({ log })]);
		timings.services = Date.now() - t0;
		const shared = { ...sharedQueueEnv(pg, redis), ...(options.env || {}) };

		const tMain = Date.now();
		main = await launchN8n({
			version,
			userFolder: path.join(base, 'main'),
			keepUserFolder: false,
			credentials: options.credentials,
			workflows: options.workflows,
			publish: options.publish,
			// Production webhooks belong to the webhook processes: the main only serves the editor, the APIs and the triggers.
			env: { ...shared, N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true' },
			log: (line) => log(`main ${line}`),
		});
		timings.main = Date.now() - tMain;

		const tOthers = Date.now();
		const tarball = packTarball();
		const spawnOne = async (kind, index) => {
			const name = `${kind}${index + 1}`;
			const userFolder = path.join(base, name);
			fs.mkdirSync(path.join(userFolder, '.n8n', 'nodes'), { recursive: true });
			fs.mkdirSync(path.join(userFolder, 'files'), { recursive: true });
			installPack(path.join(userFolder, '.n8n', 'nodes'), tarball);
			const port = await freePort();
			const env = n8nEnv({ version, userFolder, port, brokerPort: await freePort(), filesDir: path.join(userFolder, 'files'), extraEnv: shared });
			env.PATH = `${path.dirname(runtime.nodeBin)}${path.delimiter}${env.PATH}`;
			let health;
			let args;
			let readyLine;
			if (kind === 'worker') {
				const healthPort = await freePort();
				Object.assign(env, { QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(healthPort), N8N_WORKER_SERVER_ADDRESS: '127.0.0.1' });
				health = `http://127.0.0.1:${healthPort}/healthz/readiness`;
				args = ['worker', `--concurrency=${options.workerConcurrency || 10}`];
				readyLine = /n8n worker is now ready/;
			} else {
				health = `http://127.0.0.1:${port}/healthz`;
				args = ['webhook'];
				readyLine = /Webhook listener waiting for requests/;
			}
			const proc = startProcess({ name, runtime, args, env, userFolder, health, readyLine });
			processes.push(proc);
			await proc.ready;
			return { ...proc, url: `http://127.0.0.1:${port}`, port };
		};
		const workerCount = options.workers ?? 2;
		const webhookCount = options.webhooks ?? 2;
		const started = await Promise.all([
			...Array.from({ length: workerCount }, (_, i) => spawnOne('worker', i)),
			...Array.from({ length: webhookCount }, (_, i) => spawnOne('webhook', i)),
		]);
		timings.workersAndWebhooks = Date.now() - tOthers;
		timings.total = Date.now() - t0;
		log(`queue mode ready in ${(timings.total / 1000).toFixed(1)} s (services ${timings.services} ms, main ${timings.main} ms, workers+webhooks ${timings.workersAndWebhooks} ms)`);
		const workers = started.filter((p) => p.name.startsWith('worker'));
		const webhooks = started.filter((p) => p.name.startsWith('webhook'));
		return {
			version,
			main,
			pg,
			redis,
			workers,
			webhooks,
			webhookUrls: webhooks.map((w) => w.url),
			timings,
			logs: () => [{ name: 'main', file: main.logFile }, ...processes.map((p) => ({ name: p.name, file: p.logFile }))],
			stop,
		};
	} catch (error) {
		const logs = processes.map((p) => `--- ${p.name} (${p.logFile})\n${tail(p.logFile, 3000)}`).join('\n');
		await stop().catch(() => {});
		throw new Error(`${error.message}${logs ? `\n${logs}` : ''}`);
	}
}

/** A long-running n8n process (worker or webhook) with its log in its user folder; ready when its health URL answers and its ready line is logged. */
function startProcess({ name, runtime, args, env, userFolder, health, readyLine }) {
	const logFile = path.join(userFolder, 'n8n.log');
	const out = fs.openSync(logFile, 'a');
	const child = spawn(runtime.nodeBin, [runtime.n8nBin, ...args], { cwd: userFolder, env, stdio: ['ignore', out, out] });
	fs.closeSync(out);
	let exited;
	const exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));
	const ready = (async () => {
		const deadline = Date.now() + 240000;
		for (;;) {
			if (exited) throw new Error(`${name} exited during start (${JSON.stringify(exited)})`);
			if (Date.now() > deadline) throw new Error(`${name} did not become ready`);
			const ok = await fetch(health).then((r) => r.ok, () => false);
			if (ok && readyLine.test(fs.readFileSync(logFile, 'utf8'))) return;
			await new Promise((r) => setTimeout(r, 300));
		}
	})();
	let stopping;
	return {
		name,
		logFile,
		pid: child.pid,
		ready,
		logText: () => fs.readFileSync(logFile, 'utf8'),
		stop() {
			stopping ??= (async () => {
				if (child.exitCode === null && child.signalCode === null) {
					child.kill('SIGTERM');
					const killer = setTimeout(() => child.kill('SIGKILL'), 20000);
					await exit;
					clearTimeout(killer);
				}
			})();
			return stopping;
		},
	};
}

function tail(file, chars) {
	try {
		return fs.readFileSync(file, 'utf8').slice(-chars);
	} catch {
		return '(no log)';
	}
}

module.exports = { launchQueueN8n, sharedQueueEnv };
