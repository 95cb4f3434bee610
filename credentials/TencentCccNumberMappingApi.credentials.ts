import type { ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

/**
 * Tencent Cloud Contact Center, "Mapping to User ID Protection": the contact center calls the
 * mapping URL with HTTP Basic auth, with the username and password it is configured with. The
 * mapping secret feeds the built-in mapping (encrypted IDs); it never leaves n8n.
 */
export class TencentCccNumberMappingApi implements ICredentialType {
	name = 'tencentCccNumberMappingApi';

	displayName = 'Tencent CCC Number Mapping API';

	icon: Icon = { light: 'file:../icons/tencentCcc.svg', dark: 'file:../icons/tencentCcc.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-huawei-cec#udesk-and-tencent-cloud-contact-center';

	properties: INodeProperties[] = [
		{
			displayName: 'Username',
			name: 'user',
			type: 'string',
			default: '',
			required: true,
			description: 'The Basic auth username configured in the contact center for the mapping interface',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The Basic auth password configured in the contact center (at least 12 characters)',
		},
		{
			displayName: 'Mapping Secret',
			name: 'mappingSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Secret from which the built-in mapping derives its keys (at least 16 characters; 32 random characters recommended). The same key always gives the same IDs; changing it makes earlier IDs unreadable. Not needed when the workflow computes the mapping.',
		},
	];
}
