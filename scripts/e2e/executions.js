// Counts a workflow's executions by status in n8n's SQLite database (run with n8n's Node 24,
// which can load n8n's sqlite3 build). Usage: node executions.js DB_FILE WORKFLOW_ID SQLITE3_DIR
const [dbFile, workflowId, sqliteDir] = process.argv.slice(2);
const sqlite3 = require(sqliteDir);
const db = new sqlite3.Database(dbFile, sqlite3.OPEN_READONLY);
db.all('SELECT status, COUNT(*) AS count FROM execution_entity WHERE workflowId = ? GROUP BY status', [workflowId], (error, rows) => {
	if (error) {
		console.error(error.message);
		process.exit(1);
	}
	console.log(JSON.stringify(Object.fromEntries(rows.map((row) => [row.status, row.count]))));
	db.close();
});
