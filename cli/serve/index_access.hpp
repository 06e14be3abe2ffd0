#pragma once
// The server's one Searcher, opened when first needed (the index may appear after the server
// starts), and the one place that speaks the library's search API.

#include "search_request.hpp"

#include <healthsearch/search.hpp>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace healthsearch::cli::serve {

// One search's answer: the hits of the requested page and what the page shows around them.
struct SearchOutcome {
    std::vector<Hit> hits;  // Hit::rank counts from offset + 1
    std::vector<Correction> corrections;
    std::string searched_query;  // with autocorrect: the corrected query
    std::size_t estimated_matches = 0;
    std::size_t offset = 0;
};

class IndexAccess {
public:
    explicit IndexAccess(std::vector<std::string> locations) : locations_(std::move(locations)) {}

    // Throws IndexNotFoundError, IndexError, IncompatibleIndexError (index unavailable) or
    // QueryError (the query cannot be searched). Safe to call from many threads.
    SearchOutcome search(const SearchRequest& request, const SearchOptions& expansion = {});

    const std::vector<std::string>& locations() const { return locations_; }

private:
    const Searcher& searcher();

    std::vector<std::string> locations_;
    std::mutex opening_;
    std::unique_ptr<const Searcher> searcher_;  // set once, then only read
};

}  // namespace healthsearch::cli::serve
