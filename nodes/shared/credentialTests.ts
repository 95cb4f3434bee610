import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';
import { agentSessions } from './auth/agentSessions';
import { agentSignIn, CecAuthError, fetchConfigGuid } from './auth/strategies';
import { describeCode } from './codes';
import { legacySend } from './transport/legacySend';
import { Scrubber } from './transport/scrub';
import { joinUrl, transportSettings } from './transport/wire';

/**
 * Node-level credential tests for the modes whose success is a body code (retcode "0"), which
 * n8n's declarative test rules cannot express.
 */

/** The message may quote the server, which may echo the password: scrubbed like every server text. */
function failure(message: string, credential: ICredentialsDecrypted): INodeCredentialTestResult {
	return { status: 'Error', message: Scrubber.forCredentials(credential.data).text(message) };
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
		if (response.statusCode >= 300) return failure(`The CC-Gateway answered HTTP ${response.statusCode}: check the base URL`, credential);
		if (retcode !== '0' || !guid) {
			return failure(`Sign-in of agent ${String(credentials.agentId)} failed (${gatewayMessage(retcode, String(body.message ?? ''))}). If the agent is already signed in elsewhere, the test does not force it out.`, credential);
		}
		const gateway = String(credentials.baseUrl).replace(/\/+$/, '');
		await send({
			method: 'DELETE',
			url: joinUrl(gateway, `/agentgateway/resource/onlineagent/${encodeURIComponent(String(credentials.agentId))}/logout`),
			headers: { Guid: guid },
			encoding: 'json',
			...transportSettings(credentials),
		});
		agentSessions.delete(gateway, String(credentials.agentId), guid);
		return { status: 'OK', message: 'Signed in and out again successfully' };
	} catch (error) {
		return failure(`Could not reach the CC-Gateway: ${(error as Error).message}`, credential);
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
			return failure(meaning ? `${error.message} ${meaning}` : error.message, credential);
		}
		return failure(`Could not reach the CC-Gateway: ${(error as Error).message}`, credential);
	}
}
