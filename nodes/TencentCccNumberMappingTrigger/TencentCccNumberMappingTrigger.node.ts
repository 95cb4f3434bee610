import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IHookFunctions, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { deriveMappingKeys, idToNumber, numberToId, type MappingOptions } from '../shared/tencent/numberMapping';
import { basicAuthOk, failure, MAPPING_CODES, parseMappingRequest, testMappingCredential, type MappingAnswer, type MappingRequest } from '../shared/tencent/mappingRequest';
import { requestJson, type RequestLike } from '../shared/webhook/pipeline';
import { withNativeResolvers, WEBHOOK_TRIGGER_DEFAULT_VERSION, WEBHOOK_TRIGGER_VERSIONS } from '../shared/webhook/description';

const CREDENTIAL = 'tencentCccNumberMappingApi';

/**
 * Tencent Cloud Contact Center, "Mapping to User ID Protection": the contact center POSTs
 * {"Numbers": [...], "Mode": "PhoneToUID" | "UIDToPhone"} with Basic auth and expects
 * {"Code": 0, "Results": [{"Key", "Value"}]}. The answer is either computed here (encrypted,
 * stateless IDs) or by the workflow (its last node, or a Respond to Webhook node).
 */
export class TencentCccNumberMappingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Tencent CCC Number Mapping Trigger',
		name: 'tencentCccNumberMappingTrigger',
		icon: { light: 'file:../../icons/tencentCcc.svg', dark: 'file:../../icons/tencentCcc.dark.svg' },
		group: ['trigger'],
		version: WEBHOOK_TRIGGER_VERSIONS,
		defaultVersion: WEBHOOK_TRIGGER_DEFAULT_VERSION,
		subtitle: '={{$parameter["answer"] === "builtIn" ? "Built-in mapping" : "Mapping from the workflow"}}',
		description: 'Answers Tencent Cloud Contact Center number mapping requests (PhoneToUID, UIDToPhone) so agents see user IDs instead of real numbers',
		defaults: { name: 'Tencent CCC Number Mapping Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'tencentCccNumberMappingApi', required: true, testedBy: 'testTencentCccNumberMappingApi' }],
		webhooks: [
			withNativeResolvers(
				{
					name: 'default',
					httpMethod: 'POST',
					responseMode: '={{$parameter["answer"] === "workflow" ? $parameter["responseMode"] : "onReceived"}}',
					// From the workflow: its first item's JSON (or a Respond to Webhook node). Built in: the node answers itself.
					responseData: 'firstEntryJson',
					path: 'tencent-ccc/number-mapping',
				},
				{ responseMode: (parameters) => (parameters.answer === 'workflow' ? parameters.responseMode : 'onReceived') },
			),
		],
		properties: [
			{
				displayName:
					'Enter the Production URL above, with the credential\'s username and password, as the mapping interface in the contact center (Telephone Agent Settings > General Settings > Actual number mapped to user ID). Requests without those Basic auth credentials are answered 401.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Answer',
				name: 'answer',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Built In (Encrypted IDs)',
						value: 'builtIn',
						description: 'IDs are the number encrypted with the credential\'s mapping key: no storage, same ID on every n8n process',
					},
					{
						name: 'From the Workflow',
						value: 'workflow',
						description: 'The workflow computes the mapping (a CRM lookup, a data table...) and answers',
					},
				],
				default: 'builtIn',
			},
			{
				displayName:
					'The workflow gets one item per number: {"Mode", "Key"}. Its answer must be {"Code": 0, "Results": [{"Key": number or ID, "Value": ID or [country code + number]}]}: end it with the Tencent CCC Number Mapping node (Build Answer), which checks that shape and answers Code 5 with a log line when the workflow got it wrong.',
				name: 'workflowNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { answer: ['workflow'] } },
			},
			{
				displayName: 'Respond',
				name: 'responseMode',
				type: 'options',
				options: [
					{ name: 'When Last Node Finishes', value: 'lastNode', description: 'The first item of the last node is the answer' },
					{ name: "Using 'Respond to Webhook' Node", value: 'responseNode', description: 'A Respond to Webhook node sends the answer' },
				],
				default: 'lastNode',
				displayOptions: { show: { answer: ['workflow'] } },
			},
			{
				displayName: 'Default Country Code',
				name: 'defaultCountryCode',
				type: 'string',
				default: '86',
				displayOptions: { show: { answer: ['builtIn'] } },
				description: 'Country code (digits, without 00 or +) of numbers that come without one. UIDToPhone answers [country code + number], e.g. 008613988888888.',
			},
			{
				displayName: 'Visible Digits',
				name: 'visibleDigits',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 6 },
				default: 3,
				displayOptions: { show: { answer: ['builtIn'] } },
				description: 'How many leading digits of the national number stay readable at the start of the ID (e.g. 139…). Changing it makes earlier IDs unreadable.',
			},
			{
				displayName: 'Run Workflow',
				name: 'runWorkflow',
				type: 'boolean',
				default: true,
				displayOptions: { show: { answer: ['builtIn'] } },
				description: 'Whether each request also starts the workflow (one item per mapped number), e.g. for logging. The answer does not wait for it.',
			},
		],
	};

	methods = { credentialTest: { testTencentCccNumberMappingApi: testMappingCredential } };

	/**
	 * The URL is entered in the contact center's settings by hand (there is no API to register it):
	 * nothing to create or delete. Activation checks what the built-in mapping needs, so a missing
	 * secret fails the activation with the reason instead of every request later.
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				if (this.getNodeParameter('answer', 'builtIn') !== 'builtIn') return true;
				const credentials = await this.getCredentials(CREDENTIAL);
				if (String(credentials.mappingSecret ?? '').length < 16) {
					throw new NodeOperationError(this.getNode(), 'The built-in mapping needs a Mapping Secret of at least 16 characters in the credential', {
						description: 'Set it in the Tencent CCC Number Mapping API credential, or let the workflow answer ("From the Workflow").',
					});
				}
				if (!/^[1-9]\d{0,3}$/.test(countryCodeOf(this))) throw new NodeOperationError(this.getNode(), 'Default Country Code must be 1 to 4 digits, e.g. 86');
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject();
		const credentials = await this.getCredentials(CREDENTIAL);
		if (!basicAuthOk(request.headers as IDataObject, credentials)) {
			this.logger.warn('Tencent CCC number mapping: request refused (HTTP 401): wrong or missing Basic auth credentials');
			return answerWith(this, 401, failure(MAPPING_CODES.unauthorized, 'Unauthorized'), { 'WWW-Authenticate': 'Basic realm="Tencent CCC number mapping", charset="UTF-8"' });
		}
		const json = await requestJson(request as unknown as RequestLike);
		const parsed = 'body' in json ? parseMappingRequest(json.body) : json.message;
		if (typeof parsed === 'string') {
			this.logger.warn(`Tencent CCC number mapping: request refused (Code ${MAPPING_CODES.badRequest}): ${parsed}`);
			return answerWith(this, 400, failure(MAPPING_CODES.badRequest, parsed));
		}
		if (this.getNodeParameter('answer', 'builtIn') === 'workflow') {
			return { workflowData: [parsed.Numbers.map((key) => ({ json: { Mode: parsed.Mode, Key: key } }))] };
		}
		// Built in: the answer is written here, before any workflow runs, as the CEC triggers do (n8n
		// would otherwise send its own text instead of webhookResponse when a workflow starts).
		const answer = builtInAnswer(this, parsed, String(credentials.mappingSecret ?? ''));
		if (answer.Code !== MAPPING_CODES.ok) this.logger.warn(`Tencent CCC number mapping: ${parsed.Mode} answered Code ${answer.Code}: ${answer.Message ?? ''}`);
		const answered = answerWith(this, 200, answer);
		if (answer.Code !== MAPPING_CODES.ok || this.getNodeParameter('runWorkflow', true) !== true) return answered;
		return { ...answered, workflowData: [answer.Results.map((r) => ({ json: { Mode: parsed.Mode, Key: r.Key, Value: r.Value } }))] };
	}
}

/** Writes the mapping answer (or a refusal) through the response object; n8n then sends nothing of its own. */
function answerWith(ctx: IWebhookFunctions, status: number, body: MappingAnswer, headers: Record<string, string> = {}): IWebhookResponseData {
	const res = ctx.getResponseObject();
	for (const [name, value] of Object.entries(headers)) res.header(name, value);
	res.status(status).json(body);
	return { noWebhookResponse: true };
}

