// Builds the general-purpose translation table compiled into the library, from FreeDict's
// dictionaries packaged in Debian (dict-freedict-eng-deu, dict-freedict-deu-eng).
//
//   make_translation_table OUT INDEX DICT_DZ
//
// OUT: one line per source word, sorted, "word\ttranslation translation ...", all in the
// folded spelling the analyzer uses; single words only, at most kMostTranslations each, in the
// dictionary's order. The .dict.dz is dictzip, which plain gzip reading understands.

#include "analysis/normalizer.hpp"
#include "word_table.hpp"

#include <zlib.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr std::size_t kMostTranslations = 2;

std::size_t decode_base64_number(const std::string& text) {
    static const std::string digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::size_t value = 0;
    for (char c : text) value = value * 64 + digits.find(c);
    return value;
}

bool is_plain(const std::string& folded) { return healthsearch::tools::is_plain_word(folded, 2); }

// The translations on an entry's second line: "Krebsleiden <neut>, Krebs <masc> [ugs.]".
std::vector<std::string> translations_of(const std::string& entry) {
    std::vector<std::string> out;
    std::istringstream lines(entry);
    std::string headword, line;
    std::getline(lines, headword);
    // An entry that starts with a usage tag (" [Br.] Abiturjahrgang") is a special sense.
    if (!std::getline(lines, line) || line.starts_with(" [")) return out;
    // Without <gender>, [domain] and (remarks).
    std::istringstream items(healthsearch::tools::without_remarks(line, "<[(", ">])"));
    for (std::string item; std::getline(items, item, ',');) {
        item = healthsearch::tools::trimmed(std::move(item));
        if (!item.empty() && item.find(' ') == std::string::npos) out.push_back(item);
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: make_translation_table OUT INDEX DICT_DZ\n";
        return 2;
    }
    gzFile compressed = gzopen(argv[3], "rb");
    if (!compressed) {
        std::cerr << "make_translation_table: cannot read " << argv[3] << "\n";
        return 1;
    }
    std::string data;
    char buffer[1 << 16];
    for (int n; (n = gzread(compressed, buffer, sizeof buffer)) > 0;) data.append(buffer, static_cast<std::size_t>(n));
    gzclose(compressed);

    const healthsearch::analysis::Normalizer normalizer;
    // Entries for the word as written in lower case win over capitalised ones (cancer, not the
    // star sign Cancer).
    std::map<std::string, std::vector<std::string>> table, capitalised;
    std::ifstream index(argv[2]);
    for (std::string line; std::getline(index, line);) {
        std::istringstream fields(line);
        std::string word, offset, length;
        if (!std::getline(fields, word, '\t') || !std::getline(fields, offset, '\t') || !std::getline(fields, length)) continue;
        const std::string folded = normalizer.fold(word);
        if (!is_plain(folded)) continue;
        const std::size_t start = decode_base64_number(offset);
        const std::size_t size = decode_base64_number(length);
        if (start + size > data.size()) continue;
        const bool lower_case = std::all_of(word.begin(), word.end(), [](char c) { return c < 'A' || c > 'Z'; });
        auto& translations = (lower_case ? table : capitalised)[folded];
        for (const std::string& translation : translations_of(data.substr(start, size))) {
            const std::string target = normalizer.fold(translation);
            if (!is_plain(target) || target == folded || translations.size() >= kMostTranslations) continue;
            if (std::find(translations.begin(), translations.end(), target) == translations.end()) {
                translations.push_back(target);
            }
        }
    }
    for (auto& [word, translations] : capitalised) {
        if (table[word].empty()) table[word] = std::move(translations);
    }
    bool ok = false;
    const std::size_t words = healthsearch::tools::write_word_table(argv[1], table, ok);
    std::cerr << "make_translation_table: " << words << " words\n";
    return ok ? 0 : 1;
}
