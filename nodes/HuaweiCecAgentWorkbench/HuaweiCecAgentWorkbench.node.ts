import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { testAgentGatewayCredential } from '../shared/credentialTests';
import { buildProperties, subtitleOf } from '../shared/registry/describe';
import { executeRegistry } from '../shared/registry/execute';
import { OPERATIONS, RESOURCES } from './operations';
import { withReadableNames } from './readableNames';

/**
 * The agent's side of the CC-Gateway (C4): sign in and out, agent states, voice calls, call data,
 * agent conferences, multimedia sessions, queues and recordings (reference 6.1.1-6.1.6, 5.2.5-5.2.13,
 * 13.1.2-13.1.3). Sign In keeps the agent session in this n8n process; later operations use it.
 */
export class HuaweiCecAgentWorkbench implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC Agent Workbench',
		name: 'huaweiCecAgentWorkbench',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitleOf(OPERATIONS),
		description: 'Work as a CC-Gateway agent: sign in, change state, answer, hold, transfer and release calls, read call data, run conferences and download recordings (reference 6.1, 5.2, 13.1).',
		defaults: { name: 'Huawei CEC Agent Workbench' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'huaweiCecAgentGatewayApi', required: true, testedBy: 'testAgentGateway' }],
		properties: buildProperties(RESOURCES, OPERATIONS),
	};

	methods = { credentialTest: { testAgentGateway: testAgentGatewayCredential } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const output = await executeRegistry.call(this, OPERATIONS, 'huaweiCecAgentGatewayApi');
		const resource = this.getNodeParameter('resource', 0) as string;
		const operation = this.getNodeParameter('operation', 0) as string;
		return withReadableNames(output, OPERATIONS.find((s) => s.resource === resource && s.operation === operation)?.family);
	}
}
