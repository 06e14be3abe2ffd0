#pragma once
// Shared by the query benchmarks so that the library and stock Xapian are summarised the same
// way: one warm-up pass (page cache, Xapian's block cache and lazy initialisation are then
// warm for everyone), one timed pass, nearest-rank percentiles, as bench/run.sh does for FTS5.

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <fstream>
#include <functional>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

namespace bench {

inline std::vector<std::string> read_queries(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::vector<std::string> queries;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty()) queries.push_back(line);
    }
    return queries;
}

// Nearest rank: the smallest sample with at least p% of the samples at or below it.
inline double percentile(std::vector<double> sorted, double p) {
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::max<std::size_t>(rank, 1) - 1];
}

// run_one returns the number of hits. Prints one JSON object on stdout.
inline void measure(const std::string& label, const std::vector<std::string>& queries,
                    const std::function<std::size_t(const std::string&)>& run_one) {
    for (const auto& query : queries) run_one(query);
    std::vector<double> micros;
    micros.reserve(queries.size());
    std::size_t hits = 0;
    for (const auto& query : queries) {
        const auto start = std::chrono::steady_clock::now();
        hits += run_one(query);
        const auto stop = std::chrono::steady_clock::now();
        micros.push_back(std::chrono::duration<double, std::micro>(stop - start).count());
    }
    const double mean = std::accumulate(micros.begin(), micros.end(), 0.0) / static_cast<double>(micros.size());
    fmt::print("{{\"label\": \"{}\", \"queries\": {}, \"p50_us\": {:.1f}, \"p95_us\": {:.1f}, \"p99_us\": {:.1f}, "
               "\"mean_us\": {:.1f}, \"hits_per_query\": {:.2f}}}\n",
               label, micros.size(), percentile(micros, 50), percentile(micros, 95), percentile(micros, 99), mean,
               static_cast<double>(hits) / static_cast<double>(micros.size()));
}

}  // namespace bench
