import type { ICredentialTestRequest, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';
import { baseUrlField, tenantFields, transportFields } from './common';

/** C3 (reference 4.4): OIAP gettoken; the authToken travels in the body or in headers (10.22). */
export class HuaweiCecOiapApi implements ICredentialType {
	name = 'huaweiCecOiapApi';

	displayName = 'Huawei CEC OIAP Chatbot (C3) API';

	icon: Icon = { light: 'file:../icons/huaweiCec.svg', dark: 'file:../icons/huaweiCec.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-huawei-cec#credentials';

	properties: INodeProperties[] = [
		baseUrlField('Base URL', 'https://10.10.10.10:8443', 'https://IP:PORT of the OIAP on the NSLB'),
		{
			displayName: 'App Key',
			name: 'appKey',
			type: 'string',
			default: '',
			required: true,
			description:
				'For a tenant: the tenant ID (TenantId cookie of the tenant space). For the offline conversion callback (10.22): the ODFS machine-machine account, usually ODFS_SYS_OPENAPI.',
		},
		{
			displayName: 'App Secret',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'For a tenant: the API Password of the IVR (System Management > System Configuration > API Password Settings)',
		},
		...tenantFields,
		...transportFields,
	];

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/oifde/rest/api/gettoken',
			method: 'POST',
			headers: { 'Content-Type': 'application/json; charset=UTF-8' },
			body: { appKey: '={{$credentials.appKey}}', appSecret: '={{$credentials.appSecret}}' },
			skipSslCertificateValidation: '={{$credentials.allowUnauthorizedCerts}}',
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'authToken',
					value: undefined,
					message: 'OIAP answered without an authToken: check the app key and app secret',
				},
			},
		],
	};
}
