import type { INodeProperties } from 'n8n-workflow';

const TOOL_ARGUMENTS = [
	{
		name: 'toolMessage',
		key: 'message',
		displayName: 'Lead Message',
		description: "The lead's own message, word for word, in any language",
	},
	{
		name: 'toolName',
		key: 'name',
		displayName: 'Lead Name',
		description: "The lead's name, or an empty string when unknown",
	},
	{
		name: 'toolRole',
		key: 'role',
		displayName: 'Lead Role',
		description: "The lead's job title, or an empty string when unknown",
	},
	{
		name: 'toolCompany',
		key: 'company',
		displayName: 'Lead Company',
		description: "The lead's company, or an empty string when unknown",
	},
];

/**
 * Parameters shown only in the tool n8n builds from a node for AI Agents (display option
 * '@tool'): each declares one argument the agent fills through $fromAI(). n8n-core derives the
 * tool's schema from these calls and hands the call's arguments to the node as its input item,
 * where the usual lead-field detection reads them ('message', 'name', 'role', 'company').
 */
export const LEAD_TOOL_ARGUMENTS: INodeProperties[] = TOOL_ARGUMENTS.map((argument) => ({
	displayName: argument.displayName,
	name: argument.name,
	type: 'string',
	default: `={{ $fromAI('${argument.key}', ${JSON.stringify(argument.description)}, 'string') }}`,
	description: argument.description,
	displayOptions: { show: { '@tool': [true] } },
}));
