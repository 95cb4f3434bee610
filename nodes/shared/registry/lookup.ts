import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import type { CredentialTypeName } from '../auth/strategies';
import { cecRequest } from '../transport/cecRequest';
import { fieldParameterName, pagingFieldNames } from './params';
import { buildRequestPlan, type FieldValues } from './plan';
import type { FieldLookup, FieldSpec, OperationSpec } from './types';
import { credentialSourceOf } from './form';
import { parseDecimal, validateValues } from './validate';

/**
 * Dropdowns loaded from the API. A field with a `lookup` names the list operation of the same
 * node; one listSearch method per lookup runs that operation (through the one transport, with the
 * node's credential) and offers its items, label and value read from the documented paths.
 */

export type ListSearchMethod = (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>;

export function lookupMethodName(lookup: FieldLookup): string {
	return `lookup_${lookup.section.replace(/\./g, '_')}_${lookup.valuePath.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** Lookups whose list operation is part of the same node (a C1 list cannot feed a C2 node). */
export function availableLookup(field: FieldSpec, specs: OperationSpec[]): FieldLookup | undefined {
	const lookup = field.lookup;
	if (!lookup) return undefined;
	const list = specs.find((s) => s.section === lookup.section);
	return list?.result?.itemsPath ? lookup : undefined;
}

function pathValue(value: unknown, path: string): unknown {
	if (!path) return value;
	return path.split('.').reduce<unknown>((current, key) => (current && typeof current === 'object' ? (current as IDataObject)[key] : undefined), value);
}

function currentParameter(ctx: ILoadOptionsFunctions, name: string): unknown {
	let value: unknown;
	try {
		value = ctx.getCurrentNodeParameter(name);
	} catch {
		value = undefined;
	}
	if (value === undefined) {
		try {
			value = ctx.getNodeParameter(name, undefined);
		} catch {
			value = undefined;
		}
	}
	if (value && typeof value === 'object' && '__rl' in (value as IDataObject)) value = (value as IDataObject).value;
	return value;
}

function typed(field: FieldSpec, value: unknown): unknown {
	if (field.type === 'integer' || field.type === 'number') return parseDecimal(value);
	if (field.type === 'string' && typeof value === 'number') return String(value);
	return value;
}

function searchMethod(list: OperationSpec, lookup: FieldLookup, credentialType: CredentialTypeName): ListSearchMethod {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const paged = pagingFieldNames(list);
		const paging = list.paging && list.paging.style !== 'none' ? list.paging : undefined;
		const size = paging?.maxSize ?? 100;
		const position = paginationToken ? Number(paginationToken) : paging?.style === 'page' ? paging.firstPage : 0;
		const values: FieldValues = {};
		// The list operation's credential-filled fields (the agent of a C4 list, the tenant's VDN) come from the node's credential.
		const credentials = list.fields.some((f) => credentialSourceOf(f)) ? ((await this.getCredentials(credentialType)) as IDataObject) : {};
		for (const field of list.fields) {
			const key = `${field.in}:${field.name}`;
			if (paging && paged.has(field.name)) {
				const isPosition = paging.style === 'page' ? field.name === paging.pageField : field.name === paging.offsetField;
				const n = isPosition ? position : size;
				values[key] = field.type === 'string' ? String(n) : n;
				continue;
			}
			// The field being chosen is not a filter of its own list (5.1.4 with userAccount lists that one account only).
			if (field.name === lookup.valuePath && lookup.params?.[field.name] === undefined) continue;
			const source = credentialSourceOf(field);
			const fromCredential = source ? credentials[source.field] : undefined;
			// A field left empty in the form (a tenant ID the credential holds) is not a value.
			const inForm = currentParameter(this, fieldParameterName(field));
			const blank = (v: unknown) => v === undefined || v === null || v === '';
			const value = lookup.params?.[field.name] ?? (blank(inForm) ? undefined : inForm) ?? (blank(fromCredential) ? undefined : fromCredential) ?? (field.required ? field.default : undefined);
			if (value !== undefined && value !== '') values[key] = typed(field, value);
		}
		const problem = validateValues(list, values);
		if (problem) throw new Error(`Cannot list for this field yet: ${problem}`);
		const plan = buildRequestPlan(list, values);
		const response = await cecRequest(this, credentialType, {
			method: plan.method,
			path: plan.path,
			query: plan.query,
			headers: plan.headers,
			body: plan.body,
			idempotent: true,
			convention: list.result?.convention,
			listBody: list.result?.itemsPath === '.',
			errors: list.result?.errors,
			family: list.family,
			section: list.section,
		});
		const rows = pathValue(response.body, list.result?.itemsPath ?? '');
		const all = (Array.isArray(rows) ? rows : []).map((row) => {
			const value = pathValue(row, lookup.valuePath);
			const label = pathValue(row, lookup.labelPath);
			return { name: `${String(label ?? value)} (${String(value)})`, value: String(value) };
		});
		const needle = (filter ?? '').toLowerCase();
		const results = needle ? all.filter((r) => r.name.toLowerCase().includes(needle)) : all;
		const next = paging && Array.isArray(rows) && rows.length >= size ? String(paging.style === 'page' ? position + 1 : position + rows.length) : undefined;
		return { results, paginationToken: next };
	};
}

/** The node's `methods.listSearch`: one method per lookup named by its fields. */
export function buildLookupMethods(specs: OperationSpec[], credentialType: CredentialTypeName): { listSearch: Record<string, ListSearchMethod> } {
	const listSearch: Record<string, ListSearchMethod> = {};
	for (const spec of specs) {
		for (const field of spec.fields) {
			const lookup = availableLookup(field, specs);
			if (!lookup) continue;
			const list = specs.find((s) => s.section === lookup.section) as OperationSpec;
			listSearch[lookupMethodName(lookup)] ??= searchMethod(list, lookup, credentialType);
		}
	}
	return { listSearch };
}
