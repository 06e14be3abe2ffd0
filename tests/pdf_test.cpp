// PDF leaflets: the text rules for a PDF's text layer (hyphenation, running headers, page
// numbers, footnotes, page breaks), poppler's reading of .pdf files, and the bundled leaflets of
// corpus/leaflets/, whose running headers and page numbers must never reach the index.

#include "extract/pdf.hpp"
#include "extract/pdf_text.hpp"
#include "cli_runner.hpp"
#include "test_support.hpp"

#include <healthsearch/error.hpp>
#include <healthsearch/index.hpp>
#include <healthsearch/search.hpp>
#include <healthsearch/source.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace healthsearch;
using extract::clean_pdf_text;

using test_support::all_text;

namespace {

std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in, "cannot open " << path);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

const std::string kLeaflets = HEALTHSEARCH_SOURCE_DIR "/corpus/leaflets/";
const std::string kBadPdfs = HEALTHSEARCH_SOURCE_DIR "/tests/data/pdf/";

Article leaflet(const std::string& file) {
    const std::string extension = file.substr(file.rfind('.'));
    return extract_article(read_bytes(kLeaflets + file), extension, file, kLeaflets + file);
}


std::vector<std::string> headings(const Article& article) {
    std::vector<std::string> found;
    for (const auto& section : article.sections) {
        if (!section.heading_path.empty() && (found.empty() || found.back() != section.heading_path.back())) {
            found.push_back(section.heading_path.back());
        }
    }
    return found;
}

std::vector<std::string> paragraphs(const Article& article) {
    std::vector<std::string> found;
    for (const auto& section : article.sections) found.insert(found.end(), section.paragraphs.begin(), section.paragraphs.end());
    return found;
}

// What one bundled leaflet must give: its title, headings in order, the start of each paragraph
// in order, and the page furniture that must be gone.
struct ExpectedLeaflet {
    std::string file;
    std::string title;
    std::vector<std::string> headings;
    std::vector<std::string> paragraph_starts;
    std::vector<std::string> joined;  // words rejoined across line or page breaks
    std::vector<std::string> chrome;  // running header and footer words, footnote text
};

const std::vector<ExpectedLeaflet>& expected_leaflets() {
    static const std::vector<ExpectedLeaflet> leaflets = {
        {"port-katheter-patienteninformation.pdf",
         "Der Port-Katheter",
         {"Was ist ein Port?", "Wie wird der Port eingesetzt?", "Der Alltag mit dem Port", "Wie wird der Port benutzt?",
          "Wann sollten Sie sich sofort melden?", "Wie lange bleibt der Port?", "Fragen zum Port"},
         {"Ein Port ist ein kleines Reservoir", "Der Eingriff dauert meist", "Sobald die Wunde verheilt ist",
          "Für jede Infusion sticht", "Rufen Sie umgehend an", "Ein Port kann viele Monate", "Bei Fragen erreichen Sie"},
         {"unterhalb des Schlüsselbeins", "der Port-Katheter, in eine", "für die Behandlung, etwa",
          "Die Wunde wird genäht", "starkem Armeinsatz", "Fragen Sie Ihr Behandlungsteam, ab wann",
          "vorher mit einer", "einer Infektion oder", "Außerhalb dieser Zeiten"},
         {"Lindenhof", "Klinik für Onkologie", "Patienteninformation", "Seite", "von 3", "Fachbegriff", "Fäden",
          "¹", "²", "³"}},
        {"fever-during-chemotherapy-guideline.pdf",
         "Fever during chemotherapy: a guideline summary for patients",
         {"Why a fever matters", "What counts as a fever", "What to do",
          "Other warning signs", "Lowering the risk of infection"},
         {"Many chemotherapy drugs lower", "Take your temperature", "Call the number on your alert card",
          "Call as well if you have", "Wash your hands often"},
         {"called neutropenia and is", "day or night. Some", "wait until the next", "started quickly, often within an hour",
          "burning when passing", "38 °C"},
         {"Riverside", "Page", "of 2", "From Greek", "thermometer", "neutropenia1", "night.2"}},
        {"bewegung-krebstherapie-leitlinie.pdf",
         "Bewegung während und nach einer Krebstherapie",
         {"Kernaussagen", "Wie viel Bewegung wird empfohlen?", "Wann ist Vorsicht geboten?", "Hilfe beim Einstieg"},
         {"Körperliche Aktivität ist", "Als Richtwert gelten etwa 150 Minuten", "Sprechen Sie vor dem Training",
          "Viele Zentren bieten"},
         {"die Stimmung verbessern.", "pro Woche, zum", "Jede Bewegung ist besser als keine.",
          "zwei- bis dreimal", "Sport- und Bewegungsgruppen", "Krebspatientinnen und -patienten an"},
         {"Weserbergland", "Leitlinie kompakt", "Microsoft", "docx", "- 1 -", "- 2 -"}},
        {"lymphoedema-after-breast-cancer.txt",
         "Lymphoedema after breast cancer treatment",
         {"What is lymphoedema?", "Early signs", "Looking after your arm", "Treatment"},
         {"Lymphoedema is a swelling", "Look out for a feeling", "Keep the skin clean", "Treatment is usually given"},
         {"the lymph vessels of", "easier to control when it is treated soon.", "rest the arm.",
          "compression sleeves", "contact your team", "needs antibiotics."},
         {"Aldhelm", "Breast Care Unit", "Page", "physiotherapist", "arm.1"}},
        {"mundpflege-chemotherapie.txt",
         "Mundpflege während der Chemotherapie",
         {"Warum der Mund besonders empfindlich ist", "Tägliche Pflege", "Essen und Trinken",
          "Wann Sie sich melden sollten"},
         {"Chemotherapie und eine Bestrahlung", "Putzen Sie die Zähne", "Trinken Sie ausreichend", "Melden Sie sich"},
         {"im Kopf-Hals-Bereich greifen", "einer milden Zahnpasta", "vom Behandlungsteam", "Mukositis.",
          "nach dem Essen gereinigt und nachts", "für Ihre Behandlung sinnvoll"},
         {"Hohenau", "Station 4B", "Seite", "Entzündung", "¹"}},
    };
    return leaflets;
}

}  // namespace

