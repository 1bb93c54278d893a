/**
 * A loopback OpenAI-compatible server: POST /v1/chat/completions answers with the documented
 * chat.completion JSON, scripted per request (status, content, headers, delay). Records every
 * request body it receives, so tests can assert what left the node.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedReply {
	status?: number;
	/** Assistant message content for a 200 reply. */
	content?: string;
	/** Raw body for error replies. */
	body?: unknown;
	headers?: Record<string, string>;
	/** Wait this long before answering (to provoke timeouts). */
	delayMs?: number;
}

export interface OpenAiServer {
	baseUrl: string;
	requests: Array<{
		path: string;
		headers: http.IncomingHttpHeaders;
		body: { model: string; messages: Array<{ role: string; content: string }> };
	}>;
	script(...replies: ScriptedReply[]): void;
	close(): Promise<void>;
}

export async function startOpenAiServer(): Promise<OpenAiServer> {
	const queue: ScriptedReply[] = [];
	const requests: OpenAiServer['requests'] = [];
	const sockets = new Set<import('node:net').Socket>();
	const server = http.createServer((request, response) => {
		let raw = '';
		request.on('data', (chunk) => (raw += chunk));
		request.on('end', () => {
			const body = raw ? JSON.parse(raw) : {};
			requests.push({ path: request.url ?? '', headers: request.headers, body });
			if (request.url?.endsWith('/models')) {
				response.writeHead(200, { 'content-type': 'application/json' });
				response.end(
					JSON.stringify({
						object: 'list',
						data: [{ id: 'test-model', object: 'model', owned_by: 'test' }],
					}),
				);
				return;
			}
			const reply = queue.shift() ?? {
				status: 500,
				body: { error: { message: 'No scripted reply left', type: 'server_error' } },
			};
			setTimeout(() => {
				if (response.destroyed) return;
				const status = reply.status ?? 200;
				response.writeHead(status, { 'content-type': 'application/json', ...reply.headers });
				if (status !== 200) {
					response.end(
						JSON.stringify(
							reply.body ?? {
								error: { message: `HTTP ${status}`, type: 'server_error', code: null },
							},
						),
					);
					return;
				}
				response.end(
					JSON.stringify({
						id: `chatcmpl-${requests.length}`,
						object: 'chat.completion',
						created: Math.floor(Date.now() / 1000),
						model: body.model,
						choices: [
							{
								index: 0,
								message: { role: 'assistant', content: reply.content ?? '' },
								logprobs: null,
								finish_reason: 'stop',
							},
						],
						usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
					}),
				);
			}, reply.delayMs ?? 0).unref();
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		baseUrl: `http://127.0.0.1:${port}/v1`,
		requests,
		script: (...replies) => queue.push(...replies),
		close: async () => {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
