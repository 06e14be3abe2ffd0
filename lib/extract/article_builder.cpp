#include "extract/article_builder.hpp"

#include "analysis/language.hpp"
#include "extract/site_chrome.hpp"

namespace healthsearch::extract {

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        // U+00A0 NO-BREAK SPACE is C2 A0 in UTF-8; scraped pages are full of it.
        const bool nbsp = c == 0xC2 && i + 1 < text.size() &&
                          static_cast<unsigned char>(text[i + 1]) == 0xA0;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || nbsp) {
            pending_space = !out.empty();
            if (nbsp) ++i;
            continue;
        }
        if (pending_space) out.push_back(' ');
        pending_space = false;
        out.push_back(static_cast<char>(c));
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
    if (heading.empty() || is_site_chrome(heading)) return;
    if (level == 1 && (article_.title.empty() || article_.title == heading)) {
        article_.title = std::move(heading);
        return;
    }
    while (!headings_.empty() && headings_.back().first >= level) headings_.pop_back();
    headings_.emplace_back(level, std::move(heading));
    section_open_ = false;
}

void ArticleBuilder::paragraph(std::string_view text) {
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
    if (article_.title.empty()) article_.title = std::string(fallback_title);
    return std::move(article_);
}

}  // namespace healthsearch::extract
