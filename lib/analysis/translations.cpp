#include "analysis/translations.hpp"

#include "analysis/sorted_lines.hpp"

extern "C" const char healthsearch_translations_eng_deu[];
extern "C" const char healthsearch_translations_eng_deu_end[];
extern "C" const char healthsearch_translations_deu_eng[];
extern "C" const char healthsearch_translations_deu_eng_end[];
extern "C" const char healthsearch_thesaurus_deu[];
extern "C" const char healthsearch_thesaurus_deu_end[];

namespace healthsearch::analysis {

const TranslationTable& TranslationTable::english_to_german() {
    static const TranslationTable table(std::string_view(
        healthsearch_translations_eng_deu,
        static_cast<std::size_t>(healthsearch_translations_eng_deu_end - healthsearch_translations_eng_deu)));
    return table;
}

const TranslationTable& TranslationTable::german_to_english() {
    static const TranslationTable table(std::string_view(
        healthsearch_translations_deu_eng,
        static_cast<std::size_t>(healthsearch_translations_deu_eng_end - healthsearch_translations_deu_eng)));
    return table;
}

const TranslationTable& TranslationTable::german_synonyms() {
    static const TranslationTable table(std::string_view(
        healthsearch_thesaurus_deu, static_cast<std::size_t>(healthsearch_thesaurus_deu_end - healthsearch_thesaurus_deu)));
    return table;
}

std::vector<std::string> TranslationTable::translate(std::string_view folded) const {
    const std::string_view line = find_sorted_line(table_, folded, '\t');
    const std::size_t tab = line.find('\t');
    std::vector<std::string> translations;
    if (tab == std::string_view::npos) return translations;
    std::string_view rest = line.substr(tab + 1);
    while (!rest.empty()) {
        const std::size_t space = rest.find(' ');
        translations.emplace_back(rest.substr(0, space));
        if (space == std::string_view::npos) break;
        rest.remove_prefix(space + 1);
    }
    return translations;
}

}  // namespace healthsearch::analysis
