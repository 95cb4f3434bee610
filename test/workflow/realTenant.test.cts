import { NodeApiError } from 'n8n-workflow';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { HuaweiCecReports } from '../../nodes/HuaweiCecReports/HuaweiCecReports.node';
import { HuaweiCecVoiceNotification } from '../../nodes/HuaweiCecVoiceNotification/HuaweiCecVoiceNotification.node';
import { OPERATIONS as VOICE_OPS } from '../../nodes/HuaweiCecVoiceNotification/operations';
import { HuaweiCecAgentWorkbench } from '../../nodes/HuaweiCecAgentWorkbench/HuaweiCecAgentWorkbench.node';
import { agentSessions } from '../../nodes/shared/auth/agentSessions';
import { authV2Calibration } from '../../nodes/shared/auth/authV2Calibration';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import type { CredentialTypeName } from '../../nodes/shared/auth/strategies';
import type { CecCall } from '../../nodes/shared/transport/cecRequest';
import { createHarness, simulatorCredentials, type Harness } from '../helpers/n8n.cjs';
import { call } from '../helpers/transport.cjs';
import { buildParameters } from '../registry/sampleValues.cjs';

/**
 * What a real tenant adds to the reference: X-APP-Key on C1 calls, an API Fabric token service on
 * its own port, and an IP allow-list / WAF in front of CEC.
 */

let sim: Simulator;
let n8n: Harness;
beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01 });
	n8n = await createHarness(simulatorCredentials(sim));
});
afterAll(async () => await sim.close());
beforeEach(() => {
	tokenCache.clear();
	agentSessions.clear();
	authV2Calibration.clear();
	sim.reset();
});

const BLOCKED = 'was blocked before reaching CEC: check the IP allow-list / WAF of the tenant';
const WAF_PAGE = '<html><head><title>418 I\'m a teapot</title></head><body>Request blocked by the web application firewall.</body></html>';
const voiceV2 = VOICE_OPS.find((s) => s.section === '14.3')!;
const V2_PATH = '/apiaccess/rest/voiceNotification/v2/createVoiceNotification';

describe('X-APP-Key', () => {
	it('voice notification V2 sends X-APP-Key = the app key of the C1 credential (bytes on the wire)', async () => {
		const built = buildParameters(VOICE_OPS, voiceV2, { playList: [{ templateId: '1226170940666061826', templateParams: ['3'] }] });
		const result = await n8n.runNode(new HuaweiCecVoiceNotification(), built.parameters);
		expect(result.error).toBeUndefined();
		const sent = sim.requests.filter((r) => r.path === V2_PATH);
		expect(sent).toHaveLength(1);
		expect(sent[0].headers['x-app-key']).toBe(sim.credentials.appKey);
		expect(sent[0].status).toBe(200);
	});

	it('the credential field overrides it (a user ID other than the app key)', async () => {
		const c1 = { ...simulatorCredentials(sim).huaweiCecApiFabricApi, xAppKey: 'user-id-from-operations' };
		const error = await call('huaweiCecApiFabricApi', c1, { method: 'POST', path: V2_PATH, body: { called: '13800001234', playList: [{ templateId: '1' }] }, idempotent: false, family: 'voiceNotification', section: '14.3' }).catch((e: unknown) => e);
		// The simulator's tenant knows the app key only, so it refuses: what matters is what was sent.
		expect(error).toBeInstanceOf(NodeApiError);
		expect(sim.requests.filter((r) => r.path === V2_PATH).map((r) => r.headers['x-app-key'])).toEqual(['user-id-from-operations', 'user-id-from-operations']);
	});

	it('the simulator refuses voice notification V2 without X-APP-Key, as the vendor page makes it mandatory', async () => {
		const token = await fetch(`${sim.url}/apigovernance/api/oauth/tokenByAkSk`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_key: sim.credentials.appKey, app_secret: sim.credentials.appSecret }) });
		const { AccessToken } = (await token.json()) as { AccessToken: string };
		const answer = await fetch(`${sim.url}${V2_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${AccessToken}` }, body: JSON.stringify({ called: '13800001234', playList: [{ templateId: '1' }] }) });
		expect(answer.status).toBe(401);
		expect(await answer.text()).toContain('X-APP-Key header is missing');
	});
});

