#pragma once
// How much each kind of expansion counts against the reader's own words (weight 1).

namespace healthsearch::search {

// A medical concept's other terms; also each word of a multi-word concept on its own.
inline constexpr double kSynonymWeight = 0.5;
// Each word of a multi-word concept the reader typed ("heart" of "heart attack"), on its own:
// the concept counts for the words together, and a passage with them apart is not about it.
inline constexpr double kConceptWordWeight = 0.25;
// A general German synonym (OpenThesaurus).
inline constexpr double kThesaurusWeight = 0.5;
// A dictionary translation.
inline constexpr double kTranslationWeight = 0.4;
// A word found inside a compound (Krebs in Brustkrebs), or a compound found as its separate
// parts, against the word itself.
inline constexpr double kCompoundPartWeight = 0.3;

// An article's first passage when its title holds every typed word, on top of what the words
// score there. Bundled dev passage accuracy at 0 / 0.05 / 0.1 / 0.2 / 0.3 / 0.5: 0.683 / 0.708 /
// 0.742 / 0.725 / 0.733 / 0.725, nDCG@10 0.838-0.839 throughout; MedQuAD dev nDCG@10 0.788 /
// 0.788 / 0.787 / 0.786 / 0.784 / 0.782; XQuAD dev unchanged.
inline constexpr double kLeadWeight = 0.1;
// A passage that defines what a definition question asks about, on top of what its words
// score. MedQuAD dev nDCG@10 at 0 / 0.05 / 0.1 / 0.2 / 0.3: 0.789 / 0.811 / 0.823 / 0.823 /
// 0.823 (measured with include among the linking verbs; without, 0.828 at 0.2, its "What is
// (are) X" questions 0.666 -> 0.835); bundled dev and XQuAD dev unchanged.
inline constexpr double kDefinitionWeight = 0.2;

}  // namespace healthsearch::search
