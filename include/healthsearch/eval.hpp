#pragma once
// Measuring search quality on judged queries (BEIR layout): run the queries, collapse passages
// to articles (best passage wins), and score nDCG@10, Recall@100, MRR@10 and passage accuracy.
//
// Threads: the functions keep no state between calls and may run in several threads at once
// on inputs no thread is changing; run_queries searches through the Searcher it is given, with
// that Searcher's thread rules (search.hpp). Files are read and written without any lock.

#include <healthsearch/error.hpp>
#include <healthsearch/export.hpp>
#include <healthsearch/search.hpp>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace healthsearch {

struct JudgedQuery {
    std::string id;
    std::string text;
    // From the optional "metadata" object of queries.jsonl; empty when absent.
    std::string language;
    std::string category;
    std::string answer_phrase;  // the best passage of the first relevant article must contain it
    // The language of the article the answer phrase comes from: `language` unless no article in
    // the query's language answers it. Empty when absent; then a grade-2 article's language as
    // retrieved in the run tells.
    std::string answer_language;
};

// query id -> article id -> grade (0 not relevant, 1 on topic, 2 answers the question)
using Qrels = std::map<std::string, std::map<std::string, int>>;

struct RankedArticle {
    std::string article_id;
    double score = 0;
    std::string best_passage;  // text of the article's best passage (empty for loaded runs)
    std::string language;      // language of that passage, "de" or "en" (empty for loaded runs)
};

// query id -> articles, best first
using Run = std::map<std::string, std::vector<RankedArticle>>;

// Throws InputError naming the file and line on malformed input.
HEALTHSEARCH_EXPORT std::vector<JudgedQuery> load_queries(const std::filesystem::path& jsonl);
HEALTHSEARCH_EXPORT Qrels load_qrels(const std::filesystem::path& tsv);
// TREC run format: "qid Q0 docid rank score tag" per line.
HEALTHSEARCH_EXPORT Run load_run(const std::filesystem::path& file);
HEALTHSEARCH_EXPORT void write_run(const Run& run, std::ostream& out, const std::string& tag);

struct EvalOptions {
    std::size_t depth = 100;  // articles kept per query
    std::string language;     // passed to SearchOptions::language
    bool expand_synonyms = true;
    bool translate = true;
    // A judged query with nothing to search for (only stop words, say) is scored as one with no
    // hits, and named here so that a collection's odd queries are seen rather than skipped.
    std::function<void(const JudgedQuery&, const QueryError&)> on_unsearchable = {};
};

// Runs every query that has judgments in `qrels`, collapsing passages to articles.
HEALTHSEARCH_EXPORT Run run_queries(const Searcher& searcher, const std::vector<JudgedQuery>& queries,
                                    const Qrels& qrels, const EvalOptions& options = {});

struct QueryScores {
    std::string query_id;
    double ndcg_at_10 = 0;
    double recall_at_100 = 0;
    double mrr_at_10 = 0;
    // Empty when the query names no answer phrase, or the run keeps no passages (a loaded run).
    std::optional<bool> passage_correct;
    // Is the top hit in the query's language? Asked only where an answer in that language
    // exists (a grade-2 article in it); empty otherwise, and when the run keeps no languages.
    std::optional<bool> language_first;
};

struct EvalSummary {
    std::size_t queries = 0;
    double ndcg_at_10 = 0;
    double recall_at_100 = 0;
    double mrr_at_10 = 0;
    double passage_accuracy = 0;
    std::size_t passage_judged = 0;  // queries with an answer phrase
    double language_first = 0;        // share of the language-judged queries whose top hit is in their language
    std::size_t language_judged = 0;  // queries with an answer in their language, top hit's language known
};

// Scores each query of `qrels` with at least one relevant article; a query missing from the
// run scores zero (as trec_eval -c). Ties in score are broken as trec_eval does (by article id,
// descending), so the figures agree with trec_eval on the written run file.
HEALTHSEARCH_EXPORT std::vector<QueryScores> score_run(const Run& run, const Qrels& qrels,
                                                       const std::vector<JudgedQuery>& queries);
HEALTHSEARCH_EXPORT EvalSummary summarise(const std::vector<QueryScores>& scores);

// The metrics themselves, on one ranking (best first) and one query's judgments.
HEALTHSEARCH_EXPORT double ndcg_at(const std::vector<std::string>& ranking,
                                   const std::map<std::string, int>& judgments, std::size_t k);
HEALTHSEARCH_EXPORT double recall_at(const std::vector<std::string>& ranking,
                                     const std::map<std::string, int>& judgments, std::size_t k);
HEALTHSEARCH_EXPORT double reciprocal_rank_at(const std::vector<std::string>& ranking,
                                              const std::map<std::string, int>& judgments,
                                              std::size_t k);

}  // namespace healthsearch
