import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';
import { applyItaSignature } from '../../credentials/HuaweiCecItaApi.credentials';
import { legacySend } from '../shared/transport/legacySend';
import { transportSettings } from '../shared/transport/wire';

const STATUS_NOTIFY = '/apiaccess/rest/cc-management/v1/ita/twopartiescall/statusnotify';

/**
 * The ITA app has no read-only interface on CEC, so the test signs an empty 6.2.13 notification:
 * the gateway checks the App signature first (401 when the key or secret is wrong), then CEC
 * refuses the body for lacking callID and remark (400), so nothing is recorded.
 */
export async function testItaCredential(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
	const credentials = credential.data ?? {};
	const base = String(credentials.baseUrl ?? '').replace(/\/+$/, '');
	if (!/^https?:\/\//i.test(base)) return { status: 'Error', message: 'The base URL must start with https:// or http://' };
	try {
		const signed = applyItaSignature(credentials, { method: 'POST', url: `${base}${STATUS_NOTIFY}`, headers: { 'Content-Type': 'application/json;charset=UTF-8' }, body: '{}' });
		const settings = transportSettings(credentials);
		const response = await legacySend(this)({ method: 'POST', url: String(signed.url), headers: signed.headers ?? {}, body: String(signed.body ?? ''), encoding: 'json', ...settings });
		if (response.statusCode === 401 || response.statusCode === 403) return { status: 'Error', message: `CEC refused the app signature (HTTP ${response.statusCode}): check the App key and App secret` };
		if (response.statusCode === 404) return { status: 'Error', message: 'CEC answered HTTP 404: check the base URL' };
		if (response.statusCode >= 500) return { status: 'Error', message: `CEC answered HTTP ${response.statusCode}` };
		return { status: 'OK', message: 'The app signature was accepted (the empty test notification is refused by design and records nothing)' };
	} catch (error) {
		return { status: 'Error', message: `Could not reach CEC: ${(error as Error).message}` };
	}
}
