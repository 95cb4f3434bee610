import { NodeConnectionTypes } from 'n8n-workflow';
import type { IDataObject, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { AGENT_EVENTS, AGENT_EVENT_TYPES } from '../shared/codes';
import { sentence, titleCase } from '../shared/registry/wording';
import { AGENT_EVENT_PUSH_FAMILY } from '../shared/webhook/callbacks';
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

const EVENT_TYPE_OPTIONS = AGENT_EVENT_TYPES.map((type) => ({ name: titleCase(`${type} (${AGENT_EVENTS[type].title})`), value: type, description: sentence(AGENT_EVENTS[type].meaning) })).sort((a, b) => a.name.localeCompare(b.name));

/**
 * 6.1.4.2 Calling Back Pushed Events: an agent signed in with callbackUri + serviceToken (6.1.1.1)
 * gets its events POSTed as {workNo, eventList}, with the service_token header. One item per event.
 */
export class HuaweiCecAgentEventPushTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC Agent Event Push Trigger',
		name: 'huaweiCecAgentEventPushTrigger',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['trigger'],
		version: WEBHOOK_TRIGGER_VERSIONS,
		defaultVersion: WEBHOOK_TRIGGER_DEFAULT_VERSION,
		subtitle: 'Pushed agent events (6.1.4.2)',
		description: 'Starts a workflow for the agent events CEC pushes to an agent signed in in push mode',
		defaults: { name: 'Huawei CEC Agent Event Push Trigger' },
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
		webhooks: callbackWebhooks('agent-events'),
		properties: [
			{
				displayName:
					'Sign the agent in with <b>callbackUri</b> = the Production URL above and <b>serviceToken</b> = the Service Token of the credential (Sign In or Force Sign In of the Huawei CEC Agent Workbench node). The CC-Gateway then pushes events here instead of answering polls. CEC has no other registration. Pushed events carry no timestamp or nonce, so only the service_token (and an optional secret check) authenticates them.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			verifySignatureProperty('Verify Service Token', 'Whether the service_token header must match the credential. Requests without it, or with another, are refused with HTTP 401.'),
			// n8n's period rule over the shared texts (the note plus the shared sentence make two sentences).
			...secretCheckProperties('none', 'The service_token is a static value CEC repeats on every push.').map((p) => (p.description ? { ...p, description: sentence(p.description) } : p)),
			callbackOptions(
				[
					{
						displayName: 'Event Types',
						name: 'eventTypes',
						type: 'multiOptions',
						options: EVENT_TYPE_OPTIONS,
						default: [],
						description: 'Only these events start the workflow (empty = all)',
					},
				],
				false,
			),
		],
	};

	methods = { credentialTest: { huaweiCecCallbackKeyTest: testCallbackCredential } };

	webhookMethods = callbackWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const types = this.getNodeParameter('options.eventTypes', []) as string[];
		return await handleCallback.call(this, {
			family: AGENT_EVENT_PUSH_FAMILY,
			keep: (item: IDataObject) => types.length === 0 || types.includes(String(item.eventType)),
		});
	}
}
