/**
 * Model-agnostic LLM toolkit, free of n8n: the nodes hand in a `ChatInvoke` (a connected n8n
 * chat model or our OpenAI-compatible credential) and these helpers make every call safe.
 * - callModel: per-call timeout, retries with backoff on 429/5xx honouring Retry-After.
 * - createConcurrencyLimiter: at most N calls in flight.
 * - redactContactDetails / fenceLeadText: what leaves, and how it is marked as data.
 * - findQuote / parseJsonObject: checking what comes back.
 */
import { randomBytes } from 'node:crypto';

export interface ChatMessage {
	role: 'system' | 'user' | 'assistant';
	content: string;
}

export type ChatInvoke = (messages: ChatMessage[], options: { signal: AbortSignal }) => Promise<string>;

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
	const headers = (candidate?.headers ?? candidate?.response?.headers) as Record<string, string> | { get?: (name: string) => string | null } | undefined;
	if (!headers) return undefined;
	const raw = typeof (headers as { get?: unknown }).get === 'function'
		? (headers as { get: (name: string) => string | null }).get('retry-after')
		: (headers as Record<string, string>)['retry-after'] ?? (headers as Record<string, string>)['Retry-After'];
	if (!raw) return undefined;
	const seconds = Number(raw);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(raw);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const isRetryable = (status: number | undefined) => status === 429 || (status !== undefined && status >= 500 && status < 600);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One model call with a timeout, retried on rate limits and server errors. */
export async function callModel(invoke: ChatInvoke, messages: ChatMessage[], options: CallModelOptions): Promise<string> {
	const baseDelay = options.baseDelayMs ?? 500;
	const maxDelay = options.maxDelayMs ?? 30_000;
	for (let attempt = 0; ; attempt++) {
		const controller = new AbortController();
		let timer: NodeJS.Timeout | undefined;
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(() => {
				controller.abort();
				reject(new ModelTimeoutError(options.timeoutMs));
			}, options.timeoutMs);
		});
		try {
			return await Promise.race([invoke(messages, { signal: controller.signal }), timeout]);
		} catch (error) {
			const status = statusOf(error);
			// This module is n8n-free: the calling node turns errors into NodeApiError/fallbacks.
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
			if (error instanceof ModelTimeoutError || !isRetryable(status) || attempt >= options.maxRetries) throw error;
			const backoff = baseDelay * 2 ** attempt;
			await sleep(Math.min(maxDelay, retryAfterMs(error) ?? backoff));
		} finally {
			clearTimeout(timer);
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

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const PHONE = /(?<![\p{L}\p{N}])\+?\d[\d\s().-]{6,}\d(?![\p{N}])/gu;

/** Replaces email addresses and phone numbers before text leaves for an external model. */
export function redactContactDetails(text: string): string {
	return text.replace(EMAIL, '[email]').replace(PHONE, (match) => (match.replace(/\D/g, '').length >= 7 ? '[phone]' : match));
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

const normaliseForQuote = (text: string) =>
	text
		.toLowerCase()
		.replace(/[‘’`´]/g, "'")
		.replace(/[“”„]/g, '"')
		.replace(/\s+/g, ' ');

/**
 * Finds a model's quote in the lead's text, forgiving case, curly quotes and white space.
 * Returns offsets into the original text, or null when the quote is not there.
 */
export function findQuote(quote: string, text: string): { start: number; end: number } | null {
	const wanted = normaliseForQuote(quote.trim()).replace(/^["']|["']$/g, '').trim();
	if (!wanted) return null;
	// Map each normalised character back to its original offset.
	let normalised = '';
	const offsets: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const char = normaliseForQuote(text[i]);
		if (char === ' ' && normalised.endsWith(' ')) continue;
		normalised += char;
		offsets.push(i);
	}
	const at = normalised.indexOf(wanted);
	if (at < 0) return null;
	return { start: offsets[at], end: offsets[at + wanted.length - 1] + 1 };
}

/** The first JSON object in a model's answer, with code fences and prose around it ignored. */
export function parseJsonObject(raw: string): unknown {
	const unfenced = raw.replace(/```(?:json)?/gi, '');
	const start = unfenced.indexOf('{');
	const end = unfenced.lastIndexOf('}');
	if (start < 0 || end <= start) throw new Error('The model answer holds no JSON object');
	return JSON.parse(unfenced.slice(start, end + 1));
}
