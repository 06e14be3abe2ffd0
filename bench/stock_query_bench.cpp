// Query latency of stock Xapian as an application would use it out of the box, on the index
// that `stock_xapian index` builds: QueryParser with the English stemmer (STEM_SOME), BM25,
// top 10 documents. It fetches each hit's document data (the id) but builds no snippet, so it
// does less work per hit than healthsearch, which returns passages with highlighted snippets.
//
//   stock_query_bench DB QUERIES.txt     (one query per line; prints JSON on stdout)

#include "latency.hpp"

#include <xapian.h>

#include <cstdio>
#include <exception>
#include <string>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fputs("usage: stock_query_bench DB QUERIES.txt\n", stderr);
        return 2;
    }
    try {
        Xapian::Database db(argv[1]);
        Xapian::QueryParser parser;
        parser.set_database(db);
        parser.set_stemmer(Xapian::Stem("english"));
        parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
        Xapian::Enquire enquire(db);
        enquire.set_weighting_scheme(Xapian::BM25Weight());
        const auto queries = bench::read_queries(argv[2]);
        bench::measure("stock Xapian", queries, [&](const std::string& query) -> std::size_t {
            enquire.set_query(parser.parse_query(query));
            const Xapian::MSet mset = enquire.get_mset(0, 10);
            std::size_t hits = 0;
            for (auto it = mset.begin(); it != mset.end(); ++it) hits += !it.get_document().get_data().empty();
            return hits;
        });
        return 0;
    } catch (const Xapian::Error& error) {
        std::fprintf(stderr, "stock_query_bench: %s\n", error.get_description().c_str());
        return 1;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "stock_query_bench: %s\n", error.what());
        return 1;
    }
}
