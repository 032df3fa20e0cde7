#!/usr/bin/env bash
# The production server (npm start): `next start` with V8's old generation capped at
# PORTAL_HEAP_MB (default 160). Uncapped, V8 on a large machine lets garbage pile up to
# several hundred MB before a full collection; the portal's live heap is about 90 MB.
# `exec` keeps one process, so signals and memory figures are the server's own.
set -euo pipefail
cd "$(dirname "$0")/.."
# The project's Node 24 (the npm package `node`), also when started outside npm (systemd).
export PATH="$PWD/node_modules/.bin:$PATH"
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 22 ]; then
  echo "start.sh: Node $(node -v) is too old; run npm ci (it installs Node 24 into node_modules/.bin)" >&2
  exit 1
fi
export NODE_OPTIONS="--max-old-space-size=${PORTAL_HEAP_MB:-160}${NODE_OPTIONS:+ $NODE_OPTIONS}"
exec node node_modules/next/dist/bin/next start "$@"
