#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace healthsearch::analysis {

// Related words for a word: general-purpose translations (FreeDict, built by
// tools/make_translation_table.cpp) or German synonyms (OpenThesaurus, built by
// tools/make_thesaurus_table.cpp). "word\tother other" lines, sorted, folded, looked up without
// an index.
class TranslationTable {
public:
    explicit TranslationTable(std::string_view table) : table_(table) {}

    static const TranslationTable& english_to_german();
    static const TranslationTable& german_to_english();
    static const TranslationTable& german_synonyms();

    // The few related words of a folded word, most likely first; empty when unknown.
    std::vector<std::string> translate(std::string_view folded) const;

private:
    std::string_view table_;
};

}  // namespace healthsearch::analysis
