import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, IDataObject, INode, Logger } from 'n8n-workflow';
import { AgentSessionStore, agentSessions, sessionOwner } from '../shared/auth/agentSessions';
import { handleKey, sealSessionHandle } from '../shared/auth/sessionHandle';
import { CREDENTIAL_TYPES } from '../shared/auth/strategies';
import { AGENT_EVENT_ALIASES, AGENT_EVENTS, describeCode, type AgentEventInfo } from '../shared/codes';
import { cecRequestWith, type CecCall, type CecTransportEnv } from '../shared/transport/cecRequest';
import type { Send } from '../shared/transport/wire';

/**
 * The long-poll loop of 6.1.4.1, one per agent and n8n process. Triggers subscribe to it instead
 * of polling themselves: the gateway hands each event to exactly one poll, so two workflows (or a
 * manual "Listen for event" next to the active workflow) polling the same agent would each miss
 * the events the other one fetched.
 */

/** 6.1.4.1 "Error Code": the session is gone, polling must stop until the agent signs in again. */
export const SESSION_LOST_CODES = new Set(['000-001', '000-003', '100-006']);
/** The gateway holds an empty poll 10 s (6.1.4.1 NOTE); the request timeout leaves room for that. */
const MIN_POLL_TIMEOUT_MS = 20_000;
/** 6.1.1.1: the agent already has a session somewhere else. */
const ALREADY_SIGNED_IN = '100-002';
/** The shortest pause after an empty answer, whatever the option says: a gateway answering at once must not be polled hundreds of times a second. */
export const MIN_EMPTY_POLL_PAUSE_MS = 100;
/** Answers in a row that are not a poll answer (not JSON, not an object, an event that is not an object) before the trigger reports an error. */
export const MAX_CONSECUTIVE_GARBAGE = 5;
/** A poll must be answered completely within this: the gateway holds an empty poll 10 s (6.1.4.1), plus time for the network. */
export const POLL_DEADLINE_MS = 15_000;

export interface AgentEventItem extends IDataObject {
	eventType: string;
	eventName: string;
	eventDescription: string | null;
	eventSection: string | null;
	workNo: string;
	agentId: string;
	content: IDataObject | string | number | boolean | null;
	receivedAt: string;
	/** 1, 2, 3... per agent and poll loop, in the order the gateway handed the events out (gaps: events another filter dropped). */
	sequence: number;
	/** Sealed session of the agent, for an Agent Workbench in another process (docs/agent-sessions.md). */
	sessionHandle?: string;
}

export interface AgentIdentity {
	agentId: string;
	phoneNumber: string;
}

export interface PollerOptions {
	/** Sign in with 6.1.1.2 (forced), at start and when signing in again. */
	forceSignIn: boolean;
	/** Use a session the process already holds for the agent (e.g. from the Agent Workbench node). */
	reuseSession: boolean;
	/** Sign in again after 000-001 / 000-003 / 100-006 instead of reporting the failure. */
	reSignIn: boolean;
	/** The reference's pause before polling again after an answer without an event (200-500 ms). */
	emptyPollPauseMs: number;
	/** Lifetime of the session handle each event carries; 0: events carry none. */
	sessionHandleLifetimeSeconds: number;
}

export interface Subscriber {
	onEvent(event: AgentEventItem): void;
	/** The loop stopped for good; the subscriber reports it (emitError) or fails its run. */
	onFatal(error: Error): void;
}

export interface PollerDeps {
	send: Send;
	node: INode;
	credentials: ICredentialDataDecryptedObject;
	logger?: Logger;
}

/** After a failed poll: at least 1 s (6.1.4.1 NOTE), doubling from the fourth failure in a row, 30 s at most (well inside the 2 min idle sign-out). */
export function failureDelayMs(consecutiveFailures: number, random = Math.random): number {
	if (consecutiveFailures <= 3) return 1000;
	const ceiling = Math.min(30_000, 1000 * 2 ** (consecutiveFailures - 3));
	return Math.max(1000, Math.round(ceiling * (0.8 + 0.2 * random())));
}

