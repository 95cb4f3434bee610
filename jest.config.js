/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.cts'],
	moduleFileExtensions: ['ts', 'cts', 'js', 'cjs', 'json'],
	transform: { '^.+\\.c?ts$': ['ts-jest', { isolatedModules: true, tsconfig: 'tsconfig.json' }] },
	resolver: '<rootDir>/test/resolver.cjs',
	testTimeout: 60000,
};
