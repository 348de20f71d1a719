#!/usr/bin/env bash
# The README's first command: install what is missing, build (release), start the server on
# the embedded SQLite database with the Region Hannover demo (created on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target brueckenbauer
mkdir -p var
exec build/release/src/cli/brueckenbauer serve "$@"
