import { interpretResult, isSuccessCode } from '../../nodes/shared/transport/result';
import { backoffMs, MAX_RETRY_AFTER_MS, retryAfterMs } from '../../nodes/shared/transport/retry';
import { describeCode } from '../../nodes/shared/codes';

describe('result conventions of the reference', () => {
	it.each([
		['CC-Gateway retcode', { retcode: '0', message: 'success' }, true],
		['CC-Gateway failure', { retcode: '100-006', message: '' }, false],
		['iSales 0200000', { resultCode: '0200000', resultDesc: 'ok' }, true],
		['iSales failure', { resultCode: '0200007', resultDesc: 'exists' }, false],
		['CMS 0100000', { resultCode: '0100000' }, true],
		['CC-FS 0401000', { resultCode: '0401000' }, true],
		['config resultCode 0', { resultCode: '0', resultDesc: 'success' }, true],
		['returnCode 0', { returnCode: '0' }, true],
		['returnCode failure', { returnCode: '02000001' }, false],
		['OIAP errorCode 0', { errorCode: 0, errorMsg: '' }, true],
		['OIAP errorCode 900001', { errorCode: 900001 }, false],
		['ErrCode 000000', { ErrCode: '000000', ErrMsg: 'ok' }, true],
		['ErrCode failure', { ErrCode: '100001', ErrMsg: 'bad' }, false],
		['callback retCode', { retCode: '0', retMsg: 'success' }, true],
		['no code: HTTP decides', { data: [] }, true],
	])('%s', (_name, body, ok) => {
		expect(interpretResult(body, 200).ok).toBe(ok);
	});

	it('fails on an HTTP error even with a success code, and on an error body with HTTP 200', () => {
		expect(interpretResult({ resultCode: '0' }, 500).ok).toBe(false);
		const verdict = interpretResult({ resultCode: '0200001', resultDesc: 'Parameter error.' }, 200);
		expect(verdict).toEqual({ ok: false, codeField: 'resultCode', code: '0200001', serverMessage: 'Parameter error.' });
	});

	it('trusts retcode before other code fields, and honours a pinned convention', () => {
		expect(interpretResult({ retcode: '0', resultCode: '1' }, 200).ok).toBe(true);
		expect(interpretResult({ retcode: '1', returnCode: '0' }, 200, 'returnCode').ok).toBe(true);
		expect(interpretResult({ status: 'x' }, 200, 'http').ok).toBe(true);
	});

	it.each([
		['resultCode "success"', { resultCode: 'success' }],
		['resultCode true', { resultCode: true }],
		['retcode true', { retcode: true }],
		['errorCode as an object', { errorCode: { value: 0 } }],
		['null', null],
		['a bare string', 'ok'],
		['a bare array', [{ retcode: '0' }]],
		['a bare number', 0],
	])('an undocumented success shape is a failure: %s', (_name, body) => {
		const verdict = interpretResult(body, 200);
		expect(verdict.ok).toBe(false);
	});

	it('says why a bare value is not a success', () => {
		expect(interpretResult(null, 200).problem).toMatch(/The answer is null, not the JSON object the interface documents/);
		expect(interpretResult([], 200).problem).toMatch(/a bare array/);
		expect(interpretResult([], 200, 'http').ok).toBe(true);
	});

	it('knows the success shapes', () => {
		for (const code of ['0', 0, '000000', '0100000', '0200000', '0403000', '020000']) expect(isSuccessCode(code)).toBe(true);
		for (const code of ['1', '0200001', '100-006', '900001', '02000001', null, true, 'success', 'SUCCESS', 200000, {}]) expect(isSuccessCode(code)).toBe(false);
	});

	it('finds documented meanings by family', () => {
		expect(describeCode('agentGateway', '100-006')).toBeTruthy();
		expect(describeCode('isales', '0200007', '7.3.1')).toMatch(/blacklist/i);
		expect(describeCode('isales', '0200007')).toBeTruthy();
		expect(describeCode('oiap', '900001')).toMatch(/token/i);
	});
});

describe('retry timing', () => {
	it('honours Retry-After in seconds or as a date, capped', () => {
		expect(retryAfterMs('2')).toBe(2000);
		expect(retryAfterMs('100000')).toBe(MAX_RETRY_AFTER_MS);
		expect(retryAfterMs('-5')).toBe(0);
		expect(retryAfterMs('Infinity')).toBeUndefined();
		expect(retryAfterMs(new Date(Date.now() + 3000).toUTCString())).toBeGreaterThan(1000);
		expect(retryAfterMs(undefined)).toBeUndefined();
	});

	it('backs off exponentially with jitter', () => {
		expect(backoffMs(1, 300, 10000, () => 0)).toBe(150);
		expect(backoffMs(3, 300, 10000, () => 1)).toBe(1200);
		expect(backoffMs(20, 300, 10000, () => 1)).toBe(10000);
	});
});
