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
    // -test) only a participle the index holds says so.
    bool shape_is_verb = false;
    // A verb in -ieren: a shape no other kind of word has, so its nouns in -ierung lead to the
    // verb as well.
    bool ieren_verb = false;
    // The verb's participles, folded. Adjectives and ordinals also end in -te (leichte, zweite):
    // unless its shape says so, a word is only a verb's where the index holds one of these.
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

// The forms of the verb a folded German word may be the infinitive or a present-tense form of
// (bewirken, bewirkt: bewirkte, Bewirkung), also a zu-infinitive (herzustellen: herstellen,
// hergestellt). Most words have such a shape, so this is for words the index does not hold,
// where nothing else would match; the participles come first.
GermanVerbForms german_present_forms(std::string_view folded);

}  // namespace healthsearch::analysis
