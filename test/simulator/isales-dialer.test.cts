/**
 * The dialer against the campaign's own rules: calling windows (7.1.1 period, Table 7-4 time
 * segments, 7.2 holidays) on the simulated clock, retry policies (7.1.10 / Table 7-117), the
 * ringing timeout (maxAlertingTime → 01040) and the 7.6.1 push. Everything goes over real HTTP
 * with requests signed by the test's own auth-v2 signer (helpers.cts).
 */
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { c2Post, json, receiver, sleep, until } from './helpers.cjs';

const BASE = '/rest/isales/v1/openapi/campaigns';
const BASE_V2 = '/rest/isales/v2/openapi/campaigns';
/** 7.1.2 Table 7-28: the V2 callerNo is a list. */
const V2_CALLER = [{ accessCode: '10085', priority: 1 }];
const MONDAY = '2031-03-03';
const SATURDAY = '2031-03-08';

interface CampaignOpts {
	name: string;
	begin?: string;
	end?: string;
	schedule?: Record<string, string>;
	callBackUrl?: string;
	callCount?: number;
	maxAlertingTime?: number;
	retryPolicy?: Record<string, unknown>;
	v2?: boolean;
}

/** An IVR campaign (deviceType 3): ivrParam.callCount sets how many numbers one dialer round calls. */
function campaignBody(o: CampaignOpts) {
	return {
		name: o.name,
		strBeginTime: o.begin ?? `${MONDAY} 00:00:00`,
		strEndTime: o.end ?? '2031-03-31 23:59:59',
		deviceType: 3,
		callerNo: '10085',
		maxAlertingTime: o.maxAlertingTime ?? 20,
		scheduleParam: o.schedule ?? { workdayBeginTime1: '09:00', workdayEndTime1: '12:00', workdayBeginTime2: '14:00', workdayEndTime2: '18:00' },
		ivrParam: { deviceSign: '1001', callCount: o.callCount ?? 10, callInterval: 3 },
		initStatus: 1,
		callBackUrl: o.callBackUrl ?? 'http://127.0.0.1:9/unused',
		...(o.retryPolicy ? { retryPolicy: o.retryPolicy } : {}),
	};
}

async function createCampaign(sim: Simulator, o: CampaignOpts, numbers: string[]): Promise<number> {
	const created = await c2Post(sim.url, o.v2 ? `${BASE_V2}/1` : `${BASE}/1`, campaignBody(o));
	expect(created.json.resultCode).toBe('0200000');
	const id = created.json.returnObject.id as number;
	if (numbers.length) {
		const add = await c2Post(sim.url, `${BASE}/1/calldata/${id}`, { callDataList: numbers.map((called, i) => ({ sessionId: `s${i}`, called })) });
		expect(add.json.resultCode).toBe('0200000');
	}
	return id;
}

const resume = (sim: Simulator, id: number) => c2Post(sim.url, `${BASE}/1/${id}/resume`, undefined, { method: 'PUT' });

async function results(sim: Simulator, id: number, showDetail = 1): Promise<{ called: string; callStatus: number; failCode: string; callTimeStr: string; sessionId: string }[]> {
	const r = await c2Post(sim.url, `${BASE}/1/callresult/${id}`, { pageSize: 100, pageNum: 1, showDetail });
	expect(r.json.resultCode).toBe('0200000');
	return r.json.data;
}

function roundFor(rounds: ReturnType<Simulator['dialerTick']>, id: number) {
	return rounds.find((r) => r.campaignId === id);
}

