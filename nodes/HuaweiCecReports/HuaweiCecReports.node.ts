import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { testAkSkCredential } from '../shared/credentialTests';
import { buildProperties, subtitleOf } from '../shared/registry/describe';
import { executeRegistry } from '../shared/registry/execute';
import { buildLookupMethods } from '../shared/registry/lookup';
import { OPERATIONS, RESOURCES } from './operations';

/** Monitor the contact center through CC-CMS: real-time and historical indicators of VDNs, skill queues, agents and calls, configuration data, inspection groups, outbound task statistics and system indicators (reference 12.3). Every operation is a registry entry in ./operations.ts, signed with the C2 AK/SK credential. */
export class HuaweiCecReports implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC Reports',
		name: 'huaweiCecReports',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitleOf(OPERATIONS),
		description: 'Monitor the contact center through CC-CMS: real-time and historical indicators of VDNs, skill queues, agents and calls, configuration data, inspection groups, outbound task statistics and system indicators (reference 12.3).',
		defaults: { name: 'Huawei CEC Reports' },
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
