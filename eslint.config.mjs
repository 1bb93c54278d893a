// n8n's community-node lint rules, through @n8n/node-cli's shared config, run by `npm run lint`
// and by `npx n8n-node lint`. package.json sets "n8n": { "strict": false } because the stock
// config must differ in the exceptions below, each narrowed to the files it concerns:
//
// 1. Credential reuse (CapacityCheck.node.ts): Capacity Check reads calendars through n8n's own
//    Google Calendar and Microsoft Outlook OAuth2 credentials and keeps rotation state through
//    n8n's Redis credential, so ops teams reuse the connections they already have instead of
//    registering a second OAuth app. Self-hosted n8n resolves them from n8n-nodes-base; this is
//    why the package is self-hosted only (README, "Compatibility").
// 2. usableAsTool (ConfidenceGate, CapacityCheck, EmailIntake, FunnelReport .node.ts): these route items
//    or change rotation state. An AI Agent reads only the first output of a tool call, so as tools
//    they would answer nothing for leads routed elsewhere while still counting assignments. The
//    Funnel Report summarises a period's funnel items, which an agent's tool call does not have.
//    Email Intake has two outputs, like the gate.
//    The Semantic Classifier and Intent Briefing are tools (one result per call).
//
// The "without n8n Cloud support" variant: n8n Cloud's verified-node rules forbid the credential
// reuse above. Runtime dependencies are not an exception any more: dist/ bundles what n8n does
// not ship (scripts/bundle-vendor.js), so package.json has no "dependencies".
import { configWithoutCloudSupport } from '@n8n/node-cli/eslint';

export default [
	...configWithoutCloudSupport,
	{
		ignores: [
			'dist/**',
			'node_modules/**',
			'.cache/**',
			'coverage/**',
			'tmp/**',
			'.n8n-e2e/**',
			'gulpfile.js',
			'jest.config.js',
			'scripts/**/*.js',
		],
	},
	{
		files: ['nodes/CapacityCheck/CapacityCheck.node.ts'],
		rules: {
			'n8n-nodes-base/node-class-description-credentials-name-unsuffixed': 'off',
			'@n8n/community-nodes/no-credential-reuse': 'off',
			'@n8n/community-nodes/valid-credential-references': 'off',
		},
	},
	{
		files: [
			'nodes/ConfidenceGate/ConfidenceGate.node.ts',
			'nodes/CapacityCheck/CapacityCheck.node.ts',
			'nodes/FunnelReport/FunnelReport.node.ts',
			'nodes/EmailIntake/EmailIntake.node.ts',
		],
		rules: {
			'@n8n/community-nodes/node-usable-as-tool': 'off',
		},
	},
	{
		files: ['**/*.ts'],
		rules: {
			// Unused parameters named with a leading underscore are implementations of a fixed
			// interface (n8n's abstract helpers), not mistakes.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
		},
	},
	{
		// Tests, benchmarks and scripts are not shipped: they talk to the console, start real
		// servers (redis-server) and worker processes, evaluate credential templates on purpose,
		// and define test-only node types (a fake agent, a fake chat model).
		files: ['test/**/*.ts', 'scripts/**/*.ts'],
		rules: {
			'no-console': 'off',
			'@n8n/community-nodes/no-dangerous-functions': 'off',
			'@n8n/community-nodes/node-usable-as-tool': 'off',
		},
	},
];