describe('dialer on a fast clock (timeScale 0.001: 1 simulated minute = 60 ms)', () => {
	let sim: Simulator;
	beforeAll(async () => {
		sim = await startSimulator({ timeScale: 0.001, dialerIntervalMs: 0, enforceIsalesRateLimit: false });
	});
	afterAll(async () => sim.close());
	beforeEach(() => sim.reset());

	it('dials only inside the workday time segments of the campaign', async () => {
		sim.setClock(`${MONDAY} 08:00:00`);
		const id = await createCampaign(sim, { name: 'window', callCount: 1 }, ['13900000001', '13900000002', '13900000003']);
		await resume(sim, id);

		sim.setClock(`${MONDAY} 08:30:00`);
		expect(roundFor(sim.dialerTick(), id)).toBeUndefined();
		const state = await json(`${sim.url}/__sim/state`, { method: 'GET' });
		expect(state.body.campaigns[0].callingWindow).toMatchObject({ open: false });
		expect(state.body.campaigns[0].callingWindow.reason).toMatch(/outside the workday segments 09:00-12:00, 14:00-18:00/);

		sim.setClock(`${MONDAY} 09:00:00`);
		expect(roundFor(sim.dialerTick(), id)?.results.map((r) => r.called)).toEqual(['13900000001']);
		// lunch break between the two segments
		sim.setClock(`${MONDAY} 12:30:00`);
		expect(roundFor(sim.dialerTick(), id)).toBeUndefined();
		sim.setClock(`${MONDAY} 14:05:00`);
		const afternoon = roundFor(sim.dialerTick(), id);
		expect(afternoon?.results.map((r) => r.called)).toEqual(['13900000002']);
		expect(afternoon?.results[0].callTimeStr.slice(0, 13)).toBe(`${MONDAY} 14`);
		sim.setClock(`${MONDAY} 18:00:00`);
		expect(roundFor(sim.dialerTick(), id)).toBeUndefined();

		const rows = await results(sim, id);
		expect(rows.map((r) => r.callTimeStr.slice(0, 13))).toEqual([`${MONDAY} 09`, `${MONDAY} 14`]);
	});

	it('does not dial before the campaign start or after its end', async () => {
		sim.setClock(`${MONDAY} 09:00:00`);
		const id = await createCampaign(sim, { name: 'period', begin: '2031-03-04 00:00:00', end: '2031-03-04 23:59:59' }, ['13900000011']);
		await resume(sim, id);
		expect(roundFor(sim.dialerTick(), id)).toBeUndefined();
		sim.setClock('2031-03-05 10:00:00');
		expect(roundFor(sim.dialerTick(), id)).toBeUndefined();
		sim.setClock('2031-03-04 10:00:00');
		expect(roundFor(sim.dialerTick(), id)?.results).toHaveLength(1);
	});

	it('holidays (7.2): no calls on a weekly or dated holiday; holiday segments when configured', async () => {
		sim.setClock(`${MONDAY} 08:00:00`);
		const plain = await createCampaign(sim, { name: 'no-holiday-segments' }, ['13900000021']);
		const withSeg = await createCampaign(
			sim,
			{ name: 'holiday-segments', schedule: { workdayBeginTime1: '09:00', workdayEndTime1: '18:00', holidayBeginTime1: '10:00', holidayEndTime1: '11:00' } },
			['13900000022'],
		);
		for (const id of [plain, withSeg]) {
			const weekend = await c2Post(sim.url, `${BASE}/1/holiday/${id}`, { name: 'Weekend', type: 1, week: '6,7' });
			expect(weekend.json).toMatchObject({ resultCode: '0200000', returnObject: { id: expect.any(Number) } });
			expect((await c2Post(sim.url, `${BASE}/1/holiday/${id}`, { name: 'Spring day', type: 2, beginTime: '2031-03-05', endTime: '2031-03-05' })).json.resultCode).toBe('0200000');
			await resume(sim, id);
		}

		sim.setClock(`${SATURDAY} 09:30:00`);
		expect(sim.dialerTick()).toEqual([]);
		sim.setClock(`${SATURDAY} 10:15:00`);
		const rounds = sim.dialerTick();
		expect(roundFor(rounds, plain)).toBeUndefined();
		expect(roundFor(rounds, withSeg)?.results).toHaveLength(1);

		sim.setClock('2031-03-05 10:15:00'); // Wednesday, dated holiday
		const state = await json(`${sim.url}/__sim/state`, { method: 'GET' });
		const plainState = state.body.campaigns.find((c: { id: number }) => c.id === plain);
		expect(plainState.callingWindow).toEqual({ open: false, reason: 'holiday "Spring day" without holiday time segments' });
		expect(sim.dialerTick()).toEqual([]);

		sim.setClock('2031-03-06 10:15:00'); // Thursday, a workday again
		expect(roundFor(sim.dialerTick(), plain)?.results).toHaveLength(1);
	});

	it('validates holidays (7.2.2) and lists them (7.2.1)', async () => {
		sim.setClock(`${MONDAY} 08:00:00`);
		const id = await createCampaign(sim, { name: 'holiday-rules' }, []);
		const add = (b: unknown) => c2Post(sim.url, `${BASE}/1/holiday/${id}`, b);
		expect((await add({ name: 'W', type: 1 })).json.resultCode).toBe('02000001');
		expect((await add({ name: 'W', type: 1, week: '8' })).json.resultCode).toBe('02000007');
		expect((await add({ name: 'D', type: 2, beginTime: '2031/03/05', endTime: '2031-03-05' })).json.resultCode).toBe('0200030');
		expect((await add({ name: 'Y', type: 3, beginTime: '12-31', endTime: '01-01' })).json.resultCode).toBe('0200000');
		expect((await add({ name: 'Y', type: 1, week: '7' })).json.resultCode).toBe('0200013');
		expect((await add({ name: 'x'.repeat(31), type: 1, week: '7' })).json.resultCode).toBe('02000003');
		const list = await c2Post(sim.url, `${BASE}/1/holiday/${id}`, undefined, { method: 'GET' });
		expect(list.json.data).toEqual([{ id: expect.any(Number), name: 'Y', type: 3, week: null, beginTime: '12-31', endTime: '01-01' }]);
	});

	it('retry policy, common (7.1.10): retryTimes attempts a day, callInterval apart, on retryDay days', async () => {
		sim.setClock(`${MONDAY} 09:00:00`);
		const id = await createCampaign(sim, { name: 'retry-common' }, ['13900000537', '13900000031']);
		const set = await c2Post(sim.url, `${BASE}/1/retryPolicy/${id}`, { policyJson: "{ 'type':0,'retryTimes':2,'retryDay':2 }", policyType: 0 });
		expect(set.json.resultCode).toBe('0200000');
		const q = await c2Post(sim.url, `${BASE}/1/retryPolicy/${id}`, undefined, { method: 'GET' });
		expect(q.json.data).toMatchObject({ retryPolicyId: expect.any(String), policyType: 0, policyJson: "{ 'type':0,'retryTimes':2,'retryDay':2 }" });
		await resume(sim, id);

		const first = roundFor(sim.dialerTick(), id)!;
		expect(first.results.map((r) => [r.called, r.failCode])).toEqual([
			['13900000537', '00537'],
			['13900000031', '0'],
		]);
		// the busy number waits callInterval (60 s, the default of a policy without one = 60 ms here)
		expect(roundFor(sim.dialerTick(), id)).toBeUndefined();
		await sleep(90);
		expect(roundFor(sim.dialerTick(), id)?.results.map((r) => [r.called, r.attempt])).toEqual([['13900000537', 2]]);
		// 2 attempts today = retryTimes: the next one waits for tomorrow
		await sleep(90);
		expect(roundFor(sim.dialerTick(), id)).toBeUndefined();
		sim.setClock('2031-03-04 09:00:00');
		expect(roundFor(sim.dialerTick(), id)?.results.map((r) => r.attempt)).toEqual([3]);
		await sleep(90);
		expect(roundFor(sim.dialerTick(), id)?.results.map((r) => r.attempt)).toEqual([4]);
		// retryDay 2 used up: the record is finished
		sim.setClock('2031-03-05 09:00:00');
		expect(roundFor(sim.dialerTick(), id)).toBeUndefined();

		const all = await results(sim, id, 1);
		const busy = all.filter((r) => r.called === '13900000537');
		expect(busy.map((r) => r.callTimeStr.slice(0, 10))).toEqual([MONDAY, MONDAY, '2031-03-04', '2031-03-04']);
		expect(busy.every((r) => r.callStatus === 5 && r.failCode === '00537')).toBe(true);
		expect(await results(sim, id, 0)).toHaveLength(2); // one (latest) row per record without showDetail
		const stats = await c2Post(sim.url, `${BASE_V2}/1/statistics`, undefined, { method: 'GET', query: { campaignId: String(id) } });
		expect(stats.json.countDetail[0]).toMatchObject({ totalCount: 2, finishCount: 2, unCallCount: 0, totalCalledCount: 5, totalCallSucc: 1 });
	});

	it('retry policy, by result (type 1): only the configured result types are retried', async () => {
		sim.setClock(`${MONDAY} 09:00:00`);
		const id = await createCampaign(sim, { name: 'retry-result' }, ['13900000537', '13900000548']);
		const set = await c2Post(sim.url, `${BASE}/1/retryPolicy/${id}`, { policyJson: "{ 'type':1,'policy':{ 'result':1,'retryNumber':2,'callInterval':300 } }", policyType: 0 });
		expect(set.json.resultCode).toBe('0200000');
		await resume(sim, id);
		expect(roundFor(sim.dialerTick(), id)?.results).toHaveLength(2);
		await sleep(60); // 60 s < callInterval 300 s
		expect(roundFor(sim.dialerTick(), id)).toBeUndefined();
		await sleep(300);
		expect(roundFor(sim.dialerTick(), id)?.results.map((r) => [r.called, r.attempt])).toEqual([['13900000537', 2]]);
		await sleep(350);
		expect(roundFor(sim.dialerTick(), id)?.results.map((r) => [r.called, r.attempt])).toEqual([['13900000537', 3]]);
		await sleep(350);
		expect(roundFor(sim.dialerTick(), id)).toBeUndefined(); // retryNumber 2 used up; 00548 (powered off, type 5) never retried
		const all = await results(sim, id, 1);
		expect(all.filter((r) => r.called === '13900000548')).toHaveLength(1);
		expect(all.filter((r) => r.called === '13900000537')).toHaveLength(3);
	});

	it('moving the simulated clock past callInterval makes the retry due', async () => {
		sim.setClock(`${MONDAY} 09:00:00`);
		const id = await createCampaign(sim, { name: 'retry-advance' }, ['13900000604']);
		await c2Post(sim.url, `${BASE}/1/retryPolicy/${id}`, { policyJson: { type: 0, retryTimes: 3, retryDay: 1, callInterval: 3600 }, policyType: 0 });
		await resume(sim, id);
		expect(roundFor(sim.dialerTick(), id)?.results).toHaveLength(1);
		expect(roundFor(sim.dialerTick(), id)).toBeUndefined();
		sim.advanceClock(3600 * 1000);
		expect(roundFor(sim.dialerTick(), id)?.results[0].attempt).toBe(2);
	});

	it('validates retry policies (Table 7-117 / 7-29)', async () => {
		sim.setClock(`${MONDAY} 09:00:00`);
		const id = await createCampaign(sim, { name: 'retry-rules' }, []);
		const set = (b: unknown) => c2Post(sim.url, `${BASE}/1/retryPolicy/${id}`, b);
		expect((await set({ policyType: 0 })).json.resultCode).toBe('02000001');
		expect((await set({ policyJson: "{ 'type':0,'retryTimes':1,'retryDay':1 }", policyType: 2 })).json.resultCode).toBe('02000007');
		expect((await set({ policyJson: "{ 'type':0,'retryTimes':7,'retryDay':1 }", policyType: 0 })).json.resultCode).toBe('02000007');
		expect((await set({ policyJson: "{ 'type':0,'retryTimes':1,'retryDay':6 }", policyType: 0 })).json.resultCode).toBe('02000007');
		expect((await set({ policyJson: '{ type: 0', policyType: 0 })).json.resultCode).toBe('02000008');
		expect((await set({ policyJson: "{ 'type':0,'policy':{ 'retryTimes':2,'retryDay':1 } }", policyType: 1 })).json.resultCode).toBe('02000001');
		expect((await set({ policyJson: "{ 'dataType':'ST','type':0,'policy':{ 'retryTimes':2,'retryDay':1 } }", policyType: 1 })).json.resultCode).toBe('0200000');
		expect((await set({ policyJson: "{ 'type':1,'policy':{ 'result':4,'retryNumber':10,'callInterval':60 } }", policyType: 0 })).json.resultCode).toBe('02000007');
		// the V2 campaign form (7.1.2, Table 7-29) is checked at creation
		const bad = await c2Post(sim.url, `${BASE_V2}/1`, { ...campaignBody({ name: 'v2-bad', retryPolicy: { policyType: 0, retryDay: 9, retryTimes: 1, callInterval: 10 } }), callerNo: V2_CALLER });
		expect(bad.json.resultCode).toBe('02000007');
	});

	it('a V2 campaign retries by its creation-time retryPolicy, matched on the number type (policyType 1)', async () => {
		sim.setClock(`${MONDAY} 09:00:00`);
		const retryPolicy = { policyType: 1, policyJson: JSON.stringify([{ dataType: 'MOBILE', type: 0, policy: { retryTimes: 2, retryDay: 1 } }]) };
		const created = await c2Post(sim.url, `${BASE_V2}/1`, { ...campaignBody({ name: 'v2-typed', retryPolicy }), callerNo: V2_CALLER });
		expect(created.json.resultCode).toBe('0200000');
		const id = created.json.returnObject.id as number;
		const add = await c2Post(sim.url, `${BASE_V2}/1/calldata/${id}`, {
			callDataList: [
				{ sessionId: 'm', called: [{ calledNo: '13900100537', type: 'MOBILE' }] },
				{ sessionId: 'h', called: [{ calledNo: '01000200537', type: 'HOME' }] },
			],
		});
		expect(add.json.resultCode).toBe('0200000');
		await resume(sim, id);
		expect(roundFor(sim.dialerTick(), id)?.results).toHaveLength(2);
		await sleep(90);
		expect(roundFor(sim.dialerTick(), id)?.results.map((r) => r.sessionId)).toEqual(['m']);
	});
});

