#pragma once

#include <string_view>

namespace healthsearch::index {

// Fault injection for the crash-safety tests: when HEALTHSEARCH_CRASH_AT is "NAME:N", the
// process kills itself with SIGKILL the N-th time it passes the crash point NAME. Without the
// variable this is one comparison.
void crash_point(std::string_view name);

}  // namespace healthsearch::index
