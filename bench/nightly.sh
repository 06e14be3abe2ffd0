#!/usr/bin/env bash
# The nightly job at scale: a full build, a run over the unchanged corpus, and a run after 1%
# of the files changed, each with wall time and peak memory; the same for a full --rebuild.
#
#   bash bench/nightly.sh [SIZE_MB]        (default 100)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
size=${1:-100}
bash "$repo/scripts/setup.sh" >/dev/null
hs="$repo/build/cli/healthsearch"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$repo/bench/generate_corpus.py" "$work/corpus" --size-mb "$size" --seed 1
# A nightly corpus was written hours ago. Files changed in the 2 s before a run are read again by
# the next one (same-tick edits), which would count against the no-change run here.
sleep 3
measure() { python3 "$repo/bench/measure.py" "$@"; }
measure "full build ${size} MB" -- "$hs" index --quiet --db "$work/index" "$work/corpus"
measure "no-change run" -- "$hs" index --quiet --db "$work/index" "$work/corpus"
python3 "$repo/bench/generate_corpus.py" "$work/corpus" --mutate 0.01 --seed 2
measure "1% of files changed" -- "$hs" index --quiet --db "$work/index" "$work/corpus"
measure "full --rebuild (verify, compact, switch)" -- "$hs" index --rebuild --quiet --db "$work/index" "$work/corpus"
"$hs" stats --db "$work/index"
du -sh "$work/index"/gen-* | sed 's|'"$work"'/||'
