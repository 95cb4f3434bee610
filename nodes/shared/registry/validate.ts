import { z } from 'zod';
import type { FieldSpec, OperationSpec } from './types';

/**
 * Input validation generated from the registry: every documented type, length, range, item count,
 * enum and pattern becomes a zod rule, checked before anything is sent.
 */

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
			schema = s;
			break;
		}
		case 'integer':
		case 'number': {
			let n = z.number({ invalid_type_error: 'must be a number' });
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

/** Validates the values of one operation; returns the first problem as "field: rule". */
export function validateValues(spec: OperationSpec, values: Record<string, unknown>): string | undefined {
	for (const field of spec.fields) {
		const value = values[`${field.in}:${field.name}`];
		if (value === undefined || value === null || value === '') {
			if (field.required) return `${field.name}: is required (${spec.section})`;
			continue;
		}
		const result = schemaOf(field).safeParse(value);
		if (!result.success) {
			const issue = result.error.issues[0];
			const path = [field.name, ...issue.path.map(String)].join('.');
			return `${path}: ${issue.message} (${spec.section})`;
		}
	}
	return undefined;
}
