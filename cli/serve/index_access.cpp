#include "index_access.hpp"

#include <algorithm>
#include <limits>
#include <thread>

namespace healthsearch::cli::serve {

namespace {

std::size_t searches_at_once(const std::vector<std::string>& locations) {
    const bool remote = std::any_of(locations.begin(), locations.end(),
                                    [](const std::string& location) { return location.starts_with("tcp:"); });
    if (remote) return std::numeric_limits<std::size_t>::max();
    return std::max(1U, std::thread::hardware_concurrency());
}

}  // namespace

IndexAccess::IndexAccess(std::vector<std::string> locations)
    : locations_(std::move(locations)), searching_(searches_at_once(locations_)) {}

const Searcher& IndexAccess::searcher() {
    std::lock_guard lock(opening_);
    // A Searcher that failed to open is tried again by the next request: the nightly job may
    // have built the index in the meantime. Once open, it follows new generations itself.
    if (!searcher_) searcher_ = std::make_unique<const Searcher>(locations_);
    return *searcher_;
}

SearchResult IndexAccess::search(const SearchRequest& request, const SearchOptions& expansion) {
    SearchOptions options = expansion;
    options.language = request.language;
    options.per_article = request.per_article;
    options.autocorrect = request.autocorrect;
    options.limit = request.limit;
    options.offset = request.offset;
    const Searcher& opened = searcher();
    const FairGate::Place place(searching_);
    return opened.search(request.query, options);
}

}  // namespace healthsearch::cli::serve
