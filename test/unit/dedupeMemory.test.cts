/**
 * The bounded memory of the webhook triggers (nodes/shared/webhook/store.ts): the in-process guard
 * plus the copy in workflow static data that n8n loads per request and writes back whole.
 */
import type { IDataObject } from 'n8n-workflow';
import { clearGuard, DEDUPE_MEMORY, DEDUPE_PUSH_SHARE, KEY_LENGTH, recordIdOf, rememberNonce, rememberRecords } from '../../nodes/shared/webhook/store';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
/** What n8n hands each request: its own copy of the stored static data. */
const copy = (data: IDataObject): IDataObject => JSON.parse(JSON.stringify(data)) as IDataObject;
/** How many record keys the static data holds. */
const remembered = (data: IDataObject): number => (data.cecSeen as string).length / KEY_LENGTH;
/** Static data that counts the assignments n8n's observable copy would take as a change. */
const observed = (data: IDataObject): { data: IDataObject; writes: () => number } => {
	let writes = 0;
	const proxy = new Proxy(data, {
		set(target, name, value) {
			writes++;
			return Reflect.set(target, name, value);
		},
	});
	return { data: proxy, writes: () => writes };
};

/** The store as another n8n process has it: a second module instance, with its own guard and memory. */
const anotherProcess = (): typeof import('../../nodes/shared/webhook/store') => {
	let other: typeof import('../../nodes/shared/webhook/store') | undefined;
	jest.isolateModules(() => {
		other = require('../../nodes/shared/webhook/store') as typeof import('../../nodes/shared/webhook/store');
	});
	return other!;
};

beforeEach(() => clearGuard());

describe('record memory', () => {
	it('one push of 5,000 records does not evict the records remembered before it', () => {
		const stored: IDataObject = {};
		expect(rememberRecords(stored, 'wf|n|live', ['r1', 'r2', 'r3'])).toEqual([true, true, true]);
		const big = ids('big', 5000);
		expect(rememberRecords(stored, 'wf|n|live', big).every(Boolean)).toBe(true);
		expect(remembered(stored)).toBe(3 + DEDUPE_PUSH_SHARE);

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
		expect(remembered(stored)).toBe(DEDUPE_MEMORY);
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

	it('static data holds the keys as one string, and an unchanged memory is not written back', () => {
		const saved: IDataObject = {};
		rememberRecords(saved, 's', ['a', 'b']);
		expect(typeof saved.cecSeen).toBe('string');
		expect(remembered(saved)).toBe(2);
		// The next request loads what was saved: a repeat changes nothing, so nothing is assigned.
		const latest = observed(copy(saved));
		expect(rememberRecords(latest.data, 's', ['a', 'b'])).toEqual([false, false]);
		expect(latest.writes()).toBe(0);
		// A new record is written, with the older ones.
		expect(rememberRecords(latest.data, 's', ['c'])).toEqual([true]);
		expect(latest.writes()).toBeGreaterThan(0);
		expect(remembered(latest.data)).toBe(3);
	});

	it('a request holding a copy older than this process wrote writes the newest memory back, even when it adds nothing', () => {
		const saved: IDataObject = {};
		rememberRecords(saved, 's', ['a']);
		const stale = copy(saved);
		rememberRecords(saved, 's', ['b']);
		// Loaded before the write of b and saved after it: without catching up, the last write would drop b.
		expect(rememberRecords(stale, 's', ['a'])).toEqual([false]);
		clearGuard();
		expect(rememberRecords(copy(stale), 's', ['a', 'b', 'c'])).toEqual([false, false, true]);
	});

	it('a copy written by another process is merged in, and each process writes what both remember', () => {
		const other = anotherProcess();
		const saved: IDataObject = {};
		expect(rememberRecords(saved, 's', ['a'])).toEqual([true]);
		// The other process (its own module memory) loads that copy: a is known there too.
		const there = copy(saved);
		expect(other.rememberRecords(there, 's', ['a', 'b'])).toEqual([false, true]);
		expect(remembered(there)).toBe(2);
		// Back here, the other process's copy adds b to what this one remembers.
		const back = copy(there);
		expect(rememberRecords(back, 's', ['b', 'c'])).toEqual([false, true]);
		clearGuard();
		expect(rememberRecords(copy(back), 's', ['a', 'b', 'c', 'd'])).toEqual([false, false, false, true]);
	});

	it('merging a full copy from elsewhere keeps what this process remembers and stays bounded', () => {
		const other = anotherProcess();
		const elsewhere: IDataObject = {};
		for (let push = 0; push < 2; push++) other.rememberRecords(elsewhere, 's', ids(`x${push}-`, DEDUPE_PUSH_SHARE));
		expect(remembered(elsewhere)).toBe(DEDUPE_MEMORY);
		const here: IDataObject = {};
		rememberRecords(here, 's', ids('mine', 10));
		const merged = copy(elsewhere);
		expect(rememberRecords(merged, 's', ['new'])).toEqual([true]);
		expect(remembered(merged)).toBe(DEDUPE_MEMORY);
		clearGuard();
		const after = rememberRecords(copy(merged), 's', [...ids('mine', 10), 'new', 'x1-2499', 'x0-0']);
		// Mine, the new one and the newest from elsewhere are kept; the oldest from elsewhere made room.
		expect(after).toEqual([...ids('mine', 10).map(() => false), false, false, true]);
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
