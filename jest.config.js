/**
 * Two projects: `unit` (everything in-process: signer, transport, registry, simulator, n8n-core
 * workflows, triggers) and `e2e` (a real n8n started from .cache/n8n, see scripts/e2e/). `npm test`
 * runs both; `npm run test:e2e` only the second. E2E_N8N_VERSIONS (comma-separated) selects the
 * n8n versions the e2e suite runs on (default 2.41.1; `npm run test:e2e:all` sets both).
 * @type {import('jest').Config}
 */
const shared = {
	testEnvironment: 'node',
	moduleFileExtensions: ['ts', 'cts', 'js', 'cjs', 'json'],
	transform: { '^.+\\.c?ts$': ['ts-jest', { isolatedModules: true, tsconfig: 'tsconfig.json' }] },
	resolver: '<rootDir>/test/resolver.cjs',
};

module.exports = {
	testTimeout: 60000,
	projects: [
		{
			...shared,
			displayName: 'unit',
			roots: ['<rootDir>/test'],
			testMatch: ['**/*.test.cts'],
			testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
		},
		{
			...shared,
			displayName: 'e2e',
			roots: ['<rootDir>/test/e2e'],
			testMatch: ['**/*.test.cts'],
			// Long timeouts (n8n install on first run, start, CLI commands) are set in the e2e files.
		},
	],
};
