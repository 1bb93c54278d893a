import type { INodeProperties } from 'n8n-workflow';

const storageOptions = [
	{
		name: 'Redis',
		value: 'redis',
		description:
			"For queue mode, with workers on several hosts: n8n's Redis credential, one atomic script per lead",
	},
	{
		name: 'SQLite File on This Host',
		value: 'sqlite',
		description:
			'Atomic across concurrent executions and n8n processes on one host, kept across restarts. A file in the n8n folder (~/.n8n/intent-funnel-capacity.sqlite).',
	},
	{
		name: 'Workflow Static Data (Test Runs Only)',
		value: 'staticData',
		description: 'Loses counts when executions overlap; manual test runs start from zero',
	},
];
const storageDescription =
	'Where rotation, open/daily counts and recent leads are kept. Release must use the same storage as Assign.';

/**
 * Settings both operations share: Assign and Release must count in the same place. State storage
 * per node version: n8n saves only parameters that differ from their default, so a version 1 node
 * that never chose one keeps workflow static data; new nodes (version 2) start on the SQLite file,
 * which holds under concurrent executions.
 */
export const stateStorageProperties: INodeProperties[] = [
	{
		displayName: 'State Storage',
		name: 'stateStorage',
		type: 'options',
		default: 'staticData',
		description: storageDescription,
		options: storageOptions,
		displayOptions: { show: { '@version': [1] } },
	},
	{
		displayName: 'State Storage',
		name: 'stateStorage',
		type: 'options',
		default: 'sqlite',
		description: storageDescription,
		options: storageOptions,
		displayOptions: { show: { '@version': [{ _cnd: { gte: 2 } }] } },
	},
	{
		displayName:
			'Workflow static data is not safe for live leads: executions that run at the same time each load their own copy, so concurrent leads can all go to one rep past the caps. Choose "SQLite File on This Host"; the counts kept here are carried over the first time.',
		name: 'notice',
		type: 'notice',
		default: '',
		displayOptions: { show: { stateStorage: ['staticData'] } },
	},
	{
		displayName: 'State Key',
		name: 'stateKey',
		type: 'string',
		default: '',
		placeholder: 'intentFunnel',
		description:
			'Name under which counts are kept; give two teams different keys. Empty: the default, shared by all Capacity Check nodes.',
	},
];
