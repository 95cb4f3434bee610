/**
 * Builds node parameters for any registry operation from its spec: the required fields with a
 * value that satisfies the documented rules (the reference's own request example when it does,
 * otherwise one generated from type, enum, length and range), plus per-interface overrides where
 * the simulator keeps state (a campaign that exists, a holiday of that campaign...).
 */
import type { IDataObject, INodeParameters, INodeType } from 'n8n-workflow';
import { isConditionalInMain, isSectionAt, isStructured, jsonTwinName } from '../../nodes/shared/registry/form';
import { binaryFields, isJsonField, pagingFieldNames, parameterName, parameterNames, toParameterName } from '../../nodes/shared/registry/params';
import type { FieldSpec, OperationSpec } from '../../nodes/shared/registry/types';
import { fieldSchema } from '../../nodes/shared/registry/validate';
import { toWireDate } from '../../nodes/shared/registry/dates';

/** A date-time some days ahead, in the `yyyy-MM-dd HH:mm:ss` format chapter 7 uses. */
export function futureDateTime(days: number, time = '00:00:00'): string {
	const d = new Date(Date.now() + days * 86400000);
	return `${d.toISOString().slice(0, 10)} ${time}`;
}

/** Values chosen by field name where the generic rule would not give a sensible one. */
const BY_NAME: Record<string, unknown> = {
	vdnId: 1,
	ccId: 1,
	strBeginTime: futureDateTime(1),
	strEndTime: futureDateTime(30, '23:59:59'),
	callbackUrl: 'http://127.0.0.1:9/callback',
	callBackUrl: 'http://127.0.0.1:9/callback',
	called: '13800001234',
	caller: '88880001',
	callerNo: '88880001',
	phone: '13800001234',
	softPhone: '7000101',
	email: 'agent@example.com',
	password: 'Test@1234',
	userAccount: 'agent001',
	beginTime: '2024-01-01 00:00:00',
	endTime: '2024-01-02 00:00:00',
	// 7.4.6 answers data IDs as 20-digit text.
	dataId: '11330737561851183104',
};

function generated(field: FieldSpec): unknown {
	if (field.options?.length) return field.options[0].value;
	switch (field.type) {
		case 'integer':
		case 'number':
			return field.min !== undefined ? Math.max(field.min, Math.min(field.max ?? field.min, 1)) : field.max !== undefined && field.max < 1 ? field.max : 1;
		case 'boolean':
			return true;
		case 'array': {
			if (field.children?.length) return [Object.fromEntries(field.children.filter((c) => c.required).map((c) => [c.name, sampleValue(c)]))];
			return [field.itemType === 'integer' || field.itemType === 'number' ? 1 : '13800001234'];
		}
		case 'object':
			return Object.fromEntries((field.children ?? []).filter((c) => c.required).map((c) => [c.name, sampleValue(c)]));
		case 'json':
			return {};
		default: {
			const length = Math.max(field.minLength ?? 1, Math.min(field.maxLength ?? 8, 8));
			return 'a1b2c3d4e5f6g7h8i9j0'.repeat(3).slice(0, length);
		}
	}
}

/** A date field's value in the documented form (so the value sent is the value given): the named one when it already is, else one day ahead. */
function sampleDate(field: FieldSpec, named: unknown): unknown {
	const format = field.dateFormat as string;
	const same = named !== undefined ? toWireDate(named, format, 'UTC') : undefined;
	if (same && 'value' in same && same.value === named) return named;
	const wire = toWireDate(Date.now() + 86400000, format, 'UTC') as { value: unknown };
	return field.type === 'string' && typeof wire.value === 'number' ? String(wire.value) : wire.value;
}

/** A value for one field that passes the registry's own validation. */
export function sampleValue(field: FieldSpec, example?: unknown): unknown {
	const valid = (v: unknown) => v !== undefined && v !== null && v !== '' && fieldSchema(field).safeParse(v).success;
	if (field.dateFormat) return sampleDate(field, BY_NAME[field.name] ?? example);
	const named = BY_NAME[field.name];
	if (valid(named)) return named;
	if (valid(example)) return example;
	return generated(field);
}

/** One section of a structured field as the form saves it: required sub-fields, the others under Additional Fields. */
function sectionForm(field: FieldSpec, entry: IDataObject, depth: number): IDataObject {
	const direct: IDataObject = {};
	const additionalFields: IDataObject = {};
	for (const [key, value] of Object.entries(entry)) {
		const child = field.children?.find((c) => c.name === key);
		const name = toParameterName(key);
		const form = child ? parameterValue(child, value, depth + 1) : value;
		if (child?.required) direct[name] = form as never;
		else additionalFields[name] = form as never;
	}
	return Object.keys(additionalFields).length ? { ...direct, additionalFields } : direct;
}

/**
 * The UI form of a value at a depth of sections (0: top level): structured fields as form sections
 * down to the form's depth, deeper ones and JSON fields as JSON text, lists as arrays (as an
 * expression gives them).
 */
