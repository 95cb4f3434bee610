import type { IDataObject, INodeExecutionData, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { boundedBody } from './bounds';
import type { CallbackFamily, CallbackKind } from './callbacks';
import { recordIdOf, rememberNonce, rememberRecords } from './store';
import { verifyAuthV2, verifyHeaderSecret, verifyPathSecret, verifyServiceToken, verifySharedKeySignature, type Verdict } from './verify';

/**
 * The one path every CEC callback takes through n8n:
 *   secret URL/header check → parse → signature → replay window and nonce → records
 *   → drop repeated records → answer CEC → (optional enrichment) → workflow.
 * Every answer is written through the response object and webhook() returns noWebhookResponse:
 * n8n (1.x and 2.x) then sends nothing of its own (with workflowData and no responseData it would
 * answer the literal text "firstEntryJson"), and it saves the changed static data before it starts
 * the workflow (docs/exactly-once.md). Refusals get the family's failure body and start no
 * workflow; the acknowledgement of a good request goes out before the workflow runs.
 */

export const CALLBACK_CREDENTIAL = 'huaweiCecCallbackApi';
export const C2_CREDENTIAL = 'huaweiCecAkSkApi';

export interface CallbackPipeline {
	family: CallbackFamily;
	/** Drops items the user did not ask for (after de-duplication, so a filtered record is still remembered). */
	keep?: (this: IWebhookFunctions, item: IDataObject) => boolean;
	/** Runs after CEC has its answer and before the workflow starts, e.g. to download the ready file. */
	enrich?: (this: IWebhookFunctions, items: INodeExecutionData[]) => Promise<INodeExecutionData[]>;
}

export interface RequestLike {
	method?: string;
	url?: string;
	originalUrl?: string;
	headers: IDataObject;
	body?: unknown;
	rawBody?: Buffer;
}

/** Why a request is refused: the HTTP status and the message CEC gets back. */
export interface Refusal {
	status: number;
	message: string;
}

/** Fields that differ between two signed deliveries of the same record. */
const SIGNATURE_FIELDS = new Set(['signature', 'nonce', 'timestamp']);

const isRefusal = (value: unknown): value is Refusal => typeof value === 'object' && value !== null && 'status' in value && 'message' in value && !('ok' in value);

/** What n8n accepts as a request body by default (N8N_PAYLOAD_SIZE_MAX, 16 MiB). */
const MAX_UNPARSED_BODY_BYTES = 16 * 1024 * 1024;

/**
 * For a version 1.1 trigger n8n leaves a body unread when its content type is not JSON, text,
 * form or XML (WEBHOOK_TRIGGER_VERSIONS); it is read here, bounded, so every version sees the
 * same bytes. A refusal when it is larger than n8n would accept.
 */
async function readUnparsedBody(request: RequestLike): Promise<Refusal | undefined> {
	if (request.body !== undefined || request.rawBody !== undefined) return undefined;
	const stream = request as unknown as AsyncIterable<Buffer | string> & { readableEnded?: boolean };
	if (typeof stream[Symbol.asyncIterator] !== 'function' || stream.readableEnded) return undefined;
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stream) {
		const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
		size += buffer.length;
		if (size > MAX_UNPARSED_BODY_BYTES) return { status: 413, message: `The request body is larger than ${MAX_UNPARSED_BODY_BYTES / 1024 / 1024} MiB.` };
		chunks.push(buffer);
	}
	request.rawBody = Buffer.concat(chunks);
	return undefined;
}

/** The request's JSON body, whichever way n8n left it (parsed, raw or unread), or why it is none. */
export async function requestJson(request: RequestLike): Promise<{ body: unknown } | Refusal> {
	return (await readUnparsedBody(request)) ?? parseBody(request);
}

function parseBody(request: RequestLike): { body: unknown } | Refusal {
	const raw = request.rawBody && request.rawBody.length ? request.rawBody.toString('utf8') : undefined;
	const body = request.body;
	const parsedEmpty = typeof body === 'object' && body !== null && !Array.isArray(body) && !Buffer.isBuffer(body) && Object.keys(body).length === 0;
	// n8n parses JSON bodies; a body it could not parse (or did not, for another content type) arrives raw or empty.
	if (typeof body !== 'string' && !Buffer.isBuffer(body) && body !== undefined && !(parsedEmpty && raw !== undefined)) return { body };
	const source = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : raw;
	if (source === undefined || source.trim() === '') return { status: 400, message: 'The request body is empty; a JSON body is expected.' };
	try {
		return { body: JSON.parse(source) as unknown };
	} catch {
		return { status: 400, message: 'The request body is not valid JSON.' };
	}
}

function windowMs(ctx: IWebhookFunctions): number {
	const seconds = Number(ctx.getNodeParameter('options.replayWindowSeconds', 300));
	return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

async function checkSecret(ctx: IWebhookFunctions, request: RequestLike, pathSuffix?: string): Promise<Verdict> {
	const mode = ctx.getNodeParameter('secretCheck', 'none') as string;
	if (mode === 'pathSecret') return verifyPathSecret(request.originalUrl ?? request.url ?? '/', String(ctx.getNodeParameter('pathSecret', '')), pathSuffix);
	if (mode === 'headerSecret') {
		return verifyHeaderSecret(request.headers, String(ctx.getNodeParameter('headerName', '')), String(ctx.getNodeParameter('headerSecret', '')));
	}
	return { ok: true };
}

async function checkSignature(ctx: IWebhookFunctions, family: CallbackFamily, kind: CallbackKind, request: RequestLike, body: unknown): Promise<Verdict> {
	if (!family.signature || !kind.signed || ctx.getNodeParameter('verifySignature', true) !== true) return { ok: true };
	if (family.signature === 'authV2') {
		const c2 = await ctx.getCredentials(C2_CREDENTIAL);
		const rawBody = request.rawBody ? request.rawBody.toString('utf8') : JSON.stringify(body);
		return verifyAuthV2({ method: request.method ?? 'POST', url: request.originalUrl ?? request.url ?? '/', headers: request.headers, rawBody }, String(c2.accessKey ?? ''), String(c2.secretKey ?? ''));
	}
	const keys = await ctx.getCredentials(CALLBACK_CREDENTIAL);
	if (family.signature === 'serviceToken') return verifyServiceToken(request.headers, String(keys.serviceToken ?? ''));
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, reason: 'a signed callback body must be a JSON object' };
	return verifySharedKeySignature(body as IDataObject, String(keys.appSecret ?? ''));
}

