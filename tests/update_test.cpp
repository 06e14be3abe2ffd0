// The nightly job through the library: incremental updates, deletions, remembered failures,
// generations, rollback, the writer lock, and searchers that follow a rebuild.

#include "test_support.hpp"

#include <healthsearch/error.hpp>
#include <healthsearch/index.hpp>
#include <healthsearch/search.hpp>

#include <doctest/doctest.h>

#include <xapian.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <map>
#include <set>
#include <thread>

using namespace healthsearch;
using test_support::ScratchDir;
namespace fs = std::filesystem;

namespace {

std::string article_text(const std::string& title, const std::string& word) {
    return title + "\n\nThis article explains " + word + " in plain words for patients and families.\n";
}

struct Corpus {
    ScratchDir dir;
    fs::path root = dir / "corpus";
    std::string db = (dir / "index").string();

    Corpus() {
        dir.write("corpus/a.txt", article_text("Alpha", "radiotherapy"));
        dir.write("corpus/b.txt", article_text("Bravo", "immunotherapy"));
        dir.write("corpus/sub/c.md", "# Charlie\n\nThis article explains chemotherapy in plain words.\n");
        dir.write("corpus/records.jsonl",
                  "{\"_id\":\"r1\",\"title\":\"R1\",\"text\":\"Record one is about palliative care.\"}\n"
                  "{\"_id\":\"r2\",\"title\":\"R2\",\"text\":\"Record two is about hospice care.\"}\n");
    }
    IndexReport update(UpdateOptions options = {}) const { return update_index(db, {root}, options); }
    std::size_t hits(const std::string& query) const { return Searcher(db).search(query).size(); }
};

// Moves a file's modification time forward so the size+mtime shortcut cannot hide a change.
void touch_later(const fs::path& file) {
    fs::last_write_time(file, fs::last_write_time(file) + std::chrono::seconds(5));
}

}  // namespace

TEST_CASE_FIXTURE(Corpus, "a second run over an unchanged corpus writes nothing") {
    const IndexReport first = update();
    CHECK(first.added == 5);
    CHECK(first.failed == 0);
    CHECK(first.generation == "gen-000001");
    const IndexReport second = update();
    CHECK(second.added == 0);
    CHECK(second.updated == 0);
    CHECK(second.passages_written == 0);
    CHECK(second.unchanged == 5);
    CHECK(second.files_read == 0);
    CHECK(second.files_skipped_unchanged == 4);
}

TEST_CASE_FIXTURE(Corpus, "changed, touched, removed and added files are each handled") {
    update();
    dir.write("corpus/a.txt", article_text("Alpha", "brachytherapy"));  // changed
    touch_later(root / "a.txt");
    touch_later(root / "b.txt");                                          // touched, same bytes
    fs::remove(root / "sub/c.md");                                        // gone
    dir.write("corpus/d.txt", article_text("Delta", "acupuncture"));     // new
    dir.write("corpus/records.jsonl",                                     // r2 removed
              "{\"_id\":\"r1\",\"title\":\"R1\",\"text\":\"Record one is about palliative care.\"}\n");
    touch_later(root / "records.jsonl");

    const IndexReport report = update();
    CHECK(report.added == 1);
    CHECK(report.updated == 1);
    CHECK(report.unchanged == 2);  // b.txt (hash equal despite the new mtime) and r1
    CHECK(report.deleted == 2);    // c.md and r2
    CHECK(hits("brachytherapy") == 1);
    CHECK(hits("radiotherapy") == 0);
    CHECK(hits("chemotherapy") == 0);
    CHECK(hits("acupuncture") == 1);
    CHECK(hits("hospice") == 0);
    CHECK(read_index_stats(db).articles == 4);
}

TEST_CASE_FIXTURE(Corpus, "a bad file keeps its old version, is remembered, and retried on request") {
    update();
    dir.write("corpus/a.txt", "Alpha\n\nbroken \xFF bytes\n");
    touch_later(root / "a.txt");
    std::vector<std::string> errors;
    UpdateCallbacks callbacks;
    callbacks.on_error = [&](const InputError& error) { errors.push_back(error.file() + ": " + error.what()); };

    IndexReport report = update_index(db, {root}, {}, callbacks);
    CHECK(report.failed == 1);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find("a.txt") != std::string::npos);
    CHECK(hits("radiotherapy") == 1);  // the last good version is still searchable

    errors.clear();
    report = update_index(db, {root}, {}, callbacks);
    CHECK(report.failed == 1);
    CHECK(report.files_read == 0);  // not re-read...
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find("not read again") != std::string::npos);  // ...but still reported

    UpdateOptions retry;
    retry.retry_failed = true;
    report = update_index(db, {root}, retry, callbacks);
    CHECK(report.files_read == 1);

    dir.write("corpus/a.txt", article_text("Alpha", "cryotherapy"));  // fixed
    touch_later(root / "a.txt");
    report = update();
    CHECK(report.failed == 0);
    CHECK(report.updated == 1);
    CHECK(hits("cryotherapy") == 1);
}

