#include "extract/block_classifier.hpp"

#include "extract/heading_shapes.hpp"
#include "lexicon/stopwords.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <optional>
#include <unordered_set>

namespace healthsearch::extract {

namespace {

// jusText's thresholds (length_low 70, length_high 200 characters, max_link_density 0.2),
// with a lower stop-word bar than its 0.30: German medical prose is dense with compounds, and
// our lists are shorter than jusText's, so real paragraphs of ours score from about 0.2.
constexpr std::size_t kShortBytes = 70;
constexpr std::size_t kLongBytes = 200;
constexpr double kGoodStopwordShare = 0.28;
constexpr double kNearGoodStopwordShare = 0.12;
constexpr double kMaxLinkShare = 0.5;
constexpr double kMaxDigitShare = 0.3;
constexpr double kMaxPunctuationShare = 0.25;
// A paragraph this long that ends a sentence is prose even with few stop words (a list of
// drug names inside a sentence, say).
constexpr std::size_t kProseWords = 25;

using WordSet = std::unordered_set<std::string>;

WordSet word_set(const std::vector<std::string_view>& words) {
    WordSet set;
    for (std::string_view word : words) set.emplace(word);
    return set;
}

bool is_sentence_end(std::string_view text) {
    while (!text.empty()) {
        const char last = text.back();
        if (last == '.' || last == '!' || last == '?') return true;
        // "… sagte sie.“" or a closing bracket after the full stop.
        if (last == '"' || last == ')' || last == '\'') {
            text.remove_suffix(1);
            continue;
        }
        if (text.ends_with("\u201C") || text.ends_with("\u201D")) {
            text.remove_suffix(3);
            continue;
        }
        return false;
    }
    return false;
}

// One pass over the text: words (lower-cased, looked up as they end: no word is kept) and
// counts of stop words, digits, letters and punctuation.
struct Counts {
    std::size_t letters = 0, digits = 0, punctuation = 0, visible = 0;
    std::size_t words = 0, german_stopwords = 0, english_stopwords = 0;
};

Counts count(const std::string& text) {
    static const WordSet german = word_set(lexicon::german_stopwords());
    static const WordSet english = word_set(lexicon::english_stopwords());
    Counts counts;
    const auto* data = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    std::string word;
    const auto end_word = [&] {
        if (word.empty()) return;
        ++counts.words;
        counts.german_stopwords += german.contains(word);
        counts.english_stopwords += english.contains(word);
        word.clear();
    };
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        if (c < 0) continue;
        if (c < 0x80) {  // ASCII, most of the text: no property lookup
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                ++counts.letters;
                word.push_back(static_cast<char>(c | 0x20));
            } else if (c >= '0' && c <= '9') {
                ++counts.digits;
                end_word();
            } else {
                end_word();
                if (c == ' ' || (c >= '\t' && c <= '\r')) continue;
                if (c > ' ' && c != 0x7F) ++counts.punctuation;
            }
            ++counts.visible;
            continue;
        }
        const int32_t mask = U_GET_GC_MASK(c);
        if (mask & U_GC_L_MASK) {
            ++counts.letters;
            char buffer[U8_MAX_LENGTH];
            int32_t size = 0;
            U8_APPEND_UNSAFE(buffer, size, u_tolower(c));
            word.append(buffer, static_cast<std::size_t>(size));
        } else if (mask & U_GC_N_MASK) {
            ++counts.digits;
            end_word();
        } else {
            end_word();
            if (u_isUWhiteSpace(c)) continue;
            if (mask & (U_GC_P_MASK | U_GC_S_MASK)) ++counts.punctuation;
        }
        ++counts.visible;
    }
    end_word();
    return counts;
}

}  // namespace

BlockFeatures block_features(const Block& block) {
    const Counts counts = count(block.text);
    BlockFeatures features;
    features.bytes = block.text.size();
    features.words = counts.words;
    if (features.words > 0) {
        features.stopword_share = static_cast<double>(std::max(counts.german_stopwords, counts.english_stopwords)) /
                                  static_cast<double>(features.words);
    }
    if (counts.letters + counts.digits > 0) {
        features.digit_share = static_cast<double>(counts.digits) / static_cast<double>(counts.letters + counts.digits);
    }
    if (counts.visible > 0) {
        features.punctuation_share = static_cast<double>(counts.punctuation) / static_cast<double>(counts.visible);
    }
    if (features.bytes > 0) {
        features.link_share = static_cast<double>(block.link_bytes) / static_cast<double>(features.bytes);
    }
    features.ends_sentence = is_sentence_end(block.text);
    return features;
}

BlockClass classify_alone(const BlockFeatures& features) {
    if (features.words == 0 || features.link_share > kMaxLinkShare) return BlockClass::bad;
    if (features.bytes < kShortBytes) {
        // A short run of links is a menu or a tag cloud; short text is judged by its neighbours.
        return features.link_share > 0.2 ? BlockClass::bad : BlockClass::short_text;
    }
    if (features.bytes < kLongBytes &&
        (features.digit_share > kMaxDigitShare || features.punctuation_share > kMaxPunctuationShare)) {
        return BlockClass::bad;  // dates, counts, phone numbers, rows of separators
    }
    if (features.stopword_share >= kGoodStopwordShare) {
        return features.bytes >= kLongBytes ? BlockClass::good : BlockClass::near_good;
    }
    if (features.stopword_share >= kNearGoodStopwordShare) return BlockClass::near_good;
    if (features.ends_sentence && features.words >= kProseWords) return BlockClass::near_good;
    return BlockClass::bad;
}

