// The bundled scraped pages (corpus/scraped/) in the styles users bring: forum threads, FAQs,
// site-builder and blog pages, pages ending in lists of related questions. Each states what
// extraction must find (title, headings, paragraph starts, listed questions) and which chrome
// words an index of these pages must not find.

#include "test_support.hpp"

#include "analysis/analyzer.hpp"
#include "passage/segmenter.hpp"

#include <healthsearch/index.hpp>
#include <healthsearch/search.hpp>
#include <healthsearch/source.hpp>

#include <doctest/doctest.h>

#include <xapian.h>

#include <fstream>
#include <sstream>

using namespace healthsearch;
using test_support::ScratchDir;

using test_support::all_text;

namespace {

const std::string kScraped = std::string(HEALTHSEARCH_SOURCE_DIR) + "/corpus/scraped/";

Article page(const std::string& name) {
    std::ifstream in(kScraped + name, std::ios::binary);
    REQUIRE(in);
    std::stringstream bytes;
    bytes << in.rdbuf();
    const std::string extension = name.substr(name.rfind('.'));
    return extract_article(bytes.str(), extension, name, name);
}

using Path = std::vector<std::string>;

// The sections' heading paths in order, and the start of each section's first paragraph.
std::vector<Path> heading_paths(const Article& article) {
    std::vector<Path> paths;
    for (const Section& section : article.sections) paths.push_back(section.heading_path);
    return paths;
}

void check_starts(const Article& article, const std::vector<std::string>& starts) {
    REQUIRE(article.sections.size() == starts.size());
    for (std::size_t i = 0; i < starts.size(); ++i) {
        CAPTURE(i);
        REQUIRE_FALSE(article.sections[i].paragraphs.empty());
        CHECK(article.sections[i].paragraphs.front().starts_with(starts[i]));
    }
}


const std::vector<std::string> kNewPages = {
    "forum-phpbb-hot-flushes-hormone-therapy.html",
    "forum-text-portkatheter-erfahrungen.txt",
    "portal-faq-lymphoedema-after-surgery.txt",
    "wix-gentle-exercise-during-cancer-treatment.html",
    "jimdo-mundtrockenheit-nach-strahlentherapie.html",
    "wordpress-returning-to-work-after-cancer.html",
    "explainer-metastatic-cancer-related-questions.txt",
    "ratgeber-polyneuropathie-weitere-fragen.txt",
};

// One index of the new pages for all the search checks below, built once.
const std::string& index_of_new_pages() {
    static ScratchDir dir;
    static const std::string db = [] {
        const std::string path = (dir / "db").string();
        IndexWriter writer(path);
        for (const std::string& name : kNewPages) writer.add(page(name));
        writer.commit();
        return path;
    }();
    return db;
}

std::vector<Hit> search_words(const std::string& query) {
    const Searcher searcher(index_of_new_pages());
    SearchOptions options;
    options.expand_synonyms = false;
    options.translate = false;
    return searcher.search(query, options).hits;
}

void check_not_found(const std::vector<std::string>& chrome_words) {
    for (const std::string& word : chrome_words) {
        CAPTURE(word);
        CHECK(search_words(word).empty());
    }
}

}  // namespace

TEST_CASE("phpBB thread: one section per post; profiles, post headers, signatures and the quote are chrome") {
    const Article article = page("forum-phpbb-hot-flushes-hormone-therapy.html");
    CHECK(article.title == "Hot flushes on hormone therapy - what helped you?");
    CHECK(heading_paths(article) == std::vector<Path>(4));
    check_starts(article, {"I started an aromatase inhibitor four months ago",
                           "You are right to be careful, and it is worth asking your team",
                           "My breast care nurse told me that there are non-hormonal medicines",
                           "Thank you both. I spoke to my oncologist again"});
    const std::string text = all_text(article);
    // The quotation repeats the first post: it stands there only.
    CHECK(text.find("I am wary of herbal products") == text.rfind("I am wary of herbal products"));
    check_not_found({"marlene_g", "BirgitOnTamoxifen", "Joanne.K", "phpBB", "Joined", "Veteran", "Reply",
                     "guests", "wrote", "Diagnosed"});
}

