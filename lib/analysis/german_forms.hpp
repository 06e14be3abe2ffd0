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

struct GermanVerbForms {
    // The word was the participle itself (ge-, also after a separable prefix: ausgewählt);
    // otherwise it had the shape of a past-tense form (-te, -ten, -tet, -test).
    bool typed_as_participle = false;
    // The root's ge- participles. Adjectives and ordinals also end in -te (leichte, zweite):
    // a past-tense shape is only a verb where the index holds one of these.
    std::vector<std::string> participles;
    // The root itself (the infinitive's stem), with -t and -et, and the -ung noun.
    std::vector<std::string> others;

    bool empty() const { return participles.empty() && others.empty(); }
};

// The other stems of the verb a folded German word may be a form of, given its german2 stem
// (with our umlaut spelling); empty when the word has neither shape or its root is shorter
// than four letters. `stem` itself is never listed. Nouns of these shapes (Gesicht,
// Patienten) are the caller's to rule out, with the dictionary; which stems exist is the
// index's to say.
GermanVerbForms german_verb_forms(std::string_view folded, std::string_view stem);

}  // namespace healthsearch::analysis
