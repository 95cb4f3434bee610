import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { withReadableNames } from '../HuaweiCecAgentWorkbench/readableNames';
import { testAgentGatewayCredential } from '../shared/credentialTests';
import { buildProperties, subtitleOf } from '../shared/registry/describe';
import { executeRegistry } from '../shared/registry/execute';
import { OPERATIONS, RESOURCES } from './operations';

/**
 * The inspector's side of the CC-Gateway (C4): quality control of other agents (12.1: listen,
 * barge in, whisper, intercept, force busy/idle/rest/sign-out) and recording playback control
 * (13.1.1). The credential is the inspector's own agent; each operation names the target agent.
 */
export class HuaweiCecSupervisor implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC Supervisor',
		name: 'huaweiCecSupervisor',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitleOf(OPERATIONS),
		description: 'Supervise CC-Gateway agents as an inspector: listen, barge in, whisper, force busy, idle, rest or sign-out, release calls, and control recording playback (reference 12.1, 13.1.1).',
		defaults: { name: 'Huawei CEC Supervisor' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'huaweiCecAgentGatewayApi', required: true, testedBy: 'testAgentGateway' }],
		properties: buildProperties(RESOURCES, OPERATIONS),
	};

	methods = { credentialTest: { testAgentGateway: testAgentGatewayCredential } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return withReadableNames(await executeRegistry.call(this, OPERATIONS, 'huaweiCecAgentGatewayApi'), undefined);
	}
}
