import type { ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

/**
 * The keys CEC signs its callbacks with: the shared key of the release callbacks (6.2.14.1
 * bidirectional calls, 14.4.1 voice notifications) and the service_token an agent registers at
 * sign-in for pushed events (6.1.1.1 / 6.1.4.2). CEC never receives these from n8n, so the test is
 * local (see testCallbackCredential, used by the trigger nodes through `testedBy`).
 */
export class HuaweiCecCallbackApi implements ICredentialType {
	name = 'huaweiCecCallbackApi';

	displayName = 'Huawei CEC Callback Key API';

	icon: Icon = { light: 'file:../icons/huaweiCec.svg', dark: 'file:../icons/huaweiCec.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-huawei-cec#webhook-triggers';

	properties: INodeProperties[] = [
		{
			displayName: 'Shared Key (appSecret)',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The Shared Key set on the CEC Callback URL Configuration page (Callback URL Authentication Mode = Shared Key). CEC signs the release callbacks of voice notifications (14.4.2) and bidirectional calls (6.2.14.3) with it when the URL was passed through the create API.',
		},
		{
			displayName: 'Service Token',
			name: 'serviceToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The serviceToken given at agent sign-in together with callbackUri (6.1.1.1). CEC sends it back in the service_token header of every pushed event (6.1.4.2). At most 50 letters, digits, "_", "-" or ".".',
		},
	];
}
