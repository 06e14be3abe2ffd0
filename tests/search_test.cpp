// Searching: ranking, query syntax, filters, collapsing, snippets, shards, live updates.

#include "tcp_shard_server.hpp"
#include "test_support.hpp"

#include <healthsearch/error.hpp>
#include <healthsearch/index.hpp>
#include <healthsearch/search.hpp>

#include <doctest/doctest.h>

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <set>
#include <thread>

#include <fcntl.h>
#include <atomic>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

using namespace healthsearch;
using test_support::make_article;
using test_support::ScratchDir;

namespace {

Article immunotherapy_article() {
    Article article = make_article(
        "en/immuno.md", "How immunotherapy works",
        {"Immunotherapy helps the immune system recognise cancer cells. Checkpoint "
         "inhibitors release the brakes on T cells so that they can attack tumours "
         "that have spread to other organs. Many people with metastatic cancers now "
         "receive it, alone or with chemotherapy."},
        {"How it works"});
    article.sections.push_back(
        {{"Side effects"},
         {"Side effects of immunotherapy differ from those of chemotherapy. The immune "
          "system can inflame healthy organs such as the skin, the gut or the thyroid. "
          "Tell your team about new symptoms quickly, because early treatment works best."}});
    return article;
}

std::vector<Article> sample_articles() {
    return {
        immunotherapy_article(),
        make_article("en/chemo.md", "Chemotherapy",
                     {"Chemotherapy uses medicines that stop dividing cells. It is given in cycles with "
                      "rest periods between them. Nausea, hair loss and tiredness are common side "
                      "effects, and most of them pass after the treatment ends."}),
        make_article("de/immun.md", "Immuntherapie bei Krebs",
                     {"Die Immuntherapie hilft dem Immunsystem, Krebszellen wieder zu erkennen. "
                      "Checkpoint-Hemmer lösen die Bremsen der Abwehrzellen, damit sie den Tumor "
                      "angreifen können. Bei metastasiertem Krebs ist sie für einige Tumorarten ein "
                      "wichtiger Baustein der Behandlung geworden."}),
        make_article("de/chemo.md", "Chemotherapie",
                     {"Viele Menschen fürchten die Übelkeit während der Chemotherapie. Heute gibt es "
                      "wirksame Medikamente, die Übelkeit und Erbrechen vorbeugen. Sie werden meist "
                      "schon vor der Infusion gegeben und in den folgenden Tagen fortgesetzt."}),
    };
}

void build_index(const std::string& path, const std::vector<Article>& articles) {
    IndexWriter writer(path);
    for (const Article& article : articles) writer.add(article);
    writer.commit();
}

std::string highlighted(const Snippet& snippet, std::size_t i) {
    const Span& span = snippet.highlights.at(i);
    return snippet.text.substr(span.begin, span.end - span.begin);
}

struct Fixture {
    ScratchDir dir;
    std::string db = (dir / "db").string();
    Fixture() { build_index(db, sample_articles()); }
};

// A scratch index of a few articles and a searcher on it.
struct SmallIndex {
    ScratchDir dir;
    std::string path = (dir / "db").string();
    Searcher searcher;

    explicit SmallIndex(const std::vector<Article>& articles) : searcher(built(path, articles)) {}

    // The articles a query finds.
    std::set<std::string> articles(std::string_view query, const SearchOptions& options = {}) const {
        std::set<std::string> ids;
        for (const Hit& hit : searcher.search(query, options).hits) ids.insert(hit.article_id);
        return ids;
    }

private:
    static const std::string& built(const std::string& path, const std::vector<Article>& articles) {
        build_index(path, articles);
        return path;
    }
};

}  // namespace

TEST_CASE_FIXTURE(Fixture, "natural questions in either language rank the answering passage first") {
    const Searcher searcher(db);
    const auto english = searcher.search("How does immunotherapy work for metastatic cancers?").hits;
    REQUIRE_FALSE(english.empty());
    CHECK(english[0].article_id == "en/immuno.md");
    CHECK(english[0].rank == 1);
    CHECK(english[0].language == "en");

    const auto german = searcher.search("Wie wirkt eine Immuntherapie?").hits;
    REQUIRE_FALSE(german.empty());
    CHECK(german[0].article_id == "de/immun.md");
    CHECK(german[0].language == "de");
    CHECK(german[0].title == "Immuntherapie bei Krebs");
}

TEST_CASE_FIXTURE(Fixture, "umlaut spellings find and highlight the umlaut word") {
    const Searcher searcher(db);
    SearchOptions words_only;
    words_only.expand_synonyms = false;  // "nausea" would find the English article too
    words_only.translate = false;
    for (const char* query : {"Übelkeit", "Uebelkeit", "Ubelkeit"}) {
        CAPTURE(query);
        const auto hits = searcher.search(query, words_only).hits;
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].article_id == "de/chemo.md");
        REQUIRE(hits[0].snippet.highlights.size() == 2);
        CHECK(highlighted(hits[0].snippet, 0) == "Übelkeit");
    }
}

