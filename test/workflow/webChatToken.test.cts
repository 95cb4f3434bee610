import type { INode, INodeParameters } from 'n8n-workflow';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { HuaweiCecWebChat } from '../../nodes/HuaweiCecWebChat/HuaweiCecWebChat.node';
import { OPERATIONS } from '../../nodes/HuaweiCecWebChat/operations';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { webChatTokens, WebChatTokenStore } from '../../nodes/shared/auth/webChatTokens';
import { cecRequestWith } from '../../nodes/shared/transport/cecRequest';
import type { WireRequest, WireResponse } from '../../nodes/shared/transport/wire';
import { TEST_NODE } from '../helpers/transport.cjs';
import type { OperationSpec } from '../../nodes/shared/registry/types';
import { createHarness, PACKAGE, simulatorCredentials, type Harness } from '../helpers/n8n.cjs';
import { buildParameters } from '../registry/sampleValues.cjs';

/**
 * The web chat token (ccmessaging-token): 11.1 applyToken issues it per channel and user; the
 * simulator refuses the 13 interfaces that mark it mandatory without it. Through n8n-core: Apply
 * Token, then the chat, with the header on the wire and the token never in an output unasked.
 */

let sim: Simulator;
let n8n: Harness;
const node = new HuaweiCecWebChat();
const TYPE = `${PACKAGE}.${node.description.name}`;
beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01 });
	n8n = await createHarness(simulatorCredentials(sim));
	n8n.nodeTypes.register(TYPE, node);
});
afterAll(async () => await sim.close());
beforeEach(() => {
	tokenCache.clear();
	webChatTokens.clear();
	sim.reset();
});

const spec = (section: string): OperationSpec => OPERATIONS.find((s) => s.section === section) as OperationSpec;
const USER = 'customer-42';
const CHANNEL = '202101190000000001';
const SESSION = { webChatTokenSource: 'session', webChatUserId: USER, webChatChannelId: CHANNEL };
const params = (section: string, overrides: Record<string, unknown> = {}, extra: INodeParameters = {}): INodeParameters => ({ ...buildParameters(OPERATIONS, spec(section), overrides).parameters, ...extra });
const applyToken = (extra: INodeParameters = {}, user = USER) => n8n.runNode(node, params('11.1', { userId: user, channelId: CHANNEL, userName: 'Customer', locale: 'en' }, extra));
const SEND = { channel: 'WEB', controlType: 'CHAT', from: USER, to: CHANNEL, mediaType: 'TEXT', sourceType: 'CUSTOMER', content: 'Hello' };
const POLL = { receiverId: USER, channel: 'WEB' };
const sentTo = (path: string) => sim.requests.filter((r) => r.path === path);
/** The simulator's tokens, like the vendor's, are URL-encoded Base64 JSON naming the user. */
const subjectOf = (token: unknown) => JSON.parse(Buffer.from(decodeURIComponent(String(token)), 'base64').toString('utf8')) as { userId: string; channelId: string };

