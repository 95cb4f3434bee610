import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { c2Post, receiver, sleep } from './helpers.cjs';

const BASE = '/rest/isales/v1/openapi/campaigns';

function campaignBody(name: string, callBackUrl: string, initStatus = 1) {
	const today = new Date().toISOString().slice(0, 10);
	return {
		name,
		description: 'simulator test',
		strBeginTime: `${today} 00:00:00`,
		strEndTime: `${today} 23:59:59`,
		deviceType: 2,
		callerNo: '10085',
		maxAlertingTime: 20,
		scheduleParam: { workdayBeginTime1: '00:00', workdayEndTime1: '23:59' },
		skillParam: { skillId: 1, skillName: 'Voice', outBoundType: 2, predictParam: { predictMethod: 5, offhookPredictParam: { offHookRate: 100 } } },
		initStatus,
		callBackUrl,
	};
}

let sim: Simulator;
beforeAll(async () => {
	// 10 min retry spacing → 600 ms; automatic dialer off (the test drives it)
	sim = await startSimulator({ timeScale: 0.001, dialerIntervalMs: 0 });
});
afterAll(async () => sim.close());

describe('outbound campaigns (chapter 7)', () => {
	it('validates campaign creation', async () => {
		const bad = await c2Post(sim.url, `${BASE}/1`, { name: 'x' });
		expect(bad.json.resultCode).toBe('02000001');
		const badTime = await c2Post(sim.url, `${BASE}/1`, { ...campaignBody('bad-time', 'http://127.0.0.1:1/cb'), strBeginTime: '2020/01/01' });
		expect(badTime.json.resultCode).toBe('0200030');
		const ok = await c2Post(sim.url, `${BASE}/1`, campaignBody('unique-name', 'http://127.0.0.1:1/cb'));
		expect(ok.json).toMatchObject({ resultCode: '0200000', returnCode: '0200000', returnObject: { id: expect.any(Number) } });
		expect((await c2Post(sim.url, `${BASE}/1`, campaignBody('unique-name', 'http://127.0.0.1:1/cb'))).json.resultCode).toBe('0200005');
	});

	it('blacklist limits (7.3.1): 20 per add, 24 chars, digits/*/#', async () => {
		const many = Array.from({ length: 21 }, (_, i) => `1390000${String(i).padStart(4, '0')}`);
		expect((await c2Post(sim.url, `${BASE}/1/blocklist/add`, { blocklist: many })).json.resultCode).toBe('0200029');
		expect((await c2Post(sim.url, `${BASE}/1/blocklist/add`, { blocklist: ['1'.repeat(25)] })).json.resultCode).toBe('02000003');
		expect((await c2Post(sim.url, `${BASE}/1/blocklist/add`, { blocklist: ['12ab'] })).json.resultCode).toBe('02000002');
		expect((await c2Post(sim.url, `${BASE}/1/blocklist/add`, { blocklist: ['*86#', '13100000000'] })).json.resultCode).toBe('0200000');
		expect((await c2Post(sim.url, `${BASE}/1/blocklist/add`, { blocklist: ['13100000000'] })).json.resultCode).toBe('0200007');
		const q = await c2Post(sim.url, `${BASE}/1/blocklist/query`, {});
		expect(q.json.data.map((x: { blockNum: string }) => x.blockNum).sort()).toEqual(['*86#', '13100000000']);
	});

	it('create → add numbers → start → dialer → results queryable and pushed with CEC retries', async () => {
		let n = 0;
		const rx = await receiver(() => (++n <= 3 ? { status: 500, body: { retCode: '1' } } : { status: 200, body: { retCode: '0', retMsg: 'success' } }));
		try {
			const created = await c2Post(sim.url, `${BASE}/1`, campaignBody('flow', rx.url, 1));
			const id = created.json.returnObject.id as number;
			expect((await c2Post(sim.url, `${BASE}/1/${id}`, undefined, { method: 'GET' })).json.returnObject.status).toBe(3);

			const add = await c2Post(sim.url, `${BASE}/1/calldata/${id}`, {
				callDataList: [
					{ sessionId: 's1', called: '13800000001' },
					{ sessionId: 's2', called: '13800000537' }, // ends in 00537: called party busy
					{ sessionId: 's3', called: '13800000003', customField: 'abc' },
				],
			});
			expect(add.json).toMatchObject({ resultCode: '0200000', returnObject: { totalSize: 3 } });
			await sleep(5);
			expect((await c2Post(sim.url, `${BASE}/1/calldata/${id}`, { callDataList: [{ called: '13100000000' }] })).json.resultCode).toBe('0200024');
			await sleep(5);
			expect((await c2Post(sim.url, `${BASE}/1/calldata/${id}`, { callDataList: [{ called: '1' }, { called: '1' }] })).json.resultCode).toBe('0200018');
			await sleep(5);
			const tooMany = Array.from({ length: 21 }, (_, i) => ({ called: String(1000 + i) }));
			expect((await c2Post(sim.url, `${BASE}/1/calldata/${id}`, { callDataList: tooMany })).json.resultCode).toBe('0200029');

			expect((await c2Post(sim.url, `${BASE}/1/${id}/resume`, undefined, { method: 'PUT' })).json.resultCode).toBe('0200000');
			await sleep(5);
			expect((await c2Post(sim.url, `${BASE}/1/calldata/${id}`, { callDataList: [{ called: '13800000009' }] })).json.resultCode).toBe('0200019');

			const rounds = sim.dialerTick();
			expect(rounds[0].results).toHaveLength(3);

			const results = await c2Post(sim.url, `${BASE}/1/callresult/${id}`, { pageSize: 100, pageNum: 1 });
			expect(results.json.totalCount).toBe(3);
			const byCalled = Object.fromEntries(results.json.data.map((r: { called: string }) => [r.called, r]));
			expect(byCalled['13800000001']).toMatchObject({ campaignId: String(id), sessionId: 's1', callStatus: 6, vdnId: 1 });
			expect(byCalled['13800000537']).toMatchObject({ callStatus: 5, failCode: '00537' });
			const one = await c2Post(sim.url, `${BASE}/1/callresult/${id}`, { sessionId: 's3' });
			expect(one.json.totalCount).toBe(1);

			// push: 500 → immediate retry (500) → +10 min (500) → +10 min (200)
			await rx.waitFor(4, 8000);
			const t = rx.received.map((r) => r.time);
			expect(t[1] - t[0]).toBeLessThan(300);
			expect(t[2] - t[1]).toBeGreaterThanOrEqual(550);
			expect(t[3] - t[2]).toBeGreaterThanOrEqual(550);
			const pushed = JSON.parse(rx.received[0].body);
			expect(Array.isArray(pushed)).toBe(true);
			expect(pushed).toHaveLength(3);
			expect(pushed[0]).toMatchObject({ campaignId: String(id), callStatus: expect.any(Number), failCode: expect.any(String), callId: expect.any(String), callTimeStr: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/) });
			expect(rx.received.every((r) => r.body === rx.received[0].body)).toBe(true);
			await sleep(700);
			expect(rx.received).toHaveLength(4);

			expect((await c2Post(sim.url, `${BASE}/1/${id}/pause`, undefined, { method: 'PUT' })).json.resultCode).toBe('0200000');
			expect((await c2Post(sim.url, `${BASE}/1/${id}/pause`, undefined, { method: 'PUT' })).json.resultCode).toBe('0200011');
		} finally {
			await rx.close();
		}
	});

	it('gives up after 6 pushes in all', async () => {
		const rx = await receiver(() => ({ status: 503 }));
		try {
			const created = await c2Post(sim.url, `${BASE}/1`, campaignBody('always-failing', rx.url, 1));
			const id = created.json.returnObject.id as number;
			await c2Post(sim.url, `${BASE}/1/calldata/${id}`, { callDataList: [{ sessionId: 'x', called: '13800000077' }] });
			await c2Post(sim.url, `${BASE}/1/${id}/resume`, undefined, { method: 'PUT' });
			sim.dialerTick();
			await rx.waitFor(6, 8000);
			await sleep(900);
			expect(rx.received).toHaveLength(6);
		} finally {
			await rx.close();
		}
	});

	it('unknown campaign → 0200007; wrong vdn → 0200001', async () => {
		expect((await c2Post(sim.url, `${BASE}/1/999999`, undefined, { method: 'GET' })).json.resultCode).toBe('0200007');
		expect((await c2Post(sim.url, `${BASE}/0/1`, undefined, { method: 'GET' })).json.resultCode).toBe('0200001');
	});
});
