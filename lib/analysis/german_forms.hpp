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
    // The word was a participle (gegründet, ausgewählt, behandelt, finanziert); otherwise it had
    // the shape of a past-tense form (-te, -ten, -tet, -test) or of another form of a verb in
    // -ieren (finanzieren, Finanzierung).
    bool typed_as_participle = false;
    // A verb in -ieren: a shape no other kind of word has, so its nouns in -ierung lead to the
    // verb as well.
    bool ieren_verb = false;
    // The verb's participles, folded. Adjectives and ordinals also end in -te (leichte, zweite):
    // a word not typed as a participle is only a verb's where the index holds one of these.
    std::vector<std::string> participles;
    // Its other forms, folded: infinitive, present and past tense, the -ung noun.
    std::vector<std::string> others;

    bool empty() const { return participles.empty() && others.empty(); }
};

// The forms of the verb a folded German word may be a form of (the word itself among them or
// not), for the caller to stem; empty when the word has none of the shapes above or its root is
// shorter than four letters. Nouns of these shapes (Gesicht, Patienten) are the caller's to
// rule out, with the dictionary; which forms exist is the index's to say.
GermanVerbForms german_verb_forms(std::string_view folded);

}  // namespace healthsearch::analysis
