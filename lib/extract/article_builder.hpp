#pragma once

#include <healthsearch/article.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace healthsearch::extract {

// Collects an article from the block stream an extractor sees (headings and paragraphs in
// document order): collapses white space, keeps the heading path, drops site chrome.
class ArticleBuilder {
public:
    ArticleBuilder(std::string id, std::string source);

    // The first heading of level 1 becomes the title unless a title was set.
    void heading(int level, std::string_view text);
    void paragraph(std::string_view text);
    void set_title(std::string_view text);
    void set_language_hint(std::string_view code);

    // Falls back to `fallback_title` when no title was found. Throws InputError when no
    // paragraph holds a letter or a digit: the article would give no passage.
    Article finish(std::string_view fallback_title);

private:
    Article article_;
    std::vector<std::pair<int, std::string>> headings_;  // level, text: the open heading path
    bool section_open_ = false;
};

// Collapses runs of white space (Unicode's, zero-width spaces) and control characters to one
// space and trims the ends.
std::string collapse_whitespace(std::string_view text);

}  // namespace healthsearch::extract
