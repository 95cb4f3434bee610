import { NodeOperationError } from 'n8n-workflow';
import type { ICredentialsDecrypted, ICredentialTestFunctions, IDataObject, IHookFunctions, INodeCredentialTestResult, INodeProperties, IWebhookDescription } from 'n8n-workflow';

/**
 * The parameters, webhook description and lifecycle every CEC callback trigger shares. The node
 * files only add what is theirs (a notice saying where the URL goes, event filters, downloads).
 */

/** Path secrets go into the URL: URL-safe characters only, long enough not to be guessed. */
const PATH_SECRET = /^[A-Za-z0-9_-]{16,128}$/;
const MIN_SECRET_LENGTH = 16;

/**
 * n8n 2.x reads a webhook description field without its expression engine, so without creating
 * a V8 isolate for every request, when the description holds a resolver for it under this global
 * symbol next to the exact template the resolver stands for, and the node's parameters hold no
 * expression. n8n 1.x ignores the key and evaluates the template. Each resolver computes what its
 * template computes (test/triggers/webhookDescriptions.test.cts compares both on n8n's engine).
 */
const WEBHOOK_RESOLVERS = Symbol.for('n8n.webhookDescriptionResolvers');

type ParameterResolver = (parameters: IDataObject) => unknown;

export function withNativeResolvers(description: IWebhookDescription, resolvers: Partial<Record<keyof IWebhookDescription, ParameterResolver>>): IWebhookDescription {
	const entries = Object.fromEntries(Object.entries(resolvers).map(([field, resolve]) => [field, { template: description[field as keyof IWebhookDescription], resolve }]));
	return Object.assign({ ...description }, { [WEBHOOK_RESOLVERS]: entries });
}

/**
 * Versions of the webhook triggers. They behave alike; what differs is n8n's handling. For a
 * version 1 node, n8n 2.x evaluates an expression on every request (the legacy Webhook node's
 * binaryData option) and so creates a V8 isolate per request; for 1.1 it does not, and it leaves
 * a body whose content type is not JSON, text, form or XML unread, which the pipeline then reads
 * itself (readUnparsedBody). Saved workflows keep version 1; new nodes get 1.1.
 */
export const WEBHOOK_TRIGGER_VERSIONS = [1, 1.1];
export const WEBHOOK_TRIGGER_DEFAULT_VERSION = 1.1;

/**
 * The webhook is always POST and answers as soon as the node returns (onReceived), so CEC gets its
 * answer before the workflow runs. With a path secret the URL ends with /{prefix}/{secret}, or
 * /{prefix}/{secret}/{suffix} for a callback whose fixed tail CEC appends itself (6.3.6).
 */
export function callbackWebhooks(prefix: string, suffix?: string): IWebhookDescription[] {
	const path = suffix
		? `={{$parameter["secretCheck"] === "pathSecret" ? "${prefix}/" + $parameter["pathSecret"] + "/${suffix}" : "${prefix}/${suffix}"}}`
		: `={{$parameter["secretCheck"] === "pathSecret" ? "${prefix}/" + $parameter["pathSecret"] : "${prefix}"}}`;
	const tail = suffix ? `/${suffix}` : '';
	const resolvePath = (parameters: IDataObject) => (parameters.secretCheck === 'pathSecret' ? `${prefix}/${String(parameters.pathSecret)}${tail}` : `${prefix}${tail}`);
	return [withNativeResolvers({ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path }, { path: resolvePath })];
}

export function secretCheckProperties(defaultCheck: 'none' | 'pathSecret', unsignedNote: string): INodeProperties[] {
	return [
		{
			displayName: 'Secret Check',
			name: 'secretCheck',
			type: 'options',
			options: [
				{ name: 'Header Secret', value: 'headerSecret', description: 'Requests must carry a header with a secret value (added by a reverse proxy in front of n8n)' },
				{ name: 'None', value: 'none', description: 'Accept any request that reaches the URL' },
				{ name: 'Secret Path Segment', value: 'pathSecret', description: 'The URL ends with a secret segment; other URLs are refused' },
			],
			default: defaultCheck,
			// Two sentences once the note is in: the final period belongs (n8n's static lint sees only the literal).
			description: [unsignedNote, 'This check lets through only the requests that prove they come from the sender.'].join(' '),
		},
		{
			displayName: 'Path Secret',
			name: 'pathSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: { show: { secretCheck: ['pathSecret'] } },
			description: 'At least 16 letters, digits, "-" or "_". It becomes the last segment of the webhook URL above; copy that URL into CEC.',
		},
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: 'X-CEC-Webhook-Secret',
			required: true,
			displayOptions: { show: { secretCheck: ['headerSecret'] } },
			description: 'CEC itself sends no custom header: a reverse proxy in front of n8n must add it',
		},
		{
			displayName: 'Header Secret',
			name: 'headerSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: { show: { secretCheck: ['headerSecret'] } },
			description: 'The value the header must carry (at least 16 characters)',
		},
	];
}

