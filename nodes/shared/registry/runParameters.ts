import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { runNode } from '../transport/cecRequest';

/**
 * A node run's parameter reads. A parameter whose saved value holds no expression anywhere is the
 * same for every item, so it is resolved by n8n once per run instead of once per item (each
 * `getNodeParameter` call deep-copies and walks the value). Parameters that hold an expression,
 * and every read that fails, go to n8n for each item as before, so errors still name their item.
 * The values are shared by the run's items: callers read them and never change them.
 */
interface RunParameters {
	saved: IDataObject;
	fixed: Map<string, unknown>;
	/** Resource or Operation by expression: items may run different operations, so nothing is held. */
	perItem: boolean;
}

const RUNS = new WeakMap<IExecuteFunctions, RunParameters>();

function holdsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(holdsExpression);
	if (value && typeof value === 'object') return Object.values(value as IDataObject).some(holdsExpression);
	return false;
}

function runOf(ctx: IExecuteFunctions): RunParameters {
	let run = RUNS.get(ctx);
	if (!run) {
		const saved = (runNode(ctx).parameters ?? {}) as IDataObject;
		run = { saved, fixed: new Map(), perItem: holdsExpression(saved.resource) || holdsExpression(saved.operation) };
		RUNS.set(ctx, run);
	}
	return run;
}

/**
 * A parameter that is nothing but a plain read of the input item (`={{ $json.number }}`,
 * `={{ $json["called number"].text }}`): no call, operator or fallback. The path, or undefined.
 */
const PLAIN_JSON_READ = /^=\{\{\s*\$json((?:\.[A-Za-z_$][\w$]*|\[\s*(?:"[^"\\]*"|'[^'\\]*')\s*\])+)\s*\}\}$/;
const PATH_SEGMENT = /\.([A-Za-z_$][\w$]*)|\[\s*(?:"([^"\\]*)"|'([^'\\]*)')\s*\]/g;
const PLAIN_READS = new Map<string, string[] | null>();

export function plainJsonPath(saved: unknown): string[] | undefined {
	if (typeof saved !== 'string' || !saved.startsWith('={{')) return undefined;
	let path = PLAIN_READS.get(saved);
	if (path === undefined) {
		const match = PLAIN_JSON_READ.exec(saved);
		path = match ? [...match[1].matchAll(PATH_SEGMENT)].map((m) => m[1] ?? m[2] ?? m[3]) : null;
		if (PLAIN_READS.size < 1000) PLAIN_READS.set(saved, path);
	}
	return path ?? undefined;
}

/**
 * The value a plain read yields, when it is a string, number, boolean or null found by own
 * properties all the way; anything else (a missing key, an object, a prototype property) is left
 * to n8n, so its own semantics and errors apply.
 */
function plainRead(json: unknown, path: string[]): { value: unknown } | undefined {
	let value = json;
	for (const key of path) {
		if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
		value = (value as IDataObject)[key];
	}
	return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? { value } : undefined;
}

/**
 * `ctx.getNodeParameter(name, itemIndex, fallback)`, resolved once per run when the parameter
 * holds no expression. A parameter that only reads a value of the input item is read directly:
 * n8n 2.x evaluates every expression in a V8 isolate (about 0.1 ms per item on 2 cores), which
 * for a batch of thousands of items is most of the node's time.
 */
export function readParameter(ctx: IExecuteFunctions, name: string, itemIndex: number, fallback?: unknown): unknown {
	const run = runOf(ctx);
	const path = run.perItem ? undefined : plainJsonPath(run.saved[name]);
	if (path) {
		const read = plainRead(ctx.getInputData()[itemIndex]?.json, path);
		if (read) return read.value;
	}
	// The fallback is part of the key: two call sites may read one parameter with different defaults.
	const key = `${name}\u0000${typeof fallback === 'object' && fallback !== null ? JSON.stringify(fallback) : String(fallback)}\u0000${fallback === null ? 'null' : typeof fallback}`;
	if (run.fixed.has(key)) return run.fixed.get(key);
	const value = ctx.getNodeParameter(name, itemIndex, fallback);
	if (!run.perItem && !holdsExpression(run.saved[name.split('.')[0]])) run.fixed.set(key, value);
	return value;
}