const eventInfo = AGENT_EVENTS as Readonly<Record<string, AgentEventInfo>>;

export function toEventItem(raw: Record<string, unknown>, agentId: string, sequence: number, receivedAt = new Date()): AgentEventItem {
	const eventType = String(raw.eventType ?? '');
	const info = eventInfo[AGENT_EVENT_ALIASES[eventType] ?? eventType];
	return {
		eventType,
		eventName: info?.title ?? eventType,
		eventDescription: info?.meaning ?? null,
		eventSection: info?.section ?? null,
		workNo: String(raw.workNo ?? agentId),
		agentId,
		content: (raw.content ?? null) as AgentEventItem['content'],
		receivedAt: receivedAt.toISOString(),
		sequence,
	};
}

/** The retcode a transport error carries, and whether it came from the body or from HTTP. */
function failureOf(error: unknown): { code?: string; codeField?: string; httpCode?: number } {
	if (!(error instanceof NodeApiError)) return {};
	const response = (error.errorResponse ?? {}) as IDataObject;
	const code = response.code === null || response.code === undefined ? undefined : String(response.code);
	const httpCode = error.httpCode ? Number(error.httpCode) : undefined;
	return { code, codeField: response.codeField ? String(response.codeField) : undefined, httpCode };
}

/** n8n errors pass unchanged (they already name the section and code); anything else is wrapped. */
export function asNodeError(node: INode, error: unknown): NodeApiError | NodeOperationError {
	return error instanceof NodeApiError || error instanceof NodeOperationError ? error : new NodeOperationError(node, error as Error);
}

type Classified = 'sessionLost' | 'transient' | 'fatal' | 'garbage';

export function classifyPollFailure(error: unknown): Classified {
	const { code, codeField, httpCode } = failureOf(error);
	if (code && SESSION_LOST_CODES.has(code)) return 'sessionLost';
	// HTTP success without any code: a body that is not JSON, or not the gateway's answer at all.
	if (!code && httpCode !== undefined && httpCode < 300) return 'garbage';
	// A CC-Gateway retcode other than the session ones, or a 4xx that is not throttling, will not heal by waiting.
	if (codeField === 'retcode' && httpCode !== undefined && httpCode < 300) return 'fatal';
	if (httpCode !== undefined && httpCode >= 400 && httpCode < 500 && httpCode !== 408 && httpCode !== 429) return 'fatal';
	return 'transient';
}

export class AgentEventPoller {
	readonly key: string;

	readonly subscribers = new Set<Subscriber>();

	private readonly controller = new AbortController();

	private loop?: Promise<void>;

	private stopped = false;

	private readonly gateway: string;

	private readonly env: CecTransportEnv;

	/** Keyed digest of the credential's password: whose sessions this loop may use. */
	private readonly owner: string;

	private handleKey?: Buffer;

	private sequence = 0;

	constructor(
		private readonly deps: PollerDeps,
		readonly agent: AgentIdentity,
		private readonly options: PollerOptions,
		private readonly onEnd: () => void,
	) {
		this.gateway = String(deps.credentials.baseUrl ?? '').replace(/\/+$/, '');
		this.key = AgentSessionStore.key(this.gateway, agent.agentId);
		this.owner = sessionOwner(deps.credentials.password);
		this.env = {
			send: deps.send,
			node: deps.node,
			credentialType: CREDENTIAL_TYPES.C4,
			// Several agents share the credential's gateway and password; only the agent and its softphone differ.
			// A poll is held up to 10 s when there is no event: a shorter timeout would abandon polls the gateway may answer.
			credentials: { ...deps.credentials, agentId: agent.agentId, phoneNumber: agent.phoneNumber, timeout: Math.max(Number(deps.credentials.timeout) || 30_000, MIN_POLL_TIMEOUT_MS) },
		};
	}

	private call(call: Omit<CecCall, 'family'>): ReturnType<typeof cecRequestWith> {
		return cecRequestWith(this.env, { family: 'agentGateway', ...call });
	}

