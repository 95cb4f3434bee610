/**
 * The bounded memory of the webhook triggers (nodes/shared/webhook/store.ts): the in-process guard
 * plus the copy in workflow static data that n8n loads per request and writes back whole.
 */
import type { IDataObject } from 'n8n-workflow';
import { clearGuard, DEDUPE_MEMORY, DEDUPE_PUSH_SHARE, recordIdOf, rememberNonce, rememberRecords } from '../../nodes/shared/webhook/store';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
/** What n8n hands each request: its own copy of the stored static data. */
const copy = (data: IDataObject): IDataObject => JSON.parse(JSON.stringify(data)) as IDataObject;

beforeEach(() => clearGuard());

describe('record memory', () => {
	it('one push of 5,000 records does not evict the records remembered before it', () => {
		const stored: IDataObject = {};
		expect(rememberRecords(stored, 'wf|n|live', ['r1', 'r2', 'r3'])).toEqual([true, true, true]);
		const big = ids('big', 5000);
		expect(rememberRecords(stored, 'wf|n|live', big).every(Boolean)).toBe(true);
		expect((stored.cecSeen as string[]).length).toBeLessThanOrEqual(DEDUPE_MEMORY);

		// A restarted process (empty guard) still knows r1..r3 and the first share of the big push.
		clearGuard();
		expect(rememberRecords(copy(stored), 'wf|n|live', ['r1', 'r2', 'r3'])).toEqual([false, false, false]);
		clearGuard();
		const again = rememberRecords(copy(stored), 'wf|n|live', big);
		expect(again.filter((fresh) => !fresh)).toHaveLength(DEDUPE_PUSH_SHARE);
		// The process that took the push remembers all of it.
		const live: IDataObject = copy(stored);
		rememberRecords(live, 'wf|n2|live', big);
		expect(rememberRecords(live, 'wf|n2|live', big).some(Boolean)).toBe(false);
	});

	it('the memory stays bounded: old records leave once DEDUPE_MEMORY newer ones arrived in several pushes', () => {
		const stored: IDataObject = {};
		rememberRecords(stored, 's', ['old']);
		for (let push = 0; push < 3; push++) rememberRecords(stored, 's', ids(`p${push}-`, DEDUPE_PUSH_SHARE));
		expect(stored.cecSeen).toHaveLength(DEDUPE_MEMORY);
		clearGuard();
		expect(rememberRecords(copy(stored), 's', ['old'])).toEqual([true]);
	});

	it('two overlapping requests working on stale copies of static data: the repeat is dropped and the last write keeps both records', () => {
		const saved: IDataObject = {};
		const first = copy(saved);
		const second = copy(saved);
		expect(rememberRecords(first, 's', ['a'])).toEqual([true]);
		// The second request loaded static data before the first saved it, and carries the same record plus another.
		expect(rememberRecords(second, 's', ['a', 'b'])).toEqual([false, true]);
		// n8n saves each request's copy whole; the last write wins and must still know both.
		clearGuard();
		expect(rememberRecords(copy(second), 's', ['a', 'b'])).toEqual([false, false]);
	});

	it('scopes are separate: another workflow or node, or test listening, has its own guard', () => {
		expect(rememberRecords({}, 'wf1|n|live', ['a'])).toEqual([true]);
		expect(rememberRecords({}, 'wf1|n|live', ['a'])).toEqual([false]);
		expect(rememberRecords({}, 'wf2|n|live', ['a'])).toEqual([true]);
		expect(rememberRecords({}, 'wf1|n|test', ['a'])).toEqual([true]);
	});

	it('recordId is 32 hex characters, the same for the same identity and different for another', () => {
		expect(recordIdOf('7.6.1|3|s1|c1|60584|2020-08-30 20:00:00')).toMatch(/^[0-9a-f]{32}$/);
		expect(recordIdOf('x')).toBe(recordIdOf('x'));
		expect(recordIdOf('x')).not.toBe(recordIdOf('y'));
	});
});

describe('nonce memory', () => {
	it('refuses a nonce seen by this process even when the static data copy lacks it', () => {
		const now = Date.now();
		const first = {};
		const second = {};
		expect(rememberNonce(first, 's', 'n-1', now, now, 300000)).toBe(true);
		expect(rememberNonce(second, 's', 'n-1', now, now, 300000)).toBe(false);
		clearGuard();
		expect(rememberNonce(first, 's', 'n-1', now, now, 300000)).toBe(false);
		expect(rememberNonce(first, 's', 'n-2', now, now, 300000)).toBe(true);
	});
});
