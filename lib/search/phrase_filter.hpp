#pragma once
// Quoted phrases, checked against a passage's stored words. The index keeps no positions (see
// index/schema.hpp), so the query asks Xapian for passages holding all of a phrase's words and
// this decides which of them hold the words together and in order.

#include "analysis/analyzer.hpp"
#include "index/stored_passage.hpp"

#include <string>
#include <vector>

namespace healthsearch::search {

// A phrase: folded words, stop words included, compared as written (not stemmed).
using Phrase = std::vector<std::string>;

class PhraseFilter {
public:
    PhraseFilter(std::vector<Phrase> required, std::vector<Phrase> excluded)
        : required_(std::move(required)), excluded_(std::move(excluded)) {}

    bool empty() const { return required_.empty() && excluded_.empty(); }
    // True when the passage (its text, title or headings) holds every required phrase and no
    // excluded one.
    bool accepts(const index::StoredPassage& passage, const analysis::Analyzer& analyzer) const;

private:
    std::vector<Phrase> required_;
    std::vector<Phrase> excluded_;
};

}  // namespace healthsearch::search
