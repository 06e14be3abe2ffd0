#include "index/crash_point.hpp"

#ifdef HEALTHSEARCH_FAULT_INJECTION

#include <csignal>
#include <cstdlib>
#include <string>

namespace healthsearch::index {

namespace {

struct CrashPlan {
    std::string name;
    long remaining = 0;

    CrashPlan() {
        const char* plan = std::getenv("HEALTHSEARCH_CRASH_AT");
        if (!plan) return;
        const std::string text(plan);
        const auto colon = text.rfind(':');
        name = text.substr(0, colon);
        remaining = colon == std::string::npos ? 1 : std::strtol(text.c_str() + colon + 1, nullptr, 10);
    }
};

}  // namespace

void crash_point(std::string_view name) {
    static CrashPlan plan;
    if (plan.remaining <= 0 || name != plan.name) return;
    if (--plan.remaining == 0) std::raise(SIGKILL);
}

}  // namespace healthsearch::index

#else

namespace healthsearch::index {

void crash_point(std::string_view) {}

}  // namespace healthsearch::index

#endif
