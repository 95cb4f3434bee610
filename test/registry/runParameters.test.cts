/**
 * readParameter (nodes/shared/registry/runParameters.ts) must give what n8n's getNodeParameter
 * gives: parameters without an expression are resolved once per run, and a parameter that only
 * reads the input item (`={{ $json.x }}`) is read without the expression engine. Both ways are run
 * side by side here in n8n-core, over values and paths where the two could differ.
 */
import { NodeConnectionTypes, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { plainJsonPath, readParameter } from '../../nodes/shared/registry/runParameters';
import { createHarness, type Harness } from '../helpers/n8n.cjs';

const EXPRESSIONS = [
	'={{ $json.value }}',
	'={{$json.value}}',
	'={{ $json["value"] }}',
	"={{ $json['value'] }}",
	'={{ $json.nested.value }}',
	'={{ $json["with space"] }}',
	'={{ $json.missing }}',
	'={{ $json.nested.missing }}',
	'={{ $json.constructor }}',
	'={{ $json.value || "fallback" }}',
	'={{ $json.value }} and text',
	'fixed text',
];

/** A node that reads every parameter both ways, for every item. */
class ReadBothWays implements INodeType {
	description = {
		displayName: 'Read Both Ways',
		name: 'readBothWays',
		group: ['transform'],
		version: 1,
		description: 'test node',
		defaults: { name: 'Read Both Ways' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: EXPRESSIONS.map((_, i) => ({ displayName: `P${i}`, name: `p${i}`, type: 'string', default: '' })),
	} as INodeTypeDescription;

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const read = (fn: () => unknown) => {
			try {
				return { value: fn() };
			} catch (error) {
				return { error: (error as Error).message };
			}
		};
		return [
			this.getInputData().map((_, itemIndex) => ({
				json: Object.fromEntries(EXPRESSIONS.map((_e, i) => [`p${i}`, { n8n: read(() => this.getNodeParameter(`p${i}`, itemIndex)), ours: read(() => readParameter(this, `p${i}`, itemIndex)) }])) as IDataObject,
				pairedItem: { item: itemIndex },
			})),
		];
	}
}

let n8n: Harness;
beforeAll(async () => {
	n8n = await createHarness({});
});

it('recognizes only plain reads of the input item', () => {
	expect(plainJsonPath('={{ $json.value }}')).toEqual(['value']);
	expect(plainJsonPath('={{ $json["with space"].x }}')).toEqual(['with space', 'x']);
	expect(plainJsonPath("={{ $json['a'] }}")).toEqual(['a']);
	for (const other of ['={{ $json.value || "x" }}', '={{ $json.value }} and text', '={{ $json.list[0] }}', '={{ $json.a() }}', '={{ $json?.a }}', '={{ $node["X"].json.a }}', 'plain', '={{ $json }}']) {
		expect(plainJsonPath(other)).toBeUndefined();
	}
});

it('reads every parameter as n8n resolves it, item by item', async () => {
	const values: unknown[] = ['13900000001', '', ' padded ', 0, 42, -1.5, 12345678901234567890, true, false, null, '=not an expression', '{{ braces }}', { object: 1 }, ['a', 'b']];
	const items = values.map((value) => ({ value, nested: { value }, 'with space': value })) as IDataObject[];
	items.push({ nested: null }, {});
	const parameters = Object.fromEntries(EXPRESSIONS.map((e, i) => [`p${i}`, e]));
	const r = await n8n.runNode(new ReadBothWays(), parameters, items);
	expect(r.error).toBeUndefined();
	const out = r.outputs[0];
	expect(out).toHaveLength(items.length);
	for (const [itemIndex, item] of out.entries()) {
		for (const [name, both] of Object.entries(item.json as Record<string, { n8n: unknown; ours: unknown }>)) {
			expect({ itemIndex, name, value: both.ours }).toEqual({ itemIndex, name, value: both.n8n });
		}
	}
});
