/**
 * Model-agnostic LLM toolkit, free of n8n: the nodes hand in a `ChatInvoke` (a connected n8n
 * chat model or our OpenAI-compatible credential) and these helpers make every call safe.
 * - callModel: per-call timeout, retries with backoff on 429/5xx honouring Retry-After.
 * - createConcurrencyLimiter: at most N calls in flight.
 * - redactContactDetails / fenceLeadText: what leaves, and how it is marked as data.
 * - findQuote / parseJsonObject: checking what comes back.
 */
import { randomBytes } from 'node:crypto';

import { cleanLeadText } from '../encode';
import { isWideSpace } from '../whiteSpace';

export interface ChatMessage {
	role: 'system' | 'user' | 'assistant';
	content: string;
}

export type ChatInvoke = (
	messages: ChatMessage[],
	options: { signal: AbortSignal },
) => Promise<string>;

/** How the nodes call a model unless told otherwise, defined once: the nodes' options show these. */
export const MODEL_CALL_DEFAULTS = {
	/** Items sent to the model at once. */
	concurrency: 4,
	/** Retries after a rate limit (429) or server error (5xx). */
	maxRetries: 2,
	/** Email addresses and phone numbers replaced before the text leaves for an external model. */
	redactContactDetails: true,
	/** Per-item limit for a model answer; after it the offline result is used. */
	timeoutMs: 20_000,
} as const;

export interface CallModelOptions {
	timeoutMs: number;
	maxRetries: number;
	/** First backoff delay; doubles each retry. */
	baseDelayMs?: number;
	/** Longest wait a Retry-After header may impose. */
	maxDelayMs?: number;
}

export class ModelTimeoutError extends Error {
	constructor(timeoutMs: number) {
		super(`The model did not answer within ${timeoutMs} ms`);
		this.name = 'ModelTimeoutError';
	}
}

/** HTTP status of an error thrown by an OpenAI/LangChain client, when it has one. */
export function statusOf(error: unknown): number | undefined {
	const candidate = error as { status?: unknown; response?: { status?: unknown }; cause?: unknown };
	const status = candidate?.status ?? candidate?.response?.status;
	if (typeof status === 'number') return status;
	if (candidate?.cause && candidate.cause !== error) return statusOf(candidate.cause);
	const match = /\b(429|5\d\d)\b/.exec(String((error as Error)?.message ?? ''));
	return match ? Number(match[1]) : undefined;
}

