/**
 * The workflows the end-to-end suite imports into a real n8n. Node parameters of the pack's
 * registry nodes are built from the operation specs (test/registry/sampleValues), so they follow
 * the nodes' own parameter names; the built-in nodes (Webhook, Manual Trigger, Edit Fields,
 * Convert to File, Read/Write Files from Disk) use versions that n8n 1.123 and 2.41 both ship.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { OPERATIONS as CAMPAIGN_OPS } from '../../nodes/HuaweiCecOutboundCampaign/operations';
import { OPERATIONS as CONFIG_OPS } from '../../nodes/HuaweiCecConfiguration/operations';
import { OPERATIONS as VOICE_OPS } from '../../nodes/HuaweiCecVoiceNotification/operations';
import type { OperationSpec } from '../../nodes/shared/registry/types';
import { buildParameters } from '../registry/sampleValues.cjs';
import type { WorkflowJson } from '../../scripts/e2e/n8n.cjs';

export const PKG = 'n8n-nodes-huawei-cec';

type Node = WorkflowJson['nodes'][number];

/** Polls until `fn` gives a value (or the deadline passes, naming what was awaited). */
export async function waitUntil<T>(what: string, fn: () => T | Promise<T>, timeoutMs = 60000): Promise<NonNullable<T>> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const v = await fn();
		if (v) return v as NonNullable<T>;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

export function workflow(id: string, name: string, nodes: Node[], chain: string[][] = []): WorkflowJson {
	const connections: Record<string, { main: Array<Array<{ node: string; type: 'main'; index: number }>> }> = {};
	for (const path of chain) {
		for (let i = 0; i + 1 < path.length; i++) {
			const from = (connections[path[i]] ??= { main: [[]] });
			from.main[0].push({ node: path[i + 1], type: 'main', index: 0 });
		}
	}
	nodes.forEach((n, i) => (n.position ??= [i * 240, 0]));
	return { id, name, nodes, connections, settings: { executionOrder: 'v1' }, active: false };
}

let nodeSeq = 0;
function node(name: string, type: string, typeVersion: number, parameters: IDataObject, extra: IDataObject = {}): Node {
	nodeSeq += 1;
	return { id: `e2e-node-${nodeSeq}`, name, type, typeVersion, parameters, ...extra };
}

export const manualTrigger = (name = 'Start') => node(name, 'n8n-nodes-base.manualTrigger', 1, {});

/** A production webhook that answers with the last node's output (the workflow runs inside the n8n server). */
export const webhook = (name: string, path: string) =>
	node(name, 'n8n-nodes-base.webhook', 2, { httpMethod: 'POST', path, responseMode: 'lastNode', options: {} }, { webhookId: `e2e-${path}` });

/** Parameters of a registry operation: required fields from the spec, `overrides` win; credential-filled fields are left to the credential; default (Simplified) output. */
export function operationParameters(specs: OperationSpec[], section: string, overrides: Record<string, unknown> = {}, additional: Record<string, unknown> = {}): INodeParameters {
	const spec = specs.find((s) => s.section === section);
	if (!spec) throw new Error(`no operation for section ${section}`);
	// The default output (Simplified), as a user's node has it.
	const { output: _raw, ...built } = buildParameters(specs, spec, overrides, additional).parameters;
	for (const field of spec.fields) if ((field as { fromCredential?: unknown }).fromCredential) delete built[field.name];
	return built;
}

export function cecNode(name: string, nodeName: string, parameters: INodeParameters, credentials: Record<string, { id: string; name: string }>, extra: IDataObject = {}): Node {
	return node(name, `${PKG}.${nodeName}`, 1, parameters as IDataObject, { credentials, ...extra });
}

export function today(offsetDays = 0, time = '00:00:00'): string {
	return `${new Date(Date.now() + offsetDays * 86400000).toISOString().slice(0, 10)} ${time}`;
}

