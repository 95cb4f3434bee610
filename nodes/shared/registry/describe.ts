import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { fieldProperty, isAdditionalInUi, isRequiredInUi, isStructured, isTenantConstantInMain, jsonTwinProperty } from './form';
import { binaryFields, binaryParameterName, DEFAULT_MAX_PAGES, pagingFieldNames, parameterName, parameterNames } from './params';
import { webChatTokenProperties } from './webChat';
import type { OperationSpec } from './types';
import { sentence, sentenceCase, titleCase } from './wording';

/** The node UI, generated from the registry: resource and operation pickers, then each operation's fields. */

export interface ResourceSpec {
	value: string;
	name: string;
	description?: string;
}

/** Simplified (the records, envelope removed, meanings added) or Raw (the whole answer). */
function outputProperty(show: { resource: string[]; operation: string[] }): INodeProperties {
	return {
		displayName: 'Output',
		name: 'output',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Raw', value: 'raw', description: 'The whole answer of CEC, result code included' },
			{ name: 'Simplified', value: 'simplified', description: 'The records of the answer, one item each, with readable meanings beside codes' },
		],
		default: 'simplified',
		displayOptions: { show },
	};
}

export function buildProperties(resources: ResourceSpec[], specs: OperationSpec[]): INodeProperties[] {
	const names = parameterNames(specs);
	const resourcePicker: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resources.map((r) => ({ name: titleCase(r.name), value: r.value, ...(r.description ? { description: sentence(r.description) } : {}) })).sort((a, b) => a.name.localeCompare(b.name)),
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
			options: ops
				.map(
					(s): INodePropertyOptions => {
						const name = titleCase(s.name);
						const description = sentence(s.description ?? s.action ?? s.name);
						// n8n's lint refuses a description that only repeats the name.
						const says = description.toLowerCase() !== name.toLowerCase();
						return { name, value: s.operation, action: s.action ?? sentenceCase(s.name), ...(says ? { description } : {}) };
					},
				)
				.sort((a, b) => a.name.localeCompare(b.name)),
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
		const tenant = spec.fields.filter((f) => isTenantConstantInMain(f) && !notTyped.has(f.name));
		// Required when another required field has a value (requiredWhen): shown beside it when it has.
		const conditional = spec.fields.filter((f) => !notTyped.has(f.name) && f.requiredWhen && !isRequiredInUi(f) && required.some((r) => r.name === f.requiredWhen?.field));
		const optional = spec.fields.filter((f) => isAdditionalInUi(f) && !notTyped.has(f.name) && !conditional.includes(f));
		properties.push({
			// The path's placeholders in capitals: n8n's lint reads "{id}" as a miscased "ID".
			displayName: `Reference ${spec.section}: ${spec.method} ${spec.path.replace(/\{id\}/gi, '{ID}')}`,
			name: 'reference',
			type: 'notice',
			default: '',
			displayOptions: { show },
		});
		for (const { field, parent } of binaries) {
			const top = !parent && field.required === true;
			const binaryDefault = top ? 'data' : '';
			properties.push({
				displayName: `Input Binary Field${parent ? ` for ${parent.name}.${field.name}` : ` (${field.name})`}`,
				name: binaryParameterName(field, parent),
				type: 'string',
				default: binaryDefault,
				...(top ? { required: true } : {}),
				hint: 'The name of the input binary field containing the file',
				description: `${field.binary === 'text' ? 'Its UTF-8 text is sent' : 'Its content is sent Base64-encoded'} as <code>${parent ? `${parent.name}.` : ''}${field.name}</code>${top ? '' : ' (empty: the typed value is used)'}`,
				displayOptions: { show },
			});
		}
		for (const field of required) {
			const property = fieldProperty(field, parameterName(names, spec, field), specs);
			properties.push({ ...property, ...(property.type === 'fixedCollection' ? {} : { required: true }), displayOptions: { show } });
		}
		for (const field of tenant) properties.push({ ...fieldProperty(field, parameterName(names, spec, field), specs), displayOptions: { show } });
		for (const field of conditional) {
			const when = field.requiredWhen as NonNullable<typeof field.requiredWhen>;
			const controller = spec.fields.find((f) => f.name === when.field) as (typeof spec.fields)[number];
			const property = fieldProperty(field, parameterName(names, spec, field), specs);
			properties.push({
				...property,
				...(property.type === 'fixedCollection' ? {} : { required: true }),
				displayOptions: { show: { ...show, [parameterName(names, spec, controller)]: when.values as Array<string | number | boolean> } },
			});
		}
		properties.push(...webChatTokenProperties(spec, show));
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
		if (!spec.result?.binary) properties.push(outputProperty(show));
		if (optional.length || [...required, ...conditional].some(isStructured)) {
			properties.push({
				displayName: 'Additional Fields',
				name: 'additionalFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				displayOptions: { show },
				options: [
					...optional.map((field) => fieldProperty(field, parameterName(names, spec, field), specs)),
					...[...required, ...conditional, ...optional].filter(isStructured).map((field) => jsonTwinProperty(field, parameterName(names, spec, field))),
				].sort((a, b) => a.displayName.localeCompare(b.displayName)),
			});
		}
	}
	properties.push({
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: ([
			{
				displayName: 'Body Override (JSON)',
				name: 'rawBody',
				type: 'json',
				default: '',
				description: 'Send this JSON as the request body instead of the one built from the fields, for servers that expect another shape',
			},
			{ displayName: 'Concurrency', name: 'concurrency', type: 'number', typeOptions: { minValue: 1, maxValue: 64 }, default: 5, description: 'How many items are sent at the same time' },
			...(specs.some((s) => pagingFieldNames(s).size)
				? [
						{
							displayName: 'Max Pages',
							name: 'maxPages',
							type: 'number' as const,
							typeOptions: { minValue: 1 },
							default: DEFAULT_MAX_PAGES,
							displayOptions: { show: { '/returnAll': [true] } },
							description: 'How many pages Return All fetches at most for one item, so a server that never stops paging cannot run forever',
						},
					]
				: []),
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
			...(specs.some((s) => pagingFieldNames(s).size)
				? [
						{
							displayName: 'When Max Pages Is Reached',
							name: 'onMaxPages',
							type: 'options' as const,
							options: [
								{ name: 'Fail', value: 'fail', description: 'Stop the node with an error that says how many records were fetched' },
								{ name: 'Return What Was Fetched', value: 'keep', description: 'Output the records of the pages fetched so far' },
							],
							default: 'fail',
							displayOptions: { show: { '/returnAll': [true] } },
							description: 'What Return All does when there are more pages than Max Pages',
						},
					]
				: []),
		] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName)),
	});
	return properties;
}

/** One row of dist/operations.json per operation. */
export function operationRows(node: string, specs: OperationSpec[]): Array<Record<string, string>> {
	return specs.flatMap((s) =>
		[s.section, ...(s.aliases ?? [])].map((section) => ({ section, node, resource: s.resource, operation: s.operation, method: s.method, path: s.path, auth: s.auth })),
	);
}
