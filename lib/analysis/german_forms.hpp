#pragma once
// Stems of one German verb that german2 leaves apart. English's stemmer makes founded, founding
// and founds one stem; german2 keeps gegründet, gründete and Gründung apart ("gegruendet",
// "gruendet", "gruendung"), since it removes neither the ge- of a participle nor -t/-et. A
// question and the passage that answers it often use different forms of the verb ("Wann wurde
// der Verein gegründet?" / "Eltern gründeten 1985 den Verein").

#include <string>
#include <string_view>
#include <vector>

namespace healthsearch::analysis {

// Whether a folded German word, with its stem, has the shape of a participle (ge-, also after
// a separable prefix: ausgewählt) or of a past-tense form (-te, -ten, -tet, -test). Nouns have
// such shapes too (Gesicht, Patienten): the caller rules them out with the dictionary.
bool has_verb_form_shape(std::string_view folded, std::string_view stem);

// Other stems of the root of `stem` (a german2 stem with our umlaut spelling): the verb with -t
// and -et, its ge- participle, the -ung noun and the bare root. Roots shorter than four letters
// give nothing, and `stem` itself is never in the list. The index decides which exist.
std::vector<std::string> german_root_forms(const std::string& stem);

}  // namespace healthsearch::analysis
