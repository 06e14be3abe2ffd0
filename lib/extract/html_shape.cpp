#include "extract/html_shape.hpp"

#include "extract/input_limits.hpp"

#include <healthsearch/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace healthsearch::extract {

namespace {

// Tags are told apart by a hash of their lower-case name, so that the scan compares integers.
constexpr std::uint32_t tag_hash(std::string_view name) {
    std::uint32_t hash = 2166136261u;  // FNV-1a
    for (const char c : name) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    return hash;
}

enum TagFlag : std::uint16_t {
    kVoid = 1 << 0,          // never has content: <br>, <img>
    kRawText = 1 << 1,       // content is text up to the end tag: <script>, <style>
    kDocument = 1 << 2,      // <html>, <head>, <body>: merged, never nested
    kClosesP = 1 << 3,       // a start tag that closes an open <p>
    kListBoundary = 1 << 4,  // an open <li>, <dt> or <dd> is not closed across it
    kButtonScope = 1 << 5,   // an open <p> is not closed across it
    kForeign = 1 << 6,       // <svg>, <math>: self-closing tags close there
    kHeading = 1 << 7,
    kTable = 1 << 8,         // the boundary for closing rows, cells and row groups
    kRow = 1 << 9,
};

struct TagInfo {
    std::string_view name;
    std::uint16_t flags;
};

constexpr std::array kKnownTags = std::to_array<TagInfo>({
    {"area", kVoid}, {"base", kVoid}, {"basefont", kVoid}, {"bgsound", kVoid}, {"br", kVoid},
    {"col", kVoid}, {"embed", kVoid}, {"frame", kVoid}, {"hr", kVoid | kClosesP}, {"img", kVoid},
    {"input", kVoid}, {"keygen", kVoid}, {"link", kVoid}, {"meta", kVoid}, {"param", kVoid},
    {"source", kVoid}, {"track", kVoid}, {"wbr", kVoid},
    {"script", kRawText}, {"style", kRawText}, {"textarea", kRawText}, {"title", kRawText},
    {"xmp", kRawText | kClosesP}, {"iframe", kRawText}, {"noembed", kRawText}, {"noframes", kRawText},
    {"plaintext", kRawText | kClosesP},
    {"html", kDocument | kButtonScope}, {"head", kDocument}, {"body", kDocument | kListBoundary},
    {"h1", kHeading | kClosesP}, {"h2", kHeading | kClosesP}, {"h3", kHeading | kClosesP},
    {"h4", kHeading | kClosesP}, {"h5", kHeading | kClosesP}, {"h6", kHeading | kClosesP},
    {"address", kClosesP}, {"article", kClosesP}, {"aside", kClosesP}, {"blockquote", kClosesP},
    {"center", kClosesP}, {"details", kClosesP}, {"dialog", kClosesP}, {"dir", kClosesP},
    {"div", kClosesP}, {"fieldset", kClosesP}, {"figcaption", kClosesP}, {"figure", kClosesP},
    {"footer", kClosesP}, {"form", kClosesP}, {"header", kClosesP}, {"hgroup", kClosesP},
    {"listing", kClosesP}, {"main", kClosesP}, {"nav", kClosesP}, {"p", kClosesP}, {"pre", kClosesP},
    {"section", kClosesP}, {"summary", kClosesP}, {"li", kClosesP}, {"dd", kClosesP}, {"dt", kClosesP},
    {"ul", kClosesP | kListBoundary}, {"ol", kClosesP | kListBoundary}, {"menu", kClosesP | kListBoundary},
    {"dl", kClosesP | kListBoundary}, {"table", kClosesP | kListBoundary | kButtonScope | kTable}, {"tr", kRow},
    {"td", kListBoundary | kButtonScope}, {"th", kListBoundary | kButtonScope},
    {"caption", kButtonScope}, {"button", kButtonScope}, {"object", kButtonScope},
    {"marquee", kButtonScope}, {"applet", kButtonScope}, {"template", kButtonScope},
    {"svg", kForeign | kButtonScope}, {"math", kForeign | kButtonScope},
});

std::uint16_t flags_of(std::string_view name) {
    for (const TagInfo& tag : kKnownTags) {
        if (tag.name == name) return tag.flags;
    }
    return 0;
}

struct OpenElement {
    std::uint32_t name;
    std::uint16_t flags;
};

// The stack of open elements, as far as the tags alone tell it.
class OpenElements {
public:
    explicit OpenElements(const std::string& source) : source_(source) {}

