import { randomBytes, randomUUID } from 'node:crypto';

export function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function pad(n: number, width = 2): string {
	return String(n).padStart(width, '0');
}

/** yyyy-MM-dd HH:mm:ss in UTC (CEC examples carry no zone; the simulator's tenant lives in UTC). */
export function formatDateTime(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(
		d.getUTCMinutes(),
	)}:${pad(d.getUTCSeconds())}`;
}

/** yyyyMMdd (UTC). */
export function formatDay(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

/** The callback time format of 6.2.14.3 / 14.4.2: 2022/02/22,10:04:29:004. */
export function formatCallbackTime(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())},${pad(d.getUTCHours())}:${pad(
		d.getUTCMinutes(),
	)}:${pad(d.getUTCSeconds())}:${pad(d.getUTCMilliseconds(), 3)}`;
}

/** CC-Gateway GUIDs look like "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.AgentGateway0" (4.5, 4.6). */
export function newGuid(node = 0): string {
	return `${randomUUID()}.AgentGateway${node}`;
}

export function randomToken(bytes = 24): string {
	return randomBytes(bytes).toString('hex');
}

/** Digits-only IDs in the style of CEC's 19-digit snowflake serial numbers. */
let serialCounter = 0;
export function newSerialNo(): string {
	serialCounter = (serialCounter + 1) % 100000;
	return `11${Date.now()}${pad(serialCounter, 5)}`.slice(0, 19);
}

/** CTI call IDs look like "1456401416-3" (epoch seconds - sequence). */
let callCounter = 0;
export function newCallId(): string {
	callCounter++;
	return `${Math.floor(Date.now() / 1000)}-${callCounter}`;
}

/**
 * Parse JSON taken from the PDF-converted reference: tolerate // comments, trailing commas,
 * "..." placeholders and unquoted ellipsis lines. Returns undefined when still not JSON.
 */
export function lenientJsonParse(text: unknown): unknown {
	if (typeof text !== 'string') return text;
	const t = text.trim();
	if (!t) return undefined;
	try {
		return JSON.parse(t);
	} catch {
		/* fall through */
	}
	let s = t
		.split('\n')
		.map((line) => stripLineComment(line))
		.filter((line) => !/^\s*(\.\.\.|…)\s*,?\s*$/.test(line))
		.join('\n');
	s = s.replace(/,\s*([}\]])/g, '$1');
	try {
		return JSON.parse(s);
	} catch {
		return undefined;
	}
}

function stripLineComment(line: string): string {
	let inStr = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (c === '\\' && inStr) {
			i++;
			continue;
		}
		if (c === '"') inStr = !inStr;
		if (!inStr && c === '/' && line[i + 1] === '/') return line.slice(0, i);
	}
	return line;
}

export function isLoopback(addr: string | undefined): boolean {
	if (!addr) return false;
	return addr === '::1' || addr.startsWith('127.') || addr.startsWith('::ffff:127.');
}

export function delay(ms: number): Promise<void> {
	return new Promise((r) => setTimeout(r, ms));
}

/** Parse "64k", "256m", "1g", "1048576" into bytes. */
export function parseSize(s: string | number | undefined): number | undefined {
	if (s === undefined) return undefined;
	if (typeof s === 'number') return Number.isFinite(s) && s >= 0 ? Math.floor(s) : undefined;
	const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?)?$/i.exec(s.trim());
	if (!m) return undefined;
	const n = parseFloat(m[1]);
	const unit = (m[2] ?? '').toLowerCase()[0];
	const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
	return Math.floor(n * mult);
}

export function decodeMaybeBase64Url(v: unknown): string | undefined {
	if (typeof v !== 'string' || !v) return undefined;
	if (/^https?:\/\//i.test(v)) return v;
	// 6.2.1 / 14.2 / 14.3: callbackUrl is sent Base64-encoded (UTF-8).
	try {
		const decoded = Buffer.from(v, 'base64').toString('utf8');
		if (/^https?:\/\//i.test(decoded)) return decoded;
	} catch {
		/* ignore */
	}
	return undefined;
}

/** Ends every issued token now; returns how many were still valid. Shared by the simulator's token stores. */
export function expireIssued(tokens: Iterable<{ expiresAt: number }>, now = Date.now()): number {
	let n = 0;
	for (const t of tokens) {
		if (t.expiresAt > now) n++;
		t.expiresAt = Math.min(t.expiresAt, now);
	}
	return n;
}
