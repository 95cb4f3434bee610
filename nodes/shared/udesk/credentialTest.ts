import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';
import { udeskAuthQuery } from '../auth/udeskSignature';
import { describeCode } from '../codes';
import { legacySend } from '../transport/legacySend';
import { joinUrl, transportSettings } from '../transport/wire';

/** Udesk ccapi v2: the Test lists the relay numbers (interface 01), signed like every request. */
export async function testUdeskCredential(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
	const credentials = credential.data ?? {};
	const base = String(credentials.baseUrl ?? '').trim().replace(/\/+$/, '');
	if (!/^https?:\/\//i.test(base)) return { status: 'Error', message: 'The host must be a URL such as https://xxx.udesk.cn' };
	try {
		const response = await legacySend(this)({
			method: 'GET',
			url: joinUrl(base, '/ccapi/v2/spnumbers', udeskAuthQuery(credentials)),
			headers: { Accept: 'application/json' },
			encoding: 'json',
			...transportSettings(credentials),
		});
		const body = (response.body ?? {}) as Record<string, unknown>;
		const code = body.ErrCode === undefined ? undefined : String(body.ErrCode);
		if (code === '000000' && response.statusCode < 300) {
			const numbers = (body.Result as { SpNumbers?: unknown[] } | null)?.SpNumbers;
			return { status: 'OK', message: `Signed request accepted${Array.isArray(numbers) ? `: ${numbers.length} relay number(s)` : ''}` };
		}
		if (code === undefined) return { status: 'Error', message: `The host answered HTTP ${response.statusCode} without an ErrCode: check the host` };
		const meaning = describeCode('udesk', code);
		return { status: 'Error', message: `Udesk refused the request (ErrCode ${code}${meaning ? `: ${meaning}` : ''}${body.ErrDesc ? `; ${String(body.ErrDesc)}` : ''})` };
	} catch (error) {
		return { status: 'Error', message: `Could not reach the host: ${(error as Error).message}` };
	}
}
