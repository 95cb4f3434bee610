import { interpretResult } from '../../nodes/shared/transport/result';

/** Udesk's two answer envelopes: {ErrCode, ErrDesc, Result} everywhere, {code, message, results} for interface 24. */
describe('result conventions of the Udesk answers', () => {
	it('ErrCode "000000" is success; another ErrCode is a failure with ErrDesc as the server message', () => {
		expect(interpretResult({ ErrCode: '000000', ErrDesc: 'OK', Result: null }, 200, 'ErrCode')).toEqual({ ok: true, codeField: 'ErrCode', code: '000000', serverMessage: 'OK' });
		expect(interpretResult({ ErrCode: '100021', ErrDesc: 'agent has no extension', Result: null }, 200, 'ErrCode')).toEqual({ ok: false, codeField: 'ErrCode', code: '100021', serverMessage: 'agent has no extension' });
		expect(interpretResult({ ErrCode: '100021', ErrDesc: 'x' }, 200).ok).toBe(false);
	});

	it('a bare code field decides only where an interface pins it (24), never by guessing', () => {
		expect(interpretResult({ code: '100005', message: 'Relay number not found' }, 200, 'code')).toEqual({ ok: false, codeField: 'code', code: '100005', serverMessage: 'Relay number not found' });
		expect(interpretResult({ code: '000000', message: 'OK', results: 'c9d5' }, 200, 'code').ok).toBe(true);
		expect(interpretResult({ code: 'APIGW.0101', data: [] }, 200)).toEqual({ ok: true, serverMessage: undefined });
	});
});
