#include "analysis/analyzer.hpp"
#include "analysis/synonyms.hpp"

#include "lexicon/stopwords.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/uversion.h>

#include <fmt/format.h>

namespace healthsearch::analysis {

namespace {

// Below this much evidence a passage's language is a guess; the article's language is better.
constexpr int kMinLanguageEvidence = 3;
// Below that, one side must be ahead by this much to lean that way.
constexpr int kLeanMargin = 2;
constexpr std::size_t kStemCacheEntries = 1 << 18;

int count_german_letters(std::string_view text) {
    int count = 0;
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        // UTF-8 for ä ö ü ß Ä Ö Ü: 0xC3 followed by one of these.
        if (static_cast<unsigned char>(text[i]) != 0xC3) continue;
        switch (static_cast<unsigned char>(text[i + 1])) {
            case 0xA4: case 0xB6: case 0xBC: case 0x9F: case 0x84: case 0x96: case 0x9C:
                ++count;
                break;
            default: break;
        }
    }
    return count;
}

}  // namespace

Analyzer::Analyzer() {
    for (std::string_view word : lexicon::german_stopwords()) german_stopwords_.insert(fold(word));
    for (std::string_view word : lexicon::english_stopwords()) english_stopwords_.insert(fold(word));
}

std::vector<AnalyzedWord> Analyzer::words(std::string_view text) const {
    std::vector<AnalyzedWord> out;
    const auto ranges = breaker_.words(text);
    out.reserve(ranges.size());
    for (const ByteRange& range : ranges) {
        out.push_back({range.begin, range.end,
                       normalizer_.fold(text.substr(range.begin, range.end - range.begin))});
    }
    return out;
}

std::vector<ByteRange> Analyzer::sentences(std::string_view text) const {
    return breaker_.sentences(text);
}

Analyzer::LanguageEvidence Analyzer::language_evidence(
    std::string_view text, const std::vector<AnalyzedWord>& words) const {
    LanguageEvidence evidence;
    evidence.german = count_german_letters(text);
    for (const AnalyzedWord& word : words) {
        const bool de = german_stopwords_.contains(word.folded);
        const bool en = english_stopwords_.contains(word.folded);
        if (de && !en) ++evidence.german;
        if (en && !de) ++evidence.english;
    }
    return evidence;
}

Language Analyzer::LanguageEvidence::decide() const {
    if (std::max(german, english) < kMinLanguageEvidence || german == english) {
        return Language::unknown;
    }
    return german > english ? Language::german : Language::english;
}

Language Analyzer::LanguageEvidence::lean() const {
    if (german >= english + kLeanMargin) return Language::german;
    if (english >= german + kLeanMargin) return Language::english;
    return Language::unknown;
}

// german2 reads ae/oe/ue as umlauts and drops the umlaut in its output, so `Bär` and `Bar`
// would share the stem "bar". We put the umlauts back ("baer") wherever the stem still spells
// the folded word, so they stay apart; readers who type a word without its umlaut ("Ubelkeit")
// are served at query time, where the index tells which spelling exists.
std::string Analyzer::german_stem(const std::string& folded) const {
    std::string plain;             // folded with ae/oe/ue as a/o/u, as german2 sees it
    std::vector<bool> was_umlaut;  // per character of `plain`
    for (std::size_t i = 0; i < folded.size(); ++i) {
        const char c = folded[i];
        const bool pair = (c == 'a' || c == 'o' || c == 'u') && i + 1 < folded.size() && folded[i + 1] == 'e' &&
                          !(c == 'u' && i > 0 && folded[i - 1] == 'q');
        plain.push_back(c);
        was_umlaut.push_back(pair);
        if (pair) ++i;
    }
    const std::string stem = german_stemmer_(folded);
    std::string marked;
    for (std::size_t i = 0; i < stem.size(); ++i) {
        marked.push_back(stem[i]);
        if (i < plain.size() && was_umlaut[i] && stem[i] == plain[i]) marked.push_back('e');
    }
    return marked;
}

std::string Analyzer::lower(std::string_view word) const {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    std::string out;
    text.toLower(icu::Locale::getRoot()).toUTF8String(out);
    return out;
}

std::string Analyzer::capitalised(std::string_view word) {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    if (text.isEmpty()) return std::string(word);
    const int32_t first = U16_LENGTH(text.char32At(0));
    icu::UnicodeString head = text.tempSubString(0, first);
    head.toUpper(icu::Locale::getRoot());
    std::string out;
    head.append(text.tempSubString(first)).toUTF8String(out);
    return out;
}

std::string Analyzer::stem(const std::string& folded, Language language) const {
    if (language == Language::unknown) return folded;
    auto& cache = language == Language::german ? german_stems_ : english_stems_;
    if (const auto it = cache.find(folded); it != cache.end()) return it->second;
    if (cache.size() >= kStemCacheEntries) cache.clear();
    std::string stem = language == Language::german ? german_stem(folded) : english_stemmer_(folded);
    cache.emplace(folded, stem);
    return stem;
}

const std::vector<ByteRange>& Analyzer::compound_parts(const std::string& folded) const {
    static const std::vector<ByteRange> kWhole;
    if (!Decompounder::may_split(folded)) return kWhole;  // most words: no need to remember them
    if (const auto it = compound_parts_.find(folded); it != compound_parts_.end()) return it->second;
    if (compound_parts_.size() >= kStemCacheEntries) compound_parts_.clear();
    return compound_parts_.emplace(folded, Decompounder::builtin().split(folded)).first->second;
}

bool Analyzer::is_stopword(const std::string& folded, Language language) const {
    switch (language) {
        case Language::german: return german_stopwords_.contains(folded);
        case Language::english: return english_stopwords_.contains(folded);
        case Language::unknown: break;
    }
    return german_stopwords_.contains(folded) || english_stopwords_.contains(folded);
}

std::string Analyzer::fingerprint() {
    return fmt::format("healthsearch-analyzer/{} stem=german2+umlauts,english fold=nfkc_cf+de "
                       "decompound={} synonyms={} xapian={} icu={}",
                       kVersion, Decompounder::builtin().content_hash(), SynonymTable::builtin_hash(),
                       Xapian::version_string(), U_ICU_VERSION);
}

}  // namespace healthsearch::analysis
