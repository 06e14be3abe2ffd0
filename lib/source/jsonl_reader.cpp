#include "source/jsonl_reader.hpp"

#include "extract/article_builder.hpp"
#include "extract/input_limits.hpp"
#include "extract/utf8_check.hpp"
#include "source/content_hash.hpp"

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include <array>
#include <fstream>
#include <optional>

namespace healthsearch::source {

namespace {

// The record's string field `key`: null when it is absent (or JSON null), an InputError when
// it is anything but a string.
const std::string* string_field(const nlohmann::json& record, const char* key, const std::string& source) {
    const auto field = record.find(key);
    if (field == record.end() || field->is_null()) return nullptr;
    if (!field->is_string()) {
        throw InputError(fmt::format("has a \"{}\" that is a {}, not a string", key, field->type_name()), source);
    }
    return &field->get_ref<const std::string&>();
}

Article article_from_record(const nlohmann::json& record, const std::string& source,
                            const std::string& line_text) {
    if (!record.is_object()) throw InputError("is not a JSON object", source);
    const std::string* id = string_field(record, "_id", source);
    if (!id || id->empty()) throw InputError("has no \"_id\" string", source);
    const std::string* text = string_field(record, "text", source);
    if (!text) throw InputError("has no \"text\" string", source);

    extract::ArticleBuilder builder(*id, source);
    if (const std::string* title = string_field(record, "title", source)) builder.set_title(*title);
    for (const char* key : {"lang", "language"}) {
        if (const std::string* lang = string_field(record, key, source)) builder.set_language_hint(*lang);
    }
    // Blank lines separate paragraphs; a record without them is one paragraph.
    const std::string& body = *text;
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

// Reads one line into `line`, keeping at most limits::kMaxArticleBytes of it; false at the end.
// `too_long` says that the rest of the line was passed over.
bool read_line(std::istream& in, std::string& line, bool& too_long) {
    line.clear();
    too_long = false;
    bool read_any = false;
    std::array<char, 64 * 1024> buffer;  // not zeroed: getline fills what is read
    for (;;) {
        in.getline(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const auto count = static_cast<std::size_t>(in.gcount());
        if (count == 0 && in.fail()) return read_any;
        read_any = true;
        const bool buffer_full = in.fail() && !in.eof();
        const bool newline = !in.fail() && !in.eof();  // counted in gcount, not stored
        const std::size_t chars = newline ? count - 1 : count;
        if (line.size() + chars > extract::limits::kMaxArticleBytes) {
            too_long = true;
            line.clear();
        } else if (!too_long) {
            line.append(buffer.data(), chars);
        }
        if (!buffer_full) return true;
        in.clear();
    }
}

}  // namespace

void read_jsonl(const std::filesystem::path& file, const CorpusCallbacks& callbacks) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        callbacks.on_error(InputError("cannot be opened for reading", file.string()));
        return;
    }
    std::string line;
    bool too_long = false;
    std::size_t number = 0;
    while (read_line(in, line, too_long)) {
        ++number;
        if (too_long) {
            callbacks.on_error(InputError(fmt::format("is longer than the {} MB limit for one record",
                                                      extract::limits::kMaxArticleBytes >> 20),
                                          file.string(), number));
            continue;
        }
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        const std::string where = fmt::format("{}:{}", file.string(), number);
        std::optional<Article> article;
        try {
            extract::require_text(line, where);
            article = article_from_record(nlohmann::json::parse(line), where, line);
        } catch (const nlohmann::json::exception& error) {
            // parse_error, but also out_of_range (a number like 1e400) and the others.
            callbacks.on_error(InputError(fmt::format("is not valid JSON ({})", error.what()),
                                          file.string(), number));
        } catch (const InputError& error) {
            callbacks.on_error(InputError(error.what(), file.string(), number));
        } catch (const std::exception& error) {
            callbacks.on_error(InputError(fmt::format("could not be read: {}", error.what()),
                                          file.string(), number));
        }
        if (article) callbacks.on_article(std::move(*article));
    }
    if (in.bad()) callbacks.on_error(InputError("read failed part-way", file.string()));
}

}  // namespace healthsearch::source
