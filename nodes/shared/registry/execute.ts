import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { isAiToolCall, refuseAsAiTool } from '../aiTools';
import { describeCode } from '../codes';
import { interpretResult } from '../transport/result';
import { headerOf, parseJsonText, readBody, type WireResponse } from '../transport/wire';
import type { CredentialTypeName } from '../auth/strategies';
import { mapWithConcurrency } from '../concurrency';
import { runPerItem } from '../items';
import { cecRequest, runCredentials } from '../transport/cecRequest';
import { toWireDate, isValidTimeZone } from './dates';
import { credentialFieldLabel, credentialSourceOf, isAdditionalInUi, isConditionalInMain, isInMainList, isStructured, jsonTwinName, structuredValue } from './form';
import { binaryFields, binaryParameterName, DEFAULT_MAX_PAGES, isJsonField, pagingFieldNames, parameterName, parameterNames } from './params';
import { buildRequestPlan, type FieldValues, type RequestPlan } from './plan';
import { simplifyAnswer, withMeanings } from './simplify';
import type { FieldSpec, OperationSpec, PagingSpec } from './types';
import { readParameter } from './runParameters';
import { parseDecimal, validationProblems } from './validate';
import { webChatOutput, webChatTokenUse } from './webChat';

/** Runs any registry operation: read the fields, validate them, build the request, send, page, split. */

function getPath(value: unknown, path?: string): unknown {
	// "." names the body itself: interfaces that answer a bare JSON list (10.15.1).
	if (!path || path === '.') return value;
	return path.split('.').reduce<unknown>((current, key) => (current && typeof current === 'object' ? (current as IDataObject)[key] : undefined), value);
}

/** What one item's form values are read with: the tenant's time zone and the problems found so far. */
interface ReadContext {
	timeZone: string;
	problems: string[];
}

/** A form value in the documented type; a value that cannot be read is recorded as a problem and left as it is, for validation to skip. */
function convert(field: FieldSpec, raw: unknown, read: ReadContext, at = field.name): unknown {
	if (raw === undefined || raw === null || raw === '') return raw;
	if (field.dateFormat) {
		const wire = toWireDate(raw, field.dateFormat, field.dateZone ?? read.timeZone);
		if ('problem' in wire) {
			read.problems.push(`${at}: ${wire.problem}`);
			return undefined;
		}
		return field.type === 'string' && typeof wire.value === 'number' ? String(wire.value) : wire.value;
	}
	// A String documented with sub-fields (policyJson) given as its text is sent as that text.
	if (field.jsonString && typeof raw === 'string') return raw;
	if (isStructured(field) && typeof raw === 'object') {
		const shaped = structuredValue(field, raw);
		const one = (entry: unknown, index?: number) => {
			if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return entry;
			const out: IDataObject = {};
			for (const [key, value] of Object.entries(entry as IDataObject)) {
				const child = field.children?.find((c) => c.name === key);
				out[key] = (child ? convert(child, value, read, `${at}${index === undefined ? '' : `[${index}]`}.${key}`) : value) as IDataObject[string];
			}
			return out;
		};
		return Array.isArray(shaped) ? shaped.map((entry, index) => one(entry, index)) : one(shaped);
	}
	if (isJsonField(field) && typeof raw === 'string') {
		try {
			return JSON.parse(raw);
		} catch (error) {
			read.problems.push(`${at}: not valid JSON (${(error as Error).message})`);
			return undefined;
		}
	}
	if (field.type === 'array' && !isJsonField(field)) {
		const list = Array.isArray(raw) ? raw : String(raw).split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
		return field.itemType === 'integer' || field.itemType === 'number' ? list.map(parseDecimal) : list;
	}
	if (field.type === 'integer' || field.type === 'number') return parseDecimal(raw);
	if (field.type === 'string' && typeof raw === 'number') return String(raw);
	return raw;
}

/**
 * A file answer becomes a binary item, streamed into n8n's binary data store (a recording can be
 * gigabytes: in filesystem or S3 mode it never sits in memory whole). Gateways answer a failed
 * download with a JSON body and HTTP 200, so a JSON answer is read for its result code before it
 * could be mistaken for a file.
 */
