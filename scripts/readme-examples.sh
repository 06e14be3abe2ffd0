#!/usr/bin/env bash
# The README's command-line example session, run with the real binary on the bundled corpus, so
# the README shows what the tool prints today and not what it printed months ago.
#   bash scripts/readme-examples.sh            print the session
#   bash scripts/readme-examples.sh --update   also write it into README.md
#   bash scripts/readme-examples.sh --check    fail if README.md shows something else
# It builds build/ first (scripts/setup.sh); HEALTHSEARCH_CLI=PATH uses that binary instead.
# Timings vary from run to run and are not compared; every other figure is.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-print}
case $mode in print | --update | --check) ;; *) echo "usage: $0 [--update|--check]" >&2; exit 2 ;; esac
cli=${HEALTHSEARCH_CLI:-}
if [ -z "$cli" ]; then
  bash scripts/setup.sh >/dev/null
  cli=build/cli/healthsearch
fi
# Relative, so the session reads the same on every machine.
db=build/example-index

# Prints `$ healthsearch COMMAND  # COMMENT` and what the tool writes to stdout and stderr, in the
# order a terminal shows them.
show() {
  local command=$1 comment=${2:-}
  echo "\$ healthsearch $command${comment:+          # $comment}"
  eval "set -- $command"
  HEALTHSEARCH_DB=$db stdbuf -oL "$cli" "$@" 2>&1 || true
}

session() {
  echo "\$ export HEALTHSEARCH_DB=$db"
  show 'index corpus'
  show 'index corpus' 'nothing changed: nothing is read or rewritten'
  show 'search --limit 2 "Wie wirkt eine Hormontherapie bei Brustkrebs?"'
  show 'search Ubelkiet'
  show 'stats'
}

# The README's block: from the `export HEALTHSEARCH_DB` line to the end of its code fence.
readme_block() {
  awk '/^\$ export HEALTHSEARCH_DB=/ { inside = 1 } inside && /^```/ { exit } inside' README.md
}

without_timings() {
  sed -E 's/ in [0-9]+(\.[0-9]+)? s$/ in (time) s/'
}

rm -rf "$db"
mkdir -p "$(dirname "$db")"
output=$(session)
rm -rf "$db"

case $mode in
  print) printf '%s\n' "$output" ;;
  --update)
    printf '%s\n' "$output"
    printf '%s\n' "$output" >build/readme-example.txt
    awk -v block=build/readme-example.txt '
      /^\$ export HEALTHSEARCH_DB=/ && !done { while ((getline line < block) > 0) print line; skipping = 1; done = 1; next }
      skipping && /^```/ { skipping = 0 }
      !skipping' README.md >README.md.new
    mv README.md.new README.md
    rm build/readme-example.txt
    ;;
  --check)
    if ! diff -u <(readme_block | without_timings) <(printf '%s\n' "$output" | without_timings); then
      echo "README.md's example session is not what the tool prints (- README, + tool):" \
           "run bash scripts/readme-examples.sh --update and commit README.md" >&2
      exit 1
    fi
    ;;
esac
