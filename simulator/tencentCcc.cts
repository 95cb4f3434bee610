/**
 * Tencent Cloud Contact Center's side of "Mapping to User ID Protection": the contact center POSTs
 * {"Numbers": [...], "Mode": "PhoneToUID" | "UIDToPhone"} with HTTP Basic auth (the username and
 * password it is configured with) to the customer's URL, and reads {"Code", "Results"}. This client
 * sends such requests for the tests and the sandbox, and checks the answer the way the contact
 * center needs it: Code 0, and one Result per number, Key as sent.
 */
import http from 'node:http';
import https from 'node:https';
import type { SimCore } from './context.cjs';

/** Answers larger than this are cut off (a 10,000-number answer is well below). */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

export type TencentMappingMode = 'PhoneToUID' | 'UIDToPhone';

export interface TencentMappingResult {
	status: number;
	/** The parsed answer, or the raw text when it is not JSON. */
	body: unknown;
	/** Key → Value of a Code 0 answer that covers every number; undefined otherwise. */
	mapping?: Map<string, string>;
	/** Why the answer is not usable, when it is not. */
	problem?: string;
}

export class TencentCccClient {
	constructor(private readonly core: SimCore) {}

	async map(url: string, auth: { user: string; password: string } | undefined, mode: TencentMappingMode, numbers: string[]): Promise<TencentMappingResult> {
		const headers: Record<string, string> = { 'Content-Type': 'application/json' };
		if (auth) headers.Authorization = `Basic ${Buffer.from(`${auth.user}:${auth.password}`, 'utf8').toString('base64')}`;
		const answer = await this.post(url, JSON.stringify({ Numbers: numbers, Mode: mode }), headers);
		let body: unknown = answer.body;
		try {
			body = JSON.parse(answer.body);
		} catch {
			return { status: answer.status, body, problem: 'the answer is not JSON' };
		}
		const record = (body ?? {}) as { Code?: unknown; Results?: unknown };
		if (answer.status !== 200 || record.Code !== 0) return { status: answer.status, body, problem: `HTTP ${answer.status}, Code ${JSON.stringify(record.Code)}` };
		if (!Array.isArray(record.Results)) return { status: answer.status, body, problem: 'Results is not a list' };
		const mapping = new Map<string, string>();
		for (const r of record.Results as Array<{ Key?: unknown; Value?: unknown }>) {
			if (typeof r?.Key !== 'string' || typeof r?.Value !== 'string') return { status: answer.status, body, problem: 'a Result is not {Key, Value} text' };
			mapping.set(r.Key, r.Value);
		}
		const missing = numbers.filter((n) => !mapping.has(n));
		if (missing.length) return { status: answer.status, body, problem: `no Result for ${missing.length} number(s), e.g. ${missing[0]}` };
		return { status: answer.status, body, mapping };
	}

	/** One POST, logged with the simulator's callbacks; the whole answer is read (postCallback keeps 4 KiB). */
	private post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
		this.core.callbacks.push({ id: this.core.callbacks.length + 1, kind: 'tencentCcc:mapping', url, method: 'POST', headers: { ...headers }, body, attempt: 1, time: Date.now() });
		return new Promise((resolve) => {
			const target = new URL(url);
			const request = (target.protocol === 'https:' ? https : http).request(
				target,
				{ method: 'POST', headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) }, timeout: 10_000, rejectUnauthorized: false },
				(res) => {
					const chunks: Buffer[] = [];
					let size = 0;
					res.on('data', (c: Buffer) => {
						size += c.length;
						if (size <= MAX_ANSWER_BYTES) chunks.push(c);
					});
					res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
					res.on('error', () => resolve({ status: 0, body: '' }));
				},
			);
			request.on('timeout', () => request.destroy(new Error('mapping request timed out')));
			request.on('error', () => resolve({ status: 0, body: '' }));
			request.end(body);
		});
	}
}
