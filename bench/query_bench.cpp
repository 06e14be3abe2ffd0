// Query latency of the healthsearch library as an application sees it: one Searcher opened
// once, each query answered with the top 10 passages including their highlighted snippets.
//
//   query_bench [--no-synonyms] [--no-translate] DB QUERIES.txt
//
// One query per line; prints JSON on stdout. The flags measure what the expansions cost.

#include "latency.hpp"

#include <healthsearch/healthsearch.hpp>

#include <cstdio>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
    healthsearch::SearchOptions options;
    options.limit = 10;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--no-synonyms") {
            options.expand_synonyms = false;
        } else if (arg == "--no-translate") {
            options.translate = false;
        } else if (arg.starts_with("--")) {
            paths.clear();  // an unknown option: print the usage
            break;
        } else {
            paths.emplace_back(arg);
        }
    }
    if (paths.size() != 2) {
        std::fputs("usage: query_bench [--no-synonyms] [--no-translate] DB QUERIES.txt\n", stderr);
        return 2;
    }
    try {
        const healthsearch::Searcher searcher(paths[0]);
        const auto queries = bench::read_queries(paths[1]);
        bench::measure("healthsearch library", queries, [&](const std::string& query) -> std::size_t {
            try {
                return searcher.search(query, options).hits.size();
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
