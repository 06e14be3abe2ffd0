#include "analysis/translations.hpp"

extern "C" const char healthsearch_translations_eng_deu[];
extern "C" const char healthsearch_translations_eng_deu_end[];
extern "C" const char healthsearch_translations_deu_eng[];
extern "C" const char healthsearch_translations_deu_eng_end[];

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

std::vector<std::string> TranslationTable::translate(std::string_view folded) const {
    // Binary search over the sorted lines; a line's key ends at its tab.
    std::size_t low = 0, high = table_.size();
    while (low < high) {
        std::size_t start = low + (high - low) / 2;
        while (start > low && table_[start - 1] != '\n') --start;
        std::size_t end = table_.find('\n', start);
        if (end == std::string_view::npos || end > high) end = high;
        const std::string_view line = table_.substr(start, end - start);
        const std::size_t tab = line.find('\t');
        const std::string_view key = line.substr(0, tab);
        if (key == folded && tab != std::string_view::npos) {
            std::vector<std::string> translations;
            std::string_view rest = line.substr(tab + 1);
            while (!rest.empty()) {
                const std::size_t space = rest.find(' ');
                translations.emplace_back(rest.substr(0, space));
                if (space == std::string_view::npos) break;
                rest.remove_prefix(space + 1);
            }
            return translations;
        }
        if (key < folded) {
            low = end + 1;
        } else {
            high = start;
        }
    }
    return {};
}

}  // namespace healthsearch::analysis