export async function binaryItem(
	ctx: IExecuteFunctions,
	spec: Pick<OperationSpec, 'section' | 'method' | 'path' | 'family' | 'operation' | 'result'>,
	response: WireResponse,
	itemIndex: number,
): Promise<INodeExecutionData> {
	const contentType = headerOf(response.headers, 'content-type') ?? 'application/octet-stream';
	if (/json/i.test(contentType)) {
		const parsed = parseJsonText((await readBody(response.body)).toString('utf8')).body;
		const verdict = interpretResult(parsed, response.statusCode, spec.result?.convention, spec.result?.successCodes);
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
	const content = response.body as Parameters<IExecuteFunctions['helpers']['prepareBinaryData']>[0];
	const name = safeFileName(fileName, `${spec.operation}.bin`);
	const data = await ctx.helpers.prepareBinaryData(content, name, contentType.split(';')[0]);
	const fileSize = data.bytes ?? (Buffer.isBuffer(content) ? content.length : undefined);
	return { json: { fileName: data.fileName ?? name, mimeType: data.mimeType, fileSize }, binary: { data }, pairedItem: { item: itemIndex } };
}

/**
 * The file name of a Content-Disposition header, decoded when it is percent-encoded; a malformed
 * escape, a path or control characters fall back to a safe name rather than failing the download.
 */
export function safeFileName(raw: string, fallback: string): string {
	let name: string;
	try {
		name = decodeURIComponent(raw);
	} catch {
		return fallback;
	}
	const base = name.split(/[\\/]/).pop() ?? '';
	if (!base || base === '.' || base === '..' || [...base].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)) return fallback;
	return base;
}

/** A paging value where, and as, the interface documents it (5.2.4 types offset/limit as String). */
function pagingValue(spec: OperationSpec, name: string, value: number): FieldValues {
	const field = spec.fields.find((f) => f.name === name);
	return { [`${field?.in === 'query' ? 'query' : 'body'}:${name}`]: field?.type === 'string' ? String(value) : value };
}

/** A resource locator's value, or the plain value. */
function locatorValue(raw: unknown): unknown {
	return raw && typeof raw === 'object' && !Array.isArray(raw) && '__rl' in (raw as IDataObject) ? (raw as IDataObject).value : raw;
}

async function readBinaryFields(ctx: IExecuteFunctions, spec: OperationSpec, values: FieldValues, itemIndex: number): Promise<void> {
	for (const { field, parent } of binaryFields(spec)) {
		const property = String(ctx.getNodeParameter(binaryParameterName(field, parent), itemIndex, '') ?? '').trim();
		if (!property) continue;
		const item = ctx.getInputData()[itemIndex];
		if (!item?.binary?.[property]) {
			throw new NodeOperationError(ctx.getNode(), `${parent ? `${parent.name}.` : ''}${field.name}: the input item has no binary property "${property}"`, { itemIndex });
		}
		const buffer = await ctx.helpers.getBinaryDataBuffer(itemIndex, property);
		const content = field.binary === 'text' ? buffer.toString('utf8') : buffer.toString('base64');
		if (!parent) {
			values[`${field.in}:${field.name}`] = content;
		} else {
			const key = `${parent.in}:${parent.name}`;
			const current = values[key];
			values[key] = { ...(current && typeof current === 'object' ? (current as IDataObject) : {}), [field.name]: content };
		}
	}
}

/** The tenant's time zone: the credential's Time Zone when set, else the workflow's. */
function timeZoneOf(ctx: IExecuteFunctions, credentials: IDataObject): string {
	const configured = typeof credentials.timeZone === 'string' ? credentials.timeZone.trim() : '';
	if (configured && !isValidTimeZone(configured)) throw new NodeOperationError(ctx.getNode(), `Credential Time Zone: "${configured}" is not a time zone name (e.g. Asia/Shanghai)`);
	return configured || ctx.getTimezone();
}