namespace {

// Headings and post starts say nothing about their neighbours' class.
bool is_transparent(const Block& block) {
    return block.kind == Block::Kind::heading || block.kind == Block::Kind::post_start;
}

// The class of the nearest block before (step -1) or after (step +1) `i` that is neither
// transparent nor short. Empty at the page's edge. Near-good neighbours count as good: our
// pages are short, and a first paragraph between the page header and a near-good second one
// is text.
std::optional<BlockClass> neighbour(const std::vector<BlockClass>& classes, const std::vector<Block>& blocks,
                                    std::size_t i, int step) {
    for (std::ptrdiff_t k = static_cast<std::ptrdiff_t>(i) + step;
         k >= 0 && k < static_cast<std::ptrdiff_t>(classes.size()); k += step) {
        const auto at = static_cast<std::size_t>(k);
        if (is_transparent(blocks[at]) || classes[at] == BlockClass::short_text) continue;
        return classes[at];
    }
    return std::nullopt;
}

bool is_bad(std::optional<BlockClass> c) { return c && *c == BlockClass::bad; }

bool is_sentence(const Block& block) {
    const BlockFeatures features = block_features(block);
    return features.ends_sentence && features.words >= 4 && features.stopword_share > 0;
}

// jusText's context pass for the short blocks from `first` to `last` (a run between two judged
// blocks): between good blocks they are good, between bad ones bad. Between a bad and a good
// one, the blocks next to the bad side are bad up to the first sentence, which stays with
// everything on the good side of it.
void revise_short_run(std::vector<BlockClass>& revised, const std::vector<BlockClass>& classes,
                      const std::vector<Block>& blocks, std::size_t first, std::size_t last) {
    const bool bad_before = is_bad(neighbour(classes, blocks, first, -1));
    const bool bad_after = is_bad(neighbour(classes, blocks, last, +1));
    const auto set = [&](std::size_t i, BlockClass c) {
        if (!is_transparent(blocks[i])) revised[i] = c;
    };
    if (bad_before == bad_after) {
        for (std::size_t i = first; i <= last; ++i) set(i, bad_before ? BlockClass::bad : BlockClass::good);
        return;
    }
    bool kept = false;
    for (std::size_t n = 0; n <= last - first; ++n) {
        const std::size_t i = bad_before ? first + n : last - n;
        if (is_transparent(blocks[i])) continue;
        kept = kept || is_sentence(blocks[i]);
        set(i, kept ? BlockClass::good : BlockClass::bad);
    }
}

// jusText keeps a heading when good text follows within a short distance; ours is 100 bytes
// rather than its 200, as scraped headers put the site's name that close to the title.
constexpr std::size_t kHeadingDistance = 100;

// Only for pages without heading markup (plain text): where the markup declares headings,
// a short line near the text is a site name or a button, not a heading.
void promote_headings(std::vector<bool>& content, const std::vector<BlockClass>& classes,
                      const std::vector<Block>& blocks) {
    for (const Block& block : blocks) {
        if (block.kind == Block::Kind::heading) return;
    }
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (!content[i] || blocks[i].kind != Block::Kind::text || classes[i] == BlockClass::short_text) continue;
        std::size_t distance = 0;
        for (std::size_t k = i; k-- > 0 && distance <= kHeadingDistance;) {
            if (blocks[k].kind == Block::Kind::post_start || blocks[k].kind == Block::Kind::heading) continue;
            if (content[k] && classes[k] != BlockClass::short_text) break;
            if (!content[k] && blocks[k].kind == Block::Kind::text && classes[k] == BlockClass::short_text &&
                blocks[k].link_bytes == 0 && is_heading_shaped(blocks[k].text)) {
                content[k] = true;
            }
            distance += blocks[k].text.size();
        }
    }
}

}  // namespace

std::vector<bool> content_blocks(const std::vector<Block>& blocks) {
    std::vector<BlockClass> classes;
    classes.reserve(blocks.size());
    for (const Block& block : blocks) {
        switch (block.kind) {
            case Block::Kind::text: classes.push_back(classify_alone(block_features(block))); break;
            case Block::Kind::heading: case Block::Kind::post_start: classes.push_back(BlockClass::good); break;
            case Block::Kind::chrome: classes.push_back(BlockClass::bad); break;
        }
    }
    std::vector<BlockClass> revised = classes;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (is_transparent(blocks[i]) || classes[i] != BlockClass::short_text) continue;
        std::size_t last = i;
        while (last + 1 < blocks.size() &&
               (is_transparent(blocks[last + 1]) || classes[last + 1] == BlockClass::short_text)) {
            ++last;
        }
        revise_short_run(revised, classes, blocks, i, last);
        i = last;
    }
    // A near-good block is content unless bad blocks stand on both sides (jusText) and it is
    // not even a sentence: a lone sentence between menus is still the page's text.
    std::vector<bool> content(blocks.size(), false);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (blocks[i].kind == Block::Kind::post_start || blocks[i].kind == Block::Kind::chrome) continue;
        if (revised[i] == BlockClass::good) content[i] = true;
        if (revised[i] != BlockClass::near_good) continue;
        const bool isolated = is_bad(neighbour(classes, blocks, i, -1)) && is_bad(neighbour(classes, blocks, i, +1));
        content[i] = !isolated || is_sentence_end(blocks[i].text);
    }
    promote_headings(content, classes, blocks);
    // A page of short blocks only, between menus, has no good block to anchor the context:
    // rather than lose it all, keep every text block the fast path let through.
    bool any_text = false;
    for (std::size_t i = 0; i < blocks.size(); ++i) any_text = any_text || (content[i] && blocks[i].kind == Block::Kind::text);
    if (!any_text) {
        for (std::size_t i = 0; i < blocks.size(); ++i) content[i] = blocks[i].kind == Block::Kind::text || blocks[i].kind == Block::Kind::heading;
    }
    return content;
}

}  // namespace healthsearch::extract
