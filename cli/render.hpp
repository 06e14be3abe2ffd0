#pragma once

#include <healthsearch/search.hpp>

#include <string>

namespace healthsearch::cli {

// Snippet text with its highlights as ANSI bold yellow, or as *word* without colour.
std::string render_snippet(const Snippet& snippet, bool color);

// A hit as a human reads it on a terminal (several lines, ending in a blank line).
std::string render_hit_text(const Hit& hit, bool color);

// A hit as one line of JSON; field names are documented in the README.
std::string render_hit_json(const Hit& hit);

}  // namespace healthsearch::cli
