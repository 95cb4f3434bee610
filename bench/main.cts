/**
 * `npm run bench`: runs every case in its own process (bench/case.cts), collects the figures and
 * writes bench/RESULTS.md. `--smoke` (or BENCH_SMOKE=1): tiny sizes, one repetition, no speed
 * claims, for CI. `--out <file>` writes elsewhere; `--only p1,p3` runs a subset.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { machine, MiB, ROOT, type Machine } from './lib.cjs';
import { renderResults, type CaseOutcome } from './report.cjs';

const KiB = 1024;
const GiB = 2 ** 30;

export interface BenchPlan {
	smoke: boolean;
	p1: { sizes: number[]; repetitions: number };
	p2: { sizes: number[]; repetitions: number };
	p2b: { numbers: number; repetitions: number; spacedRepetitions: number };
	p7: { pushes: number; recordsPerPush: number; inFlight: number; repetitions: number };
	p3: { sizes: number[]; repetitions: number };
	p4: { streamSizes: number[]; bufferedSizes: number[]; repetitions: number };
	p5: { events: number; repetitions: number };
	p6: { repetitions: number; steps?: number[] };
}

export const FULL: BenchPlan = {
	smoke: false,
	p1: { sizes: [100, 1000, 10000], repetitions: 5 },
	p2: { sizes: [100, 1000], repetitions: 3 },
	p2b: { numbers: 1000, repetitions: 5, spacedRepetitions: 1 },
	// 100 pushes a repetition: a p99 of fewer samples is just the slowest one. 7 repetitions: the
	// p99 of one rests on a few young-generation collections in n8n, so the median needs several.
	p7: { pushes: 100, recordsPerPush: 100, inFlight: 4, repetitions: 7 },
	p3: { sizes: [100, 1000, 10000], repetitions: 3 },
	p4: { streamSizes: [1 * MiB, 16 * MiB, 256 * MiB, 1 * GiB], bufferedSizes: [1 * MiB, 1 * GiB], repetitions: 5 },
	p5: { events: 200, repetitions: 5 },
	p6: { repetitions: 5 },
};

export const SMOKE: BenchPlan = {
	smoke: true,
	p1: { sizes: [20], repetitions: 1 },
	p2: { sizes: [5], repetitions: 1 },
	p2b: { numbers: 40, repetitions: 1, spacedRepetitions: 1 },
	p7: { pushes: 4, recordsPerPush: 100, inFlight: 2, repetitions: 1 },
	p3: { sizes: [20], repetitions: 1 },
	p4: { streamSizes: [256 * KiB], bufferedSizes: [64 * KiB], repetitions: 1 },
	p5: { events: 5, repetitions: 1 },
	p6: { repetitions: 1, steps: [Number.MAX_SAFE_INTEGER] },
};

function runCase(name: string, options: unknown, timeoutMs: number): Promise<CaseOutcome> {
	return new Promise((resolve) => {
		const started = Date.now();
		const child = spawn(process.execPath, ['--expose-gc', path.join(__dirname, 'case.cjs'), name, JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
		child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			const seconds = Math.round((Date.now() - started) / 100) / 10;
			const line = stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
			if (code === 0 && line) return resolve({ name, ok: true, seconds, result: JSON.parse(line.slice('BENCH_RESULT '.length)) });
			const reason = signal ? `killed (${signal}) after ${seconds} s` : (stderr.trim().split('\n').find((l) => /error/i.test(l)) ?? stderr.trim().split('\n')[0] ?? `exit ${code}`);
			resolve({ name, ok: false, seconds, reason: reason.slice(0, 400) });
		});
	});
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const smoke = args.includes('--smoke') || process.env.BENCH_SMOKE === '1';
	const outIndex = args.indexOf('--out');
	const out = outIndex >= 0 ? path.resolve(args[outIndex + 1]) : path.join(ROOT, 'bench', smoke ? 'RESULTS.smoke.md' : 'RESULTS.md');
	const onlyIndex = args.indexOf('--only');
	const only = onlyIndex >= 0 ? new Set(args[onlyIndex + 1].split(',')) : undefined;
	const plan = smoke ? SMOKE : FULL;
	const renderIndex = args.indexOf('--render');
	if (renderIndex >= 0) {
		const saved = JSON.parse(fs.readFileSync(args[renderIndex + 1], 'utf8')) as Parameters<typeof renderResults>[0];
		fs.writeFileSync(out, renderResults(saved));
		process.stderr.write(`[bench] re-rendered ${out}\n`);
		return;
	}
	const atStart: Machine = machine();
	const startedAt = new Date().toISOString();
	const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);
	log(`${smoke ? 'smoke' : 'full'} run; load average at start ${atStart.loadAverage.join(' ')}; writing ${path.relative(ROOT, out)}`);

	const cases: Array<[string, unknown, number]> = [
		['p1', plan.p1, 60 * 60_000],
		['p3', plan.p3, 60 * 60_000],
		['p4', plan.p4, 60 * 60_000],
		['p5', plan.p5, 10 * 60_000],
		['p6', plan.p6, 30 * 60_000],
		['p2', plan.p2, 60 * 60_000],
		['p2b', plan.p2b, 30 * 60_000],
		['p7', plan.p7, 20 * 60_000],
	];
	const outcomes: CaseOutcome[] = [];
	for (const [name, options, timeout] of cases) {
		if (only && !only.has(name)) continue;
		if (smoke && (name === 'p2' || name === 'p2b' || name === 'p7')) {
			// Starting a real n8n takes longer than the whole smoke budget.
			outcomes.push({ name, ok: false, seconds: 0, reason: 'not run in smoke mode (it starts a real n8n)' });
			continue;
		}
		log(`${name} …`);
		const measuredAt = new Date().toISOString();
		const loadAverage = machine().loadAverage[0];
		const outcome = { ...(await runCase(name, options, smoke ? 120_000 : timeout)), measuredAt, loadAverage };
		log(`${name}: ${outcome.ok ? 'done' : `not measured: ${outcome.reason}`} (${outcome.seconds} s)`);
		outcomes.push(outcome);
	}
	const previousFile = out.replace(/\.md$/, '') + '.json';
	if (only && fs.existsSync(previousFile)) {
		// A partial run keeps the other cases' figures from the previous run (each says when it was measured).
		const previous = JSON.parse(fs.readFileSync(previousFile, 'utf8')) as { outcomes: CaseOutcome[]; writtenAt?: string; startedAt?: string; atStart: Machine };
		for (const o of previous.outcomes) if (!only.has(o.name)) outcomes.push({ ...o, carriedFrom: o.carriedFrom ?? previous.writtenAt ?? previous.startedAt, loadAverage: o.loadAverage ?? previous.atStart.loadAverage[0] });
		const order = cases.map(([n]) => n);
		outcomes.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
	}
	const atEnd = machine();
	const input = { plan, outcomes, atStart, atEnd, startedAt, writtenAt: new Date().toISOString() };
	fs.mkdirSync(path.dirname(out), { recursive: true });
	// The raw figures too, so the report can be re-rendered (`--render <json>`) without re-measuring.
	fs.writeFileSync(out.replace(/\.md$/, '') + '.json', `${JSON.stringify(input, null, 1)}\n`);
	fs.writeFileSync(out, renderResults(input));
	log(`wrote ${out}`);
}

main().catch((error: unknown) => {
	process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
	process.exit(1);
});
