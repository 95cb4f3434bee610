import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { formatInWords } from './dates';
import { availableLookup, lookupMethodName } from './lookup';
import { isJsonField, toParameterName } from './params';
import type { FieldSpec, OperationSpec } from './types';
import { limitsInWords, sentence, titleCase } from './wording';

/**
 * How one documented field appears in the node's form, and how the form's value becomes the
 * documented value again. describe.ts builds the form from here and execute.ts reads it through
 * here, so the two cannot disagree.
 */

/**
 * Tenant constants every operation of a tenant repeats: filled from the credential when the node
 * leaves them empty, so a user types them once. The key is the documented field name (top level).
 */
const TENANT_CONSTANTS: Record<string, string> = {
	vdnId: 'vdnId',
	vdnid: 'vdnId',
	vdn: 'vdnId',
	ccId: 'ccId',
	tenantId: 'tenantSpaceId',
	'X-TenantSpaceID': 'tenantSpaceId',
};

/** How the credential labels the fields it fills (credentials/common.ts tenantFields). */
const CREDENTIAL_LABELS: Record<string, string> = { vdnId: 'Default VDN ID', ccId: 'Default Call Center ID', tenantSpaceId: 'Default Tenant Space ID' };

export function credentialFieldLabel(field: string): string {
	return CREDENTIAL_LABELS[field] ?? displayNameOf(field);
}

/** Where an empty field is filled from: the spec's credential field, or the credential's tenant constant. */
export function credentialSourceOf(field: FieldSpec): FieldSpec['fromCredential'] {
	if (field.fromCredential) return field.fromCredential;
	const constant = TENANT_CONSTANTS[field.name];
	return constant && field.type !== 'array' && field.type !== 'object' ? { field: constant } : undefined;
}

/** A tenant constant the reference marks mandatory: shown where users expect it, may be left empty for the credential's value. */
export function isTenantConstantInMain(field: FieldSpec): boolean {
	return field.required === true && !field.fromCredential && !!credentialSourceOf(field);
}

/** Fields the user fills in: the required ones, unless the credential can supply them. */
export function isRequiredInUi(field: FieldSpec): boolean {
	return field.required === true && !credentialSourceOf(field);
}

/** Fields read from the main list of the form: the required ones and the mandatory tenant constants. */
export function isInMainList(field: FieldSpec): boolean {
	return isRequiredInUi(field) || isTenantConstantInMain(field);
}

/** Required only when a main-list field has one of some values (requiredWhen): shown beside it, in the main list. */
export function isConditionalInMain(field: FieldSpec, spec: Pick<OperationSpec, 'fields'>): boolean {
	const when = field.requiredWhen;
	return !!when && !isInMainList(field) && spec.fields.some((f) => f.name === when.field && isInMainList(f));
}

/** Fields under Additional Fields: optional ones and credential-supplied ones that are not hidden. */
export function isAdditionalInUi(field: FieldSpec): boolean {
	return !isInMainList(field) && !credentialSourceOf(field)?.hidden;
}

const ACRONYMS = new Map([
	['id', 'ID'],
	['ids', 'IDs'],
	['url', 'URL'],
	['uri', 'URI'],
	['vdn', 'VDN'],
	['ivr', 'IVR'],
	['tts', 'TTS'],
	['sip', 'SIP'],
	['obs', 'OBS'],
	['cc', 'CC'],
	['api', 'API'],
	['asr', 'ASR'],
	['sms', 'SMS'],
	['json', 'JSON'],
]);

