// The analysis chain: folding, word offsets, language evidence, and index/query symmetry.

#include "analysis/analyzer.hpp"
#include "analysis/definitions.hpp"
#include "analysis/german_forms.hpp"
#include "analysis/synonyms.hpp"
#include "index/passage_document.hpp"
#include "index/schema.hpp"
#include "passage/segmenter.hpp"
#include "search/query_builder.hpp"
#include "index_terms.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include <xapian.h>

using namespace healthsearch;
using analysis::Analyzer;
using analysis::Language;

TEST_CASE("folding: case, umlauts, sharp s, accents and compatibility forms") {
    const Analyzer analyzer;
    CHECK(analyzer.fold("Übelkeit") == "uebelkeit");
    CHECK(analyzer.fold("UEBELKEIT") == "uebelkeit");
    CHECK(analyzer.fold("ÜBELKEIT") == "uebelkeit");
    CHECK(analyzer.fold("Straße") == "strasse");
    CHECK(analyzer.fold("Größe") == "groesse");
    CHECK(analyzer.fold("Café") == "cafe");
    CHECK(analyzer.fold("ﬁbrosis") == "fibrosis");  // NFKC splits the ligature
    CHECK(analyzer.fold("Therapy") == "therapy");
}

TEST_CASE("German stems keep umlauts apart: Übelkeit = Uebelkeit, Bär != Bar") {
    const Analyzer analyzer;
    const auto stem = [&](const char* word) { return analyzer.stem(analyzer.fold(word), Language::german); };
    CHECK(stem("Übelkeit") == stem("Uebelkeit"));
    CHECK(stem("Übelkeit") == "uebel");
    CHECK(stem("Bär") == stem("Bären"));
    CHECK(stem("Bär") != stem("Bar"));
    CHECK(stem("Größe") == stem("Grösse"));
    CHECK(stem("Größe") != stem("Grosse"));
    // "ue" that is no umlaut still stems to itself, at index and query time alike.
    CHECK(stem("aktuell") == stem("aktuelle"));
    CHECK(stem("Metastasen") == stem("Metastase"));
    CHECK(stem("Übelkeit") != stem("Müdigkeit"));
}

TEST_CASE("words carry byte offsets into the original UTF-8 text") {
    const Analyzer analyzer;
    const std::string text = "Gegen Übelkeit helfen – oft – Antiemetika (z. B. 5-HT3).";
    const auto words = analyzer.words(text);
    REQUIRE(words.size() >= 4);
    CHECK(text.substr(words[1].begin, words[1].end - words[1].begin) == "Übelkeit");
    CHECK(words[1].folded == "uebelkeit");
    for (const auto& word : words) {
        CHECK(word.begin < word.end);
        CHECK(word.end <= text.size());
        CHECK(text.substr(word.begin, word.end - word.begin).find(' ') == std::string::npos);
    }
}

TEST_CASE("sentences cover the text and end at sentence punctuation") {
    const Analyzer analyzer;
    const std::string text = "Die Therapie wirkt. Sie dauert Wochen! Fragen Sie Ihr Team?";
    const auto sentences = analyzer.sentences(text);
    REQUIRE(sentences.size() == 3);
    CHECK(sentences.front().begin == 0);
    CHECK(sentences.back().end == text.size());
    CHECK(text.substr(sentences[1].begin, sentences[1].end - sentences[1].begin) == "Sie dauert Wochen! ");
}

TEST_CASE("language evidence tells German from English and admits when it cannot") {
    const Analyzer analyzer;
    const auto detect = [&](const std::string& text) {
        return analyzer.language_evidence(text, analyzer.words(text)).decide();
    };
    CHECK(detect("Die Immuntherapie hilft dem Körper, den Tumor zu erkennen und ihn anzugreifen.") ==
          Language::german);
    CHECK(detect("Immunotherapy helps the body to recognise the tumour and to attack it.") ==
          Language::english);
    CHECK(detect("Immuntherapie") == Language::unknown);
    CHECK(detect("Chemotherapie Immunotherapy") == Language::unknown);
}

TEST_CASE("stop words of either language are known; content words are not") {
    const Analyzer analyzer;
    CHECK(analyzer.is_stopword("the", Language::english));
    CHECK(analyzer.is_stopword(analyzer.fold("über"), Language::german));
    CHECK(analyzer.is_stopword("wie", Language::unknown));
    CHECK_FALSE(analyzer.is_stopword("wie", Language::english));
    CHECK_FALSE(analyzer.is_stopword("cancer", Language::unknown));
    CHECK_FALSE(analyzer.is_stopword("krebs", Language::unknown));
}

