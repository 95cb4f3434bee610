import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { CREDENTIAL_TYPES, type CredentialTypeName } from '../shared/auth/strategies';
import { isAiToolCall, refuseAsAiTool } from '../shared/aiTools';
import { runPerItem } from '../shared/items';
import { testAgentGatewayCredential, testAkSkCredential, testGatewayConfigCredential } from '../shared/credentialTests';
import { INTERFACES } from '../shared/registry/interfaces';
import type { AuthMode, InterfaceRef } from '../shared/registry/types';
import { cecRequest } from '../shared/transport/cecRequest';
import { binaryItem } from '../shared/registry/execute';
import { pathValueProblem } from '../shared/registry/validate';

type CredentialMode = Exclude<AuthMode, 'none' | 'other' | 'UDESK'>;

const MODE_LABELS: Record<CredentialMode, string> = {
	C1: 'C1 API Fabric Token',
	C2: 'C2 AK/SK Signature',
	C3: 'C3 OIAP Token',
	C4: 'C4 Agent Gateway (GUID)',
	C5: 'C5 Gateway Configuration',
	SIA: 'SIA Token (Knowledge Base)',
};

/** Sections whose calls create or end the agent session themselves (6.1.1). */
const SIGN_IN_SECTIONS = new Set(['6.1.1.1', '6.1.1.2', '6.1.1.23']);
const SIGN_OUT_SECTIONS = new Set(['6.1.1.18', '6.1.1.19', '6.1.1.20']);

/** Reads never change state, so they are safe to retry; the titles of the reference say which they are. */
export function isQuery(ref: InterfaceRef): boolean {
	return ref.method === 'GET' || /^(Query|Querying|Obtain|Obtaining|Getting|Checking|Downloading)\b/i.test(ref.title);
}

/**
 * Calls any request interface of the CEC 2.5 reference with a raw JSON body: the documented
 * method, path and authentication, for interfaces that have no typed operation yet or when a
 * server expects a body shape the typed operations do not send.
 */
