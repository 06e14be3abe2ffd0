#include "extract/article_builder.hpp"
#include "extract/block_classifier.hpp"
#include "extract/extractors.hpp"
#include "extract/heading_shapes.hpp"
#include "extract/site_chrome.hpp"

#include <optional>
#include <vector>

namespace healthsearch::extract {

namespace {

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.emplace_back(line);
        start = end + 1;
    }
    return lines;
}

// A block of the page with the lines it was made of (a list of questions is one line each).
struct TextBlock {
    Block block;
    std::vector<std::string> lines;
    bool opens_chrome_section = false;  // "Kommentare", "Über die Autorin": the rest is furniture
};

// A signature starts after "--" or a rule of underscores, as mail and forum software write it.
bool is_signature_rule(const std::string& line) {
    const std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos || (line[first] != '-' && line[first] != '_')) return false;
    const std::string trimmed = collapse_whitespace(line);
    return trimmed == "--" || trimmed == "-- " || (trimmed.size() >= 3 && trimmed.find_first_not_of('_') == std::string::npos);
}

// Lines become blocks: runs of text lines between blank lines, and runs of chrome lines (a run
// holding a forum profile line starts a post). A quotation ("> …", or the lines after "Zitat
// von X:") and a signature end at the next blank line.
class BlockSplitter {
public:
    std::vector<TextBlock> split(const std::vector<std::string>& lines) {
        const std::vector<bool> chrome = mark_site_chrome(lines);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const std::string& line = lines[i];
            if (collapse_whitespace(line).empty()) {
                flush_text();
                in_quote_ = in_signature_ = false;
                continue;
            }
            if (in_signature_) continue;
            if (chrome[i] || is_signature_rule(line)) {
                flush_text();
                add_chrome(line);
                in_signature_ = is_signature_rule(line);
                in_quote_ = is_quote_intro(line);
                continue;
            }
            flush_chrome();
            const bool quoted = in_quote_ || line.starts_with(">");
            // A "Q:" or "A:" line starts a block of its own; so does the end of a quotation.
            if (quoted != current_.block.quoted || question_line(line) || without_answer_label(line) != line) {
                flush_text();
            }
            current_.block.quoted = quoted;
            current_.lines.push_back(quoted && line.starts_with(">") ? line.substr(1) : line);
        }
        flush_text();
        flush_chrome();
        return std::move(blocks_);
    }

private:
    void flush_text() {
        if (current_.lines.empty()) return;
        std::string joined;
        for (const std::string& line : current_.lines) joined += line + '\n';
        current_.block.text = collapse_whitespace(joined);
        if (!current_.block.text.empty()) blocks_.push_back(std::move(current_));
        current_ = TextBlock{};
    }

    void add_chrome(const std::string& line) {
        if (!chrome_open_) {
            blocks_.push_back(TextBlock{Block::marker(Block::Kind::chrome), {}, false});
            chrome_open_ = true;
        }
        TextBlock& chrome = blocks_.back();
        chrome.block.text += line;
        if (is_post_meta(line)) chrome.block.kind = Block::Kind::post_start;
        if (is_chrome_section_heading(line)) chrome.opens_chrome_section = true;
    }

    void flush_chrome() { chrome_open_ = false; }

    std::vector<TextBlock> blocks_;
    TextBlock current_;
    bool chrome_open_ = false;
    bool in_quote_ = false;
    bool in_signature_ = false;
};

// Three or more lines, each a question: a list of questions the page links to, not an answer.
bool is_question_list(const TextBlock& text) {
    if (text.lines.size() < 3) return false;
    for (const std::string& line : text.lines) {
        const std::string item = collapse_whitespace(line);
        if (!item.ends_with("?") || !is_heading_shaped(item)) return false;
    }
    return true;
}

// The first line of a block when it is a heading standing right above its text: a question
// ("What is lymphoedema?") or a line in capitals ("NEBENWIRKUNGEN").
std::optional<std::string> first_line_heading(const TextBlock& text) {
    if (text.lines.size() < 2) return std::nullopt;
    std::string first = collapse_whitespace(text.lines.front());
    const bool question = first.ends_with("?") && is_heading_shaped(first);
    const bool capitals = is_all_caps(first) && first.size() <= 80 && (is_heading_shaped(first) || first.ends_with(":"));
    if (!question && !capitals) return std::nullopt;
    if (first.ends_with(":")) first.pop_back();
    return first;
}

