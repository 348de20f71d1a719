#!/usr/bin/env bash
# Benchmark of the offer search (issue 5) at national scale: 31 regions, 50,000 offers (Zipf over
# the regions: the largest holds ~12k), generated through the repositories. Measures the offer
# list as GET /offers runs it with a search term (German stemming and folding; SQLite FTS5 /
# PostgreSQL tsvector), alone and with a municipality or target-group filter, first page of 20
# with the total: p50/p99 in ms, on SQLite (a temporary file) and on the test harness's private
# PostgreSQL. The target of issue 5 for the public finder: p99 < 10 ms server time.
# Usage: bench/offers/run.sh [queries, default 1000] [preset, default release]; POSTGRES=0 skips PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/../.."
queries=${1:-1000}
preset=${2:-release}

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" --target bench_offers -j2 >/dev/null
bin=$PWD/build/$preset/bench/offers/bench_offers

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine_cores $(nproc)"
echo "load_average_before $(cut -d' ' -f1-3 /proc/loadavg)"
echo "--- sqlite"
"$bin" --db "sqlite:$work/offers.db" --queries "$queries" | tee "$work/sqlite.txt"
if [ "${POSTGRES:-1}" != 0 ]; then
  echo "--- postgresql"
  "$bin" --postgres --queries "$queries" | tee "$work/postgresql.txt" || echo "(postgresql run failed)"
fi
echo "load_average_after $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "--- against the finder target (p99 < 10 ms)"
for f in "$work"/*.txt; do
  awk -v name="$(basename "$f" .txt)" '/_p99_ms/ { printf "%s %s %.2f ms %s\n", name, $1, $2, ($2 < 10 ? "ok" : "over") }' "$f"
done
