#include "commands.hpp"
#include "exit_codes.hpp"
#include "render.hpp"

#include <healthsearch/eval.hpp>

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>

namespace healthsearch::cli {

namespace {

nlohmann::json summary_json(const EvalSummary& summary) {
    return {{"queries", summary.queries},
            {"ndcg@10", summary.ndcg_at_10},
            {"recall@100", summary.recall_at_100},
            {"mrr@10", summary.mrr_at_10},
            {"passage_accuracy", summary.passage_judged ? nlohmann::json(summary.passage_accuracy) : nlohmann::json()},
            {"passage_judged", summary.passage_judged},
            {"language_first", summary.language_judged ? nlohmann::json(summary.language_first) : nlohmann::json()},
            {"language_judged", summary.language_judged}};
}

std::string summary_line(const EvalSummary& summary) {
    std::string line = fmt::format("{:>4} queries  nDCG@10 {:.3f}  Recall@100 {:.3f}  MRR@10 {:.3f}",
                                   summary.queries, summary.ndcg_at_10, summary.recall_at_100,
                                   summary.mrr_at_10);
    if (summary.passage_judged > 0) {
        line += fmt::format("  passage accuracy {:.3f} ({} judged)", summary.passage_accuracy,
                            summary.passage_judged);
    }
    if (summary.language_judged > 0) {
        line += fmt::format("  language first {:.3f} ({} judged)", summary.language_first, summary.language_judged);
    }
    return line;
}

nlohmann::json optional_json(const std::optional<bool>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json();
}

const char* yes_no(const std::optional<bool>& value) {
    return value ? (*value ? "yes" : "no") : "-";
}

void print_per_query(const std::vector<QueryScores>& worst_first,
                     const std::map<std::string, const JudgedQuery*>& query_by_id) {
    fmt::print("\n{:<10} {:>7} {:>10} {:>6} {:>7} {:>7}  {:<4} {:<10} query\n", "query", "nDCG@10", "Recall@100",
               "MRR@10", "passage", "lang1st", "lang", "category");
    for (const QueryScores& score : worst_first) {
        const auto query = query_by_id.find(score.query_id);
        const JudgedQuery* q = query == query_by_id.end() ? nullptr : query->second;
        fmt::print("{:<10} {:>7.3f} {:>10.3f} {:>6.3f} {:>7} {:>7}  {:<4} {:<10} {}\n", score.query_id,
                   score.ndcg_at_10, score.recall_at_100, score.mrr_at_10, yes_no(score.passage_correct),
                   yes_no(score.language_first), q ? q->language : "", q ? q->category : "", q ? q->text : "");
    }
}

}  // namespace

int run_eval(const EvalCommand& command) {
    const Qrels qrels = load_qrels(command.qrels);
    std::vector<JudgedQuery> queries;
    if (!command.queries.empty()) queries = load_queries(command.queries);

    Run run;
    if (!command.score_run.empty()) {
        run = load_run(command.score_run);
    } else {
        if (command.queries.empty()) {
            fmt::print(stderr, "healthsearch: eval needs --queries (or --score RUNFILE)\n");
            return kExitUsage;
        }
        std::vector<std::string> dbs = command.dbs;
        if (dbs.empty()) dbs.push_back(default_db_path());
        const Searcher searcher(dbs);
        const auto name_unsearchable = [](const JudgedQuery& query, const QueryError& error) {
            fmt::print(stderr, "healthsearch: query {} (\"{}\") scored as no hits: {}\n", query.id, query.text,
                       error.what());
        };
        run = run_queries(searcher, queries, qrels,
                          EvalOptions{command.depth, command.language, !command.no_synonyms, !command.no_translate,
                                      name_unsearchable});
    }
    if (!command.write_run.empty()) {
        std::ofstream out(command.write_run);
        write_run(run, out, command.tag);
        if (!out) {
            fmt::print(stderr, "healthsearch: cannot write the run file {}\n", command.write_run);
            return kExitFailure;
        }
    }

    const std::vector<QueryScores> scores = score_run(run, qrels, queries);
    std::map<std::string, const JudgedQuery*> query_by_id;
    for (const JudgedQuery& query : queries) query_by_id[query.id] = &query;

    // Groups by the queries' metadata: language, category.
    std::map<std::string, std::vector<QueryScores>> groups;
    for (const QueryScores& score : scores) {
        const auto query = query_by_id.find(score.query_id);
        if (query == query_by_id.end()) continue;
        if (!query->second->language.empty()) groups["language=" + query->second->language].push_back(score);
        if (!query->second->category.empty()) groups["category=" + query->second->category].push_back(score);
    }

    std::vector<QueryScores> worst_first = scores;
    std::stable_sort(worst_first.begin(), worst_first.end(), [](const QueryScores& a, const QueryScores& b) {
        return a.ndcg_at_10 < b.ndcg_at_10;
    });

    if (command.json) {
        nlohmann::json json = {{"summary", summary_json(summarise(scores))}};
        for (const auto& [name, members] : groups) json["groups"][name] = summary_json(summarise(members));
        if (command.per_query) {
            json["per_query"] = nlohmann::json::array();
            for (const QueryScores& score : worst_first) {
                json["per_query"].push_back(
                    {{"query_id", score.query_id}, {"ndcg@10", score.ndcg_at_10},
                     {"recall@100", score.recall_at_100}, {"mrr@10", score.mrr_at_10},
                     {"passage_correct", optional_json(score.passage_correct)},
                     {"language_first", optional_json(score.language_first)}});
            }
        }
        fmt::print("{}\n", json_text(json, 2));
        return kExitOk;
    }

    fmt::print("all        {}\n", summary_line(summarise(scores)));
    if (!command.score_run.empty()) {
        fmt::print("passage accuracy and language first: not available, a run file keeps no passages or languages\n");
    }
    for (const auto& [name, members] : groups) {
        fmt::print("{:<24} {}\n", name, summary_line(summarise(members)));
    }
    if (command.per_query) print_per_query(worst_first, query_by_id);
    return kExitOk;
}

}  // namespace healthsearch::cli
