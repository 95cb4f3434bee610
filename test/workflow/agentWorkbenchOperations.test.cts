/**
 * Every operation of the Agent Workbench, Supervisor and Voice Recognition nodes, executed once
 * through in-process n8n against the simulator, in an order that gives each one the state it
 * needs (a call to hold, a conference to join, a talking agent to listen to). For each: the method,
 * the exact path (typos as printed), the Guid header and the body the simulator received, and the
 * shape of the output.
 */
import type { IDataObject } from 'n8n-workflow';
import { agentSessions } from '../../nodes/shared/auth/agentSessions';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import type { Harness } from '../helpers/n8n.cjs';
import { bodyOf, execute, harnessFor, NODES, snapshot, specOf, until, type Executed, type NodeKey } from './agentWorkbench.support.cjs';

let sim: Simulator;
let agent101: Harness;
let agent102: Harness;

beforeAll(async () => {
	tokenCache.clear();
	agentSessions.clear();
	// Agents here do not long-poll between steps: the 2 min idle sign-out must not end them mid-test.
	sim = await startSimulator({ port: 0, timeScale: 0.01, agentIdleTimeoutMs: 3_600_000 });
	agent101 = await harnessFor(sim, 101);
	agent102 = await harnessFor(sim, 102);
});
afterAll(async () => {
	agentSessions.clear();
	await sim.close();
});

/** State the steps hand on to each other (call IDs, conference IDs). */
const state: { callId?: string; confId?: number; textCallId?: string; serverId?: string } = {};

interface Step {
	node: NodeKey;
	resource: string;
	operation: string;
	values?: IDataObject | (() => IDataObject);
	method: string;
	path: string | (() => string);
	/** Expected JSON body (undefined = no body sent). */
	body?: unknown;
	query?: Record<string, string> | (() => Record<string, string>);
	/** Agent whose credential runs the step. */
	as?: '101' | '102';
	before?: () => Promise<void> | void;
	check?: (r: Executed) => Promise<void> | void;
}

const A = '/agentgateway/resource';
const SIGN_IN_BODY = { password: 'Agent@123', phonenum: '7000101' };

async function talking(agentId: string): Promise<string> {
	const snap = await until(
		() => snapshot(sim, agentId),
		(s) => !!s.calls?.some((c) => c.state === 'talking'),
	);
	return snap.calls!.find((c) => c.state === 'talking')!.callId;
}

function ringInbound(agentId: string, extra: IDataObject = {}): string {
	const r = sim.injectInboundCall(agentId, { caller: '13912345678', ...extra } as never);
	if (!r.ok) throw new Error(r.error);
	return r.callId;
}

const CHAT_MESSAGE = {
	from: 'agent-101',
	to: '1672709693442874044',
	channel: 'WEB',
	controlType: 'CHAT',
	mediaType: 'TEXT',
	messageCode: 'b72d414f-97ca-4897-bc9f-a727ad92ff12',
	senderNickname: 'Agent',
	senderAvatar: 'DefaultAvatar',
	sendTime: '1678109503317',
	content: 'Hello from n8n',
	userId: '1672709693442874044',
};

const retcodeZero = (r: Executed) => expect((r.items[0].json as IDataObject).retcode).toBe('0');

