/**
 * P6: how long n8n takes to load the package's nodes and credentials. n8n loads a community
 * package with n8n-core's PackageDirectoryLoader (LazyPackageDirectoryLoader falls back to it,
 * since community packages ship no dist/known index); every measurement is a fresh process, so
 * `require` starts cold as it does when n8n starts. The trend is measured by loading packages that
 * list the first k nodes of package.json (same dist/, a temporary package.json).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LazyPackageDirectoryLoader } from 'n8n-core';
import { median, ROOT, round } from './lib.cjs';

export interface LoadOnce {
	ms: number;
	nodes: number;
	nodeTypes: number;
	credentials: number;
	properties: number;
}

/** Runs in the measuring child: load the package at `dir` cold. */
export async function loadOnce(dir: string): Promise<LoadOnce> {
	const start = process.hrtime.bigint();
	const loader = new LazyPackageDirectoryLoader(dir);
	await loader.loadAll();
	const ms = Number(process.hrtime.bigint() - start) / 1e6;
	const nodes = Object.keys(loader.known.nodes).length;
	const types = loader.types.nodes;
	const properties = types.reduce((n, t) => n + (t.properties?.length ?? 0), 0);
	return { ms, nodes, nodeTypes: types.length, credentials: Object.keys(loader.known.credentials).length, properties };
}

export interface P6Row {
	nodesListed: number;
	nodesLoaded: number;
	credentials: number;
	properties: number;
	runsMs: number[];
	medianMs: number;
	perNodeMs: number;
}

function packageWith(nodes: string[], credentials: string[], pkg: Record<string, unknown>): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cec-bench-load-'));
	fs.symlinkSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'));
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ ...pkg, n8n: { ...(pkg.n8n as object), nodes, credentials } }));
	return dir;
}

export function runP6(repetitions: number, steps?: number[]): { rows: P6Row[]; distBuiltAt: string } {
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[]; credentials: string[] } };
	const allNodes = pkg.n8n.nodes.filter((n) => fs.existsSync(path.join(ROOT, n)));
	const credentials = pkg.n8n.credentials.filter((c) => fs.existsSync(path.join(ROOT, c)));
	const doubling = [1, 2, 4, 8, 16, 32].filter((k) => k < allNodes.length);
	const counts = steps ? [...new Set(steps.map((k) => Math.min(k, allNodes.length)))] : [...doubling, allNodes.length];
	const rows: P6Row[] = [];
	for (const k of counts) {
		const dir = packageWith(allNodes.slice(0, k), credentials, pkg);
		try {
			const runs: LoadOnce[] = [];
			for (let rep = 0; rep < repetitions; rep++) {
				const out = execFileSync(process.execPath, [path.join(__dirname, 'case.cjs'), 'p6once', JSON.stringify({ dir })], { encoding: 'utf8' });
				const line = out.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
				if (!line) throw new Error(`p6once printed no result: ${out}`);
				runs.push(JSON.parse(line.slice('BENCH_RESULT '.length)) as LoadOnce);
			}
			const medianMs = median(runs.map((r) => r.ms));
			rows.push({
				nodesListed: k,
				nodesLoaded: runs[0].nodes,
				credentials: runs[0].credentials,
				properties: runs[0].properties,
				runsMs: runs.map((r) => round(r.ms, 1)),
				medianMs: round(medianMs, 1),
				perNodeMs: round(medianMs / Math.max(1, runs[0].nodes), 1),
			});
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	}
	const distBuiltAt = fs.statSync(path.join(ROOT, 'dist', 'index.js')).mtime.toISOString();
	return { rows, distBuiltAt };
}
