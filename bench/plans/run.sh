#!/usr/bin/env bash
# Benchmark of the action plan (issue 6) at the size the issue names: a plan with 500 measures.
# Prints the median wall and CPU time of the outline page's reads, of the diff of two adopted
# versions, and of the PDF of a version, against the targets of issue 6 (outline < 50 ms, diff
# < 100 ms, PDF < 2 s). Usage: bench/plans/run.sh [runs, default 9]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-9}
preset=${PRESET:-release}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" --target bench_plans -j2 >/dev/null
bin=$PWD/build/$preset/bench/plans/bench_plans
echo "machine_cores $(nproc)"
echo "load_average_before $(cut -d' ' -f1-3 /proc/loadavg)"
out=$("$bin" --runs "$runs")
echo "$out"
get() { echo "$out" | awk -v k="$1" '$1 == k { print $2 }'; }
awk -v o="$(get outline_ms)" -v d="$(get diff_ms)" -v p="$(get pdf_ms)" 'BEGIN {
  printf "outline: %.1f ms of 50 ms target (%.0f%%)\n", o, 100 * o / 50
  printf "diff:    %.1f ms of 100 ms target (%.0f%%)\n", d, 100 * d / 100
  printf "pdf:     %.0f ms of 2000 ms target (%.0f%%)\n", p, 100 * p / 2000
}'