describe('C1 Token URL: an edition with the token service on its own port', () => {
	let split: Simulator;
	beforeAll(async () => {
		split = await startSimulator({ port: 0, timeScale: 0.01, c1TokenPort: 0 });
	});
	afterAll(async () => await split.close());
	beforeEach(() => split.reset());

	const QUERY = { resource: 'voiceNotification', operation: 'getManyVoiceFiles', returnAll: false, limit: 5 };

	it('takes the token there, and sends the business calls (and the token) to the base URL only', async () => {
		expect(split.tokenUrl).toBeDefined();
		expect(split.tokenUrl).not.toBe(split.url);
		const c1 = { ...simulatorCredentials(split).huaweiCecApiFabricApi, tokenUrl: `${split.tokenUrl}/` };
		const harness = await createHarness({ huaweiCecApiFabricApi: c1 });
		const result = await harness.runNode(new HuaweiCecVoiceNotification(), QUERY);
		expect(result.error).toBeUndefined();
		const tokenHost = new URL(split.tokenUrl!).host;
		const apiHost = new URL(split.url).host;
		const toTokenHost = split.requests.filter((r) => r.headers.host === tokenHost);
		const toApiHost = split.requests.filter((r) => r.headers.host === apiHost);
		expect(toTokenHost.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['POST /apigovernance/api/oauth/tokenByAkSk 200']);
		expect(toTokenHost[0].headers.authorization).toBeUndefined();
		expect(toApiHost.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['POST /apiaccess/rest/voiceNotification/v1/queryVoiceNotificationRecording 200']);
		expect(toApiHost[0].headers.authorization).toMatch(/^Bearer \S+$/);
		expect(toApiHost.some((r) => r.body.includes(split.credentials.appSecret))).toBe(false);
	});

	it('accepts the token service URL with its path too', async () => {
		const c1 = { ...simulatorCredentials(split).huaweiCecApiFabricApi, tokenUrl: `${split.tokenUrl}/apigovernance/api/oauth/tokenByAkSk` };
		const harness = await createHarness({ huaweiCecApiFabricApi: c1 });
		expect((await harness.runNode(new HuaweiCecVoiceNotification(), QUERY)).error).toBeUndefined();
	});

	it('without it, says where the token service was not found and what to set', async () => {
		const harness = await createHarness({ huaweiCecApiFabricApi: simulatorCredentials(split).huaweiCecApiFabricApi });
		const result = await harness.runNode(new HuaweiCecVoiceNotification(), QUERY);
		expect(result.error?.message).toBe(`The API Fabric token service is not at ${split.url} (HTTP 404): if this CEC edition serves tokenByAkSk on another host or port, set the credential's Token URL`);
	});

	it('a Token URL that is not http(s) is refused before anything is sent', async () => {
		const c1 = { ...simulatorCredentials(split).huaweiCecApiFabricApi, tokenUrl: 'ftp://10.0.0.1:28070' };
		const harness = await createHarness({ huaweiCecApiFabricApi: c1 });
		const result = await harness.runNode(new HuaweiCecVoiceNotification(), QUERY);
		expect(result.error?.message).toBe("The credential's Token URL must start with https:// or http://");
		expect(split.requests).toHaveLength(0);
	});
});

