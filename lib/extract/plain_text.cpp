#include "extract/article_builder.hpp"
#include "extract/extractors.hpp"
#include "extract/site_chrome.hpp"

#include <vector>

namespace healthsearch::extract {

namespace {

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.emplace_back(line);
        start = end + 1;
    }
    return lines;
}

// A heading in plain text: one short line of its own without sentence punctuation at its end.
bool looks_like_heading(const std::string& block) {
    if (block.empty() || block.size() > 100) return false;
    const char last = block.back();
    if (last == '.' || last == '!' || last == '?' || last == ',' || last == ';' || last == ':') {
        return false;
    }
    int words = 1;
    for (char c : block) words += (c == ' ');
    return words <= 12;
}

}  // namespace

Article extract_plain_text(std::string_view text, std::string id, std::string source) {
    const std::vector<std::string> lines = split_lines(text);
    const std::vector<bool> chrome = mark_site_chrome(lines);

    // Blocks are runs of non-blank, non-chrome lines; a chrome line also ends a block.
    std::vector<std::string> blocks;
    std::string current;
    const auto flush = [&] {
        std::string block = collapse_whitespace(current);
        if (!block.empty()) blocks.push_back(std::move(block));
        current.clear();
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (chrome[i] || collapse_whitespace(lines[i]).empty()) {
            flush();
            continue;
        }
        current += lines[i];
        current += '\n';
    }
    flush();

    ArticleBuilder builder(std::move(id), std::move(source));
    std::size_t first_body = 0;
    if (!blocks.empty() && looks_like_heading(blocks.front())) {
        builder.set_title(blocks.front());
        first_body = 1;
    }
    for (std::size_t i = first_body; i < blocks.size(); ++i) {
        const bool followed_by_text = i + 1 < blocks.size();
        if (followed_by_text && looks_like_heading(blocks[i])) {
            builder.heading(2, blocks[i]);
        } else {
            builder.paragraph(blocks[i]);
        }
    }
    return builder.finish("");
}

}  // namespace healthsearch::extract
