import { NodeConnectionTypes } from 'n8n-workflow';
import type { IDataObject, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { ASR_RESULT_PATH, ASR_REASONS, VOICE_RECOGNITION_FAMILY } from '../shared/webhook/callbacks';
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
import { sentence } from '../shared/registry/wording';

/** "error" stands for every asrusercase Table 6-421 does not list ("Others: A recognition error occurs."). */
const REASON_ERROR = 'error';

/**
 * 6.3.6 Recognition Result Notification: after a 6.3.1 subscription (serviceCallBackUri +
 * serviceToken), the CTI platform's OpenProxy POSTs every recognition result to
 * {serviceCallBackUri}/v100/subscribe/asrevent/asresult with the service_token header.
 * One item per notification.
 */
export class HuaweiCecVoiceRecognitionTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC Voice Recognition Trigger',
		name: 'huaweiCecVoiceRecognitionTrigger',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['trigger'],
		version: WEBHOOK_TRIGGER_VERSIONS,
		defaultVersion: WEBHOOK_TRIGGER_DEFAULT_VERSION,
		subtitle: 'Recognition results (6.3.6)',
		description: 'Starts the workflow for every speech recognition result of the calls a voice recognition subscription covers',
		defaults: { name: 'Huawei CEC Voice Recognition Trigger' },
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
		webhooks: callbackWebhooks('voice-recognition', ASR_RESULT_PATH),
		properties: [
			{
				displayName:
					'CEC adds <b>/v100/subscribe/asrevent/asresult</b> to the URL it is given. Create the subscription with the Huawei CEC Voice Recognition node: Callback URL = the Production URL above <b>without</b> that tail, i.e. ending in <b>/voice-recognition</b> (or <b>/voice-recognition/&lt;Path Secret&gt;</b>), at most 200 characters, and Service Token = the Service Token of the credential (at most 50 letters, digits, "_", "-" or "."). Keep the subscription alive with a Handshake at least every 5 minutes.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			verifySignatureProperty(
				'Verify Service Token',
				'Whether the service_token header must match the credential. Requests without it, or with another, are refused with HTTP 401.',
			),
			...secretCheckProperties('none', 'The service_token is a static value CEC repeats on every notification.'),
			callbackOptions(
				[
					{
						displayName: 'Reason Codes',
						name: 'reasonCodes',
						type: 'multiOptions',
						options: [
							{ name: 'Result, Recognition Ends', value: '0', description: sentence(ASR_REASONS['0']) },
							{ name: 'Talk Starts (No Content)', value: '61', description: sentence(ASR_REASONS['61']) },
							{ name: 'Result, Recognition Continues', value: '62', description: sentence(ASR_REASONS['62']) },
							{ name: 'Recognition Ends', value: '63' },
							{ name: 'Recognition Error', value: REASON_ERROR, description: 'Any other reason code: a recognition error occurred' },
						],
						default: [],
						description: 'Only notifications with these reasons (asrusercase) start the workflow. Empty: all.',
					},
					{
						displayName: 'Subscription ID',
						name: 'serverId',
						type: 'string',
						default: '',
						description: 'Only notifications of this subscription, by the ID returned when it was created, start the workflow. Empty: all.',
					},
					{
						displayName: 'Speakers',
						name: 'talkerTypes',
						type: 'multiOptions',
						options: [
							{ name: 'Agent', value: '1' },
							{ name: 'Customer', value: '2' },
						],
						default: [],
						description: 'Only what these speakers said starts the workflow. Empty: all.',
					},
				],
				false,
				false,
			),
		],
	};

	methods = { credentialTest: { huaweiCecCallbackKeyTest: testCallbackCredential } };

	webhookMethods = callbackWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const reasons = this.getNodeParameter('options.reasonCodes', []) as string[];
		const talkers = this.getNodeParameter('options.talkerTypes', []) as string[];
		const serverId = String(this.getNodeParameter('options.serverId', '')).trim();
		return await handleCallback.call(this, {
			family: VOICE_RECOGNITION_FAMILY,
			keep: (item: IDataObject) => {
				const reason = String(item.asrusercase);
				const reasonKey = ASR_REASONS[reason] === undefined ? REASON_ERROR : reason;
				return (
					(reasons.length === 0 || reasons.includes(reasonKey)) &&
					(talkers.length === 0 || talkers.includes(String(item.talkertype))) &&
					(serverId === '' || String(item.serverid) === serverId)
				);
			},
		});
	}
}
