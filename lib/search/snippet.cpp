#include "search/snippet.hpp"

#include "index/schema.hpp"

#include <set>

namespace healthsearch::search {

namespace {

struct Window {
    std::size_t first_word = 0;
    std::size_t end_word = 0;  // one past the last word
    std::size_t begin_byte = 0;
    std::size_t end_byte = 0;
};

}  // namespace

Snippet make_snippet(std::string_view text, analysis::Language language, const HighlightTerms& terms,
                     const analysis::Analyzer& analyzer, std::size_t max_words) {
    const auto words = analyzer.words(text);
    // The matched term (a key identifying it) for each word, or empty.
    std::vector<std::string> match(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (terms.exact.contains(words[i].folded)) {
            match[i] = words[i].folded;
            continue;
        }
        std::string stem = index::schema::stem_term(analyzer.stem(words[i].folded, language));
        if (terms.stems.contains(stem)) match[i] = std::move(stem);
    }

    Window best{0, words.size(), 0, text.size()};
    if (words.size() > max_words) {
        // Candidate windows start at sentence starts and take whole sentences while they fit.
        const auto sentences = analyzer.sentences(text);
        std::vector<std::size_t> sentence_first_word;  // index of each sentence's first word
        std::size_t w = 0;
        for (const auto& sentence : sentences) {
            while (w < words.size() && words[w].begin < sentence.begin) ++w;
            sentence_first_word.push_back(w);
        }
        long best_score = -1;
        for (std::size_t s = 0; s < sentences.size(); ++s) {
            Window window{sentence_first_word[s], sentence_first_word[s], sentences[s].begin,
                          sentences[s].begin};
            for (std::size_t e = s; e < sentences.size(); ++e) {
                const std::size_t end_word = e + 1 < sentences.size() ? sentence_first_word[e + 1] : words.size();
                if (end_word - window.first_word > max_words) {
                    if (e == s) {  // one long sentence: cut it at a word boundary
                        window.end_word = window.first_word + max_words;
                        window.end_byte = words[window.end_word - 1].end;
                    }
                    break;
                }
                window.end_word = end_word;
                window.end_byte = sentences[e].end;
            }
            if (window.end_word == window.first_word) continue;
            std::set<std::string_view> distinct;
            long hits = 0;
            for (std::size_t i = window.first_word; i < window.end_word; ++i) {
                if (match[i].empty()) continue;
                distinct.insert(match[i]);
                ++hits;
            }
            const long score = static_cast<long>(distinct.size()) * 100 + hits;
            if (score > best_score) {
                best_score = score;
                best = window;
            }
        }
    }
    // Trim white space so the text starts and ends on a character people read.
    while (best.end_byte > best.begin_byte &&
           (text[best.end_byte - 1] == ' ' || text[best.end_byte - 1] == '\n')) {
        --best.end_byte;
    }

    Snippet snippet;
    snippet.text = std::string(text.substr(best.begin_byte, best.end_byte - best.begin_byte));
    snippet.starts_mid_passage = best.begin_byte > 0;
    snippet.ends_mid_passage = best.end_word < words.size();
    for (std::size_t i = best.first_word; i < best.end_word; ++i) {
        if (match[i].empty()) continue;
        snippet.highlights.push_back({words[i].begin - best.begin_byte, words[i].end - best.begin_byte});
    }
    return snippet;
}

}  // namespace healthsearch::search
