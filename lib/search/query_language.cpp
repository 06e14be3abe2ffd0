#include "search/query_language.hpp"

namespace healthsearch::search {

analysis::Language detect_query_language(std::string_view query, const analysis::Analyzer& analyzer,
                                         const KnownWords& known_words) {
    const std::vector<analysis::AnalyzedWord> words = analyzer.words(query);
    analysis::Analyzer::LanguageEvidence evidence = analyzer.language_evidence(query, words);
    for (const analysis::AnalyzedWord& word : words) {
        if (analyzer.is_stopword(word.folded, analysis::Language::unknown)) continue;
        const bool german = known_words.german->is_noun(word.folded) || known_words.german->is_other_word(word.folded);
        const bool english = !known_words.english->translate(word.folded).empty();
        if (german && !english) ++evidence.german;
        if (english && !german) ++evidence.english;
    }
    // One word of evidence ahead decides: a query of one word is all there is to go by.
    if (evidence.german > evidence.english) return analysis::Language::german;
    if (evidence.english > evidence.german) return analysis::Language::english;
    return analysis::Language::unknown;
}

}  // namespace healthsearch::search
