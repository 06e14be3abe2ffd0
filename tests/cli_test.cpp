// The command-line tool end to end, on the bundled corpus: what a person or a script sees.

#include "test_support.hpp"

#include <healthsearch/index.hpp>

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <fstream>
#include <set>
#include <cstdio>
#include <sstream>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

using test_support::ScratchDir;

namespace {

struct Run {
    int exit_code = -1;
    std::string out;
    std::string err;
};

std::string quote(const std::string& arg) {
    std::string quoted = "'";
    for (char c : arg) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

// Runs the CLI with a clean environment (no NO_COLOR, no HEALTHSEARCH_DB unless given).
Run run(const std::vector<std::string>& args, const std::string& env = "") {
    static ScratchDir scratch;
    const auto err_file = scratch / "stderr.txt";
    std::string command = "env -u NO_COLOR -u HEALTHSEARCH_DB " + env + " " + quote(HEALTHSEARCH_CLI);
    for (const auto& arg : args) command += " " + quote(arg);
    command += " 2>" + quote(err_file.string());
    Run result;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buffer{};
    while (const std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) result.out.append(buffer.data(), n);
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream err(err_file);
    result.err.assign(std::istreambuf_iterator<char>(err), {});
    return result;
}

std::vector<nlohmann::json> json_lines(const std::string& out) {
    std::vector<nlohmann::json> lines;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
    return lines;
}

// One index of the bundled corpus shared by the tests below.
const std::string& corpus_db() {
    static ScratchDir dir;
    static const std::string db = [] {
        const std::string path = (dir / "db").string();
        const Run indexed = run({"index", "--db", path, std::string(HEALTHSEARCH_SOURCE_DIR) + "/corpus"});
        REQUIRE_MESSAGE(indexed.exit_code == 0, indexed.err);
        return path;
    }();
    return db;
}

}  // namespace

TEST_CASE("--help and usage errors") {
    const Run help = run({"--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("index") != std::string::npos);
    CHECK(help.out.find("Exit codes") != std::string::npos);
    const Run search_help = run({"search", "--help"});
    CHECK(search_help.exit_code == 0);
    CHECK(search_help.out.find("--per-article") != std::string::npos);
    CHECK(run({"search", "--no-such-flag", "x"}).exit_code == 2);
    CHECK(run({}).exit_code == 2);
    CHECK(run({"search", "--lang", "fr", "x"}).exit_code == 2);
}

TEST_CASE("a missing index exits 3 and says how to build one") {
    ScratchDir dir;
    const Run missing = run({"search", "--db", (dir / "none").string(), "cancer"});
    CHECK(missing.exit_code == 3);
    CHECK(missing.err.find("healthsearch index") != std::string::npos);
    // $HEALTHSEARCH_DB is the default location.
    const Run via_env = run({"stats"}, "HEALTHSEARCH_DB=" + quote((dir / "none").string()));
    CHECK(via_env.exit_code == 3);
    CHECK(via_env.err.find((dir / "none").string()) != std::string::npos);
}

TEST_CASE("acceptance: the bundled corpus answers questions in both languages") {
    const Run english = run({"search", "--db", corpus_db(), "--json",
                             "How does immunotherapy work for metastatic cancers?"});
    REQUIRE(english.exit_code == 0);
    const auto en_hits = json_lines(english.out);
    REQUIRE(en_hits.size() == 10);
    CHECK(en_hits[0]["language"] == "en");
    CHECK(en_hits[0]["text"].get<std::string>().find("mmunotherapy") != std::string::npos);

    const Run german = run({"search", "--db", corpus_db(), "--json", "Wie wirkt eine Immuntherapie?"});
    REQUIRE(german.exit_code == 0);
    const auto de_hits = json_lines(german.out);
    REQUIRE_FALSE(de_hits.empty());
    CHECK(de_hits[0]["language"] == "de");
    CHECK(de_hits[0]["text"].get<std::string>().find("Immuntherapie") != std::string::npos);
}

TEST_CASE("acceptance: Uebelkeit and Ubelkeit find Übelkeit, highlighted") {
    for (const char* query : {"Uebelkeit", "Ubelkeit"}) {
        CAPTURE(query);
        const Run result = run({"search", "--db", corpus_db(), "--json", "--no-synonyms", "--no-translate", query});
        REQUIRE(result.exit_code == 0);
        const auto hits = json_lines(result.out);
        REQUIRE_FALSE(hits.empty());
        for (const auto& hit : hits) {
            const std::string snippet = hit["snippet"]["text"];
            bool marks_uebelkeit = false;
            for (const auto& span : hit["snippet"]["highlights"]) {
                const auto begin = span[0].get<std::size_t>();
                const auto end = span[1].get<std::size_t>();
                marks_uebelkeit = marks_uebelkeit || snippet.substr(begin, end - begin) == "Übelkeit";
            }
            CHECK(marks_uebelkeit);
        }
    }
}

TEST_CASE("acceptance: an English question finds the German-only heart attack article") {
    const Run result = run({"search", "--db", corpus_db(), "--json", "--per-article", "1", "heart attack"});
    REQUIRE(result.exit_code == 0);
    const auto hits = json_lines(result.out);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits[0]["article_id"] == "de/herzinfarkt-warnzeichen-erste-hilfe.md");
    const Run without = run({"search", "--db", corpus_db(), "--json", "--no-synonyms", "--no-translate",
                             "--per-article", "1", "heart attack"});
    REQUIRE_MESSAGE((without.exit_code == 0 || without.exit_code == 1), without.err);  // ran; found what it found
    for (const auto& hit : json_lines(without.out)) CHECK(hit["article_id"] != "de/herzinfarkt-warnzeichen-erste-hilfe.md");
}

TEST_CASE("acceptance: compound parts find the compound, highlighted inside it") {
    const Run result = run({"search", "--db", corpus_db(), "--json", "--no-synonyms", "--no-translate", "--limit", "20",
                            "Metastasen Knochen"});
    REQUIRE(result.exit_code == 0);
    bool marked_inside = false;
    for (const auto& hit : json_lines(result.out)) {
        const std::string text = hit["snippet"]["text"];
        for (const auto& span : hit["snippet"]["highlights"]) {
            const auto begin = span[0].get<std::size_t>();
            const auto end = span[1].get<std::size_t>();
            // "Knochen" marked where the text says "Knochenmetastasen".
            if (text.substr(begin, end - begin) == "Knochen" && text.substr(end, 10) == "metastasen") marked_inside = true;
        }
    }
    CHECK(marked_inside);
    const Run joined = run({"search", "--db", corpus_db(), "--json", "--no-synonyms", "--no-translate", "--lang", "de",
                            "Krebs Brust"});
    bool found_compound = false;
    for (const auto& hit : json_lines(joined.out)) {
        found_compound = found_compound || hit["text"].get<std::string>().find("Brustkrebs") != std::string::npos;
    }
    CHECK(found_compound);
}

TEST_CASE("acceptance: words that occur only in site chrome find nothing") {
    CHECK(run({"search", "--db", corpus_db(), "Mitglieder"}).exit_code == 1);
    // Without expansions, so that only the indexed words themselves are tested.
    for (const char* query : {"Mitglieder", "Ansicht", "\"top of page\"", "Startseite", "Nordhessen",
                              "Impressum"}) {
        CAPTURE(query);
        const Run result = run({"search", "--db", corpus_db(), "--json", "--no-synonyms", "--no-translate", query});
        CHECK(result.exit_code == 1);
        for (const auto& line : json_lines(result.out)) CHECK_FALSE(line.contains("rank"));  // no hit
    }
}

TEST_CASE("--json hits carry every documented field") {
    const Run result = run({"search", "--db", corpus_db(), "--json", "--limit", "3", "--per-article", "1",
                            "Strahlentherapie Knochenmetastasen"});
    REQUIRE(result.exit_code == 0);
    const auto hits = json_lines(result.out);
    REQUIRE(hits.size() == 3);
    std::set<std::string> articles;
    for (const auto& hit : hits) {
        for (const char* field : {"rank", "score", "article_id", "title", "heading_path", "language",
                                  "source", "passage", "text", "snippet"}) {
            CAPTURE(field);
            CHECK(hit.contains(field));
        }
        CHECK(hit["snippet"].contains("highlights"));
        articles.insert(hit["article_id"].get<std::string>());
    }
    CHECK(articles.size() == 3);  // --per-article 1
    CHECK(hits[0]["rank"] == 1);
}

TEST_CASE("colour only when asked for or on a terminal, never with NO_COLOR") {
    const Run plain = run({"search", "--db", corpus_db(), "--limit", "1", "--lang", "de", "Chemotherapie"});
    REQUIRE(plain.exit_code == 0);
    CHECK(plain.out.find('\x1b') == std::string::npos);  // stdout is a pipe here
    CHECK(plain.out.find("*Chemotherapie*") != std::string::npos);
    const Run forced = run({"search", "--db", corpus_db(), "--limit", "1", "--color", "always", "Chemotherapie"});
    CHECK(forced.out.find('\x1b') != std::string::npos);
}

TEST_CASE("NO_COLOR gives way to an explicit --color always, and --help says so") {
    const Run forced = run({"search", "--db", corpus_db(), "--limit", "1", "--color", "always", "Chemotherapie"}, "NO_COLOR=1");
    CHECK(forced.out.find('\x1b') != std::string::npos);
    const Run help = run({"search", "--help"});
    CHECK(help.out.find("--color always colours even then") != std::string::npos);
}

TEST_CASE("text and JSON output number a hit's passage alike") {
    const std::vector<std::string> query{"search", "--db", corpus_db(), "--limit", "1", "Strahlentherapie Knochenmetastasen"};
    const Run text = run(query);
    std::vector<std::string> as_json = query;
    as_json.push_back("--json");
    const Run json = run(as_json);
    REQUIRE(text.exit_code == 0);
    REQUIRE(json.exit_code == 0);
    const auto hits = json_lines(json.out);
    REQUIRE(hits.size() == 1);
    CHECK(text.out.find(" · passage " + std::to_string(hits[0]["passage"].get<int>()) + " · ") != std::string::npos);
}

TEST_CASE("a query that is not UTF-8 exits 2 with a message, in text and JSON mode alike") {
    for (const char* mode : {"--json", "--limit=10"}) {
        CAPTURE(mode);
        const Run result = run({"search", "--db", corpus_db(), mode, "Kopfschmerzn \xff"});
        CHECK(result.exit_code == 2);
        CHECK(result.err.find("not valid UTF-8") != std::string::npos);
        CHECK(result.out.empty());
    }
}

TEST_CASE("stored text that is not UTF-8 still gives valid JSON, with U+FFFD in its place") {
    ScratchDir dir;
    const std::string db = (dir / "db").string();
    {
        healthsearch::IndexWriter writer(db);
        writer.add(test_support::make_article("de/kaputt.md", "Titel \xff", {"Kopfschmerzen \xfe nach der Behandlung."}));
        writer.commit();
    }
    const Run result = run({"search", "--db", db, "--json", "Kopfschmerzen"});
    REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    const auto hits = json_lines(result.out);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0]["title"] == "Titel \xEF\xBF\xBD");
    CHECK(hits[0]["text"].get<std::string>().find("Kopfschmerzen \xEF\xBF\xBD nach") != std::string::npos);
}

