// Reads `n8n execute --rawOutput` output, prints the demo's summary table, and with --expect FILE
// checks each lead's route against FILE ({"lead name": "route"}), exiting 1 on any difference.
const fs = require('node:fs');

const [file, flag, expectedFile] = process.argv.slice(2);
const raw = fs.readFileSync(file, 'utf8');
const start = raw.indexOf('{\n');
if (start < 0) {
	console.error(`n8n printed no execution data:\n${raw.slice(0, 2000)}`);
	process.exit(1);
}
// n8n may log a line (e.g. "Registered runner ...") after the JSON: read up to the closing brace.
const end = raw.lastIndexOf('\n}');
const run = JSON.parse(raw.slice(start, end > start ? end + 2 : undefined));
const { runData, error } = run.data.resultData;
if (error) {
	console.error(`The demo execution failed: ${error.message}`);
	process.exit(1);
}
const summary = runData.Summary?.at(-1)?.data?.main?.[0] ?? [];
const rows = summary.map(({ json }) => ({
	lead: json.lead,
	route: json.route,
	score: json.score,
	confidence: json.confidence,
	'rep or SMS': json.repOrSms ?? '-',
	rule: json.rule ?? '-',
	briefing: String(json.briefing ?? '').slice(0, 90),
}));
console.table(rows);

if (flag === '--expect') {
	const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8'));
	const actual = Object.fromEntries(rows.map((row) => [row.lead, row.route]));
	const problems = Object.entries(expected)
		.filter(([lead, route]) => actual[lead] !== route)
		.map(([lead, route]) => `${lead}: expected "${route}", got "${actual[lead] ?? 'no row'}"`);
	if (rows.length !== Object.keys(expected).length)
		problems.push(`expected ${Object.keys(expected).length} rows, got ${rows.length}`);
	if (problems.length) {
		console.error(`Demo routes differ on the real n8n:\n  ${problems.join('\n  ')}`);
		process.exit(1);
	}
	console.log(`All ${rows.length} demo leads took their expected route on the real n8n.`);
}
