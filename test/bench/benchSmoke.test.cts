import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * CI runs the benchmark code in smoke mode (tiny sizes, one repetition): every case must run to
 * the end and land in the report. Nothing here is about speed.
 */
const ROOT = path.resolve(__dirname, '..', '..');

it('npm run bench -- --smoke runs every case and writes the report', () => {
	const compile = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'bench/tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
	// Type errors elsewhere (work in progress of others) do not stop the emit; errors in bench/ do.
	expect(compile.stdout.split('\n').filter((l) => l.startsWith('bench/'))).toEqual([]);
	const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-')), 'RESULTS.md');
	execFileSync(process.execPath, [path.join(ROOT, 'build', 'bench', 'bench', 'main.cjs'), '--smoke', '--out', out], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], timeout: 600_000 });
	const report = fs.readFileSync(out, 'utf8');
	expect(report).toMatch(/SMOKE RUN/);
	expect(report).toMatch(/\| load average \(1\/5\/15 min\) at start \| [\d.]+ \/ [\d.]+ \/ [\d.]+ \|/);
	for (const title of ['## P1', '## P3', '## P4', '## P5', '## P6']) {
		const section = report.slice(report.indexOf(title), report.indexOf('\n## ', report.indexOf(title) + 1));
		expect(`${title}: ${section.includes('**Not measured**') ? section : 'measured'}`).toBe(`${title}: measured`);
	}
	// P3 counts requests, it does not time them: a cold run needs exactly one token.
	expect(report).toMatch(/\| 20 \| 1 \| /);
	expect(report).toMatch(/not run in smoke mode/);
	for (const title of ['## P2b', '## P7']) expect(report).toContain(title);
}, 700_000);
