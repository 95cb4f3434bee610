import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, INode, JsonObject } from 'n8n-workflow';
import { describeCode } from '../codes';
import {
	CecAuthError,
	CecSessionMissingError,
	GATEWAY_AUTH_CODES,
	STRATEGIES,
	type CredentialTypeName,
	type OutgoingCall,
	type Prepared,
	type StrategyEnv,
} from '../auth/strategies';
import { SessionHandleError } from '../auth/sessionHandle';
import type { ResultConvention } from '../registry/types';
import { interpretResult } from './result';
import { backoffMs, isNetworkError, retryAfterMs, RETRYABLE_STATUS } from './retry';
import { n8nSend, type CecContext, type Send, type WireResponse } from './wire';

/**
 * The one transport: every node and trigger of the pack sends through here. It authenticates
 * with the credential's strategy, retries what is safe to retry, renews a refused token or
 * session once, and turns CEC's result codes into NodeApiErrors that carry the documented meaning.
 */

export interface CecCall extends Omit<OutgoingCall, 'encoding'> {
	encoding?: OutgoingCall['encoding'];
	/** Queries are retried on network errors, 429 and 502-504; state changes only when allowed. */
	idempotent: boolean;
	retryStateChanges?: boolean;
	/** Total attempts for retryable failures (default 4). */
	maxAttempts?: number;
	convention?: ResultConvention;
	successCodes?: string[];
	/** Error codes documented by this interface, which win over the family tables. */
	errors?: Record<string, string>;
	/** Catalog family, e.g. "isales", for the family's code tables. */
	family?: string;
	/** Doc section, named in error messages. */
	section?: string;
	/** C4: sign the agent in when no session exists or the session expired (once). */
	autoSignIn?: boolean;
	itemIndex?: number;
}

export interface CecTransportEnv {
	send: Send;
	node: INode;
	credentialType: CredentialTypeName;
	credentials: ICredentialDataDecryptedObject;
	/** Waits between retries; injectable so tests need not sleep. */
	wait?: (ms: number) => Promise<void>;
}

function where(call: CecCall): string {
	return `${call.section ? `${call.section} ` : ''}${call.method} ${call.path}`;
}

function apiError(env: CecTransportEnv, call: CecCall, message: string, description: string, details: JsonObject, httpCode?: number): NodeApiError {
	return new NodeApiError(env.node, { ...details, section: call.section ?? null, httpCode: httpCode ?? null } as JsonObject, {
		message,
		description,
		httpCode: httpCode ? String(httpCode) : undefined,
		itemIndex: call.itemIndex,
	});
}

function codeMeaning(call: CecCall, code: string): string | undefined {
	return call.errors?.[code] ?? describeCode(call.family ?? '', code, call.section);
}

