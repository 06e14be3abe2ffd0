// Crash safety: the indexer is killed with SIGKILL at many points of an update and of a
// rebuild. After every kill the index opens, passes Xapian's consistency check, answers
// queries, and holds each article whole in its old or its new version; the next run finishes.
// The kills come from the test build's own CLI (HEALTHSEARCH_FAULT_INJECTION_CLI): the CLI
// that is installed must ignore HEALTHSEARCH_CRASH_AT.

#include "cli_runner.hpp"
#include "index/schema.hpp"
#include "index/stored_passage.hpp"
#include "test_support.hpp"

#include <healthsearch/search.hpp>

#include <doctest/doctest.h>

#include <xapian.h>

#include <csignal>
#include <fstream>
#include <map>
#include <set>

using namespace healthsearch;
using test_support::run_cli;
using test_support::run_program;
using test_support::ScratchDir;
namespace fs = std::filesystem;

namespace {

// Two sections, so two passages per article, each carrying the version marker.
std::string article(int number, const std::string& marker) {
    return "Article " + std::to_string(number) + "\n\nFirst section\n\nThe first part of this article is "
           "about treatment " + marker + " and what it means for patients every day.\n\nSecond section\n\n"
           "The second part of this article is about side effects " + marker + " and how teams help.\n";
}

void write_version(const ScratchDir& dir, const std::string& marker, const std::vector<int>& numbers) {
    fs::remove_all(dir / "corpus");
    for (int n : numbers) dir.write("corpus/article-" + std::to_string(n) + ".txt", article(n, marker));
}

// article id -> markers seen across its passages in the live generation
std::map<std::string, std::set<std::string>> markers_by_article(const std::string& db) {
    std::map<std::string, std::set<std::string>> seen;
    Xapian::Database index(db);
    for (auto it = index.postlist_begin(""); it != index.postlist_end(""); ++it) {
        const auto stored = index::decode_stored_passage(index.get_document(*it).get_data());
        for (const char* marker : {"alphaversion", "betaversion"}) {
            if (stored.text.find(marker) != std::string::npos) seen[stored.article_id].insert(marker);
        }
    }
    return seen;
}

std::string live_generation(const std::string& db) {
    std::ifstream stub(fs::path(db) / "XAPIANDB");
    std::string word, generation;
    stub >> word >> generation;
    return (fs::path(db) / generation).string();
}

// Runs the fault-injecting CLI, killing it at `point` (NAME:N).
test_support::CliRun run_killed_cli(const std::vector<std::string>& args, const std::string& point) {
    return run_program(HEALTHSEARCH_FAULT_INJECTION_CLI, args, {"HEALTHSEARCH_CRASH_AT=" + point});
}

struct KillPoint {
    bool rebuild;
    std::string point;  // NAME:N for HEALTHSEARCH_CRASH_AT
};

}  // namespace

TEST_CASE("SIGKILL at any of these points leaves a consistent index that the next run completes") {
    const std::vector<KillPoint> points = {
        {false, "article-added:1"}, {false, "article-added:2"}, {false, "article-added:4"},
        {false, "article-added:6"}, {false, "commit:1"},        {false, "commit:2"},
        {false, "commit:4"},        {false, "committed:1"},     {false, "committed:3"},
        {false, "commit:7"},
        {true, "article-added:1"},  {true, "article-added:3"},  {true, "article-added:6"},
        {true, "commit:1"},         {true, "commit:4"},         {true, "committed:5"},
        {true, "rebuild-built:1"},  {true, "rebuild-compacted:1"}, {true, "switch-written:1"},
        {true, "switch-written:2"}, {true, "switched:1"},       {true, "remove-generation:1"},
    };
    const std::vector<int> old_articles = {1, 2, 3, 4, 5, 6};
    const std::vector<int> new_articles = {1, 2, 3, 4, 5, 7};  // 6 removed, 7 added, rest changed

    for (const KillPoint& kill : points) {
        CAPTURE(kill.rebuild);
        CAPTURE(kill.point);
        ScratchDir dir;
        const std::string db = (dir / "index").string();
        const std::string corpus = (dir / "corpus").string();
        std::vector<std::string> args = {"index", "--quiet", "--batch", "2", "--db", db, corpus};
        if (kill.rebuild) args.insert(args.begin() + 1, "--rebuild");

        write_version(dir, "alphaversion", old_articles);
        REQUIRE(run_cli({"index", "--quiet", "--db", db, corpus}).exit_code == 0);
        if (kill.rebuild) REQUIRE(run_cli({"index", "--rebuild", "--quiet", "--db", db, corpus}).exit_code == 0);
        write_version(dir, "betaversion", new_articles);

        const auto killed = run_killed_cli(args, kill.point);
        REQUIRE_MESSAGE(killed.signal == SIGKILL, "the kill point was not reached: " << killed.err);

        // Consistent, searchable, and every article whole in one version.
        CHECK_NOTHROW(Xapian::Database::check(live_generation(db), Xapian::DBCHECK_FULL_TREE));
        CHECK_FALSE(Searcher(db).search("treatment").hits.empty());
        const auto before = markers_by_article(db);
        REQUIRE(before.size() >= 5);  // five articles are in both versions
        for (const auto& [id, markers] : before) {
            CAPTURE(id);
            CHECK(markers.size() == 1);
        }

        // The next run completes the work.
        const auto finished = run_cli(args);
        REQUIRE_MESSAGE(finished.exit_code == 0, finished.err);
        const auto after = markers_by_article(db);
        CHECK(after.size() == new_articles.size());
        for (const auto& [id, markers] : after) {
            CAPTURE(id);
            CHECK(markers == std::set<std::string>{"betaversion"});
        }
        CHECK_FALSE(after.contains("article-6.txt"));
        CHECK(after.contains("article-7.txt"));
    }
}

TEST_CASE("a lock left by a killed writer does not block the next run") {
    ScratchDir dir;
    const std::string db = (dir / "index").string();
    write_version(dir, "alphaversion", {1, 2, 3});
    const auto killed = run_killed_cli({"index", "--db", db, (dir / "corpus").string()}, "article-added:2");
    REQUIRE(killed.signal == SIGKILL);
    const auto next = run_cli({"index", "--db", db, (dir / "corpus").string()});
    CHECK(next.exit_code == 0);
    CHECK(markers_by_article(db).size() == 3);
}

TEST_CASE("the installed CLI ignores HEALTHSEARCH_CRASH_AT: fault injection is for the test build only") {
    ScratchDir dir;
    const std::string db = (dir / "index").string();
    write_version(dir, "alphaversion", {1, 2, 3});
    const std::vector<std::string> args = {"index", "--batch", "1", "--db", db, (dir / "corpus").string()};
    // The same request kills the fault-injecting build, so the point is on the path taken.
    REQUIRE(run_killed_cli(args, "article-added:1").signal == SIGKILL);
    fs::remove_all(db);

    const auto shipped = run_cli(args, {"HEALTHSEARCH_CRASH_AT=article-added:1"});
    CHECK(shipped.signal == 0);
    CHECK_MESSAGE(shipped.exit_code == 0, shipped.err);
    CHECK(markers_by_article(db).size() == 3);
}
