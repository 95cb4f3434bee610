/**
 * Udesk Call Center Trigger in n8n-core: activation subscribes through the simulator's ccapi v2
 * (signed requests), the simulator then really POSTs events to the webhook served by the harness,
 * each event becomes one item, and deactivation unsubscribes.
 */
import { HookContext } from 'n8n-core';
import type { IDataObject } from 'n8n-workflow';
import { startSimulator, UDESK_SIM_ACCOUNT, type Simulator } from '../../simulator/index.cjs';
import { UdeskCallCenter } from '../../nodes/UdeskCallCenter/UdeskCallCenter.node';
import { UdeskCallCenterTrigger } from '../../nodes/UdeskCallCenterTrigger/UdeskCallCenterTrigger.node';
import { createHarness, simulatorCredentials, type Harness, type WebhookHandle } from '../helpers/n8n.cjs';
import { raw, until } from '../simulator/helpers.cjs';

const SECRET = 'udeskPathSecret-0123456789';

let sim: Simulator;
let n8n: Harness;
const open: WebhookHandle[] = [];
const trigger = new UdeskCallCenterTrigger();

beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01 });
	n8n = await createHarness(simulatorCredentials(sim));
});
afterAll(async () => await sim.close());
beforeEach(() => sim.reset());
afterEach(async () => {
	for (const hook of open.splice(0)) await hook.close();
});

async function activate(parameters: IDataObject) {
	const hook = await n8n.webhook(trigger, { secretCheck: 'pathSecret', pathSecret: SECRET, options: {}, ...parameters } as never);
	open.push(hook);
	// The hook context's webhook URLs point at the harness server that really serves this webhook.
	const data = n8n.additionalData();
	data.webhookBaseUrl = hook.url.slice(0, hook.url.lastIndexOf('/'));
	const context = new HookContext(hook.workflow, hook.node, data, 'trigger', 'activate');
	const methods = trigger.webhookMethods.default;
	return {
		hook,
		url: context.getNodeWebhookUrl('default') as string,
		checkExists: () => methods.checkExists.call(context),
		create: () => methods.create.call(context),
		remove: () => methods.delete.call(context),
	};
}

const subscriptions = () => [...sim.udesk.subscriptions.values()];

