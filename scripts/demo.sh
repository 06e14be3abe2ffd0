#!/usr/bin/env bash
# Quick start: set up, index the bundled corpus, answer a sample question.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
export HEALTHSEARCH_DB="$PWD/build/corpus-index"
./build/cli/healthsearch index --quiet corpus
question=${1:-"How does immunotherapy work for metastatic cancers?"}
echo "Question: $question"
echo
./build/cli/healthsearch search --limit 3 --per-article 1 "$question"
echo "Ask your own: HEALTHSEARCH_DB=$HEALTHSEARCH_DB ./build/cli/healthsearch search \"Wie wirkt eine Hormontherapie bei Brustkrebs?\""
