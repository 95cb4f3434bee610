import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { buildProperties, subtitleOf } from '../shared/registry/describe';
import { executeRegistry } from '../shared/registry/execute';
import { buildLookupMethods } from '../shared/registry/lookup';
import { OPERATIONS, RESOURCES } from './operations';

/** Intelligent quality inspection (CCSQM): scoring, sentences, sensitive words, conversation, interruption, silence and speed rules, scenarios, quality tasks and items, ASR transcription (reference 12.2). Every operation is a registry entry in ./operations.ts. */
export class HuaweiCecQualityManagement implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC Quality Management',
		name: 'huaweiCecQualityManagement',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitleOf(OPERATIONS),
		description: 'Intelligent quality inspection (CCSQM): scoring, sentences, sensitive words, conversation, interruption, silence and speed rules, scenarios, quality tasks and items, ASR transcription (reference 12.2).',
		defaults: { name: 'Huawei CEC Quality Management' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'huaweiCecApiFabricApi', required: true }],
		properties: buildProperties(RESOURCES, OPERATIONS),
	};

	methods = buildLookupMethods(OPERATIONS, 'huaweiCecApiFabricApi');

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeRegistry.call(this, OPERATIONS, 'huaweiCecApiFabricApi');
	}
}