TEST_CASE_FIXTURE(Corpus, "a root that is missing deletes nothing") {
    update();
    const IndexReport report = update_index(db, {dir / "not-mounted"});
    CHECK(report.failed == 1);
    CHECK(report.deleted == 0);
    CHECK(read_index_stats(db).articles == 5);
}

TEST_CASE_FIXTURE(Corpus, "rebuild switches generations; rollback returns to the previous one") {
    update();
    const Searcher long_lived(db);
    CHECK(long_lived.search("radiotherapy").size() == 1);

    dir.write("corpus/a.txt", article_text("Alpha", "thermotherapy"));
    const IndexReport rebuilt = rebuild_index(db, {root});
    CHECK(rebuilt.generation == "gen-000002");
    CHECK(rebuilt.added == 5);
    CHECK(long_lived.search("thermotherapy").size() == 1);  // follows the switch, no restart
    CHECK(long_lived.search("radiotherapy").empty());

    // A third generation retires the first; the second stays for rollback.
    rebuild_index(db, {root});
    CHECK_FALSE(fs::exists(fs::path(db) / "gen-000001"));
    CHECK(fs::exists(fs::path(db) / "gen-000002"));
    CHECK(rollback_index(db) == "gen-000002");
    CHECK(long_lived.search("thermotherapy").size() == 1);

    // The live generation passes Xapian's own consistency check.
    CHECK_NOTHROW(Xapian::Database::check((fs::path(db) / "gen-000002").string(), Xapian::DBCHECK_FULL_TREE));
}

TEST_CASE_FIXTURE(Corpus, "a rebuild that finds nothing leaves the live index alone") {
    update();
    CHECK_THROWS_AS(rebuild_index(db, {dir / "empty-or-missing"}), IndexError);
    CHECK(hits("radiotherapy") == 1);
    CHECK(read_index_stats(db).articles == 5);
}

TEST_CASE_FIXTURE(Corpus, "a second writer waits for the first, then gives up with IndexLockedError") {
    update();
    // Hold the lock from another thread as a concurrent run would.
    std::atomic<bool> holding = false;
    std::atomic<bool> release = false;
    std::thread holder([&] {
        UpdateCallbacks callbacks;
        callbacks.on_progress = [&](const UpdateProgress&) {
            holding = true;
            while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(5));
        };
        update_index(db, {root}, {}, callbacks);
    });
    while (!holding) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    UpdateOptions impatient;
    impatient.wait_seconds = 0.3;
    const auto start = std::chrono::steady_clock::now();
    CHECK_THROWS_AS(update_index(db, {root}, impatient), IndexLockedError);
    CHECK(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(250));
    release = true;
    holder.join();
    CHECK_NOTHROW(update_index(db, {root}, impatient));
}

TEST_CASE_FIXTURE(Corpus, "searches running during updates and rebuilds never fail or see half an article") {
    update();
    constexpr std::size_t kSections = 3;  // each its own passage, each naming the article's version
    std::atomic<bool> done = false;
    std::atomic<int> searches = 0;
    std::atomic<int> whole_articles_seen = 0;
    std::atomic<int> failures = 0;
    std::thread reader([&] {
        const Searcher searcher(db);
        SearchOptions options;
        options.limit = 50;
        while (!done) {
            try {
                // Half an article would show as fewer passages than sections, or two versions.
                std::map<std::string, std::multiset<std::string>> versions;
                for (const Hit& hit : searcher.search("treatment", options)) {
                    const auto at = hit.text.find("version");
                    versions[hit.article_id].insert(at == std::string::npos ? "none" : hit.text.substr(at, 9));
                }
                for (const auto& [id, seen] : versions) {
                    const bool whole = seen.size() == kSections && seen.count(*seen.begin()) == kSections;
                    failures += !whole;
                    whole_articles_seen += whole;
                }
                ++searches;
            } catch (const std::exception&) {
                ++failures;
            }
        }
    });
    for (int round = 0; round < 12; ++round) {
        const std::string version = "version" + std::to_string(round % 10) + "x";
        for (const char* name : {"a.txt", "b.txt"}) {
            std::string text = "Title " + std::string(name) + "\n\n";
            for (std::size_t section = 0; section < kSections; ++section) {
                text += "Section " + std::to_string(section) + "\n\nThis passage mentions " + version +
                        " and explains treatment choices to patients and their families in detail.\n\n";
            }
            dir.write("corpus/" + std::string(name), text);
            touch_later(root / name);
        }
        if (round % 4 == 3) {
            rebuild_index(db, {root});
        } else {
            UpdateOptions small_batches;
            small_batches.passages_per_commit = 1;
            update_index(db, {root}, small_batches);
        }
        // Let the reader finish a search that started after this round's writes.
        const int seen_before = searches;
        while (searches < seen_before + 2) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    done = true;
    reader.join();
    CHECK(whole_articles_seen >= 12);
    CHECK(failures == 0);
}
