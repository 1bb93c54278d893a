import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_PATH_DEFINITIONS, LEXICONS } from '../../engine';
import { MODEL_CALL_OPTIONS } from '../shared/modelOptions';
import { LEAD_TOOL_ARGUMENTS } from '../shared/toolArguments';

const LEAD_FIELDS: Array<{ name: string; displayName: string; description: string }> = [
	{
		name: 'text',
		displayName: 'Message Text',
		description: 'The lead\'s free text: the message, comments or "How can we help?" answer',
	},
	{ name: 'name', displayName: 'Name', description: "The lead's full name" },
	{ name: 'email', displayName: 'Email', description: "The lead's email address" },
	{ name: 'phone', displayName: 'Phone', description: "The lead's phone number, in any format" },
	{ name: 'company', displayName: 'Company', description: "The lead's company" },
	{
		name: 'role',
		displayName: 'Role',
		description: "The lead's job title; senior titles count as authority",
	},
	{
		name: 'source',
		displayName: 'Source',
		description: 'Where the lead came from, e.g. "webform" or "hubspot"',
	},
	{
		name: 'submittedAt',
		displayName: 'Submitted At',
		description:
			'When the lead was submitted (ISO date-time); relative deadlines are resolved from it',
	},
	{
		name: 'timeZone',
		displayName: 'Prospect Time Zone Name or ID',
		description:
			'IANA time zone of the prospect, when known. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>, e.g. {{ $json.timezone }}.',
	},
];

export const properties: INodeProperties[] = [
	{
		displayName: 'Engine',
		name: 'engine',
		type: 'options',
		noDataExpression: true,
		default: 'auto',
		options: [
			{
				name: 'Built-in, or Connected Chat Model When Present',
				value: 'auto',
				description:
					'Uses the offline built-in engine; when a chat model is connected to the Model input, the model adds its judgement on top',
			},
			{
				name: 'Built-in Only',
				value: 'builtin',
				description: 'Offline and deterministic, no credentials; ignores a connected model',
			},
			{
				name: 'OpenAI-Compatible API',
				value: 'openAiCompatible',
				description:
					'The built-in signals plus a model reached through an OpenAI-compatible credential (OpenAI, Azure, Groq, vLLM, Ollama...)',
			},
		],
	},
	{
		displayName: 'Lead Fields',
		name: 'fieldMapping',
		type: 'options',
		noDataExpression: true,
		default: 'autoDetect',
		displayOptions: { show: { '@tool': [false] } },
		options: [
			{
				name: 'Detect Automatically',
				value: 'autoDetect',
				description:
					'Finds the usual fields of n8n Forms, Typeform, HubSpot, Webflow, Jotform and webhooks',
			},
			{
				name: 'Map Each Field',
				value: 'manual',
				description: 'Choose each field with an expression; empty fields are still detected',
			},
		],
	},
	...LEAD_TOOL_ARGUMENTS,
	...LEAD_FIELDS.map(
		(field): INodeProperties => ({
			displayName: field.displayName,
			name: field.name,
			type: 'string',
			default: '',
			description: field.description,
			displayOptions: { show: { fieldMapping: ['manual'] } },
			...(field.name === 'text' ? { typeOptions: { rows: 2 } } : {}),
			...(field.name === 'timeZone'
				? { type: 'options', typeOptions: { loadOptionsMethod: 'getTimeZonesOrNone' } }
				: {}),
		}),
	),
	{
		displayName: 'Paths',
		name: 'paths',
		type: 'fixedCollection',
		placeholder: 'Add Path',
		typeOptions: { multipleValues: true, sortable: true },
		default: { path: DEFAULT_PATH_DEFINITIONS.map((path) => ({ ...path })) },
		description:
			'Each path is an output of this node. Score paths form a ladder: a lead takes the highest one whose minimum score it reaches.',
		options: [
			{
				name: 'path',
				displayName: 'Path',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						required: true,
						description: 'Output name, e.g. "hot"',
					},
					{
						displayName: 'Rule',
						name: 'rule',
						type: 'options',
						default: 'score',
						options: [
							{ name: 'Score at or Above Minimum', value: 'score' },
							{
								name: 'Support Request',
								value: 'support',
								description: "An existing customer's request (login, bug, invoice, refund, cancel)",
							},
							{
								name: 'Junk',
								value: 'junk',
								description: 'Spam, pitches, job seekers, gibberish, prompt-injection attempts',
							},
						],
					},
					{
						displayName: 'Minimum Score',
						name: 'minScore',
						type: 'number',
						default: 0,
						typeOptions: { minValue: 0, maxValue: 100 },
						displayOptions: { show: { rule: ['score'] } },
					},
					{ displayName: 'Description', name: 'description', type: 'string', default: '' },
				],
			},
		],
	},
	{
		displayName: 'Output',
		name: 'outputMode',
		type: 'options',
		noDataExpression: true,
		default: 'perPath',
		displayOptions: { show: { '@tool': [false] } },
		options: [
			{ name: 'One Output per Path', value: 'perPath' },
			{ name: 'Single Output With the Result Attached', value: 'single' },
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			...MODEL_CALL_OPTIONS,
			{
				displayName: 'Languages',
				name: 'languages',
				type: 'multiOptions',
				default: [],
				description: 'Lexicons to use; empty means all',
				options: Object.keys(LEXICONS).map((code) => ({ name: code.toUpperCase(), value: code })),
			},
			{
				displayName: 'Time Zone Name or ID',
				name: 'timeZone',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getTimeZonesOrNone' },
				default: '',
				description:
					'IANA time zone used to resolve relative deadlines like "next Friday". Not set: the workflow\'s time zone. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Use the Model',
				name: 'modelUse',
				type: 'options',
				default: 'always',
				description:
					'When a chat model or the OpenAI-compatible credential is connected: ask it about every lead, or only when the built-in engine is unsure (fewer model calls). Leads the built-in engine flags as a prompt injection, a pitch, an application or spam are never lifted to a sales path by the model.',
				options: [
					{
						name: 'Always',
						value: 'always',
						description: 'Every lead with text is also read by the model',
					},
					{
						name: 'Only When the Built-in Engine Is Unsure',
						value: 'whenUnsure',
						description:
							'Only leads whose built-in confidence is below 0.7, or that have no evidence either way',
					},
				],
			},
		],
	},
];

/**
 * Outputs follow the configured paths. Version 1 also drew its own "Failed" output; from version
 * 2 failures go to n8n's error output ("On Error: Continue (using error output)"), which n8n adds
 * itself. Runs in n8n's expression sandbox: self-contained, no imports.
 */
export function configuredOutputs(
	parameters: { paths?: { path?: Array<{ name?: string }> }; outputMode?: string },
	nodeVersion?: number,
) {
	const failed = nodeVersion === 1 ? [{ type: 'main', displayName: 'Failed' }] : [];
	if (parameters.outputMode === 'single')
		return [{ type: 'main', displayName: 'Classified' }, ...failed];
	const defaults = ['hot', 'warm', 'nurture', 'support', 'junk'];
	const configured = parameters.paths?.path;
	const names =
		Array.isArray(configured) && configured.length
			? configured.map((path) => path.name || '(unnamed)')
			: defaults;
	return [...names.map((name) => ({ type: 'main', displayName: name })), ...failed];
}
