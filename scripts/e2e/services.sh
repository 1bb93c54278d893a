# Sourced by the queue-mode scripts: Debian's PostgreSQL and redis-server on private loopback
# ports, data under .cache (or a temporary folder when the postgres user cannot reach .cache),
# each run as its own system user (PostgreSQL refuses to run as root). Needs n8n-env.sh (free_port).

# A folder the service's user owns: under $1 when that user can reach it, else a temporary one
# (CI clones into /root, which only root may enter).
service_dir() {
	local wanted user="$2"
	mkdir -p "$1"
	wanted="$(cd "$1" && pwd)"
	rm -rf "$wanted"
	mkdir -p "$wanted"
	chown "$user" "$wanted"
	if runuser -u "$user" -- test -w "$wanted"; then
		echo "$wanted"
	else
		rm -rf "$wanted"
		local fallback
		fallback="$(mktemp -d "/tmp/intent-funnel-$user.XXXXXX")"
		chown "$user" "$fallback"
		echo "$fallback"
	fi
}

# start_postgres DIR: a fresh cluster on a free port with a database and login for n8n.
# Sets PG_PORT, PG_DIR, PG_BIN; exports DB_POSTGRESDB_* for n8n.
start_postgres() {
	PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
	if [ ! -x "$PG_BIN/initdb" ]; then
		echo "PostgreSQL is not installed (apt-get install postgresql; .ci/run does it)" >&2
		return 1
	fi
	PG_DIR="$(service_dir "$1" postgres)"
	PG_PORT="$(free_port)"
	local password=intent-funnel-e2e
	echo "$password" > "$PG_DIR/pwfile"
	chown postgres "$PG_DIR/pwfile"
	runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A scram-sha-256 --pwfile="$PG_DIR/pwfile" >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; return 1; }
	# Throwaway test data: no fsync, so the 2-core CI spends its time in n8n, not on disk flushes.
	runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 60 \
		-o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR -c fsync=off -c max_connections=100" start >/dev/null || { cat "$PG_DIR/postgres.log" >&2; return 1; }
	PGPASSWORD="$password" "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
		-c "CREATE ROLE n8n LOGIN PASSWORD '$password'" -c "CREATE DATABASE n8n OWNER n8n" >/dev/null
	export DB_TYPE=postgresdb DB_POSTGRESDB_HOST=127.0.0.1 DB_POSTGRESDB_PORT="$PG_PORT" \
		DB_POSTGRESDB_DATABASE=n8n DB_POSTGRESDB_USER=n8n DB_POSTGRESDB_PASSWORD="$password"
}

stop_postgres() {
	[ -n "${PG_DIR:-}" ] && [ -f "$PG_DIR/data/postmaster.pid" ] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1
	return 0
}

# start_redis DIR: redis-server on a free port, no persistence. Sets REDIS_PORT, REDIS_DIR.
start_redis() {
	if ! command -v redis-server >/dev/null; then
		echo "redis-server is not installed (apt-get install redis-server; .ci/run does it)" >&2
		return 1
	fi
	local user=root
	id redis >/dev/null 2>&1 && user=redis
	REDIS_DIR="$(service_dir "$1" "$user")"
	REDIS_PORT="$(free_port)"
	runuser -u "$user" -- redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$REDIS_DIR" --save '' --appendonly no \
		--daemonize yes --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log"
	for _ in $(seq 1 50); do
		redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && return 0
		sleep 0.1
	done
	echo "redis-server did not answer on port $REDIS_PORT:" >&2
	cat "$REDIS_DIR/redis.log" >&2
	return 1
}

stop_redis() {
	[ -n "${REDIS_PORT:-}" ] && redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1
	return 0
}
