#!/usr/bin/env bash
# Real n8n, production webhooks: publishes a webhook funnel, starts `n8n start` on a free loopback
# port, floods it with leads (50 at once, malformed JSON, an empty body, a 1 MB message) and
# checks both the answers and n8n's own execution records: every lead got a route, none lost.
# Then the single-instance burst: 40 hot leads at once to two closers capped at 5, with the
# default state store and default settings, must assign exactly 5 to each and no more.
# Expects the package installed in $N8N_USER_FOLDER (run.sh does it) and Node 24 on PATH.
set -euo pipefail
source "$(dirname "$0")/n8n-env.sh"
: "${N8N_USER_FOLDER:?run scripts/e2e/run.sh, which installs the package first}"
WORKFLOW_ID=IFe2eWebhookFnl1
BURST_ID=IFe2eBurstSingle
start_sink "$N8N_USER_FOLDER"
trap 'kill $SINK_PID 2>/dev/null || true' EXIT
mkdir -p "$N8N_USER_FOLDER/workflows"
cp "$ROOT/scripts/e2e/webhook-funnel.json" "$N8N_USER_FOLDER/workflows/"
node "$ROOT/scripts/e2e/funnelWorkflow.js" --kind funnel --id "$BURST_ID" --path e2e-burst --roster burst --sink "$SINK_URL" > "$N8N_USER_FOLDER/workflows/burst.json"
"$N8N_BIN" import:workflow --separate --input="$N8N_USER_FOLDER/workflows" >/dev/null 2>&1
"$N8N_BIN" publish:workflow --id="$WORKFLOW_ID" >/dev/null 2>&1
"$N8N_BIN" publish:workflow --id="$BURST_ID" >/dev/null 2>&1
PORT=$(free_port)
LOG="$N8N_USER_FOLDER/n8n-start.log"
N8N_PORT=$PORT N8N_LISTEN_ADDRESS=127.0.0.1 N8N_RUNNERS_BROKER_PORT="$(free_port)" N8N_PAYLOAD_SIZE_MAX=16 "$N8N_BIN" start >"$LOG" 2>&1 &
N8N_PID=$!
trap 'kill $N8N_PID $SINK_PID 2>/dev/null || true; wait $N8N_PID 2>/dev/null || true' EXIT
URL="http://127.0.0.1:$PORT/webhook/e2e-intent-funnel"
wait_for_webhook "$URL" "$LOG" 90
node "$ROOT/scripts/e2e/checkTypes.js" "http://127.0.0.1:$PORT"
node "$ROOT/scripts/e2e/webhookFlood.js" "http://127.0.0.1:$PORT"
# The burst's probe is not a hot lead, so it changes no count.
wait_for_webhook "http://127.0.0.1:$PORT/webhook/e2e-burst" "$LOG" 30
node "$ROOT/scripts/e2e/leadLoad.js" --url "http://127.0.0.1:$PORT/webhook/e2e-burst" --count 40 --concurrency 40 --mix hot --prefix burst --out "$N8N_USER_FOLDER/burst.json" >/dev/null
# n8n may save an execution just after answering its webhook; a stopped n8n has saved them all.
kill $N8N_PID; wait $N8N_PID 2>/dev/null || true
burst_counts=$(node "$ROOT/scripts/e2e/executions.js" "$N8N_USER_FOLDER/.n8n/database.sqlite" "$BURST_ID" "$CACHE/n8n-2.40.7/node_modules/sqlite3")
burst_status=0
node "$ROOT/scripts/e2e/funnelChecks.js" --load "$N8N_USER_FOLDER/burst.json" --sink "$SINK_URL" --roster burst --prefix burst --executions "$burst_counts" || burst_status=$?
kill $SINK_PID
trap - EXIT
[ "$burst_status" = 0 ] || { echo "[e2e] the single-instance burst exceeded or missed the caps" >&2; exit 1; }
# Every lead of the flood ran once and succeeded, read from n8n's own execution records.
node "$ROOT/scripts/e2e/floodExecutions.js" "$N8N_USER_FOLDER/.n8n/database.sqlite" "$WORKFLOW_ID" "$CACHE/n8n-2.40.7/node_modules"
