#include "passage/segmenter.hpp"

namespace healthsearch::passage {

namespace {

using analysis::AnalyzedWord;
using analysis::Analyzer;
using analysis::Language;

// A piece of text that is never split further: a paragraph, or a run of its sentences, with
// its words (offsets relative to `text`). Every paragraph is analysed exactly once.
struct Unit {
    std::string text;
    std::vector<AnalyzedWord> words;
    bool continues_paragraph = false;  // a later piece of the same long paragraph
};

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The words of `all` that lie in [begin, end), re-based to `begin`.
std::vector<AnalyzedWord> words_between(const std::vector<AnalyzedWord>& all, std::size_t& next,
                                        std::size_t begin, std::size_t end) {
    std::vector<AnalyzedWord> out;
    while (next < all.size() && all[next].begin < end) {
        if (all[next].begin >= begin) {
            AnalyzedWord word = all[next];
            word.begin -= begin;
            word.end -= begin;
            out.push_back(std::move(word));
        }
        ++next;
    }
    return out;
}

std::vector<Unit> units_of(const std::string& paragraph, const Analyzer& analyzer,
                           const SegmenterOptions& options) {
    std::vector<AnalyzedWord> words = analyzer.words(paragraph);
    if (words.size() <= options.max_words) return {{paragraph, std::move(words), false}};

    // Group whole sentences into pieces of about the target size.
    std::vector<Unit> units;
    std::size_t piece_begin = 0, piece_end = 0, piece_words = 0, next_word = 0;
    const auto flush = [&] {
        while (piece_begin < piece_end && is_space(paragraph[piece_begin])) ++piece_begin;
        while (piece_end > piece_begin && is_space(paragraph[piece_end - 1])) --piece_end;
        if (piece_end > piece_begin) {
            units.push_back({paragraph.substr(piece_begin, piece_end - piece_begin),
                             words_between(words, next_word, piece_begin, piece_end), !units.empty()});
        }
        piece_begin = piece_end;
        piece_words = 0;
    };
    std::size_t word = 0;
    for (const analysis::ByteRange& sentence : analyzer.sentences(paragraph)) {
        std::size_t sentence_words = 0;
        while (word < words.size() && words[word].begin < sentence.end) {
            ++sentence_words;
            ++word;
        }
        if (piece_words > 0 && piece_words + sentence_words > options.target_words) flush();
        piece_end = sentence.end;
        piece_words += sentence_words;
    }
    piece_end = paragraph.size();
    flush();
    return units;
}

// Appends `unit` to `text`/`words`, shifting the unit's word offsets past the separator.
void append(std::string& text, std::vector<AnalyzedWord>& words, Unit&& unit) {
    if (!text.empty()) text += unit.continues_paragraph ? " " : "\n\n";
    const std::size_t shift = text.size();
    text += unit.text;
    for (AnalyzedWord& word : unit.words) {
        word.begin += shift;
        word.end += shift;
        words.push_back(std::move(word));
    }
}

}  // namespace

std::vector<Passage> segment_article(const Article& article, const Analyzer& analyzer,
                                     const SegmenterOptions& options) {
    std::vector<Passage> passages;
    for (const Section& section : article.sections) {
        const std::size_t section_start = passages.size();
        Passage current;
        const auto flush = [&] {
            if (current.words.empty()) return;
            current.heading_path = section.heading_path;
            passages.push_back(std::move(current));
            current = Passage{};
        };
        for (const std::string& paragraph : section.paragraphs) {
            for (Unit& unit : units_of(paragraph, analyzer, options)) {
                const bool fits = current.words.size() + unit.words.size() <= options.target_words;
                if (current.words.size() >= options.min_words && !fits) flush();
                append(current.text, current.words, std::move(unit));
            }
        }
        // A short tail joins the passage before it when the two stay within the maximum.
        if (!current.words.empty() && current.words.size() < options.min_words &&
            passages.size() > section_start &&
            passages.back().words.size() + current.words.size() <= options.max_words) {
            append(passages.back().text, passages.back().words, Unit{std::move(current.text), std::move(current.words), false});
        } else {
            flush();
        }
    }

    Analyzer::LanguageEvidence article_evidence;
    for (std::size_t i = 0; i < passages.size(); ++i) {
        Passage& passage = passages[i];
        passage.ordinal = i;
        const auto evidence = analyzer.language_evidence(passage.text, passage.words);
        article_evidence += evidence;
        passage.language = evidence.decide();
    }
    Language fallback = article_evidence.decide();
    if (fallback == Language::unknown) fallback = analysis::language_from_code(article.language);
    if (fallback == Language::unknown) fallback = article_evidence.lean();
    if (fallback == Language::unknown) fallback = Language::english;
    for (Passage& passage : passages) {
        if (passage.language == Language::unknown) passage.language = fallback;
    }
    return passages;
}

}  // namespace healthsearch::passage
