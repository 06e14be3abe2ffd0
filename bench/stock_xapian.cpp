// The peer we compare relevance against: stock Xapian as an application would use it out of
// the box, with TermGenerator + QueryParser, BM25 and one Snowball stemmer. No passages, no
// folding, no language detection.
//
//   stock_xapian index DB STEMMER corpus.jsonl...
//   stock_xapian run   DB STEMMER queries.jsonl qrels.tsv [TAG] > run.trec

#include <xapian.h>

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>

namespace {

int index_corpus(const std::string& db_path, const std::string& stemmer, int argc, char** argv) {
    Xapian::WritableDatabase db(db_path, Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem(stemmer));
    for (int i = 0; i < argc; ++i) {
        std::ifstream in(argv[i]);
        for (std::string line; std::getline(in, line);) {
            if (line.empty()) continue;
            const auto record = nlohmann::json::parse(line);
            const std::string id = record.at("_id");
            Xapian::Document doc;
            generator.set_document(doc);
            generator.index_text(record.value("title", std::string()));
            generator.increase_termpos();
            generator.index_text(record.value("text", std::string()));
            doc.set_data(id);
            doc.add_boolean_term("Q" + id);
            db.replace_document("Q" + id, doc);
        }
    }
    db.commit();
    return 0;
}

int run_queries(const std::string& db_path, const std::string& stemmer, const std::string& queries_path,
                const std::string& qrels_path, const std::string& tag) {
    std::set<std::string> judged;
    std::ifstream qrels(qrels_path);
    for (std::string line; std::getline(qrels, line);) {
        std::istringstream fields(line);
        std::string query;
        fields >> query;
        if (!query.empty() && query != "query-id") judged.insert(query);
    }
    Xapian::Database db(db_path);
    Xapian::QueryParser parser;
    parser.set_database(db);
    parser.set_stemmer(Xapian::Stem(stemmer));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    Xapian::Enquire enquire(db);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    std::ifstream queries(queries_path);
    for (std::string line; std::getline(queries, line);) {
        if (line.empty()) continue;
        const auto record = nlohmann::json::parse(line);
        const std::string id = record.at("_id");
        if (!judged.contains(id)) continue;
        enquire.set_query(parser.parse_query(record.at("text").get<std::string>()));
        const Xapian::MSet mset = enquire.get_mset(0, 100);
        std::size_t rank = 0;
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            fmt::print("{} Q0 {} {} {:.6f} {}\n", id, it.get_document().get_data(), ++rank, it.get_weight(), tag);
        }
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const std::string command = argc > 1 ? argv[1] : "";
        if (command == "index" && argc >= 5) return index_corpus(argv[2], argv[3], argc - 4, argv + 4);
        if (command == "run" && argc >= 6) {
            return run_queries(argv[2], argv[3], argv[4], argv[5], argc > 6 ? argv[6] : "stock-xapian");
        }
        std::cerr << "usage: stock_xapian index DB STEMMER corpus.jsonl...\n"
                     "       stock_xapian run DB STEMMER queries.jsonl qrels.tsv [TAG]\n";
        return 2;
    } catch (const std::exception& error) {
        std::cerr << "stock_xapian: " << error.what() << "\n";
        return 1;
    } catch (const Xapian::Error& error) {
        std::cerr << "stock_xapian: " << error.get_description() << "\n";
        return 1;
    }
}