TEST_CASE("words hyphenated at a line end are joined; real hyphens stay") {
    CHECK(clean_pdf_text("Die Be-\nhandlung wirkt.") == "Die Behandlung wirkt.");
    CHECK(clean_pdf_text("Der Port-\nKatheter sitzt unter der Haut.") == "Der Port-Katheter sitzt unter der Haut.");
    CHECK(clean_pdf_text("Die HER2-\npositive Form.") == "Die HER2-positive Form.");
    CHECK(clean_pdf_text("Vor-\nund Nachsorge.") == "Vor- und Nachsorge.");
    CHECK(clean_pdf_text("Gr\xC3\xB6\xC3\x9F" "e-\n\xC3\xBC" "ber") == "Gr\xC3\xB6\xC3\x9F" "e\xC3\xBC" "ber");
    CHECK(clean_pdf_text("Soft\xC2\xAD\nhyphen.") == "Softhyphen.");
    // A lowercase pair the document itself writes with a hyphen is a compound, not a break.
    CHECK(clean_pdf_text("Book a follow-\nup visit.\n\nThe follow-up is free.") ==
          "Book a follow-up visit.\n\nThe follow-up is free.");
    CHECK(clean_pdf_text("Book a follow-\nup visit.") == "Book a followup visit.");  // no evidence: a break
    CHECK(clean_pdf_text("Therapie -\nnicht immer.") == "Therapie - nicht immer.");
}

TEST_CASE("running headers, footers and page numbers are dropped; one-off lines stay") {
    const std::string text =
        "Klinikum Am See \xC2\xB7 Patienteninformation\n\nErste Seite mit Text.\n\nSeite 1 von 3\n\f"
        "Klinikum Am See \xC2\xB7 Patienteninformation\n\nZweite Seite mit Text.\n\nSeite 2 von 3\n\f"
        "Klinikum Am See \xC2\xB7 Patienteninformation\n\nDritte Seite.\n\n3\n";
    CHECK(clean_pdf_text(text) == "Erste Seite mit Text.\n\nZweite Seite mit Text.\n\nDritte Seite.");
    for (const char* number : {"- 4 -", "Page 4 of 9", "4", "S. 4", "4 / 9", "\xE2\x80\x93 4 \xE2\x80\x93"}) {
        CAPTURE(number);
        CHECK(clean_pdf_text(std::string("Ein Absatz.\n\n") + number + "\n") == "Ein Absatz.");
    }
    // A number inside the text, and a single page's first line, are text.
    CHECK(clean_pdf_text("Klinikum Am See\n\n3 Tage Ruhe.\n") == "Klinikum Am See\n\n3 Tage Ruhe.");
}

