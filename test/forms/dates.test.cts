import { instantOf, toWireDate } from '../../nodes/shared/registry/dates';

/**
 * Date fields: what n8n's date picker and expressions give, in the form each interface documents,
 * in the tenant's time zone.
 */

const wire = (value: unknown, format: string, zone = 'Asia/Shanghai') => toWireDate(value, format, zone);

describe('dates from the form to the documented format', () => {
	it('a picked date (ISO without zone) is the wall-clock time of the tenant zone', () => {
		expect(wire('2026-12-06T09:30:00', 'yyyy-MM-dd HH:mm:ss')).toEqual({ value: '2026-12-06 09:30:00' });
		expect(wire('2026-12-06T09:30:00', 'yyyyMMddHHmmss')).toEqual({ value: '20261206093000' });
		expect(wire('2026-12-06', 'yyyy-MM-dd')).toEqual({ value: '2026-12-06' });
		// 09:30 in Shanghai (UTC+8) is 01:30 UTC.
		expect(wire('2026-12-06T09:30:00', 'epochMs')).toEqual({ value: Date.UTC(2026, 11, 6, 1, 30) });
		expect(wire('2026-12-06T09:30:00', 'epochSeconds')).toEqual({ value: Date.UTC(2026, 11, 6, 1, 30) / 1000 });
	});

	it('an instant with a zone (ISO with Z or an offset, a Luxon DateTime, a Date) is shown in the tenant zone', () => {
		expect(wire('2026-12-06T01:30:00Z', 'yyyy-MM-dd HH:mm:ss')).toEqual({ value: '2026-12-06 09:30:00' });
		expect(wire('2026-12-06T09:30:00+08:00', 'yyyy-MM-dd HH:mm:ss', 'Europe/Berlin')).toEqual({ value: '2026-12-06 02:30:00' });
		const luxonLike = { toMillis: () => Date.UTC(2026, 6, 1, 12, 0, 0) };
		// Berlin is UTC+2 in July (daylight-saving time).
		expect(wire(luxonLike, 'yyyy-MM-dd HH:mm:ss', 'Europe/Berlin')).toEqual({ value: '2026-07-01 14:00:00' });
		expect(wire(new Date(Date.UTC(2026, 0, 1)), 'yyyy-MM-dd HH:mm:ss.SSS', 'UTC')).toEqual({ value: '2026-01-01 00:00:00.000' });
	});

	it('a wall-clock time in a daylight-saving zone round-trips on both sides of the change', () => {
		expect(wire('2026-03-28T12:00:00', 'epochMs', 'Europe/Berlin')).toEqual({ value: Date.UTC(2026, 2, 28, 11) });
		expect(wire('2026-03-30T12:00:00', 'epochMs', 'Europe/Berlin')).toEqual({ value: Date.UTC(2026, 2, 30, 10) });
	});

	it('values already in the documented form pass unchanged', () => {
		expect(wire('2026-12-06 09:30:00', 'yyyy-MM-dd HH:mm:ss')).toEqual({ value: '2026-12-06 09:30:00' });
		expect(wire(1796533034667, 'epochMs')).toEqual({ value: 1796533034667 });
		expect(wire('1796533034667', 'epochMs')).toEqual({ value: 1796533034667 });
		expect(wire('20261206093000', 'yyyyMMddHHmmss')).toEqual({ value: '20261206093000' });
	});

	it('anything that names no date is a problem in words, not a wrong value on the wire', () => {
		expect(wire('next tuesday', 'yyyy-MM-dd HH:mm:ss')).toEqual({ problem: expect.stringMatching(/^must be a date, not "next tuesday"/) });
		expect(wire({ a: 1 }, 'epochMs')).toEqual({ problem: expect.stringMatching(/^must be a date/) });
		expect(instantOf(new Date('nope'), 'UTC')).toBe('is not a valid date');
	});
});
