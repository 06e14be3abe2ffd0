#include "extract/article_builder.hpp"

#include "analysis/language.hpp"
#include "extract/heading_shapes.hpp"
#include "extract/site_chrome.hpp"

#include <healthsearch/error.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace healthsearch::extract {

namespace {

// White space as Unicode defines it (U+00A0, U+2028, U+3000, ...), the zero-width space and
// byte-order mark that scraped pages are full of, and control characters such as NUL, which
// would otherwise reach the index from "&#0;" or a JSON "\u0000".
bool is_space_or_control(UChar32 c) {
    return u_isUWhiteSpace(c) || (U_GET_GC_MASK(c) & U_GC_CC_MASK) || c == 0x200B || c == 0xFEFF;
}

// True when `text` holds a letter or a digit, something the analyser can make a word of.
bool has_word_character(std::string_view text) {
    const auto* data = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        if (c >= 0 && (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK))) return true;
    }
    return false;
}

}  // namespace

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    const auto* data = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        if (c >= 0 && is_space_or_control(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out.push_back(' ');
        pending_space = false;
        out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
    return out;
}

ArticleBuilder::ArticleBuilder(std::string id, std::string source) {
    article_.id = std::move(id);
    article_.source = std::move(source);
}

void ArticleBuilder::set_title(std::string_view text) {
    std::string title = collapse_whitespace(text);
    if (!title.empty() && !is_site_chrome(title)) article_.title = std::move(title);
}

void ArticleBuilder::set_language_hint(std::string_view code) {
    const auto language = analysis::language_from_code(code.substr(0, 2));
    if (language != analysis::Language::unknown) {
        article_.language = std::string(analysis::language_code(language));
    }
}

void ArticleBuilder::heading(int level, std::string_view text) {
    std::string heading = collapse_whitespace(text);
    if (heading.empty()) return;
    if (is_chrome_section_heading(heading)) {
        chrome_section(level);
        return;
    }
    if (is_question_list_heading(heading)) {
        chrome_level_ = 0;
        question_level_ = std::max(level, 1);
        return;
    }
    if (question_level_ > 0 && level > question_level_ && heading.ends_with("?")) {
        question(heading);
        return;
    }
    if (chrome_level_ > 0 && level > chrome_level_) return;
    chrome_level_ = 0;
    question_level_ = 0;
    if (is_site_chrome(heading)) return;
    // The title repeated as the first post's heading (forums) or a page's subtitle.
    if (!article_.title.empty() && article_.title == heading) return;
    if (level == 1 && article_.title.empty()) {
        article_.title = std::move(heading);
        return;
    }
    while (!headings_.empty() && headings_.back().first >= level) headings_.pop_back();
    headings_.emplace_back(level, std::move(heading));
    section_open_ = false;
}

void ArticleBuilder::chrome_section(int level) {
    chrome_level_ = std::max(level, 1);
    question_level_ = 0;
}

void ArticleBuilder::start_post() { section_open_ = false; }

void ArticleBuilder::question(std::string_view text) {
    std::string question = strip_list_number(collapse_whitespace(text));
    if (question.empty() || is_site_chrome(question) || !has_word_character(question)) return;
    article_.questions.push_back(std::move(question));
}

bool ArticleBuilder::repeats_earlier_text(std::string_view text) {
    std::string needle = collapse_whitespace(text);
    // "marlene_g wrote: I am wary …": the quotation without the line that introduces it.
    if (const std::size_t colon = needle.find(':'); colon != std::string::npos && colon < 80 &&
                                                    is_quote_intro(std::string_view(needle).substr(0, colon + 1))) {
        needle = collapse_whitespace(std::string_view(needle).substr(colon + 1));
    }
    if (needle.empty()) return false;
    // Newest first, as replies quote recent posts; within a budget, so that a hostile file of
    // alternating quotes and text stays linear (a quotation past it is kept).
    for (auto section = article_.sections.rbegin(); section != article_.sections.rend(); ++section) {
        for (auto paragraph = section->paragraphs.rbegin(); paragraph != section->paragraphs.rend(); ++paragraph) {
            if (paragraph->size() > quote_search_budget_) return false;
            quote_search_budget_ -= paragraph->size();
            if (paragraph->find(needle) != std::string::npos) return true;
        }
    }
    return false;
}

void ArticleBuilder::paragraph(std::string_view text) {
    if (chrome_level_ > 0) return;
    if (question_level_ > 0) {
        question(text);
        return;
    }
    std::string paragraph = collapse_whitespace(text);
    if (paragraph.empty() || is_site_chrome(paragraph)) return;
    if (!section_open_) {
        Section section;
        for (const auto& [level, heading] : headings_) section.heading_path.push_back(heading);
        article_.sections.push_back(std::move(section));
        section_open_ = true;
    }
    article_.sections.back().paragraphs.push_back(std::move(paragraph));
}

Article ArticleBuilder::finish(std::string_view fallback_title) {
    const bool has_text = std::any_of(article_.sections.begin(), article_.sections.end(), [](const Section& section) {
        return std::any_of(section.paragraphs.begin(), section.paragraphs.end(), has_word_character);
    });
    // Only a title, markup, white space or symbols: nothing a reader could find.
    if (!has_text) throw InputError("holds no article text after extraction", article_.source);
    if (article_.title.empty()) article_.title = std::string(fallback_title);
    return std::move(article_);
}

}  // namespace healthsearch::extract