TEST_CASE_FIXTURE(Fixture, "Ubelkeit, Uebelkeit and Übelkeit are one query: same hits, same scores, synonyms included") {
    const Searcher searcher(db);
    const auto ranking = [&](const char* query) {
        std::vector<std::pair<std::string, double>> ranked;
        for (const Hit& hit : searcher.search(query).hits) ranked.emplace_back(hit.article_id, hit.score);
        return ranked;
    };
    const auto umlaut = ranking("Übelkeit");
    REQUIRE(umlaut.size() == 2);  // "nausea" finds the English article too
    CHECK(ranking("Uebelkeit") == umlaut);
    CHECK(ranking("Ubelkeit") == umlaut);
}

TEST_CASE("a compound typed without its umlaut is split and expanded as the word itself") {
    const SmallIndex index(
        {make_article("de/schlaf.md", "Schlafstörungen", {"Bei Schlafstörungen hilft ein fester Rhythmus am Abend."}),
         make_article("de/stoerung.md", "Ursachen", {"Eine Störung im Schlaf hat viele Ursachen und Folgen."}),
         make_article("en/sleep.md", "Sleep problems", {"Sleep problems often ease with a regular evening routine."})});
    const std::set<std::string> all{"de/schlaf.md", "de/stoerung.md", "en/sleep.md"};
    CHECK(index.articles("Schlafstörungen") == all);
    CHECK(index.articles("Schlafstorungen") == all);
    // In a phrase too.
    CHECK(index.articles("\"bei Schlafstorungen\"") == std::set<std::string>{"de/schlaf.md"});
}

TEST_CASE("only a word that is no word as typed is read as an umlaut spelling") {
    const SmallIndex index(
        {make_article("de/fachaerzte.md", "Überweisung", {"Fachärzte für Onkologie beraten zur Therapie und Nachsorge."}),
         make_article("en/specialist.md", "Referral", {"A specialist in oncology advises on treatment and aftercare."}),
         make_article("de/muede.md", "Erschöpfung", {"Viele sind nach der Bestrahlung müde und brauchen Ruhe."}),
         make_article("de/war.md", "Verlauf", {"Die Therapie war erfolgreich, und es wäre gut, sie fortzusetzen."})});
    // Facharzt is a word: the index's Fachärzte does not replace it, so its translation
    // (specialist) still finds the English article.
    CHECK(index.articles("Facharzt").count("en/specialist.md") == 1);
    // English words are not German words without umlauts: mud is not müde.
    CHECK(index.articles("mud").empty());
    // A stop word in a phrase stays as typed (war is not wäre).
    CHECK(index.articles("\"Therapie war erfolgreich\"") == std::set<std::string>{"de/war.md"});
    // A word that is none as typed still is (mude: müde).
    CHECK(index.articles("mude") == std::set<std::string>{"de/muede.md"});
}

TEST_CASE("a participle typed without its umlaut finds the verb's other forms, as with the umlaut") {
    // Each index holds the verb's noun only (Erschöpfung), so the participle as typed with its
    // umlaut (erschöpft) is reached through the verb's other forms; without it, the same way.
    const std::vector<std::pair<const char*, std::vector<const char*>>> table{
        {"Erschöpfung bestimmt nach der Therapie oft den Alltag.", {"erschöpft", "erschoepft", "erschopft"}},
        {"Die Ermüdung lässt nach einigen Wochen meist nach.", {"ermüdet", "ermuedet", "ermudet"}},
        {"Die Berührung der Haut ist danach oft unangenehm.", {"berührt", "beruehrt", "beruhrt"}},
        {"Eine Verstärkung der Beschwerden ist selten.", {"verstärkt", "verstaerkt", "verstarkt"}},
    };
    for (const auto& [text, spellings] : table) {
        const SmallIndex index({make_article("de/a.md", "Verlauf", {text}),
                                make_article("de/other.md", "Ernährung", {"Eine ausgewogene Kost hilft dem Körper."})});
        for (const std::string query : spellings) {
            CAPTURE(query);
            CHECK(index.articles(query) == std::set<std::string>{"de/a.md"});
            CHECK(index.searcher.search(query).corrections.empty());
        }
    }
}

TEST_CASE_FIXTURE(Fixture, "medical synonyms cross languages, below the reader's own words, and can be switched off") {
    const Searcher searcher(db);
    // "Übelkeit" names the concept nausea: the English chemotherapy article is found too.
    SearchOptions no_dictionary;
    no_dictionary.translate = false;
    const auto expanded = searcher.search("Übelkeit", no_dictionary).hits;
    REQUIRE(expanded.size() == 2);
    CHECK(expanded[0].article_id == "de/chemo.md");  // the reader's own word ranks first
    CHECK(expanded[1].article_id == "en/chemo.md");
    CHECK(highlighted(expanded[1].snippet, 0) == "Nausea");
    CHECK(expanded[1].score < expanded[0].score);
    SearchOptions words_only;
    words_only.expand_synonyms = false;
    words_only.translate = false;
    CHECK(searcher.search("Übelkeit", words_only).hits.size() == 1);
}