describe('a firewall in front of CEC (403, 418, 429 without a CEC body)', () => {
	const creds = () => simulatorCredentials(sim);
	const failure = async (type: CredentialTypeName, cecCall: CecCall): Promise<NodeApiError> => {
		const error = await call(type, creds()[type], cecCall).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		return error as NodeApiError;
	};

	const TOKEN_CALLS: Array<[string, CredentialTypeName, string, string, CecCall]> = [
		['C1 tokenByAkSk', 'huaweiCecApiFabricApi', '/apigovernance/api/oauth/tokenByAkSk', 'The API Fabric token request (4.2)', { method: 'POST', path: '/apiaccess/rest/voiceNotification/v1/queryVoiceNotificationRecording', body: {}, idempotent: true }],
		['C3 gettoken', 'huaweiCecOiapApi', '/oifde/rest/api/gettoken', 'The OIAP token request (4.4)', { method: 'POST', path: '/oifde/rest/api/querydomaininfo', body: {}, idempotent: true }],
		['SIA token', 'huaweiCecSiaApi', '/rest/sia/v1/tokens/jwt/sia', 'The SIA token request (9.1.1)', { method: 'POST', path: '/rest/ccikbs/v1/columnkngapi/queryKngDetail', body: {}, idempotent: true }],
		['C5 configuration login', 'huaweiCecGatewayConfigApi', '/agentgateway/resource/config/login', 'The CC-Gateway configuration login (4.6)', { method: 'POST', path: '/agentgateway/resource/config/subscribe/register', body: {}, idempotent: false }],
		['C4 automatic sign-in', 'huaweiCecAgentGatewayApi', '/agentgateway/resource/onlineagent/101', 'The automatic sign-in of agent 101 (6.1.1.1)', { method: 'GET', path: '/agentgateway/resource/queuedevice/101/waitnum', idempotent: true, autoSignIn: true }],
	];

	it.each(TOKEN_CALLS)('%s answered 403 with a WAF page: blocked, not "refused the secret"', async (_name, type, tokenPath, what, business) => {
		sim.addFault({ type: 'status', status: 403, body: WAF_PAGE, pathPrefix: tokenPath, method: tokenPath.endsWith('/101') ? 'PUT' : 'POST' });
		const error = await failure(type, business);
		expect(error.message).toBe(`${what} ${BLOCKED} (HTTP 403 without a CEC answer; the address this n8n connects from must be allowed)`);
		expect(error.message).not.toMatch(/refused|password|secret/i);
		expect(error.httpCode).toBe('403');
		expect(sim.requests.some((r) => r.path === business.path)).toBe(false);
	});

	const BUSINESS_CALLS: Array<[string, CredentialTypeName, number, string, CecCall]> = [
		['C1', 'huaweiCecApiFabricApi', 418, '', { method: 'POST', path: '/apiaccess/rest/voiceNotification/v1/queryVoiceNotificationRecording', body: { offset: 0, limit: 10 }, idempotent: true, section: '14.1' }],
		['C2', 'huaweiCecAkSkApi', 429, WAF_PAGE, { method: 'POST', path: '/rest/isales/v1/openapi/campaigns/1/blocklist/add', body: { blocklist: ['13100000000'] }, idempotent: false, section: '7.3.1' }],
		['C3', 'huaweiCecOiapApi', 403, '', { method: 'POST', path: '/oifde/rest/api/querydomaininfo', body: {}, idempotent: true, section: '10.2' }],
		['C4', 'huaweiCecAgentGatewayApi', 418, WAF_PAGE, { method: 'GET', path: '/agentgateway/resource/queuedevice/101/waitnum', idempotent: true, autoSignIn: true, section: '5.2.5' }],
		['C5', 'huaweiCecGatewayConfigApi', 429, '', { method: 'POST', path: '/agentgateway/resource/config/subscribe/register', body: {}, idempotent: false, section: '6.3.1' }],
		['SIA', 'huaweiCecSiaApi', 403, WAF_PAGE, { method: 'POST', path: '/rest/ccikbs/v1/columnkngapi/queryKngDetail', body: {}, idempotent: true, section: '9.2.1' }],
	];

	it.each(BUSINESS_CALLS)('%s business call (%s) answered %d without a CEC body: blocked', async (_mode, type, status, body, business) => {
		sim.addFault({ type: 'status', status, body, pathPrefix: business.path, retryAfter: 0 });
		const error = await failure(type, business);
		expect(error.message).toBe(`${business.section} ${business.method} ${business.path} ${BLOCKED} (HTTP ${status} without a CEC answer; the address this n8n connects from must be allowed)`);
		expect(error.httpCode).toBe(String(status));
	});

	it('a 403 that carries a CEC body is CEC speaking, not a firewall', async () => {
		// The fault's default body is the API gateway's JSON error (error_code APIGW.0403).
		sim.addFault({ type: 'status', status: 403, pathPrefix: '/apiaccess/rest/voiceNotification/v1/queryVoiceNotificationRecording' });
		const error = await failure('huaweiCecApiFabricApi', BUSINESS_CALLS[0][4]);
		expect(error.message).not.toContain('blocked before reaching CEC');
	});

	it('through a node: the C1 token call of Voice Notification', async () => {
		sim.addFault({ type: 'status', status: 403, body: WAF_PAGE, pathPrefix: '/apigovernance/api/oauth/tokenByAkSk' });
		const result = await n8n.runNode(new HuaweiCecVoiceNotification(), { resource: 'voiceNotification', operation: 'getManyVoiceFiles', returnAll: false, limit: 5 });
		expect(result.error?.message).toBe(`The API Fabric token request (4.2) ${BLOCKED} (HTTP 403 without a CEC answer; the address this n8n connects from must be allowed)`);
	});

	it('the C2 and C4 credential Tests say so too', async () => {
		sim.addFault({ type: 'status', status: 418, body: '', pathPrefix: '/rest/cmsapp/v1/ping' });
		const c2 = await n8n.testCredential(new HuaweiCecReports(), 'testAkSk', 'huaweiCecAkSkApi', { ...creds().huaweiCecAkSkApi, service: 'cms' });
		expect(c2).toEqual({ status: 'Error', message: `The signed test query ${BLOCKED} (HTTP 418 without a CEC answer; the address this n8n connects from must be allowed)` });
		sim.addFault({ type: 'status', status: 403, body: WAF_PAGE, pathPrefix: '/agentgateway/resource/onlineagent/101', method: 'PUT' });
		const c4 = await n8n.testCredential(new HuaweiCecAgentWorkbench(), 'testAgentGateway', 'huaweiCecAgentGatewayApi', creds().huaweiCecAgentGatewayApi);
		expect(c4).toEqual({ status: 'Error', message: `The sign-in of agent 101 ${BLOCKED} (HTTP 403 without a CEC answer; the address this n8n connects from must be allowed)` });
	});
});
