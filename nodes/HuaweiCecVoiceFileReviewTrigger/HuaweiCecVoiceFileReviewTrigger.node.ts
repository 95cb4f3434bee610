import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { VOICE_FILE_REVIEW_FAMILY } from '../shared/webhook/callbacks';
import {
	callbackOptions,
	callbackWebhooks,
	secretCheckProperties,
	callbackWebhookMethods,
	WEBHOOK_TRIGGER_DEFAULT_VERSION,
	WEBHOOK_TRIGGER_VERSIONS,
} from '../shared/webhook/description';
import { handleCallback } from '../shared/webhook/pipeline';

/**
 * The review results of 5.4.4 (IVR voice file upload, Table 5-120) and 5.4.5 (TTS template,
 * Table 5-124): {fileUrl, fileId, status 2|3, comment}, unsigned, retried until the answer is
 * {"returnCode":"0"} (6 times at most).
 */
export class HuaweiCecVoiceFileReviewTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC Voice File Review Trigger',
		name: 'huaweiCecVoiceFileReviewTrigger',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['trigger'],
		version: WEBHOOK_TRIGGER_VERSIONS,
		defaultVersion: WEBHOOK_TRIGGER_DEFAULT_VERSION,
		subtitle: 'Voice file review results (5.4.4 / 5.4.5)',
		description: 'Starts the workflow when CEC approves or rejects an uploaded IVR voice file or TTS template',
		defaults: { name: 'Huawei CEC Voice File Review Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: callbackWebhooks('voice-file-review'),
		properties: [
			{
				displayName:
					'Put the Production URL above into the callback URL of the voice file upload or the TTS template upload. For a TTS template the system administrator must add the URL to the IVR voice upload callback URL trustlist. CEC signs nothing here: keep the secret check on.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			...secretCheckProperties('pathSecret', 'Review results carry no signature and no header.'),
			callbackOptions([], false),
		],
	};

	webhookMethods = callbackWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleCallback.call(this, { family: VOICE_FILE_REVIEW_FAMILY });
	}
}
