/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.cts'],
	moduleFileExtensions: ['ts', 'cts', 'js', 'cjs', 'json'],
	transform: { '^.+\\.c?ts$': ['ts-jest', { isolatedModules: true, tsconfig: 'tsconfig.json' }] },
	// .cts sources import each other as './x.cjs' (Node's CommonJS TypeScript rule); jest resolves the source.
	moduleNameMapper: { '^(\\.{1,2}/.*)\\.cjs$': '$1' },
	testTimeout: 60000,
};
