import type { INodeProperties, INodeType } from 'n8n-workflow';
import { HuaweiCecBidirectionalCall } from '../../nodes/HuaweiCecBidirectionalCall/HuaweiCecBidirectionalCall.node';
import { HuaweiCecConfiguration } from '../../nodes/HuaweiCecConfiguration/HuaweiCecConfiguration.node';
import { OPERATIONS as CONFIG_OPS } from '../../nodes/HuaweiCecConfiguration/operations';
import { HuaweiCecOutboundCampaign } from '../../nodes/HuaweiCecOutboundCampaign/HuaweiCecOutboundCampaign.node';
import { OPERATIONS as CAMPAIGN_OPS } from '../../nodes/HuaweiCecOutboundCampaign/operations';
import { HuaweiCecVoiceNotification } from '../../nodes/HuaweiCecVoiceNotification/HuaweiCecVoiceNotification.node';
import { OPERATIONS as VOICE_OPS } from '../../nodes/HuaweiCecVoiceNotification/operations';
import { OPERATIONS as CALL_OPS } from '../../nodes/HuaweiCecBidirectionalCall/operations';
import { operationRows } from '../../nodes/shared/registry/describe';
import { binaryFields, binaryParameterName, pagingFieldNames } from '../../nodes/shared/registry/params';
import { buildRequestPlan } from '../../nodes/shared/registry/plan';
import type { OperationSpec } from '../../nodes/shared/registry/types';
import { validateValues } from '../../nodes/shared/registry/validate';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const NODES: Array<[INodeType, OperationSpec[]]> = [
	[new HuaweiCecConfiguration(), CONFIG_OPS],
	[new HuaweiCecOutboundCampaign(), CAMPAIGN_OPS],
	[new HuaweiCecVoiceNotification(), VOICE_OPS],
	[new HuaweiCecBidirectionalCall(), CALL_OPS],
];

const spec = (ops: OperationSpec[], section: string): OperationSpec => {
	const found = ops.find((o) => o.section === section);
	if (!found) throw new Error(`no ${section}`);
	return found;
};

describe('registry and node UI agree', () => {
	it.each(NODES.map(([node, ops]) => [node.description.name, node, ops] as const))('%s: every row is an operation in the UI, and every UI operation has a row', (_name, node, ops) => {
		const props = node.description.properties as INodeProperties[];
		const ui = new Set<string>();
		for (const p of props.filter((p) => p.name === 'operation')) {
			const resource = p.displayOptions?.show?.resource?.[0] as string;
			for (const o of p.options as Array<{ value: string }>) ui.add(`${resource}:${o.value}`);
		}
		const rows = new Set(operationRows(node.description.name, ops).map((r) => `${r.resource}:${r.operation}`));
		expect([...ui].sort()).toEqual([...rows].sort());
		expect(node.description.usableAsTool).toBe(true);
	});

	it('every spec field appears in the UI of its operation', () => {
		for (const [node, ops] of NODES) {
			const props = node.description.properties as INodeProperties[];
			for (const op of ops) {
				const visible = props.filter((p) => p.displayOptions?.show?.operation?.includes(op.operation) && p.displayOptions?.show?.resource?.includes(op.resource));
				const names = new Set(visible.flatMap((p) => (p.name === 'additionalFields' ? (p.options as INodeProperties[]).map((o) => o.name) : [p.name])));
				// Paging fields are driven by Return All/Limit; binary fields by their input binary property.
				const notTyped = new Set([...pagingFieldNames(op), ...binaryFields(op).filter((b) => !b.parent).map((b) => b.field.name)]);
				for (const paged of pagingFieldNames(op)) expect([paged, names.has('returnAll') && names.has('limit')]).toEqual([paged, true]);
				for (const { field } of binaryFields(op).filter((b) => !b.parent)) expect([field.name, names.has(binaryParameterName(field))]).toEqual([field.name, true]);
				for (const field of op.fields.filter((f) => !notTyped.has(f.name))) expect([...names].some((n) => n === field.name.replace(/[^A-Za-z0-9_]/g, '_') || n.startsWith(`${field.name.replace(/[^A-Za-z0-9_]/g, '_')}_`))).toBe(true);
			}
		}
	});

	it('the built dist/operations.json matches the registry (run npm run build first)', () => {
		const file = join(__dirname, '..', '..', 'dist', 'operations.json');
		expect(existsSync(file)).toBe(true);
		// Other registry nodes (Agent Workbench...) add their own rows: compare these four nodes' rows, whole.
		const mine = new Set(NODES.map(([node]) => `n8n-nodes-huawei-cec.${node.description.name}`));
		const built: Array<{ node: string }> = JSON.parse(readFileSync(file, 'utf8'));
		const expected = NODES.flatMap(([node, ops]) => operationRows(`n8n-nodes-huawei-cec.${node.description.name}`, ops));
		const key = (r: object) => JSON.stringify(r);
		expect(built.filter((r) => mine.has(r.node)).map(key).sort()).toEqual(expected.map(key).sort());
	});
});

