import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { HuaweiCecAgentEventTrigger } from '../../nodes/HuaweiCecAgentEventTrigger/HuaweiCecAgentEventTrigger.node';
import { runningPollers } from '../../nodes/HuaweiCecAgentEventTrigger/agentEventPoller';
import { agentSessions } from '../../nodes/shared/auth/agentSessions';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { createHarness, simulatorCredentials, type Harness, type TriggerHandle } from '../helpers/n8n.cjs';

/**
 * The agent event trigger through n8n-core's TriggerContext against the simulator's CC-Gateway:
 * real HTTP long polls, real GUID rotation, restarts and faults.
 *
 * The simulator runs at timeScale 0.01 (a 10 s empty hold lasts 100 ms), but the trigger's pause
 * after a failed poll is the reference's wall-clock 1 s. The idle sign-out (2 min real, 1.2 s
 * scaled) and the validity of a rotated-out GUID (GUIDTIMEOUT, likewise) are therefore set to 10 s
 * here, so that a burst of faults costs the simulated agent no more of those allowances than the
 * trigger's 30 s backoff cap costs a real one.
 */

const AGENT = '101';
const EVENT_PATH = '/agentgateway/resource/agentevent/';
const node = new HuaweiCecAgentEventTrigger();

let sim: Simulator;
let n8n: Harness;
const open: TriggerHandle[] = [];

beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01, agentIdleTimeoutMs: 1_000_000, guidTimeoutMs: 1_000_000, maxLogEntries: 100_000 });
	n8n = await createHarness(simulatorCredentials(sim));
});
afterAll(async () => await sim.close());
beforeEach(() => {
	tokenCache.clear();
	agentSessions.clear();
	sim.reset();
	sim.setTimeScale(0.01);
	n8n.credentials.set('huaweiCecAgentGatewayApi', simulatorCredentials(sim).huaweiCecAgentGatewayApi);
});
afterEach(async () => {
	for (const handle of open.splice(0)) await handle.close().catch(() => undefined);
	expect(runningPollers()).toBe(0);
});

async function activate(parameters: INodeParameters = {}, mode: 'trigger' | 'manual' = 'trigger'): Promise<TriggerHandle> {
	const handle = await n8n.trigger(node, parameters, { mode });
	open.push(handle);
	return handle;
}

const events = (handle: TriggerHandle): IDataObject[] => handle.emitted.map((data) => data[0][0].json);
const polls = (agentId = AGENT) => sim.requests.filter((r) => r.method === 'GET' && r.path === `${EVENT_PATH}${agentId}`);
const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs = 20_000, what = 'condition'): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await sleep(5);
	}
}

const note = (seq: number) => ({ eventType: 'AgentOther_Note', content: { seq } });

