#include "index_access.hpp"

namespace healthsearch::cli::serve {

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
    return searcher().search(request.query, options);
}

}  // namespace healthsearch::cli::serve
