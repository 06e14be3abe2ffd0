#pragma once
// How much each kind of expansion counts against the reader's own words (weight 1).

namespace healthsearch::search {

// A medical concept's other terms; also each word of a multi-word concept on its own.
inline constexpr double kSynonymWeight = 0.5;
// A general German synonym (OpenThesaurus).
inline constexpr double kThesaurusWeight = 0.5;
// A dictionary translation.
inline constexpr double kTranslationWeight = 0.4;
// A word found inside a compound (Krebs in Brustkrebs), or a compound found as its separate
// parts, against the word itself.
inline constexpr double kCompoundPartWeight = 0.3;

}  // namespace healthsearch::search
