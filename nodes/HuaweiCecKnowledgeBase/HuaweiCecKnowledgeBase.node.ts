import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { buildProperties, subtitleOf } from '../shared/registry/describe';
import { executeRegistry } from '../shared/registry/execute';
import { buildLookupMethods } from '../shared/registry/lookup';
import { OPERATIONS, RESOURCES } from './operations';

/** The CC-iKBS knowledge base queries (reference 9.2.1-9.2.4, SIA token). Every operation is a registry entry in ./operations.ts. */
export class HuaweiCecKnowledgeBase implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC Knowledge Base',
		name: 'huaweiCecKnowledgeBase',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitleOf(OPERATIONS),
		description: 'Search the CC-iKBS knowledge base: knowledge details, categories, the knowledge list and attachment download addresses (reference 9.2).',
		defaults: { name: 'Huawei CEC Knowledge Base' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'huaweiCecSiaApi', required: true }],
		properties: buildProperties(RESOURCES, OPERATIONS),
	};

	methods = buildLookupMethods(OPERATIONS, 'huaweiCecSiaApi');

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeRegistry.call(this, OPERATIONS, 'huaweiCecSiaApi');
	}
}
