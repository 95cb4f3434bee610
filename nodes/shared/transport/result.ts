import type { ResultConvention } from '../registry/types';

/**
 * CEC's many ways of saying success. Every family reports a code in the body, often with HTTP
 * 200 even on failure, so the body decides; the HTTP status only decides when there is no code.
 */

/** Code fields in the order they are trusted when several are present (retcode wins on CC-Gateway). */
const CODE_FIELDS: Array<{ field: string; convention: Exclude<ResultConvention, 'auto' | 'http'>; pinnedOnly?: boolean }> = [
	{ field: 'retcode', convention: 'retcode' },
	{ field: 'retCode', convention: 'retcode' },
	{ field: 'resultCode', convention: 'resultCode' },
	{ field: 'returnCode', convention: 'returnCode' },
	{ field: 'errorCode', convention: 'errorCode' },
	{ field: 'ErrCode', convention: 'ErrCode' },
	{ field: 'errcode', convention: 'errorCode' },
	// 8.6 (updateScore) and 10.x: rtnCode "0" / 0 is success.
	{ field: 'rtnCode', convention: 'returnCode' },
	// A bare `code` means too many things to be guessed; only interfaces that pin it are judged by it.
	{ field: 'code', convention: 'code', pinnedOnly: true },
];

const MESSAGE_FIELDS = ['message', 'ErrDesc', 'resultDesc', 'resultMsg', 'returnDesc', 'returnMsg', 'errorMsg', 'ErrMsg', 'errmsg', 'retMsg', 'description', 'desc', 'error_msg', 'errorMessage'];

/**
 * "0", 0, "000000" (ErrCode), and the 7-digit service codes whose last three digits are zero:
 * 0100000 (CMS), 0200000 (iSales), 0401000/0403000/0405000... (CC-FS and others). The reference
 * also prints a 6-digit "020000" once, covered by the same shape.
 */
export function isSuccessCode(code: unknown): boolean {
	if (typeof code === 'number') return code === 0;
	if (typeof code !== 'string') return false;
	const text = code.trim();
	return /^0+$/.test(text) || /^0\d{2,3}000$/.test(text);
}

export interface ResultVerdict {
	ok: boolean;
	/** The code field found, e.g. "resultCode", and its value. */
	codeField?: string;
	code?: string;
	/** The server's own message, when it sent one. */
	serverMessage?: string;
	/** Why an answer that has no failure code is still not a success (its shape). */
	problem?: string;
}

function shapeOf(body: unknown): string {
	if (body === null) return 'null';
	if (Array.isArray(body)) return 'a bare array';
	return typeof body === 'string' ? 'a bare string' : `a bare ${typeof body}`;
}

function pick(body: Record<string, unknown>, fields: string[]): string | undefined {
	for (const field of fields) {
		const value = body[field];
		if (typeof value === 'string' && value.trim()) return value.trim();
	}
	return undefined;
}

export function interpretResult(
	body: unknown,
	statusCode: number,
	convention: ResultConvention = 'auto',
	successCodes?: string[],
	/** The interface documents a bare JSON array as its answer (result.itemsPath "."). */
	listBody = false,
): ResultVerdict {
	const httpOk = statusCode >= 200 && statusCode < 300;
	if (convention === 'http' || (listBody && Array.isArray(body))) return { ok: httpOk };
	// Every documented answer of these conventions is a JSON object: anything else is not CEC's success.
	if (body === null || typeof body !== 'object' || Array.isArray(body)) {
		return { ok: false, problem: `The answer is ${shapeOf(body)}, not the JSON object the interface documents.` };
	}
	const record = body as Record<string, unknown>;
	const serverMessage = pick(record, MESSAGE_FIELDS);
	const candidates = convention === 'auto' ? CODE_FIELDS.filter((c) => !c.pinnedOnly) : CODE_FIELDS.filter((c) => c.convention === convention);
	for (const { field } of candidates) {
		if (!(field in record) || record[field] === null || record[field] === undefined || record[field] === '') continue;
		const value = record[field];
		const code = typeof value === 'object' ? JSON.stringify(value) : String(value);
		// A code is a number or a string; `true` or "success" is not a documented success code.
		const ok = typeof value === 'string' || typeof value === 'number' ? (successCodes ? successCodes.includes(code) : isSuccessCode(value)) : false;
		return { ok: ok && httpOk, codeField: field, code, serverMessage };
	}
	return { ok: httpOk, serverMessage };
}
