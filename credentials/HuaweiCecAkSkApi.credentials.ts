import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';
import { applyAuthV2 } from '../nodes/shared/auth/applyAuthV2';
import { baseUrlField, tenantFields, transportFields } from './common';

/**
 * C2 (reference 4.3): the auth-v2 AK/SK request signature of CC-CMS, CC-iSales, CC-FS and the
 * AK/SK variant of CC-iKBS (9.1.2). `authenticate` is a function, so this credential also signs
 * requests made with n8n's HTTP Request node ("Predefined Credential Type"). Its Test is the
 * nodes' `testAkSk` (nodes/shared/credentialTests.ts): it reports which canonical request form the
 * server accepted, which a declarative test cannot.
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
		{
			displayName: 'Canonical Request',
			name: 'canonicalRequest',
			type: 'options',
			options: [
				{
					name: 'Automatic',
					value: 'automatic',
					description: 'Send the Java demo\'s form; when the server refuses the signature, repeat the request once with the other form and keep sending the form it accepts',
				},
				{
					name: 'Without Empty Query Line (Reference Java Demo)',
					value: 'withoutEmptyQueryLine',
					description: 'Requests without a query string leave the query line out of the canonical request',
				},
				{
					name: 'With Empty Query Line (Reference Prose)',
					value: 'withEmptyQueryLine',
					description: 'Requests without a query string keep an empty query line in the canonical request',
				},
			],
			default: 'automatic',
			description: 'The reference (4.3) prints two readings of the signature for requests without a query string (every CMS, CC-FS and iSales POST), and servers differ. The Test reports which one the server accepts.',
		},
		...tenantFields,
		...transportFields,
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return applyAuthV2(credentials, requestOptions);
	}
}
