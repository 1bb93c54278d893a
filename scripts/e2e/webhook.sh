#!/usr/bin/env bash
# Real n8n, production webhooks: publishes a webhook funnel, starts `n8n start` on a free loopback
# port, floods it with leads (50 at once, malformed JSON, an empty body, a 1 MB message) and
# checks both the answers and n8n's own execution records: every lead got a route, none lost.
# Expects the package installed in $N8N_USER_FOLDER (run.sh does it) and Node 24 on PATH.
set -euo pipefail
source "$(dirname "$0")/n8n-env.sh"
: "${N8N_USER_FOLDER:?run scripts/e2e/run.sh, which installs the package first}"
WORKFLOW_ID=IFe2eWebhookFnl1
"$N8N_BIN" import:workflow --input="$ROOT/scripts/e2e/webhook-funnel.json" >/dev/null 2>&1
"$N8N_BIN" publish:workflow --id="$WORKFLOW_ID" >/dev/null 2>&1
PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
LOG="$N8N_USER_FOLDER/n8n-start.log"
N8N_PORT=$PORT N8N_LISTEN_ADDRESS=127.0.0.1 N8N_PAYLOAD_SIZE_MAX=16 "$N8N_BIN" start >"$LOG" 2>&1 &
N8N_PID=$!
trap 'kill $N8N_PID 2>/dev/null || true; wait $N8N_PID 2>/dev/null || true' EXIT
URL="http://127.0.0.1:$PORT/webhook/e2e-intent-funnel"
for _ in $(seq 1 90); do
	# The editor comes up before published workflows are; wait until the webhook answers.
	code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'content-type: application/json' -d '{"leadId":"probe","message":"probe"}' "$URL" || true)
	[ "$code" = "200" ] && break
	sleep 1
done
if [ "${code:-}" != "200" ]; then
	echo "[e2e] the published webhook never answered (last HTTP ${code:-none}); n8n log:" >&2
	tail -30 "$LOG" >&2
	exit 1
fi
node "$ROOT/scripts/e2e/checkTypes.js" "http://127.0.0.1:$PORT"
node "$ROOT/scripts/e2e/webhookFlood.js" "http://127.0.0.1:$PORT"
kill $N8N_PID; wait $N8N_PID 2>/dev/null || true
trap - EXIT
# 1 probe + 50 leads + the 1 MB message + the empty body ran the workflow; all must have succeeded.
counts=$(node "$ROOT/scripts/e2e/executions.js" "$N8N_USER_FOLDER/.n8n/database.sqlite" "$WORKFLOW_ID" "$CACHE/n8n-2.40.7/node_modules/sqlite3")
echo "[e2e] executions of the webhook funnel by status: $counts"
node -e '
	const counts = JSON.parse(process.argv[1]);
	const success = counts.success ?? 0;
	const other = Object.entries(counts).filter(([status]) => status !== "success");
	if (success < 53 || other.length) { console.error(`[e2e] expected at least 53 successful executions and no others, got ${JSON.stringify(counts)}`); process.exit(1); }
' "$counts"
echo "[e2e] n8n recorded a successful execution for every lead"
