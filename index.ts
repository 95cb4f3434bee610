/**
 * The package's public signing API, for Code nodes and other tools:
 *   const { signAuthV2, callbackSignature, verifyCallbackSignature } = require('n8n-nodes-huawei-cec');
 */
export {
	canonicalHeaders,
	canonicalQuery,
	canonicalRequest,
	formatAuthV2Timestamp,
	normalize,
	signAuthV2,
	signedHeaderNames,
} from './nodes/shared/auth/authV2';
export type { AuthV2Input } from './nodes/shared/auth/authV2';
export { callbackSignature, javaTreeMapString, verifyCallbackSignature } from './nodes/shared/auth/callbackSignature';
export type { CallbackSignatureInput } from './nodes/shared/auth/callbackSignature';