export async function cecRequestWith(env: CecTransportEnv, call: CecCall): Promise<WireResponse> {
	const strategy = STRATEGIES[env.credentialType];
	if (!strategy) throw new NodeOperationError(env.node, `Unknown credential type ${env.credentialType}`);
	const wait = env.wait ?? (async (ms: number) => await sleep(ms));
	const retryable = call.idempotent || call.retryStateChanges === true;
	const maxAttempts = Math.max(1, call.maxAttempts ?? 4);
	const strategyEnv: StrategyEnv = { send: env.send, credentials: env.credentials, autoSignIn: call.autoSignIn === true };
	const outgoing: OutgoingCall = { ...call, encoding: call.encoding ?? 'json', session: call.session ?? 'use' };
	let attempt = 0;
	let renewed = false;

	for (;;) {
		attempt += 1;
		let prepared: Prepared;
		try {
			prepared = await strategy.prepare(strategyEnv, outgoing);
		} catch (error) {
			if (error instanceof CecSessionMissingError || error instanceof SessionHandleError) throw new NodeOperationError(env.node, error.message, { itemIndex: call.itemIndex });
			if (error instanceof CecAuthError) {
				throw apiError(env, call, error.message, `Authentication for ${where(call)} failed before the request was sent.`, { code: error.code ?? null }, error.statusCode);
			}
			if (isNetworkError(error) && retryable && attempt < maxAttempts) {
				await wait(backoffMs(attempt));
				continue;
			}
			throw apiError(env, call, `Could not reach CEC to authenticate: ${(error as Error).message}`, where(call), { code: (error as { code?: string }).code ?? null });
		}

		let response: WireResponse;
		try {
			response = await env.send(prepared.request, prepared.signWith);
		} catch (error) {
			if (isNetworkError(error) && retryable && attempt < maxAttempts) {
				await wait(backoffMs(attempt));
				continue;
			}
			const reason = (error as Error).message;
			throw apiError(env, call, `CEC did not answer ${where(call)}: ${reason}`, retryable ? `Gave up after ${attempt} attempts.` : 'Not retried: this operation changes state, and repeating it could apply it twice. Turn on retries for state changes in the node options if the server is known to be idempotent.', { code: (error as { code?: string }).code ?? null });
		}

		if (strategy.refused(strategyEnv, response, prepared)) {
			discard(response);
			const body = response.body as Record<string, unknown>;
			const code = String(body?.retcode ?? body?.errorCode ?? response.statusCode);
			const sessionCode = GATEWAY_AUTH_CODES.has(code);
			const canRenew = !renewed && strategy.mayRenew(strategyEnv, prepared);
			strategy.renew(strategyEnv, prepared);
			if (canRenew) {
				renewed = true;
				continue;
			}
			const meaning = codeMeaning(call, code);
			const message = !sessionCode
				? `CEC refused the authentication of ${where(call)} (${code}${meaning ? `: ${meaning}` : ''})`
				: prepared.session?.fromHandle
					? `The agent session of the session handle is no longer accepted (${code}${meaning ? `: ${meaning}` : ''}): the agent signed out, or its GUID rotated longer ago than the gateway's GUIDTIMEOUT. Act on events promptly, or use the handle of a newer event.`
					: `The agent session expired or was replaced (${code}${meaning ? `: ${meaning}` : ''}). Sign in again, or turn on "Sign In Automatically".`;
			throw apiError(env, call, message, 'The credential was renewed once and still refused.', { code }, response.statusCode);
		}

		const unparsable = response.unparsable === true && response.statusCode < 300;
		if ((RETRYABLE_STATUS.has(response.statusCode) || unparsable) && retryable && attempt < maxAttempts) {
			discard(response);
			await wait(retryAfterMs(response.headers['retry-after'] as string | undefined) ?? backoffMs(attempt));
			continue;
		}

		if (outgoing.encoding !== 'json') {
			if (response.statusCode >= 300) {
				discard(response);
				throw apiError(env, call, `CEC answered ${where(call)} with HTTP ${response.statusCode}`, 'The file could not be downloaded.', {}, response.statusCode);
			}
			return response;
		}

		if (unparsable) {
			throw apiError(env, call, `CEC answered ${where(call)} with a body that is not JSON`, String(response.body).slice(0, 300), {}, response.statusCode);
		}

		const verdict = interpretResult(response.body, response.statusCode, call.convention, call.successCodes);
		if (!verdict.ok) {
			const meaning = verdict.code !== undefined ? codeMeaning(call, verdict.code) : undefined;
			const codeText = verdict.code !== undefined ? `${verdict.codeField} ${verdict.code}` : `HTTP ${response.statusCode}`;
			const message = `${meaning ?? verdict.serverMessage ?? `CEC rejected the request`} (${codeText})`;
			const description = [`${where(call)} answered HTTP ${response.statusCode}.`, verdict.serverMessage && verdict.serverMessage !== meaning ? `Server message: ${verdict.serverMessage}` : '']
				.filter(Boolean)
				.join(' ');
			throw apiError(env, call, message, description, { code: verdict.code ?? null, codeField: verdict.codeField ?? null, meaning: meaning ?? null }, response.statusCode);
		}

		strategy.settled(strategyEnv, outgoing, prepared);
		return response;
	}
}

/** A streamed answer nobody will read must be let go, or its socket stays busy. */
function discard(response: WireResponse): void {
	const body = response.body as { destroy?: () => void } | undefined;
	if (body && typeof body.destroy === 'function') body.destroy();
}

/** The transport as nodes use it: credentials from the node, HTTP through n8n's helpers. */
export async function cecRequest(ctx: CecContext, credentialType: CredentialTypeName, call: CecCall): Promise<WireResponse> {
	const credentials = await ctx.getCredentials(credentialType);
	return await cecRequestWith({ send: n8nSend(ctx), node: ctx.getNode(), credentialType, credentials }, call);
}
