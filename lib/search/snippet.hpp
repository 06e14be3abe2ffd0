#pragma once

#include "analysis/analyzer.hpp"
#include "search/query_plan.hpp"

#include <healthsearch/search.hpp>

#include <cstddef>
#include <string_view>

namespace healthsearch::search {

// Picks the run of whole sentences (at most `max_words` words) that holds the most distinct
// query terms, and marks every word whose stem or folded form the query asked for. Uses only
// the passage and the query, so the same query always gives the same snippet.
// `words` and `sentences` are the passage's boundaries as the analyzer found them at index time.
Snippet make_snippet(std::string_view passage_text, const std::vector<analysis::ByteRange>& words,
                     const std::vector<analysis::ByteRange>& sentences, analysis::Language language,
                     const HighlightTerms& terms, const analysis::Analyzer& analyzer,
                     std::size_t max_words = 45);

}  // namespace healthsearch::search
