#include "extract/article_builder.hpp"
#include "extract/bounded_gumbo.hpp"
#include "extract/extractors.hpp"
#include "extract/html_shape.hpp"
#include "extract/input_limits.hpp"

#include <healthsearch/error.hpp>

#include <gumbo.h>

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <vector>
#include <set>
#include <string>

namespace healthsearch::extract {

namespace {

// Elements whose content is never article text.
bool is_dropped_tag(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
        case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
        case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_IFRAME: case GUMBO_TAG_BUTTON:
        case GUMBO_TAG_SELECT: case GUMBO_TAG_OBJECT: case GUMBO_TAG_HEAD: case GUMBO_TAG_MENU:
            return true;
        default: return false;
    }
}

// Elements that hold one paragraph of text (unless they contain further blocks).
bool is_text_block(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_P: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_DD:
        case GUMBO_TAG_DT: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_PRE: case GUMBO_TAG_CAPTION: case GUMBO_TAG_ADDRESS:
            return true;
        default: return false;
    }
}

int heading_level(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_H1: return 1; case GUMBO_TAG_H2: return 2; case GUMBO_TAG_H3: return 3;
        case GUMBO_TAG_H4: return 4; case GUMBO_TAG_H5: return 5; case GUMBO_TAG_H6: return 6;
        default: return 0;
    }
}

bool is_block(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
        case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_TABLE:
        case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_FIGURE:
        case GUMBO_TAG_BODY: case GUMBO_TAG_HR:
            return true;
        default: return is_text_block(tag) || heading_level(tag) > 0;
    }
}

const char* attribute(const GumboElement& element, const char* name) {
    const GumboAttribute* attr = gumbo_get_attribute(&element.attributes, name);
    return attr ? attr->value : nullptr;
}

// ARIA roles and class/id names that site builders give to navigation and page furniture.
bool is_chrome_element(const GumboElement& element) {
    if (const char* role = attribute(element, "role")) {
        static const std::set<std::string, std::less<>> roles = {
            "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search"};
        if (roles.contains(role)) return true;
    }
    if (const char* hidden = attribute(element, "aria-hidden"); hidden && std::string_view(hidden) == "true") {
        return true;
    }
    static const std::set<std::string, std::less<>> names = {
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar",
        "cookie-banner", "cookie-notice", "share", "social-share", "comments", "site-header",
        "site-footer", "skip-link"};
    for (const char* key : {"class", "id"}) {
        const char* value = attribute(element, key);
        if (!value) continue;
        std::string_view list(value);
        while (!list.empty()) {
            const std::size_t space = list.find(' ');
            if (names.contains(list.substr(0, space))) return true;
            if (space == std::string_view::npos) break;
            list.remove_prefix(space + 1);
        }
    }
    return false;
}

bool has_block_child(const GumboNode& node) {
    const GumboVector& children = node.v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && is_block(child->v.element.tag)) return true;
    }
    return false;
}

void append_text(const GumboNode& node, std::string& out) {
    if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE ||
        node.type == GUMBO_NODE_CDATA) {
        out += node.v.text.text;
        return;
    }
    if (node.type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& element = node.v.element;
    if (is_dropped_tag(element.tag) || is_chrome_element(element)) return;
    if (element.tag == GUMBO_TAG_BR) {
        out += ' ';
        return;
    }
    for (unsigned i = 0; i < element.children.length; ++i) {
        append_text(*static_cast<const GumboNode*>(element.children.data[i]), out);
    }
    if (is_block(element.tag)) out += ' ';
}

class HtmlWalk {
public:
    explicit HtmlWalk(ArticleBuilder& builder) : builder_(builder) {}

    void walk(const GumboNode& node) {
        if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_CDATA) {
            loose_text_ += node.v.text.text;
            return;
        }
        if (node.type == GUMBO_NODE_WHITESPACE) {
            loose_text_ += ' ';
            return;
        }
        if (node.type != GUMBO_NODE_ELEMENT) return;
        const GumboElement& element = node.v.element;
        if (is_dropped_tag(element.tag) || is_chrome_element(element)) return;

        if (const int level = heading_level(element.tag); level > 0) {
            flush_loose_text();
            std::string text;
            append_text(node, text);
            builder_.heading(level, text);
            return;
        }
        if (is_text_block(element.tag) && !has_block_child(node)) {
            flush_loose_text();
            std::string text;
            append_text(node, text);
            builder_.paragraph(text);
            return;
        }
        const bool block = is_block(element.tag);
        if (block) flush_loose_text();
        for (unsigned i = 0; i < element.children.length; ++i) {
            walk(*static_cast<const GumboNode*>(element.children.data[i]));
        }
        if (block) flush_loose_text();
    }

    void flush_loose_text() {
        builder_.paragraph(loose_text_);
        loose_text_.clear();
    }

private:
    ArticleBuilder& builder_;
    std::string loose_text_;  // text directly inside containers such as <div>
};

const GumboNode* find_first(const GumboNode& node, GumboTag tag) {
    if (node.type != GUMBO_NODE_ELEMENT) return nullptr;
    if (node.v.element.tag == tag) return &node;
    const GumboVector& children = node.v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        if (const GumboNode* found = find_first(*static_cast<const GumboNode*>(children.data[i]), tag)) {
            return found;
        }
    }
    return nullptr;
}

// Our walks recurse; the shape check estimates the depth, this measures the parsed tree.
std::size_t tree_depth(const GumboNode& root) {
    std::size_t deepest = 0;
    std::vector<std::pair<const GumboNode*, std::size_t>> stack{{&root, 1}};
    while (!stack.empty()) {
        const auto [node, depth] = stack.back();
        stack.pop_back();
        deepest = std::max(deepest, depth);
        if (node->type != GUMBO_NODE_ELEMENT) continue;
        const GumboVector& children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            stack.emplace_back(static_cast<const GumboNode*>(children.data[i]), depth + 1);
        }
    }
    return deepest;
}

}  // namespace

Article extract_html(std::string_view text, std::string id, std::string source) {
    check_html_shape(text, source);
    const BoundedGumboParse parse(text, source);
    const GumboNode& root = parse.root();
    if (tree_depth(root) > limits::kMaxHtmlDepth) {
        throw InputError(fmt::format("has HTML nested deeper than {} levels", limits::kMaxHtmlDepth), source);
    }
    ArticleBuilder builder(std::move(id), std::move(source));
    if (const char* lang = attribute(root.v.element, "lang")) builder.set_language_hint(lang);

    std::string page_title;
    if (const GumboNode* title = find_first(root, GUMBO_TAG_TITLE)) append_text(*title, page_title);

    // The article proper lives in <article> or <main> on most sites; fall back to <body>.
    const GumboNode* content = find_first(root, GUMBO_TAG_ARTICLE);
    if (!content) content = find_first(root, GUMBO_TAG_MAIN);
    if (!content) content = find_first(root, GUMBO_TAG_BODY);
    if (!content) content = &root;

    HtmlWalk walk(builder);
    walk.walk(*content);
    walk.flush_loose_text();
    return builder.finish(collapse_whitespace(page_title));
}

}  // namespace healthsearch::extract
