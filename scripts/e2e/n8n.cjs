// A real n8n with this pack installed the way users install it: the pinned n8n from
// `install-n8n.cjs`, a fresh user folder, the pack's `npm pack` tarball unpacked as a community
// package under `<N8N_USER_FOLDER>/.n8n/nodes/node_modules/n8n-nodes-huawei-cec`, credentials and
// workflows imported with n8n's own CLI, then `n8n start`, the owner account and an API key.
//
//   const { launchN8n } = require('./scripts/e2e/n8n.cjs');
//   const n8n = await launchN8n({ version: '2.41.1', credentials, workflows });
//   await n8n.api('GET', '/api/v1/executions');   await n8n.stop();
//
// Used by `npm start` (scripts/start.cjs) and the end-to-end tests (test/e2e). Plain CommonJS so
// both run it without a compile step; types in n8n.d.cts.
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { install } = require('./install-n8n.cjs');

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE_NAME = require(path.join(ROOT, 'package.json')).name;
const DEFAULT_VERSION = '2.41.1';
/** Fixed so a kept user folder (the sandbox's) can still decrypt its credentials after a restart. */
const ENCRYPTION_KEY = 'n8n-nodes-huawei-cec-e2e-encryption-key';
const DEFAULT_OWNER = { email: 'owner@example.com', password: 'Sandbox-Pass1', firstName: 'Sandbox', lastName: 'Owner' };

function majorOf(version) {
	return Number(String(version).split('.')[0]);
}

/** A free TCP port on loopback (the OS picks it; closed again before n8n binds it). */
function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/** Whether `port` can be bound on loopback right now. */
function portIsFree(port) {
	return new Promise((resolve) => {
		const srv = net.createServer();
		srv.once('error', () => resolve(false));
		srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
	});
}

let packedTarball;
/**
 * `npm pack` of the built pack (dist/ + package.json, exactly what npm would publish), once per
 * process. The caller builds first (`npm run build`); a missing dist/ is an error, not a rebuild,
 * so a test never silently runs an old build.
 */
function packTarball() {
	if (packedTarball && fs.existsSync(packedTarball)) return packedTarball;
	const main = path.join(ROOT, 'dist', 'index.js');
	if (!fs.existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first`);
	const out = path.join(ROOT, '.cache', 'pack');
	fs.mkdirSync(out, { recursive: true });
	const stdout = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], {
		cwd: ROOT,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const info = JSON.parse(stdout.slice(stdout.indexOf('[')));
	packedTarball = path.join(out, info[0].filename);
	return packedTarball;
}

/**
 * Unpacks the tarball into `<nodesDir>/node_modules/<name>` and records it in `<nodesDir>/package.json`,
 * the layout `npm install` in ~/.n8n/nodes (and n8n's Community Nodes UI) produces. Peer
 * dependencies (n8n-workflow, and through it zod) are not installed next to it on purpose: the
 * pack must resolve them from n8n's own node_modules, as n8n arranges with NODE_PATH.
 */
function installPack(nodesDir, tarball) {
	const dest = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	fs.rmSync(dest, { recursive: true, force: true });
	fs.mkdirSync(dest, { recursive: true });
	execFileSync('tar', ['-xzf', tarball, '--strip-components=1', '-C', dest]);
	const version = JSON.parse(fs.readFileSync(path.join(dest, 'package.json'), 'utf8')).version;
	fs.writeFileSync(
		path.join(nodesDir, 'package.json'),
		JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { [PACKAGE_NAME]: version } }, null, 2),
	);
	return dest;
}

function n8nEnv({ version, userFolder, port, brokerPort, filesDir, extraEnv }) {
	const base = `http://127.0.0.1:${port}/`;
	const env = { ...process.env };
	// Loopback traffic (n8n → simulator, tests → n8n) must never go through a proxy of the machine.
	for (const k of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'ALL_PROXY', 'all_proxy']) delete env[k];
	// npm's `npm_config_*` of the calling `npm test` must not leak into n8n's own npm calls.
	for (const k of Object.keys(env)) if (k.startsWith('npm_')) delete env[k];
	// Jest sets NODE_ENV=test (and JEST_WORKER_ID), which n8n reads as its own unit-test mode and refuses to start.
	for (const k of Object.keys(env)) if (k === 'NODE_ENV' || k.startsWith('JEST_')) delete env[k];
	Object.assign(env, {
		NO_PROXY: '127.0.0.1,localhost,::1',
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		WEBHOOK_URL: base,
		N8N_WEBHOOK_URL: base,
		N8N_EDITOR_BASE_URL: base,
		N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
		N8N_SECURE_COOKIE: 'false',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		// The task broker's fixed default (5679) would make two instances (sandbox + tests) collide.
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_PUBLIC_API_DISABLED: 'false',
		N8N_RESTRICT_FILE_ACCESS_TO: filesDir,
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL || 'info',
		N8N_LOG_OUTPUT: 'console',
		GENERIC_TIMEZONE: 'UTC',
		TZ: 'UTC',
		DB_TYPE: 'sqlite',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
		EXECUTIONS_DATA_SAVE_MANUAL_EXECUTIONS: 'true',
		N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'false',
	});
	// 1.x: the Code node may run in-process. 2.x has no switch (internal task runners always on).
	if (majorOf(version) < 2) env.N8N_RUNNERS_ENABLED = 'false';
	// 2.x refreshes an MCP server catalog from api.n8n.io at start: nothing this pack needs, and offline in CI.
	else env.N8N_DISABLED_MODULES = 'mcp-registry';
	return { ...env, ...extraEnv };
}

