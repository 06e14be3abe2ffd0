#!/usr/bin/env bash
# Set up, build, and run the whole test suite (unit, end-to-end, relevance, package).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
