import type { ChatInvoke } from '../../engine';

/**
 * The OpenAI Chat Completions call (POST {baseUrl}/chat/completions, documented at
 * https://platform.openai.com/docs/api-reference/chat/create), which OpenAI, Azure OpenAI's v1
 * API, Groq, Together, vLLM, Ollama and LM Studio all serve. One request per call and no retries
 * of its own: engine/llm's callModel owns timeouts and retries, reading `status` and `headers`
 * (Retry-After) from the error thrown here. A client library for this one request would cost
 * every n8n instance and worker ~88 MB of install.
 */
export interface OpenAiCompatibleSettings {
	baseUrl: string;
	apiKey?: string;
	model: string;
}

/** A non-2xx answer, shaped like the OpenAI client's APIError so callModel can read it. */
export class OpenAiHttpError extends Error {
	constructor(
		message: string,
		readonly status: number,
		readonly headers: Headers,
	) {
		super(message);
		this.name = 'OpenAiHttpError';
	}
}

/** What a server's error body says, per the documented `{"error": {"message", "type", "code"}}`. */
function errorMessageOf(body: string): string {
	const parsed = parseOrUndefined(body) as
		| { error?: { message?: unknown } | string; message?: unknown }
		| undefined;
	const message =
		typeof parsed?.error === 'string' ? parsed.error : (parsed?.error?.message ?? parsed?.message);
	if (typeof message === 'string' && message) return message;
	// Not JSON (a proxy's HTML page...): the start of the raw body says more than nothing.
	return body.slice(0, 200).trim() || 'no body';
}

function parseOrUndefined(body: string): unknown {
	try {
		return JSON.parse(body) as unknown;
	} catch {
		return undefined;
	}
}

/** Text of the first choice; some servers send content as an array of text parts. */
function contentOf(answer: unknown): string {
	const content = (
		answer as { choices?: Array<{ message?: { content?: unknown; refusal?: unknown } }> }
	)?.choices?.[0]?.message?.content;
	if (typeof content === 'string') return content;
	if (Array.isArray(content))
		return content
			.map((part) => (typeof part === 'string' ? part : ((part as { text?: unknown })?.text ?? '')))
			.join('');
	throw new Error('The OpenAI-compatible API answered without choices[0].message.content');
}

export function openAiCompatibleChat(settings: OpenAiCompatibleSettings): ChatInvoke {
	const url = `${settings.baseUrl.trim().replace(/\/+$/, '')}/chat/completions`;
	const headers: Record<string, string> = {
		'content-type': 'application/json',
		accept: 'application/json',
	};
	// Local servers (Ollama, LM Studio, vLLM) need no key; sending an empty Bearer would be refused by some.
	if (settings.apiKey) headers.authorization = `Bearer ${settings.apiKey}`;
	return async (messages, { signal }) => {
		const response = await fetch(url, {
			method: 'POST',
			headers,
			body: JSON.stringify({ model: settings.model, messages, temperature: 0 }),
			signal,
		});
		const body = await response.text();
		if (!response.ok) {
			throw new OpenAiHttpError(
				`The OpenAI-compatible API answered HTTP ${response.status}: ${errorMessageOf(body)}`,
				response.status,
				response.headers,
			);
		}
		const answer = parseOrUndefined(body);
		if (answer === undefined)
			throw new Error(
				`The OpenAI-compatible API answered HTTP ${response.status} with a body that is not JSON: ${body.slice(0, 200)}`,
			);
		return contentOf(answer);
	};
}