    // Comments count too: each is a node of its own, and so is the text between them.
    void comment() { count_tag(); }

    void start(std::string_view name, bool self_closing) {
        count_tag();
        const OpenElement element{tag_hash(name), flags_of(name)};
        if (element.flags & (kDocument | kVoid)) return;
        close_implied_by(element);
        // Self-closing syntax only closes elements inside SVG and MathML; in HTML it is ignored.
        if (self_closing && foreign_depth_ > 0) return;
        push(element);
        if (open_.size() > limits::kMaxHtmlDepth) {
            throw InputError(fmt::format("has HTML nested deeper than {} levels", limits::kMaxHtmlDepth),
                             source_);
        }
    }

    void end(std::string_view name) {
        count_tag();
        if (flags_of(name) & kDocument) return;
        pop_to(find(tag_hash(name), 0, 0));
    }

private:
    // The index of the innermost open element named `name` or `other_name` that no element with
    // one of the `boundaries` flags encloses; the stack's size when there is none.
    std::size_t find(std::uint32_t name, std::uint32_t other_name, std::uint16_t boundaries) const {
        if (!is_open(name) && !is_open(other_name)) return open_.size();  // the common case, at once
        for (std::size_t i = open_.size(); i-- > 0;) {
            if (open_[i].name == name || open_[i].name == other_name) return i;
            if (open_[i].flags & boundaries) break;
        }
        return open_.size();
    }

    bool is_open(std::uint32_t name) const {
        const auto count = open_count_.find(name);
        return count != open_count_.end() && count->second > 0;
    }

    void push(const OpenElement& element) {
        if (element.flags & kForeign) ++foreign_depth_;
        ++open_count_[element.name];
        open_.push_back(element);
    }

    void pop() {
        if (open_.back().flags & kForeign) --foreign_depth_;
        --open_count_[open_.back().name];
        open_.pop_back();
    }

    void pop_to(std::size_t index) {
        while (open_.size() > index) pop();
    }

    // The end tags HTML implies, so that pages of unclosed <p>, <li> and <td> do not count deep.
    void close_implied_by(const OpenElement& element) {
        static constexpr std::uint32_t li = tag_hash("li"), dt = tag_hash("dt"), dd = tag_hash("dd"),
                                       p = tag_hash("p"), option = tag_hash("option"),
                                       optgroup = tag_hash("optgroup"), tr = tag_hash("tr"),
                                       td = tag_hash("td"), th = tag_hash("th"), thead = tag_hash("thead"),
                                       tbody = tag_hash("tbody"), tfoot = tag_hash("tfoot"),
                                       a = tag_hash("a"), nobr = tag_hash("nobr");
        const std::uint32_t name = element.name;
        if (element.flags & kClosesP) pop_to(find(p, p, kButtonScope));
        if (name == li) pop_to(find(li, li, kListBoundary));
        if (name == dt || name == dd) pop_to(find(dt, dd, kListBoundary));
        if ((element.flags & kHeading) && top_has(kHeading)) pop();
        if ((name == option || name == optgroup) && top_is(option)) pop();
        if (name == optgroup && top_is(optgroup)) pop();
        if (name == tr) pop_to(find(tr, tr, kTable));
        if (name == td || name == th) pop_to(find(td, th, kTable | kRow));
        if (name == thead || name == tbody || name == tfoot) {
            pop_to(std::min({find(thead, thead, kTable), find(tbody, tbody, kTable), find(tfoot, tfoot, kTable)}));
        }
        if (name == a || name == nobr) pop_to(find(name, name, 0));
    }

    void count_tag() {
        if (++tags_ > limits::kMaxHtmlTags) {
            throw InputError(fmt::format("has more than {} HTML tags and comments (too many elements)",
                                         limits::kMaxHtmlTags),
                             source_);
        }
    }

    bool top_is(std::uint32_t name) const { return !open_.empty() && open_.back().name == name; }
    bool top_has(std::uint16_t flag) const { return !open_.empty() && (open_.back().flags & flag); }

