// Builds the German compound dictionary compiled into the library, from word lists packaged in
// Debian (wngerman, wgerman-medical) and the project's own list of further nouns
// (lib/analysis/data/german-extra-nouns.txt). Lines starting with # are comments.
//
//   make_compound_dictionary OUT WORDLIST...
//
// OUT holds two sorted, newline-separated sections in the folded spelling the analyzer uses:
// nouns (capitalised entries: the parts a compound may be made of) and, after a line "%", the
// other words (a word listed only there, like "beinhaltet", is never split).

#include "analysis/normalizer.hpp"
#include "word_table.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <set>
#include <string>

namespace {

bool is_plain(const std::string& folded) { return healthsearch::tools::is_plain_word(folded, 1); }

bool starts_upper(const std::string& word) {
    if (word.empty()) return false;
    const unsigned char c = static_cast<unsigned char>(word[0]);
    // A-Z, or the UTF-8 lead of Ä Ö Ü (C3 84, C3 96, C3 9C)
    return (c >= 'A' && c <= 'Z') ||
           (c == 0xC3 && word.size() > 1 &&
            (static_cast<unsigned char>(word[1]) == 0x84 || static_cast<unsigned char>(word[1]) == 0x96 ||
             static_cast<unsigned char>(word[1]) == 0x9C));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: make_compound_dictionary OUT WORDLIST...\n";
        return 2;
    }
    const healthsearch::analysis::Normalizer normalizer;
    std::set<std::string> nouns, others;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        std::ifstream in(arg);
        if (!in) {
            std::cerr << "make_compound_dictionary: cannot read " << arg << "\n";
            return 1;
        }
        for (std::string word; std::getline(in, word);) {
            if (word.starts_with('#')) continue;
            const std::string folded = normalizer.fold(word);
            if (!is_plain(folded)) continue;
            (starts_upper(word) ? nouns : others).insert(folded);
        }
    }
    std::ofstream out(argv[1], std::ios::trunc);
    out << '\n';
    for (const std::string& word : nouns) out << word << '\n';
    out << "%\n";
    for (const std::string& word : others) out << word << '\n';
    std::cerr << "make_compound_dictionary: " << nouns.size() << " nouns, " << others.size() << " other words\n";
    return out ? 0 : 1;
}