TEST_CASE_FIXTURE(Fixture, "dictionary translation finds answers in the other language, and can be switched off") {
    const Searcher searcher(db);
    // "Bremsen" is in no medical concept group; FreeDict translates it to "brakes".
    SearchOptions german_words;
    german_words.expand_synonyms = false;
    const auto translated = searcher.search("Bremsen", german_words).hits;
    REQUIRE(translated.size() == 2);
    CHECK(translated[0].article_id == "de/immun.md");  // the reader's own word first
    CHECK(translated[1].article_id == "en/immuno.md");
    german_words.translate = false;
    CHECK(searcher.search("Bremsen", german_words).hits.size() == 1);
}

TEST_CASE("general German synonyms find a passage in other words, below the reader's own word") {
    const SmallIndex index({make_article("de/stiege.md", "Anfahrt",
                                         {"Die Stiege zur Praxis hat auf beiden Seiten ein Geländer."}),
                            make_article("de/treppe.md", "Zugang",
                                         {"Die Treppe zum Eingang hat auf beiden Seiten ein Geländer."})});
    SearchOptions no_translation;
    no_translation.translate = false;
    // OpenThesaurus lists Stiege with Treppe; neither is in the medical list.
    const auto hits = index.searcher.search("Treppe", no_translation).hits;
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].article_id == "de/treppe.md");
    CHECK(hits[1].article_id == "de/stiege.md");
    CHECK(hits[1].score < hits[0].score);
    CHECK(highlighted(hits[1].snippet, 0) == "Stiege");
    // Switched off with the medical synonyms.
    no_translation.expand_synonyms = false;
    CHECK(index.searcher.search("Treppe", no_translation).hits.size() == 1);
    // Not for English questions: "fast" there is not the German "fast" (beinahe, schier).
    build_index(index.path,
                {make_article("de/schier.md", "Geduld", {"Die Wartezeit war schier endlos und zermürbend."})});
    no_translation.expand_synonyms = true;
    CHECK_FALSE(index.searcher.search("Wartezeit schier", no_translation).hits.empty());
    CHECK(index.searcher.search("how fast is the recovery", no_translation).hits.empty());
}

TEST_CASE("German verb forms meet: gegründet, gründete and Gründung; other words of those shapes stay apart") {
    const SmallIndex index({make_article("de/gegruendet.md", "Verein",
                                         {"Der Verein für krebskranke Kinder wurde 1985 von Eltern gegründet."}),
                            make_article("de/gruendete.md", "Geschichte",
                                         {"Eine Gruppe von Eltern gründete damals auch eine Elternberatung."}),
                            make_article("de/gruendung.md", "Anfang",
                                         {"Seit der Gründung beraten Fachleute betroffene Familien."}),
                            make_article("de/wirkung.md", "Therapie", {"Die Wirkung setzt oft erst nach Wochen ein."}),
                            make_article("de/wirkt.md", "Geduld", {"Das Mittel wirkt bei den meisten erst spät."}),
                            make_article("de/gelenk.md", "Schwellung", {"Das Gelenk ist nach dem Sturz geschwollen."}),
                            make_article("de/brei.md", "Ernährung", {"Nach der Operation gibt es zuerst Brei."}),
                            make_article("de/sicht.md", "Anfahrt",
                                         {"Bei Nebel ist die Sicht auf der Landstraße schlecht."})});
    const std::set<std::string> founding{"de/gegruendet.md", "de/gruendete.md", "de/gruendung.md"};
    CHECK(index.articles("gegründet") == founding);
    CHECK(index.articles("gründeten") == founding);
    std::set<std::string> marked;
    for (const Hit& hit : index.searcher.search("gegründet").hits) {
        REQUIRE_FALSE(hit.snippet.highlights.empty());
        marked.insert(highlighted(hit.snippet, 0));
    }
    CHECK(marked == std::set<std::string>{"gegründet", "gründete", "Gründung"});
    // A present-tense form the index holds is left alone ("Wie wirkt eine Immuntherapie?" must
    // not rank a passage for its "Wirkung" above those naming the therapy); a participle is not.
    CHECK(index.articles("wirkt") == std::set<std::string>{"de/wirkt.md"});
    CHECK(index.articles("gewirkt") == std::set<std::string>{"de/wirkung.md", "de/wirkt.md"});
    // Not forms of a verb: a participle's ge- is no part of the root (gelenkt is not Gelenk),
    // a noun of a participle's shape stays whole (Gesicht is not Sicht), and an adjective in
    // -te is no past tense where the index knows no participle of it (breite is not Brei).
    CHECK(index.articles("gelenkt").empty());
    CHECK(index.articles("Gesicht").empty());
    CHECK(index.articles("breite").empty());
}