/** How one operation's fields are read from the form: worked out once per operation and parameter names, not per item. */
interface FieldRead {
	field: FieldSpec;
	name: string;
	/** Where the value is read: its own parameter, the Additional Fields collection, or nowhere (set elsewhere). */
	from: 'parameter' | 'additional' | 'none';
	conditional: boolean;
	structured: boolean;
	source: FieldSpec['fromCredential'];
}

interface ReadPlan {
	fields: FieldRead[];
	readsAdditional: boolean;
	needsCredential: boolean;
	readsBinary: boolean;
}

const READ_PLANS = new WeakMap<Map<string, string>, WeakMap<OperationSpec, ReadPlan>>();

function readPlanOf(spec: OperationSpec, names: Map<string, string>): ReadPlan {
	let bySpec = READ_PLANS.get(names);
	if (!bySpec) {
		bySpec = new WeakMap();
		READ_PLANS.set(names, bySpec);
	}
	let plan = bySpec.get(spec);
	if (plan) return plan;
	const paged = pagingFieldNames(spec);
	const binary = binaryFields(spec);
	const binaryTopLevel = new Set(binary.filter((b) => !b.parent).map((b) => b.field.name));
	const fields: FieldRead[] = [];
	for (const field of spec.fields) {
		if (paged.has(field.name) || binaryTopLevel.has(field.name)) continue;
		const conditional = isConditionalInMain(field, spec);
		fields.push({
			field,
			name: parameterName(names, spec, field),
			from: isInMainList(field) || conditional ? 'parameter' : isAdditionalInUi(field) ? 'additional' : 'none',
			conditional,
			structured: isStructured(field),
			source: credentialSourceOf(field),
		});
	}
	plan = {
		fields,
		readsAdditional: spec.fields.some((f) => isAdditionalInUi(f) || isStructured(f)),
		needsCredential: spec.fields.some((f) => credentialSourceOf(f) || f.dateFormat || f.children?.some((c) => c.dateFormat)),
		readsBinary: binary.length > 0,
	};
	bySpec.set(spec, plan);
	return plan;
}

/** The tenant's time zone of this node run (the credential does not change between items). */
const RUN_TIME_ZONES = new WeakMap<IExecuteFunctions, string>();
function runTimeZone(ctx: IExecuteFunctions, credentials: IDataObject): string {
	let zone = RUN_TIME_ZONES.get(ctx);
	if (zone === undefined) {
		zone = timeZoneOf(ctx, credentials);
		RUN_TIME_ZONES.set(ctx, zone);
	}
	return zone;
}

/**
 * The fields of one item, read, converted to the documented types, binary and credential values
 * filled in. Problems reading them (a date that is none, JSON that does not parse) are collected
 * with validation's, so the user sees every problem of the item in one error.
 */
async function collectValues(ctx: IExecuteFunctions, spec: OperationSpec, names: Map<string, string>, credentialType: CredentialTypeName, itemIndex: number): Promise<{ values: FieldValues; problems: string[] }> {
	const plan = readPlanOf(spec, names);
	const additional = plan.readsAdditional ? (readParameter(ctx, 'additionalFields', itemIndex, {}) as IDataObject) : {};
	const values: FieldValues = {};
	const credentials = plan.needsCredential ? ((await runCredentials(ctx, credentialType)) as IDataObject) : {};
	const read: ReadContext = { timeZone: plan.needsCredential ? runTimeZone(ctx, credentials) : 'UTC', problems: [] };
	for (const { field, name, from, conditional, structured, source } of plan.fields) {
		// A conditional field is hidden (so not set) unless its condition holds: null, not an error.
		let raw: unknown = from === 'parameter' ? readParameter(ctx, name, itemIndex, conditional ? null : undefined) : from === 'additional' ? additional[name] : undefined;
		if (structured) {
			const json = additional[jsonTwinName(name)];
			if (typeof json === 'string' ? json.trim() !== '' && json.trim() !== '{}' && json.trim() !== '[]' : json !== undefined && json !== null) raw = json;
		}
		if (source && (raw === undefined || raw === null || raw === '')) raw = credentials[source.field];
		// A tenant constant missing in both places: say where it can be set.
		if (source && !source.hidden && field.required && (raw === undefined || raw === null || String(raw).trim() === '')) {
			read.problems.push(`${field.name}: is required (set it here, or once in the credential's ${credentialFieldLabel(source.field)})`);
		}
		values[`${field.in}:${field.name}`] = convert(field, locatorValue(raw), read);
	}
	if (plan.readsBinary) await readBinaryFields(ctx, spec, values, itemIndex);
	return { values, problems: read.problems };
}

