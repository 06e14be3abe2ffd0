#pragma once
// Dictionary entries carry remarks in brackets ("Krebs <masc> [med.]", "Prozess (Hauptform)");
// the build tools keep only the words.

#include <string>
#include <string_view>

namespace healthsearch::tools {

// `text` without what stands between any of `opening` and the matching depth of `closing`.
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

}  // namespace healthsearch::tools
