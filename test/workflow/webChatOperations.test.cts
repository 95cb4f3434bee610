import type { INodeType } from 'n8n-workflow';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { HuaweiCecWebChat } from '../../nodes/HuaweiCecWebChat/HuaweiCecWebChat.node';
import { OPERATIONS } from '../../nodes/HuaweiCecWebChat/operations';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { webChatTokens } from '../../nodes/shared/auth/webChatTokens';
import type { OperationSpec } from '../../nodes/shared/registry/types';
import { createHarness, simulatorCredentials, type Harness } from '../helpers/n8n.cjs';
import { withConditionalFields } from '../helpers/conditional.cjs';
import { buildParameters as buildRequired, expectedBody, expectedPath, type BuiltCase } from '../registry/sampleValues.cjs';

/** The required fields, plus those another field's value makes required (11.15: the reason when dissatisfied). */
function buildParameters(specs: OperationSpec[], s: OperationSpec, overrides: Record<string, unknown> = {}, additional: Record<string, unknown> = {}): BuiltCase {
	return withConditionalFields(specs, s, buildRequired(specs, s, overrides, additional), overrides, additional);
}

/**
 * Every operation of the Web Chat node (11.1-11.20), run through a real n8n-core workflow
 * against the simulator: method, path, C1 bearer token, query and body received, output shape.
 */

let sim: Simulator;
let n8n: Harness;
const node: INodeType = new HuaweiCecWebChat();
beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01 });
	n8n = await createHarness(simulatorCredentials(sim));
});
afterAll(async () => await sim.close());
beforeEach(() => {
	tokenCache.clear();
	webChatTokens.clear();
	sim.reset();
});

const spec = (section: string): OperationSpec => {
	const found = OPERATIONS.find((s) => s.section === section);
	if (!found) throw new Error(`no spec ${section}`);
	return found;
};

/** The interfaces that take the ccmessaging-token find it by the chat user and channel of an earlier Apply Token. */
const CHAT = { webChatUserId: 'chat-user-1', webChatChannelId: 'chat-channel-1' };
const usesChatToken = (s: OperationSpec) => s.webChatToken === 'required' || s.webChatToken === 'optional';
async function applyToken(): Promise<void> {
	const r = await n8n.runNode(node, buildParameters(OPERATIONS, spec('11.1'), { userId: CHAT.webChatUserId, channelId: CHAT.webChatChannelId }).parameters);
	expect(r.error).toBeUndefined();
}

async function run(section: string, overrides: Record<string, unknown> = {}, additional: Record<string, unknown> = {}) {
	const built = buildParameters(OPERATIONS, spec(section), overrides, additional);
	if (usesChatToken(spec(section))) await applyToken();
	return { ...(await n8n.runNode(node, { ...built.parameters, ...(usesChatToken(spec(section)) ? CHAT : {}) })), values: built.values };
}

describe('Web Chat: every operation, in n8n-core, against the simulator', () => {
	it('covers exactly the catalog interfaces it claims', () => {
		expect(OPERATIONS.map((s) => s.section)).toEqual(['11.1', '11.2', '11.3', '11.4', '11.5', '11.6', '11.7', '11.8', '11.14', '11.15', '11.16', '11.20', '11.9', '11.10', '11.11', '11.12', '11.13', '11.17', '11.18', '11.19']);
		expect(new Set(OPERATIONS.map((s) => `${s.resource}/${s.operation}`)).size).toBe(OPERATIONS.length);
	});

	it.each(OPERATIONS.map((s) => [`${s.section} ${s.name}`, s] as [string, OperationSpec]))('%s', async (_title, s) => {
		if (usesChatToken(s)) await applyToken();
		sim.clearRequests();
		const built = buildParameters(OPERATIONS, s);
		const paged = !!s.paging && s.paging.style !== 'none' && !!s.result?.itemsPath;
		const parameters = { ...built.parameters, ...(usesChatToken(s) ? CHAT : {}) };
		const r = await n8n.runNode(node, paged ? { ...parameters, returnAll: false, limit: 5 } : parameters);
		expect(r.error).toBeUndefined();

		const path = expectedPath(s, built.values);
		const sent = sim.requests.filter((q) => q.path === path && q.method === s.method);
		expect(sent).toHaveLength(1);
		const request = sent[0];
		expect(String(request.headers.authorization ?? '')).toMatch(/^Bearer \S+$/);
		expect(request.status).toBe(200);
		for (const f of s.fields.filter((x) => x.in === 'header' && built.values[`header:${x.name}`] !== undefined)) {
			expect(request.headers[f.name.toLowerCase()]).toBe(String(built.values[`header:${f.name}`]));
		}

		const query = Object.fromEntries(s.fields.filter((f) => f.in === 'query' && built.values[`query:${f.name}`] !== undefined).map((f) => [f.name, String(built.values[`query:${f.name}`])]));
		let body = expectedBody(s, built.values) ?? (s.method !== 'GET' && s.fields.some((f) => f.in === 'body') ? {} : undefined);
		if (paged && s.paging && s.paging.style !== 'none') {
			const [position, size, first] = s.paging.style === 'page' ? [s.paging.pageField, s.paging.sizeField, s.paging.firstPage] : [s.paging.offsetField, s.paging.limitField, 0];
			for (const [name, value] of [[position, first], [size, 5]] as Array<[string, number]>) {
				const field = s.fields.find((f) => f.name === name);
				if (field?.in === 'query') query[name] = String(value);
				else (body ??= {})[name] = field?.type === 'string' ? String(value) : value;
			}
		}
		expect(request.query).toEqual(query);
		if (body === undefined) expect(request.bodyBytes ?? 0).toBe(0);
		else expect(JSON.parse(String(request.body))).toEqual(body);

		const items = r.outputs[0];
		for (const item of items) expect(item.pairedItem).toEqual({ item: 0 });
		if (!s.result?.itemsPath) {
			expect(items).toHaveLength(1);
			expect(Object.keys(items[0].json).length).toBeGreaterThan(0);
		} else {
			expect(items.length).toBeLessThanOrEqual(paged ? 5 : Infinity);
			for (const item of items) expect(Array.isArray(item.json)).toBe(false);
		}
	});
});

describe('Web Chat: validation and result codes', () => {
	it('a missing required field is named before anything is sent', async () => {
		const built = buildParameters(OPERATIONS, spec('11.17'));
		built.parameters.emailId = '={{ $json.missing }}';
		sim.clearRequests();
		const r = await n8n.runNode(node, built.parameters);
		expect(r.error?.message).toMatch(/^emailId: is required \(11\.17\)$/);
		expect(sim.requests).toHaveLength(0);
	});

	it('11.17: returnCode 3 becomes a NodeApiError with its documented meaning', async () => {
		sim.addFault({ type: 'status', section: '11.17', status: 200, count: 1, body: JSON.stringify({ returnCode: '3', description: 'dropMail failed' }) });
		const r = await run('11.17');
		expect(r.error?.name).toBe('NodeApiError');
		expect(`${r.error?.message} ${r.error?.description ?? ''}`).toMatch(/email ID does not exist/);
	});

	it('11.15: resultCode 3000000008 becomes a NodeApiError with its documented meaning', async () => {
		sim.addFault({ type: 'status', section: '11.15', status: 200, count: 1, body: JSON.stringify({ resultCode: '3000000008', resultDesc: 'feedbackContent empty' }) });
		const r = await run('11.15');
		expect(r.error?.name).toBe('NodeApiError');
		expect(`${r.error?.message} ${r.error?.description ?? ''}`).toMatch(/feedbackContent cannot be empty/);
	});
});
