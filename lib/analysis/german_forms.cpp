#include "analysis/german_forms.hpp"

#include <algorithm>
#include <array>

namespace healthsearch::analysis {

namespace {

constexpr std::size_t kShortestRoot = 4;

// Separable verb prefixes, folded: the ge- of the participle follows them (an-ge-geben).
constexpr std::array<std::string_view, 28> kSeparablePrefixes = {
    "ab",     "an",   "auf",     "aus",  "bei",    "ein",    "mit",    "nach",  "vor",   "zu",
    "zurueck", "weg", "her",     "hin",  "fest",   "dar",    "statt",  "um",    "durch", "ueber",
    "unter",  "los",  "zusammen", "fort", "weiter", "heraus", "hervor", "herum"};

// The stem without its participle's ge- (and the separable prefix before it), or empty.
std::string participle_root(std::string_view stem) {
    if (stem.size() >= 3 + kShortestRoot && stem.starts_with("ge")) return std::string(stem.substr(2));
    for (std::string_view prefix : kSeparablePrefixes) {
        const std::string marker = std::string(prefix) + "ge";
        if (stem.size() >= marker.size() + 1 + kShortestRoot && stem.starts_with(marker)) {
            return std::string(stem.substr(marker.size()));
        }
    }
    return {};
}

}  // namespace

bool has_verb_form_shape(std::string_view folded, std::string_view stem) {
    for (std::string_view ending : {"te", "ten", "tet", "test"}) {
        if (folded.ends_with(ending)) return true;
    }
    return !participle_root(stem).empty();
}

std::vector<std::string> german_root_forms(const std::string& stem) {
    std::vector<std::string> bases{stem};
    if (std::string root = participle_root(stem); !root.empty()) bases.push_back(std::move(root));
    std::vector<std::string> roots;
    for (const std::string& base : bases) {
        roots.push_back(base);
        for (std::string_view suffix : {"ung", "et", "t"}) {
            if (base.size() >= suffix.size() + kShortestRoot && base.ends_with(suffix)) {
                roots.push_back(base.substr(0, base.size() - suffix.size()));
            }
        }
    }
    std::vector<std::string> forms;
    const auto add = [&](std::string form) {
        if (form != stem && std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(std::move(form));
    };
    for (const std::string& root : roots) {
        if (root.size() < kShortestRoot) continue;
        add(root);
        add(root + "t");
        add(root + "et");
        add("ge" + root + "t");
        add("ge" + root + "et");
        add(root + "ung");
    }
    return forms;
}

}  // namespace healthsearch::analysis