export function parameterValue(field: FieldSpec, value: unknown, depth = 0): unknown {
	if (isSectionAt(field, depth)) {
		const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
		if (Array.isArray(parsed)) return { values: parsed.map((entry) => sectionForm(field, entry as IDataObject, depth)) };
		if (parsed && typeof parsed === 'object') return { values: sectionForm(field, parsed as IDataObject, depth) };
		return parsed;
	}
	// A String documented with sub-fields is its JSON text already.
	if (field.jsonString && typeof value === 'string') return value;
	if (isJsonField(field)) return JSON.stringify(value);
	return value;
}

/**
 * Sets one field's value in node parameters as the form saves it: a structured field's expression
 * (a form section cannot take one) and its JSON text go to its JSON alternative under Additional
 * Fields, other values become sections; `additional` puts the field under Additional Fields.
 */
export function setFormValue(parameters: INodeParameters, name: string, field: FieldSpec, value: unknown, additional = false, spec?: OperationSpec): void {
	const more = () => (parameters.additionalFields ??= {}) as IDataObject;
	// A conditional field sits in the main list, beside the field it depends on.
	if (spec && isConditionalInMain(field, spec)) additional = false;
	if (isStructured(field) && typeof value === 'string') more()[jsonTwinName(name)] = value;
	else if (additional) more()[name] = parameterValue(field, value) as never;
	else parameters[name] = parameterValue(field, value) as never;
}

export interface BuiltCase {
	parameters: INodeParameters;
	/** The values per `${in}:${name}`, as they should arrive. */
	values: Record<string, unknown>;
}

/** Parameters of one operation: required fields from the spec, overrides win. */
export function buildParameters(specs: OperationSpec[], spec: OperationSpec, overrides: Record<string, unknown> = {}, additional: Record<string, unknown> = {}): BuiltCase {
	const names = parameterNames(specs);
	const example = (spec.example && typeof spec.example === 'object' && !Array.isArray(spec.example) ? spec.example : {}) as IDataObject;
	// The table-driven tests check whole answers (result codes included): Raw output. Simplified
	// output, the default, has its own tests (test/workflow/simplifiedOutput.test.cts).
	const parameters: INodeParameters = { resource: spec.resource, operation: spec.operation, output: 'raw' };
	const values: Record<string, unknown> = {};
	const notTyped = new Set([...pagingFieldNames(spec), ...binaryFields(spec).filter((b) => !b.parent).map((b) => b.field.name)]);
	for (const field of spec.fields) {
		if (notTyped.has(field.name)) continue;
		const name = parameterName(names, spec, field);
		const override = overrides[field.name];
		if (field.required || field.name in additional) {
			const value = field.name in additional ? additional[field.name] : override !== undefined ? override : sampleValue(field, field.in === 'body' ? example[field.name] : undefined);
			values[`${field.in}:${field.name}`] = value;
			setFormValue(parameters, name, field, value, !field.required, spec);
		}
	}
	// Fields required because another field has a value (requiredWhen): shown beside it, filled like a required one.
	for (const field of spec.fields) {
		const when = field.requiredWhen;
		if (!when || field.required || field.name in additional || notTyped.has(field.name)) continue;
		const controller = spec.fields.find((f) => f.name === when.field);
		if (!controller || !when.values.some((v) => String(v) === String(values[`${controller.in}:${controller.name}`]))) continue;
		const value = overrides[field.name] !== undefined ? overrides[field.name] : sampleValue(field, field.in === 'body' ? example[field.name] : undefined);
		values[`${field.in}:${field.name}`] = value;
		setFormValue(parameters, parameterName(names, spec, field), field, value, false, spec);
	}
	return { parameters, values };
}

/**
 * A form section sends the documented sub-fields that are filled in: blank text in an example is
 * not sent, nor keys an example shows that the reference's table does not document (those need
 * the field's JSON alternative).
 */
function withoutBlankSubFields(field: FieldSpec, value: unknown, depth = 0): unknown {
	if (!isSectionAt(field, depth) || !value || typeof value !== 'object') return value;
	const documented = new Map((field.children ?? []).map((c) => [c.name, c]));
	const one = (entry: unknown) =>
		entry && typeof entry === 'object' && !Array.isArray(entry)
			? Object.fromEntries(
					Object.entries(entry as IDataObject)
						.filter(([k, v]) => documented.has(k) && v !== '' && v !== null && v !== undefined)
						.map(([k, v]) => [k, withoutBlankSubFields(documented.get(k)!, v, depth + 1)]),
				)
			: entry;
	return Array.isArray(value) ? value.map(one) : one(value);
}

/** The body the simulator should have received, from the values (paging fields added by the caller). */
export function expectedBody(spec: OperationSpec, values: Record<string, unknown>): IDataObject | undefined {
	let body: IDataObject | undefined;
	for (const field of spec.fields) {
		const value = values[`${field.in}:${field.name}`];
		if (field.in !== 'body' || value === undefined) continue;
		(body ??= {})[field.name] = (field.jsonString && typeof value !== 'string' ? JSON.stringify(value) : withoutBlankSubFields(field, value)) as never;
	}
	return body;
}

export function expectedPath(spec: OperationSpec, values: Record<string, unknown>): string {
	return spec.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(String(values[`path:${name}`])));
}

export function nodeName(node: INodeType): string {
	return node.description.name;
}
