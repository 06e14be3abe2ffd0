// Query latency of the healthsearch library as an application sees it: one Searcher opened
// once, each query answered with the top 10 passages including their highlighted snippets.
//
//   query_bench DB QUERIES.txt     (one query per line; prints JSON on stdout)

#include "latency.hpp"

#include <healthsearch/healthsearch.hpp>

#include <cstdio>
#include <exception>
#include <string>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fputs("usage: query_bench DB QUERIES.txt\n", stderr);
        return 2;
    }
    try {
        const healthsearch::Searcher searcher(argv[1]);
        healthsearch::SearchOptions options;
        options.limit = 10;
        const auto queries = bench::read_queries(argv[2]);
        bench::measure("healthsearch library", queries, [&](const std::string& query) -> std::size_t {
            try {
                return searcher.search(query, options).size();
            } catch (const healthsearch::QueryError&) {
                return 0;  // nothing searchable in the query: the cost of finding that out still counts
            }
        });
        return 0;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "query_bench: %s\n", error.what());
        return 1;
    }
}