describe('web chat after Apply Token, through the node', () => {
	it('keeps the token for the user and channel and sends it on every chat call (bytes on the wire)', async () => {
		const applied = await applyToken();
		expect(applied.error).toBeUndefined();
		expect(applied.outputs[0][0].json).toEqual({ resultCode: '0', resultDesc: '', webChatSession: { userId: USER, channelId: CHANNEL, tokenKept: true } });
		expect(sentTo('/apiaccess/ccmessaging/applyToken')[0].headers['x-app-key']).toBe(sim.credentials.appKey);

		for (const [section, fields] of [['11.5', SEND], ['11.3', POLL], ['11.20', {}]] as Array<[string, Record<string, unknown>]>) {
			const r = await n8n.runNode(node, params(section, fields, SESSION));
			expect(r.error).toBeUndefined();
		}
		const chat = sim.requests.filter((r) => ['11.5', '11.3', '11.20'].includes(String(r.section)));
		expect(chat.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
			'POST /apiaccess/ccmessaging/send 200',
			'GET /apiaccess/ccmessaging/poll 200',
			'POST /apiaccess/ccmessaging/getsatisfactionsurveymode 200',
		]);
		for (const request of chat) {
			expect(subjectOf(request.headers['ccmessaging-token'])).toMatchObject({ userId: USER, channelId: CHANNEL });
			expect(request.headers.authorization).toMatch(/^Bearer \S+$/);
		}
		expect(new Set(chat.map((r) => r.headers['ccmessaging-token'])).size).toBe(1);
	});

	it('the token reaches an output item only when asked, and can then be mapped into the next node', async () => {
		const nodes: INode[] = [
			{ id: 'in', name: 'Input', type: 'test.input', typeVersion: 1, position: [0, 0], parameters: { items: JSON.stringify([{}]) } },
			{
				id: 'apply',
				name: 'Apply Token',
				type: TYPE,
				typeVersion: 1,
				position: [200, 0],
				parameters: params('11.1', { userId: USER, channelId: CHANNEL, userName: 'Customer', locale: 'en' }, { includeWebChatToken: true }),
				credentials: { huaweiCecApiFabricApi: { id: 'huaweiCecApiFabricApi', name: 'huaweiCecApiFabricApi' } },
			},
			{
				id: 'poll',
				name: 'Poll',
				type: TYPE,
				typeVersion: 1,
				position: [400, 0],
				parameters: params('11.3', POLL, { webChatTokenSource: 'explicit', webChatTokenValue: '={{ $json.token }}' }),
				credentials: { huaweiCecApiFabricApi: { id: 'huaweiCecApiFabricApi', name: 'huaweiCecApiFabricApi' } },
			},
		];
		// Mapped explicitly: no chat user or channel is given, the mapped value is what is sent.
		const run = await n8n.runWorkflow(nodes, { Input: { main: [[{ node: 'Apply Token', type: 'main', index: 0 }]] }, 'Apply Token': { main: [[{ node: 'Poll', type: 'main', index: 0 }]] } }, 'Input', undefined);
		expect(run.data.resultData.error).toBeUndefined();
		const token = run.data.resultData.runData['Apply Token'][0].data!.main[0]![0].json.token;
		expect(subjectOf(token)).toMatchObject({ userId: USER, channelId: CHANNEL });
		expect(sentTo('/apiaccess/ccmessaging/poll').map((r) => [r.headers['ccmessaging-token'], r.status])).toEqual([[token, 200]]);
	});

	it('by default no output of the chat holds the token', async () => {
		await applyToken();
		const polled = await n8n.runNode(node, params('11.3', POLL, SESSION));
		const token = String(sentTo('/apiaccess/ccmessaging/poll')[0].headers['ccmessaging-token']);
		expect(JSON.stringify(polled.outputs)).not.toContain(token);
		expect(JSON.stringify((await applyToken()).outputs)).not.toMatch(/"token"/);
	});
});

