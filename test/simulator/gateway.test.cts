import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { json, receiver, sleep, until } from './helpers.cjs';

const GW = '/agentgateway/resource';

class AgentClient {
	guid = '';
	constructor(
		private readonly sim: Simulator,
		readonly id: string,
	) {}

	async signIn(extra: Record<string, unknown> = {}, force = false) {
		const r = await json(`${this.sim.url}${GW}/onlineagent/${this.id}${force ? '/forcelogin' : ''}`, {
			method: 'PUT',
			body: { password: 'Agent@123', phonenum: `7000${this.id}`, status: '4', ...extra },
		});
		const set = r.headers.get('set-guid');
		if (set) this.guid = set.replace(/^JSESSIONID=/, '');
		return r;
	}

	call(method: string, path: string, body?: unknown, guid = this.guid) {
		return json(`${this.sim.url}${GW}${path}`, { method, headers: guid ? { Guid: guid } : {}, body });
	}

	/** One poll; adopts a rotated GUID like a well-behaved client. */
	async poll() {
		const r = await json(`${this.sim.url}${GW}/agentevent/${this.id}`, { method: 'GET', headers: { Guid: this.guid } });
		const set = r.headers.get('set-guid');
		if (set) this.guid = set.replace(/^JSESSIONID=/, '');
		return r;
	}

	async events(max = 50): Promise<string[]> {
		const out: string[] = [];
		for (let i = 0; i < max; i++) {
			const r = await this.poll();
			if (r.body.retcode !== '0' || !r.body.event) break;
			out.push(r.body.event.eventType);
		}
		return out;
	}
}

