/**
 * Realistic data for the sandbox (`npm start`), so that a new user's first "Get Many" finds
 * something. It is put in the way a CEC client would, over HTTP with the simulator's demo
 * credentials (auth-v2 for iSales, a CC-Gateway sign-in for agents), never by reaching into the
 * simulator's state: what the sandbox shows is what the interfaces produced.
 */
import type { Simulator } from './index.cjs';
import { signAuthV2 } from './c2.cjs';

export interface SandboxSummary {
	campaigns: Array<{ id: number; name: string; status: string; numbers: number; results: number }>;
	agents: Array<{ agentId: string; state: string }>;
	recordings: string[];
}

const VDN = 1;

async function c2(sim: Simulator, method: 'POST' | 'PUT' | 'GET', uri: string, body?: unknown): Promise<Record<string, unknown>> {
	const url = new URL(sim.url);
	const text = body === undefined ? '' : JSON.stringify(body);
	const headers: Record<string, string> = { host: url.host, 'content-type': 'application/json;charset=UTF-8' };
	if (text) headers['content-length'] = String(Buffer.byteLength(text));
	const authorization = signAuthV2({ ak: sim.credentials.ak, sk: sim.credentials.sk, method, uri, headers, body: text });
	const res = await fetch(`${sim.url}${uri}`, { method, headers: { 'content-type': headers['content-type'], authorization }, body: text || undefined });
	const json = (await res.json()) as Record<string, unknown>;
	if (!/^0+2?0+$/.test(String(json.resultCode ?? json.returnCode ?? ''))) throw new Error(`sandbox data: ${method} ${uri} answered ${JSON.stringify(json).slice(0, 300)}`);
	return json;
}