/**
 * Installs (or reuses) n8n `version`, prepares a user folder with the pack, imports credentials
 * and workflows, publishes/activates the given workflows, starts n8n and sets up the owner.
 * @param {import('./n8n.d.cts').LaunchOptions} options
 * @returns {Promise<import('./n8n.d.cts').RunningN8n>}
 */
async function launchN8n(options = {}) {
	const version = options.version || DEFAULT_VERSION;
	const log = options.log || (() => {});
	const timings = {};
	const time = async (label, fn) => {
		const t0 = Date.now();
		try {
			return await fn();
		} finally {
			timings[label] = Date.now() - t0;
			log(`${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
		}
	};

	const runtime = await time('install', () => install(version));
	const userFolder = options.userFolder || path.join(ROOT, '.cache', `e2e-${process.pid}-${Date.now().toString(36)}`);
	const keepUserFolder = options.keepUserFolder ?? Boolean(options.userFolder);
	const n8nDir = path.join(userFolder, '.n8n');
	const filesDir = path.join(userFolder, 'files');
	fs.mkdirSync(filesDir, { recursive: true });
	fs.mkdirSync(path.join(n8nDir, 'nodes'), { recursive: true });
	await time('pack', () => installPack(path.join(n8nDir, 'nodes'), packTarball()));

	let port = options.port;
	if (port && !(await portIsFree(port))) throw new Error(`port ${port} is taken`);
	if (!port) port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const env = n8nEnv({ version, userFolder, port, brokerPort: await freePort(), filesDir, extraEnv: options.env || {} });
	env.PATH = `${path.dirname(runtime.nodeBin)}${path.delimiter}${env.PATH}`;
	const logFile = path.join(userFolder, 'n8n.log');

	/** Runs one n8n CLI command to completion (same user folder, same database). */
	async function cli(args, { timeoutMs = 300000 } = {}) {
		// Commands that run workflows (execute) start their own task broker: it needs a port of its own.
		const cliEnv = { ...env, N8N_RUNNERS_BROKER_PORT: String(await freePort()) };
		return new Promise((resolve, reject) => {
			const t0 = Date.now();
			const child = spawn(runtime.nodeBin, [runtime.n8nBin, ...args], { cwd: userFolder, env: cliEnv, stdio: ['ignore', 'pipe', 'pipe'] });
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (d) => (stdout += d));
			child.stderr.on('data', (d) => (stderr += d));
			const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
			child.on('error', reject);
			child.on('close', (code, signal) => {
				clearTimeout(timer);
				fs.appendFileSync(logFile, `\n$ n8n ${args.join(' ')}  (exit ${code ?? signal}, ${Date.now() - t0} ms)\n${stdout}${stderr}`);
				resolve({ code: code ?? -1, signal, stdout, stderr, ms: Date.now() - t0 });
			});
		});
	}
	async function cliOk(args, opts) {
		const r = await cli(args, opts);
		// Some commands log a failure and still exit 0: their "An error occurred" line counts too.
		if (r.code !== 0 || /An error occurred/.test(r.stderr + r.stdout)) {
			throw new Error(`n8n ${args.join(' ')} failed (exit ${r.code}):\n${(r.stdout + r.stderr).slice(-4000)}`);
		}
		return r;
	}
	function writeJson(name, value) {
		const file = path.join(userFolder, name);
		fs.writeFileSync(file, JSON.stringify(value, null, 2));
		return file;
	}

	/** Imports credentials ({id, name, type, data}, data in clear: n8n encrypts it on import). */
	async function importCredentials(list) {
		if (!list.length) return;
		await cliOk(['import:credentials', `--input=${writeJson(`credentials-${Date.now()}.json`, list)}`]);
	}
	/** Imports workflows (each needs an `id`); inactive until published. */
	async function importWorkflows(list) {
		if (!list.length) return;
		for (const wf of list) if (!wf.id) throw new Error(`workflow "${wf.name}" needs an id to be imported and published`);
		await cliOk(['import:workflow', `--input=${writeJson(`workflows-${Date.now()}.json`, list.map((w) => ({ active: false, ...w })))}`]);
	}
	/** Activates a workflow the way each version's CLI does; effective at the next `n8n start`. */
	async function publishWorkflow(id) {
		if (majorOf(version) >= 2) await cliOk(['publish:workflow', `--id=${id}`]);
		else await cliOk(['update:workflow', `--id=${id}`, '--active=true']);
	}

	let child;
	let stopping;
	let exitPromise;
	async function start() {
		const out = fs.openSync(logFile, 'a');
		child = spawn(runtime.nodeBin, [runtime.n8nBin, 'start'], { cwd: userFolder, env, stdio: ['ignore', out, out], detached: false });
		fs.closeSync(out);
		exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
		const deadline = Date.now() + (options.startTimeoutMs || 240000);
		let exited;
		exitPromise.then((e) => (exited = e));
		for (;;) {
			if (exited) throw new Error(`n8n exited during start (${JSON.stringify(exited)}); log ${logFile}:\n${tail(logFile)}`);
			if (Date.now() > deadline) throw new Error(`n8n did not become ready within the start timeout; log ${logFile}:\n${tail(logFile)}`);
			const ready = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
			if (ready && /Editor is now accessible via/.test(fs.readFileSync(logFile, 'utf8'))) return;
			await new Promise((r) => setTimeout(r, 300));
		}
	}

	/** Stops n8n (SIGTERM, then SIGKILL after 20 s) and removes a temporary user folder. */
	async function stop() {
		if (!stopping) {
			stopping = (async () => {
				if (child && child.exitCode === null && child.signalCode === null) {
					child.kill('SIGTERM');
					const killer = setTimeout(() => child.kill('SIGKILL'), 20000);
					await exitPromise;
					clearTimeout(killer);
				}
				if (!keepUserFolder && !process.env.E2E_KEEP) fs.rmSync(userFolder, { recursive: true, force: true });
			})();
		}
		return stopping;
	}

	let cookie = '';
	let apiKey = '';
	async function request(method, route, { body, headers = {}, auth = 'cookie', raw = false } = {}) {
		const h = { accept: 'application/json', ...headers };
		if (body !== undefined) h['content-type'] = 'application/json';
		if (auth === 'cookie' && cookie) h.cookie = cookie;
		if (auth === 'apiKey') h['X-N8N-API-KEY'] = apiKey;
		const res = await fetch(url + route, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
		if (raw) return res;
		const text = await res.text();
		let json;
		try {
			json = text ? JSON.parse(text) : undefined;
		} catch {
			json = undefined;
		}
		if (!res.ok) throw Object.assign(new Error(`${method} ${route} → HTTP ${res.status}: ${text.slice(0, 500)}`), { status: res.status, body: json ?? text });
		return json;
	}
	const rest = (method, route, body) => request(method, `/rest${route}`, { body }).then((j) => (j && 'data' in j ? j.data : j));
	const api = (method, route, body) => request(method, route.startsWith('/api/') ? route : `/api/v1${route}`, { body, auth: 'apiKey' });

	function takeCookie(res) {
		const set = res.headers.getSetCookie ? res.headers.getSetCookie() : [res.headers.get('set-cookie')];
		const auth = set.filter(Boolean).map((c) => c.split(';')[0]).find((c) => c.startsWith('n8n-auth='));
		if (auth) cookie = auth;
	}
	/** The owner account: created on first start, logged in afterwards (a kept sandbox folder). */
	async function setupOwner(owner) {
		const res = await request('POST', '/rest/owner/setup', { body: owner, auth: 'none', raw: true });
		if (res.ok) {
			takeCookie(res);
			return;
		}
		await res.text();
		await login(owner);
	}
	async function login(owner) {
		// The field was `email` before `emailOrLdapLoginId`; unknown keys are ignored by both DTOs.
		const body = { emailOrLdapLoginId: owner.email, email: owner.email, password: owner.password };
		const res = await request('POST', '/rest/login', { body, auth: 'none', raw: true });
		if (!res.ok) throw new Error(`login as ${owner.email} failed: HTTP ${res.status} ${await res.text()}`);
		takeCookie(res);
	}
	async function createApiKey() {
		const scopes = await rest('GET', '/api-keys/scopes').catch(() => undefined);
		const body = { label: `e2e ${Date.now()}`, expiresAt: null };
		if (Array.isArray(scopes)) body.scopes = scopes;
		const created = await rest('POST', '/api-keys', body);
		apiKey = created.rawApiKey || created.apiKey;
		if (!apiKey) throw new Error(`no API key in ${JSON.stringify(created).slice(0, 300)}`);
	}

	try {
		await time('import', async () => {
			await importCredentials(options.credentials || []);
			await importWorkflows(options.workflows || []);
			for (const id of options.publish || []) await publishWorkflow(id);
		});
		await time('start', start);
		const owner = { ...DEFAULT_OWNER, ...(options.owner || {}) };
		await time('owner', async () => {
			await setupOwner(owner);
			await createApiKey();
		});
	} catch (error) {
		await stop();
		throw error;
	}

	/** `n8n execute --id` (a separate process on the same database); resolves with its output. */
	async function execute(id, opts) {
		return cli(['execute', `--id=${id}`, '--rawOutput'], opts);
	}

	/** Waits for `count` executions of a workflow (public API), newest first, with data. */
	async function waitForExecutions(workflowId, count, { timeoutMs = 60000, status } = {}) {
		const deadline = Date.now() + timeoutMs;
		let last = [];
		for (;;) {
			const page = await api('GET', `/executions?workflowId=${workflowId}&includeData=true&limit=250${status ? `&status=${status}` : ''}`);
			last = (page.data || []).filter((e) => e.finished || e.stoppedAt);
			if (last.length >= count) return last;
			if (Date.now() > deadline) {
				throw new Error(`workflow ${workflowId}: ${last.length} of ${count} executions after ${timeoutMs} ms; log ${logFile}:\n${tail(logFile)}`);
			}
			await new Promise((r) => setTimeout(r, 250));
		}
	}

	return {
		version,
		url,
		port,
		userFolder,
		filesDir,
		logFile,
		get cookie() {
			return cookie;
		},
		get apiKey() {
			return apiKey;
		},
		timings,
		owner: { ...DEFAULT_OWNER, ...(options.owner || {}) },
		nodeType: (name) => `${PACKAGE_NAME}.${name}`,
		webhookUrl: (p) => `${url}/webhook/${p}`,
		cli,
		execute,
		rest,
		api,
		request,
		login,
		waitForExecutions,
		logTail: (n) => tail(logFile, n),
		stop,
	};
}

function tail(file, chars = 6000) {
	try {
		const text = fs.readFileSync(file, 'utf8');
		return text.slice(-chars);
	} catch {
		return '(no log)';
	}
}

module.exports = { launchN8n, n8nEnv, packTarball, installPack, freePort, portIsFree, DEFAULT_VERSION, DEFAULT_OWNER, ENCRYPTION_KEY, PACKAGE_NAME };
