#pragma once

#include "analysis/text_breaker.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace healthsearch::analysis {

// Splits German compounds into dictionary nouns (Brustkrebs -> brust + krebs,
// Erwartungsuebelkeit -> erwartung + s + uebelkeit) over folded words. Careful rather than
// eager: only words of 8 letters or more, only into nouns of 4 letters or more, with the
// linking elements -s-, -es-, -n-, -en- between them; the fewest and then the longest parts
// win; a word the dictionary knows only as a non-noun ("beinhaltet") stays whole.
class Decompounder {
public:
    // `dictionary`: "\n" + sorted nouns + "%\n" + sorted other words, one per line, folded.
    explicit Decompounder(std::string_view dictionary);

    // The dictionary compiled into the library (see tools/make_compound_dictionary.cpp).
    static const Decompounder& builtin();

    // Byte ranges of the parts within `folded`; empty when the word stays whole.
    std::vector<ByteRange> split(std::string_view folded) const;
    // False for words split() always keeps whole (short ones, ones with other than a-z),
    // without a look at the dictionary.
    static bool may_split(std::string_view folded);

    bool is_noun(std::string_view folded) const;
    bool is_other_word(std::string_view folded) const;
    // Identifies the dictionary's content in the analyzer fingerprint (XXH3, hex): a word
    // replaced by another of the same length changes it too.
    const std::string& content_hash() const { return content_hash_; }

private:
    std::string_view nouns_;   // "\n"-framed sorted lines
    std::string_view others_;
    std::string content_hash_;
};

}  // namespace healthsearch::analysis
