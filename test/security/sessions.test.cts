import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';
import { startSimulator, type RequestLogEntry, type Simulator } from '../../simulator/index.cjs';
import { DEFAULT_SIM_CREDENTIALS } from '../../simulator/credentials.cjs';
import { HuaweiCecAgentEventTrigger } from '../../nodes/HuaweiCecAgentEventTrigger/HuaweiCecAgentEventTrigger.node';
import { runningPollers } from '../../nodes/HuaweiCecAgentEventTrigger/agentEventPoller';
import { HuaweiCecAgentWorkbench } from '../../nodes/HuaweiCecAgentWorkbench/HuaweiCecAgentWorkbench.node';
import { agentSessions, sessionOwner } from '../../nodes/shared/auth/agentSessions';
import { clearHandleSessions } from '../../nodes/shared/auth/sessionHandle';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { createHarness, simulatorCredentials, type Harness, type TriggerHandle } from '../helpers/n8n.cjs';
import { call } from '../helpers/transport.cjs';

/**
 * Agent sessions and event pollers belong to the credential that created them.
 * Each test replays one attack of the security run through n8n-core against the simulator, whose
 * agents here have passwords of their own (101: Pw-101, 102: Pw-102), as on a real CC-Gateway.
 */

const PASSWORDS: Record<string, string> = { '101': 'Pw-101', '102': 'Pw-102' };
const C4 = 'huaweiCecAgentGatewayApi';
const workbench = new HuaweiCecAgentWorkbench();
const trigger = new HuaweiCecAgentEventTrigger();

let sim: Simulator;
let n8n: Harness;
const open: TriggerHandle[] = [];

function credential(agentId: number, password: string): ICredentialDataDecryptedObject {
	return { baseUrl: sim.url, agentId, password, phoneNumber: `7000${agentId}`, authMode: 'dynamic', allowUnauthorizedCerts: false, timeout: 10000 };
}
const owner101 = () => credential(101, PASSWORDS['101']);
const wrong101 = () => credential(101, 'guessed-password');
const owner102 = () => credential(102, PASSWORDS['102']);

beforeAll(async () => {
	const agents = DEFAULT_SIM_CREDENTIALS.agents.map((a) => ({ ...a, skills: [...a.skills], password: PASSWORDS[a.workNo] ?? a.password }));
	sim = await startSimulator({ port: 0, timeScale: 0.01, agentIdleTimeoutMs: 1_000_000, guidTimeoutMs: 1_000_000, credentials: { agents } });
	n8n = await createHarness(simulatorCredentials(sim));
});
afterAll(async () => await sim.close());
beforeEach(() => {
	tokenCache.clear();
	agentSessions.clear();
	clearHandleSessions();
	sim.reset();
	sim.setTimeScale(0.01);
});
afterEach(async () => {
	for (const handle of open.splice(0)) await handle.close().catch(() => undefined);
	expect(runningPollers()).toBe(0);
});

function as(credentials: ICredentialDataDecryptedObject): void {
	n8n.credentials.set(C4, credentials);
}

async function workbenchRun(operation: string, options: IDataObject = {}, resource = 'agent') {
	const before = sim.requests.length ? sim.requests[sim.requests.length - 1].id : 0;
	const result = await n8n.runNode(workbench, { resource, operation, options: options as INodeParameters });
	return { ...result, sent: sim.requests.filter((r) => r.id > before) };
}

async function activate(parameters: IDataObject = {}): Promise<TriggerHandle> {
	const handle = await n8n.trigger(trigger, parameters as never);
	open.push(handle);
	return handle;
}

const guidsSent = (requests: RequestLogEntry[]) => requests.map((r) => r.headers.guid).filter((g) => g !== undefined);
const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await sleep(5);
	}
}

/** Agent 101 signed in through the Workbench by its rightful credential. */
async function signedInByOwner(): Promise<string> {
	as(owner101());
	const signIn = await workbenchRun('signIn');
	expect(signIn.error).toBeUndefined();
	const guid = (sim.agentSession('101') as { guid: string }).guid;
	expect(agentSessions.peek(sim.url, '101')?.guid).toBe(guid);
	return guid;
}

