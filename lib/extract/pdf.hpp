#pragma once
// PDF leaflets and guidelines, read with poppler's C++ API.

#include <healthsearch/article.hpp>

#include <string>
#include <string_view>

namespace healthsearch::extract {

// The text layer of each page (poppler's physical layout, which keeps paragraphs apart), cleaned
// by clean_pdf_text; short blocks without a full stop are headings. The title is the PDF's Title when it is a real
// one (not "Microsoft Word - x.docx"), else the first heading line. Throws InputError naming
// `source` for a file that is not a PDF, is damaged, needs a password, goes past the bounds of
// input_limits.hpp, or holds no text layer (a scan).
Article extract_pdf(std::string_view bytes, std::string id, std::string source);

// A PDF's text layer as pdftotext writes it (pages separated by form feeds), read as
// extract_pdf reads a PDF's; the title is the first block when it is a heading.
Article extract_pdf_text(std::string_view text, std::string id, std::string source);

// Whether a PDF's Title field names the document rather than the file it was made from.
bool is_real_pdf_title(std::string_view title);

}  // namespace healthsearch::extract
