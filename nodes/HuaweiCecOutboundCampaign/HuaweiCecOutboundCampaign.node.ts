import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { testAkSkCredential } from '../shared/credentialTests';
import { buildProperties, subtitleOf } from '../shared/registry/describe';
import { executeRegistry } from '../shared/registry/execute';
import { buildLookupMethods } from '../shared/registry/lookup';
import { OPERATIONS, RESOURCES } from './operations';

/** Run outbound campaigns: campaigns, retry policies, holidays, blacklist, outbound data, results and call records (reference chapter 7). Every operation is a registry entry in ./operations.ts. */
export class HuaweiCecOutboundCampaign implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC Outbound Campaign',
		name: 'huaweiCecOutboundCampaign',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitleOf(OPERATIONS),
		description: 'Run outbound campaigns: campaigns, retry policies, holidays, blacklist, outbound data, results and call records (reference chapter 7).',
		defaults: { name: 'Huawei CEC Outbound Campaign' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'huaweiCecAkSkApi', required: true, testedBy: 'testAkSk' }],
		properties: buildProperties(RESOURCES, OPERATIONS),
	};

	methods = { ...buildLookupMethods(OPERATIONS, 'huaweiCecAkSkApi'), credentialTest: { testAkSk: testAkSkCredential } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeRegistry.call(this, OPERATIONS, 'huaweiCecAkSkApi');
	}
}