describe('a C4 session is usable only by the credential that signed it in', () => {
	it('a wrong password cannot run Get Status, Set Busy or Sign Out on the session of agent 101', async () => {
		const guid = await signedInByOwner();
		as(wrong101());
		for (const operation of ['getStatus', 'setBusy', 'signOut']) {
			const attempt = await workbenchRun(operation);
			expect(attempt.error?.message).toBe(
				'Agent 101 is not signed in on this n8n instance. Add a "Sign In" operation before this one (in this or an earlier execution), or turn on "Sign In Automatically".',
			);
			// Nothing was sent at all, least of all the owner's GUID.
			expect(attempt.sent).toHaveLength(0);
		}
		expect(sim.agentSession('101')).toMatchObject({ signedIn: true, guid, status: 4 });
	});

	it('with "Sign In Automatically" the wrong password signs in itself, and the gateway refuses it (100-004)', async () => {
		const guid = await signedInByOwner();
		as(wrong101());
		const attempt = await workbenchRun('setBusy', { signInAutomatically: true });
		expect(attempt.error?.message).toMatch(/Automatic sign-in of agent 101 failed \(retcode 100-004: /);
		expect(attempt.sent.map((r) => `${r.method} ${r.path}`)).toEqual(['PUT /agentgateway/resource/onlineagent/101']);
		expect(JSON.parse(attempt.sent[0].body ?? '{}')).toMatchObject({ password: 'guessed-password' });
		expect(guidsSent(attempt.sent)).toEqual([]);
		expect(sim.agentSession('101')).toMatchObject({ signedIn: true, guid, status: 4 });
		// The owner's session is untouched and still works.
		as(owner101());
		const status = await workbenchRun('getStatus');
		expect(status.error).toBeUndefined();
		expect(guidsSent(status.sent)).toEqual([guid]);
	});

	it('a second credential with the right password for an agent signed in elsewhere is refused by the gateway (100-002), not handed the session', async () => {
		// Signed in by another client (not this n8n): the process holds no session for it.
		as(owner101());
		await signedInByOwner();
		agentSessions.clear();
		const attempt = await workbenchRun('getStatus', { signInAutomatically: true });
		expect(attempt.error?.message).toMatch(/Automatic sign-in of agent 101 failed \(retcode 100-002: /);
	});

	it('the session store never holds the password, only a keyed digest of it', async () => {
		await signedInByOwner();
		const session = agentSessions.peek(sim.url, '101')!;
		expect(JSON.stringify(session)).not.toContain(PASSWORDS['101']);
		expect(session.owner).toBe(sessionOwner(PASSWORDS['101']));
		expect(session.owner).not.toBe(sessionOwner('guessed-password'));
		expect(session.owner).toMatch(/^[0-9a-f]{64}$/);
	});
});

describe('the Agent Event Trigger never serves another credential', () => {
	it("agent 102's credential listing agent 101 under Additional Agents does not join 101's poller and gets none of its events", async () => {
		as(owner101());
		const rightful = await activate();
		await until(() => rightful.emitted.length >= 2, 5000, 'sign-in events of 101');
		const rightfulGuid = (sim.agentSession('101') as { guid: string }).guid;

		as(owner102());
		const before = sim.requests.length ? sim.requests[sim.requests.length - 1].id : 0;
		await expect(activate({ additionalAgents: { agent: [{ agentId: 101, phoneNumber: '7000101' }] } })).rejects.toThrow(/100-004/);
		const sent = sim.requests.filter((r) => r.id > before);
		// 102 signed in for itself; 101 was tried with the password this credential holds, and refused.
		const signIns = sent.filter((r) => r.method === 'PUT');
		expect(signIns.map((r) => [r.path, JSON.parse(r.body ?? '{}').password])).toEqual([
			['/agentgateway/resource/onlineagent/102', 'Pw-102'],
			['/agentgateway/resource/onlineagent/101', 'Pw-102'],
		]);
		// The only requests with 101's GUID are the rightful trigger's own polls.
		expect(guidsSent(sent.filter((r) => !(r.method === 'GET' && r.path === '/agentgateway/resource/agentevent/101')))).not.toContain(rightfulGuid);
		// All or nothing: 102 was signed out again.
		expect(sim.agentSession('102')).toMatchObject({ signedIn: false });

		sim.injectEvents('101', [{ eventType: 'AgentEvent_Ringing', content: { caller: '13800000000' } }]);
		await until(() => rightful.emitted.some((e) => e[0][0].json.eventType === 'AgentEvent_Ringing'), 5000, 'the ringing event');
		expect(rightful.errors).toEqual([]);
	});

	it("a Workbench session of agent 101 is not reused by a trigger of agent 102's credential (Reuse Existing Session on)", async () => {
		const guid = await signedInByOwner();
		as(owner102());
		const before = sim.requests.length ? sim.requests[sim.requests.length - 1].id : 0;
		await expect(activate({ additionalAgents: { agent: [{ agentId: 101, phoneNumber: '7000101' }] }, options: { reuseSession: true } })).rejects.toThrow(/100-004/);
		const sent = sim.requests.filter((r) => r.id > before);
		expect(guidsSent(sent)).not.toContain(guid);
		expect(sent.filter((r) => r.method === 'GET' && r.path === '/agentgateway/resource/agentevent/101')).toHaveLength(0);
		expect(sim.agentSession('101')).toMatchObject({ signedIn: true, guid });
	});

	it('"Reuse Existing Session" with a wrong password on the credential\'s own agent is refused', async () => {
		const guid = await signedInByOwner();
		as(wrong101());
		const before = sim.requests.length ? sim.requests[sim.requests.length - 1].id : 0;
		await expect(activate({ options: { reuseSession: true } })).rejects.toThrow(/100-004/);
		const sent = sim.requests.filter((r) => r.id > before);
		expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual(['PUT /agentgateway/resource/onlineagent/101']);
		expect(guidsSent(sent)).toEqual([]);
		// The rightful session still works.
		as(owner101());
		expect((await workbenchRun('getStatus')).error).toBeUndefined();
		expect(sim.agentSession('101')).toMatchObject({ signedIn: true, guid });
	});

	it('a wrong password cannot join a running poller of its own agent', async () => {
		as(owner101());
		const rightful = await activate();
		await until(() => rightful.emitted.length >= 2, 5000, 'sign-in events');
		as(wrong101());
		await expect(activate()).rejects.toThrow(/100-004/);
		expect(runningPollers()).toBe(1);
		sim.injectEvents('101', [{ eventType: 'AgentOther_Note', content: { seq: 1 } }]);
		await until(() => rightful.emitted.some((e) => e[0][0].json.eventType === 'AgentOther_Note'), 5000, 'the note');
	});

	it('Additional Agents sign in with the password the credential holds', async () => {
		as(owner101());
		const before = sim.requests.length ? sim.requests[sim.requests.length - 1].id : 0;
		await expect(activate({ additionalAgents: { agent: [{ agentId: 102, phoneNumber: '7000102' }] } })).rejects.toThrow(/100-004/);
		const signIns = sim.requests.filter((r) => r.id > before && r.method === 'PUT');
		expect(signIns.map((r) => [r.path, JSON.parse(r.body ?? '{}').password])).toEqual([
			['/agentgateway/resource/onlineagent/101', 'Pw-101'],
			['/agentgateway/resource/onlineagent/102', 'Pw-101'],
		]);
	});
});

describe('a C5 configuration login belongs to its password', () => {
	it('a wrong administrator password logs in itself (and is refused) instead of using the cached GUID', async () => {
		const admin = { baseUrl: sim.url, agentId: 101, password: 'Admin@123', timeout: 10000 };
		const unsubscribe = { method: 'POST' as const, path: '/agentgateway/resource/config/subscribe/unregister', body: { serviceid: 'none' }, idempotent: false };
		await call('huaweiCecGatewayConfigApi', admin, unsubscribe).catch(() => undefined);
		const logins = () => sim.requests.filter((r) => r.path === '/agentgateway/resource/config/login');
		expect(logins()).toHaveLength(1);
		const adminGuid = sim.requests.find((r) => r.path === unsubscribe.path)?.headers.guid;
		expect(adminGuid).toBeTruthy();
		const before = sim.requests[sim.requests.length - 1].id;
		await expect(call('huaweiCecGatewayConfigApi', { ...admin, password: 'guessed' }, unsubscribe)).rejects.toThrow(/refused the administrator login/);
		const sent = sim.requests.filter((r) => r.id > before);
		expect(sent.map((r) => r.path)).toEqual(['/agentgateway/resource/config/login']);
		expect(JSON.parse(sent[0].body ?? '{}')).toMatchObject({ password: 'guessed' });
	});
});
