#include "search/query_plan.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace healthsearch::search {

namespace {

std::string terms_text(const std::vector<std::string>& terms) {
    return terms.empty() ? "(none)" : fmt::format("{}", fmt::join(terms, "|"));
}

std::string word_text(const WordPlan& word) {
    std::string text = fmt::format("{} = {}", word.word, terms_text(word.terms));
    if (!word.inside_compounds.empty()) text += fmt::format(", inside compounds {}", word.inside_compounds);
    if (!word.parts.empty()) {
        std::vector<std::string> parts;
        for (const auto& part : word.parts) parts.push_back(terms_text(part));
        text += fmt::format(", parts {}", fmt::join(parts, " + "));
    }
    return text;
}

std::string all_words_text(const AllWordsPlan& plan) {
    std::vector<std::string> words;
    for (const auto& word : plan.words) words.push_back(terms_text(word));
    return fmt::format("all of {}", fmt::join(words, " + "));
}

std::string concept_text(const ConceptExpansion& expansion) {
    std::string text = expansion.typed ? "concept (typed)" : "concept";
    if (const auto* word = std::get_if<WordPlan>(&expansion.term)) return text + ": " + word_text(*word);
    const auto& term = std::get<ConceptTermPlan>(expansion.term);
    if (!term.in_index) return fmt::format("{}: {} (not in the index)", text, term.recorded);
    if (term.words.words.empty()) return fmt::format("{}: {}", text, term.recorded);
    return fmt::format("{}: {}, {}", text, term.recorded, all_words_text(term.words));
}

std::string phrase_text(const Phrase& phrase) { return fmt::format("\"{}\"", fmt::join(phrase, " ")); }

}  // namespace

std::string describe(const QueryPlan& plan) {
    std::vector<std::string> lines;
    for (const WeightedWord& word : plan.should) {
        lines.push_back(word.weight == 1.0 ? fmt::format("word: {}", word_text(word.word))
                                           : fmt::format("word x{}: {}", word.weight, word_text(word.word)));
    }
    for (const auto& item : plan.must) {
        if (const auto* word = std::get_if<WordPlan>(&item)) {
            lines.push_back("required: " + word_text(*word));
        } else {
            lines.push_back("required: " + all_words_text(std::get<AllWordsPlan>(item)));
        }
    }
    for (const WordPlan& word : plan.must_not) lines.push_back("excluded: " + word_text(word));
    for (const ConceptExpansion& expansion : plan.concepts) lines.push_back(concept_text(expansion));
    for (const WordPlan& word : plan.related) lines.push_back("synonym: " + word_text(word));
    for (const WordPlan& word : plan.translations) lines.push_back("translation: " + word_text(word));
    for (const Phrase& phrase : plan.required_phrases) lines.push_back("phrase: " + phrase_text(phrase));
    for (const Phrase& phrase : plan.excluded_phrases) lines.push_back("excluded phrase: " + phrase_text(phrase));
    if (!plan.defined_subject.empty()) {
        std::vector<std::string> words;
        for (std::size_t index : plan.defined_subject) words.push_back(plan.should[index].word.word);
        lines.push_back(fmt::format("defines: {}", fmt::join(words, " ")));
    }
    if (!plan.unknown_words.empty()) lines.push_back(fmt::format("unknown: {}", fmt::join(plan.unknown_words, ", ")));
    if (plan.language_filter != analysis::Language::unknown) {
        lines.push_back(fmt::format("language: {}", analysis::language_code(plan.language_filter)));
    }
    return fmt::format("{}", fmt::join(lines, "\n"));
}

}  // namespace healthsearch::search
