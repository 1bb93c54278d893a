// Per node, how long n8n itself timed each node (runData executionTime, ms) over the executions an
// n8n SQLite database saved, per workflow: what our nodes cost inside n8n, apart from n8n's own
// per-execution work. Needs Node 22.13+ (node:sqlite). Usage: node nodeTimes.js DATABASE FLATTED_DIR
const { DatabaseSync } = require('node:sqlite');

const [databaseFile, flattedDir] = process.argv.slice(2);
const { parse } = require(flattedDir);
const database = new DatabaseSync(databaseFile, { readOnly: true });
const rows = database
	.prepare(
		'SELECT e.workflowId AS workflow, d.data AS data FROM execution_entity e JOIN execution_data d ON d.executionId = e.id',
	)
	.all();
const perWorkflow = {};
for (const row of rows) {
	const nodes = (perWorkflow[row.workflow] ??= { '(saved execution data, bytes)': [] });
	for (const [name, runs] of Object.entries(parse(row.data).resultData.runData))
		for (const run of runs) (nodes[name] ??= []).push(run.executionTime);
	nodes['(saved execution data, bytes)'].push(row.data.length);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
console.log('\n| workflow | node | executions | median ms | mean ms |\n|---|---|---|---|---|');
for (const [workflow, nodes] of Object.entries(perWorkflow)) {
	for (const [name, values] of Object.entries(nodes))
		console.log(
			`| ${workflow} | ${name} | ${values.length} | ${median(values)} | ${mean(values).toFixed(1)} |`,
		);
}
