/**
 * The corrections of the PDF's rendering defects, family by family, as bytes on the wire: each
 * operation runs through n8n-core against the simulator, and the request the simulator logged is
 * compared with literal vendor spellings (ccId, voicecall, queryParam, mediaTypeId, templateId...),
 * never with values derived from the specs. The simulator judges with its own evidence table, so
 * the PDF's spellings (sent here through Body Override, as an old workflow would) are refused the
 * way a real server refuses them: the vendor's mandatory field is missing.
 */
import type { IDataObject } from 'n8n-workflow';
import { HuaweiCecConfiguration } from '../../nodes/HuaweiCecConfiguration/HuaweiCecConfiguration.node';
import { OPERATIONS as CONFIG_OPS } from '../../nodes/HuaweiCecConfiguration/operations';
import { HuaweiCecFileService } from '../../nodes/HuaweiCecFileService/HuaweiCecFileService.node';
import { OPERATIONS as FS_OPS } from '../../nodes/HuaweiCecFileService/operations';
import { HuaweiCecKnowledgeBase } from '../../nodes/HuaweiCecKnowledgeBase/HuaweiCecKnowledgeBase.node';
import { OPERATIONS as KB_OPS } from '../../nodes/HuaweiCecKnowledgeBase/operations';
import { HuaweiCecQualityManagement } from '../../nodes/HuaweiCecQualityManagement/HuaweiCecQualityManagement.node';
import { OPERATIONS as QM_OPS } from '../../nodes/HuaweiCecQualityManagement/operations';
import { HuaweiCecReports } from '../../nodes/HuaweiCecReports/HuaweiCecReports.node';
import { OPERATIONS as REPORT_OPS } from '../../nodes/HuaweiCecReports/operations';
import { HuaweiCecVoiceNotification } from '../../nodes/HuaweiCecVoiceNotification/HuaweiCecVoiceNotification.node';
import { OPERATIONS as VOICE_OPS } from '../../nodes/HuaweiCecVoiceNotification/operations';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import type { OperationSpec } from '../../nodes/shared/registry/types';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import type { RequestLogEntry } from '../../simulator/types.cjs';
import { createHarness, simulatorCredentials, type Harness } from '../helpers/n8n.cjs';
import { buildParameters } from '../registry/sampleValues.cjs';
import { execute, harnessFor } from './agentWorkbench.support.cjs';

let sim: Simulator;
let n8n: Harness;
beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01 });
	n8n = await createHarness(simulatorCredentials(sim));
});
afterAll(async () => await sim.close());
beforeEach(() => {
	tokenCache.clear();
	sim.reset();
	sim.clearRequests();
});

const find = (specs: OperationSpec[], section: string): OperationSpec => {
	const spec = specs.find((s) => s.section === section);
	if (!spec) throw new Error(`no spec ${section}`);
	return spec;
};
const sentTo = (path: string): RequestLogEntry[] => sim.requests.filter((r) => r.path === path);
const bodyOf = (entry: RequestLogEntry): unknown => JSON.parse(entry.body);
const CMS = '/rest/cmsapp/v1/openapi';

