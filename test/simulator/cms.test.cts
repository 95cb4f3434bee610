/**
 * CMS figures (12.3) computed from the simulator's state and traffic: agents signed in through the
 * CC-Gateway, customer calls offered to skill queues, the dialer's outbound calls. Requests are
 * signed by the test's own auth-v2 signer (helpers.cts) and sent over real HTTP.
 */
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { c2Post, json, sleep, until } from './helpers.cjs';

const GW = '/agentgateway/resource';
const CMS = '/rest/cmsapp/v1/openapi';

class Agent {
	guid = '';
	constructor(
		private readonly sim: Simulator,
		readonly id: string,
	) {}

	async signIn(extra: Record<string, unknown> = {}) {
		const r = await json(`${this.sim.url}${GW}/onlineagent/${this.id}`, { method: 'PUT', body: { password: 'Agent@123', phonenum: `7000${this.id}`, status: '4', ...extra } });
		expect(r.body.retcode).toBe('0');
		this.guid = (r.headers.get('set-guid') ?? '').replace(/^JSESSIONID=/, '');
	}

	async call(method: string, path: string, body?: unknown) {
		const r = await json(`${this.sim.url}${GW}${path}`, { method, headers: { Guid: this.guid }, body });
		const set = r.headers.get('set-guid');
		if (set) this.guid = set.replace(/^JSESSIONID=/, '');
		return r;
	}
}

let sim: Simulator;
beforeAll(async () => {
	// 1 simulated second = 10 ms; agents never time out for not polling during a test
	sim = await startSimulator({ timeScale: 0.01, dialerIntervalMs: 0, agentIdleTimeoutMs: 24 * 3600 * 1000, enforceIsalesRateLimit: false });
});
afterAll(async () => sim.close());
beforeEach(() => sim.reset());

const cms = async (path: string, body: unknown) => {
	const r = await c2Post(sim.url, `${CMS}${path}`, body);
	expect(r.status).toBe(200);
	return r.json;
};

