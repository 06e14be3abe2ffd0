#pragma once
// The bounds on untrusted input, in one place: a file past one of them is refused with a reason
// instead of costing unbounded memory or time. The tests and the fuzzers refer to these names.

#include <cstddef>
#include <cstdint>

namespace healthsearch::extract::limits {

// One article's source file, and one JSON Lines record: anything larger is not an article, and
// reading it whole would only cost memory.
inline constexpr std::uintmax_t kMaxArticleBytes = 32u << 20;

// HTML element nesting. Real pages stay below 50 levels; Gumbo's scope checks walk the stack
// of open elements for every tag, and our tree walks recurse.
inline constexpr std::size_t kMaxHtmlDepth = 256;

// Tags (start and end) and comments in one HTML file; a long article has a few thousand. Each
// costs the scan and Gumbo up to one walk of the open elements (at most kMaxHtmlDepth).
inline constexpr std::size_t kMaxHtmlTags = 500'000;

// Attributes on one HTML element: Gumbo compares each new attribute with all earlier ones.
inline constexpr std::size_t kMaxHtmlAttributes = 64;

// Memory the HTML parser may hold at once for one file (a 1 MB page needs about 10 MB).
inline constexpr std::size_t kMaxHtmlParserBytes = 256u << 20;

// CPU time for parsing one HTML file: the safety net for shapes the checks above miss.
inline constexpr double kMaxHtmlParseSeconds = 2.0;

// Nested Markdown blocks (quotes, lists) of one file.
inline constexpr int kMaxMarkdownDepth = 64;

// Distinct entity names decoded in one Markdown file: HTML5 defines 2,231, so a file with more
// is made up; the rest stay as written.
inline constexpr std::size_t kMaxMarkdownEntityNames = 4096;

// Pages of one PDF: a long guideline has a few hundred; each page costs poppler a full layout.
inline constexpr int kMaxPdfPages = 2000;

// Text taken from one PDF: as much as the largest article file may hold.
inline constexpr std::size_t kMaxPdfTextBytes = kMaxArticleBytes;

// CPU time for reading one PDF's text layer, checked after each page: poppler cannot be
// interrupted inside a page, so a hostile page may overrun it once, not page after page.
inline constexpr double kMaxPdfReadSeconds = 10.0;

}  // namespace healthsearch::extract::limits
