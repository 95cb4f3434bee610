import { handleKey, openSessionHandle, sealSessionHandle, SESSION_HANDLE_PREFIX } from '../../nodes/shared/auth/sessionHandle';
import { sessionOwner, type AgentSession } from '../../nodes/shared/auth/agentSessions';

/** The sealed session handle on its own: what opens it, and what does not. */

const GATEWAY = 'https://gw.example:8043';
const session: AgentSession = {
	gatewayUrl: GATEWAY,
	agentId: '101',
	guid: 'guid-abc.AgentGateway0',
	signedInAt: 0,
	generation: 1,
	owner: sessionOwner('Pw-101'),
	cookies: { huaweielbsession: 'node-a' },
};

it('opens with the same password and gateway, and carries GUID, agent and cookies', async () => {
	const handle = sealSessionHandle(await handleKey(GATEWAY, 'Pw-101'), session, 60, 1_000);
	expect(handle.startsWith(SESSION_HANDLE_PREFIX)).toBe(true);
	expect(handle).not.toContain('guid-abc');
	expect(handle).not.toContain('node-a');
	await expect(openSessionHandle(handle, `${GATEWAY}/`, 'Pw-101', 2_000)).resolves.toEqual({ agentId: '101', guid: 'guid-abc.AgentGateway0', cookies: { huaweielbsession: 'node-a' }, expiresAt: 61_000 });
});

it('refuses another password, another gateway, an expired, a foreign or an oversized handle', async () => {
	const handle = sealSessionHandle(await handleKey(GATEWAY, 'Pw-101'), session, 60, 1_000);
	const cannot = /^Session Handle: this credential cannot open the handle/;
	await expect(openSessionHandle(handle, GATEWAY, 'Pw-102', 2_000)).rejects.toThrow(cannot);
	await expect(openSessionHandle(handle, 'https://evil.example:8043', 'Pw-101', 2_000)).rejects.toThrow(cannot);
	await expect(openSessionHandle(handle, GATEWAY, 'Pw-101', 61_000)).rejects.toThrow(/^Session Handle: the handle expired at 1970-01-01T00:01:01.000Z/);
	await expect(openSessionHandle('eyJndWlkIjoiYWJjIn0', GATEWAY, 'Pw-101')).rejects.toThrow(/^Session Handle: not a session handle of the Agent Event Trigger/);
	await expect(openSessionHandle(`${SESSION_HANDLE_PREFIX}${'A'.repeat(20_000)}`, GATEWAY, 'Pw-101')).rejects.toThrow(/^Session Handle: not a session handle/);
	await expect(openSessionHandle(`${SESSION_HANDLE_PREFIX}AAAA`, GATEWAY, 'Pw-101')).rejects.toThrow(/^Session Handle: the handle is truncated/);
});

it('two seals of the same session differ (random IV), and each opens', async () => {
	const key = await handleKey(GATEWAY, 'Pw-101');
	const a = sealSessionHandle(key, session, 60);
	const b = sealSessionHandle(key, session, 60);
	expect(a).not.toBe(b);
	for (const handle of [a, b]) expect((await openSessionHandle(handle, GATEWAY, 'Pw-101')).guid).toBe(session.guid);
});
