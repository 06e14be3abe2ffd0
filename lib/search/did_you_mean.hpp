#pragma once

#include "analysis/analyzer.hpp"

#include <healthsearch/search.hpp>

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace healthsearch::search {

// The corrections for the words of `query` whose folded form is in `unknown_words` (the words
// the query's analysis found in no spelling in the index): the closest word of Xapian's
// spelling data, in the case the reader typed it. A word with no suggestion is left out.
std::vector<Correction> find_corrections(std::string_view query, const std::vector<std::string>& unknown_words,
                                         const Xapian::Database& database, const analysis::Analyzer& analyzer);

}  // namespace healthsearch::search