describe('CC-CMS (Reports): ccId, the queryParam wrapper, result paths', () => {
	const reports = new HuaweiCecReports();

	it('12.3.1.1.9 configures/skills is sent as {"queryParam":{"ccId":1,"vdn":1}} and answered', async () => {
		const built = buildParameters(REPORT_OPS, find(REPORT_OPS, '12.3.1.1.9'), { ccId: 1, vdn: 1 });
		const r = await n8n.runNode(reports, built.parameters);
		expect(r.error).toBeUndefined();
		const [request] = sentTo(`${CMS}/configures/skills`);
		expect(request.body).toBe('{"queryParam":{"ccId":1,"vdn":1}}');
		expect(r.outputs[0].length).toBeGreaterThan(0);
	});

	it('12.3.1.3.8 pages inside the wrapper: offset and limit travel in queryParam', async () => {
		const built = buildParameters(REPORT_OPS, find(REPORT_OPS, '12.3.1.3.8'), { ccId: 1, vdn: 1 });
		const r = await n8n.runNode(reports, { ...built.parameters, returnAll: false, limit: 7 });
		expect(r.error).toBeUndefined();
		const [request] = sentTo(`${CMS}/agentgroup/agentrestinfos`);
		expect(bodyOf(request)).toEqual({ queryParam: { ccId: 1, vdn: 1, offset: 0, limit: 7 } });
	});

	it('12.3.1.1.11 sends innoIds (cec_07_2542), not the PDF innolds', async () => {
		const built = buildParameters(REPORT_OPS, find(REPORT_OPS, '12.3.1.1.11'), { ccId: 1, vdn: 1, innoIds: [3, 4] });
		const r = await n8n.runNode(reports, built.parameters);
		expect(r.error).toBeUndefined();
		expect(bodyOf(sentTo(`${CMS}/vdn/queryaccesscodecallinfo`)[0])).toEqual({ ccId: 1, vdn: 1, innoIds: [3, 4] });
	});

	it('12.3.1.1.13 querycalls V2: Return All reads the rows under resultDesc.data', async () => {
		const built = buildParameters(REPORT_OPS, find(REPORT_OPS, '12.3.1.1.13'), { ccId: 1, vdn: 1, beginDate: 1700000000000, endDate: 1700000600000, isCallIn: 'true' });
		const r = await n8n.runNode(reports, { ...built.parameters, returnAll: true });
		expect(r.error).toBeUndefined();
		const [request] = sentTo('/rest/cmsapp/v2/openapi/vdn/querycalls');
		expect(bodyOf(request)).toEqual({ ccId: 1, vdn: 1, beginDate: 1700000000000, endDate: 1700000600000, isCallIn: 'true', offset: 0, limit: 100 });
		// The documented answer carries its calls under resultDesc.data: one item per call.
		expect(r.outputs[0].length).toBeGreaterThan(0);
		for (const item of r.outputs[0]) expect(item.json).toHaveProperty('callId');
	});

	it("the PDF's cclId (a Body Override of an old workflow) is refused as a request without ccId", async () => {
		const built = buildParameters(REPORT_OPS, find(REPORT_OPS, '12.3.1.1.1'), { ccId: 1, vdn: 1 });
		const r = await n8n.runNode(reports, { ...built.parameters, options: { rawBody: JSON.stringify({ cclId: 1, vdn: 1 }) } });
		expect(r.error?.name).toBe('NodeApiError');
		expect(`${r.error?.message} ${r.error?.description ?? ''}`).toMatch(/0100002/);
		expect(JSON.parse(sim.requests.at(-1)!.body)).toEqual({ cclId: 1, vdn: 1 });
		expect((await n8n.runNode(reports, built.parameters)).error).toBeUndefined();
	});
});

describe('CC-Gateway call control: the voicecall paths', () => {
	it('preview callout, inner help and reject go to /agentgateway/resource/voicecall/101/... and are routed by the gateway', async () => {
		const agent = await harnessFor(sim, 101);
		expect((await execute(sim, agent, 'workbench', 'agent', 'signIn')).error).toBeUndefined();
		const preview = await execute(sim, agent, 'workbench', 'call', 'makePreviewCall', { called: '13800004321' });
		const help = await execute(sim, agent, 'workbench', 'call', 'requestHelp', { dstaddress: '102', devicetype: 2, mode: 1 });
		const reject = await execute(sim, agent, 'workbench', 'call', 'reject', { mode: 2 });
		const first = (e: { sent: RequestLogEntry[] }) => e.sent.find((q) => q.path.startsWith('/agentgateway/resource/voicecall/'));
		expect([first(preview), first(help), first(reject)].map((q) => [q?.method, q?.path, q?.section, q?.status])).toEqual([
			['PUT', '/agentgateway/resource/voicecall/101/previewCallout', '6.1.2.2', 200],
			['POST', '/agentgateway/resource/voicecall/101/innerhelp', '6.1.2.5', 200],
			['POST', '/agentgateway/resource/voicecall/101/reject', '6.1.2.22', 200],
		]);
		expect(sim.requests.some((q) => /voicercall|voicerecall|voicell/.test(q.path))).toBe(false);
		await execute(sim, agent, 'workbench', 'agent', 'signOut');
	});
});

