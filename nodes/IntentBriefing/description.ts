import type { INodeProperties } from 'n8n-workflow';

// Template defaults are literals (n8n's lint reads them); a test checks they equal DEFAULT_TEMPLATES.
import { PLACEHOLDERS } from '../../engine';
import { MODEL_CALL_OPTIONS } from '../shared/modelOptions';
import { LEAD_TOOL_ARGUMENTS } from '../shared/toolArguments';

const placeholderHelp = `Placeholders: ${PLACEHOLDERS.map((name) => `{{${name}}}`).join(', ')}. Empty ones disappear.`;

export const properties: INodeProperties[] = [
	{
		displayName: 'Engine',
		name: 'engine',
		type: 'options',
		noDataExpression: true,
		default: 'template',
		options: [
			{
				name: 'Template',
				value: 'template',
				description: "Offline and deterministic: built from the lead's own words",
			},
			{
				name: 'Connected Chat Model',
				value: 'auto',
				description:
					'The chat model on the Model input writes the briefing; every claim must quote the lead, and the template is used when it fails',
			},
			{
				name: 'OpenAI-Compatible API',
				value: 'openAiCompatible',
				description: 'Like the connected model, through an OpenAI-compatible credential',
			},
		],
	},
	...LEAD_TOOL_ARGUMENTS,
	{
		displayName: 'Briefing Template',
		name: 'textTemplate',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '{{summary}} Suggested first question: {{firstQuestion}}',
		description: placeholderHelp,
	},
	{
		displayName: 'SMS Parts',
		name: 'smsTemplate',
		type: 'string',
		typeOptions: { rows: 4 },
		default:
			'{{pathLabel}} lead: {{leadLabel}}.\n{{evidenceShort}}\nAsk: {{firstQuestion}}\n{{repLine}}',
		description:
			'One part per line, most important first: parts that do not fit one SMS segment are dropped. ' +
			placeholderHelp,
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: MODEL_CALL_OPTIONS,
	},
];
