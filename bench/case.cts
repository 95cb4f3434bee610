/**
 * One benchmark case in a fresh process: `node build/bench/bench/case.cjs <case> '<json options>'`.
 * Prints one line `BENCH_RESULT <json>` for bench/main.cts to collect.
 */
import { runP2b } from './batch.cjs';
import { runP7All } from './callbacks.cjs';
import { runP2 } from './diy.cjs';
import { runP4 } from './download.cjs';
import { runP5 } from './events.cjs';
import { loadOnce, runP6 } from './load.cjs';
import { runP1, runP3 } from './throughput.cjs';

const CASES: Record<string, (o: Record<string, unknown>) => Promise<unknown>> = {
	p1: async (o) => await runP1(o.sizes as number[], Number(o.repetitions)),
	p3: async (o) => await runP3(o.sizes as number[], Number(o.repetitions)),
	p6: async (o) => runP6(Number(o.repetitions), o.steps as number[] | undefined),
	p6once: async (o) => await loadOnce(String(o.dir)),
	p5: async (o) => await runP5(Number(o.events), Number(o.repetitions)),
	p2: async (o) => await runP2(o.sizes as number[], Number(o.repetitions)),
	p2b: async (o) => await runP2b(Number(o.numbers), Number(o.repetitions), Number(o.spacedRepetitions)),
	p7: async (o) => await runP7All(Number(o.pushes), Number(o.recordsPerPush), Number(o.inFlight), Number(o.repetitions)),
	p4: async (o) => await runP4(o.streamSizes as number[], o.bufferedSizes as number[], Number(o.repetitions)),
};

async function main(): Promise<void> {
	const [name, raw] = process.argv.slice(2);
	const run = CASES[name];
	if (!run) throw new Error(`unknown case ${name}; known: ${Object.keys(CASES).join(', ')}`);
	const result = await run(raw ? (JSON.parse(raw) as Record<string, unknown>) : {});
	process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
		process.exit(1);
	},
);