describe('Configuration (C1): I/l names', () => {
	const config = new HuaweiCecConfiguration();

	it('5.2.4 querySkills sends mediaTypeId and skillIds (cec_07_0037)', async () => {
		const built = buildParameters(CONFIG_OPS, find(CONFIG_OPS, '5.2.4'), {}, { mediaTypeId: '5', skillIds: [1, 2] });
		const r = await n8n.runNode(config, { ...built.parameters, returnAll: false, limit: 10 });
		expect(r.error).toBeUndefined();
		expect(bodyOf(sentTo('/apiaccess/rest/cc-management/v1/skill/querySkills')[0])).toEqual({ mediaTypeId: '5', skillIds: [1, 2], offset: '0', limit: '10' });
	});

	it('5.3.1 queryAccessCodeList sends mediatypeId (cec_07_0039)', async () => {
		const built = buildParameters(CONFIG_OPS, find(CONFIG_OPS, '5.3.1'), {}, { mediatypeId: 5 });
		const r = await n8n.runNode(config, { ...built.parameters, returnAll: false, limit: 10 });
		expect(r.error).toBeUndefined();
		expect(bodyOf(sentTo('/apiaccess/rest/cc-management/v1/accessCodeInfo/queryAccessCodeList')[0])).toEqual({ mediatypeId: 5, offset: 0, limit: 10 });
	});
});

describe('Voice notification: templateId and callBackUrl', () => {
	const voice = new HuaweiCecVoiceNotification();

	it('14.3 V2 sends playList[].templateId and callBackUrl (cec_07_0077 / cec_07_2802) and the simulator accepts the template', async () => {
		const built = buildParameters(VOICE_OPS, find(VOICE_OPS, '14.3'), { called: '13800001234', playList: [{ templateId: '1226170940666061826', templateParams: ['3'] }] }, { callBackUrl: 'aHR0cDovLzEyNy4wLjAuMTo5L2NhbGxiYWNr' });
		const r = await n8n.runNode(voice, built.parameters);
		expect(r.error).toBeUndefined();
		const [request] = sentTo('/apiaccess/rest/voiceNotification/v2/createVoiceNotification');
		expect(bodyOf(request)).toEqual({ called: '13800001234', callBackUrl: 'aHR0cDovLzEyNy4wLjAuMTo5L2NhbGxiYWNr', playList: [{ templateId: '1226170940666061826', templateParams: ['3'] }] });
		expect(r.outputs[0][0].json.retCode).toBe('0');
	});

	it("the PDF's playList[].templated is an unknown key: no template, the documented error 12", async () => {
		const built = buildParameters(VOICE_OPS, find(VOICE_OPS, '14.3'), { called: '13800001234', playList: [{ templateId: '1' }] });
		const r = await n8n.runNode(voice, { ...built.parameters, options: { rawBody: JSON.stringify({ called: '13800001234', playList: [{ templated: '1226170940666061826' }] }) } });
		expect(r.error?.name).toBe('NodeApiError');
		expect(`${r.error?.message} ${r.error?.description ?? ''}`).toMatch(/retCode 12|\b12\b/);
	});
});

