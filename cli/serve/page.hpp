#pragma once
// The search page at /: a form, the results of the question in its query string, the
// did-you-mean as a link and links to further pages. Rendered on the server: it works without
// JavaScript and loads nothing but its own stylesheet and icon.

#include "index_access.hpp"
#include "page_text.hpp"
#include "search_request.hpp"

#include <string>
#include <string_view>

namespace healthsearch::cli::serve {

inline constexpr std::size_t kPageSize = 10;

struct PageView {
    const PageText& text;
    SearchRequest request;
    const SearchResult* result = nullptr;  // null: no question asked, or it failed
    std::string error;                       // why it failed, shown instead of results
};

std::string render_page(const PageView& view);

std::string_view page_stylesheet();
std::string_view page_icon();  // SVG

}  // namespace healthsearch::cli::serve
