#include "search/snippet.hpp"

#include "analysis/decompounder.hpp"
#include "index/schema.hpp"

#include <algorithm>
#include <cstdint>
#include <set>

#include <unicode/utf8.h>

namespace healthsearch::search {

namespace {

// Byte offset in `original` of every byte offset of its folded form (plus the end), so that a
// compound part found in the folded word can be marked in the text as written.
std::vector<std::size_t> folded_to_original(std::string_view original, const analysis::Analyzer& analyzer) {
    std::vector<std::size_t> map;
    const auto* bytes = reinterpret_cast<const uint8_t*>(original.data());
    const auto length = static_cast<int32_t>(original.size());
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        const std::string folded = analyzer.fold(original.substr(static_cast<std::size_t>(start),
                                                                 static_cast<std::size_t>(i - start)));
        map.insert(map.end(), folded.size(), static_cast<std::size_t>(start));
    }
    map.push_back(original.size());
    return map;
}

// The first two bytes of every word the query can mark. Stemming only changes a word's ending
// (Snowball's english and german2, and our umlaut marking, keep its first two bytes; the
// analysis tests check this), so a word that starts differently matches no stem and is
// neither stemmed nor looked up. Most of a passage's words are ruled out here. English has
// three exceptions, dying, lying and tying (die, lie, tie): an "i" second also admits a "y".
class LeadingBytes {
public:
    explicit LeadingBytes(const HighlightTerms& terms) {
        static_assert(index::schema::kPrefixStem.size() == index::schema::kPrefixPart.size());
        for (const std::string& term : terms.stems) add(std::string_view(term).substr(index::schema::kPrefixStem.size()));
        for (const std::string& word : terms.exact) add(word);
    }

    bool may_match(std::string_view folded) const {
        if (folded.empty()) return false;
        if (std::find(singles_.begin(), singles_.end(), folded[0]) != singles_.end()) return true;
        return folded.size() >= 2 && std::find(pairs_.begin(), pairs_.end(), pair(folded)) != pairs_.end();
    }

private:
    static std::uint16_t pair(std::string_view text) {
        return static_cast<std::uint16_t>(static_cast<unsigned char>(text[0]) << 8 | static_cast<unsigned char>(text[1]));
    }
    void add(std::string_view text) {
        if (text.empty()) return;
        if (text.size() == 1) {
            singles_.push_back(text[0]);
            return;
        }
        pairs_.push_back(pair(text));
        if (text[1] == 'i') pairs_.push_back(pair(std::string{text[0], 'y'}));
    }

    std::vector<char> singles_;
    std::vector<std::uint16_t> pairs_;
};

struct Mark {
    std::size_t word = 0;  // index into the passage's words
    std::size_t begin = 0;  // bytes in the passage
    std::size_t end = 0;
    std::string key;  // which query term it matched
};

struct Window {
    std::size_t first_word = 0;
    std::size_t end_word = 0;  // one past the last word
    std::size_t begin_byte = 0;
    std::size_t end_byte = 0;
};

// What to mark: whole words matched by stem or exact form, else parts of German compounds.
std::vector<Mark> find_marks(std::string_view text, const std::vector<analysis::AnalyzedWord>& words,
                             analysis::Language language, const HighlightTerms& terms,
                             const analysis::Analyzer& analyzer) {
    const LeadingBytes leading_bytes(terms);
    std::vector<Mark> marks;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const analysis::AnalyzedWord& word = words[i];
        if (leading_bytes.may_match(word.folded)) {
            if (terms.exact.contains(word.folded)) {
                marks.push_back({i, word.begin, word.end, word.folded});
                continue;
            }
            std::string stem = index::schema::stem_term(analyzer.stem(word.folded, language));
            if (terms.stems.contains(stem)) {
                marks.push_back({i, word.begin, word.end, std::move(stem)});
                continue;
            }
        }
        if (language != analysis::Language::german || !analysis::Decompounder::may_split(word.folded)) continue;
        const auto& parts = analyzer.compound_parts(word.folded);
        if (parts.empty()) continue;
        std::vector<std::size_t> offsets;
        for (const analysis::ByteRange& part : parts) {
            const std::string part_stem = analyzer.stem(word.folded.substr(part.begin, part.end - part.begin), language);
            std::string key = index::schema::stem_term(part_stem);
            if (!terms.stems.contains(key)) key = index::schema::part_term(part_stem);
            if (!terms.stems.contains(key)) continue;
            if (offsets.empty()) offsets = folded_to_original(text.substr(word.begin, word.end - word.begin), analyzer);
            marks.push_back({i, word.begin + offsets[part.begin], word.begin + offsets[part.end], std::move(key)});
        }
    }
    return marks;
}

