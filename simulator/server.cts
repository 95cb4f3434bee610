/** HTTP pipeline: request log → faults → route (catalog) → auth → handler → response. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkC1, checkC2, checkC3, checkC5, checkSia } from './auth.cjs';
import type { CatalogOp } from './catalog.cjs';
import type { Ctx, SimCore } from './context.cjs';
import type { FaultTable } from './faults.cjs';
import type { Files } from './files.cjs';
import type { Gateway } from './gateway.cjs';
import { genericHandler } from './generic.cjs';
import type { FaultRule, RequestLogEntry, SimResponse } from './types.cjs';
import type { UdeskSim } from './udesk.cjs';
import { delay, isObject, randomToken } from './util.cjs';

const LOG_BODY_LIMIT = 64 * 1024;
/** Interfaces of C4 routes that create the session instead of requiring one. */
const C4_OPEN = new Set(['6.1.1.1', '6.1.1.2', '6.1.1.23']);

export interface PipelineDeps {
	core: SimCore;
	faults: FaultTable;
	gateway: Gateway;
	files: Files;
	admin: (req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams, body: Buffer) => Promise<void>;
	/**
	 * The split edition (option c1TokenPort): 'tokenOnly' is the token port (4.2 and nothing else),
	 * 'noToken' the API port (everything but 4.2). Unset: one port serves everything.
	 */
	tokenService?: 'tokenOnly' | 'noToken';
	/** Udesk ccapi v2 mode (udesk.cts): everything under /ccapi/. */
	udesk?: UdeskSim;
}