export class HuaweiCec implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC',
		name: 'huaweiCec',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["interface"]}}',
		description: 'Call any Huawei CEC (AICC 2.5) interface with the right authentication',
		defaults: { name: 'Huawei CEC' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'huaweiCecApiFabricApi', required: true, displayOptions: { show: { authentication: ['C1'] } } },
			{ name: 'huaweiCecAkSkApi', required: true, displayOptions: { show: { authentication: ['C2'] } }, testedBy: 'testAkSk' },
			{ name: 'huaweiCecOiapApi', required: true, displayOptions: { show: { authentication: ['C3'] } } },
			{ name: 'huaweiCecAgentGatewayApi', required: true, displayOptions: { show: { authentication: ['C4'] } }, testedBy: 'testAgentGateway' },
			{ name: 'huaweiCecGatewayConfigApi', required: true, displayOptions: { show: { authentication: ['C5'] } }, testedBy: 'testGatewayConfig' },
			{ name: 'huaweiCecSiaApi', required: true, displayOptions: { show: { authentication: ['SIA'] } } },
		],
		properties: [
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: (Object.keys(MODE_LABELS) as CredentialMode[]).map((mode) => ({ name: MODE_LABELS[mode], value: mode })),
				default: 'C1',
				description: 'The authentication mode of chapter 4 that the interface uses',
			},
			{
				displayName: 'Interface Name or ID',
				name: 'interface',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getInterfaces', loadOptionsDependsOn: ['authentication'] },
				default: '',
				required: true,
				description:
					'The interface, by doc section. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Path Parameters',
				name: 'pathParameters',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				default: {},
				placeholder: 'Add Path Parameter',
				description: 'Values for the {placeholders} of the path. For agent interfaces, {agentid} defaults to the agent of the credential.',
				options: [
					{
						displayName: 'Parameter',
						name: 'parameter',
						values: [
							{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Placeholder name as printed in the path, e.g. vdnId' },
							{ displayName: 'Value', name: 'value', type: 'string', default: '' },
						],
					},
				],
			},
			{
				displayName: 'Query Parameters',
				name: 'queryParameters',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				default: {},
				placeholder: 'Add Query Parameter',
				options: [
					{
						displayName: 'Parameter',
						name: 'parameter',
						values: [
							{ displayName: 'Name', name: 'name', type: 'string', default: '' },
							{ displayName: 'Value', name: 'value', type: 'string', default: '' },
						],
					},
				],
			},
			{
				displayName: 'Body (JSON)',
				name: 'jsonBody',
				type: 'json',
				default: '',
				description: 'The request body exactly as the interface documents it. Leave empty for none.',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Concurrency',
						name: 'concurrency',
						type: 'number',
						typeOptions: { minValue: 1, maxValue: 64 },
						default: 5,
						description: 'How many items are sent at the same time',
					},
					{
						displayName: 'Retry State Changes',
						name: 'retryStateChanges',
						type: 'boolean',
						default: false,
						description:
							'Whether to retry creates and other state changes on network errors, 429 and 502-504 too. Queries are always retried. Only turn on when a repeat cannot do harm.',
					},
					{
						displayName: 'Sign In Automatically',
						name: 'autoSignIn',
						type: 'boolean',
						default: false,
						displayOptions: { show: { '/authentication': ['C4'] } },
						description: 'Whether to sign the agent in (never forced) when it has no session, or once when its session expired',
					},
					{
						displayName: 'OIAP Token Location',
						name: 'oiapTokenIn',
						type: 'options',
						options: [
							{ name: 'Body (AuthToken Field)', value: 'body' },
							{ name: 'Headers (Appkey and AuthToken)', value: 'header' },
						],
						default: 'body',
						displayOptions: { show: { '/authentication': ['C3'] } },
						description: 'Where the interface expects the OIAP token: the body for tenants, the headers for 10.22',
					},
				],
			},
		],
	};

	methods = {
		loadOptions: {
			async getInterfaces(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
				const mode = this.getCurrentNodeParameter('authentication') as string;
				return INTERFACES.filter((ref) => ref.auth === mode).map((ref) => ({
					name: `${ref.section} ${ref.title}${ref.deprecated ? ' (legacy)' : ''}`,
					value: ref.section,
					description: `${ref.method} ${ref.path}`,
				}));
			},
		},
		credentialTest: {
			testAgentGateway: testAgentGatewayCredential,
			testAkSk: testAkSkCredential,
			testGatewayConfig: testGatewayConfigCredential,
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const mode = this.getNodeParameter('authentication', 0) as CredentialMode;
		const credentialType: CredentialTypeName = CREDENTIAL_TYPES[mode];
		return await runPerItem(this, async (itemIndex): Promise<INodeExecutionData[]> => {
			const section = String(this.getNodeParameter('interface', itemIndex));
			const ref = INTERFACES.find((candidate) => candidate.section === section);
			if (!ref) throw new NodeOperationError(this.getNode(), `Interface: no request interface has section "${section}"`, { itemIndex });
			// Any interface with any body is too much power for an agent: as a tool, this node only reads.
			if (isAiToolCall(this) && !isQuery(ref)) refuseAsAiTool(this, `${section} ${ref.title}`, 'as an AI tool the Huawei CEC node only runs queries; use a typed node for changes', itemIndex);
			if (ref.auth !== mode) {
				throw new NodeOperationError(this.getNode(), `Interface: ${section} uses ${ref.auth} authentication, not ${mode}`, { itemIndex });
			}
			const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			const pathValues = Object.fromEntries(
				((this.getNodeParameter('pathParameters.parameter', itemIndex, []) as IDataObject[]) ?? []).map((p) => [String(p.name), p.value]),
			);
			const query = Object.fromEntries(
				((this.getNodeParameter('queryParameters.parameter', itemIndex, []) as IDataObject[]) ?? []).map((p) => {
					// String() would send "[object Object]"; the interface's own JSON text is the user's to write.
					if (typeof p.value === 'object' && p.value !== null) {
						const kind = Array.isArray(p.value) ? 'a list' : 'an object';
						throw new NodeOperationError(this.getNode(), `Query Parameters: "${String(p.name)}" must be text or a number, not ${kind}`, {
							itemIndex,
							description: 'To send JSON text, convert it in the expression, e.g. {{ JSON.stringify($json.filter) }}.',
						});
					}
					return [String(p.name), p.value === undefined || p.value === null ? '' : String(p.value)];
				}),
			);
			const credentials = mode === 'C4' ? await this.getCredentials(credentialType) : undefined;
			const path = ref.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
				const value = pathValues[name] ?? (credentials && name.toLowerCase() === 'agentid' ? String(credentials.agentId) : undefined);
				if (value === undefined || value === null || value === '') {
					throw new NodeOperationError(this.getNode(), `Path Parameters: "${name}" is required by ${ref.path}`, { itemIndex });
				}
				const problem = pathValueProblem(value);
				if (problem) throw new NodeOperationError(this.getNode(), `Path Parameters: "${name}" ${problem}`, { itemIndex, description: `${section} ${ref.method} ${ref.path}` });
				return encodeURIComponent(String(value));
			});
			const rawBody = this.getNodeParameter('jsonBody', itemIndex, '') as string | IDataObject;
			let body: unknown;
			if (typeof rawBody === 'string') {
				if (rawBody.trim() !== '') {
					try {
						body = JSON.parse(rawBody);
					} catch (error) {
						throw new NodeOperationError(this.getNode(), `Body (JSON): not valid JSON (${(error as Error).message})`, { itemIndex });
					}
				}
			} else {
				body = rawBody;
			}
			const response = await cecRequest(this, credentialType, {
				method: ref.method,
				path,
				query,
				body,
				idempotent: isQuery(ref),
				retryStateChanges: options.retryStateChanges === true,
				autoSignIn: options.autoSignIn === true,
				oiapTokenIn: options.oiapTokenIn === 'header' ? 'header' : 'body',
				session: SIGN_IN_SECTIONS.has(section) ? 'signIn' : SIGN_OUT_SECTIONS.has(section) ? 'signOut' : 'use',
				family: ref.family,
				section,
				encoding: ref.binary ? 'stream' : undefined,
				itemIndex,
			});
			if (ref.binary) {
				const operation = `download${section.replace(/\./g, '_')}`;
				return [await binaryItem(this, { section, method: ref.method, path: ref.path, family: ref.family, operation, result: { binary: true } }, response, itemIndex)];
			}
			const json = response.body && typeof response.body === 'object' ? (response.body as IDataObject) : { data: response.body as string };
			return [{ json, pairedItem: { item: itemIndex } }];
		});
	}
}
