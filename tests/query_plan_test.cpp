// The query builder's stages: what each query is searched as (the plan, as text), in the manner
// of Xapian's queryparsertest: one row per query.

#include "analysis/analyzer.hpp"
#include "index_terms.hpp"
#include "search/query_builder.hpp"
#include "search/query_language.hpp"
#include "test_support.hpp"

#include <healthsearch/error.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using namespace healthsearch;
using analysis::Analyzer;
using analysis::Language;
using test_support::frequency_in;
using test_support::indexed_terms;
using test_support::query_terms;

namespace {

// The terms of a small bilingual index, one passage per article.
const std::set<std::string>& sample_index_terms() {
    static const std::set<std::string> terms = [] {
        const Analyzer analyzer;
        std::set<std::string> all;
        for (const auto& [id, text] : std::vector<std::pair<const char*, const char*>>{
                 {"de/a.md", "Viele Menschen fürchten die Übelkeit während der Chemotherapie. Bei Brustkrebs "
                             "wird die Behandlung oft mit einer Hormontherapie fortgesetzt, die gut wirkt."},
                 {"de/b.md", "Die Gründung der Selbsthilfegruppe war vor zehn Jahren; sie trifft sich im Krankenhaus. "
                             "Der Krebs der Brust ist die häufigste Krebserkrankung bei Frauen."},
                 {"en/c.md", "Nausea during chemotherapy can be prevented with medicines. A heart attack needs "
                             "emergency care, and breast cancer treatment often includes hormone therapy."},
             }) {
            const auto article_terms = indexed_terms(analyzer, test_support::make_article(id, "Titel", {text}));
            all.insert(article_terms.begin(), article_terms.end());
        }
        return all;
    }();
    return terms;
}

struct PlanCase {
    const char* query;
    Language filter;
    bool expand;  // synonyms, thesaurus and translations
    const char* plan;
};

std::string planned(const PlanCase& row) {
    static const Analyzer analyzer;
    const auto frequency = frequency_in(sample_index_terms());
    return search::describe(search::plan_query(row.query, analyzer, row.filter, frequency,
                                               search::ExpansionSources::builtin(analyzer, row.expand, row.expand)));
}

const std::vector<PlanCase> kPlans = {
    {"Übelkeit", Language::unknown, false,
         "word: uebelkeit = Zuebel"},
    {"Ubelkeit", Language::unknown, false,
         "word: uebelkeit = Zuebel"},
    {"Uebelkeit Chemo", Language::german, false,
         "word: uebelkeit = Zuebel\n"
         "word: chemo = (none), inside compounds Pchemo\n"
         "language: de"},
    {"Brustkrebs", Language::unknown, false,
         "word: brustkrebs = Zbrustkreb, parts Zbrust|Pbrust + Zkreb|Pkreb"},
    {"Krebs", Language::german, false,
         "word: krebs = Zkreb, inside compounds Pkreb\n"
         "language: de"},
    {"gegründet", Language::german, false,
         "word: gegruendet = Zgruendung\n"
         "language: de"},
    {"gegrundet", Language::german, false,
         "word: gegruendet = Zgruendung\n"
         "language: de"},
    {"how fast is the chemotherapy", Language::unknown, true,
         "word: fast = (none)\n"
         "word: chemotherapy = Zchemotherapi\n"
         "concept: chemotherapie = Zchemotherapi, parts Pchemo + Ztherapi|Ptherapi\n"
         "concept: chemo = (none), inside compounds Pchemo\n"
         "concept: Qzytostatische therapie (not in the index)\n"
         "concept: chemo = (none), inside compounds Pchemo\n"
         "concept: Qcytotoxic therapy (not in the index)\n"
         "translation: fasten = (none)\n"
         "translation: fastenuebung = (none), parts (none) + (none)\n"
         "translation: almost = (none)\n"
         "translation: nearly = (none)\n"
         "unknown: fast"},
    {"heart attack", Language::unknown, true,
         "word x0.25: heart = Zheart\n"
         "word x0.25: attack = Zattack\n"
         "concept (typed): Qheart attack, all of Zheart + Zattack\n"
         "concept: herzinfarkt = (none), parts (none) + (none)\n"
         "concept: myokardinfarkt = (none), parts (none) + (none)\n"
         "concept: Qmyocardial infarction (not in the index)"},
    {"nausea", Language::unknown, true,
         "word: nausea = Znausea\n"
         "concept: uebelkeit = Zuebel\n"
         "concept: brechreiz = (none)\n"
         "concept: nausea = Znausea\n"
         "concept: Qfeeling sick (not in the index)\n"
         "concept: queasiness = (none)"},
    {"Übelkeit", Language::unknown, true,
         "word: uebelkeit = Zuebel\n"
         "concept: brechreiz = (none)\n"
         "concept: nausea = Znausea\n"
         "concept: nausea = Znausea\n"
         "concept: Qfeeling sick (not in the index)\n"
         "concept: queasiness = (none)"},
    {"+Chemotherapie -Übelkeit", Language::unknown, false,
         "required: chemotherapie = Zchemotherapi, parts Pchemo + Ztherapi|Ptherapi\n"
         "excluded: uebelkeit = Zuebel"},
    {"\"die Behandlung\" wirkt", Language::german, false,
         "word: wirkt = Zwirkt\n"
         "required: all of Zbehandl\n"
         "phrase: \"die behandlung\"\n"
         "language: de"},
    {"-\"breast cancer\" therapy", Language::english, false,
         "word: therapy = Ztherapi\n"
         "excluded phrase: \"breast cancer\"\n"
         "language: en"},
    {"Ubelkiet", Language::unknown, false,
         "word: ubelkiet = (none)\n"
         "unknown: ubelkiet"},
    // Definition questions name what they ask to have defined.
    {"What is (are) breast cancer?", Language::english, false,
         "word: breast = Zbreast\n"
         "word: cancer = Zcancer\n"
         "defines: breast cancer\n"
         "language: en"},
    {"Was ist eine Hormontherapie?", Language::german, false,
         "word: hormontherapie = Zhormontherapi, parts Zhormon|Phormon + Ztherapi|Ptherapi\n"
         "defines: hormontherapie\n"
         "language: de"},
    {"What does nausea mean after chemotherapy?", Language::english, false,
         "word: nausea = Znausea\n"
         "word: mean = (none)\n"
         "word: chemotherapy = Zchemotherapi\n"
         "defines: nausea\n"
         "unknown: mean\n"
         "language: en"},
    {"What causes nausea?", Language::english, false,
         "word: causes = (none)\n"
         "word: nausea = Znausea\n"
         "unknown: causes\n"
         "language: en"},
    {"Krebs Krebs", Language::german, false,
         "word: krebs = Zkreb, inside compounds Pkreb\n"
         "word: krebs = Zkreb, inside compounds Pkreb\n"
         "language: de"},
};

}  // namespace