	/** Signs the agent in (or takes over a live session). Throws what the gateway said, so activation fails. */
	async start(): Promise<void> {
		if (this.options.sessionHandleLifetimeSeconds > 0) this.handleKey = await handleKey(this.gateway, this.deps.credentials.password);
		// Only a session this credential's password signed in: another credential must sign in itself, and the gateway decides.
		const existing = agentSessions.get(this.gateway, this.agent.agentId, this.owner);
		if (existing && this.options.reuseSession && (await this.sessionAlive())) {
			this.deps.logger?.debug(`Agent event trigger: reusing the signed-in session of agent ${this.agent.agentId}`);
		} else {
			await this.signIn(this.options.forceSignIn);
		}
		this.loop = this.run().catch((error: unknown) => this.fail(asNodeError(this.deps.node, error)));
	}

	/** 6.1.1.3 heartbeat as a cheap check that a stored GUID is still accepted. */
	private async sessionAlive(): Promise<boolean> {
		try {
			await this.call({ method: 'POST', path: `/agentgateway/resource/onlineagent/${encodeURIComponent(this.agent.agentId)}/handshake`, idempotent: true, maxAttempts: 2, section: '6.1.1.3', abortSignal: this.controller.signal });
			return true;
		} catch (error) {
			if (classifyPollFailure(error) === 'sessionLost') return false;
			throw asNodeError(this.deps.node, error);
		}
	}

	private async signIn(force: boolean): Promise<void> {
		const { agentId, phoneNumber } = this.agent;
		const section = force ? '6.1.1.2' : '6.1.1.1';
		const signIn = async () => {
			await this.call({
				method: 'PUT',
				path: `/agentgateway/resource/onlineagent/${encodeURIComponent(agentId)}${force ? '/forcelogin' : ''}`,
				body: { password: String(this.deps.credentials.password ?? ''), phonenum: phoneNumber },
				session: 'signIn',
				idempotent: false,
				section,
				abortSignal: this.controller.signal,
			});
			const session = agentSessions.get(this.gateway, agentId, this.owner);
			if (!session) throw new NodeOperationError(this.deps.node, `The CC-Gateway accepted the sign-in of agent ${agentId} but sent no GUID (Set-GUID header)`);
			return session;
		};
		try {
			await agentSessions.signInOnce(this.gateway, agentId, this.owner, signIn);
		} catch (error) {
			if (failureOf(error).code === ALREADY_SIGNED_IN) {
				throw new NodeOperationError(this.deps.node, `Agent ${agentId} is already signed in elsewhere (retcode 100-002: ${describeCode('agentGateway', ALREADY_SIGNED_IN) ?? 'signed in'})`, {
					description: 'Turn on "Force Sign-In" to take the session over (the other client is signed out), or sign the agent out first.',
				});
			}
			throw asNodeError(this.deps.node, error);
		}
	}

	private async pause(ms: number): Promise<void> {
		try {
			await sleep(ms, this.controller.signal);
		} catch {
			// Aborted: the loop checks the signal next.
		}
	}

	private deliver(raw: Record<string, unknown>): void {
		this.sequence += 1;
		const item = toEventItem(raw, this.agent.agentId, this.sequence);
		// Sealed after the answer's Set-GUID was followed: the handle carries the GUID current now.
		const session = agentSessions.get(this.gateway, this.agent.agentId, this.owner);
		if (this.handleKey && session) item.sessionHandle = sealSessionHandle(this.handleKey, session, this.options.sessionHandleLifetimeSeconds);
		for (const subscriber of [...this.subscribers]) {
			try {
				subscriber.onEvent(item);
			} catch (error) {
				// One workflow's failure to start must not stop the loop the others depend on.
				this.deps.logger?.error(`Agent event trigger: emitting ${item.eventType} of agent ${item.agentId} failed: ${(error as Error).message}`);
			}
		}
	}

