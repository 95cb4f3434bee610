/**
 * The simulator in its own process for the benchmarks, so that the server's CPU and memory are
 * not counted against the client under test (on a 2-core machine they then run side by side,
 * as they would against a real CEC). Driven over IPC: {id, op, args} → {id, result | error}.
 */
import { startSimulator, type Simulator } from '../simulator/index.cjs';

interface Command {
	id: number;
	op: string;
	args?: Record<string, unknown>;
}

async function main(): Promise<void> {
	const sim: Simulator = await startSimulator({
		port: 0,
		timeScale: Number(process.env.BENCH_SIM_TIME_SCALE ?? '0.01'),
		dialerIntervalMs: 0,
		// Every request of a 10,000-item run must stay countable (P3 counts token requests).
		maxLogEntries: 200_000,
	});
	const ops: Record<string, (a: Record<string, unknown>) => unknown> = {
		reset: () => sim.reset(),
		clearRequests: () => sim.clearRequests(),
		countRequests: (a) => sim.requests.filter((r) => (a.path === undefined || r.path.startsWith(String(a.path))) && (a.section === undefined || r.section === a.section)).length,
		statusCounts: (a) => {
			const counts: Record<string, number> = {};
			for (const r of sim.requests) if (a.path === undefined || r.path.startsWith(String(a.path))) counts[String(r.status)] = (counts[String(r.status)] ?? 0) + 1;
			return counts;
		},
		expireTokens: (a) => sim.expireTokens(String(a.kind ?? 'all')),
		registerFile: (a) => sim.registerFile(String(a.name), Number(a.size)),
		injectEvents: (a) => sim.injectEvents(String(a.agentId), a.events as { eventType: string }[], Number(a.count ?? 1)),
		agentSignedIn: (a) => sim.agentSession(String(a.agentId)) !== undefined && sim.agentSession(String(a.agentId)) !== null,
		lastRequests: (a) => sim.requests.slice(-Number(a.count ?? 5)).map((r) => ({ method: r.method, path: r.path, rawQuery: r.rawQuery, status: r.status, section: r.section })),
		memory: () => process.memoryUsage().rss,
	};
	process.on('message', (raw) => {
		const cmd = raw as Command;
		void (async () => {
			try {
				const fn = ops[cmd.op];
				if (!fn) throw new Error(`unknown op ${cmd.op}`);
				process.send!({ id: cmd.id, result: await fn(cmd.args ?? {}) });
			} catch (error) {
				process.send!({ id: cmd.id, error: (error as Error).message });
			}
		})();
	});
	process.on('disconnect', () => void sim.close().then(() => process.exit(0)));
	process.send!({ ready: true, url: sim.url, credentials: sim.credentials });
}

main().catch((error: unknown) => {
	process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
	process.exit(1);
});
