#pragma once
// Text made safe for HTML and for URLs: every character that could end an attribute, open a
// tag or start an entity is escaped, so articles and queries are shown, never run.

#include <healthsearch/search.hpp>

#include <string>
#include <string_view>

namespace healthsearch::cli::serve {

std::string html_escape(std::string_view text);

// For a query string value: everything but unreserved characters is percent-encoded.
std::string url_encode(std::string_view text);

// The snippet escaped, its highlights as <mark>, cut ends as "…".
std::string snippet_html(const Snippet& snippet);

}  // namespace healthsearch::cli::serve
