import type { ICredentialDataDecryptedObject, IDataObject, INodeType } from 'n8n-workflow';
import { startSimulator, type RequestLogEntry, type Simulator } from '../../simulator/index.cjs';
import { DEFAULT_SIM_CREDENTIALS } from '../../simulator/credentials.cjs';
import { HuaweiCecAgentEventTrigger } from '../../nodes/HuaweiCecAgentEventTrigger/HuaweiCecAgentEventTrigger.node';
import { runningPollers } from '../../nodes/HuaweiCecAgentEventTrigger/agentEventPoller';
import { agentSessions } from '../../nodes/shared/auth/agentSessions';
import { clearHandleSessions, SESSION_HANDLE_PREFIX } from '../../nodes/shared/auth/sessionHandle';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { createHarness, simulatorCredentials, type Harness, type TriggerHandle } from '../helpers/n8n.cjs';
import { paramsFor } from './agentWorkbench.support.cjs';

/**
 * A workflow the Agent Event Trigger started acts on the same agent from another
 * n8n process (a queue-mode worker) through the event's sealed session handle. "Another process"
 * is the Workbench loaded into an isolated module registry: its own session store and keys. Dynamic GUIDs are rotated by hand
 * here (GUIDINTERVAL is out of reach), and a rotated-out GUID stays valid 1 s (GUIDTIMEOUT scaled).
 */

const PASSWORDS: Record<string, string> = { '101': 'Pw-101', '102': 'Pw-102' };
const C4 = 'huaweiCecAgentGatewayApi';
const trigger = new HuaweiCecAgentEventTrigger();
const GUID_TIMEOUT_REAL_MS = 1000;

let sim: Simulator;
let n8n: Harness;
const open: TriggerHandle[] = [];

function credential(agentId: number, password: string): ICredentialDataDecryptedObject {
	return { baseUrl: sim.url, agentId, password, phoneNumber: `7000${agentId}`, authMode: 'dynamic', allowUnauthorizedCerts: false, timeout: 10000 };
}

beforeAll(async () => {
	const agents = DEFAULT_SIM_CREDENTIALS.agents.map((a) => ({ ...a, skills: [...a.skills], password: PASSWORDS[a.workNo] ?? a.password }));
	sim = await startSimulator({ port: 0, timeScale: 0.01, agentIdleTimeoutMs: 1_000_000, guidIntervalMs: 100_000_000, guidTimeoutMs: GUID_TIMEOUT_REAL_MS * 100, credentials: { agents } });
	n8n = await createHarness(simulatorCredentials(sim));
	worker = workerWorkbench();
});
afterAll(async () => await sim.close());
beforeEach(() => {
	tokenCache.clear();
	agentSessions.clear();
	clearHandleSessions();
	// Each test starts with a fresh worker process.
	worker = workerWorkbench();
	sim.reset();
	sim.setTimeScale(0.01);
	n8n.credentials.set(C4, credential(101, PASSWORDS['101']));
});
afterEach(async () => {
	for (const handle of open.splice(0)) await handle.close().catch(() => undefined);
	expect(runningPollers()).toBe(0);
});

const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await sleep(5);
	}
}

async function activate(parameters: IDataObject = {}): Promise<TriggerHandle> {
	const handle = await n8n.trigger(trigger, parameters as never);
	open.push(handle);
	return handle;
}
const events = (handle: TriggerHandle): IDataObject[] => handle.emitted.map((data) => data[0][0].json);

/**
 * "Another process": the Agent Workbench loaded a second time in an isolated module registry, so
 * it has its own session store, opened-handle memory and per-process key, exactly as a queue-mode
 * worker would (only n8n-workflow is shared, as the harness's n8n-core needs its error classes).
 */
function workerWorkbench(): INodeType {
	const workflow = jest.requireActual<typeof import('n8n-workflow')>('n8n-workflow');
	let node: INodeType | undefined;
	jest.isolateModules(() => {
		jest.doMock('n8n-workflow', () => workflow);
		const loaded = jest.requireActual<typeof import('../../nodes/HuaweiCecAgentWorkbench/HuaweiCecAgentWorkbench.node')>('../../nodes/HuaweiCecAgentWorkbench/HuaweiCecAgentWorkbench.node');
		node = new loaded.HuaweiCecAgentWorkbench();
	});
	return node!;
}
let worker: INodeType;

async function onWorker(operation: string, item: IDataObject, options: IDataObject = {}, resource = 'agent', values: IDataObject = {}) {
	const before = sim.requests.length ? sim.requests[sim.requests.length - 1].id : 0;
	const result = await n8n.runNode(worker, paramsFor('workbench', resource, operation, values, options), [item]);
	return { ...result, sent: sim.requests.filter((r) => r.id > before && !r.path.startsWith('/agentgateway/resource/agentevent/')) };
}

const signInPuts = (requests: RequestLogEntry[]) => requests.filter((r) => r.method === 'PUT' && /\/onlineagent\/\d+(\/forcelogin)?$/.test(r.path));

