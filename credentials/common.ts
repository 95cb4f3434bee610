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

/**
 * Tenant constants most operations repeat (reference: VDN ID and call center ID in nearly every
 * campaign and report interface). Set once here, they fill those fields wherever a node leaves
 * them empty; a value set in the node wins.
 */
export const tenantFields: INodeProperties[] = [
	{
		displayName: 'Default VDN ID',
		name: 'vdnId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1',
		description: 'The tenant\'s VDN ID. Operations that ask for a VDN ID use it when their own field is empty.',
	},
	{
		displayName: 'Default Call Center ID',
		name: 'ccId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1',
		description: 'The call center ID. Operations that ask for a call center ID use it when their own field is empty.',
	},
	{
		displayName: 'Default Tenant Space ID',
		name: 'tenantSpaceId',
		type: 'string',
		default: '',
		description: 'The tenant space ID. Operations that ask for a tenant (space) ID use it when their own field is empty.',
	},
	{
		displayName: 'Time Zone',
		name: 'timeZone',
		type: 'string',
		default: '',
		placeholder: 'e.g. Asia/Shanghai',
		description: "The tenant's time zone (an IANA name), in which dates are sent to CEC. Empty: the workflow's time zone.",
	},
];
