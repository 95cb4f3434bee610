/**
 * Generic answers for catalog interfaces without dedicated behaviour: the documented response
 * example when reference/sections.json provides one, otherwise the success convention of the
 * interface's family. Required fields (from sections.json) are checked first.
 */
import type { CatalogOp, SectionField, SectionInfo } from './catalog.cjs';
import type { Ctx } from './context.cjs';
import type { SimResponse } from './types.cjs';
import { isObject, lenientJsonParse } from './util.cjs';

export function familySuccess(op: CatalogOp): Record<string, unknown> {
	const f = op.family;
	if (f.startsWith('agentGateway') || f === 'voiceRecognition') return { message: 'success', retcode: '0', result: {} };
	switch (f) {
		case 'isales':
			return { resultCode: '0200000', resultDesc: 'success', returnCode: '0200000', returnDesc: 'success' };
		case 'cms':
			return { resultCode: '0100000', resultDesc: 'success', resultDatas: [] };
		case 'ccfs':
			return { resultCode: '0', resultDesc: 'success', resultData: {} };
		case 'oiap':
			return { errorCode: 0, errorMsg: '' };
		case 'bidirectionalCall':
		case 'voiceNotification':
			return { retCode: '0', retMsg: 'success', result: {} };
		case 'survey':
			return { resultCode: '1203000', resultDesc: 'Operation successful.' };
		case 'ccsqm':
			return { resultCode: '0400000', resultDesc: 'Operation successful.' };
		case 'webChat':
			return { resultCode: '0', resultDesc: 'success' };
		case 'ikbs':
			return { resultCode: '0', resultDesc: 'success', data: {} };
		case 'config':
		case 'appSettings':
		case 'workbench':
		case 'dataProcess':
			return { returnCode: '0', resultCode: '0', resultMessage: 'success', description: 'success' };
		default:
			return { resultCode: '0', resultDesc: 'success' };
	}
}

/** The "parameter error" answer of each family (HTTP status + body). */
export function familyParamError(op: CatalogOp, field: string, reason = 'is mandatory'): SimResponse {
	const desc = `Parameter ${field} ${reason}.`;
	const f = op.family;
	if (f.startsWith('agentGateway') || f === 'voiceRecognition') return { status: 200, body: { message: desc, retcode: '000-002', result: {} } };
	switch (f) {
		case 'isales':
			return { status: 200, body: { resultCode: '0200001', resultDesc: desc, returnCode: '0200001', returnDesc: desc } };
		case 'cms':
			return { status: 200, body: { resultCode: '0100002', resultDesc: `The parameter is invalid: ${field}` } };
		case 'ccfs':
			return { status: 200, body: { resultCode: '0300001', resultDesc: `The value of ${field} cannot be null.` } };
		case 'oiap':
			return { status: 200, body: { errorCode: 10000002, errorMsg: `The parameter is incorrect: ${field} is mandatory.` } };
		case 'bidirectionalCall':
			return { status: 200, body: { retCode: '90100100', retMsg: `Invalid Input Parameter: ${field}` } };
		case 'voiceNotification':
			return { status: 200, body: { retCode: '5', retMsg: desc } };
		default:
			// C1 interfaces document "Status code: 400 Incorrect request. Check the request path and parameters."
			return { status: 400, body: { resultCode: '400', resultDesc: desc, returnCode: '400', description: desc } };
	}
}

const SKIP_HEADER = new Set(['content-type', 'authorization', 'x-app-key', 'guid', 'x-access-token', 'authtoken', 'appkey', 'content-length', 'host', 'accept']);
const WRAPPERS = new Set(['body', 'reqbody', 'requestbody', 'schema', 'request body']);

function isRequired(f: SectionField): boolean {
	return f.required === true || f.required === 'true' || f.required === 'Yes' || f.required === 'yes' || f.required === 'Y';
}

function present(v: unknown): boolean {
	return v !== undefined && v !== null && !(typeof v === 'string' && v === '');
}

