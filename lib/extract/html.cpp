#include "extract/article_builder.hpp"
#include "extract/block_classifier.hpp"
#include "extract/bounded_gumbo.hpp"
#include "extract/extractors.hpp"
#include "extract/heading_shapes.hpp"
#include "extract/html_shape.hpp"
#include "extract/input_limits.hpp"
#include "extract/site_chrome.hpp"

#include <healthsearch/error.hpp>

#include <gumbo.h>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <initializer_list>
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
        "site-footer", "skip-link",
        // blogs, site builders and forums: profile, signature, author box, share bar, consent
        "postprofile", "signature", "author-box", "author-bio", "about-author", "share-buttons",
        "sharedaddy", "social", "newsletter", "comment-respond", "comments-area", "cookie-consent",
        "consent", "byline", "post-meta", "entry-meta", "reading-time", "advertisement", "ad", "ads"};
    // Parts of names, as Readability's "unlikely candidates": "cookie-law-info-bar",
    // "newsletter-box", "comment-list", "wix-ads" are furniture whatever the theme calls them.
    static constexpr std::string_view kNameParts[] = {
        "cookie", "consent", "gdpr", "newsletter", "sharing", "share-", "social", "author-box",
        "authorbox", "author-bio", "comment", "breadcrumb", "signature", "postprofile", "advert",
        "-ads", "sidebar", "popup", "related-posts"};
    for (const char* key : {"class", "id"}) {
        const char* value = attribute(element, key);
        if (!value) continue;
        std::string_view list(value);
        std::string folded(list);
        for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        for (std::string_view part : kNameParts) {
            if (folded.find(part) != std::string::npos) return true;
        }
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

bool has_class(const GumboElement& element, std::initializer_list<std::string_view> names) {
    const char* value = attribute(element, "class");
    if (!value) return false;
    std::string_view list(value);
    while (!list.empty()) {
        const std::size_t space = list.find(' ');
        for (std::string_view name : names) {
            if (list.substr(0, space) == name) return true;
        }
        if (space == std::string_view::npos) break;
        list.remove_prefix(space + 1);
    }
    return false;
}

// One forum post per element of these classes (phpBB, vBulletin, Discourse, bbPress).
bool is_post_container(const GumboElement& element) {
    return has_class(element, {"post", "forum-post", "postbit", "topic-post", "bbp-reply", "message"});
}

// The text of a node with the bytes of it that are link text.
struct CollectedText {
    std::string text;
    std::size_t link_bytes = 0;
};

void append_text(const GumboNode& node, CollectedText& out, bool in_link = false) {
    if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE ||
        node.type == GUMBO_NODE_CDATA) {
        out.text += node.v.text.text;
        if (in_link) out.link_bytes += std::string_view(node.v.text.text).size();
        return;
    }
    if (node.type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& element = node.v.element;
    if (is_dropped_tag(element.tag) || is_chrome_element(element)) return;
    if (element.tag == GUMBO_TAG_BR) {
        out.text += ' ';
        return;
    }
    for (unsigned i = 0; i < element.children.length; ++i) {
        append_text(*static_cast<const GumboNode*>(element.children.data[i]), out,
                    in_link || element.tag == GUMBO_TAG_A);
    }
    if (is_block(element.tag)) out.text += ' ';
}

std::string text_of(const GumboNode& node) {
    CollectedText collected;
    append_text(node, collected);
    return collected.text;
}

// The bold run a paragraph starts with, when it is a heading glued to its text:
// <p><strong>Immunotherapy</strong> This treatment …</p>.
const GumboNode* leading_bold(const GumboNode& paragraph) {
    const GumboVector& children = paragraph.v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type == GUMBO_NODE_WHITESPACE) continue;
        if (child->type != GUMBO_NODE_ELEMENT) return nullptr;
        const GumboTag tag = child->v.element.tag;
        return (tag == GUMBO_TAG_STRONG || tag == GUMBO_TAG_B) && i + 1 < children.length ? child : nullptr;
    }
    return nullptr;
}

// Walks the DOM into blocks for the classifier: headings, paragraphs with their link text,
// a marker where furniture (nav, aside, footer, form, chrome classes) stood, and one where a
// forum post begins.
class HtmlWalk {
public:
    // `inside_article`: the walk starts at <article> or <main>, whose <header> holds the
    // article's title rather than the site's.
    explicit HtmlWalk(bool inside_article) : inside_article_(inside_article) {}