/** The Default Country Code option, without a leading + or 00. */
function countryCodeOf(ctx: IWebhookFunctions | IHookFunctions): string {
	return String(ctx.getNodeParameter('defaultCountryCode', '86')).trim().replace(/^(\+|00)/, '');
}

function builtInAnswer(ctx: IWebhookFunctions, request: MappingRequest, mappingKey: string): MappingAnswer {
	if (mappingKey.length < 16) return failure(MAPPING_CODES.badRequest, 'The built-in mapping needs a mapping secret of at least 16 characters in the credential');
	const options: MappingOptions = {
		defaultCountryCode: countryCodeOf(ctx),
		visibleDigits: Math.max(0, Math.min(6, Math.trunc(Number(ctx.getNodeParameter('visibleDigits', 3))))),
	};
	if (!/^[1-9]\d{0,3}$/.test(options.defaultCountryCode)) return failure(MAPPING_CODES.badRequest, 'Default Country Code must be 1 to 4 digits, e.g. 86');
	const keys = deriveMappingKeys(mappingKey);
	const results: MappingAnswer['Results'] = [];
	for (const key of request.Numbers) {
		if (request.Mode === 'PhoneToUID') {
			try {
				results.push({ Key: key, Value: numberToId(key, keys, options) });
			} catch (error) {
				return failure(MAPPING_CODES.badNumber, (error as Error).message);
			}
		} else {
			const number = idToNumber(key, keys, options);
			if (number === undefined) return failure(MAPPING_CODES.badId, `"${key}" is not an ID of this mapping (other key or Visible Digits setting, or altered)`);
			results.push({ Key: key, Value: number });
		}
	}
	return { Code: MAPPING_CODES.ok, Results: results };
}
