import type { FieldSpec, OperationSpec } from './types';

/**
 * Which fields a user fills in, and under which n8n parameter name. The description builder and
 * the executor both ask this module, so the UI and the request can never disagree.
 */

export function opKey(spec: OperationSpec): string {
	return `${spec.resource}:${spec.operation}`;
}

/** Names the node itself uses: a documented field of the same name gets the suffix "Field". */
const RESERVED = new Set(['resource', 'operation', 'output', 'options', 'additionalFields', 'returnAll', 'limit', 'reference']);

/**
 * A field's parameter name is its documented name, so expressions read naturally, and it depends on
 * nothing but the field itself: adding or changing one operation can never rename a parameter of
 * another (saved workflows keep their values). Operations of one node may document one name with
 * different types; n8n keeps one value per name and shows the property of the chosen operation.
 */
/** n8n parameter names are identifiers: any other character of a documented name becomes "_" (`X-TenantSpaceID` → `X_TenantSpaceID`). */
export function toParameterName(text: string): string {
	return text.replace(/[^A-Za-z0-9_]/g, '_');
}

export function fieldParameterName(field: FieldSpec): string {
	const safe = toParameterName(field.name);
	return RESERVED.has(safe) ? `${safe}Field` : safe;
}

export function parameterNames(specs: OperationSpec[]): Map<string, string> {
	const names = new Map<string, string>();
	for (const spec of specs) {
		const taken = new Map<string, number>();
		for (const field of spec.fields) {
			const base = fieldParameterName(field);
			// One operation documenting one name in two places (path and body): the second names its place.
			const count = taken.get(base) ?? 0;
			taken.set(base, count + 1);
			names.set(`${opKey(spec)}#${field.in}#${field.name}`, count ? `${base}_${field.in}` : base);
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
	return toParameterName(`binaryProperty_${parent ? `${parent.name}_` : ''}${field.name}`);
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