const STEPS: Step[] = [
	// ---- Agent (6.1.1, 6.1.4.1)
	{
		node: 'workbench', resource: 'agent', operation: 'signIn', values: { autoanswer: false }, method: 'PUT', path: `${A}/onlineagent/101`,
		body: { ...SIGN_IN_BODY, autoanswer: false },
		check: (r) => {
			expect(agentSessions.peek(sim.url, '101')?.guid).toBe(snapshot(sim, '101').guid);
			expect((r.items[0].json as IDataObject).result).toMatchObject({ workno: '101' });
		},
	},
	{ node: 'workbench', resource: 'agent', operation: 'heartbeat', method: 'POST', path: `${A}/onlineagent/101/handshake` },
	{ node: 'workbench', resource: 'agent', operation: 'sendNote', values: { agentIds: [102], content: 'hello' }, method: 'POST', path: `${A}/onlineagent/101/sendnoteletex`, body: { agentIds: [102], content: 'hello' } },
	{ node: 'workbench', resource: 'agent', operation: 'getSkillQueues', method: 'GET', path: `${A}/onlineagent/101/agentskills` },
	{ node: 'workbench', resource: 'agent', operation: 'getAgentSkillQueues', values: { workno: '102' }, method: 'GET', path: `${A}/onlineagent/101/agentskillsbyworkno/102` },
	{ node: 'workbench', resource: 'agent', operation: 'setAutoAnswer', values: { isautoanswer: 'false' }, method: 'POST', path: `${A}/onlineagent/101/autoanswer/false` },
	{ node: 'workbench', resource: 'agent', operation: 'resetSkillQueues', values: { autoflag: true }, method: 'POST', path: `${A}/onlineagent/101/resetskill/true` },
	{ node: 'workbench', resource: 'agent', operation: 'setBusy', method: 'POST', path: `${A}/onlineagent/101/saybusy`, check: () => expect(snapshot(sim, '101').status).toBe(3) },
	{ node: 'workbench', resource: 'agent', operation: 'cancelBusy', method: 'POST', path: `${A}/onlineagent/101/cancelbusy`, check: () => expect(snapshot(sim, '101').status).toBe(4) },
	{ node: 'workbench', resource: 'agent', operation: 'setIdle', method: 'POST', path: `${A}/onlineagent/101/sayfree` },
	{ node: 'workbench', resource: 'agent', operation: 'rest', values: { time: 60, restcause: 0 }, method: 'POST', path: `${A}/onlineagent/101/rest/60/0`, check: () => expect(snapshot(sim, '101').status).toBe(8) },
	{ node: 'workbench', resource: 'agent', operation: 'cancelRest', method: 'POST', path: `${A}/onlineagent/101/cancelrest`, check: () => expect(snapshot(sim, '101').status).toBe(4) },
	{ node: 'workbench', resource: 'agent', operation: 'enterWork', method: 'POST', path: `${A}/onlineagent/101/work`, check: () => expect(snapshot(sim, '101').status).toBe(5) },
	{ node: 'workbench', resource: 'agent', operation: 'quitWork', method: 'POST', path: `${A}/onlineagent/101/cancelwork` },
	{
		node: 'workbench', resource: 'agent', operation: 'changePassword', values: { oldPassword: 'Agent@123', newPassword: 'Agent@456' }, method: 'POST', path: `${A}/onlineagent/101/modifyaccountpwdex`,
		body: { oldPassword: 'Agent@123', newPassword: 'Agent@456' },
	},
	{ node: 'workbench', resource: 'agent', operation: 'setAutoEnterIdle', values: { flag: 'true' }, method: 'POST', path: `${A}/onlineagent/101/autoenteridle/true` },
	{
		node: 'workbench', resource: 'agent', operation: 'getStatus', method: 'GET', path: `${A}/onlineagent/101/agentstatus`,
		check: (r) => expect((r.items[0].json as IDataObject).result).toEqual({ agentState: 4, agentStateName: 'Idle state, corresponding to state 1 on the CTI platform', isWorking: false }),
	},
	{ node: 'workbench', resource: 'agent', operation: 'setTalkRight', values: { flag: 1 }, method: 'POST', path: `${A}/onlineagent/101/settalkright`, query: { flag: '1' } },
	{
		node: 'workbench', resource: 'agent', operation: 'updateGuid', method: 'PUT', path: `${A}/onlineagent/101/updateGuid`,
		check: (r) => {
			const now = agentSessions.peek(sim.url, '101')?.guid;
			expect(now).not.toBe(r.guidBefore);
			expect(now).toBe(snapshot(sim, '101').guid);
		},
	},
	{ node: 'workbench', resource: 'agent', operation: 'syncAgentInfo', method: 'POST', path: `${A}/onlineagent/101/syncagentinfo` },
	{ node: 'workbench', resource: 'agent', operation: 'getLoginInfo', method: 'POST', path: `${A}/onlineagent/101/logininfo` },
	{ node: 'workbench', resource: 'agent', operation: 'setCustomState', values: { customstate: 5 }, method: 'POST', path: `${A}/onlineagent/101/setcustomstate`, query: { customstate: '5' } },
	{ node: 'workbench', resource: 'agent', operation: 'getCustomState', method: 'GET', path: `${A}/onlineagent/101/querycustomstate` },
	{ node: 'workbench', resource: 'agent', operation: 'cancelCustomState', method: 'POST', path: `${A}/onlineagent/101/cancelsetcustomstate` },
	{
		node: 'workbench', resource: 'agent', operation: 'getNextEvent', method: 'GET', path: `${A}/agentevent/101`,
		check: (r) => expect((r.items[0].json as IDataObject).event).toMatchObject({ eventType: 'AgentOther_InService', workNo: '101', eventTypeName: expect.any(String) }),
	},
	{
		node: 'workbench', resource: 'agent', operation: 'forceSignIn', values: { autoanswer: false }, method: 'PUT', path: `${A}/onlineagent/101/forcelogin`, body: { ...SIGN_IN_BODY, autoanswer: false },
		check: (r) => {
			expect(agentSessions.peek(sim.url, '101')?.guid).not.toBe(r.guidBefore);
			expect(agentSessions.peek(sim.url, '101')?.guid).toBe(snapshot(sim, '101').guid);
		},
	},
	{ node: 'workbench', resource: 'agent', operation: 'signOut', method: 'DELETE', path: `${A}/onlineagent/101/logout`, check: () => expect(agentSessions.peek(sim.url, '101')).toBeUndefined() },
	{ node: 'workbench', resource: 'agent', operation: 'signInToPlatform', method: 'PUT', path: `${A}/onlineagent/101/loginex`, body: SIGN_IN_BODY, check: () => expect(snapshot(sim, '101').signedIn).toBe(true) },
	{ node: 'workbench', resource: 'agent', operation: 'forceSignOut', method: 'DELETE', path: `${A}/onlineagent/101/forcelogout`, check: () => expect(snapshot(sim, '101').signedIn).toBe(false) },
	{ node: 'workbench', resource: 'agent', operation: 'signIn', method: 'PUT', path: `${A}/onlineagent/101`, body: SIGN_IN_BODY },
	{
		node: 'workbench', resource: 'agent', operation: 'forceSignOutWithReason', values: { reason: 1 }, method: 'DELETE', path: `${A}/onlineagent/101/forcelogoutwithreason/1`,
		check: () => expect(agentSessions.peek(sim.url, '101')).toBeUndefined(),
	},
	{ node: 'workbench', resource: 'agent', operation: 'signIn', values: { autoanswer: false }, method: 'PUT', path: `${A}/onlineagent/101`, body: { ...SIGN_IN_BODY, autoanswer: false } },

	// ---- Call (6.1.2) and Call Data (6.1.3), on one outbound call
	{
		node: 'workbench', resource: 'call', operation: 'callOut', values: { called: '13800001234' }, method: 'PUT', path: `${A}/voicecall/101/callout`, body: { called: '13800001234' },
		check: async (r) => {
			state.callId = String((r.items[0].json as IDataObject).result);
			expect(await talking('101')).toBe(state.callId);
		},
	},
	{ node: 'workbench', resource: 'call', operation: 'hold', method: 'POST', path: `${A}/voicecall/101/hold`, check: () => expect(snapshot(sim, '101').calls![0].state).toBe('held') },
	{ node: 'workbench', resource: 'call', operation: 'unhold', method: 'POST', path: `${A}/voicecall/101/gethold`, check: () => expect(snapshot(sim, '101').calls![0].state).toBe('talking') },
	{ node: 'workbench', resource: 'call', operation: 'mute', method: 'POST', path: `${A}/voicecall/101/beginmute` },
	{ node: 'workbench', resource: 'call', operation: 'unmute', method: 'POST', path: `${A}/voicecall/101/endmute` },
	{ node: 'workbench', resource: 'call', operation: 'holdById', values: () => ({ callid: state.callId }), method: 'POST', path: () => `${A}/voicecall/101/connecthold/${encodeURIComponent(state.callId!)}` },
	{ node: 'workbench', resource: 'call', operation: 'secondDial', values: { number: '123#' }, method: 'POST', path: `${A}/voicecall/101/seconddialex`, query: { number: '123#' } },
	{
		node: 'workbench', resource: 'callData', operation: 'getCallInfo', method: 'GET', path: `${A}/calldata/101/callinfo`,
		check: (r) => expect((r.items[0].json as IDataObject).result).toMatchObject({ callid: state.callId, callfeature: 7, callfeatureName: 'Common outgoing call' }),
	},
	{ node: 'workbench', resource: 'callData', operation: 'getCallAppData', values: () => ({ callid: state.callId }), method: 'GET', path: `${A}/calldata/101/appdata`, query: () => ({ callid: state.callId! }) },
	{
		node: 'workbench', resource: 'callData', operation: 'setCallData', values: () => ({ callid: state.callId, calldata: 'order=42' }), method: 'PUT', path: `${A}/calldata/101/setcalldataex`,
		body: undefined,
	},
	{ node: 'workbench', resource: 'callData', operation: 'getHoldList', method: 'GET', path: `${A}/calldata/101/holdlist` },
	{ node: 'workbench', resource: 'callData', operation: 'getCallBeforeAnswer', method: 'GET', path: `${A}/calldata/101/callinbeforeanswer` },
	{ node: 'workbench', resource: 'callData', operation: 'getCallInfoById', values: () => ({ callid: state.callId }), method: 'GET', path: () => `${A}/calldata/101/callinfobycallid/${encodeURIComponent(state.callId!)}` },
	{ node: 'workbench', resource: 'callData', operation: 'getAgentCallIds', values: { workno: '101' }, method: 'GET', path: `${A}/calldata/101/allcallinfoEx/101` },
	{ node: 'workbench', resource: 'callData', operation: 'getCallCount', method: 'GET', path: `${A}/calldata/101/callnums` },
	{ node: 'workbench', resource: 'callData', operation: 'getStatistics', method: 'GET', path: `${A}/calldata/101/statistics` },
	{ node: 'workbench', resource: 'callData', operation: 'getStatisticsEx', method: 'GET', path: `${A}/calldata/101/statisticsEx` },
	{ node: 'workbench', resource: 'callData', operation: 'getWaitingCalls', values: { skillid: 1 }, method: 'GET', path: `${A}/calldata/101/waitcallinfo/1` },
	{ node: 'workbench', resource: 'callData', operation: 'getAgentHoldList', values: { workno: '101' }, method: 'GET', path: `${A}/calldata/101/holdlistex/101` },
	{ node: 'workbench', resource: 'call', operation: 'threePartyCall', values: () => ({ callid: state.callId }), method: 'POST', path: `${A}/voicecall/101/confjoin`, body: undefined },
	{ node: 'workbench', resource: 'call', operation: 'innerHelp', values: { dstaddress: '102', devicetype: 2, mode: 1 }, method: 'POST', path: `${A}/voicecall/101/innerhelp`, body: { dstaddress: '102', devicetype: 2, mode: 1 } },
	{ node: 'workbench', resource: 'call', operation: 'cancelTransfer', method: 'POST', path: `${A}/voicecall/101/canceltransfer` },
	{ node: 'workbench', resource: 'call', operation: 'disconnectNumber', values: { number: '13800009999' }, method: 'POST', path: `${A}/voicecall/101/disconnect/13800009999` },
	{ node: 'workbench', resource: 'call', operation: 'switchMedia', method: 'POST', path: `${A}/voicecall/101/mediaswitch` },
	{ node: 'workbench', resource: 'call', operation: 'adjustVideoMode', values: { mode: 1 }, method: 'POST', path: `${A}/voicecall/101/adjustvideomode`, body: { mode: 1 } },
	{
		node: 'workbench', resource: 'call', operation: 'requestCall', values: () => ({ callid: state.callId, skilltype: 0, skillid: 1 }), method: 'POST',
		path: () => `${A}/voicecall/101/requestcall/${encodeURIComponent(state.callId!)}/0`, query: { skillid: '1' },
	},
	{ node: 'workbench', resource: 'call', operation: 'snatchPickup', values: { destWorkNo: 102 }, method: 'PUT', path: `${A}/voicecall/101/snatchpickup`, query: { destWorkNo: '102' } },
	{ node: 'workbench', resource: 'call', operation: 'passNumbersInConference', method: 'POST', path: `${A}/voicecall/101/thirdPartyConfTransmitNum` },
	{ node: 'workbench', resource: 'call', operation: 'previewCallOut', values: { called: '13800004321', callcontrolid: 7 }, method: 'PUT', path: `${A}/voicecall/101/previewCallout`, body: { called: '13800004321', callcontrolid: 7 } },
	{ node: 'workbench', resource: 'call', operation: 'callInner', values: { called: '102' }, method: 'PUT', path: `${A}/voicecall/101/callinner`, body: { called: '102' } },
	{
		node: 'workbench', resource: 'call', operation: 'transfer', values: { devicetype: 5, address: '13800009999', mode: 0 }, method: 'POST', path: `${A}/voicecall/101/transfer`,
		body: { devicetype: 5, address: '13800009999', mode: 0 },
		check: async () => expect((await until(() => snapshot(sim, '101'), (s) => s.calls!.length === 0)).status).toBe(4),
	},
	{
		node: 'workbench', resource: 'call', operation: 'answer', before: () => void (state.callId = ringInbound('101')), values: () => ({ callid: state.callId }), method: 'PUT', path: `${A}/voicecall/101/answer`,
		query: () => ({ callid: state.callId! }), check: async () => expect(await talking('101')).toBe(state.callId),
	},
	{ node: 'workbench', resource: 'call', operation: 'release', method: 'DELETE', path: `${A}/voicecall/101/release`, check: () => expect(snapshot(sim, '101').calls).toEqual([]) },
	{
		node: 'workbench', resource: 'call', operation: 'rejectInbound', before: () => void ringInbound('101'), values: { mode: 2 }, method: 'POST', path: `${A}/voicecall/101/reject`, body: { mode: 2 },
		check: () => expect(snapshot(sim, '101').calls).toEqual([]),
	},
	{ node: 'workbench', resource: 'call', operation: 'phoneHangup', before: () => void ringInbound('101'), method: 'POST', path: `${A}/voicecall/101/phonehangup`, check: () => expect(snapshot(sim, '101').calls).toEqual([]) },
	{
		node: 'workbench', resource: 'call', operation: 'phonePickup', before: () => void (state.callId = ringInbound('101')), method: 'POST', path: `${A}/voicecall/101/phonepickup`,
		check: async () => expect(await talking('101')).toBe(state.callId),
	},
	{
		node: 'workbench', resource: 'call', operation: 'dropCallById', values: () => ({ callid: state.callId }), method: 'POST', path: () => `${A}/voicecall/101/dropcall/${encodeURIComponent(state.callId!)}`,
		check: () => expect(snapshot(sim, '101').calls).toEqual([]),
	},

	// ---- Conference (6.1.6): 101 chairs, 102 is invited
	{ node: 'workbench', resource: 'agent', operation: 'signIn', as: '102', method: 'PUT', path: `${A}/onlineagent/102`, body: { password: 'Agent@123', phonenum: '7000102' } },
	{
		node: 'workbench', resource: 'conference', operation: 'requestConference', values: { memberNum: 4, time: 30 }, method: 'POST', path: `${A}/agentconf/101/requestagentconf`, body: { memberNum: 4, time: 30 },
		check: () => {
			state.confId = snapshot(sim, '101').conference!.confId;
			expect(snapshot(sim, '101').conference!.chair).toBe('101');
		},
	},
	{
		node: 'workbench', resource: 'conference', operation: 'addParticipants',
		values: { addresses: [{ addressType: '9', address: '102' }, { addressType: '6', address: '13800005555' }] }, method: 'POST', path: `${A}/agentconf/101/batchaddparticipant`,
		body: { addresses: [{ addressType: '9', address: '102' }, { addressType: '6', address: '13800005555' }] },
		check: () => expect(snapshot(sim, '101').conference!.participantStates).toEqual({ '9:101': 'joined', '9:102': 'ringing', '6:13800005555': 'joined' }),
	},
	{ node: 'workbench', resource: 'conference', operation: 'answerConference', as: '102', method: 'POST', path: `${A}/agentconf/102/answeragentconf`, check: () => expect(snapshot(sim, '102').conference!.participantStates['9:102']).toBe('joined') },
	{
		node: 'workbench', resource: 'conference', operation: 'holdParticipant', values: { addressType: '6', address: '13800005555', voicePath: 'y:/conf/1/hold.V3' }, method: 'POST', path: `${A}/agentconf/101/holdparticipant`,
		body: { addressType: '6', address: '13800005555', voicePath: 'y:/conf/1/hold.V3' }, check: () => expect(snapshot(sim, '101').conference!.participantStates['6:13800005555']).toBe('held'),
	},
	{
		node: 'workbench', resource: 'conference', operation: 'unholdParticipant', values: { addressType: '6', address: '13800005555' }, method: 'POST', path: `${A}/agentconf/101/unholdparticipant`,
		body: { addressType: '6', address: '13800005555' }, check: () => expect(snapshot(sim, '101').conference!.participantStates['6:13800005555']).toBe('joined'),
	},
	{ node: 'workbench', resource: 'conference', operation: 'changeParticipantMode', values: { attribute: 1, addressType: '9', address: '102' }, method: 'POST', path: `${A}/agentconf/101/changeparticipantmode`, body: { attribute: 1, addressType: '9', address: '102' } },
	{ node: 'workbench', resource: 'conference', operation: 'playToConference', values: { voicePath: 'y:/conf/1/welcome.V3' }, method: 'POST', path: `${A}/agentconf/101/playvoicetoconf`, body: { voicePath: 'y:/conf/1/welcome.V3' } },
	{ node: 'workbench', resource: 'conference', operation: 'stopPlayToConference', method: 'POST', path: `${A}/agentconf/101/stopvoicetoconf` },
	{
		node: 'workbench', resource: 'conference', operation: 'playToParticipant', values: { addressType: '9', address: '102', voicePath: 'y:/conf/1/note.V3' }, method: 'POST', path: `${A}/agentconf/101/playvoicetoparticipant`,
		body: { addressType: '9', address: '102', voicePath: 'y:/conf/1/note.V3' },
	},
	{ node: 'workbench', resource: 'conference', operation: 'stopPlayToParticipant', values: { addressType: '9', address: '102' }, method: 'POST', path: `${A}/agentconf/101/stopvoicetoparticipant`, body: { addressType: '9', address: '102' } },
	{
		node: 'workbench', resource: 'conference', operation: 'prolongConference', values: { prolongTime: 10 }, method: 'POST', path: `${A}/agentconf/101/prolongtime`, body: { prolongTime: 10 },
		check: (r) => expect((r.items[0].json as IDataObject).result).toEqual({ appliedTime: 30 }),
	},
	{ node: 'workbench', resource: 'conference', operation: 'modifyConferenceSize', values: { modifyType: 0, modifyNum: 2 }, method: 'POST', path: `${A}/agentconf/101/modifyconfresource`, body: { modifyType: 0, modifyNum: 2 } },
	{
		node: 'workbench', resource: 'conference', operation: 'getConferences', values: () => ({ confIds: [state.confId] }), method: 'POST', path: `${A}/agentconf/101/queryconfinfos`, body: undefined,
		check: (r) => {
			const conf = ((r.items[0].json as IDataObject).result as { confs: IDataObject[] }).confs[0];
			expect(conf.confId).toBe(state.confId);
			expect(conf.addresses).toContainEqual(expect.objectContaining({ address: '101', role: 1, deviceType: 6, deviceTypeName: 'Agent' }));
		},
	},
	{ node: 'workbench', resource: 'conference', operation: 'getVdnConferenceId', method: 'GET', path: `${A}/agentconf/101/queryvdnconfid`, check: (r) => expect((r.items[0].json as IDataObject).result).toEqual({ conflds: [state.confId] }) },
	{ node: 'workbench', resource: 'conference', operation: 'transferChair', values: { destAgentNo: 102 }, method: 'POST', path: `${A}/agentconf/101/applytoshiftpresident`, body: { destAgentNo: 102 }, check: () => expect(snapshot(sim, '101').conference!.chair).toBe('102') },
	{ node: 'workbench', resource: 'conference', operation: 'leaveConference', method: 'POST', path: `${A}/agentconf/101/requestleaveagentconf`, check: () => expect(snapshot(sim, '101').conference).toBeNull() },
	{
		node: 'workbench', resource: 'conference', operation: 'removeParticipants', as: '102', values: { addresses: [{ addressType: '6', address: '13800005555' }, { addressType: '6', address: '13800000000' }] }, method: 'POST',
		path: `${A}/agentconf/102/batchremoveparticipant`, body: { addresses: [{ addressType: '6', address: '13800005555' }, { addressType: '6', address: '13800000000' }] },
		check: (r) => expect((r.items[0].json as IDataObject).result).toEqual({ noExistParticipants: [{ addressType: '6', address: '13800000000' }] }),
	},
	{ node: 'workbench', resource: 'conference', operation: 'releaseConference', as: '102', method: 'POST', path: `${A}/agentconf/102/releaseagentconf`, check: () => expect(snapshot(sim, '102').conference).toBeNull() },
	{
		node: 'workbench', resource: 'conference', operation: 'rejectConference', method: 'POST', path: `${A}/agentconf/101/rejectagentconf`,
		before: async () => {
			await execute(sim, agent102, 'workbench', 'conference', 'requestConference', { memberNum: 2 }, undefined, '102');
			await execute(sim, agent102, 'workbench', 'conference', 'addParticipants', { addresses: [{ addressType: '9', address: '101' }] }, undefined, '102');
		},
		check: () => expect(snapshot(sim, '102').conference!.participantStates).toEqual({ '9:102': 'joined' }),
	},

	// ---- Multimedia (6.1.5): a text session rings 101
	{
		node: 'workbench', resource: 'multimedia', operation: 'sendMessage', method: 'POST', path: `${A}/mediacall/101/sendmessage`,
		before: async () => {
			state.textCallId = ringInbound('101', { caller: 'webchat-user-1', mediaAbility: '5' });
			await execute(sim, agent101, 'workbench', 'call', 'answer', {});
		},
		values: () => ({ callid: state.textCallId, data: CHAT_MESSAGE }),
		body: undefined,
		check: (r) => {
			// data is documented as Object but sent as JSON text, as the reference's example shows.
			expect(bodyOf(r.sent[0])).toEqual({ callid: state.textCallId, data: JSON.stringify(CHAT_MESSAGE) });
			expect(snapshot(sim, '101').calls![0].messages).toEqual([expect.objectContaining({ data: JSON.stringify(CHAT_MESSAGE) })]);
		},
	},
	{ node: 'workbench', resource: 'multimedia', operation: 'setSessionCount', values: { mediaType: '1', callnums: '3' }, method: 'POST', path: `${A}/mediacall/101/setcallnums`, body: { mediaType: '1', callnums: '3' } },
	{
		node: 'workbench', resource: 'multimedia', operation: 'getConnectInfo', values: () => ({ userType: 'agent', callid: state.textCallId }), method: 'POST', path: `${A}/mediacall/101/getconnectinfo`,
		body: undefined, check: (r) => expect((r.items[0].json as IDataObject).result).toMatchObject({ userId: '101', port: '6500' }),
	},
	{ node: 'workbench', resource: 'multimedia', operation: 'captureImage', values: () => ({ userType: 'user', callid: state.textCallId }), method: 'POST', path: `${A}/mediacall/101/imagecapture`, body: undefined },
	{
		node: 'workbench', resource: 'multimedia', operation: 'transferSession', values: () => ({ callid: state.textCallId, devicetype: 2, mode: 0, address: '102' }), method: 'POST', path: `${A}/mediacall/101/transfer`,
		body: undefined,
		check: () => {
			expect(snapshot(sim, '101').calls).toEqual([]);
			expect(snapshot(sim, '102').calls).toEqual([expect.objectContaining({ callId: state.textCallId, mediaAbility: '5' })]);
		},
	},

	// ---- Queue and Group (5.2.5-5.2.13)
	{ node: 'workbench', resource: 'queueAndGroup', operation: 'getWaitCount', method: 'GET', path: `${A}/queuedevice/101/waitnum` },
	{ node: 'workbench', resource: 'queueAndGroup', operation: 'getWaitCountByAgent', method: 'GET', path: `${A}/queuedevice/101/waitnumbyagent` },
	{ node: 'workbench', resource: 'queueAndGroup', operation: 'getVdnSkills', method: 'GET', path: `${A}/queuedevice/101/agentvdnskill` },
	{ node: 'workbench', resource: 'queueAndGroup', operation: 'getSkillWaitCount', values: { skillid: 1 }, method: 'GET', path: `${A}/queuedevice/101/skillwaitnum/1` },
	{ node: 'workbench', resource: 'queueAndGroup', operation: 'getQueueStatistics', values: { skills: [1, 2] }, method: 'POST', path: `${A}/queuedevice/101/queryacdstat`, body: { skills: [1, 2] } },
	{ node: 'workbench', resource: 'queueAndGroup', operation: 'getIvrInfo', method: 'GET', path: `${A}/queuedevice/101/ivrinfo` },
	{ node: 'workbench', resource: 'queueAndGroup', operation: 'getAgentsBySkill', values: { skillid: 1 }, method: 'GET', path: `${A}/agentgroup/101/agentbyskill/1` },
	{
		node: 'workbench', resource: 'queueAndGroup', operation: 'getAgentDetails', values: { workno: '102' }, method: 'GET', path: `${A}/agentgroup/101/agentbyworkno/102`,
		check: (r) => expect((r.items[0].json as IDataObject).result).toMatchObject({ status: '4', statusName: 'Idle state, corresponding to state 1 on the CTI platform', ctiStatus: '1', ctiStatusName: 'Idle state' }),
	},
	{
		node: 'workbench', resource: 'queueAndGroup', operation: 'getOnlineAgents', method: 'GET', path: `${A}/agentgroup/101/allonlineagents`,
		check: (r) => expect(r.items.map((i) => i.json)).toContainEqual(expect.objectContaining({ workno: '102', status: 7, statusName: 'Talking state, corresponding to states 2, 3, 4, and 5 on the CTI platform' })),
	},

	// ---- Recording downloads (13.1.2, 13.1.3): binary items
	...(
		[
			['downloadRecording', { recordId: 'Y:/1/record/size-2k.wav' }, `${A}/recordfile/101`, { recordId: 'Y:/1/record/size-2k.wav' }],
			['downloadRecordingEx', { callId: '1700000000-1' }, `${A}/recordfile/101/recordfiledownloadEx`, { callId: '1700000000-1' }],
			['downloadVideo', { conferenceId: '1030400', fileType: '0', recordId: 'Y:/1/video/size-3k.mp4' }, `${A}/recordfile/101/videofiledownload`, { conferenceId: '1030400', fileType: '0', recordId: 'Y:/1/video/size-3k.mp4' }],
			['downloadVideoEx', { recordId: 'Y:/1/video/size-1k.mp4' }, `${A}/recordfile/101/videofiledownloadEx`, { recordId: 'Y:/1/video/size-1k.mp4' }],
		] as const
	).map(
		([operation, values, path, query]): Step => ({
			node: 'workbench', resource: 'recording', operation, values: { ...values }, method: 'GET', path, query: { ...query },
			check: (r) => {
				expect(r.items[0].binary?.data).toBeDefined();
				expect((r.items[0].json as IDataObject).fileSize).toBeGreaterThan(0);
			},
		}),
	),

	// ---- Supervisor (12.1): 101 (inspector) on 102, who talks to a customer
	{
		node: 'supervisor', resource: 'qualityControl', operation: 'listen', values: { workNo: '102' }, method: 'PUT', path: `${A}/qualitycontrol/101/addsupervise/102`,
		before: async () => {
			await execute(sim, agent102, 'workbench', 'call', 'release', {}, undefined, '102');
			state.callId = ringInbound('102');
			await talking('102');
		},
		check: () => expect(snapshot(sim, '101').monitoring).toEqual({ target: '102', mode: 'listen' }),
	},
	{ node: 'supervisor', resource: 'qualityControl', operation: 'switchListenInsert', values: { workNo: '102' }, method: 'POST', path: `${A}/qualitycontrol/101/switch/102` },
	{ node: 'supervisor', resource: 'qualityControl', operation: 'cancelListenInsert', values: { workNo: '102' }, method: 'DELETE', path: `${A}/qualitycontrol/101/102`, check: () => expect(snapshot(sim, '101').monitoring).toBeNull() },
	{ node: 'supervisor', resource: 'qualityControl', operation: 'insert', values: { workNo: '102' }, method: 'PUT', path: `${A}/qualitycontrol/101/addinsert/102`, check: () => expect(snapshot(sim, '101').monitoring).toEqual({ target: '102', mode: 'insert' }) },
	{
		node: 'supervisor', resource: 'qualityControl', operation: 'whisper', values: { whisperagentid: '102' }, method: 'POST', path: `${A}/qualitycontrol/101/requestwhisperagent`, query: { whisperagentid: '102' },
		before: async () => void (await execute(sim, agent101, 'supervisor', 'qualityControl', 'cancelListenInsert', { workNo: '102' })),
		check: () => expect(snapshot(sim, '101').monitoring).toEqual({ target: '102', mode: 'whisper' }),
	},
	{
		node: 'supervisor', resource: 'qualityControl', operation: 'switchWhisperMode', values: { whisperagentid: '102', switchtype: 0 }, method: 'POST', path: `${A}/qualitycontrol/101/requestswitchinsertwhisperagent`,
		query: { whisperagentid: '102', switchtype: '0' },
	},
	{ node: 'supervisor', resource: 'qualityControl', operation: 'stopWhisper', values: { whisperagentid: '102' }, method: 'POST', path: `${A}/qualitycontrol/101/requeststopwhisperagent`, query: { whisperagentid: '102' }, check: () => expect(snapshot(sim, '101').monitoring).toBeNull() },
	{ node: 'supervisor', resource: 'qualityControl', operation: 'forceBusy', values: { workNo: '102' }, method: 'POST', path: `${A}/qualitycontrol/101/forcebusy/102` },
	{ node: 'supervisor', resource: 'qualityControl', operation: 'adjustSkills', values: { workNo: '102', skills: [1] }, method: 'POST', path: `${A}/qualitycontrol/101/adjustskill`, body: { workNo: '102', skills: [1] } },
	{
		node: 'supervisor', resource: 'qualityControl', operation: 'intercept', values: { workNo: '102' }, method: 'PUT', path: `${A}/qualitycontrol/101/intercept/102`,
		check: async () => {
			expect(await talking('101')).toBe(state.callId);
			// The forced busy of the talking target took effect when its call was taken away.
			expect(snapshot(sim, '102').status).toBe(3);
		},
	},
	{ node: 'supervisor', resource: 'qualityControl', operation: 'forceReleaseCall', values: () => ({ callid: state.callId }), method: 'POST', path: () => `${A}/qualitycontrol/101/forcedropcall/${encodeURIComponent(state.callId!)}`, check: () => expect(snapshot(sim, '101').calls).toEqual([]) },
	{ node: 'supervisor', resource: 'qualityControl', operation: 'forceIdle', values: { workNo: '102' }, method: 'POST', path: `${A}/qualitycontrol/101/forceidle/102`, check: () => expect(snapshot(sim, '102').status).toBe(4) },
	{ node: 'supervisor', resource: 'qualityControl', operation: 'forceRest', values: { workNo: '102', time: 60, reason: 1 }, method: 'POST', path: `${A}/qualitycontrol/101/forcerest/102/60/1`, check: () => expect(snapshot(sim, '102').status).toBe(8) },
	{ node: 'supervisor', resource: 'qualityControl', operation: 'forceSignOut', values: { workNo: '102' }, method: 'POST', path: `${A}/qualitycontrol/101/forcelogout/102`, check: () => expect(snapshot(sim, '102').signedIn).toBe(false) },

	// ---- Recording playback control (13.1.1)
	{ node: 'supervisor', resource: 'recordingPlayback', operation: 'play', values: { voicepath: 'Y:/1/record/1.V3' }, method: 'PUT', path: `${A}/recordplay/101/play`, body: { voicepath: 'Y:/1/record/1.V3' } },
	{ node: 'supervisor', resource: 'recordingPlayback', operation: 'pause', method: 'POST', path: `${A}/recordplay/101/pauseplay` },
	{ node: 'supervisor', resource: 'recordingPlayback', operation: 'resume', method: 'POST', path: `${A}/recordplay/101/resumeplay` },
	{ node: 'supervisor', resource: 'recordingPlayback', operation: 'fastForward', values: { time: '10' }, method: 'POST', path: `${A}/recordplay/101/forefast/10` },
	{ node: 'supervisor', resource: 'recordingPlayback', operation: 'rewind', values: { time: '5' }, method: 'POST', path: `${A}/recordplay/101/backfast/5` },
	{ node: 'supervisor', resource: 'recordingPlayback', operation: 'stop', method: 'DELETE', path: `${A}/recordplay/101/stopplay` },
	{ node: 'supervisor', resource: 'recordingPlayback', operation: 'startScreenRecording', method: 'PUT', path: `${A}/recordplay/101/startrecordscreen` },
	{ node: 'supervisor', resource: 'recordingPlayback', operation: 'stopScreenRecording', method: 'DELETE', path: `${A}/recordplay/101/stoprecordscreen` },
	{ node: 'supervisor', resource: 'recordingPlayback', operation: 'startRecording', values: { mediaType: 5 }, method: 'PUT', path: `${A}/recordplay/101/record`, body: { mediaType: 5 } },
	{ node: 'supervisor', resource: 'recordingPlayback', operation: 'stopRecording', method: 'DELETE', path: `${A}/recordplay/101/stoprecord` },
	{ node: 'supervisor', resource: 'recordingPlayback', operation: 'playNetworkRecording', values: { fileName: 'Y:/1/record/2.V3', ccId: 1 }, method: 'POST', path: `${A}/recordplay/101/netplay`, body: { fileName: 'Y:/1/record/2.V3', ccId: 1 } },

	// ---- Voice recognition (6.3, C5): one subscription from creation to its end
	{
		node: 'voice', resource: 'subscription', operation: 'create', values: { subscribeType: '1', serviceCallBackUri: 'https://127.0.0.1:9/asr', nlpFlag: false }, method: 'POST', path: `${A}/config/subscribe/register`,
		body: { subscribeType: '1', serviceCallBackUri: 'https://127.0.0.1:9/asr', nlpFlag: false },
		check: (r) => {
			state.serverId = String(((r.items[0].json as IDataObject).result as IDataObject).serverId);
			expect(sim.asrSubscriptions().map((x) => x.serverId)).toEqual([state.serverId]);
		},
	},
	{
		node: 'voice', resource: 'subscription', operation: 'update', values: () => ({ serverId: state.serverId, serviceCallBackUri: 'https://127.0.0.1:9/asr2', nlpFlag: true }), method: 'POST', path: `${A}/config/subscribe/modify`,
		query: () => ({ serverId: state.serverId! }), body: { serviceCallBackUri: 'https://127.0.0.1:9/asr2', nlpFlag: true },
		check: () => expect(sim.asrSubscriptions()[0]).toMatchObject({ serviceCallBackUri: 'https://127.0.0.1:9/asr2', nlpFlag: true }),
	},
	{ node: 'voice', resource: 'subscription', operation: 'handshake', values: () => ({ serviceid: state.serverId }), method: 'GET', path: () => `${A}/config/subscribe/handshake/${state.serverId}` },
	{
		node: 'voice', resource: 'subscription', operation: 'handshakeWithToken', values: () => ({ serviceid: state.serverId, service_token: 'tok-123' }), method: 'POST',
		path: () => `${A}/config/subscribe/handshake/${state.serverId}`,
	},
	{
		node: 'voice', resource: 'subscription', operation: 'delete', values: () => ({ serverId: state.serverId }), method: 'PUT', path: `${A}/config/subscribe/unregister`, body: undefined,
		check: (r) => {
			expect(bodyOf(r.sent.find((q) => q.path.endsWith('/unregister'))!)).toEqual({ serverId: state.serverId });
			expect(sim.asrSubscriptions()).toEqual([]);
		},
	},
];

