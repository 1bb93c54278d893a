#!/usr/bin/env bash
# `npm run bench:n8n`: our nodes on the real engine against n8n's own floor, side by side in one
# run. For each mode (one `n8n start` with default settings; queue mode with one, then two
# workers) it publishes a bare Webhook -> Set workflow (the floor: n8n's cost per webhook
# execution) and Webhook -> Semantic Classifier -> Capacity Check -> Set (the funnel), sends the
# same generated leads to both in alternating rounds, and prints leads/s, p50/p99 webhook latency
# and the funnel's cost as a ratio to the floor (target: at most 1.10).
# Environment: BENCH_N8N_LEADS (per round, default 200), BENCH_N8N_ROUNDS (3),
# BENCH_N8N_CONCURRENCY (10).
set -euo pipefail
source "$(dirname "$0")/../e2e/queue-deploy.sh"
LEADS="${BENCH_N8N_LEADS:-200}"
ROUNDS="${BENCH_N8N_ROUNDS:-3}"
CONCURRENCY="${BENCH_N8N_CONCURRENCY:-10}"
OUT="$CACHE/bench-n8n"
bash "$ROOT/scripts/install-n8n.sh" >/dev/null
rm -rf "$OUT"
mkdir -p "$OUT"
SINGLE_PID=""
trap 'kill $SINGLE_PID 2>/dev/null || true; queue_down' EXIT

write_workflows() { # DIR MODE [capacity store options...]
	local dir="$1" mode="$2"
	shift 2
	mkdir -p "$dir"
	node "$ROOT/scripts/e2e/funnelWorkflow.js" --kind floor --id "IFbench${mode}Floor1" --path "bench-$mode-floor" > "$dir/floor.json"
	node "$ROOT/scripts/e2e/funnelWorkflow.js" --kind bench --id "IFbench${mode}Funnl1" --path "bench-$mode-funnel" --roster queue --state-key "bench-$mode" "$@" > "$dir/funnel.json"
}

# measure MODE BASE_URL: a warm-up, then rounds alternating floor and funnel.
measure() {
	local mode="$1" base="$2" kind round
	for kind in floor funnel; do
		wait_for_webhook "$base/webhook/bench-$mode-$kind" "$OUT/$mode.log" 120
		node "$ROOT/scripts/e2e/leadLoad.js" --url "$base/webhook/bench-$mode-$kind" --count 30 --concurrency "$CONCURRENCY" --prefix "warmup-$kind" --out "$OUT/warmup.json" >/dev/null
	done
	for round in $(seq 1 "$ROUNDS"); do
		for kind in floor funnel; do
			node "$ROOT/scripts/e2e/leadLoad.js" --url "$base/webhook/bench-$mode-$kind" --count "$LEADS" --concurrency "$CONCURRENCY" \
				--prefix "$mode-$round" --out "$OUT/$mode.$kind.$round.json" >/dev/null
		done
	done
	echo "[bench:n8n] $mode measured"
}

# One n8n, default settings (SQLite database, regular execution mode, the default state store).
install_package_like_n8n "$OUT/single"
write_workflows "$OUT/single/workflows" single
{ "$N8N_BIN" import:workflow --separate --input="$OUT/single/workflows" &&
	for id in IFbenchsingleFloor1 IFbenchsingleFunnl1; do "$N8N_BIN" publish:workflow --id="$id"; done; } >"$OUT/single.log" 2>&1 || { tail -20 "$OUT/single.log" >&2; exit 1; }
PORT=$(free_port)
N8N_PORT=$PORT N8N_LISTEN_ADDRESS=127.0.0.1 N8N_RUNNERS_BROKER_PORT="$(free_port)" "$N8N_BIN" start >>"$OUT/single.log" 2>&1 &
SINGLE_PID=$!
measure single "http://127.0.0.1:$PORT"
kill $SINGLE_PID
wait $SINGLE_PID 2>/dev/null || true
SINGLE_PID=""

# Queue mode: PostgreSQL, Redis, main and workers; the Capacity Check keeps its state in Redis.
queue_up "$OUT/queue" 2
write_workflows "$QUEUE_WORK/workflows" queue1 --store redis --redis-credential "$REDIS_CREDENTIAL_ID"
write_workflows "$QUEUE_WORK/workflows/two" queue2 --store redis --redis-credential "$REDIS_CREDENTIAL_ID"
mv "$QUEUE_WORK/workflows/two/floor.json" "$QUEUE_WORK/workflows/floor2.json"
mv "$QUEUE_WORK/workflows/two/funnel.json" "$QUEUE_WORK/workflows/funnel2.json"
rmdir "$QUEUE_WORK/workflows/two"
queue_publish IFbenchqueue1Floor1 IFbenchqueue1Funnl1 IFbenchqueue2Floor1 IFbenchqueue2Funnl1
queue_start_main
ln -sf "$QUEUE_WORK/main.log" "$OUT/queue1.log"
ln -sf "$QUEUE_WORK/main.log" "$OUT/queue2.log"
queue_start_worker 1
queue_wait_worker 1
measure queue1 "$N8N_URL"
queue_start_worker 2
queue_wait_worker 2
measure queue2 "$N8N_URL"

node "$ROOT/scripts/bench/n8nReport.js" "$OUT" single queue1 queue2
