import type { INodeProperties } from 'n8n-workflow';

/** Fields every CEC credential shares: where the service is, TLS trust, and how long to wait. */

export function baseUrlField(displayName: string, placeholder: string, description: string): INodeProperties {
	return { displayName, name: 'baseUrl', type: 'string', default: '', required: true, placeholder, description };
}

export const transportFields: INodeProperties[] = [
	{
		displayName: 'Allow Self-Signed Certificates',
		name: 'allowUnauthorizedCerts',
		type: 'boolean',
		default: false,
		description:
			'Whether to accept a TLS certificate that is self-signed or otherwise not trusted. On-premises CEC gateways often use one; leave off for Huawei Cloud.',
	},
	{
		displayName: 'Timeout (Ms)',
		name: 'timeout',
		type: 'number',
		typeOptions: { minValue: 1000, maxValue: 600000 },
		default: 30000,
		description:
			'Total deadline of each request to CEC: connecting, the headers and the whole answer must arrive within it (a file download only needs its headers in time)',
	},
	{
		displayName: 'Max Answer Size (MB)',
		name: 'maxAnswerMb',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 1024 },
		default: 16,
		description: 'Largest JSON answer accepted from CEC, measured after decompression; a larger one fails the request. File downloads are not limited.',
	},
];
