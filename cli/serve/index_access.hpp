#pragma once
// The server's one Searcher, opened when first needed (the index may appear after the server
// starts) and shared by all threads: its searches run concurrently, as many at once as the
// machine has cores when the index is local. More would only share the cores: with 8 clients on
// 2 cores every search took 4 times as long, so the slowest took 4 times the single-client p99;
// waiting in turn, a long search costs its own time plus the queue's (bench/serve.sh). The turn
// is first come, first served: std::counting_semaphore wakes any waiter, and the unlucky ones
// waited so long that p99 at 8 clients rose from 44 ms to 57 ms.

#include "fair_gate.hpp"
#include "search_request.hpp"

#include <healthsearch/search.hpp>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace healthsearch::cli::serve {

class IndexAccess {
public:
    explicit IndexAccess(std::vector<std::string> locations);

    // Throws IndexNotFoundError, IndexError, IncompatibleIndexError (index unavailable) or
    // QueryError (the query cannot be searched). Safe to call from many threads.
    SearchResult search(const SearchRequest& request, const SearchOptions& expansion = {});

    const std::vector<std::string>& locations() const { return locations_; }

private:
    const Searcher& searcher();

    std::vector<std::string> locations_;
    std::mutex opening_;
    std::unique_ptr<const Searcher> searcher_;  // set once, then only read
    // Searches over tcp: shards spend their time waiting for the remote machines: no limit.
    FairGate searching_;
};

}  // namespace healthsearch::cli::serve
