import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { availableLookup, lookupMethodName } from './lookup';
import { binaryFields, binaryParameterName, isJsonField, pagingFieldNames, parameterName, parameterNames } from './params';
import type { FieldSpec, OperationSpec } from './types';

/** The node UI, generated from the registry: resource and operation pickers, then each operation's fields. */

export interface ResourceSpec {
	value: string;
	name: string;
	description?: string;
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
]);

/** `vdnId` → "Vdn ID" → "VDN ID"; the documented name stays visible in the description. */
export function displayNameOf(name: string): string {
	const words = name
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/[_-]+/g, ' ')
		.split(/\s+/)
		.filter(Boolean);
	return words.map((w) => ACRONYMS.get(w.toLowerCase()) ?? w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

function describeField(field: FieldSpec): string {
	const limits: string[] = [];
	if (field.minLength !== undefined || field.maxLength !== undefined) limits.push(`${field.minLength ?? 0}-${field.maxLength ?? '∞'} characters`);
	if (field.min !== undefined || field.max !== undefined) limits.push(`${field.min ?? '-∞'}..${field.max ?? '∞'}`);
	if (field.maxItems !== undefined) limits.push(`at most ${field.maxItems} items`);
	const text = (field.description ?? '').trim();
	return `${text}${limits.length ? ` [${limits.join('; ')}]` : ''} (field <code>${field.name}</code>)`;
}

function defaultOf(field: FieldSpec): string | number | boolean {
	if (field.default !== undefined && field.default !== null && typeof field.default !== 'object') return field.default as string | number | boolean;
	if (field.options?.length) return field.options[0].value;
	if (isJsonField(field)) return field.type === 'array' ? '[]' : '{}';
	if (field.type === 'integer' || field.type === 'number') return field.min !== undefined && field.required ? field.min : 0;
	if (field.type === 'boolean') return false;
	return '';
}

/** Secrets typed into a node (e.g. a password change) are masked like credential fields. */
const SECRET_NAME = /password|pwd|secret|token/i;

/** Fields the user fills in: the required ones, unless the credential can supply them. */
export function isRequiredInUi(field: FieldSpec): boolean {
	return field.required === true && !field.fromCredential;
}

/** Fields under Additional Fields: optional ones and credential-supplied ones that are not hidden. */
export function isAdditionalInUi(field: FieldSpec): boolean {
	return !isRequiredInUi(field) && !field.fromCredential?.hidden;
}

/** An ID field with a list operation: From List (loaded from the API) or By ID (for expressions). */
function lookupProperty(field: FieldSpec, name: string, specs: OperationSpec[]): INodeProperties | undefined {
	const lookup = availableLookup(field, specs);
	if (!lookup) return undefined;
	return {
		displayName: field.displayName ?? displayNameOf(field.name),
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: describeField(field),
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: lookupMethodName(lookup), searchable: true } },
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: `e.g. ${field.type === 'integer' || field.type === 'number' ? '1001' : 'ID'}` },
		],
	};
}

function fieldProperty(field: FieldSpec, name: string, specs: OperationSpec[] = []): INodeProperties {
	const located = lookupProperty(field, name, specs);
	if (located) return located;
	const fromCredential = field.fromCredential ? ` Empty: the credential's ${displayNameOf(field.fromCredential.field)}.` : '';
	const base = { displayName: field.displayName ?? displayNameOf(field.name), name, description: describeField(field) + fromCredential, default: defaultOf(field) };
	if (field.options?.length && field.type !== 'array') {
		return {
			...base,
			type: 'options',
			options: field.options.map((o) => ({ name: `${String(o.value)}: ${o.name}`.slice(0, 120), value: o.value as string | number })),
		};
	}
	if (isJsonField(field)) return { ...base, type: 'json' };
	if (field.type === 'array') return { ...base, type: 'string', description: `${base.description}. Comma-separated, or an array from an expression.` };
	if (field.type === 'integer' || field.type === 'number') {
		return { ...base, type: 'number', typeOptions: { minValue: field.min, maxValue: field.max, numberPrecision: field.type === 'integer' ? 0 : undefined } };
	}
	if (field.type === 'boolean') return { ...base, type: 'boolean' };
	const secret = SECRET_NAME.test(field.name) ? { password: true } : {};
	const typeOptions = { ...secret, ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}) };
	return { ...base, type: 'string', typeOptions: Object.keys(typeOptions).length ? typeOptions : undefined };
}

