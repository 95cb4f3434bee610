/**
 * Shared pieces of the Agent Workbench tests: a simulator, one in-process n8n harness per agent
 * credential (the session store is keyed by gateway + agent, so two agents work side by side),
 * node parameters built from the registry (so a test names documented fields, not UI names), and
 * a runner that returns what the simulator received for the execution.
 */
import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData, INodeParameters, INodeType } from 'n8n-workflow';
import { HuaweiCecAgentWorkbench } from '../../nodes/HuaweiCecAgentWorkbench/HuaweiCecAgentWorkbench.node';
import { OPERATIONS as WORKBENCH_OPS } from '../../nodes/HuaweiCecAgentWorkbench/operations';
import { HuaweiCecSupervisor } from '../../nodes/HuaweiCecSupervisor/HuaweiCecSupervisor.node';
import { OPERATIONS as SUPERVISOR_OPS } from '../../nodes/HuaweiCecSupervisor/operations';
import { HuaweiCecVoiceRecognition } from '../../nodes/HuaweiCecVoiceRecognition/HuaweiCecVoiceRecognition.node';
import { OPERATIONS as VOICE_OPS } from '../../nodes/HuaweiCecVoiceRecognition/operations';
import { agentSessions } from '../../nodes/shared/auth/agentSessions';
import { isRequiredInUi } from '../../nodes/shared/registry/form';
import { isJsonField, parameterName, parameterNames } from '../../nodes/shared/registry/params';
import type { OperationSpec } from '../../nodes/shared/registry/types';
import type { RequestLogEntry, Simulator } from '../../simulator/index.cjs';
import { createHarness, simulatorCredentials, type Harness, type NodeRunResult } from '../helpers/n8n.cjs';

export const workbench = new HuaweiCecAgentWorkbench();
export const supervisor = new HuaweiCecSupervisor();
export const voiceRecognition = new HuaweiCecVoiceRecognition();

export type NodeKey = 'workbench' | 'supervisor' | 'voice';
export const NODES: Record<NodeKey, { node: INodeType; specs: OperationSpec[] }> = {
	workbench: { node: workbench, specs: WORKBENCH_OPS },
	supervisor: { node: supervisor, specs: SUPERVISOR_OPS },
	voice: { node: voiceRecognition, specs: VOICE_OPS },
};

export function agentCredential(sim: Simulator, agentId: number): ICredentialDataDecryptedObject {
	return { baseUrl: sim.url, agentId, password: 'Agent@123', phoneNumber: `7000${agentId}`, authMode: 'dynamic', allowUnauthorizedCerts: false, timeout: 20000 };
}

/** One harness per agent: the C4 credential differs, the rest are the simulator's. */
export async function harnessFor(sim: Simulator, agentId: number): Promise<Harness> {
	return await createHarness({ ...simulatorCredentials(sim as never), huaweiCecAgentGatewayApi: agentCredential(sim, agentId) });
}

export function specOf(key: NodeKey, resource: string, operation: string): OperationSpec {
	const spec = NODES[key].specs.find((s) => s.resource === resource && s.operation === operation);
	if (!spec) throw new Error(`${key} has no ${resource}/${operation}`);
	return spec;
}

/** Node parameters for documented field values: required ones top-level, the rest under Additional Fields. */
export function paramsFor(key: NodeKey, resource: string, operation: string, values: IDataObject = {}, options?: IDataObject): INodeParameters {
	const specs = NODES[key].specs;
	const spec = specOf(key, resource, operation);
	const names = parameterNames(specs);
	// These tests check whole gateway answers (retcode included): Raw output. Simplified output,
	// the default, has its own tests (test/workflow/simplifiedOutput.test.cts).
	const out: INodeParameters = { resource, operation, output: 'raw' };
	const additional: IDataObject = {};
	for (const [fieldName, value] of Object.entries(values)) {
		const field = spec.fields.find((f) => f.name === fieldName);
		if (!field) throw new Error(`${spec.section} has no field ${fieldName}`);
		const name = parameterName(names, spec, field);
		const v = isJsonField(field) && typeof value !== 'string' ? JSON.stringify(value) : value;
		if (isRequiredInUi(field)) out[name] = v as INodeParameters[string];
		else additional[name] = v as IDataObject[string];
	}
	if (Object.keys(additional).length) out.additionalFields = additional as INodeParameters;
	if (options) out.options = options as INodeParameters;
	return out;
}

export interface Executed extends NodeRunResult {
	/** What the simulator received during this execution (admin routes excluded). */
	sent: RequestLogEntry[];
	/** The JSON items of the first output. */
	items: INodeExecutionData[];
	/** The GUID the store held for the agent before the execution. */
	guidBefore?: string;
}

export async function execute(
	sim: Simulator,
	harness: Harness,
	key: NodeKey,
	resource: string,
	operation: string,
	values: IDataObject = {},
	options?: IDataObject,
	agentId = '101',
): Promise<Executed> {
	const lastId = sim.requests.length ? sim.requests[sim.requests.length - 1].id : 0;
	const guidBefore = agentSessions.peek(sim.url, agentId)?.guid;
	const result = await harness.runNode(NODES[key].node, paramsFor(key, resource, operation, values, options));
	const sent = sim.requests.filter((r) => r.id > lastId);
	return { ...result, sent, items: result.outputs[0] ?? [], guidBefore };
}

export function bodyOf(entry: RequestLogEntry): unknown {
	return entry.body ? JSON.parse(entry.body) : undefined;
}

/** Waits until the simulator's view of an agent satisfies `check` (calls connect on the scaled clock). */
export async function until<T>(read: () => T, check: (value: T) => boolean, timeoutMs = 3000): Promise<T> {
	const started = Date.now();
	for (;;) {
		const value = read();
		if (check(value)) return value;
		if (Date.now() - started > timeoutMs) throw new Error(`condition not reached: ${JSON.stringify(value)}`);
		await new Promise((r) => setTimeout(r, 10));
	}
}

export interface AgentSnapshot {
	signedIn: boolean;
	guid?: string;
	status?: number;
	calls?: Array<{ callId: string; state: string; caller: string; called: string; mediaAbility: string; messages: Array<{ data: string }> }>;
	conference?: { confId: number; chair: string; participantStates: Record<string, string> } | null;
	monitoring?: { target: string; mode: string } | null;
}

export function snapshot(sim: Simulator, agentId: string): AgentSnapshot {
	return sim.agentSession(agentId) as AgentSnapshot;
}

/** Drains an agent's queued events through the node's own Get Next Event operation until one of `type` arrives. */
export async function nextEvent(sim: Simulator, harness: Harness, type: string, agentId = '101', max = 30): Promise<IDataObject> {
	const seen: string[] = [];
	for (let i = 0; i < max; i++) {
		const r = await execute(sim, harness, 'workbench', 'agent', 'getNextEvent', {}, undefined, agentId);
		if (r.error) throw r.error;
		const event = (r.items[0]?.json as IDataObject).event as IDataObject | null;
		if (event) {
			seen.push(String(event.eventType));
			if (event.eventType === type) return event;
		}
	}
	throw new Error(`event ${type} did not arrive; saw ${seen.join(', ')}`);
}