/** `vdnId` → "VDN ID": the label derived from the documented name when the spec gives none. */
export function displayNameOf(name: string): string {
	const words = name
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/[_-]+/g, ' ')
		.split(/\s+/)
		.filter(Boolean);
	return words.map((w) => ACRONYMS.get(w.toLowerCase()) ?? w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

export function labelOf(field: FieldSpec): string {
	return titleCase(field.displayName ?? displayNameOf(field.name));
}

/** Fields whose documented sub-fields become a form section (a fixed collection) instead of a JSON box. */
export function isStructured(field: FieldSpec): boolean {
	return !!field.children?.length && (field.type === 'object' || field.type === 'array' || field.jsonString === true) && !field.binary;
}

/** The JSON alternative of a structured field, for expressions that build the whole value. */
export function jsonTwinName(name: string): string {
	return `${name}Json`;
}

function describeField(field: FieldSpec, extra: string[] = []): string {
	let text = (field.description ?? '')
		.replace(/\s*\(field <code>[^<]*<\/code>\)/g, '')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.trim();
	// n8n words a boolean's description as a question of "Whether".
	if (field.type === 'boolean') text = text.replace(/^(indicates|specifies|determines)\s+whether/i, 'Whether');
	const limits = limitsInWords(field);
	const parts = [text.replace(/\.$/, ''), ...(limits.length ? [`Allowed: ${limits.join(', ')}`] : []), ...extra].filter(Boolean);
	const description = sentence(parts.join('. '));
	// A description that only repeats the label says nothing.
	return description.toLowerCase() === labelOf(field).toLowerCase() ? '' : description;
}

function defaultOf(field: FieldSpec): string | number | boolean {
	if (field.default !== undefined && field.default !== null && typeof field.default !== 'object') {
		const documented = field.default as string | number | boolean;
		return field.type === 'string' && !field.options?.length && !field.dateFormat ? String(documented) : documented;
	}
	if (field.options?.length) return field.options[0].value;
	if (field.dateFormat) return '';
	if (isJsonField(field)) return field.type === 'array' ? '[]' : '{}';
	if (field.type === 'integer' || field.type === 'number') return field.min ?? 0;
	if (field.type === 'boolean') return false;
	return '';
}

/** Option labels in plain words, unique (a repeated label names its value), alphabetical as n8n lists them. */
function optionsOf(field: FieldSpec): INodePropertyOptions[] {
	const labels = (field.options ?? []).map((o) => titleCase(o.name.trim()));
	return (field.options ?? [])
		.map((o, i) => ({
			name: labels.indexOf(labels[i]) !== labels.lastIndexOf(labels[i]) ? titleCase(`${labels[i]} (${String(o.value).replace(/[_-]+/g, ' ')})`) : labels[i],
			value: o.value as string | number,
			...(o.description ? { description: sentence(o.description) } : {}),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** Secrets typed into a node (e.g. a password change) are masked like credential fields. */
const SECRET_NAME = /password|pwd|secret|token/i;

function lookupProperty(field: FieldSpec, name: string, specs: OperationSpec[], description: string): INodeProperties | undefined {
	const lookup = availableLookup(field, specs);
	if (!lookup) return undefined;
	return {
		displayName: labelOf(field),
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		...(description ? { description } : {}),
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: lookupMethodName(lookup), searchable: true } },
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: `e.g. ${field.type === 'integer' || field.type === 'number' ? '1001' : 'ID'}` },
		],
	};
}

/** A structured field: one section (object) or a list of sections (array), optional sub-fields under Additional Fields. */
function structuredProperty(field: FieldSpec, name: string, description: string, depth: number): INodeProperties {
	const children = field.children ?? [];
	const byLabel = (a: INodeProperties, b: INodeProperties) => a.displayName.localeCompare(b.displayName);
	// A sub-field read from a binary property can also be typed (the binary parameter wins when set).
	const required = children.filter((c) => c.required).map((c) => fieldProperty(c, toParameterName(c.name), [], depth + 1));
	const optional = children.filter((c) => !c.required).map((c) => fieldProperty(c, toParameterName(c.name), [], depth + 1));
	const label = labelOf(field);
	const values: INodeProperties[] = [...required.map((p) => ({ ...p, required: true }))];
	if (optional.length) {
		values.push({
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: optional.sort(byLabel),
		});
	}
	values.sort(byLabel);
	const many = field.type === 'array';
	return {
		displayName: label,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: many },
		placeholder: many ? `Add to ${label}` : `Set ${label}`,
		default: {},
		description,
		options: [{ displayName: label, name: 'values', values }],
	};
}

/**
 * Whether a structured field is a form section at this depth (0: top level). Sections nest two
 * deep; deeper fields (such as the predictive dialer's per-mode settings inside Predicted Call
 * Settings) are JSON, where a third level of boxes would be harder to read than the value. Inside a
 * section, a String the reference documents with sub-fields (busiPolicy, policyJson) stays JSON
 * text: its examples show a list where its table shows one object, and the user types what CEC
 * takes; at the top level its JSON alternative does the same.
 */
export function isSectionAt(field: FieldSpec, depth: number): boolean {
	return isStructured(field) && (depth === 0 || (depth === 1 && !field.jsonString));
}

