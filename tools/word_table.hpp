#pragma once
// What the build tools that turn Debian's dictionaries into word tables share: cleaning an
// entry, deciding which folded words to keep, and writing the table the library reads
// (analysis/translations.hpp).

#include <algorithm>
#include <cstddef>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace healthsearch::tools {

// `text` without what stands between any of `opening` and the matching depth of `closing`:
// dictionary entries carry remarks in brackets ("Krebs <masc> [med.]", "Prozess (Hauptform)").
inline std::string without_remarks(std::string_view text, std::string_view opening, std::string_view closing) {
    std::string kept;
    int depth = 0;
    for (char c : text) {
        if (opening.find(c) != std::string_view::npos) ++depth;
        if (depth == 0) kept += c;
        if (closing.find(c) != std::string_view::npos && depth > 0) --depth;
    }
    return kept;
}

inline std::string trimmed(std::string text) {
    text.erase(0, text.find_first_not_of(' '));
    text.erase(text.find_last_not_of(' ') + 1);
    return text;
}

// A folded word of letters a-z only, at least `shortest` long: what a table may hold.
inline bool is_plain_word(const std::string& folded, std::size_t shortest) {
    return folded.size() >= shortest &&
           std::all_of(folded.begin(), folded.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Writes "word\tother other" lines in byte order (words without others are left out), after an
// empty first line. Returns how many words were written; `ok` says whether writing succeeded.
inline std::size_t write_word_table(const std::string& path,
                                    const std::map<std::string, std::vector<std::string>>& table, bool& ok) {
    std::ofstream out(path, std::ios::trunc);
    out << '\n';
    std::size_t words = 0;
    for (const auto& [word, others] : table) {
        if (others.empty()) continue;
        out << word << '\t';
        for (std::size_t i = 0; i < others.size(); ++i) out << (i ? " " : "") << others[i];
        out << '\n';
        ++words;
    }
    ok = static_cast<bool>(out);
    return words;
}

}  // namespace healthsearch::tools