using test_support::document_terms;
using test_support::frequency_in;
using test_support::indexed_terms;
using test_support::query_terms;

// The snippet highlighter skips every word whose first two bytes no query stem starts with
// (where the stem has an "i" second, it also admits a "y": dying, lying, tying).
bool keeps_leading_bytes(const std::string& folded, const std::string& stem) {
    const std::size_t lead = std::min<std::size_t>(2, stem.size());
    if (stem.compare(0, lead, folded, 0, lead) == 0) return true;
    return lead == 2 && folded.size() >= 2 && stem[0] == folded[0] && stem[1] == 'i' && folded[1] == 'y';
}

TEST_CASE("stems keep the first two bytes of their word, in both languages, over the whole corpus") {
    const Analyzer analyzer;
    std::set<std::string> folded_words;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(HEALTHSEARCH_SOURCE_DIR "/corpus")) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        for (const auto& word : analyzer.words(text)) folded_words.insert(word.folded);
    }
    REQUIRE(folded_words.size() > 5000);
    // Snowball english's own exceptions, and umlaut spellings at the start of a word.
    for (const char* word : {"dying", "lying", "tying", "skies", "idly", "gently", "ugly", "early", "only",
                             "singly", "news", "ueber", "aerzte", "oel", "aeue"}) {
        folded_words.insert(word);
    }
    std::size_t changed = 0;
    for (const std::string& folded : folded_words) {
        for (const Language language : {Language::german, Language::english}) {
            const std::string stem = analyzer.stem(folded, language);
            if (stem != folded) ++changed;
            if (!keeps_leading_bytes(folded, stem)) FAIL_CHECK(folded << " -> " << stem);
        }
    }
    CHECK(changed > 1000);  // the stemmers did run
}

