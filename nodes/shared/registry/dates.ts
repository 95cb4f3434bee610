import type { DateFormat } from './types';

/**
 * Dates between n8n and CEC. n8n's date picker gives ISO text without a zone ("2026-12-06T09:30:00"),
 * expressions give ISO text, Luxon DateTimes or epoch numbers; CEC wants epoch numbers or text in a
 * documented pattern. Wall-clock values are read and written in the tenant's time zone (the
 * credential's Time Zone, else the workflow's), since CEC interprets its formatted times in it.
 */

const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?$/;
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** The parts of an instant's wall-clock time in a zone. */
function partsIn(epochMs: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
	const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
	const parts = Object.fromEntries(format.formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
	return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

/** The instant at which the zone's clocks show this wall-clock time. */
function wallClockToEpoch(fields: number[], timeZone: string): number {
	const [year, month, day, hour = 0, minute = 0, second = 0, ms = 0] = fields;
	const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
	// Two passes settle the offset around daylight-saving changes.
	let guess = asUtc;
	for (let i = 0; i < 2; i++) {
		const p = partsIn(guess, timeZone);
		const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, ms);
		guess += asUtc - shown;
	}
	return guess;
}

export function isValidTimeZone(timeZone: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone });
		return true;
	} catch {
		return false;
	}
}

/** Pattern tokens, longest first so "MM" is not read as two "M". */
const TOKENS = /yyyy|SSS|MM|dd|HH|mm|ss/g;

function patternRegex(pattern: string): RegExp {
	const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/yyyy/g, '\\d{4}').replace(/SSS/g, '\\d{3}').replace(/MM|dd|HH|mm|ss/g, '\\d{2}');
	return new RegExp(`^${source}$`);
}

/** The instant a value names, or a reason it names none. */
export function instantOf(value: unknown, timeZone: string): number | string {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'is not a valid date' : value.getTime();
	// A Luxon DateTime from an expression ($now, DateTime.fromISO(...)).
	if (value && typeof value === 'object' && typeof (value as { toMillis?: unknown }).toMillis === 'function') return (value as { toMillis: () => number }).toMillis();
	if (typeof value === 'number') return Number.isFinite(value) ? value : 'is not a valid date';
	if (typeof value !== 'string') return 'must be a date (ISO text such as 2026-12-06T09:30:00, a date-time from an expression, or epoch milliseconds)';
	const text = value.trim();
	// Epoch milliseconds as text (13 digits: 2001 to 2286).
	if (/^\d{13}$/.test(text)) return Number(text);
	const local = ISO_LOCAL.exec(text);
	if (local) {
		const fields = local.slice(1).map((part, index) => (part === undefined ? (index < 3 ? 1 : 0) : index === 6 ? Number(part.padEnd(3, '0')) : Number(part)));
		return wallClockToEpoch(fields, timeZone);
	}
	if (HAS_ZONE.test(text) && !Number.isNaN(Date.parse(text))) return Date.parse(text);
	return `must be a date, not ${JSON.stringify(value)} (use ISO text such as 2026-12-06T09:30:00, or pick one)`;
}

/**
 * A date value as the interface documents it. Text already in the documented pattern, and epoch
 * numbers for epoch fields, pass unchanged; anything else is read as an instant and written out.
 */
export function toWireDate(value: unknown, format: DateFormat, timeZone: string): { value: unknown } | { problem: string } {
	if (format === 'epochMs' || format === 'epochSeconds') {
		if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value.trim()))) return { value: Number(value) };
		const instant = instantOf(value, timeZone);
		if (typeof instant === 'string') return { problem: instant };
		return { value: format === 'epochSeconds' ? Math.floor(instant / 1000) : instant };
	}
	if (typeof value === 'string' && patternRegex(format).test(value.trim())) return { value: value.trim() };
	const instant = instantOf(value, timeZone);
	if (typeof instant === 'string') return { problem: instant };
	const p = partsIn(instant, timeZone);
	const pad = (n: number, width = 2) => String(n).padStart(width, '0');
	const out = format.replace(TOKENS, (token) => {
		switch (token) {
			case 'yyyy':
				return pad(p.year, 4);
			case 'MM':
				return pad(p.month);
			case 'dd':
				return pad(p.day);
			case 'HH':
				return pad(p.hour);
			case 'mm':
				return pad(p.minute);
			case 'ss':
				return pad(p.second);
			default:
				return pad(((instant % 1000) + 1000) % 1000, 3);
		}
	});
	return { value: out };
}

/** How a format reads to a user, for descriptions. */
export function formatInWords(format: DateFormat): string {
	if (format === 'epochMs') return 'sent as epoch milliseconds';
	if (format === 'epochSeconds') return 'sent as epoch seconds';
	return `sent as ${format}`;
}
