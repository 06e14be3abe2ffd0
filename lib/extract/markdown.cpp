#include "extract/article_builder.hpp"
#include "extract/bounded_gumbo.hpp"
#include "extract/extractors.hpp"
#include "extract/input_limits.hpp"

#include <healthsearch/error.hpp>

#include <md4c.h>

#include <fmt/format.h>

#include <unicode/utf8.h>

#include <cctype>
#include <map>
#include <string>

namespace healthsearch::extract {

namespace {

// Markdown's entities are HTML's character references. Gumbo decodes them for HTML pages and
// knows all 2,231 names, so a name is looked up by parsing it as HTML, once per file.
class EntityDecoder {
public:
    explicit EntityDecoder(std::string source) : source_(std::move(source)) {}

    std::string decode(std::string_view entity) {
        if (entity.starts_with("&#")) return decode_numeric(entity.substr(2));
        if (const auto known = decoded_.find(entity); known != decoded_.end()) return known->second;
        if (decoded_.size() >= limits::kMaxMarkdownEntityNames) return std::string(entity);
        return decoded_.emplace(std::string(entity), decode_named(entity)).first->second;
    }

private:
    // "&#228;" or "&#xE4;" without the "&#"; an invalid code point is U+FFFD, as CommonMark says.
    static std::string decode_numeric(std::string_view digits) {
        const bool hex = !digits.empty() && (digits.front() == 'x' || digits.front() == 'X');
        if (hex) digits.remove_prefix(1);
        UChar32 code_point = 0;
        for (const char c : digits) {
            if (c == ';') break;
            const int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : std::tolower(c) - 'a' + 10;
            code_point = code_point * (hex ? 16 : 10) + digit;
            if (code_point > 0x10FFFF) break;
        }
        if (code_point == 0 || code_point > 0x10FFFF || U_IS_SURROGATE(code_point)) code_point = 0xFFFD;
        std::string out(U8_LENGTH(code_point), '\0');
        std::size_t length = 0;
        U8_APPEND_UNSAFE(out.data(), length, code_point);
        return out;
    }

    std::string decode_named(std::string_view entity) const {
        const BoundedGumboParse parse(entity, source_, {.fragment_context = GUMBO_TAG_DIV});
        std::string text;
        const GumboVector& children = parse.root().v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto* child = static_cast<const GumboNode*>(children.data[i]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) text += child->v.text.text;
        }
        // A name HTML does not know stays as written; so does one of which HTML decodes only a
        // prefix ("&notit;" is not "¬it;"): every name stands for one or two code points.
        const auto* data = reinterpret_cast<const uint8_t*>(text.data());
        const auto length = static_cast<int32_t>(text.size());
        int32_t code_points = 0;
        for (int32_t i = 0; i < length; ++code_points) U8_FWD_1(data, i, length);
        return code_points >= 1 && code_points <= 2 ? text : std::string(entity);
    }

    std::string source_;
    std::map<std::string, std::string, std::less<>> decoded_;
};

// What our callbacks return to make md4c stop. md4c 0.4.8 does not always pass it on as the
// result of md_parse, so the walk also remembers that it stopped.
constexpr int kStop = 1;

// md4c reports blocks and text as a SAX stream; this gathers each leaf block's text.
struct MarkdownWalk {
    ArticleBuilder& builder;
    EntityDecoder entities;
    std::string text;
    int heading_level = 0;  // > 0 while inside a heading
    int code_depth = 0;
    int block_depth = 0;
    bool too_deep = false;

    void flush_paragraph() {
        if (!text.empty()) builder.paragraph(text);
        text.clear();
    }

    static int enter_block(MD_BLOCKTYPE type, void* detail, void* self_ptr) {
        auto& self = *static_cast<MarkdownWalk*>(self_ptr);
        if (++self.block_depth > limits::kMaxMarkdownDepth) self.too_deep = true;
        if (self.too_deep) return kStop;
        switch (type) {
            case MD_BLOCK_H:
                self.flush_paragraph();
                self.heading_level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
                break;
            case MD_BLOCK_CODE: ++self.code_depth; break;
            // A list item or quote starts a new paragraph even when it has no <p> of its own.
            case MD_BLOCK_LI: case MD_BLOCK_QUOTE: case MD_BLOCK_TR: self.flush_paragraph(); break;
            default: break;
        }
        return 0;
    }

