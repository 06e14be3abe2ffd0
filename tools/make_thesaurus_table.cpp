// Builds the German thesaurus table compiled into the library, from OpenThesaurus as packaged in
// Debian (openthesaurus-de-text).
//
//   make_thesaurus_table OUT OPENTHESAURUS_TXT
//
// OUT has the format of the translation tables: one line per word, sorted, "word\tsynonym
// synonym", all in the folded spelling the analyzer uses. Single words only, at most
// kMostSynonyms per word, taken from the word's most specific synsets (those with the fewest
// entries) first; synsets with more than kLargestSynset entries are too loose to use.

#include "analysis/normalizer.hpp"
#include "word_table.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace {

constexpr std::size_t kMostSynonyms = 3;
constexpr std::size_t kLargestSynset = 12;
constexpr std::size_t kShortestWord = 3;


}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: make_thesaurus_table OUT OPENTHESAURUS_TXT\n";
        return 2;
    }
    std::ifstream in(argv[2]);
    if (!in) {
        std::cerr << "make_thesaurus_table: cannot read " << argv[2] << "\n";
        return 1;
    }
    const healthsearch::analysis::Normalizer normalizer;
    // word -> (synset size, synset number, synonym)
    std::map<std::string, std::vector<std::tuple<std::size_t, std::size_t, std::string>>> candidates;
    std::size_t synset = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line.front() == '#') continue;
        ++synset;
        std::vector<std::string> words;
        std::size_t entries = 0;
        for (std::size_t start = 0; start <= line.size();) {
            std::size_t end = line.find(';', start);
            if (end == std::string::npos) end = line.size();
            // "Gerichtsverfahren (Hauptform)" -> "Gerichtsverfahren".
            const std::string entry = healthsearch::tools::trimmed(
                healthsearch::tools::without_remarks(line.substr(start, end - start), "(", ")"));
            start = end + 1;
            if (entry.empty()) continue;
            ++entries;
            // Phrases and fragments ("Konzessions...") are not words a query would hold.
            if (entry.find(' ') != std::string::npos || entry.find("...") != std::string::npos) continue;
            const std::string folded = normalizer.fold(entry);
            if (healthsearch::tools::is_plain_word(folded, kShortestWord) &&
                std::find(words.begin(), words.end(), folded) == words.end()) {
                words.push_back(folded);
            }
        }
        if (words.size() < 2 || entries > kLargestSynset) continue;
        for (const std::string& word : words) {
            for (const std::string& other : words) {
                if (other != word) candidates[word].emplace_back(entries, synset, other);
            }
        }
    }
    std::map<std::string, std::vector<std::string>> table;
    for (auto& [word, synonyms] : candidates) {
        std::stable_sort(synonyms.begin(), synonyms.end());
        std::vector<std::string>& chosen = table[word];
        for (const auto& [size, number, synonym] : synonyms) {
            if (chosen.size() == kMostSynonyms) break;
            if (std::find(chosen.begin(), chosen.end(), synonym) == chosen.end()) chosen.push_back(synonym);
        }
    }
    bool ok = false;
    const std::size_t words = healthsearch::tools::write_word_table(argv[1], table, ok);
    std::cerr << "make_thesaurus_table: " << words << " words\n";
    return ok ? 0 : 1;
}
