import type { ICredentialDataDecryptedObject, ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';
import { agentSessions, cookieHeader, sessionOwner } from './auth/agentSessions';
import { applyAuthV2 } from './auth/applyAuthV2';
import { otherCanonicalForm, type CanonicalForm } from './auth/authV2';
import { authV2Calibration, canonicalRequestSetting, CANONICAL_FORM_LABELS, isSignatureRefusal } from './auth/authV2Calibration';
import { firewallBlock } from './auth/firewall';
import { agentSignIn, CecAuthError, fetchConfigGuid } from './auth/strategies';
import { describeCode } from './codes';
import { legacySend } from './transport/legacySend';
import { interpretResult } from './transport/result';
import { Scrubber } from './transport/scrub';
import { joinUrl, transportSettings, type Send, type WireResponse } from './transport/wire';

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
		const blocked = firewallBlock(`The sign-in of agent ${String(credentials.agentId)}`, response);
		if (blocked) return failure(blocked, credential);
		if (response.statusCode >= 300) return failure(`The CC-Gateway answered HTTP ${response.statusCode}: check the base URL`, credential);
		if (retcode !== '0' || !guid) {
			return failure(`Sign-in of agent ${String(credentials.agentId)} failed (${gatewayMessage(retcode, String(body.message ?? ''))}). If the agent is already signed in elsewhere, the test does not force it out.`, credential);
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

/** A harmless, read-only query per C2 service (the iSales one reads the blacklist of the test VDN). */
function akSkTestPath(credentials: ICredentialDataDecryptedObject): string {
	switch (credentials.service) {
		case 'cms':
			return '/rest/cmsapp/v1/ping';
		case 'ccfs':
			return '/CCFS/resource/ccfs/getRecordFileUrlFromObs';
		default:
			return `/rest/isales/v1/openapi/campaigns/${encodeURIComponent(String(credentials.testVdnId ?? 1))}/blocklist/query`;
	}
}

async function signedTestQuery(send: Send, credentials: ICredentialDataDecryptedObject, form: CanonicalForm): Promise<WireResponse> {
	const signed = applyAuthV2(credentials, { method: 'POST', url: joinUrl(String(credentials.baseUrl ?? '').trim(), akSkTestPath(credentials)), body: {}, canonicalForm: form });
	return await send({
		method: 'POST',
		url: String(signed.url),
		headers: signed.headers ?? {},
		body: signed.body as string | undefined,
		encoding: 'json',
		...transportSettings(credentials),
	});
}

/** The service answered (a success, or a business code): the signature itself passed. */
function signatureAccepted(response: WireResponse): boolean {
	return response.statusCode !== 401 && (response.statusCode < 300 || interpretResult(response.body, response.statusCode).code !== undefined);
}

/** C2: signs a harmless query; on Automatic, tries the other canonical form once and says which one the server accepts. */
export async function testAkSkCredential(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
	const credentials = credential.data ?? {};
	const send = legacySend(this);
	const automatic = canonicalRequestSetting(credentials) === 'automatic';
	const first = authV2Calibration.formFor(credentials);
	try {
		const tried: CanonicalForm[] = [first];
		let response = await signedTestQuery(send, credentials, first);
		if (automatic && isSignatureRefusal(response.statusCode, response.body)) {
			tried.push(otherCanonicalForm(first));
			response = await signedTestQuery(send, credentials, tried[1]);
		}
		const form = tried[tried.length - 1];
		const blocked = firewallBlock('The signed test query', response);
		if (blocked) return failure(blocked, credential);
		if (signatureAccepted(response)) {
			if (automatic) authV2Calibration.accept(credentials, form);
			return { status: 'OK', message: `The server accepted the auth-v2 signature with the canonical request ${CANONICAL_FORM_LABELS[form]}${automatic ? '; Automatic sends this form first from now on' : ''}` };
		}
		if (isSignatureRefusal(response.statusCode, response.body)) {
			return failure(
				tried.length > 1
					? 'The server refused the auth-v2 signature in both canonical request forms (without and with the empty query line): check the AK/SK, that they belong to the chosen service, and the clock of the n8n host'
					: `The server refused the auth-v2 signature with the canonical request ${CANONICAL_FORM_LABELS[form]}: check the AK/SK; if they are right, set Canonical Request to Automatic`,
				credential,
			);
		}
		const verdict = interpretResult(response.body, response.statusCode);
		return failure(`The server answered HTTP ${response.statusCode}${verdict.serverMessage ? `: ${verdict.serverMessage}` : ''}: check the base URL and the service`, credential);
	} catch (error) {
		return failure(`Could not reach the service: ${(error as Error).message}`, credential);
	}
}
