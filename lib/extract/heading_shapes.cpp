#include "extract/heading_shapes.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>

namespace healthsearch::extract {

namespace {

std::size_t word_count(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        const bool space = c == ' ';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

std::string fold(std::string_view text) {
    icu::UnicodeString unicode =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    std::string out;
    unicode.foldCase().toUTF8String(out);
    return out;
}

// The length of a list number at the start: "2. ", "10) ", or 0.
std::size_t list_number_length(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && i < 3 && text[i] >= '0' && text[i] <= '9') ++i;
    if (i == 0 || i >= text.size() || (text[i] != '.' && text[i] != ')')) return 0;
    ++i;
    if (i >= text.size() || text[i] != ' ') return 0;
    return i + 1;
}

// The text after a label such as "Q:" when `text` starts with one of `labels` (folded).
template <std::size_t N>
std::optional<std::string_view> after_label(std::string_view text, const std::array<std::string_view, N>& labels) {
    // Labels are short words and a colon: most lines have none, and need no folding.
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon > 10) return std::nullopt;
    const std::string folded = fold(text.substr(0, 12));
    for (std::string_view label : labels) {
        if (!folded.starts_with(label)) continue;
        std::string_view rest = text.substr(label.size());
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        if (!rest.empty()) return rest;
    }
    return std::nullopt;
}

}  // namespace

bool is_heading_shaped(std::string_view text) {
    if (text.empty() || text.size() > 120) return false;
    const char last = text.back();
    if (last == '.' || last == '!' || last == ',' || last == ';' || last == ':') return false;
    return word_count(text) <= (last == '?' ? 15 : 12);
}

bool is_all_caps(std::string_view text) {
    const auto* data = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    int upper = 0;
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        if (c < 0 || !u_isalpha(c)) continue;
        if (u_islower(c)) return false;
        ++upper;
    }
    return upper >= 3;
}

bool is_question_list_heading(std::string_view text) {
    if (text.size() > 80) return false;
    std::string folded = fold(text);
    while (!folded.empty() && (folded.back() == ':' || folded.back() == ' ')) folded.pop_back();
    static constexpr std::string_view kOpenings[] = {
        "related questions", "people also ask", "more questions", "other questions",
        "frequently asked related", "you may also like", "you might also like",
        "you may also be interested", "you might also be interested", "weitere fragen",
        "ähnliche fragen", "verwandte fragen", "andere fragen", "das könnte sie auch interessieren",
        "das könnte dich auch interessieren", "auch interessant", "related reading",
    };
    // "10 Related Questions to Explore": a count may come first.
    std::string_view rest = folded;
    while (!rest.empty() && ((rest.front() >= '0' && rest.front() <= '9') || rest.front() == ' ')) {
        rest.remove_prefix(1);
    }
    for (std::string_view opening : kOpenings) {
        if (rest.starts_with(opening)) return true;
    }
    return false;
}

std::string strip_list_number(std::string text) {
    const std::size_t number = list_number_length(text);
    if (number > 0 && number < text.size()) text.erase(0, number);
    return text;
}

std::optional<std::string> question_line(std::string_view text) {
    static constexpr std::array<std::string_view, 4> kLabels = {"q:", "frage:", "f:", "question:"};
    if (const auto rest = after_label(text, kLabels)) return std::string(*rest);
    return std::nullopt;
}

std::string without_answer_label(std::string_view text) {
    static constexpr std::array<std::string_view, 3> kLabels = {"a:", "antwort:", "answer:"};
    if (const auto rest = after_label(text, kLabels)) return std::string(*rest);
    return std::string(text);
}

std::optional<GluedHeading> split_glued_heading(std::string_view text) {
    constexpr std::size_t kLongestGluedHeading = 100;
    const bool numbered = list_number_length(text) > 0;
    const std::size_t end = std::min(text.size(), kLongestGluedHeading);
    for (std::size_t i = 1; i + 1 < end; ++i) {
        const char left = text[i - 1], right = text[i];
        if (right < 'A' || right > 'Z') continue;  // a capital with no space before it
        const bool after_question = left == '?';
        const bool after_lower_word = numbered && left >= 'a' && left <= 'z' && i >= 3 &&
                                      text[i - 2] >= 'a' && text[i - 2] <= 'z' && text[i - 3] >= 'a' &&
                                      text[i - 3] <= 'z';
        if (!after_question && !after_lower_word) continue;
        const std::string_view heading = text.substr(0, i);
        const std::string_view rest = text.substr(i);
        if (!is_heading_shaped(heading) || word_count(rest) < 4) continue;
        return GluedHeading{strip_list_number(std::string(heading)), std::string(rest)};
    }
    return std::nullopt;
}

}  // namespace healthsearch::extract
