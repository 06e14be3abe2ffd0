# Sourced by the bench scripts: build_bench TARGET... builds the targets in build-bench
# (Release, not the RelWithDebInfo of build/: these are the numbers a packager would ship),
# quiet unless it fails, then with the whole compiler output. Sets $build.
build_bench() {
  build="$repo/build-bench"
  local log
  log=$(mktemp)
  if [ ! -f "$build/build.ninja" ] &&
     ! cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHEALTHSEARCH_BUILD_TESTS=OFF >"$log" 2>&1 ||
     ! cmake --build "$build" --target "$@" >>"$log" 2>&1; then
    cat "$log" >&2
    echo "bench: building in $build failed" >&2
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
}
