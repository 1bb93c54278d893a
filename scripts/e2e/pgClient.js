// A client for n8n's PostgreSQL database in queue mode, built from n8n's own DB_POSTGRESDB_*
// variables and n8n's own pg module (pgDir), so the checks and the benchmark read the database
// exactly where and as n8n writes it.
module.exports = function n8nPostgresClient(pgDir) {
	const { Client } = require(pgDir);
	return new Client({
		host: process.env.DB_POSTGRESDB_HOST,
		port: Number(process.env.DB_POSTGRESDB_PORT),
		database: process.env.DB_POSTGRESDB_DATABASE,
		user: process.env.DB_POSTGRESDB_USER,
		password: process.env.DB_POSTGRESDB_PASSWORD,
	});
};
