import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { buildProperties, subtitleOf } from '../shared/registry/describe';
import { executeRegistry } from '../shared/registry/execute';
import { buildLookupMethods } from '../shared/registry/lookup';
import { OPERATIONS, RESOURCES } from './operations';

/** The OIAP chatbot management interfaces (reference chapter 10, C3 OIAP token). Every operation is a registry entry in ./operations.ts. */
export class HuaweiCecChatbot implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC Chatbot',
		name: 'huaweiCecChatbot',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitleOf(OPERATIONS),
		description: 'Manage and drive the OIAP chatbot: flows, dialog bindings, dialogs, FAQs, intentions, records, reports, RPA and TTS (reference chapter 10).',
		defaults: { name: 'Huawei CEC Chatbot' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'huaweiCecOiapApi', required: true }],
		properties: buildProperties(RESOURCES, OPERATIONS),
	};

	methods = buildLookupMethods(OPERATIONS, 'huaweiCecOiapApi');

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeRegistry.call(this, OPERATIONS, 'huaweiCecOiapApi');
	}
}
