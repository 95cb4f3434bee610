import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';
import { applyAuthV2 } from '../nodes/shared/auth/applyAuthV2';
import { baseUrlField, transportFields } from './common';

/**
 * C2 (reference 4.3): the auth-v2 AK/SK request signature of CC-CMS, CC-iSales, CC-FS and the
 * AK/SK variant of CC-iKBS (9.1.2). `authenticate` is a function, so this credential also signs
 * requests made with n8n's HTTP Request node ("Predefined Credential Type").
 */
export class HuaweiCecAkSkApi implements ICredentialType {
	name = 'huaweiCecAkSkApi';

	displayName = 'Huawei CEC AK/SK Signature (C2) API';

	icon: Icon = { light: 'file:../icons/huaweiCec.svg', dark: 'file:../icons/huaweiCec.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-huawei-cec#credentials';

	properties: INodeProperties[] = [
		baseUrlField(
			'Base URL',
			'https://10.22.26.181:28080',
			'https://ip:port of the CC-iSales, CC-CMS, CC-FS or CC-iKBS service. The ip:port part is signed as the host header.',
		),
		{
			displayName: 'Access Key (AK)',
			name: 'accessKey',
			type: 'string',
			default: '',
			required: true,
			description: 'The AK of the service (CC-iSales, CC-CMS, CC-FS or CC-iKBS each have their own)',
		},
		{
			displayName: 'Secret Key (SK)',
			name: 'secretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The SK paired with the AK. It signs requests and is never sent.',
		},
		{
			displayName: 'Service (for the Connection Test)',
			name: 'service',
			type: 'options',
			options: [
				{ name: 'CC-iSales (Outbound Campaigns)', value: 'isales' },
				{ name: 'CC-CMS (Monitoring and Statistics)', value: 'cms' },
				{ name: 'CC-FS (CDRs and Recordings)', value: 'ccfs' },
			],
			default: 'isales',
			description: 'Which service the Test button signs a harmless query to',
		},
		{
			displayName: 'VDN ID (for the Connection Test)',
			name: 'testVdnId',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 9999 },
			default: 1,
			displayOptions: { show: { service: ['isales'] } },
			description: 'The VDN the iSales test queries the blacklist of (read-only)',
		},
		...transportFields,
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return applyAuthV2(credentials, requestOptions);
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '={{ {"isales": "/rest/isales/v1/openapi/campaigns/" + $credentials.testVdnId + "/blocklist/query", "cms": "/rest/cmsapp/v1/ping", "ccfs": "/CCFS/resource/ccfs/getRecordFileUrlFromObs"}[$credentials.service] }}',
			method: 'POST',
			body: {},
			skipSslCertificateValidation: '={{$credentials.allowUnauthorizedCerts}}',
		},
	};
}
