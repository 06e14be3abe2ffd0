#pragma once

#include "analysis/analyzer.hpp"
#include "search/expansion_sources.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace healthsearch::search {

// The language a query is written in, or unknown when it cannot be told. Queries are short, so
// besides the text's own evidence (stop words, umlauts) each word counts for the language whose
// word list alone holds it (Übelkeit, Schlafstörungen: German; pain, sleep: English); words
// both lists hold (Asthma, Diabetes) count for neither.
// `searched` are the query's words (folded) as the query searches them: with the umlauts a reader
// left out put back (Ubelkeit: Übelkeit), which the word lists know.
analysis::Language detect_query_language(std::string_view query, const std::vector<std::string>& searched,
                                         const analysis::Analyzer& analyzer, const KnownWords& known_words = {});

}  // namespace healthsearch::search
