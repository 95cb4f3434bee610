import { z } from 'zod';
import type { FieldSpec, OperationSpec } from './types';

/**
 * Input validation generated from the registry: every documented type, length, range, item count,
 * enum and pattern becomes a zod rule, checked before anything is sent.
 */

/** Missing, for a required field and for what is sent: nothing, or text that is only blanks. */
export function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A number typed as text (expressions, webhook input, AI tool calls) in plain decimal only:
 * JavaScript's Number() would also read "0x10" as 16, "1e3" as 1000 and " 7 " as 7, values the
 * user never wrote. Anything else is left as text for validation to refuse.
 */
export function parseDecimal(value: unknown): unknown {
	return typeof value === 'string' && PLAIN_DECIMAL.test(value) ? Number(value) : value;
}

const PATH_CHANGERS = new Set(['.', '..']);

/**
 * A value that fills a {placeholder} of the path: it is percent-encoded, so "/", "?" and "#"
 * stay inside the segment, but a segment that is empty, "." or ".." would still change which
 * resource the URL names (the URL parser resolves dot segments, and a server or proxy that
 * decodes %2F could see dot segments inside the value).
 */
export function pathValueProblem(value: unknown): string | undefined {
	if (typeof value === 'object' && value !== null) return `must be text or a number, not ${Array.isArray(value) ? 'a list' : 'an object'}`;
	const text = value === undefined || value === null ? '' : String(value);
	if (text.trim() === '') return 'must not be empty (it fills a segment of the request path)';
	if (text.split(/[/\\]/).some((segment) => PATH_CHANGERS.has(segment))) return 'must not be "." or ".." or contain such a segment (it would change the request path)';
	return undefined;
}

function decimalError(expected: string): z.ZodErrorMap {
	return (issue, ctx) => ({
		message: issue.code === 'invalid_type' && typeof ctx.data === 'string' ? `must be ${expected} in plain decimal digits, not ${JSON.stringify(ctx.data)}` : issue.code === 'invalid_type' ? `must be ${expected}` : ctx.defaultError,
	});
}

function optionList(field: FieldSpec): string {
	return (field.options ?? []).map((o) => `${JSON.stringify(o.value)} (${o.name})`).join(', ');
}

function scalarSchema(field: FieldSpec, type: FieldSpec['type']): z.ZodTypeAny {
	let schema: z.ZodTypeAny;
	switch (type) {
		case 'string': {
			let s = z.string({ invalid_type_error: 'must be text' });
			if (field.minLength !== undefined) s = s.min(field.minLength, `must be at least ${field.minLength} characters`);
			if (field.maxLength !== undefined) s = s.max(field.maxLength, `must be at most ${field.maxLength} characters`);
			if (field.pattern) s = s.regex(new RegExp(field.pattern), field.patternHint ?? `must match ${field.pattern}`);
			schema = field.required ? s.refine((text) => text.trim() !== '', 'is required (blank text counts as missing)') : s;
			break;
		}
		case 'integer':
		case 'number': {
			let n = z.number({ errorMap: decimalError(type === 'integer' ? 'a whole number' : 'a number') });
			if (type === 'integer') n = n.int('must be a whole number');
			if (field.min !== undefined) n = n.min(field.min, `must be at least ${field.min}`);
			if (field.max !== undefined) n = n.max(field.max, `must be at most ${field.max}`);
			schema = n;
			break;
		}
		case 'boolean':
			schema = z.boolean({ invalid_type_error: 'must be true or false' });
			break;
		case 'object':
			schema = field.children?.length ? objectSchema(field.children) : z.record(z.unknown());
			break;
		default:
			schema = z.unknown();
	}
	if (field.options?.length && (type === 'string' || type === 'integer' || type === 'number')) {
		const allowed = field.options.map((o) => o.value);
		schema = schema.refine((value) => allowed.some((a) => String(a) === String(value)), { message: `must be one of ${optionList(field)}` });
	}
	return schema;
}

