import type { ICredentialDataDecryptedObject, ICredentialsDecrypted, ICredentialTestFunctions, IDataObject, INodeCredentialTestResult } from 'n8n-workflow';
import { headerValue, secretEquals } from '../webhook/verify';

/**
 * The request side of Tencent CCC's number mapping: Basic auth, the body {Numbers, Mode}, and the
 * answer {Code, Results}. Code 0 is success ("error returns others"); the other codes are ours.
 */

export const MAPPING_MODES = ['PhoneToUID', 'UIDToPhone'] as const;
export type MappingMode = (typeof MAPPING_MODES)[number];

/** A request carries at most this many numbers (an answer-size bound; the contact center sends a few at a time). */
export const MAX_NUMBERS = 10_000;
const MAX_ENTRY_LENGTH = 128;

export const MAPPING_CODES = {
	ok: 0,
	badRequest: 1,
	badNumber: 2,
	badId: 3,
	badWorkflowAnswer: 5,
	unauthorized: 401,
} as const;

export interface MappingRequest {
	Mode: MappingMode;
	Numbers: string[];
}

export interface MappingAnswer {
	Code: number;
	Results: Array<{ Key: string; Value: string }>;
	/** Not in the document: why Code is not 0, for the contact center's logs. */
	Message?: string;
}

export function failure(code: number, message: string): MappingAnswer {
	return { Code: code, Results: [], Message: message };
}

/** HTTP Basic auth against the credential, both parts compared in constant time. */
export function basicAuthOk(headers: IDataObject, credentials: ICredentialDataDecryptedObject): boolean {
	const user = String(credentials.user ?? '');
	const password = String(credentials.password ?? '');
	if (!user || !password) return false;
	const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(headerValue(headers, 'authorization') ?? '');
	const decoded = match ? Buffer.from(match[1], 'base64').toString('utf8') : '';
	const colon = decoded.indexOf(':');
	const given = colon < 0 ? { user: '', password: '' } : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
	// Both comparisons always run: the answer time does not say which part was wrong.
	const userOk = secretEquals(given.user, user);
	const passwordOk = secretEquals(given.password, password);
	return match !== null && colon >= 0 && userOk && passwordOk;
}

/** The documented body, or why it is not one. */
export function parseMappingRequest(body: unknown): MappingRequest | string {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body must be a JSON object {"Numbers": [...], "Mode": "PhoneToUID" | "UIDToPhone"}';
	const { Mode: mode, Numbers: numbers } = body as IDataObject;
	if (typeof mode !== 'string' || !(MAPPING_MODES as readonly string[]).includes(mode)) return `Mode must be "PhoneToUID" or "UIDToPhone", not ${JSON.stringify(mode ?? null)}`;
	if (!Array.isArray(numbers)) return 'Numbers must be a list of strings';
	if (numbers.length === 0) return 'Numbers is empty';
	if (numbers.length > MAX_NUMBERS) return `Numbers has ${numbers.length} entries; at most ${MAX_NUMBERS} are accepted in one request`;
	for (let i = 0; i < numbers.length; i++) {
		const entry = numbers[i] as unknown;
		if (typeof entry !== 'string' || entry.trim() === '') return `Numbers[${i}] must be a non-empty string`;
		if (entry.length > MAX_ENTRY_LENGTH) return `Numbers[${i}] is longer than ${MAX_ENTRY_LENGTH} characters`;
	}
	return { Mode: mode as MappingMode, Numbers: numbers as string[] };
}

/** The documented answer shape, or why a value is not one (a workflow's last node may output anything). */
export function checkMappingAnswer(value: unknown): MappingAnswer | string {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the answer must be an object {"Code": 0, "Results": [{"Key": ..., "Value": ...}]}';
	const { Code: code, Results: results } = value as IDataObject;
	if (typeof code !== 'number' || !Number.isInteger(code)) return 'Code must be an integer';
	if (!Array.isArray(results)) return 'Results must be a list';
	for (let i = 0; i < results.length; i++) {
		const r = results[i] as IDataObject;
		if (typeof r !== 'object' || r === null || typeof r.Key !== 'string' || typeof r.Value !== 'string') return `Results[${i}] must be {"Key": text, "Value": text}`;
	}
	return { Code: code, Results: (results as IDataObject[]).map((r) => ({ Key: r.Key as string, Value: r.Value as string })) };
}

/** There is no Tencent endpoint to try the values against: the Test checks them against the rules. */
export async function testMappingCredential(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
	const data = credential.data ?? {};
	if (!String(data.user ?? '')) return { status: 'Error', message: 'Set the Basic auth username' };
	if (String(data.user).includes(':')) return { status: 'Error', message: 'A Basic auth username cannot contain ":"' };
	if (String(data.password ?? '').length < 12) return { status: 'Error', message: 'The password must have at least 12 characters' };
	const key = String(data.mappingSecret ?? '');
	if (key && key.length < 16) return { status: 'Error', message: 'The mapping secret must have at least 16 characters' };
	return { status: 'OK', message: key ? 'The values follow the rules; the built-in mapping can be used.' : 'The values follow the rules. Without a mapping secret only the workflow can compute the mapping.' };
}
