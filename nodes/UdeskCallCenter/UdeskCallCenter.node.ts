import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { CREDENTIAL_TYPES } from '../shared/auth/strategies';
import { buildProperties, subtitleOf } from '../shared/registry/describe';
import { executeRegistry } from '../shared/registry/execute';
import { buildLookupMethods } from '../shared/registry/lookup';
import { testUdeskCredential } from '../shared/udesk/credentialTest';
import { OPERATIONS, RESOURCES } from './operations';

/** Udesk call center open API (ccapi v2): the 26 interfaces, one registry entry each in ./operations.ts. */
export class UdeskCallCenter implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Udesk Call Center',
		name: 'udeskCallCenter',
		icon: { light: 'file:../../icons/udesk.svg', dark: 'file:../../icons/udesk.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitleOf(OPERATIONS),
		description: 'Relay numbers, agents, extensions, queues, event subscriptions, agent sign-in and IVR callbacks of the Udesk call center open API (ccapi v2)',
		defaults: { name: 'Udesk Call Center' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'udeskCallCenterApi', required: true, testedBy: 'testUdeskCallCenterApi' }],
		properties: buildProperties(RESOURCES, OPERATIONS),
	};

	methods = {
		...buildLookupMethods(OPERATIONS, CREDENTIAL_TYPES.UDESK),
		credentialTest: { testUdeskCallCenterApi: testUdeskCredential },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeRegistry.call(this, OPERATIONS, CREDENTIAL_TYPES.UDESK);
	}
}
