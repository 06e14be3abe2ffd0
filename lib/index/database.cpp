#include "index/database.hpp"

#include "analysis/analyzer.hpp"
#include "index/schema.hpp"

#include <healthsearch/error.hpp>
#include <healthsearch/index.hpp>

#include <fmt/format.h>

#include <charconv>
#include <filesystem>
#include <fstream>

namespace healthsearch::index {

namespace {

constexpr std::string_view kRemotePrefix = "tcp:";

Xapian::Database open_remote(const std::string& location) {
    const std::string_view rest = std::string_view(location).substr(kRemotePrefix.size());
    const std::size_t colon = rest.rfind(':');
    unsigned port = 0;
    if (colon == std::string_view::npos ||
        std::from_chars(rest.data() + colon + 1, rest.data() + rest.size(), port).ec != std::errc{}) {
        throw IndexError("a remote index is written tcp:HOST:PORT", location);
    }
    return Xapian::Remote::open(std::string(rest.substr(0, colon)), port);
}

Xapian::Database open_once(const std::string& location, bool check_fingerprint) {
    if (location.starts_with(kRemotePrefix)) {
        Xapian::Database db = open_remote(location);
        if (check_fingerprint) require_fingerprint(db, location);
        return db;
    }
    if (!std::filesystem::exists(location)) {
        throw IndexNotFoundError(
            fmt::format("no index at {}; build one with: healthsearch index --db {} PATH...", location, location),
            location);
    }
    Xapian::Database db(location);
    if (check_fingerprint) require_fingerprint(db, location);
    return db;
}

}  // namespace

bool is_remote(const std::string& location) { return location.starts_with(kRemotePrefix); }

Xapian::Database open_for_reading(const std::string& location, bool check_fingerprint) {
    // A writer that commits twice while a reader opens the index discards the revision being
    // read (DatabaseModifiedError); opening again reads the newest one.
    for (ReadRetries retries;;) {
        try {
            return open_once(location, check_fingerprint);
        } catch (const Xapian::DatabaseModifiedError& error) {
            if (!retries.another()) {
                throw IndexError(fmt::format("cannot open the index at {}: it kept changing while being opened ({})",
                                             location, error.get_description()),
                                 location);
            }
        } catch (const Xapian::DatabaseCorruptError& error) {
            // Glass in Xapian 1.4 may also report a block that a concurrent commit reused as
            // corruption ("Expected block 1 to be level 0"). Real damage fails every attempt
            // (for ReadRetries' 2 s) and is reported as such.
            if (!retries.another()) {
                throw IndexError(fmt::format("cannot open the index at {}: {}", location, error.get_description()),
                                 location);
            }
        } catch (const Xapian::DatabaseNotFoundError& error) {
            throw IndexNotFoundError(fmt::format("no index at {} ({})", location, error.get_msg()), location);
        } catch (const Xapian::Error& error) {
            throw IndexError(fmt::format("cannot open the index at {}: {}", location, error.get_description()),
                             location);
        }
    }
}

void require_fingerprint(const Xapian::Database& db, const std::string& location) {
    const std::string recorded = db.get_metadata(schema::kMetadataFingerprint);
    if (recorded.empty() && db.get_doccount() == 0) return;
    const std::string ours = analyzer_fingerprint();
    if (recorded != ours) {
        throw IncompatibleIndexError(
            fmt::format("the index at {} was built with a different analysis chain\n"
                        "  index:   {}\n  this build: {}\n"
                        "rebuild it: healthsearch index --rebuild --db {} PATH...",
                        location, recorded.empty() ? "(none recorded)" : recorded, ours, location),
            location);
    }
}

std::optional<std::string> stub_target(const std::filesystem::path& dir) {
    constexpr std::string_view kAuto = "auto ";
    std::ifstream in(dir / "XAPIANDB");
    std::string line;
    if (!in || !std::getline(in, line) || !line.starts_with(kAuto) || line.size() == kAuto.size()) return std::nullopt;
    return line.substr(kAuto.size());
}

}  // namespace healthsearch::index

namespace healthsearch {

std::string analyzer_fingerprint() { return analysis::Analyzer::fingerprint(); }

}  // namespace healthsearch
