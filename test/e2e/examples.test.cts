/**
 * The trigger-based examples (examples/*.json), as shipped, in a real n8n: each is activated with
 * the sandbox credentials and started by its real event (an outbound result push, a signed CDR
 * ready callback, an agent event, a Udesk event push, a Tencent CCC mapping request). Every node
 * up to the third-party service (Google Sheets, Slack, a CRM) must run and hand that service the
 * records the example promises; the third-party node itself has no account in the test, so its
 * own failure (no credential, no network) is expected and asserted as exactly that. The quick
 * starts and the retry example run in n8n.test.cts. E2E_N8N_VERSIONS selects the versions (first only).
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchN8n, type ImportedCredential, type RunningN8n } from '../../scripts/e2e/n8n.cjs';
import { exampleWorkflows, sandboxCredentials } from '../../scripts/e2e/sandbox.cjs';
import { waitUntil } from './workflows.cjs';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { c2Post } from '../simulator/helpers.cjs';

jest.setTimeout(10 * 60 * 1000);

const VERSION = (process.env.E2E_N8N_VERSIONS ?? '2.41.1').split(',')[0].trim();
const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');
/** Where the CDR example writes (n8n's Docker image's file folder); the test gives n8n that folder. */
const CDR_FOLDER = '/home/node/.n8n-files';

const TRIGGER_EXAMPLES = ['exCampaignSheets', 'exCdrReadyToDisk', 'exAgentStateSlack', 'exUdeskHangupSheet', 'exTencentMapCrm'];

/** The JSON items a node output in an execution (its first run, first output). */
const output = (execution: any, node: string): any[] => (execution.data?.resultData?.runData?.[node]?.[0]?.data?.main?.[0] ?? []).map((i: any) => i.json);
/** The error a node ended with, if any. */
const errorOf = (execution: any, node: string): string | undefined => execution.data?.resultData?.runData?.[node]?.[0]?.error?.message;
const ran = (execution: any): string[] => Object.keys(execution.data?.resultData?.runData ?? {});

