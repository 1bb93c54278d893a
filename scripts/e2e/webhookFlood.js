// Posts leads to a running n8n's production webhook over loopback and checks that every lead
// got a route back: 50 leads at once, malformed JSON, an empty body and a 1 MB message.
// Usage: node webhookFlood.js BASE_URL
const { postToWebhook } = require('./webhookPost');

const base = process.argv[2];
const url = `${base}/webhook/e2e-intent-funnel`;

const post = (body, contentType) => postToWebhook(url, body, { contentType, timeoutMs: 60_000 });

const MESSAGES = [
	'We need a quote for 200 seats by end of Q1, budget approved. Please call me.',
	'Just browsing, maybe next year.',
	'I cannot log in and need my invoice.',
	'We are a leading SEO agency, first page of Google guaranteed!',
	'Could you send pricing?',
];

async function main() {
	const problems = [];
	const leads = Array.from({ length: 50 }, (_, i) => ({
		leadId: i,
		name: `Lead ${i}`,
		email: `lead${i}@example.com`,
		message: MESSAGES[i % MESSAGES.length],
	}));
	const results = await Promise.all(leads.map((lead) => post(JSON.stringify(lead))));
	results.forEach((result, i) => {
		if (result.status !== 200 || result.json?.leadId !== String(i) || !result.json?.route)
			problems.push(`lead ${i}: HTTP ${result.status} ${result.text.slice(0, 200)}`);
	});
	const routes = results.reduce(
		(counts, result) => ({
			...counts,
			[result.json?.route]: (counts[result.json?.route] ?? 0) + 1,
		}),
		{},
	);
	console.log(
		`[e2e] 50 leads at once: ${results.filter((r) => r.status === 200).length} answered with a route ${JSON.stringify(routes)}`,
	);

	const big = await post(
		JSON.stringify({ leadId: 'big', message: `We need a demo. ${'x'.repeat(1024 * 1024)}` }),
	);
	console.log(`[e2e] 1 MB message: HTTP ${big.status}, route ${big.json?.route}`);
	if (big.status !== 200 || !big.json?.route)
		problems.push(`1 MB message: HTTP ${big.status} ${big.text.slice(0, 200)}`);

	const empty = await post('');
	console.log(
		`[e2e] empty body: HTTP ${empty.status}, route ${empty.json?.route}, reason ${empty.json?.reason}`,
	);
	if (empty.status !== 200 || !empty.json?.route)
		problems.push(`empty body: HTTP ${empty.status} ${empty.text.slice(0, 200)}`);

	const malformed = await post('{"leadId": 7, "message": "broken json');
	console.log(`[e2e] malformed JSON: HTTP ${malformed.status} ${malformed.text.slice(0, 120)}`);
	// n8n rejects a body it cannot parse before any workflow runs; the sender is told (4xx), so
	// the lead is not silently lost. A 5xx or a hang would be.
	if (
		!(malformed.status >= 400 && malformed.status < 500) &&
		!(malformed.status === 200 && malformed.json?.route)
	)
		problems.push(`malformed JSON: HTTP ${malformed.status}`);

	if (problems.length) {
		console.error(`[e2e] webhook problems:\n  ${problems.join('\n  ')}`);
		process.exit(1);
	}
	console.log('[e2e] every lead sent to the webhook got a route');
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
