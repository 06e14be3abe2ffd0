#include "extract/extractors.hpp"
#include "extract/pdf.hpp"
#include "extract/pdf_text.hpp"
#include "extract/utf8_check.hpp"

#include <algorithm>
#include <array>

namespace healthsearch::extract {

bool has_extractor(std::string_view extension) {
    static constexpr std::array<std::string_view, 7> kExtensions = {".txt", ".text", ".md", ".markdown",
                                                                    ".html", ".htm", ".pdf"};
    return std::find(kExtensions.begin(), kExtensions.end(), extension) != kExtensions.end();
}

Article extract_by_extension(std::string_view bytes, std::string_view extension, std::string id,
                             std::string source) {
    if (extension == ".pdf") return extract_pdf(bytes, std::move(id), std::move(source));
    require_text(bytes, source);
    if (extension == ".md" || extension == ".markdown") return extract_markdown(bytes, std::move(id), std::move(source));
    if (extension == ".html" || extension == ".htm") return extract_html(bytes, std::move(id), std::move(source));
    // pdftotext's output: a PDF's text layer, with its page furniture
    if (looks_like_pdf_text(bytes)) return extract_pdf_text(bytes, std::move(id), std::move(source));
    return extract_plain_text(bytes, std::move(id), std::move(source));
}

}  // namespace healthsearch::extract
