#include "analysis/synonyms.hpp"

#include <fmt/format.h>
#include <xxhash.h>

extern "C" const char healthsearch_medical_synonyms[];
extern "C" const char healthsearch_medical_synonyms_end[];

namespace healthsearch::analysis {

namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
    return text;
}

}  // namespace

SynonymTable::SynonymTable(std::string_view list, const Analyzer& analyzer) {
    while (!list.empty()) {
        const std::size_t end = list.find('\n');
        const std::string_view line = trim(list.substr(0, end));
        list.remove_prefix(end == std::string_view::npos ? list.size() : end + 1);
        if (line.empty() || line.front() == '#') continue;

        std::vector<Term> group;
        std::string_view rest = line;
        while (!rest.empty()) {
            const std::size_t bar = rest.find('|');
            std::string_view entry = trim(rest.substr(0, bar));
            rest.remove_prefix(bar == std::string_view::npos ? rest.size() : bar + 1);
            if (entry.size() > 3 && entry[2] == ':') entry.remove_prefix(3);  // "de:" / "en:"
            Term term{{}, std::string(entry)};
            for (const AnalyzedWord& word : analyzer.words(entry)) term.words.push_back(word.folded);
            if (!term.words.empty()) group.push_back(std::move(term));
        }
        if (group.size() < 2) continue;
        const std::size_t g = groups_.size();
        for (std::size_t t = 0; t < group.size(); ++t) by_first_word_[group[t].words.front()].emplace_back(g, t);
        groups_.push_back(std::move(group));
    }
}

const SynonymTable& SynonymTable::builtin(const Analyzer& analyzer) {
    static const SynonymTable table(
        std::string_view(healthsearch_medical_synonyms,
                         static_cast<std::size_t>(healthsearch_medical_synonyms_end - healthsearch_medical_synonyms)),
        analyzer);
    return table;
}

std::string SynonymTable::builtin_hash() {
    const XXH64_hash_t hash = XXH3_64bits(
        healthsearch_medical_synonyms,
        static_cast<std::size_t>(healthsearch_medical_synonyms_end - healthsearch_medical_synonyms));
    return fmt::format("{:016x}", hash);
}

std::vector<const SynonymTable::Term*> SynonymTable::multi_word_terms_at(const std::vector<std::string>& words,
                                                                         std::size_t start) const {
    std::vector<const Term*> found;
    const auto candidates = by_first_word_.find(words[start]);
    if (candidates == by_first_word_.end()) return found;
    for (const auto& [g, t] : candidates->second) {
        const Term& term = groups_[g][t];
        if (term.words.size() < 2 || start + term.words.size() > words.size()) continue;
        if (std::equal(term.words.begin(), term.words.end(), words.begin() + static_cast<std::ptrdiff_t>(start))) {
            found.push_back(&term);
        }
    }
    return found;
}

SynonymTable::Match SynonymTable::longest_match(const std::vector<std::string>& words, std::size_t start) const {
    Match best;
    const auto candidates = by_first_word_.find(words[start]);
    if (candidates == by_first_word_.end()) return best;
    for (const auto& [g, t] : candidates->second) {
        const Term& term = groups_[g][t];
        if (term.words.size() <= best.length || start + term.words.size() > words.size()) continue;
        if (!std::equal(term.words.begin(), term.words.end(), words.begin() + static_cast<std::ptrdiff_t>(start))) continue;
        best.length = term.words.size();
        best.others.clear();
        for (std::size_t other = 0; other < groups_[g].size(); ++other) {
            if (other != t) best.others.push_back(&groups_[g][other]);
        }
    }
    return best;
}

}  // namespace healthsearch::analysis
