/**
 * Agent Workbench stories through in-process n8n against the simulator: a full call, a conference,
 * a supervisor on another agent, session expiry and GUID rotation in the middle of a story, input
 * validation, and 6.5.2 codes turned into their documented meaning.
 */
import type { IDataObject, INode } from 'n8n-workflow';
import { agentSessions } from '../../nodes/shared/auth/agentSessions';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import type { Harness } from '../helpers/n8n.cjs';
import { bodyOf, execute, harnessFor, nextEvent, paramsFor, snapshot, until } from './agentWorkbench.support.cjs';

let sim: Simulator;
let agent101: Harness;
let agent102: Harness;
const A = '/agentgateway/resource';

beforeAll(async () => {
	// Agents here do not long-poll between steps: the 2 min idle sign-out must not end them mid-test.
	sim = await startSimulator({ port: 0, timeScale: 0.01, agentIdleTimeoutMs: 3_600_000 });
	agent101 = await harnessFor(sim, 101);
	agent102 = await harnessFor(sim, 102);
});
afterAll(async () => {
	agentSessions.clear();
	await sim.close();
});
beforeEach(() => {
	tokenCache.clear();
	agentSessions.clear();
	sim.reset();
});

const json = (r: { items: { json: unknown }[] }) => r.items[0].json as IDataObject;

async function ok(p: Promise<{ error?: Error }>): Promise<Awaited<ReturnType<typeof execute>>> {
	const r = (await p) as Awaited<ReturnType<typeof execute>>;
	if (r.error) throw r.error;
	return r;
}

