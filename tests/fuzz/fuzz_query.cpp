// libFuzzer harness: the query parser, with the expansions a search uses (synonyms,
// translations, umlaut spellings) and with a language filter. A query may be refused with
// QueryError; any other exception or crash is a finding.
#include "analysis/synonyms.hpp"
#include "fuzz_support.hpp"
#include "search/query_builder.hpp"

#include <functional>
#include <string_view>

namespace {

// Stands in for the index: a term's passage count is a fixed function of the term, so about a
// third of the terms are "not in the index" and some are common enough to be left out.
Xapian::doccount pretend_frequency(const std::string& term) {
    const std::size_t hash = std::hash<std::string>{}(term);
    if (term.empty()) return 500000;
    return hash % 3 == 0 ? 0 : static_cast<Xapian::doccount>(hash % 5000);
}

void parse(std::string_view query, healthsearch::analysis::Language filter, bool expand) {
    using namespace healthsearch;
    static const analysis::Analyzer analyzer;
    try {
        const search::BuiltQuery built = search::build_query(
            query, analyzer, filter, pretend_frequency, search::ExpansionSources::builtin(analyzer, expand, expand));
        // Words the index lacks are left out, so an accepted query may still match nothing.
        (void)built.query.get_description();
    } catch (const QueryError&) {
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view query(reinterpret_cast<const char*>(data), size);
    for (const auto& clause : healthsearch::search::split_query(query)) {
        fuzz_support::require(clause.text.size() <= query.size(), "a clause is part of the query");
    }
    parse(query, healthsearch::analysis::Language::unknown, true);
    parse(query, healthsearch::analysis::Language::german, false);
    return 0;
}
