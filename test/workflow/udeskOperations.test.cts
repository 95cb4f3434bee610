import { createHash } from 'node:crypto';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { startSimulator, UDESK_SIM_ACCOUNT, type Simulator } from '../../simulator/index.cjs';
import { UdeskCallCenter } from '../../nodes/UdeskCallCenter/UdeskCallCenter.node';
import { OPERATIONS } from '../../nodes/UdeskCallCenter/operations';
import type { RequestLogEntry } from '../../simulator/types.cjs';
import { createHarness, simulatorCredentials, type Harness } from '../helpers/n8n.cjs';
import { json, receiver } from '../simulator/helpers.cjs';

/**
 * Every operation of the Udesk Call Center node (ccapi v2, 26 interfaces), run through a real
 * n8n-core workflow against the simulator's Udesk mode, which checks each request's signature:
 * the rows run in order on one simulated application (an agent is created before it is bound,
 * signed in, listed...), and each row asserts the request on the wire and the items n8n outputs.
 */

let sim: Simulator;
let n8n: Harness;
const node = new UdeskCallCenter();
let hook: Awaited<ReturnType<typeof receiver>>;

beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01 });
	n8n = await createHarness(simulatorCredentials(sim));
	hook = await receiver(() => ({ status: 200, body: {} }));
});
afterAll(async () => {
	await hook.close();
	await sim.close();
});

const sha1 = (text: string) => createHash('sha1').update(text, 'utf8').digest('hex');

/** The request carries the document's signature, computed here independently, and never the AuthToken. */
function expectSigned(request: RequestLogEntry, appIdName = 'AppId') {
	const { Timestamp, Sid, Sign } = request.query;
	expect(request.query[appIdName]).toBe(UDESK_SIM_ACCOUNT.appId);
	expect(Sid).toBe(UDESK_SIM_ACCOUNT.sid);
	expect(Math.abs(Date.now() - Number(Timestamp))).toBeLessThan(60_000);
	expect(Sign).toBe(sha1(`${UDESK_SIM_ACCOUNT.sid}${UDESK_SIM_ACCOUNT.authToken}${Timestamp}`));
	expect(`${request.rawQuery} ${JSON.stringify(request.headers)} ${request.body}`).not.toContain(UDESK_SIM_ACCOUNT.authToken);
}

interface Row {
	section: string;
	resource: string;
	operation: string;
	parameters?: INodeParameters;
	/** Query parameters besides the signature, and the body, as they must arrive. */
	query?: Record<string, string>;
	body?: unknown;
	/** The n8n items the operation outputs. */
	output: (items: IDataObject[]) => void;
	appIdName?: string;
}

const subscriptionUrl = () => `${hook.url}/udesk`;
let subid = 0;