describe('every operation once, in story order', () => {
	for (const step of STEPS) {
		const spec = specOf(step.node, step.resource, step.operation);
		it(`${spec.section} ${step.node}/${step.resource}/${step.operation}`, async () => {
			await step.before?.();
			const agentId = step.as ?? '101';
			const harness = agentId === '102' ? agent102 : agent101;
			const values = typeof step.values === 'function' ? step.values() : (step.values ?? {});
			const r = await execute(sim, harness, step.node, step.resource, step.operation, values, undefined, agentId);
			if (r.error) throw r.error;

			const business = r.sent.filter((q) => q.path !== `${A}/config/login`);
			expect(business).toHaveLength(1);
			const [q] = business;
			expect(q.method).toBe(step.method);
			expect(q.path).toBe(typeof step.path === 'function' ? step.path() : step.path);
			expect(q.status).toBe(200);
			if (step.query) expect(q.query).toEqual(typeof step.query === 'function' ? step.query() : step.query);
			if ('body' in step && step.body !== undefined) expect(bodyOf(q)).toEqual(step.body);
			if (!('body' in step) && !spec.fields.some((f) => f.in === 'body')) expect(q.body).toBe('');

			if (spec.auth === 'C5') {
				expect(q.headers.guid).toEqual(expect.any(String));
				if (step.operation === 'handshakeWithToken') expect(q.headers.service_token).toBe('tok-123');
			} else if (spec.session === 'signIn') {
				expect(q.headers.guid).toBeUndefined();
			} else {
				expect(q.headers.guid).toBe(r.guidBefore);
			}

			expect(r.items.length).toBeGreaterThan(0);
			if (!spec.result?.binary && !spec.result?.itemsPath) retcodeZero(r);
			await step.check?.(r);
		});
	}

	it('covers every operation of the three nodes', () => {
		for (const key of Object.keys(NODES) as NodeKey[]) {
			const done = new Set(STEPS.filter((s) => s.node === key).map((s) => `${s.resource}/${s.operation}`));
			const missing = NODES[key].specs.filter((s) => !done.has(`${s.resource}/${s.operation}`)).map((s) => s.section);
			expect(missing).toEqual([]);
		}
		expect(NODES.workbench.specs).toHaveLength(104);
		expect(NODES.supervisor.specs).toHaveLength(25);
		expect(NODES.voice.specs).toHaveLength(5);
	});
});
