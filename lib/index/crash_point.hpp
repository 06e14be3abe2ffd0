#pragma once

#include <string_view>

namespace healthsearch::index {

// Fault injection for the crash-safety tests. Compiled with HEALTHSEARCH_FAULT_INJECTION (only
// the test build's internal archive, see lib/CMakeLists.txt): when HEALTHSEARCH_CRASH_AT is
// "NAME:N", the process kills itself with SIGKILL the N-th time it passes the crash point NAME.
// Everywhere else, the installed library included, it does nothing and reads no variable.
void crash_point(std::string_view name);

}  // namespace healthsearch::index