TEST_CASE("footnotes at a page's end and their markers are dropped; real numbers stay") {
    CHECK(clean_pdf_text("Die Therapie\xC2\xB9 hilft.\n\n\xC2\xB9 Quelle: Leitlinie.\n") == "Die Therapie hilft.");
    CHECK(clean_pdf_text("This is neutropenia1 and lasts a week.2\n\n1 Too few neutrophils.\n2 Often.\n") ==
          "This is neutropenia and lasts a week.");
    // Units, vitamins, molecules and disease types keep their digits.
    const std::string numbers = "Dosis 1,8 mg/m\xC2\xB2 und 2 cm\xC2\xB2\xC2\xB3, Vitamin B12, CO2, Typ-2-Diabetes, HER2 und 38 \xC2\xB0" "C.";
    CHECK(clean_pdf_text(numbers + "\n\n1 Eine Fu\xC3\x9Fnote.\n") == numbers + "\n\n1 Eine Fu\xC3\x9Fnote.");
    // A last block that starts with a number no word of the page is marked with is text.
    CHECK(clean_pdf_text("Nach der Operation.\n\n3 Tage Ruhe helfen.\n") == "Nach der Operation.\n\n3 Tage Ruhe helfen.");
}

TEST_CASE("a paragraph broken by a page break is rejoined; a heading at a page's end is not") {
    CHECK(clean_pdf_text("Fragen Sie\nam besten Ihr\f Behandlungsteam, wann.\n") ==
          "Fragen Sie am besten Ihr Behandlungsteam, wann.");
    CHECK(clean_pdf_text("Jede Bewe-\f\ngung hilft.\n") == "Jede Bewegung hilft.");
    CHECK(clean_pdf_text("Ein Satz endet.\fEin neuer Absatz.\n") == "Ein Satz endet.\n\nEin neuer Absatz.");
    CHECK(clean_pdf_text("Ein Satz endet.\n\nNebenwirkungen\fDie h\xC3\xA4ufigsten sind.\n") ==
          "Ein Satz endet.\n\nNebenwirkungen\n\nDie h\xC3\xA4ufigsten sind.");
}

TEST_CASE("plain text with form feeds between pages is read as a PDF's text layer") {
    CHECK(extract::looks_like_pdf_text("Seite eins.\n\fSeite zwei.\n"));
    CHECK_FALSE(extract::looks_like_pdf_text("Nur eine Seite.\n"));
    CHECK_FALSE(extract::looks_like_pdf_text("Nur eine Seite.\n\f\n"));
    const Article article = extract_article("Kopfzeile\n\nTitel des Blatts?\n\nDie Be-\nhandlung.\n\n1\n\f"
                                            "Kopfzeile\n\nWeiter im Text.\n\n2\n",
                                            ".txt", "a.txt", "a.txt");
    CHECK(all_text(article) == "Titel des Blatts?\nDie Behandlung.\nWeiter im Text.\n");
}

TEST_CASE("a PDF's Title is the title when it is a real one") {
    CHECK(extract::is_real_pdf_title("Der Port-Katheter"));
    CHECK(extract::is_real_pdf_title("Fever during chemotherapy"));
    CHECK(extract::is_real_pdf_title("Dokumentation der Schmerztherapie"));
    CHECK_FALSE(extract::is_real_pdf_title("Dokument"));
    CHECK_FALSE(extract::is_real_pdf_title(""));
    CHECK_FALSE(extract::is_real_pdf_title("Microsoft Word - leaflet.docx"));
    CHECK_FALSE(extract::is_real_pdf_title("leaflet_v3_final"));
    CHECK_FALSE(extract::is_real_pdf_title("Untitled"));
    CHECK_FALSE(extract::is_real_pdf_title("scan0001.pdf"));
}

TEST_CASE("each bundled leaflet gives its title, headings and paragraphs, without page furniture") {
    for (const ExpectedLeaflet& expected : expected_leaflets()) {
        CAPTURE(expected.file);
        const Article article = leaflet(expected.file);
        CHECK(article.title == expected.title);
        CHECK(headings(article) == expected.headings);
        const std::vector<std::string> found = paragraphs(article);
        REQUIRE(found.size() == expected.paragraph_starts.size());
        for (std::size_t i = 0; i < found.size(); ++i) {
            CAPTURE(found[i]);
            CHECK(found[i].starts_with(expected.paragraph_starts[i]));
        }
        const std::string text = all_text(article);
        for (const std::string& joined : expected.joined) {
            CHECK_MESSAGE(text.find(joined) != std::string::npos, "missing: " << joined << "\n" << text);
        }
        for (const std::string& chrome : expected.chrome) {
            CHECK_MESSAGE(text.find(chrome) == std::string::npos, "left in: " << chrome << "\n" << text);
        }
    }
}

