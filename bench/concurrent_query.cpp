// Queries per second of one Searcher shared by several threads (issue 12): can two threads on
// two cores answer close to twice as many queries as one?
//
//   concurrent_query [--seconds S] [--rounds R] DB QUERIES.txt
//
// One query per line. After one warm-up pass, each round lets T threads (T = 1, then 2) run the
// queries in turn on the same Searcher for S seconds (default 3), each thread starting at its
// own place in the list; a round's figure is all answered queries over the time. Prints JSON on
// stdout: queries/s for 1 and 2 threads and their ratio, medians of R rounds (default 3).

#include "latency.hpp"

#include <healthsearch/healthsearch.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

std::size_t answer(const healthsearch::Searcher& searcher, const std::string& query,
                   const healthsearch::SearchOptions& options) {
    try {
        return searcher.search(query, options).hits.size();
    } catch (const healthsearch::QueryError&) {
        return 0;  // nothing searchable in the query: finding that out still counts
    }
}

// Queries per second of `threads` threads sharing `searcher` for `seconds`.
double round_of(const healthsearch::Searcher& searcher, const std::vector<std::string>& queries,
                const healthsearch::SearchOptions& options, unsigned threads, double seconds) {
    std::atomic<bool> started{false}, stop{false};
    std::vector<std::size_t> answered(threads, 0);
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            while (!started.load()) std::this_thread::yield();
            for (std::size_t i = t * queries.size() / threads; !stop.load(); i = (i + 1) % queries.size()) {
                answer(searcher, queries[i], options);
                ++answered[t];
            }
        });
    }
    const auto start = Clock::now();
    started = true;
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (std::thread& worker : workers) worker.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    std::size_t total = 0;
    for (const std::size_t count : answered) total += count;
    return static_cast<double>(total) / elapsed;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
    double seconds = 3;
    unsigned rounds = 3;
    std::vector<std::string> paths;
    bool usage = false;
    for (int i = 1; i < argc && !usage; ++i) {
        const std::string_view arg = argv[i];
        if ((arg == "--seconds" || arg == "--rounds") && i + 1 < argc) {
            const double value = std::atof(argv[++i]);
            usage = value <= 0;
            if (arg == "--seconds") seconds = value;
            else rounds = static_cast<unsigned>(value);
        } else {
            usage = arg.starts_with("--");
            paths.emplace_back(arg);
        }
    }
    if (usage || paths.size() != 2 || rounds == 0) {
        std::fputs("usage: concurrent_query [--seconds S] [--rounds R] DB QUERIES.txt\n", stderr);
        return 2;
    }
    try {
        const healthsearch::Searcher searcher(paths[0]);
        const auto queries = bench::read_queries(paths[1]);
        if (queries.empty()) throw std::runtime_error("no queries in " + paths[1]);
        healthsearch::SearchOptions options;
        options.limit = 10;
        for (const std::string& query : queries) answer(searcher, query, options);  // warm caches
        std::vector<double> one, two;
        for (unsigned round = 0; round < rounds; ++round) {
            one.push_back(round_of(searcher, queries, options, 1, seconds));
            two.push_back(round_of(searcher, queries, options, 2, seconds));
        }
        const double qps_one = median(one), qps_two = median(two);
        fmt::print("{{\"label\": \"one shared Searcher\", \"seconds_per_round\": {:g}, \"rounds\": {}, "
                   "\"qps_1_thread\": {:.1f}, \"qps_2_threads\": {:.1f}, \"ratio\": {:.2f}, "
                   "\"hardware_threads\": {}}}\n",
                   seconds, rounds, qps_one, qps_two, qps_two / qps_one, std::thread::hardware_concurrency());
        return 0;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "concurrent_query: %s\n", error.what());
        return 1;
    }
}
