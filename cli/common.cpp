#include "commands.hpp"
#include "exit_codes.hpp"

#include <healthsearch/error.hpp>

#include <cstdlib>
#include <cstdio>

namespace healthsearch::cli {

std::string default_db_path() {
    if (const char* db = std::getenv("HEALTHSEARCH_DB"); db && *db) return db;
    if (const char* data = std::getenv("XDG_DATA_HOME"); data && *data) {
        return std::string(data) + "/healthsearch/index";
    }
    if (const char* home = std::getenv("HOME"); home && *home) {
        return std::string(home) + "/.local/share/healthsearch/index";
    }
    return ".healthsearch/index";
}

int report_error(const std::exception& error) {
    std::fprintf(stderr, "healthsearch: %s\n", error.what());  // no exception while reporting one
    if (dynamic_cast<const IndexNotFoundError*>(&error)) return kExitNoIndex;
    if (dynamic_cast<const IncompatibleIndexError*>(&error)) return kExitIncompatible;
    if (dynamic_cast<const IndexLockedError*>(&error)) return kExitLocked;
    if (dynamic_cast<const QueryError*>(&error) || dynamic_cast<const OptionError*>(&error)) return kExitUsage;
    return kExitFailure;
}

}  // namespace healthsearch::cli
