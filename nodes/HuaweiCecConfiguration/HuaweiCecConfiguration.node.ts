import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { buildProperties, subtitleOf } from '../shared/registry/describe';
import { executeRegistry } from '../shared/registry/execute';
import { buildLookupMethods } from '../shared/registry/lookup';
import { OPERATIONS, RESOURCES } from './operations';

/** Configure the call center: agents, skill queues, access codes and called routes, IVR flows, satisfaction, voice files and TTS templates (reference chapter 5 and 6.4). Every operation is a registry entry in ./operations.ts. */
export class HuaweiCecConfiguration implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC Configuration',
		name: 'huaweiCecConfiguration',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitleOf(OPERATIONS),
		description: 'Configure the call center: agents, skill queues, access codes and called routes, IVR flows, satisfaction, voice files and TTS templates (reference chapter 5 and 6.4).',
		defaults: { name: 'Huawei CEC Configuration' },
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
