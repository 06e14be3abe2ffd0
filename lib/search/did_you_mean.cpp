#include "search/did_you_mean.hpp"

#include <algorithm>

namespace healthsearch::search {

std::vector<Correction> find_corrections(std::string_view query, const std::vector<std::string>& unknown_words,
                                         const Xapian::Database& database, const analysis::Analyzer& analyzer) {
    std::vector<Correction> corrections;
    if (unknown_words.empty()) return corrections;
    for (const analysis::AnalyzedWord& word : analyzer.words(query)) {
        if (std::find(unknown_words.begin(), unknown_words.end(), word.folded) == unknown_words.end()) continue;
        const std::string typed(query.substr(word.begin, word.end - word.begin));
        std::string suggestion = database.get_spelling_suggestion(analyzer.lower(typed));
        if (suggestion.empty()) suggestion = database.get_spelling_suggestion(word.folded);
        if (suggestion.empty()) continue;
        if (typed != analyzer.lower(typed)) suggestion = analysis::Analyzer::capitalised(suggestion);
        const bool seen = std::any_of(corrections.begin(), corrections.end(), [&](const Correction& c) {
            return c.word == typed && c.suggestion == suggestion;
        });
        if (!seen) corrections.push_back({typed, suggestion, {word.begin, word.end}});
    }
    return corrections;
}

}  // namespace healthsearch::search
