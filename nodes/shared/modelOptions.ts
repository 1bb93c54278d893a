import type { INodeProperties } from 'n8n-workflow';

/** Options every node with a model path shares: how the model is called. */
export const MODEL_CALL_OPTIONS: INodeProperties[] = [
	{
		displayName: 'Concurrency',
		name: 'concurrency',
		type: 'number',
		default: 4,
		typeOptions: { minValue: 1 },
		description: 'How many items are sent to the model at once',
	},
	{
		displayName: 'Max Retries',
		name: 'maxRetries',
		type: 'number',
		default: 2,
		typeOptions: { minValue: 0 },
		description: 'Retries of a model call after a rate limit (429) or server error (5xx), with backoff',
	},
	{
		displayName: 'Redact Contact Details',
		name: 'redactContactDetails',
		type: 'boolean',
		default: true,
		description: 'Whether to replace email addresses and phone numbers before the text is sent to an external model',
	},
	{
		displayName: 'Timeout (Ms)',
		name: 'timeoutMs',
		type: 'number',
		default: 20000,
		typeOptions: { minValue: 100 },
		description: 'Per-item limit for a model answer; after it the offline result is used',
	},
];

export interface ModelCallOptions {
	concurrency?: number;
	maxRetries?: number;
	redactContactDetails?: boolean;
	timeoutMs?: number;
}
