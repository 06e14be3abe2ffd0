#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace healthsearch::analysis {

// A byte range [begin, end) of the text handed to the breaker.
struct ByteRange {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// ICU word and sentence boundaries over UTF-8, reported as byte offsets into the original text
// so that highlights and passages point into the exact source bytes.
class TextBreaker {
public:
    TextBreaker();
    ~TextBreaker();
    TextBreaker(const TextBreaker&) = delete;
    TextBreaker& operator=(const TextBreaker&) = delete;

    // Words and numbers only; spaces and punctuation are dropped.
    std::vector<ByteRange> words(std::string_view text) const;
    // Sentences, each including its trailing space, covering the whole text.
    std::vector<ByteRange> sentences(std::string_view text) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace healthsearch::analysis
