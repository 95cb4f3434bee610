import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { CREDENTIAL_TYPES } from '../auth/strategies';
import { UDESK_ERRORS } from '../codes/udesk';
import { cecRequest } from '../transport/cecRequest';

/**
 * The Udesk Call Center Trigger's lifecycle over the ccapi v2 subscription interfaces: 21 lists
 * (checkExists), 18 subscribes or 19 updates (create), 20 unsubscribes (delete). The subscription
 * is recognised by its callback URL, which is this webhook's own URL; its subid is kept in the
 * node's static data.
 */

export interface UdeskSubscriptionEntry {
	subid?: number;
	callback: string;
	events: string[];
	name: string;
	enable: boolean;
}

async function call(ctx: IHookFunctions, section: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: IDataObject): Promise<IDataObject> {
	const response = await cecRequest(ctx, CREDENTIAL_TYPES.UDESK, {
		method,
		path,
		body,
		idempotent: method === 'GET' || method === 'PUT',
		convention: 'ErrCode',
		errors: UDESK_ERRORS,
		family: 'udesk',
		section,
	});
	return (response.body ?? {}) as IDataObject;
}

/** 21: every subscription of the application. The example answers one object; a list is the overview's word. */
export async function listUdeskSubscriptions(ctx: IHookFunctions): Promise<UdeskSubscriptionEntry[]> {
	const body = await call(ctx, 'ccapi-21', 'GET', '/ccapi/v2/subscriptions');
	const result = body.Result;
	const rows = Array.isArray(result) ? result : result && typeof result === 'object' ? [result] : [];
	return (rows as IDataObject[]).map((row) => ({
		subid: row.subid === undefined || row.subid === null ? undefined : Number(row.subid),
		callback: String(row.callback ?? ''),
		events: Array.isArray(row.events) ? row.events.map(String) : [],
		name: String(row.name ?? ''),
		// The document types enable as a string ("true"/"false").
		enable: row.enable === true || row.enable === 'true',
	}));
}

export function sameEvents(a: string[], b: string[]): boolean {
	return a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');
}

/** 18, or 19 when a subscription with this callback already exists (n8n restarted, events changed). */
export async function subscribeUdesk(ctx: IHookFunctions, wanted: { callback: string; events: string[]; name: string }, existing?: UdeskSubscriptionEntry): Promise<number> {
	if (existing?.subid !== undefined) {
		await call(ctx, 'ccapi-19', 'PUT', `/ccapi/v2/subscriptions/${encodeURIComponent(String(existing.subid))}`, { ...wanted, enable: true });
		return existing.subid;
	}
	const body = await call(ctx, 'ccapi-18', 'POST', '/ccapi/v2/subscriptions', { subscriptions: [wanted] });
	const result = (body.Result ?? {}) as IDataObject;
	const created = (Array.isArray(result.sub_succ) ? (result.sub_succ as IDataObject[]) : []).find((s) => s.name === wanted.name);
	if (!created || created.subid === undefined) {
		throw new NodeApiError(ctx.getNode(), { sub_fail: (result.sub_fail ?? null) as IDataObject } as never, {
			message: `Udesk did not accept the subscription "${wanted.name}"`,
			description: `sub_fail: ${JSON.stringify(result.sub_fail ?? null)}. A subscription name must be unique within the application, and the events must be from the event table.`,
		});
	}
	return Number(created.subid);
}

/** 20, for a subscription 21 still lists: one already deleted in Udesk counts as deleted. */
export async function unsubscribeUdesk(ctx: IHookFunctions, subid: number): Promise<void> {
	const listed = (await listUdeskSubscriptions(ctx)).some((s) => s.subid === subid);
	if (listed) await call(ctx, 'ccapi-20', 'DELETE', `/ccapi/v2/subscriptions/${encodeURIComponent(String(subid))}`);
}

/** The events chosen in the node, checked before Udesk sees them. */
export function chosenEvents(ctx: IHookFunctions): string[] {
	const events = ctx.getNodeParameter('events', []) as string[];
	if (!events.length) throw new NodeOperationError(ctx.getNode(), 'Events: choose at least one event to subscribe to');
	return events;
}
