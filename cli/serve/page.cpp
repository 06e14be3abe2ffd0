#include "page.hpp"

#include "html.hpp"

#include <fmt/format.h>

namespace healthsearch::cli::serve {

namespace {

// The page's own address for the same question with some parameters changed.
std::string page_link(const SearchRequest& request, std::string_view query, std::size_t offset,
                      bool autocorrect) {
    std::string link = "/?q=" + url_encode(query);
    if (!request.language.empty()) link += "&lang=" + request.language;
    if (offset > 0) link += fmt::format("&offset={}", offset);
    if (autocorrect) link += "&autocorrect=1";
    return html_escape(link);
}

std::string language_option(std::string_view value, std::string_view label, const SearchRequest& request) {
    return fmt::format("<option value=\"{}\"{}>{}</option>", value,
                       request.language == value ? " selected" : "", html_escape(label));
}

std::string search_form(const PageView& view) {
    const PageText& text = view.text;
    return fmt::format(
        "<form role=\"search\" action=\"/\" method=\"get\">\n"
        "<div class=\"field\"><label for=\"q\">{}</label>\n"
        "<input id=\"q\" name=\"q\" type=\"search\" value=\"{}\" maxlength=\"4096\" required "
        "aria-describedby=\"q-hint\">\n"
        "<p id=\"q-hint\" class=\"hint\">{}</p></div>\n"
        "<div class=\"field\"><label for=\"lang\">{}</label>\n"
        "<select id=\"lang\" name=\"lang\">{}{}{}</select></div>\n"
        "<button type=\"submit\">{}</button>\n"
        "</form>\n",
        html_escape(text.question_label), html_escape(view.request.query), html_escape(text.question_hint),
        html_escape(text.language_label), language_option("", text.both_languages, view.request),
        language_option("de", text.german, view.request), language_option("en", text.english, view.request),
        html_escape(text.search));
}

std::string did_you_mean(const PageView& view) {
    const SearchResult& result = *view.result;
    if (result.corrections.empty()) return {};
    const std::string suggested = apply_corrections(view.request.query, result.corrections);
    if (view.request.autocorrect) {
        return fmt::format("<p class=\"suggestion\">{} <strong>{}</strong></p>\n",
                           html_escape(view.text.showing_results_for), html_escape(suggested));
    }
    return fmt::format("<p class=\"suggestion\">{} <a href=\"{}\">{}</a>?</p>\n", html_escape(view.text.did_you_mean),
                       page_link(view.request, suggested, 0, false), html_escape(suggested));
}

std::string hit_item(const Hit& hit, const PageText& text) {
    std::string headings;
    for (const std::string& heading : hit.heading_path) {
        headings += (headings.empty() ? "" : " › ") + html_escape(heading);
    }
    const std::string_view language = hit.language == "de" ? text.german : hit.language == "en" ? text.english : "";
    return fmt::format(
        "<li value=\"{}\"><article lang=\"{}\">\n<h3>{}</h3>\n{}"
        "<p class=\"meta\"><span lang=\"{}\">{}</span> · {}</p>\n<p class=\"snippet\">{}</p>\n</article></li>\n",
        hit.rank, html_escape(hit.language), html_escape(hit.title),
        headings.empty() ? "" : fmt::format("<p class=\"path\">{}</p>\n", headings), text.lang,
        html_escape(language), html_escape(hit.source), snippet_html(hit.snippet));
}

std::string page_links(const PageView& view) {
    const SearchResult& result = *view.result;
    const std::size_t offset = result.offset;
    const bool has_previous = offset > 0;
    const bool has_next = result.hits.size() == view.request.limit &&
                          offset + view.request.limit < result.estimated_matches &&
                          offset + view.request.limit <= kMaxOffset;
    if (!has_previous && !has_next) return {};
    std::string links;
    if (has_previous) {
        links += fmt::format("<a rel=\"prev\" href=\"{}\">{}</a>\n",
                             page_link(view.request, view.request.query,
                                       offset > view.request.limit ? offset - view.request.limit : 0,
                                       view.request.autocorrect),
                             html_escape(view.text.previous));
    }
    links += fmt::format("<span aria-current=\"page\">{} {}</span>\n", html_escape(view.text.page),
                         offset / view.request.limit + 1);
    if (has_next) {
        links += fmt::format("<a rel=\"next\" href=\"{}\">{}</a>\n",
                             page_link(view.request, view.request.query, offset + view.request.limit,
                                       view.request.autocorrect),
                             html_escape(view.text.next));
    }
    return fmt::format("<nav aria-label=\"{}\" class=\"pages\">\n{}</nav>\n", html_escape(view.text.pages), links);
}

std::string results(const PageView& view) {
    const PageText& text = view.text;
    std::string body;
    if (!view.error.empty()) {
        body = fmt::format("<h2 id=\"results-heading\">{}</h2>\n<p class=\"error\" role=\"alert\">{}</p>\n",
                           html_escape(text.error), html_escape(view.error));
    } else if (view.result) {
        body = fmt::format("<h2 id=\"results-heading\">{}</h2>\n", html_escape(text.results)) + did_you_mean(view);
        if (view.result->hits.empty()) {
            body += fmt::format("<p>{}</p>\n", html_escape(text.no_results));
        } else {
            body += fmt::format("<p class=\"count\">{} {}</p>\n<ol class=\"hits\">\n", html_escape(text.about_matches),
                                view.result->estimated_matches);
            for (const Hit& hit : view.result->hits) body += hit_item(hit, text);
            body += "</ol>\n" + page_links(view);
        }
    } else {
        return {};
    }
    return "<section id=\"results\" aria-labelledby=\"results-heading\" tabindex=\"-1\">\n" + body + "</section>\n";
}

}  // namespace

std::string render_page(const PageView& view) {
    const PageText& text = view.text;
    const std::string found = results(view);
    const std::string title = view.request.query.empty()
                                  ? html_escape(text.title)
                                  : html_escape(view.request.query) + " – " + html_escape(text.title);
    return fmt::format(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>{}</title>\n<link rel=\"stylesheet\" href=\"/style.css\">\n"
        "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n</head>\n<body>\n"
        "{}<header>\n<h1>{}</h1>\n</header>\n<main>\n{}{}</main>\n<footer>\n<p>{}</p>\n</footer>\n</body>\n</html>\n",
        text.lang, title,
        found.empty() ? "" : fmt::format("<a class=\"skip\" href=\"#results\">{}</a>\n", html_escape(text.skip_to_results)),
        html_escape(text.title), search_form(view), found, html_escape(text.not_advice));
}

std::string_view page_stylesheet() {
    return R"css(:root { color-scheme: light dark; --accent: #0b5cad; --muted: #555; }
body { font: 1rem/1.5 system-ui, sans-serif; max-width: 46rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 1rem; }
form { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: end; }
.field { display: flex; flex-direction: column; flex: 1 1 14rem; }
.field:first-child { flex-basis: 100%; }
label { font-weight: 600; }
input, select, button { font: inherit; padding: 0.4rem 0.5rem; }
button { background: var(--accent); color: #fff; border: 0; border-radius: 4px; padding: 0.45rem 1.2rem; }
:focus-visible { outline: 3px solid #e8a400; outline-offset: 2px; }
.hint, .meta, .path, .count { color: var(--muted); font-size: 0.9rem; margin: 0.2rem 0; }
.hits { padding-left: 1.5rem; }
.hits li { margin: 1.2rem 0; }
.hits h3 { font-size: 1.1rem; margin: 0; }
mark { background: #ffe066; color: #000; padding: 0 0.1em; }
.error { color: #a00; font-weight: 600; }
.pages { display: flex; gap: 1rem; margin: 1.5rem 0; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 0.5rem; background: #fff; padding: 0.3rem; }
footer { margin-top: 2rem; color: var(--muted); font-size: 0.85rem; }
@media (prefers-color-scheme: dark) { :root { --accent: #6fb0ff; --muted: #bbb; } button { color: #000; } }
)css";
}

std::string_view page_icon() {
    return R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="#0b5cad" stroke-width="2"/><path d="M10 10l4.5 4.5" stroke="#0b5cad" stroke-width="2"/></svg>)svg";
}

}  // namespace healthsearch::cli::serve
