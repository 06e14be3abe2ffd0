#pragma once

#include "analysis/analyzer.hpp"
#include "analysis/decompounder.hpp"
#include "analysis/synonyms.hpp"
#include "analysis/translations.hpp"

namespace healthsearch::search {

// Where the expansions of a query come from. A null source adds nothing. The sources are
// read-only tables, shared by every query and thread.
struct ExpansionSources {
    // Medical concepts: a word or words of the query that name a concept also search its other
    // terms (other language, lay or technical).
    const analysis::SynonymTable* concepts = nullptr;
    // General German synonyms (OpenThesaurus), for words that name no concept.
    const analysis::TranslationTable* thesaurus = nullptr;
    // General-dictionary translations (FreeDict), for words that name no concept.
    const analysis::TranslationTable* english_to_german = nullptr;
    const analysis::TranslationTable* german_to_english = nullptr;

    // The tables compiled into the library: concepts and the thesaurus with `synonyms`, the
    // dictionaries with `translations`.
    static ExpansionSources builtin(const analysis::Analyzer& analyzer, bool synonyms, bool translations) {
        ExpansionSources sources;
        if (synonyms) {
            sources.concepts = &analysis::SynonymTable::builtin(analyzer);
            sources.thesaurus = &analysis::TranslationTable::german_synonyms();
        }
        if (translations) {
            sources.english_to_german = &analysis::TranslationTable::english_to_german();
            sources.german_to_english = &analysis::TranslationTable::german_to_english();
        }
        return sources;
    }
};

// The word lists that tell a word as it stands from one typed without its umlauts (Ubelkeit):
// not expansions, so they apply whatever the sources are.
struct KnownWords {
    const analysis::Decompounder* german = &analysis::Decompounder::builtin();
    const analysis::TranslationTable* english = &analysis::TranslationTable::english_to_german();
};

}  // namespace healthsearch::search
