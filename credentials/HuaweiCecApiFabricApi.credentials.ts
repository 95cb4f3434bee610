import type { ICredentialTestRequest, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';
import { baseUrlField, tenantFields, transportFields } from './common';

/** C1 (reference 4.2): API Fabric bearer token from tokenByAkSk. */
export class HuaweiCecApiFabricApi implements ICredentialType {
	name = 'huaweiCecApiFabricApi';

	displayName = 'Huawei CEC API Fabric (C1) API';

	icon: Icon = { light: 'file:../icons/huaweiCec.svg', dark: 'file:../icons/huaweiCec.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-huawei-cec#credentials';

	properties: INodeProperties[] = [
		baseUrlField(
			'Domain or Base URL',
			'https://service.besclouds.com',
			'The CEC domain that serves /apigovernance and /apiaccess, e.g. https://service.besclouds.com on Huawei Cloud',
		),
		{
			displayName: 'Token URL',
			name: 'tokenUrl',
			type: 'string',
			default: '',
			placeholder: 'https://10.22.26.181:28070',
			description:
				'Where the token service (tokenByAkSk) answers, when not at the base URL: some editions serve it on another host or port. Only the token request (with the app key and secret) goes there. Empty: the base URL.',
		},
		{
			displayName: 'App Key',
			name: 'appKey',
			type: 'string',
			default: '',
			required: true,
			description: 'The API Fabric app key (app_key) of the tenant space',
		},
		{
			displayName: 'App Secret',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The API Fabric app secret (app_secret) paired with the app key',
		},
		{
			displayName: 'Token Lifetime (Seconds)',
			name: 'lifetimeSeconds',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 3600 },
			default: 600,
			description: 'Sent as X-Token-Expire when requesting the token (1-3600). The token is reused until it expires.',
		},
		{
			displayName: 'X-App-Key Header',
			name: 'xAppKey',
			type: 'string',
			default: '',
			description: 'Sent as X-APP-Key on every request (the interfaces document it, some as mandatory). Empty: the App Key, which is what CEC expects unless operations personnel gave you another user ID.',
		},
		...tenantFields,
		...transportFields,
	];

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{(String($credentials.tokenUrl || "").trim() || $credentials.baseUrl).replace(/\\/+$/, "").replace(/\\/apigovernance\\/api\\/oauth\\/tokenByAkSk$/i, "")}}',
			url: '/apigovernance/api/oauth/tokenByAkSk',
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'X-Token-Expire': '={{String($credentials.lifetimeSeconds)}}' },
			body: { app_key: '={{$credentials.appKey}}', app_secret: '={{$credentials.appSecret}}' },
			skipSslCertificateValidation: '={{$credentials.allowUnauthorizedCerts}}',
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'AccessToken',
					value: undefined,
					message: 'API Fabric answered without an AccessToken: check the app key and app secret',
				},
			},
		],
	};
}