export function fieldSchema(field: FieldSpec): z.ZodTypeAny {
	// A String the reference documents with sub-fields (retryPolicy.policyJson) may be given as its JSON text.
	if (field.jsonString) return z.union([z.string({ invalid_type_error: 'must be JSON text or an object' }), structuredSchema({ ...field, jsonString: undefined })]);
	return structuredSchema(field);
}

function structuredSchema(field: FieldSpec): z.ZodTypeAny {
	if (field.type === 'array') {
		const element = field.children?.length ? objectSchema(field.children) : scalarSchema(field, field.itemType ?? 'json');
		let array = z.array(element, { invalid_type_error: 'must be a list' });
		if (field.minItems !== undefined) array = array.min(field.minItems, `must have at least ${field.minItems} items`);
		if (field.maxItems !== undefined) array = array.max(field.maxItems, `must have at most ${field.maxItems} items`);
		if (field.required) array = array.min(Math.max(1, field.minItems ?? 1), 'must not be empty');
		return array;
	}
	return scalarSchema(field, field.type);
}

function objectSchema(fields: FieldSpec[]): z.ZodTypeAny {
	const shape: Record<string, z.ZodTypeAny> = {};
	for (const field of fields) shape[field.name] = field.required ? fieldSchema(field) : fieldSchema(field).optional().nullable();
	return z.object(shape).passthrough();
}

/** Specs are static: each field's schema is built once, not for every item of every run. */
const SCHEMAS = new WeakMap<FieldSpec, z.ZodTypeAny>();
function schemaOf(field: FieldSpec): z.ZodTypeAny {
	let schema = SCHEMAS.get(field);
	if (!schema) {
		schema = fieldSchema(field);
		SCHEMAS.set(field, schema);
	}
	return schema;
}

function requiredWhenApplies(field: FieldSpec, values: Record<string, unknown>, spec: OperationSpec): boolean {
	const when = field.requiredWhen;
	if (!when) return false;
	const controller = spec.fields.find((f) => f.name === when.field);
	const value = controller ? values[`${controller.in}:${controller.name}`] : undefined;
	return value !== undefined && when.values.some((v) => String(v) === String(value));
}

/** Every problem of one operation's values, as "field: rule", in the order of the fields. */
export function validationProblems(spec: OperationSpec, values: Record<string, unknown>): string[] {
	const problems: string[] = [];
	for (const field of spec.fields) {
		const value = values[`${field.in}:${field.name}`];
		if (isBlank(value)) {
			// A path field left out would leave an empty segment in the URL.
			if (field.required || field.in === 'path') problems.push(`${field.name}: is required${value ? ' (blank text counts as missing)' : ''}`);
			else if (requiredWhenApplies(field, values, spec)) {
				const when = field.requiredWhen as NonNullable<FieldSpec['requiredWhen']>;
				problems.push(`${field.name}: is required when ${when.field} is ${JSON.stringify(values[`${spec.fields.find((f) => f.name === when.field)?.in}:${when.field}`])}`);
			}
			continue;
		}
		const pathProblem = field.in === 'path' ? pathValueProblem(value) : undefined;
		if (pathProblem) {
			problems.push(`${field.name}: ${pathProblem}`);
			continue;
		}
		const result = schemaOf(field).safeParse(value);
		if (!result.success) {
			const seen = new Set<string>();
			for (const issue of result.error.issues) {
				const text = `${[field.name, ...issue.path.map(String)].join('.')}: ${issue.message}`;
				if (!seen.has(text)) problems.push(text);
				seen.add(text);
			}
		}
	}
	return problems;
}

/** The first problem of one operation's values with its section, or undefined when they are valid. */
export function validateValues(spec: OperationSpec, values: Record<string, unknown>): string | undefined {
	const [first] = validationProblems(spec, values);
	return first === undefined ? undefined : `${first} (${spec.section})`;
}
