#pragma once
// Forms of one German verb that german2 leaves apart. English's stemmer makes founded, founding
// and founds one stem; german2 keeps gegründet, gründete and Gründung apart ("gegruendet",
// "gruendet", "gruendung"), since it removes neither the ge- of a participle nor -t/-et, and
// behandelt, behandeln and Behandlung ("behandelt", "behandeln", "behandl"). A question and the
// passage that answers it often use different forms of the verb ("Wann wurde der Verein
// gegründet?" / "Eltern gründeten 1985 den Verein").

#include <string>
#include <string_view>
#include <vector>

namespace healthsearch::analysis {

struct GermanVerbForms {
    // The word's shape alone says it is a verb's: a participle (gegründet, ausgewählt,
    // behandelt), a form of a verb in -ieren (finanzieren, Finanzierung), or a word the index
    // lacks (where nothing else would match). Otherwise (a past-tense shape: -te, -ten, -tet,
    // -test; leichte and zweite have it too) the index must hold one of `participles` and one
    // of `others` for the word to count as the verb's.
    bool shape_is_verb = false;
    // All folded; for the caller to stem and look up.
    std::vector<std::string> participles;
    // The infinitive, present and past tense, the -ung noun.
    std::vector<std::string> others;

    bool empty() const { return participles.empty() && others.empty(); }
};

// The forms of the verb a folded German word may be a participle, past-tense form or form of a
// verb in -ieren of; empty for other words, dictionary nouns (Gesicht, Gebiete) and roots
// shorter than four letters. A separable verb keeps its prefix (angestellt: anstellen,
// Anstellung; not stellen). Which forms exist is the index's to say.
GermanVerbForms german_verb_forms(std::string_view folded);

// The forms of the verb a folded German word may be the infinitive or a present-tense form of
// (bewirken, bewirkt: bewirkte, Bewirkung), also a zu-infinitive (herzustellen: herstellen,
// hergestellt). Most words have such a shape, so this is for words the index does not hold,
// where nothing else would match. Empty for nouns (by the dictionary, or by an ending such as
// -ung or -heit).
GermanVerbForms german_present_forms(std::string_view folded);

}  // namespace healthsearch::analysis