const ROWS: Row[] = [
	{
		section: 'ccapi-01',
		resource: 'relayNumber',
		operation: 'getMany',
		output: (items) => expect(items).toEqual([{ SpNumbers: ['057126200670', '057126200671', '057126200672', '057126200673', '057126200674'], DefSpNumber: '057126200670' }]),
	},
	{
		section: 'ccapi-02',
		resource: 'relayNumber',
		operation: 'setDefault',
		parameters: { DefSpNumber: '057126200672' },
		body: { DefSpNumber: '057126200672' },
		output: (items) => {
			expect(items).toEqual([{ success: true }]);
			expect(sim.udesk).toBeDefined();
		},
	},
	{
		section: 'ccapi-03',
		resource: 'relayNumber',
		operation: 'clearDefault',
		output: (items) => expect(items).toEqual([{ success: true }]),
	},
	{
		section: 'ccapi-10',
		resource: 'extension',
		operation: 'create',
		parameters: { Extension: '8001', additionalFields: { SignalType: 0 } },
		body: { Extension: '8001', SignalType: 0 },
		output: (items) => expect(items[0]).toMatchObject({ Extension: '8001', Number: '93000077128001', SignalType: 0, Password: expect.stringMatching(/^[0-9a-f]{16}$/) }),
	},
	{
		section: 'ccapi-04',
		resource: 'agent',
		operation: 'create',
		parameters: { AgentId: '9415', WorkId: '199', additionalFields: { Name: 'Li', Email: 'li@example.com', Mobile: '18512520714', Role: 'leader' } },
		body: { AgentId: '9415', WorkId: '199', Name: 'Li', Email: 'li@example.com', Mobile: '18512520714', Role: 'leader' },
		output: (items) => expect(items).toEqual([{ AgentId: '9415', Extension: '', Password: '', Number: '', ExtenInfos: null }]),
	},
	{
		section: 'ccapi-05',
		resource: 'agent',
		operation: 'update',
		parameters: { id: { __rl: true, mode: 'id', value: '9415' }, additionalFields: { Name: 'Li Lei', WrapUpTime: 15 } },
		body: { Name: 'Li Lei', WrapUpTime: 15 },
		output: (items) => expect(items).toEqual([{ success: true }]),
	},
	{
		section: 'ccapi-07',
		resource: 'extension',
		operation: 'bindToAgent',
		parameters: { AgentId: { __rl: true, mode: 'list', value: '9415' }, Extensions: '8001' },
		body: { AgentId: '9415', Extensions: ['8001'] },
		output: (items) => expect(items).toEqual([{ success: true }]),
	},
	{
		section: 'ccapi-25',
		resource: 'agent',
		operation: 'get',
		parameters: { id: '9415' },
		output: (items) => {
			expect(items).toHaveLength(1);
			expect(items[0]).toMatchObject({ AgentId: '9415', WorkId: '199', Name: 'Li Lei', Role: 'leader', Extensions: ['8001'], State: 4, StateDes: 'offline', WrapUpTime: 15, Queues: [`9001@${UDESK_SIM_ACCOUNT.appId}`] });
		},
	},
	{
		section: 'ccapi-12',
		resource: 'queue',
		operation: 'create',
		parameters: { additionalFields: { QueueId: '9008', QueueName: 'Sales' } },
		body: { QueueId: '9008', QueueName: 'Sales' },
		output: (items) => expect(items).toEqual([{ QueueId: '9008' }]),
	},
	{
		section: 'ccapi-13',
		resource: 'queue',
		operation: 'update',
		parameters: { QueueId: '9008', additionalFields: { Strategy: 2, Timeout: 30 } },
		body: { QueueId: '9008', Strategy: 2, Timeout: 30 },
		output: (items) => expect(items).toEqual([{ success: true }]),
	},
	{
		section: 'ccapi-11',
		resource: 'queue',
		operation: 'getMany',
		output: (items) =>
			expect(items).toEqual([
				{ QueueId: '9001', Name: 'Default queue', Strategy: 0, Timeout: 0, WaitMusic: 'waitmusic.wav' },
				{ QueueId: '9008', Name: 'Sales', Strategy: 2, Timeout: 30, WaitMusic: '' },
			]),
	},
	{
		section: 'ccapi-15',
		resource: 'queue',
		operation: 'addAgents',
		parameters: { QueueId: '9008', AgentIds: ['9415'] },
		body: { QueueId: '9008', AgentIds: ['9415'] },
		output: (items) => expect(items).toEqual([{ success: true }]),
	},
	{
		section: 'ccapi-26',
		resource: 'queue',
		operation: 'getAgents',
		parameters: { queue_id: '9008' },
		output: (items) => expect(items.map((i) => i.AgentId)).toEqual(['9415']),
	},
	{
		section: 'ccapi-16',
		resource: 'agent',
		operation: 'addToQueues',
		parameters: { AgentId: '9415', Queues: '9008', additionalFields: { IsFull: 1 } },
		body: { AgentId: '9415', Queues: ['9008'], IsFull: 1 },
		output: (items) => expect(items).toEqual([{ success: true }]),
	},
	{
		section: 'ccapi-06',
		resource: 'agent',
		operation: 'getMany',
		parameters: { returnAll: true, additionalFields: { Role: 'leader', FuzzyQuery: 'li' } },
		query: { Role: 'leader', FuzzyQuery: 'li', CurrPage: '1', PageSize: '100' },
		output: (items) => {
			expect(items).toHaveLength(1);
			expect(items[0]).toMatchObject({ AgentId: '9415', Name: 'Li Lei', Queues: [`9008@${UDESK_SIM_ACCOUNT.appId}`] });
		},
	},
	{
		section: 'ccapi-18',
		resource: 'eventSubscription',
		operation: 'create',
		parameters: { subscriptions: '' },
		output: (items) => {
			const result = items[0] as { sub_succ: Array<{ subid: number; name: string }>; sub_fail: unknown };
			expect(result.sub_fail).toBeNull();
			expect(result.sub_succ).toEqual([{ subid: expect.any(Number), name: 'n8n-test' }]);
			subid = result.sub_succ[0].subid;
		},
	},
	{
		section: 'ccapi-21',
		resource: 'eventSubscription',
		operation: 'getMany',
		output: (items) => expect(items).toEqual([{ subid, callback: subscriptionUrl(), enable: 'true', events: ['acd_agent_state', 'start_dialout'], name: 'n8n-test' }]),
	},
	{
		section: 'ccapi-19',
		resource: 'eventSubscription',
		operation: 'update',
		parameters: { id: '', callback: '', name: 'n8n-test', events: ['acd_agent_state', 'start_dialout'], enable: true },
		output: (items) => expect(items).toEqual([{ 'n8n-test': subid }]),
	},
	{
		section: 'ccapi-22',
		resource: 'agentSession',
		operation: 'signIn',
		parameters: { MsgId: '111', agent_id: '9415', additionalFields: { state: 1 } },
		query: { MsgId: '111' },
		body: { agent_id: '9415', state: 1 },
		output: (items) => expect(items).toEqual([{ msg_id: '111' }]),
	},
	{
		section: 'ccapi-23',
		resource: 'agentSession',
		operation: 'signOut',
		parameters: { agent_id: '9415', additionalFields: { MsgId: '111' } },
		query: { MsgId: '111', app_id: UDESK_SIM_ACCOUNT.appId },
		body: { agent_id: '9415' },
		output: (items) => expect(items).toEqual([{ msg_id: '111' }]),
	},
	{
		section: 'ccapi-24',
		resource: 'ivr',
		operation: 'callBackUser',
		parameters: { caller: '18789998765', called: '057126200671', called_display: '057126200671', additionalFields: { variables: '[{"key":"orderId","type":"string","value":"A-1"}]' } },
		query: { app_id: UDESK_SIM_ACCOUNT.appId },
		body: { caller: '18789998765', called: '057126200671', called_display: '057126200671', variables: '[{"key":"orderId","type":"string","value":"A-1"}]' },
		output: (items) => expect(items).toEqual([{ results: expect.stringMatching(/^[0-9a-f-]{36}$/) }]),
	},
	{
		section: 'ccapi-08',
		resource: 'extension',
		operation: 'unbindFromAgent',
		parameters: { Extensions: ['8001'], AgentId: '9415' },
		body: { Extensions: ['8001'], AgentId: '9415' },
		output: (items) => expect(items).toEqual([{ success: true }]),
	},
	{
		section: 'ccapi-09',
		resource: 'extension',
		operation: 'delete',
		parameters: { Extension: '8001' },
		body: { Extension: '8001' },
		output: (items) => expect(items).toEqual([{ deleted: true }]),
	},
	{
		section: 'ccapi-20',
		resource: 'eventSubscription',
		operation: 'delete',
		parameters: { id: '' },
		output: (items) => expect(items).toEqual([{ deleted: true }]),
	},
	{
		section: 'ccapi-17',
		resource: 'agent',
		operation: 'removeFromQueues',
		parameters: { AgentId: '9415', Queues: '9008' },
		body: { AgentId: '9415', Queues: ['9008'] },
		output: (items) => expect(items).toEqual([{ deleted: true }]),
	},
	{
		section: 'ccapi-14',
		resource: 'queue',
		operation: 'delete',
		parameters: { QueueId: '9008' },
		body: { QueueId: '9008' },
		output: (items) => expect(items).toEqual([{ deleted: true }]),
	},
];

