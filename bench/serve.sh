#!/usr/bin/env bash
# Throughput and latency of `healthsearch serve` over HTTP (issue 13), beside the library's own
# query latency (bench/query_bench) in the same run.
#
#   bash bench/serve.sh [SIZE_MB] [SECONDS]      (default 100 MB, 15 s per load level)
#
# Generates the deterministic corpus of bench/run.sh (generate_corpus.py --seed 1), indexes it,
# times bench/query_bench over bench/queries.txt, then starts `serve` on 127.0.0.1 (a free
# port) and loads /api/search with wrk at 1, 2 and 8 concurrent clients for SECONDS each, every
# client cycling through the same 500 queries. Prints queries per second and p50/p99 latency
# per level, and checks the issue's targets: 2 clients reach 1.8 times the queries per second
# of 1, and p99 at 8 clients stays under 4 times the p99 of 1.
#
# Installs wrk if missing and builds a Release tree in build-bench/ (as bench/run.sh does).
# Only 127.0.0.1 is ever loaded; every wrk run is bounded by SECONDS.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
size=${1:-100}
seconds=${2:-15}

bash "$repo/scripts/install-packages.sh" wrk python3

. "$repo/bench/build.sh"
build_bench healthsearch_cli query_bench
hs="$build/cli/healthsearch"
queries="$repo/bench/queries.txt"

work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== $size MB, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$repo/bench/generate_corpus.py" "$work/corpus" --size-mb "$size" --seed 1 >/dev/null
"$hs" index --quiet --db "$work/index" "$work/corpus"

echo "library (bench/query_bench, one thread, top 10 with snippets):"
"$build/bench/query_bench" "$work/index" "$queries" >"$work/query_bench.json"
python3 - "$work/query_bench.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"  p50 {r['p50_us'] / 1000:.2f} ms   p99 {r['p99_us'] / 1000:.2f} ms   ({r['queries']} queries)")
EOF

# Each query as a request path, for wrk's script to cycle through.
python3 -c '
import sys, urllib.parse
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if line:
        print("/api/search?limit=10&q=" + urllib.parse.quote(line, safe=""))' "$queries" >"$work/paths.txt"
cat >"$work/load.lua" <<'EOF'
local paths = {}
for line in io.lines(os.getenv("PATHS_FILE")) do paths[#paths + 1] = line end
local next_path = 0
local bad = 0
function setup(thread) thread:set("offset", math.random(#paths)) end
function init() next_path = offset end
function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
function response(status) if status ~= 200 then bad = bad + 1 end end
function done(summary, latency)
  local errors = summary.errors
  io.write(string.format('{"requests": %d, "seconds": %.3f, "p50_ms": %.3f, "p99_ms": %.3f, "errors": %d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors.connect + errors.read + errors.write + errors.status + errors.timeout))
end
EOF

"$hs" serve --db "$work/index" --listen 127.0.0.1:0 2>"$work/serve.log" &
server_pid=$!
for _ in $(seq 100); do
  grep -q 'listening on' "$work/serve.log" && break
  sleep 0.1
done
port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/serve.log")
[ -n "$port" ] || { cat "$work/serve.log" >&2; echo "bench: serve did not start" >&2; exit 1; }
url="http://127.0.0.1:$port"

export PATHS_FILE="$work/paths.txt"
# A warm-up pass: page cache, Xapian's caches and the server's threads are then warm.
wrk -t 1 -c 1 -d 3s -s "$work/load.lua" "$url" >/dev/null
for clients in 1 2 8; do
  threads=$((clients < 2 ? clients : 2))
  wrk -t "$threads" -c "$clients" -d "${seconds}s" --timeout 10s -s "$work/load.lua" "$url" |
    tail -n 1 >"$work/wrk-$clients.json"
done
kill -TERM "$server_pid"
wait "$server_pid" || true
server_pid=""

python3 - "$work" <<'EOF'
import json, sys
work = sys.argv[1]
runs = {c: json.load(open(f"{work}/wrk-{c}.json")) for c in (1, 2, 8)}
print("serve (wrk, GET /api/search, top 10 with snippets):")
print("  clients  queries/s   p50 ms   p99 ms  errors")
for clients, r in runs.items():
    qps = r["requests"] / r["seconds"]
    r["qps"] = qps
    print(f"  {clients:>7}  {qps:>9.0f}  {r['p50_ms']:>7.2f}  {r['p99_ms']:>7.2f}  {r['errors']:>6}")
scaling = runs[2]["qps"] / runs[1]["qps"]
tail = runs[8]["p99_ms"] / runs[1]["p99_ms"]
print(f"  2 clients / 1: {scaling:.2f}x queries/s (target >= 1.8);"
      f" p99 at 8 / at 1: {tail:.2f}x (target < 4)")
EOF
