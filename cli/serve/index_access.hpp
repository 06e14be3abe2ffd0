#pragma once
// The server's one Searcher, opened when first needed (the index may appear after the server
// starts) and shared by all threads: its searches run concurrently.

#include "search_request.hpp"

#include <healthsearch/search.hpp>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace healthsearch::cli::serve {

class IndexAccess {
public:
    explicit IndexAccess(std::vector<std::string> locations) : locations_(std::move(locations)) {}

    // Throws IndexNotFoundError, IndexError, IncompatibleIndexError (index unavailable) or
    // QueryError (the query cannot be searched). Safe to call from many threads.
    SearchResult search(const SearchRequest& request, const SearchOptions& expansion = {});

    const std::vector<std::string>& locations() const { return locations_; }

private:
    const Searcher& searcher();

    std::vector<std::string> locations_;
    std::mutex opening_;
    std::unique_ptr<const Searcher> searcher_;  // set once, then only read
};

}  // namespace healthsearch::cli::serve