/** Returns the first missing required field name (dotted for nested) or undefined. */
export function missingRequired(ctx: Ctx, info: SectionInfo | undefined): string | undefined {
	const fields = info?.fields;
	if (!Array.isArray(fields)) return undefined;
	const body = ctx.json;
	// Table rows and examples disagree on some names (PDF "I"/"l" confusions such as
	// beyondCoulid vs beyondColuld): a required body field the doc's own example omits is not enforced.
	const exampleKeys = collectKeys(typeof info?.requestExample === 'string' ? lenientJsonParse(info.requestExample) : info?.requestExample);
	for (const f of fields) {
		if (!f || typeof f.name !== 'string' || !isRequired(f)) continue;
		if (exampleKeys && (f.in ?? 'body').toLowerCase() === 'body' && !exampleKeys.has(f.name.toLowerCase()) && !WRAPPERS.has(f.name.toLowerCase())) continue;
		const where = (f.in ?? 'body').toLowerCase();
		if (where === 'path') continue; // the route template already guarantees path segments
		if (where === 'header') {
			if (SKIP_HEADER.has(f.name.toLowerCase())) continue;
			// The PDF conversion sometimes reads "ID" as "lD" (X-TenantSpacelD): compare leniently.
			const want = f.name.toLowerCase().replace(/ld$/, 'id');
			if (!Object.keys(ctx.headers).some((h) => h.replace(/ld$/, 'id') === want)) return f.name;
			continue;
		}
		if (where === 'query') {
			if (!present(ctx.query[f.name])) return f.name;
			continue;
		}
		if (where !== 'body') continue;
		if (!isObject(body)) {
			// Arrays as top-level bodies are not described field by field.
			if (Array.isArray(body)) return undefined;
			return f.name;
		}
		const miss = checkField(body, f, '', exampleKeys);
		if (miss) return miss;
	}
	return undefined;
}

function collectKeys(example: unknown): Set<string> | undefined {
	if (!isObject(example) && !Array.isArray(example)) return undefined;
	const keys = new Set<string>();
	const walk = (v: unknown): void => {
		if (Array.isArray(v)) v.forEach(walk);
		else if (isObject(v))
			for (const [k, x] of Object.entries(v)) {
				keys.add(k.toLowerCase());
				walk(x);
			}
	};
	walk(example);
	return keys;
}

function checkField(obj: Record<string, unknown>, f: SectionField, prefix: string, keys?: Set<string>): string | undefined {
	const name = f.name;
	const val = obj[name];
	// Wrapper objects ("reqBody", "requestBody", "body") are documented but the examples send the
	// fields flat; accept either form.
	if (!present(val) && WRAPPERS.has(name.toLowerCase()) && Array.isArray(f.children)) {
		for (const c of f.children) {
			if (!isRequired(c) || (keys && !keys.has(String(c.name).toLowerCase()))) continue;
			const m = checkField(obj, c, prefix, keys);
			if (m) return m;
		}
		return undefined;
	}
	if (!present(val)) return prefix + name;
	if (isObject(val) && Array.isArray(f.children)) {
		for (const c of f.children) {
			if (!c || typeof c.name !== 'string' || !isRequired(c) || (keys && !keys.has(c.name.toLowerCase()))) continue;
			const m = checkField(val, c, `${prefix}${name}.`, keys);
			if (m) return m;
		}
	}
	return undefined;
}

export function documentedResponse(info: SectionInfo | undefined): unknown {
	if (!info) return undefined;
	const ex = info.responseExample;
	const parsed = typeof ex === 'string' ? lenientJsonParse(ex) : ex;
	if (parsed === undefined || parsed === null) return undefined;
	if (typeof parsed === 'string') return undefined;
	return parsed;
}

const CODE_FIELDS = ['resultCode', 'returnCode', 'retCode', 'retcode', 'errorCode', 'ErrCode'];

function documentsFailure(doc: unknown): boolean {
	if (!isObject(doc)) return false;
	const code = CODE_FIELDS.map((f) => doc[f]).find((v) => v !== undefined && v !== null && v !== '');
	// Success codes are zeros or 7-digit module codes ending in 000 (12.2's 0401000 sensitive words, 0403000 sentences...).
	return code !== undefined && !/^(0+|0\d{0,2}0{3,}|0\d{2,3}000)$/.test(String(code));
}

export function genericHandler(ctx: Ctx): SimResponse {
	const op = ctx.op!;
	const info = ctx.core.catalog.sectionInfo(op.section);
	if (ctx.jsonError) return familyParamError(op, 'body', 'is not valid JSON');
	const miss = missingRequired(ctx, info);
	if (miss) return familyParamError(op, miss);
	const doc = documentedResponse(info);
	// Some sections print a failure as their only response example (7.8.1: 02000005, 6.2.8: retCode 5);
	// a valid request is answered with the family's success instead.
	const body = doc && !documentsFailure(doc) ? doc : familySuccess(op);
	return { status: 200, body };
}