TEST_CASE("a query too long for any question exits 2 and says how long it may be") {
    std::string query;
    for (int i = 0; i < 2000; ++i) query += "Brustkrebs ";
    const Run result = run({"search", "--db", corpus_db(), "--", query});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("query too long: ") != std::string::npos);
}

TEST_CASE("a query that starts with an excluded word is a query, not an option") {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"search", "--db", corpus_db(), "--json", "-melanoma immunotherapy"},
          std::vector<std::string>{"search", "-melanoma immunotherapy", "--db", corpus_db(), "--json"},
          std::vector<std::string>{"search", "--db", corpus_db(), "--json", "--", "-melanoma immunotherapy"}}) {
        const Run result = run(args);
        REQUIRE_MESSAGE(result.exit_code == 0, result.err);
        const auto hits = json_lines(result.out);
        REQUIRE_FALSE(hits.empty());
        for (const auto& hit : hits) CHECK(hit["text"].get<std::string>().find("elanoma") == std::string::npos);
    }
    // One word is an option to the parser; the message says how to search for it.
    const Run single = run({"search", "--db", corpus_db(), "-melanoma"});
    CHECK(single.exit_code == 2);
    CHECK(single.err.find("healthsearch search -- \"-melanoma") != std::string::npos);
}

TEST_CASE("a mistyped command is named unknown, with the command meant") {
    const Run result = run({"serch", "x"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("unknown command \"serch\"") != std::string::npos);
    CHECK(result.err.find("did you mean search?") != std::string::npos);
    const Run far = run({"frobnicate"});
    CHECK(far.exit_code == 2);
    CHECK(far.err.find("unknown command \"frobnicate\"") != std::string::npos);
    CHECK(far.err.find("did you mean") == std::string::npos);
}

TEST_CASE("negative counts are refused") {
    const Run per_article = run({"search", "--db", corpus_db(), "--per-article", "-1", "Krebs"});
    CHECK(per_article.exit_code == 2);
    CHECK(per_article.err.find("--per-article") != std::string::npos);
    const Run depth = run({"eval", "--db", corpus_db(), "--depth", "-1", "--queries",
                           std::string(HEALTHSEARCH_SOURCE_DIR) + "/tests/relevance/queries.jsonl", "--qrels",
                           std::string(HEALTHSEARCH_SOURCE_DIR) + "/tests/relevance/qrels/dev.tsv"});
    CHECK(depth.exit_code == 2);
    CHECK(depth.err.find("--depth") != std::string::npos);
    ScratchDir dir;
    const Run batch = run({"index", "--db", (dir / "db").string(), "--batch", "-1",
                           std::string(HEALTHSEARCH_SOURCE_DIR) + "/corpus/en"});
    CHECK(batch.exit_code == 2);
    CHECK(batch.err.find("--batch") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "db"));
}