it('every event carries receivedAt, a per-agent sequence and a session handle', async () => {
	const handle = await activate();
	sim.injectEvents('101', [{ eventType: 'AgentOther_Note', content: { n: 1 } }, { eventType: 'AgentOther_Note', content: { n: 2 } }]);
	await until(() => events(handle).length >= 4, 5000, 'four events');
	const items = events(handle).slice(0, 4);
	expect(items.map((e) => e.eventType)).toEqual(['AgentOther_InService', 'AgentState_Ready', 'AgentOther_Note', 'AgentOther_Note']);
	expect(items.map((e) => e.sequence)).toEqual([1, 2, 3, 4]);
	for (const item of items) {
		expect(Date.parse(String(item.receivedAt))).toBeGreaterThan(Date.now() - 60_000);
		expect(String(item.sessionHandle)).toMatch(new RegExp(`^${SESSION_HANDLE_PREFIX.replace('.', '\\.')}[A-Za-z0-9_-]+$`));
		// Sealed: neither the GUID nor the password can be read from it.
		expect(String(item.sessionHandle)).not.toContain((sim.agentSession('101') as { guid: string }).guid);
	}
	expect(new Set(items.map((e) => e.sessionHandle)).size).toBe(4);
});

it('a Workbench without a session of its own acts on the agent through the handle: Get Status, Set Busy, and the trigger sees the result', async () => {
	const handle = await activate();
	await until(() => events(handle).length >= 2, 5000, 'sign-in events');
	const event = events(handle)[1];
	const guid = (sim.agentSession('101') as { guid: string }).guid;

	const status = await onWorker('getStatus', event);
	expect(status.error).toBeUndefined();
	expect(status.outputs[0][0].json).toMatchObject({ retcode: '0' });
	expect(status.sent.map((r) => [r.method, r.path, r.headers.guid])).toEqual([['GET', '/agentgateway/resource/onlineagent/101/agentstatus', guid]]);

	const busy = await onWorker('setBusy', event);
	expect(busy.error).toBeUndefined();
	// No sign-in: that would have been refused (100-002) or, forced, would have ended the trigger's session.
	expect(signInPuts(busy.sent)).toHaveLength(0);
	expect(sim.agentSession('101')).toMatchObject({ signedIn: true, guid, status: 3 });
	await until(() => events(handle).some((e) => e.eventType === 'AgentState_SetNotReady_Success'), 5000, 'the busy event on the trigger');
	const busyEvent = events(handle).find((e) => e.eventType === 'AgentState_SetNotReady_Success')!;
	expect(busyEvent.sequence).toBe(3);
	expect(handle.errors).toEqual([]);
});

it('a worker answers and releases a call the trigger announced, each step on the handle of the event that led to it', async () => {
	const handle = await activate();
	await until(() => events(handle).length >= 2, 5000, 'sign-in events');
	const manual = await onWorker('setAutoAnswer', events(handle)[1], {}, 'agent', { isautoanswer: 'false' });
	expect(manual.error).toBeUndefined();

	const injected = sim.injectInboundCall('101', { caller: '13912345678' });
	if (!injected.ok) throw new Error(injected.error);
	await until(() => events(handle).some((e) => e.eventType === 'AgentEvent_Ringing'), 5000, 'ringing');
	const ringing = events(handle).find((e) => e.eventType === 'AgentEvent_Ringing')!;
	const answer = await onWorker('answer', ringing, {}, 'call', { callid: '={{ $json.content.callid }}' });
	expect(answer.error).toBeUndefined();
	expect(answer.sent.map((r) => [r.method, r.path, r.query])).toEqual([['PUT', '/agentgateway/resource/voicecall/101/answer', { callid: injected.callId }]]);
	await until(() => events(handle).some((e) => e.eventType === 'AgentEvent_Talking'), 5000, 'talking');

	const talking = events(handle).find((e) => e.eventType === 'AgentEvent_Talking')!;
	const release = await onWorker('hangUp', talking, {}, 'call');
	expect(release.error).toBeUndefined();
	await until(() => (sim.agentSession('101') as { calls: unknown[] }).calls.length === 0, 5000, 'the call to end');
	expect(signInPuts(sim.requests)).toHaveLength(1);
	// The order survives whatever order the executions ran in.
	const sequences = events(handle).map((e) => e.sequence as number);
	expect(sequences).toEqual(sequences.map((_, i) => i + 1));
	expect(handle.errors).toEqual([]);
});

