#!/usr/bin/env bash
# Benchmarks of the foundation, in one run on this machine, side by side:
#   nginx serving a static 2 KB file (the yardstick), /healthz, the rendered dashboard (signed in),
#   and a JSON API read of one record (API token). Prints req/s, p99 and the ratios to nginx,
#   against the targets of docs/PERFORMANCE.md. Then the same for 1 vs 2 I/O threads.
# Usage: bench/run.sh [seconds per run, default 10] [connections, default 64]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10}
connections=${2:-64}

command -v wrk >/dev/null && command -v nginx >/dev/null || scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target brueckenbauer >/dev/null
bin=$PWD/build/release/src/cli/brueckenbauer

work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# --- nginx with a 2 KB static file -------------------------------------------------------------
nginx_port=$(free_port)
mkdir -p "$work/nginx/html" "$work/nginx/logs"
chmod 755 "$work" "$work/nginx" "$work/nginx/html"  # nginx workers run as an unprivileged user
head -c 2048 /dev/zero | tr '\0' 'x' > "$work/nginx/html/static.txt"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
error_log $work/nginx/logs/error.log;
pid $work/nginx/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/nginx/html;
  }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)

# --- brueckenbauer -----------------------------------------------------------------------------
start_server() {  # $1 = io threads; sets server_port, server_pid
  server_port=$(free_port)
  "$bin" --db "sqlite:$work/bench.db" serve --port "$server_port" --io-threads "$1" --workers 2 --quiet \
    > "$work/server-$1.log" 2>&1 &
  server_pid=$!
  pids+=($server_pid)
  for _ in $(seq 100); do
    curl -fs "http://127.0.0.1:$server_port/healthz" >/dev/null 2>&1 && return
    sleep 0.1
  done
  echo "server did not start" >&2; cat "$work/server-$1.log" >&2; exit 1
}

start_server 1
password=$(sed -n 's/.*with password \([^ ]*\).*/\1/p' "$work/server-1.log")
token=$("$bin" --db "sqlite:$work/bench.db" user token --email admin@region-hannover.example --name bench)
user_id=$("$bin" --db "sqlite:$work/bench.db" user list --region region-hannover | awk -F'\t' 'NR==2{print $1}')

# Sign in through the form like a browser: the pre-session cookie and the CSRF token of the page.
jar=$work/cookies.txt
login_page=$(curl -fs -c "$jar" "http://127.0.0.1:$server_port/login")
csrf=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' <<<"$login_page" | head -1)
curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "_csrf=$csrf" \
  --data-urlencode "email=admin@region-hannover.example" --data-urlencode "password=$password" \
  "http://127.0.0.1:$server_port/login"
session=$(awk '$6=="bb_session"{print $7}' "$jar")
[[ -n $session ]] || { echo "login failed" >&2; exit 1; }

run_wrk() {  # $1 = url, rest = extra wrk args; prints "req/s p99_ms"
  local out
  out=$(wrk -t1 -c"$connections" -d"${duration}s" --latency "$@" "$1" 2>&1)
  local rps p99
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  p99=$(awk '$1=="99%"{v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$out")
  local non2xx
  non2xx=$(awk '/Non-2xx/{print $NF}' <<<"$out")
  [[ -z $non2xx ]] || { echo "non-2xx answers for $1: $non2xx" >&2; exit 1; }
  echo "$rps $p99"
}

echo "Benchmark: wrk -t1 -c$connections -d${duration}s on $(nproc) cores; $(date -u +%F)"
printf '%-34s %12s %10s %10s %8s\n' "target" "req/s" "p99 ms" "x nginx" "goal"
read -r n_rps n_p99 < <(run_wrk "http://127.0.0.1:$nginx_port/static.txt")
printf '%-34s %12.0f %10.2f %10s %8s\n' "nginx static 2 KB" "$n_rps" "$n_p99" "1.00" "-"

report() {  # label rps p99 goal
  local ratio
  ratio=$(awk -v a="$2" -v b="$n_rps" 'BEGIN{printf "%.2f", a/b}')
  printf '%-34s %12.0f %10.2f %10s %8s\n' "$1" "$2" "$3" "$ratio" "$4"
}

read -r h_rps h_p99 < <(run_wrk "http://127.0.0.1:$server_port/healthz")
report "/healthz (1 I/O thread)" "$h_rps" "$h_p99" ">=1.0x"
read -r a_rps a_p99 < <(run_wrk "http://127.0.0.1:$server_port/api/v1/users/$user_id" -H "Authorization: Bearer $token")
report "API read of one record (token)" "$a_rps" "$a_p99" ">=0.5x"
read -r d_rps d_p99 < <(run_wrk "http://127.0.0.1:$server_port/" -H "Cookie: bb_session=$session")
report "dashboard page (signed in)" "$d_rps" "$d_p99" ">=0.3x"

rss_kib=$(ps -o rss= -p "$server_pid" | tr -d ' ')
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
start_server 2
read -r h2_rps h2_p99 < <(run_wrk "http://127.0.0.1:$server_port/healthz")
report "/healthz (2 I/O threads)" "$h2_rps" "$h2_p99" "compare"
read -r a2_rps a2_p99 < <(run_wrk "http://127.0.0.1:$server_port/api/v1/users/$user_id" -H "Authorization: Bearer $token")
report "API read (2 I/O threads)" "$a2_rps" "$a2_p99" "compare"

echo
echo "server resident memory after the 1-thread runs: $((rss_kib / 1024)) MiB"
awk -v h="$h_rps" -v a="$a_rps" -v d="$d_rps" -v n="$n_rps" -v hp="$h_p99" -v ap="$a_p99" 'BEGIN{
  ok = (h/n >= 1.0); printf "healthz   >= 1.0x nginx: %s (%.2fx)\n", ok ? "met" : "NOT met", h/n
  ok = (a/n >= 0.5); printf "API read  >= 0.5x nginx: %s (%.2fx)\n", ok ? "met" : "NOT met", a/n
  ok = (d/n >= 0.3); printf "dashboard >= 0.3x nginx: %s (%.2fx)\n", ok ? "met" : "NOT met", d/n
  printf "p99 <= 2 ms at 64 connections: healthz %s (%.2f ms), API read %s (%.2f ms)\n", hp <= 2 ? "met" : "NOT met", hp, ap <= 2 ? "met" : "NOT met", ap
}'
