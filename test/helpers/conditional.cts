import type { IDataObject } from 'n8n-workflow';
import { parameterName, parameterNames } from '../../nodes/shared/registry/params';
import type { OperationSpec } from '../../nodes/shared/registry/types';
import { parameterValue, type BuiltCase } from '../registry/sampleValues.cjs';

/** Empty optional values are not sent: the example's "" entries are left out. */
function withoutEmpty(value: unknown): unknown {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
	return Object.fromEntries(Object.entries(value as IDataObject).filter(([, v]) => v !== '').map(([k, v]) => [k, withoutEmpty(v)]));
}

/**
 * Adds the fields required because another field has a value (`requiredWhen`: 10.11.1
 * callTransferRequest when workMode is 3, 11.15 feedbackContent when feedback is 0). The form
 * shows them beside that field; the value is the override, else the request example's.
 */
export function withConditionalFields(specs: OperationSpec[], spec: OperationSpec, built: BuiltCase, overrides: Record<string, unknown> = {}, additional: Record<string, unknown> = {}): BuiltCase {
	const example = (spec.example && typeof spec.example === 'object' && !Array.isArray(spec.example) ? spec.example : {}) as IDataObject;
	const names = parameterNames(specs);
	for (const field of spec.fields) {
		const when = field.requiredWhen;
		if (!when || field.required || field.name in additional) continue;
		if (!when.values.some((v) => String(v) === String(built.values[`${field.in}:${when.field}`]))) continue;
		const value = withoutEmpty(overrides[field.name] ?? example[field.name]);
		if (value === undefined) continue;
		built.parameters[parameterName(names, spec, field)] = parameterValue(field, value) as never;
		built.values[`${field.in}:${field.name}`] = value;
	}
	return built;
}
