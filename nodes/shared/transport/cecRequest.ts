import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, IExecuteFunctions, INode, JsonObject } from 'n8n-workflow';
import { describeCode } from '../codes';
import { firewallBlock } from '../auth/firewall';
import {
	CecAuthError,
	CecSessionMissingError,
	CecWebChatTokenMissingError,
	GATEWAY_AUTH_CODES,
	STRATEGIES,
	type CredentialTypeName,
	type OutgoingCall,
	type Prepared,
	type StrategyEnv,
} from '../auth/strategies';
import { SessionHandleError } from '../auth/sessionHandle';
import type { ResultConvention } from '../registry/types';
import { interpretResult, type ResultVerdict } from './result';
import { backoffMs, isNetworkError, MAX_RETRY_WAIT_TOTAL_MS, retryAfterMs, RETRYABLE_STATUS } from './retry';
import { Scrubber } from './scrub';
import { CecWireError, headerOf, n8nSend, parseJsonText, readCappedText, transportSettings, type CecContext, type Send, type WireResponse } from './wire';

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
	/** The documented answer is a bare JSON array (result.itemsPath "."); any other answer must be an object. */
	listBody?: boolean;
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

/**
 * Every text of the error may come from the server: all of it is scrubbed of secrets. A network
 * failure's code goes in `networkCode`: under `code`, NodeApiError would replace the message (and
 * with it the interface name) by its generic text for ETIMEDOUT, ECONNREFUSED and the like.
 */
function apiError(env: CecTransportEnv, call: CecCall, scrubber: Scrubber, message: string, description: string, details: JsonObject, httpCode?: number): NodeApiError {
	return new NodeApiError(env.node, scrubber.deep({ ...details, section: call.section ?? null, httpCode: httpCode ?? null }) as JsonObject, {
		message: quote(scrubber, message, 2 * MAX_QUOTED_SERVER_TEXT),
		description: quote(scrubber, description, 4 * MAX_QUOTED_SERVER_TEXT),
		httpCode: httpCode ? String(httpCode) : undefined,
		itemIndex: call.itemIndex,
	});
}

/** CR, LF and other control characters (tab aside) would split or smuggle headers: refused, not stripped. */
function hasControlCharacter(text: string): boolean {
	for (let i = 0; i < text.length; i += 1) {
		const code = text.charCodeAt(i);
		if ((code < 0x20 && code !== 0x09) || code === 0x7f) return true;
	}
	return false;
}

function refuseControlCharacters(env: CecTransportEnv, call: CecCall, headers: Record<string, unknown> | undefined, origin: string): void {
	for (const [name, value] of Object.entries(headers ?? {})) {
		if (hasControlCharacter(name) || (value !== undefined && value !== null && hasControlCharacter(String(value)))) {
			const shownName = [...name].map((c) => (hasControlCharacter(c) ? '?' : c)).join('');
			throw new NodeOperationError(env.node, `The header "${shownName}" ${origin} contains a line break or another control character, which HTTP headers cannot carry`, {
				description: `${where(call)} was not sent.`,
				itemIndex: call.itemIndex,
			});
		}
	}
}

function hasBody(body: unknown): boolean {
	if (body === undefined || body === null) return false;
	if (typeof body === 'string' || Buffer.isBuffer(body)) return body.length > 0;
	return true;
}

function codeMeaning(call: CecCall, code: string): string | undefined {
	return call.errors?.[code] ?? describeCode(call.family ?? '', code, call.section);
}

