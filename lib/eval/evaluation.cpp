#include "extract/article_builder.hpp"

#include <healthsearch/eval.hpp>

#include <algorithm>
#include <cmath>

namespace healthsearch {

namespace {

// Passages are fetched this deep before collapsing, so that `depth` articles remain.
constexpr std::size_t kMaxPassagesPerArticle = 1;

// trec_eval reads a run sorted by score, ties broken by document id descending; we rank the
// same way so that our figures and trec_eval's agree on the written run file. Scores are
// compared at the precision the run file keeps.
std::vector<RankedArticle> trec_order(std::vector<RankedArticle> ranking) {
    const auto rounded = [](double score) { return std::round(score * 1e6) / 1e6; };
    std::stable_sort(ranking.begin(), ranking.end(), [&](const RankedArticle& a, const RankedArticle& b) {
        if (rounded(a.score) != rounded(b.score)) return rounded(a.score) > rounded(b.score);
        return a.article_id > b.article_id;
    });
    return ranking;
}

bool contains_phrase(const std::string& passage, const std::string& phrase) {
    return extract::collapse_whitespace(passage).find(extract::collapse_whitespace(phrase)) !=
           std::string::npos;
}

}  // namespace

Run run_queries(const Searcher& searcher, const std::vector<JudgedQuery>& queries, const Qrels& qrels,
                const EvalOptions& options) {
    SearchOptions search;
    search.limit = options.depth;
    search.per_article = kMaxPassagesPerArticle;
    search.language = options.language;
    search.expand_synonyms = options.expand_synonyms;
    search.translate = options.translate;
    Run run;
    for (const JudgedQuery& query : queries) {
        if (!qrels.contains(query.id)) continue;
        auto& ranking = run[query.id];
        std::vector<Hit> hits;
        try {
            hits = searcher.search(query.text, search).hits;
        } catch (const QueryError& error) {
            if (options.on_unsearchable) options.on_unsearchable(query, error);
        }
        for (Hit& hit : hits) ranking.push_back({std::move(hit.article_id), hit.score, std::move(hit.text)});
    }
    return run;
}

std::vector<QueryScores> score_run(const Run& run, const Qrels& qrels,
                                   const std::vector<JudgedQuery>& queries) {
    std::map<std::string, const JudgedQuery*> query_by_id;
    for (const JudgedQuery& query : queries) query_by_id[query.id] = &query;

    std::vector<QueryScores> scores;
    for (const auto& [query_id, judgments] : qrels) {
        if (std::none_of(judgments.begin(), judgments.end(), [](const auto& j) { return j.second > 0; })) {
            continue;
        }
        const auto found = run.find(query_id);
        const std::vector<RankedArticle> ranking =
            found == run.end() ? std::vector<RankedArticle>{} : trec_order(found->second);
        std::vector<std::string> ids;
        for (const RankedArticle& article : ranking) ids.push_back(article.article_id);

        QueryScores score;
        score.query_id = query_id;
        score.ndcg_at_10 = ndcg_at(ids, judgments, 10);
        score.recall_at_100 = recall_at(ids, judgments, 100);
        score.mrr_at_10 = reciprocal_rank_at(ids, judgments, 10);
        const auto query = query_by_id.find(query_id);
        if (query != query_by_id.end() && !query->second->answer_phrase.empty()) {
            score.passage_correct = false;
            for (const RankedArticle& article : ranking) {
                const auto grade = judgments.find(article.article_id);
                if (grade == judgments.end() || grade->second <= 0) continue;
                score.passage_correct = contains_phrase(article.best_passage, query->second->answer_phrase);
                break;
            }
        }
        scores.push_back(std::move(score));
    }
    return scores;
}

EvalSummary summarise(const std::vector<QueryScores>& scores) {
    EvalSummary summary;
    summary.queries = scores.size();
    std::size_t correct = 0;
    for (const QueryScores& score : scores) {
        summary.ndcg_at_10 += score.ndcg_at_10;
        summary.recall_at_100 += score.recall_at_100;
        summary.mrr_at_10 += score.mrr_at_10;
        if (score.passage_correct) {
            ++summary.passage_judged;
            correct += *score.passage_correct;
        }
    }
    if (summary.queries > 0) {
        const auto n = static_cast<double>(summary.queries);
        summary.ndcg_at_10 /= n;
        summary.recall_at_100 /= n;
        summary.mrr_at_10 /= n;
    }
    if (summary.passage_judged > 0) {
        summary.passage_accuracy = static_cast<double>(correct) / static_cast<double>(summary.passage_judged);
    }
    return summary;
}

}  // namespace healthsearch
