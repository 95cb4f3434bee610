import type { ICredentialType, Icon, INodeProperties } from 'n8n-workflow';
import { baseUrlField, tenantFields, transportFields } from './common';

/** C5 (reference 4.6): CC-Gateway configuration login of a system or VDN administrator. */
export class HuaweiCecGatewayConfigApi implements ICredentialType {
	name = 'huaweiCecGatewayConfigApi';

	displayName = 'Huawei CEC Gateway Configuration (C5) API';

	icon: Icon = { light: 'file:../icons/huaweiCec.svg', dark: 'file:../icons/huaweiCec.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-huawei-cec#credentials';

	properties: INodeProperties[] = [
		baseUrlField('CC-Gateway Base URL', 'https://10.10.10.10:8043', 'https://ip:port of the CC-Gateway'),
		{
			displayName: 'Administrator ID',
			name: 'agentId',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			required: true,
			description:
				'A system administrator agent ID (1-59999), or for a VDN administrator the VDN ID combined with 100000 as the reference describes',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The administrator password, or the VDN connection password for a VDN account',
		},
		...tenantFields,
		...transportFields,
	];
}