describe('Udesk Call Center Trigger', () => {
	it('activation subscribes the chosen events with the webhook URL; events arrive as items; deactivation unsubscribes', async () => {
		const t = await activate({ events: ['acd_agent_state', 'general_hangup'], subscriptionName: 'n8n-test' });
		expect(t.url).toBe(`${t.hook.url}/udesk/${SECRET}`);
		await expect(t.checkExists()).resolves.toBe(false);
		sim.clearRequests();
		await expect(t.create()).resolves.toBe(true);
		expect(subscriptions()).toEqual([{ subid: expect.any(Number), name: 'n8n-test', callback: t.url, events: ['acd_agent_state', 'general_hangup'], enable: true }]);
		expect(t.hook.staticData['node:CEC']).toEqual({ subid: subscriptions()[0].subid });
		// Looked up first (21), then subscribed (18): both signed.
		expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /ccapi/v2/subscriptions', 'POST /ccapi/v2/subscriptions']);
		for (const r of sim.requests) expect(r.query).toMatchObject({ AppId: UDESK_SIM_ACCOUNT.appId, Sid: UDESK_SIM_ACCOUNT.sid, Sign: expect.stringMatching(/^[0-9a-f]{40}$/) });
		await expect(t.checkExists()).resolves.toBe(true);

		// A real sign-in through the Udesk Call Center node makes the simulator push acd_agent_state.
		const node = new UdeskCallCenter();
		sim.udesk.seedAgents(1, 7100);
		for (const parameters of [
			{ resource: 'extension', operation: 'create', Extension: '8002' },
			{ resource: 'extension', operation: 'bindToAgent', AgentId: '7100', Extensions: '8002' },
			{ resource: 'agentSession', operation: 'signIn', MsgId: 'm1', agent_id: '7100' },
		]) {
			const run = await n8n.runNode(node, parameters);
			expect(run.error).toBeUndefined();
		}
		await until(() => t.hook.executions.length === 1);
		expect(t.hook.executions[0][0].map((i) => i.json)).toEqual([
			{ event: 'acd_agent_state', recordId: expect.stringMatching(/^[0-9a-f]{32}$/), category: 'agent_state', app_id: UDESK_SIM_ACCOUNT.appId, subscription: 'n8n-test', timestamp: expect.any(Number), data: { agent_id: '7100', state: 0, state_des: 'idle' } },
		]);

		// An IVR callback pushes start_dialout, which this subscription does not list: nothing is delivered.
		const deliveries = await sim.udesk.emit('start_dialout', { call_id: 'c1' });
		expect(deliveries).toEqual([]);

		// One push carrying two events: two items, one execution; the Udesk acknowledgement.
		const two = [
			{ event: 'general_hangup', data: { call_id: 'c2' } },
			{ event: 'general_hangup', data: { call_id: 'c3' } },
		];
		const answer = await raw(t.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(two) });
		expect(answer.status).toBe(200);
		expect(answer.json).toEqual({ ErrCode: '000000', ErrDesc: 'OK' });
		expect(t.hook.executions).toHaveLength(2);
		expect(t.hook.executions[1][0].map((i) => i.json)).toEqual([
			{ event: 'general_hangup', recordId: expect.stringMatching(/^[0-9a-f]{32}$/), category: 'call', data: { call_id: 'c2' } },
			{ event: 'general_hangup', recordId: expect.stringMatching(/^[0-9a-f]{32}$/), category: 'call', data: { call_id: 'c3' } },
		]);

		const subid = subscriptions()[0].subid;
		sim.clearRequests();
		await expect(t.remove()).resolves.toBe(true);
		expect(subscriptions()).toEqual([]);
		expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /ccapi/v2/subscriptions', `DELETE /ccapi/v2/subscriptions/${subid}`]);
		expect(t.hook.staticData['node:CEC']).toEqual({});
		await expect(t.checkExists()).resolves.toBe(false);
		// Deleting again (already gone) is not an error.
		await expect(t.remove()).resolves.toBe(true);
		// After deactivation Udesk has nobody to push to.
		expect(await sim.udesk.emit('acd_agent_state', { agent_id: '7100', state: 4 })).toEqual([]);
	});

	it('a push without the secret path segment is refused with 401 and starts nothing', async () => {
		const t = await activate({ events: ['acd_agent_state'] });
		await t.create();
		const forged = await raw(t.url.replace(SECRET, 'udeskPathSecret-guessed000'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ event: 'acd_agent_state' }) });
		expect(forged.status).toBe(401);
		expect(forged.json).toEqual({ ErrCode: '200020', ErrDesc: 'Unauthorized: the URL does not carry the secret path segment.' });
		const malformed = await raw(t.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '"text"' });
		expect(malformed.status).toBe(400);
		expect(t.hook.executions).toHaveLength(0);
		await t.remove();
	});

	it('changing the events: checkExists says no, and create updates the same subscription (19) instead of adding one', async () => {
		const first = await activate({ events: ['acd_agent_state'], subscriptionName: 'n8n-edit' });
		await first.create();
		const subid = subscriptions()[0].subid;
		// The user edits the trigger's events; the webhook (and so the callback URL) stays the same.
		first.hook.node.parameters.events = ['acd_agent_state', 'record_stop'];
		await expect(first.checkExists()).resolves.toBe(false);
		sim.clearRequests();
		await first.create();
		expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /ccapi/v2/subscriptions', `PUT /ccapi/v2/subscriptions/${subid}`]);
		expect(subscriptions()).toEqual([{ subid, name: 'n8n-edit', callback: first.url, events: ['acd_agent_state', 'record_stop'], enable: true }]);
		await expect(first.checkExists()).resolves.toBe(true);
		// A subscription disabled in Udesk is not "existing" either: activation enables it again.
		sim.udesk.subscriptions.get(subid)!.enable = false;
		await expect(first.checkExists()).resolves.toBe(false);
		await first.create();
		expect(subscriptions()[0].enable).toBe(true);
		await first.remove();
	});

	it('activation fails with the reason when Udesk refuses the credential', async () => {
		n8n.credentials.set('udeskCallCenterApi', { ...simulatorCredentials(sim).udeskCallCenterApi, authToken: 'wrong' });
		try {
			const t = await activate({ events: ['acd_agent_state'] });
			await expect(t.create()).rejects.toThrow('Authentication error. Check the Sid, Auth Token and App ID of the credential, and the n8n host clock: a Timestamp is accepted for 10 minutes (ErrCode 200020)');
			expect(subscriptions()).toEqual([]);
		} finally {
			n8n.credentials.set('udeskCallCenterApi', simulatorCredentials(sim).udeskCallCenterApi);
		}
	});
});
