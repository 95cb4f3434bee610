/**
 * Every webhook trigger's description fields that hold an expression template also carry a native
 * resolver (nodes/shared/webhook/description.ts withNativeResolvers), so n8n 2.x answers a callback
 * without creating a V8 isolate for it. A resolver must compute what its template computes: both
 * are run here, the template through n8n-workflow's own expression evaluation, over the parameter
 * values a user can set.
 */
import fs from 'node:fs';
import path from 'node:path';
import { resolveWebhookDescriptionField, webhookDescriptionIsNativelyResolvable, Workflow, type INode, type INodeType, type INodeTypes, type IWebhookDescription, type INodeParameters } from 'n8n-workflow';

const NODES_DIR = path.join(__dirname, '..', '..', 'nodes');

function webhookNodes(): Array<{ name: string; type: INodeType }> {
	const found: Array<{ name: string; type: INodeType }> = [];
	for (const dir of fs.readdirSync(NODES_DIR)) {
		const file = path.join(NODES_DIR, dir, `${dir}.node.ts`);
		if (!fs.existsSync(file)) continue;
		const exported = require(file) as Record<string, new () => INodeType>;
		const type = new exported[dir]();
		if (type.description.webhooks?.length) found.push({ name: dir, type });
	}
	return found;
}

/** Parameter values that change what the templates compute. */
const PARAMETER_SETS: INodeParameters[] = [
	{},
	{ secretCheck: 'none' },
	{ secretCheck: 'pathSecret', pathSecret: 'Secret-0123456789abcdef' },
	{ secretCheck: 'pathSecret', pathSecret: '' },
	{ secretCheck: 'headerSecret', headerName: 'X-Secret', headerSecret: 'x' },
	{ answer: 'builtIn' },
	{ answer: 'workflow', responseMode: 'onReceived' },
	{ answer: 'workflow', responseMode: 'responseNode' },
	{ answer: 'workflow', responseMode: 'lastNode' },
];

const nodes = webhookNodes();

it('finds the webhook triggers of the package', () => {
	expect(nodes.map((n) => n.name).sort()).toEqual(
		expect.arrayContaining(['HuaweiCecOutboundResultTrigger', 'HuaweiCecFileReadyTrigger', 'TencentCccNumberMappingTrigger', 'UdeskCallCenterTrigger']),
	);
	expect(nodes).toHaveLength(9);
});

describe.each(nodes.map((n) => [n.name, n.type] as const))('%s', (name, type) => {
	const nodeTypes: INodeTypes = {
		getByName: () => type,
		getByNameAndVersion: () => type,
		getKnownTypes: () => ({}),
	};

	it('every webhook description can be read without the expression engine', () => {
		for (const description of type.description.webhooks as IWebhookDescription[]) expect(webhookDescriptionIsNativelyResolvable(description)).toBe(true);
	});

	it.each(PARAMETER_SETS.map((p) => [JSON.stringify(p), p] as const))('the resolvers compute what the templates compute for %s', (_label, parameters) => {
		const node: INode = { id: 'n1', name, type: `n8n-nodes-huawei-cec.${name}`, typeVersion: 1, position: [0, 0], parameters };
		// The Workflow constructor fills in the node's defaults, as n8n does before resolving.
		const workflow = new Workflow({ nodes: [node], connections: {}, active: true, nodeTypes });
		const own = workflow.getNode(name) as INode;
		for (const description of type.description.webhooks as IWebhookDescription[]) {
			for (const [field, template] of Object.entries(description)) {
				if (typeof template !== 'string' || !template.startsWith('=')) continue;
				const native = resolveWebhookDescriptionField(own, description, field);
				expect({ field, resolved: native.resolved }).toEqual({ field, resolved: true });
				const evaluated = workflow.expression.getSimpleParameterValue(own, template, 'internal', {});
				expect({ field, value: native.resolved ? native.value : undefined }).toEqual({ field, value: evaluated });
			}
		}
	});
});
