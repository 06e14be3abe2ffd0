#pragma once

#include "analysis/analyzer.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace healthsearch::analysis {

// Concept groups of German and English, lay and technical terms that mean the same
// (Herzinfarkt = Myokardinfarkt = heart attack). Terms are kept as folded word sequences, so a
// query matches them through the same analysis as everything else.
class SynonymTable {
public:
    struct Term {
        std::vector<std::string> words;  // folded
        std::string text;                // as written in the list
    };

    // Parses the list format of corpus/medical-synonyms.list ("de:Herzinfarkt | en:heart attack").
    SynonymTable(std::string_view list, const Analyzer& analyzer);

    // The table built from the list compiled into the library.
    static const SynonymTable& builtin(const Analyzer& analyzer);

    struct Match {
        std::size_t length = 0;       // query words covered
        std::vector<const Term*> others;  // the group's other terms
    };
    // The longest term that starts at `words[start]`, with the other terms of its group.
    Match longest_match(const std::vector<std::string>& words, std::size_t start) const;

    // Every term of more than one word that starts at `words[start]` ("heart attack", "Krebs der
    // Brust"). The index records these, since it keeps no positions to match them as phrases.
    std::vector<const Term*> multi_word_terms_at(const std::vector<std::string>& words, std::size_t start) const;

    // Hash of the compiled-in list: part of the analyzer fingerprint, since the index records
    // its multi-word terms.
    static std::string builtin_hash();

private:
    std::vector<std::vector<Term>> groups_;
    // first folded word -> (group, term) of every term starting with it
    std::unordered_map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> by_first_word_;
};

}  // namespace healthsearch::analysis