it('emits 10,000 events exactly once and in order through GUID rotations, a gateway restart and 5xx bursts', async () => {
	const TOTAL = 10_000;
	// One HTTP round trip per event: about 3 ms on an idle machine, 6-10 ms on two busy cores.
	const DEADLINE_MS = 150_000;
	const handle = await activate();
	const seqs = (): number[] => events(handle).filter((e) => e.eventType === 'AgentOther_Note').map((e) => (e.content as IDataObject).seq as number);
	// Counted incrementally: the test shares its event loop with the trigger and the simulator.
	let scanned = 0;
	let notes = 0;
	const countNotes = (): number => {
		for (; scanned < handle.emitted.length; scanned++) if (handle.emitted[scanned][0][0].json.eventType === 'AgentOther_Note') notes++;
		return notes;
	};
	await until(() => events(handle).some((e) => e.eventType === 'AgentState_Ready'), 5000, 'sign-in events');

	let injected = 0;
	let seen = 0;
	const done = new Set<number>();
	// Disturbances, keyed by how many events were emitted when they strike.
	const plan: Array<[number, string, () => void]> = [
		[800, 'rotate', () => void sim.rotateGuid(AGENT)],
		[1500, '503 x3', () => void sim.addFault({ type: 'status', status: 503, pathPrefix: EVENT_PATH, count: 3 })],
		[2500, 'reset x2', () => void sim.addFault({ type: 'reset', pathPrefix: EVENT_PATH, count: 2 })],
		[3200, 'rotate', () => void sim.rotateGuid(AGENT)],
		[5600, '502 x2 + rotate', () => {
			sim.addFault({ type: 'status', status: 502, pathPrefix: EVENT_PATH, count: 2 });
			sim.rotateGuid(AGENT);
		}],
		[7000, '500', () => void sim.addFault({ type: 'status', status: 500, pathPrefix: EVENT_PATH, count: 1 })],
		[8000, 'non-JSON page', () => void sim.addFault({ type: 'nonjson', pathPrefix: EVENT_PATH, count: 1 })],
		[9000, 'rotate', () => void sim.rotateGuid(AGENT)],
	];
	const RESTART_AT = 4000;
	let restarted = false;
	const started = Date.now();

	while (seen < TOTAL) {
		seen = countNotes();
		for (const [at, name, act] of plan) {
			if (seen >= at && !done.has(at)) {
				done.add(at);
				act();
				void name;
			}
		}
		if (!restarted && injected === RESTART_AT) {
			// A restart loses the gateway's queue (the simulator's as a real CC-Gateway's): strike once it is drained.
			if (seen < RESTART_AT) {
				await sleep(5);
				continue;
			}
			restarted = true;
			const before = events(handle).filter((e) => e.eventType === 'AgentOther_InService').length;
			sim.restartGateway();
			await until(() => events(handle).filter((e) => e.eventType === 'AgentOther_InService').length > before, 10_000, 're-sign-in after the restart');
		}
		// The gateway keeps at most 2,000 queued events: feed it the way traffic would, ahead of the reader.
		const limit = restarted ? TOTAL : RESTART_AT;
		if (injected < limit && injected - seen < 1000) {
			const batch = Array.from({ length: Math.min(500, limit - injected) }, (_, i) => note(injected + i));
			expect(sim.injectEvents(AGENT, batch)).toBe(true);
			injected += batch.length;
		}
		await sleep(5);
		if (handle.errors.length) throw handle.errors[0];
		if (Date.now() - started > DEADLINE_MS) throw new Error(`only ${seen} of ${TOTAL} events after ${DEADLINE_MS} ms`);
	}
	const elapsed = Date.now() - started;
	await sleep(300);

	const got = seqs();
	expect(got).toHaveLength(TOTAL);
	expect(got).toEqual(Array.from({ length: TOTAL }, (_, i) => i));
	expect(handle.errors).toEqual([]);
	expect(done.size).toBe(plan.length);

	// Each disturbance really happened on the wire.
	const log = polls();
	expect(log.filter((r) => r.status === 503)).toHaveLength(3);
	expect(log.filter((r) => r.fault === 'reset')).toHaveLength(2);
	expect(log.filter((r) => r.status === 502)).toHaveLength(2);
	expect(log.filter((r) => r.fault === 'nonjson')).toHaveLength(1);
	expect(sim.requests.filter((r) => r.method === 'PUT' && r.path === `/agentgateway/resource/onlineagent/${AGENT}`)).toHaveLength(2);
	// Set-GUID followed: every poll after a rotation carries the new GUID (none was refused).
	expect(log.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(TOTAL);
	// 6.1.4.1: after a non-200 answer, the next poll comes more than a second later.
	for (let i = 0; i < log.length - 1; i++) {
		if (log[i].status !== 200) expect(log[i + 1].time - log[i].time).toBeGreaterThanOrEqual(990);
	}
	const ready = events(handle).filter((e) => e.eventType !== 'AgentOther_Note').map((e) => e.eventType);
	expect(ready).toEqual(['AgentOther_InService', 'AgentState_Ready', 'AgentOther_InService', 'AgentState_Ready']);
	// eslint-disable-next-line no-console
	console.log(`10,000 agent events in ${elapsed} ms (${log.length} polls, incl. ~10 s of mandated pauses after faults)`);
}, 180_000);

it('survives a response cut off mid-body; the event inside it left the gateway and is gone (as on a real CC-Gateway)', async () => {
	const handle = await activate({ eventTypes: ['AgentOther_Note'] });
	await until(() => (sim.agentSession(AGENT) as { polling?: boolean })?.polling === true, 5000, 'a held poll');
	// Status, reset and non-JSON faults strike before the gateway dequeues (the 10,000-event test loses
	// nothing to them); a truncated answer is the one case where the event was handed out and lost.
	sim.addFault({ type: 'truncate', pathPrefix: EVENT_PATH, count: 1 });
	// The faulted poll is held on the empty queue; the first event goes to it.
	await until(() => polls().some((r) => r.fault === 'truncate'), 5000, 'the faulted poll');
	sim.injectEvents(AGENT, [note(1), note(2), note(3)]);
	await handle.waitFor(2, 10_000);
	await sleep(200);
	expect(events(handle).map((e) => (e.content as IDataObject).seq)).toEqual([2, 3]);
	expect(polls().filter((r) => r.fault === 'truncate')).toHaveLength(1);
	expect(handle.errors).toEqual([]);
});

it('emits the readable name of 6.5.1 and filters by event type (aliases included)', async () => {
	const handle = await activate({ eventTypes: ['AgentEvent_Talking', 'AgentEvent_MediaSwitth'] });
	sim.injectEvents(AGENT, [
		{ eventType: 'AgentOther_Note', content: { n: 1 } },
		{ eventType: 'AgentEvent_Talking', content: { callid: 'c1' } },
		{ eventType: 'AgentState_Busy' },
		{ eventType: 'AgentEvent_MediaSwitH', content: { x: 1 } },
		{ eventType: 'AgentEvent_Talking', content: { callid: 'c2' } },
	]);
	await handle.waitFor(3);
	await sleep(300);
	const got = events(handle);
	expect(got.map((e) => e.eventType)).toEqual(['AgentEvent_Talking', 'AgentEvent_MediaSwitH', 'AgentEvent_Talking']);
	expect(got[0]).toMatchObject({ eventName: 'Entering the Talking State', eventSection: '6.5.1.2.1', workNo: AGENT, agentId: AGENT, content: { callid: 'c1' } });
	expect(got[0].eventDescription).toMatch(/talk/i);
	expect(got[1].eventSection).toBe('6.5.1.2.17');
	expect(Date.parse(String(got[0].receivedAt))).not.toBeNaN();
	// Filtered events were still fetched (and acknowledged by fetching): the queue is drained.
	expect(sim.agentSession(AGENT)).toMatchObject({ queued: 0 });
});

it('polls several agents, one loop each, sharing the credential password', async () => {
	const handle = await activate({
		eventTypes: ['AgentOther_Note'],
		additionalAgents: { agent: [{ agentId: 102, phoneNumber: '7000102' }, { agentId: 103, phoneNumber: '7000103' }, { agentId: 102, phoneNumber: '7000102' }] },
	});
	for (let i = 0; i < 50; i++) for (const id of ['101', '102', '103']) sim.injectEvents(id, note(i));
	await handle.waitFor(150);
	await sleep(200);
	const got = events(handle);
	expect(got).toHaveLength(150);
	for (const id of ['101', '102', '103']) {
		const mine = got.filter((e) => e.agentId === id);
		expect(mine.map((e) => (e.content as IDataObject).seq)).toEqual(Array.from({ length: 50 }, (_, i) => i));
		expect(mine.every((e) => e.workNo === id)).toBe(true);
		expect(polls(id).length).toBeGreaterThanOrEqual(50);
	}
	const signIns = sim.requests.filter((r) => r.method === 'PUT' && r.path.startsWith('/agentgateway/resource/onlineagent/'));
	expect(signIns.map((r) => r.path).sort()).toEqual(['101', '102', '103'].map((id) => `/agentgateway/resource/onlineagent/${id}`));
	expect(signIns.map((r) => JSON.parse(r.body).phonenum).sort()).toEqual(['7000101', '7000102', '7000103']);
});

it('signs in again (forced) after a silent GUID invalidation (000-003) when forced sign-in is on', async () => {
	const handle = await activate({ options: { forceSignIn: true } });
	await until(() => events(handle).length === 2, 5000, 'sign-in events');
	sim.invalidateGuid(AGENT);
	// The held poll is answered empty; the next one is refused with 000-003.
	await until(() => events(handle).length === 4, 10_000, 'forced re-sign-in');
	expect(sim.requests.filter((r) => r.path.endsWith('/forcelogin'))).toHaveLength(2);
	sim.injectEvents(AGENT, note(1));
	await until(() => events(handle).some((e) => e.eventType === 'AgentOther_Note'), 5000, 'event after re-sign-in');
	expect(handle.errors).toEqual([]);
});

it('reports through emitError (and stops polling) when re-sign-in is off', async () => {
	const handle = await activate({ options: { reSignIn: false } });
	await until(() => events(handle).length === 2, 5000, 'sign-in events');
	sim.restartGateway();
	await until(() => handle.errors.length > 0, 5000, 'emitError');
	expect(handle.errors).toHaveLength(1);
	expect(handle.errors[0].message).toMatch(/100-006/);
	expect(handle.errors[0].message).toMatch(/does not sign in/);
	const count = polls().length;
	await sleep(400);
	expect(polls().length).toBe(count);
	expect(sim.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
});

it('reports an agent signed in elsewhere through emitError when forced sign-in is off', async () => {
	const handle = await activate();
	await until(() => events(handle).length === 2, 5000, 'sign-in events');
	sim.invalidateGuid(AGENT);
	await until(() => handle.errors.length > 0, 5000, 'emitError');
	expect(handle.errors[0].message).toMatch(/already signed in elsewhere.*100-002/);
});

it('fails the activation when the gateway refuses the sign-in', async () => {
	n8n.credentials.set('huaweiCecAgentGatewayApi', { ...simulatorCredentials(sim).huaweiCecAgentGatewayApi, password: 'wrong' });
	await expect(n8n.trigger(node, {})).rejects.toThrow(/100-004|password/);
	expect(polls()).toHaveLength(0);
	expect(runningPollers()).toBe(0);
});

it('fails the activation of every agent when one of them cannot sign in, and signs the others out', async () => {
	await expect(n8n.trigger(node, { additionalAgents: { agent: [{ agentId: 102, phoneNumber: '7000102' }, { agentId: 59000, phoneNumber: '7000102' }] } })).rejects.toThrow(/100-004/);
	expect(sim.requests.filter((r) => r.method === 'DELETE').map((r) => r.path).sort()).toEqual([
		'/agentgateway/resource/onlineagent/101/logout',
		'/agentgateway/resource/onlineagent/102/logout',
	]);
	expect(sim.agentSession('101')).toMatchObject({ signedIn: false });
});

it('closes at once, aborting the held poll, and signs the agent out', async () => {
	sim.setTimeScale(1); // an empty poll is now held for 10 s
	const handle = await activate();
	await until(() => events(handle).length === 2, 5000, 'sign-in events');
	await until(() => (sim.agentSession(AGENT) as { polling?: boolean })?.polling === true, 5000, 'a held poll');
	await sleep(100);
	const started = Date.now();
	await handle.close();
	const closeMs = Date.now() - started;
	// eslint-disable-next-line no-console
	console.log(`close took ${closeMs} ms`);
	expect(closeMs).toBeLessThan(500);
	const logout = sim.requests.filter((r) => r.method === 'DELETE' && r.path === `/agentgateway/resource/onlineagent/${AGENT}/logout`);
	expect(logout).toHaveLength(1);
	expect(logout[0].status).toBe(200);
	expect(sim.agentSession(AGENT)).toMatchObject({ signedIn: false });
	expect(agentSessions.peek(sim.url, AGENT)).toBeUndefined();
	await until(() => polls().at(-1)?.status === 499, 2000, 'the held poll to be dropped by the client');
});

it('keeps the agent signed in on deactivation when told, and the next activation reuses the session', async () => {
	const first = await activate({ options: { signOutOnClose: false } });
	await until(() => events(first).length === 2, 5000, 'sign-in events');
	await first.close();
	expect(sim.requests.filter((r) => r.method === 'DELETE')).toHaveLength(0);
	expect(agentSessions.peek(sim.url, AGENT)).toBeDefined();
	// The gateway hands an event to whichever poll it holds or reaches it next: inject only once it
	// holds none and the aborted poll cannot still arrive (its bytes may have left before the abort
	// and reach the gateway later on a busy machine), or the event rides a response nobody reads
	// (lost, as on a real gateway). So: no poll held, and no new poll for half a second.
	let seen = -1;
	let quietSince = Date.now();
	await until(
		() => {
			if ((sim.agentSession(AGENT) as { polling: boolean }).polling || polls().length !== seen) {
				seen = polls().length;
				quietSince = Date.now();
				return false;
			}
			return Date.now() - quietSince >= 500;
		},
		5000,
		'the closed loop\'s polls to be over',
	);

	sim.injectEvents(AGENT, note(7));
	const second = await activate();
	await second.waitFor(1);
	expect(events(second)[0]).toMatchObject({ eventType: 'AgentOther_Note', content: { seq: 7 } });
	expect(sim.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
	expect(sim.requests.filter((r) => r.path.endsWith('/handshake'))).toHaveLength(1);
});

it('shares one poll loop between two workflows on the same agent: both get every event', async () => {
	const a = await activate({ eventTypes: ['AgentOther_Note'] });
	const b = await activate({ eventTypes: ['AgentOther_Note'] });
	expect(runningPollers()).toBe(1);
	for (let i = 0; i < 20; i++) sim.injectEvents(AGENT, note(i));
	await a.waitFor(20);
	await b.waitFor(20);
	expect(events(a).map((e) => (e.content as IDataObject).seq)).toEqual(events(b).map((e) => (e.content as IDataObject).seq));
	await a.close();
	expect(sim.requests.filter((r) => r.method === 'DELETE')).toHaveLength(0);
	sim.injectEvents(AGENT, note(20));
	await b.waitFor(21);
	await b.close();
	expect(sim.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
});

it('manual mode ("Listen for event") signs in, emits the first matching event and stops', async () => {
	const handle = await activate({ eventTypes: ['AgentOther_Note'] }, 'manual');
	expect(handle.response?.manualTriggerFunction).toBeDefined();
	expect(sim.requests).toHaveLength(0);
	const listening = handle.response!.manualTriggerFunction!();
	await until(() => !!sim.agentSession(AGENT), 5000, 'sign-in');
	await sleep(250);
	expect(handle.emitted).toHaveLength(0);
	sim.injectEvents(AGENT, [note(1), note(2), note(3)]);
	await listening;
	expect(events(handle)).toHaveLength(1);
	expect(events(handle)[0]).toMatchObject({ eventType: 'AgentOther_Note', content: { seq: 1 } });
	const count = polls().length;
	await sleep(300);
	expect(polls().length).toBe(count);
	expect(events(handle)).toHaveLength(1);
	expect(sim.requests.filter((r) => r.method === 'DELETE' && r.path.endsWith('/logout'))).toHaveLength(1);
	expect(runningPollers()).toBe(0);
});

it('manual mode fails the test run when the sign-in is refused', async () => {
	n8n.credentials.set('huaweiCecAgentGatewayApi', { ...simulatorCredentials(sim).huaweiCecAgentGatewayApi, password: 'wrong' });
	const handle = await activate({}, 'manual');
	await expect(handle.response!.manualTriggerFunction!()).rejects.toThrow(/100-004|password/);
});
