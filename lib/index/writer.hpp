#pragma once

#include "analysis/analyzer.hpp"
#include "index/committed_files.hpp"

#include <healthsearch/article.hpp>
#include <healthsearch/index.hpp>

#include <xapian.h>

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace healthsearch::index {

// An article analysed into its passage documents, ready to be written. Preparing needs only an
// Analyzer, so it can run on another thread than the writing.
struct PreparedArticle {
    Article article;
    std::vector<Xapian::Document> documents;
    // Words for "did you mean", lower case as written, once per article.
    std::vector<std::string> spellings;
};

PreparedArticle prepare_article(Article article, const analysis::Analyzer& analyzer);

// Writes passages into one Xapian database. All changes go through a transaction that is
// committed at article boundaries only, so a reader (or a crash) never sees half an article.
class Writer {
public:
    Writer(const std::string& path, std::size_t passages_per_commit);
    ~Writer();
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    std::size_t add(const Article& article);
    // Writes an article prepared elsewhere (unless its content hash shows it unchanged).
    std::size_t add(PreparedArticle&& prepared);
    bool remove(const std::string& article_id);
    void set_metadata(const std::string& key, const std::string& value);
    // Commits when the batch is full; call between articles.
    void maybe_commit();
    void commit();
    // After a failure: drops the uncommitted changes, closes the database and gives back the
    // disk space they took, leaving the database at its last commit. Call with the writer
    // lock held; the Writer is unusable afterwards.
    void abandon() noexcept;

    IndexReport& report() { return report_; }
    const IndexReport& report() const { return report_; }
    Xapian::WritableDatabase& db() { return db_; }
    const std::string& path() const { return path_; }

private:
    // Copies a spelling count into metadata, which a remote shard serves (schema.hpp).
    void mirror_spelling(const std::string& word, Xapian::termcount articles);

    void begin();
    // The content hash stored with the article's passages; empty when it is not indexed.
    std::string indexed_hash(const std::string& article_term);
    // Replaces the article's passages with what `prepare` makes, unless its hash is unchanged.
    std::size_t write(const std::string& id, const std::string& content_hash,
                      const std::function<PreparedArticle()>& prepare);

    std::string path_;
    std::size_t passages_per_commit_;
    Xapian::WritableDatabase db_;
    std::optional<CommittedFiles> committed_files_;
    analysis::Analyzer analyzer_;
    IndexReport report_;
    // "Did you mean" words of the uncommitted articles with their article counts. Xapian's
    // add_spelling is costly per call (a fifth of the writing when called per article), so each
    // word goes in once per commit.
    std::unordered_map<std::string, Xapian::termcount> pending_spellings_;
    std::size_t uncommitted_ = 0;
    bool in_transaction_ = false;
};

}  // namespace healthsearch::index
