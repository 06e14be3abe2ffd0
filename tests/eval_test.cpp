// Evaluation: metrics on hand-computed cases, file formats, and trec_eval's tie-breaking.

#include "test_support.hpp"

#include <healthsearch/error.hpp>
#include <healthsearch/eval.hpp>
#include <healthsearch/index.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <sstream>

using namespace healthsearch;
using test_support::ScratchDir;
using test_support::make_article;

TEST_CASE("nDCG@10, Recall@100 and reciprocal rank on a hand-computed case") {
    // d1 unjudged, d2 grade 2, d3 grade 1; d4 (grade 2) is never retrieved.
    const std::map<std::string, int> judged = {{"d2", 2}, {"d3", 1}, {"d4", 2}, {"d5", 0}};
    const std::vector<std::string> ranking = {"d1", "d2", "d3", "d5"};
    // DCG = 2/log2(3) + 1/log2(4); ideal = 2/log2(2) + 2/log2(3) + 1/log2(4).
    const double dcg = 2 / std::log2(3.0) + 0.5;
    const double ideal = 2 + 2 / std::log2(3.0) + 0.5;
    CHECK(ndcg_at(ranking, judged, 10) == doctest::Approx(dcg / ideal));
    CHECK(ndcg_at(ranking, judged, 10) == doctest::Approx(0.468346).epsilon(1e-5));
    CHECK(recall_at(ranking, judged, 100) == doctest::Approx(2.0 / 3.0));
    CHECK(reciprocal_rank_at(ranking, judged, 10) == doctest::Approx(0.5));
    // The cut-off matters: at k=1 nothing relevant is retrieved.
    CHECK(ndcg_at(ranking, judged, 1) == 0);
    CHECK(reciprocal_rank_at(ranking, judged, 1) == 0);
    // A perfect ranking scores 1.
    CHECK(ndcg_at({"d2", "d4", "d3"}, judged, 10) == doctest::Approx(1.0));
}

TEST_CASE("scoring a run: missing queries count zero, ties break like trec_eval") {
    const Qrels qrels = {{"q1", {{"a", 1}}}, {"q2", {{"b", 2}}}, {"q3", {{"x", 0}}}};
    Run run;
    // Equal scores: trec_eval puts "b" (larger id) before "a".
    run["q1"] = {{"a", 5.0, "the answer is here", "en"}, {"b", 5.0, "", "en"}};
    const std::vector<JudgedQuery> queries = {{"q1", "query one", "en", "natural", "answer is", "en"},
                                              {"q2", "query two", "en", "natural", "", "en"}};
    const auto scores = score_run(run, qrels, queries);
    REQUIRE(scores.size() == 2);  // q3 has no relevant article and is not scored
    CHECK(scores[0].query_id == "q1");
    CHECK(scores[0].mrr_at_10 == doctest::Approx(0.5));
    REQUIRE(scores[0].passage_correct.has_value());
    CHECK(*scores[0].passage_correct);
    CHECK(scores[1].ndcg_at_10 == 0);
    CHECK_FALSE(scores[1].passage_correct.has_value());
    const EvalSummary summary = summarise(scores);
    CHECK(summary.queries == 2);
    CHECK(summary.mrr_at_10 == doctest::Approx(0.25));
    CHECK(summary.passage_judged == 1);
    CHECK(summary.passage_accuracy == doctest::Approx(1.0));
}

TEST_CASE("queries, qrels and run files are read; malformed lines are named") {
    ScratchDir dir;
    const auto queries = load_queries(dir.write(
        "q.jsonl", "{\"_id\":\"q1\",\"text\":\"Was hilft?\",\"metadata\":{\"language\":\"de\","
                   "\"category\":\"natural\",\"answer_phrase\":\"hilft viel\"}}\n{\"_id\":\"q2\",\"text\":\"x\"}\n"));
    REQUIRE(queries.size() == 2);
    CHECK(queries[0].language == "de");
    CHECK(queries[0].answer_phrase == "hilft viel");
    CHECK(queries[1].category.empty());

    const Qrels beir = load_qrels(dir.write("b.tsv", "query-id\tcorpus-id\tscore\nq1\tde/a.md\t2\n"));
    CHECK(beir.at("q1").at("de/a.md") == 2);
    const Qrels trec = load_qrels(dir.write("t.qrels", "q1 0 doc7 1\n"));
    CHECK(trec.at("q1").at("doc7") == 1);
    try {
        load_qrels(dir.write("bad.tsv", "query-id\tcorpus-id\tscore\nq1\tdoc\tgood\n"));
        FAIL("expected InputError");
    } catch (const InputError& error) {
        CHECK(error.line() == 2);
    }

    Run run;
    run["q1"] = {{"de/a.md", 3.5, "", ""}, {"de/b.md", 1.25, "", ""}};
    std::ostringstream written;
    write_run(run, written, "mytag");
    CHECK(written.str() == "q1 Q0 de/a.md 1 3.500000 mytag\nq1 Q0 de/b.md 2 1.250000 mytag\n");
    const Run loaded = load_run(dir.write("run.trec", written.str()));
    REQUIRE(loaded.at("q1").size() == 2);
    CHECK(loaded.at("q1")[1].article_id == "de/b.md");
}

