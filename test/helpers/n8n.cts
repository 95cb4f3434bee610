/**
 * In-process n8n: real n8n-core running real workflows (WorkflowExecute, ExecuteContext,
 * LoadOptionsContext, TriggerContext, WebhookContext, CredentialTestContext) with the pack's
 * node and credential classes. Only the parts of n8n that live outside n8n-core are stood in
 * for: the credential store (an in-memory map of decrypted credentials) and the credential
 * type registry. Credential `authenticate` functions and generic auth are applied the way
 * n8n's CredentialsHelper applies them.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
	BinaryDataService,
	CredentialTestContext,
	ErrorReporter,
	ExecutionLifecycleHooks,
	LoadOptionsContext,
	TriggerContext,
	WebhookContext,
	WorkflowExecute,
} from 'n8n-core';
import {
	ICredentialsHelper,
	NodeConnectionTypes,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type ICredentials,
	type ICredentialsDecrypted,
	type IDataObject,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialTestResult,
	type INodeListSearchResult,
	type INodeExecutionData,
	type INodeParameters,
	type INodeProperties,
	type INodePropertyOptions,
	type INodeType,
	type INodeTypes,
	type IRun,
	type ITriggerResponse,
	type IVersionedNodeType,
	type IWebhookData,
	type IWorkflowExecuteAdditionalData,
	type WorkflowExecuteMode,
} from 'n8n-workflow';

import { HuaweiCecAgentGatewayApi } from '../../credentials/HuaweiCecAgentGatewayApi.credentials';
import { HuaweiCecAkSkApi } from '../../credentials/HuaweiCecAkSkApi.credentials';
import { HuaweiCecApiFabricApi } from '../../credentials/HuaweiCecApiFabricApi.credentials';
import { HuaweiCecCallbackApi } from '../../credentials/HuaweiCecCallbackApi.credentials';
import { HuaweiCecGatewayConfigApi } from '../../credentials/HuaweiCecGatewayConfigApi.credentials';
import { HuaweiCecOiapApi } from '../../credentials/HuaweiCecOiapApi.credentials';
import { HuaweiCecSiaApi } from '../../credentials/HuaweiCecSiaApi.credentials';
import { HuaweiCecItaApi } from '../../credentials/HuaweiCecItaApi.credentials';
import { TencentCccNumberMappingApi } from '../../credentials/TencentCccNumberMappingApi.credentials';
import { UdeskCallCenterApi } from '../../credentials/UdeskCallCenterApi.credentials';
import { ITA_APP } from '../../simulator/ita.cjs';
import { UDESK_SIM_ACCOUNT } from '../../simulator/udesk.cjs';

export const PACKAGE = 'n8n-nodes-huawei-cec';

const CREDENTIAL_CLASSES: ICredentialType[] = [
	new HuaweiCecApiFabricApi(),
	new HuaweiCecAkSkApi(),
	new HuaweiCecOiapApi(),
	new HuaweiCecAgentGatewayApi(),
	new HuaweiCecGatewayConfigApi(),
	new HuaweiCecSiaApi(),
	new HuaweiCecCallbackApi(),
	new HuaweiCecItaApi(),
	new UdeskCallCenterApi(),
	new TencentCccNumberMappingApi(),
];

/** A source of items for the node under test: emits the JSON of its `items` parameter. */
class TestInput implements INodeType {
	description = {
		displayName: 'Test Input',
		name: 'testInput',
		group: ['input'],
		version: 1,
		description: 'Emits the items given as JSON',
		defaults: { name: 'Input' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' } as INodeProperties],
	} as INodeType['description'];

	async execute(this: import('n8n-workflow').IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const raw = this.getNodeParameter('items', 0) as string | IDataObject[];
		const list = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Array<IDataObject | INodeExecutionData>;
		return [list.map((entry) => ('json' in entry && typeof entry.json === 'object' ? (entry as INodeExecutionData) : { json: entry as IDataObject }))];
	}
}

class NodeTypes implements INodeTypes {
	private readonly types = new Map<string, INodeType>();

	register(type: string, node: INodeType): void {
		this.types.set(type, node);
	}

