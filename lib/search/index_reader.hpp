#pragma once

#include "analysis/analyzer.hpp"

#include <xapian.h>

#include <string>
#include <vector>

namespace healthsearch::search {

// One open handle on the index (all its shards as one database) and the analyzer that reads
// queries for it. Neither Xapian databases nor our analyzer may be used by two threads at once,
// so a Searcher keeps one IndexReader per concurrent search. Not thread-safe.
class IndexReader {
public:
    explicit IndexReader(const std::vector<std::string>& locations);

    // Moves to the newest committed data: a new generation (a rebuild switched folders) is
    // opened afresh, new commits to the same generation are picked up by Xapian's reopen().
    void refresh();
    // Opens every location again, for a database that can no longer be read where it was.
    void open();
    // Xapian's reopen(): true when a newer revision was found.
    bool reopen() { return database_.reopen(); }

    const Xapian::Database& database() const { return database_; }
    const analysis::Analyzer& analyzer() const { return analyzer_; }

private:
    std::vector<std::string> current_generations() const;

    std::vector<std::string> locations_;
    std::vector<std::string> generations_;  // generation_identity of each location when opened
    Xapian::Database database_;
    analysis::Analyzer analyzer_;
};

// Which generation a local index folder points at: the identity of its stub file, which a
// rebuild replaces by rename. Empty for remote shards and plain databases.
std::string generation_identity(const std::string& location);

}  // namespace healthsearch::search