TEST_CASE("German verb forms: participles, past tense and verbs in -ieren lead to their verb's other forms") {
    const Analyzer analyzer;
    const auto stem = [&](const std::string& folded) { return analyzer.stem(folded, Language::german); };
    // The stems of the forms listed, as the query parser looks them up.
    struct Stems {
        std::set<std::string> participles, others;
        bool shape_is_verb = false;
        bool has(const std::string& form_stem) const {
            return participles.count(form_stem) > 0 || others.count(form_stem) > 0;
        }
    };
    const auto forms_of = [&](const std::string& folded) {
        const analysis::GermanVerbForms forms = analysis::german_verb_forms(folded);
        Stems stems;
        stems.shape_is_verb = forms.shape_is_verb;
        for (const std::string& form : forms.participles) stems.participles.insert(stem(form));
        for (const std::string& form : forms.others) stems.others.insert(stem(form));
        return stems;
    };

    const Stems participle = forms_of("gegruendet");
    CHECK(participle.shape_is_verb);
    for (const std::string form : {"gruendete", "gruenden", "gruendung"}) {
        CAPTURE(form);
        CHECK(participle.others.count(stem(form)) == 1);
    }
    const Stems past = forms_of("gruendeten");
    CHECK_FALSE(past.shape_is_verb);
    CHECK(past.participles.count(stem("gegruendet")) == 1);
    CHECK(past.others.count(stem("gruendung")) == 1);

    // After a separable prefix, which the verb keeps: angestellt is anstellen's, not stellen's.
    CHECK(forms_of("ausgewaehlt").has(stem("auswaehlen")));
    CHECK(forms_of("eingebuergert").has(stem("einbuergerung")));
    CHECK(forms_of("angestellten").has(stem("anstellen")));
    CHECK_FALSE(forms_of("angestellten").has(stem("stellen")));
    CHECK_FALSE(forms_of("ausgewaehlt").has(stem("waehlte")));
    // After an inseparable prefix there is no ge-; -eln verbs lose an e before -ung.
    const Stems treated = forms_of("behandelt");
    CHECK(treated.shape_is_verb);
    for (const std::string form : {"behandeln", "behandelte", "behandlung"}) {
        CAPTURE(form);
        CHECK(treated.has(stem(form)));
    }
    CHECK(forms_of("verhinderte").has(stem("verhindern")));
    CHECK(forms_of("verhinderte").has(stem("verhinderung")));
    // Verbs in -ieren: german2 gives them three stems (finanziert, finanzier, finanzi).
    for (const std::string word : {"finanzierte", "finanzieren", "finanzierung"}) {
        CAPTURE(word);
        const Stems financed = forms_of(word);
        for (const std::string form : {"finanziert", "finanzieren", "finanzierung"}) {
            CAPTURE(form);
            CHECK((financed.has(stem(form)) || stem(form) == stem(word)));
        }
    }
    CHECK(forms_of("finanzierung").shape_is_verb);

    // The participle's ge- is never part of a root: gelenkt gives lenken, not Gelenk.
    CHECK(forms_of("gelenkt").has(stem("lenken")));
    CHECK_FALSE(forms_of("gelenkt").has(stem("gelenk")));
    // "e" + "t" after a, o or u would spell an umlaut as the index does: beraten is not Gerät.
    CHECK_FALSE(forms_of("geraten").has(stem("geraet")));
    // Roots in -d, -t and consonant + m/n take -et (rechnet, gezeichnet).
    CHECK(forms_of("berechnete").participles.count(stem("berechnet")) == 1);
    CHECK(forms_of("gezeichneten").has(stem("zeichnet")));

    // Words of these shapes that are no verb's forms stay whole: nouns, also inflected (Gebieten,
    // Papiere, Berichte), strong participles (gelungen is not Lunge, geworden not Wort),
    // adjectives in -te whose participle would be a noun (schlechte: Geschlecht, dichte:
    // Gedicht) and present tense that looks past (richtet: Gericht).
    for (const std::string word : {"gebieten", "berichte", "gelungen", "geworden", "angemessen", "schlechte",
                                   "dichte", "richtet", "gesicht"}) {
        CAPTURE(word);
        CHECK(analysis::german_verb_forms(word).empty());
    }
    // The plural of a noun in -ier (Papiere, Turnieren) is a verb's only where the index says so.
    CHECK_FALSE(forms_of("papiere").shape_is_verb);
    CHECK_FALSE(forms_of("turnieren").shape_is_verb);

    // For a word the index lacks: its infinitive or present tense, also as a zu-infinitive, whose
    // participle takes ge- after all separable prefixes.
    const auto present = [&](const std::string& folded) {
        std::set<std::string> stems;
        const analysis::GermanVerbForms forms = analysis::german_present_forms(folded);
        for (const auto* list : {&forms.participles, &forms.others}) {
            for (const std::string& form : *list) stems.insert(stem(form));
        }
        return stems;
    };
    CHECK(present("wiederherzustellen").count(stem("wiederhergestellt")) == 1);
    CHECK(present("wiederherzustellen").count(stem("wiederherstellung")) == 1);
    CHECK(present("herzustellen").count(stem("herstellen")) == 1);
    CHECK(present("verringern").count(stem("verringerung")) == 1);
    CHECK(present("bewirkt").count(stem("bewirkte")) == 1);
    CHECK(present("bewirkt").count(stem("gebewirkt")) == 0);  // no ge- after be-
    CHECK(present("ist").empty());
    CHECK_FALSE(present("zuzuordnen").empty());
    CHECK(present("zuordnen").count(stem("zugeordnet")) == 1);
    CHECK(present("ernten").count(stem("geerntet")) == 1);  // er- here is no prefix
    // Nouns are not verbs: by the dictionary or by their ending.
    CHECK(present("herzuntersuchungen").empty());
    CHECK(present("gebieten").empty());

    // None of the shapes: present tense without a prefix, nouns in -ung, short roots.
    for (const std::string word : {"wirkt", "gruendung", "krebs", "gebiet", "gegeben", "erste"}) {
        CAPTURE(word);
        CHECK(analysis::german_verb_forms(word).empty());
    }
}

TEST_CASE("symmetry: every content word of an indexed passage finds that passage as typed") {
    const Analyzer analyzer;
    const std::vector<std::pair<std::string, std::string>> texts = {
        {"de", "Gegen Übelkeit während der Chemotherapie helfen Medikamente. Die Größe der "
               "Lebermetastasen entscheidet über die Operation. Straßenlärm stört den Schlaf."},
        {"en", "Immunotherapy helps the immune system attack metastatic cancers. Nausea during "
               "chemotherapy can be prevented. Café visits and naïve questions are welcome."},
    };
    for (const auto& [language, text] : texts) {
        CAPTURE(language);
        const Article article = test_support::make_article("a", "Titel", {text});
        const auto passages = passage::segment_article(article, analyzer);
        REQUIRE(passages.size() == 1);
        const auto terms = document_terms(index::passage_document(article, passages[0], index::ArticleFields(article, analyzer), analyzer));
        for (const auto& word : analyzer.words(text)) {
            const std::string typed = text.substr(word.begin, word.end - word.begin);
            if (analyzer.is_stopword(word.folded, Language::unknown)) continue;
            CAPTURE(typed);
            const auto built = search::build_query(typed, analyzer, Language::unknown);
            bool found = false;
            for (const auto& term : query_terms(built.query)) found = found || terms.contains(term);
            CHECK(found);
        }
    }
}

