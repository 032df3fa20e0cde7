#!/usr/bin/env bash
# The browser tests' server: `npm run portal` itself (scripts/portal.mjs: the same build, seed
# and start as the README's command), on port $E2E_PORT (default 3100) with a throw-away SQLite
# database seeded anew. Set E2E_SKIP_BUILD=1 to reuse .next (a quick rerun only: it also keeps
# the pages the previous run cached, edits included).
# The secret, the administrator, the rate limits and the SMTP server come from e2e/server.ts
# through playwright.config.ts; variables set here win over .env.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${PAYLOAD_SECRET:?run through playwright (npm run test:e2e), which sets the environment}"
export DATABASE_URI=file:./data/e2e.db
export E2E_PORT="${E2E_PORT:-3100}"
export SITE_URL="http://127.0.0.1:${E2E_PORT}"

skip_build=()
if [ "${E2E_SKIP_BUILD:-0}" = 1 ]; then skip_build=(--skip-build); fi
exec node scripts/portal.mjs --port "$E2E_PORT" --fresh-database "${skip_build[@]}"
