#pragma once
// The text rules for a PDF's text layer, as poppler gives it or as pdftotext writes it into a
// .txt file: pure functions on text, so they are tested without any PDF.

#include <string>
#include <string_view>

namespace healthsearch::extract {

// `text` holds the pages of a document separated by form feeds, paragraphs by blank lines.
// Returns it with each paragraph on one line and paragraphs separated by a blank line, after:
// - dropping running headers and footers (lines at the top or bottom of most pages, the same
//   but for their numbers) and page numbers ("Seite 3 von 8", "- 3 -", "Page 3", "3");
// - dropping footnotes (the last block of a page when it starts with a footnote number) and
//   their markers glued to words ("Therapie¹", "neutropenia1 and", "night.2");
// - joining words hyphenated at a line end ("Be-" "handlung" is Behandlung) but keeping real
//   hyphens: "Port-" "Katheter" stays Port-Katheter (a capitalised second part is a German
//   noun compound), "Vor-" "und" stays "Vor- und"; a lowercase pair is joined unless the
//   document itself writes the word with its hyphen ("follow-up");
// - rejoining a paragraph broken by a page break: one that does not end a sentence goes on.
std::string clean_pdf_text(std::string_view text);

// Whether plain text looks like a PDF's text layer: a form feed between pages is a strong sign
// (web pages and Markdown files do not have them).
bool looks_like_pdf_text(std::string_view text);

}  // namespace healthsearch::extract
