import type { ICredentialType, Icon, INodeProperties } from 'n8n-workflow';
import { baseUrlField, tenantFields, transportFields } from './common';

/**
 * C4 (reference 4.5): a CC-Gateway agent. Signing in returns a GUID that later calls send as the
 * Guid header; in dynamic mode the gateway rotates it through Set-GUID. The Test signs in without
 * forcing (it never kicks out a working agent) and signs out again.
 */
export class HuaweiCecAgentGatewayApi implements ICredentialType {
	name = 'huaweiCecAgentGatewayApi';

	displayName = 'Huawei CEC Agent Gateway (C4) API';

	icon: Icon = { light: 'file:../icons/huaweiCec.svg', dark: 'file:../icons/huaweiCec.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-huawei-cec#credentials';

	properties: INodeProperties[] = [
		baseUrlField('CC-Gateway Base URL', 'https://10.10.10.10:8043', 'https://ip:port of the CC-Gateway (agent voice gateway)'),
		{
			displayName: 'Agent ID',
			name: 'agentId',
			type: 'number',
			typeOptions: { minValue: 101, maxValue: 59999 },
			default: 101,
			required: true,
			description: 'The agent (employee) ID on the CTI platform, 101-59999',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The agent password on the CTI platform (at most 32 characters)',
		},
		{
			displayName: 'Softphone Number',
			name: 'phoneNumber',
			type: 'string',
			default: '',
			required: true,
			description: 'The softphone number the agent signs in with (phonenum, at most 24 characters)',
		},
		{
			displayName: 'Authentication Mode',
			name: 'authMode',
			type: 'options',
			options: [
				{ name: 'Dynamic (GUID Rotates, AUTHMODE = 2)', value: 'dynamic' },
				{ name: 'Static (Fixed GUID, AUTHMODE = 1)', value: 'static' },
			],
			default: 'dynamic',
			description: 'The AUTHMODE of the gateway (basic.properties). Dynamic is the default and the secure one.',
		},
		...tenantFields,
		...transportFields,
	];
}
