#!/usr/bin/env bash
# `npm run bench:n8n`: our nodes on the real engine against n8n's own floor, side by side in one
# run. For each mode (one `n8n start` with default settings; queue mode with one, then two
# workers) it publishes a bare Webhook -> Set workflow (the floor: n8n's cost per webhook
# execution), Webhook -> Set -> Set -> Set (the control: as many nodes as the funnel, all n8n's)
# and Webhook -> Semantic Classifier -> Capacity Check -> Set (the funnel), sends the same
# generated leads to each in alternating rounds, and prints leads/s, p50/p99 webhook latency, the
# funnel's cost as a ratio to the floor (target: at most 1.10) and to the control (what our two
# nodes cost beyond the two nodes n8n would run anyway).
# Environment: BENCH_N8N_LEADS (per round, default 200), BENCH_N8N_ROUNDS (3),
# BENCH_N8N_CONCURRENCY (10), BENCH_N8N_MODES ("single queue": either or both),
# BENCH_N8N_PAIRED (leads per workflow in the paired run, default 200: after the rounds, one lead at
# a time goes to the floor, the control and the funnel in turn, so that the machine's speed, which
# drifts by a fifth over a minute here, is the same for the three; 0 skips it),
# BENCH_N8N_CPU_PROF (a folder: the single instance runs with --cpu-prof and writes its profile
# there when it stops, and queue mode's main and workers write theirs to FOLDER/queue;
# `node scripts/bench/cpuProfile.js FOLDER` sums each per package).
set -euo pipefail
[ -n "${BENCH_N8N_CPU_PROF:-}" ] && export QUEUE_CPU_PROF="$BENCH_N8N_CPU_PROF/queue"
source "$(dirname "$0")/../e2e/queue-deploy.sh"
LEADS="${BENCH_N8N_LEADS:-200}"
ROUNDS="${BENCH_N8N_ROUNDS:-3}"
CONCURRENCY="${BENCH_N8N_CONCURRENCY:-10}"
PAIRED="${BENCH_N8N_PAIRED:-200}"
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
	node "$ROOT/scripts/e2e/funnelWorkflow.js" --kind control --id "IFbench${mode}Ctrl01" --path "bench-$mode-control" > "$dir/control.json"
	node "$ROOT/scripts/e2e/funnelWorkflow.js" --kind bench --id "IFbench${mode}Funnl1" --path "bench-$mode-funnel" --roster queue --state-key "bench-$mode" "$@" > "$dir/funnel.json"
}

# measure MODE BASE_URL: a warm-up, then rounds alternating floor, control and funnel.
measure() {
	local mode="$1" base="$2" kind round
	for kind in floor control funnel; do
		wait_for_webhook "$base/webhook/bench-$mode-$kind" "$OUT/$mode.log" 120
		node "$ROOT/scripts/e2e/leadLoad.js" --url "$base/webhook/bench-$mode-$kind" --count 30 --concurrency "$CONCURRENCY" --prefix "warmup-$kind" --out "$OUT/warmup.json" >/dev/null
	done
	for round in $(seq 1 "$ROUNDS"); do
		for kind in floor control funnel; do
			node "$ROOT/scripts/e2e/leadLoad.js" --url "$base/webhook/bench-$mode-$kind" --count "$LEADS" --concurrency "$CONCURRENCY" \
				--prefix "$mode-$round" --out "$OUT/$mode.$kind.$round.json" >/dev/null
		done
	done
	if [ "$PAIRED" -gt 0 ]; then
		node "$ROOT/scripts/e2e/leadLoad.js" --urls "$base/webhook/bench-$mode-floor,$base/webhook/bench-$mode-control,$base/webhook/bench-$mode-funnel" \
			--labels floor,control,funnel --count $((3 * PAIRED)) --concurrency 1 --prefix "$mode-paired" --out "$OUT/$mode.paired.json" >/dev/null
	fi
	echo "[bench:n8n] $mode measured"
}