    void walk(const GumboNode& node) {
        if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_CDATA) {
            loose_.text += node.v.text.text;
            return;
        }
        if (node.type == GUMBO_NODE_WHITESPACE) {
            loose_.text += ' ';
            return;
        }
        if (node.type != GUMBO_NODE_ELEMENT) return;
        const GumboElement& element = node.v.element;
        const bool article_header = element.tag == GUMBO_TAG_HEADER && inside_article_;
        if ((is_dropped_tag(element.tag) && !article_header) || is_chrome_element(element)) {
            if (element.tag != GUMBO_TAG_SCRIPT && element.tag != GUMBO_TAG_STYLE && element.tag != GUMBO_TAG_HEAD) {
                add(Block::marker(Block::Kind::chrome));
            }
            return;
        }
        if (is_post_container(element)) {
            flush_loose_text();
            add(Block::marker(Block::Kind::post_start));
        }
        if (const int level = heading_level(element.tag); level > 0) {
            flush_loose_text();
            add_heading(level, collapse_whitespace(text_of(node)));
            return;
        }
        const bool quote = element.tag == GUMBO_TAG_BLOCKQUOTE || has_class(element, {"quote", "bbcode_quote"});
        quote_depth_ += quote;
        if (is_text_block(element.tag) && !has_block_child(node)) {
            flush_loose_text();
            add_paragraph(node);
        } else {
            const bool block = is_block(element.tag);
            if (block) flush_loose_text();
            for (unsigned i = 0; i < element.children.length; ++i) {
                walk(*static_cast<const GumboNode*>(element.children.data[i]));
            }
            if (block) flush_loose_text();
        }
        quote_depth_ -= quote;
    }

    void flush_loose_text() {
        add_text(std::move(loose_));
        loose_ = CollectedText{};
    }

    std::vector<Block> take_blocks() { return std::move(blocks_); }

private:
    void add(Block block) {
        // Neighbouring furniture is one block for the classifier's context.
        if (block.kind == Block::Kind::chrome && !blocks_.empty() && blocks_.back().kind == Block::Kind::chrome) return;
        blocks_.push_back(std::move(block));
    }

    void add_text(CollectedText collected) {
        std::string text = collapse_whitespace(collected.text);
        if (text.empty()) return;
        Block block = Block::marker(is_site_chrome(text) ? Block::Kind::chrome : Block::Kind::text);
        block.text = std::move(text);
        block.link_bytes = collected.link_bytes;
        block.quoted = quote_depth_ > 0;
        add(std::move(block));
    }

    void add_heading(int level, std::string text) {
        Block block = Block::marker(Block::Kind::heading);
        block.level = level;
        block.text = std::move(text);
        add(std::move(block));
    }

    void add_paragraph(const GumboNode& node) {
        CollectedText whole;
        append_text(node, whole);
        if (element_is(node, GUMBO_TAG_P)) {
            if (const GumboNode* bold = leading_bold(node)) {
                const std::string heading = collapse_whitespace(text_of(*bold));
                const std::string text = collapse_whitespace(whole.text);
                if (is_heading_shaped(heading) && text.size() > heading.size() + 20 && text.starts_with(heading)) {
                    add_heading(0, heading);
                    whole.text = text.substr(heading.size());
                }
            }
        }
        add_text(std::move(whole));
    }

    static bool element_is(const GumboNode& node, GumboTag tag) {
        return node.type == GUMBO_NODE_ELEMENT && node.v.element.tag == tag;
    }

    std::vector<Block> blocks_;
    CollectedText loose_;  // text directly inside containers such as <div>
    int quote_depth_ = 0;
    bool inside_article_;
};

// A page without <h1> often names its article in a lower heading that <title> repeats before
// the site's name ("Hot flushes … - Breast Cancer Forum"): that heading is the title.
void title_from_heading(const std::vector<Block>& blocks, const std::string& page_title, ArticleBuilder& builder) {
    constexpr std::size_t kShortestTitle = 10;
    for (const Block& block : blocks) {
        if (block.kind == Block::Kind::heading && block.level == 1) return;
    }
    for (const Block& block : blocks) {
        if (block.kind != Block::Kind::heading || block.text.size() < kShortestTitle) continue;
        if (page_title.starts_with(block.text)) {
            builder.set_title(block.text);
            return;
        }
    }
}

// Sends the content blocks to the builder. A bold lead-in heading (level 0) sits one level below
// the heading before it.
void emit_blocks(const std::vector<Block>& blocks, ArticleBuilder& builder) {
    const std::vector<bool> content = content_blocks(blocks);
    int last_level = 1;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block& block = blocks[i];
        if (block.kind == Block::Kind::post_start) builder.start_post();
        if (!content[i]) continue;
        if (block.kind == Block::Kind::heading) {
            const int level = block.level > 0 ? block.level : std::min(last_level + 1, 6);
            if (block.level > 0) last_level = block.level;
            builder.heading(level, strip_list_number(block.text));
        } else if (block.quoted && builder.repeats_earlier_text(block.text)) {
            continue;
        } else if (const auto question = question_line(block.text)) {
            builder.heading(std::min(last_level + 1, 6), *question);
        } else {
            builder.paragraph(without_answer_label(block.text));
        }
    }
}

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
    if (const GumboNode* title = find_first(root, GUMBO_TAG_TITLE)) page_title = text_of(*title);

    // The article proper lives in <article> or <main> on most sites; fall back to <body>.
    const GumboNode* content = find_first(root, GUMBO_TAG_ARTICLE);
    if (!content) content = find_first(root, GUMBO_TAG_MAIN);
    const bool inside_article = content != nullptr;
    if (!content) content = find_first(root, GUMBO_TAG_BODY);
    if (!content) content = &root;

    HtmlWalk walk(inside_article);
    walk.walk(*content);
    walk.flush_loose_text();
    const std::vector<Block> blocks = walk.take_blocks();
    page_title = collapse_whitespace(page_title);
    title_from_heading(blocks, page_title, builder);
    emit_blocks(blocks, builder);
    return builder.finish(page_title);
}

}  // namespace healthsearch::extract