export function notFound(): SimResponse {
	// What Huawei's API gateway answers for an unpublished path.
	return {
		status: 404,
		body: { error_code: 'APIGW.0101', error_msg: 'The API does not exist or has not been published in the environment', request_id: randomToken(16) },
	};
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		let tooLarge = false;
		req.on('data', (c: Buffer) => {
			size += c.length;
			if (size > limit) tooLarge = true;
			else chunks.push(c);
		});
		req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

export function createHandler(deps: PipelineDeps) {
	const { core, faults, gateway } = deps;

	return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
		const rawUrl = req.url ?? '/';
		const qi = rawUrl.indexOf('?');
		const rawPath = qi < 0 ? rawUrl : rawUrl.slice(0, qi);
		const rawQuery = qi < 0 ? '' : rawUrl.slice(qi + 1);
		const method = (req.method ?? 'GET').toUpperCase();
		let body: Buffer | 'too-large';
		try {
			body = await readBody(req, core.options.maxBodyBytes);
		} catch {
			return;
		}
		if (rawPath === '/__sim' || rawPath.startsWith('/__sim/')) {
			await deps.admin(req, res, rawPath, new URLSearchParams(rawQuery), body === 'too-large' ? Buffer.alloc(0) : body);
			return;
		}
		const query: Record<string, string> = {};
		for (const [k, v] of new URLSearchParams(rawQuery)) query[k] = v;
		const bodyBuf = body === 'too-large' ? Buffer.alloc(0) : body;
		const bodyText = bodyBuf.toString('utf8');
		const log: RequestLogEntry = {
			id: core.nextLogId(),
			method,
			path: rawPath,
			rawQuery,
			query,
			headers: { ...req.headers },
			body: bodyText.length > LOG_BODY_LIMIT ? bodyText.slice(0, LOG_BODY_LIMIT) : bodyText,
			bodyBytes: bodyBuf.length,
			bodyTruncated: bodyText.length > LOG_BODY_LIMIT,
			time: Date.now(),
			remoteAddress: req.socket.remoteAddress,
		};
		core.pushRequest(log);
		if (body === 'too-large') return send(res, log, { status: 413, body: { error_code: 'APIGW.0413', error_msg: 'Request entity too large' } });

		if (rawPath.startsWith('/sim-obs/') && method === 'GET') {
			// Pre-signed OBS-style URL handed out by 13.2.1.1 (no auth header, like a real signed URL).
			log.section = '13.2.1.1-url';
			return send(res, log, deps.files.download(decodeURIComponent(rawPath.slice('/sim-obs/'.length)), query));
		}
		let { match, allowed } = core.catalog.match(method, rawPath);
		let forceC2 = false;
		if (!match && rawPath.endsWith('ByAKSK')) {
			// 9.2.x: the AK/SK variant of the iKBS interfaces lives at "<uri>ByAKSK".
			const alt = core.catalog.match(method, rawPath.slice(0, -'ByAKSK'.length));
			if (alt.match && alt.match.op.auth === 'SIA') {
				match = alt.match;
				forceC2 = true;
				allowed = [];
			}
		}
		const op: CatalogOp | undefined = match?.op;
		if (op) {
			log.section = op.section;
			log.auth = forceC2 ? 'C2' : op.auth;
		}
		if (deps.tokenService && (op?.section === '4.2') !== (deps.tokenService === 'tokenOnly')) return send(res, log, notFound());

		// ---- faults
		const { effects, terminal } = faults.take(method, rawPath, op?.section);
		for (const f of effects) await applyEffect(f, match?.params.agentid);
		if (terminal) {
			log.fault = terminal.type;
			if (terminal.type === 'reset') {
				log.status = 0;
				req.socket.destroy();
				return;
			}
			if (terminal.type === 'status') {
				const headers: Record<string, string> = {};
				if (terminal.retryAfter !== undefined) headers['Retry-After'] = String(terminal.retryAfter);
				else if (terminal.status === 429) headers['Retry-After'] = '1';
				const b = terminal.body ?? JSON.stringify(faultBody(terminal.status!));
				return send(res, log, { status: terminal.status!, headers: { 'Content-Type': 'application/json;charset=UTF-8', ...headers }, body: b });
			}
			if (terminal.type === 'nonjson') {
				return send(res, log, {
					status: 200,
					headers: { 'Content-Type': 'text/html;charset=UTF-8' },
					body: terminal.body ?? '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>',
				});
			}
		}

		if (deps.udesk && rawPath.startsWith('/ccapi/')) {
			log.section = 'udesk';
			return send(res, log, await deps.udesk.handle({ method, path: rawPath, query, headers: req.headers, bodyText }), terminal?.type === 'truncate');
		}

		if (!match || !op) {
			if (allowed.length) {
				return send(res, log, { status: 405, headers: { Allow: allowed.join(', ') }, body: { error_code: 'APIGW.0405', error_msg: `Method ${method} not allowed; use ${allowed.join(' or ')}` } });
			}
			return send(res, log, notFound(), terminal?.type === 'truncate');
		}

		let json: unknown;
		let jsonError = false;
		const ctype = String(req.headers['content-type'] ?? '');
		if (bodyText.trim()) {
			// Parse whatever looks like JSON; only a body declared as JSON is an error when it is not.
			const declaredJson = /json/i.test(ctype);
			if (declaredJson || /^\s*[{[]/.test(bodyText)) {
				try {
					json = JSON.parse(bodyText);
				} catch {
					jsonError = declaredJson;
				}
			}
		}
		let abortedResolve!: () => void;
		let abortedFlag = false;
		const aborted = new Promise<void>((r) => (abortedResolve = r));
		res.on('close', () => {
			if (!res.writableFinished) {
				abortedFlag = true;
				abortedResolve();
			}
		});
		const ctx: Ctx = {
			core,
			req,
			method,
			rawPath,
			rawQuery,
			query,
			headers: req.headers,
			bodyText,
			bodyBuffer: bodyBuf,
			json,
			jsonError,
			params: match.params,
			op,
			log,
			aborted,
			isAborted: () => abortedFlag,
		};

		let denied: SimResponse | undefined;
		switch (forceC2 ? 'C2' : op.auth) {
			case 'C1':
				denied = checkC1(ctx);
				break;
			case 'C2':
				denied = checkC2(ctx);
				break;
			case 'C3':
				denied = checkC3(ctx);
				break;
			case 'C4':
				if (!C4_OPEN.has(op.section)) denied = gateway.authenticate(ctx);
				break;
			case 'C5':
				denied = checkC5(ctx);
				break;
			case 'SIA':
				denied = checkSia(ctx);
				break;
			default:
				break;
		}
		if (denied) return send(res, log, denied, terminal?.type === 'truncate');

		const handler = core.handlers.get(op.section) ?? genericHandler;
		let out: SimResponse;
		try {
			out = await handler(ctx);
		} catch (e) {
			core.debug(`handler ${op.section} failed: ${(e as Error).stack ?? String(e)}`);
			out = { status: 500, body: { error_code: 'SIM.500', error_msg: `simulator error: ${(e as Error).message}` } };
		}
		if (out.status === 499 || abortedFlag) {
			log.status = 499;
			return;
		}
		res.setHeader('X-Sim-Section', op.section);
		return send(res, log, out, terminal?.type === 'truncate');
	};

	async function applyEffect(f: FaultRule, agentId: string | undefined): Promise<void> {
		switch (f.type) {
			case 'latency':
				await delay(f.latencyMs ?? 1000);
				break;
			case 'expireTokens':
				expireTokens(core, f.tokenKind ?? 'all');
				break;
			case 'invalidateGuid':
				gateway.invalidateGuid(agentId);
				break;
			case 'restart':
				gateway.restart('fault-restart');
				break;
			default:
				break;
		}
	}
}

export function expireTokens(core: SimCore, kind: string): number {
	const k = kind.toUpperCase();
	let n = 0;
	if (k === 'ALL' || k === 'C1') n += core.c1Tokens.expireAll();
	if (k === 'ALL' || k === 'C3') n += core.c3Tokens.expireAll();
	if (k === 'ALL' || k === 'SIA') n += core.siaTokens.expireAll();
	if (k === 'ALL' || k === 'C5') n += core.c5Sessions.expireAll();
	if (k === 'ALL' || k === 'WEBCHAT') n += core.webChatTokens.expireAll();
	return n;
}

function faultBody(status: number): unknown {
	const msg: Record<number, string> = {
		429: 'Too Many Requests',
		500: 'Internal Server Error',
		502: 'Bad Gateway',
		503: 'Service Unavailable',
		504: 'Gateway Timeout',
	};
	return { error_code: `APIGW.0${status}`, error_msg: msg[status] ?? `HTTP ${status}`, request_id: randomToken(16) };
}

export function send(res: ServerResponse, log: RequestLogEntry | undefined, r: SimResponse, truncate = false): void {
	if (log) log.status = r.status;
	if (res.headersSent || res.destroyed) return;
	const headers: Record<string, string | string[]> = { ...(r.headers ?? {}) };
	const hasType = Object.keys(headers).some((k) => k.toLowerCase() === 'content-type');
	if (r.stream) {
		if (!hasType) headers['Content-Type'] = 'application/octet-stream';
		res.writeHead(r.status, headers);
		const stream = r.stream;
		if (truncate) {
			// Declared length promised by the handler, then the connection is cut half-way.
			let sent = 0;
			const declared = Number(headers['Content-Length'] ?? headers['content-length'] ?? 0);
			const cutAt = declared > 0 ? Math.floor(declared / 2) : 64 * 1024;
			stream.on('data', (c: Buffer) => {
				if (sent + c.length >= cutAt) {
					res.write(c.subarray(0, Math.max(0, cutAt - sent)));
					stream.destroy();
					res.destroy();
					return;
				}
				sent += c.length;
				if (!res.write(c)) {
					stream.pause();
					res.once('drain', () => stream.resume());
				}
			});
			return;
		}
		stream.pipe(res);
		res.on('close', () => stream.destroy());
		stream.on('error', () => res.destroy());
		return;
	}
	let payload: Buffer;
	if (r.body === undefined || r.body === null) payload = Buffer.alloc(0);
	else if (Buffer.isBuffer(r.body)) payload = r.body;
	else if (typeof r.body === 'string') payload = Buffer.from(r.body, 'utf8');
	else {
		payload = Buffer.from(JSON.stringify(r.body), 'utf8');
		if (!hasType) headers['Content-Type'] = 'application/json;charset=UTF-8';
	}
	if (!hasType && !headers['Content-Type'] && payload.length) headers['Content-Type'] = 'application/json;charset=UTF-8';
	headers['Content-Length'] = String(payload.length);
	res.writeHead(r.status, headers);
	if (truncate && payload.length > 1) {
		res.write(payload.subarray(0, Math.floor(payload.length / 2)));
		res.destroy();
		return;
	}
	res.end(payload);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
	send(res, undefined, { status, body: isObject(body) || Array.isArray(body) ? body : { result: body } });
}