/** The form property of one field (depth 0: top level; 1 and more: inside a structured field's section). */
export function fieldProperty(field: FieldSpec, name: string, specs: OperationSpec[] = [], depth = 0): INodeProperties {
	const nested = depth > 0;
	const source = nested ? undefined : credentialSourceOf(field);
	const extra: string[] = [];
	if (field.dateFormat) extra.push(`Pick a date or map one; it is ${formatInWords(field.dateFormat)} in ${field.dateZone ?? "the tenant's time zone"}`);
	if (source && !source.hidden) extra.push(`Empty: the credential's ${credentialFieldLabel(source.field)}`);
	const description = describeField(field, extra);
	const located = nested ? undefined : lookupProperty(field, name, specs, description);
	if (located) return located;
	if (isSectionAt(field, depth)) return structuredProperty(field, name, description, depth);
	const base = { displayName: labelOf(field), name, ...(description ? { description } : {}), default: defaultOf(field) };
	if (field.dateFormat) return { ...base, type: 'dateTime', default: '' };
	if (field.options?.length && field.type !== 'array') return { ...base, type: 'options', options: optionsOf(field) };
	if (field.options?.length) return { ...base, type: 'multiOptions', options: optionsOf(field), default: [] };
	if (isJsonField(field)) return { ...base, type: 'json' };
	if (field.type === 'array') return { ...base, type: 'string', description: sentence(`${description.replace(/\.$/, '')}. Separate entries with commas, or map a list`) };
	// A number the credential may supply must be able to stay empty, which a number input cannot.
	if ((field.type === 'integer' || field.type === 'number') && source && !source.hidden) return { ...base, type: 'string', default: '', placeholder: 'From the credential' };
	if (field.type === 'integer' || field.type === 'number') {
		return { ...base, default: base.default, type: 'number', typeOptions: { minValue: field.min, maxValue: field.max, numberPrecision: field.type === 'integer' ? 0 : undefined } };
	}
	if (field.type === 'boolean') return { ...base, type: 'boolean' };
	const secret = SECRET_NAME.test(field.name) ? { password: true } : {};
	const typeOptions = { ...secret, ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}) };
	const placeholder = /e-?mail/i.test(field.name) ? { placeholder: 'name@email.com' } : {};
	return { ...base, ...placeholder, type: 'string', typeOptions: Object.keys(typeOptions).length ? typeOptions : undefined };
}

/** The JSON alternative of a structured field, offered under Additional Fields. */
export function jsonTwinProperty(field: FieldSpec, name: string): INodeProperties {
	return {
		displayName: `${labelOf(field)} (JSON)`,
		name: jsonTwinName(name),
		type: 'json',
		default: '',
		description: sentence(`The whole ${labelOf(field)} value as JSON, for example built by an expression. Used instead of the ${labelOf(field)} section when set.`),
	};
}

function blankForm(value: unknown): boolean {
	return value === undefined || value === null || value === '';
}

/** A section of a structured field back in the documented shape: required sub-fields and the ones added. */
function sectionValue(field: FieldSpec, entry: IDataObject): IDataObject {
	const { additionalFields, ...direct } = entry;
	const merged: IDataObject = { ...direct, ...((additionalFields as IDataObject | undefined) ?? {}) };
	const out: IDataObject = {};
	for (const child of field.children ?? []) {
		const value = merged[toParameterName(child.name)];
		if (!blankForm(value)) out[child.name] = value as IDataObject[string];
	}
	return out;
}

/**
 * A structured field's form value ({ values: {...} } or { values: [...] }) in the documented shape,
 * or undefined when nothing was filled in. Sub-fields are converted by the caller's converter.
 */
export function structuredValue(field: FieldSpec, raw: unknown): unknown {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
	// Nothing added: a mandatory object whose sub-fields are all optional is still sent, empty.
	const empty = field.required && field.type !== 'array' && !field.children?.some((c) => c.required) ? {} : undefined;
	if (!('values' in (raw as IDataObject))) return Object.keys(raw as IDataObject).length ? raw : empty;
	const values = (raw as IDataObject).values;
	if (field.type === 'array') {
		const list = (Array.isArray(values) ? values : values ? [values] : []) as IDataObject[];
		return list.length ? list.map((entry) => sectionValue(field, entry)) : undefined;
	}
	const entry = (Array.isArray(values) ? values[0] : values) as IDataObject | undefined;
	return entry ? sectionValue(field, entry) : empty;
}