describe('call story', () => {
	it('signs in busy, goes idle, answers an inbound call, holds, unholds, transfers it to another agent, which releases it, and signs out', async () => {
		await ok(execute(sim, agent102, 'workbench', 'agent', 'signIn', {}, undefined, '102'));
		const signIn = await ok(execute(sim, agent101, 'workbench', 'agent', 'signIn', { status: 3, autoanswer: false }));
		expect(bodyOf(signIn.sent[0])).toEqual({ password: 'Agent@123', phonenum: '7000101', status: 3, autoanswer: false });
		expect(snapshot(sim, '101').status).toBe(3);
		await nextEvent(sim, agent101, 'AgentState_SetNotReady_Success');

		await ok(execute(sim, agent101, 'workbench', 'agent', 'setIdle'));
		const status = await ok(execute(sim, agent101, 'workbench', 'agent', 'getStatus'));
		expect(json(status).result).toMatchObject({ agentState: 4, agentStateName: 'Idle state, corresponding to state 1 on the CTI platform' });

		const injected = sim.injectInboundCall('101', { caller: '13912345678' });
		if (!injected.ok) throw new Error(injected.error);
		const ringing = await nextEvent(sim, agent101, 'AgentEvent_Ringing');
		const callId = String((ringing.content as IDataObject).callid);
		expect(callId).toBe(injected.callId);

		// The call ID comes from the previous node's output by expression, as a workflow would pass it.
		const answer = await agent101.runNode(
			(await import('./agentWorkbench.support.cjs')).workbench,
			paramsFor('workbench', 'call', 'answer', { callid: '={{ $json.event.content.callid }}' }),
			[{ event: ringing }],
		);
		expect(answer.error).toBeUndefined();
		expect(sim.requests.find((q) => q.path === `${A}/voicecall/101/answer`)?.query).toEqual({ callid: callId });
		await nextEvent(sim, agent101, 'AgentEvent_Talking');

		await ok(execute(sim, agent101, 'workbench', 'call', 'hold'));
		expect((await nextEvent(sim, agent101, 'AgentEvent_Hold')).content).toBe(callId);
		await ok(execute(sim, agent101, 'workbench', 'call', 'unhold', { callid: callId }));
		await nextEvent(sim, agent101, 'AgentEvent_Talking');

		const info = await ok(execute(sim, agent101, 'workbench', 'callData', 'getCallInfo'));
		expect(json(info).result).toMatchObject({ callid: callId, caller: '13912345678', callfeature: 0, callfeatureName: 'Common incoming call' });

		const transfer = await ok(execute(sim, agent101, 'workbench', 'call', 'transfer', { devicetype: 2, address: '102', mode: 0 }));
		expect(transfer.sent[0].path).toBe(`${A}/voicecall/101/transfer`);
		expect(bodyOf(transfer.sent[0])).toEqual({ devicetype: 2, address: '102', mode: 0 });
		await nextEvent(sim, agent101, 'AgentEvent_SuccTransResult');
		await until(
			() => snapshot(sim, '102'),
			(s) => s.calls?.[0]?.callId === callId && s.calls[0].state === 'talking',
		);

		await ok(execute(sim, agent102, 'workbench', 'call', 'hangUp', {}, undefined, '102'));
		expect(snapshot(sim, '102').calls).toEqual([]);

		const signOut = await ok(execute(sim, agent101, 'workbench', 'agent', 'signOut'));
		expect(signOut.sent[0]).toMatchObject({ method: 'DELETE', path: `${A}/onlineagent/101/logout` });
		expect(agentSessions.peek(sim.url, '101')).toBeUndefined();
		expect(agentSessions.peek(sim.url, '102')).toBeDefined();
		expect(snapshot(sim, '101').signedIn).toBe(false);
	});

	it('signs in, reads the status and signs out within one workflow execution', async () => {
		const { workbench } = await import('./agentWorkbench.support.cjs');
		const type = 'n8n-nodes-huawei-cec.huaweiCecAgentWorkbench';
		await agent101.runNode(workbench, paramsFor('workbench', 'agent', 'getStatus'), [{}]).catch(() => undefined); // registers the node type
		const node = (name: string, parameters: IDataObject, x: number): INode => ({
			id: name,
			name,
			type,
			typeVersion: 1,
			position: [x, 0],
			parameters: parameters as INode['parameters'],
			credentials: { huaweiCecAgentGatewayApi: { id: 'huaweiCecAgentGatewayApi', name: 'agent 101' } },
		});
		const run = await agent101.runWorkflow(
			[
				{ id: 'in', name: 'Input', type: 'test.input', typeVersion: 1, position: [0, 0], parameters: { items: '[{}]' } },
				node('Sign In', paramsFor('workbench', 'agent', 'signIn'), 200),
				node('Status', paramsFor('workbench', 'agent', 'getStatus'), 400),
				node('Sign Out', paramsFor('workbench', 'agent', 'signOut'), 600),
			],
			{
				Input: { main: [[{ node: 'Sign In', type: 'main', index: 0 }]] },
				'Sign In': { main: [[{ node: 'Status', type: 'main', index: 0 }]] },
				Status: { main: [[{ node: 'Sign Out', type: 'main', index: 0 }]] },
			},
			'Input',
		);
		expect(run.data.resultData.error).toBeUndefined();
		const status = run.data.resultData.runData.Status[0].data!.main[0]![0].json as IDataObject;
		expect((status.result as IDataObject).agentStateName).toMatch(/^Idle state/);
		expect(sim.requests.filter((q) => q.path.startsWith(`${A}/onlineagent/101`)).map((q) => `${q.method} ${q.path}`)).toEqual([
			`PUT ${A}/onlineagent/101`,
			`GET ${A}/onlineagent/101/agentstatus`,
			`DELETE ${A}/onlineagent/101/logout`,
		]);
		expect(agentSessions.peek(sim.url, '101')).toBeUndefined();
	});
});