describe('Knowledge base (SIA): beyondColuId, kngId, ccId', () => {
	const kb = new HuaweiCecKnowledgeBase();

	it('9.2.2 sends beyondColuId and ccId (cec_07_1805); 9.2.4 sends kngId', async () => {
		const category = buildParameters(KB_OPS, find(KB_OPS, '9.2.2'), { 'X-TenantSpaceID': 'demo-tenant', beyondColuId: '0' }, { ccId: 1, vdn: 1 });
		expect((await n8n.runNode(kb, category.parameters)).error).toBeUndefined();
		expect(bodyOf(sentTo('/rest/ccikbs/v1/columnkngapi/queryColumnsBySuperCode')[0])).toEqual({ beyondColuId: '0', ccId: 1, vdn: 1 });

		const download = buildParameters(KB_OPS, find(KB_OPS, '9.2.4'), { 'X-TenantSpaceID': 'demo-tenant', kngId: 'k1', fileKey: 'f1' });
		const r = await n8n.runNode(kb, download.parameters);
		expect(r.error).toBeUndefined();
		expect(bodyOf(sentTo('/rest/ccikbs/v1/knowledge/download')[0])).toEqual({ kngId: 'k1', fileKey: 'f1' });
		expect(String(r.outputs[0][0].json.url)).toContain('/obs/ccikbs/file/k1/f1');
	});
});

describe('CC-FS (File Service): locationId', () => {
	it('13.2.1.10 downloadOiapRecord sends ?locationId= (cec_07_4230), not the PDF locationid', async () => {
		const built = buildParameters(FS_OPS, find(FS_OPS, '13.2.1.10'), {}, { locationId: 3 });
		await n8n.runNode(new HuaweiCecFileService(), built.parameters);
		const [request] = sentTo('/CCFS/resource/ccfs/downloadOiapRecord');
		expect(request.rawQuery).toBe('locationId=3');
		expect(request.status).toBe(200);
	});
});

describe('Quality Management: at most 10 per request (12.2.2.4, 12.2.2.5, 12.2.3.2, 12.2.3.6)', () => {
	const qm = new HuaweiCecQualityManagement();

	it.each(['12.2.2.4', '12.2.2.5', '12.2.3.2', '12.2.3.6'])('%s: Return All and the default Limit page with limit 10', async (section) => {
		const spec = find(QM_OPS, section);
		const built = buildParameters(QM_OPS, spec);
		const all = await n8n.runNode(qm, { ...built.parameters, returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.outputs[0].length).toBeGreaterThan(0);
		const pages = sentTo(spec.path);
		expect(pages.length).toBeGreaterThan(0);
		for (const page of pages) expect((bodyOf(page) as IDataObject).limit).toBe(10);

		sim.clearRequests();
		const byDefault = await n8n.runNode(qm, { ...built.parameters, returnAll: false });
		expect(byDefault.error).toBeUndefined();
		expect((bodyOf(sentTo(spec.path)[0]) as IDataObject).limit).toBe(10);
	});

	it('12.2.13.2 starts a regular quality task at .../regularqualitytask/beginQualityTask (cec_07_0221; the PDF prints bigenQualityTask)', async () => {
		const built = buildParameters(QM_OPS, find(QM_OPS, '12.2.13.2'));
		const r = await n8n.runNode(qm, built.parameters);
		expect(r.error).toBeUndefined();
		const [request] = sentTo('/apiaccess/CCSQM/rest/ccisqm/v1/regularqualitytask/beginQualityTask');
		expect([request.method, request.section, request.status]).toEqual(['POST', '12.2.13.2', 200]);
	});

	it('a Limit below the documented minimum of 5 still sends 5 and returns only Limit rows', async () => {
		const spec = find(QM_OPS, '12.2.2.4');
		const built = buildParameters(QM_OPS, spec);
		const r = await n8n.runNode(qm, { ...built.parameters, returnAll: false, limit: 2 });
		expect(r.error).toBeUndefined();
		expect(r.outputs[0]).toHaveLength(2);
		expect(bodyOf(sentTo(spec.path)[0])).toMatchObject({ page: 1, limit: 5 });
	});
});