export function buildProperties(resources: ResourceSpec[], specs: OperationSpec[]): INodeProperties[] {
	const names = parameterNames(specs);
	const resourcePicker: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resources.map((r) => ({ name: r.name, value: r.value, description: r.description })),
		default: '',
	};
	resourcePicker.default = resources[0].value;
	const properties: INodeProperties[] = [resourcePicker];
	for (const resource of resources) {
		const ops = specs.filter((s) => s.resource === resource.value);
		const current = ops.find((s) => !s.legacy) ?? ops[0];
		const operationPicker: INodeProperties = {
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options: ops.map(
				(s): INodePropertyOptions => ({
					name: `${s.name}${s.legacy ? ' (Legacy)' : ''}`,
					value: s.operation,
					action: s.action ?? s.name,
					description: `${s.section}: ${s.method} ${s.path}`,
				}),
			),
			default: '',
		};
		operationPicker.default = current.operation;
		properties.push(operationPicker);
	}
	for (const spec of specs) {
		const show = { resource: [spec.resource], operation: [spec.operation] };
		const binaries = binaryFields(spec);
		const notTyped = new Set([...pagingFieldNames(spec), ...binaries.filter((b) => !b.parent).map((b) => b.field.name)]);
		const required = spec.fields.filter((f) => isRequiredInUi(f) && !notTyped.has(f.name));
		const optional = spec.fields.filter((f) => isAdditionalInUi(f) && !notTyped.has(f.name));
		for (const { field, parent } of binaries) {
			const top = !parent && field.required === true;
			const binaryDefault = top ? 'data' : '';
			properties.push({
				displayName: `Input Binary Field${parent ? ` for ${parent.name}.${field.name}` : ` (${field.name})`}`,
				name: binaryParameterName(field, parent),
				type: 'string',
				default: binaryDefault,
				required: top,
				hint: 'The name of the input binary field containing the file',
				description: `${field.binary === 'text' ? 'Its UTF-8 text is sent' : 'Its content is sent Base64-encoded'} as <code>${parent ? `${parent.name}.` : ''}${field.name}</code>${top ? '' : ' (empty: the typed value is used)'}`,
				displayOptions: { show },
			});
		}
		for (const field of required) {
			properties.push({ ...fieldProperty(field, parameterName(names, spec, field), specs), required: true, displayOptions: { show } });
		}
		if (pagingFieldNames(spec).size) {
			properties.push(
				{ displayName: 'Return All', name: 'returnAll', type: 'boolean', default: false, description: 'Whether to return all results or only up to a given limit', displayOptions: { show } },
				{
					displayName: 'Limit',
					name: 'limit',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 50,
					description: 'Max number of results to return',
					displayOptions: { show: { ...show, returnAll: [false] } },
				},
			);
		}
		if (optional.length) {
			properties.push({
				displayName: 'Additional Fields',
				name: 'additionalFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				displayOptions: { show },
				options: optional.map((field) => fieldProperty(field, parameterName(names, spec, field), specs)).sort((a, b) => a.displayName.localeCompare(b.displayName)),
			});
		}
	}
	properties.push({
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Body Override (JSON)',
				name: 'rawBody',
				type: 'json',
				default: '',
				description: 'Send this JSON as the request body instead of the one built from the fields, for servers that expect another shape',
			},
			{ displayName: 'Concurrency', name: 'concurrency', type: 'number', typeOptions: { minValue: 1, maxValue: 64 }, default: 5, description: 'How many items are sent at the same time' },
			{
				displayName: 'Retry State Changes',
				name: 'retryStateChanges',
				type: 'boolean',
				default: false,
				description: 'Whether to retry creates and other state changes on network errors, 429 and 502-504 too. Queries are always retried.',
			},
			...(specs.some((s) => s.auth === 'C4')
				? [
						{
							displayName: 'Sign In Automatically',
							name: 'signInAutomatically',
							type: 'boolean' as const,
							default: false,
							description:
								'Whether to sign the agent in (never forcibly) when this n8n process holds no session for it, and to sign in once more when the session expired (000-003, 100-006). Off: such operations fail with "sign in first".',
						},
						{
							displayName: 'Session Handle',
							name: 'sessionHandle',
							type: 'string' as const,
							typeOptions: { password: true },
							default: '',
							description:
								"A sessionHandle from a Huawei CEC Agent Event Trigger item, used when this n8n process holds no session of its own for the handle's agent (e.g. on a queue-mode worker). Only a credential with the trigger's password and base URL can open it. Not added: the input item's sessionHandle field is used when present. Added and empty: no handle is used.",
						},
					]
				: []),
		],
	});
	return properties;
}

/** One row of dist/operations.json per operation. */
export function operationRows(node: string, specs: OperationSpec[]): Array<Record<string, string>> {
	return specs.flatMap((s) =>
		[s.section, ...(s.aliases ?? [])].map((section) => ({ section, node, resource: s.resource, operation: s.operation, method: s.method, path: s.path, auth: s.auth })),
	);
}
