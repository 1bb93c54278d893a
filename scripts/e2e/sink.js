// The outside world of the e2e funnel on loopback: n8n's HTTP Request nodes post prospect SMS,
// rep Slack messages and CRM records here, and every message is kept in arrival order, so the
// checks count what a real prospect or rep would have received (a re-run that sends twice shows).
// Usage: node sink.js PORT_FILE   (listens on a free loopback port and writes it to PORT_FILE)
//   POST /sms | /slack | /crm  records {channel, body, at}; answers {ok: true, ...the message}
//   GET  /messages             every message so far, as JSON
//   GET  /count?channel=crm&prefix=run-   how many messages of a channel for lead IDs with a prefix
const http = require('node:http');
const fs = require('node:fs');

const CHANNELS = new Set(['/sms', '/slack', '/crm']);
const messages = [];

const server = http.createServer((request, response) => {
	const chunks = [];
	request.on('data', (chunk) => chunks.push(chunk));
	request.on('end', () => {
		const reply = (status, body) => {
			response.writeHead(status, { 'content-type': 'application/json' });
			response.end(JSON.stringify(body));
		};
		if (request.method === 'GET' && request.url === '/messages') return reply(200, messages);
		if (request.method === 'GET' && request.url.startsWith('/count?')) {
			const query = new URL(request.url, 'http://sink').searchParams;
			const prefix = query.get('prefix') ?? '';
			return reply(
				200,
				messages.filter(
					(message) =>
						message.channel === query.get('channel') &&
						String(message.body.leadId).startsWith(prefix),
				).length,
			);
		}
		if (request.method !== 'POST' || !CHANNELS.has(request.url))
			return reply(404, { error: `no ${request.method} ${request.url}` });
		let body;
		try {
			body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
		} catch {
			// Recorded anyway: a malformed message from the workflow is a finding, not noise.
			body = { unparsable: Buffer.concat(chunks).toString('utf8').slice(0, 2000) };
		}
		messages.push({ channel: request.url.slice(1), body, at: Date.now() });
		// The echo lets the last node's answer, which n8n returns to the webhook caller, say what happened.
		reply(200, { ok: true, ...body });
	});
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () =>
	fs.writeFileSync(process.argv[2], String(server.address().port)),
);
// Everything received is kept beside the port file, so a failed check can be read again later.
process.on('SIGTERM', () => {
	fs.writeFileSync(`${process.argv[2]}.messages.json`, JSON.stringify(messages));
	server.close(() => process.exit(0));
});