TEST_CASE("index --json stays valid JSON for a database path that is not UTF-8") {
    ScratchDir dir;
    dir.write("corpus/note.txt", "Sleep\n\nA regular bedtime helps many people sleep better.\n");
    const Run indexed = run({"index", "--json", "--db", (dir / "db-\xff").string(), (dir / "corpus").string()});
    REQUIRE_MESSAGE(indexed.exit_code == 0, indexed.err);
    const auto summary = nlohmann::json::parse(indexed.out);
    CHECK(summary["added"] == 1);
    CHECK(summary["db"].get<std::string>().find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD
}

TEST_CASE("the reader's words as typed: no stop word is corrected, erschopft is erschöpft") {
    const Run tired = run({"search", "--db", corpus_db(), "immer müde und erschöpft"});
    CHECK(tired.exit_code == 0);
    CHECK(tired.out.find("Did you mean") == std::string::npos);
    for (const char* query : {"erschöpft", "erschoepft", "erschopft"}) {
        CAPTURE(query);
        const Run result = run({"search", "--db", corpus_db(), "--json", query});
        REQUIRE(result.exit_code == 0);
        CHECK(json_lines(result.out).at(0)["text"].get<std::string>().find("Erschöpfung") != std::string::npos);
    }
}

TEST_CASE("indexing with bad files: each named on stderr, the rest indexed, exit 5") {
    ScratchDir dir;
    dir.write("corpus/good.md", "# Gute Nachricht\n\nDie Behandlung schlägt an.\n");
    dir.write("corpus/bad.txt", "Titel\n\n\xFF\xFE kaputt\n");
    const auto db = (dir / "db").string();
    const Run result = run({"index", "--db", db, (dir / "corpus").string()});
    CHECK(result.exit_code == 5);
    CHECK(result.err.find("bad.txt") != std::string::npos);
    CHECK(result.err.find("UTF-8") != std::string::npos);
    CHECK(result.out.find("1 added") != std::string::npos);
    CHECK(result.out.find("1 failed") != std::string::npos);
    CHECK(run({"search", "--db", db, "Behandlung"}).exit_code == 0);

    const Run again = run({"index", "--db", db, "--json", (dir / "corpus").string()});
    const auto summary = nlohmann::json::parse(again.out);
    CHECK(summary["unchanged"] == 1);
    CHECK(summary["added"] == 0);
    CHECK(summary["failed"] == 1);
}

TEST_CASE("stats describes the index") {
    const Run result = run({"stats", "--db", corpus_db(), "--json"});
    REQUIRE(result.exit_code == 0);
    const auto stats = nlohmann::json::parse(result.out);
    CHECK(stats["articles"].get<int>() >= 12);
    CHECK(stats["passages"].get<int>() > stats["articles"].get<int>());
    CHECK(stats["passages_by_language"]["de"].get<int>() > 0);
    CHECK(stats["passages_by_language"]["en"].get<int>() > 0);
}

TEST_CASE("index without a terminal: no progress noise, --quiet prints nothing, --json one summary") {
    ScratchDir dir;
    dir.write("corpus/a.md", "# Schlaf\n\nGuter Schlaf hilft bei der Erholung nach der Behandlung.\n");
    const auto db = (dir / "db").string();
    const Run plain = run({"index", "--db", db, (dir / "corpus").string()});
    CHECK(plain.exit_code == 0);
    CHECK(plain.err.empty());
    CHECK(plain.out.find('\r') == std::string::npos);
    CHECK(std::count(plain.out.begin(), plain.out.end(), '\n') == 1);  // one summary line
    const Run quiet = run({"index", "--quiet", "--db", db, (dir / "corpus").string()});
    CHECK(quiet.exit_code == 0);
    CHECK(quiet.out.empty());
    const Run json = run({"index", "--json", "--db", db, (dir / "corpus").string()});
    const auto summary = nlohmann::json::parse(json.out);
    CHECK(summary["unchanged"] == 1);
    CHECK(summary["generation"] == "gen-000001");
}

TEST_CASE("a second writer gives up after --wait with exit 6; rollback after a rebuild") {
    ScratchDir dir;
    dir.write("corpus/a.md", "# Schlaf\n\nGuter Schlaf hilft bei der Erholung nach der Behandlung.\n");
    const auto db = (dir / "db").string();
    REQUIRE(run({"index", "--db", db, (dir / "corpus").string()}).exit_code == 0);
    {
        // Another writer holds the lock, as a still-running nightly job would.
        const int fd = ::open((dir / "db/.lock").c_str(), O_RDWR);
        REQUIRE(::flock(fd, LOCK_EX) == 0);
        const Run blocked = run({"index", "--wait", "0.3", "--db", db, (dir / "corpus").string()});
        CHECK(blocked.exit_code == 6);
        CHECK(blocked.err.find("--wait") != std::string::npos);
        ::close(fd);
    }
    CHECK(run({"rollback", "--db", db}).exit_code == 10);  // nothing to roll back to yet
    REQUIRE(run({"index", "--rebuild", "--db", db, (dir / "corpus").string()}).exit_code == 0);
    const Run rolled = run({"rollback", "--db", db});
    CHECK(rolled.exit_code == 0);
    CHECK(rolled.out.find("gen-000001") != std::string::npos);
}

TEST_CASE("eval scores a judged query with nothing to search for as no hits, names it and goes on") {
    ScratchDir dir;
    dir.write("queries.jsonl", "{\"_id\":\"q-stop\",\"text\":\"What is (are) ?\"}\n"
                               "{\"_id\":\"q-chemo\",\"text\":\"Chemotherapie Nebenwirkungen\"}\n");
    dir.write("qrels.tsv", "query-id\tcorpus-id\tscore\n"
                           "q-stop\ten/chemotherapy-what-to-expect.md\t2\n"
                           "q-chemo\tde/chemotherapie-ablauf-nebenwirkungen.md\t2\n");
    const Run eval = run({"eval", "--db", corpus_db(), "--per-query", "--json", "--queries",
                          (dir / "queries.jsonl").string(), "--qrels", (dir / "qrels.tsv").string()});
    REQUIRE_MESSAGE(eval.exit_code == 0, eval.err);
    CHECK(eval.err.find("q-stop (\"What is (are) ?\")") != std::string::npos);  // id and text
    CHECK(eval.err.find("no hits") != std::string::npos);
    CHECK(eval.err.find("q-chemo") == std::string::npos);
    const auto report = nlohmann::json::parse(eval.out);
    CHECK(report["summary"]["queries"] == 2);
    REQUIRE(report["per_query"].size() == 2);
}
