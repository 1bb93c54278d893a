/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: {
		// Type-checking happens once in `npm run typecheck`; jest only transpiles, which keeps
		// the suite fast on a 2-core machine.
		'^.+\\.ts$': ['ts-jest', { diagnostics: false, tsconfig: { isolatedModules: true } }],
		// The Form Trigger of n8n-nodes-base loads sanitize-html, whose htmlparser2 family is
		// ESM-only, as is change-case (HubSpot): n8n (Node 24) can require them, jest cannot, so jest
		// transpiles just those.
		'^.+\\.js$': [
			'ts-jest',
			{
				diagnostics: false,
				tsconfig: { isolatedModules: true, allowJs: true, module: 'commonjs' },
			},
		],
	},
	transformIgnorePatterns: [
		'/node_modules/(?!sanitize-html/node_modules/)(?!htmlparser2/|domhandler/|domutils/|dom-serializer/|domelementtype/|entities/|change-case/)',
	],
	testTimeout: 30000,
	// Many suites start loopback servers or a real redis-server: keep workers at the core count.
	maxWorkers: 2,
};
