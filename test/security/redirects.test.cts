import { NodeApiError } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { HuaweiCec } from '../../nodes/HuaweiCec/HuaweiCec.node';
import { agentSessions } from '../../nodes/shared/auth/agentSessions';
import type { CredentialTypeName } from '../../nodes/shared/auth/strategies';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import type { CecCall } from '../../nodes/shared/transport/cecRequest';
import { createHarness, type Harness } from '../helpers/n8n.cjs';
import { call } from '../helpers/transport.cjs';
import { hostileServer, json, type HostileServer, type Received } from './hostileHttp.cjs';

/**
 * A CEC base URL that redirects (302/303/307/308) to another origin must not make the pack send
 * anything there: not the app secrets, passwords or JWT of token and sign-in requests, not the
 * bearer token, GUID, X-Access-Token or signatures of business requests. Redirects are refused
 * with an error naming the target, under every credential mode, through n8n's real HTTP stack.
 */

const SECRETS = {
	appSecret: 'APP-SECRET-c1c3-7f3a9b',
	secretKey: 'SK-SECRET-c2-5d1e8c',
	password: 'AGENT-PASSWORD-44b2',
	jwtPassword: 'SIA-JWT-SECRET-9e0d71',
	itaSecret: 'ITA-APP-SECRET-61aa0c',
};
const LIVE = { c1Token: 'LIVE-BEARER-c1-0a1b2c3d', c3Token: 'LIVE-OIAP-c3-4e5f6071', guid: 'LIVE-GUID-c4c5-82a3b4', siaToken: 'LIVE-SIA-8c9dae0f' };
const EVERY_SECRET = [...Object.values(SECRETS), ...Object.values(LIVE)];

let cec: HostileServer;
let foreign: HostileServer;
/** Paths the CEC server redirects; everything else answers like CEC. */
let redirectWhen: (request: Received) => boolean;
let redirectStatus = 307;

const TOKEN_ANSWERS: Record<string, (res: import('node:http').ServerResponse) => void> = {
	'/apigovernance/api/oauth/tokenByAkSk': (res) => json(res, 200, { AccessToken: LIVE.c1Token, Expires: 600 }),
	'/oifde/rest/api/gettoken': (res) => json(res, 200, { errorCode: '0', authToken: LIVE.c3Token, expireTime: 3600 }),
	'/agentgateway/resource/config/login': (res) => json(res, 200, { retcode: '0', result: { guid: LIVE.guid } }),
	'/agentgateway/resource/onlineagent/101': (res) => json(res, 200, { retcode: '0', message: 'success' }, { 'Set-GUID': `JSESSIONID=${LIVE.guid}` }),
	'/rest/sia/v1/tokens/jwt/sia': (res) => json(res, 200, { token: LIVE.siaToken, expiredAt: '2099-01-01T00:00:00+0000' }),
};

beforeAll(async () => {
	foreign = await hostileServer((_request, res) => json(res, 200, { retcode: '0', resultCode: '0', AccessToken: 'FOREIGN-TOKEN', errorCode: '0', authToken: 'FOREIGN-TOKEN', token: 'FOREIGN-TOKEN', result: { guid: 'FOREIGN' } }));
	cec = await hostileServer((request, res) => {
		const path = request.url.split('?')[0];
		if (redirectWhen(request)) {
			res.writeHead(redirectStatus, { Location: `${foreign.url}/stolen?from=${encodeURIComponent(path)}` });
			res.end();
			return;
		}
		const token = TOKEN_ANSWERS[path];
		if (token) token(res);
		else json(res, 200, { retcode: '0', resultCode: '0' });
	});
});
afterAll(async () => {
	await cec.close();
	await foreign.close();
});
beforeEach(() => {
	tokenCache.clear();
	agentSessions.clear();
	cec.received.length = 0;
	foreign.received.length = 0;
	redirectStatus = 307;
});

const QUERY: CecCall = { method: 'POST', path: '/rest/probe/v1/query', body: { probe: true }, idempotent: true, family: 'config', section: '9.9.9', autoSignIn: true };

const MODES: Array<{ mode: string; type: CredentialTypeName; credentials: () => ICredentialDataDecryptedObject; authPath?: string }> = [
	{ mode: 'C1', type: 'huaweiCecApiFabricApi', credentials: () => ({ baseUrl: cec.url, appKey: 'ak-c1', appSecret: SECRETS.appSecret }), authPath: '/apigovernance/api/oauth/tokenByAkSk' },
	{ mode: 'C2', type: 'huaweiCecAkSkApi', credentials: () => ({ baseUrl: cec.url, accessKey: 'ak-c2', secretKey: SECRETS.secretKey }) },
	{ mode: 'C3', type: 'huaweiCecOiapApi', credentials: () => ({ baseUrl: cec.url, appKey: 'ak-c3', appSecret: SECRETS.appSecret }), authPath: '/oifde/rest/api/gettoken' },
	{ mode: 'C4', type: 'huaweiCecAgentGatewayApi', credentials: () => ({ baseUrl: cec.url, agentId: 101, password: SECRETS.password, phoneNumber: '7000101' }), authPath: '/agentgateway/resource/onlineagent/101' },
	{ mode: 'C5', type: 'huaweiCecGatewayConfigApi', credentials: () => ({ baseUrl: cec.url, agentId: 101, password: SECRETS.password }), authPath: '/agentgateway/resource/config/login' },
	{ mode: 'SIA', type: 'huaweiCecSiaApi', credentials: () => ({ baseUrl: cec.url, jwtPassword: SECRETS.jwtPassword, domain: 'tenant.example' }), authPath: '/rest/sia/v1/tokens/jwt/sia' },
	{ mode: 'ITA', type: 'huaweiCecItaApi', credentials: () => ({ baseUrl: cec.url, appKey: 'ak-ita', appSecret: SECRETS.itaSecret }) },
];

