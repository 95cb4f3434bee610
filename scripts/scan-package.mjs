#!/usr/bin/env node
// A local dry run of n8n's community-package scanner (@n8n/scan-community-package), the check a
// package must pass to be verified: its ESLint rules over the sources (package.json, nodes/,
// credentials/) and over the packed tarball's JavaScript, exactly as the scanner applies them.
// The scanner's third check, the npm provenance attestation, exists only once the GitHub
// workflow has published a release. The scanner is installed into .cache/scanner (not a
// dependency of this package). Run: npm run scan (after npm run build).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCANNER_VERSION = '0.32.0';
const prefix = path.join(ROOT, '.cache', 'scanner', SCANNER_VERSION);
const scannerDir = path.join(prefix, 'node_modules', '@n8n', 'scan-community-package');
if (!fs.existsSync(path.join(scannerDir, 'package.json'))) {
	fs.mkdirSync(prefix, { recursive: true });
	fs.writeFileSync(path.join(prefix, 'package.json'), JSON.stringify({ name: 'scanner-runtime', private: true }));
	execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', `@n8n/scan-community-package@${SCANNER_VERSION}`], { cwd: prefix, stdio: 'inherit' });
}
const { analyzePackage, SOURCE_FILE_PATTERNS } = await import(pathToFileURL(path.join(scannerDir, 'scanner', 'scanner.mjs')).href);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cec-scan-'));
try {
	const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop();
	execFileSync('tar', ['xzf', path.join(work, tarball), '-C', work]);
	const packed = path.join(work, 'package');
	const results = [
		['sources (package.json, nodes/, credentials/)', await analyzePackage(ROOT, SOURCE_FILE_PATTERNS)],
		[`tarball ${tarball} (compiled JavaScript, package.json)`, await analyzePackage(packed, ['**/*.js', 'package.json'])],
	];
	let passed = true;
	for (const [what, result] of results) {
		console.log(`${result.passed ? '✅' : '❌'} ${what}${result.passed ? '' : `: ${result.message}`}`);
		if (result.details) console.log(result.details);
		passed &&= result.passed;
	}
	console.log(passed ? 'n8n community-package scan (dry run): passed; provenance is checked on the published release.' : 'n8n community-package scan (dry run): FAILED');
	process.exitCode = passed ? 0 : 1;
} finally {
	fs.rmSync(work, { recursive: true, force: true });
}