TEST_CASE("verbs whose participle has no ge- meet their other forms: behandelt, Behandlung; finanziert, Finanzierung") {
    const SmallIndex index(
        {make_article("de/behandlung.md", "Therapie", {"Die Behandlung dauert meist sechs Wochen oder mehr."}),
         make_article("de/behandelte.md", "Erfahrung", {"Die Ärztin behandelte ihn zuerst ambulant."}),
         make_article("de/finanzierung.md", "Kosten", {"Die Krankenkasse übernimmt die Finanzierung."}),
         make_article("de/finanziert.md", "Spenden", {"Die Beratungsstelle wird aus Spenden finanziert."}),
         make_article("de/finanzieren.md", "Stiftung", {"Eine Stiftung und Spenden finanzieren die Beratung."})});
    const std::set<std::string> treatment{"de/behandlung.md", "de/behandelte.md"};
    const std::set<std::string> funding{"de/finanzierung.md", "de/finanziert.md", "de/finanzieren.md"};
    CHECK(index.articles("Wie wird Brustkrebs behandelt?") == treatment);
    CHECK(index.articles("Wer hat das finanziert?") == funding);
    CHECK(index.articles("Finanzierung") == funding);
    const std::vector<Hit> treated = index.searcher.search("behandelt").hits;
    REQUIRE(treated.size() == 2);
    std::set<std::string> marked;
    for (const Hit& hit : treated) marked.insert(highlighted(hit.snippet, 0));
    CHECK(marked == std::set<std::string>{"Behandlung", "behandelte"});
}

TEST_CASE("a verb form the index lacks finds the forms it holds: zu-infinitives, present tense") {
    const SmallIndex index({make_article("de/hergestellt.md", "Herstellung",
                                         {"Das Medikament wird in Deutschland hergestellt und geprüft."}),
                            make_article("de/verringerung.md", "Wirkung",
                                         {"Eine Verringerung der Dosis ist nach Absprache möglich."})});
    CHECK(index.articles("Wo wird es wiederherzustellen versucht?").empty());  // wiederherstellen is another verb
    CHECK(index.articles("Wo ist es herzustellen?") == std::set<std::string>{"de/hergestellt.md"});
    CHECK(index.articles("Wie kann man das verringern?") == std::set<std::string>{"de/verringerung.md"});
    CHECK(index.articles("verringert") == std::set<std::string>{"de/verringerung.md"});
}

TEST_CASE("a synonym's words together count more than the same words apart") {
    // "Krebs der Brust" is a term of the Brustkrebs concept; the index records where it stands.
    const SmallIndex index({make_article("de/apart.md", "Befund", {"Brust untersucht, Krebs ausgeschlossen."}),
                            make_article("de/together.md", "Vorsorge",
                                         {"Krebs der Brust wird heute oft früh erkannt und in vielen Fällen gut "
                                          "behandelt."})});
    SearchOptions options;
    options.translate = false;
    const auto hits = index.searcher.search("Brustkrebs", options).hits;
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].article_id == "de/together.md");
}

TEST_CASE("a concept's other terms add nothing to a passage that has the typed word") {
    // Same title, same number of indexed words: only the synonyms (queasiness, feeling sick) differ.
    const SmallIndex index({make_article("en/synonyms.md", "Side effects",
                                         {"Nausea, queasiness and feeling sick are common."}),
                            make_article("en/plain.md", "Side effects",
                                         {"Nausea, tiredness and lasting pain are common."}),
                            make_article("en/other-words.md", "Side effects",
                                         {"Queasiness after treatment is common."})});
    SearchOptions options;
    options.translate = false;
    const auto hits = index.searcher.search("nausea", options).hits;
    REQUIRE(hits.size() == 3);
    // The two passages with the typed word score alike; the one with only a synonym is found, below.
    CHECK(hits[0].score == doctest::Approx(hits[1].score));
    CHECK(hits[2].article_id == "en/other-words.md");
    CHECK(hits[2].score < hits[1].score);
}

// Sixty words on one topic, naming `word` once, so that passages built of them differ only in
// where they stand and what their sentences say.
std::string filler_paragraph(const std::string& word) {
    return "Many people notice " + word + " at some point, and it can feel worrying at first. Keeping a short "
           "diary of meals, sleep, activity, medicines and mood over several weeks helps the care team see "
           "patterns that a single visit would miss. Bring the diary to each appointment, together with a list "
           "of questions, so that nothing important is forgotten when time feels short.";
}

TEST_CASE("an article whose title holds the typed words offers its opening passage first") {
    const SmallIndex index({make_article("en/nausea.md", "Nausea", {filler_paragraph("nausea"), filler_paragraph("nausea")}),
                            make_article("en/other.md", "Everyday notes", {filler_paragraph("tiredness")})});
    SearchOptions options;
    options.per_article = 0;
    options.expand_synonyms = false;
    options.translate = false;
    const auto hits = index.searcher.search("nausea", options).hits;
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].passage == 0);
    CHECK(hits[1].passage == 1);
    CHECK(hits[0].score > hits[1].score * 1.05);
    // A word the title does not hold lifts neither: the two passages are alike (within the
    // length the opening's title terms add to it).
    const auto diary = index.searcher.search("diary nausea", options).hits;
    REQUIRE(diary.size() == 3);
    CHECK(diary[0].article_id == "en/nausea.md");
    CHECK(diary[1].article_id == "en/nausea.md");
    CHECK(diary[0].score == doctest::Approx(diary[1].score).epsilon(0.01));
}

