import http from 'node:http';
import { createHash } from 'node:crypto';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { authV2, c2Post } from './helpers.cjs';

let sim: Simulator;
beforeAll(async () => {
	sim = await startSimulator({ timeScale: 0.01 });
});
afterAll(async () => sim.close());

/** POST a signed CC-FS download and consume the body as a stream, counting bytes (nothing kept). */
function streamDownload(path: string, bodyObj: unknown): Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: number; head: Buffer; peakRss: number }> {
	const body = JSON.stringify(bodyObj);
	const u = new URL(sim.url);
	const headers: Record<string, string> = { Host: u.host, 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': String(Buffer.byteLength(body)) };
	const authorization = authV2({ ak: 'demo-ak', sk: 'demo-sk', method: 'POST', uri: path, headers, body });
	return new Promise((resolve, reject) => {
		const req = http.request({ host: u.hostname, port: u.port, path, method: 'POST', headers: { ...headers, Authorization: authorization }, agent: false }, (res) => {
			let bytes = 0;
			let head = Buffer.alloc(0);
			let peakRss = process.memoryUsage.rss();
			let n = 0;
			res.on('data', (c: Buffer) => {
				if (head.length < 64) head = Buffer.concat([head, c.subarray(0, 64 - head.length)]);
				bytes += c.length;
				if (++n % 256 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
			});
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes, head, peakRss }));
			res.on('error', reject);
		});
		req.on('error', reject);
		req.end(body);
	});
}

describe('recording downloads (13.2.1.x) generated on the fly', () => {
	it('streams 1 GiB in constant memory', async () => {
		const before = process.memoryUsage.rss();
		const r = await streamDownload('/CCFS/resource/ccfs/downloadRecordFile', { request: { version: '2.0' }, msgBody: { fileName: '/10/1/record/size-1g.wav' } });
		expect(r.status).toBe(200);
		expect(r.headers['content-type']).toMatch(/octet-stream/i);
		expect(Number(r.headers['content-length'])).toBe(1024 ** 3);
		expect(r.bytes).toBe(1024 ** 3);
		expect(r.head.subarray(0, 4).toString('ascii')).toBe('RIFF');
		expect(r.head.subarray(8, 12).toString('ascii')).toBe('WAVE');
		// The whole file is 1024 MiB; growth far below that proves nothing was buffered.
		expect(r.peakRss - before).toBeLessThan(128 * 1024 * 1024);
	}, 60000);

	it('sizes come from the admin API, the file name, or the default; content is deterministic', async () => {
		sim.registerFile('Y:/1/0/20180309/108/2022318.V3', 100000);
		const a = await c2Post(sim.url, '/CCFS/resource/ccfs/downloadRecord', { request: { version: '2.0' }, msgBody: { fileName: 'Y:/1/0/20180309/108/2022318.V3' } });
		expect(Buffer.byteLength(a.text, 'latin1')).toBeGreaterThan(0);
		const sized = await streamDownload('/CCFS/resource/ccfs/downloadRecord', { request: { version: '2.0' }, msgBody: { fileName: 'Y:/1/0/20180309/108/2022318.V3' } });
		expect(sized.bytes).toBe(100000);
		const byName = await streamDownload('/CCFS/resource/ccfs/downloadRecordFile', { request: { version: '2.0' }, msgBody: { fileName: '/x/size-3k.wav' } });
		expect(byName.bytes).toBe(3072);
		const dflt = await streamDownload('/CCFS/resource/ccfs/downloadRecordFile', { request: { version: '2.0' }, msgBody: { fileName: '/x/plain.wav' } });
		expect(dflt.bytes).toBe(64 * 1024);
		const none = await c2Post(sim.url, '/CCFS/resource/ccfs/downloadRecord', { request: { version: '2.0' }, msgBody: {} });
		expect(none.json.resultCode).toBe('0300019');
		const h1 = createHash('sha256');
		const h2 = createHash('sha256');
		h1.update((await c2Post(sim.url, '/CCFS/resource/ccfs/downloadRecordFile', { request: { version: '2.0' }, msgBody: { fileName: '/x/size-10k.wav' } })).text);
		h2.update((await c2Post(sim.url, '/CCFS/resource/ccfs/downloadRecordFile', { request: { version: '2.0' }, msgBody: { fileName: '/x/size-10k.wav' } })).text);
		expect(h1.digest('hex')).toBe(h2.digest('hex'));
	});

	it('playback: requestPlayVoice issues a one-time token for playVoice', async () => {
		const t = await c2Post(sim.url, '/CCFS/resource/ccfs/requestPlayVoice', { request: { version: '2.0' }, msgBody: { fileName: 'Y:/1/0/size-2k.V3' } });
		expect(t.json).toMatchObject({ resultCode: '0', resultData: { token: expect.any(String) } });
		const first = await fetch(`${sim.url}/CCFS/resource/ccfs/playVoice?st=${t.json.resultData.token}`);
		expect(first.status).toBe(200);
		expect((await first.arrayBuffer()).byteLength).toBe(2048);
		const again = await fetch(`${sim.url}/CCFS/resource/ccfs/playVoice?st=${t.json.resultData.token}`);
		expect(((await again.json()) as { resultCode: string }).resultCode).toBe('0300026');
	});
});