TEST_CASE("forum thread as text: posts never share a passage; handles, profile lines, quotes and signatures are chrome") {
    const Article article = page("forum-text-portkatheter-erfahrungen.txt");
    CHECK(article.title == "Erfahrungen mit dem Portkatheter");
    check_starts(article, {"Hallo zusammen, bei mir soll vor der Chemotherapie ein Port gelegt werden.",
                           "Das verstehe ich gut.", "Wichtig finde ich, was mir die Pflegekraft gesagt hat:",
                           "Danke euch beiden, das nimmt mir viel Angst."});
    for (const Section& section : article.sections) CHECK(section.paragraphs.size() == 1);

    // Each post is short enough to be merged with the next, were it not a post of its own.
    const analysis::Analyzer analyzer;
    const auto passages = passage::segment_article(article, analyzer);
    REQUIRE(passages.size() == 4);
    CHECK(passages[1].text.starts_with("Das verstehe ich gut."));
    check_not_found({"Sonnenblume73", "Peter_W", "Mira.S", "Stammgast", "Verfasst", "Grüße", "Zitieren",
                     "Nachsorge", "Mitglied"});
}

TEST_CASE("health-portal FAQ: question lines and Q:/A: pairs are headings over their answers") {
    const Article article = page("portal-faq-lymphoedema-after-surgery.txt");
    CHECK(article.title == "Lymphoedema after cancer surgery: frequently asked questions");
    CHECK(heading_paths(article) == std::vector<Path>{{"What is lymphoedema?"},
                                                      {"What are the first signs?"},
                                                      {"Can lymphoedema be cured?"},
                                                      {"Is it safe to exercise with lymphoedema?"},
                                                      {"How can I lower my risk of infection?"}});
    check_starts(article, {"Lymphoedema is a long-lasting swelling", "Many people first notice that a ring",
                           "It usually cannot be cured completely", "For most people, yes.",
                           "Infection of the skin, called cellulitis"});
    check_not_found({"HealthGuide", "editorial", "Advertisement", "Print", "Portal"});
}

TEST_CASE("Wix page: site-builder badge, loading text, share buttons, newsletter and cookie banner are chrome") {
    const Article article = page("wix-gentle-exercise-during-cancer-treatment.html");
    CHECK(article.title == "Gentle Exercise During Cancer Treatment");
    CHECK(heading_paths(article) ==
          std::vector<Path>{{}, {"How much is enough?"}, {"When to hold back"}, {"Finding the right class"}});
    check_starts(article, {"Many people feel they should rest as much as possible",
                           "Guidelines for people with cancer often suggest",
                           "Check with your team before exercising", "Physiotherapists and exercise specialists"});
    check_not_found({"Wix", "Loading", "Facebook", "newsletter", "cookies", "trial", "Proudly", "Rehab"});
}

TEST_CASE("Jimdo page: cookie banner, site name, share links and the Jimdo badge are chrome") {
    const Article article = page("jimdo-mundtrockenheit-nach-strahlentherapie.html");
    CHECK(article.title == "Mundtrockenheit nach Strahlentherapie");
    CHECK(heading_paths(article) == std::vector<Path>{{}, {"Was im Alltag hilft"}, {"Zähne besonders schützen"}});
    check_starts(article, {"Wer wegen eines Tumors im Kopf-Hals-Bereich bestrahlt wurde",
                           "Viele aus unserer Gruppe trinken", "Speichel schützt die Zähne."});
    check_not_found({"Jimdo", "Cookies", "Weserbergland", "WhatsApp", "Sitemap", "Akzeptieren", "Bearbeiten"});
}

TEST_CASE("WordPress post: cookie bar, byline, reading time, ad, share bar, newsletter, author box and comments are chrome") {
    const Article article = page("wordpress-returning-to-work-after-cancer.html");
    CHECK(article.title == "Returning to work after cancer treatment");
    CHECK(heading_paths(article) == std::vector<Path>{{}, {"Plan a phased return"}, {"Adjustments that can help"},
                                                      {"Talking to colleagues"}});
    check_starts(article, {"Going back to work after treatment is a milestone", "A phased return means",
                           "Small changes can make a big difference", "You decide how much to share."});
    check_not_found({"cookies", "Advertisement", "newsletter", "inbox", "Claire", "Leeds", "Dave", "Priya",
                     "Reply", "thoughts", "Hughes"});
}