TEST_CASE("a multi-word concept in the title counts in each passage, as in its text") {
    const SmallIndex index({make_article("en/titled.md", "Heart attack: warning signs",
                                         {"Chest pain that spreads to the arm or jaw needs an ambulance."}),
                            make_article("en/mentioned.md", "Emergencies",
                                         {"A heart attack and chest pain both need an ambulance."})});
    SearchOptions options;
    options.translate = false;
    const auto hits = index.searcher.search("heart attack", options).hits;
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].article_id == "en/titled.md");
}

TEST_CASE("a definition question finds the passage that says what the thing is above one that names it more") {
    const SmallIndex index(
        {make_article("en/defines.md", "Worries", {"Scanxiety is the worry many people feel in the days before a scan."}),
         make_article("en/names.md", "Worries", {"Scanxiety again: before each scan the scanxiety came back for days."})});
    SearchOptions options;
    options.expand_synonyms = false;
    options.translate = false;
    const auto named = index.searcher.search("scanxiety", options).hits;
    REQUIRE(named.size() == 2);
    CHECK(named[0].article_id == "en/names.md");
    for (const char* question : {"What is scanxiety?", "what's scanxiety", "What does scanxiety mean?"}) {
        CAPTURE(question);
        const auto hits = index.searcher.search(question, options).hits;
        REQUIRE(hits.size() == 2);
        CHECK(hits[0].article_id == "en/defines.md");
    }
}

TEST_CASE("a quoted phrase is found beyond the first candidates, and collapsing counts only passages with it") {
    // Many passages hold both words apart and rank above the few that hold the phrase, so the
    // searcher must look further than the first page of candidates.
    std::vector<Article> articles;
    for (int i = 0; i < 60; ++i) {
        articles.push_back(make_article("en/apart" + std::to_string(i) + ".md", "Notes " + std::to_string(i),
                                        {"Mild fever. Zinc lozenges. Zinc again, fever again, zinc and fever."}));
    }
    Article phrase = make_article("en/phrase.md", "Together",
                                  {"A long passage about colds that names the remedy only once: people took "
                                   "zinc fever tablets in the old days, together with rest, fluids, warm soup, "
                                   "sleep, patience and a great deal of tea with honey and lemon."});
    articles.push_back(phrase);
    phrase.id = "en/phrase-again.md";
    articles.push_back(phrase);
    const SmallIndex index(articles);
    const Searcher& searcher = index.searcher;
    SearchOptions options;
    options.limit = 1;
    CHECK(searcher.search("zinc fever").hits.front().article_id.starts_with("en/apart"));
    auto hits = searcher.search("\"zinc fever\"", options).hits;
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].article_id.starts_with("en/phrase"));
    options.limit = 10;
    options.per_article = 1;
    hits = searcher.search("\"zinc fever\"", options).hits;
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].article_id != hits[1].article_id);
}

TEST_CASE_FIXTURE(Fixture, "a query of stop words only is refused with a message that says so") {
    const Searcher searcher(db);
    for (const char* query : {"The Who", "\"was ist das\""}) {
        CAPTURE(query);
        try {
            (void)searcher.search(query).hits;
            FAIL("expected a QueryError");
        } catch (const QueryError& error) {
            CHECK(std::string(error.what()).find("stop words") != std::string::npos);
        }
    }
}

TEST_CASE_FIXTURE(Fixture, "did you mean: unknown words get the closest indexed word, and autocorrect uses it") {
    const Searcher searcher(db);
    CHECK(searcher.search("Ubelkiet").corrections == std::vector<Correction>{{"Ubelkiet", "Übelkeit", {0, 8}}});
    CHECK(searcher.search("chemotheraphy").corrections.at(0).suggestion == "chemotherapy");
    CHECK(searcher.search("Übelkeit").corrections.empty());
    CHECK(searcher.search("Ubelkeit").corrections.empty());  // known through its umlaut spelling
    CHECK(searcher.search("Ubelkiet").hits.empty());
    SearchOptions autocorrect;
    autocorrect.autocorrect = true;
    const SearchResult corrected = searcher.search("Ubelkiet", autocorrect);
    REQUIRE_FALSE(corrected.hits.empty());
    CHECK(corrected.hits[0].article_id == "de/chemo.md");
    CHECK(corrected.searched_query == "Übelkeit");
    CHECK(corrected.corrections == std::vector<Correction>{{"Ubelkiet", "Übelkeit", {0, 8}}});
}