describe('conference story', () => {
	it('creates a conference, invites an agent and a phone, mutes, hands over the chair, the other agent leaves and the chair ends it', async () => {
		await ok(execute(sim, agent101, 'workbench', 'agent', 'signIn'));
		await ok(execute(sim, agent102, 'workbench', 'agent', 'signIn', {}, undefined, '102'));

		await ok(execute(sim, agent101, 'workbench', 'conference', 'create', { memberNum: 3, time: 10, promptTime: 3 }));
		const created = await nextEvent(sim, agent101, 'AgentConf_RequestSuccess');
		const confId = (created.content as IDataObject).confId as number;

		await ok(execute(sim, agent101, 'workbench', 'conference', 'addParticipants', { addresses: [{ addressType: '9', address: '102' }, { addressType: '6', address: '13800007777' }] }));
		expect((await nextEvent(sim, agent102, 'AgentConf_Ringing', '102')).content).toEqual({ confId });
		await ok(execute(sim, agent102, 'workbench', 'conference', 'answer', {}, undefined, '102'));
		expect((await nextEvent(sim, agent102, 'AgentConf_SelfJoinResult', '102')).content).toEqual({ confId });
		const joined = await nextEvent(sim, agent101, 'AgentConf_ParticipantChanged');
		expect(joined.content).toMatchObject({ confId, changeType: 0, participant: '13800007777', participantType: 6 });
		expect((await nextEvent(sim, agent101, 'AgentConf_ParticipantChanged')).content).toMatchObject({ confId, changeType: 0, participant: '102', participantType: 9 });

		await ok(execute(sim, agent101, 'workbench', 'conference', 'setParticipantMode', { attribute: 1, addressType: '9', address: '102' }));
		expect((await nextEvent(sim, agent101, 'AgentConf_ParticipantChanged')).content).toMatchObject({ changeType: 3, participant: '102' });

		const infos = await ok(execute(sim, agent101, 'workbench', 'conference', 'getMany', { confIds: [confId] }));
		expect(((json(infos).result as IDataObject).confs as IDataObject[])[0].addresses).toContainEqual(expect.objectContaining({ address: '102', channelAttrib: 1, role: 0 }));

		// A chairperson cannot leave; the documented 101-007 meaning is the error.
		const leave = await execute(sim, agent101, 'workbench', 'conference', 'leave');
		expect(leave.error?.message).toBe('The chairperson cannot leave the conference. (retcode 101-007)');

		await ok(execute(sim, agent101, 'workbench', 'conference', 'transferChair', { destAgentNo: 102 }));
		expect((await nextEvent(sim, agent102, 'AgentConf_PresidentChanged', '102')).content).toEqual({ confId });
		await ok(execute(sim, agent101, 'workbench', 'conference', 'leave'));
		expect((await nextEvent(sim, agent101, 'AgentConf_SelfLeaveResult')).content).toEqual({ confId });
		expect((await nextEvent(sim, agent102, 'AgentConf_ParticipantChanged', '102')).content).toMatchObject({ changeType: 1, changeReason: 0, participant: '101' });

		await ok(execute(sim, agent102, 'workbench', 'conference', 'end', {}, undefined, '102'));
		await nextEvent(sim, agent102, 'AgentConf_SelfLeaveResult', '102');
		const after = await ok(execute(sim, agent102, 'workbench', 'conference', 'getMany', { confIds: [confId] }, undefined, '102'));
		expect(json(after).result).toEqual({ confs: [] });
	});

	it('ends a conference at its applied duration after the timeout notice', async () => {
		await ok(execute(sim, agent101, 'workbench', 'agent', 'signIn'));
		await ok(execute(sim, agent101, 'workbench', 'conference', 'create', { memberNum: 2, time: 4, promptTime: 3 }));
		// 4 simulated minutes = 2.4 s at timeScale 0.01.
		await nextEvent(sim, agent101, 'AgentConf_Timeout', '101', 200);
		await nextEvent(sim, agent101, 'AgentConf_SelfLeaveResult', '101', 200);
		expect(snapshot(sim, '101').conference).toBeNull();
	});
});

