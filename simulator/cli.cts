/**
 * `npm run sim`: the CEC simulator as a standalone process.
 *
 * Environment: CEC_SIM_PORT (default 8787), CEC_SIM_HOST (default 127.0.0.1 — loopback only),
 * CEC_SIM_HTTPS=1, CEC_SIM_TIME_SCALE (default 1), CEC_SIM_GATEWAY_AUTH_MODE (dynamic|static),
 * CEC_SIM_GATEWAY_CLUSTER=1 (a clustered CC-Gateway that requires its load-balancer cookie),
 * CEC_SIM_VERBOSE=1, and the credential overrides CEC_SIM_APP_KEY / CEC_SIM_APP_SECRET (C1),
 * CEC_SIM_AK / CEC_SIM_SK (C2), CEC_SIM_OIAP_APP_KEY / CEC_SIM_OIAP_APP_SECRET (C3),
 * CEC_SIM_CALLBACK_KEY (callback shared key; empty = unsigned callbacks), CEC_SIM_SIA_JWT /
 * CEC_SIM_SIA_DOMAIN, CEC_SIM_AGENT_PASSWORD, CEC_SIM_ADMIN_PASSWORD.
 */
import { credentialsFromEnv } from './credentials.cjs';
import { startSimulator } from './index.cjs';

export const DEFAULT_PORT = 8787;

async function main(): Promise<void> {
	const env = process.env;
	const port = env.CEC_SIM_PORT ? Number(env.CEC_SIM_PORT) : DEFAULT_PORT;
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`CEC_SIM_PORT must be a port number, got "${env.CEC_SIM_PORT}"`);
	const timeScale = env.CEC_SIM_TIME_SCALE ? Number(env.CEC_SIM_TIME_SCALE) : 1;
	const mode = env.CEC_SIM_GATEWAY_AUTH_MODE === 'static' ? 'static' : 'dynamic';
	const sim = await startSimulator({
		port,
		host: env.CEC_SIM_HOST || '127.0.0.1',
		https: env.CEC_SIM_HTTPS === '1' || env.CEC_SIM_HTTPS === 'true',
		timeScale,
		gatewayAuthMode: mode,
		gatewayCluster: env.CEC_SIM_GATEWAY_CLUSTER === '1' || env.CEC_SIM_GATEWAY_CLUSTER === 'true',
		credentials: credentialsFromEnv(env),
		verbose: env.CEC_SIM_VERBOSE === '1',
	});
	const c = sim.credentials;
	const agents = c.agents;
	const lines = [
		`CEC simulator listening on ${sim.url}${sim.https ? ' (self-signed certificate, generated at start)' : ''}`,
		`  time scale ${sim.timeScale}, agent gateway auth mode: ${mode}${env.CEC_SIM_GATEWAY_CLUSTER === '1' || env.CEC_SIM_GATEWAY_CLUSTER === 'true' ? ', clustered (load-balancer cookie huaweielbsession required)' : ''}`,
		'',
		'Demo credentials:',
		`  C1  API Fabric (4.2)      app_key=${c.appKey}  app_secret=${c.appSecret}   POST ${sim.url}/apigovernance/api/oauth/tokenByAkSk`,
		`  C2  AK/SK auth-v2 (4.3)   AK=${c.ak}  SK=${c.sk}`,
		`  C3  OIAP (4.4)            appKey=${c.oiapAppKey}  appSecret=${c.oiapAppSecret}   POST ${sim.url}/oifde/rest/api/gettoken`,
		`  C4  agents (4.5/6.1)      ${agents[0]?.workNo}..${agents[agents.length - 1]?.workNo}  password=${agents[0]?.password}  phone=7000<id> (e.g. ${agents[0]?.phone}); inspector: ${agents.filter((a) => a.inspector).map((a) => a.workNo).join(',')}`,
		`  C5  config admin (4.6)    ${c.configAdmins.map((a) => `agentId=${a.agentId}/${a.password}`).join('  ')}`,
		`  SIA (9.1.1)               jwt=${c.siaJwt}  domain=${c.siaDomain}`,
		`  callback shared key       ${c.callbackKey || '(none: release callbacks unsigned)'}`,
		`  VDN ${c.vdnId}, tenant ${c.tenantId}`,
		'',
		`Admin API: ${sim.url}/__sim/ (see simulator/README.md). Ctrl+C to stop.`,
	];
	if (sim.certificate) lines.push('', 'Certificate (trust it as a CA to verify TLS):', sim.certificate.trim());
	process.stdout.write(lines.join('\n') + '\n');
	let stopping = false;
	const stop = () => {
		if (stopping) return;
		stopping = true;
		void sim.close().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

if (require.main === module) {
	main().catch((e: unknown) => {
		process.stderr.write(`CEC simulator failed to start: ${(e as Error).message}\n`);
		process.exit(1);
	});
}