async function gateway(sim: Simulator, method: 'PUT' | 'POST', path: string, guid: string | undefined, body?: unknown): Promise<{ guid?: string }> {
	const res = await fetch(`${sim.url}${path}`, {
		method,
		headers: { 'content-type': 'application/json;charset=UTF-8', ...(guid ? { Guid: guid } : {}) },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const json = (await res.json()) as { retcode?: string; message?: string };
	if (json.retcode !== '0') throw new Error(`sandbox data: ${method} ${path} answered ${JSON.stringify(json)}`);
	const setGuid = res.headers.get('set-guid') ?? '';
	return { guid: /JSESSIONID=([^;,\s]+)/i.exec(setGuid)?.[1] ?? (setGuid.split(';')[0] || guid) };
}

function today(): string {
	return new Date().toISOString().slice(0, 10);
}

async function createCampaign(sim: Simulator, name: string, description: string): Promise<number> {
	const answer = await c2(sim, 'POST', `/rest/isales/v2/openapi/campaigns/${VDN}`, {
		name,
		description,
		strBeginTime: `${today()} 00:00:00`,
		strEndTime: `${today()} 23:59:59`,
		deviceType: 2,
		callerNo: [{ accessCode: '88889527', priority: 3 }],
		maxAlertingTime: 20,
		scheduleParam: { workdayBeginTime1: '00:00', workdayEndTime1: '23:59', holidayBeginTime1: '00:00', holidayEndTime1: '23:59' },
		skillParam: { skillId: 1, skillName: 'Voice', outBoundType: 2, predictParam: { predictMethod: 5, offhookPredictParam: { offHookRate: 100 } } },
		retryPolicy: { policyType: 0, retryDay: 1, retryTimes: 1, callInterval: 60 },
		initStatus: 1,
	});
	return Number((answer.returnObject as { id: number }).id);
}

async function addNumbers(sim: Simulator, campaignId: number, customers: Array<{ phone: string; customer: string }>): Promise<void> {
	await c2(sim, 'POST', `/rest/isales/v2/openapi/campaigns/${VDN}/calldata/${campaignId}`, {
		callDataList: customers.map((c) => ({ sessionId: c.customer, called: [{ calledNo: c.phone }] })),
	});
}

/**
 * Agents in several states (110-112: the sandbox credentials and the e2e suite use 101-103). A
 * gateway signs out agents that neither poll nor send heartbeats, so a long-running sandbox or a
 * time-scaled test calls this again to show them.
 */
export async function signInSandboxAgents(sim: Simulator): Promise<SandboxSummary['agents']> {
	const password = sim.credentials.agents[0]?.password ?? 'Agent@123';
	const signIn = async (agentId: string, status: number) =>
		// 6.1.1.2 (forced): also when an earlier call left the agent signed in.
		(await gateway(sim, 'PUT', `/agentgateway/resource/onlineagent/${agentId}/forcelogin`, undefined, { password, phonenum: `7000${agentId}`, status })).guid;
	await signIn('110', 4);
	const busy = await signIn('111', 4);
	await gateway(sim, 'POST', '/agentgateway/resource/onlineagent/111/saybusy', busy);
	const resting = await signIn('112', 4);
	await gateway(sim, 'POST', '/agentgateway/resource/onlineagent/112/rest/600/0', resting);
	return [
		{ agentId: '110', state: 'idle' },
		{ agentId: '111', state: 'busy' },
		{ agentId: '112', state: 'resting (10 min)' },
	];
}

/** Seeds the sandbox; safe to run once on a fresh simulator. */
export async function seedSandbox(sim: Simulator): Promise<SandboxSummary> {
	const summary: SandboxSummary = { campaigns: [], agents: [], recordings: [] };

	// A campaign that has run: 12 customers dialled, two of them not reached.
	const renewal = Array.from({ length: 12 }, (_v, i) => ({ phone: `1380013${String(8000 + i)}`, customer: `customer-${String(i + 1).padStart(3, '0')}` }));
	sim.setDialOutcome(renewal[3].phone, '00537', 0); // busy
	sim.setDialOutcome(renewal[7].phone, '00603', 0); // no answer
	for (const c of renewal) if (c !== renewal[3] && c !== renewal[7]) sim.setDialOutcome(c.phone, '0', 0);
	const renewalId = await createCampaign(sim, 'Spring renewal', 'Sandbox: a campaign that has run, with results');
	await addNumbers(sim, renewalId, renewal);
	await c2(sim, 'PUT', `/rest/isales/v1/openapi/campaigns/${VDN}/${renewalId}/resume`);
	// The dialer runs on its own; a tick only hurries it. Done when 7.5.1 lists every number.
	const resultCount = async () => Number((await c2(sim, 'POST', `/rest/isales/v1/openapi/campaigns/${VDN}/callresult/${renewalId}`, { pageNum: 1, pageSize: 100 })).totalCount ?? 0);
	let results = 0;
	for (let round = 0; round < 100 && results < renewal.length; round++) {
		sim.dialerTick();
		results = await resultCount();
		if (results < renewal.length) await new Promise((resolve) => setTimeout(resolve, 100));
	}
	await c2(sim, 'PUT', `/rest/isales/v1/openapi/campaigns/${VDN}/${renewalId}/pause`);
	summary.campaigns.push({ id: renewalId, name: 'Spring renewal', status: 'suspended after dialling', numbers: renewal.length, results });

	// A campaign waiting to start.
	const reminders = Array.from({ length: 5 }, (_v, i) => ({ phone: `1390014${String(5000 + i)}`, customer: `invoice-${2026100 + i}` }));
	const reminderId = await createCampaign(sim, 'Payment reminder', 'Sandbox: a campaign ready to start');
	await addNumbers(sim, reminderId, reminders);
	summary.campaigns.push({ id: reminderId, name: 'Payment reminder', status: 'suspended, not started', numbers: reminders.length, results: 0 });

	summary.agents.push(...(await signInSandboxAgents(sim)));

	// A recording to download (File Service, 13.2.1.4).
	const recording = 'Y:/sandbox/recordings/spring-renewal-customer-001.wav';
	sim.registerFile(recording, 256 * 1024);
	summary.recordings.push(recording);
	return summary;
}

export function describeSandbox(summary: SandboxSummary): string[] {
	return [
		'  Sandbox data (VDN 1):',
		...summary.campaigns.map((c) => `    - campaign ${c.id} "${c.name}": ${c.status}, ${c.numbers} numbers, ${c.results} results`),
		`    - agents signed in: ${summary.agents.map((a) => `${a.agentId} ${a.state}`).join(', ')} (the sandbox credential's agent 102 is free for your own sign-in)`,
		...summary.recordings.map((r) => `    - recording ${r}`),
	];
}
