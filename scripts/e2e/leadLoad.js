// Sends generated leads to an n8n production webhook with a fixed number in flight and writes one
// record per lead (HTTP status, latency, n8n's answer) plus a summary: leads/s, p50/p99 latency.
// Usage: node leadLoad.js --url URL --count N --concurrency C --out FILE
//          [--prefix ID_PREFIX] [--mix funnel|hot] [--retries N] [--timeout-ms MS]
//        node leadLoad.js --urls URL1,URL2,... --labels A,B,... (the same, lead i going to URL i mod n)
// --urls: several workflows measured in one interleaved stream, so that a machine whose speed
// drifts over a run slows each of them alike; every record names its target.
// --retries: a lead whose call failed (network error, timeout, non-2xx) is sent again with the
// same leadId, as form providers and CRMs retry webhooks; every attempt is recorded.
const fs = require('node:fs');

const { postToWebhook } = require('./webhookPost');

const args = Object.fromEntries(
	process.argv
		.slice(2)
		.join(' ')
		.split(/\s*--/)
		.filter(Boolean)
		.map((pair) => pair.split(/\s+/)),
);
const urls = args.urls ? args.urls.split(',') : [args.url];
const labels = args.labels ? args.labels.split(',') : urls;
const count = Number(args.count ?? 100);
const concurrency = Number(args.concurrency ?? 10);
const prefix = args.prefix ?? 'lead';
const retries = Number(args.retries ?? 0);
const timeoutMs = Number(args['timeout-ms'] ?? 120_000);
if (!urls[0] || !args.out || labels.length !== urls.length) {
	console.error(
		'usage: node leadLoad.js --url URL | --urls URL1,URL2 --labels A,B --count N --concurrency C --out FILE',
	);
	process.exit(2);
}

/** Texts whose built-in classification is fixed (checked by the funnel's own assertions). */
const TEXTS = {
	hot: 'We need a quote for 200 seats by end of Q1, budget approved at USD 60,000. I am the VP Operations. Please call me today.',
	warm: 'Could you send pricing for our team of 40? We are evaluating tools this quarter.',
	nurture: 'Just browsing, maybe next year.',
	support: 'I cannot log in and need my invoice.',
	junk: 'We are a leading SEO agency, first page of Google guaranteed!',
};
// Out of ten leads: four hot, three warm, one each of the rest.
const FUNNEL_MIX = [
	'hot',
	'warm',
	'hot',
	'nurture',
	'warm',
	'hot',
	'support',
	'warm',
	'hot',
	'junk',
];

function lead(index) {
	const kind = args.mix === 'hot' ? 'hot' : FUNNEL_MIX[index % FUNNEL_MIX.length];
	return {
		leadId: `${prefix}-${index}`,
		kind,
		name: `Prospect ${index}`,
		// Unique per run and round like the lead ID, so a Duplicate Key on the email sees new leads.
		email: `prospect-${prefix}-${index}@example.com`.toLowerCase(),
		// UK numbers reserved for drama (07700 900000-900999): valid, never anyone's phone.
		phone: `+44 7700 900${String(index % 1000).padStart(3, '0')}`,
		company: `Company ${index}`,
		message: TEXTS[kind],
	};
}

async function send(body, url) {
	const started = performance.now();
	try {
		const { status, json, text } = await postToWebhook(url, JSON.stringify(body), { timeoutMs });
		return {
			status,
			ms: performance.now() - started,
			json,
			text: json ? undefined : text.slice(0, 300),
		};
	} catch (error) {
		return {
			status: 0,
			ms: performance.now() - started,
			error: String(error.cause?.code ?? error.name ?? error),
		};
	}
}

const percentile = (sorted, p) =>
	sorted.length
		? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
		: NaN;

async function main() {
	const records = [];
	let next = 0;
	const started = performance.now();
	async function worker() {
		while (next < count) {
			const index = next++;
			const body = lead(index);
			const target = index % urls.length;
			for (let attempt = 0; attempt <= retries; attempt++) {
				const result = await send(body, urls[target]);
				records.push({
					leadId: body.leadId,
					kind: body.kind,
					...(urls.length > 1 ? { target: labels[target] } : {}),
					attempt,
					...result,
				});
				if (result.status >= 200 && result.status < 300) break;
			}
		}
	}
	await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
	const seconds = (performance.now() - started) / 1000;
	const answered = records.filter((record) => record.status >= 200 && record.status < 300);
	const latencies = answered.map((record) => record.ms).sort((a, b) => a - b);
	const summary = {
		leads: count,
		concurrency,
		seconds: Number(seconds.toFixed(2)),
		leadsPerSecond: Number((count / seconds).toFixed(2)),
		p50Ms: Number(percentile(latencies, 50).toFixed(1)),
		p99Ms: Number(percentile(latencies, 99).toFixed(1)),
		answered: answered.length,
		failedAttempts: records.length - answered.length,
	};
	fs.writeFileSync(args.out, JSON.stringify({ summary, records }));
	console.log(JSON.stringify(summary));
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
