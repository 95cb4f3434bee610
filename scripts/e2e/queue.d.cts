// Types of the plain-CommonJS queue-mode launcher (queue.cjs) for the TypeScript tests.
import type { ImportedCredential, RunningN8n, WorkflowJson } from './n8n.cjs';
import type { RunningPostgres, RunningRedis } from './services.cjs';

export interface QueueProcess {
	name: string;
	url: string;
	port: number;
	pid: number;
	logFile: string;
	logText(): string;
	stop(): Promise<void>;
}

export interface QueueLaunchOptions {
	version?: string;
	credentials?: ImportedCredential[];
	workflows?: WorkflowJson[];
	publish?: string[];
	/** Default 2 each. */
	workers?: number;
	webhooks?: number;
	/** Jobs one worker runs at once (`n8n worker --concurrency`), default 10. */
	workerConcurrency?: number;
	env?: Record<string, string>;
	log?: (line: string) => void;
	/** Servers the caller started and stops; default: started and stopped by the launcher. */
	postgres?: RunningPostgres;
	redis?: RunningRedis;
}

export interface RunningQueueN8n {
	version: string;
	main: RunningN8n;
	pg: RunningPostgres;
	redis: RunningRedis;
	workers: QueueProcess[];
	webhooks: QueueProcess[];
	webhookUrls: string[];
	timings: Record<string, number>;
	logs(): Array<{ name: string; file: string }>;
	stop(): Promise<void>;
}

export declare function launchQueueN8n(options?: QueueLaunchOptions): Promise<RunningQueueN8n>;
export declare function sharedQueueEnv(pg: RunningPostgres, redis: RunningRedis): Record<string, string>;