describe('multimedia story', () => {
	it('answers a text session, sends a message, asks for H5 connection data and a screenshot', async () => {
		await ok(execute(sim, agent101, 'workbench', 'agent', 'signIn', { autoanswer: false }));
		const r = sim.injectInboundCall('101', { caller: 'webchat-7', mediaAbility: '5' } as never);
		if (!r.ok) throw new Error(r.error);
		expect(((await nextEvent(sim, agent101, 'AgentEvent_Ringing')).content as IDataObject).mediaAbility).toBe('5');
		await ok(execute(sim, agent101, 'workbench', 'call', 'answer', { callid: r.callId }));
		const bad = await execute(sim, agent101, 'workbench', 'multimedia', 'sendMessage', { callid: 'not-mine', data: { content: 'x' } });
		// Required sub-fields of data are checked before anything is sent.
		expect(bad.error?.message).toMatch(/^data(\.from)?: .*\(6\.1\.5\.1\)$/);
		expect(bad.sent).toEqual([]);
		const wrongCall = await execute(sim, agent101, 'workbench', 'multimedia', 'takeScreenshot', { userType: 'user', callid: 'not-mine' });
		expect(wrongCall.error?.message).toBe('When an agent sends a multimedia message, the call ID is invalid (not the call ID of the current agent). (retcode 106-014)');
		await ok(execute(sim, agent101, 'workbench', 'multimedia', 'takeScreenshot', { userType: 'user', callid: r.callId }));
		expect((await nextEvent(sim, agent101, 'AgentEvent_ImageCapture')).content).toMatchObject({ callid: r.callId, result: 0 });
	});
});

describe('pick-lists', () => {
	// The list operation's agentid comes from the credential's Agent ID (nodes/shared/registry/lookup.ts).
	it('offers the skill queues of the agent\'s VDN (Get Skill Queues, 5.2.7) for a skill queue ID', async () => {
		const { workbench } = await import('./agentWorkbench.support.cjs');
		await ok(execute(sim, agent101, 'workbench', 'agent', 'signIn'));
		const list = await agent101.listSearch(workbench, 'lookup_5_2_7_id', paramsFor('workbench', 'callData', 'getWaitingCalls'), 'huaweiCecAgentGatewayApi');
		expect(list.results.length).toBeGreaterThan(0);
		for (const entry of list.results) expect(entry).toMatchObject({ name: expect.any(String), value: expect.anything() });
		await ok(execute(sim, agent101, 'workbench', 'agent', 'signOut'));
	});
});

describe('supervisor story', () => {
	it('listens to, whispers to and forces busy another agent, with its own credential beside the target’s', async () => {
		await ok(execute(sim, agent101, 'workbench', 'agent', 'signIn'));
		await ok(execute(sim, agent102, 'workbench', 'agent', 'signIn', {}, undefined, '102'));
		const call = sim.injectInboundCall('102', { caller: '13700000001' });
		if (!call.ok) throw new Error(call.error);
		await until(
			() => snapshot(sim, '102'),
			(s) => s.status === 7,
		);

		const listen = await ok(execute(sim, agent101, 'supervisor', 'qualityControl', 'listen', { workNo: '102' }));
		expect(listen.sent[0]).toMatchObject({ method: 'PUT', path: `${A}/qualitycontrol/101/addsupervise/102` });
		expect(listen.sent[0].headers.guid).toBe(agentSessions.peek(sim.url, '101')?.guid);
		expect(snapshot(sim, '101').monitoring).toEqual({ target: '102', mode: 'listen' });
		await nextEvent(sim, agent101, 'AgentOther_PhoneOffhook');
		await ok(execute(sim, agent101, 'supervisor', 'qualityControl', 'cancelListenInsert', { workNo: '102' }));

		await ok(execute(sim, agent101, 'supervisor', 'qualityControl', 'whisper', { whisperagentid: '102' }));
		expect(snapshot(sim, '101').monitoring).toEqual({ target: '102', mode: 'whisper' });
		await ok(execute(sim, agent101, 'supervisor', 'qualityControl', 'stopWhisper', { whisperagentid: '102' }));

		// The target is talking: the forced busy takes effect when the call ends (6.1.1.10 semantics).
		await ok(execute(sim, agent101, 'supervisor', 'qualityControl', 'forceBusy', { workNo: '102' }));
		sim.customerHangup('102');
		expect((await nextEvent(sim, agent102, 'AgentState_SetNotReady_Success', '102')).content).toEqual({ reason: '7' });
		const status = await ok(execute(sim, agent102, 'workbench', 'agent', 'getStatus', {}, undefined, '102'));
		expect(json(status).result).toMatchObject({ agentState: 3, agentStateName: 'Busy state, corresponding to state 7 on the CTI platform' });

		// Agent 102 is no inspector: the documented 900-002 meaning comes back.
		const denied = await execute(sim, agent102, 'supervisor', 'qualityControl', 'listen', { workNo: '101' }, undefined, '102');
		expect(denied.error?.message).toBe('No permission exists during quality check. (retcode 900-002)');
	});
});