TEST_CASE("each query is searched as its plan says") {
    for (const PlanCase& row : kPlans) {
        CAPTURE(row.query);
        CHECK(planned(row) == row.plan);
    }
}
TEST_CASE("a word repeated in the query is searched once, its weight multiplied") {
    const Analyzer analyzer;
    const search::TermFrequency everything = [](const std::string& term) -> Xapian::doccount {
        return term.empty() ? 1000 : 1;
    };
    const auto query_length = [&](const std::string& query) {
        return search::build_query(query, analyzer, Language::unknown, everything, search::ExpansionSources::builtin(analyzer, true, true)).query.get_length();
    };
    std::string repeated;
    for (int i = 0; i < 150; ++i) repeated += "Brustkrebs Übelkeit ";
    CHECK(query_length(repeated) == query_length("Brustkrebs Übelkeit"));
    CHECK(query_length("+Krebs +Krebs -Bar -Bar") == query_length("+Krebs -Bar"));
}

TEST_CASE("Bär does not match Bar when the index has both") {
    const Analyzer analyzer;
    const Article article = test_support::make_article(
        "a", "Titel", {"Im Wald lebt ein Bär, und am Abend sitzen die Menschen in der Bar. Beides gehört "
                       "zum Leben in dieser kleinen Stadt am Rande der Berge."});
    const auto terms = indexed_terms(analyzer, article);
    const auto frequency = frequency_in(terms);
    const auto bar = query_terms(search::build_query("Bar", analyzer, Language::german, frequency).query);
    const auto baer = query_terms(search::build_query("Bär", analyzer, Language::german, frequency).query);
    CHECK(bar != baer);
    CHECK(query_terms(search::build_query("Baer", analyzer, Language::german, frequency).query) == baer);
}

