// Reads the webhook funnel's executions from n8n's SQLite database and checks them lead by lead:
// each of the flood's leads (ids 0-49, the 1 MB message "big" and the empty body) ran exactly once
// and succeeded. The readiness probe of wait_for_webhook is allowed once or not at all: n8n has
// been seen to answer it 200 without recording an execution (CI run 169), so a plain count of 53
// was a flake, while a lost or doubled lead is what this check is for.
// Run with n8n's Node 24, which can load n8n's sqlite3 build:
//   node floodExecutions.js DB_FILE WORKFLOW_ID N8N_NODE_MODULES
const path = require('node:path');

const [database, workflowId, modules] = process.argv.slice(2);
const sqlite3 = require(path.join(modules, 'sqlite3'));
// n8n stores run data in flatted's format.
const { parse } = require(path.join(modules, 'flatted'));

const FLOOD_LEADS = [...Array.from({ length: 50 }, (_, i) => String(i)), 'big', '(empty body)'];

function leadIdOf(data) {
	const runData = parse(data).resultData.runData;
	const webhookRun = Object.values(runData).find((runs) =>
		runs[0]?.data?.main?.[0]?.[0]?.json?.hasOwnProperty('body'),
	);
	const body = webhookRun?.[0].data.main[0][0].json.body;
	if (body === undefined) return '(no webhook run)';
	return body.leadId === undefined ? '(empty body)' : String(body.leadId);
}

const db = new sqlite3.Database(database, sqlite3.OPEN_READONLY);
db.all(
	'SELECT e.id, e.status, d.data FROM execution_entity e LEFT JOIN execution_data d ON d.executionId = e.id WHERE e.workflowId = ?',
	[workflowId],
	(error, rows) => {
		db.close();
		if (error) {
			console.error(error.message);
			process.exit(1);
		}
		const problems = [];
		const runsByLead = new Map();
		for (const row of rows) {
			const lead = row.data ? leadIdOf(row.data) : '(no data)';
			runsByLead.set(lead, [...(runsByLead.get(lead) ?? []), row]);
			if (row.status !== 'success')
				problems.push(`execution ${row.id} (lead ${lead}) ended "${row.status}"`);
		}
		for (const lead of FLOOD_LEADS) {
			const runs = runsByLead.get(lead)?.length ?? 0;
			if (runs !== 1) problems.push(`lead ${lead} ran ${runs} times`);
		}
		const probes = runsByLead.get('probe')?.length ?? 0;
		if (probes > 1) problems.push(`the readiness probe ran ${probes} times`);
		const strangers = [...runsByLead.keys()].filter(
			(lead) => lead !== 'probe' && !FLOOD_LEADS.includes(lead),
		);
		if (strangers.length)
			problems.push(`executions of no lead that was sent: ${strangers.join(', ')}`);
		if (problems.length) {
			console.error(`[e2e] n8n's executions of the webhook funnel: ${problems.join('; ')}`);
			process.exit(1);
		}
		console.log(
			`[e2e] n8n recorded exactly one successful execution for each of the ${FLOOD_LEADS.length} leads sent (readiness probe: ${probes})`,
		);
	},
);