export async function cecRequestWith(env: CecTransportEnv, call: CecCall): Promise<WireResponse> {
	const strategy = STRATEGIES[env.credentialType];
	if (!strategy) throw new NodeOperationError(env.node, `Unknown credential type ${env.credentialType}`);
	if (call.method === 'GET' && hasBody(call.body)) {
		throw new NodeOperationError(env.node, `${where(call)} is a GET request, which carries no body, but a body was given`, {
			description: 'n8n sends GET requests without a body, so a signed body would not match what is sent. Remove the Body Override (or the body fields); send query values as query parameters.',
			itemIndex: call.itemIndex,
		});
	}
	refuseControlCharacters(env, call, call.headers, 'given for this request');
	const wait = env.wait ?? (async (ms: number) => await sleep(ms));
	const retryable = call.idempotent || call.retryStateChanges === true;
	const maxAttempts = Math.max(1, call.maxAttempts ?? 4);
	const strategyEnv: StrategyEnv = { send: env.send, credentials: env.credentials, autoSignIn: call.autoSignIn === true };
	const outgoing: OutgoingCall = { ...call, encoding: call.encoding ?? 'json', session: call.session ?? 'use' };
	const credentialScrubber = Scrubber.forCredentials(env.credentials);
	let attempt = 0;
	let renewed = false;
	let waitedMs = 0;
	/** Waits before another attempt if the retry budget allows it; false when it is spent. */
	const mayWait = async (ms: number): Promise<boolean> => {
		if (waitedMs + ms > MAX_RETRY_WAIT_TOTAL_MS) return false;
		waitedMs += ms;
		await wait(ms);
		return true;
	};

	for (;;) {
		attempt += 1;
		let prepared: Prepared;
		try {
			prepared = await strategy.prepare(strategyEnv, outgoing);
		} catch (error) {
			if (error instanceof CecSessionMissingError || error instanceof CecWebChatTokenMissingError || error instanceof SessionHandleError) throw new NodeOperationError(env.node, error.message, { itemIndex: call.itemIndex });
			if (error instanceof CecAuthError) {
				throw apiError(env, call, credentialScrubber, error.message, `Authentication for ${where(call)} failed before the request was sent.`, { code: error.code ?? null }, error.statusCode);
			}
			if (retryableFailure(error) && retryable && attempt < maxAttempts && (await mayWait(backoffMs(attempt)))) continue;
			throw apiError(env, call, credentialScrubber, `Could not authenticate ${where(call)}: ${(error as Error).message}`, 'The sign-in or token request failed, so the request itself was not sent.', { networkCode: (error as { code?: string }).code ?? null });
		}
		refuseControlCharacters(env, call, prepared.request.headers, 'of the authenticated request');
		const scrubber = credentialScrubber.with([prepared.authHandle], prepared.request.headers);

		let response: WireResponse;
		try {
			response = await env.send(prepared.request, prepared.signWith);
		} catch (error) {
			if (retryableFailure(error) && retryable && attempt < maxAttempts && (await mayWait(backoffMs(attempt)))) continue;
			const reason = (error as Error).message;
			const description =
				error instanceof CecWireError
					? 'Not retried.'
					: retryable
						? `Gave up after ${attempt} attempt${attempt === 1 ? '' : 's'}.`
						: 'Not retried: this operation changes state, and repeating it could apply it twice. Turn on retries for state changes in the node options if the server is known to be idempotent.';
			throw apiError(env, call, scrubber, `CEC did not answer ${where(call)}: ${reason}`, description, { networkCode: (error as { code?: string }).code ?? null });
		}

		const terminal = strategy.terminalRefusal?.(strategyEnv, response, prepared);
		if (terminal) {
			discard(response);
			throw apiError(env, call, scrubber, terminal, `${where(call)} answered HTTP ${response.statusCode}.`, { code: String(response.statusCode) }, response.statusCode);
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
			throw apiError(env, call, scrubber, message, 'The credential was renewed once and still refused.', { code }, response.statusCode);
		}

		const unparsable = response.unparsable === true && response.statusCode < 300;
		if ((RETRYABLE_STATUS.has(response.statusCode) || unparsable) && retryable && attempt < maxAttempts) {
			const pause = retryAfterMs(response.headers['retry-after'] as string | undefined) ?? backoffMs(attempt);
			if (await mayWait(pause)) {
				discard(response);
				continue;
			}
		}

		const blocked = firewallBlock(`${where(call)}`, response);
		if (blocked) {
			discard(response);
			throw apiError(env, call, scrubber, blocked, `${where(call)} answered HTTP ${response.statusCode} with no CEC result code.`, {}, response.statusCode);
		}

		if (outgoing.encoding !== 'json') {
			if (response.statusCode >= 300) {
				discard(response);
				throw apiError(env, call, scrubber, `CEC answered ${where(call)} with HTTP ${response.statusCode}`, 'The file could not be downloaded.', {}, response.statusCode);
			}
			// Gateways refuse a download with a JSON body (often HTTP 200). It is read here, bounded, and
			// a refusal is scrubbed; the caller reads it for its code and words the error itself.
			if (/json/i.test(headerOf(response.headers, 'content-type') ?? '')) {
				let text: string;
				try {
					text = await readCappedText(response.body, transportSettings(env.credentials).maxAnswerBytes);
				} catch (error) {
					throw apiError(env, call, scrubber, `CEC did not answer ${where(call)}: ${(error as Error).message}`, 'Not retried.', {});
				}
				const parsed = parseJsonText(text);
				const verdict = interpretResult(parsed.body, response.statusCode, call.convention, call.successCodes, call.listBody);
				const shown = verdict.ok ? text : parsed.unparsable ? scrubber.text(text) : JSON.stringify(scrubber.deep(parsed.body));
				return { ...response, body: Buffer.from(shown, 'utf8') };
			}
			return response;
		}

		if (unparsable) {
			throw apiError(env, call, scrubber, `CEC answered ${where(call)} with a body that is not JSON`, quote(scrubber, String(response.body), 300), {}, response.statusCode);
		}

		const verdict = interpretResult(response.body, response.statusCode, call.convention, call.successCodes, call.listBody);
		if (!verdict.ok) throw resultError(env, call, scrubber, response.statusCode, verdict);

		strategy.settled(strategyEnv, outgoing, prepared);
		return response;
	}
}

/**
 * Network failures may be retried. A missed deadline is final, so the credential's timeout is the
 * longest a request makes the user wait; a refused redirect or an oversized answer would only repeat.
 */
