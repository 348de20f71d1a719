#!/usr/bin/env bash
# The network map's layout (issue 4): how long igraph takes to place a 3,000-organisation region
# (fresh, and continuing a saved layout). The browser then only draws at preset positions.
# Usage: bench/map/run.sh [organisations] [networks]
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --preset release >/dev/null
cmake --build --preset release --target bench_layout -j2 >/dev/null
echo "machine_cores $(nproc)"
echo "load_average_before $(cut -d' ' -f1-3 /proc/loadavg)"
build/release/bench/map/bench_layout "${1:-3000}" "${2:-150}"
