#!/usr/bin/env bash
# Set up, build, and run the whole test suite (unit, end-to-end, relevance, package); then build
# the same suite with AddressSanitizer and UndefinedBehaviorSanitizer in build-asan/ and run it
# there too. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"

# Benchmarks stay out: they are not tests. Fault injection is on as in build/ (crash_test).
# -O1 -g1 compiles in half the time of -O2 -g and still gives every report its source lines;
# without NDEBUG the headers' own assertions (nlohmann::json's, say) are checked as well.
# -Wno-maybe-uninitialized: with -fsanitize at -O1, GCC 12 warns inside libstdc++'s <regex>
# (used by cpp-httplib and pdf_text.cpp), a false positive that -Werror would make fatal.
if [ ! -f build-asan/build.ninja ]; then
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -Wno-maybe-uninitialized" \
        -DHEALTHSEARCH_WERROR=ON -DHEALTHSEARCH_SANITIZE=ON -DHEALTHSEARCH_FAULT_INJECTION=ON \
        -DHEALTHSEARCH_BUILD_BENCH=OFF >/dev/null
fi
cmake --build build-asan
# ASAN_OPTIONS is left alone on purpose: tests/CMakeLists.txt relaxes one check for the two tests
# that run Xapian's own Database::check, and nothing else.
UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir build-asan --output-on-failure -j "$(nproc)"