describe(`the trigger examples in n8n ${VERSION}`, () => {
	let sim: Simulator;
	let n8n: RunningN8n;
	let credentials: ImportedCredential[];
	let createdCdrFolder = false;

	async function executionsOf(id: string): Promise<any[]> {
		const page = await n8n.api('GET', `/executions?workflowId=${id}&includeData=true&limit=50`);
		return (page.data as any[]).filter((e) => e.finished || e.stoppedAt);
	}
	async function oneExecution(id: string): Promise<any> {
		const [execution] = await waitUntil(`an execution of ${id}`, async () => {
			const list = await executionsOf(id);
			return list.length ? list : undefined;
		});
		return execution;
	}

	beforeAll(async () => {
		sim = await startSimulator({ port: 0, timeScale: 0.01, agentIdleTimeoutMs: 3_600_000 });
		// Accounts of the third-party services, present (n8n publishes no workflow with a node lacking
		// its credential) but connected to nothing: those nodes are where the examples stop here.
		const thirdParty: ImportedCredential[] = [
			{ id: 'exNoGoogleAccount', name: 'Google Sheets (no account in the test)', type: 'googleSheetsOAuth2Api', data: { clientId: 'no-account', clientSecret: 'no-account' } },
			{ id: 'exNoSlackAccount00', name: 'Slack (no account in the test)', type: 'slackApi', data: { accessToken: 'xoxb-no-account-in-the-test' } },
		];
		credentials = [...sandboxCredentials(sim), ...thirdParty];
		const sinkCredentials: Record<string, Record<string, { id: string; name: string }>> = {
			'n8n-nodes-base.googleSheets': { googleSheetsOAuth2Api: { id: thirdParty[0].id, name: thirdParty[0].name } },
			'n8n-nodes-base.slack': { slackApi: { id: thirdParty[1].id, name: thirdParty[1].name } },
		};
		const workflows = exampleWorkflows(credentials)
			.map((e) => e.workflow)
			.filter((w) => TRIGGER_EXAMPLES.includes(w.id))
			.map((w) => ({ ...w, nodes: w.nodes.map((n: any) => (sinkCredentials[n.type] ? { ...n, credentials: sinkCredentials[n.type] } : n)) }));
		expect(workflows.map((w) => w.id).sort()).toEqual([...TRIGGER_EXAMPLES].sort());
		if (!fs.existsSync(CDR_FOLDER)) {
			fs.mkdirSync(path.join(CDR_FOLDER, 'cdr'), { recursive: true });
			createdCdrFolder = true;
		}
		n8n = await launchN8n({
			version: VERSION,
			credentials,
			workflows,
			env: { N8N_RESTRICT_FILE_ACCESS_TO: CDR_FOLDER, DB_PING_TIMEOUT_MS: '60000' },
			log: (line) => process.stdout.write(`[e2e examples ${VERSION}] ${line}\n`),
		});
		for (const id of TRIGGER_EXAMPLES) await n8n.api('POST', `/workflows/${id}/activate`);
	});

	afterAll(async () => {
		if (n8n) {
			fs.mkdirSync(ARTIFACTS, { recursive: true });
			fs.copyFileSync(n8n.logFile, path.join(ARTIFACTS, `n8n-examples-${VERSION}.log`));
		}
		await n8n?.stop();
		await sim?.close();
		if (createdCdrFolder) fs.rmSync(CDR_FOLDER, { recursive: true, force: true });
	});

	it('campaign results → Google Sheets: one row per new result, keyed by record ID, handed to the sheet', async () => {
		const url = `${n8n.url}/webhook/ex-campaign-results/outbound-result/change-me-to-a-long-random-secret`;
		const records = ['c-1', 'c-2', 'c-3'].map((sessionId, i) => ({ campaignId: '1001', sessionId, called: `1380000000${i}`, callTimeStr: '2030-01-01 10:00:00', callStatus: i === 2 ? 5 : 6, failCode: i === 2 ? '00537' : '0', callId: `call-${sessionId}` }));
		const first = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(records) });
		expect(first.status).toBe(200);
		// CEC repeats a push it thinks was lost: Drop Duplicates keeps the sheet free of repeats.
		const again = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(records) });
		expect(again.status).toBe(200);
		const execution = await oneExecution('exCampaignSheets');
		await new Promise((r) => setTimeout(r, 2000));
		expect(await executionsOf('exCampaignSheets')).toHaveLength(1);
		const rows = output(execution, 'Row per Result');
		expect(rows).toEqual(
			records.map((r) => ({ 'Record ID': expect.stringMatching(/^[0-9a-f]{32}$/), Campaign: '1001', Called: r.called, 'Call Time': '2030-01-01 10:00:00', 'Fail Code': r.failCode, 'Call ID': r.callId })),
		);
		// The sheet node got those rows; with no Google account behind its credential, it stops there.
		expect(ran(execution)).toContain('Upsert Row by Record ID');
		expect(errorOf(execution, 'Upsert Row by Record ID')).toEqual(expect.any(String));
	});

	it('CDR file ready → the signed callback downloads the ZIP and the workflow stores it on disk', async () => {
		// The tenant asks CEC for the day's call records (13.2.1.2); CEC calls the trigger when the file is ready.
		const callbackURL = `${n8n.url}/webhook/ex-cdr-ready/file-ready`;
		const asked = await c2Post(sim.url, '/CCFS/resource/ccfs/queryBillData', { request: { version: '2.0' }, msgBody: { dataType: 'call', callBackURL: callbackURL, beginTime: '2030-01-01 00:00:00', endTime: '2030-01-01 23:59:59' } });
		expect(JSON.stringify(asked.json)).toMatch(/responseId/);
		const execution = await oneExecution('exCdrReadyToDisk');
		expect(execution.status).toBe('success');
		const [stored] = output(execution, 'Store the ZIP');
		// The write node reports the path it wrote: the example's folder and CEC's file name.
		expect(String(stored?.fileName ?? '')).toMatch(new RegExp(`^${CDR_FOLDER}/cdr/\\d{8}_[0-9a-f]{32}\\.zip$`));
		const file = String(stored.fileName);
		expect(fs.readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
	});

	it('agent state change → Slack: the rest and busy events of the sandbox agent reach the Slack message', async () => {
		// Activation signed the sandbox credential's agent (102) in and is polling its events.
		await waitUntil('the agent signed in by the activation', () => sim.injectEvents('102', { eventType: 'AgentState_Busy', content: { e2e: true } }));
		const execution = await oneExecution('exAgentStateSlack');
		const events = output(execution, 'Agent Events');
		expect(events.map((e) => e.eventType)).toContain('AgentState_Busy');
		expect(events[0]).toMatchObject({ workNo: '102' });
		expect(ran(execution)).toContain('Post to Slack');
		expect(errorOf(execution, 'Post to Slack')).toEqual(expect.any(String));
	});

	it('Udesk hangups → Google Sheets: activation subscribes, a hangup push becomes a row for the sheet', async () => {
		await waitUntil('the subscription made by the activation', () => [...sim.udesk.subscriptions.values()].find((s) => s.name === 'n8n-hangups'));
		const [delivery] = await sim.udesk.emit('general_hangup', { call_id: 'example-call-1', hangup_side: 'customer' });
		expect(delivery.status).toBe(200);
		const execution = await oneExecution('exUdeskHangupSheet');
		const [row] = output(execution, 'Row');
		expect(row).toMatchObject({ event: 'general_hangup', receivedAt: expect.any(String) });
		expect(JSON.parse(row.data)).toEqual({ call_id: 'example-call-1', hangup_side: 'customer' });
		expect(ran(execution)).toContain('Append to Sheet');
		expect(errorOf(execution, 'Append to Sheet')).toEqual(expect.any(String));
	});

	it('Tencent CCC number mapping from a CRM: the request reaches the CRM lookup with its mode and key', async () => {
		const data = credentials.find((c) => c.type === 'tencentCccNumberMappingApi')!.data;
		const auth = { user: String(data.user), password: String(data.password) };
		const answer = await sim.tencentCcc.map(`${n8n.url}/webhook/5d2f3c1e-7a4b-4c2e-9f00-0d1e5a7b2001/tencent-ccc/number-mapping`, auth, 'PhoneToUID', ['13988881234']);
		void answer;
		const execution = await oneExecution('exTencentMapCrm');
		expect(output(execution, 'Mapping Request')).toEqual([expect.objectContaining({ Mode: 'PhoneToUID', Key: '13988881234' })]);
		// The CRM of the example is a placeholder address (crm.example.com): its lookup is the one node that cannot run here.
		expect(ran(execution)).toContain('Look Up in CRM');
		expect(errorOf(execution, 'Look Up in CRM')).toMatch(/connection cannot be established|ENOTFOUND|getaddrinfo|EAI_AGAIN/i);
	});
});
