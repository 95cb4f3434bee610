// Types of the plain-CommonJS PostgreSQL/Redis starters (services.cjs) for the TypeScript tests.
export interface RunningPostgres {
	host: string;
	port: number;
	user: string;
	password: string;
	database: string;
	logFile: string;
	/** Rows of a query in the database `n8n`, each an array of column texts. */
	query(sql: string): Promise<string[][]>;
	n8nEnv(): Record<string, string>;
	stop(): Promise<void>;
}

export interface RunningRedis {
	host: string;
	port: number;
	logFile: string;
	command(...words: string[]): Promise<string>;
	n8nEnv(): Record<string, string>;
	stop(): Promise<void>;
}

export declare function startPostgres(options?: { log?: (line: string) => void }): Promise<RunningPostgres>;
export declare function startRedis(options?: { log?: (line: string) => void }): Promise<RunningRedis>;
/** apt package names missing for the queue-mode suite (empty when everything is there). */
export declare function missingServices(): string[];
export declare function postgresBinDir(): string | undefined;
export declare function redisBin(): string | undefined;
