// The German compound splitter's decisions on real compounds of the bundled corpus, and on
// words that must stay whole.

#include "analysis/analyzer.hpp"
#include "analysis/decompounder.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace healthsearch::analysis;

namespace {

std::vector<std::string> parts_of(const Analyzer& analyzer, const char* word) {
    const std::string folded = analyzer.fold(word);
    std::vector<std::string> parts;
    for (const ByteRange& part : analyzer.compound_parts(folded)) {
        parts.push_back(folded.substr(part.begin, part.end - part.begin));
    }
    return parts;
}

}  // namespace

TEST_CASE("compounds of the corpus split into their dictionary nouns") {
    const Analyzer analyzer;
    const std::vector<std::pair<const char*, std::vector<std::string>>> decisions = {
        {"Brustkrebs", {"brust", "krebs"}},
        {"Knochenmetastasen", {"knochen", "metastasen"}},
        {"Lebermetastasen", {"leber", "metastasen"}},
        {"Hirnmetastasen", {"hirn", "metastasen"}},
        {"Krebsbehandlung", {"krebs", "behandlung"}},
        {"Behandlungsteam", {"behandlung", "team"}},           // linking -s-
        {"Erwartungsübelkeit", {"erwartung", "uebelkeit"}},    // -s- and an umlaut
        {"Lebensqualität", {"lebens", "qualitaet"}},
        {"Lungenkrebs", {"lunge", "krebs"}},                   // linking -n-
        {"Strahlentherapie", {"strahl", "therapie"}},          // linking -en-
        {"Prostatakrebs", {"prostata", "krebs"}},
        {"Hautkrebs", {"haut", "krebs"}},
        {"Schmerzmittel", {"schmerz", "mittel"}},
        {"Schmerztherapie", {"schmerz", "therapie"}},
        {"Krebszellen", {"krebs", "zellen"}},
        {"Tumorzellen", {"tumor", "zellen"}},
        {"Tumorgewebe", {"tumor", "gewebe"}},
        {"Tumorkonferenz", {"tumor", "konferenz"}},
        {"Abwehrzellen", {"abwehr", "zellen"}},
        {"Schlafstörungen", {"schlaf", "stoerungen"}},
        {"Angststörungen", {"angst", "stoerungen"}},
        {"Herzinfarkt", {"herz", "infarkt"}},
        {"Blutzucker", {"blut", "zucker"}},
        {"Kopfschmerzen", {"kopf", "schmerzen"}},
        {"Rückenschmerzen", {"ruecken", "schmerzen"}},
        {"Hormontherapie", {"hormon", "therapie"}},
        {"Krebstherapie", {"krebs", "therapie"}},
        {"Therapieentscheidung", {"therapie", "entscheidung"}},
        {"Palliativversorgung", {"palliativ", "versorgung"}},
        {"Risikofaktoren", {"risiko", "faktoren"}},
        {"Gewichtsverlust", {"gewicht", "verlust"}},
        {"Ernährungsberatung", {"ernaehrung", "beratung"}},
        {"Haarausfall", {"haar", "ausfall"}},
        {"Sonnenschutz", {"sonne", "schutz"}},
        {"Magnetresonanztomographie", {"magnet", "resonanz", "tomographie"}},
    };
    for (const auto& [word, expected] : decisions) {
        CAPTURE(word);
        CHECK(parts_of(analyzer, word) == expected);
    }
}

TEST_CASE("words that are not compounds, or are too short, stay whole") {
    const Analyzer analyzer;
    for (const char* word : {"beinhaltet", "Behandlung", "Verantwortung", "Kombination", "Infektionen",
                             "Untersuchung", "Bestrahlung", "Wahrscheinlichkeit", "Früherkennung",
                             "Nebenwirkungen", "Mitglieder", "Gesundheit", "Immuntherapie", "Krebs",
                             "Bein", "kurzehose", "Zellteilung", "immunotherapy", "chemotherapy"}) {
        CAPTURE(word);
        CHECK(parts_of(analyzer, word).empty());
    }
}

TEST_CASE("the analyzer fingerprint names the dictionary's content, not its size") {
    const Decompounder one("\nbrust\nkrebs\n%\nund\n");
    const Decompounder other("\nbrust\nkrabs\n%\nund\n");  // same length, another word
    CHECK(one.content_hash() != other.content_hash());
    CHECK(one.content_hash() == Decompounder("\nbrust\nkrebs\n%\nund\n").content_hash());
    CHECK(Analyzer::fingerprint().find("decompound=" + Decompounder::builtin().content_hash()) != std::string::npos);
}
