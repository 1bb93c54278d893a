#!/usr/bin/env bash
# Real n8n 2.40.7 in queue mode, as a team that outgrew one instance runs it (queue-deploy.sh):
# PostgreSQL, redis-server, `n8n start` and two `n8n worker` processes. Publishes the funnel
# (Webhook -> Semantic Classifier -> Capacity Check with the Redis store; SMS, Slack and CRM calls
# to a loopback sink) and sends 1,000 leads at concurrency 50, then 1,000 more while one worker is
# killed with SIGKILL mid-run. funnelChecks.js asserts each run from the sender's answers, the
# sink and n8n's executions. The README's "Scaling out" section is written from these commands.
set -euo pipefail
source "$(dirname "$0")/queue-deploy.sh"
LEADS="${QUEUE_E2E_LEADS:-1000}"
CONCURRENCY="${QUEUE_E2E_CONCURRENCY:-50}"
started_at=$SECONDS
trap queue_down EXIT

queue_up "$CACHE/queue-mode" 2
echo "[queue] services up, package installed for main and workers after $((SECONDS - started_at)) s"
for run in steady crash; do
	node "$ROOT/scripts/e2e/funnelWorkflow.js" --kind funnel --id "IFqueue${run}Fnl01" --path "queue-$run" --roster queue \
		--store redis --redis-credential "$REDIS_CREDENTIAL_ID" --state-key "queue-$run" --sink "$SINK_URL" > "$QUEUE_WORK/workflows/$run.json"
done
queue_publish IFqueuesteadyFnl01 IFqueuecrashFnl01
echo "[queue] workflows published after $((SECONDS - started_at)) s"
queue_start_main
queue_start_worker 1
queue_start_worker 2
queue_wait_worker 1
queue_wait_worker 2
wait_for_webhook "$N8N_URL/webhook/queue-steady" "$QUEUE_WORK/main.log" 120
wait_for_webhook "$N8N_URL/webhook/queue-crash" "$QUEUE_WORK/main.log" 30
echo "[queue] main and two workers up after $((SECONDS - started_at)) s"

# Run 1, nothing fails: exactly one outcome each. A call n8n never answers (seen 2 in 1,000 in
# queue mode, with the execution a success) is retried after 60 s, as senders do, and must be a
# duplicate that changes nothing (funnelChecks.js prints them).
node "$ROOT/scripts/e2e/leadLoad.js" --url "$N8N_URL/webhook/queue-steady" --count "$LEADS" --concurrency "$CONCURRENCY" \
	--prefix steady --retries 1 --timeout-ms 60000 --out "$QUEUE_WORK/steady.json" >/dev/null
sleep 2 # an execution is saved just after its webhook answer
node "$ROOT/scripts/e2e/funnelChecks.js" --load "$QUEUE_WORK/steady.json" --sink "$SINK_URL" --roster queue --prefix steady \
	--executions "$(queue_executions IFqueuesteadyFnl01)"
echo "[queue] steady run checked after $((SECONDS - started_at)) s"

# Run 2: worker 1 is killed with SIGKILL once a third of the leads have their CRM record.
node "$ROOT/scripts/e2e/leadLoad.js" --url "$N8N_URL/webhook/queue-crash" --count "$LEADS" --concurrency "$CONCURRENCY" \
	--prefix crash --retries 3 --timeout-ms 180000 --out "$QUEUE_WORK/crash.json" >/dev/null &
LOAD_PID=$!
until [ "$(curl -s "$SINK_URL/count?channel=crm&prefix=crash-")" -ge $((LEADS / 3)) ]; do
	kill -0 $LOAD_PID 2>/dev/null || break
	sleep 0.5
done
kill -9 "${WORKER_PID[1]}"
echo "[queue] worker 1 killed with SIGKILL after $(curl -s "$SINK_URL/count?channel=crm&prefix=crash-") CRM records"
wait $LOAD_PID
sleep 2
node "$ROOT/scripts/e2e/funnelChecks.js" --load "$QUEUE_WORK/crash.json" --sink "$SINK_URL" --roster queue --prefix crash --crash \
	--executions "$(queue_executions IFqueuecrashFnl01)"
echo "[queue] crash run checked; the queue-mode check took $((SECONDS - started_at)) s"
