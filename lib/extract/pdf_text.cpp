#include "extract/pdf_text.hpp"

#include "extract/input_limits.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>
#include <set>
#include <vector>

namespace healthsearch::extract {

namespace {

using Page = std::vector<std::string>;  // lines, without their line ends

// Lines a running header or footer may take at the top and at the bottom of a page.
constexpr std::size_t kEdgeLines = 3;
// A running header or footer is one short line; longer lines are text.
constexpr std::size_t kMaxRunningLineBytes = 200;

bool is_ascii_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
// A letter or part of a non-ASCII character (the umlauts and their kin).
bool is_letter_byte(char c) { return is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80; }

std::string_view trim(std::string_view text) {
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v'; };
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

bool is_blank(std::string_view line) { return trim(line).empty(); }

std::vector<Page> split_pages(std::string_view text) {
    std::vector<Page> pages(1);
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find_first_of("\n\f", start), text.size());
        pages.back().emplace_back(trim(text.substr(start, end - start)));
        if (end < text.size() && text[end] == '\f') pages.emplace_back();
        start = end + 1;
    }
    if (pages.size() > 1 && std::all_of(pages.back().begin(), pages.back().end(), is_blank)) pages.pop_back();
    return pages;
}

// The bytes of the superscript digit at `pos` (¹ ² ³ and U+2070..U+2079), 0 when there is none.
std::size_t superscript_digit_at(std::string_view text, std::size_t pos) {
    const auto byte = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
    if (byte(pos) == 0xC2 && (byte(pos + 1) == 0xB9 || byte(pos + 1) == 0xB2 || byte(pos + 1) == 0xB3)) return 2;
    if (byte(pos) == 0xE2 && byte(pos + 1) == 0x81 && (byte(pos + 2) == 0xB0 || (byte(pos + 2) >= 0xB4 && byte(pos + 2) <= 0xB9))) {
        return 3;
    }
    return 0;
}

// A line's shape with its numbers blanked: "Seite 2 von 8" and "Seite 3 von 8" are one running line.
std::string line_shape(std::string_view line) {
    std::string shape;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (is_digit(line[i])) {
            if (shape.empty() || shape.back() != '#') shape += '#';
        } else {
            shape += static_cast<char>(std::tolower(static_cast<unsigned char>(line[i])));
        }
    }
    return shape;
}

bool is_page_number(std::string_view line) {
    static const std::regex page_number(
        R"(((seite|page|s\.|p\.)\s*)?(-|–|—)?\s*\d{1,4}\s*(-|–|—)?(\s*(von|of|aus|/)\s*\d{1,4})?)",
        std::regex::icase | std::regex::optimize);
    const std::string_view trimmed = trim(line);
    return trimmed.size() <= 24 && std::regex_match(trimmed.begin(), trimmed.end(), page_number);
}

// The indices of a page's first and last few non-blank lines, where running lines live.
std::vector<std::size_t> edge_lines(const Page& page) {
    std::vector<std::size_t> edges;
    for (std::size_t i = 0, seen = 0; i < page.size() && seen < kEdgeLines; ++i) {
        if (!is_blank(page[i])) edges.push_back(i), ++seen;
    }
    for (std::size_t i = page.size(), seen = 0; i > 0 && seen < kEdgeLines; --i) {
        if (!is_blank(page[i - 1])) edges.push_back(i - 1), ++seen;
    }
    return edges;
}

// Shapes found at the edge of most pages (and at least two): the running headers and footers.
std::set<std::string> running_shapes(const std::vector<Page>& pages) {
    std::map<std::string, std::set<std::size_t>> pages_of_shape;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        for (std::size_t i : edge_lines(pages[p])) {
            if (pages[p][i].size() <= kMaxRunningLineBytes) pages_of_shape[line_shape(pages[p][i])].insert(p);
        }
    }
    std::set<std::string> running;
    for (const auto& [shape, on_pages] : pages_of_shape) {
        if (on_pages.size() >= 2 && on_pages.size() * 2 >= pages.size()) running.insert(shape);
    }
    return running;
}

// Removes the running lines and page numbers from the top and the bottom of a page.
void strip_page_edges(Page& page, const std::set<std::string>& running) {
    const auto is_edge_chrome = [&](const std::string& line) {
        return is_page_number(line) || (line.size() <= kMaxRunningLineBytes && running.contains(line_shape(line)));
    };
    for (std::size_t removed = 0; removed < kEdgeLines; ++removed) {
        const auto first = std::find_if_not(page.begin(), page.end(), is_blank);
        if (first == page.end() || !is_edge_chrome(*first)) break;
        page.erase(page.begin(), first + 1);
    }
    for (std::size_t removed = 0; removed < kEdgeLines; ++removed) {
        const auto last = std::find_if_not(page.rbegin(), page.rend(), is_blank);
        if (last == page.rend() || !is_edge_chrome(*last)) break;
        page.erase(std::prev(last.base()), page.end());
    }
}

