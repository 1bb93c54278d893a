#!/usr/bin/env bash
# Real n8n, Evaluations: runs the evaluation template's test run on the project's labelled leads
# (test/fixtures/evaluation/labelled-leads.jsonl) and checks its metrics against `npm run eval`
# on the same rows. Expects the package installed in $N8N_USER_FOLDER (run.sh does it).
set -euo pipefail
source "$(dirname "$0")/n8n-env.sh"
: "${N8N_USER_FOLDER:?run scripts/e2e/run.sh, which installs the package first}"
ROWS="$ROOT/test/fixtures/evaluation/labelled-leads.jsonl"
EVAL_JSON="$N8N_USER_FOLDER/evaluation-eval.json"
PORT=$(free_port)
LOG="$N8N_USER_FOLDER/n8n-evaluation.log"
N8N_PORT=$PORT N8N_LISTEN_ADDRESS=127.0.0.1 N8N_RUNNERS_BROKER_PORT="$(free_port)" "$N8N_BIN" start >"$LOG" 2>&1 &
N8N_PID=$!
trap 'kill $N8N_PID 2>/dev/null || true; wait $N8N_PID 2>/dev/null || true' EXIT
# While n8n starts: npm run eval's numbers on the same rows.
(cd "$ROOT" && npm run --silent eval -- "$ROWS" --sources none --json "$EVAL_JSON" >/dev/null)
for _ in $(seq 1 120); do
	curl -sf "http://127.0.0.1:$PORT/healthz/readiness" >/dev/null 2>&1 && break
	sleep 1
done
status=0
node "$ROOT/scripts/e2e/evaluation.js" "http://127.0.0.1:$PORT" "$ROWS" "$ROOT/workflows/evaluate-funnel-settings.json" "$EVAL_JSON" || status=$?
[ "$status" = 0 ] || tail -40 "$LOG" >&2
exit "$status"