TEST_CASE("the leaflets' running headers, page numbers and footnotes find nothing in a built index") {
    test_support::ScratchDir dir;
    const std::string db = (dir / "index").string();
    const IndexReport report = update_index(db, {kLeaflets});
    CHECK(report.failed == 0);
    CHECK(report.added == expected_leaflets().size());
    const Searcher searcher(db);
    SearchOptions words_only;
    words_only.expand_synonyms = false;
    words_only.translate = false;
    for (const char* chrome : {"Lindenhof", "Riverside", "Weserbergland", "Aldhelm", "Hohenau", "Seite", "Page",
                               "Patienteninformation", "kompakt", "Station", "Fachbegriff", "thermometer",
                               "physiotherapist", "Microsoft", "docx"}) {
        CAPTURE(chrome);
        CHECK(searcher.search(chrome, words_only).hits.empty());
    }
    // The text itself is there, with its rejoined words.
    CHECK_FALSE(searcher.search("Behandlung", words_only).hits.empty());
    CHECK_FALSE(searcher.search("\"Port-Katheter\"", words_only).hits.empty());
    CHECK_FALSE(searcher.search("lymphoedema", words_only).hits.empty());
}

TEST_CASE("a PDF without a text layer, encrypted, damaged or not a PDF is refused with the reason") {
    const auto refusal = [](const std::string& bytes) {
        try {
            extract_article(bytes, ".pdf", "x.pdf", "dir/x.pdf");
        } catch (const InputError& error) {
            CHECK(error.file() == "dir/x.pdf");
            return std::string(error.what());
        }
        return std::string();
    };
    CHECK(refusal(read_bytes(kBadPdfs + "scanned-no-text-layer.pdf")) ==
          "holds no text layer (a scanned PDF?); run OCR first");
    CHECK(refusal(read_bytes(kBadPdfs + "password-protected.pdf")).find("needs a password") != std::string::npos);
    CHECK(refusal("Titel\n\nNur Text mit falscher Endung.\n").find("is not a PDF") != std::string::npos);
    const std::string leaflet_bytes = read_bytes(kLeaflets + "port-katheter-patienteninformation.pdf");
    for (std::size_t keep : {std::size_t{9}, leaflet_bytes.size() / 3, leaflet_bytes.size() - 40}) {
        CAPTURE(keep);
        const std::string reason = refusal(leaflet_bytes.substr(0, keep));
        // Poppler rebuilds a damaged cross-reference table when it can: then the pages it
        // finds are read. Otherwise the file is named as damaged, never a crash.
        if (!reason.empty()) CHECK((reason.find("damaged") != std::string::npos || reason.find("no text layer") != std::string::npos));
    }
}

TEST_CASE("bad PDFs in a corpus are each named with the reason, and everything else is indexed") {
    test_support::ScratchDir dir;
    const std::string leaflet_bytes = read_bytes(kLeaflets + "fever-during-chemotherapy-guideline.pdf");
    dir.write("corpus/good.pdf", leaflet_bytes);
    dir.write("corpus/good.txt", "Good news\n\nThe treatment works well for many patients.\n");
    dir.write("corpus/scan.pdf", read_bytes(kBadPdfs + "scanned-no-text-layer.pdf"));
    dir.write("corpus/locked.pdf", read_bytes(kBadPdfs + "password-protected.pdf"));
    dir.write("corpus/truncated.pdf", leaflet_bytes.substr(0, 9));
    dir.write("corpus/renamed.pdf", "Titel\n\nEin Text, der nur so heisst.\n");
    const std::string db = (dir / "index").string();
    const test_support::CliRun run = test_support::run_cli({"index", "--db", db, (dir / "corpus").string()});
    CHECK(run.exit_code == 5);
    const auto line_about = [&](const std::string& file) {
        std::istringstream lines(run.err);
        std::string found;
        int count = 0;
        for (std::string line; std::getline(lines, line);) {
            if (line.find(file) != std::string::npos) found = line, ++count;
        }
        CHECK_MESSAGE(count == 1, file << " is named on " << count << " lines:\n" << run.err);
        return found;
    };
    CHECK(line_about("scan.pdf").find("holds no text layer (a scanned PDF?); run OCR first") != std::string::npos);
    CHECK(line_about("locked.pdf").find("encrypted PDF that needs a password") != std::string::npos);
    CHECK(line_about("truncated.pdf").find("damaged or truncated PDF") != std::string::npos);
    CHECK(line_about("renamed.pdf").find("not a PDF") != std::string::npos);
    CHECK(run.out.find("2 added") != std::string::npos);
    CHECK(run.out.find("4 failed") != std::string::npos);
    CHECK(test_support::run_cli({"search", "--db", db, "neutropenia"}).exit_code == 0);
}