function rawBodyOf(ctx: IExecuteFunctions, options: IDataObject, itemIndex: number): unknown {
	if (options.rawBody === undefined || options.rawBody === '') return undefined;
	try {
		return typeof options.rawBody === 'string' ? JSON.parse(options.rawBody) : options.rawBody;
	} catch (error) {
		throw new NodeOperationError(ctx.getNode(), `Body Override (JSON): not valid JSON (${(error as Error).message})`, { itemIndex });
	}
}

function validOrThrow(ctx: IExecuteFunctions, spec: OperationSpec, values: FieldValues, itemIndex: number, readProblems: string[] = []): void {
	// A field that could not be read is named once, by what was wrong with it, not again as missing.
	const found = validationProblems(spec, values);
	if (!found.length && !readProblems.length) return;
	const unread = new Set(readProblems.map((p) => /^[^.:[]+/.exec(p)?.[0]));
	const problems = [...readProblems, ...found.filter((p) => !unread.has(/^[^.:[]+/.exec(p)?.[0]))];
	if (!problems.length) return;
	const message = problems.length === 1 ? `${problems[0]} (${spec.section})` : `${problems.length} problems (${spec.section}): ${problems.join('; ')}`;
	throw new NodeOperationError(ctx.getNode(), message, { itemIndex, description: `Checked against the reference before sending ${spec.section}; nothing was sent.` });
}

/** The option when added (empty: none), else the input item's sessionHandle field from an Agent Event Trigger. */
function sessionHandleOf(ctx: IExecuteFunctions, options: IDataObject, itemIndex: number): string | undefined {
	const value = 'sessionHandle' in options ? options.sessionHandle : ctx.getInputData()[itemIndex]?.json?.sessionHandle;
	return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function sender(ctx: IExecuteFunctions, spec: OperationSpec, credentialType: CredentialTypeName, options: IDataObject, itemIndex: number) {
	return async (plan: RequestPlan) =>
		await cecRequest(ctx, credentialType, {
			method: plan.method,
			path: plan.path,
			query: plan.query,
			headers: plan.headers,
			body: plan.body,
			idempotent: spec.idempotent,
			retryStateChanges: options.retryStateChanges === true,
			convention: spec.result?.convention,
			successCodes: spec.result?.successCodes,
			listBody: spec.result?.itemsPath === '.',
			errors: spec.result?.errors,
			family: spec.family,
			section: spec.section,
			session: spec.session,
			oiapTokenIn: spec.oiapTokenIn,
			webChat: webChatTokenUse(ctx, spec, itemIndex),
			autoSignIn: options.signInAutomatically === true,
			sessionHandle: credentialType === 'huaweiCecAgentGatewayApi' ? sessionHandleOf(ctx, options, itemIndex) : undefined,
			encoding: spec.result?.binary ? 'stream' : undefined,
			itemIndex,
		});
}

/** The answer as one item: the documented part of an envelope (outputPath) when it is an object, else the whole answer. */
function outputOf(spec: OperationSpec, body: unknown): IDataObject {
	const part = spec.result?.outputPath ? getPath(body, spec.result.outputPath) : undefined;
	const whole = part && typeof part === 'object' && !Array.isArray(part) ? part : body;
	return (whole && typeof whole === 'object' ? whole : { value: whole }) as IDataObject;
}

function rowsOf(spec: OperationSpec, body: unknown): IDataObject[] {
	const listed = spec.result?.itemsPath ? getPath(body, spec.result.itemsPath) : undefined;
	return Array.isArray(listed) ? (listed as IDataObject[]) : [];
}

interface PageCap {
	maxPages: number;
	/** At the cap: return the rows fetched so far instead of failing. */
	keepFetched: boolean;
}

function pageCapOf(ctx: IExecuteFunctions, options: IDataObject, itemIndex: number): PageCap {
	const maxPages = parseDecimal(options.maxPages ?? DEFAULT_MAX_PAGES);
	if (typeof maxPages !== 'number' || !Number.isInteger(maxPages) || maxPages < 1) {
		throw new NodeOperationError(ctx.getNode(), `Max Pages: must be a whole number of at least 1, not ${JSON.stringify(options.maxPages)}`, { itemIndex });
	}
	return { maxPages, keepFetched: options.onMaxPages === 'keep' };
}

/** A page after the first failed: the user learns where paging stopped and that the earlier rows are not returned. */
function onPage<T extends Error>(error: T, page: number, fetched: number): T {
	if (page > 1) error.message = `${error.message} [page ${page}; the ${fetched} records of pages 1-${page - 1} are not returned]`;
	return error;
}

/**
 * Pages through a list interface with its own paging fields (where they live: query or body)
 * until Limit rows, the reported total, a short page, or the page cap of Return All.
 */
async function fetchPages(
	ctx: IExecuteFunctions,
	spec: OperationSpec,
	values: FieldValues,
	rawBody: unknown,
	send: (plan: RequestPlan) => Promise<WireResponse>,
	limit: number,
	validate: (values: FieldValues) => void,
	cap: PageCap | undefined,
	itemIndex: number,
): Promise<IDataObject[]> {
	const paging = spec.paging as Exclude<PagingSpec, { style: 'none' }>;
	const maxSize = paging.maxSize ?? 100;
	const pageSize = Math.max(paging.minSize ?? 1, Math.min(maxSize, Number.isFinite(limit) ? limit : maxSize));
	const [positionField, sizeField] = paging.style === 'page' ? [paging.pageField, paging.sizeField] : [paging.offsetField, paging.limitField];
	const collected: IDataObject[] = [];
	let position = paging.style === 'page' ? paging.firstPage : 0;
	let previousPage: string | undefined;
	for (let page = 1; ; page++) {
		if (cap && page > cap.maxPages) {
			if (cap.keepFetched) {
				ctx.logger.warn(`Huawei CEC ${spec.section}: Return All stopped at the cap of ${cap.maxPages} pages with ${collected.length} records; more remain`);
				break;
			}
			throw new NodeOperationError(ctx.getNode(), `Return All reached its cap of ${cap.maxPages} pages (${collected.length} records fetched) and ${spec.section} has more`, {
				itemIndex,
				description: 'Raise Options > Max Pages, narrow the query, or set Options > When Max Pages Is Reached to "Return What Was Fetched".',
			});
		}
		const pageValues: FieldValues = { ...values, ...pagingValue(spec, positionField, position), ...pagingValue(spec, sizeField, pageSize) };
		validate(pageValues);
		let response: WireResponse;
		try {
			response = await send(buildRequestPlan(spec, pageValues, rawBody));
		} catch (error) {
			throw error instanceof Error ? onPage(error, page, collected.length) : error;
		}
		const rows = rowsOf(spec, response.body);
		// A server that ignores the paging fields answers the same page forever: stop instead of looping.
		const thisPage = JSON.stringify(rows);
		if (rows.length && thisPage === previousPage) break;
		previousPage = thisPage;
		collected.push(...rows);
		const total = spec.result?.totalPath ? Number(getPath(response.body, spec.result.totalPath)) : NaN;
		if (rows.length < pageSize || collected.length >= limit || (Number.isFinite(total) && collected.length >= total)) break;
		position = paging.style === 'page' ? position + 1 : position + rows.length;
	}
	return collected.slice(0, limit);
}

/**
 * Interfaces that take a list (7.3.1 blacklist, 7.4.x outbound data...): the items' lists are
 * packed into requests of at most `batch.max` elements. Items whose other fields differ (another
 * campaign, say) go into different requests. Each item's output is the answer to its request.
 */
async function executeBatched(ctx: IExecuteFunctions, spec: OperationSpec, specs: OperationSpec[], credentialType: CredentialTypeName): Promise<INodeExecutionData[][]> {
	const batch = spec.batch as NonNullable<OperationSpec['batch']>;
	const names = parameterNames(specs);
	const field = spec.fields.find((f) => f.name === batch.field && f.in === 'body');
	if (!field) throw new NodeOperationError(ctx.getNode(), `${spec.section}: batch field ${batch.field} is not a body field`);
	const key = `body:${field.name}`;
	const items = ctx.getInputData();
	const outputs: INodeExecutionData[][] = items.map(() => []);
	const groups = new Map<string, Array<{ itemIndex: number; values: FieldValues; list: unknown[] }>>();
	const fail = (itemIndex: number, error: unknown) => {
		if (!ctx.continueOnFail()) throw error instanceof NodeApiError || error instanceof NodeOperationError ? error : new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
		outputs[itemIndex] = [{ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } }];
	};
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const { values, problems } = await collectValues(ctx, spec, names, credentialType, itemIndex);
			validOrThrow(ctx, spec, values, itemIndex, problems);
			const list = values[key] as unknown[];
			const group = JSON.stringify(Object.entries(values).filter(([k]) => k !== key));
			const members = groups.get(group);
			if (members) members.push({ itemIndex, values, list });
			else groups.set(group, [{ itemIndex, values, list }]);
		} catch (error) {
			fail(itemIndex, error);
		}
	}
	const chunks: Array<Array<{ itemIndex: number; values: FieldValues; list: unknown[] }>> = [];
	for (const members of groups.values()) {
		let size = Infinity;
		for (const member of members) {
			if (size + member.list.length > batch.max) {
				chunks.push([]);
				size = 0;
			}
			chunks[chunks.length - 1].push(member);
			size += member.list.length;
		}
	}
	// After a failure that stops the node, no further request is started.
	let stopped = false;
	const sendChunk = async (chunk: (typeof chunks)[number]): Promise<void> => {
		if (stopped) return;
		const first = chunk[0];
		const options = readParameter(ctx, 'options', first.itemIndex, {}) as IDataObject;
		const values = { ...first.values, [key]: chunk.flatMap((m) => m.list) };
		try {
			const response = await sender(ctx, spec, credentialType, options, first.itemIndex)(buildRequestPlan(spec, values, rawBodyOf(ctx, options, first.itemIndex)));
			for (const member of chunk) {
				const simplified = readParameter(ctx, 'output', member.itemIndex, 'simplified') !== 'raw';
				const records = simplified ? simplifyAnswer(spec, response.body) : [response.body as IDataObject];
				outputs[member.itemIndex] = records.map((json) => ({ json, pairedItem: { item: member.itemIndex } }));
			}
		} catch (error) {
			if (!ctx.continueOnFail()) stopped = true;
			for (const member of chunk) fail(member.itemIndex, error);
		}
	};
	if (batch.intervalMs) {
		// A documented spacing (7.4.1: 1 s between two requests): one request at a time, spaced.
		for (let sent = 0; sent < chunks.length; sent++) {
			if (sent > 0) await sleep(batch.intervalMs);
			await sendChunk(chunks[sent]);
		}
	} else {
		// No spacing documented: the requests go out like items do, Concurrency at a time.
		const lanes = Number(readParameter(ctx, 'options.concurrency', 0, 5)) || 5;
		await mapWithConcurrency(chunks, lanes, sendChunk);
	}
	return [outputs.flat()];
}