	getByName(nodeType: string): INodeType | IVersionedNodeType {
		const found = this.types.get(nodeType);
		if (!found) throw new Error(`unknown node type ${nodeType}`);
		return found;
	}

	getByNameAndVersion(nodeType: string): INodeType {
		return this.getByName(nodeType) as INodeType;
	}

	getKnownTypes(): IDataObject {
		return Object.fromEntries([...this.types.keys()].map((k) => [k, {}]));
	}
}

/** The credential store and type registry: what n8n's CredentialsHelper does, over a map. */
class CredentialsHelper extends ICredentialsHelper {
	constructor(private readonly store: Map<string, ICredentialDataDecryptedObject>) {
		super();
	}

	private type(name: string): ICredentialType {
		const found = CREDENTIAL_CLASSES.find((c) => c.name === name);
		if (!found) throw new Error(`unknown credential type ${name}`);
		return found;
	}

	getParentTypes(name: string): string[] {
		return this.type(name).extends ?? [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(credentials: ICredentialDataDecryptedObject, typeName: string, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const auth = this.type(typeName).authenticate;
		if (typeof auth === 'function') return await auth(credentials, requestOptions);
		if (auth && auth.type === 'generic') {
			// Expressions in generic auth are `={{$credentials.x}}`; resolve just those.
			const resolve = (v: unknown) => (typeof v === 'string' ? v.replace(/=?\{\{\s*\$credentials\.(\w+)\s*\}\}/g, (_m, k: string) => String(credentials[k] ?? '')) : v);
			const out = { ...requestOptions, headers: { ...(requestOptions.headers ?? {}) } } as IHttpRequestOptions;
			for (const [k, v] of Object.entries(auth.properties.headers ?? {})) (out.headers as IDataObject)[k] = resolve(v) as string;
			if (auth.properties.qs) out.qs = { ...(out.qs ?? {}), ...Object.fromEntries(Object.entries(auth.properties.qs).map(([k, v]) => [k, resolve(v)])) } as IDataObject;
			return out;
		}
		return requestOptions;
	}

	async preAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by the harness');
	}

	async getDecrypted(_additionalData: IWorkflowExecuteAdditionalData, nodeCredentials: { id: string | null; name: string }, type: string): Promise<ICredentialDataDecryptedObject> {
		const found = this.store.get(nodeCredentials.id ?? type) ?? this.store.get(type);
		if (!found) throw new Error(`no credentials of type ${type} in the harness`);
		return { ...found };
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.type(type).properties;
	}
}

export interface NodeRunResult {
	run: IRun;
	/** Output items per output of the node under test (empty when it failed). */
	outputs: INodeExecutionData[][];
	/** The node error, when the node failed (and Continue On Fail was off). */
	error?: Error & { description?: string; httpCode?: string; context?: IDataObject };
}

export interface Harness {
	nodeTypes: NodeTypes;
	credentials: Map<string, ICredentialDataDecryptedObject>;
	additionalData(): IWorkflowExecuteAdditionalData;
	/** Runs Input → node in a real WorkflowExecute; `items` become the node's input. */
	runNode(node: INodeType, parameters: INodeParameters, items?: IDataObject[] | INodeExecutionData[], options?: { credentials?: string[]; continueOnFail?: boolean }): Promise<NodeRunResult>;
	/** Runs a whole workflow (nodes of registered types), from the node named `start`. */
	runWorkflow(nodes: INode[], connections: Workflow['connectionsBySourceNode'], start: string, staticData?: IDataObject): Promise<IRun>;
	/** Calls a node's `methods.loadOptions[method]` through n8n-core's LoadOptionsContext. */
	loadOptions(node: INodeType, method: string, parameters: INodeParameters, credentialType: string): Promise<INodePropertyOptions[]>;
	/** Calls a node's `methods.listSearch[method]` (a resource locator's From List) through n8n-core's LoadOptionsContext. */
	listSearch(node: INodeType, method: string, parameters: INodeParameters, credentialType: string, filter?: string, paginationToken?: string): Promise<INodeListSearchResult>;
	/** Calls a node's credential test through n8n-core's CredentialTestContext. */
	testCredential(node: INodeType, testName: string, credentialType: string, data: ICredentialDataDecryptedObject): Promise<INodeCredentialTestResult>;
	/** Activates a trigger node through TriggerContext; collects what it emits. */
	trigger(node: INodeType, parameters: INodeParameters, options?: { mode?: WorkflowExecuteMode; credentials?: string[]; staticData?: IDataObject }): Promise<TriggerHandle>;
	/** Serves a webhook node over real HTTP; each request goes through WebhookContext and `webhook()`. */
	webhook(node: INodeType, parameters: INodeParameters, options?: { credentials?: string[]; staticData?: IDataObject; mode?: WorkflowExecuteMode }): Promise<WebhookHandle>;
}

export interface TriggerHandle {
	emitted: INodeExecutionData[][][];
	errors: Error[];
	response: ITriggerResponse | undefined;
	/** Resolves when `count` emissions have arrived (or rejects after `timeoutMs`). */
	waitFor(count: number, timeoutMs?: number): Promise<void>;
	close(): Promise<void>;
}

export interface WebhookHandle {
	url: string;
	/** One entry per request that started a workflow (the node returned workflowData). */
	executions: INodeExecutionData[][][];
	staticData: IDataObject;
	workflow: Workflow;
	node: INode;
	close(): Promise<void>;
}

function typeName(node: INodeType): string {
	return `${PACKAGE}.${node.description.name}`;
}

function credentialsFor(node: INodeType, only?: string[]): INode['credentials'] {
	const names = only ?? (node.description.credentials ?? []).filter((c) => c.required !== false || only === undefined).map((c) => c.name);
	return Object.fromEntries(names.map((name) => [name, { id: name, name }]));
}

let binaryReady: Promise<void> | undefined;

/** What n8n-core reported to its error reporter (instead of logging it), oldest first. */
export const reportedErrors: unknown[] = [];
/** What nodes logged through n8n's logger, oldest first. */
export const loggedMessages: Array<{ level: string; message: string; meta?: unknown }> = [];

export async function createHarness(credentials: Record<string, ICredentialDataDecryptedObject> = {}): Promise<Harness> {
	binaryReady ??= (async () => {
		// n8n-core carries its own @n8n/di; its container is the one its services live in.
		const { Container } = require(require.resolve('@n8n/di', { paths: [require.resolve('n8n-core')] })) as typeof import('@n8n/di');
		await Container.get(BinaryDataService).init();
		// n8n reports every node error to its error reporter, which logs it with its stack. The
		// tests provoke hundreds of errors on purpose and assert them through the execution
		// results; the log blocks only looked like failures. CEC_TEST_VERBOSE=1 prints them.
		// The same for what nodes log (refused callbacks, retries): kept in loggedMessages.
		if (process.env.CEC_TEST_VERBOSE !== '1') {
			const reporter = Container.get(ErrorReporter) as unknown as { report: (error: unknown) => void };
			reporter.report = (error) => void reportedErrors.push(error);
			const { Logger } = require(require.resolve('@n8n/backend-common', { paths: [require.resolve('n8n-core')] })) as { Logger: new () => unknown };
			const logger = Container.get(Logger) as { internalLogger: { log: (level: string, message: string, meta?: unknown) => void } };
			logger.internalLogger.log = (level, message, meta) => void loggedMessages.push({ level, message, meta });
		}
	})();
	await binaryReady;

	const nodeTypes = new NodeTypes();
	nodeTypes.register('test.input', new TestInput());
	const store = new Map(Object.entries(credentials));
	const credentialsHelper = new CredentialsHelper(store);

	const additionalData = (): IWorkflowExecuteAdditionalData =>
		({
			credentialsHelper,
			executeWorkflow: async () => {
				throw new Error('sub-workflows are not part of these tests');
			},
			getRunExecutionData: async () => undefined,
			getRuntimeCredential: async () => undefined,
			currentNodeExecutionIndex: 0,
			restApiUrl: 'http://127.0.0.1/rest',
			instanceBaseUrl: 'http://127.0.0.1/',
			formBaseUrl: 'http://127.0.0.1/form',
			formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
			formTestBaseUrl: 'http://127.0.0.1/form-test',
			webhookBaseUrl: 'http://127.0.0.1/webhook',
			webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
			webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
			mcpBaseUrl: 'http://127.0.0.1/mcp',
			mcpTestBaseUrl: 'http://127.0.0.1/mcp-test',
			variables: {},
			logAiEvent: () => undefined,
			startRunnerTask: async () => {
				throw new Error('task runners are not part of these tests');
			},
		}) as unknown as IWorkflowExecuteAdditionalData;

	const register = (node: INodeType) => {
		const name = typeName(node);
		nodeTypes.register(name, node);
		return name;
	};

	const makeWorkflow = (nodes: INode[], connections: Workflow['connectionsBySourceNode'], staticData?: IDataObject, id = 'wf-test') =>
		new Workflow({ id, name: 'CEC test', nodes, connections, active: false, nodeTypes, staticData: staticData ?? {}, settings: { executionOrder: 'v1' } });

	const runWorkflow: Harness['runWorkflow'] = async (nodes, connections, start, staticData) => {
		const workflow = makeWorkflow(nodes, connections, staticData);
		const data = additionalData();
		data.hooks = new ExecutionLifecycleHooks('manual', 'exec-test', { id: workflow.id, name: workflow.name, nodes, connections, active: false, settings: {}, createdAt: new Date(), updatedAt: new Date(), isArchived: false, activeVersionId: null } as never);
		const execute = new WorkflowExecute(data, 'manual');
		return await execute.run({ workflow, startNode: workflow.getNode(start) ?? undefined });
	};

	const runNode: Harness['runNode'] = async (node, parameters, items = [{}], options = {}) => {
		const type = register(node);
		const nodes: INode[] = [
			{ id: 'in', name: 'Input', type: 'test.input', typeVersion: 1, position: [0, 0], parameters: { items: JSON.stringify(items) } },
			{
				id: 'sut',
				name: 'CEC',
				type,
				typeVersion: Array.isArray(node.description.version) ? Math.max(...node.description.version) : node.description.version,
				position: [200, 0],
				parameters,
				credentials: credentialsFor(node, options.credentials),
				continueOnFail: options.continueOnFail,
				onError: options.continueOnFail ? 'continueRegularOutput' : undefined,
			},
		];
		const run = await runWorkflow(nodes, { Input: { main: [[{ node: 'CEC', type: 'main', index: 0 }]] } }, 'Input');
		const task = run.data.resultData.runData.CEC?.[0];
		const error = (task?.error ?? run.data.resultData.error) as NodeRunResult['error'];
		const outputs = (task?.data?.main ?? []).map((o) => o ?? []);
		return { run, outputs, error };
	};

	/** Each served webhook is its own workflow, as a restarted n8n would see a new process: triggers keep per-workflow memory in the process. */
	let webhookCount = 0;
	const singleNodeWorkflow = (node: INodeType, parameters: INodeParameters, credentialNames?: string[], staticData?: IDataObject, workflowId?: string) => {
		const type = register(node);
		const inode: INode = {
			id: 'sut',
			name: 'CEC',
			type,
			typeVersion: Array.isArray(node.description.version) ? Math.max(...node.description.version) : node.description.version,
			position: [0, 0],
			parameters,
			credentials: credentialsFor(node, credentialNames),
			webhookId: 'f0c1a7d2-cec0-4e55-9a55-000000000001',
		};
		const workflow = makeWorkflow([inode], {}, staticData, workflowId);
		return { workflow, inode: workflow.getNode('CEC') as INode };
	};

	const loadOptions: Harness['loadOptions'] = async (node, method, parameters, credentialType) => {
		const { workflow, inode } = singleNodeWorkflow(node, parameters, [credentialType]);
		const context = new LoadOptionsContext(workflow, inode, additionalData(), 'parameters');
		const fn = node.methods?.loadOptions?.[method];
		if (!fn) throw new Error(`${node.description.name} has no loadOptions.${method}`);
		return await fn.call(context);
	};

	const listSearch: Harness['listSearch'] = async (node, method, parameters, credentialType, filter, paginationToken) => {
		const { workflow, inode } = singleNodeWorkflow(node, parameters, [credentialType]);
		// As n8n's dynamic-parameters service does: the form's current values are readable by the method.
		const data = additionalData();
		data.currentNodeParameters = parameters;
		const context = new LoadOptionsContext(workflow, inode, data, 'parameters');
		const fn = node.methods?.listSearch?.[method];
		if (!fn) throw new Error(`${node.description.name} has no listSearch.${method}`);
		return await fn.call(context, filter, paginationToken);
	};

	const testCredential: Harness['testCredential'] = async (node, testName, credentialType, data) => {
		const fn = node.methods?.credentialTest?.[testName];
		if (!fn) throw new Error(`${node.description.name} has no credentialTest.${testName}`);
		const credential: ICredentialsDecrypted = { id: 'test', name: 'test', type: credentialType, data };
		return await fn.call(new CredentialTestContext(additionalData()), credential);
	};

	const trigger: Harness['trigger'] = async (node, parameters, options = {}) => {
		const { workflow, inode } = singleNodeWorkflow(node, parameters, options.credentials, options.staticData);
		const emitted: INodeExecutionData[][][] = [];
		const errors: Error[] = [];
		const waiters: Array<() => void> = [];
		const notify = () => waiters.splice(0).forEach((w) => w());
		const context = new TriggerContext(
			workflow,
			inode,
			additionalData(),
			options.mode ?? 'trigger',
			'activate',
			(data) => {
				emitted.push(data);
				notify();
			},
			(error) => {
				errors.push(error);
				notify();
			},
		);
		const response = await node.trigger!.call(context);
		return {
			emitted,
			errors,
			response,
			async waitFor(count, timeoutMs = 15000) {
				const deadline = Date.now() + timeoutMs;
				while (emitted.length < count) {
					if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${count} emissions, got ${emitted.length} (errors: ${errors.map((e) => e.message).join('; ')})`);
					await new Promise<void>((resolve) => {
						waiters.push(resolve);
						setTimeout(resolve, 50);
					});
				}
			},
			async close() {
				await response?.closeFunction?.();
			},
		};
	};

	const webhook: Harness['webhook'] = async (node, parameters, options = {}) => {
		const staticData = options.staticData ?? {};
		const { workflow, inode } = singleNodeWorkflow(node, parameters, options.credentials, staticData, `wf-webhook-${++webhookCount}`);
		const executions: INodeExecutionData[][][] = [];
		const server = http.createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (c: Buffer) => chunks.push(c));
			req.on('end', () => {
				void (async () => {
					const rawBody = Buffer.concat(chunks);
					const text = rawBody.toString('utf8');
					let body: unknown = {};
					// n8n parses JSON bodies before the node sees them; an unparsable one arrives raw.
					if (text) {
						try {
							body = JSON.parse(text);
						} catch {
							body = text;
						}
					}
					const url = new URL(req.url ?? '/', 'http://127.0.0.1');
					const expressReq = Object.assign(req, { body, rawBody, query: Object.fromEntries(url.searchParams), params: {} });
					const headersSent = () => res.headersSent;
					const expressRes = Object.assign(res, {
						status(code: number) {
							res.statusCode = code;
							return expressRes;
						},
						json(value: unknown) {
							if (!res.headersSent) res.setHeader('content-type', 'application/json; charset=utf-8');
							res.end(JSON.stringify(value));
							return expressRes;
						},
						send(value: unknown) {
							res.end(typeof value === 'string' || Buffer.isBuffer(value) ? value : JSON.stringify(value));
							return expressRes;
						},
						header(name: string, value: string) {
							res.setHeader(name, value);
							return expressRes;
						},
					});
					const data = additionalData();
					data.httpRequest = expressReq as never;
					data.httpResponse = expressRes as never;
					const webhookData: IWebhookData = {
						httpMethod: (req.method ?? 'POST') as IWebhookData['httpMethod'],
						node: inode.name,
						path: url.pathname,
						webhookDescription: (node.description.webhooks ?? [])[0] ?? ({ name: 'default', httpMethod: 'POST', path: '' } as never),
						workflowId: workflow.id,
						workflowExecuteAdditionalData: data,
					};
					const context = new WebhookContext(workflow, inode, data, options.mode ?? 'webhook', webhookData, [], null);
					try {
						const result = await node.webhook!.call(context);
						if (result.workflowData) executions.push(result.workflowData);
						// What n8n (1.x and 2.x, responseMode onReceived) sends when the node did not answer itself:
						// without workflowData the webhookResponse as JSON; with it the webhook description's
						// responseData, which defaults to the literal text "firstEntryJson".
						if (!headersSent() && result.noWebhookResponse !== true) {
							res.statusCode = 200;
							if (result.workflowData === undefined) {
								res.setHeader('content-type', 'application/json; charset=utf-8');
								res.end(JSON.stringify(result.webhookResponse ?? { message: 'Webhook call received' }));
							} else {
								const responseData = webhookData.webhookDescription.responseData ?? 'firstEntryJson';
								res.setHeader('content-type', typeof responseData === 'string' ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8');
								res.end(typeof responseData === 'string' ? responseData : JSON.stringify(responseData));
							}
						}
					} catch (error) {
						if (!headersSent()) {
							res.statusCode = 500;
							res.end(JSON.stringify({ message: (error as Error).message }));
						}
					}
				})();
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		return {
			url: `http://127.0.0.1:${port}/webhook/${inode.webhookId}`,
			executions,
			staticData: workflow.staticData as IDataObject,
			workflow,
			node: inode,
			close: async () => await new Promise<void>((resolve) => server.close(() => resolve())),
		};
	};

	return { nodeTypes, credentials: store, additionalData, runNode, runWorkflow, loadOptions, listSearch, testCredential, trigger, webhook };
}

/** Credentials of every type pointing at a simulator. */
export function simulatorCredentials(sim: { url: string; credentials: object }): Record<string, ICredentialDataDecryptedObject> {
	// A Simulator's SimCredentials also holds agent and admin lists; only its string fields are read here.
	const k = sim.credentials as Record<string, string>;
	return {
		huaweiCecApiFabricApi: { baseUrl: sim.url, appKey: k.appKey, appSecret: k.appSecret, lifetimeSeconds: 600, allowUnauthorizedCerts: false, timeout: 10000 },
		huaweiCecAkSkApi: { baseUrl: sim.url, accessKey: k.ak, secretKey: k.sk, allowUnauthorizedCerts: false, timeout: 10000 },
		huaweiCecOiapApi: { baseUrl: sim.url, appKey: k.oiapAppKey, appSecret: k.oiapAppSecret, allowUnauthorizedCerts: false, timeout: 10000 },
		huaweiCecAgentGatewayApi: { baseUrl: sim.url, agentId: 101, password: 'Agent@123', phoneNumber: '7000101', authMode: 'dynamic', allowUnauthorizedCerts: false, timeout: 10000 },
		huaweiCecGatewayConfigApi: { baseUrl: sim.url, agentId: 101, password: 'Admin@123', allowUnauthorizedCerts: false, timeout: 10000 },
		huaweiCecSiaApi: { baseUrl: sim.url, jwtPassword: k.siaJwt, domain: k.siaDomain, allowUnauthorizedCerts: false, timeout: 10000 },
		// The simulator signs release callbacks with this key (6.2.14.1 / 14.4.1); push-mode agents choose their own service token.
		huaweiCecCallbackApi: { appSecret: k.callbackKey ?? '', serviceToken: '' },
		// 6.2.13: the ITA app the simulator trusts (APIG App signature).
		huaweiCecItaApi: { baseUrl: sim.url, appKey: ITA_APP.appKey, appSecret: ITA_APP.appSecret, allowUnauthorizedCerts: false, timeout: 10000 },
		// The simulator's Udesk ccapi v2 account (udesk.cts).
		udeskCallCenterApi: { baseUrl: sim.url, sid: UDESK_SIM_ACCOUNT.sid, authToken: UDESK_SIM_ACCOUNT.authToken, appId: UDESK_SIM_ACCOUNT.appId, allowUnauthorizedCerts: false, timeout: 10000 },
	};
}
