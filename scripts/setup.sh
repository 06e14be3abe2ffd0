#!/usr/bin/env bash
# Installs whatever Debian packages are missing, then configures and builds healthsearch in
# build/. Safe to run again: it installs nothing twice and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-packages.sh

if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHEALTHSEARCH_WERROR=ON >/dev/null
fi
cmake --build build
