#include "source/jsonl_reader.hpp"

#include "extract/article_builder.hpp"
#include "extract/utf8_check.hpp"
#include "source/content_hash.hpp"

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include <fstream>

namespace healthsearch::source {

namespace {

Article article_from_record(const nlohmann::json& record, const std::string& source,
                            const std::string& line_text) {
    if (!record.is_object()) throw InputError("is not a JSON object", source);
    const auto id = record.find("_id");
    if (id == record.end() || !id->is_string() || id->get_ref<const std::string&>().empty()) {
        throw InputError("has no \"_id\" string", source);
    }
    const auto text = record.find("text");
    if (text == record.end() || !text->is_string()) throw InputError("has no \"text\" string", source);

    extract::ArticleBuilder builder(id->get<std::string>(), source);
    if (const auto title = record.find("title"); title != record.end() && title->is_string()) {
        builder.set_title(title->get_ref<const std::string&>());
    }
    for (const char* key : {"lang", "language"}) {
        if (const auto lang = record.find(key); lang != record.end() && lang->is_string()) {
            builder.set_language_hint(lang->get_ref<const std::string&>());
        }
    }
    // Blank lines separate paragraphs; a record without them is one paragraph.
    const std::string& body = text->get_ref<const std::string&>();
    std::size_t start = 0;
    while (start < body.size()) {
        std::size_t end = body.find("\n\n", start);
        if (end == std::string::npos) end = body.size();
        builder.paragraph(std::string_view(body).substr(start, end - start));
        start = end + 2;
    }
    Article article = builder.finish("");
    article.content_hash = content_hash(line_text);
    return article;
}

}  // namespace

void read_jsonl(const std::filesystem::path& file, const CorpusCallbacks& callbacks) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        callbacks.on_error(InputError("cannot be opened for reading", file.string()));
        return;
    }
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        const std::string where = fmt::format("{}:{}", file.string(), number);
        try {
            extract::require_text(line, where);
            const nlohmann::json record = nlohmann::json::parse(line);
            callbacks.on_article(article_from_record(record, where, line));
        } catch (const nlohmann::json::exception& error) {  // parse_error, or out_of_range for 1E400
            callbacks.on_error(InputError(fmt::format("is not valid JSON ({})", error.what()),
                                          file.string(), number));
        } catch (const InputError& error) {
            callbacks.on_error(InputError(error.what(), file.string(), number));
        }
    }
    if (in.bad()) callbacks.on_error(InputError("read failed part-way", file.string()));
}

}  // namespace healthsearch::source
