import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { describeCode } from '../codes';
import { interpretResult } from '../transport/result';
import { headerOf, parseJsonText, type WireResponse } from '../transport/wire';
import type { CredentialTypeName } from '../auth/strategies';
import { runPerItem } from '../items';
import { cecRequest } from '../transport/cecRequest';
import { isAdditionalInUi, isRequiredInUi } from './describe';
import { isJsonField, parameterName, parameterNames } from './params';
import { buildRequestPlan, type FieldValues } from './plan';
import type { FieldSpec, OperationSpec } from './types';
import { validateValues } from './validate';

/** Runs any registry operation: read the fields, validate them, build the request, send, page, split. */

function getPath(value: unknown, path?: string): unknown {
	if (!path) return value;
	return path.split('.').reduce<unknown>((current, key) => (current && typeof current === 'object' ? (current as IDataObject)[key] : undefined), value);
}

function convert(ctx: IExecuteFunctions, field: FieldSpec, raw: unknown, itemIndex: number): unknown {
	if (raw === undefined || raw === null || raw === '') return raw;
	if (isJsonField(field) && typeof raw === 'string') {
		try {
			return JSON.parse(raw);
		} catch (error) {
			throw new NodeOperationError(ctx.getNode(), `${field.name}: not valid JSON (${(error as Error).message})`, { itemIndex });
		}
	}
	if (field.type === 'array' && !isJsonField(field)) {
		const list = Array.isArray(raw) ? raw : String(raw).split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
		return field.itemType === 'integer' || field.itemType === 'number' ? list.map((v) => (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v)) : list;
	}
	if ((field.type === 'integer' || field.type === 'number') && typeof raw === 'string' && raw.trim() !== '' && !Number.isNaN(Number(raw))) return Number(raw);
	if (field.type === 'string' && typeof raw === 'number') return String(raw);
	return raw;
}

/**
 * A file answer becomes a binary item. Gateways answer a failed download with a JSON body and
 * HTTP 200, so a JSON answer is read for its result code before it could be mistaken for a file.
 */
async function binaryItem(ctx: IExecuteFunctions, spec: OperationSpec, response: WireResponse, itemIndex: number): Promise<INodeExecutionData> {
	const buffer = Buffer.isBuffer(response.body) ? response.body : Buffer.from(String(response.body ?? ''));
	const contentType = headerOf(response.headers, 'content-type') ?? 'application/octet-stream';
	if (/json/i.test(contentType)) {
		const parsed = parseJsonText(buffer.toString('utf8')).body;
		const verdict = interpretResult(parsed, response.statusCode, spec.result?.convention);
		const meaning = verdict.code !== undefined ? (spec.result?.errors?.[verdict.code] ?? describeCode(spec.family, verdict.code, spec.section)) : undefined;
		if (!verdict.ok) {
			throw new NodeApiError(ctx.getNode(), { code: verdict.code ?? null, codeField: verdict.codeField ?? null } as JsonObject, {
				message: `${meaning ?? verdict.serverMessage ?? 'CEC refused the download'} (${verdict.codeField ?? 'HTTP'} ${verdict.code ?? response.statusCode})`,
				description: `${spec.section} ${spec.method} ${spec.path} answered with JSON instead of a file.`,
				itemIndex,
			});
		}
		return { json: parsed as IDataObject, pairedItem: { item: itemIndex } };
	}
	const disposition = headerOf(response.headers, 'content-disposition') ?? '';
	const fileName = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? `${spec.operation}.bin`;
	const data = await ctx.helpers.prepareBinaryData(buffer, decodeURIComponent(fileName), contentType.split(';')[0]);
	return { json: { fileName: data.fileName ?? fileName, mimeType: data.mimeType, fileSize: buffer.length }, binary: { data }, pairedItem: { item: itemIndex } };
}