/** Campaign, numbers and start (7.1.2 with initStatus suspended, 7.4.1, 7.1.9): run by `n8n execute`. */
export function campaignStartParameters(callbackUrl: string, numbers: string[]) {
	const create = operationParameters(
		CAMPAIGN_OPS,
		'7.1.2',
		{
			name: `e2e campaign ${Date.now()}`,
			strBeginTime: today(0),
			strEndTime: today(30, '23:59:59'),
			callBackUrl: callbackUrl,
			scheduleParam: {
				workdayBeginTime1: '00:00',
				workdayEndTime1: '23:59',
				workdayBeginTime2: '',
				workdayEndTime2: '',
				workdayBeginTime3: '',
				workdayEndTime3: '',
				holidayBeginTime1: '00:00',
				holidayEndTime1: '23:59',
				holidayBeginTime2: '',
				holidayEndTime2: '',
				holidayBeginTime3: '',
				holidayEndTime3: '',
			},
		},
		// An IVR campaign (deviceType 1 needs ivrParam): the dialer calls 10 numbers per round.
		{ initStatus: 1, ivrParam: { deviceSign: '1', callCount: 10, callInterval: 1 } },
	);
	create.deviceType = 1;
	const campaignId = '={{ $("Create Campaign").first().json.id }}';
	const add = operationParameters(CAMPAIGN_OPS, '7.4.1', {
		campaignId: 1,
		callDataList: numbers.map((called, i) => ({ sessionId: `e2e${String(i).padStart(4, '0')}`, called })),
	});
	setExpression(add, 'campaignId', campaignId);
	const start = operationParameters(CAMPAIGN_OPS, '7.1.9', { campaignId: 1 });
	setExpression(start, 'campaignId', campaignId);
	return { create, add, start };
}

/** Puts an expression into the parameter(s) of a field, plain or resource locator (`{__rl, mode, value}`). */
function setExpression(parameters: INodeParameters, field: string, expression: string): void {
	const keys = Object.keys(parameters).filter((k) => k === field || k.startsWith(`${field}_`));
	if (!keys.length) throw new Error(`no parameter for field ${field} in ${Object.keys(parameters).join(', ')}`);
	for (const key of keys) {
		const current = parameters[key] as IDataObject | undefined;
		parameters[key] = (current && typeof current === 'object' && '__rl' in current ? { __rl: true, mode: 'id', value: expression } : expression) as never;
	}
}

export const queryParameters = {
	/** 7.1.7 Querying All Outbound Campaigns (C2, GET with the VDN in the path). */
	c2: () => operationParameters(CAMPAIGN_OPS, '7.1.7', { curPage: 1, rowsPerPage: 10 }),
	/** 5.1.4 Querying Agent Account Information (C1 API Fabric). */
	c1: () => operationParameters(CONFIG_OPS, '5.1.4'),
	/** 14.3 Creating a Voice Notification (V2), callback to the trigger's production URL. */
	voice: (callbackUrl: string, called: string) =>
		operationParameters(VOICE_OPS, '14.3', { called, playList: [{ templateId: '1', templateParams: ['e2e'] }] }, { callBackUrl: callbackUrl }),
};

export const builtin = {
	/** Edit Fields (Set) 3.4, only the listed fields, as strings. */
	pick: (name: string, fields: string[]) =>
		node(name, 'n8n-nodes-base.set', 3.4, {
			mode: 'manual',
			assignments: { assignments: fields.map((f, i) => ({ id: `a${i}`, name: f, value: `={{ $json.${f} }}`, type: 'string' })) },
			includeOtherFields: false,
			options: {},
		}),
	toCsv: (name: string) => node(name, 'n8n-nodes-base.convertToFile', 1.1, { operation: 'csv', binaryPropertyName: 'data', options: { headerRow: false } }),
	appendFile: (name: string, fileName: string) =>
		node(name, 'n8n-nodes-base.readWriteFile', 1, { operation: 'write', fileName, dataPropertyName: 'data', options: { append: true } }),
	writeFile: (name: string, fileName: string, property = 'data') =>
		node(name, 'n8n-nodes-base.readWriteFile', 1, { operation: 'write', fileName, dataPropertyName: property, options: {} }),
};
