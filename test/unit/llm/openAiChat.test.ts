import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { callModel } from '../../../engine/llm';
import { openAiCompatibleChat, OpenAiHttpError } from '../../../nodes/shared/openAiChat';
import { useOpenAiServerPerTest } from '../../helpers/openAiServerPerTest';

const MESSAGES = [
	{ role: 'system' as const, content: 'You classify leads.' },
	{
		role: 'user' as const,
		content: 'Wir brauchen 200 Lizenzen bis März — «dringend» \u200b\u202e',
	},
];
const signal = () => new AbortController().signal;

describe('OpenAI-compatible chat transport (documented Chat Completions shape, loopback server)', () => {
	const server = useOpenAiServerPerTest();

	it('posts model, messages and temperature 0 to {baseUrl}/chat/completions with a Bearer key, and returns the first choice', async () => {
		server.script({ content: '{"score": 91}' });
		const invoke = openAiCompatibleChat({
			baseUrl: `${server.baseUrl}//`,
			apiKey: 'sk-test',
			model: 'gpt-4o-mini',
		});
		await expect(invoke(MESSAGES, { signal: signal() })).resolves.toBe('{"score": 91}');
		expect(server.requests).toHaveLength(1);
		const [request] = server.requests;
		expect(request.path).toBe('/v1/chat/completions');
		expect(request.headers.authorization).toBe('Bearer sk-test');
		expect(request.headers['content-type']).toBe('application/json');
		expect(request.body).toEqual({ model: 'gpt-4o-mini', messages: MESSAGES, temperature: 0 });
	});

	it('sends no Authorization header when the credential has no key (Ollama, LM Studio)', async () => {
		server.script({ content: 'ok' });
		await openAiCompatibleChat({ baseUrl: server.baseUrl, apiKey: '', model: 'llama3' })(MESSAGES, {
			signal: signal(),
		});
		expect(server.requests[0].headers.authorization).toBeUndefined();
	});

	it("throws the server's error message with status and headers, so callModel retries 429 after Retry-After", async () => {
		server.script(
			{
				status: 429,
				headers: { 'retry-after': '0' },
				body: {
					error: {
						message: 'Rate limit reached for gpt-4o-mini',
						type: 'requests',
						code: 'rate_limit_exceeded',
					},
				},
			},
			{ content: 'second try' },
		);
		const invoke = openAiCompatibleChat({ baseUrl: server.baseUrl, apiKey: 'sk', model: 'm' });
		const error = await invoke(MESSAGES, { signal: signal() }).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(OpenAiHttpError);
		expect(error).toMatchObject({
			status: 429,
			message: 'The OpenAI-compatible API answered HTTP 429: Rate limit reached for gpt-4o-mini',
		});
		expect((error as OpenAiHttpError).headers.get('retry-after')).toBe('0');
		server.script({ status: 429, headers: { 'retry-after': '0' } }, { content: 'after the wait' });
		await expect(
			callModel(invoke, MESSAGES, { timeoutMs: 2000, maxRetries: 2, baseDelayMs: 5_000 }),
		).resolves.toBe('second try');
	});

	it('does not let callModel retry a 401', async () => {
		server.script(
			{
				status: 401,
				body: {
					error: {
						message: 'Incorrect API key provided',
						type: 'invalid_request_error',
						code: 'invalid_api_key',
					},
				},
			},
			{ content: 'never asked' },
		);
		const invoke = openAiCompatibleChat({ baseUrl: server.baseUrl, apiKey: 'wrong', model: 'm' });
		await expect(callModel(invoke, MESSAGES, { timeoutMs: 2000, maxRetries: 3 })).rejects.toThrow(
			'HTTP 401: Incorrect API key provided',
		);
		expect(server.requests).toHaveLength(1);
	});

	it('aborts the request when callModel times out', async () => {
		server.script({ content: 'too late', delayMs: 1500 });
		const invoke = openAiCompatibleChat({ baseUrl: server.baseUrl, model: 'm' });
		const started = Date.now();
		await expect(callModel(invoke, MESSAGES, { timeoutMs: 200, maxRetries: 0 })).rejects.toThrow(
			'did not answer within 200 ms',
		);
		expect(Date.now() - started).toBeLessThan(1000);
	});
});

describe('OpenAI-compatible chat transport against odd servers', () => {
	let server: http.Server;
	let reply: (response: http.ServerResponse) => void;
	let baseUrl: string;
	beforeAll(async () => {
		server = http.createServer((request, response) => {
			request.resume();
			request.on('end', () => reply(response));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
	});
	afterAll(async () => await new Promise<void>((resolve) => server.close(() => resolve())));
	const ask = async () =>
		await openAiCompatibleChat({ baseUrl, model: 'm' })(MESSAGES, { signal: signal() });

	it('joins content sent as an array of text parts', async () => {
		reply = (response) =>
			response.end(
				JSON.stringify({
					choices: [
						{
							message: {
								role: 'assistant',
								content: [
									{ type: 'text', text: '{"a":' },
									{ type: 'text', text: '1}' },
								],
							},
						},
					],
				}),
			);
		await expect(ask()).resolves.toBe('{"a":1}');
	});

	it('says so when a 200 answer has no choices or is not JSON', async () => {
		reply = (response) => response.end(JSON.stringify({ object: 'chat.completion', choices: [] }));
		await expect(ask()).rejects.toThrow('without choices[0].message.content');
		reply = (response) => response.end('<html>gateway</html>');
		await expect(ask()).rejects.toThrow('not JSON: <html>gateway</html>');
	});

	it("quotes a proxy's non-JSON error page, cut to 200 characters", async () => {
		reply = (response) => {
			response.writeHead(502);
			response.end(`Bad Gateway ${'x'.repeat(1_000_000)}`);
		};
		const error = (await ask().catch((caught: unknown) => caught)) as OpenAiHttpError;
		expect(error.status).toBe(502);
		expect(error.message.length).toBeLessThan(300);
		expect(error.message).toMatch(/^The OpenAI-compatible API answered HTTP 502: Bad Gateway x+$/);
	});
});
