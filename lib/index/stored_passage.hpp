#pragma once

#include "analysis/text_breaker.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace healthsearch::index {

// What a passage document stores for display, so search never re-reads the source.
struct StoredPassage {
    std::string article_id;
    std::string title;
    std::vector<std::string> heading_path;
    std::string language;
    std::string source;
    std::size_t ordinal = 0;
    std::string text;
    // Word and sentence boundaries in `text`, found by the analyzer at index time, so that a
    // snippet needs no word breaking at search time.
    std::vector<analysis::ByteRange> words;
    std::vector<analysis::ByteRange> sentences;
};

std::string encode(const StoredPassage& passage);
// Throws IndexError when the data was not written by encode().
StoredPassage decode_stored_passage(const std::string& data);

}  // namespace healthsearch::index
