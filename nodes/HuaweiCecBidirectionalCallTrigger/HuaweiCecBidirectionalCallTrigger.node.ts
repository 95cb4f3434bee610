import { NodeConnectionTypes } from 'n8n-workflow';
import type { IDataObject, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { BIDIRECTIONAL_FAMILY } from '../shared/webhook/callbacks';
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
 * 6.2.14 bidirectional call callbacks: the call status event (6.2.14.2, GUI-configured URL, never
 * signed) and the release event (6.2.14.3, signed per 6.2.14.1 when the URL came through createCall
 * V1 and a shared key is configured). Both may point at this one URL; the body tells them apart.
 */
export class HuaweiCecBidirectionalCallTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC Bidirectional Call Trigger',
		name: 'huaweiCecBidirectionalCallTrigger',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['trigger'],
		version: WEBHOOK_TRIGGER_VERSIONS,
		defaultVersion: WEBHOOK_TRIGGER_DEFAULT_VERSION,
		subtitle: 'Bidirectional call status and release (6.2.14)',
		description: 'Starts the workflow when a bidirectional call changes status or ends',
		defaults: { name: 'Huawei CEC Bidirectional Call Trigger' },
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
		webhooks: callbackWebhooks('bidirectional-call'),
		properties: [
			{
				displayName:
					'Put the Production URL above into: the Status Callback URL of Create Bidirectional Call (V1) of the Huawei CEC Bidirectional Call node, Base64-encoded (the expression function .base64Encode() does it), for signed release events, with a Shared Key on the CEC <b>Callback URL Configuration</b> page; and/or <b>Configuration Center > Expansion Management > Bidirectional Call > Connection Callback URL</b> (call status, never signed) and <b>Hang-up Callback URL</b> (release, never signed). Unsigned events are protected only by the secret check.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			verifySignatureProperty(
				'Verify Release Signature',
				'Whether release events must carry a valid shared-key signature. Call status events are never signed by CEC and rely on the secret check.',
			),
			...secretCheckProperties('pathSecret', 'Call status events and release events sent to a URL set in CEC carry no signature.'),
			callbackOptions(
				[
					{
						displayName: 'Events',
						name: 'events',
						type: 'multiOptions',
						options: [
							{ name: 'Call Status', value: 'callStatus', description: 'The call status changed, e.g. the call connected' },
							{ name: 'Release', value: 'release', description: 'The call ended' },
						],
						default: ['callStatus', 'release'],
						description: 'Which callbacks start the workflow; the others are acknowledged and dropped',
					},
				],
				true,
			),
		],
	};

	methods = { credentialTest: { huaweiCecCallbackKeyTest: testCallbackCredential } };

	webhookMethods = callbackWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const events = this.getNodeParameter('options.events', ['callStatus', 'release']) as string[];
		return await handleCallback.call(this, { family: BIDIRECTIONAL_FAMILY, keep: (item: IDataObject) => events.includes(String(item.event)) });
	}
}
