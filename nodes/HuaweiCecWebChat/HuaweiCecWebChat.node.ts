import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { buildProperties, subtitleOf } from '../shared/registry/describe';
import { executeRegistry } from '../shared/registry/execute';
import { buildLookupMethods } from '../shared/registry/lookup';
import { OPERATIONS, RESOURCES } from './operations';

/** Web chat as the customer side sees it: token, messages, files, satisfaction, history, click-to-dial, email, WhatsApp and the online chat workbench (reference chapter 11). Every operation is a registry entry in ./operations.ts. */
export class HuaweiCecWebChat implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC Web Chat',
		name: 'huaweiCecWebChat',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitleOf(OPERATIONS),
		description: 'Web chat as the customer side sees it: token, messages, files, satisfaction, history, click-to-dial, email, WhatsApp and the online chat workbench (reference chapter 11).',
		defaults: { name: 'Huawei CEC Web Chat' },
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
