#!/usr/bin/env bash
# The whole test suite, as CI and a person run it: types, lint, unit and API tests, then the browser tests
# in Debian's Chromium against a freshly built and seeded app.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-chromium.sh

echo "== typecheck" && npx tsc --noEmit
echo "== lint" && npx eslint --max-warnings 0 .
echo "== unit and API tests${TEST_DATABASE_URL:+ (SQLite and PostgreSQL)}" && npx vitest run
echo "== build" && npx vite build --logLevel warn
echo "== browser tests (Chromium)" && npx playwright test
