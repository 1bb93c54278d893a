# Sourced by the queue-mode check and the n8n benchmark: one n8n queue-mode deployment on this
# host. PostgreSQL and redis-server on private loopback ports, the loopback sink, `n8n start`
# (main: editor and webhooks) and `n8n worker` processes, each with its own user folder holding
# the package installed the way the community installer does, one encryption key.
source "$(dirname "${BASH_SOURCE[0]}")/n8n-env.sh"
source "$(dirname "${BASH_SOURCE[0]}")/services.sh"

QUEUE_PIDS=()
declare -A WORKER_PID

# queue_up WORK WORKERS: services, sink and the package for main and WORKERS workers. Sets
# REDIS_CREDENTIAL_ID (n8n's Redis credential for the Capacity Check state), SINK_URL.
queue_up() {
	QUEUE_WORK="$1"
	rm -rf "$QUEUE_WORK"
	mkdir -p "$QUEUE_WORK/workflows"
	start_postgres "$QUEUE_WORK/postgres"
	start_redis "$QUEUE_WORK/redis"
	start_sink "$QUEUE_WORK"
	# Every n8n process of the deployment: same database (start_postgres exported DB_*), same
	# Redis, same encryption key.
	export EXECUTIONS_MODE=queue
	export QUEUE_BULL_REDIS_HOST=127.0.0.1 QUEUE_BULL_REDIS_PORT="$REDIS_PORT"
	export N8N_ENCRYPTION_KEY=intent-funnel-e2e-queue-mode-key
	# n8n's default pool is 2 connections: at 50 concurrent webhooks its database health ping
	# waits behind them, times out, and the main answers 503 "Database is not ready!".
	export DB_POSTGRESDB_POOL_SIZE=10
	install_package_like_n8n "$QUEUE_WORK/main"
	for worker in $(seq 1 "$2"); do
		# What a worker's image holds: the same installed package in its own ~/.n8n/nodes.
		mkdir -p "$QUEUE_WORK/worker$worker/.n8n"
		cp -a "$QUEUE_WORK/main/.n8n/nodes" "$QUEUE_WORK/worker$worker/.n8n/"
	done
	# The Capacity Check's state lives in Redis database 1 (n8n's queue uses database 0), through
	# n8n's own Redis credential type; the import encrypts the plain data with the key above.
	REDIS_CREDENTIAL_ID=IFqueueRedisSt01
	cat > "$QUEUE_WORK/credentials.json" <<JSON
[{ "id": "$REDIS_CREDENTIAL_ID", "name": "Intent Funnel state (Redis)", "type": "redis",
   "data": { "host": "127.0.0.1", "port": $REDIS_PORT, "database": 1, "password": "", "ssl": false } }]
JSON
	echo "[queue] PostgreSQL on 127.0.0.1:$PG_PORT, redis-server on 127.0.0.1:$REDIS_PORT, sink on $SINK_URL"
}

# queue_publish ID...: imports the credential and every workflow in $QUEUE_WORK/workflows, then
# publishes the given workflows, one n8n CLI run each (--activeState=fromJson at import would save
# those runs, but n8n 2.40.7 refuses it without an owner account: "without permissions").
queue_publish() {
	local log="$QUEUE_WORK/import.log"
	{ "$N8N_BIN" import:credentials --input="$QUEUE_WORK/credentials.json" && "$N8N_BIN" import:workflow --separate --input="$QUEUE_WORK/workflows"; } >"$log" 2>&1 || { cat "$log" >&2; return 1; }
	for id in "$@"; do "$N8N_BIN" publish:workflow --id="$id" >>"$log" 2>&1 || { cat "$log" >&2; return 1; }; done
}

# queue_start_main: `n8n start` on a free loopback port. Sets N8N_URL.
queue_start_main() {
	local port
	port=$(free_port)
	N8N_PORT=$port N8N_LISTEN_ADDRESS=127.0.0.1 N8N_RUNNERS_BROKER_PORT="$(free_port)" "${QUEUE_PROFILE[@]}" "$N8N_BIN" start >"$QUEUE_WORK/main.log" 2>&1 &
	QUEUE_PIDS+=($!)
	N8N_URL="http://127.0.0.1:$port"
}

# QUEUE_CPU_PROF (a folder): main and workers run with --cpu-prof and write their profiles there
# when they stop (`node scripts/bench/cpuProfile.js FOLDER` sums each per package).
QUEUE_PROFILE=()
[ -n "${QUEUE_CPU_PROF:-}" ] && mkdir -p "$QUEUE_CPU_PROF" && QUEUE_PROFILE=(node --cpu-prof --cpu-prof-dir="$QUEUE_CPU_PROF")

# queue_start_worker N: `n8n worker` with its own user folder (queue_wait_worker N waits for it).
queue_start_worker() {
	N8N_USER_FOLDER="$QUEUE_WORK/worker$1" N8N_RUNNERS_BROKER_PORT="$(free_port)" "${QUEUE_PROFILE[@]}" "$N8N_BIN" worker --concurrency=10 >"$QUEUE_WORK/worker$1.log" 2>&1 &
	QUEUE_PIDS+=($!)
	WORKER_PID[$1]=$!
}

queue_wait_worker() {
	local log="$QUEUE_WORK/worker$1.log"
	for _ in $(seq 1 180); do
		grep -qs "n8n worker is now ready" "$log" && return 0
		kill -0 "${WORKER_PID[$1]}" 2>/dev/null || break
		sleep 1
	done
	echo "[queue] worker $1 never became ready:" >&2
	tail -30 "$log" >&2
	return 1
}

queue_down() {
	for pid in "${QUEUE_PIDS[@]+"${QUEUE_PIDS[@]}"}" ${SINK_PID:-}; do kill "$pid" 2>/dev/null || true; done
	for pid in "${QUEUE_PIDS[@]+"${QUEUE_PIDS[@]}"}"; do wait "$pid" 2>/dev/null || true; done
	QUEUE_PIDS=()
	stop_redis
	stop_postgres
}

# queue_executions WORKFLOW_ID: the workflow's executions by status, from PostgreSQL.
queue_executions() {
	node "$ROOT/scripts/e2e/executions.js" postgres "$1" "$CACHE/n8n-2.40.7/node_modules/pg"
}
