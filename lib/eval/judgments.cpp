#include <healthsearch/error.hpp>
#include <healthsearch/eval.hpp>

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include <fstream>
#include <sstream>

namespace healthsearch {

namespace {

std::ifstream open_or_throw(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) throw InputError("cannot be opened for reading", file.string());
    return in;
}

std::string string_field(const nlohmann::json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

std::vector<JudgedQuery> load_queries(const std::filesystem::path& jsonl) {
    std::ifstream in = open_or_throw(jsonl);
    std::vector<JudgedQuery> queries;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        try {
            const nlohmann::json record = nlohmann::json::parse(line);
            JudgedQuery query{string_field(record, "_id"), string_field(record, "text"), {}, {}, {}, {}};
            if (query.id.empty() || query.text.empty()) {
                throw InputError("needs \"_id\" and \"text\" strings", jsonl.string(), number);
            }
            if (const auto meta = record.find("metadata"); meta != record.end() && meta->is_object()) {
                query.language = string_field(*meta, "language");
                query.category = string_field(*meta, "category");
                query.answer_phrase = string_field(*meta, "answer_phrase");
                query.answer_language = string_field(*meta, "answer_language");
            }
            queries.push_back(std::move(query));
        } catch (const nlohmann::json::exception& error) {
            throw InputError(fmt::format("is not valid JSON ({})", error.what()), jsonl.string(), number);
        }
    }
    return queries;
}

Qrels load_qrels(const std::filesystem::path& tsv) {
    std::ifstream in = open_or_throw(tsv);
    Qrels qrels;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.starts_with("query-id")) continue;
        std::istringstream fields(line);
        std::string query, doc, third, fourth;
        fields >> query >> doc >> third >> fourth;
        // BEIR has "qid docid grade"; TREC qrels have "qid 0 docid grade".
        std::string grade_text = third;
        if (!fourth.empty()) {
            doc = third;
            grade_text = fourth;
        }
        try {
            std::size_t used = 0;
            const int grade = std::stoi(grade_text, &used);
            if (used != grade_text.size()) throw std::invalid_argument("trailing characters");
            qrels[query][doc] = grade;
        } catch (const std::exception&) {
            throw InputError("is not \"query-id corpus-id grade\"", tsv.string(), number);
        }
    }
    return qrels;
}

Run load_run(const std::filesystem::path& file) {
    std::ifstream in = open_or_throw(file);
    Run run;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        std::istringstream fields(line);
        std::string query, q0, doc, tag;
        std::size_t rank = 0;
        double score = 0;
        if (!(fields >> query >> q0 >> doc >> rank >> score)) {
            throw InputError("is not \"qid Q0 docid rank score tag\"", file.string(), number);
        }
        run[query].push_back({doc, score, {}, {}});
    }
    return run;
}

void write_run(const Run& run, std::ostream& out, const std::string& tag) {
    for (const auto& [query, ranking] : run) {
        for (std::size_t i = 0; i < ranking.size(); ++i) {
            out << fmt::format("{} Q0 {} {} {:.6f} {}\n", query, ranking[i].article_id, i + 1,
                               ranking[i].score, tag);
        }
    }
}

}  // namespace healthsearch
