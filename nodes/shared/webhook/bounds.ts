/**
 * Size bounds on a callback body, checked right after parsing and before any signature or record
 * code walks it. CEC's callbacks are shallow (the deepest, 13.2.1.x and 6.3.6, nest 3-4 levels)
 * and the reference states no maximum number of records per push (7.6.1 sends a list, 6.1.4.2 an
 * eventList, the rest one record). Far above that, a body is hostile or broken: recursive code
 * would overflow the stack on it, n8n could not serialize an item made of it, and thousands of
 * records in one push would flush the memory of already-seen records.
 */

/** Levels of objects/lists, the body itself being level 1. */
export const MAX_CALLBACK_DEPTH = 32;
/** Entries of any one list in the body (the records of a 7.6.1 or 6.1.4.2 push are such a list). */
export const MAX_CALLBACK_RECORDS = 1000;

export interface BodyBounds {
	maxDepth: number;
	maxRecords: number;
}

export const CALLBACK_BODY_BOUNDS: BodyBounds = { maxDepth: MAX_CALLBACK_DEPTH, maxRecords: MAX_CALLBACK_RECORDS };

/** Iterative on purpose: the body under test may be deep enough to overflow any recursive walk. */
export function bodyBoundsProblem(body: unknown, bounds: BodyBounds = CALLBACK_BODY_BOUNDS): string | undefined {
	const pending: Array<{ value: unknown; depth: number }> = [{ value: body, depth: 1 }];
	while (pending.length) {
		const { value, depth } = pending.pop()!;
		if (typeof value !== 'object' || value === null) continue;
		if (depth > bounds.maxDepth) return `The request body nests deeper than ${bounds.maxDepth} levels; CEC callbacks are far shallower.`;
		const children = Array.isArray(value) ? (value as unknown[]) : Object.values(value as Record<string, unknown>);
		if (Array.isArray(value) && value.length > bounds.maxRecords) {
			return `The request body carries a list of ${value.length} entries; at most ${bounds.maxRecords} records are accepted per push.`;
		}
		for (const child of children) if (typeof child === 'object' && child !== null) pending.push({ value: child, depth: depth + 1 });
	}
	return undefined;
}

/** The parsed body, or a 400 refusal when it exceeds the bounds (a refusal passes through unchanged). */
export function boundedBody<T extends { body: unknown } | { status: number; message: string }>(parsed: T): T | { status: 400; message: string } {
	if (!('body' in parsed)) return parsed;
	const problem = bodyBoundsProblem(parsed.body);
	return problem ? { status: 400, message: problem } : parsed;
}