	private async run(): Promise<void> {
		const signal = this.controller.signal;
		const path = `/agentgateway/resource/agentevent/${encodeURIComponent(this.agent.agentId)}`;
		let failures = 0;
		let garbage = 0;
		const pauseAfterEmpty = Math.max(MIN_EMPTY_POLL_PAUSE_MS, this.options.emptyPollPauseMs);
		while (!signal.aborted) {
			let body: unknown;
			// A controller of our own rather than AbortSignal.any/timeout: the deadline's wait ends as soon as the poll does.
			const poll = new AbortController();
			const stop = () => poll.abort();
			signal.addEventListener('abort', stop, { once: true });
			const pollEnded = new AbortController();
			let overdue = false;
			sleep(POLL_DEADLINE_MS, pollEnded.signal).then(
				() => {
					overdue = true;
					poll.abort();
				},
				() => undefined,
			);
			try {
				// One attempt per call: this loop owns the waits, so the 1 s rule and the backoff live in one place.
				const response = await this.call({ method: 'GET', path, idempotent: true, maxAttempts: 1, section: '6.1.4.1', abortSignal: poll.signal });
				body = response.body;
			} catch (error) {
				if (signal.aborted) return;
				if (overdue) {
					// Bytes kept coming but the answer never ended: a gateway that does this once does it again.
					return this.fail(
						new NodeOperationError(this.deps.node, `The CC-Gateway did not complete the event poll of agent ${this.agent.agentId} within ${POLL_DEADLINE_MS / 1000} s`, {
							description: '6.1.4.1 holds an empty poll for 10 s. Polling stopped; n8n activates the trigger again with backoff. Check the gateway or a proxy in between.',
						}),
					);
				}
				const kind = classifyPollFailure(error);
				if (kind === 'fatal') return this.fail(error as Error);
				if (kind === 'sessionLost') {
					if (!(await this.recoverSession(error as Error))) return;
					failures = 0;
					continue;
				}
				if (kind === 'garbage') {
					if (this.tooMuchGarbage(++garbage, (error as Error).message)) return;
				} else {
					garbage = 0;
				}
				failures += 1;
				this.deps.logger?.warn(`Agent event trigger: poll of agent ${this.agent.agentId} failed (${(error as Error).message}); polling again after a pause`);
				await this.pause(failureDelayMs(failures));
				continue;
			} finally {
				pollEnded.abort();
				signal.removeEventListener('abort', stop);
			}
			// A response that arrived after close was asked for is not emitted: the workflow is going away.
			if (signal.aborted) return;
			const event = pollAnswerEvent(body);
			if (event === false) {
				failures += 1;
				if (this.tooMuchGarbage(++garbage, `the answer is not a 6.1.4.1 poll answer: ${JSON.stringify(body).slice(0, 200)}`)) return;
				await this.pause(failureDelayMs(failures));
				continue;
			}
			failures = 0;
			garbage = 0;
			if (event) {
				this.deliver(event);
			} else {
				await this.pause(pauseAfterEmpty);
			}
		}
	}

	/** Reports the error once the gateway has answered MAX_CONSECUTIVE_GARBAGE polls in a row with something that is not a poll answer. */
	private tooMuchGarbage(count: number, what: string): boolean {
		if (count < MAX_CONSECUTIVE_GARBAGE) return false;
		this.fail(
			new NodeOperationError(this.deps.node, `The CC-Gateway answered ${count} event polls of agent ${this.agent.agentId} in a row with something that is not an event answer`, {
				description: `Last answer: ${what}. Polling stopped; n8n activates the trigger again with backoff. Check the base URL (a proxy or login page answering instead of the CC-Gateway?).`,
			}),
		);
		return true;
	}

	/** 000-001 / 000-003 / 100-006: sign in again if allowed (the gateway's queue of the old session is gone with it). */
	private async recoverSession(error: Error): Promise<boolean> {
		const code = failureOf(error).code;
		if (!this.options.reSignIn) {
			this.fail(
				new NodeOperationError(this.deps.node, `The session of agent ${this.agent.agentId} ended (retcode ${code}: ${describeCode('agentGateway', code ?? '') ?? 'session lost'})`, {
					description: 'Polling stopped, as 6.1.4.1 requires. n8n activates the trigger again with backoff, which signs the agent in; or turn on "Re-Sign In Automatically".',
				}),
			);
			return false;
		}
		if (code === '000-001') {
			// The agent is signed in for pushed events (6.1.4.2): sign that session out before signing in for polling.
			await this.signOut().catch(() => undefined);
		}
		let attempts = 0;
		while (!this.controller.signal.aborted) {
			try {
				await this.signIn(this.options.forceSignIn);
				this.deps.logger?.info(`Agent event trigger: agent ${this.agent.agentId} signed in again after retcode ${code}`);
				return true;
			} catch (signInError) {
				if (this.controller.signal.aborted) return false;
				if (classifyPollFailure(signInError) !== 'transient' || signInError instanceof NodeOperationError) {
					this.fail(signInError as Error);
					return false;
				}
				attempts += 1;
				await this.pause(failureDelayMs(attempts));
			}
		}
		return false;
	}

