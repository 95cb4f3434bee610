import type { ICredentialDataDecryptedObject, ICredentialType, IHttpRequestOptions, Icon, INodeProperties } from 'n8n-workflow';
import { applyUdeskSignature } from '../nodes/shared/auth/udeskSignature';
import { transportFields } from './common';

/**
 * Udesk call center open API (ccapi v2). Every request is signed in its query string (AppId,
 * Timestamp, Sid, Sign = SHA1(Sid + AuthToken + Timestamp)); the AuthToken never travels.
 * `authenticate` is a function, so n8n's HTTP Request node can use this credential too.
 */
export class UdeskCallCenterApi implements ICredentialType {
	name = 'udeskCallCenterApi';

	displayName = 'Udesk Call Center API';

	icon: Icon = { light: 'file:../icons/udesk.svg', dark: 'file:../icons/udesk.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-huawei-cec#udesk-and-tencent-cloud-contact-center';

	properties: INodeProperties[] = [
		{
			displayName: 'Host',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://xxx.udesk.cn',
			description: 'Base URL of the API domain, without /ccapi/v2 (requests go to {host}/ccapi/v2/...)',
		},
		{
			displayName: 'Sid',
			name: 'sid',
			type: 'string',
			default: '',
			required: true,
			description: 'The account (Sid) sent with every request',
		},
		{
			displayName: 'Auth Token',
			name: 'authToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Signs every request (Sign = SHA1(Sid + AuthToken + Timestamp)); it is never sent',
		},
		{
			displayName: 'App ID',
			name: 'appId',
			type: 'string',
			default: '',
			required: true,
			placeholder: '4b8dc715-05e0-4340-6cae-a6e3c39a6012',
			description: 'The application (UUID) the requests operate on',
		},
		...transportFields,
	];

	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return applyUdeskSignature(credentials, requestOptions);
	}
}
