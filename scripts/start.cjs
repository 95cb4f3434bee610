#!/usr/bin/env node
// `npm start`: the sandbox. Builds the pack, starts the CEC simulator, starts a real n8n (the
// pinned version, installed into .cache on first use) with the pack installed as a community
// package, sets up the owner, imports one working credential per credential type (pointing at
// the simulator) and the example workflows, then prints the editor URL and the login.
// Ctrl-C stops everything.
//
// Environment (all optional):
//   CEC_SANDBOX_EMAIL / CEC_SANDBOX_PASSWORD   owner login (default owner@example.com / Sandbox-Pass1)
//   CEC_SANDBOX_PORT                           n8n port (default 5678, or a free one when taken)
//   CEC_SANDBOX_N8N_VERSION                    2.41.1 (default) or 1.123.81
//   CEC_SANDBOX_FRESH=1                        start from an empty .n8n-sandbox/ folder
//   CEC_SANDBOX_EMPTY=1                        no sandbox data in the simulator (campaigns, agents, ...)
//   CEC_SIM_PORT                               simulator port (default 8787, or a free one when taken)
//   CEC_SIM_TIME_SCALE                         simulated clock speed (default 1)
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const env = process.env;

function step(label, fn) {
	const t0 = Date.now();
	process.stdout.write(`• ${label}… `);
	const r = fn();
	const done = (v) => {
		process.stdout.write(`done (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
		return v;
	};
	return r && typeof r.then === 'function' ? r.then(done) : done(r);
}

async function main() {
	const { launchN8n, portIsFree, DEFAULT_OWNER } = require('./e2e/n8n.cjs');
	const { sandboxCredentials, exampleWorkflows } = require('./e2e/sandbox.cjs');
	const version = env.CEC_SANDBOX_N8N_VERSION || '2.41.1';
	const owner = { ...DEFAULT_OWNER, email: env.CEC_SANDBOX_EMAIL || DEFAULT_OWNER.email, password: env.CEC_SANDBOX_PASSWORD || DEFAULT_OWNER.password };

	step('building the pack (npm run build)', () => execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }));
	step('building the simulator (npm run build:sim)', () => execFileSync('npm', ['run', '--silent', 'build:sim'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }));

	const { startSimulator } = require(path.join(ROOT, 'build', 'simulator', 'index.cjs'));
	const wantedSimPort = env.CEC_SIM_PORT ? Number(env.CEC_SIM_PORT) : 8787;
	const simPort = (await portIsFree(wantedSimPort)) ? wantedSimPort : 0;
	// Seeded agents stay signed in for the day (a real gateway signs idle agents out after 2 minutes).
	const sim = await step(`starting the CEC simulator`, () =>
		startSimulator({ port: simPort, timeScale: env.CEC_SIM_TIME_SCALE ? Number(env.CEC_SIM_TIME_SCALE) : 1, agentIdleTimeoutMs: 24 * 3600 * 1000 }),
	);
	const { seedSandbox, describeSandbox } = require(path.join(ROOT, 'build', 'simulator', 'sandboxData.cjs'));
	const sandbox = env.CEC_SANDBOX_EMPTY === '1' ? undefined : await step('putting sandbox data into the simulator (campaigns, results, agents, a recording)', () => seedSandbox(sim));

	const userFolder = path.join(ROOT, '.n8n-sandbox');
	if (env.CEC_SANDBOX_FRESH === '1') fs.rmSync(userFolder, { recursive: true, force: true });
	const wantedPort = env.CEC_SANDBOX_PORT ? Number(env.CEC_SANDBOX_PORT) : 5678;
	const port = (await portIsFree(wantedPort)) ? wantedPort : undefined;
	const credentials = sandboxCredentials(sim);
	const examples = exampleWorkflows(credentials);

	let n8n;
	const stop = async () => {
		process.stdout.write('\nStopping n8n and the simulator…\n');
		if (n8n) await n8n.stop().catch(() => {});
		await sim.close().catch(() => {});
		process.exit(0);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);

	process.stdout.write(`• starting n8n ${version} (first run installs it into .cache/n8n/${version}: several minutes)…\n`);
	n8n = await launchN8n({
		version,
		port,
		userFolder,
		keepUserFolder: true,
		owner,
		credentials,
		workflows: examples.map((e) => e.workflow),
		log: (line) => process.stdout.write(`    ${line}\n`),
	});

	const lines = [
		'',
		`n8n ${version} with n8n-nodes-huawei-cec is running.`,
		'',
		`  Editor:     ${n8n.url}`,
		`  Login:      ${owner.email} / ${owner.password}`,
		`  Simulator:  ${sim.url}  (admin API ${sim.url}/__sim/state; see simulator/README.md)`,
		`  Log:        ${path.relative(ROOT, n8n.logFile)}`,
		'',
		'  Credentials (all pointing at the simulator, each with a working Test button):',
		...credentials.map((c) => `    - ${c.name}  (${c.type})`),
		'',
		...(sandbox ? describeSandbox(sandbox) : ['  Sandbox data: none (CEC_SANDBOX_EMPTY=1)']),
		'',
		`  Example workflows (inactive; open them from the Overview): ${examples.map((e) => e.workflow.name).join('; ') || 'none'}`,
		'',
		'Ctrl-C stops everything.',
		'',
	];
	process.stdout.write(lines.join('\n'));
}

main().catch((error) => {
	process.stderr.write(`\nnpm start failed: ${error.stack || error.message}\n`);
	process.exit(1);
});
