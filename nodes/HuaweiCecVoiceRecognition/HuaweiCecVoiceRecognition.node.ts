import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { testGatewayConfigCredential } from '../shared/credentialTests';
import { buildProperties, subtitleOf } from '../shared/registry/describe';
import { executeRegistry } from '../shared/registry/execute';
import { OPERATIONS, RESOURCES } from './operations';

/** Voice-recognition subscriptions on the CC-Gateway (reference 6.3.1-6.3.5, C5 configuration login). */
export class HuaweiCecVoiceRecognition implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC Voice Recognition',
		name: 'huaweiCecVoiceRecognition',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitleOf(OPERATIONS),
		description: 'Subscribe to CC-Gateway voice recognition results, keep the subscription alive with handshakes, change or end it (reference 6.3.1-6.3.5).',
		defaults: { name: 'Huawei CEC Voice Recognition' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'huaweiCecGatewayConfigApi', required: true, testedBy: 'testGatewayConfig' }],
		properties: buildProperties(RESOURCES, OPERATIONS),
	};

	methods = { credentialTest: { testGatewayConfig: testGatewayConfigCredential } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeRegistry.call(this, OPERATIONS, 'huaweiCecGatewayConfigApi');
	}
}