describe('when there is no usable token', () => {
	it('a chat call without Apply Token fails before anything is sent, naming the fix', async () => {
		const r = await n8n.runNode(node, params('11.3', POLL, SESSION));
		expect(r.error?.message).toBe(`No web chat token of user "${USER}" on channel "${CHANNEL}" in this n8n process: run Apply Token (11.1) for this user and channel with the same credential first (tokens last one hour), or map the token explicitly.`);
		expect(sim.requests).toHaveLength(0);
	});

	it('another credential cannot use the token (the session is keyed by a digest of the credential)', async () => {
		await applyToken();
		const other = await createHarness({ huaweiCecApiFabricApi: { ...simulatorCredentials(sim).huaweiCecApiFabricApi, baseUrl: sim.url.replace('127.0.0.1', 'localhost') } });
		const r = await other.runNode(node, params('11.3', POLL, SESSION));
		expect(r.error?.message).toMatch(/^No web chat token of user "customer-42"/);
		expect(sentTo('/apiaccess/ccmessaging/poll')).toHaveLength(0);
	});

	it('nor can another user or channel', async () => {
		await applyToken();
		const r = await n8n.runNode(node, params('11.3', POLL, { ...SESSION, webChatUserId: 'customer-43' }));
		expect(r.error?.message).toMatch(/^No web chat token of user "customer-43"/);
	});

	it('a token CEC refuses (expired) is dropped, and the error says to apply again; the bearer token is not renewed for it', async () => {
		await applyToken();
		sim.expireTokens('WEBCHAT');
		sim.clearRequests();
		const r = await n8n.runNode(node, params('11.3', POLL, SESSION));
		expect(r.error?.message).toBe(`CEC refused the web chat token (ccmessaging-token) of user "${USER}" on channel "${CHANNEL}": a token lasts one hour, and a newer Apply Token of this user replaces it. Run Apply Token (11.1) for this user again.`);
		expect(sim.requests.map((q) => `${q.path} ${q.status}`)).toEqual(['/apiaccess/ccmessaging/poll 401']);
		const again = await n8n.runNode(node, params('11.3', POLL, SESSION));
		expect(again.error?.message).toMatch(/^No web chat token of user/);
		expect((await applyToken()).error).toBeUndefined();
		expect((await n8n.runNode(node, params('11.3', POLL, SESSION))).error).toBeUndefined();
	});

	it('a new Apply Token replaces the old token, and the node sends the new one', async () => {
		await applyToken();
		await n8n.runNode(node, params('11.3', POLL, SESSION));
		await applyToken();
		await n8n.runNode(node, params('11.3', POLL, SESSION));
		const polls = sentTo('/apiaccess/ccmessaging/poll');
		expect(polls.map((r) => r.status)).toEqual([200, 200]);
		expect(polls[0].headers['ccmessaging-token']).not.toBe(polls[1].headers['ccmessaging-token']);
	});

	it('the simulator refuses a mandatory-token interface without the header, with the documented 401', async () => {
		const token = await fetch(`${sim.url}/apigovernance/api/oauth/tokenByAkSk`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_key: sim.credentials.appKey, app_secret: sim.credentials.appSecret }) });
		const { AccessToken } = (await token.json()) as { AccessToken: string };
		const answer = await fetch(`${sim.url}/apiaccess/ccmessaging/poll?receiverId=${USER}&channel=WEB`, { headers: { authorization: `Bearer ${AccessToken}`, 'x-app-key': sim.credentials.appKey } });
		expect(answer.status).toBe(401);
		expect(await answer.json()).toEqual({ errorCode: '0', exceptionInfo: 'auth fail: ccmessaging-token header is missing. Apply for a token with applyToken.' });
	});

	it('an interface where the token is optional (11.2) is sent without one when there is none', async () => {
		const r = await n8n.runNode(node, params('11.2', {}, SESSION));
		expect(r.error).toBeUndefined();
		expect(sentTo('/apiaccess/ccmessaging/queryQueueInfo')[0].headers['ccmessaging-token']).toBeUndefined();
	});
});

describe('the spec marks exactly the interfaces whose header table lists ccmessaging-token', () => {
	it('11.1 issues; 13 require; 11.2 and 11.10 accept', () => {
		const by = (mode: string) => OPERATIONS.filter((s) => s.webChatToken === mode).map((s) => s.section).sort();
		expect(by('issue')).toEqual(['11.1']);
		expect(by('required')).toEqual(['11.11', '11.12', '11.14', '11.15', '11.16', '11.20', '11.3', '11.4', '11.5', '11.6', '11.7', '11.8', '11.9']);
		expect(by('optional')).toEqual(['11.10', '11.2']);
	});
});

describe('a token CEC renews in an answer header (11.1: "the AICC automatically returns a new token")', () => {
	it('replaces the kept one, and the next call sends the renewed token', async () => {
		const credentials = { baseUrl: 'https://cec.example:28443', appKey: 'app', appSecret: 'secret' };
		const key = WebChatTokenStore.key(credentials, CHANNEL, USER);
		webChatTokens.set(key, 'first-token');
		const sent: WireRequest[] = [];
		const send = async (request: WireRequest): Promise<WireResponse> => {
			sent.push(request);
			if (request.url.endsWith('/tokenByAkSk')) return { statusCode: 200, headers: {}, body: { AccessToken: 'bearer', Expires: '600' } };
			return { statusCode: 200, headers: sent.length === 2 ? { 'ccmessaging-token': 'renewed-token' } : {}, body: { resultCode: '0' } };
		};
		const poll = { method: 'GET' as const, path: '/apiaccess/ccmessaging/poll', query: POLL, idempotent: true, webChat: { source: 'session' as const, userId: USER, channelId: CHANNEL, required: true } };
		await cecRequestWith({ send, node: TEST_NODE, credentialType: 'huaweiCecApiFabricApi', credentials }, poll);
		await cecRequestWith({ send, node: TEST_NODE, credentialType: 'huaweiCecApiFabricApi', credentials }, poll);
		expect(sent.filter((r) => r.url.includes('/poll')).map((r) => r.headers['ccmessaging-token'])).toEqual(['first-token', 'renewed-token']);
		expect(webChatTokens.get(key)).toBe('renewed-token');
	});
});