export function verifySignatureProperty(displayName: string, description: string): INodeProperties {
	return { displayName, name: 'verifySignature', type: 'boolean', default: true, description };
}

/**
 * Options every callback trigger has; `extra` adds node-specific ones (kept in alphabetical order by the caller).
 * `dedupe: false` for callbacks whose records have no identity (6.3.6): the option would do nothing.
 */
export function callbackOptions(extra: INodeProperties[], signed: boolean, dedupe = true): INodeProperties {
	const common: INodeProperties[] = [];
	if (dedupe) {
		common.push({
			displayName: 'Drop Duplicates',
			name: 'dropDuplicates',
			type: 'boolean',
			default: true,
			description:
				'Whether a record CEC delivers again (same identity, the same recordId) is acknowledged without starting the workflow again. The last 5,000 record identities are kept in the workflow static data. For exactly one effect per record, write with an upsert keyed by recordId.',
		});
	}
	if (signed) {
		common.push({
			displayName: 'Replay Window (Seconds)',
			name: 'replayWindowSeconds',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 86400 },
			default: 300,
			description: 'Signed requests whose timestamp is further from now than this are refused as replays (0 = no time check). Nonces seen within the window are refused too.',
		});
	}
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [...common, ...extra].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/**
 * checkExists for callbacks CEC has no registration API for: there is nothing to look up, so the
 * answer is "exists" once the configuration is usable; a bad one fails the activation here, with
 * the reason, instead of refusing every callback later.
 */
export function validateCallbackConfiguration(ctx: IHookFunctions): boolean {
	const mode = ctx.getNodeParameter('secretCheck', 'none') as string;
	if (mode === 'pathSecret' && !PATH_SECRET.test(String(ctx.getNodeParameter('pathSecret', '')))) {
		throw new NodeOperationError(ctx.getNode(), 'Path Secret must be 16 to 128 letters, digits, "-" or "_"', {
			description: 'It is the last segment of the webhook URL, so it must be URL-safe and long enough not to be guessed.',
		});
	}
	if (mode === 'headerSecret') {
		if (!String(ctx.getNodeParameter('headerName', '')).trim()) throw new NodeOperationError(ctx.getNode(), 'Header Name is required for the header secret check');
		if (String(ctx.getNodeParameter('headerSecret', '')).length < MIN_SECRET_LENGTH) {
			throw new NodeOperationError(ctx.getNode(), `Header Secret must have at least ${MIN_SECRET_LENGTH} characters`);
		}
	}
	return true;
}

/**
 * The lifecycle of every callback trigger. CEC has no API to register callback URLs (each node's
 * notice says where the URL is entered by hand), so create and delete have nothing to do, and
 * checkExists only validates the secret settings.
 */
export const callbackWebhookMethods = {
	default: {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			return validateCallbackConfiguration(this);
		},
		async create(this: IHookFunctions): Promise<boolean> {
			return true;
		},
		async delete(this: IHookFunctions): Promise<boolean> {
			return true;
		},
	},
};

/**
 * The callback credential holds keys CEC only ever uses to sign what it sends: there is no CEC
 * endpoint to try them against, so the test checks them against the documented rules.
 */
export async function testCallbackCredential(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
	const data = credential.data ?? {};
	const sharedKey = String(data.appSecret ?? '');
	const serviceToken = String(data.serviceToken ?? '');
	if (!sharedKey && !serviceToken) return { status: 'Error', message: 'Set the Shared Key (6.2.14.1 / 14.4.1), the Service Token (6.1.4.2), or both' };
	// 6.1.1.1: at most 50 characters, no special characters (otherwise sign-in answers 100-001).
	if (serviceToken && !/^[A-Za-z0-9_.-]{1,50}$/.test(serviceToken)) {
		return { status: 'Error', message: 'The Service Token must be at most 50 letters, digits, "_", "-" or "." (6.1.1.1 answers 100-001 otherwise)' };
	}
	return { status: 'OK', message: 'The values follow the documented rules. CEC has no endpoint to check them: send a test callback to be sure.' };
}
