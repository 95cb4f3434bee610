#!/usr/bin/env node
// `npm start`: the sandbox. Until the real-n8n sandbox lands (issue: "Inside a real n8n"), this
// starts the CEC simulator alone, which the credentials of this pack can already be pointed at.
const { spawn } = require('node:child_process');
const { join } = require('node:path');

console.log('npm start: the full sandbox (a real n8n with this pack preloaded) is not wired yet.');
console.log('Starting the CEC simulator instead; point the credentials at the URL it prints.\n');
const child = spawn(process.execPath, [join(__dirname, '..', 'node_modules', '.bin', 'tsc'), '-p', join(__dirname, '..', 'simulator', 'tsconfig.json')], { stdio: 'inherit' });
child.on('exit', (code) => {
	if (code !== 0) process.exit(code ?? 1);
	const sim = spawn(process.execPath, [join(__dirname, '..', 'build', 'simulator', 'cli.cjs')], { stdio: 'inherit' });
	const stop = () => sim.kill('SIGINT');
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	sim.on('exit', (c) => process.exit(c ?? 0));
});