/** Whose memory a request uses: one per workflow and node, test listening apart from the active workflow. */
function memoryScope(ctx: IWebhookFunctions): string {
	return `${ctx.getWorkflow().id ?? ''}|${ctx.getNode().id}|${ctx.getMode() === 'manual' ? 'test' : 'live'}`;
}

function checkReplay(ctx: IWebhookFunctions, verdict: Verdict): Refusal | undefined {
	if (!verdict.ok || verdict.signedAt === undefined) return undefined;
	const now = Date.now();
	const window = windowMs(ctx);
	if (window > 0 && Math.abs(now - verdict.signedAt) > window) {
		return { status: 401, message: `Rejected as a replay: the signature's timestamp is ${Math.round((now - verdict.signedAt) / 1000)} s away from now, outside the ${window / 1000} s window.` };
	}
	if (verdict.nonce !== undefined && !rememberNonce(ctx.getWorkflowStaticData('node'), memoryScope(ctx), verdict.nonce, verdict.signedAt, now, window)) {
		return { status: 401, message: 'Rejected as a replay: this nonce was already used.' };
	}
	return undefined;
}

/** Writes CEC's answer (JSON, the family's shape) unless it already went out. */
function answer(ctx: IWebhookFunctions, status: number, body: IDataObject): void {
	const res = ctx.getResponseObject();
	// After the early answer of an enriched callback the socket is CEC's no more.
	if (!res.headersSent) res.status(status).json(body);
}

function refuse(ctx: IWebhookFunctions, family: CallbackFamily, status: number, message: string): IWebhookResponseData {
	ctx.logger.warn(`Huawei CEC callback refused (${family.name}): HTTP ${status}: ${message}`);
	answer(ctx, status, family.failure(status, message));
	return { noWebhookResponse: true };
}

export async function handleCallback(this: IWebhookFunctions, pipeline: CallbackPipeline): Promise<IWebhookResponseData> {
	const { family } = pipeline;
	let outcome: IWebhookResponseData | Refusal;
	try {
		outcome = await processCallback.call(this, pipeline);
	} catch (error) {
		outcome = { status: 500, message: `The callback could not be processed: ${(error as Error).message}` };
	}
	return isRefusal(outcome) ? refuse(this, family, outcome.status, outcome.message) : outcome;
}

async function processCallback(this: IWebhookFunctions, pipeline: CallbackPipeline): Promise<IWebhookResponseData | Refusal> {
	const { family } = pipeline;
	const request = this.getRequestObject() as unknown as RequestLike;

	const secret = await checkSecret(this, request, family.pathSuffix);
	if (!secret.ok) return { status: 401, message: `Unauthorized: ${secret.reason}.` };

	const parsed = boundedBody(await requestJson(request));
	if (isRefusal(parsed)) return parsed;
	const { body } = parsed;
	const kind = family.kindOf(body);
	if (typeof kind === 'string') return { status: 400, message: kind };

	const signature = await checkSignature(this, family, kind, request, body);
	if (!signature.ok) return { status: 401, message: `Unauthorized: ${signature.reason}.` };
	const replay = checkReplay(this, signature);
	if (replay) return replay;

	const records = kind.records(body);
	if (typeof records === 'string') return { status: 400, message: records };

	const bodyObject = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as IDataObject;
	const identities = records.map((r) => kind.identity?.(r));
	// Built before anything is remembered: a record that fails here is refused (500) and CEC's retry is not taken for a repeat.
	const built = records.map((record, i) => {
		const json = kind.item(record, bodyObject);
		const recordId = recordIdOf(identities[i] ?? `${kind.section}|${canonicalJson(record)}`);
		// recordId right after event for readability, and ours even if CEC ever sent a field of that name.
		const item: IDataObject = { event: json.event, recordId, ...json };
		item.recordId = recordId;
		return { json: item };
	});
	const dropDuplicates = this.getNodeParameter('options.dropDuplicates', true) !== false;
	const fresh = dropDuplicates && kind.identity ? rememberRecords(this.getWorkflowStaticData('node'), memoryScope(this), identities) : records.map(() => true);
	let items: INodeExecutionData[] = built.filter((_, i) => fresh[i]);
	if (pipeline.keep) items = items.filter((item) => pipeline.keep!.call(this, item.json));

	answer(this, 200, family.ack);
	if (items.length === 0) return { noWebhookResponse: true };
	// The enrichment (a download) runs after CEC has its answer, while nobody waits on the socket.
	return { noWebhookResponse: true, workflowData: [pipeline.enrich ? await pipeline.enrich.call(this, items) : items] };
}

/** JSON with object keys sorted and the signature fields left out: the same record always reads the same. */
function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (typeof value === 'object' && value !== null) {
		const entries = Object.entries(value as IDataObject)
			.filter(([key]) => !SIGNATURE_FIELDS.has(key))
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonicalJson(v)}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}