MODES="${BENCH_N8N_MODES:-single queue}"
REPORTED=()
if [[ " $MODES " == *" single "* ]]; then
# One n8n, default settings (SQLite database, regular execution mode, the default state store).
install_package_like_n8n "$OUT/single"
write_workflows "$OUT/single/workflows" single
{ "$N8N_BIN" import:workflow --separate --input="$OUT/single/workflows" &&
	for id in IFbenchsingleFloor1 IFbenchsingleCtrl01 IFbenchsingleFunnl1; do "$N8N_BIN" publish:workflow --id="$id"; done; } >"$OUT/single.log" 2>&1 || { tail -20 "$OUT/single.log" >&2; exit 1; }
PORT=$(free_port)
PROFILE=()
[ -n "${BENCH_N8N_CPU_PROF:-}" ] && mkdir -p "$BENCH_N8N_CPU_PROF" && PROFILE=(node --cpu-prof --cpu-prof-dir="$BENCH_N8N_CPU_PROF")
N8N_PORT=$PORT N8N_LISTEN_ADDRESS=127.0.0.1 N8N_RUNNERS_BROKER_PORT="$(free_port)" "${PROFILE[@]}" "$N8N_BIN" start >>"$OUT/single.log" 2>&1 &
SINGLE_PID=$!
measure single "http://127.0.0.1:$PORT"
kill $SINGLE_PID
wait $SINGLE_PID 2>/dev/null || true
SINGLE_PID=""
REPORTED+=(single)
# n8n's own timing of each node (executionTime) from the executions it saved: our nodes apart from n8n's per-execution work.
node "$ROOT/scripts/bench/nodeTimes.js" "$N8N_USER_FOLDER/.n8n/database.sqlite" "$CACHE/n8n-2.40.7/node_modules/flatted" 2>/dev/null > "$OUT/single.nodes.md" || true
fi

if [[ " $MODES " == *" queue "* ]]; then

# Queue mode: PostgreSQL, Redis, main and workers; the Capacity Check keeps its state in Redis.
queue_up "$OUT/queue" 2
write_workflows "$QUEUE_WORK/workflows" queue1 --store redis --redis-credential "$REDIS_CREDENTIAL_ID"
write_workflows "$QUEUE_WORK/workflows/two" queue2 --store redis --redis-credential "$REDIS_CREDENTIAL_ID"
for kind in floor control funnel; do mv "$QUEUE_WORK/workflows/two/$kind.json" "$QUEUE_WORK/workflows/${kind}2.json"; done
rmdir "$QUEUE_WORK/workflows/two"
queue_publish IFbenchqueue1Floor1 IFbenchqueue1Ctrl01 IFbenchqueue1Funnl1 IFbenchqueue2Floor1 IFbenchqueue2Ctrl01 IFbenchqueue2Funnl1
queue_start_main
ln -sf "$QUEUE_WORK/main.log" "$OUT/queue1.log"
ln -sf "$QUEUE_WORK/main.log" "$OUT/queue2.log"
queue_start_worker 1
queue_wait_worker 1
measure queue1 "$N8N_URL"
queue_start_worker 2
queue_wait_worker 2
measure queue2 "$N8N_URL"
REPORTED+=(queue1 queue2)
node "$ROOT/scripts/bench/nodeTimes.js" postgres "$CACHE/n8n-2.40.7/node_modules/flatted" "$CACHE/n8n-2.40.7/node_modules/pg" 2>/dev/null > "$OUT/queue.nodes.md" || true
fi

node "$ROOT/scripts/bench/n8nReport.js" "$OUT" "${REPORTED[@]}"
if [ -s "$OUT/single.nodes.md" ]; then echo; echo "Single instance, n8n's executionTime per node:"; cat "$OUT/single.nodes.md"; fi
if [ -s "$OUT/queue.nodes.md" ]; then echo; echo "Queue mode, n8n's executionTime per node (both worker counts):"; cat "$OUT/queue.nodes.md"; fi
