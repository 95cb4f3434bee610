import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INodePropertyOptions, INodeType, INodeTypeDescription, ITriggerFunctions, ITriggerResponse } from 'n8n-workflow';
import { CREDENTIAL_TYPES } from '../shared/auth/strategies';
import { AGENT_EVENT_ALIASES, AGENT_EVENT_TYPES, AGENT_EVENT_TYPES_OUTSIDE_APPENDIX, AGENT_EVENTS } from '../shared/codes';
import { sentence, titleCase } from '../shared/registry/wording';
import { testAgentGatewayCredential } from '../shared/credentialTests';
import { n8nSend } from '../shared/transport/wire';
import { DEFAULT_HANDLE_LIFETIME_S, MAX_HANDLE_LIFETIME_S } from '../shared/auth/sessionHandle';
import { asNodeError, MIN_EMPTY_POLL_PAUSE_MS, subscribe, type AgentEventItem, type AgentIdentity, type PollerOptions, type Subscription } from './agentEventPoller';

/** 6.5.1 events for the filter, by readable name (Title Case); the identifier is shown beside it because that is what CEC logs. */
const EVENT_TYPE_OPTIONS: INodePropertyOptions[] = [
	...AGENT_EVENT_TYPES.map((type) => ({ name: titleCase(`${AGENT_EVENTS[type].title} (${type})`), value: type, description: sentence(AGENT_EVENTS[type].meaning) })),
	...AGENT_EVENT_TYPES_OUTSIDE_APPENDIX.map((type) => ({ name: type, value: type, description: 'A screen recording event (reference 13.1.1.7 and 13.1.1.8)' })),
].sort((a, b) => a.name.localeCompare(b.name));

/** The agent IDs of 6.1.4.1: 101-59999. */
function agentIdOf(value: unknown, node: ITriggerFunctions): string {
	const id = String(value ?? '').trim();
	const n = Number(id);
	if (!/^\d+$/.test(id) || n < 101 || n > 59999) {
		throw new NodeOperationError(node.getNode(), `Additional Agents: agent ID "${id}" is not valid`, { description: 'An agent ID is a number from 101 to 59999 (6.1.4.1 agentid).' });
	}
	return String(n);
}

function agentsOf(ctx: ITriggerFunctions, credentials: IDataObject): AgentIdentity[] {
	const agents: AgentIdentity[] = [{ agentId: String(credentials.agentId), phoneNumber: String(credentials.phoneNumber ?? '') }];
	const extra = (ctx.getNodeParameter('additionalAgents', {}) as IDataObject).agent as IDataObject[] | undefined;
	for (const entry of extra ?? []) {
		const agentId = agentIdOf(entry.agentId, ctx);
		const phoneNumber = String(entry.phoneNumber ?? '').trim();
		if (!/^\d{1,24}$/.test(phoneNumber)) {
			throw new NodeOperationError(ctx.getNode(), `Additional Agents: the softphone number of agent ${agentId} is not valid`, { description: 'phonenum of 6.1.1.1: digits only, at most 24.' });
		}
		// One loop per agent: listing the same agent twice must not poll (and emit) twice.
		if (!agents.some((a) => a.agentId === agentId)) agents.push({ agentId, phoneNumber });
	}
	return agents;
}

/**
 * Long-polls the CC-Gateway (6.1.4.1) for the events of one or more agents and starts the
 * workflow once per event, in the order the gateway hands them out.
 */
export class HuaweiCecAgentEventTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC Agent Event Trigger',
		name: 'huaweiCecAgentEventTrigger',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '=Agent events',
		description: 'Starts the workflow on every Huawei CEC agent event (state changes, calls, notes), by long polling the CC-Gateway',
		eventTriggerDescription: 'Waiting for an agent event',
		activationMessage: 'The agent is signed in and its events now start this workflow.',
		defaults: { name: 'Huawei CEC Agent Event Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'huaweiCecAgentGatewayApi', required: true, testedBy: 'testAgentGateway' }],
		properties: [
			{
				displayName:
					'The agent of the credential is signed in (unless this n8n already holds its session) and its events are polled continuously. A CC-Gateway hands each event to one poller only: do not poll the same agent from another tool.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Event Types',
				name: 'eventTypes',
				type: 'multiOptions',
				options: EVENT_TYPE_OPTIONS,
				default: [],
				description: 'Events that start the workflow. None selected means every event.',
			},
			{
				displayName: 'Additional Agents',
				name: 'additionalAgents',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: 'Add Agent',
				default: {},
				description:
					"Other agents to listen to, each with its own poll loop. They sign in with the credential's gateway and password; a loop another credential runs in this n8n is never joined.",
				options: [
					{
						displayName: 'Agent',
						name: 'agent',
						values: [
							{
								displayName: 'Agent ID',
								name: 'agentId',
								type: 'number',
								typeOptions: { minValue: 101, maxValue: 59999 },
								default: 101,
								description: 'The agent (employee) ID, 101-59999',
							},
							{
								displayName: 'Softphone Number',
								name: 'phoneNumber',
								type: 'string',
								default: '',
								description: 'The softphone number this agent signs in with (phonenum)',
							},
						],
					},
				],
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Force Sign-In',
						name: 'forceSignIn',
						type: 'boolean',
						default: false,
						description: 'Whether to sign in with forced sign-in, which signs out a session the agent has elsewhere. Off: an agent signed in elsewhere fails the activation.',
					},
					{
						displayName: 'Pause After Empty Poll (Ms)',
						name: 'emptyPollPauseMs',
						type: 'number',
						typeOptions: { minValue: MIN_EMPTY_POLL_PAUSE_MS, maxValue: 5000 },
						default: 200,
						description: `How long to wait before polling again after the gateway answered without an event (200-500 ms is recommended; never less than ${MIN_EMPTY_POLL_PAUSE_MS} ms). Answers with an event are followed by the next poll at once.`,
					},
					{
						displayName: 'Re-Sign In Automatically',
						name: 'reSignIn',
						type: 'boolean',
						default: true,
						description: 'Whether to sign the agent in again when the gateway says the session ended (000-001, 000-003, 100-006). Off: the trigger reports the error and n8n reactivates it with backoff.',
					},
					{
						displayName: 'Reuse Existing Session',
						name: 'reuseSession',
						type: 'boolean',
						default: true,
						description: 'Whether to use the session this n8n already holds for the agent (for example from an Agent Workbench sign-in) instead of signing in',
					},
					{
						displayName: 'Session Handle Lifetime (Seconds)',
						name: 'sessionHandleLifetimeSeconds',
						type: 'number',
						typeOptions: { minValue: 0, maxValue: MAX_HANDLE_LIFETIME_S },
						default: DEFAULT_HANDLE_LIFETIME_S,
						description:
							'How long the sessionHandle of each event lets an Agent Workbench with the same credential act on the agent from another n8n process (queue-mode workers). The handle is sealed with a key derived from the password. 0: events carry no handle.',
					},
					{
						displayName: 'Sign Out on Deactivation',
						name: 'signOutOnClose',
						type: 'boolean',
						default: true,
						description: 'Whether to sign the agent out when the workflow is deactivated (or a manual test ends)',
					},
				],
			},
		],
	};

	methods = {
		credentialTest: { testAgentGateway: testAgentGatewayCredential },
	};

	async trigger(this: ITriggerFunctions): Promise<ITriggerResponse> {
		const credentials = await this.getCredentials(CREDENTIAL_TYPES.C4);
		const agents = agentsOf(this, credentials);
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const pollerOptions: PollerOptions = {
			forceSignIn: options.forceSignIn === true,
			reuseSession: options.reuseSession !== false,
			reSignIn: options.reSignIn !== false,
			emptyPollPauseMs: Math.max(MIN_EMPTY_POLL_PAUSE_MS, Number(options.emptyPollPauseMs ?? 200) || 0),
			sessionHandleLifetimeSeconds: Math.min(MAX_HANDLE_LIFETIME_S, Math.max(0, Math.floor(Number(options.sessionHandleLifetimeSeconds ?? DEFAULT_HANDLE_LIFETIME_S) || 0))),
		};
		const signOutOnClose = options.signOutOnClose !== false;
		const wanted = new Set((this.getNodeParameter('eventTypes', []) as string[]).map(String));
		const matches = (event: AgentEventItem) => wanted.size === 0 || wanted.has(event.eventType) || wanted.has(AGENT_EVENT_ALIASES[event.eventType] ?? '');
		const deps = { send: n8nSend(this), node: this.getNode(), credentials, logger: this.logger };
		const manual = this.getMode() === 'manual';

		const subscriptions: Subscription[] = [];
		let closed = false;
		let reported = false;
		const closeAll = async (signOut: boolean) => {
			await Promise.all(subscriptions.splice(0).map(async (s) => await s.close(signOut)));
		};

		const start = async (onEvent: (event: AgentEventItem) => void, onFatal: (error: Error) => void) => {
			try {
				for (const agent of agents) {
					const subscription = await subscribe(deps, agent, pollerOptions, { onEvent, onFatal });
					subscriptions.push(subscription);
					// closeFunction ran while this agent was still signing in.
					if (closed) await closeAll(signOutOnClose);
				}
			} catch (error) {
				// All or nothing: agents already signed in by this activation are signed out again.
				await closeAll(true);
				throw asNodeError(this.getNode(), error);
			}
		};

		const closeFunction = async () => {
			closed = true;
			await closeAll(signOutOnClose);
		};

		if (manual) {
			// "Listen for event": the first matching event is the test's output; then the loop stops.
			const manualTriggerFunction = async () => {
				await new Promise<void>((resolve, reject) => {
					let done = false;
					const finish = (error?: Error) => {
						if (done) return;
						done = true;
						void closeFunction().finally(() => (error ? reject(error) : resolve()));
					};
					start(
						(event) => {
							if (done || closed || !matches(event)) return;
							this.emit([[{ json: event }]]);
							finish();
						},
						(error) => finish(error),
					).catch((error: Error) => finish(error));
				});
			};
			return { closeFunction, manualTriggerFunction };
		}

		await start(
			(event) => {
				if (closed || !matches(event)) return;
				this.emit([[{ json: event }]]);
			},
			(error) => {
				if (closed || reported) return;
				reported = true;
				// n8n deactivates the workflow and activates it again with backoff.
				this.emitError(error);
			},
		);
		return { closeFunction };
	}
}
