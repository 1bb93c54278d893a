import type { INodeProperties } from 'n8n-workflow';

import { MODEL_CALL_DEFAULTS } from '../../engine';

// n8n's lint reads a parameter default only as a literal or a plain name: the engine's defaults, named.
const { concurrency, maxRetries, redactContactDetails, timeoutMs } = MODEL_CALL_DEFAULTS;

/** Options every node with a model path shares: how the model is called. */
export const MODEL_CALL_OPTIONS: INodeProperties[] = [
	{
		displayName: 'Concurrency',
		name: 'concurrency',
		type: 'number',
		default: concurrency,
		typeOptions: { minValue: 1 },
		description: 'How many items are sent to the model at once',
	},
	{
		displayName: 'Max Retries',
		name: 'maxRetries',
		type: 'number',
		default: maxRetries,
		typeOptions: { minValue: 0 },
		description:
			'Retries of a model call after a rate limit (429) or server error (5xx), with backoff',
	},
	{
		displayName: 'Redact Contact Details',
		name: 'redactContactDetails',
		type: 'boolean',
		// n8n's lint wants a literal boolean here; a test holds it to MODEL_CALL_DEFAULTS.
		default: true,
		description:
			'Whether to replace email addresses and phone numbers before the text is sent to an external model',
	},
	{
		displayName: 'Timeout (Ms)',
		name: 'timeoutMs',
		type: 'number',
		default: timeoutMs,
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

/** The options as set, with the engine's default for each one left unset. */
export function modelCallSettings(options: ModelCallOptions): Required<ModelCallOptions> {
	return {
		concurrency: Math.max(1, options.concurrency ?? concurrency),
		maxRetries: options.maxRetries ?? maxRetries,
		redactContactDetails: options.redactContactDetails ?? redactContactDetails,
		timeoutMs: options.timeoutMs ?? timeoutMs,
	};
}
