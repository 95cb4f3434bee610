import type { ImportedCredential, WorkflowJson } from './n8n.cjs';

export interface SimulatorLike {
	url: string;
	credentials: Record<string, any>;
	udesk?: { account: { sid: string; authToken: string; appId: string } };
}
export declare const TENCENT_SANDBOX: { user: string; password: string; mappingSecret: string };
export declare function sandboxCredentials(sim: SimulatorLike): ImportedCredential[];
export declare function bindCredentials<T extends WorkflowJson>(workflow: T, credentials: ImportedCredential[]): T;
export declare function exampleWorkflows(credentials: ImportedCredential[]): Array<{ file: string; workflow: WorkflowJson }>;
export declare function packCredentialTypes(): string[];
export declare function packNodeTypes(): string[];
export declare function credentialId(type: string): string;
export declare function credentialTypeOf(entry: string): string;
