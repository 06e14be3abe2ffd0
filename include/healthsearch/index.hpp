#pragma once
// Building and updating an index: articles in, passages in a Xapian database out.

#include <healthsearch/article.hpp>
#include <healthsearch/export.hpp>

#include <cstddef>
#include <map>
#include <memory>
#include <string>

namespace healthsearch {

struct IndexReport {
    std::size_t added = 0;      // articles new to the index
    std::size_t updated = 0;    // articles whose content changed
    std::size_t unchanged = 0;  // articles skipped because their content hash matched
    std::size_t deleted = 0;
    std::size_t failed = 0;     // sources that could not be read (counted by the caller)
    std::size_t passages_written = 0;
};

class HEALTHSEARCH_EXPORT IndexWriter {
public:
    // Opens or creates the index at `path`. Throws IncompatibleIndexError when the index was
    // built by another analysis chain, IndexLockedError when another writer holds it.
    explicit IndexWriter(const std::string& path);
    ~IndexWriter();
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;
    IndexWriter(IndexWriter&&) noexcept;
    IndexWriter& operator=(IndexWriter&&) noexcept;

    // Adds the article, replacing all passages of an earlier version with the same id.
    // Returns how many passages it wrote (0 when the article was unchanged).
    std::size_t add(const Article& article);
    // Removes every passage of the article; false when it was not indexed.
    bool remove(const std::string& article_id);
    // Makes everything added so far visible to readers, atomically.
    void commit();

    const IndexReport& report() const noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

struct IndexStats {
    std::string path;
    std::size_t passages = 0;
    std::size_t articles = 0;
    std::map<std::string, std::size_t> passages_by_language;
    std::string fingerprint;  // the analysis chain the index was built with
    double average_passage_terms = 0;  // weighted term count (title words count thrice)
};

// Throws IndexNotFoundError when there is no index at `path`.
HEALTHSEARCH_EXPORT IndexStats read_index_stats(const std::string& path);

// The analysis chain of this build, as recorded in every index it writes.
HEALTHSEARCH_EXPORT std::string analyzer_fingerprint();

}  // namespace healthsearch