    const std::string& source_;
    std::vector<OpenElement> open_;
    std::unordered_map<std::uint32_t, std::size_t> open_count_;  // by name
    std::size_t tags_ = 0;
    int foreign_depth_ = 0;
};

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_tag_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Scans the tags of an HTML text the way the HTML tokenizer splits them, coarsely.
class TagScanner {
public:
    TagScanner(std::string_view html, const std::string& source) : html_(html), source_(source) {}

    void scan(OpenElements& open) {
        while ((pos_ = html_.find('<', pos_)) != std::string_view::npos) {
            ++pos_;
            if (html_.substr(pos_).starts_with("!--")) {
                open.comment();
                skip_past("-->", pos_ + 3);
            } else if (pos_ < html_.size() && (html_[pos_] == '!' || html_[pos_] == '?')) {
                skip_past(">", pos_);
            } else if (pos_ + 1 < html_.size() && html_[pos_] == '/' && is_ascii_alpha(html_[pos_ + 1])) {
                ++pos_;
                open.end(read_name());
                skip_past(">", pos_);
            } else if (pos_ < html_.size() && is_ascii_alpha(html_[pos_])) {
                std::string name = read_name();
                const bool self_closing = read_attributes();
                if (flags_of(name) & kRawText) skip_raw_text(name);
                open.start(name, self_closing);
            }
        }
    }

private:
    std::string read_name() {
        std::string name;
        while (pos_ < html_.size() && !is_tag_space(html_[pos_]) && html_[pos_] != '/' && html_[pos_] != '>') {
            const char c = html_[pos_++];
            name.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
        }
        return name;
    }

    // Counts the attributes up to the tag's '>'; true when the tag ends in "/>".
    bool read_attributes() {
        std::size_t attributes = 0;
        bool after_slash = false;
        while (pos_ < html_.size()) {
            const char c = html_[pos_];
            if (c == '>') {
                ++pos_;
                return after_slash;
            }
            after_slash = c == '/';
            if (is_tag_space(c) || c == '/') {
                ++pos_;
                continue;
            }
            if (++attributes > limits::kMaxHtmlAttributes) {
                throw InputError(fmt::format("has an HTML element with more than {} attributes",
                                             limits::kMaxHtmlAttributes),
                                 source_);
            }
            skip_attribute();
        }
        return false;
    }

    void skip_attribute() {
        ++pos_;  // the first character belongs to the name, even when it is '='
        while (pos_ < html_.size() && !is_tag_space(html_[pos_]) && html_[pos_] != '/' &&
               html_[pos_] != '>' && html_[pos_] != '=') {
            ++pos_;
        }
        while (pos_ < html_.size() && is_tag_space(html_[pos_])) ++pos_;
        if (pos_ >= html_.size() || html_[pos_] != '=') return;
        ++pos_;
        while (pos_ < html_.size() && is_tag_space(html_[pos_])) ++pos_;
        if (pos_ < html_.size() && (html_[pos_] == '"' || html_[pos_] == '\'')) {
            const std::size_t close = html_.find(html_[pos_], pos_ + 1);
            pos_ = close == std::string_view::npos ? html_.size() : close + 1;
            return;
        }
        while (pos_ < html_.size() && !is_tag_space(html_[pos_]) && html_[pos_] != '>') ++pos_;
    }

    void skip_past(std::string_view marker, std::size_t from) {
        const std::size_t found = html_.find(marker, from);
        pos_ = found == std::string_view::npos ? html_.size() : found + marker.size();
    }

    // Moves past the end tag of a raw-text element (matched without regard to case).
    void skip_raw_text(std::string_view name) {
        if (name == "plaintext") {
            pos_ = html_.size();
            return;
        }
        while ((pos_ = html_.find("</", pos_)) != std::string_view::npos) {
            pos_ += 2;
            const std::string_view candidate = html_.substr(pos_, name.size());
            if (std::equal(candidate.begin(), candidate.end(), name.begin(), name.end(), [](char a, char b) {
                    return (a >= 'A' && a <= 'Z' ? a - 'A' + 'a' : a) == b;
                })) {
                pos_ -= 2;
                return;
            }
        }
        pos_ = html_.size();
    }

    std::string_view html_;
    const std::string& source_;
    std::size_t pos_ = 0;
};

}  // namespace

void check_html_shape(std::string_view html, const std::string& source) {
    OpenElements open(source);
    TagScanner(html, source).scan(open);
}

}  // namespace healthsearch::extract
