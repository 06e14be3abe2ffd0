#include "analysis/german_forms.hpp"

#include <algorithm>
#include <array>

namespace healthsearch::analysis {

namespace {

constexpr std::size_t kShortestRoot = 4;
constexpr std::string_view kParticiplePrefix = "ge";

// Separable verb prefixes, folded: the ge- of the participle follows them (an-ge-geben).
constexpr std::array<std::string_view, 28> kSeparablePrefixes = {
    "ab",     "an",   "auf",     "aus",  "bei",    "ein",    "mit",    "nach",  "vor",   "zu",
    "zurueck", "weg", "her",     "hin",  "fest",   "dar",    "statt",  "um",    "durch", "ueber",
    "unter",  "los",  "zusammen", "fort", "weiter", "heraus", "hervor", "herum"};

// The stem after its participle's ge- (and a separable prefix before it), or empty. At least
// a root and a -t must follow.
std::string_view after_participle_prefix(std::string_view stem) {
    const auto after = [&](std::size_t prefix_length) -> std::string_view {
        return stem.size() >= prefix_length + kShortestRoot + 1 ? stem.substr(prefix_length) : std::string_view();
    };
    if (stem.starts_with(kParticiplePrefix)) return after(kParticiplePrefix.size());
    for (std::string_view prefix : kSeparablePrefixes) {
        if (stem.starts_with(prefix) && stem.substr(prefix.size()).starts_with(kParticiplePrefix)) {
            return after(prefix.size() + kParticiplePrefix.size());
        }
    }
    return {};
}

constexpr std::array<std::string_view, 4> kPastTenseEndings = {"te", "ten", "tet", "test"};

bool has_past_tense_shape(std::string_view folded) {
    return std::any_of(kPastTenseEndings.begin(), kPastTenseEndings.end(),
                       [&](std::string_view ending) { return folded.ends_with(ending); });
}

}  // namespace

GermanVerbForms german_verb_forms(std::string_view folded, std::string_view stem) {
    GermanVerbForms forms;
    std::string_view root = after_participle_prefix(stem);
    forms.typed_as_participle = !root.empty();
    if (root.empty()) {
        if (!has_past_tense_shape(folded)) return forms;
        root = stem;
    }
    // The verb's ending goes; ge- itself never becomes part of a root (gelenkt is not Gelenk).
    for (std::string_view ending : {"et", "t"}) {
        if (root.size() >= ending.size() + kShortestRoot && root.ends_with(ending)) {
            root.remove_suffix(ending.size());
            break;
        }
    }
    if (root.size() < kShortestRoot) return forms;

    const auto add = [&](std::vector<std::string>& to, std::string form) {
        if (form != stem && std::find(to.begin(), to.end(), form) == to.end()) to.push_back(std::move(form));
    };
    const std::string bare(root);
    // After a, o or u, "e" + "t" would spell an umlaut the way the index does (beraet: Gerät).
    const bool et_reads_as_umlaut = bare.back() == 'a' || bare.back() == 'o' || bare.back() == 'u';
    add(forms.participles, std::string(kParticiplePrefix) + bare + "t");
    if (!et_reads_as_umlaut) add(forms.participles, std::string(kParticiplePrefix) + bare + "et");
    add(forms.others, bare);
    add(forms.others, bare + "t");
    if (!et_reads_as_umlaut) add(forms.others, bare + "et");
    add(forms.others, bare + "ung");
    return forms;
}

}  // namespace healthsearch::analysis
