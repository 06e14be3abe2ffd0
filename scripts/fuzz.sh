#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz/ with clang (ASan + UBSan) in build-fuzz/ and runs
# each for SECONDS (default 60), FUZZ_JOBS (default 2) at a time:
#   bash scripts/fuzz.sh [SECONDS] [HARNESS...]      (harnesses: plain_text html markdown jsonl query pdf)
# Inputs that find new coverage go to build-fuzz/corpus/<harness>/, crashes and timeouts to
# build-fuzz/findings/, each run's output to build-fuzz/logs/<harness>.log. A finding belongs in
# tests/fuzz/corpus/<harness>/ (with its fix), where the normal test suite replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
harnesses=("$@")
if ((${#harnesses[@]} == 0)); then harnesses=(plain_text html markdown jsonl query pdf); fi

bash scripts/install-packages.sh clang libclang-rt-dev
if [ ! -f build-fuzz/build.ninja ]; then
  CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHEALTHSEARCH_FUZZ=ON \
        -DHEALTHSEARCH_BUILD_BENCH=OFF -DHEALTHSEARCH_INSTALL=OFF >/dev/null
fi
cmake --build build-fuzz --target "${harnesses[@]/#/fuzz_}"

fuzz() {
  local harness=$1
  mkdir -p "build-fuzz/corpus/$harness" build-fuzz/findings build-fuzz/logs
  local seeds=("tests/fuzz/corpus/$harness")
  # The extractors also start from the bundled sample pages themselves (as the seed tests do).
  case $harness in
    plain_text | html | markdown) seeds+=(corpus/de corpus/en corpus/scraped corpus/leaflets) ;;
    pdf) seeds+=(corpus/leaflets tests/data/pdf) ;;
  esac
  # A child process per batch of inputs, so that a crash or timeout is kept and fuzzing goes on.
  "build-fuzz/tests/fuzz/fuzz_$harness" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
      -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 -artifact_prefix="build-fuzz/findings/$harness-" \
      "build-fuzz/corpus/$harness" "${seeds[@]}" >"build-fuzz/logs/$harness.log" 2>&1
}

started=build-fuzz/logs/.started  # findings of earlier runs are not counted again
mkdir -p build-fuzz/logs && touch "$started"
running=0
for harness in "${harnesses[@]}"; do
  echo "fuzzing $harness for ${seconds} s"
  fuzz "$harness" &
  if ((++running >= ${FUZZ_JOBS:-2})); then wait -n || true; ((running--)); fi
done
wait
status=0
for harness in "${harnesses[@]}"; do
  log="build-fuzz/logs/$harness.log"
  runs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  coverage=$(grep -oE 'cov: [0-9]+' "$log" | tail -1)
  findings=$(find build-fuzz/findings -name "$harness-*" -newer "$started" | wc -l)
  echo "$harness: $runs runs, $coverage, $findings findings (log: $log)"
  ((findings == 0)) || status=1
done
exit "$status"
