#include "render.hpp"

#include <fmt/format.h>

namespace healthsearch::cli {

namespace {

constexpr std::string_view kHighlightOn = "\x1b[1;33m";
constexpr std::string_view kDimOn = "\x1b[2m";
constexpr std::string_view kBoldOn = "\x1b[1m";
constexpr std::string_view kStyleOff = "\x1b[0m";

std::string styled(std::string_view text, std::string_view style, bool color) {
    if (!color) return std::string(text);
    return fmt::format("{}{}{}", style, text, kStyleOff);
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const std::string& part : parts) {
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

}  // namespace

std::string render_snippet(const Snippet& snippet, bool color) {
    std::string out = snippet.starts_mid_passage ? "… " : "";
    std::size_t at = 0;
    for (const Span& span : snippet.highlights) {
        out.append(snippet.text, at, span.begin - at);
        const std::string_view word(snippet.text.data() + span.begin, span.end - span.begin);
        out += color ? styled(word, kHighlightOn, true) : fmt::format("*{}*", word);
        at = span.end;
    }
    out.append(snippet.text, at);
    if (snippet.ends_mid_passage) out += " …";
    // Paragraph breaks inside a passage read as one space on a single line.
    std::string flat;
    flat.reserve(out.size());
    for (char c : out) {
        if (c == '\n' || c == '\r') {
            if (!flat.empty() && flat.back() != ' ') flat += ' ';
        } else if (c == ' ' && !flat.empty() && flat.back() == ' ') {
            continue;
        } else {
            flat += c;
        }
    }
    return flat;
}

std::string render_hit_text(const Hit& hit, bool color) {
    std::string heading = hit.title;
    if (!hit.heading_path.empty()) heading += " › " + join(hit.heading_path, " › ");
    return fmt::format("{:>2}. {}\n    {}\n    {}\n\n", hit.rank, styled(heading, kBoldOn, color),
                       styled(fmt::format("{} · passage {} · {} · score {:.2f}", hit.source,
                                          hit.passage + 1, hit.language, hit.score),
                              kDimOn, color),
                       render_snippet(hit.snippet, color));
}

nlohmann::json hit_json(const Hit& hit) {
    nlohmann::json highlights = nlohmann::json::array();
    for (const Span& span : hit.snippet.highlights) highlights.push_back({span.begin, span.end});
    return {
        {"rank", hit.rank},
        {"score", hit.score},
        {"article_id", hit.article_id},
        {"title", hit.title},
        {"heading_path", hit.heading_path},
        {"language", hit.language},
        {"source", hit.source},
        {"passage", hit.passage + 1},
        {"text", hit.text},
        {"snippet",
         {{"text", hit.snippet.text},
          {"highlights", highlights},
          {"starts_mid_passage", hit.snippet.starts_mid_passage},
          {"ends_mid_passage", hit.snippet.ends_mid_passage}}},
    };
}

std::string render_hit_json(const Hit& hit) { return json_text(hit_json(hit)); }

std::string json_text(const nlohmann::json& json, int indent) {
    return json.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::json index_stats_json(const IndexStats& stats) {
    return {
        {"path", stats.path},
        {"articles", stats.articles},
        {"passages", stats.passages},
        {"passages_by_language", stats.passages_by_language},
        {"average_passage_terms", stats.average_passage_terms},
        {"fingerprint", stats.fingerprint},
        {"shard", stats.shard},
    };
}

}  // namespace healthsearch::cli
