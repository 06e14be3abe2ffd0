#pragma once
// A query string to a Xapian query, in three stages with plain data between them:
// query_syntax (clauses) -> query_plan (what each word is searched as) -> query_assembly.

#include "search/query_assembly.hpp"
#include "search/query_plan.hpp"
#include "search/query_syntax.hpp"

#include <xapian.h>

#include <string>
#include <vector>

namespace healthsearch::search {

struct BuiltQuery {
    Xapian::Query query;
    HighlightTerms highlight;
    // Words of the query (folded) that match nothing in the index, for "did you mean".
    std::vector<std::string> unknown_words;
    // Quoted phrases: `query` finds passages with all their words; these say which passages
    // hold them together.
    std::vector<Phrase> required_phrases;
    std::vector<Phrase> excluded_phrases;
};

inline BuiltQuery build_query(std::string_view query, const analysis::Analyzer& analyzer,
                              analysis::Language language_filter, const TermFrequency& frequency = {},
                              const ExpansionSources& sources = {}) {
    QueryPlan plan = plan_query(query, analyzer, language_filter, frequency, sources);
    BuiltQuery built;
    built.query = assemble_query(plan);
    built.highlight = std::move(plan.highlight);
    built.unknown_words = std::move(plan.unknown_words);
    built.required_phrases = std::move(plan.required_phrases);
    built.excluded_phrases = std::move(plan.excluded_phrases);
    return built;
}

}  // namespace healthsearch::search