describe('agent figures follow the gateway sessions', () => {
	it('12.3.1.1.5 / 12.3.1.3.6 / 12.3.1.2.9 / 12.3.1.3.2: states and counts', async () => {
		const a101 = new Agent(sim, '101');
		const a102 = new Agent(sim, '102');
		const a103 = new Agent(sim, '103');
		const a104 = new Agent(sim, '104');
		for (const a of [a101, a102, a103, a104]) await a.signIn();
		expect((await a102.call('POST', '/onlineagent/102/saybusy')).body.retcode).toBe('0');
		expect((await a103.call('POST', '/onlineagent/103/rest/600/200')).body.retcode).toBe('0');

		const all = await cms('/vdn/totalagentdynamicinfo', { ccId: 1, vdn: 1, offset: 0, limit: 100 });
		expect(all).toMatchObject({ result: '0', resultCode: '0100000', count: sim.credentials.agents.length });
		const state = Object.fromEntries(all.resultDatas.map((x: { agentId: number; state: number }) => [x.agentId, x.state]));
		expect(state).toMatchObject({ 101: 1, 102: 7, 103: 8, 104: 1, 105: 0 });
		expect(all.resultDesc).toEqual(all.resultDatas);
		const page = await cms('/vdn/totalagentdynamicinfo', { ccId: 1, vdn: 1, offset: 2, limit: 2 });
		expect(page.resultDatas.map((x: { agentId: number }) => x.agentId)).toEqual([103, 104]);

		const team = await cms('/agentgroup/teamagentstatusinfo', { ccId: 1, vdn: 1, agentIds: [101, 102, 103, 105] });
		expect(team.resultDatas).toMatchObject({ idle: 1, usable: 1, setBusy: 1, rest: 1, talking: 0, loginEd: 3 });

		// even work numbers carry skills 1 and 2 (simulator defaults)
		const bySkill = await cms('/skill/agentstatusbyskill', { ccId: 1, vdn: 1, skillIds: [2], isSkillAllMatch: 'false' });
		expect(bySkill.resultDatas).toMatchObject({ loginEd: 2, setBusy: 1, idle: 1, rest: 0, callOut: 0 });
		const skill1 = await cms('/skill/agentstatusbyskill', { ccId: 1, vdn: 1, skillIds: [1] });
		expect(skill1.resultDatas).toMatchObject({ loginEd: 4, idle: 2, setBusy: 1, rest: 1 });

		const detail = await cms('/agentgroup/agentstatusinfobyagentids', { ccId: 1, vdn: 1, agentIds: [103, 105] });
		const [d103, d105] = detail.resultDatas;
		expect(d103).toMatchObject({ agentId: 103, currentState: 8, currentStateReason: 200, prevState: 1, agentRelease: 0 });
		expect(d103.logonTime).toBeLessThan(4294967295000);
		expect(d105).toMatchObject({ agentId: 105, currentState: 0, logonTime: 4294967295000 });

		// sign-out shows at once
		expect((await a104.call('DELETE', '/onlineagent/104/logout')).body.retcode).toBe('0');
		const after = await cms('/agentgroup/teamagentstatusinfo', { ccId: 1, vdn: 1, agentIds: [104] });
		expect(after.resultDatas).toMatchObject({ loginEd: 0, idle: 0 });
	});

	it('checks parameters the CMS way (0100002)', async () => {
		expect((await cms('/vdn/totalagentdynamicinfo', { ccId: 1, vdn: 0, offset: 0, limit: 10 })).resultCode).toBe('0100002');
		expect((await cms('/vdn/totalagentdynamicinfo', { ccId: 1, vdn: 1, offset: 0, limit: 101 })).resultCode).toBe('0100002');
		expect((await cms('/skill/totalskillstatusex3', { ccId: 1, vdn: 1 })).resultCode).toBe('0100002');
		expect((await cms('/agentgroup/teamagentstatusinfo', { ccId: 1, vdn: 1, agentIds: [7] })).resultCode).toBe('0100002');
		expect((await cms('/hisindex/vdn', { vdnIds: [1], indexIds: ['IDX_COUNT_TOTAL_CALL'], timeGrain: '5MIN' })).resultCode).toBe('0100002');
		// another VDN has no agents here
		expect(await cms('/vdn/totalagentdynamicinfo', { ccId: 1, vdn: 7, offset: 0, limit: 10 })).toMatchObject({ resultCode: '0100000', count: 0, resultDatas: [] });
	});

	it('judges the wire as the vendor evidence does: ccId is mandatory, the PDF spellings are unknown keys, queryParam is required where the vendor wraps', async () => {
		// The PDF's cclId / ccld are not the call center ID: the request lacks ccId.
		for (const misread of ['cclId', 'ccld', 'cclid']) {
			const r = await cms('/vdn/totalagentdynamicinfo', { [misread]: 1, vdn: 1, offset: 0, limit: 10 });
			expect(r).toEqual({ resultCode: '0100002', resultDesc: 'The parameter is invalid: ccId' });
		}
		// Unknown keys are ignored.
		expect((await cms('/vdn/totalagentdynamicinfo', { ccId: 1, vdn: 1, offset: 0, limit: 10, extra: 'x' })).resultCode).toBe('0100000');
		// 12.3.1.2.6 (skill/stateinfo): the vendor wraps the body; flat, the wrapper is missing.
		expect(await cms('/skill/stateinfo', { ccId: 1, vdn: 1, skillIds: [1] })).toEqual({ resultCode: '0100002', resultDesc: 'The parameter is invalid: queryParam' });
		expect(await cms('/skill/stateinfo', { queryParam: { ccld: 1, vdn: 1, skillIds: [1] } })).toEqual({ resultCode: '0100002', resultDesc: 'The parameter is invalid: queryParam.ccId' });
		expect((await cms('/skill/stateinfo', { queryParam: { ccId: 1, vdn: 1, skillIds: [1] } })).resultCode).toBe('0100000');
		// I/l misreadings: 12.3.1.1.11 takes innoIds (cec_07_2542), the PDF's innolds is an unknown key.
		expect(await cms('/vdn/queryaccesscodecallinfo', { ccId: 1, vdn: 1, innolds: [1] })).toEqual({ resultCode: '0100002', resultDesc: 'The parameter is invalid: innoIds' });
		expect((await cms('/vdn/queryaccesscodecallinfo', { ccId: 1, vdn: 1, innoIds: [1] })).resultCode).toBe('0100000');
	});

	it('interfaces without figures still answer the documented example', async () => {
		const r = await cms('/vdn/queryivrstatusinfo', { ccId: 1, vdn: 1, flowId: 1 });
		expect(r).toEqual({ result: '0', resultCode: '0100000', resultDatas: [{ callId: '1453724606-576', customerLevel: 1, requestType: 0 }], resultDesc: [{ callId: '1453724606-576', customerLevel: 1, requestType: 0 }] });
		expect((await cms('/vdn/queryivrstatusinfo', { ccId: 1, vdn: 1 })).resultCode).toBe('0100002');
	});
});

