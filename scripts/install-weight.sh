#!/usr/bin/env bash
# Installs the packed package the way n8n 2.40.7's community installer does
# (packages/cli/src/modules/community-packages/community-packages.service.ts, downloadPackage):
# unpack the tarball, drop devDependencies/peerDependencies/optionalDependencies from its
# package.json, then `npm install --install-strategy=shallow --ignore-scripts=true` inside it.
# Prints what lands on disk per n8n instance and worker, and fails above the budget.
#   bash scripts/install-weight.sh [TARBALL]   (default: npm pack of this repo)
# Env: INSTALL_WEIGHT_MAX_MB (20), INSTALL_WEIGHT_MAX_PACKAGES (10), INSTALL_WEIGHT_KEEP=1 keeps the folder.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
MAX_MB="${INSTALL_WEIGHT_MAX_MB:-20}"
MAX_PACKAGES="${INSTALL_WEIGHT_MAX_PACKAGES:-10}"
WORK="$(mktemp -d)"
[ "${INSTALL_WEIGHT_KEEP:-}" = 1 ] || trap 'rm -rf "$WORK"' EXIT

TARBALL="${1:-}"
if [ -z "$TARBALL" ]; then
	(cd "$ROOT" && npm run --silent build >/dev/null)
	TARBALL="$WORK/$(cd "$ROOT" && npm pack --silent --pack-destination "$WORK" | tail -n 1)"
fi
PACKAGE_DIR="$WORK/nodes/node_modules/n8n-nodes-intent-funnel"
mkdir -p "$PACKAGE_DIR"
tar -xzf "$TARBALL" -C "$PACKAGE_DIR" --strip-components=1
node -e '
	const fs = require("fs");
	const file = process.argv[1];
	const { devDependencies, peerDependencies, optionalDependencies, ...kept } = JSON.parse(fs.readFileSync(file, "utf8"));
	fs.writeFileSync(file, JSON.stringify(kept, null, 2));
' "$PACKAGE_DIR/package.json"
(cd "$PACKAGE_DIR" && npm install --audit=false --fund=false --bin-links=false --install-strategy=shallow \
	--ignore-scripts=true --package-lock=false --loglevel=error >/dev/null)

tarball_kb=$(( ($(stat -c %s "$TARBALL") + 1023) / 1024 ))
installed_kb=$(du -sk "$PACKAGE_DIR" | cut -f1)
# Every folder holding a package.json with a name is one installed package (the package itself included).
packages=$(find "$PACKAGE_DIR" -name package.json -not -path '*/test/*' -print0 \
	| xargs -0 node -e '
		const seen = new Set();
		for (const file of process.argv.slice(1)) {
			try { const p = require(file); if (p.name && p.version) seen.add(p.name + "@" + p.version); } catch {}
		}
		console.log(seen.size);
	')
echo "install weight (n8n installer method): $(awk "BEGIN { printf \"%.1f\", $installed_kb / 1024 }") MB on disk, $packages packages, tarball ${tarball_kb} kB"
(cd "$PACKAGE_DIR" && ls node_modules 2>/dev/null | sed 's/^/  node_modules\//' || true)
[ "${INSTALL_WEIGHT_KEEP:-}" = 1 ] && echo "kept: $PACKAGE_DIR"
# Load every node and credential the way n8n does: nothing but the package's own folder and what
# n8n puts on NODE_PATH, the module.paths of its dist/load-nodes-and-credentials.js (n8n's own
# install when scripts/install-n8n.sh has run; else this repo's node_modules, same versions).
N8N_DIST="$ROOT/.cache/n8n-2.40.7/node_modules/n8n/dist"
if [ -f "$N8N_DIST/load-nodes-and-credentials.js" ]; then
	# Only the folders of the n8n install: above it lies this repo's node_modules, which n8n would not see.
	N8N_NODE_PATH=$(node -e '
		const [dist, top] = process.argv.slice(1);
		console.log(require("module")._nodeModulePaths(dist).filter((dir) => dir.startsWith(top)).join(":"));
	' "$N8N_DIST" "$ROOT/.cache/n8n-2.40.7/")
else
	N8N_NODE_PATH="$ROOT/node_modules"
fi
(cd "$WORK" && NODE_PATH="$N8N_NODE_PATH" node -e '
	const path = require("path");
	const root = process.argv[1];
	const { n8n } = require(path.join(root, "package.json"));
	for (const file of [...n8n.nodes, ...n8n.credentials]) {
		const exported = require(path.join(root, file));
		if (!Object.keys(exported).length) throw new Error(file + " exports nothing");
	}
	console.log("loaded " + (n8n.nodes.length + n8n.credentials.length) + " nodes and credentials with only n8n modules on NODE_PATH (" + process.env.NODE_PATH + ")");
' "$PACKAGE_DIR")
NODE_PATH="$N8N_NODE_PATH" node "$ROOT/scripts/installed-engines.js" "$PACKAGE_DIR"
if [ "$installed_kb" -gt $((MAX_MB * 1024)) ] || [ "$packages" -gt "$MAX_PACKAGES" ]; then
	echo "install weight above the budget of $MAX_MB MB and $MAX_PACKAGES packages" >&2
	exit 1
fi
