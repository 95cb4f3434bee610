import type { IDataObject } from 'n8n-workflow';
import type { FieldSpec, HttpMethod, OperationSpec } from './types';
import { isBlank } from './validate';

/** The request an operation sends, built from validated values exactly as the reference nests it. */
export interface RequestPlan {
	method: HttpMethod;
	path: string;
	query: IDataObject;
	headers: IDataObject;
	body?: unknown;
}

/** Values keyed `${in}:${name}` (see collectValues), already converted to the documented types. */
export type FieldValues = Record<string, unknown>;

/** A String field that the reference documents with sub-fields (e.g. policyJson) is sent as JSON text. */
function wireValue(field: FieldSpec, value: unknown): unknown {
	if (field.jsonString && typeof value !== 'string') return JSON.stringify(value);
	const nested = field.children?.filter((c) => c.jsonString);
	if (!nested?.length || !value || typeof value !== 'object') return value;
	const one = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as IDataObject).map(([k, x]) => [k, nested.some((c) => c.name === k) ? wireValue(nested.find((c) => c.name === k) as FieldSpec, x) : x])) : v);
	return Array.isArray(value) ? value.map(one) : one(value);
}

export function buildRequestPlan(spec: OperationSpec, values: FieldValues, rawBody?: unknown): RequestPlan {
	const query: IDataObject = {};
	const headers: IDataObject = {};
	let body: IDataObject | undefined;
	for (const field of spec.fields) {
		const value = values[`${field.in}:${field.name}`];
		if (isBlank(value)) continue;
		if (field.in === 'query') query[field.name] = value as IDataObject[string];
		else if (field.in === 'header') headers[field.name] = String(value);
		else if (field.in === 'body') (body ??= {})[field.name] = wireValue(field, value) as IDataObject[string];
	}
	const path = spec.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(String(values[`path:${name}`] ?? '')));
	const flat = spec.method !== 'GET' && spec.method !== 'DELETE' ? body ?? (spec.fields.some((f) => f.in === 'body') ? {} : undefined) : body;
	const sendsBody = spec.bodyWrapper && flat !== undefined ? { [spec.bodyWrapper]: flat } : flat;
	return { method: spec.method, path, query, headers, body: rawBody !== undefined ? rawBody : sendsBody };
}
