#pragma once

#include <string>
#include <string_view>

namespace healthsearch::extract {

// A linear scan of the tags, before any parsing, for markup whose parse would explode: nesting
// deeper than limits::kMaxHtmlDepth (estimated with the end tags HTML implies, such as a <li>
// closing the previous one), more than limits::kMaxHtmlTags tags and comments, or an element
// with more than limits::kMaxHtmlAttributes attributes. Throws InputError naming `source`.
void check_html_shape(std::string_view html, const std::string& source);

}  // namespace healthsearch::extract