TEST_CASE("symmetry: spelling variants a reader types meet the indexed word") {
    const Analyzer analyzer;
    const Article article = test_support::make_article(
        "a", "Titel", {"Viele Menschen fürchten die Übelkeit bei der Behandlung. Sie ist heute gut "
                       "behandelbar und meist vorübergehend."});
    CHECK(passage::segment_article(article, analyzer).at(0).language == Language::german);
    const auto terms = indexed_terms(analyzer, article);
    // The index tells the query which spellings exist ("Ubelkeit" has no umlaut in the index).
    const auto frequency = frequency_in(terms);
    for (const char* typed : {"Übelkeit", "übelkeit", "Uebelkeit", "Ubelkeit", "UEBELKEIT", "UBELKEIT"}) {
        CAPTURE(typed);
        const auto built = search::build_query(typed, analyzer, Language::unknown, frequency);
        bool found = false;
        for (const auto& term : query_terms(built.query)) found = found || terms.contains(term);
        CHECK(found);
        CHECK(built.unknown_words.empty());
    }
    // A word the index lacks in every spelling is reported for "did you mean".
    const auto unknown = search::build_query("Ubelkiet", analyzer, Language::unknown, frequency);
    CHECK(unknown.unknown_words == std::vector<std::string>{"ubelkiet"});
}

namespace {

// The words of `text` (folded, in order) that the definition reading `read` returns.
template <typename Read>
std::string defined_in(const analysis::Analyzer& analyzer, std::string_view text, Read read) {
    std::vector<std::string> folded;
    for (const analysis::AnalyzedWord& word : analyzer.words(text)) folded.push_back(word.folded);
    const analysis::WordSpan span = read(folded);
    std::string words;
    for (std::size_t i = span.begin; i < span.end; ++i) words += (words.empty() ? "" : " ") + folded[i];
    return words;
}

}  // namespace

TEST_CASE("definitions: the sentences that say what something is, and the questions that ask") {
    const analysis::Analyzer analyzer;
    const auto sentence = [&](std::string_view text) {
        return defined_in(analyzer, text, [](const std::vector<std::string>& folded) {
            return analysis::defined_subject(std::vector<std::string_view>(folded.begin(), folded.end()));
        });
    };
    CHECK(sentence("Hypothyroidism is a disorder of the thyroid gland.") == "hypothyroidism");
    CHECK(sentence("Eine Flüssigbiopsie ist eine Blutuntersuchung.") == "eine fluessigbiopsie");
    CHECK(sentence("The symptoms of kidney stones are pain and blood in the urine.") == "the symptoms of kidney stones");
    // A passive says what is done to it, not what it is.
    CHECK(sentence("Hypothyroidism is caused by an underactive thyroid.").empty());
    CHECK(sentence("Anaemia is often treated with iron.") == "anaemia");  // only the verb's next word is read
    CHECK(sentence("Hypothyroidism is known to run in families.").empty());
    // A verb later than a name's length, or none, or a question that opens with it.
    CHECK(sentence("In many people with a long history of untreated high blood pressure the heart is larger.").empty());
    CHECK(sentence("Health care providers treat hypothyroidism with thyroxine.").empty());
    CHECK(sentence("Is hypothyroidism inherited?").empty());

    const auto question = [&](std::string_view text) {
        return defined_in(analyzer, text, analysis::definition_question_subject);
    };
    CHECK(question("What is (are) Hypothyroidism ?") == "hypothyroidism");
    CHECK(question("What are the symptoms of kidney stones?") == "the symptoms of kidney stones");
    CHECK(question("What does stable disease mean on a scan?") == "stable disease");
    CHECK(question("Was ist eine Flüssigbiopsie?") == "eine fluessigbiopsie");
    CHECK(question("Was bedeutet ein erhöhter PSA-Wert?") == "ein erhoehter psa wert");
    CHECK(question("Was versteht man unter Fatigue?") == "fatigue");
    CHECK(question("What causes hypothyroidism?").empty());
    CHECK(question("Was kann ich gegen Schlafstörungen tun?").empty());
    CHECK(question("Was it the chemotherapy?").empty());
    CHECK(question("What").empty());
}
