#include "extract/article_builder.hpp"
#include "extract/extractors.hpp"

#include <healthsearch/error.hpp>

#include <md4c.h>

namespace healthsearch::extract {

namespace {

// md4c reports blocks and text as a SAX stream; this gathers each leaf block's text.
struct MarkdownWalk {
    ArticleBuilder& builder;
    std::string text;
    int heading_level = 0;  // > 0 while inside a heading
    int code_depth = 0;

    void flush_paragraph() {
        if (!text.empty()) builder.paragraph(text);
        text.clear();
    }

    static int enter_block(MD_BLOCKTYPE type, void* detail, void* self_ptr) {
        auto& self = *static_cast<MarkdownWalk*>(self_ptr);
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
        if (self.code_depth > 0) return 0;
        switch (type) {
            case MD_TEXT_NORMAL: case MD_TEXT_CODE: case MD_TEXT_LATEXMATH:
                self.text.append(chars, size);
                break;
            case MD_TEXT_ENTITY: self.text += decode_entity(std::string_view(chars, size)); break;
            case MD_TEXT_NULLCHAR: break;
            case MD_TEXT_BR: case MD_TEXT_SOFTBR: self.text += ' '; break;
            case MD_TEXT_HTML: break;  // inline tags carry no words
        }
        return 0;
    }

    static std::string decode_entity(std::string_view entity) {
        if (entity == "&amp;") return "&";
        if (entity == "&lt;") return "<";
        if (entity == "&gt;") return ">";
        if (entity == "&quot;") return "\"";
        if (entity == "&nbsp;") return " ";
        return " ";
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
    MarkdownWalk walk{builder, {}, 0, 0};
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;
    parser.enter_block = &MarkdownWalk::enter_block;
    parser.leave_block = &MarkdownWalk::leave_block;
    parser.enter_span = &MarkdownWalk::enter_span;
    parser.leave_span = &MarkdownWalk::leave_span;
    parser.text = &MarkdownWalk::on_text;
    if (md_parse(text.data(), static_cast<MD_SIZE>(text.size()), &parser, &walk) != 0) {
        throw InputError("the Markdown parser gave up on this file", source);
    }
    walk.flush_paragraph();
    return builder.finish("");
}

}  // namespace healthsearch::extract
