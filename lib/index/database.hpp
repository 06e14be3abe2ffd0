#pragma once
// Opening indexes, with Xapian's errors translated into ours and the analyzer checked.

#include <xapian.h>

#include <string>

namespace healthsearch::index {

// A local path, or "tcp:HOST:PORT" for a shard served by xapian-tcpsrv.
// Checks the analyzer fingerprint unless told not to (stats shows any index, even an old one).
Xapian::Database open_for_reading(const std::string& location, bool check_fingerprint = true);

// True for "tcp:HOST:PORT": an index served by xapian-tcpsrv, which we only read.
bool is_remote(const std::string& location);

// Throws IncompatibleIndexError unless the index was built by this analysis chain.
// An index with no documents yet is compatible with anything.
void require_fingerprint(const Xapian::Database& db, const std::string& location);

}  // namespace healthsearch::index