// Sends the content blocks to the builder, deciding which are headings: a short line that
// introduces text (not a new post), a "Q:" line, or a heading glued to its paragraph.
class PlainTextEmitter {
public:
    PlainTextEmitter(std::vector<TextBlock> blocks, ArticleBuilder& builder)
        : blocks_(std::move(blocks)), builder_(builder) {
        std::vector<Block> judged;
        judged.reserve(blocks_.size());
        for (const TextBlock& text : blocks_) judged.push_back(text.block);
        content_ = content_blocks(judged);
    }

    void emit() {
        bool titled = false;
        for (std::size_t i = 0; i < blocks_.size(); ++i) {
            const TextBlock& text = blocks_[i];
            // Comment counts also stand in page headers: only after the text do they open comments.
            if (text.opens_chrome_section && text_seen_) builder_.chrome_section(1);
            if (text.block.kind == Block::Kind::post_start) builder_.start_post();
            if (!content_[i]) continue;
            if (!titled) {
                titled = true;
                if (is_heading_shaped(text.block.text) && text.lines.size() == 1) {
                    builder_.set_title(text.block.text);
                    continue;
                }
            }
            emit_block(i);
            text_seen_ = true;
        }
    }

private:
    // The next content block after `i`, or nullptr; a new post in between counts as none.
    const TextBlock* next_text(std::size_t i) const {
        for (std::size_t k = i + 1; k < blocks_.size(); ++k) {
            if (blocks_[k].block.kind == Block::Kind::post_start || blocks_[k].opens_chrome_section) return nullptr;
            if (content_[k]) return &blocks_[k];
        }
        return nullptr;
    }

    bool is_heading(std::size_t i) const {
        const std::string& text = blocks_[i].block.text;
        const TextBlock* next = next_text(i);
        if (!next || blocks_[i].lines.size() > 1) return false;
        if (is_all_caps(text) && text.ends_with(":") && text.size() <= 80) return true;
        if (!is_heading_shaped(text)) return false;
        // A question heading answers itself in the next block, which is no question.
        return !text.ends_with("?") || !next->block.text.ends_with("?");
    }

    void emit_block(std::size_t i) {
        const TextBlock& text = blocks_[i];
        const std::string& block = text.block.text;
        if (text.block.quoted) {  // a quotation is never a heading
            if (!builder_.repeats_earlier_text(block)) builder_.paragraph(block);
            return;
        }
        if (builder_.collecting_questions() && !(is_heading(i) && !block.ends_with("?"))) {
            for (const std::string& line : text.lines) {
                // "Weitere Fragen" after "Das könnte Sie auch interessieren": the next list.
                if (is_question_list_heading(collapse_whitespace(line))) continue;
                builder_.question(line);
            }
            return;
        }
        if (text.lines.size() > 1 && is_question_list_heading(collapse_whitespace(text.lines.front()))) {
            builder_.heading(2, text.lines.front());
            for (std::size_t k = 1; k < text.lines.size(); ++k) builder_.question(text.lines[k]);
        } else if (const auto question = question_line(block)) {
            builder_.heading(2, *question);
        } else if (is_question_list(text) && !next_text(i)) {
            for (const std::string& line : text.lines) builder_.question(line);
        } else if (is_heading(i)) {
            std::string heading = strip_list_number(block);
            if (heading.ends_with(":")) heading.pop_back();
            builder_.heading(2, heading);
        } else if (const auto first = first_line_heading(text)) {
            builder_.heading(2, strip_list_number(*first));
            std::string rest;
            for (std::size_t k = 1; k < text.lines.size(); ++k) rest += text.lines[k] + '\n';
            builder_.paragraph(without_answer_label(rest));
        } else if (const auto glued = split_glued_heading(block)) {
            // Glued headings number the parts of a section: one level below a line heading.
            builder_.heading(3, glued->heading);
            builder_.paragraph(glued->rest);
        } else {
            builder_.paragraph(without_answer_label(block));
        }
    }

    std::vector<TextBlock> blocks_;
    std::vector<bool> content_;
    ArticleBuilder& builder_;
    bool text_seen_ = false;
};

}  // namespace

Article extract_plain_text(std::string_view text, std::string id, std::string source) {
    ArticleBuilder builder(std::move(id), std::move(source));
    PlainTextEmitter(BlockSplitter().split(split_lines(text)), builder).emit();
    return builder.finish("");
}

}  // namespace healthsearch::extract