TEST_CASE_FIXTURE(Fixture, "a search pages through its hits by offset and estimates all matches") {
    const Searcher searcher(db);
    SearchOptions all;
    all.limit = 100;
    const SearchResult everything = searcher.search("treatment", all);
    REQUIRE(everything.hits.size() >= 3);
    CHECK(everything.estimated_matches == everything.hits.size());  // a small index: exact
    SearchOptions second_page;
    second_page.limit = 2;
    second_page.offset = 1;
    const SearchResult page = searcher.search("treatment", second_page);
    CHECK(page.offset == 1);
    CHECK(page.estimated_matches == everything.estimated_matches);
    REQUIRE(page.hits.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(page.hits[i].rank == i + 2);
        CHECK(page.hits[i].article_id == everything.hits[i + 1].article_id);
        CHECK(page.hits[i].passage == everything.hits[i + 1].passage);
    }
    SearchOptions beyond;
    beyond.offset = everything.hits.size();
    CHECK(searcher.search("treatment", beyond).hits.empty());
    SearchOptions too_deep;
    too_deep.offset = kMaxResultWindow;
    CHECK_THROWS_AS(searcher.search("treatment", too_deep), QueryError);
}

TEST_CASE_FIXTURE(Fixture, "with a phrase, pages and the estimate count only passages that hold the phrase") {
    const Searcher searcher(db);
    SearchOptions all;
    all.limit = 100;
    const SearchResult everything = searcher.search("\"side effects\"", all);
    REQUIRE(everything.hits.size() >= 2);
    CHECK(everything.estimated_matches == everything.hits.size());
    SearchOptions second;
    second.limit = 1;
    second.offset = 1;
    const SearchResult page = searcher.search("\"side effects\"", second);
    REQUIRE(page.hits.size() == 1);
    CHECK(page.hits[0].rank == 2);
    CHECK(page.hits[0].article_id == everything.hits[1].article_id);
}

TEST_CASE("did you mean: a stop word is never corrected, though an expansion of another word is that stop word") {
    // OpenThesaurus gives "und" as a synonym of "immer"; the index knows "rund", one letter away.
    const SmallIndex index({make_article("de/ruhe.md", "Ruhe", {"Ruhe rund um die Uhr hilft immer, sagt die Pflege."})});
    CHECK(index.searcher.search("immer und Ruhe").corrections.empty());
    CHECK(index.searcher.search("immer und Ruhr").corrections == std::vector<Correction>{{"Ruhr", "Ruhe", {10, 14}}});
}

TEST_CASE("a correction replaces whole words only, never a part of a longer word") {
    CHECK(apply_corrections("Krebsvorsorge und Krebs", {{"Krebs", "Krebse", {}}}) == "Krebsvorsorge und Krebse");
    CHECK(apply_corrections("Krebs, Krebs-Vorsorge", {{"Krebs", "Krebse", {}}}) == "Krebse, Krebse-Vorsorge");
    CHECK(apply_corrections("Gesundheit und Hund", {{"und", "rund", {}}}) == "Gesundheit rund Hund");
    CHECK(apply_corrections("Ubelkiet", {{"Ubelkiet", "Übelkeit", {}}}) == "Übelkeit");
}

TEST_CASE_FIXTURE(Fixture, "a query that is not UTF-8 is refused with a message that says so") {
    const Searcher searcher(db);
    try {
        (void)searcher.search("Kopfschmerzn \xff");
        FAIL("expected a QueryError");
    } catch (const QueryError& error) {
        CHECK(std::string(error.what()).find("not valid UTF-8") != std::string::npos);
        CHECK(std::string(error.what()).find("0xFF") != std::string::npos);
        CHECK(error.where() == "Kopfschmerzn \xff");
    }
}

TEST_CASE_FIXTURE(Fixture, "a query longer than any question is refused; a repeated word is searched once") {
    const Searcher searcher(db);
    const auto repeated = [](const std::string& word, std::size_t times) {
        std::string query;
        for (std::size_t i = 0; i < times; ++i) query += word + " ";
        return query;
    };
    for (const std::string& query : {repeated("Brustkrebs", 2000), repeated("a", 1500), std::string(5000, 'x')}) {
        try {
            (void)searcher.search(query).hits;
            FAIL("expected a QueryError");
        } catch (const QueryError& error) {
            CHECK(std::string(error.what()).starts_with("query too long: "));
        }
    }
    // At the limits the query runs, and a word typed many times ranks as one typed once, with
    // its score multiplied: repeating a word weighs it, as before.
    const auto once = searcher.search("Übelkeit Chemotherapie").hits;
    const auto often = searcher.search(repeated("Übelkeit", 300) + " Chemotherapie Chemotherapie").hits;
    REQUIRE(once.size() == often.size());
    for (std::size_t i = 0; i < once.size(); ++i) {
        CHECK(often[i].article_id == once[i].article_id);
        CHECK(often[i].score > once[i].score);
    }
}

