// Passages: sized 40-150 words, cut only at sentence boundaries, never across headings.

#include "analysis/analyzer.hpp"
#include "passage/segmenter.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <fmt/format.h>

using namespace healthsearch;
using analysis::Language;

namespace {

// A paragraph of `sentences` sentences of 10 words each, numbered so each is distinct.
std::string paragraph_of(int sentences, int first = 0, const char* lang = "en") {
    std::string text;
    for (int i = first; i < first + sentences; ++i) {
        if (!text.empty()) text += ' ';
        text += std::string_view(lang) == "en"
                    ? fmt::format("Sentence {} tells the reader about the treatment and its effects.", i)
                    : fmt::format("Satz {} erzählt dem Leser von der Behandlung und ihrer Wirkung.", i);
    }
    return text;
}

std::size_t word_count(const analysis::Analyzer& analyzer, const std::string& text) {
    return analyzer.words(text).size();
}

}  // namespace

TEST_CASE("short paragraphs of a section are merged up to the target size") {
    const analysis::Analyzer analyzer;
    const Article article = test_support::make_article(
        "a", "T", {paragraph_of(2, 0), paragraph_of(2, 10), paragraph_of(2, 20), paragraph_of(2, 30),
                   paragraph_of(2, 40), paragraph_of(2, 50), paragraph_of(2, 60), paragraph_of(2, 70),
                   paragraph_of(2, 80), paragraph_of(2, 90)});
    const auto passages = passage::segment_article(article, analyzer);
    REQUIRE(passages.size() >= 2);
    for (const auto& passage : passages) {
        const auto words = word_count(analyzer, passage.text);
        CHECK(words >= 40);
        CHECK(words <= 150);
    }
    CHECK(passages[0].text.find("\n\n") != std::string::npos);  // paragraphs joined, not glued
}

TEST_CASE("a long paragraph is cut at sentence boundaries, and the pieces are exact text") {
    const analysis::Analyzer analyzer;
    const std::string long_paragraph = paragraph_of(40);  // about 440 words
    const Article article = test_support::make_article("a", "T", {long_paragraph});
    const auto passages = passage::segment_article(article, analyzer);
    REQUIRE(passages.size() >= 3);
    for (const auto& passage : passages) {
        CAPTURE(passage.text);
        CHECK(word_count(analyzer, passage.text) <= 150);
        CHECK(passage.text.ends_with("effects."));
        CHECK(passage.text.starts_with("Sentence "));
        CHECK(long_paragraph.find(passage.text) != std::string::npos);
    }
}

TEST_CASE("passages never cross a heading and keep the heading path and ordinal") {
    const analysis::Analyzer analyzer;
    Article article = test_support::make_article("a", "T", {paragraph_of(6)}, {"Ablauf"});
    Section second;
    second.heading_path = {"Ablauf", "Dauer"};
    second.paragraphs = {paragraph_of(6, 100)};
    article.sections.push_back(second);
    const auto passages = passage::segment_article(article, analyzer);
    REQUIRE(passages.size() == 2);
    CHECK(passages[0].heading_path == std::vector<std::string>{"Ablauf"});
    CHECK(passages[1].heading_path == std::vector<std::string>{"Ablauf", "Dauer"});
    CHECK(passages[0].ordinal == 0);
    CHECK(passages[1].ordinal == 1);
    CHECK(passages[1].text.find("Sentence 100") == 0);
}

TEST_CASE("each passage gets its own language; too-short ones take the article's") {
    const analysis::Analyzer analyzer;
    Article article = test_support::make_article("a", "T", {paragraph_of(6, 0, "de")}, {"Deutsch"});
    Section english{{"English"}, {paragraph_of(6, 0, "en")}};
    Section tiny{{"Kurz"}, {"Immuntherapie, Chemotherapie."}};
    Section more_german{{"Mehr"}, {paragraph_of(6, 50, "de")}};
    article.sections.push_back(english);
    article.sections.push_back(tiny);
    article.sections.push_back(more_german);
    const auto passages = passage::segment_article(article, analyzer);
    REQUIRE(passages.size() == 4);
    CHECK(passages[0].language == Language::german);
    CHECK(passages[1].language == Language::english);
    CHECK(passages[2].language == Language::german);  // no evidence: the article is mostly German
    CHECK(passages[3].language == Language::german);
}

TEST_CASE("a one-line note takes the language its little evidence leans to; none at all means the declared one, then English") {
    const analysis::Analyzer analyzer;
    const auto language_of = [&](const std::string& text, const std::string& declared = "") {
        Article article = test_support::make_article("a", "", {text});
        article.language = declared;
        return passage::segment_article(article, analyzer).at(0).language;
    };
    // Too little to decide (two German stop words), yet all of it German.
    CHECK(language_of("Die Kasse zahlt die Behandlung.") == Language::german);
    // One umlaut or one German-looking word is no lean.
    CHECK(language_of("Sjögren syndrome causes dry eyes.") == Language::english);
    CHECK(language_of("Cancer cells die.") == Language::english);
    CHECK(language_of("Immuntherapie, Chemotherapie.", "de") == Language::german);
    CHECK(language_of("Immuntherapie, Chemotherapie.") == Language::english);
    // The declared language outweighs a lean of the text.
    CHECK(language_of("Die Kasse zahlt die Behandlung.", "en") == Language::english);
}