describe('sessions', () => {
	it('tests the credential from the node: signs in without forcing and out again, holding no session', async () => {
		const { workbench, agentCredential } = await import('./agentWorkbench.support.cjs');
		const result = await agent101.testCredential(workbench, 'testAgentGateway', 'huaweiCecAgentGatewayApi', agentCredential(sim, 101));
		expect(result).toEqual({ status: 'OK', message: 'Signed in and out again successfully' });
		expect(snapshot(sim, '101').signedIn).toBe(false);
		expect(agentSessions.peek(sim.url, '101')).toBeUndefined();
	});

	it('fails with "sign in first" when no session is held, before sending anything', async () => {
		const r = await execute(sim, agent101, 'workbench', 'call', 'hold');
		expect(r.error?.message).toMatch(/Agent 101 is not signed in on this n8n instance\. Add a "Sign In" operation/);
		expect(r.sent).toEqual([]);
	});

	it('signs in once by itself when "Sign In Automatically" is on (never forced)', async () => {
		const r = await ok(execute(sim, agent101, 'workbench', 'agent', 'getStatus', {}, { signInAutomatically: true }));
		expect(r.sent.map((q) => `${q.method} ${q.path}`)).toEqual([`PUT ${A}/onlineagent/101`, `GET ${A}/onlineagent/101/agentstatus`]);
		expect(json(r).retcode).toBe('0');
	});

	it('reports an expired session in the middle of a story, then the next operation asks to sign in', async () => {
		await ok(execute(sim, agent101, 'workbench', 'agent', 'signIn'));
		await ok(execute(sim, agent101, 'workbench', 'agent', 'setBusy'));
		sim.invalidateGuid('101');
		const expired = await execute(sim, agent101, 'workbench', 'agent', 'setIdle');
		expect(expired.error?.message).toBe(
			'The agent session expired or was replaced (000-003: No permission to invoke the interface. The agent authentication may have expired.). Sign in again, or turn on "Sign In Automatically".',
		);
		expect(expired.sent).toHaveLength(1);
		expect(agentSessions.peek(sim.url, '101')).toBeUndefined();
		const next = await execute(sim, agent101, 'workbench', 'agent', 'setIdle');
		expect(next.error?.message).toMatch(/not signed in on this n8n instance/);
		// Force Sign In takes the agent back from the lost session.
		await ok(execute(sim, agent101, 'workbench', 'agent', 'forceSignIn'));
		await ok(execute(sim, agent101, 'workbench', 'agent', 'setIdle'));
	});

	it('signs in once more by itself when the gateway lost the session (100-006) and the option is on', async () => {
		await ok(execute(sim, agent101, 'workbench', 'agent', 'signIn'));
		sim.restartGateway();
		const r = await ok(execute(sim, agent101, 'workbench', 'agent', 'getStatus', {}, { signInAutomatically: true }));
		expect(r.sent.map((q) => `${q.method} ${q.path} ${JSON.stringify((q.body ? JSON.parse(q.body) : {}).retcode ?? '')}`)).toHaveLength(3);
		expect(r.sent.map((q) => `${q.method} ${q.path}`)).toEqual([`GET ${A}/onlineagent/101/agentstatus`, `PUT ${A}/onlineagent/101`, `GET ${A}/onlineagent/101/agentstatus`]);
		expect(r.sent[2].headers.guid).toBe(snapshot(sim, '101').guid);
		expect(r.sent[0].headers.guid).not.toBe(r.sent[2].headers.guid);
	});

	it('does not force its way in: with the option on, an agent signed in elsewhere gives the gateway’s reason', async () => {
		await ok(execute(sim, agent101, 'workbench', 'agent', 'signIn'));
		sim.invalidateGuid('101');
		const r = await execute(sim, agent101, 'workbench', 'agent', 'getStatus', {}, { signInAutomatically: true });
		expect(r.error?.message).toMatch(/Automatic sign-in of agent 101 failed \(retcode 100-002: The agent has signed in\.\)/);
		expect(r.sent.some((q) => q.path.endsWith('/forcelogin'))).toBe(false);
	});

	it('follows a GUID rotation in the middle of a story', async () => {
		await ok(execute(sim, agent101, 'workbench', 'agent', 'signIn'));
		const first = agentSessions.peek(sim.url, '101')!.guid;
		const rotated = sim.rotateGuid('101')!;
		expect(rotated).not.toBe(first);
		// The next event-interface answer carries Set-GUID: the store follows it.
		const poll = await ok(execute(sim, agent101, 'workbench', 'agent', 'getNextEvent'));
		expect(poll.sent[0].headers.guid).toBe(first);
		expect(agentSessions.peek(sim.url, '101')!.guid).toBe(rotated);
		const busy = await ok(execute(sim, agent101, 'workbench', 'agent', 'setBusy'));
		expect(busy.sent[0].headers.guid).toBe(rotated);
		// 6.1.1.24 rotates on request and answers with Set-GUID itself.
		await ok(execute(sim, agent101, 'workbench', 'agent', 'updateGuid'));
		const third = agentSessions.peek(sim.url, '101')!.guid;
		expect(third).toBe(snapshot(sim, '101').guid);
		const idle = await ok(execute(sim, agent101, 'workbench', 'agent', 'setIdle'));
		expect(idle.sent[0].headers.guid).toBe(third);
	});

	it('keeps sessions of two agents of one gateway apart', async () => {
		await ok(execute(sim, agent101, 'workbench', 'agent', 'signIn'));
		await ok(execute(sim, agent102, 'workbench', 'agent', 'signIn', {}, undefined, '102'));
		expect(agentSessions.peek(sim.url, '101')!.guid).not.toBe(agentSessions.peek(sim.url, '102')!.guid);
		await ok(execute(sim, agent102, 'workbench', 'agent', 'signOut', {}, undefined, '102'));
		const still = await ok(execute(sim, agent101, 'workbench', 'agent', 'sendHeartbeat'));
		expect(still.sent[0].headers.guid).toBe(snapshot(sim, '101').guid);
	});
});

