#include "extract/pdf.hpp"

#include "extract/article_builder.hpp"
#include "extract/input_limits.hpp"
#include "extract/pdf_text.hpp"
#include "extract/utf8_check.hpp"

#include <healthsearch/error.hpp>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <ctime>
#include <memory>
#include <mutex>
#include <vector>

namespace healthsearch::extract {

namespace {

double thread_cpu_seconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

// Poppler prints what it finds wrong with a file to stderr; the file's error says it once.
void silence_poppler() {
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

std::string to_utf8(const poppler::ustring& text) {
    const poppler::byte_array bytes = text.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

// Poppler's text is UTF-8, but a hostile font may map a glyph to a lone surrogate: such bytes
// are dropped, since everything past the extractor must be valid UTF-8.
std::string valid_utf8(std::string text) {
    if (!first_invalid_utf8(text)) return text;
    std::string out;
    std::string_view rest = text;
    while (const auto bad = first_invalid_utf8(rest)) {
        out += rest.substr(0, *bad);
        rest.remove_prefix(*bad + 1);
    }
    out += rest;
    return out;
}

std::unique_ptr<poppler::document> open_pdf(std::string_view bytes, const std::string& source) {
    // A PDF starts with %PDF- (readers allow some bytes before it); anything else is another file.
    if (bytes.substr(0, 1024).find("%PDF-") == std::string_view::npos) {
        throw InputError("has a .pdf name but is not a PDF (no %PDF- header)", source);
    }
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) throw InputError("is too large for a PDF", source);
    silence_poppler();
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!document) throw InputError("is a damaged or truncated PDF that poppler cannot open", source);
    // Asked first: poppler crashes when a locked document is asked anything else.
    if (document->is_locked()) {
        throw InputError("is an encrypted PDF that needs a password to open; save it without one", source);
    }
    const int pages = document->pages();
    if (pages <= 0) throw InputError("is a PDF without pages", source);
    if (pages > limits::kMaxPdfPages) {
        throw InputError(fmt::format("is a PDF of {} pages, over the limit of {}", pages, limits::kMaxPdfPages), source);
    }
    return document;
}

// The pages' text separated by form feeds, as pdftotext writes it.
std::string page_texts(const poppler::document& document, const std::string& source) {
    const double deadline = thread_cpu_seconds() + limits::kMaxPdfReadSeconds;
    std::string text;
    for (int i = 0; i < document.pages(); ++i) {
        const std::unique_ptr<poppler::page> page(document.create_page(i));
        if (page) {
            std::string page_text = to_utf8(page->text(poppler::rectf(), poppler::page::physical_layout));
            std::erase(page_text, '\f');  // poppler ends each page with one; ours separate them
            text += page_text;
        }
        text += '\f';
        if (text.size() > limits::kMaxPdfTextBytes) {
            throw InputError(fmt::format("holds more than {} MB of text", limits::kMaxPdfTextBytes >> 20), source);
        }
        if (thread_cpu_seconds() > deadline) {
            throw InputError(fmt::format("took more than {} s of CPU time to read as PDF (page {} of {})",
                                         limits::kMaxPdfReadSeconds, i + 1, document.pages()),
                             source);
        }
    }
    return valid_utf8(std::move(text));
}

bool has_letter_or_digit(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80;
    });
}

std::string lowercase(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// A heading in a PDF's text layer: a short block that neither ends a sentence with a full stop
// nor goes on after a comma. Unlike scraped text, leaflets ask their headings ("Was ist ein Port?").
bool looks_like_pdf_heading(std::string_view block) {
    if (block.empty() || block.size() > 120 || std::string_view(".!,;:").find(block.back()) != std::string_view::npos) {
        return false;
    }
    return std::count(block.begin(), block.end(), ' ') < 12;
}

// The article of a cleaned text layer (paragraphs separated by blank lines). The title is the
// PDF's Title when it is a real one, taking the place of the first block when it begins with it
// ("Fever" and "Fever: a summary"), else the first block when that is a heading.
Article article_from_text_layer(std::string_view text, std::string_view title, std::string id, std::string source) {
    std::vector<std::string_view> blocks;
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = std::min(text.find("\n\n", start), text.size());
        if (end > start) blocks.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    ArticleBuilder builder(std::move(id), std::move(source));
    std::size_t first_body = 0;
    if (is_real_pdf_title(title)) {
        builder.set_title(title);
        if (!blocks.empty() && title.starts_with(blocks.front())) first_body = 1;
    } else if (!blocks.empty() && looks_like_pdf_heading(blocks.front())) {
        builder.set_title(blocks.front());
        first_body = 1;
    }
    for (std::size_t i = first_body; i < blocks.size(); ++i) {
        if (i + 1 < blocks.size() && looks_like_pdf_heading(blocks[i])) {
            builder.heading(2, blocks[i]);
        } else {
            builder.paragraph(blocks[i]);
        }
    }
    return builder.finish("");
}

}  // namespace

bool is_real_pdf_title(std::string_view title) {
    const std::string lower = lowercase(title);
    if (lower.empty() || lower.size() > 200 || !has_letter_or_digit(lower)) return false;
    static constexpr std::array<std::string_view, 4> made_by = {
        "microsoft word - ", "microsoft powerpoint - ", "microsoft excel - ", "untitled"};
    for (std::string_view prefix : made_by) {
        if (lower.starts_with(prefix)) return false;
    }
    static constexpr std::array<std::string_view, 6> placeholders = {"unbenannt", "ohne titel", "dokument",
                                                                     "document", "title", "titel"};
    if (std::find(placeholders.begin(), placeholders.end(), lower) != placeholders.end()) return false;
    static constexpr std::array<std::string_view, 11> file_types = {
        ".doc", ".docx", ".odt", ".rtf", ".pdf", ".indd", ".qxd", ".ps", ".tex", ".txt", ".dvi"};
    for (std::string_view type : file_types) {
        if (lower.ends_with(type)) return false;
    }
    // A file name ("leaflet_v3_final"): no space but underscores.
    return lower.find(' ') != std::string::npos || lower.find('_') == std::string::npos;
}

Article extract_pdf(std::string_view bytes, std::string id, std::string source) {
    const std::unique_ptr<poppler::document> document = open_pdf(bytes, source);
    const std::string text = clean_pdf_text(page_texts(*document, source));
    if (!has_letter_or_digit(text)) {
        throw InputError("holds no text layer (a scanned PDF?); run OCR first", source);
    }
    const std::string title = collapse_whitespace(valid_utf8(to_utf8(document->info_key("Title"))));
    return article_from_text_layer(text, title, std::move(id), std::move(source));
}

Article extract_pdf_text(std::string_view text, std::string id, std::string source) {
    return article_from_text_layer(clean_pdf_text(text), "", std::move(id), std::move(source));
}

}  // namespace healthsearch::extract
