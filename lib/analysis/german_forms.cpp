#include "analysis/german_forms.hpp"

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

// The root of a strong verb's participle in -en (geflossen: floss, geschrieben: schrieb), which
// is often its past tense too, or empty.
std::string_view strong_participle_root(std::string_view word) {
    for (std::string_view ending : kAdjectiveEndings) {
        if (!word.ends_with(ending)) continue;
        std::string_view root = word.substr(0, word.size() - ending.size());
        if (!root.ends_with("en")) continue;
        root.remove_suffix(2);
        if (root.size() >= kShortestRoot) return root;
    }
    return {};
}

// The word after a participle's ge- (also after a separable prefix: aus-ge-wählt, whose
// separated verb stands without the prefix: wählte … aus), or empty.
std::string_view after_participle_prefix(std::string_view folded) {
    if (folded.starts_with(kParticiplePrefix)) return folded.substr(kParticiplePrefix.size());
    for (std::string_view prefix : kSeparablePrefixes) {
        if (folded.starts_with(prefix) && folded.substr(prefix.size()).starts_with(kParticiplePrefix)) {
            return folded.substr(prefix.size() + kParticiplePrefix.size());
        }
    }
    return {};
}

// The root of a participle without ge- after an inseparable prefix (behandelt: behandel), or
// empty.
std::string_view inseparable_participle_root(std::string_view folded) {
    for (std::string_view prefix : kInseparablePrefixes) {
        if (!folded.starts_with(prefix)) continue;
        const std::string_view root = participle_root(folded);
        if (root.size() >= prefix.size() + kShortestRoot) return root;
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

// After a, o or u, "e" + "t" would spell an umlaut the way the index does (beraet: Gerät).
bool et_reads_as_umlaut(std::string_view root) {
    return root.ends_with('a') || root.ends_with('o') || root.ends_with('u');
}

// A root in -d or -t takes -et, never a bare -t (gegründet, arbeitete).
bool takes_et(std::string_view root) {
    return root.ends_with('d') || root.ends_with('t');
}

// The infinitive, present, past and -ung forms of a root. Verbs in -eln and -ern take -n
// (behandeln), and those in -eln lose the e before -ung (Behandlung).
void add_root_forms(std::string_view root, std::vector<std::string>& to) {
    const std::string bare(root);
    const bool el_or_er = root.ends_with("el") || root.ends_with("er");
    to.push_back(bare + (el_or_er ? "n" : "en"));
    if (!takes_et(root)) to.push_back(bare + "t");
    to.push_back(bare + (takes_et(root) ? "ete" : "te"));
    if (!et_reads_as_umlaut(root)) to.push_back(bare + "et");
    to.push_back((root.ends_with("el") ? bare.substr(0, bare.size() - 2) + "l" : bare) + "ung");
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

// How long the run of separable prefixes before a zu-infinitive's zu is (wiederher|zustellen:
// 9); zu itself ends the run.
std::size_t separable_prefixes_length(std::string_view word) {
    std::size_t length = 0;
    for (std::string_view prefix = separable_prefix(word); !prefix.empty() && prefix != "zu";
         prefix = separable_prefix(word.substr(length))) {
        length += prefix.size();
    }
    return length;
}

bool has_inseparable_prefix(std::string_view word) {
    return std::any_of(kInseparablePrefixes.begin(), kInseparablePrefixes.end(),
                       [&](std::string_view prefix) { return word.starts_with(prefix); });
}

}  // namespace

GermanVerbForms german_verb_forms(std::string_view folded) {
    GermanVerbForms forms;
    if (const std::string_view root = ieren_root(folded); !root.empty()) {
        // A verb in -ieren has its participle without ge- (finanziert).
        const std::string bare(root);
        forms.ieren_verb = true;
        forms.shape_is_verb = true;
        forms.participles.push_back(bare + "t");
        forms.others = {bare + "en", bare + "ung", bare + "end"};
        return forms;
    }
    if (const std::string_view root = inseparable_participle_root(folded); !root.empty()) {
        forms.shape_is_verb = true;
        forms.participles.push_back(std::string(root) + "t");
        add_root_forms(root, forms.others);
        return forms;
    }
    // The participle's ge- never joins the root (gelenkt is not Gelenk).
    const std::string_view after_ge = after_participle_prefix(folded);
    if (const std::string_view strong = strong_participle_root(after_ge); !strong.empty()) {
        forms.shape_is_verb = true;
        forms.others = {std::string(strong), std::string(strong) + "en"};
        return forms;
    }
    std::string_view root = participle_root(after_ge);
    forms.shape_is_verb = !root.empty();
    if (root.empty()) root = past_tense_root(folded);
    if (root.empty()) return forms;
    if (!takes_et(root)) forms.participles.push_back(std::string(kParticiplePrefix) + std::string(root) + "t");
    if (!et_reads_as_umlaut(root)) forms.participles.push_back(std::string(kParticiplePrefix) + std::string(root) + "et");
    forms.others.emplace_back(root);
    add_root_forms(root, forms.others);
    return forms;
}

GermanVerbForms german_present_forms(std::string_view folded) {
    GermanVerbForms forms;
    std::string word(folded);
    // A zu-infinitive has its zu after the separable prefixes (her-zu-stellen,
    // wieder-her-zu-stellen).
    if (const std::size_t prefixes = separable_prefixes_length(word);
        prefixes > 0 && word.compare(prefixes, 2, "zu") == 0 && word.size() >= prefixes + 2 + kShortestRoot + 1 &&
        word.ends_with('n')) {
        word.erase(prefixes, 2);
        forms.others.push_back(word);
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
    const std::string bare(root);
    // The participle's ge- goes after the separable prefixes (wiederher-ge-stellt) and is
    // missing after an inseparable one (bewirkt).
    const std::size_t prefixes = separable_prefixes_length(root);
    std::string participle = bare;
    if (!has_inseparable_prefix(root)) participle.insert(prefixes, kParticiplePrefix);
    forms.participles.push_back(participle + (takes_et(root) ? "et" : "t"));
    forms.shape_is_verb = true;
    add_root_forms(root, forms.others);
    return forms;
}

}  // namespace healthsearch::analysis