export async function executeRegistry(this: IExecuteFunctions, specs: OperationSpec[], credentialType: CredentialTypeName): Promise<INodeExecutionData[][]> {
	const names = parameterNames(specs);
	const [resource0, operation0] = [this.getNodeParameter('resource', 0, ''), this.getNodeParameter('operation', 0, '')];
	const first = specs.find((s) => s.resource === resource0 && s.operation === operation0);
	if (first?.notForAiTools && isAiToolCall(this)) refuseAsAiTool(this, `${first.name} (${first.section})`, 'it forces a change on an agent or a call', 0);
	if (first?.batch) return await executeBatched(this, first, specs, credentialType);
	// Resource and Operation are fixed unless given by expression: then the operation of item 0 is every item's.
	const { parameters } = this.getNode();
	const byExpression = (value: unknown) => typeof value === 'string' && value.startsWith('=');
	const fixedSpec = first && !byExpression(parameters.resource) && !byExpression(parameters.operation) ? first : undefined;
	return await runPerItem(this, async (itemIndex): Promise<INodeExecutionData[]> => {
		let spec = fixedSpec;
		if (!spec) {
			const resource = this.getNodeParameter('resource', itemIndex) as string;
			const operation = this.getNodeParameter('operation', itemIndex) as string;
			spec = specs.find((s) => s.resource === resource && s.operation === operation);
			if (!spec) throw new NodeOperationError(this.getNode(), `Operation: "${resource}/${operation}" is not known to this node`, { itemIndex });
		}
		if (spec.notForAiTools && isAiToolCall(this)) refuseAsAiTool(this, `${spec.name} (${spec.section})`, 'it forces a change on an agent or a call', itemIndex);
		const options = readParameter(this, 'options', itemIndex, {}) as IDataObject;
		const { values, problems } = await collectValues(this, spec, names, credentialType, itemIndex);
		const rawBody = rawBodyOf(this, options, itemIndex);
		const send = sender(this, spec, credentialType, options, itemIndex);
		const validate = (v: FieldValues) => validOrThrow(this, spec, v, itemIndex, problems);

		if (pagingFieldNames(spec).size) {
			const returnAll = readParameter(this, 'returnAll', itemIndex, false) as boolean;
			const limit = returnAll ? Infinity : (readParameter(this, 'limit', itemIndex, 50) as number);
			const rows = await fetchPages(this, spec, values, rawBody, send, limit, validate, returnAll ? pageCapOf(this, options, itemIndex) : undefined, itemIndex);
			this.logger.debug(`Huawei CEC ${spec.section}: fetched ${rows.length} rows`);
			const simplified = readParameter(this, 'output', itemIndex, 'simplified') !== 'raw';
			return rows.map((json) => ({ json: simplified ? withMeanings(spec.family, json) : json, pairedItem: { item: itemIndex } }));
		}

		validate(values);
		const plan = buildRequestPlan(spec, values, rawBody);
		const response = await send(plan);
		if (spec.result?.binary) return [await binaryItem(this, spec, response, itemIndex)];
		// Apply Token keeps the web chat token out of the output unless asked (registry/webChat.ts).
		const answer = webChatOutput(this, spec, plan.body, response.body, itemIndex);
		if (readParameter(this, 'output', itemIndex, 'simplified') !== 'raw') {
			const listed = spec.result?.itemsPath ? getPath(answer, spec.result.itemsPath) : undefined;
			// The record an interface documents (result.outputPath), else the answer without its envelope.
			const records = Array.isArray(listed)
				? listed.map((row) => withMeanings(spec.family, row as IDataObject))
				: spec.result?.outputPath
					? [outputOf(spec, answer)]
					: simplifyAnswer(spec, answer);
			return records.map((json) => ({ json, pairedItem: { item: itemIndex } }));
		}
		const rows = spec.result?.itemsPath ? rowsOf(spec, response.body) : [answer as IDataObject];
		if (spec.result?.itemsPath && !Array.isArray(getPath(response.body, spec.result.itemsPath))) return [{ json: response.body as IDataObject, pairedItem: { item: itemIndex } }];
		return rows.map((json) => ({ json: json && typeof json === 'object' ? json : { value: json }, pairedItem: { item: itemIndex } }));
	});
}