	private fail(error: Error): void {
		if (this.stopped) return;
		this.stopped = true;
		this.controller.abort();
		this.onEnd();
		for (const subscriber of [...this.subscribers]) subscriber.onFatal(error);
	}

	/** 6.1.1.18 sign-out with the session this process holds. */
	async signOut(): Promise<void> {
		if (!agentSessions.get(this.gateway, this.agent.agentId, this.owner)) return;
		await this.call({ method: 'DELETE', path: `/agentgateway/resource/onlineagent/${encodeURIComponent(this.agent.agentId)}/logout`, session: 'signOut', idempotent: false, section: '6.1.1.18' });
	}

	/** Aborts the in-flight poll at once, waits for the loop to leave, then signs out if asked. */
	async stop(signOut: boolean): Promise<void> {
		const wasRunning = !this.stopped;
		this.stopped = true;
		this.controller.abort();
		if (wasRunning) this.onEnd();
		await this.loop?.catch(() => undefined);
		if (signOut) {
			try {
				await this.signOut();
			} catch (error) {
				this.deps.logger?.warn(`Agent event trigger: sign-out of agent ${this.agent.agentId} failed: ${(error as Error).message}`);
			}
		}
	}
}

/**
 * The event of a 6.1.4.1 answer: the event object, null for an answer without one, false for
 * something that is not a poll answer at all.
 */
export function pollAnswerEvent(body: unknown): Record<string, unknown> | null | false {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
	const answer = body as Record<string, unknown>;
	if (answer.retcode === undefined) return false;
	const event = answer.event;
	if (event === undefined || event === null) return null;
	return typeof event === 'object' && !Array.isArray(event) ? (event as Record<string, unknown>) : false;
}

/** One poller per gateway, agent and password in this process; starting ones are shared by concurrent subscribers with the same password. */
const pollers = new Map<string, Promise<AgentEventPoller>>();

export interface Subscription {
	poller: AgentEventPoller;
	/** Leaves the poller; the last subscriber to leave stops it (and signs out when asked). */
	close(signOut: boolean): Promise<void>;
}

export async function subscribe(deps: PollerDeps, agent: AgentIdentity, options: PollerOptions, subscriber: Subscriber): Promise<Subscription> {
	// Only a credential with the same password joins a running loop: any other one starts its own, whose sign-in the gateway judges.
	const key = `${AgentSessionStore.key(String(deps.credentials.baseUrl ?? '').replace(/\/+$/, ''), agent.agentId)}#${sessionOwner(deps.credentials.password)}`;
	let pending = pollers.get(key);
	if (!pending) {
		const poller = new AgentEventPoller(deps, agent, options, () => {
			if (pollers.get(key) === pending) pollers.delete(key);
		});
		// Subscribed before start, so not even the first event (AgentOther_InService) is missed.
		poller.subscribers.add(subscriber);
		pending = poller.start().then(() => poller);
		pollers.set(key, pending);
		pending.catch(() => {
			if (pollers.get(key) === pending) pollers.delete(key);
		});
	}
	const poller = await pending;
	poller.subscribers.add(subscriber);
	let closed = false;
	return {
		poller,
		async close(signOut: boolean) {
			if (closed) return;
			closed = true;
			poller.subscribers.delete(subscriber);
			if (poller.subscribers.size === 0) await poller.stop(signOut);
		},
	};
}

/** For tests: the pollers this process runs. */
export function runningPollers(): number {
	return pollers.size;
}
