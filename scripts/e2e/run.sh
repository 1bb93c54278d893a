#!/usr/bin/env bash
# End to end on a real n8n: installs Node 24 + n8n 2.40.7 (cached in .cache/), installs the packed
# package the way the community-node installer does, imports every template and runs the demo
# headless, asserting each sample lead's route.
set -euo pipefail
source "$(dirname "$0")/n8n-env.sh"
bash "$ROOT/scripts/install-n8n.sh"
USER_FOLDER="$CACHE/e2e-user"
install_package_like_n8n "$USER_FOLDER"
echo "[e2e] package installed into $USER_FOLDER/.n8n/nodes (production dependencies only)"
if ! import_and_run_demo "$CACHE/e2e-demo.json"; then
	cat "$CACHE/e2e-demo.json.log" >&2 || true
	exit 1
fi
node "$ROOT/scripts/e2e/demoTable.js" "$CACHE/e2e-demo.json" --expect "$ROOT/test/templates/demo-expected-routes.json"
bash "$ROOT/scripts/e2e/webhook.sh"
bash "$ROOT/scripts/e2e/evaluation.sh"
