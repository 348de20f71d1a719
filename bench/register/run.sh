#!/usr/bin/env bash
# Benchmark of the register (issue 3) at the scale of a national installation, in one run on this
# machine: 31 regions, 60,000 organisations (Zipf over the regions: the largest holds ~15k),
# 2,000 networks, 200,000 memberships, 100,000 ties, generated through the repositories. Measures
#   - the organisation list as GET /organisations runs it (filter + search term, first page of
#     25, with the total), 2,000 times with varied terms, filters and regions: p50/p99 in ms;
#   - the 50,000-row CSV organisation import as the CLI runs it (parse, default mapping,
#     RegisterService::import_organisations committing in one transaction): seconds;
# on SQLite (a temporary file) and on the test harness's private PostgreSQL (tests/support), and
# prints the SQLite query plans of the list query. Prints figures against the targets of issue 3.
# Usage: bench/register/run.sh [queries, default 2000]; POSTGRES=0 skips PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/../.."
queries=${1:-2000}

cmake --preset release >/dev/null
cmake --build --preset release --target bench_register -j2 >/dev/null
bin=$PWD/build/release/bench/register/bench_register

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine_cores $(nproc)"
echo "load_average_before $(cut -d' ' -f1-3 /proc/loadavg)"
echo "--- sqlite"
"$bin" --db "sqlite:$work/national.db" --queries "$queries" | tee "$work/sqlite.txt"
if [ "${POSTGRES:-1}" != 0 ]; then
  echo "--- postgresql"
  "$bin" --postgres --queries "$queries" | tee "$work/postgresql.txt" || echo "(postgresql run failed)"
fi
echo "load_average_after $(cut -d' ' -f1-3 /proc/loadavg)"

# The plans of the list query (COUNT and the page) on the SQLite file, for each filter of the run.
if command -v sqlite3 >/dev/null; then
  echo
  echo "--- SQLite query plans of the organisation list (largest region, search 'muller')"
  region=$(sqlite3 "$work/national.db" "SELECT id FROM regions WHERE slug = 'region-0'")
  municipality=$(sqlite3 "$work/national.db" "SELECT MIN(id) FROM municipalities WHERE region_id = $region")
  for filter in "o.type = 'company' AND o.municipality_id = $municipality" "o.migrant_led = 1" \
                "o.type = 'company'" "o.municipality_id = $municipality"; do
    where="WHERE o.region_id = $region AND $filter AND o.name_norm LIKE '%muller%'"
    echo "filter: $filter"
    sqlite3 "$work/national.db" "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM organisations o $where" | sed 's/^/  count: /'
    sqlite3 "$work/national.db" \
      "EXPLAIN QUERY PLAN SELECT o.* FROM organisations o $where ORDER BY o.name_norm ASC, o.id LIMIT 25 OFFSET 0" |
      sed 's/^/  page:  /'
  done
  echo "indexes: $(sqlite3 "$work/national.db" "SELECT group_concat(name, ', ') FROM sqlite_master WHERE type = 'index' AND tbl_name = 'organisations'")"
  echo "ANALYZE statistics (sqlite_stat1): $(sqlite3 "$work/national.db" "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'") tables"
fi

summary() {  # $1 = backend file
  local f=$1
  [ -s "$f" ] || return 0
  get() { awk -v k="$1" '$1 == k { print $2 }' "$f"; }
  python3 - "$(get backend)" "$(get list_p50_ms)" "$(get list_p99_ms)" "$(get list_largest_region_p99_ms)" \
    "$(get page_db_p99_ms)" "$(get import_commit_s)" "$(get import_cpu_s)" <<'PY'
import sys
backend = sys.argv[1]
p50, p99, largest_p99, page_p99, imp, imp_cpu = (float(x) if x else float("nan") for x in sys.argv[2:])
def line(name, value, target, ok):
    print("%-58s %10s   target %-8s %s" % (name, value, target, "met" if ok else "NOT met"))
print()
print("[%s]" % backend)
line("organisation list, filter + search, p50 (ms)", "%.2f" % p50, "-", True)
line("organisation list, filter + search, p99 (ms)", "%.2f" % p99, "< 20", p99 < 20)
line("  largest region (~15k organisations), p99 (ms)", "%.2f" % largest_p99, "< 20", largest_p99 < 20)
line("  with the page's other reads (types, networks...), p99 (ms)", "%.2f" % page_p99, "< 20", page_p99 < 20)
line("50k-row CSV import, committed, wall (s)", "%.2f" % imp, "< 5", imp < 5)
print("%-58s %10s" % ("  CPU time of this process during the import (s)", "%.2f" % imp_cpu))
PY
}
echo
echo "Wall-clock figures depend on what else runs on the 2 cores (see the load averages above)."
summary "$work/sqlite.txt"
summary "$work/postgresql.txt"
