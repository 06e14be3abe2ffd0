#pragma once

#include "analysis/analyzer.hpp"
#include "analysis/synonyms.hpp"
#include "search/phrase_filter.hpp"

#include <xapian.h>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace healthsearch::search {

// One piece of the query as the user wrote it.
struct QueryClause {
    enum class Occur { should, must, must_not };
    Occur occur = Occur::should;
    bool phrase = false;  // "quoted": words must stand together, as written
    std::string text;
};

// Splits a query into words, "quoted phrases", +required and -excluded clauses. Syntax only:
// the analysis of each clause happens in build_query.
std::vector<QueryClause> split_query(std::string_view query);

// The terms a highlighter should mark in a passage.
struct HighlightTerms {
    std::unordered_set<std::string> stems;  // stem terms, prefixed as in the index
    std::unordered_set<std::string> exact;  // folded words from phrases and quoted words
    bool empty() const { return stems.empty() && exact.empty(); }
};

struct BuiltQuery {
    Xapian::Query query;
    HighlightTerms highlight;
    // Words of the query (as typed) that match nothing in the index, for "did you mean".
    std::vector<std::string> unknown_words;
    // Quoted phrases: `query` finds passages with all their words; these say which passages
    // hold them together. A quoted phrase is always required (or, with -, excluded).
    std::vector<Phrase> required_phrases;
    std::vector<Phrase> excluded_phrases;
};

// How many passages contain a term (the empty term: how many passages there are); lets the
// query use the spelling the index has and leave out terms it does not hold.
using TermFrequency = std::function<Xapian::doccount(const std::string& term)>;

// Analyses every clause with the indexing chain. Without a language filter each word is looked
// up under both stemmers (as a synonym, so it is weighted once). Throws QueryError when nothing
// searchable is left, and for a query that is not UTF-8 or is longer than kMaxQueryBytes or
// kMaxQueryWords. A word typed several times is analysed and searched once, its weight
// multiplied by its count.
// With `frequency`, a German word without its umlauts ("Ubelkeit") that the index does not
// know is looked up in its umlaut spellings ("Übelkeit") instead.
// With `synonyms`, words of the query that name a concept of the table also search for the
// concept's other terms (other language, lay or technical), weighted below the reader's words.
// With `translate`, other words also search for their general-dictionary translations
// (FreeDict), weighted lower still.
BuiltQuery build_query(std::string_view query, const analysis::Analyzer& analyzer,
                       analysis::Language language_filter, const TermFrequency& frequency = {},
                       const analysis::SynonymTable* synonyms = nullptr, bool translate = false);

// The longest query searched: far beyond any question (a long one is 50 words), while a query
// of 2,000 words took seconds and 100 KB minutes and a gigabyte.
inline constexpr std::size_t kMaxQueryBytes = 4096;
inline constexpr std::size_t kMaxQueryWords = 1000;

// How much an expansion counts against the reader's own words.
inline constexpr double kSynonymWeight = 0.5;
// An expansion term in more than this share of the passages (and more than the floor) is left
// out. Chosen on XQuAD dev mixed into a 1 GB corpus: 1 %, 0.5 % and 0.25 % all cost about 0.01
// nDCG@10 (German) and under 0.005 (English); 0.5 % was the fastest (p99 54 -> 18 ms).
inline constexpr double kCommonExpansionShare = 0.005;
inline constexpr Xapian::doccount kCommonExpansionFloor = 1000;
// How much a general German synonym (OpenThesaurus) counts against the reader's own words.
inline constexpr double kThesaurusWeight = 0.5;
// How much a dictionary translation counts against the reader's own words.
inline constexpr double kTranslationWeight = 0.4;
// How much a word found inside a compound (Krebs in Brustkrebs), or a compound found as its
// separate parts, counts against the word itself.
inline constexpr double kCompoundPartWeight = 0.3;

}  // namespace healthsearch::search
