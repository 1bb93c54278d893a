/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: {
		// Type-checking happens once in `npm run typecheck`; jest only transpiles, which keeps
		// the suite fast on a 2-core machine.
		'^.+\\.ts$': ['ts-jest', { diagnostics: false, tsconfig: { isolatedModules: true } }],
	},
	testTimeout: 30000,
	// Many suites start loopback servers or a real redis-server: keep workers at the core count.
	maxWorkers: 2,
};