TEST_CASE("an index whose stored passage is damaged is named in the error") {
    ScratchDir dir;
    const std::string db = (dir / "db").string();
    build_index(db, sample_articles());
    {
        Xapian::WritableDatabase generation(db);
        const Xapian::docid first = *generation.postlist_begin("");
        Xapian::Document damaged = generation.get_document(first);
        damaged.set_data("not a stored passage");
        generation.replace_document(first, damaged);
        generation.commit();
    }
    const Searcher searcher(db);
    SearchOptions all;
    all.limit = 100;
    try {
        (void)searcher.search("Chemotherapie chemotherapy Immuntherapie immunotherapy", all).hits;
        FAIL("expected an IndexError");
    } catch (const IndexError& error) {
        CHECK(error.where() == db);
        CHECK(std::string(error.what()).find("Chemotherapie chemotherapy") != std::string::npos);
    }
}

TEST_CASE("a stem that changes its word's second letter is highlighted too (lie: Lying)") {
    const SmallIndex index({make_article("en/sleep.md", "Sleep", {"Lying awake at night wears people out."})});
    const auto hits = index.searcher.search("lie").hits;
    REQUIRE(hits.size() == 1);
    REQUIRE(hits[0].snippet.highlights.size() == 1);
    CHECK(highlighted(hits[0].snippet, 0) == "Lying");
}

TEST_CASE_FIXTURE(Fixture, "stemmed matches are highlighted in the form the text uses") {
    const Searcher searcher(db);
    const auto hits = searcher.search("cancers tumour").hits;
    REQUIRE_FALSE(hits.empty());
    std::vector<std::string> marked;
    for (std::size_t i = 0; i < hits[0].snippet.highlights.size(); ++i) {
        marked.push_back(highlighted(hits[0].snippet, i));
    }
    CHECK(std::find(marked.begin(), marked.end(), "cancer") != marked.end());
    CHECK(std::find(marked.begin(), marked.end(), "tumours") != marked.end());
}

TEST_CASE_FIXTURE(Fixture, "phrases, required and excluded words") {
    const Searcher searcher(db);
    // "side effects" as a phrase: both English articles say it; the German ones do not.
    auto hits = searcher.search("\"side effects\"").hits;
    REQUIRE(hits.size() == 2);
    for (const auto& hit : hits) CHECK(hit.language == "en");
    // Words of the phrase apart do not match the phrase.
    CHECK(searcher.search("\"effects side\"").hits.empty());
    // Stop words are not indexed, yet a phrase across one still matches, and still in order only.
    hits = searcher.search("\"Bremsen der Abwehrzellen\"").hits;
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].article_id == "de/immun.md");
    CHECK(searcher.search("\"Abwehrzellen der Bremsen\"").hits.empty());
    // An excluded phrase drops the passages that hold it, not those with its words apart.
    SearchOptions words_only;
    words_only.expand_synonyms = false;
    words_only.translate = false;
    hits = searcher.search("medicines -\"side effects\"", words_only).hits;
    CHECK(hits.empty());
    hits = searcher.search("medicines -\"effects side\"", words_only).hits;
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].article_id == "en/chemo.md");
    // A phrase may stand in the title or a heading, which are indexed with every passage.
    hits = searcher.search("\"Immuntherapie bei Krebs\"", words_only).hits;
    REQUIRE_FALSE(hits.empty());
    CHECK(hits[0].article_id == "de/immun.md");

    hits = searcher.search("chemotherapy -immunotherapy").hits;
    for (const auto& hit : hits) CHECK(hit.article_id != "en/immuno.md");
    CHECK_FALSE(hits.empty());

    hits = searcher.search("+nausea chemotherapy").hits;
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].article_id == "en/chemo.md");

    CHECK_THROWS_AS(searcher.search("-chemotherapy").hits, QueryError);
    CHECK_THROWS_AS(searcher.search("  ?! ").hits, QueryError);
}

TEST_CASE_FIXTURE(Fixture, "language filter and per-article collapsing") {
    const Searcher searcher(db);
    SearchOptions german_only;
    german_only.language = "de";
    const auto german_hits = searcher.search("immunotherapy Immuntherapie Chemotherapie", german_only).hits;
    REQUIRE_FALSE(german_hits.empty());
    for (const auto& hit : german_hits) CHECK(hit.language == "de");
    SearchOptions bad;
    bad.language = "fr";
    CHECK_THROWS_AS(searcher.search("cancer", bad).hits, QueryError);

    SearchOptions all;
    all.limit = 50;
    const auto uncollapsed = searcher.search("immunotherapy immune system", all).hits;
    std::size_t immuno = 0;
    for (const auto& hit : uncollapsed) immuno += hit.article_id == "en/immuno.md";
    CHECK(immuno == 2);
    all.per_article = 1;
    const auto collapsed = searcher.search("immunotherapy immune system", all).hits;
    immuno = 0;
    for (const auto& hit : collapsed) immuno += hit.article_id == "en/immuno.md";
    CHECK(immuno == 1);
}

TEST_CASE_FIXTURE(Fixture, "the same query on the same index always gives the same output") {
    const Searcher searcher(db);
    const auto first = searcher.search("treatment cancer Behandlung", {}).hits;
    const Searcher other(db);
    const auto second = other.search("treatment cancer Behandlung", {}).hits;
    REQUIRE(first.size() > 1);
    REQUIRE(first.size() == second.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        CHECK(first[i].article_id == second[i].article_id);
        CHECK(first[i].passage == second[i].passage);
        CHECK(first[i].score == second[i].score);
        CHECK(first[i].snippet.text == second[i].snippet.text);
        CHECK(first[i].snippet.highlights == second[i].snippet.highlights);
    }
}

