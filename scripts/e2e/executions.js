// Counts a workflow's executions by status in n8n's database; prints {"success": N, ...}.
// SQLite (run with n8n's Node 24, which can load n8n's sqlite3 build):
//   node executions.js DB_FILE WORKFLOW_ID SQLITE3_DIR
// PostgreSQL (connection from n8n's own DB_POSTGRESDB_* variables, through n8n's pg module):
//   node executions.js postgres WORKFLOW_ID PG_DIR
const [database, workflowId, moduleDir] = process.argv.slice(2);

const print = (rows) =>
	console.log(
		JSON.stringify(Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]))),
	);
const fail = (error) => {
	console.error(error.message);
	process.exit(1);
};

if (database === 'postgres') {
	const client = require('./pgClient')(moduleDir);
	client
		.connect()
		.then(() =>
			client.query(
				'SELECT status, COUNT(*) AS count FROM execution_entity WHERE "workflowId" = $1 GROUP BY status',
				[workflowId],
			),
		)
		.then((result) => print(result.rows))
		.then(() => client.end())
		.catch(fail);
} else {
	const sqlite3 = require(moduleDir);
	const db = new sqlite3.Database(database, sqlite3.OPEN_READONLY);
	db.all(
		'SELECT status, COUNT(*) AS count FROM execution_entity WHERE workflowId = ? GROUP BY status',
		[workflowId],
		(error, rows) => {
			if (error) fail(error);
			print(rows);
			db.close();
		},
	);
}
