#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace healthsearch::analysis {

// General-purpose word translations (FreeDict, built by tools/make_translation_table.cpp):
// "word\ttranslation translation" lines, sorted, folded, looked up without an index.
class TranslationTable {
public:
    explicit TranslationTable(std::string_view table) : table_(table) {}

    static const TranslationTable& english_to_german();
    static const TranslationTable& german_to_english();

    // Up to two translations of a folded word, most common sense first; empty when unknown.
    std::vector<std::string> translate(std::string_view folded) const;

private:
    std::string_view table_;
};

}  // namespace healthsearch::analysis
