#!/usr/bin/env bash
# Installs whatever Debian packages are missing, then configures and builds healthsearch in
# build/. Safe to run again: it installs nothing twice and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-packages.sh

# The test build has crash points for crash_test (only its own test CLI obeys them; the
# installed library and CLI never do). A build folder made before that option is configured again.
if [ ! -f build/build.ninja ] || ! grep -q '^HEALTHSEARCH_FAULT_INJECTION:BOOL=ON$' build/CMakeCache.txt; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHEALTHSEARCH_WERROR=ON \
        -DHEALTHSEARCH_FAULT_INJECTION=ON >/dev/null
fi
cmake --build build
