// n8n's community-node lint rules, through @n8n/node-cli's shared config.
// The "without n8n Cloud support" variant: this package has runtime dependencies (luxon,
// chrono-node, libphonenumber-js, node-ical, a Redis client, @langchain/openai) that n8n Cloud's
// verified-node rules forbid; self-hosted n8n installs them through the community-node installer.
import { configWithoutCloudSupport } from '@n8n/node-cli/eslint';

export default [
	...configWithoutCloudSupport,
	{
		ignores: ['dist/**', 'node_modules/**', '.cache/**', 'coverage/**', 'gulpfile.js', 'jest.config.js'],
	},
	{
		files: ['package.json'],
		rules: {
			// The issue asks for maintained libraries over hand-written grammar (chrono-node for dates,
			// luxon for time zones, libphonenumber-js for E.164, an ICS parser, a Redis client).
			// Self-hosted n8n installs them with the package; bundling them would hide their licences
			// and versions from users' audits.
			'@n8n/community-nodes/no-runtime-dependencies': 'off',
		},
	},
	{
		// Capacity Check reads calendars through n8n's own Google Calendar and Microsoft Outlook
		// OAuth2 credentials, so ops teams reuse the connections they already have instead of
		// registering a second OAuth app; the same goes for n8n's Redis credential (named "redis",
		// hence no -Api suffix). Self-hosted n8n resolves them from n8n-nodes-base.
		files: ['nodes/CapacityCheck/CapacityCheck.node.ts'],
		rules: {
			'n8n-nodes-base/node-class-description-credentials-name-unsuffixed': 'off',
			'@n8n/community-nodes/no-credential-reuse': 'off',
			'@n8n/community-nodes/valid-credential-references': 'off',
		},
	},
	{
		files: ['**/*.ts'],
		rules: {
			// Unused parameters named with a leading underscore are implementations of a fixed
			// interface (n8n's abstract helpers), not mistakes.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
	{
		// Tests, benchmarks and scripts are not shipped: they talk to the console, start real
		// servers (redis-server) and worker processes, and evaluate credential templates on purpose.
		files: ['test/**/*.ts', 'scripts/**/*.ts'],
		rules: {
			'no-console': 'off',
			'@n8n/community-nodes/no-dangerous-functions': 'off',
		},
	},
];
