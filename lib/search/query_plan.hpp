#pragma once
// The second stage of reading a query: per word, what it is searched as. Plain data that the
// assembly (query_assembly.hpp) turns into a Xapian query, and that tests can read.

#include "analysis/analyzer.hpp"
#include "search/expansion_sources.hpp"
#include "search/phrase_filter.hpp"
#include "search/query_weights.hpp"

#include <xapian.h>

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <variant>
#include <vector>

namespace healthsearch::search {

// The terms a highlighter should mark in a passage.
struct HighlightTerms {
    std::unordered_set<std::string> stems;  // stem terms, prefixed as in the index
    std::unordered_set<std::string> exact;  // folded words from phrases and quoted words
    bool empty() const { return stems.empty() && exact.empty(); }
};

// A word as the query searches it. Every term listed is one the index holds.
struct WordPlan {
    std::string word;                // folded, as searched (Übelkeit for a typed Ubelkeit)
    std::vector<std::string> terms;  // its stems and other forms: any one counts as the word
    std::string inside_compounds;    // the word found inside German compounds; empty if none
    // A compound's parts (Brustkrebs: Brust, Krebs), each by its terms: all together count as
    // the compound. A part the index lacks makes the parts match nothing.
    std::vector<std::vector<std::string>> parts;
};

// Words that must all be present, each by its stem terms: a phrase (the PhraseFilter checks
// that they stand together) or a multi-word concept term. Stop words are left out.
struct AllWordsPlan {
    std::vector<std::vector<std::string>> words;
};

// A multi-word concept term ("heart attack"), found where the index recorded it, as one term.
struct ConceptTermPlan {
    std::string recorded;  // the term the index records it as
    bool in_index = true;  // false: it matches nothing
    AllWordsPlan words;
};

// A word of the query, and how much it counts: less when it is part of a multi-word concept,
// which counts for it.
struct WeightedWord {
    WordPlan word;
    double weight = 1;
};

// One expansion of a medical concept: a single-word term or a multi-word one.
struct ConceptExpansion {
    std::variant<WordPlan, ConceptTermPlan> term;
    // The typed words themselves when they name a multi-word concept: they count in full
    // (scaled up against the weight of all concept expansions).
    bool typed = false;
    // Which concept of the query it expands (0, 1, ... in query order): a passage holding
    // several terms of one concept counts the concept once.
    std::size_t concept_number = 0;
};

struct QueryPlan {
    analysis::Language language_filter = analysis::Language::unknown;
    std::vector<WeightedWord> should;
    std::vector<std::variant<WordPlan, AllWordsPlan>> must;  // +words and phrases, in order
    std::vector<WordPlan> must_not;
    // Expansions of the should words, each weighted below the words themselves.
    std::vector<ConceptExpansion> concepts;
    // Concept number -> the index in `should` of the one typed word it expands (a concept of
    // several typed words has its typed ConceptExpansion instead).
    std::map<std::size_t, std::size_t> concept_typed_word;
    // For a definition question ("what is X"), the should words that name X: passages whose
    // sentences define X are lifted (analysis/definitions.hpp).
    std::vector<std::size_t> defined_subject;
    std::vector<WordPlan> related;       // general German synonyms
    std::vector<WordPlan> translations;  // dictionary translations

    HighlightTerms highlight;
    // Words of the query (folded) that match nothing in the index, for "did you mean".
    std::vector<std::string> unknown_words;
    // Quoted phrases: which passages hold their words together. A quoted phrase is always
    // required (or, with -, excluded).
    std::vector<Phrase> required_phrases;
    std::vector<Phrase> excluded_phrases;
    // The words the query searches for (folded; stop words included), in query order.
    std::vector<std::string> searched_words;
    bool stop_words_left_out = false;  // stop words are not indexed
    bool only_excludes = false;        // -words or -"phrases" and nothing else
};

// How many passages contain a term (the empty term: how many passages there are); lets the
// plan use the spelling the index has and leave out terms it does not hold. Without it every
// term counts as held, and no respelling or verb form is tried.
using TermFrequency = std::function<Xapian::doccount(const std::string& term)>;

// Analyses every clause with the indexing chain. Without a language filter each word is looked
// up under both stemmers (as a synonym, so it is weighted once). A German word without its
// umlauts ("Ubelkeit") that the index does not know is looked up in its umlaut spellings
// ("Übelkeit") instead. Throws QueryError for a query that require_searchable refuses or with
// nothing searchable left.
QueryPlan plan_query(std::string_view query, const analysis::Analyzer& analyzer, analysis::Language language_filter,
                     const TermFrequency& frequency, const ExpansionSources& sources,
                     const KnownWords& known_words = {});

// The plan as text, one line per part, for tests and for debugging a ranking.
std::string describe(const QueryPlan& plan);

// An expansion term in more than this share of the passages (and more than the floor) is left
// out. Chosen on XQuAD dev mixed into a 1 GB corpus: 1 %, 0.5 % and 0.25 % all cost about 0.01
// nDCG@10 (German) and under 0.005 (English); 0.5 % was the fastest (p99 54 -> 18 ms).
inline constexpr double kCommonExpansionShare = 0.005;
inline constexpr Xapian::doccount kCommonExpansionFloor = 1000;

}  // namespace healthsearch::search