TEST_CASE("explainer ending in '10 Related Questions to Explore': question and glued numbered headings; the list is questions, never a passage") {
    const Article article = page("explainer-metastatic-cancer-related-questions.txt");
    CHECK(article.title == "Metastatic Cancer: Treatment Options Explained");
    CHECK(heading_paths(article) == std::vector<Path>{{"What is Metastatic Cancer?"},
                                                      {"How is it treated?"},
                                                      {"How is it treated?", "Chemotherapy"},
                                                      {"How is it treated?", "Immunotherapy"},
                                                      {"How is it treated?", "Targeted therapy"},
                                                      {"How is it treated?", "Local treatments"}});
    check_starts(article, {"Metastatic cancer is cancer that has spread", "For most people, treatment",
                           "Chemotherapy uses medicines", "This treatment helps the immune system",
                           "Targeted drugs act on a specific change", "Surgery or radiotherapy may be used"});
    REQUIRE(article.questions.size() == 10);
    CHECK(article.questions.front() == "What is the life expectancy with metastatic cancer?");
    CHECK(article.questions[2] == "How does immunotherapy work for metastatic cancers?");
    CHECK(article.questions.back() == "What questions should I ask my oncologist?");
    CHECK(all_text(article).find("life expectancy") == std::string::npos);

    // Asking one of the listed questions finds the section that answers it, not the list.
    const auto hits = search_words("How does immunotherapy work for metastatic cancers?");
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front().heading_path == Path{"How is it treated?", "Immunotherapy"});
    const auto what_is = search_words("What is metastatic cancer?");
    REQUIRE_FALSE(what_is.empty());
    CHECK(what_is.front().heading_path == Path{"What is Metastatic Cancer?"});
    check_not_found({"Skip", "Hub", "Updated", "Topics", "oligometastatic"});

    // The listed questions are indexed on every passage of the article, as terms of their own.
    const Xapian::Database db(index_of_new_pages());
    const auto passages = db.get_termfreq("A" + std::string("explainer-metastatic-cancer-related-questions.txt"));
    CHECK(passages > 0);
    const analysis::Analyzer analyzer;
    const std::string stem = analyzer.stem(analyzer.fold("oligometastatic"), analysis::Language::english);
    CHECK(db.get_termfreq("F" + stem) == passages);
    CHECK(db.get_termfreq("Z" + stem) == 0);
}

TEST_CASE("German guide page: capital and Frage:/Antwort: headings; 'Das könnte Sie auch interessieren' and 'Weitere Fragen' are questions") {
    const Article article = page("ratgeber-polyneuropathie-weitere-fragen.txt");
    CHECK(article.title == "Kribbeln in Händen und Füßen: Polyneuropathie nach Chemotherapie");
    CHECK(heading_paths(article) == std::vector<Path>{{}, {"WIE MERKE ICH ES?"},
                                                      {"Geht die Polyneuropathie wieder weg?"},
                                                      {"Was kann ich selbst tun?"}});
    check_starts(article, {"Manche Chemotherapien können die feinen Nerven", "Oft beginnt es an den Fingerspitzen",
                           "Bei vielen Betroffenen bessern sich die Beschwerden",
                           "Gleichgewichts- und Krafttraining"});
    CHECK(article.questions == std::vector<std::string>{
                                   "Fatigue: Wenn die Erschöpfung bleibt", "Übelkeit bei Chemotherapie lindern",
                                   "Haarausfall: Was hilft wirklich?",
                                   "Hilft Kälte während der Chemotherapie gegen Nervenschäden?",
                                   "Welche Chemotherapien verursachen Polyneuropathie?",
                                   "Darf ich mit Polyneuropathie Auto fahren?"});
    CHECK(all_text(article).find("Antwort:") == std::string::npos);
    check_not_found({"Gesundheitsratgeber", "Lesezeit", "Anzeige", "Drucken", "Haarausfall", "Auto"});
}
