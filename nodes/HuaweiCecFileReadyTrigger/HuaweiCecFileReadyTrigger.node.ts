import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeExecutionData, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { describeCode } from '../shared/codes';
import { testAkSkCredential } from '../shared/credentialTests';
import { cecRequest } from '../shared/transport/cecRequest';
import { headerOf, readBody } from '../shared/transport/wire';
import { CDR_READY, FILE_READY_FAMILY } from '../shared/webhook/callbacks';
import {
	callbackOptions,
	callbackWebhooks,
	secretCheckProperties,
	callbackWebhookMethods,
	verifySignatureProperty,
	WEBHOOK_TRIGGER_DEFAULT_VERSION,
	WEBHOOK_TRIGGER_VERSIONS,
} from '../shared/webhook/description';
import { handleCallback } from '../shared/webhook/pipeline';

/** Where each ready file is fetched: 13.2.1.3 for 13.2.1.2's CDR/recording index, 13.2.1.7 for 13.2.1.6's agent-operation index. */
const DOWNLOADS = {
	cdrAndRecordingIndexReady: { section: '13.2.1.3', path: '/CCFS/resource/ccfs/downloadBillFile', field: 'billFileName' },
	agentOperationIndexReady: { section: '13.2.1.7', path: '/CCFS/resource/ccfs/downloadAgentOprInfoFile', field: 'agentOprInfoFileName' },
} as const;

async function downloadReadyFiles(this: IWebhookFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	if (this.getNodeParameter('download', false) !== true) return items;
	const property = String(this.getNodeParameter('binaryPropertyName', 'data'));
	const out: INodeExecutionData[] = [];
	for (const item of items) {
		const event = String(item.json.event) as keyof typeof DOWNLOADS;
		const target = DOWNLOADS[event] ?? DOWNLOADS[CDR_READY.event as keyof typeof DOWNLOADS];
		const fileName = String(item.json.fileName);
		try {
			const response = await cecRequest(this, 'huaweiCecAkSkApi', {
				method: 'POST',
				path: target.path,
				body: { request: { version: '2.0' }, msgBody: { [target.field]: fileName } },
				encoding: 'stream',
				idempotent: true,
				family: 'ccfs',
				section: target.section,
			});
			// CC-FS answers a failed download with HTTP 200 and a JSON result instead of the ZIP.
			if (/json/i.test(headerOf(response.headers, 'content-type') ?? '')) {
				const result = JSON.parse((await readBody(response.body)).toString('utf8')) as { resultCode?: string; resultDesc?: string };
				const code = String(result.resultCode ?? '');
				const meaning = describeCode('ccfs', code, target.section) ?? result.resultDesc ?? 'unknown error';
				out.push({ json: { ...item.json, downloadError: `${target.section} refused the download: ${meaning} (resultCode ${code})` } });
				continue;
			}
			// Streamed into n8n's binary data store: an index ZIP never has to fit in memory.
			const binary = await this.helpers.prepareBinaryData(response.body as Parameters<IWebhookFunctions['helpers']['prepareBinaryData']>[0], fileName, 'application/zip');
			out.push({ json: item.json, binary: { [property]: binary } });
		} catch (error) {
			// CEC already has its answer and will not call again: the workflow gets the record and the reason.
			out.push({ json: { ...item.json, downloadError: (error as Error).message } });
		}
	}
	return out;
}

/**
 * 13.2.1.2 / 13.2.1.6 ready callbacks of CC-FS: {request:{version}, msgBody:{responseId, file name}},
 * signed with auth-v2 (4.3) by the same AK/SK the generate request used, so the C2 credential verifies
 * it and, optionally, downloads the file.
 */
export class HuaweiCecFileReadyTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei CEC File Ready Trigger',
		name: 'huaweiCecFileReadyTrigger',
		icon: { light: 'file:../../icons/huaweiCec.svg', dark: 'file:../../icons/huaweiCec.dark.svg' },
		group: ['trigger'],
		version: WEBHOOK_TRIGGER_VERSIONS,
		defaultVersion: WEBHOOK_TRIGGER_DEFAULT_VERSION,
		subtitle: 'CDR and agent-operation files ready (13.2.1.2 / 13.2.1.6)',
		description: 'Starts a workflow when CC-FS has generated a CDR/recording index or agent-operation index file, and can download it',
		defaults: { name: 'Huawei CEC File Ready Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'huaweiCecAkSkApi', required: true, testedBy: 'testAkSk' }],
		webhooks: callbackWebhooks('file-ready'),
		properties: [
			{
				displayName:
					'Copy the Production URL above into the <b>callbackURL</b> of Generate CDRs and Recording Indexes (13.2.1.2) or Generate Indexes of Agent Operation Details (13.2.1.6). CC-FS signs the callback with auth-v2 using the AK/SK of the request, so use the same C2 credential here. For HTTPS, CC-FS must trust the certificate of n8n (see 13.2.1.2, truststore.jks).',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			verifySignatureProperty(
				'Verify Signature (Auth V2)',
				'Whether the auth-v2 Authorization header must be valid for the AK/SK of the credential, over the received path, headers and body. Unsigned, forged and replayed callbacks are refused with HTTP 401.',
			),
			{
				displayName: 'Download File',
				name: 'download',
				type: 'boolean',
				default: false,
				description: 'Whether to download the ready ZIP (13.2.1.3 / 13.2.1.7) into binary data before the workflow starts. CEC gets its answer first.',
			},
			{
				displayName: 'Put Output File in Field',
				name: 'binaryPropertyName',
				type: 'string',
				default: 'data',
				displayOptions: { show: { download: [true] } },
				hint: 'The name of the output binary field to put the file in',
			},
			...secretCheckProperties('none', 'A reverse proxy that rewrites the path or Host breaks the auth-v2 signature; a secret check is the fallback then.'),
			callbackOptions([], true),
		],
	};

	webhookMethods = callbackWebhookMethods;

	methods = { credentialTest: { testAkSk: testAkSkCredential } };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleCallback.call(this, { family: FILE_READY_FAMILY, enrich: downloadReadyFiles });
	}
}
