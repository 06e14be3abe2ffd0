#!/usr/bin/env bash
# Speed of healthsearch against its peers (issue 6): omindex (Xapian's own file indexer),
# SQLite FTS5 (porter unicode61) and, for queries, stock Xapian (QueryParser + BM25).
#
#   bash bench/run.sh [SIZE_MB...]          (default 10; e.g. bash bench/run.sh 100 1000)
#
# For each size: generate a deterministic corpus (generate_corpus.py --seed 1), index the same
# files with every tool, time a no-change re-index, then measure query latency over the 500
# queries in bench/queries.txt. Prints one table per size and appends it, with the machine, tool
# versions and commit, to bench/RESULTS.md.
#
# The generator also writes BEIR .jsonl files (about a tenth of the bytes). omindex cannot read
# them, so they are moved out of the corpus before anything is indexed: every tool gets exactly
# the same .md/.html/.txt files. Stock Xapian indexes a JSONL export of those files made by the
# FTS5 loader's extractor (bench/peers.py), so its indexing figure excludes HTML parsing.
# concurrent_query measures queries/s of one Searcher shared by 1 and 2 threads (3 rounds of 3 s).
#
# Installs missing Debian packages (the project's own and the peers') and builds a Release tree
# in build-bench/, separate from the developer build in build/.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
sizes=("$@")
((${#sizes[@]})) || sizes=(10)

bash "$repo/scripts/install-packages.sh" xapian-omega sqlite3 python3

. "$repo/bench/build.sh"
build_bench healthsearch_cli stock_xapian query_bench stock_query_bench concurrent_query
# Taken now, not when a table is written: the binaries are what was built from this tree, and
# HEAD may move while a long run is under way.
commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null) || commit=unknown
if [ "$commit" != unknown ] && ! git -C "$repo" diff --quiet HEAD --; then
  commit+=" (with uncommitted changes)"
fi
hs="$build/cli/healthsearch"
queries="$repo/bench/queries.txt"

# A measurement keeps measure.py's JSON (last stderr line) as results/LABEL.json; a tool that
# fails stops the run with its own stderr, since a timing of a failed run means nothing.
measure() {
  local label=$1
  shift
  if ! python3 "$repo/bench/measure.py" "$label" -- "$@" 2>"$work/stderr"; then
    cat "$work/stderr" >&2
    exit 1
  fi
  tail -n 1 "$work/stderr" >"$results/$label.json"
  if ! python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1]))["exit"] != 0)' "$results/$label.json"; then
    echo "bench: $label failed:" >&2
    cat "$work/stderr" >&2
    exit 1
  fi
}
bytes() { du -sb "$1" | cut -f1; }

for size in "${sizes[@]}"; do
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  results="$work/results"
  mkdir -p "$results" "$work/jsonl-aside"
  echo "== $size MB"
  # Other work on the machine skews every figure; the table records how busy it was.
  cut -d' ' -f1-3 /proc/loadavg >"$results/loadavg"
  python3 "$repo/bench/generate_corpus.py" "$work/corpus" --size-mb "$size" --seed 1
  # A nightly corpus was written hours ago. Files changed in the 2 s before a run are read again by
  # the next one (same-tick edits), which would count against the no-change run here.
  sleep 3
  find "$work/corpus" -name '*.jsonl' -exec mv -t "$work/jsonl-aside" {} +
  find "$work/corpus" -type f -printf '%s\n' |
    awk '{ files++; bytes += $1 } END { printf "{\"files\": %d, \"bytes\": %d}\n", files, bytes }' >"$results/input.json"
  # Every tool then reads the corpus from the page cache, not only those after the first.
  find "$work/corpus" -type f -exec cat {} + >/dev/null

  echo "indexing: healthsearch"
  measure hs_index "$hs" index --quiet --db "$work/hs" "$work/corpus"
  measure hs_noop "$hs" index --quiet --db "$work/hs" "$work/corpus"
  "$hs" stats --json --db "$work/hs" >"$results/hs_stats.json"
  bytes "$work/hs" >"$results/hs_bytes"

  echo "indexing: omindex"
  # omindex guesses types with libmagic; Markdown is plain text to it.
  measure om_index omindex --db "$work/om" --url / -M md:text/plain "$work/corpus"
  measure om_noop omindex --db "$work/om" --url / -M md:text/plain "$work/corpus"
  bytes "$work/om" >"$results/om_bytes"

  echo "indexing: SQLite FTS5"
  measure fts_index python3 "$repo/bench/peers.py" fts5-load "$work/fts.db" "$work/corpus"
  bytes "$work/fts.db" >"$results/fts_bytes"

  echo "indexing: stock Xapian"
  python3 "$repo/bench/peers.py" jsonl "$work/corpus" "$work/corpus.jsonl"
  measure sx_index "$build/bench/stock_xapian" index "$work/sx" english "$work/corpus.jsonl"
  bytes "$work/sx" >"$results/sx_bytes"

  echo "queries: library, stock Xapian, FTS5, CLI"
  "$build/bench/query_bench" "$work/hs" "$queries" >"$results/q_hs.json"
  "$build/bench/concurrent_query" "$work/hs" "$queries" >"$results/q_concurrent.json"
  "$build/bench/stock_query_bench" "$work/sx" "$queries" >"$results/q_sx.json"
  python3 "$repo/bench/peers.py" fts5-query "$work/fts.db" "$queries" >"$results/q_fts.json"
  python3 "$repo/bench/peers.py" cli-latency "$hs" "$work/hs" "$queries" --count 100 >"$results/q_cli.json"

  python3 "$repo/bench/report.py" "$results" --size-mb "$size" --healthsearch "$hs" --commit "$commit" \
    --append "$repo/bench/RESULTS.md"
  rm -rf "$work"
  trap - EXIT
done
