import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { VOICE_NOTIFICATION_FAMILY } from '../shared/webhook/callbacks';
import {
	callbackOptions,
	callbackWebhooks,
	secretCheckProperties,
	testCallbackCredential,
	callbackWebhookMethods,
	verifySignatureProperty,
	WEBHOOK_TRIGGER_DEFAULT_VERSION,
	WEBHOOK_TRIGGER_VERSIONS,
} from '../shared/webhook/description';
import { handleCallback } from '../shared/webhook/pipeline';

/**
 * 14.4.2 Release Event Callback: CEC POSTs the end of every voice notification call. It signs the
 * body (timestamp, nonce, signature; 14.4.1) only when the URL came through the create API and a
 * shared key is configured; the GUI-configured URL is never signed.
 */
export class HuaweiCecVoiceNotificationTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC Voice Notification Trigger',
		name: 'huaweiCecVoiceNotificationTrigger',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['trigger'],
		version: WEBHOOK_TRIGGER_VERSIONS,
		defaultVersion: WEBHOOK_TRIGGER_DEFAULT_VERSION,
		subtitle: 'Voice notification released (14.4.2)',
		description: 'Starts the workflow when a voice notification call ends, with the release reason explained',
		defaults: { name: 'Huawei CEC Voice Notification Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'huaweiCecCallbackApi',
				required: true,
				testedBy: 'huaweiCecCallbackKeyTest',
				displayOptions: { show: { verifySignature: [true] } },
			},
		],
		webhooks: callbackWebhooks('voice-notification'),
		properties: [
			{
				displayName:
					'Put the Production URL above, Base64-encoded (the expression function .base64Encode() does it), into the Status Callback URL of the Huawei CEC Voice Notification node\'s Create, and set a Shared Key on the CEC <b>Callback Url Configuration</b> page: only then does CEC sign the callback. The URL set in CEC instead (<b>Configuration Center > Expansion Management > Voice Notification > Hang-up Callback URL</b>) is never signed: turn Verify Signature off and use a secret check.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			verifySignatureProperty(
				'Verify Signature',
				'Whether to require the shared-key signature of voice notification callbacks. Unsigned, forged and replayed callbacks are refused with HTTP 401.',
			),
			...secretCheckProperties('none', 'The GUI-configured Hang-up Callback URL is called without any signature.'),
			callbackOptions([], true),
		],
	};

	methods = { credentialTest: { huaweiCecCallbackKeyTest: testCallbackCredential } };

	webhookMethods = callbackWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleCallback.call(this, { family: VOICE_NOTIFICATION_FAMILY });
	}
}
