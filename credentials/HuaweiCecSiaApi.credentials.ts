import type { ICredentialTestRequest, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';
import { baseUrlField, tenantFields, transportFields } from './common';

/** SIA (reference 9.1.1): a JWT exchanged for the X-Access-Token of the CC-iKBS interfaces. */
export class HuaweiCecSiaApi implements ICredentialType {
	name = 'huaweiCecSiaApi';

	displayName = 'Huawei CEC SIA (Knowledge Base) API';

	icon: Icon = { light: 'file:../icons/huaweiCec.svg', dark: 'file:../icons/huaweiCec.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-huawei-cec#credentials';

	properties: INodeProperties[] = [
		baseUrlField('SIA Base URL', 'https://10.10.10.10:8443', 'https://ip:port of the SIA service that issues tokens'),
		{
			displayName: 'Knowledge Base URL',
			name: 'ikbsUrl',
			type: 'string',
			default: '',
			placeholder: 'https://10.10.10.11:8443',
			description: 'https://ip:port of CC-iKBS, when it differs from the SIA address',
		},
		{
			displayName: 'JWT',
			name: 'jwtPassword',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The JWT password (restapi.sia.encJwtContent) from O&M',
		},
		{
			displayName: 'Domain',
			name: 'domain',
			type: 'string',
			default: 'ccfsAppService',
			required: true,
			description: 'The SIA service name (restapi.sia.serviceName)',
		},
		...tenantFields,
		...transportFields,
	];

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/rest/sia/v1/tokens/jwt/sia',
			method: 'POST',
			headers: { 'Content-Type': 'application/json;charset=UTF-8' },
			body: { jwt: '={{$credentials.jwtPassword}}', domain: '={{$credentials.domain}}' },
			skipSslCertificateValidation: '={{$credentials.allowUnauthorizedCerts}}',
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'token', value: undefined, message: 'SIA answered without a token: check the JWT and domain' },
			},
		],
	};
}
