#!/usr/bin/env bash
# Screenshot of the funnel template on a real n8n canvas for the README (docs/funnel-canvas.png).
# Needs Debian's chromium (apt-get install -y chromium).
# `screenshot.sh report`: the Funnel Report's HTML email for the tested sample day
# (docs/funnel-report.png), with no n8n.
set -euo pipefail
source "$(dirname "$0")/e2e/n8n-env.sh"
if [ "${1:-}" = report ]; then
	mkdir -p "$ROOT/docs" "$ROOT/tmp"
	cd "$ROOT"
	npx ts-node --transpile-only scripts/report-sample.ts "$ROOT/tmp/funnel-report.html"
	npx ts-node --transpile-only scripts/screenshot.ts --html "$ROOT/tmp/funnel-report.html" "$ROOT/docs/funnel-report.png"
	exit 0
fi
bash "$ROOT/scripts/install-n8n.sh"
install_package_like_n8n "$CACHE/screenshot-user"
for template in "$ROOT"/workflows/*.json; do "$N8N_BIN" import:workflow --input="$template" >/dev/null 2>&1; done
PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
N8N_PORT=$PORT N8N_LISTEN_ADDRESS=127.0.0.1 "$N8N_BIN" start >"$CACHE/screenshot-n8n.log" 2>&1 &
N8N_PID=$!
trap 'kill $N8N_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$PORT/healthz/readiness" >/dev/null && break; sleep 1; done
mkdir -p "$ROOT/docs"
cd "$ROOT" && env PATH="${PATH#"$NODE24_BIN:"}" npx ts-node --transpile-only scripts/screenshot.ts "http://127.0.0.1:$PORT" IFfunnelInbound1 "$ROOT/docs/funnel-canvas.png"
