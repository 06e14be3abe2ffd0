#include "search/query_language.hpp"

namespace healthsearch::search {

analysis::Language detect_query_language(std::string_view query, const std::vector<std::string>& searched,
                                         const analysis::Analyzer& analyzer, const KnownWords& known_words) {
    analysis::Analyzer::LanguageEvidence evidence = analyzer.language_evidence(query, analyzer.words(query));
    for (const std::string& word : searched) {
        if (analyzer.is_stopword(word, analysis::Language::unknown)) continue;
        const bool german = known_words.german->is_noun(word) || known_words.german->is_other_word(word);
        const bool english = !known_words.english->translate(word).empty();
        if (german && !english) ++evidence.german;
        if (english && !german) ++evidence.english;
    }
    // One word of evidence ahead decides: a query of one word is all there is to go by.
    if (evidence.german > evidence.english) return analysis::Language::german;
    if (evidence.english > evidence.german) return analysis::Language::english;
    return analysis::Language::unknown;
}

}  // namespace healthsearch::search