bool is_marker_context(std::string_view text, std::size_t marker_begin) {
    // A word of three letters or more, or a letter and closing punctuation: "Therapie¹",
    // "night.2", but not "cm²" or "mg/m²".
    std::size_t letters = 0;
    std::size_t i = marker_begin;
    if (i > 0 && std::string_view(".,;:)").find(text[i - 1]) != std::string_view::npos) {
        return i > 1 && is_letter_byte(text[i - 2]);
    }
    while (i > 0 && letters < 3 && is_letter_byte(text[i - 1])) --i, ++letters;
    return letters >= 3;
}

// The footnote number a line starts with ("¹ Quelle", "2 Keep"), or "" when it starts with none.
std::string footnote_number(std::string_view line) {
    line = trim(line);
    std::size_t end = 0;
    while (end < line.size() && is_digit(line[end]) && end < 2) ++end;
    if (end == 0) {
        for (std::size_t n = superscript_digit_at(line, end); n > 0; n = superscript_digit_at(line, end)) end += n;
    }
    if (end == 0 || end + 1 >= line.size() || line[end] != ' ' || !is_letter_byte(line[end + 1])) return "";
    return std::string(line.substr(0, end));
}

// Whether `number` stands glued to a word of the page as a footnote marker.
bool page_has_marker(const Page& page, const std::string& number) {
    for (const std::string& line : page) {
        for (std::size_t at = line.find(number); at != std::string::npos; at = line.find(number, at + 1)) {
            const std::size_t end = at + number.size();
            if (is_marker_context(line, at) && (end == line.size() || !is_digit(line[end]))) return true;
        }
    }
    return false;
}

// Drops the page's last block when it is footnotes; returns their plain-digit numbers.
std::set<std::string> strip_footnotes(Page& page) {
    const auto last = std::find_if_not(page.rbegin(), page.rend(), is_blank);
    if (last == page.rend()) return {};
    const auto blank_above = std::find_if(last, page.rend(), is_blank);
    if (blank_above == page.rend()) return {};  // the whole page is one block: no body to annotate
    const std::size_t block = static_cast<std::size_t>(page.rend() - blank_above);
    const std::string number = footnote_number(page[block]);
    if (number.empty()) return {};
    const bool plain_digits = is_digit(number.front());
    if (plain_digits && !page_has_marker(Page(page.begin(), page.begin() + static_cast<long>(block)), number)) return {};
    std::set<std::string> numbers;
    for (std::size_t i = block; i < page.size(); ++i) {
        const std::string n = footnote_number(page[i]);
        if (!n.empty() && plain_digits) numbers.insert(n);
    }
    page.erase(page.begin() + static_cast<long>(block), page.end());
    return numbers;
}

// Removes superscript markers, and the plain-digit markers of the page's footnotes.
std::string strip_markers(std::string_view line, const std::set<std::string>& numbers) {
    std::string out;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t marker = 0;
        for (std::size_t n = superscript_digit_at(line, i + marker); n > 0; n = superscript_digit_at(line, i + marker)) marker += n;
        if (marker == 0 && is_digit(line[i]) && (i == 0 || !is_digit(line[i - 1]))) {
            std::size_t end = i;
            while (end < line.size() && is_digit(line[end])) ++end;
            const bool at_word_end = end == line.size() || std::string_view(" .,;:!?)").find(line[end]) != std::string_view::npos;
            if (at_word_end && numbers.contains(std::string(line.substr(i, end - i)))) marker = end - i;
        }
        if (marker > 0) {
            if (!is_marker_context(line, i)) out += line.substr(i, marker);  // "cm²" keeps its power
            i += marker;
            continue;
        }
        out += line[i++];
    }
    return out;
}

bool starts_lowercase(std::string_view word) {
    if (word.empty()) return false;
    const auto first = static_cast<unsigned char>(word[0]);
    if (first < 0x80) return std::islower(first) != 0;
    // Latin-1 lowercase letters (ß, à..ÿ) are U+00DF..U+00FF.
    return first == 0xC3 && word.size() > 1 && static_cast<unsigned char>(word[1]) >= 0x9F;
}

bool ends_lowercase(std::string_view word) {
    if (word.empty()) return false;
    const auto last = static_cast<unsigned char>(word.back());
    if (last < 0x80) return std::islower(last) != 0;
    return word.size() > 1 && static_cast<unsigned char>(word[word.size() - 2]) == 0xC3 && last >= 0x9F;
}

// The words the document writes with a hyphen inside a line ("follow-up"), without the
// punctuation around them: the evidence that a lowercase pair split at a line end is a compound.
std::set<std::string, std::less<>> hyphenated_words(std::string_view text) {
    std::set<std::string, std::less<>> words;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find_first_of(" \t\r\n\f", start), text.size());
        std::string_view word = text.substr(start, end - start);
        while (!word.empty() && !is_letter_byte(word.front())) word.remove_prefix(1);
        while (!word.empty() && !is_letter_byte(word.back())) word.remove_suffix(1);
        if (word.find('-') != std::string_view::npos) words.emplace(word);
        start = end + 1;
    }
    return words;
}