describe('validation and result codes', () => {
	beforeEach(async () => {
		await ok(execute(sim, agent101, 'workbench', 'agent', 'signIn'));
		sim.clearRequests();
	});

	it.each([
		// An expression that yields nothing passes n8n's own required check and reaches the node's.
		['call', 'makeCall', { called: '={{ "" }}' }, 'called: is required (6.1.2.1)'],
		['call', 'transfer', { devicetype: 9, address: '102', mode: 0 }, 'devicetype: must be one of 1 (Skill Queue), 2 (Agent), 3 (IVR), 4 (System Access Code), 5 (Outside Number) (6.1.2.11)'],
		['agent', 'startRest', { time: 0, restcause: 0 }, 'time: must be at least 1 (6.1.1.12)'],
		['agent', 'startRest', { time: 60, restcause: 256 }, 'restcause: must be at most 255 (6.1.1.12)'],
		['conference', 'getMany', { confIds: Array.from({ length: 21 }, (_, i) => i + 1) }, 'confIds: must have at most 20 items (6.1.6.18)'],
		['agent', 'signIn', { ip: '1234567890123456' }, 'ip: must be at most 15 characters (6.1.1.1)'],
	])('rejects %s/%s with bad input before sending', async (resource, operation, values, message) => {
		const r = await execute(sim, agent101, 'workbench', resource, operation, values as IDataObject);
		expect(r.error?.message).toBe(message);
		expect(r.sent).toEqual([]);
	});

	it('maps 6.5.2 codes to their documented meaning', async () => {
		const answer = await execute(sim, agent101, 'workbench', 'call', 'answer');
		expect(answer.error?.message).toBe('No call exists for the agent to answer or reject. (retcode 200-002)');
		expect((answer.error as { description?: string }).description).toMatch(/^6\.1\.2\.3 PUT \/agentgateway\/resource\/voicecall\/\{agentid\}\/answer|^6\.1\.2\.3 PUT \/agentgateway\/resource\/voicecall\/101\/answer/);
		const again = await execute(sim, agent101, 'workbench', 'agent', 'signIn');
		expect(again.error?.message).toMatch(/\(retcode 100-002\)$/);
		const missing = await execute(sim, agent101, 'workbench', 'recording', 'downloadRecording', { recordId: 'Y:/1/record/missing.wav' });
		expect(missing.error?.message).toBe('Failed to delete the recording file because the recording file does not exist. (retcode 104-005)');
	});
});

