import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';
import { agentSessions, cookieHeader, sessionOwner } from './auth/agentSessions';
import { agentSignIn, CecAuthError, fetchConfigGuid } from './auth/strategies';
import { describeCode } from './codes';
import { legacySend } from './transport/legacySend';
import { joinUrl, transportSettings } from './transport/wire';

/**
 * Node-level credential tests for the modes whose success is a body code (retcode "0"), which
 * n8n's declarative test rules cannot express.
 */

function failure(message: string): INodeCredentialTestResult {
	return { status: 'Error', message };
}

function gatewayMessage(retcode: string, fallback?: string): string {
	const meaning = describeCode('agentGateway', retcode);
	return `retcode ${retcode}${meaning ? `: ${meaning}` : fallback ? `: ${fallback}` : ''}`;
}

/** C4: sign in without forcing (never kicks out a working agent), then sign out again. */
export async function testAgentGatewayCredential(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
	const credentials = credential.data ?? {};
	const send = legacySend(this);
	try {
		const { response, guid } = await agentSignIn(send, credentials);
		const body = (response.body ?? {}) as Record<string, unknown>;
		const retcode = String(body.retcode ?? '');
		if (response.statusCode >= 300) return failure(`The CC-Gateway answered HTTP ${response.statusCode}: check the base URL`);
		if (retcode !== '0' || !guid) {
			return failure(`Sign-in of agent ${String(credentials.agentId)} failed (${gatewayMessage(retcode, String(body.message ?? ''))}). If the agent is already signed in elsewhere, the test does not force it out.`);
		}
		const gateway = String(credentials.baseUrl).replace(/\/+$/, '');
		const owner = sessionOwner(credentials.password);
		const cookie = cookieHeader(agentSessions.get(gateway, String(credentials.agentId), owner)?.cookies);
		await send({
			method: 'DELETE',
			url: joinUrl(gateway, `/agentgateway/resource/onlineagent/${encodeURIComponent(String(credentials.agentId))}/logout`),
			headers: { Guid: guid, ...(cookie ? { Cookie: cookie } : {}) },
			encoding: 'json',
			...transportSettings(credentials),
		});
		agentSessions.delete(gateway, String(credentials.agentId), owner, guid);
		return { status: 'OK', message: 'Signed in and out again successfully' };
	} catch (error) {
		return failure(`Could not reach the CC-Gateway: ${(error as Error).message}`);
	}
}

/** C5: the configuration login answers retcode "0" with a GUID. */
export async function testGatewayConfigCredential(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
	try {
		await fetchConfigGuid(legacySend(this), credential.data ?? {});
		return { status: 'OK', message: 'Configuration login succeeded' };
	} catch (error) {
		if (error instanceof CecAuthError) {
			const meaning = error.code ? describeCode('agentGateway', error.code) : undefined;
			return failure(meaning ? `${error.message} ${meaning}` : error.message);
		}
		return failure(`Could not reach the CC-Gateway: ${(error as Error).message}`);
	}
}
