#!/usr/bin/env bash
# One command: install what is missing, then run every test: typecheck, the layer rule, unit and
# integration tests (real avr-gcc, SQLite, PostgreSQL, Redis), `judge check` on every task
# (tests/cli/tasks.spec.ts), the web build and the end-to-end tests in Chromium. Prints "N passed, N failed" last.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
export TECHNOLAB_TEST=1
mkdir -p test-results

failed=0
step() { echo; echo "── $1"; }

step "typecheck"
npx tsc --noEmit -p tsconfig.json || failed=1

step "web build"
npm run --silent build:client || failed=1

step "vitest (unit, integration, end-to-end)"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || failed=1

node -e '
  const r = JSON.parse(require("fs").readFileSync("test-results/vitest.json", "utf8"));
  const extra = Number(process.argv[1]);
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests + extra} failed, ${r.numPendingTests} skipped`);
' "$failed" 2>/dev/null || echo "0 passed, 1 failed"
exit $failed
