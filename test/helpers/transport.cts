import { Container } from '@n8n/di';
import { OutboundHttp } from '@n8n/backend-network';
import type { ICredentialDataDecryptedObject, IHttpRequestOptions, INode } from 'n8n-workflow';
import { HuaweiCecAkSkApi } from '../../credentials/HuaweiCecAkSkApi.credentials';
import { HuaweiCecItaApi } from '../../credentials/HuaweiCecItaApi.credentials';
import { cecRequestWith, type CecCall } from '../../nodes/shared/transport/cecRequest';
import { n8nSend, type CecContext, type WireResponse } from '../../nodes/shared/transport/wire';
import type { CredentialTypeName } from '../../nodes/shared/auth/strategies';

/**
 * The transport wired to n8n's own outbound HTTP stack (the axios layer n8n-core's
 * httpRequest uses), with the C2 credential's authenticate applied the way n8n's
 * httpRequestWithAuthentication applies it. Nothing of the pack is replaced.
 */
const request = async (options: IHttpRequestOptions): Promise<unknown> =>
	// backend-network types against its own n8n-workflow copy; the options object is the same shape.
	await Container.get(OutboundHttp).requests().request(options as Parameters<ReturnType<OutboundHttp["requests"]>["request"]>[0]);

/** The credentials whose own `authenticate` signs requests. */
const SIGNERS: Record<string, HuaweiCecAkSkApi | HuaweiCecItaApi> = { huaweiCecAkSkApi: new HuaweiCecAkSkApi(), huaweiCecItaApi: new HuaweiCecItaApi() };

export const TEST_NODE: INode = { id: 'test', name: 'CEC Test', type: 'n8n-nodes-huawei-cec.test', typeVersion: 1, position: [0, 0], parameters: {} };

export function helperContext(credentials: ICredentialDataDecryptedObject): CecContext {
	return {
		helpers: {
			httpRequest: request,
			httpRequestWithAuthentication: async (type: string, options: IHttpRequestOptions) => {
				const signer = SIGNERS[type];
				if (!signer) throw new Error(`no authenticate for ${type}`);
				return await request(await signer.authenticate(credentials, options));
			},
		},
		getNode: () => TEST_NODE,
		getCredentials: async () => credentials,
	} as unknown as CecContext;
}

export async function call(credentialType: CredentialTypeName, credentials: ICredentialDataDecryptedObject, cecCall: CecCall): Promise<WireResponse> {
	return await cecRequestWith({ send: n8nSend(helperContext(credentials)), node: TEST_NODE, credentialType, credentials, wait: async () => undefined }, cecCall);
}
