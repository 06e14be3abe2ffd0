#include "passage/segmenter.hpp"

namespace healthsearch::passage {

namespace {

using analysis::Analyzer;
using analysis::Language;

// A piece of text that is never split further: a paragraph, or a run of its sentences.
struct Unit {
    std::string text;
    std::size_t words = 0;
    bool continues_paragraph = false;  // a later piece of the same long paragraph
};

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
    return text;
}

std::vector<Unit> units_of(const std::string& paragraph, const Analyzer& analyzer,
                           const SegmenterOptions& options) {
    const std::size_t words = analyzer.words(paragraph).size();
    if (words <= options.max_words) return {{paragraph, words, false}};

    std::vector<Unit> units;
    Unit current;
    for (const analysis::ByteRange& sentence : analyzer.sentences(paragraph)) {
        const std::string_view text =
            std::string_view(paragraph).substr(sentence.begin, sentence.end - sentence.begin);
        const std::size_t sentence_words = analyzer.words(text).size();
        if (current.words > 0 && current.words + sentence_words > options.target_words) {
            units.push_back(std::move(current));
            current = Unit{{}, 0, true};
        }
        current.text += text;
        current.words += sentence_words;
    }
    if (current.words > 0) units.push_back(std::move(current));
    for (Unit& unit : units) unit.text = std::string(trim(unit.text));
    return units;
}

}  // namespace

std::vector<Passage> segment_article(const Article& article, const Analyzer& analyzer,
                                     const SegmenterOptions& options) {
    struct Draft {
        const Section* section;
        std::string text;
        std::size_t words;
    };
    std::vector<Draft> drafts;
    for (const Section& section : article.sections) {
        const std::size_t section_start = drafts.size();
        Draft current{&section, {}, 0};
        const auto flush = [&] {
            if (current.words == 0) return;
            drafts.push_back(std::move(current));
            current = Draft{&section, {}, 0};
        };
        for (const std::string& paragraph : section.paragraphs) {
            for (Unit& unit : units_of(paragraph, analyzer, options)) {
                const bool fits = current.words + unit.words <= options.target_words;
                if (current.words >= options.min_words && !fits) flush();
                if (!current.text.empty()) current.text += unit.continues_paragraph ? " " : "\n\n";
                current.text += unit.text;
                current.words += unit.words;
            }
        }
        // A short tail joins the passage before it when the two stay within the maximum.
        if (current.words > 0 && current.words < options.min_words && drafts.size() > section_start &&
            drafts.back().words + current.words <= options.max_words) {
            drafts.back().text += "\n\n" + current.text;
            drafts.back().words += current.words;
        } else {
            flush();
        }
    }

    std::vector<Passage> passages;
    passages.reserve(drafts.size());
    Analyzer::LanguageEvidence article_evidence;
    for (Draft& draft : drafts) {
        Passage passage;
        passage.ordinal = passages.size();
        passage.heading_path = draft.section->heading_path;
        passage.text = std::move(draft.text);
        passage.words = analyzer.words(passage.text);
        const auto evidence = analyzer.language_evidence(passage.text, passage.words);
        article_evidence += evidence;
        passage.language = evidence.decide();
        passages.push_back(std::move(passage));
    }
    Language fallback = article_evidence.decide();
    if (fallback == Language::unknown) fallback = analysis::language_from_code(article.language);
    if (fallback == Language::unknown) fallback = Language::english;
    for (Passage& passage : passages) {
        if (passage.language == Language::unknown) passage.language = fallback;
    }
    return passages;
}

}  // namespace healthsearch::passage
