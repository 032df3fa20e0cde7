#!/usr/bin/env bash
# The production server (npm start, npm run portal, systemd units, the e2e server, benches):
# `next start` with V8's old generation capped at PORTAL_HEAP_MB (default 192). Uncapped, V8
# on a large machine lets garbage pile up to several hundred MB before a full collection;
# the portal's live heap is about 90 MB, plus Next's in-memory page cache (16 MB, next.config.ts).
# The young generation's semi-spaces are capped at PORTAL_SEMI_SPACE_MB (default 4): V8's own
# default lets them grow to tens of MB each, resident in every instance; with 4 MB the stack's
# two instances peaked 60-130 MB lower under `npm run bench:stack`, for more frequent minor
# collections (figures in issue 13's note).
# next.config.ts is loaded by Node's own type stripping (--experimental-next-config-strip-types),
# not by Next's SWC transpiler: that native module would otherwise stay mapped in every
# instance, 27 MB resident, for one file read at start (its imports carry their .ts extension).
#
# This shell stays as a small supervisor: when the server dies (out of memory, a crash:
# any exit other than 0 that we did not ask for) it starts it again after a pause that
# grows from 1 s to 30 s while it keeps dying within a minute of starting. SIGTERM and
# SIGINT are passed to the server, and the supervisor then exits with 0.
set -euo pipefail
cd "$(dirname "$0")/.."
# The project's Node 24 (the npm package `node`), also when started outside npm (systemd).
export PATH="$PWD/node_modules/.bin:$PATH"
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 22 ]; then
  echo "start.sh: Node $(node -v) is too old; run npm ci (it installs Node 24 into node_modules/.bin)" >&2
  exit 1
fi
export NODE_OPTIONS="--max-old-space-size=${PORTAL_HEAP_MB:-192} --max-semi-space-size=${PORTAL_SEMI_SPACE_MB:-4}${NODE_OPTIONS:+ $NODE_OPTIONS}"

STABLE_AFTER_SECONDS=60
MAX_PAUSE_SECONDS=30
server=''
sleeper=''
stopping=0
stop() {
  stopping=1
  if [ -n "$server" ]; then kill -s "$1" "$server" 2>/dev/null || true; fi
  if [ -n "$sleeper" ]; then kill "$sleeper" 2>/dev/null || true; fi
}
trap 'stop TERM' TERM
trap 'stop INT' INT

pause=1
while true; do
  started=$SECONDS
  node node_modules/next/dist/bin/next start --experimental-next-config-strip-types "$@" &
  server=$!
  # `wait` returns early when a trapped signal arrives: wait until the server has really gone.
  status=0
  wait "$server" || status=$?
  while kill -0 "$server" 2>/dev/null; do status=0; wait "$server" || status=$?; done
  server=''
  if [ "$stopping" = 1 ] || [ "$status" = 0 ]; then exit 0; fi
  if [ $((SECONDS - started)) -ge "$STABLE_AFTER_SECONDS" ]; then pause=1; fi
  echo "start.sh: serwer zakończył działanie (kod $status); uruchamiam go ponownie za $pause s" >&2
  sleep "$pause" &
  sleeper=$!
  wait "$sleeper" || true
  sleeper=''
  if [ "$stopping" = 1 ]; then exit 0; fi
  pause=$((pause * 2 > MAX_PAUSE_SECONDS ? MAX_PAUSE_SECONDS : pause * 2))
done