describe('CC-Gateway (static GUID)', () => {
	let sim: Simulator;
	beforeAll(async () => {
		sim = await startSimulator({ timeScale: 0.01, gatewayAuthMode: 'static' });
	});
	afterAll(async () => sim.close());
	afterEach(() => sim.restartGateway());

	it('signs in with Set-GUID and rejects bad credentials with the documented codes', async () => {
		const a = new AgentClient(sim, '102');
		expect((await a.signIn({ password: 'wrong' })).body.retcode).toBe('100-004');
		expect((await a.signIn({ phonenum: '' })).body.retcode).toBe('100-001');
		expect((await a.signIn({ phonenum: '5551234' })).body.retcode).toBe('100-014');
		const ok = await a.signIn();
		expect(ok.body).toMatchObject({ retcode: '0', result: { workno: '102', mediatype: 'TTF' } });
		expect(ok.headers.get('set-guid')).toMatch(/^JSESSIONID=[0-9a-f-]{36}\.AgentGateway0$/);
		expect((await a.signIn()).body.retcode).toBe('100-002');
	});

	it('requires the GUID: missing/wrong → 000-003, not signed in → 100-006', async () => {
		const a = new AgentClient(sim, '103');
		expect((await a.call('GET', `/onlineagent/103/agentstatus`, undefined, 'whatever')).body.retcode).toBe('100-006');
		await a.signIn();
		expect((await a.call('GET', `/onlineagent/103/agentstatus`, undefined, '')).body.retcode).toBe('000-003');
		expect((await a.call('GET', `/onlineagent/103/agentstatus`, undefined, 'forged.AgentGateway0')).body.retcode).toBe('000-003');
		const st = await a.call('GET', `/onlineagent/103/agentstatus`);
		expect(st.body).toMatchObject({ retcode: '0', result: { agentState: 4, isWorking: false } });
	});

	it('static mode never rotates the GUID', async () => {
		const a = new AgentClient(sim, '104');
		await a.signIn();
		const first = a.guid;
		await a.events();
		await sleep(200);
		await a.poll();
		expect(a.guid).toBe(first);
	});

	it('holds an empty long poll for 10 s (scaled) and answers at once when an event arrives', async () => {
		const a = new AgentClient(sim, '105');
		await a.signIn();
		expect(await a.events()).toEqual(['AgentOther_InService', 'AgentState_Ready']);
		const t0 = Date.now();
		const empty = await a.poll();
		const held = Date.now() - t0;
		expect(empty.body).toEqual({ message: '', retcode: '0', event: null });
		expect(held).toBeGreaterThanOrEqual(80);
		expect(held).toBeLessThan(1000);
		const pending = a.poll();
		await sleep(20);
		sim.injectEvents('105', { eventType: 'AgentOther_Note', content: null });
		const t1 = Date.now();
		const r = await pending;
		expect(r.body.event.eventType).toBe('AgentOther_Note');
		expect(Date.now() - t1).toBeLessThan(80);
	});

	it('signs out an agent that stops polling for 2 min (scaled)', async () => {
		const a = new AgentClient(sim, '106');
		await a.signIn();
		await a.events();
		await sleep(1500); // 2 min × 0.01 = 1.2 s
		expect((await a.call('GET', `/onlineagent/106/agentstatus`)).body.retcode).toBe('100-006');
	});

	it('inbound call: ringing → answer → hold → unhold → release, events in order', async () => {
		const a = new AgentClient(sim, '107');
		await a.signIn({ autoanswer: false });
		await a.events();
		const call = sim.injectInboundCall('107', { caller: '13912345678', called: '6001' });
		expect(call.ok).toBe(true);
		const callId = (call as { callId: string }).callId;
		const ringing = await a.poll();
		expect(ringing.body.event.eventType).toBe('AgentOther_PhoneAlerting');
		const r2 = await a.poll();
		expect(r2.body.event).toMatchObject({ eventType: 'AgentEvent_Ringing', workNo: '107', content: { caller: '13912345678', called: '6001', callid: callId, feature: '0' } });
		expect((await a.call('PUT', `/voicecall/107/answer`)).body.retcode).toBe('0');
		expect((await a.poll()).body.event).toMatchObject({ eventType: 'AgentEvent_Talking', content: { callid: callId } });
		expect((await a.call('GET', `/onlineagent/107/agentstatus`)).body.result).toEqual({ agentState: 7, isWorking: true });
		expect((await a.call('POST', `/voicecall/107/hold`)).body.retcode).toBe('0');
		expect((await a.poll()).body.event).toMatchObject({ eventType: 'AgentEvent_Hold', content: callId });
		expect((await a.call('POST', `/voicecall/107/gethold?callid=${callId}`)).body.retcode).toBe('0');
		expect((await a.poll()).body.event.eventType).toBe('AgentEvent_Talking');
		expect((await a.call('DELETE', `/voicecall/107/release`)).body.retcode).toBe('0');
		expect(await a.events()).toEqual(['AgentEvent_Call_Release', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
		expect((await a.call('DELETE', `/voicecall/107/release`)).body.retcode).toBe('200-017');
		expect((await a.call('DELETE', `/onlineagent/107/logout`)).body.retcode).toBe('0');
		expect((await a.call('GET', `/onlineagent/107/agentstatus`)).body.retcode).toBe('100-006');
	});

	it('auto-answer, callout and customer hang-up', async () => {
		const a = new AgentClient(sim, '108');
		await a.signIn();
		await a.events();
		sim.injectInboundCall('108');
		expect(await a.events()).toEqual(['AgentOther_PhoneAlerting', 'AgentEvent_Auto_Answer', 'AgentEvent_Talking']);
		expect(sim.customerHangup('108')).toBe(true);
		expect(await a.events()).toEqual(['AgentEvent_Customer_Release', 'AgentEvent_Call_Release', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
		expect((await a.call('PUT', `/voicecall/108/callout`, { called: 'abc' })).body.retcode).toBe('200-001');
		const out = await a.call('PUT', `/voicecall/108/callout`, { called: '13800001111' });
		expect(out.body.retcode).toBe('0');
		expect(out.body.result).toMatch(/^\d+-\d+$/);
		const evs: string[] = [];
		await until(async () => {
			evs.push(...(await a.events()));
			return evs.includes('AgentEvent_Talking');
		});
		expect(evs).toEqual(['AgentOther_PhoneAlerting', 'AgentOther_PhoneOffhook', 'AgentState_Busy', 'AgentEvent_Customer_Alerting', 'AgentEvent_Talking']);
	});

	it('state machine: busy, rest (with timeout reminder), work, idle', async () => {
		const a = new AgentClient(sim, '109');
		await a.signIn();
		await a.events();
		expect((await a.call('POST', `/onlineagent/109/saybusy`)).body.retcode).toBe('0');
		expect((await a.call('GET', `/onlineagent/109/agentstatus`)).body.result.agentState).toBe(3);
		expect((await a.call('POST', `/onlineagent/109/cancelbusy`)).body.retcode).toBe('0');
		expect((await a.call('POST', `/onlineagent/109/cancelbusy`)).body.retcode).toBe('100-009');
		expect((await a.call('POST', `/onlineagent/109/rest/10/200`)).body.retcode).toBe('0');
		expect((await a.call('GET', `/onlineagent/109/agentstatus`)).body.result.agentState).toBe(8);
		await sleep(150); // 10 s × 0.01
		expect((await a.call('POST', `/onlineagent/109/cancelrest`)).body.retcode).toBe('0');
		expect((await a.call('POST', `/onlineagent/109/work`)).body.retcode).toBe('0');
		expect((await a.call('POST', `/onlineagent/109/sayfree`)).body.retcode).toBe('0');
		expect(await a.events()).toEqual([
			'AgentState_SetNotReady_Success',
			'AgentState_CancelNotReady_Success',
			'AgentState_SetRest_Success',
			'AgentState_Rest_Timeout',
			'AgentState_CancelRest_Success',
			'AgentState_SetWork_Success',
			'AgentState_CancelWork_Success',
		]);
	});

	it('forced sign-in kicks the existing session; restart loses every session', async () => {
		const a = new AgentClient(sim, '110');
		await a.signIn();
		const old = a.guid;
		await a.events();
		const held = a.poll();
		await sleep(20);
		const b = new AgentClient(sim, '110');
		expect((await b.signIn({}, true)).body.retcode).toBe('0');
		expect((await held).body.retcode).toBe('000-003');
		expect(b.guid).not.toBe(old);
		expect((await a.call('GET', `/onlineagent/110/agentstatus`, undefined, old)).body.retcode).toBe('000-003');
		expect((await b.call('GET', `/onlineagent/110/agentstatus`)).body.retcode).toBe('0');
		const res = await fetch(`${sim.url}/__sim/restart`, { method: 'POST' });
		expect(res.status).toBe(200);
		expect((await b.call('GET', `/onlineagent/110/agentstatus`)).body.retcode).toBe('100-006');
	});

	it('supervisor operations act on the target agent', async () => {
		const sup = new AgentClient(sim, '101');
		const tgt = new AgentClient(sim, '111');
		await sup.signIn();
		await tgt.signIn();
		await tgt.events();
		expect((await sup.call('POST', `/qualitycontrol/101/forcebusy/111`)).body.retcode).toBe('0');
		expect((await tgt.call('GET', `/onlineagent/111/agentstatus`)).body.result.agentState).toBe(3);
		expect((await sup.call('POST', `/qualitycontrol/101/forceidle/111`)).body.retcode).toBe('0');
		expect(await tgt.events()).toEqual(['AgentState_SetNotReady_Success', 'AgentState_CancelNotReady_Success']);
		expect((await sup.call('POST', `/qualitycontrol/101/forcebusy/119`)).body.retcode).toBe('900-004');
		expect((await tgt.call('POST', `/qualitycontrol/111/forcebusy/101`)).body.retcode).toBe('900-002');
		expect((await sup.call('POST', `/qualitycontrol/101/forcelogout/111`)).body.retcode).toBe('0');
		expect((await tgt.call('GET', `/onlineagent/111/agentstatus`)).body.retcode).toBe('100-006');
	});

	it('push mode POSTs the event list with service_token and Guid', async () => {
		const rx = await receiver(() => ({ status: 200, body: { message: '', retcode: '0' } }));
		try {
			const a = new AgentClient(sim, '112');
			await a.signIn({ callbackUri: rx.url, serviceToken: 'tok123' });
			await rx.waitFor(1);
			const first = rx.received[0];
			expect(first.headers['service_token']).toBe('tok123');
			expect(first.headers['guid']).toBe(a.guid);
			expect(JSON.parse(first.body)).toEqual({
				workNo: '112',
				eventList: [
					{ eventType: 'AgentOther_InService', workNo: '112', content: null },
					{ eventType: 'AgentState_Ready', workNo: '112', content: null },
				],
			});
			expect((await a.poll()).body.retcode).toBe('000-001');
			sim.injectEvents('112', { eventType: 'AgentOther_Note' }, 3);
			await rx.waitFor(2);
			expect(JSON.parse(rx.received[1].body).eventList).toHaveLength(3);
		} finally {
			await rx.close();
		}
	});
});

describe('CC-Gateway (dynamic GUID)', () => {
	let sim: Simulator;
	beforeAll(async () => {
		// GUIDINTERVAL 60 s → 300 ms, GUIDTIMEOUT 120 s → 600 ms at this scale
		sim = await startSimulator({ timeScale: 0.005, gatewayAuthMode: 'dynamic' });
	});
	afterAll(async () => sim.close());

	it('rotates the GUID through the event interface; the old one works until GUIDTIMEOUT', async () => {
		const a = new AgentClient(sim, '113');
		await a.signIn();
		const first = a.guid;
		await a.events();
		await sleep(350);
		const r = await a.poll(); // held ~50 ms, then answered with Set-GUID
		expect(r.headers.get('set-guid')).toMatch(/^JSESSIONID=/);
		expect(a.guid).not.toBe(first);
		// old GUID still accepted within GUIDTIMEOUT
		expect((await a.call('GET', `/onlineagent/113/agentstatus`, undefined, first)).body.retcode).toBe('0');
		expect((await a.call('GET', `/onlineagent/113/agentstatus`)).body.retcode).toBe('0');
		// keep polling (an idle agent would be signed out after 2 min = 600 ms here)
		const until700 = Date.now() + 700;
		while (Date.now() < until700) await a.poll();
		expect((await a.call('GET', `/onlineagent/113/agentstatus`, undefined, first)).body.retcode).toBe('000-003');
		expect((await a.call('GET', `/onlineagent/113/agentstatus`)).body.retcode).toBe('0');
	});

	it('admin rotation is delivered on the next poll; invalidation forces 000-003', async () => {
		const a = new AgentClient(sim, '114');
		await a.signIn();
		await a.events();
		const before = a.guid;
		const rot = await fetch(`${sim.url}/__sim/guid/rotate/114`, { method: 'POST' });
		expect(rot.status).toBe(200);
		sim.injectEvents('114', { eventType: 'AgentOther_Note' });
		const r = await a.poll();
		expect(r.headers.get('set-guid')).toBe(`JSESSIONID=${a.guid}`);
		expect(a.guid).not.toBe(before);
		sim.invalidateGuid('114');
		expect((await a.call('GET', `/onlineagent/114/agentstatus`)).body.retcode).toBe('000-003');
	});
});