/** Retry-After from an error's headers: seconds or an HTTP date, in ms. */
export function retryAfterMs(error: unknown, now = Date.now()): number | undefined {
	const candidate = error as { headers?: unknown; response?: { headers?: unknown } };
	const headers = (candidate?.headers ?? candidate?.response?.headers) as
		| Record<string, string>
		| { get?: (name: string) => string | null }
		| undefined;
	if (!headers) return undefined;
	const raw =
		typeof (headers as { get?: unknown }).get === 'function'
			? (headers as { get: (name: string) => string | null }).get('retry-after')
			: ((headers as Record<string, string>)['retry-after'] ??
				(headers as Record<string, string>)['Retry-After']);
	if (!raw) return undefined;
	const seconds = Number(raw);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(raw);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const isRetryable = (status: number | undefined) =>
	status === 429 || (status !== undefined && status >= 500 && status < 600);
// Timers through AbortSignal.timeout: n8n's community-node rules restrict setTimeout/clearTimeout,
// and n8n-workflow's sleep cannot be used in this n8n-free module.
const sleep = (ms: number) =>
	new Promise<void>((resolve) =>
		AbortSignal.timeout(ms).addEventListener('abort', () => resolve(), { once: true }),
	);

/** One model call with a timeout, retried on rate limits and server errors. */
export async function callModel(
	invoke: ChatInvoke,
	messages: ChatMessage[],
	options: CallModelOptions,
): Promise<string> {
	const baseDelay = options.baseDelayMs ?? 500;
	const maxDelay = options.maxDelayMs ?? 30_000;
	for (let attempt = 0; ; attempt++) {
		const controller = new AbortController();
		const deadline = AbortSignal.timeout(options.timeoutMs);
		let onDeadline = () => {};
		const timeout = new Promise<never>((_, reject) => {
			onDeadline = () => {
				controller.abort();
				reject(new ModelTimeoutError(options.timeoutMs));
			};
			deadline.addEventListener('abort', onDeadline, { once: true });
		});
		try {
			return await Promise.race([invoke(messages, { signal: controller.signal }), timeout]);
		} catch (error) {
			const status = statusOf(error);
			// This module is n8n-free: the calling node turns errors into NodeApiError/fallbacks.
			const isFinal =
				error instanceof ModelTimeoutError || !isRetryable(status) || attempt >= options.maxRetries;
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
			if (isFinal) throw error;
			const backoff = baseDelay * 2 ** attempt;
			await sleep(Math.min(maxDelay, retryAfterMs(error) ?? backoff));
		} finally {
			deadline.removeEventListener('abort', onDeadline);
		}
	}
}

/** Runs at most `concurrency` tasks at once, in order of arrival. */
export function createConcurrencyLimiter(concurrency: number) {
	let active = 0;
	const waiting: Array<() => void> = [];
	return async function limit<T>(task: () => Promise<T>): Promise<T> {
		if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
		active++;
		try {
			return await task();
		} finally {
			active--;
			waiting.shift()?.();
		}
	};
}

// An address may only start where its run of characters starts (the lookbehind): without it a
// long word is rescanned from every one of its letters, quadratic in its length. A phone number
// starts at a digit run's first digit, and a failed start is followed by at most six others.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const PHONE = /(?<![\p{L}\p{N}])\+?\d[\d\s().-]{6,}\d(?![\p{N}])/gu;

/** Replaces email addresses and phone numbers before text leaves for an external model. */
export function redactContactDetails(text: string): string {
	return text
		.replace(EMAIL, '[email]')
		.replace(PHONE, (match) => (countDigits(match) >= 7 ? '[phone]' : match));
}

function countDigits(text: string): number {
	let digits = 0;
	for (let i = 0; i < text.length; i++)
		if (text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) digits++;
	return digits;
}

/** Characters of a lead's message a model reads; beyond this a message is not a lead's inquiry. */
export const MODEL_TEXT_LIMIT = 20_000;

/**
 * A lead's message as a model may read it: one line of visible text (zero-width, bidi and tag
 * characters removed, as they hide instructions), at most MODEL_TEXT_LIMIT characters, and
 * contact details redacted when asked. Linear in the capped length.
 */
export function leadTextForModel(
	text: unknown,
	options: { redactContactDetails: boolean },
): string {
	const clean = cleanLeadText(text, MODEL_TEXT_LIMIT);
	return options.redactContactDetails ? redactContactDetails(clean) : clean;
}

/**
 * Wraps the lead's text as data between random markers that the text cannot contain, so
 * instructions inside it ("ignore previous instructions") cannot escape the fence.
 */
export function fenceLeadText(text: string): { fenced: string; boundary: string } {
	let boundary = `LEAD-${randomBytes(6).toString('hex')}`;
	while (text.includes(boundary)) boundary = `LEAD-${randomBytes(6).toString('hex')}`;
	return { fenced: `<<<${boundary}\n${text}\n${boundary}>>>`, boundary };
}

/** Lower case, straight quotes, one space for any white-space run: what a quote and the text are compared in. */
const normaliseForQuote = (text: string) =>
	text
		.toLowerCase()
		.replace(/[‘’`´]/g, "'")
		.replace(/[“”„]/g, '"')
		.replace(/\s+/g, ' ');

/**
 * Finds a model's quote in the lead's text, forgiving case, curly quotes and white space.
 * Returns offsets into the original text, or null when the quote is not there. Linear in the
 * text: native passes to normalise and search, then one walk to map the hit back to offsets.
 */
export function findQuote(quote: string, text: string): { start: number; end: number } | null {
	const wanted = normaliseForQuote(quote.trim())
		.replace(/^["']|["']$/g, '')
		.trim();
	if (!wanted) return null;
	const at = normaliseForQuote(text).indexOf(wanted);
	if (at < 0) return null;
	// Walk the original text alongside its normal form: a white-space run is one character there.
	let start = -1;
	let normalisedIndex = 0;
	for (let i = 0; i < text.length; i++) {
		if (normalisedIndex === at && start < 0) start = i;
		if (normalisedIndex === at + wanted.length) return { start, end: i };
		if (isSpaceCode(text.charCodeAt(i))) {
			while (i + 1 < text.length && isSpaceCode(text.charCodeAt(i + 1))) i++;
			normalisedIndex += 1;
		} else {
			const code = text.charCodeAt(i);
			// A character whose lower case is longer (İ) takes more places in the normal form.
			normalisedIndex += code < 0x80 ? 1 : text[i].toLowerCase().length;
		}
	}
	return { start: Math.max(0, start), end: text.length };
}

/** The characters /\s/ matches, by code. */
function isSpaceCode(code: number): boolean {
	if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
	if (code < 0xa0) return false;
	return isWideSpace(code) || code === 0xfeff;
}

/** The first JSON object in a model's answer, with code fences and prose around it ignored. */
export function parseJsonObject(raw: string): unknown {
	const unfenced = raw.replace(/```(?:json)?/gi, '');
	const start = unfenced.indexOf('{');
	const end = unfenced.lastIndexOf('}');
	if (start < 0 || end <= start) throw new Error('The model answer holds no JSON object');
	return JSON.parse(unfenced.slice(start, end + 1));
}
