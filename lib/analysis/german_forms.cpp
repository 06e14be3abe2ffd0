#include "analysis/german_forms.hpp"

#include "analysis/decompounder.hpp"

#include <algorithm>
#include <array>

namespace healthsearch::analysis {

namespace {

constexpr std::size_t kShortestRoot = 4;
constexpr std::string_view kParticiplePrefix = "ge";

// Separable verb prefixes, folded: the ge- of the participle follows them (an-ge-geben).
constexpr std::array<std::string_view, 29> kSeparablePrefixes = {
    "ab",     "an",   "auf",     "aus",  "bei",    "ein",    "mit",    "nach",  "vor",   "zu",
    "zurueck", "weg", "her",     "hin",  "fest",   "dar",    "statt",  "um",    "durch", "ueber",
    "unter",  "los",  "zusammen", "fort", "weiter", "heraus", "hervor", "herum", "wieder"};

// Prefixes that never separate and take no ge- in the participle (behandelt, verursacht).
constexpr std::array<std::string_view, 7> kInseparablePrefixes = {"be", "er", "ver", "zer", "ent", "emp", "miss"};

// Adjective endings a participle may carry (die behandelte Frau, des gegründeten Vereins).
constexpr std::array<std::string_view, 6> kAdjectiveEndings = {"", "e", "en", "er", "es", "em"};

constexpr std::array<std::string_view, 4> kPastTenseEndings = {"te", "ten", "tet", "test"};

// What may follow the -ier- of a verb in -ieren: finanzier|en, finanzier|te, Finanzier|ung.
constexpr std::array<std::string_view, 18> kIerenEndings = {
    "en", "e", "end", "ende", "enden", "ender", "endes", "t", "te", "ten", "ter", "tes", "tem", "tet", "test", "st",
    "ung", "ungen"};

// Endings only nouns have: a word with one is no infinitive or present tense.
constexpr std::array<std::string_view, 15> kNounEndings = {
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "nis", "nisse", "tion", "tionen",
    "taet", "taeten", "ismus"};

// Inflection endings a dictionary noun may carry (Gebiet-en, Bericht-e).
constexpr std::array<std::string_view, 6> kNounInflections = {"", "e", "en", "n", "s", "es"};

// A dictionary noun, also inflected (gebieten: Gebiet).
bool is_noun_form(std::string_view word) {
    const Decompounder& dictionary = Decompounder::builtin();
    return std::any_of(kNounInflections.begin(), kNounInflections.end(), [&](std::string_view ending) {
        return word.ends_with(ending) && word.size() > ending.size() &&
               dictionary.is_noun(word.substr(0, word.size() - ending.size()));
    });
}

bool has_ending(std::string_view word, const auto& endings) {
    return std::any_of(endings.begin(), endings.end(), [&](std::string_view ending) { return word.ends_with(ending); });
}

// The root of a participle's -t or -et form (gruendet: gruend), or empty when the word does
// not end so. Any adjective ending is removed first.
std::string_view participle_root(std::string_view word) {
    for (std::string_view ending : kAdjectiveEndings) {
        if (!word.ends_with(ending)) continue;
        std::string_view root = word.substr(0, word.size() - ending.size());
        if (!root.ends_with('t')) continue;
        root.remove_suffix(1);
        if (root.ends_with('e') && root.size() > kShortestRoot) root.remove_suffix(1);
        if (root.size() >= kShortestRoot) return root;
    }
    return {};
}

// The separable prefix a word starts with, or empty (the longest, so heraus before her).
std::string_view separable_prefix(std::string_view word) {
    std::string_view longest;
    for (std::string_view prefix : kSeparablePrefixes) {
        if (word.starts_with(prefix) && prefix.size() > longest.size() && word.size() >= prefix.size() + 3) {
            longest = prefix;
        }
    }
    return longest;
}

// How long the run of separable prefixes a word starts with is (wiederher|stellen: 9). Before
// a zu-infinitive's zu (wiederher|zustellen), zu ends the run.
std::size_t separable_prefixes_length(std::string_view word, bool zu_ends_run) {
    std::size_t length = 0;
    for (std::string_view prefix = separable_prefix(word); !prefix.empty() && !(zu_ends_run && prefix == "zu");
         prefix = separable_prefix(word.substr(length))) {
        length += prefix.size();
    }
    return length;
}

// The inseparable prefix a word starts with, where at least three letters follow it (ernten
// has none: er-nten is no verb), or empty.
std::string_view inseparable_prefix(std::string_view word) {
    for (std::string_view prefix : kInseparablePrefixes) {
        if (word.starts_with(prefix) && word.size() >= prefix.size() + 3) return prefix;
    }
    return {};
}

// The root of a past-tense form (gruendeten: gruend), or empty.
std::string_view past_tense_root(std::string_view folded) {
    for (std::string_view ending : kPastTenseEndings) {
        if (!folded.ends_with(ending)) continue;
        std::string_view root = folded.substr(0, folded.size() - ending.size());
        if (root.ends_with('e') && root.size() > kShortestRoot) root.remove_suffix(1);
        if (root.size() >= kShortestRoot) return root;
    }
    return {};
}

// The word up to and with its -ier- when it has the shape of a form of a verb in -ieren, or
// empty.
std::string_view ieren_root(std::string_view folded) {
    for (std::string_view ending : kIerenEndings) {
        if (!folded.ends_with(ending)) continue;
        const std::string_view root = folded.substr(0, folded.size() - ending.size());
        if (root.ends_with("ier") && root.size() >= kShortestRoot + 2) return root;
    }
    return {};
}

bool is_vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// A root takes -et where a bare -t could not be heard: after d or t (gegründet, arbeitete) and
// after m or n that follow a consonant other than l, r or a vowel's h (atmet, rechnet; but
// lernt, wohnt).
bool takes_et(std::string_view root) {
    if (root.ends_with('d') || root.ends_with('t')) return true;
    if (root.size() < 3 || !(root.ends_with('m') || root.ends_with('n'))) return false;
    const char before = root[root.size() - 2];
    const bool lengthening_h = before == 'h' && is_vowel(root[root.size() - 3]);
    return !is_vowel(before) && before != 'l' && before != 'r' && before != 'm' && before != 'n' && !lengthening_h;
}

// The participle of a root: ge- after any separable prefixes, none after an inseparable one.
std::string participle_of(std::string_view root) {
    std::string participle(root);
    if (inseparable_prefix(root).empty()) {
        participle.insert(separable_prefixes_length(root, false), kParticiplePrefix);
    }
    return participle + (takes_et(root) ? "et" : "t");
}

// The infinitive, present, past and -ung forms of a root. Verbs in -eln and -ern take -n
// (behandeln), and those in -eln lose the e before -ung (Behandlung).
void add_root_forms(std::string_view root, GermanVerbForms& forms) {
    const std::string bare(root);
    const bool el_or_er = root.ends_with("el") || root.ends_with("er");
    forms.others.push_back(bare + (el_or_er ? "n" : "en"));
    forms.others.push_back(bare + (takes_et(root) ? "et" : "t"));
    forms.others.push_back(bare + (takes_et(root) ? "ete" : "te"));
    forms.others.push_back((root.ends_with("el") ? bare.substr(0, bare.size() - 2) + "l" : bare) + "ung");
}

}  // namespace

GermanVerbForms german_verb_forms(std::string_view folded) {
    GermanVerbForms forms;
    // Nouns stay whole (Gesicht is not a form of sehen, Gebiete not of bieten); but a noun in
    // -ierung is its verb's (Finanzierung: finanzieren), and so may be a dictionary's
    // nominalised infinitive (das Finanzieren).
    const std::string_view ieren = ieren_root(folded);
    if (ieren.empty() && is_noun_form(folded)) return forms;

    if (!ieren.empty()) {
        // A verb in -ieren has its participle without ge- (finanziert). Where the -ier- word is
        // a noun too (Papier, Finanzier), -e and -en may be its plural (Papiere): then only the
        // index, holding the participle and another form, says there is such a verb.
        const std::string bare(ieren);
        const std::string_view ending = folded.substr(ieren.size());
        forms.shape_is_verb = !((ending == "e" || ending == "en") && Decompounder::builtin().is_noun(ieren));
        forms.participles.push_back(bare + "t");
        forms.others = {bare + "en", bare + "ung", bare + "end"};
        return forms;
    }
    if (const std::string_view prefix = inseparable_prefix(folded); !prefix.empty()) {
        if (const std::string_view root = participle_root(folded); root.size() >= prefix.size() + 3) {
            forms.shape_is_verb = true;
            forms.participles.push_back(participle_of(root));
            add_root_forms(root, forms);
            return forms;
        }
    }
    // A participle with ge-, after any separable prefixes, which the verb keeps (angestellt:
    // anstellen; stellen is another verb). The ge- never joins the root (gelenkt is not Gelenk).
    const std::size_t prefixes = separable_prefixes_length(folded, false);
    if (folded.substr(prefixes).starts_with(kParticiplePrefix)) {
        const std::string_view after_ge = folded.substr(prefixes + kParticiplePrefix.size());
        if (const std::string_view root = participle_root(after_ge); !root.empty()) {
            forms.shape_is_verb = true;
            add_root_forms(std::string(folded.substr(0, prefixes)) + std::string(root), forms);
            return forms;
        }
    }
    const std::string_view root = past_tense_root(folded);
    if (root.empty()) return forms;
    // Where the participle would be a noun (schlechte: Geschlecht; richtet: Gericht), the word
    // is no form of that verb.
    std::string participle = participle_of(root);
    if (is_noun_form(participle)) return forms;
    forms.participles.push_back(std::move(participle));
    add_root_forms(root, forms);
    return forms;
}

GermanVerbForms german_present_forms(std::string_view folded) {
    GermanVerbForms forms;
    if (has_ending(folded, kNounEndings) || is_noun_form(folded)) return forms;
    std::string word(folded);
    // A zu-infinitive has its zu after the separable prefixes (her-zu-stellen,
    // wieder-her-zu-stellen).
    std::string zu_infinitive;
    if (const std::size_t prefixes = separable_prefixes_length(word, true);
        prefixes > 0 && word.compare(prefixes, 2, "zu") == 0 && word.size() >= prefixes + 2 + kShortestRoot + 1 &&
        word.ends_with('n')) {
        word.erase(prefixes, 2);
        zu_infinitive = word;
    }
    std::string_view root;
    for (std::string_view ending : {"eln", "ern", "en", "est", "st", "et", "t", "e"}) {
        if (!word.ends_with(ending)) continue;
        // Verbs in -eln and -ern keep their -el and -er in the root (behandel|n).
        const std::size_t kept = ending == "eln" || ending == "ern" ? 2 : 0;
        root = std::string_view(word).substr(0, word.size() - ending.size() + kept);
        break;
    }
    if (root.size() < kShortestRoot) return {};
    forms.shape_is_verb = true;
    forms.participles.push_back(participle_of(root));
    add_root_forms(root, forms);
    if (!zu_infinitive.empty()) forms.others.push_back(zu_infinitive);
    return forms;
}

}  // namespace healthsearch::analysis
