// Per node, how long n8n itself timed each node (runData executionTime, ms) over the executions an
// n8n database saved, per workflow: what our nodes cost inside n8n, apart from n8n's own
// per-execution work. Also the saved execution data's size, and for queue mode how long an
// execution waited between being created (main) and started (worker).
//   SQLite (Node 22.13+, node:sqlite): node nodeTimes.js DATABASE_FILE FLATTED_DIR
//   PostgreSQL (n8n's DB_POSTGRESDB_* variables, n8n's pg module): node nodeTimes.js postgres FLATTED_DIR PG_DIR
const [database, flattedDir, pgDir] = process.argv.slice(2);
const { parse } = require(flattedDir);

async function savedExecutions() {
	if (database !== 'postgres') {
		const { DatabaseSync } = require('node:sqlite');
		return new DatabaseSync(database, { readOnly: true })
			.prepare(
				'SELECT e.workflowId AS workflow, d.data AS data, NULL AS waited FROM execution_entity e JOIN execution_data d ON d.executionId = e.id',
			)
			.all();
	}
	const client = require('../e2e/pgClient')(pgDir);
	await client.connect();
	try {
		const result = await client.query(
			'SELECT e."workflowId" AS workflow, d.data AS data, EXTRACT(EPOCH FROM (e."startedAt" - e."createdAt")) * 1000 AS waited FROM execution_entity e JOIN execution_data d ON d."executionId" = e.id',
		);
		return result.rows;
	} finally {
		await client.end();
	}
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;

savedExecutions()
	.then((rows) => {
		const perWorkflow = {};
		for (const row of rows) {
			const nodes = (perWorkflow[row.workflow] ??= { '(saved execution data, bytes)': [] });
			for (const [name, runs] of Object.entries(parse(row.data).resultData.runData))
				for (const run of runs) (nodes[name] ??= []).push(run.executionTime);
			nodes['(saved execution data, bytes)'].push(row.data.length);
			if (row.waited !== null && row.waited !== undefined)
				(nodes['(queued: created to started, ms)'] ??= []).push(Number(row.waited));
		}
		console.log('\n| workflow | node | executions | median ms | mean ms |\n|---|---|---|---|---|');
		for (const [workflow, nodes] of Object.entries(perWorkflow)) {
			for (const [name, values] of Object.entries(nodes))
				console.log(
					`| ${workflow} | ${name} | ${values.length} | ${median(values)} | ${mean(values).toFixed(1)} |`,
				);
		}
	})
	.catch((error) => {
		console.error(error.message);
		process.exit(1);
	});
