#!/usr/bin/env bash
# One command: install what is missing, build the web app if needed, start Technolab with its
# embedded defaults (SQLite under data/, judge workers in-process, demo users and the course).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ ! -f web/client/dist/index.html ] || [ -n "$(find web/client judge -newer web/client/dist/index.html -name '*.ts*' -not -path '*/dist/*' -print -quit 2>/dev/null)" ]; then
  echo "[start] building the web app"
  npm run --silent build:client
fi
exec node --import tsx web/server/main.ts "$@"
