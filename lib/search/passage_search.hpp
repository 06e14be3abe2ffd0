#pragma once

#include "search/index_reader.hpp"

#include <healthsearch/search.hpp>

#include <string_view>

namespace healthsearch::search {

// One search on one reader: analyses the query once (and the corrected query once more when
// autocorrect changes it), matches, and makes the hits with their snippets. Throws QueryError
// for a query with nothing to search, Xapian's errors as they come (the Searcher retries).
SearchResult search_passages(const IndexReader& reader, std::string_view query, const SearchOptions& options);

}  // namespace healthsearch::search
