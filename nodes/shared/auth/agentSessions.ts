/**
 * CC-Gateway agent sessions (C4). A session is what a sign-in created: the GUID the gateway
 * handed out, updated whenever a response carries Set-GUID (dynamic authentication, 4.5). It
 * lives in this n8n process, keyed by gateway and agent, so later executions reuse it.
 */

export interface AgentSession {
	gatewayUrl: string;
	agentId: string;
	guid: string;
	signedInAt: number;
	/** Bumped on every rotation, so a retry can tell whether someone already re-signed in. */
	generation: number;
}

/** `JSESSIONID=279fe2...f5.AgentGateway0` or a bare GUID. */
export function parseSetGuid(header: string | string[] | undefined): string | undefined {
	const value = Array.isArray(header) ? header[header.length - 1] : header;
	if (!value) return undefined;
	const match = /JSESSIONID=([^;,\s]+)/i.exec(value);
	const guid = (match ? match[1] : value.split(';')[0]).trim();
	return guid || undefined;
}

export class AgentSessionStore {
	private readonly sessions = new Map<string, AgentSession>();
	private readonly signingIn = new Map<string, Promise<AgentSession>>();

	static key(gatewayUrl: string, agentId: string | number): string {
		return `${gatewayUrl.replace(/\/+$/, '')}#${agentId}`;
	}

	get(gatewayUrl: string, agentId: string | number): AgentSession | undefined {
		return this.sessions.get(AgentSessionStore.key(gatewayUrl, agentId));
	}

	set(gatewayUrl: string, agentId: string | number, guid: string): AgentSession {
		const key = AgentSessionStore.key(gatewayUrl, agentId);
		const previous = this.sessions.get(key);
		const session: AgentSession = {
			gatewayUrl,
			agentId: String(agentId),
			guid,
			signedInAt: Date.now(),
			generation: (previous?.generation ?? 0) + 1,
		};
		this.sessions.set(key, session);
		return session;
	}

	/** Follows a Set-GUID rotation; a rotation for a session that was dropped meanwhile is ignored. */
	rotate(gatewayUrl: string, agentId: string | number, newGuid: string): void {
		const session = this.get(gatewayUrl, agentId);
		if (session && session.guid !== newGuid) {
			session.guid = newGuid;
			session.generation += 1;
		}
	}

	delete(gatewayUrl: string, agentId: string | number, onlyIfGuid?: string): void {
		const key = AgentSessionStore.key(gatewayUrl, agentId);
		const session = this.sessions.get(key);
		if (session && (onlyIfGuid === undefined || session.guid === onlyIfGuid)) this.sessions.delete(key);
	}

	/** One sign-in at a time per agent: concurrent callers share it. */
	async signInOnce(gatewayUrl: string, agentId: string | number, signIn: () => Promise<AgentSession>): Promise<AgentSession> {
		const key = AgentSessionStore.key(gatewayUrl, agentId);
		let pending = this.signingIn.get(key);
		if (!pending) {
			pending = signIn().finally(() => this.signingIn.delete(key));
			this.signingIn.set(key, pending);
		}
		return await pending;
	}

	clear(): void {
		this.sessions.clear();
		this.signingIn.clear();
	}
}

export const agentSessions = new AgentSessionStore();
