/** The simulator's agent conferences (6.1.6) and multimedia sessions (6.1.5), over raw HTTP. */
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { json } from './helpers.cjs';

const GW = '/agentgateway/resource';
let sim: Simulator;

beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01, agentIdleTimeoutMs: 3_600_000 });
});
afterAll(async () => await sim.close());
beforeEach(() => sim.reset());

async function signIn(id: string): Promise<(method: string, path: string, body?: unknown) => Promise<{ retcode: string; result?: unknown; message?: string }>> {
	const r = await json(`${sim.url}${GW}/onlineagent/${id}`, { method: 'PUT', body: { password: 'Agent@123', phonenum: `7000${id}`, autoanswer: false } });
	const guid = String(r.headers.get('guid'));
	return async (method, path, body) => (await json(`${sim.url}${GW}${path}`, { method, headers: { Guid: guid }, body })).body;
}

async function drain(id: string, guid: string): Promise<Array<{ eventType: string; content: unknown }>> {
	const out: Array<{ eventType: string; content: unknown }> = [];
	for (;;) {
		const r = await json(`${sim.url}${GW}/agentevent/${id}`, { method: 'GET', headers: { Guid: guid } });
		if (!r.body.event) return out;
		out.push(r.body.event);
	}
}

it('runs a conference with the documented codes and events', async () => {
	const a = await signIn('101');
	const b = await signIn('104');
	expect((await a('POST', '/agentconf/101/requestleaveagentconf')).retcode).toBe('101-001');
	expect((await a('POST', '/agentconf/101/requestagentconf', { memberNum: 3, time: 3 })).retcode).toBe('000-002');
	expect((await a('POST', '/agentconf/101/requestagentconf', { memberNum: 3 })).retcode).toBe('0');
	expect((await a('POST', '/agentconf/101/requestagentconf', { memberNum: 3 })).retcode).toBe('101-003');
	expect((await b('POST', '/agentconf/104/batchaddparticipant', { addresses: [{ addressType: '9', address: '101' }] })).retcode).toBe('101-001');
	expect((await a('POST', '/agentconf/101/batchaddparticipant', { addresses: [{ addressType: '9', address: '104' }] })).retcode).toBe('0');
	expect((await b('POST', '/agentconf/104/answeragentconf')).retcode).toBe('0');
	expect((await b('POST', '/agentconf/104/releaseagentconf')).retcode).toBe('101-002');
	expect((await a('POST', '/agentconf/101/applytoshiftpresident', { destAgentNo: 101 })).retcode).toBe('101-005');
	expect((await a('POST', '/agentconf/101/batchremoveparticipant', { addresses: [{ addressType: '9', address: '101' }] })).retcode).toBe('101-006');
	expect((await b('GET', '/agentconf/104/queryvdnconfid')).retcode).toBe('101-004');
	const ids = (await a('GET', '/agentconf/101/queryvdnconfid')).result as { conflds: number[] };
	expect(ids.conflds).toHaveLength(1);
	expect((await a('POST', '/agentconf/101/releaseagentconf')).retcode).toBe('0');

	const guidB = (sim.agentSession('104') as { guid: string }).guid;
	const events = (await drain('104', guidB)).filter((e) => e.eventType.startsWith('AgentConf_'));
	expect(events.map((e) => e.eventType)).toEqual(['AgentConf_Ringing', 'AgentConf_SelfJoinResult', 'AgentConf_ParticipantChanged', 'AgentConf_SelfLeaveResult']);
	// On release each agent hears the others leave (changeReason 3: the conference ends), then leaves itself.
	expect(events[2].content).toMatchObject({ changeType: 1, changeReason: 3, participant: '101' });
});

it('serves multimedia sessions with the 106 codes', async () => {
	const a = await signIn('105');
	const r = sim.injectInboundCall('105', { caller: 'chat-1', mediaAbility: '5' } as never);
	if (!r.ok) throw new Error(r.error);
	expect((await a('PUT', `/voicecall/105/answer?callid=${r.callId}`)).retcode).toBe('0');
	expect((await a('POST', '/mediacall/105/sendmessage', { data: 'x' })).retcode).toBe('106-013');
	expect((await a('POST', '/mediacall/105/sendmessage', { callid: 'other', data: 'x' })).retcode).toBe('106-014');
	expect((await a('POST', '/mediacall/105/sendmessage', { callid: r.callId, data: 'x'.repeat(2049) })).retcode).toBe('106-007');
	expect((await a('POST', '/mediacall/105/sendmessage', { callid: r.callId, data: 'hello' })).retcode).toBe('0');
	expect((await a('POST', '/mediacall/105/setcallnums', { mediaType: '99', callnums: '1' })).retcode).toBe('106-008');
	expect((await a('POST', '/mediacall/105/setcallnums', { mediaType: '1', callnums: '61' })).retcode).toBe('106-003');
	expect((await a('POST', '/mediacall/105/setcallnums', { mediaType: '1', callnums: '2' })).retcode).toBe('0');
	// A second text session reaches the agent while it serves the first, up to the quota.
	const second = sim.injectInboundCall('105', { caller: 'chat-2', mediaAbility: '5' } as never);
	expect(second.ok).toBe(true);
	expect(sim.injectInboundCall('105', { caller: 'chat-3', mediaAbility: '5' } as never).ok).toBe(false);
	expect((await a('POST', '/mediacall/105/getconnectinfo', { callid: r.callId, userType: 'robot' })).retcode).toBe('106-015');
	expect((await a('POST', '/mediacall/105/transfer', { callid: r.callId, devicetype: 3, mode: 0, address: '1' })).retcode).toBe('106-004');
	expect((await a('POST', '/mediacall/105/transfer', { callid: r.callId, devicetype: 1, mode: 1, address: '1' })).retcode).toBe('106-010');
	expect((await a('POST', '/mediacall/105/transfer', { callid: r.callId, devicetype: 2, mode: 0, address: '119' })).retcode).toBe('106-006');
	expect((await a('POST', '/mediacall/105/transfer', { callid: r.callId, devicetype: 1, mode: 0, address: '1' })).retcode).toBe('0');
	const calls = (sim.agentSession('105') as { calls: Array<{ callId: string; messages: unknown[] }> }).calls;
	expect(calls.map((c) => c.callId)).toEqual([second.ok ? second.callId : '']);
});
