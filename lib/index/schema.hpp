#pragma once
// How passages are laid out in Xapian: value slots, term prefixes, metadata keys, weights.
// Changing anything here changes what an index means: bump Analyzer::kVersion with it.

#include <xapian.h>

#include <string>
#include <string_view>

namespace healthsearch::index::schema {

// Value slots.
inline constexpr Xapian::valueno kSlotArticleId = 0;  // collapse key: one article, many passages
inline constexpr Xapian::valueno kSlotLanguage = 1;
inline constexpr Xapian::valueno kSlotContentHash = 2;
inline constexpr Xapian::valueno kSlotModified = 3;
inline constexpr Xapian::valueno kSlotSourceFile = 4;  // the file an article came from
inline constexpr Xapian::valueno kSlotRoot = 5;        // the root that file was found under

// Term prefixes. Words are indexed by stem only and without positions: unstemmed terms and
// positions made up most of what the index wrote. Phrases are verified on the stored
// passage text at search time.
inline constexpr std::string_view kPrefixStem = "Z";      // stemmed words (stop words are not indexed)
inline constexpr std::string_view kPrefixPart = "P";      // stems of German compound parts
inline constexpr std::string_view kPrefixPhrase = "Q";    // boolean: multi-word synonym terms, "Qheart attack"
inline constexpr std::string_view kPrefixArticle = "A";   // boolean: the passage's article
inline constexpr std::string_view kPrefixLanguage = "L";  // boolean: "Lde", "Len"
// Boolean, on every passage of an article: stems of the questions the page lists as related
// (Article::questions). Boolean so that they leave passage lengths, and so BM25, as they were.
inline constexpr std::string_view kPrefixQuestion = "F";
// On an article's first passage only: the stems of its title. Its opening is where an article
// about a topic says what the topic is; search/query_assembly lifts it for a query whose words
// the title holds. Weighted, wdf 1, so that its BM25 weight grows with the words' rarity as the
// passage's own words do.
inline constexpr std::string_view kPrefixLeadTitle = "T";
// The stems of what a sentence of the passage defines (analysis/definitions.hpp: "Hypothyroidism"
// of "Hypothyroidism is a disorder ..."), for definition questions. Weighted, wdf 1, as T.
inline constexpr std::string_view kPrefixDefined = "D";

// Within-document frequency increments: a title word counts more than a body word.
inline constexpr Xapian::termcount kTitleWdf = 3;
inline constexpr Xapian::termcount kHeadingWdf = 2;
inline constexpr Xapian::termcount kBodyWdf = 1;

// Terms longer than this are not words (URLs, base64, chemical noise) and are not indexed.
inline constexpr std::size_t kMaxTermBytes = 64;
// Xapian's limit on a term is 245 bytes; a longer synonym term is not indexed.
inline constexpr std::size_t kMaxPhraseTermBytes = 240;

inline constexpr const char* kMetadataFingerprint = "healthsearch.fingerprint";
// Per source file: "STAMP ARTICLES" of the last successful read, for skipping unchanged files
// (STAMP: size, modification and change time in nanoseconds, inode; "recent STAMP" when the
// file was too fresh to trust). An index written before stamps had nanoseconds holds
// "SIZE MTIME ARTICLES", which no stamp matches: each file is read once more, and its articles
// are not rewritten when their content hash is unchanged.
inline constexpr std::string_view kMetadataSourcePrefix = "source:";
// Per source file that failed: "STAMP\tREASON", so an unchanged bad file is not re-read.
inline constexpr std::string_view kMetadataFailedPrefix = "failed:";
// Per root: "id-prefix=PREFIX", the --id-prefix its articles were indexed with.
inline constexpr std::string_view kMetadataRootPrefix = "root:";
// Per "did you mean" word: how many articles use it, as Xapian's spelling table holds it. Xapian
// 1.4's remote protocol serves metadata but no spelling data; search/spelling.cpp reads this copy
// from shards served by xapian-tcpsrv.
inline constexpr std::string_view kMetadataSpellingPrefix = "spelling:";
// "K/N" when the index holds shard K of N of its corpus (UpdateOptions::shard); absent for all.
inline constexpr const char* kMetadataShard = "healthsearch.shard";

// Xapian limits a term to 245 bytes; long article ids are shortened with a hash.
std::string article_term(std::string_view article_id);

// The metadata key for a file or root under one of the prefixes above. Xapian limits keys as it
// limits terms, so a long path is shortened with a hash, as a long article id is.
std::string metadata_key(std::string_view prefix, std::string_view name);

inline std::string stem_term(std::string_view stem) {
    return std::string(kPrefixStem) + std::string(stem);
}

inline std::string part_term(std::string_view stem) {
    return std::string(kPrefixPart) + std::string(stem);
}

// The words of a multi-word term (folded, stop words included), joined by spaces.
template <typename Iterator>
std::string phrase_term(Iterator first, Iterator last) {
    std::string term(kPrefixPhrase);
    for (Iterator word = first; word != last; ++word) {
        if (word != first) term += ' ';
        term += *word;
    }
    return term;
}

inline std::string question_term(std::string_view stem) {
    return std::string(kPrefixQuestion) + std::string(stem);
}

inline std::string language_term(std::string_view code) {
    return std::string(kPrefixLanguage) + std::string(code);
}

}  // namespace healthsearch::index::schema
