import type { SimAgent, SimCredentials } from './types.cjs';

function defaultAgents(): SimAgent[] {
	const agents: SimAgent[] = [];
	for (let id = 101; id <= 120; id++) {
		agents.push({
			workNo: String(id),
			password: 'Agent@123',
			phone: `7000${id}`,
			name: `Agent ${id}`,
			// Two skill queues so skill-related queries have something to show; 1 = default voice skill.
			skills: id % 2 === 0 ? [1, 2] : [1],
			// 101 is the demo supervisor/inspector (12.1 quality control), matching the C5 admin.
			inspector: id === 101,
		});
	}
	return agents;
}

/** Fixed, documented demo credentials (README.md). Never real secrets. */
export const DEFAULT_SIM_CREDENTIALS: Readonly<SimCredentials> = Object.freeze({
	appKey: 'demo-app-key',
	appSecret: 'demo-app-secret',
	ak: 'demo-ak',
	sk: 'demo-sk',
	oiapAppKey: 'demo-tenant',
	oiapAppSecret: 'demo-oiap-secret',
	callbackKey: 'demo-callback-key',
	agents: defaultAgents(),
	configAdmins: [
		{ agentId: 101, password: 'Admin@123' },
		{ agentId: 100001, password: 'Admin@123' },
	],
	siaJwt: 'demo-jwt',
	siaDomain: 'ccfsAppService',
	vdnId: 1,
	tenantId: 'demo-tenant',
});

export function resolveCredentials(partial?: Partial<SimCredentials>): SimCredentials {
	const base: SimCredentials = {
		...DEFAULT_SIM_CREDENTIALS,
		agents: DEFAULT_SIM_CREDENTIALS.agents.map((a) => ({ ...a, skills: [...a.skills] })),
		configAdmins: DEFAULT_SIM_CREDENTIALS.configAdmins.map((a) => ({ ...a })),
	};
	if (!partial) return base;
	const out: SimCredentials = { ...base };
	for (const [k, v] of Object.entries(partial)) {
		if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
	}
	return out;
}

/** Overrides taken from the environment (used by the CLI; tests pass credentials explicitly). */
export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<SimCredentials> {
	const out: Partial<SimCredentials> = {};
	const pick = (name: string): string | undefined => {
		const v = env[name];
		return v === undefined ? undefined : v;
	};
	const map: [string, keyof SimCredentials][] = [
		['CEC_SIM_APP_KEY', 'appKey'],
		['CEC_SIM_APP_SECRET', 'appSecret'],
		['CEC_SIM_AK', 'ak'],
		['CEC_SIM_SK', 'sk'],
		['CEC_SIM_OIAP_APP_KEY', 'oiapAppKey'],
		['CEC_SIM_OIAP_APP_SECRET', 'oiapAppSecret'],
		['CEC_SIM_CALLBACK_KEY', 'callbackKey'],
		['CEC_SIM_SIA_JWT', 'siaJwt'],
		['CEC_SIM_SIA_DOMAIN', 'siaDomain'],
	];
	for (const [envName, key] of map) {
		const v = pick(envName);
		if (v !== undefined) (out as Record<string, unknown>)[key] = v;
	}
	const agentPwd = pick('CEC_SIM_AGENT_PASSWORD');
	if (agentPwd !== undefined) {
		out.agents = DEFAULT_SIM_CREDENTIALS.agents.map((a) => ({ ...a, password: agentPwd }));
	}
	const adminPwd = pick('CEC_SIM_ADMIN_PASSWORD');
	if (adminPwd !== undefined) {
		out.configAdmins = DEFAULT_SIM_CREDENTIALS.configAdmins.map((a) => ({ ...a, password: adminPwd }));
	}
	return out;
}
