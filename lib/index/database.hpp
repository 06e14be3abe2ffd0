#pragma once
// Opening indexes, with Xapian's errors translated into ours and the analyzer checked.

#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace healthsearch::index {

// A local path, or "tcp:HOST:PORT" for a shard served by xapian-tcpsrv.
// Checks the analyzer fingerprint unless told not to (stats shows any index, even an old one).
// How long a reader keeps trying when commits discard the revision it reads. An update commits
// article by article, so a slow reader (a loaded machine, a sanitizer build) can lose many rounds
// in a row; only a writer that outpaces every read for this long makes the read fail.
class ReadRetries {
public:
    // Whether one more attempt is allowed after a failed one.
    bool another() { return ++failed_ < kAtLeast || std::chrono::steady_clock::now() < deadline_; }

private:
    static constexpr int kAtLeast = 5;
    int failed_ = 0;
    std::chrono::steady_clock::time_point deadline_ = std::chrono::steady_clock::now() + std::chrono::seconds(2);
};

Xapian::Database open_for_reading(const std::string& location, bool check_fingerprint = true);

// True for "tcp:HOST:PORT": an index served by xapian-tcpsrv, which we only read.
bool is_remote(const std::string& location);

// The database a Xapian stub file DIR/XAPIANDB points at ("auto NAME": DIR/NAME); none when
// DIR has no such stub.
std::optional<std::string> stub_target(const std::filesystem::path& dir);

// Throws IncompatibleIndexError unless the index was built by this analysis chain.
// An index with no documents yet is compatible with anything.
void require_fingerprint(const Xapian::Database& db, const std::string& location);

}  // namespace healthsearch::index