describe('ringing timeout and result pushes (timeScale 0.01: 20 s of ringing = 200 ms)', () => {
	let sim: Simulator;
	beforeAll(async () => {
		sim = await startSimulator({ timeScale: 0.01, dialerIntervalMs: 0, enforceIsalesRateLimit: false });
	});
	afterAll(async () => sim.close());
	beforeEach(() => sim.reset());

	it('an unanswered call rings for maxAlertingTime, then ends with 01040 and is pushed', async () => {
		const rx = await receiver();
		try {
			const id = await createCampaign(sim, { name: 'ring', begin: `${new Date().toISOString().slice(0, 10)} 00:00:00`, end: '2099-12-31 23:59:59', schedule: { workdayBeginTime1: '00:00', workdayEndTime1: '23:59' }, callBackUrl: rx.url, maxAlertingTime: 20 }, [
				'13900001040', // never answered (last five digits = 01040)
				'13900000041',
				'13900000042',
			]);
			sim.setDialOutcome('13900000041', '0', 5); // answers after 5 s of ringing
			sim.setDialOutcome('13900000042', '0', 25); // would answer after 25 s: too late
			await resume(sim, id);
			const t0 = Date.now();
			const round = roundFor(sim.dialerTick(), id)!;
			expect(round.results).toEqual([]);
			expect(round.ringing.sort()).toEqual(['13900000041', '13900000042', '13900001040']);
			expect(await results(sim, id)).toEqual([]);

			const got = await rx.waitFor(3, 5000);
			const pushed = got.map((r) => JSON.parse(r.body)[0]);
			const by = Object.fromEntries(pushed.map((p: { called: string }) => [p.called, p]));
			expect(by['13900000041']).toMatchObject({ callStatus: 6, failCode: '0' });
			expect(by['13900001040']).toMatchObject({ callStatus: 5, failCode: '01040' });
			expect(by['13900000042']).toMatchObject({ callStatus: 5, failCode: '01040' });
			const answeredAt = got.find((r) => r.body.includes('13900000041'))!.time - t0;
			const timedOutAt = got.find((r) => r.body.includes('13900001040'))!.time - t0;
			expect(answeredAt).toBeGreaterThanOrEqual(40);
			expect(timedOutAt).toBeGreaterThanOrEqual(190);
			expect(timedOutAt).toBeGreaterThan(answeredAt);

			const rows = await results(sim, id);
			expect(rows.filter((r) => r.failCode === '01040')).toHaveLength(2);
		} finally {
			await rx.close();
		}
	});

	it('the admin API sets the clock and ringing outcomes', async () => {
		const clock = await json(`${sim.url}/__sim/clock`, { body: { time: `${MONDAY} 08:00:00` } });
		expect(clock.body.now.slice(0, 16)).toBe(`${MONDAY} 08:00`);
		expect(sim.timeScale).toBe(0.01);
		const adv = await json(`${sim.url}/__sim/clock`, { body: { advanceMs: 3600_000 } });
		expect(adv.body.now.slice(0, 13)).toBe(`${MONDAY} 09`);
		const id = await createCampaign(sim, { name: 'admin-ring', maxAlertingTime: 10 }, ['13900000051']);
		await json(`${sim.url}/__sim/dialer/outcomes`, { body: { called: '13900000051', failCode: '0', answerAfterSec: null } });
		await resume(sim, id);
		const tick = await json(`${sim.url}/__sim/dialer/tick`, { body: {} });
		expect(tick.body.rounds[0]).toMatchObject({ campaignId: id, results: [], ringing: ['13900000051'] });
		const rows = await until(async () => {
			const r = await results(sim, id);
			return r.length ? r : undefined;
		}, 3000);
		expect(rows[0]).toMatchObject({ failCode: '01040', callStatus: 5 });
		await json(`${sim.url}/__sim/clock`, { body: { time: null } });
		expect(Math.abs(sim.clockNow() - Date.now())).toBeLessThan(1000);
	});

	it('a result push to an unreachable URL is retried at once, then not before 10 (scaled) minutes (6 in all: isales.test.cts)', async () => {
		const id = await createCampaign(sim, { name: 'unreachable', begin: `${new Date().toISOString().slice(0, 10)} 00:00:00`, end: '2099-12-31 23:59:59', schedule: { workdayBeginTime1: '00:00', workdayEndTime1: '23:59' }, callBackUrl: 'http://127.0.0.1:9/closed' }, ['13900000061']);
		await resume(sim, id);
		sim.dialerTick();
		// 10 min at 0.01 = 6 s per gap: check the first two and the spacing of the third
		const pushes = () => sim.callbacks.filter((c) => c.kind === 'isalesResult');
		const early = await until(() => (pushes().length >= 2 && pushes().every((c) => c.error) ? pushes() : undefined), 2000);
		expect(early.map((c) => c.attempt)).toEqual([1, 2]);
		expect(early.every((c) => c.status === 0 && c.error)).toBe(true);
		await sleep(1000);
		expect(pushes()).toHaveLength(2);
	});

	it('a 200 answer ends the pushes after one attempt', async () => {
		const rx = await receiver(() => ({ status: 200, body: { retCode: '0', retMsg: 'success' } }));
		try {
			const id = await createCampaign(sim, { name: 'delivered', begin: `${new Date().toISOString().slice(0, 10)} 00:00:00`, end: '2099-12-31 23:59:59', schedule: { workdayBeginTime1: '00:00', workdayEndTime1: '23:59' }, callBackUrl: rx.url }, ['13900000071']);
			await resume(sim, id);
			sim.dialerTick();
			await rx.waitFor(1, 3000);
			await sleep(300);
			expect(rx.received).toHaveLength(1);
			expect(rx.received[0].headers['content-type']).toBe('application/json;charset=UTF-8');
		} finally {
			await rx.close();
		}
	});
});
