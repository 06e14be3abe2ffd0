#include "search/phrase_filter.hpp"

#include <algorithm>

namespace healthsearch::search {

bool PhraseFilter::accepts(const index::StoredPassage& passage, const analysis::Analyzer& analyzer) const {
    if (empty()) return true;
    // The body from its stored word boundaries; title and headings (indexed with every passage)
    // are analysed only when the body does not settle it.
    std::vector<std::vector<std::string>> texts(1);
    const std::string_view body(passage.text);
    texts[0].reserve(passage.words.size());
    for (const analysis::ByteRange& word : passage.words) {
        texts[0].push_back(analyzer.fold(body.substr(word.begin, word.end - word.begin)));
    }
    const auto add_text = [&](const std::string& text) {
        std::vector<std::string>& words = texts.emplace_back();
        for (const analysis::AnalyzedWord& word : analyzer.words(text)) words.push_back(word.folded);
    };
    bool titles_added = false;
    const auto holds = [&](const Phrase& phrase) {
        const auto in = [&](const std::vector<std::string>& words) {
            return std::search(words.begin(), words.end(), phrase.begin(), phrase.end()) != words.end();
        };
        if (in(texts[0])) return true;
        if (!titles_added) {
            add_text(passage.title);
            for (const std::string& heading : passage.heading_path) add_text(heading);
            titles_added = true;
        }
        return std::any_of(texts.begin() + 1, texts.end(), in);
    };
    return std::all_of(required_.begin(), required_.end(), holds) &&
           std::none_of(excluded_.begin(), excluded_.end(), holds);
}

}  // namespace healthsearch::search