    static int leave_block(MD_BLOCKTYPE type, void*, void* self_ptr) {
        auto& self = *static_cast<MarkdownWalk*>(self_ptr);
        if (self.too_deep) return kStop;
        --self.block_depth;
        switch (type) {
            case MD_BLOCK_H:
                self.builder.heading(self.heading_level, self.text);
                self.text.clear();
                self.heading_level = 0;
                break;
            case MD_BLOCK_CODE: --self.code_depth; self.text.clear(); break;
            case MD_BLOCK_P: case MD_BLOCK_LI: case MD_BLOCK_QUOTE: case MD_BLOCK_TR:
                self.flush_paragraph();
                break;
            case MD_BLOCK_TD: case MD_BLOCK_TH: self.text += ' '; break;
            default: break;
        }
        return 0;
    }

    static int enter_span(MD_SPANTYPE, void*, void*) { return 0; }
    static int leave_span(MD_SPANTYPE, void*, void*) { return 0; }

    static int on_text(MD_TEXTTYPE type, const MD_CHAR* chars, MD_SIZE size, void* self_ptr) {
        auto& self = *static_cast<MarkdownWalk*>(self_ptr);
        if (self.too_deep) return kStop;
        if (self.code_depth > 0) return 0;
        switch (type) {
            case MD_TEXT_NORMAL: case MD_TEXT_CODE: case MD_TEXT_LATEXMATH:
                self.text.append(chars, size);
                break;
            case MD_TEXT_ENTITY: self.text += self.entities.decode(std::string_view(chars, size)); break;
            case MD_TEXT_NULLCHAR: break;
            case MD_TEXT_BR: case MD_TEXT_SOFTBR: self.text += ' '; break;
            case MD_TEXT_HTML: break;  // inline tags carry no words
        }
        return 0;
    }
};

// YAML front matter ("---" ... "---") is metadata, not text: take title and lang from it.
std::string_view strip_front_matter(std::string_view text, ArticleBuilder& builder) {
    if (!text.starts_with("---\n") && !text.starts_with("---\r\n")) return text;
    const std::size_t close = text.find("\n---", 3);
    if (close == std::string_view::npos) return text;
    std::string_view header = text.substr(4, close - 4);
    while (!header.empty()) {
        std::size_t end = header.find('\n');
        std::string_view line = header.substr(0, end);
        auto value_of = [&](std::string_view key) -> std::string_view {
            if (!line.starts_with(key)) return {};
            std::string_view value = line.substr(key.size());
            while (!value.empty() && (value.front() == ' ' || value.front() == '"')) value.remove_prefix(1);
            while (!value.empty() && (value.back() == '\r' || value.back() == '"' || value.back() == ' '))
                value.remove_suffix(1);
            return value;
        };
        if (auto title = value_of("title:"); !title.empty()) builder.set_title(title);
        if (auto lang = value_of("lang:"); !lang.empty()) builder.set_language_hint(lang);
        if (auto lang = value_of("language:"); !lang.empty()) builder.set_language_hint(lang);
        if (end == std::string_view::npos) break;
        header.remove_prefix(end + 1);
    }
    const std::size_t body = text.find('\n', close + 4);
    return body == std::string_view::npos ? std::string_view{} : text.substr(body + 1);
}

}  // namespace

Article extract_markdown(std::string_view text, std::string id, std::string source) {
    ArticleBuilder builder(std::move(id), source);
    text = strip_front_matter(text, builder);
    MarkdownWalk walk{builder, EntityDecoder(source), {}, 0, 0, 0};
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;
    parser.enter_block = &MarkdownWalk::enter_block;
    parser.leave_block = &MarkdownWalk::leave_block;
    parser.enter_span = &MarkdownWalk::enter_span;
    parser.leave_span = &MarkdownWalk::leave_span;
    parser.text = &MarkdownWalk::on_text;
    const int result = md_parse(text.data(), static_cast<MD_SIZE>(text.size()), &parser, &walk);
    if (walk.too_deep) {
        throw InputError(fmt::format("has Markdown blocks nested deeper than {} levels", limits::kMaxMarkdownDepth),
                         source);
    }
    if (result != 0) throw InputError("the Markdown parser gave up on this file", source);
    walk.flush_paragraph();
    return builder.finish("");
}

}  // namespace healthsearch::extract