/** Parameters that depend on earlier rows (the callback receiver's URL, the subscription ID). */
function parametersOf(row: Row): { parameters: INodeParameters; body?: unknown } {
	const parameters: INodeParameters = { resource: row.resource, operation: row.operation, ...(row.parameters ?? {}) };
	if (row.section === 'ccapi-18') {
		const subscriptions = [{ callback: subscriptionUrl(), events: ['acd_agent_state', 'start_dialout'], name: 'n8n-test' }];
		return { parameters: { ...parameters, subscriptions: JSON.stringify(subscriptions) }, body: { subscriptions } };
	}
	if (row.section === 'ccapi-19') {
		const body = { callback: subscriptionUrl(), name: 'n8n-test', events: ['acd_agent_state', 'start_dialout'], enable: true };
		return { parameters: { ...parameters, id: String(subid), callback: subscriptionUrl() }, body };
	}
	if (row.section === 'ccapi-20') return { parameters: { ...parameters, id: String(subid) } };
	return { parameters, body: row.body };
}

describe('Udesk Call Center: the 26 ccapi v2 interfaces, in n8n-core, against the simulator', () => {
	beforeAll(() => sim.reset());

	it('covers the 26 interfaces of the document, each once', () => {
		expect(OPERATIONS.map((s) => s.section).sort()).toEqual(Array.from({ length: 26 }, (_, i) => `ccapi-${String(i + 1).padStart(2, '0')}`));
		expect(ROWS.map((r) => r.section).sort()).toEqual(OPERATIONS.map((s) => s.section).sort());
		expect(new Set(OPERATIONS.map((s) => `${s.resource}/${s.operation}`)).size).toBe(26);
	});

	it.each(ROWS.map((row) => [`${row.section} ${row.resource}/${row.operation}`, row] as [string, Row]))('%s', async (_title, row) => {
		const spec = OPERATIONS.find((s) => s.section === row.section)!;
		expect(spec).toMatchObject({ resource: row.resource, operation: row.operation });
		const { parameters, body } = parametersOf(row);
		sim.clearRequests();
		const run = await n8n.runNode(node, parameters);
		expect(run.error).toBeUndefined();

		const sent = sim.requests.filter((r) => r.path.startsWith('/ccapi/'));
		expect(sent).toHaveLength(1);
		const request = sent[0];
		expect(request.method).toBe(spec.method);
		expect(request.status).toBe(200);
		expectSigned(request, spec.fields.some((f) => f.name === 'app_id') ? 'app_id' : 'AppId');
		const { AppId: _appId, Timestamp: _t, Sid: _s, Sign: _sign, ...rest } = request.query;
		if (spec.fields.some((f) => f.name === 'app_id')) expect(_appId).toBe(UDESK_SIM_ACCOUNT.appId);
		expect(rest).toEqual(row.query ?? {});
		if (body === undefined) expect(request.bodyBytes ?? 0).toBe(0);
		else expect(JSON.parse(request.body)).toEqual(body);

		const items = run.outputs[0].map((i) => i.json);
		for (const item of run.outputs[0]) expect(item.pairedItem).toEqual({ item: 0 });
		row.output(items);
	});

	it('subscribed events were really pushed to the callback: sign-in, sign-out and the IVR callback', async () => {
		const pushes = hook.received.filter((r) => r.url === '/callback/udesk').map((r) => JSON.parse(r.body) as IDataObject);
		expect(pushes.map((p) => [p.event, (p.data as IDataObject).state ?? null])).toEqual([
			['acd_agent_state', 1],
			['acd_agent_state', 4],
			['start_dialout', null],
		]);
		expect(pushes[0]).toMatchObject({ category: 'agent_state', app_id: UDESK_SIM_ACCOUNT.appId, subscription: 'n8n-test', data: { agent_id: '9415' } });
	});
});

