// What a real n8n needs to talk to the CEC simulator: one credential per credential type of the
// pack (read from package.json, so a new type without sandbox values fails loudly here), and the
// example workflows of examples/ with their credential references pointed at those credentials.
// Shared by `npm start` and the end-to-end tests.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

/** Credential type name from a package.json entry: dist/credentials/HuaweiCecAkSkApi.credentials.js → huaweiCecAkSkApi. */
function credentialTypeOf(entry) {
	const base = path.basename(entry).replace(/\.credentials\.js$/, '');
	return base.charAt(0).toLowerCase() + base.slice(1);
}

function packCredentialTypes() {
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	return pkg.n8n.credentials.map(credentialTypeOf);
}

function packNodeTypes() {
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	return pkg.n8n.nodes.map((entry) => {
		const base = path.basename(entry).replace(/\.node\.js$/, '');
		return base.charAt(0).toLowerCase() + base.slice(1);
	});
}

/**
 * Sandbox values per credential type, for a simulator at `sim.url` with `sim.credentials`
 * (DEFAULT_SIM_CREDENTIALS unless overridden). The agent credential uses agent 102 so the
 * supervisor (101, the simulator's inspector) stays free for the C5 admin and the UI.
 */
function credentialValues(sim) {
	const k = sim.credentials;
	const transport = { allowUnauthorizedCerts: false, timeout: 10000 };
	return {
		huaweiCecApiFabricApi: { name: 'CEC Sandbox C1 API Fabric', data: { baseUrl: sim.url, appKey: k.appKey, appSecret: k.appSecret, lifetimeSeconds: 600, ...transport } },
		huaweiCecAkSkApi: { name: 'CEC Sandbox C2 AK/SK', data: { baseUrl: sim.url, accessKey: k.ak, secretKey: k.sk, service: 'isales', testVdnId: k.vdnId ?? 1, vdnId: String(k.vdnId ?? 1), ccId: '1', ...transport } },
		huaweiCecOiapApi: { name: 'CEC Sandbox C3 OIAP', data: { baseUrl: sim.url, appKey: k.oiapAppKey, appSecret: k.oiapAppSecret, ...transport } },
		huaweiCecAgentGatewayApi: {
			name: 'CEC Sandbox C4 Agent 102',
			data: { baseUrl: sim.url, agentId: 102, password: agentPassword(k), phoneNumber: '7000102', authMode: 'dynamic', ...transport },
		},
		huaweiCecGatewayConfigApi: { name: 'CEC Sandbox C5 Admin', data: { baseUrl: sim.url, agentId: 101, password: adminPassword(k), ...transport } },
		huaweiCecSiaApi: { name: 'CEC Sandbox SIA', data: { baseUrl: sim.url, ikbsUrl: sim.url, jwtPassword: k.siaJwt, domain: k.siaDomain, ...transport } },
		// The simulator's fixed ITA app (simulator/ita.cts ITA_APP), not part of its credential set.
		huaweiCecItaApi: { name: 'CEC Sandbox ITA App', data: { baseUrl: sim.url, appKey: k.itaAppKey ?? 'demo-ita-app-key', appSecret: k.itaAppSecret ?? 'demo-ita-app-secret', ...transport } },
		huaweiCecCallbackApi: { name: 'CEC Sandbox Callback Key', data: { appSecret: k.callbackKey ?? '', serviceToken: 'sandbox-service-token-0001' } },
		// The simulator's Udesk ccapi v2 account (simulator/udesk.cts UDESK_SIM_ACCOUNT).
		udeskCallCenterApi: { name: 'Udesk Sandbox', data: { baseUrl: sim.url, ...udeskAccount(sim), ...transport } },
		// Tencent CCC calls n8n: these are the Basic auth values the simulator's Tencent client is given.
		tencentCccNumberMappingApi: { name: 'Tencent CCC Sandbox Mapping', data: TENCENT_SANDBOX },
	};
}

/** What the sandbox's Tencent CCC client sends (Basic auth) and the built-in mapping's secret. */
const TENCENT_SANDBOX = { user: 'tencent-ccc-sandbox', password: 'sandbox-basic-password-01', mappingSecret: 'sandbox-mapping-secret-0123456789' };

function udeskAccount(sim) {
	const account = (sim.udesk && sim.udesk.account) || { sid: 'udesk-sim-sid', authToken: 'udesk-sim-auth-token-0123456789', appId: '4b8dc715-05e0-4340-6cae-a6e3c39a6012' };
	return { sid: account.sid, authToken: account.authToken, appId: account.appId };
}

function agentPassword(k) {
	return (k.agents && k.agents[0] && k.agents[0].password) || 'Agent@123';
}
function adminPassword(k) {
	const admin = (k.configAdmins || []).find((a) => String(a.agentId) === '101');
	return (admin && admin.password) || 'Admin@123';
}

/** n8n credential IDs are short strings; fixed ones let workflows reference them. */
const SHORT = { huaweiCecApiFabricApi: 'C1', huaweiCecAkSkApi: 'C2', huaweiCecOiapApi: 'C3', huaweiCecAgentGatewayApi: 'C4', huaweiCecGatewayConfigApi: 'C5', huaweiCecSiaApi: 'Sia', huaweiCecCallbackApi: 'Cb', huaweiCecItaApi: 'Ita', udeskCallCenterApi: 'Udesk', tencentCccNumberMappingApi: 'Tccc' };
function credentialId(type) {
	return `cecSandbox${SHORT[type] ?? type.replace(/^huaweiCec/, '').replace(/Api$/, '')}`.slice(0, 16);
}

/** One importable credential per credential type of the pack: `[{ id, name, type, data }]`. */
function sandboxCredentials(sim) {
	const values = credentialValues(sim);
	return packCredentialTypes().map((type) => {
		const v = values[type];
		if (!v) throw new Error(`no sandbox values for credential type "${type}": add them to scripts/e2e/sandbox.cjs`);
		return { id: credentialId(type), name: v.name, type, data: v.data };
	});
}

/** Points every credential reference of a workflow at the sandbox credential of that type. */
function bindCredentials(workflow, credentials) {
	const byType = Object.fromEntries(credentials.map((c) => [c.type, c]));
	const copy = JSON.parse(JSON.stringify(workflow));
	for (const node of copy.nodes) {
		for (const type of Object.keys(node.credentials || {})) {
			const c = byType[type];
			if (c) node.credentials[type] = { id: c.id, name: c.name };
		}
	}
	return copy;
}

/** examples/*.json (workflow exports), credentials bound, each with a stable id. */
function exampleWorkflows(credentials) {
	const dir = path.join(ROOT, 'examples');
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => {
			const wf = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
			if (!wf.id) throw new Error(`examples/${f} needs an "id"`);
			return { file: f, workflow: bindCredentials(wf, credentials) };
		});
}

module.exports = { TENCENT_SANDBOX, sandboxCredentials, bindCredentials, exampleWorkflows, packCredentialTypes, packNodeTypes, credentialId, credentialTypeOf };
