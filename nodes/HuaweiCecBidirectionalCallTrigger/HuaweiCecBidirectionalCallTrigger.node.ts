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
		version: 1,
		subtitle: 'Bidirectional call status and release (6.2.14)',
		description: 'Starts a workflow when a CEC bidirectional call connects (6.2.14.2) or ends (6.2.14.3)',
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
					'Copy the Production URL above into: the <b>callbackUrl</b> of Create Call V1 (6.2.1; Base64-encoded, the Huawei CEC Bidirectional Call node does it) for signed release events, with a Shared Key on the CEC <b>Callback URL Configuration</b> page; and/or <b>Configuration Center > Expansion Management > Bidirectional Call > Connection Callback URL</b> (call status, never signed) and <b>Hang-up Callback URL</b> (release, never signed). Unsigned events are protected only by the secret check.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			verifySignatureProperty(
				'Verify Release Signature (6.2.14.1)',
				'Whether release events (6.2.14.3) must carry a valid shared-key signature. Call status events (6.2.14.2) are never signed by CEC and rely on the secret check.',
			),
			...secretCheckProperties('pathSecret', 'Call status events (6.2.14.2) and GUI-configured release events carry no signature.'),
			callbackOptions(
				[
					{
						displayName: 'Events',
						name: 'events',
						type: 'multiOptions',
						options: [
							{ name: 'Call Status (6.2.14.2)', value: 'callStatus' },
							{ name: 'Release (6.2.14.3)', value: 'release' },
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