describe('Udesk Call Center: signature, ErrCode, validation and paging', () => {
	beforeEach(() => sim.reset());

	const run = (parameters: INodeParameters, credentialsOverride?: Record<string, string>) => {
		if (credentialsOverride) n8n.credentials.set('udeskCallCenterApi', { ...simulatorCredentials(sim).udeskCallCenterApi, ...credentialsOverride });
		return n8n.runNode(node, parameters);
	};
	afterEach(() => n8n.credentials.set('udeskCallCenterApi', simulatorCredentials(sim).udeskCallCenterApi));

	it('a wrong Auth Token: the signature is refused, and the error gives the documented meaning and a hint', async () => {
		const r = await run({ resource: 'relayNumber', operation: 'getMany' }, { authToken: 'not-the-token' });
		expect(r.error?.name).toBe('NodeApiError');
		expect(r.error?.message).toBe('Authentication error. Check the Sid, Auth Token and App ID of the credential, and the n8n host clock: a Timestamp is accepted for 10 minutes (ErrCode 200020)');
		expect(r.error?.description).toMatch(/Sign does not match/);
	});

	it('a Timestamp outside the 10-minute window is refused (the server clock is 11 minutes ahead); inside it, accepted', async () => {
		sim.udesk.clockOffsetMs = 11 * 60_000;
		const late = await run({ resource: 'relayNumber', operation: 'getMany' });
		expect(late.error?.message).toMatch(/^Request timeout\. The Timestamp may be older than 10 minutes.*\(ErrCode 000035\)$/);
		sim.udesk.clockOffsetMs = 9 * 60_000;
		const inTime = await run({ resource: 'relayNumber', operation: 'getMany' });
		expect(inTime.error).toBeUndefined();
	});

	it('the simulator checks the signature itself: a replayed old request and a forged Sign are refused', async () => {
		const old = String(Date.now() - 11 * 60_000);
		const sign = sha1(`${UDESK_SIM_ACCOUNT.sid}${UDESK_SIM_ACCOUNT.authToken}${old}`);
		const q = (t: string, s: string) => `AppId=${UDESK_SIM_ACCOUNT.appId}&Timestamp=${t}&Sid=${UDESK_SIM_ACCOUNT.sid}&Sign=${s}`;
		const expired = await json(`${sim.url}/ccapi/v2/spnumbers?${q(old, sign)}`, { method: 'GET' });
		expect(expired.body).toMatchObject({ ErrCode: '000035' });
		const now = String(Date.now());
		const forged = await json(`${sim.url}/ccapi/v2/spnumbers?${q(now, sha1(`${UDESK_SIM_ACCOUNT.sid}guess${now}`))}`, { method: 'GET' });
		expect(forged.body).toMatchObject({ ErrCode: '200020' });
		const good = await json(`${sim.url}/ccapi/v2/spnumbers?${q(now, sha1(`${UDESK_SIM_ACCOUNT.sid}${UDESK_SIM_ACCOUNT.authToken}${now}`))}`, { method: 'GET' });
		expect(good.body).toMatchObject({ ErrCode: '000000' });
	});

	it('a wrong App ID: 100002 with its meaning', async () => {
		const r = await run({ resource: 'queue', operation: 'getMany' }, { appId: '00000000-0000-0000-0000-000000000000' });
		expect(r.error?.message).toBe('App is invalid or forbidden. Check the App ID of the credential (ErrCode 100002)');
	});

	it('a business refusal carries the ErrCode table meaning: signing in an agent without an extension (100021)', async () => {
		sim.udesk.seedAgents(1, 7000);
		const r = await run({ resource: 'agentSession', operation: 'signIn', MsgId: '1', agent_id: '7000' });
		expect(r.error?.message).toBe('Invalid agent status (ErrCode 100021)');
		expect(r.error?.description).toMatch(/no bound extension/);
	});

	it('interface 24 is judged by its own code field', async () => {
		const r = await run({ resource: 'ivr', operation: 'callBackUser', caller: '18789998765', called: '02863208944', called_display: '02863208944' });
		expect(r.error?.message).toBe('Relay number not found (code 100005)');
	});

	it.each([
		[{ resource: 'extension', operation: 'create', Extension: '0123' }, /^Extension: must be 4 digits not starting with 0, e\.g\. 8001 \(extension format \[1-9\]\\d\{3\}\) \(ccapi-10\)$/],
		[{ resource: 'queue', operation: 'create', additionalFields: { QueueId: '8001' } }, /^QueueId: must be 4 digits starting with 9/],
		[{ resource: 'agent', operation: 'create', AgentId: '1'.repeat(33), WorkId: 'w1' }, /^AgentId: must be 1 to 32 digits \(AgentId format\) \(ccapi-04\)$/],
		[{ resource: 'agent', operation: 'create', AgentId: '12', WorkId: 'w 1' }, /^WorkId: must be 1 to 32 letters, digits or "_"/],
		[{ resource: 'agent', operation: 'create', AgentId: '12', WorkId: 'w1', additionalFields: { Mobile: '12345' } }, /^Mobile: must be an 11-digit mobile number/],
		[{ resource: 'relayNumber', operation: 'setDefault', DefSpNumber: '+8657126200670' }, /^DefSpNumber: must be a PSTN number/],
		[{ resource: 'extension', operation: 'bindToAgent', AgentId: '12', Extensions: '8001, 801' }, /^Extensions\.1: must be 4 digits/],
		[{ resource: 'eventSubscription', operation: 'create', subscriptions: JSON.stringify([{ callback: 'http://x.example/cb', events: ['begin'], name: 'n' }]) }, /^subscriptions\.0\.events\.0: must be one of "acd_agent_state"/],
		[{ resource: 'agentSession', operation: 'signIn', MsgId: '={{ $json.missing }}', agent_id: '12' }, /^MsgId: is required \(ccapi-22\)$/],
		[{ resource: 'agent', operation: 'get', id: '../queues' }, /^id: must (be digits only|not be "\." or "\.\.")/],
	])('validation before sending: %j', async (parameters, message) => {
		sim.clearRequests();
		const r = await run(parameters as INodeParameters);
		expect(r.error?.name).toBe('NodeOperationError');
		expect(r.error?.message).toMatch(message);
		expect(sim.requests.filter((q) => q.path.startsWith('/ccapi/'))).toHaveLength(0);
	});

	it('Get Many agents: Limit pages with CurrPage/PageSize and stops at the limit; Return All reads every page', async () => {
		sim.udesk.seedAgents(230);
		sim.clearRequests();
		const limited = await run({ resource: 'agent', operation: 'getMany', returnAll: false, limit: 30 });
		expect(limited.outputs[0].map((i) => i.json.AgentId)).toEqual(Array.from({ length: 30 }, (_, i) => String(5000 + i)));
		expect(sim.requests.map((r) => [r.query.CurrPage, r.query.PageSize])).toEqual([['1', '30']]);

		sim.clearRequests();
		const all = await run({ resource: 'agent', operation: 'getMany', returnAll: true });
		expect(all.outputs[0]).toHaveLength(230);
		expect(new Set(all.outputs[0].map((i) => i.json.AgentId)).size).toBe(230);
		expect(sim.requests.map((r) => [r.query.CurrPage, r.query.PageSize])).toEqual([['1', '100'], ['2', '100'], ['3', '100']]);
		for (const request of sim.requests) expectSigned(request);
	});

	it('pick-lists: agents and queues are listed from the API for the resource locators', async () => {
		sim.udesk.seedAgents(3, 6000);
		const agents = await n8n.listSearch(node, 'lookup_ccapi-06_AgentId', { resource: 'agent', operation: 'get' }, 'udeskCallCenterApi');
		expect(agents.results).toEqual([
			{ name: 'Agent 6000 (6000)', value: '6000' },
			{ name: 'Agent 6001 (6001)', value: '6001' },
			{ name: 'Agent 6002 (6002)', value: '6002' },
		]);
		const queues = await n8n.listSearch(node, 'lookup_ccapi-11_QueueId', { resource: 'queue', operation: 'delete' }, 'udeskCallCenterApi');
		expect(queues.results).toEqual([{ name: 'Default queue (9001)', value: '9001' }]);
	});

	it('the credential Test lists the relay numbers; a wrong token fails with the meaning', async () => {
		const good = await n8n.testCredential(node, 'testUdeskCallCenterApi', 'udeskCallCenterApi', simulatorCredentials(sim).udeskCallCenterApi);
		expect(good).toEqual({ status: 'OK', message: 'Signed request accepted: 5 relay number(s)' });
		const bad = await n8n.testCredential(node, 'testUdeskCallCenterApi', 'udeskCallCenterApi', { ...simulatorCredentials(sim).udeskCallCenterApi, authToken: 'x' });
		expect(bad.status).toBe('Error');
		expect(bad.message).toMatch(/^Udesk refused the request \(ErrCode 200020: Authentication error; Sign does not match/);
	});
});
