#include "search/phrase_filter.hpp"

#include <algorithm>

namespace healthsearch::search {

bool PhraseFilter::accepts(const index::StoredPassage& passage, const analysis::Analyzer& analyzer) const {
    if (empty()) return true;
    std::vector<std::string> words;
    words.reserve(passage.words.size());
    const std::string_view text(passage.text);
    for (const analysis::ByteRange& word : passage.words) {
        words.push_back(analyzer.fold(text.substr(word.begin, word.end - word.begin)));
    }
    const auto holds = [&](const Phrase& phrase) {
        return std::search(words.begin(), words.end(), phrase.begin(), phrase.end()) != words.end();
    };
    return std::all_of(required_.begin(), required_.end(), holds) &&
           std::none_of(excluded_.begin(), excluded_.end(), holds);
}

}  // namespace healthsearch::search