// Appends a line to the paragraph, rejoining a word hyphenated at the paragraph's end.
void append_line(std::string& paragraph, std::string_view line, const std::set<std::string, std::less<>>& hyphenated) {
    static const std::set<std::string, std::less<>> kept_before = {"und", "oder", "bis", "bzw.", "sowie", "and", "or", "to"};
    const std::string_view next_word = line.substr(0, line.find(' '));
    if (paragraph.ends_with("\xC2\xAD")) {  // a soft hyphen marks a break inside a word
        paragraph.resize(paragraph.size() - 2);
        paragraph += line;
        return;
    }
    const auto is_word_byte = [](char c) { return is_letter_byte(c) || is_digit(c); };
    if (paragraph.size() > 1 && paragraph.back() == '-' && is_word_byte(paragraph[paragraph.size() - 2]) &&
        !kept_before.contains(next_word)) {
        // The word's first part, looked for among the last bytes only: a paragraph of one
        // endless hyphenated word must not cost a scan of the whole paragraph for each line.
        const std::string_view tail = std::string_view(paragraph).substr(paragraph.size() - std::min<std::size_t>(paragraph.size(), 64));
        const std::size_t word_begin = tail.find_last_of(' ') + 1;  // npos + 1 is 0
        const std::string_view first_part = tail.substr(word_begin, tail.size() - 1 - word_begin);
        std::string_view second_part = next_word;
        while (!second_part.empty() && std::string_view(".,;:!?)").find(second_part.back()) != std::string_view::npos) {
            second_part.remove_suffix(1);
        }
        const bool word_break = ends_lowercase(first_part) && starts_lowercase(second_part) &&
                                !hyphenated.contains(std::string(first_part) + "-" + std::string(second_part));
        if (word_break) paragraph.pop_back();
        paragraph += line;
        return;
    }
    if (!paragraph.empty()) paragraph += ' ';
    paragraph += line;
}

bool ends_sentence(std::string_view paragraph) {
    return !paragraph.empty() && std::string_view(".!?:;\"”“)").find(paragraph.back()) != std::string_view::npos;
}

// Whether a paragraph cut off at the end of a page goes on at the top of the next one: it ends
// in a hyphen, in a comma, or without a sentence's end after more than one line (one short
// line without a full stop is more likely a heading).
bool goes_on(std::string_view paragraph, std::size_t lines, std::string_view next_line) {
    if (paragraph.empty() || next_line.empty()) return false;
    if (paragraph.back() == '-' || paragraph.back() == ',' || starts_lowercase(next_line)) return true;
    return lines > 1 && !ends_sentence(paragraph);
}

}  // namespace

std::string clean_pdf_text(std::string_view text) {
    std::vector<Page> pages = split_pages(text);
    const std::set<std::string, std::less<>> hyphenated = hyphenated_words(text);
    const std::set<std::string> running = pages.size() > 1 ? running_shapes(pages) : std::set<std::string>{};
    std::vector<std::string> paragraphs;
    std::string paragraph;
    std::size_t paragraph_lines = 0;
    const auto end_paragraph = [&] {
        if (!paragraph.empty()) paragraphs.push_back(std::move(paragraph));
        paragraph.clear();
        paragraph_lines = 0;
    };
    for (Page& page : pages) {
        strip_page_edges(page, running);
        const std::set<std::string> footnotes = strip_footnotes(page);
        strip_page_edges(page, running);  // a page number may stand below the footnotes
        // The blank lines around the page's text are no paragraph break: a page break may be none.
        const auto first = std::find_if_not(page.begin(), page.end(), is_blank);
        const auto last = std::find_if_not(page.rbegin(), page.rend(), is_blank).base();
        if (first == page.end()) continue;
        if (!goes_on(paragraph, paragraph_lines, *first)) end_paragraph();
        for (auto line = first; line != last; ++line) {
            const std::string unmarked = strip_markers(*line, footnotes);
            if (is_blank(unmarked)) {
                end_paragraph();
                continue;
            }
            append_line(paragraph, trim(unmarked), hyphenated);
            ++paragraph_lines;
        }
    }
    end_paragraph();
    std::string out;
    for (const std::string& p : paragraphs) {
        if (!out.empty()) out += "\n\n";
        out += p;
    }
    return out;
}

bool looks_like_pdf_text(std::string_view text) {
    // One form feed between two pages of text; a stray one at the very end is not enough.
    // Past a PDF's page limit it is not a PDF's text, and would cost a vector per page.
    const std::size_t feed = text.find('\f');
    return feed != std::string_view::npos && !is_blank(text.substr(0, feed)) &&
           text.find_first_not_of(" \t\r\n\f", feed) != std::string_view::npos &&
           std::count(text.begin(), text.end(), '\f') <= limits::kMaxPdfPages;
}

}  // namespace healthsearch::extract
