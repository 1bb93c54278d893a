#!/usr/bin/env node
// Runs every engine of the INSTALLED package (as scripts/install-weight.sh installs it, n8n's
// installer method) with only n8n's modules on NODE_PATH, so each library it needs must come from
// n8n (luxon, zod) or from dist/vendor (chrono-node, libphonenumber-js, node-ical, @redis/client),
// and the OpenAI-compatible engine must reach a Chat Completions server with fetch alone.
//   NODE_PATH=<n8n's module paths> node scripts/installed-engines.js PACKAGE_DIR
const assert = require('node:assert/strict');
const http = require('node:http');
const path = require('node:path');

const root = path.resolve(process.argv[2]);
const load = (file) => require(path.join(root, 'dist', file));

async function withChatServer(answer, run) {
	const requests = [];
	const server = http.createServer((request, response) => {
		let body = '';
		request.on('data', (chunk) => (body += chunk));
		request.on('end', () => {
			requests.push({
				path: request.url,
				authorization: request.headers.authorization,
				body: JSON.parse(body),
			});
			response.writeHead(200, { 'content-type': 'application/json' });
			response.end(
				JSON.stringify({
					id: 'chatcmpl-1',
					object: 'chat.completion',
					choices: [
						{ index: 0, message: { role: 'assistant', content: answer }, finish_reason: 'stop' },
					],
				}),
			);
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	try {
		return await run(`http://127.0.0.1:${server.address().port}/v1`, requests);
	} finally {
		await new Promise((resolve) => server.close(resolve));
	}
}

async function main() {
	const engine = load('index.js');
	const checks = [];

	// chrono-node (vendored): a relative deadline.
	const lead = {
		text: "I'm VP Operations. Budget of $60k is approved and we must go live by next Friday. Can we book a demo?",
		submittedAt: '2026-11-25T15:00:00Z',
	};
	const intent = engine.classifyLead(lead, { timeZone: 'Europe/Berlin' });
	assert.ok(
		intent.signals.some((signal) => signal.type === 'deadline'),
		'chrono-node found no deadline',
	);
	checks.push(`classifier (chrono-node): ${intent.path} ${intent.score}`);

	// luxon (n8n's): working hours in a rep's zone.
	const { reps, problems } = engine.parseRoster([
		{
			name: 'Ana',
			tiers: 'closers',
			timeZone: 'America/New_York',
			workingHours: 'Mon-Fri 09:00-17:00',
		},
	]);
	assert.deepEqual(problems, []);
	assert.equal(reps[0].timeZone, 'America/New_York');
	checks.push('roster (luxon): parsed');

	// libphonenumber-js (vendored).
	assert.deepEqual(engine.normalisePhone('(415) 555-0101', 'US'), { e164: '+14155550101' });
	checks.push('phone (libphonenumber-js): +14155550101');

	// node-ical (vendored).
	const { icsToBusy } = load('engine/capacity/calendars/ics.js');
	const ics = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'BEGIN:VEVENT',
		'UID:1',
		'DTSTART:20261201T150000Z',
		'DTEND:20261201T160000Z',
		'SUMMARY:Call',
		'END:VEVENT',
		'END:VCALENDAR',
	].join('\r\n');
	const busy = icsToBusy(ics, {
		start: Date.parse('2026-12-01T00:00:00Z'),
		end: Date.parse('2026-12-02T00:00:00Z'),
	});
	assert.equal(busy.length, 1);
	checks.push('calendar (node-ical): 1 busy interval');

	// @redis/client (vendored): the client is built; connecting is the e2e's business.
	assert.equal(typeof engine.RedisCapacityStore, 'function');
	checks.push('redis store (@redis/client): loaded');

	// OpenAI-compatible engine: fetch transport + zod (n8n's) schema check of the answer.
	const { openAiCompatibleChat } = load('nodes/shared/openAiChat.js');
	const { classifyWithModel } = load('engine/classifier/model/index.js');
	const answer = JSON.stringify({
		score: 88,
		path: 'hot',
		confidence: 0.9,
		reasons: ['Budget and deadline'],
		signals: [{ type: 'budget', quote: 'Budget of $60k is approved' }],
	});
	const hybrid = await withChatServer(answer, async (baseUrl, requests) => {
		const result = await classifyWithModel(
			{ ...lead },
			intent,
			openAiCompatibleChat({ baseUrl, apiKey: 'sk-installed', model: 'test-model' }),
			{
				paths: engine.DEFAULT_PATH_DEFINITIONS,
				modelName: 'test-model',
				redactContactDetails: true,
				timeoutMs: 5000,
				maxRetries: 0,
			},
		);
		assert.equal(requests.length, 1);
		assert.equal(requests[0].path, '/v1/chat/completions');
		assert.equal(requests[0].authorization, 'Bearer sk-installed');
		return result;
	});
	assert.equal(
		hybrid.engine,
		'hybrid',
		`the model answer was not used: ${hybrid.fallbackReason ?? ''}`,
	);
	checks.push(`OpenAI-compatible engine (fetch, zod): ${hybrid.engine} ${hybrid.path}`);

	console.log(`installed engines work with n8n's modules only: ${checks.join('; ')}`);
}

main().catch((error) => {
	console.error(`installed engines: ${error.stack ?? error}`);
	process.exit(1);
});
