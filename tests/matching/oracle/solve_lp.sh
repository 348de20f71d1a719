#!/bin/sh
# Solves an LP file with the cbc command-line solver and prints its status line, e.g.
#   Optimal - objective value 42.00000000
# Usage: tests/matching/oracle/solve_lp.sh MODEL.lp   (the oracle test writes such files when
# BB_MATCHING_ORACLE_KEEP=DIR is set, so a failing case can be re-solved by hand).
set -eu
[ $# -eq 1 ] || { echo "usage: $0 MODEL.lp" >&2; exit 2; }
solution=$(mktemp)
trap 'rm -f "$solution"' EXIT
cbc "$1" solve solu "$solution" >/dev/null
head -n 1 "$solution"