TEST_CASE("language first: the top hit is in the query's language, asked where an answer in it exists") {
    const Qrels qrels = {
        {"de-first", {{"de/a.md", 2}, {"en/a.md", 1}}},   // German answer exists, ranked first
        {"en-first", {{"de/a.md", 2}, {"en/a.md", 1}}},   // German answer exists, English ranked first
        {"cross", {{"en/b.md", 2}}},                       // only the other language answers
        {"no-hits", {{"de/a.md", 2}}},                     // nothing retrieved: not first
        {"unknown", {{"de/a.md", 2}}},                     // query language unknown
        {"by-run", {{"de/a.md", 2}}},                      // no answer_language: the run tells
    };
    const std::vector<JudgedQuery> queries = {
        {"de-first", "Frage", "de", "natural", "", "de"}, {"en-first", "Frage", "de", "natural", "", "de"},
        {"cross", "Frage", "de", "crosslang", "", "en"},  {"no-hits", "Frage", "de", "natural", "", "de"},
        {"unknown", "Frage", "", "natural", "", ""},      {"by-run", "Frage", "de", "natural", "", ""}};
    Run run;
    run["de-first"] = {{"de/a.md", 3.0, "", "de"}, {"en/a.md", 2.0, "", "en"}};
    run["en-first"] = {{"en/a.md", 3.0, "", "en"}, {"de/a.md", 2.0, "", "de"}};
    run["cross"] = {{"en/b.md", 3.0, "", "en"}};
    run["unknown"] = {{"de/a.md", 3.0, "", "de"}};
    run["by-run"] = {{"de/a.md", 3.0, "", "de"}};
    std::map<std::string, std::optional<bool>> first;
    for (const QueryScores& score : score_run(run, qrels, queries)) first[score.query_id] = score.language_first;
    CHECK(first.at("de-first") == std::optional<bool>(true));
    CHECK(first.at("en-first") == std::optional<bool>(false));
    CHECK_FALSE(first.at("cross").has_value());
    CHECK(first.at("no-hits") == std::optional<bool>(false));
    CHECK_FALSE(first.at("unknown").has_value());
    CHECK(first.at("by-run") == std::optional<bool>(true));

    const EvalSummary summary = summarise(score_run(run, qrels, queries));
    CHECK(summary.language_judged == 4);
    CHECK(summary.language_first == doctest::Approx(0.5));
}

TEST_CASE("passage accuracy and language first are not available for a loaded run: run files keep neither") {
    const Qrels qrels = {{"q1", {{"de/a.md", 2}}}};
    const std::vector<JudgedQuery> queries = {{"q1", "Frage", "de", "natural", "die Antwort", "de"}};
    Run run;
    run["q1"] = {{"de/a.md", 3.0, "hier steht die Antwort", "de"}};
    REQUIRE(score_run(run, qrels, queries).at(0).passage_correct == std::optional<bool>(true));
    std::ostringstream written;
    write_run(run, written, "t");
    ScratchDir dir;
    const auto scores = score_run(load_run(dir.write("run.trec", written.str())), qrels, queries);
    REQUIRE(scores.size() == 1);
    CHECK_FALSE(scores[0].language_first.has_value());
    CHECK_FALSE(scores[0].passage_correct.has_value());
    CHECK(summarise(scores).language_judged == 0);
    CHECK(summarise(scores).passage_judged == 0);
}

TEST_CASE("run_queries records the language of each article's best passage") {
    ScratchDir dir;
    const std::string db = (dir / "db").string();
    {
        IndexWriter writer(db);
        writer.add(make_article("de/fieber.md", "Fieber bei Kindern",
                                {"Wenn ein Kind Fieber hat, ist das meistens eine Abwehrreaktion des Körpers und "
                                 "nicht gefährlich. Bei Säuglingen sollte man aber früh zum Arzt gehen."}));
        writer.add(make_article("en/fever.md", "Fever in children",
                                {"When a child has a fever, it is usually the body fighting an infection and is "
                                 "not dangerous. With babies you should see a doctor early."}));
        writer.commit();
    }
    const std::vector<JudgedQuery> queries = {{"q1", "Fieber fever", "de", "natural", "", "de"}};
    const Qrels qrels = {{"q1", {{"de/fieber.md", 2}, {"en/fever.md", 1}}}};
    const Run run = run_queries(Searcher(db), queries, qrels);
    REQUIRE(run.at("q1").size() == 2);
    for (const RankedArticle& article : run.at("q1")) {
        CAPTURE(article.article_id);
        CHECK(article.language == article.article_id.substr(0, 2));
    }
}