TEST_CASE("a long passage's snippet is the sentence window with the query words") {
    std::string filler;
    for (int i = 0; i < 5; ++i) filler += "This sentence is only filler text about daily routines and walks. ";
    const SmallIndex index({make_article("en/long.md", "Long",
                                         {filler + "Radiotherapy can relieve pain from bone metastases. " + filler})});
    const auto hits = index.searcher.search("bone metastases pain").hits;
    REQUIRE(hits.size() == 1);
    const Snippet& snippet = hits[0].snippet;
    CHECK(snippet.text.find("Radiotherapy can relieve pain from bone metastases.") != std::string::npos);
    CHECK(snippet.starts_mid_passage);
    CHECK(snippet.ends_mid_passage);
    CHECK(snippet.highlights.size() == 3);
    CHECK(hits[0].text.size() > snippet.text.size());
}

TEST_CASE("several shards are searched as one") {
    ScratchDir dir;
    const auto articles = sample_articles();
    build_index((dir / "en").string(), {articles[0], articles[1]});
    build_index((dir / "de").string(), {articles[2], articles[3]});
    const Searcher searcher(std::vector<std::string>{(dir / "en").string(), (dir / "de").string()});
    const auto hits = searcher.search("immunotherapy Immuntherapie").hits;
    std::set<std::string> languages;
    for (const auto& hit : hits) languages.insert(hit.language);
    CHECK(languages == std::set<std::string>{"de", "en"});
}

TEST_CASE("a remote shard served by xapian-tcpsrv is searched together with a local one") {
    ScratchDir dir;
    const auto articles = sample_articles();
    build_index((dir / "remote").string(), {articles[0], articles[1]});
    build_index((dir / "local").string(), {articles[2], articles[3]});
    const test_support::TcpShardServer server(dir / "remote");
    const Searcher searcher(std::vector<std::string>{server.location(), (dir / "local").string()});
    const std::vector<Hit> hits = searcher.search("immunotherapy Immuntherapie").hits;
    std::set<std::string> articles_found;
    for (const auto& hit : hits) articles_found.insert(hit.article_id);
    CHECK(articles_found.contains("en/immuno.md"));  // from the remote shard
    CHECK(articles_found.contains("de/immun.md"));   // from the local one
}

TEST_CASE("a long-lived searcher sees what a writer committed after it was opened") {
    ScratchDir dir;
    const auto db = (dir / "db").string();
    const auto articles = sample_articles();
    build_index(db, {articles[1]});
    const Searcher searcher(db);
    CHECK(searcher.search("Immuntherapie").hits.empty());
    build_index(db, {articles[2]});
    CHECK(searcher.search("Immuntherapie").hits.size() == 1);
}

TEST_CASE_FIXTURE(Fixture, "one searcher serves searches from several threads at once, each as it would alone") {
    const Searcher searcher(db);
    const std::vector<std::string> queries{"How does immunotherapy work?", "Übelkeit Chemotherapie",
                                           "\"side effects\"", "Ubelkiet", "treatment"};
    std::vector<std::vector<std::string>> alone;
    for (const std::string& query : queries) {
        std::vector<std::string> ranked;
        for (const Hit& hit : searcher.search(query).hits) ranked.push_back(hit.article_id + "#" + hit.snippet.text);
        alone.push_back(ranked);
    }
    std::atomic<int> mismatches = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 20; ++round) {
                const std::size_t q = static_cast<std::size_t>(t + round) % queries.size();
                std::vector<std::string> ranked;
                for (const Hit& hit : searcher.search(queries[q]).hits) {
                    ranked.push_back(hit.article_id + "#" + hit.snippet.text);
                }
                if (ranked != alone[q]) ++mismatches;
            }
        });
    }
    for (std::thread& thread : threads) thread.join();
    CHECK(mismatches == 0);
}

TEST_CASE_FIXTURE(Fixture, "passages in the reader's language that answer come first; --query-lang any ranks both alike") {
    const Searcher searcher(db);
    const auto languages = [&](const char* query, const char* reader) {
        SearchOptions options;
        options.query_language = reader;
        options.per_article = 1;
        std::vector<std::string> found;
        for (const Hit& hit : searcher.search(query, options).hits) found.push_back(hit.language);
        return found;
    };
    CHECK(languages("Chemotherapie Übelkeit", "").front() == "de");
    CHECK(languages("chemotherapy nausea", "").front() == "en");
    const std::vector<std::string> any = languages("chemotherapy nausea", "any");
    CHECK(any.front() == "en");
    SearchOptions wrong;
    wrong.query_language = "fr";
    CHECK_THROWS_AS(searcher.search("nausea", wrong), QueryError);
}
