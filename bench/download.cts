/**
 * P4: peak RSS growth while a recording (13.2.1.4, C2) lands in n8n binary data, filesystem mode.
 *
 * Two paths are measured, both through the pack's one transport (cecRequest) in n8n-core:
 * - `stream`: the shipped File Service node (13.2.1.4 Download Recording File): the registry's
 *   `result.binary` downloads stream the answer into n8n's `prepareBinaryData`, which writes it
 *   to the filesystem store.
 * - `buffered` (historical name; it streams too now): the shipped generic Huawei CEC node on
 *   13.2.1.4, which streams the interfaces the catalog marks as carrying files. Where it fails,
 *   the row records the error instead of figures.
 * Runs in its own process (bench/case.cts p4) with the simulator in another, so only the client
 * is measured.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { INodeExecutionData } from 'n8n-workflow';
import { HuaweiCec } from '../nodes/HuaweiCec/HuaweiCec.node';
import { HuaweiCecFileService } from '../nodes/HuaweiCecFileService/HuaweiCecFileService.node';
import { OPERATIONS as FILE_SERVICE_OPS } from '../nodes/HuaweiCecFileService/operations';
import { buildParameters } from '../test/registry/sampleValues.cjs';
import { createHarness, simulatorCredentials, type Harness } from '../test/helpers/n8n.cjs';
import { MiB, median, round, rssSampler, startSimChild, timed } from './lib.cjs';

const FILE_SERVICE = new HuaweiCecFileService();
const DOWNLOAD_SPEC = FILE_SERVICE_OPS.find((spec) => spec.section === '13.2.1.4')!;

/** The shipped File Service node's 13.2.1.4 operation, with the parameters its UI would hold. */
function downloadParameters(fileName: string) {
	return buildParameters(FILE_SERVICE_OPS, DOWNLOAD_SPEC, { request: { version: '2.0' }, msgBody: { fileName } }).parameters;
}

export interface P4Row {
	path: 'stream' | 'buffered';
	bytes: number;
	peakGrowthMiB: number[];
	medianPeakGrowthMiB: number;
	maxPeakGrowthMiB: number;
	medianMs: number;
	mibPerSecond: number;
	storedBytes: number;
	/** When this path cannot download the file at all: the error it gave. */
	error?: string;
}

function storedSize(item: INodeExecutionData | undefined, storageDir: string): number {
	const data = item?.binary?.data as { id?: string; bytes?: number; fileSize?: string } | undefined;
	if (typeof data?.bytes === 'number') return data.bytes;
	// filesystem mode: the id names the stored file under the storage path
	const id = data?.id?.replace(/^filesystem(-v2)?:/, '');
	if (id) {
		const file = path.join(storageDir, id);
		if (fs.existsSync(file)) return fs.statSync(file).size;
	}
	return -1;
}

async function once(n8n: Harness, kind: 'stream' | 'buffered', bytes: number, storageDir: string): Promise<{ growth: number; ms: number; stored: number }> {
	const fileName = `Y:/bench/size-${bytes}.wav`;
	global.gc?.();
	await new Promise((r) => setTimeout(r, 50));
	const before = process.memoryUsage.rss();
	const sampler = rssSampler(5);
	const { ms, value } = await timed(async () =>
		kind === 'stream'
			? await n8n.runNode(FILE_SERVICE, downloadParameters(fileName), [{}])
			: await n8n.runNode(new HuaweiCec(), { authentication: 'C2', interface: '13.2.1.4', jsonBody: JSON.stringify({ request: { version: '2.0' }, msgBody: { fileName } }) }, [{}], { credentials: ['huaweiCecAkSkApi'] }),
	);
	const peak = sampler.stop();
	if (value.error) throw value.error;
	const item = value.outputs[0]?.[0];
	const stored = storedSize(item, storageDir);
	return { growth: (peak - before) / MiB, ms, stored };
}

export async function runP4(streamSizes: number[], bufferedSizes: number[], repetitions: number): Promise<{ rows: P4Row[]; storage: string }> {
	const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cec-bench-binary-'));
	// n8n-core reads these when its config is first built (the harness initialises it).
	process.env.N8N_DEFAULT_BINARY_DATA_MODE = 'filesystem';
	process.env.N8N_BINARY_DATA_STORAGE_PATH = storageDir;
	process.env.N8N_USER_FOLDER = storageDir;
	const sim = await startSimChild();
	try {
		const n8n = await createHarness(simulatorCredentials(sim));
		// Warm-up: load every module of both paths before measuring.
		await once(n8n, 'stream', 64 * 1024, storageDir);
		await once(n8n, 'buffered', 64 * 1024, storageDir).catch(() => undefined);
		const rows: P4Row[] = [];
		for (const [kind, sizes] of [['stream', streamSizes], ['buffered', bufferedSizes]] as const) {
			for (const bytes of sizes) {
				const growth: number[] = [];
				const times: number[] = [];
				let stored = -1;
				let error: string | undefined;
				for (let rep = 0; rep < repetitions && error === undefined; rep++) {
					let r: { growth: number; ms: number; stored: number };
					try {
						r = await once(n8n, kind, bytes, storageDir);
					} catch (failure) {
						if (kind === 'stream') throw failure;
						error = (failure as Error).message;
						break;
					}
					growth.push(round(r.growth, 1));
					times.push(r.ms);
					stored = r.stored;
					fs.rmSync(storageDir, { recursive: true, force: true });
					fs.mkdirSync(storageDir, { recursive: true });
				}
				const medianMs = median(times);
				rows.push({
					path: kind,
					bytes,
					peakGrowthMiB: growth,
					medianPeakGrowthMiB: round(median(growth), 1),
					maxPeakGrowthMiB: round(Math.max(...growth), 1),
					medianMs: round(medianMs, 1),
					mibPerSecond: round(bytes / MiB / (medianMs / 1000), 1),
					storedBytes: stored,
					error,
				});
			}
		}
		return { rows, storage: 'filesystem' };
	} finally {
		await sim.close();
		fs.rmSync(storageDir, { recursive: true, force: true });
	}
}
