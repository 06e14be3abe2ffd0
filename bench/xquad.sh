#!/usr/bin/env bash
# XQuAD (German/English parallel questions, BEIR layout) with healthsearch and with stock Xapian
# (TermGenerator + QueryParser + BM25, one Snowball stemmer), scored by the same `healthsearch
# eval`. Prints nDCG@10 and Recall@100 on the dev and test splits for: German questions on German
# paragraphs, English on English, both languages in one index, and English questions on German
# paragraphs (cross-language).
#
#   bash bench/xquad.sh [SHARED_DIR]     (default: ../shared next to the repository)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${1:-"$repo/../shared"}
data="$shared/data/xquad"
if [ ! -f "$data/de/corpus.jsonl" ] || [ ! -f "$data/en/corpus.jsonl" ]; then
  echo "xquad: skipped: no XQuAD data at $data (expected de/ and en/ in BEIR layout)"
  exit 0
fi
bash "$repo/scripts/setup.sh" >/dev/null
hs="$repo/build/cli/healthsearch"
stock="$repo/build/bench/stock_xapian"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# healthsearch indexes: one per language, and one with both (ids prefixed, since they are parallel).
"$hs" index --quiet --db "$work/hs-de" "$data/de/corpus.jsonl"
"$hs" index --quiet --db "$work/hs-en" "$data/en/corpus.jsonl"
"$hs" index --quiet --db "$work/hs-both" --id-prefix de: "$data/de/corpus.jsonl"
"$hs" index --quiet --db "$work/hs-both" --id-prefix en: "$data/en/corpus.jsonl"
# Stock Xapian: the stemmer of the paragraphs' language (the query language for the mixed index).
"$stock" index "$work/x-de" german2 "$data/de/corpus.jsonl"
"$stock" index "$work/x-en" english "$data/en/corpus.jsonl"
sed 's/"_id": "/"_id": "de:/' "$data/de/corpus.jsonl" > "$work/both.jsonl"
sed 's/"_id": "/"_id": "en:/' "$data/en/corpus.jsonl" >> "$work/both.jsonl"
"$stock" index "$work/x-both-de" german2 "$work/both.jsonl"
"$stock" index "$work/x-both-en" english "$work/both.jsonl"

# Qrels for the mixed index point at the prefixed id of the question's own language.
for split in dev test; do
  for lang in de en; do
    awk -v p="$lang:" 'NR == 1 { print; next } { print $1 "\t" p $2 "\t" $3 }' \
      "$data/$lang/qrels/$split.tsv" > "$work/both-$lang-$split.tsv"
  done
done

score() {  # our-db stock-db stemmer queries qrels: prints ours and stock nDCG@10, Recall@100
  local ours_db=$1 stock_db=$2 stemmer=$3 queries=$4 qrels=$5
  "$stock" run "$stock_db" "$stemmer" "$queries" "$qrels" > "$work/stock.run"
  local a b
  a=$("$hs" eval --json --db "$ours_db" --queries "$queries" --qrels "$qrels")
  b=$("$hs" eval --json --score "$work/stock.run" --qrels "$qrels")
  python3 -c '
import json, sys
a, b = json.loads(sys.argv[1])["summary"], json.loads(sys.argv[2])["summary"]
print("%.3f %.3f %.3f %.3f" % (a["ndcg@10"], b["ndcg@10"], a["recall@100"], b["recall@100"]))' "$a" "$b"
}

printf '%-34s %-5s %8s %8s %10s %10s\n' "XQuAD" split "nDCG@10" "" "Recall@100" ""
printf '%-34s %-5s %8s %8s %10s %10s\n' "" "" ours stock ours stock
for split in dev test; do
  rows=(
    "de questions -> de paragraphs|$work/hs-de|$work/x-de|german2|$data/de/queries.jsonl|$data/de/qrels/$split.tsv"
    "en questions -> en paragraphs|$work/hs-en|$work/x-en|english|$data/en/queries.jsonl|$data/en/qrels/$split.tsv"
    "both indexed, de questions|$work/hs-both|$work/x-both-de|german2|$data/de/queries.jsonl|$work/both-de-$split.tsv"
    "both indexed, en questions|$work/hs-both|$work/x-both-en|english|$data/en/queries.jsonl|$work/both-en-$split.tsv"
    "en questions -> de paragraphs|$work/hs-de|$work/x-de|german2|$data/en/queries.jsonl|$data/en/qrels/$split.tsv"
  )
  for row in "${rows[@]}"; do
    IFS='|' read -r name ours stockdb stemmer queries qrels <<<"$row"
    read -r on sn orc src <<<"$(score "$ours" "$stockdb" "$stemmer" "$queries" "$qrels")"
    printf '%-34s %-5s %8s %8s %10s %10s\n' "$name" "$split" "$on" "$sn" "$orc" "$src"
  done
done
