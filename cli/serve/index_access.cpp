#include "index_access.hpp"

#include <algorithm>

namespace healthsearch::cli::serve {

const Searcher& IndexAccess::searcher() {
    std::lock_guard lock(opening_);
    // A Searcher that failed to open is tried again by the next request: the nightly job may
    // have built the index in the meantime. Once open, it follows new generations itself.
    if (!searcher_) searcher_ = std::make_unique<const Searcher>(locations_);
    return *searcher_;
}

SearchOutcome IndexAccess::search(const SearchRequest& request, const SearchOptions& expansion) {
    SearchOptions options = expansion;
    options.language = request.language;
    options.per_article = request.per_article;
    options.autocorrect = request.autocorrect;
    // Until the library pages itself, the page is cut from the first offset + limit hits, and
    // one more tells whether there is a next page.
    options.limit = request.offset + request.limit + 1;
    const Searcher& index = searcher();
    SearchOutcome outcome;
    outcome.offset = request.offset;
    outcome.corrections = index.corrections(request.query, options);
    outcome.searched_query =
        request.autocorrect ? apply_corrections(request.query, outcome.corrections) : request.query;
    std::vector<Hit> hits = index.search(request.query, options);
    outcome.estimated_matches = hits.size();
    if (hits.size() > request.offset + request.limit) hits.pop_back();
    hits.erase(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(std::min(request.offset, hits.size())));
    outcome.hits = std::move(hits);
    return outcome;
}

}  // namespace healthsearch::cli::serve