describe('node UI', () => {
	it('keeps the sign-in password in the credential, masks typed secrets, labels Force Sign In and offers Sign In Automatically', async () => {
		const { workbench, supervisor } = await import('./agentWorkbench.support.cjs');
		const props = workbench.description.properties;
		const shown = (operation: string) => props.filter((p) => p.displayOptions?.show?.operation?.includes(operation) && p.displayOptions?.show?.resource?.includes('agent'));
		const signInNames = shown('signIn').flatMap((p) => (p.name === 'additionalFields' ? (p.options as Array<{ name: string }>).map((o) => o.name) : [p.name]));
		expect(signInNames).not.toContain('password');
		expect(signInNames).toEqual(expect.arrayContaining(['agentid', 'phonenum', 'status', 'autoanswer']));
		const status = (shown('signIn').find((p) => p.name === 'additionalFields')!.options as Array<{ name: string; options?: unknown }>).find((o) => o.name === 'status');
		expect(status?.options).toEqual([
			{ name: 'Busy', value: 3 },
			{ name: 'Idle', value: 4 },
			{ name: 'Wrap-Up', value: 5 },
		]);
		const secrets = shown('changePassword').filter((x) => /Password$/.test(x.name));
		expect(secrets.map((p) => [p.name, p.typeOptions?.password])).toEqual([
			['oldPassword', true],
			['newPassword', true],
		]);
		const agentOps = props.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === 'agent')!.options as Array<{ name: string; value: string; description: string }>;
		expect(agentOps.find((o) => o.value === 'forceSignIn')).toMatchObject({ name: 'Force Sign In', action: 'Force sign in agent', description: 'Sign the agent in again even when it is already signed in, replacing the existing session' });
		const options = props.find((p) => p.name === 'options')!.options as Array<{ name: string; default: unknown }>;
		expect(options.find((o) => o.name === 'signInAutomatically')?.default).toBe(false);
		const target = supervisor.description.properties.find((p) => p.name === 'workNo' && p.displayOptions?.show?.operation?.includes('forceBusy'));
		expect(target).toMatchObject({ displayName: 'Target Agent ID', required: true });
		for (const node of [workbench, supervisor]) expect(node.description.usableAsTool).toBe(true);
	});
});
