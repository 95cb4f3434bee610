import type { FieldSpec, OperationSpec } from './types';

/**
 * Which fields a user fills in, and under which n8n parameter name. The description builder and
 * the executor both ask this module, so the UI and the request can never disagree.
 */

export function opKey(spec: OperationSpec): string {
	return `${spec.resource}:${spec.operation}`;
}

/**
 * Parameter names are the documented field names, so expressions read naturally. Two operations
 * of one node may document the same name with different types; those get a suffix so n8n keeps
 * their values apart.
 */
export function parameterNames(specs: OperationSpec[]): Map<string, string> {
	const typeByName = new Map<string, Set<string>>();
	for (const spec of specs) {
		for (const field of spec.fields) {
			const signature = `${field.type}/${field.itemType ?? ''}/${field.options ? 'options' : ''}`;
			const set = typeByName.get(field.name) ?? new Set<string>();
			set.add(signature);
			typeByName.set(field.name, set);
		}
	}
	const names = new Map<string, string>();
	for (const spec of specs) {
		for (const field of spec.fields) {
			const clash = (typeByName.get(field.name)?.size ?? 0) > 1;
			const safe = field.name.replace(/[^A-Za-z0-9_]/g, '_');
			names.set(`${opKey(spec)}#${field.in}#${field.name}`, clash ? `${safe}_${spec.operation}` : safe);
		}
	}
	return names;
}

export function parameterName(names: Map<string, string>, spec: OperationSpec, field: FieldSpec): string {
	return names.get(`${opKey(spec)}#${field.in}#${field.name}`) ?? field.name;
}

/** Fields that are sent as JSON text from the UI (objects, arrays of objects, untyped values). */
export function isJsonField(field: FieldSpec): boolean {
	return field.type === 'object' || field.type === 'json' || (field.type === 'array' && (field.itemType === 'object' || field.itemType === 'json' || !!field.children));
}

/** Return All stops after this many pages unless the user raises it (Options > Max Pages). */
export const DEFAULT_MAX_PAGES = 1000;

/** Paging fields are driven by Return All / Limit, never typed in. */
export function pagingFieldNames(spec: OperationSpec): Set<string> {
	const paging = spec.paging;
	if (!paging || paging.style === 'none' || !spec.result?.itemsPath) return new Set();
	return new Set(paging.style === 'page' ? [paging.pageField, paging.sizeField] : [paging.offsetField, paging.limitField]);
}

/** Where a binary field's content comes from: the parameter naming the input item's binary property. */
export function binaryParameterName(field: FieldSpec, parent?: FieldSpec): string {
	return `binaryProperty_${parent ? `${parent.name}_` : ''}${field.name}`.replace(/[^A-Za-z0-9_]/g, '_');
}

/** Top-level binary fields, and binary children of top-level object fields. */
export function binaryFields(spec: OperationSpec): Array<{ field: FieldSpec; parent?: FieldSpec }> {
	const found: Array<{ field: FieldSpec; parent?: FieldSpec }> = [];
	for (const field of spec.fields) {
		if (field.binary) found.push({ field });
		if (field.type === 'object') for (const child of field.children ?? []) if (child.binary) found.push({ field: child, parent: field });
	}
	return found;
}

