#!/usr/bin/env bash
# Builds the portal, seeds a throw-away SQLite database and serves the production build
# for the browser tests on 127.0.0.1:$E2E_PORT (default 3100). Set E2E_SKIP_BUILD=1 to reuse .next
# (a quick rerun only: it also keeps the pages the previous run cached, edits included).
# The secret, the administrator and the rate limits come from e2e/server.ts through playwright.config.ts.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${PAYLOAD_SECRET:?run through playwright (npm run test:e2e), which sets the environment}"
export NODE_ENV=production
export DATABASE_URI=file:./data/e2e.db
export E2E_PORT="${E2E_PORT:-3100}"
export SITE_URL="http://127.0.0.1:${E2E_PORT}"

rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm
if [ "${E2E_SKIP_BUILD:-0}" != 1 ]; then npx next build; fi
npx tsx seed/run.ts
exec bash scripts/start.sh -p "$E2E_PORT" -H 127.0.0.1
