import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { agentSessions } from '../../nodes/shared/auth/agentSessions';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { call } from '../helpers/transport.cjs';

/**
 * The transport against the CEC simulator over real HTTP on loopback: the simulator checks
 * tokens, auth-v2 signatures and GUIDs with its own code, so a wrong signer or a wrong header
 * fails here.
 */
let sim: Simulator;
let c1: ICredentialDataDecryptedObject;
let c2: ICredentialDataDecryptedObject;
let c3: ICredentialDataDecryptedObject;
let c4: ICredentialDataDecryptedObject;
let c5: ICredentialDataDecryptedObject;
let sia: ICredentialDataDecryptedObject;

const tokenRequests = (path: string) => sim.requests.filter((r) => r.path === path).length;
const QUERY_AGENTS = { method: 'POST' as const, path: '/apiaccess/rest/cc-management/v1/agentAccount/query', body: {}, idempotent: true, family: 'config', section: '5.1.4' };

beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01 });
	const k = sim.credentials;
	c1 = { baseUrl: sim.url, appKey: k.appKey, appSecret: k.appSecret, lifetimeSeconds: 600 };
	c2 = { baseUrl: sim.url, accessKey: k.ak, secretKey: k.sk };
	c3 = { baseUrl: sim.url, appKey: k.oiapAppKey, appSecret: k.oiapAppSecret };
	c4 = { baseUrl: sim.url, agentId: 101, password: 'Agent@123', phoneNumber: '7000101', authMode: 'dynamic' };
	c5 = { baseUrl: sim.url, agentId: 101, password: 'Admin@123' };
	sia = { baseUrl: sim.url, jwtPassword: k.siaJwt, domain: k.siaDomain };
});
afterAll(async () => await sim.close());
beforeEach(() => {
	tokenCache.clear();
	agentSessions.clear();
	sim.reset();
});

describe('C1 API Fabric token', () => {
	it('fetches one token for 1,000 concurrent items and reuses it', async () => {
		const results = await Promise.all(Array.from({ length: 1000 }, async () => await call('huaweiCecApiFabricApi', c1, QUERY_AGENTS)));
		expect(results.every((r) => r.statusCode === 200)).toBe(true);
		expect(tokenRequests('/apigovernance/api/oauth/tokenByAkSk')).toBe(1);
		const sent = sim.requests.find((r) => r.path === QUERY_AGENTS.path);
		expect(String(sent?.headers.authorization)).toMatch(/^Bearer \S+$/);
		expect(sim.requests.find((r) => r.path === '/apigovernance/api/oauth/tokenByAkSk')?.headers['x-token-expire']).toBe('600');
	});

	it('refreshes exactly once when the token expires early, even under concurrency', async () => {
		await call('huaweiCecApiFabricApi', c1, QUERY_AGENTS);
		sim.expireTokens('C1');
		const results = await Promise.all(Array.from({ length: 50 }, async () => await call('huaweiCecApiFabricApi', c1, QUERY_AGENTS)));
		expect(results.every((r) => r.statusCode === 200)).toBe(true);
		expect(tokenRequests('/apigovernance/api/oauth/tokenByAkSk')).toBe(2);
	});

	it('reports a wrong app secret clearly, without the secret', async () => {
		const bad = { ...c1, appSecret: 'wrong-secret-value' };
		const error = await call('huaweiCecApiFabricApi', bad, QUERY_AGENTS).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toMatch(/API Fabric refused the app key and secret \(HTTP 401/);
		expect(JSON.stringify(error)).not.toContain('wrong-secret-value');
	});
});

describe('C2 auth-v2 signature', () => {
	it('is accepted by the simulator for a query and for a UTF-8 body', async () => {
		const list = await call('huaweiCecAkSkApi', c2, { method: 'GET', path: '/rest/isales/v1/openapi/campaigns/1', idempotent: true, family: 'isales', section: '7.1.7' });
		expect(list.statusCode).toBe(200);
		const add = await call('huaweiCecAkSkApi', c2, {
			method: 'POST',
			path: '/rest/isales/v1/openapi/campaigns/1/blocklist/add',
			body: { blocklist: ['13100000000', '13100000001'], validityExpirationTime: '2030-12-31 10:06:25', note: '中文 é' },
			idempotent: false,
			family: 'isales',
			section: '7.3.1',
		});
		expect(add.statusCode).toBe(200);
		const sent = sim.requests.find((r) => r.path.endsWith('/blocklist/add'));
		expect(String(sent?.headers.authorization)).toMatch(/^auth-v2\/demo-ak\/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\/content-length;content-type;host\/[0-9a-f]{64}$/);
		expect(sent?.body).toContain('中文 é');
	});

	it('turns a wrong SK into an error that names the HTTP status', async () => {
		const error = await call('huaweiCecAkSkApi', { ...c2, secretKey: 'not-the-sk' }, { method: 'GET', path: '/rest/isales/v1/openapi/campaigns/1', idempotent: true, family: 'isales' }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).httpCode).toBe('401');
		expect(JSON.stringify(error)).not.toContain('not-the-sk');
	});

	it('maps a documented iSales failure code to its meaning', async () => {
		const add = (numbers: string[]) =>
			call('huaweiCecAkSkApi', c2, { method: 'POST', path: '/rest/isales/v1/openapi/campaigns/1/blocklist/add', body: { blocklist: numbers }, idempotent: false, family: 'isales', section: '7.3.1' });
		const tooMany = await add(Array.from({ length: 21 }, (_v, i) => `1310000${String(i).padStart(4, '0')}`)).catch((e: unknown) => e);
		expect(tooMany).toBeInstanceOf(NodeApiError);
		expect((tooMany as Error).message).toMatch(/\(resultCode 02000\d+\)$/);
		expect((tooMany as Error).message).not.toMatch(/^CEC rejected/);
	});
});