async function failure(type: CredentialTypeName, credentials: ICredentialDataDecryptedObject, cecCall: CecCall = QUERY): Promise<NodeApiError> {
	const error = await call(type, credentials, cecCall).then(
		() => undefined,
		(e: unknown) => e,
	);
	expect(error).toBeInstanceOf(NodeApiError);
	return error as NodeApiError;
}

function expectNothingLeft(error: Error & { description?: string | null }): void {
	expect(foreign.received).toEqual([]);
	const shown = `${error.message} ${error.description ?? ''} ${JSON.stringify(error)}`;
	for (const secret of EVERY_SECRET) expect(shown).not.toContain(secret);
}

describe.each(MODES.filter((m) => m.authPath))('$mode: a redirected token or sign-in request', ({ type, credentials, authPath }) => {
	it('is refused with the target named; the foreign origin receives nothing', async () => {
		redirectWhen = (request) => request.url.startsWith(authPath!);
		const error = await failure(type, credentials());
		expect(error.message).toContain(`a redirect to ${foreign.url}/stolen (another origin)`);
		expect(error.message).toContain('Redirects are not followed');
		expect(error.message).toContain('9.9.9 POST /rest/probe/v1/query');
		// The query string of the Location (which a server may fill with anything) is not repeated.
		expect(error.message).not.toContain('from=');
		expect(cec.received.filter((r) => r.url.startsWith(authPath!))).toHaveLength(1);
		expectNothingLeft(error);
	});
});

describe.each(MODES)('$mode: a redirected business request', ({ type, credentials }) => {
	it.each([301, 302, 303, 307, 308])('HTTP %i is refused, not followed, and not retried', async (status) => {
		redirectStatus = status;
		redirectWhen = (request) => request.url.startsWith('/rest/probe');
		const error = await failure(type, credentials());
		expect(error.message).toContain(`answered HTTP ${status}, a redirect to ${foreign.url}/stolen (another origin)`);
		expect(error.description).toBe('Not retried.');
		expect(cec.received.filter((r) => r.url.startsWith('/rest/probe'))).toHaveLength(1);
		expectNothingLeft(error);
	});
});

it('a redirect to the same origin is refused too, and says so', async () => {
	redirectWhen = (request) => request.url.startsWith('/rest/probe');
	cec.received.length = 0;
	const sameOrigin = await hostileServer((request, res) => {
		if (request.url.startsWith('/rest/probe')) {
			res.writeHead(302, { Location: '/elsewhere' });
			res.end();
		} else json(res, 200, { retcode: '0' });
	});
	try {
		const error = await failure('huaweiCecAkSkApi', { baseUrl: sameOrigin.url, accessKey: 'ak', secretKey: SECRETS.secretKey });
		expect(error.message).toContain(`a redirect to ${sameOrigin.url}/elsewhere (same origin)`);
		expect(sameOrigin.received.map((r) => r.url)).toEqual(['/rest/probe/v1/query']);
	} finally {
		await sameOrigin.close();
	}
});

describe('through n8n-core', () => {
	let n8n: Harness;
	beforeAll(async () => {
		n8n = await createHarness({});
	});

	it('the generic node (C1 and C2) fails with the redirect named and sends nothing to the foreign origin', async () => {
		redirectWhen = (request) => request.url.startsWith('/apiaccess');
		n8n.credentials.set('huaweiCecApiFabricApi', MODES[0].credentials());
		n8n.credentials.set('huaweiCecAkSkApi', MODES[1].credentials());
		const c1 = await n8n.runNode(new HuaweiCec(), { authentication: 'C1', interface: '5.1.4', jsonBody: '{}' }, [{}], { credentials: ['huaweiCecApiFabricApi'] });
		expect(c1.error?.message).toContain(`a redirect to ${foreign.url}/stolen (another origin)`);
		expect(c1.error?.message).toContain('5.1.4');
		redirectWhen = (request) => request.url.startsWith('/rest/isales');
		const c2 = await n8n.runNode(new HuaweiCec(), { authentication: 'C2', interface: '7.1.7', pathParameters: { parameter: [{ name: 'vdnId', value: '1' }] } }, [{}], { credentials: ['huaweiCecAkSkApi'] });
		expect(c2.error?.message).toContain(`a redirect to ${foreign.url}/stolen (another origin)`);
		expectNothingLeft(c1.error!);
		expectNothingLeft(c2.error!);
	});

	it('the C5 credential test (n8n legacy request helper) reports the redirect and follows nothing', async () => {
		redirectWhen = (request) => request.url.startsWith('/agentgateway/resource/config/login');
		const result = await n8n.testCredential(new HuaweiCec(), 'testGatewayConfig', 'huaweiCecGatewayConfigApi', MODES[4].credentials());
		expect(result.status).toBe('Error');
		expect(result.message).toContain(`a redirect to ${foreign.url}/stolen (another origin)`);
		expect(foreign.received).toEqual([]);
		expect(result.message).not.toContain(SECRETS.password);
	});

	it('the C4 credential test does not follow a redirected sign-in with the password', async () => {
		redirectWhen = (request) => request.url.startsWith('/agentgateway/resource/onlineagent/101');
		const result = await n8n.testCredential(new HuaweiCec(), 'testAgentGateway', 'huaweiCecAgentGatewayApi', MODES[3].credentials());
		expect(result.status).toBe('Error');
		expect(result.message).toContain('redirect');
		expect(foreign.received).toEqual([]);
	});
});
