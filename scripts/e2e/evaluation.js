// The evaluation template on a real n8n: sets up the owner, makes a Data Table of the project's
// labelled leads through n8n's REST API, creates the template's workflow on it, starts a test run
// the way the Evaluations tab does (POST /rest/workflows/:id/test-runs/new) and waits for it. Its
// metrics must be `npm run eval`'s on the same rows (counts as shares of all rows).
//
//   node evaluation.js BASE_URL ROWS.jsonl TEMPLATE.json EVAL_REPORT.json
'use strict';
const { readFileSync } = require('node:fs');

const [base, rowsFile, templateFile, evalFile] = process.argv.slice(2);
const { OWNER } = require('./owner');
const COLUMNS = ['text', 'route', 'name', 'email', 'company', 'role', 'submittedAt', 'source'];
const TRIGGER = 'When Fetching a Labelled Lead';
let cookie = '';

async function call(method, path, body) {
	const response = await fetch(`${base}/rest${path}`, {
		method,
		headers: {
			'content-type': 'application/json',
			'browser-id': 'e2e-evaluation',
			...(cookie && { cookie }),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const setCookie = response.headers.get('set-cookie');
	if (setCookie) cookie = setCookie.split(';')[0];
	const text = await response.text();
	if (!response.ok)
		throw new Error(`${method} ${path}: HTTP ${response.status} ${text.slice(0, 500)}`);
	if (!(response.headers.get('content-type') ?? '').includes('json'))
		throw new Error(`${method} ${path}: not JSON: ${text.slice(0, 200)}`);
	const parsed = text ? JSON.parse(text) : {};
	return parsed.data ?? parsed;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
	await call('POST', '/owner/setup', OWNER).catch(() => undefined);
	await call('POST', '/login', { emailOrLdapLoginId: OWNER.email, password: OWNER.password });
	const project = await call('GET', '/projects/personal');

	const rows = readFileSync(rowsFile, 'utf8')
		.split('\n')
		.filter((line) => line.trim())
		.map((line) => JSON.parse(line));
	const table = await call('POST', `/projects/${project.id}/data-tables`, {
		name: `labelled_leads_${Date.now()}`,
		columns: COLUMNS.map((name) => ({ name, type: 'string' })),
	});
	// Every column on every row (null when a row has none), as a Sheet or CSV import gives them.
	await call('POST', `/projects/${project.id}/data-tables/${table.id}/insert`, {
		data: rows.map((row) =>
			Object.fromEntries(COLUMNS.map((column) => [column, row[column] ?? null])),
		),
	});

	const template = JSON.parse(readFileSync(templateFile, 'utf8'));
	const trigger = template.nodes.find((node) => node.name === TRIGGER);
	trigger.parameters.dataTableId = { __rl: true, mode: 'id', value: table.id };
	const { id: _id, pinData: _pinData, ...body } = template;
	const workflow = await call('POST', '/workflows', { ...body, projectId: project.id });

	const started = Date.now();
	const { testRunId } = await call('POST', `/workflows/${workflow.id}/test-runs/new`, {});
	let run;
	for (;;) {
		run = await call('GET', `/workflows/${workflow.id}/test-runs/${testRunId}`);
		if (run.status !== 'new' && run.status !== 'running') break;
		if (Date.now() - started > 180_000)
			throw new Error(`the test run is still ${run.status} after 180 s`);
		await sleep(500);
	}
	const cases = await call('GET', `/workflows/${workflow.id}/test-runs/${testRunId}/test-cases`);
	const failedCases = cases.filter((testCase) => testCase.status !== 'success');
	console.log(
		`[e2e] evaluation test run ${run.status} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${cases.length} cases, metrics ${JSON.stringify(run.metrics)}`,
	);
	if (run.status !== 'completed' || cases.length !== rows.length || failedCases.length) {
		throw new Error(
			`expected a completed run of ${rows.length} successful cases; got ${run.status} (${run.errorCode ?? ''}), cases: ${JSON.stringify(failedCases.slice(0, 3))}`,
		);
	}

	// `npm run eval -- ROWS --json FILE` writes { [rows file]: { report, sources } }.
	const evalReports = Object.values(JSON.parse(readFileSync(evalFile, 'utf8')));
	if (evalReports.length !== 1) throw new Error(`${evalFile} should hold the report of one file`);
	const summary = evalReports[0].report;
	const correct = ['sales', 'nurture', 'support', 'junk'].reduce(
		(sum, route) => sum + summary.confusion[route][route],
		0,
	);
	const expected = {
		Accuracy: correct / summary.rows,
		'Sales Leads Lost Unreviewed': summary.salesDroppedUnreviewed / summary.rows,
		'Non-Sales Reaching a Rep': summary.nonSalesAutoRoutedToSales / summary.rows,
		'Review Rate': summary.reviewRate,
	};
	const mismatches = Object.entries(expected).filter(
		([name, value]) => !(Math.abs((run.metrics?.[name] ?? NaN) - value) < 1e-9),
	);
	if (summary.rows !== rows.length || mismatches.length) {
		throw new Error(
			`n8n's metrics differ from npm run eval's (${summary.rows} rows): expected ${JSON.stringify(expected)}, n8n ${JSON.stringify(run.metrics)}`,
		);
	}
	console.log(
		`[e2e] n8n's evaluation metrics match npm run eval on the same ${rows.length} rows: ${JSON.stringify(expected)}`,
	);
}

main().catch((error) => {
	console.error(`[e2e] evaluation: ${error.message}`);
	process.exit(1);
});