describe('validation built from the reference (7.3.1 blacklist, 5.1.1 agent)', () => {
	const blacklist = spec(CAMPAIGN_OPS, '7.3.1');
	const ok = { 'path:vdnId': 1, 'body:blocklist': ['13100000000'] };

	it('accepts documented values', () => {
		expect(validateValues(blacklist, { ...ok, 'body:validityTime': 120, 'body:restrictPeriod': '1' })).toBeUndefined();
	});

	it.each([
		['required', { 'path:vdnId': 1 }, /^blocklist: is required \(7\.3\.1\)$/],
		['integer range', { ...ok, 'path:vdnId': 0 }, /^vdnId: must be at least 1/],
		['integer range high', { ...ok, 'body:validityTime': 121 }, /^validityTime: must be at most 120/],
		['whole number', { ...ok, 'body:validityTime': 1.5 }, /^validityTime: must be a whole number/],
		['array size', { ...ok, 'body:blocklist': Array.from({ length: 21 }, (_v, i) => String(i)) }, /^blocklist: must have at most 20 items/],
		['enum', { ...ok, 'body:restrictPeriod': '7' }, /^restrictPeriod: must be one of "0" \(Every Hour\), "1" \(Every Day\)/],
		['type', { ...ok, 'body:validityExpirationTime': 5 }, /^validityExpirationTime: must be text/],
	])('rejects a bad value: %s', (_rule, values, message) => {
		expect(validateValues(blacklist, values)).toMatch(message);
	});

	it('checks string lengths and nested objects', () => {
		const create = spec(CONFIG_OPS, '5.1.1');
		const problem = validateValues(create, { 'body:userAccount': 'abc' });
		expect(problem).toMatch(/^(userAccount: must be at least 6 characters|\w+: is required) \(5\.1\.1\)$/);
	});

	it('sends the 5.1.1 body without the requestParam wrapper the example omits, and says why', () => {
		const create = spec(CONFIG_OPS, '5.1.1');
		expect(create.fields.some((f) => f.name === 'requestParam')).toBe(false);
		expect(create.shapeNote).toMatch(/requestParam/);
		const plan = buildRequestPlan(create, { 'body:userAccount': 'agent001', 'body:userName': 'A' });
		expect(plan.body).toEqual({ userAccount: 'agent001', userName: 'A' });
	});

	it('fills path placeholders and keeps the documented path', () => {
		const plan = buildRequestPlan(blacklist, ok);
		expect(plan).toMatchObject({ method: 'POST', path: '/rest/isales/v1/openapi/campaigns/1/blocklist/add', body: { blocklist: ['13100000000'] } });
	});

	it('marks superseded versions legacy and keeps the current version the default', () => {
		expect(spec(CAMPAIGN_OPS, '7.1.1').legacy).toBe(true);
		expect(spec(CAMPAIGN_OPS, '7.1.2').legacy).toBeUndefined();
		expect(spec(VOICE_OPS, '14.3').aliases).toEqual(['6.2.10']);
	});
});