describe('retries', () => {
	const LIST = { method: 'GET' as const, path: '/rest/isales/v1/openapi/campaigns/1', idempotent: true, family: 'isales' };

	it('retries a query through 503s and a 429 with Retry-After', async () => {
		sim.addFault({ type: 'status', status: 503, pathPrefix: LIST.path, count: 2 });
		sim.addFault({ type: 'status', status: 429, retryAfter: 1, pathPrefix: LIST.path, count: 1 });
		const response = await call('huaweiCecAkSkApi', c2, LIST);
		expect(response.statusCode).toBe(200);
		expect(sim.requests.filter((r) => r.path === LIST.path).length).toBe(4);
	});

	it('retries a connection reset on a query', async () => {
		sim.addFault({ type: 'reset', pathPrefix: LIST.path, count: 1 });
		expect((await call('huaweiCecAkSkApi', c2, LIST)).statusCode).toBe(200);
	});

	it('does not retry a state change', async () => {
		const path = '/rest/isales/v1/openapi/campaigns/1/blocklist/add';
		sim.addFault({ type: 'status', status: 503, pathPrefix: path, count: 1 });
		const error = await call('huaweiCecAkSkApi', c2, { method: 'POST', path, body: { blocklist: ['1'] }, idempotent: false, family: 'isales' }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(sim.requests.filter((r) => r.path === path).length).toBe(1);
	});

	it('retries a state change only when the user allows it', async () => {
		const path = '/rest/isales/v1/openapi/campaigns/1/blocklist/add';
		sim.addFault({ type: 'status', status: 502, pathPrefix: path, count: 1 });
		const response = await call('huaweiCecAkSkApi', c2, { method: 'POST', path, body: { blocklist: ['13100000009'] }, idempotent: false, retryStateChanges: true, family: 'isales' });
		expect(response.statusCode).toBe(200);
	});

	it('retries a truncated JSON answer of a query', async () => {
		sim.addFault({ type: 'truncate', pathPrefix: LIST.path, count: 1 });
		expect((await call('huaweiCecAkSkApi', c2, LIST)).statusCode).toBe(200);
	});
});

describe('C4 agent sessions', () => {
	const STATUS = { method: 'GET' as const, path: '/agentgateway/resource/onlineagent/101/agentstatus', idempotent: true, family: 'agentGateway.onlineagent', section: '6.1.1.21' };
	const signIn = () =>
		call('huaweiCecAgentGatewayApi', c4, { method: 'PUT', path: '/agentgateway/resource/onlineagent/101', body: { password: 'Agent@123', phonenum: '7000101' }, idempotent: false, session: 'signIn', family: 'agentGateway.onlineagent' });

	it('asks to sign in first when there is no session', async () => {
		const error = await call('huaweiCecAgentGatewayApi', c4, STATUS).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toMatch(/not signed in.*Sign In/);
	});

	it('keeps the GUID from sign-in and sends it as the Guid header', async () => {
		await signIn();
		const guid = agentSessions.peek(sim.url, '101')?.guid;
		expect(guid).toBeTruthy();
		expect((await call('huaweiCecAgentGatewayApi', c4, STATUS)).statusCode).toBe(200);
		expect(sim.requests.find((r) => r.path === STATUS.path)?.headers.guid).toBe(guid);
	});

	it('follows Set-GUID rotation', async () => {
		await signIn();
		const first = agentSessions.peek(sim.url, '101')?.guid;
		const rotated = sim.rotateGuid('101');
		await call('huaweiCecAgentGatewayApi', c4, { method: 'GET', path: '/agentgateway/resource/agentevent/101', idempotent: true, family: 'agentGateway.agentevent' });
		expect(agentSessions.peek(sim.url, '101')?.guid).toBe(rotated);
		expect(rotated).not.toBe(first);
		sim.clearRequests();
		await call('huaweiCecAgentGatewayApi', c4, STATUS);
		expect(sim.requests[0].headers.guid).toBe(rotated);
	});

	it('reports an expired session, or signs in once (never forced) when allowed', async () => {
		await signIn();
		sim.invalidateGuid('101');
		const error = await call('huaweiCecAgentGatewayApi', c4, STATUS).catch((e: unknown) => e);
		expect((error as Error).message).toMatch(/session expired or was replaced \((000-003|100-006)/);
		expect(agentSessions.peek(sim.url, '101')).toBeUndefined();
		// A gateway restart drops the agent: the automatic sign-in (never forced) brings it back.
		await signIn().catch(() => undefined);
		sim.restartGateway();
		sim.clearRequests();
		const response = await call('huaweiCecAgentGatewayApi', c4, { ...STATUS, autoSignIn: true });
		expect(response.statusCode).toBe(200);
		expect(sim.requests.filter((r) => r.method === 'PUT').length).toBe(1);
		expect(sim.requests.some((r) => r.path.endsWith('/forcelogin'))).toBe(false);
	});

	it('signs in again once when the gateway restarted mid-story and automatic sign-in is on', async () => {
		await signIn();
		const before = agentSessions.peek(sim.url, '101')?.guid;
		sim.restartGateway();
		sim.clearRequests();
		expect((await call('huaweiCecAgentGatewayApi', c4, { ...STATUS, autoSignIn: true })).statusCode).toBe(200);
		expect(sim.requests.map((r) => r.method)).toEqual(['GET', 'PUT', 'GET']);
		expect(agentSessions.peek(sim.url, '101')?.guid).not.toBe(before);
	});

	it('forgets the session on sign-out', async () => {
		await signIn();
		await call('huaweiCecAgentGatewayApi', c4, { method: 'DELETE', path: '/agentgateway/resource/onlineagent/101/logout', idempotent: false, session: 'signOut', family: 'agentGateway.onlineagent' });
		expect(agentSessions.peek(sim.url, '101')).toBeUndefined();
	});
});

describe('C3, C5 and SIA tokens', () => {
	it('C3 puts the OIAP token in the body and fetches it once', async () => {
		await Promise.all([1, 2, 3].map(async () => await call('huaweiCecOiapApi', c3, { method: 'POST', path: '/oifde/rest/api/queryflowlist', body: {}, idempotent: true, family: 'oiap' }).catch(() => undefined)));
		expect(tokenRequests('/oifde/rest/api/gettoken')).toBe(1);
		const sent = sim.requests.find((r) => r.path !== '/oifde/rest/api/gettoken');
		expect(JSON.parse(String(sent?.body)).authToken).toBeTruthy();
	});

	it('C3 refuses a wrong app secret with OIAP\'s code', async () => {
		const error = await call('huaweiCecOiapApi', { ...c3, appSecret: 'nope' }, { method: 'POST', path: '/oifde/rest/api/queryflowlist', body: {}, idempotent: true, family: 'oiap' }).catch((e: unknown) => e);
		expect((error as Error).message).toMatch(/OIAP refused the app key and secret/);
	});

	it('C5 logs in once and sends the Guid header', async () => {
		const path = '/agentgateway/resource/config/voicerecognition/subscribe';
		await call('huaweiCecGatewayConfigApi', c5, { method: 'POST', path, body: {}, idempotent: false, family: 'voiceRecognition' }).catch(() => undefined);
		expect(tokenRequests('/agentgateway/resource/config/login')).toBe(1);
		expect(sim.requests.find((r) => r.path === path)?.headers.guid).toBeTruthy();
	});

	it('SIA sends X-Access-Token', async () => {
		const path = '/rest/ccikbs/v1/columnkngapi/queryKngDetail';
		await call('huaweiCecSiaApi', sia, { method: 'POST', path, body: { kngld: '1' }, idempotent: true, family: 'ikbs' }).catch(() => undefined);
		expect(sim.requests.find((r) => r.path === path)?.headers['x-access-token']).toBeTruthy();
	});
});
