#pragma once
// Tells article text from page furniture block by block, in the manner of jusText (Pomikálek,
// 2011): each block is judged by its own shape first (length, share of stop words, digits,
// punctuation and link text), then blocks too short to judge take the class of their
// neighbours. Both the plain-text and the HTML extractor feed it; site_chrome's phrase list is
// the fast path that marks a block as chrome before any of this.

#include <cstddef>
#include <string>
#include <vector>

namespace healthsearch::extract {

struct Block {
    enum class Kind {
        text,        // a paragraph or a line of a page, judged here
        heading,     // a heading the markup declares (HTML): never judged, neutral for context
        chrome,      // known furniture: a chrome phrase, or an element such as <nav> or <form>
        post_start,  // a forum post begins here: posts never share a passage
    };
    Kind kind = Kind::text;
    int level = 0;  // of a heading
    std::string text;
    std::size_t link_bytes = 0;  // bytes of `text` inside links (HTML)
    bool quoted = false;         // inside a quotation: dropped when it repeats earlier text

    static Block marker(Kind kind) {
        Block block;
        block.kind = kind;
        return block;
    }
};

struct BlockFeatures {
    std::size_t words = 0;
    std::size_t bytes = 0;
    double stopword_share = 0;     // of the words, in the language (de or en) with more of them
    double digit_share = 0;        // of the letters and digits
    double punctuation_share = 0;  // of the non-space characters
    double link_share = 0;         // of the bytes
    bool ends_sentence = false;    // last character is . ! ? or a closing quote after one
};

BlockFeatures block_features(const Block& block);

enum class BlockClass { good, near_good, short_text, bad };

// The class of one block from its own features alone (jusText's context-free pass).
BlockClass classify_alone(const BlockFeatures& features);

// For each block, whether it is article text: headings and text blocks judged good after the
// context pass; chrome and post_start blocks are never content.
std::vector<bool> content_blocks(const std::vector<Block>& blocks);

}  // namespace healthsearch::extract
