import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { buildProperties, subtitleOf } from '../shared/registry/describe';
import { executeRegistry } from '../shared/registry/execute';
import { buildLookupMethods } from '../shared/registry/lookup';
import { testItaCredential } from './itaCredentialTest';
import { OPERATIONS, RESOURCES } from './operations';

/** Connect an agent mobile phone and a customer in one call, query its status and records, and (as the ITA) push its result (reference 6.2). Every operation is a registry entry in ./operations.ts. */
export class HuaweiCecBidirectionalCall implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC Bidirectional Call',
		name: 'huaweiCecBidirectionalCall',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitleOf(OPERATIONS),
		description: 'Connect an agent mobile phone and a customer in one call, and query its status and records (reference 6.2).',
		defaults: { name: 'Huawei CEC Bidirectional Call' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		// 6.2.13 is called by the ITA with its APIG app signature; every other operation uses the C1 token.
		credentials: [
			{ name: 'huaweiCecApiFabricApi', required: true, displayOptions: { hide: { operation: ['sendItaResult'] } } },
			{ name: 'huaweiCecItaApi', required: true, testedBy: 'testItaCredential', displayOptions: { show: { operation: ['sendItaResult'] } } },
		],
		properties: buildProperties(RESOURCES, OPERATIONS),
	};

	methods = { ...buildLookupMethods(OPERATIONS, 'huaweiCecApiFabricApi'), credentialTest: { testItaCredential } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const ita = this.getNodeParameter('operation', 0) === 'sendItaResult';
		return await executeRegistry.call(this, OPERATIONS, ita ? 'huaweiCecItaApi' : 'huaweiCecApiFabricApi');
	}
}