// The sentences from `first` on while they fit in max_words; one longer sentence is cut at a word.
Window window_from(std::size_t first, const std::vector<std::size_t>& sentence_first_word,
                   const std::vector<analysis::ByteRange>& sentences,
                   const std::vector<analysis::AnalyzedWord>& words, std::size_t max_words) {
    Window window{sentence_first_word[first], sentence_first_word[first], sentences[first].begin,
                  sentences[first].begin};
    for (std::size_t e = first; e < sentences.size(); ++e) {
        const std::size_t end_word = e + 1 < sentences.size() ? sentence_first_word[e + 1] : words.size();
        if (end_word - window.first_word > max_words) {
            if (e == first) {
                window.end_word = window.first_word + max_words;
                window.end_byte = words[window.end_word - 1].end;
            }
            break;
        }
        window.end_word = end_word;
        window.end_byte = sentences[e].end;
    }
    return window;
}

// Distinct marked terms first, then marks: a window with every query word beats one repeating one.
long window_score(const Window& window, const std::vector<Mark>& marks) {
    std::set<std::string_view> distinct;
    long hits = 0;
    for (const Mark& mark : marks) {
        if (mark.word < window.first_word || mark.word >= window.end_word) continue;
        distinct.insert(mark.key);
        ++hits;
    }
    return static_cast<long>(distinct.size()) * 100 + hits;
}

// The best window of whole sentences that starts at a sentence start, or the whole passage.
Window best_window(std::string_view text, const std::vector<analysis::AnalyzedWord>& words,
                   const std::vector<analysis::ByteRange>& sentences, const std::vector<Mark>& marks,
                   std::size_t max_words) {
    Window best{0, words.size(), 0, text.size()};
    if (words.size() <= max_words) return best;
    std::vector<std::size_t> sentence_first_word;  // index of each sentence's first word
    std::size_t w = 0;
    for (const auto& sentence : sentences) {
        while (w < words.size() && words[w].begin < sentence.begin) ++w;
        sentence_first_word.push_back(w);
    }
    long best_score = -1;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        const Window window = window_from(s, sentence_first_word, sentences, words, max_words);
        if (window.end_word == window.first_word) continue;
        const long score = window_score(window, marks);
        if (score > best_score) {
            best_score = score;
            best = window;
        }
    }
    return best;
}

}  // namespace

Snippet make_snippet(std::string_view text, const std::vector<analysis::ByteRange>& word_ranges,
                     const std::vector<analysis::ByteRange>& sentences, analysis::Language language,
                     const HighlightTerms& terms, const analysis::Analyzer& analyzer, std::size_t max_words) {
    std::vector<analysis::AnalyzedWord> words;
    words.reserve(word_ranges.size());
    for (const analysis::ByteRange& range : word_ranges) {
        words.push_back({range.begin, range.end, analyzer.fold(text.substr(range.begin, range.end - range.begin))});
    }
    const std::vector<Mark> marks = find_marks(text, words, language, terms, analyzer);
    Window best = best_window(text, words, sentences, marks, max_words);
    // Trim white space so the text starts and ends on a character people read.
    while (best.end_byte > best.begin_byte &&
           (text[best.end_byte - 1] == ' ' || text[best.end_byte - 1] == '\n')) {
        --best.end_byte;
    }

    Snippet snippet;
    snippet.text = std::string(text.substr(best.begin_byte, best.end_byte - best.begin_byte));
    snippet.starts_mid_passage = best.begin_byte > 0;
    snippet.ends_mid_passage = best.end_word < words.size();
    for (const Mark& mark : marks) {
        if (mark.word < best.first_word || mark.word >= best.end_word) continue;
        snippet.highlights.push_back({mark.begin - best.begin_byte, mark.end - best.begin_byte});
    }
    return snippet;
}

}  // namespace healthsearch::search
