import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

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
		const saved = (ctx.getNode().parameters ?? {}) as IDataObject;
		run = { saved, fixed: new Map(), perItem: holdsExpression(saved.resource) || holdsExpression(saved.operation) };
		RUNS.set(ctx, run);
	}
	return run;
}

/** `ctx.getNodeParameter(name, itemIndex, fallback)`, resolved once per run when the parameter holds no expression. */
export function readParameter(ctx: IExecuteFunctions, name: string, itemIndex: number, fallback?: unknown): unknown {
	const run = runOf(ctx);
	// The fallback is part of the key: two call sites may read one parameter with different defaults.
	const key = `${name}\u0000${typeof fallback === 'object' && fallback !== null ? JSON.stringify(fallback) : String(fallback)}\u0000${fallback === null ? 'null' : typeof fallback}`;
	if (run.fixed.has(key)) return run.fixed.get(key);
	const value = ctx.getNodeParameter(name, itemIndex, fallback);
	if (!run.perItem && !holdsExpression(run.saved[name.split('.')[0]])) run.fixed.set(key, value);
	return value;
}
