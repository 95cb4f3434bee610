import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { OUTBOUND_RESULT_FAMILY } from '../shared/webhook/callbacks';
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
 * 7.6.1 Calling Back Outbound Call Results: CEC POSTs a bare JSON array of results to the
 * campaign's callBackUrl, unsigned, and pushes a record up to 6 times until it gets HTTP 200.
 */
export class HuaweiCecOutboundResultTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC Outbound Result Trigger',
		name: 'huaweiCecOutboundResultTrigger',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['trigger'],
		version: WEBHOOK_TRIGGER_VERSIONS,
		defaultVersion: WEBHOOK_TRIGGER_DEFAULT_VERSION,
		subtitle: 'Outbound call results',
		description: 'Starts a workflow for every outbound call result a CEC campaign sends',
		defaults: { name: 'Huawei CEC Outbound Result Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: callbackWebhooks('outbound-result'),
		properties: [
			{
				displayName:
					'Copy the Production URL above into <b>Result Callback URL</b> when you create or update the campaign (Huawei CEC Outbound Campaign node). CEC has no other way to register it, and it signs nothing: keep the secret check on. Each result is sent up to 6 times; repeats are acknowledged and dropped.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			...secretCheckProperties('pathSecret', 'Outbound call results carry no signature and no header.'),
			callbackOptions([], false),
		],
	};

	webhookMethods = callbackWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleCallback.call(this, { family: OUTBOUND_RESULT_FAMILY });
	}
}
