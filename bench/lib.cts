/** Shared pieces of the benchmarks: the simulator child, statistics, timing, machine facts. */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository root (works from bench/ and from the compiled build/bench/bench/). */
export const ROOT = (() => {
	let dir = __dirname;
	for (;;) {
		const pkg = path.join(dir, 'package.json');
		if (fs.existsSync(pkg) && (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'n8n-nodes-huawei-cec') return dir;
		const up = path.dirname(dir);
		if (up === dir) throw new Error('repository root not found');
		dir = up;
	}
})();

export interface SimCredentials {
	appKey: string;
	appSecret: string;
	ak: string;
	sk: string;
	[key: string]: unknown;
}

export interface SimChild {
	url: string;
	credentials: Record<string, string>;
	call<T = unknown>(op: string, args?: Record<string, unknown>): Promise<T>;
	close(): Promise<void>;
	process: ChildProcess;
}

/** Starts the simulator in a child process (bench/simProcess.cts). */
export async function startSimChild(env: Record<string, string> = {}): Promise<SimChild> {
	const child = fork(path.join(__dirname, 'simProcess.cjs'), [], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
	const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
	let nextId = 1;
	const ready = await new Promise<{ url: string; credentials: Record<string, string> }>((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
		child.on('message', (raw) => {
			const m = raw as { ready?: boolean; url: string; credentials: Record<string, string>; id?: number; result?: unknown; error?: string };
			if (m.ready) return resolve(m);
			const p = m.id === undefined ? undefined : pending.get(m.id);
			if (!p) return;
			pending.delete(m.id!);
			if (m.error) p.reject(new Error(m.error));
			else p.resolve(m.result);
		});
	});
	child.removeAllListeners('exit');
	return {
		url: ready.url,
		credentials: ready.credentials,
		process: child,
		call: async <T,>(op: string, args: Record<string, unknown> = {}) =>
			await new Promise<T>((resolve, reject) => {
				const id = nextId++;
				pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
				child.send({ id, op, args });
			}),
		close: async () =>
			await new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.disconnect();
				setTimeout(() => child.kill(), 5000).unref();
			}),
	};
}

export function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	if (s.length === 0) return NaN;
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: number[], p: number): number {
	const s = [...values].sort((a, b) => a - b);
	if (s.length === 0) return NaN;
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
	const start = process.hrtime.bigint();
	const value = await fn();
	return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** Runs `lanes` workers over `count` indexes (the same shape as the pack's mapWithConcurrency). */
export async function inLanes(count: number, lanes: number, worker: (index: number) => Promise<void>): Promise<void> {
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.max(1, Math.min(lanes, count)) }, async () => {
			while (next < count) await worker(next++);
		}),
	);
}

export interface Machine {
	cpus: number;
	model: string;
	memoryGiB: number;
	node: string;
	platform: string;
	loadAverage: number[];
}

export function machine(): Machine {
	let model = os.cpus()[0]?.model ?? 'unknown';
	try {
		const m = /model name\s*:\s*(.+)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
		if (m) model = m[1].trim();
	} catch {
		// not Linux: os.cpus() is the answer
	}
	return {
		cpus: os.cpus().length,
		model,
		memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
		node: process.version,
		platform: `${os.type()} ${os.release()} ${os.arch()}`,
		loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
	};
}

/** Samples RSS every `everyMs` until stopped; returns the peak. */
export function rssSampler(everyMs = 10): { stop(): number; peak(): number } {
	let peak = process.memoryUsage.rss();
	const timer = setInterval(() => {
		const rss = process.memoryUsage.rss();
		if (rss > peak) peak = rss;
	}, everyMs);
	return {
		peak: () => peak,
		stop() {
			clearInterval(timer);
			peak = Math.max(peak, process.memoryUsage.rss());
			return peak;
		},
	};
}

export const MiB = 2 ** 20;

export function round(n: number, digits = 2): number {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}