describe('skill queue and call figures follow the traffic', () => {
	it('queue, answer, abandon, release: 12.3.1.2.2 / 12.3.1.2.6 / 12.3.1.2.3 / 12.3.2.1', async () => {
		sim.setClock('2031-03-03 10:00:00');
		const a101 = new Agent(sim, '101');
		const a103 = new Agent(sim, '103');
		await a101.signIn();
		await a103.signIn();
		await a103.call('POST', '/onlineagent/103/saybusy');

		const first = sim.offerSkillCall(1, { caller: '13800000001' });
		expect(first).toMatchObject({ queued: false, agentId: '101' });
		const waiting = sim.offerSkillCall(1, { caller: '13800000002', patienceSec: 1000 });
		const impatient = sim.offerSkillCall(1, { caller: '13800000003', patienceSec: 30 });
		expect(waiting).toMatchObject({ queued: true });
		expect(impatient).toMatchObject({ queued: true });

		const ex3 = await cms('/skill/totalskillstatusex3', { ccId: 1, vdn: 1, skillIds: [1, 2] });
		expect(ex3.resultDatas[0]).toMatchObject({ skillId: 1, queueSize: 2, loggedOnAgents: 2, availAgents: 0, maxQueueSize: 100, callId: (waiting as { callId: string }).callId });
		expect(ex3.resultDatas[1]).toMatchObject({ skillId: 2, queueSize: 0, loggedOnAgents: 0, callId: '4294967295-4294967295' });

		// 30 simulated seconds of patience = 300 ms
		await until(async () => (await cms('/skill/totalskillstatusex3', { ccId: 1, vdn: 1, skillIds: [1] })).resultDatas[0].queueSize === 1, 3000);
		const stats = await cms('/skill/stateinfo', { queryParam: { ccId: 1, vdn: 1, skillIds: [1] } });
		expect(stats.resultDatas[0]).toMatchObject({ skillId: 1, agentLoginNums: 2, agentTalkingNums: 1, agentSetBusyNums: 1, agentIdleNums: 0, callWaitNums: 1, processingCallNums: 1, allCallCount: 3, cnndIn20sCallCount: 1 });
		expect(stats.resultDatas[0].maxCallWaitTimesIn5).toBeGreaterThanOrEqual(30);

		// the agent hangs up: the waiting call goes to it at once
		expect((await a101.call('DELETE', '/voicecall/101/release')).body.retcode).toBe('0');
		await until(async () => (await cms('/skill/totalskillstatusex3', { ccId: 1, vdn: 1, skillIds: [1] })).resultDatas[0].queueSize === 0, 3000);
		const five = await cms('/skill/currentcallstateinfo', { ccId: 1, vdn: 1, skillIds: [1] });
		expect(five.resultDatas[0]).toMatchObject({ id: 1, allCallCount: 3, cnndCallCount: 2, abanCallCount: 1, callEndCount: 2 });
		expect(five.resultDatas[0].startTime).toBe(Date.parse('2031-03-03T10:00:00Z'));
		const team = await cms('/agentgroup/teamagentstatusinfo', { ccId: 1, vdn: 1, agentIds: [101] });
		expect(team.resultDatas).toMatchObject({ talking: 1, loginEd: 1 });
		const d101 = (await cms('/agentgroup/agentstatusinfobyagentids', { ccId: 1, vdn: 1, agentIds: [101] })).resultDatas[0];
		expect(d101).toMatchObject({ currentState: 5, agentRelease: 1 });

		const day = await cms('/hisindex/vdn', { ccId: 1, vdnIds: [1], indexIds: ['IDX_COUNT_INBOUND_CALL', 'IDX_COUNT_INBOUND_CONNECTED', 'IDX_COUNT_ABANDONED_CALL', 'IDX_RATE_INBOUND_CONNECTED'] });
		expect(day.resultDatas).toEqual([
			{ id: 'IDX_COUNT_INBOUND_CALL', idxs: [{ val: '3' }] },
			{ id: 'IDX_COUNT_INBOUND_CONNECTED', idxs: [{ val: '2' }] },
			{ id: 'IDX_COUNT_ABANDONED_CALL', idxs: [{ val: '1' }] },
			{ id: 'IDX_RATE_INBOUND_CONNECTED', idxs: [{ val: '0.6667' }] },
		]);
		const grained = await cms('/hisindex/vdn', { ccId: 1, vdnIds: [1], indexIds: ['IDX_COUNT_TOTAL_CALL'], timeGrain: '15MIN' });
		expect(grained.resultDatas).toEqual([{ id: 'IDX_COUNT_TOTAL_CALL', idxs: [{ val: { '2031-03-03 10:00:00.0': '3' } }] }]);
		const yesterday = await cms('/hisindex/vdn', { ccId: 1, vdnIds: [1], indexIds: ['IDX_COUNT_TOTAL_CALL'], enableOffset: 'Y' });
		expect(yesterday.resultDatas[0].idxs[0].val).toBe('0');
	});

	it('the dialer counts as outbound traffic and feeds 12.3.5.1 / 12.3.5.3', async () => {
		sim.setClock('2031-03-03 10:00:00');
		const created = await c2Post(sim.url, '/rest/isales/v1/openapi/campaigns/1', {
			name: 'cms-task',
			strBeginTime: '2031-03-03 00:00:00',
			strEndTime: '2031-03-31 23:59:59',
			deviceType: 3,
			callerNo: '10085',
			maxAlertingTime: 20,
			scheduleParam: { workdayBeginTime1: '08:00', workdayEndTime1: '20:00' },
			ivrParam: { deviceSign: '1001', callCount: 10, callInterval: 3 },
			initStatus: 1,
			callBackUrl: 'http://127.0.0.1:9/unused',
		});
		const id = created.json.returnObject.id as number;
		await c2Post(sim.url, `/rest/isales/v1/openapi/campaigns/1/calldata/${id}`, { callDataList: [{ called: '13900000001' }, { called: '13900000537' }, { called: '13900000002' }, { called: '13900001040' }] });
		await c2Post(sim.url, `/rest/isales/v1/openapi/campaigns/1/${id}/resume`, undefined, { method: 'PUT' });
		sim.dialerTick();

		const tasks = await cms('/fromisales/querytasks', { ccId: 1, vdn: 1, limit: 10, offset: 0 });
		expect(tasks.resultDesc).toEqual({ count: 1, tasks: [{ beginDate: '2031-03-03', taskType: '3', endDate: '2031-03-31', taskName: 'cms-task', taskId: String(id), status: '2' }] });
		const live = await cms('/fromisales/realstatistic', { ccId: 1, vdn: 1, taskId: String(id) });
		expect(live.resultDesc).toEqual({ compCount: '3', failCount: '1', compRate: '75%', execCount: '1', succCount: '2', succRate: '67%', totalCount: '4', waitCount: '0' });
		// the ringing number ends with 01040 after maxAlertingTime (20 s = 200 ms)
		await sleep(300);
		const done = await cms('/fromisales/realstatistic', { ccId: 1, vdn: 1, taskId: String(id) });
		expect(done.resultDesc).toMatchObject({ compCount: '4', failCount: '2', execCount: '0', compRate: '100%', succRate: '50%' });
		expect((await cms('/fromisales/realstatistic', { ccId: 1, vdn: 1, taskId: '999' })).resultCode).toBe('0100002');

		const out = await cms('/hisindex/vdn', { ccId: 1, vdnIds: [1], indexIds: ['IDX_COUNT_OUTBOUND_CALL', 'IDX_COUNT_OUTBOUND_CONNECTED', 'IDX_COUNT_INBOUND_CALL'] });
		expect(out.resultDatas.map((x: { idxs: { val: string }[] }) => x.idxs[0].val)).toEqual(['4', '2', '0']);
	});
});