function retryableFailure(error: unknown): boolean {
	return !(error instanceof CecWireError) && isNetworkError(error);
}

/** Longest server text quoted in an error: a message is for reading, not for carrying an answer. */
const MAX_QUOTED_SERVER_TEXT = 1000;

/** Scrubbed first, then shortened, so a secret cut at the end cannot survive in part. */
function quote(scrubber: Scrubber, text: string, max: number): string {
	const clean = scrubber.text(text);
	return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/** A CEC failure code (or an undocumented answer shape) as a NodeApiError with the documented meaning. */
function resultError(env: CecTransportEnv, call: CecCall, scrubber: Scrubber, statusCode: number, verdict: ResultVerdict): NodeApiError {
	const meaning = verdict.code !== undefined ? codeMeaning(call, verdict.code) : undefined;
	const serverMessage = verdict.serverMessage === undefined ? undefined : quote(scrubber, verdict.serverMessage, MAX_QUOTED_SERVER_TEXT);
	const codeText = verdict.code !== undefined ? `${verdict.codeField} ${verdict.code}` : `HTTP ${statusCode}`;
	const message = `${meaning ?? serverMessage ?? `CEC rejected the request`} (${codeText})`;
	const description = [`${where(call)} answered HTTP ${statusCode}.`, verdict.problem ?? '', serverMessage && serverMessage !== meaning ? `Server message: ${serverMessage}` : '']
		.filter(Boolean)
		.join(' ');
	return apiError(env, call, scrubber, message, description, { code: verdict.code ?? null, codeField: verdict.codeField ?? null, meaning: meaning ?? null }, statusCode);
}

/** A streamed answer nobody will read must be let go, or its socket stays busy. */
function discard(response: WireResponse): void {
	const body = response.body as { destroy?: () => void } | undefined;
	if (body && typeof body.destroy === 'function') body.destroy();
}

/**
 * What one run of a node resolves once instead of per item: n8n's `getNode()` deep-copies the
 * node, and `getCredentials()` loads and decrypts the credential (a database read in n8n) on every
 * call. The transport reads the credential of item 0 (it always did: the credential does not
 * depend on the item), so holding it for the run changes nothing the request sees.
 */
interface RunHold {
	node: INode;
	credentials: Map<string, Promise<ICredentialDataDecryptedObject>>;
	sends: Map<string, Send>;
}
const RUN_HOLDS = new WeakMap<object, RunHold>();

/**
 * Only the context of one node run (an action node's execute) lives for one execution: a trigger's
 * or webhook's context spans many, and there a changed credential must be read again.
 */
function isRunContext(ctx: CecContext): ctx is IExecuteFunctions {
	return typeof (ctx as Partial<IExecuteFunctions>).getInputData === 'function' && typeof (ctx as Partial<IExecuteFunctions>).continueOnFail === 'function';
}

function holdOf(ctx: IExecuteFunctions): RunHold {
	let hold = RUN_HOLDS.get(ctx);
	if (!hold) {
		hold = { node: ctx.getNode(), credentials: new Map(), sends: new Map() };
		RUN_HOLDS.set(ctx, hold);
	}
	return hold;
}

/** The node of this run, copied once (`getNode()` deep-copies it on every call). Read only. */
export function runNode(ctx: IExecuteFunctions): INode {
	return holdOf(ctx).node;
}

/**
 * The credential of this node run, fetched and decrypted once (n8n's `getCredentials()` for item
 * 0, as every caller of the pack reads it). Read only: callers must not change the object.
 */
export async function runCredentials(ctx: IExecuteFunctions, credentialType: CredentialTypeName): Promise<ICredentialDataDecryptedObject> {
	const hold = holdOf(ctx);
	let pending = hold.credentials.get(credentialType);
	if (!pending) {
		pending = ctx.getCredentials(credentialType);
		hold.credentials.set(credentialType, pending);
	}
	return await pending;
}

async function runEnv(ctx: IExecuteFunctions, credentialType: CredentialTypeName): Promise<CecTransportEnv> {
	const hold = holdOf(ctx);
	const credentials = await runCredentials(ctx, credentialType);
	let send = hold.sends.get(credentialType);
	if (!send) {
		const reference = hold.node.credentials?.[credentialType];
		send = n8nSend(ctx, { id: reference?.id ?? '', name: reference?.name ?? credentialType, type: credentialType, data: credentials });
		hold.sends.set(credentialType, send);
	}
	return { send, node: hold.node, credentialType, credentials };
}

/** The transport as nodes use it: credentials from the node, HTTP through n8n's helpers. */
export async function cecRequest(ctx: CecContext, credentialType: CredentialTypeName, call: CecCall): Promise<WireResponse> {
	if (isRunContext(ctx)) return await cecRequestWith(await runEnv(ctx, credentialType), call);
	const credentials = await ctx.getCredentials(credentialType);
	return await cecRequestWith({ send: n8nSend(ctx), node: ctx.getNode(), credentialType, credentials }, call);
}
