#pragma once

#include "analysis/decompounder.hpp"
#include "analysis/language.hpp"
#include "analysis/normalizer.hpp"
#include "analysis/text_breaker.hpp"

#include <xapian.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace healthsearch::analysis {

struct AnalyzedWord {
    std::size_t begin = 0;  // byte offsets into the analysed text
    std::size_t end = 0;
    std::string folded;     // the normalised form, which stemming and phrases start from
};

// The one analysis chain, used identically at index and at query time: ICU word break,
// normalisation and folding, language detection, Snowball stemming, stop words.
// Not thread-safe (ICU iterators and Snowball stemmers keep state): one per thread.
class Analyzer {
public:
    // Bump whenever a change would give different terms for the same text.
    static constexpr int kVersion = 12;  // 12: T (title, first passage) and D (defined) terms; Q terms of titles and headings

    Analyzer();

    std::vector<AnalyzedWord> words(std::string_view text) const;
    std::vector<ByteRange> sentences(std::string_view text) const;
    std::string fold(std::string_view word) const { return normalizer_.fold(word); }
    // Lower case only, umlauts kept: the spelling a "did you mean" shows.
    std::string lower(std::string_view word) const;
    // `word` with its first letter in upper case.
    static std::string capitalised(std::string_view word);

    // Counts of German and English evidence (stop words, umlauts) in a text; evidence from
    // several texts adds up, which lets an article's language come from its passages'.
    struct LanguageEvidence {
        int german = 0;
        int english = 0;
        LanguageEvidence& operator+=(const LanguageEvidence& other) {
            german += other.german;
            english += other.english;
            return *this;
        }
        // Unknown when there is too little evidence to tell, so the caller can fall back.
        Language decide() const;
        // The language with clearly more evidence, however little (ahead by two); unknown
        // otherwise. For the last fallback: a one-line German note ("Die Kasse zahlt die
        // Behandlung.") has too little evidence to decide, but is not English for that; one
        // umlaut or one "die" ("Sjögren syndrome", "Cancer cells die.") is no lean.
        Language lean() const;
    };
    LanguageEvidence language_evidence(std::string_view text,
                                       const std::vector<AnalyzedWord>& words) const;

    std::string stem(const std::string& folded, Language language) const;
    // The parts of a German compound as byte ranges of `folded`; empty when it stays whole.
    const std::vector<ByteRange>& compound_parts(const std::string& folded) const;
    // With an unknown language a word is a stop word if either language lists it.
    bool is_stopword(const std::string& folded, Language language) const;

    // Describes everything that decides which terms a text produces.
    static std::string fingerprint();

private:
    std::string german_stem(const std::string& folded) const;

    Normalizer normalizer_;
    TextBreaker breaker_;
    mutable Xapian::Stem german_stemmer_{"german2"};
    mutable Xapian::Stem english_stemmer_{"english"};
    // Stemming the same word again is a lookup; cleared when full to bound memory.
    mutable std::unordered_map<std::string, std::string> german_stems_;
    mutable std::unordered_map<std::string, std::string> english_stems_;
    mutable std::unordered_map<std::string, std::vector<ByteRange>> compound_parts_;
    std::unordered_set<std::string> german_stopwords_;
    std::unordered_set<std::string> english_stopwords_;
};

}  // namespace healthsearch::analysis
