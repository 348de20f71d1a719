#!/usr/bin/env bash
# The README's second command (and CI's): install what is missing, build with warnings as
# errors, run every GoogleTest suite through ctest (SQLite and a private PostgreSQL started by
# the tests), then the browser tests (playwright-core + Debian's chromium + axe-core).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --preset dev
BB_BINARY="$PWD/build/dev/src/cli/brueckenbauer" npm run --silent test:browser
