#include "html.hpp"

#include <fmt/format.h>

namespace healthsearch::cli::serve {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '\0': out += "\xEF\xBF\xBD"; break;  // U+FFFD: HTML has no NUL
        default: out += c;
        }
    }
    return out;
}

std::string url_encode(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') ||
            c == '-' || c == '_' || c == '.' || c == '~') {
            out += c;
        } else {
            out += fmt::format("%{:02X}", byte);
        }
    }
    return out;
}

std::string snippet_html(const Snippet& snippet) {
    std::string out = snippet.starts_mid_passage ? "… " : "";
    std::size_t at = 0;
    for (const Span& span : snippet.highlights) {
        if (span.begin < at || span.end > snippet.text.size() || span.begin >= span.end) continue;
        const std::string_view text(snippet.text);
        out += html_escape(text.substr(at, span.begin - at));
        out += "<mark>" + html_escape(text.substr(span.begin, span.end - span.begin)) + "</mark>";
        at = span.end;
    }
    out += html_escape(std::string_view(snippet.text).substr(at));
    if (snippet.ends_mid_passage) out += " …";
    return out;
}

}  // namespace healthsearch::cli::serve