TEST_CASE("in a large index, common expansion terms are left out, and the reader's own words never") {
    const Analyzer analyzer;
    const auto has_german_nausea = [](const std::set<std::string>& terms) {
        return std::any_of(terms.begin(), terms.end(), [](const std::string& term) { return term.starts_with("Zuebel"); });
    };
    // A million passages; every term in 5 % of them: too common to be worth it as an expansion.
    const search::TermFrequency common = [](const std::string& term) -> Xapian::doccount {
        return term.empty() ? 1'000'000 : 50'000;
    };
    auto terms = query_terms(search::build_query("nausea", analyzer, Language::unknown, common, search::ExpansionSources::builtin(analyzer, true, false)).query);
    CHECK(terms.contains("Znausea"));
    CHECK_FALSE(has_german_nausea(terms));
    // In 0.2 % of them, the synonym (Übelkeit) is searched too.
    const search::TermFrequency rarer = [](const std::string& term) -> Xapian::doccount {
        return term.empty() ? 1'000'000 : 2'000;
    };
    terms = query_terms(search::build_query("nausea", analyzer, Language::unknown, rarer, search::ExpansionSources::builtin(analyzer, true, false)).query);
    CHECK(terms.contains("Znausea"));
    CHECK(has_german_nausea(terms));
    // A small index keeps every expansion: 5 % of 10,000 passages is under the floor.
    const search::TermFrequency small = [](const std::string& term) -> Xapian::doccount {
        return term.empty() ? 10'000 : 500;
    };
    CHECK(has_german_nausea(query_terms(search::build_query("nausea", analyzer, Language::unknown, small, search::ExpansionSources::builtin(analyzer, true, false)).query)));
}

TEST_CASE("the assembly weighs the reader's words above every expansion, and each concept once") {
    const Analyzer analyzer;
    const auto frequency = frequency_in(sample_index_terms());
    const search::QueryPlan plan = search::plan_query("nausea", analyzer, Language::unknown, frequency,
                                                      search::ExpansionSources::builtin(analyzer, true, true));
    const std::string query = search::assemble_query(plan).get_description();
    // The typed word in full; the concept's other terms (Übelkeit; nausea is listed among them
    // too) at the synonym weight, as one term (OP_SYNONYM): one concept counts once,
    // however many of its terms a passage has, and only in passages without the typed word.
    // The first passage of an article with the typed word in its title (T) a tenth more.
    CHECK(query == "Query((Znausea OR 0.10000000000000000555 * Tnausea OR 0.5 * ((Zuebel SYNONYM Znausea) AND_NOT Znausea)))");
}

TEST_CASE("the query's language: stop words, umlauts, and words only one language's list holds") {
    const Analyzer analyzer;
    const auto language = [&](std::string_view query, std::vector<std::string> searched) {
        return search::detect_query_language(query, searched, analyzer);
    };
    CHECK(language("sleep problems", {"sleep", "problems"}) == Language::english);
    CHECK(language("pain", {"pain"}) == Language::english);
    CHECK(language("Übelkeit", {"uebelkeit"}) == Language::german);
    // As searched, with the umlaut the reader left out put back.
    CHECK(language("Ubelkeit", {"uebelkeit"}) == Language::german);
    CHECK(language("Wie wirkt eine Immuntherapie?", {"wie", "wirkt", "eine", "immuntherapie"}) == Language::german);
}
