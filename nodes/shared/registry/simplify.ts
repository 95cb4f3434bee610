import type { IDataObject } from 'n8n-workflow';
import { outboundResultMeanings } from '../codes';
import type { OperationSpec } from './types';

/**
 * "Simplified" output: what a spreadsheet or CRM step wants from a CEC answer. The result-code
 * envelope is gone (the transport already turned a failure into an error, so on this path it only
 * says "success"), the record the answer carries becomes the item, a list becomes one item per
 * record, a delete says `deleted: true`, and coded values get a readable meaning beside them.
 * "Raw" output keeps the whole answer.
 */

/** The families' result-code and message fields (chapter 4 conventions, 6.5.2, 7.x, 10.x, 12.x). */
const ENVELOPE_KEYS = new Set([
	'resultCode',
	'resultDesc',
	'resultMessage',
	'resultMsg',
	'returnCode',
	'returnDesc',
	'returnMsg',
	'retcode',
	'retCode',
	'retMsg',
	'ret',
	'message',
	'errorCode',
	'errorMsg',
	'errorMessage',
	'errorDesc',
	'rtnCode',
	'rtnMsg',
	'ErrCode',
	'ErrDesc',
	'description',
	'schema',
]);

/** Keys under which the families put the answer's payload. */
const PAYLOAD_KEYS = ['result', 'resultDatas', 'resultData', 'data', 'returnObject', 'results', 'recordList', 'resultDesc', 'Result', 'datas', 'rows', 'list'];

/** Counters that accompany a list and mean nothing once the list is split into items. */
const LIST_COUNTERS = new Set(['total', 'totalCount', 'totalSize', 'totalNum', 'count', 'curPage', 'rowsPerPage', 'pageNum', 'pageSize', 'paging', 'page', 'limit', 'offset']);

const isObject = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

function asItems(list: unknown[]): IDataObject[] {
	return list.map((entry) => (isObject(entry) ? entry : { value: entry as IDataObject[string] }));
}

/** By what the operation does, not its method: CC-Gateway signs out and releases with DELETE. */
function isDelete(spec: Pick<OperationSpec, 'operation'>): boolean {
	return /^(delete|remove)/i.test(spec.operation);
}

type AnswerSpec = Pick<OperationSpec, 'method' | 'operation' | 'idempotent' | 'result'>;

/** What a state change that answered nothing but success becomes. */
function acknowledgement(spec: AnswerSpec, record: IDataObject = {}): IDataObject[] {
	return [isDelete(spec) ? { deleted: true, ...record } : Object.keys(record).length ? record : { success: true }];
}

/**
 * The payload of one answer, envelope removed. A query's list becomes one item per record (none
 * for an empty list, as n8n's list operations do); a state change is always one item, so a
 * partial-failure list it reports (6.1.6.11 `noExistParticipants`) stays visible.
 */
export function unwrapAnswer(spec: AnswerSpec, body: unknown): IDataObject[] {
	// Udesk's interface 24 answers {code, message, results}: its `code` is the envelope there.
	const envelope = spec.result?.convention === 'code' ? new Set([...ENVELOPE_KEYS, 'code']) : ENVELOPE_KEYS;
	const query = spec.idempotent && !isDelete(spec);
	if (Array.isArray(body)) return query ? asItems(body) : acknowledgement(spec, { results: body as IDataObject[] });
	if (!isObject(body)) return body === undefined || body === null || body === '' ? acknowledgement(spec) : [{ value: body as IDataObject[string] }];
	const rest: IDataObject = {};
	for (const [key, value] of Object.entries(body)) {
		if (envelope.has(key) && isScalar(value)) continue;
		// An empty payload (Udesk's `Result: null`, `results: ""`) says nothing but success.
		if (PAYLOAD_KEYS.includes(key) && (value === null || value === '')) continue;
		rest[key] = value;
	}
	const keys = Object.keys(rest);
	if (!keys.length) return acknowledgement(spec);
	const payloadKey = PAYLOAD_KEYS.find((key) => key in rest && (isObject(rest[key]) || Array.isArray(rest[key])));
	if (payloadKey && keys.every((key) => key === payloadKey || LIST_COUNTERS.has(key))) {
		const payload = rest[payloadKey];
		if (Array.isArray(payload)) return query ? asItems(payload) : acknowledgement(spec, payload.length ? { [payloadKey]: payload } : {});
		if (!query) return acknowledgement(spec, payload as IDataObject);
		// One level further where a payload only wraps a list with its counters (result: {data: [...], total}).
		return unwrapNested(payload as IDataObject);
	}
	return query ? [rest] : acknowledgement(spec, rest);
}

function unwrapNested(payload: IDataObject): IDataObject[] {
	const keys = Object.keys(payload);
	const listKey = keys.find((key) => Array.isArray(payload[key]));
	if (listKey && keys.every((key) => key === listKey || LIST_COUNTERS.has(key))) return asItems(payload[listKey] as unknown[]);
	return [payload];
}

/** Readable meanings beside the codes a family documents, as the Outbound Result Trigger adds them. */
export function withMeanings(family: string, record: IDataObject): IDataObject {
	if (!family.startsWith('isales') || !('failCode' in record || 'callStatus' in record)) return record;
	const meanings = outboundResultMeanings(record);
	const out: IDataObject = { ...record };
	if ('failCode' in record && !('failCodeMeaning' in record)) Object.assign(out, { failCodeMeaning: meanings.failCodeMeaning, failCodeCategory: meanings.failCodeCategory });
	if ('callStatus' in record && !('callStatusMeaning' in record)) out.callStatusMeaning = meanings.callStatusMeaning;
	return out;
}

/** The items of one answer in Simplified output. */
export function simplifyAnswer(spec: AnswerSpec & Pick<OperationSpec, 'family'>, body: unknown): IDataObject[] {
	return unwrapAnswer(spec, body).map((record) => withMeanings(spec.family, record));
}
