#pragma once
// Searching: a query string in, ranked passages with highlighted snippets out.

#include <healthsearch/export.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace healthsearch {

// The deepest hit a search returns: ranking costs memory and time by offset + limit.
inline constexpr std::size_t kMaxResultWindow = 100000;

struct SearchOptions {
    std::size_t limit = 10;
    // Hits to skip, for the second and later pages: offset 10 with limit 10 gives ranks 11-20.
    // offset + limit may be at most kMaxResultWindow.
    std::size_t offset = 0;
    // "de" or "en" to keep only passages in that language; empty for both.
    std::string language;
    // Keep at most this many passages per article; 0 keeps all.
    std::size_t per_article = 0;
    // Also search the other terms of medical concepts the query names (German and English, lay
    // and technical: heart attack = Herzinfarkt = Myokardinfarkt), and general German synonyms
    // of its other words (OpenThesaurus: Treppe = Stiege), weighted below its own words.
    bool expand_synonyms = true;
    // Also search general-dictionary translations (FreeDict) of the other words, weighted lowest:
    // for questions whose answer exists only in the other language.
    bool translate = true;
    // Replace words the index does not know by their "did you mean" suggestion.
    bool autocorrect = false;
};

// A range of a text, in bytes.
struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool operator==(const Span&) const = default;
};

// A word of the query that matches nothing in the index, and the closest indexed word.
struct Correction {
    std::string word;        // as typed
    std::string suggestion;  // e.g. "Übelkeit" for "Ubelkiet"
    Span span;               // where the query holds `word` (its first occurrence)
    bool operator==(const Correction&) const = default;
};

// Text plus highlighted spans (byte ranges of `text`); rendering (ANSI, HTML, JSON) is the caller's business.
struct Snippet {
    std::string text;
    std::vector<Span> highlights;
    bool starts_mid_passage = false;  // text is cut at the front
    bool ends_mid_passage = false;    // text is cut at the end
};

// The query with each corrected word replaced by its suggestion: what --autocorrect searches.
HEALTHSEARCH_EXPORT std::string apply_corrections(std::string_view query,
                                                  const std::vector<Correction>& corrections);

struct Hit {
    std::size_t rank = 0;  // 1-based, counted from the first hit of all pages
    double score = 0;
    std::string article_id;
    std::string title;
    std::vector<std::string> heading_path;
    std::string language;
    std::string source;
    std::size_t passage = 0;  // ordinal of the passage within its article, from 0
    std::string text;         // the passage's exact original text
    Snippet snippet;
};

// What one search found, all from one analysis of the query.
struct SearchResult {
    std::vector<Hit> hits;  // ranks offset + 1 onwards
    // "Did you mean": each word of the query that the index knows in no spelling, with the
    // closest word it does know (from Xapian's spelling data). Empty when all are known.
    std::vector<Correction> corrections;
    // The query as searched: with autocorrect and corrections, apply_corrections(query, ...).
    std::string searched_query;
    // Xapian's estimate of the passages that match in all (before the limit and the offset).
    std::size_t estimated_matches = 0;
    std::size_t offset = 0;  // as asked for
};

// Opens one or more indexes (shards) and searches them as one. A location is a path to a local
// index or "tcp:HOST:PORT" for a remote xapian-tcpsrv shard. Searches may run while a writer
// updates the index: the searcher reopens and retries when the data moves, and each search
// starts from the newest committed data, so a long-lived searcher follows the nightly job.
// Thread rules: search() may be called from any number of threads at once on one Searcher
// (each concurrent search reads through its own Xapian database handle and analyzer, opened
// on first need and kept for reuse). Construction, move and destruction must not overlap any
// search.
class HEALTHSEARCH_EXPORT Searcher {
public:
    explicit Searcher(const std::vector<std::string>& locations);
    explicit Searcher(const std::string& location);
    ~Searcher();
    Searcher(const Searcher&) = delete;
    Searcher& operator=(const Searcher&) = delete;
    Searcher(Searcher&&) noexcept;
    Searcher& operator=(Searcher&&) noexcept;

    // Query syntax: words, "quoted phrases", +required, -excluded. Throws QueryError for a
    // query with nothing to search or that is not UTF-8, IndexError when the index fails.
    SearchResult search(std::string_view query, const SearchOptions& options = {}) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace healthsearch
