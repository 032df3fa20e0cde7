#!/usr/bin/env bash
# The production server (npm start): `next start` with V8's old generation capped at
# PORTAL_HEAP_MB (default 160). Uncapped, V8 on a large machine lets garbage pile up to
# several hundred MB before a full collection; the portal's live heap is about 90 MB.
# `exec` keeps one process, so signals and memory figures are the server's own.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_OPTIONS="--max-old-space-size=${PORTAL_HEAP_MB:-160}${NODE_OPTIONS:+ $NODE_OPTIONS}"
exec node node_modules/next/dist/bin/next start "$@"
