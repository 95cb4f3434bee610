// Types of the plain-CommonJS launcher (n8n.cjs) and sandbox fixtures (sandbox.cjs) for the TypeScript tests.
export interface CliResult {
	code: number;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
	ms: number;
}

export interface ImportedCredential {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

export interface WorkflowJson {
	id: string;
	name: string;
	nodes: Array<Record<string, any>>;
	connections: Record<string, unknown>;
	settings?: Record<string, unknown>;
	[key: string]: unknown;
}

export interface LaunchOptions {
	/** n8n version (default 2.41.1); installed into .cache/n8n/<version> when missing. */
	version?: string;
	/** Fixed port (must be free); default: a free one. */
	port?: number;
	/** Kept user folder (the sandbox); default: a fresh .cache/e2e-<pid>-<time>, removed by stop(). */
	userFolder?: string;
	keepUserFolder?: boolean;
	owner?: { email?: string; password?: string; firstName?: string; lastName?: string };
	credentials?: ImportedCredential[];
	workflows?: WorkflowJson[];
	/** Workflow ids to publish (2.x) / activate (1.x) before start. */
	publish?: string[];
	env?: Record<string, string>;
	startTimeoutMs?: number;
	log?: (line: string) => void;
}

export interface RunningN8n {
	version: string;
	url: string;
	port: number;
	userFolder: string;
	/** The only folder the file nodes may touch (N8N_RESTRICT_FILE_ACCESS_TO). */
	filesDir: string;
	logFile: string;
	readonly cookie: string;
	readonly apiKey: string;
	timings: Record<string, number>;
	owner: { email: string; password: string; firstName: string; lastName: string };
	nodeType(name: string): string;
	webhookUrl(path: string): string;
	cli(args: string[], opts?: { timeoutMs?: number }): Promise<CliResult>;
	execute(id: string, opts?: { timeoutMs?: number }): Promise<CliResult>;
	rest(method: string, route: string, body?: unknown): Promise<any>;
	api(method: string, route: string, body?: unknown): Promise<any>;
	request(method: string, route: string, opts?: { body?: unknown; headers?: Record<string, string>; auth?: 'cookie' | 'apiKey' | 'none'; raw?: boolean }): Promise<any>;
	login(owner: { email: string; password: string }): Promise<void>;
	waitForExecutions(workflowId: string, count: number, opts?: { timeoutMs?: number; status?: string }): Promise<any[]>;
	logTail(chars?: number): string;
	stop(): Promise<void>;
}

export declare function launchN8n(options?: LaunchOptions): Promise<RunningN8n>;
/** The environment of one n8n process (user folder, ports, no proxies, the shared encryption key); `extraEnv` wins. */
export declare function n8nEnv(options: { version: string; userFolder: string; port: number; brokerPort: number; filesDir: string; extraEnv: Record<string, string> }): Record<string, string>;
export declare function packTarball(): string;
export declare function installPack(nodesDir: string, tarball: string): string;
export declare function freePort(): Promise<number>;
export declare function portIsFree(port: number): Promise<boolean>;
export declare const DEFAULT_VERSION: string;
export declare const DEFAULT_OWNER: { email: string; password: string; firstName: string; lastName: string };
export declare const ENCRYPTION_KEY: string;
export declare const PACKAGE_NAME: string;
