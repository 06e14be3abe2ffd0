#include "analysis/language.hpp"

namespace healthsearch::analysis {

std::string_view language_code(Language language) {
    switch (language) {
        case Language::german: return "de";
        case Language::english: return "en";
        case Language::unknown: break;
    }
    return "";
}

Language language_from_code(std::string_view code) {
    if (code == "de" || code == "german" || code == "deu" || code == "ger") return Language::german;
    if (code == "en" || code == "english" || code == "eng") return Language::english;
    return Language::unknown;
}

}  // namespace healthsearch::analysis
