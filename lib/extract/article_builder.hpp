#pragma once

#include <healthsearch/article.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace healthsearch::extract {

// Collects an article from the block stream an extractor sees (headings and paragraphs in
// document order): collapses white space, keeps the heading path, drops site chrome.
// A heading that opens furniture (comments, the author's box) drops what follows it up to the
// next heading of its level or above; one that opens a list of related questions ("People also
// ask", "Weitere Fragen") sends what follows to Article::questions instead of the text.
class ArticleBuilder {
public:
    ArticleBuilder(std::string id, std::string source);

    // The first heading of level 1 becomes the title unless a title was set.
    void heading(int level, std::string_view text);
    void paragraph(std::string_view text);
    // A question the page lists as related to it; never a passage.
    void question(std::string_view text);
    // Furniture starts here and lasts until a heading of `level` or above.
    void chrome_section(int level);
    // A new forum post: the next paragraph opens a section of its own, so that two posts never
    // share a passage.
    void start_post();
    bool collecting_questions() const { return question_level_ > 0; }
    // True when `text` already stands in an earlier paragraph: a quotation of an earlier post.
    bool repeats_earlier_text(std::string_view text);
    void set_title(std::string_view text);
    void set_language_hint(std::string_view code);

    // Falls back to `fallback_title` when no title was found. Throws InputError when no
    // paragraph holds a letter or a digit: the article would give no passage.
    Article finish(std::string_view fallback_title);

private:
    Article article_;
    std::vector<std::pair<int, std::string>> headings_;  // level, text: the open heading path
    bool section_open_ = false;
    int chrome_level_ = 0;    // inside furniture opened by a heading of this level; 0: not
    int question_level_ = 0;  // inside a related-questions list opened at this level; 0: not
    std::size_t quote_search_budget_ = std::size_t{64} << 20;  // bytes repeats_earlier_text may scan
};

// Collapses runs of white space (Unicode's, zero-width spaces) and control characters to one
// space and trims the ends.
std::string collapse_whitespace(std::string_view text);

}  // namespace healthsearch::extract
