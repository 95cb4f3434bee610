import { NodeConnectionTypes } from 'n8n-workflow';
import type { IDataObject, IHookFunctions, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import {
	callbackOptions,
	callbackWebhooks,
	secretCheckProperties,
	validateCallbackConfiguration,
	WEBHOOK_TRIGGER_DEFAULT_VERSION,
	WEBHOOK_TRIGGER_VERSIONS,
} from '../shared/webhook/description';
import { handleCallback } from '../shared/webhook/pipeline';
import { testUdeskCredential } from '../shared/udesk/credentialTest';
import { UDESK_EVENT_FAMILY, udeskEventName } from '../shared/udesk/events';
import { UDESK_EVENT_OPTIONS_SORTED } from '../UdeskCallCenter/eventNames';
import { chosenEvents, listUdeskSubscriptions, sameEvents, subscribeUdesk, unsubscribeUdesk } from '../shared/udesk/subscriptions';

/**
 * Udesk ccapi v2 event pushes. Activating the workflow subscribes the chosen events with this
 * webhook's URL as the callback (interface 18, or 19 when that callback is already subscribed);
 * deactivating deletes the subscription (20); checkExists looks it up (21). Udesk signs nothing:
 * the secret path segment authenticates its pushes.
 */
export class UdeskCallCenterTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Udesk Call Center Trigger',
		name: 'udeskCallCenterTrigger',
		icon: { light: 'file:../../icons/udesk.svg', dark: 'file:../../icons/udesk.dark.svg' },
		group: ['trigger'],
		version: WEBHOOK_TRIGGER_VERSIONS,
		defaultVersion: WEBHOOK_TRIGGER_DEFAULT_VERSION,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when Udesk call center events happen, such as agent state changes, hangups, queue entries, recordings and keypad input',
		defaults: { name: 'Udesk Call Center Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'udeskCallCenterApi', required: true, testedBy: 'testUdeskCallCenterApi' }],
		webhooks: callbackWebhooks('udesk'),
		properties: [
			{
				displayName:
					'Activating the workflow subscribes the chosen events with the Production URL above as the callback; deactivating it deletes the subscription. Each event becomes one item.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [],
				options: UDESK_EVENT_OPTIONS_SORTED,
				description: 'The call center events that start the workflow',
			},
			{
				displayName: 'Subscription Name',
				name: 'subscriptionName',
				type: 'string',
				default: '',
				placeholder: 'n8n-orders',
				description: 'Name of the subscription in Udesk, unique within the application. Empty: "n8n-" and the webhook ID.',
			},
			...secretCheckProperties('pathSecret', 'Udesk does not sign its event pushes.'),
			callbackOptions([], false, false),
		],
	};

	methods = { credentialTest: { testUdeskCallCenterApi: testUdeskCredential } };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				validateCallbackConfiguration(this);
				const staticData = this.getWorkflowStaticData('node');
				const callback = this.getNodeWebhookUrl('default') as string;
				const found = (await listUdeskSubscriptions(this)).find((s) => s.callback === callback);
				if (!found) {
					delete staticData.subid;
					return false;
				}
				if (found.subid !== undefined) staticData.subid = found.subid;
				return found.enable && sameEvents(found.events, chosenEvents(this));
			},
			async create(this: IHookFunctions): Promise<boolean> {
				validateCallbackConfiguration(this);
				const callback = this.getNodeWebhookUrl('default') as string;
				const events = chosenEvents(this);
				const name = String(this.getNodeParameter('subscriptionName', '') || `n8n-${this.getNode().webhookId ?? this.getNode().id}`);
				const existing = (await listUdeskSubscriptions(this)).find((s) => s.callback === callback);
				this.getWorkflowStaticData('node').subid = await subscribeUdesk(this, { callback, events, name }, existing);
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				const staticData = this.getWorkflowStaticData('node');
				let subid = staticData.subid as number | undefined;
				if (subid === undefined) {
					const callback = this.getNodeWebhookUrl('default') as string;
					subid = (await listUdeskSubscriptions(this)).find((s) => s.callback === callback)?.subid;
				}
				if (subid !== undefined) await unsubscribeUdesk(this, subid);
				delete staticData.subid;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const events = this.getNodeParameter('events', []) as string[];
		return await handleCallback.call(this, {
			family: UDESK_EVENT_FAMILY,
			// A push of an event that was not chosen (a subscription edited in Udesk) starts nothing.
			keep: (item: IDataObject) => {
				const event = udeskEventName(item);
				return event === undefined || events.includes(event);
			},
		});
	}
}
