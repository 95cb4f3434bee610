/** Admin API under /__sim/ (JSON, no auth, loopback clients only). Documented in README.md. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Asr, AsrRecognizeOptions } from './asr.cjs';
import type { SimCore } from './context.cjs';
import type { FaultTable } from './faults.cjs';
import type { Cms } from './cms.cjs';
import type { Files } from './files.cjs';
import type { Gateway } from './gateway.cjs';
import { parseSimTime, type Isales } from './isales.cjs';
import { expireTokens, sendJson } from './server.cjs';
import type { FaultRule } from './types.cjs';
import { formatDateTime, isLoopback, isObject, parseSize } from './util.cjs';
import type { Voice } from './voice.cjs';

export interface AdminDeps {
	core: SimCore;
	faults: FaultTable;
	gateway: Gateway;
	isales: Isales;
	files: Files;
	voice: Voice;
	setTimeScale: (n: number) => void;
	cms?: Cms;
	asr?: Asr;
}

export function createAdmin(d: AdminDeps) {
	return async (req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams, raw: Buffer): Promise<void> => {
		if (!isLoopback(req.socket.remoteAddress)) return sendJson(res, 403, { error: 'the admin API is available to loopback clients only' });
		let body: Record<string, unknown> = {};
		if (raw.length) {
			try {
				const j = JSON.parse(raw.toString('utf8')) as unknown;
				body = isObject(j) ? j : { value: j };
			} catch {
				return sendJson(res, 400, { error: 'body must be JSON' });
			}
		}
		const method = (req.method ?? 'GET').toUpperCase();
		const seg = path.split('/').filter(Boolean).slice(1); // drop "__sim"
		const norm = ('/' + seg.join('/'))
			.replace(/^\/agents\/[^/]+/, '/agents/:id')
			.replace(/^\/guid\/rotate\/[^/]+$/, '/guid/rotate/:id')
			.replace(/^\/faults\/[^/]+$/, '/faults/:id');
		const route = `${method} ${norm}`;
		const id = (i: number) => decodeURIComponent(seg[i] ?? '');
		try {
			switch (route) {
				case 'GET /health':
				case 'GET /':
					return sendJson(res, 200, { ok: true, url: d.core.baseUrl, timeScale: d.core.options.timeScale, gatewayAuthMode: d.core.options.gatewayAuthMode });
				case 'GET /state':
					return sendJson(res, 200, {
						agents: [...d.gateway.sessions.keys()].map((a) => d.gateway.snapshot(a)),
						campaigns: d.isales.snapshot(),
						faults: d.faults.list(),
						requests: d.core.requests.length,
						callbacks: d.core.callbacks.length,
						config: d.core.config,
					});
				case 'GET /requests': {
					let list = d.core.requests;
					const since = Number(query.get('since') ?? 0);
					if (since) list = list.filter((r) => r.id > since);
					const p = query.get('path');
					if (p) list = list.filter((r) => r.path.startsWith(p));
					const section = query.get('section');
					if (section) list = list.filter((r) => r.section === section);
					return sendJson(res, 200, list);
				}
				case 'DELETE /requests':
					d.core.requests.length = 0;
					return sendJson(res, 200, { ok: true });
				case 'GET /callbacks':
					return sendJson(res, 200, d.core.callbacks);
				case 'DELETE /callbacks':
					d.core.callbacks.length = 0;
					return sendJson(res, 200, { ok: true });
				case 'GET /faults':
					return sendJson(res, 200, d.faults.list());
				case 'POST /faults': {
					const rules = Array.isArray(body.faults) ? (body.faults as FaultRule[]) : [body as unknown as FaultRule];
					const ids = rules.map((r) => d.faults.add(r));
					return sendJson(res, 200, { ok: true, ids });
				}
				case 'DELETE /faults':
					d.faults.clear();
					return sendJson(res, 200, { ok: true });
				case 'DELETE /faults/:id':
					return sendJson(res, d.faults.remove(id(1)) ? 200 : 404, { ok: true });
				case 'POST /restart':
					d.gateway.restart('admin-restart');
					return sendJson(res, 200, { ok: true });
				case 'POST /reset':
					d.core.resetAll();
					d.faults.clear();
					d.core.requests.length = 0;
					d.core.callbacks.length = 0;
					for (const s of [d.core.c1Tokens, d.core.c3Tokens, d.core.siaTokens, d.core.c5Sessions]) s.clear();
					return sendJson(res, 200, { ok: true });
				case 'POST /clock': {
					// {timeScale}, and/or the simulated wall clock: {time: "yyyy-MM-dd HH:mm:ss" | null} / {advanceMs}
					const setsClock = 'time' in body || 'advanceMs' in body;
					if (!setsClock || body.timeScale !== undefined) {
						const ts = Number(body.timeScale);
						if (!(ts > 0)) return sendJson(res, 400, { error: 'timeScale must be > 0' });
						d.setTimeScale(ts);
					}
					if ('time' in body) d.core.setClock(parseSimTime(body.time as string | number | null));
					if ('advanceMs' in body) d.core.advanceClock(Number(body.advanceMs) || 0);
					return sendJson(res, 200, { ok: true, timeScale: d.core.options.timeScale, now: formatDateTime(d.core.simNow()) });
				}
				case 'POST /config': {
					for (const k of ['bidirectionalConnectionCallbackUrl', 'bidirectionalReleaseCallbackUrl', 'voiceNotificationCallbackUrl'] as const) {
						if (k in body) d.core.config[k] = body[k] ? String(body[k]) : undefined;
					}
					if ('defaultFileSize' in body) d.core.config.defaultFileSize = parseSize(body.defaultFileSize as string | number) ?? d.core.config.defaultFileSize;
					if ('callbackKey' in body) d.core.credentials.callbackKey = String(body.callbackKey ?? '');
					if (body.gatewayAuthMode === 'static' || body.gatewayAuthMode === 'dynamic') d.core.options.gatewayAuthMode = body.gatewayAuthMode;
					return sendJson(res, 200, { ok: true, config: d.core.config, gatewayAuthMode: d.core.options.gatewayAuthMode });
				}
				case 'POST /tokens/expire': {
					const n = expireTokens(d.core, String(body.kind ?? query.get('kind') ?? 'all'));
					return sendJson(res, 200, { ok: true, expired: n });
				}
				case 'POST /guid/rotate/:id': {
					const s = d.gateway.sessions.get(id(2));
					if (!s) return sendJson(res, 404, { error: 'agent not signed in' });
					d.gateway.rotateGuid(s);
					return sendJson(res, 200, { ok: true, guid: s.guid, previous: s.prevGuid });
				}
				case 'POST /guid/invalidate':
					return sendJson(res, 200, { ok: true, invalidated: d.gateway.invalidateGuid(body.agentId ? String(body.agentId) : undefined) });
				case 'GET /agents/:id':
					return sendJson(res, 200, d.gateway.snapshot(id(1)));
				case 'POST /agents/:id/events': {
					const count = Math.max(1, Math.min(100000, Number(body.count ?? 1) || 1));
					const list = Array.isArray(body.events)
						? (body.events as { eventType: string; content?: unknown }[])
						: [{ eventType: String(body.eventType ?? 'AgentOther_Note'), content: body.content ?? null }];
					const all: { eventType: string; content?: unknown }[] = [];
					for (let i = 0; i < count; i++) all.push(...list);
					if (!d.gateway.inject(id(1), all)) return sendJson(res, 409, { error: 'agent not signed in' });
					return sendJson(res, 200, { ok: true, queued: all.length });
				}
				case 'POST /agents/:id/inbound-call': {
					const r = d.gateway.inboundCall(id(1), {
						caller: body.caller === undefined ? undefined : String(body.caller),
						called: body.called === undefined ? undefined : String(body.called),
						callId: body.callId === undefined ? undefined : String(body.callId),
					});
					return sendJson(res, r.ok ? 200 : 409, r);
				}
				case 'POST /agents/:id/hangup':
					return sendJson(res, d.gateway.customerHangup(id(1), body.callId ? String(body.callId) : undefined) ? 200 : 409, { ok: true });
				case 'POST /skills/calls': {
					if (!d.cms) return sendJson(res, 404, { error: 'CMS not available' });
					const r = d.cms.offerCall(Number(body.skillId ?? 1), {
						caller: body.caller === undefined ? undefined : String(body.caller),
						called: body.called === undefined ? undefined : String(body.called),
						patienceSec: body.patienceSec === undefined ? undefined : Number(body.patienceSec),
					});
					return sendJson(res, 'error' in r ? 409 : 200, r);
				}
				case 'GET /cms':
					return sendJson(res, 200, d.cms?.snapshot() ?? {});
				case 'POST /dialer/tick':
					return sendJson(res, 200, { ok: true, rounds: d.isales.tick() });
				case 'POST /dialer/outcomes': {
					const list = Array.isArray(body.outcomes) ? (body.outcomes as Record<string, unknown>[]) : [body];
					for (const o of list) {
						if (!o.called) continue;
						const failCode = String(o.failCode ?? '0');
						d.isales.outcomes.set(String(o.called), 'answerAfterSec' in o ? { failCode, answerAfterSec: o.answerAfterSec === null ? null : Number(o.answerAfterSec) } : failCode);
					}
					return sendJson(res, 200, { ok: true });
				}
				case 'POST /files': {
					const size = parseSize(body.size as string | number);
					if (!body.name || size === undefined) return sendJson(res, 400, { error: 'name and size are required' });
					d.files.sizes.set(String(body.name), size);
					return sendJson(res, 200, { ok: true, name: body.name, size });
				}
				case 'GET /voice':
					return sendJson(res, 200, [...d.voice.calls.values()]);
				case 'GET /uploads':
					return sendJson(res, 200, d.files.uploads);
				case 'GET /asr/subscriptions':
					return sendJson(res, 200, d.asr ? [...d.asr.subscriptions.values()] : []);
				case 'POST /asr/results': {
					// 6.3.6 notifications for a call: {agentId | callId, userDn?, serverId?, utterances?, spelling?}
					if (!d.asr) return sendJson(res, 404, { error: 'voice recognition not available' });
					const r = await d.asr.recognize(body as AsrRecognizeOptions);
					return sendJson(res, r.ok ? 200 : 409, r);
				}
				default:
					return sendJson(res, 404, { error: `unknown admin route ${method} ${path}` });
			}
		} catch (e) {
			return sendJson(res, 400, { error: (e as Error).message });
		}
	};
}
