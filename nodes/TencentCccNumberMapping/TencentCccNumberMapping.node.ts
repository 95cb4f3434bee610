import { NodeConnectionTypes } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { checkMappingAnswer, failure, MAPPING_CODES, type MappingAnswer } from '../shared/tencent/mappingRequest';

/**
 * The last node of a "From the workflow" Tencent CCC Number Mapping Trigger: turns the workflow's
 * items (one per number, with the number or ID and what it maps to) into the one answer the
 * contact center expects, {"Code": 0, "Results": [{"Key", "Value"}]}. A wrong shape is answered
 * Code 5 and logged, so the contact center never waits on a malformed answer.
 */
export class TencentCccNumberMapping implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Tencent CCC Number Mapping',
		name: 'tencentCccNumberMapping',
		icon: { light: 'file:../../icons/tencentCcc.svg', dark: 'file:../../icons/tencentCcc.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"]}}',
		description: 'Builds the answer of a Tencent CCC number mapping request from the workflow\'s items',
		defaults: { name: 'Tencent CCC Number Mapping' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Build Answer', value: 'buildAnswer', action: 'Build mapping answer', description: 'Combine all input items into the one answer item Tencent CCC expects (Code and Results)' }],
				default: 'buildAnswer',
			},
			{
				displayName: 'Key Field',
				name: 'keyField',
				type: 'string',
				default: 'Key',
				description: 'Field of each item holding the requested number or ID (the trigger emits it as Key)',
			},
			{
				displayName: 'Value Field',
				name: 'valueField',
				type: 'string',
				default: 'Value',
				description: 'Field of each item holding what the number or ID maps to: the ID (PhoneToUID) or [country code + number] (UIDToPhone)',
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const keyField = this.getNodeParameter('keyField', 0, 'Key') as string;
		const valueField = this.getNodeParameter('valueField', 0, 'Value') as string;
		const results = items.map((item) => ({ Key: (item.json as IDataObject)[keyField], Value: (item.json as IDataObject)[valueField] }));
		const checked = checkMappingAnswer({ Code: MAPPING_CODES.ok, Results: results });
		let answer: MappingAnswer;
		if (typeof checked === 'string') {
			const message = `the workflow's items do not give a mapping answer: ${checked.replace('Results', 'item').replace(/"Key"/, `"${keyField}"`).replace(/"Value"/, `"${valueField}"`)}`;
			this.logger.warn(`Tencent CCC number mapping: answering Code ${MAPPING_CODES.badWorkflowAnswer}: ${message}`);
			answer = failure(MAPPING_CODES.badWorkflowAnswer, message);
		} else {
			answer = checked;
		}
		return [[{ json: answer as unknown as IDataObject, pairedItem: items.map((_, item) => ({ item })) }]];
	}
}
