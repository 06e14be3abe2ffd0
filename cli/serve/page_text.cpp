#include "page_text.hpp"

#include <charconv>
#include <cctype>

namespace healthsearch::cli::serve {

namespace {

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    return text;
}

// The weight of one "tag;q=0.8" entry: 1 without q, 0 when unreadable.
double quality(std::string_view parameters) {
    const std::size_t at = parameters.find("q=");
    if (at == std::string_view::npos) return 1.0;
    const std::string_view number = trimmed(parameters.substr(at + 2));
    double value = 0;
    std::from_chars(number.data(), number.data() + number.size(), value);
    return value;
}

bool has_primary_tag(std::string_view tag, std::string_view language) {
    if (tag.size() < language.size()) return false;
    for (std::size_t i = 0; i < language.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(tag[i])) != language[i]) return false;
    }
    return tag.size() == language.size() || tag[language.size()] == '-';
}

}  // namespace

const PageText& page_text_for(std::string_view accept_language) {
    double german = 0;
    double english = 0;
    while (!accept_language.empty()) {
        const std::size_t comma = accept_language.find(',');
        const std::string_view entry = accept_language.substr(0, comma);
        accept_language = comma == std::string_view::npos ? std::string_view() : accept_language.substr(comma + 1);
        const std::size_t semicolon = entry.find(';');
        const std::string_view tag = trimmed(entry.substr(0, semicolon));
        const double weight = semicolon == std::string_view::npos ? 1.0 : quality(entry.substr(semicolon + 1));
        if (has_primary_tag(tag, "de") && weight > german) german = weight;
        if (has_primary_tag(tag, "en") && weight > english) english = weight;
    }
    return german > english ? kGermanText : kEnglishText;
}

}  // namespace healthsearch::cli::serve
