#!/usr/bin/env bash
# The main job: boots a real n8n with this package installed as a community node, imports the
# templates, runs the demo over the sample leads and prints one row per lead.
#   npm run demo                    # run and print the table
#   npm run demo -- --keep-running  # then leave n8n running with the editor on http://localhost:5678
set -euo pipefail
source "$(dirname "$0")/e2e/n8n-env.sh"
bash "$ROOT/scripts/install-n8n.sh"
USER_FOLDER="$CACHE/demo-user"
install_package_like_n8n "$USER_FOLDER"
if ! import_and_run_demo "$CACHE/demo.json"; then
	cat "$CACHE/demo.json.log" >&2 || true
	exit 1
fi
node "$ROOT/scripts/e2e/demoTable.js" "$CACHE/demo.json"
if [ "${1:-}" = "--keep-running" ]; then
	echo
	echo "Starting n8n with the templates imported: open http://localhost:5678 (create the owner account on first visit). Ctrl+C stops it."
	exec "$N8N_BIN" start
fi
