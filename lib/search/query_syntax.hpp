#pragma once
// The first stage of reading a query: its syntax, before any analysis of its words.

#include "analysis/analyzer.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace healthsearch::search {

// One piece of the query as the user wrote it.
struct QueryClause {
    enum class Occur { should, must, must_not };
    Occur occur = Occur::should;
    bool phrase = false;  // "quoted": words must stand together, as written
    std::string text;
};

// Splits a query into words, "quoted phrases", +required and -excluded clauses.
std::vector<QueryClause> split_query(std::string_view query);

// The longest query searched: far beyond any question (a long one is 50 words), while a query
// of 2,000 words took seconds and 100 KB minutes and a gigabyte.
inline constexpr std::size_t kMaxQueryBytes = 4096;
inline constexpr std::size_t kMaxQueryWords = 1000;

// Throws QueryError for a query that is not UTF-8 (every later step takes it for UTF-8, and
// JSON output needs it to be) or longer than kMaxQueryBytes or kMaxQueryWords.
void require_searchable(std::string_view query, const analysis::Analyzer& analyzer);

}  // namespace healthsearch::search