it('without a handle the same Workbench run fails with "not signed in", and a sign-in would be refused: the handle is what makes it work', async () => {
	const handle = await activate();
	await until(() => events(handle).length >= 2, 5000, 'sign-in events');
	const withoutHandle = await onWorker('getStatus', { eventType: 'AgentState_Ready' });
	expect(withoutHandle.error?.message).toMatch(/^Agent 101 is not signed in on this n8n instance/);
	const signingIn = await onWorker('getStatus', { eventType: 'AgentState_Ready' }, { signInAutomatically: true });
	expect(signingIn.error?.message).toMatch(/Automatic sign-in of agent 101 failed \(retcode 100-002: /);
	// The option wins over the item; added and empty, it turns the handle off.
	const off = await onWorker('getStatus', events(handle)[1], { sessionHandle: '' });
	expect(off.error?.message).toMatch(/^Agent 101 is not signed in on this n8n instance/);
	const explicit = await onWorker('getStatus', {}, { sessionHandle: String(events(handle)[1].sessionHandle) });
	expect(explicit.error).toBeUndefined();
});

it('another credential cannot open the handle: a different password, another agent, a changed handle', async () => {
	const handle = await activate();
	await until(() => events(handle).length >= 2, 5000, 'sign-in events');
	const event = events(handle)[1];
	const refusal = /^Session Handle: this credential cannot open the handle\. It was sealed by an Agent Event Trigger with another credential/;

	n8n.credentials.set(C4, credential(101, 'guessed-password'));
	const wrongPassword = await onWorker('getStatus', event);
	expect(wrongPassword.error?.message).toMatch(refusal);
	expect(wrongPassword.sent).toHaveLength(0);

	n8n.credentials.set(C4, credential(102, PASSWORDS['102']));
	const otherAgent = await onWorker('setBusy', { ...event, agentId: '101' });
	expect(otherAgent.error?.message).toMatch(refusal);
	expect(otherAgent.sent).toHaveLength(0);

	n8n.credentials.set(C4, credential(101, PASSWORDS['101']));
	const text = String(event.sessionHandle);
	const flipped = `${text.slice(0, -2)}${text.at(-2) === 'A' ? 'B' : 'A'}${text.at(-1)}`;
	const changed = await onWorker('getStatus', { ...event, sessionHandle: flipped });
	expect(changed.error?.message).toMatch(refusal);
	expect(sim.agentSession('101')).toMatchObject({ signedIn: true, status: 4 });
});

it('a handle expires after the trigger\'s "Session Handle Lifetime"', async () => {
	const handle = await activate({ options: { sessionHandleLifetimeSeconds: 1 } });
	await until(() => events(handle).length >= 2, 5000, 'sign-in events');
	const event = events(handle)[1];
	expect((await onWorker('getStatus', event)).error).toBeUndefined();
	await sleep(1100);
	const late = await onWorker('getStatus', event);
	expect(late.error?.message).toMatch(/^Session Handle: the handle expired at \d{4}-\d\d-\d\dT.*"Session Handle Lifetime"/);
	expect(late.sent).toHaveLength(0);
});

it('GUID rotation: an older handle works until GUIDTIMEOUT after the rotation, the next event carries the new GUID, and the worker never renews', async () => {
	const handle = await activate();
	await until(() => events(handle).length >= 2, 5000, 'sign-in events');
	const oldEvent = events(handle)[1];
	const oldGuid = (sim.agentSession('101') as { guid: string }).guid;

	const newGuid = sim.rotateGuid('101')!;
	// Delivered by the next poll answer; an event makes that answer come at once.
	sim.injectEvents('101', [{ eventType: 'AgentOther_Note', content: { after: 'rotation' } }]);
	await until(() => events(handle).some((e) => e.eventType === 'AgentOther_Note'), 5000, 'the note after the rotation');
	await until(() => agentSessions.peek(sim.url, '101')?.guid === newGuid, 5000, 'the poller to follow Set-GUID');
	const newEvent = events(handle).find((e) => e.eventType === 'AgentOther_Note')!;

	const early = await onWorker('getStatus', oldEvent);
	expect(early.error).toBeUndefined();
	expect(early.sent[0].headers.guid).toBe(oldGuid);

	await sleep(GUID_TIMEOUT_REAL_MS + 200);
	const late = await onWorker('getStatus', oldEvent, { signInAutomatically: true });
	expect(late.error?.message).toMatch(/^The agent session of the session handle is no longer accepted \(000-003/);
	// Refused, and not "renewed" by a sign-in that would fight the trigger for the agent.
	expect(signInPuts(late.sent)).toHaveLength(0);

	const fresh = await onWorker('getStatus', newEvent);
	expect(fresh.error).toBeUndefined();
	expect(fresh.sent[0].headers.guid).toBe(newGuid);
	// The trigger polls on, undisturbed.
	sim.injectEvents('101', [{ eventType: 'AgentOther_Note', content: { after: 'worker' } }]);
	await until(() => events(handle).filter((e) => e.eventType === 'AgentOther_Note').length === 2, 5000, 'the second note');
	expect(handle.errors).toEqual([]);
});

it('activation fails visibly when the agent cannot be signed in (signed in by another process)', async () => {
	const other = await activate({ options: { signOutOnClose: false } });
	await until(() => events(other).length >= 2, 5000, 'sign-in events');
	// "Another process" holds the agent: this process forgets its session and polls no more.
	await other.close();
	agentSessions.clear();
	await expect(activate()).rejects.toThrow(/Agent 101 is already signed in elsewhere \(retcode 100-002/);
	expect(runningPollers()).toBe(0);
});
