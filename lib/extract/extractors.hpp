#pragma once
// One extractor per source format; each turns UTF-8 bytes into an Article.

#include <healthsearch/article.hpp>

#include <string>
#include <string_view>

namespace healthsearch::extract {

// Plain text as scraped from web pages: site chrome lines are removed, the first remaining line
// is the title, short unpunctuated lines followed by text are section headings.
Article extract_plain_text(std::string_view text, std::string id, std::string source);

// CommonMark via md4c: # headings make the section path, the first level-1 heading the title.
Article extract_markdown(std::string_view text, std::string id, std::string source);

// HTML via Gumbo: script, style, nav, header, footer and aside are dropped; <main> or
// <article> is preferred when present.
Article extract_html(std::string_view text, std::string id, std::string source);

// True when one of the extractors above reads files with this (lower-case) extension.
bool has_extractor(std::string_view extension);

// The extractor the extension names (plain text for any other); throws InputError naming
// `source` when the bytes are binary or not UTF-8, or the extractor refuses them.
Article extract_by_extension(std::string_view bytes, std::string_view extension, std::string id,
                             std::string source);

}  // namespace healthsearch::extract
