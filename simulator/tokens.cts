/** Token-issuing endpoints: 4.2 (C1), 4.4 (C3), 4.6 (C5), 9.1.1 (SIA). */
import { apiFabricError, newConfigGuid } from './auth.cjs';
import type { SimCore } from './context.cjs';
import { isObject } from './util.cjs';

/** Lifetimes are wall-clock (not scaled): clients cache tokens by the Expires they are told. */
const C3_LIFETIME_S = 3600;
const SIA_LIFETIME_S = 1800;
const C5_LIFETIME_S = 8 * 3600;

export function registerTokenHandlers(core: SimCore): void {
	core.handlers.set('4.2', (ctx) => {
		const body = isObject(ctx.json) ? ctx.json : {};
		const rawExpire = ctx.headers['x-token-expire'];
		let expires = 600;
		if (rawExpire !== undefined) {
			const v = Array.isArray(rawExpire) ? rawExpire[0] : rawExpire;
			if (!/^\d+$/.test(v.trim()) || Number(v) < 1 || Number(v) > 3600) {
				return apiFabricError(400, 'APIGW.0201', 'X-Token-Expire must be an integer number of seconds from 1 to 3600.');
			}
			expires = Number(v);
		}
		if (typeof body.app_key !== 'string' || typeof body.app_secret !== 'string' || !body.app_key || !body.app_secret) {
			return apiFabricError(400, 'APIGW.0201', 'app_key and app_secret are mandatory.');
		}
		if (body.app_key !== core.credentials.appKey || body.app_secret !== core.credentials.appSecret) {
			return apiFabricError(401, 'APIGW.0303', 'Incorrect app authentication information: app_key or app_secret is invalid.');
		}
		const t = core.c1Tokens.issue(body.app_key, expires * 1000);
		return {
			status: 200,
			body: {
				AccessToken: t.token,
				ApplyType: 'Bearer',
				CreateTime: String(Math.floor(t.issuedAt / 1000)),
				Expires: String(expires),
				Scope: 'default',
				AppKey: body.app_key,
				UserID: 'Anonymous',
			},
		};
	});

	core.handlers.set('4.4', (ctx) => {
		const body = isObject(ctx.json) ? ctx.json : {};
		if (typeof body.appKey !== 'string' || !body.appKey || typeof body.appSecret !== 'string' || !body.appSecret) {
			return { status: 200, body: { errorCode: 10000002, errorMsg: 'The parameter is incorrect. appKey and appSecret are mandatory.' } };
		}
		if (body.appKey !== core.credentials.oiapAppKey) return { status: 200, body: { errorCode: 200800001, errorMsg: 'The key does not exist.' } };
		if (body.appSecret !== core.credentials.oiapAppSecret) return { status: 200, body: { errorCode: 200800002, errorMsg: 'The key is incorrect.' } };
		const t = core.c3Tokens.issue(body.appKey, C3_LIFETIME_S * 1000);
		return { status: 200, body: { errorCode: 0, errorMsg: '', authToken: t.token, expireTime: C3_LIFETIME_S } };
	});

	core.handlers.set('4.6', (ctx) => {
		const body = isObject(ctx.json) ? ctx.json : {};
		const agentId = Number(body.agentId);
		if (!Number.isInteger(agentId) || typeof body.password !== 'string') {
			return { status: 200, body: { message: 'The parameter is invalid.', retcode: '000-002', result: {} } };
		}
		const admin = core.credentials.configAdmins.find((a) => a.agentId === agentId);
		if (!admin || admin.password !== body.password) {
			return { status: 200, body: { message: 'The username or password entered for sign-in is incorrect.', retcode: '100-004', result: {} } };
		}
		const guid = newConfigGuid();
		core.c5Sessions.issue(String(agentId), C5_LIFETIME_S * 1000, Date.now(), guid);
		return { status: 200, headers: { Guid: guid }, body: { result: { guid }, message: 'success', retcode: '0' } };
	});

	core.handlers.set('9.1.1', (ctx) => {
		const body = isObject(ctx.json) ? ctx.json : {};
		if (body.jwt !== core.credentials.siaJwt || body.domain !== core.credentials.siaDomain) {
			return { status: 401, body: { resultCode: '401', resultDesc: 'Invalid jwt or domain.' } };
		}
		const t = core.siaTokens.issue(String(body.domain), SIA_LIFETIME_S * 1000);
		// "2021-03-04T03:25:57.327+0000" (9.1.1 example)
		const expiredAt = new Date(t.expiresAt).toISOString().replace('Z', '+0000');
		return { status: 200, body: { token: t.token, expiredAt } };
	});

	// 10.23 health check: POST or GET, no token.
	core.handlers.set('10.23', () => ({ status: 200, body: { errorCode: 0, errorMsg: '', status: 'UP' } }));
}
