#pragma once
// Exit codes scripts can rely on; documented in the README and in `healthsearch --help`.

namespace healthsearch::cli {

enum ExitCode : int {
    kExitOk = 0,
    kExitNoResults = 1,     // search ran and found nothing
    kExitUsage = 2,         // bad command line or query
    kExitNoIndex = 3,       // no index at --db
    kExitIncompatible = 4,  // index built by another analysis chain: rebuild it
    kExitPartial = 5,       // indexing finished, but some inputs failed and were skipped
    kExitLocked = 6,        // another process is writing the index
    kExitFailure = 10,      // anything else (I/O, damaged index)
};

}  // namespace healthsearch::cli