export async function executeRegistry(this: IExecuteFunctions, specs: OperationSpec[], credentialType: CredentialTypeName): Promise<INodeExecutionData[][]> {
	const names = parameterNames(specs);
	return await runPerItem(this, async (itemIndex): Promise<INodeExecutionData[]> => {
		const resource = this.getNodeParameter('resource', itemIndex) as string;
		const operation = this.getNodeParameter('operation', itemIndex) as string;
		const spec = specs.find((s) => s.resource === resource && s.operation === operation);
		if (!spec) throw new NodeOperationError(this.getNode(), `Operation: "${resource}/${operation}" is not known to this node`, { itemIndex });
		const additional = spec.fields.some(isAdditionalInUi) ? (this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject) : {};
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const values: FieldValues = {};
		const credentialFilled = spec.fields.some((f) => f.fromCredential) ? await this.getCredentials(credentialType) : {};
		for (const field of spec.fields) {
			const name = parameterName(names, spec, field);
			let raw: unknown = isRequiredInUi(field) ? this.getNodeParameter(name, itemIndex, undefined) : isAdditionalInUi(field) ? additional[name] : undefined;
			if (field.fromCredential && (raw === undefined || raw === null || raw === '')) raw = credentialFilled[field.fromCredential.field];
			values[`${field.in}:${field.name}`] = convert(this, field, raw, itemIndex);
		}
		const problem = validateValues(spec, values);
		if (problem) throw new NodeOperationError(this.getNode(), problem, { itemIndex, description: `Checked against the reference before sending ${spec.section}.` });

		let rawBody: unknown;
		if (options.rawBody !== undefined && options.rawBody !== '') {
			try {
				rawBody = typeof options.rawBody === 'string' ? JSON.parse(options.rawBody) : options.rawBody;
			} catch (error) {
				throw new NodeOperationError(this.getNode(), `Body Override (JSON): not valid JSON (${(error as Error).message})`, { itemIndex });
			}
		}
		const plan = buildRequestPlan(spec, values, rawBody);
		const send = async (body: unknown) =>
			await cecRequest(this, credentialType, {
				method: plan.method,
				path: plan.path,
				query: plan.query,
				headers: plan.headers,
				body,
				idempotent: spec.idempotent,
				retryStateChanges: options.retryStateChanges === true,
				convention: spec.result?.convention,
				errors: spec.result?.errors,
				family: spec.family,
				section: spec.section,
				session: spec.session,
				autoSignIn: options.signInAutomatically === true,
				encoding: spec.result?.binary ? 'buffer' : undefined,
				itemIndex,
			});

		if (spec.result?.binary) return [await binaryItem(this, spec, await send(plan.body), itemIndex)];

		const paging = spec.paging;
		if (!paging || paging.style === 'none' || !spec.result?.itemsPath) {
			const response = await send(plan.body);
			const listed = spec.result?.itemsPath ? getPath(response.body, spec.result.itemsPath) : undefined;
			const rows = Array.isArray(listed) ? (listed as IDataObject[]) : [response.body as IDataObject];
			return rows.map((json) => ({ json: json && typeof json === 'object' ? json : { value: json }, pairedItem: { item: itemIndex } }));
		}

		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		const limit = returnAll ? Infinity : (this.getNodeParameter('limit', itemIndex, 50) as number);
		const pageSize = Math.min(paging.maxSize ?? 100, returnAll ? (paging.maxSize ?? 100) : Math.max(1, limit));
		const collected: IDataObject[] = [];
		let page = paging.style === 'page' ? paging.firstPage : 0;
		for (;;) {
			const body = { ...((plan.body as IDataObject) ?? {}) };
			if (paging.style === 'page') {
				body[paging.pageField] = page;
				body[paging.sizeField] = pageSize;
			} else {
				body[paging.offsetField] = page;
				body[paging.limitField] = pageSize;
			}
			const response = await send(body);
			const rows = (getPath(response.body, spec.result.itemsPath) as IDataObject[] | undefined) ?? [];
			collected.push(...rows);
			this.logger.debug(`Huawei CEC ${spec.section}: fetched ${collected.length} rows`);
			if (rows.length < pageSize || collected.length >= limit) break;
			page = paging.style === 'page' ? page + 1 : page + rows.length;
		}
		return collected.slice(0, limit).map((json) => ({ json, pairedItem: { item: itemIndex } }));
	});
}
