// The nightly job through the library: incremental updates, deletions, remembered failures,
// generations, rollback, the writer lock, and searchers that follow a rebuild.

#include "cli_runner.hpp"
#include "test_support.hpp"

#include <healthsearch/error.hpp>
#include <healthsearch/index.hpp>
#include <healthsearch/search.hpp>

#include <doctest/doctest.h>

#include <xapian.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <thread>

#include <sys/mount.h>
#include <sys/statvfs.h>

using namespace healthsearch;
using test_support::run_cli;
using test_support::ScratchDir;
namespace fs = std::filesystem;

namespace {

std::string article_text(const std::string& title, const std::string& word) {
    return title + "\n\nThis article explains " + word + " in plain words for patients and families.\n";
}

// Dates a file's last change 10 s back: a file changed in the 2 s before a run is read again
// by the next run, so a test that expects a file to be skipped needs settled files.
void settle(const fs::path& file) {
    fs::last_write_time(file, fs::file_time_type::clock::now() - std::chrono::seconds(10));
}

struct Corpus {
    ScratchDir dir;
    fs::path root = dir / "corpus";
    std::string db = (dir / "index").string();

    Corpus() {
        write("a.txt", article_text("Alpha", "radiotherapy"));
        write("b.txt", article_text("Bravo", "immunotherapy"));
        write("sub/c.md", "# Charlie\n\nThis article explains chemotherapy in plain words.\n");
        write("records.jsonl",
              "{\"_id\":\"r1\",\"title\":\"R1\",\"text\":\"Record one is about palliative care.\"}\n"
              "{\"_id\":\"r2\",\"title\":\"R2\",\"text\":\"Record two is about hospice care.\"}\n");
    }
    // Writes a corpus file as if some time ago (see settle).
    void write(const std::string& name, const std::string& text) const { settle(dir.write("corpus/" + name, text)); }
    IndexReport update(UpdateOptions options = {}) const { return update_index(db, {root}, options); }
    std::size_t hits(const std::string& query) const { return Searcher(db).search(query).hits.size(); }
};

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

TEST_CASE_FIXTURE(Corpus, "a run over an unchanged corpus commits no new revision") {
    update();
    const auto revision = [&] { return Xapian::Database(db).get_revision(); };
    const Xapian::rev after_first = revision();
    update();
    // Readers meet no commit, and the nightly job writes nothing to disk, when nothing changed.
    CHECK(revision() == after_first);
    write("a.txt", article_text("Alpha", "brachytherapy"));
    update();
    CHECK(revision() > after_first);
}

TEST_CASE_FIXTURE(Corpus, "changed, touched, removed and added files are each handled") {
    update();
    write("a.txt", article_text("Alpha", "brachytherapy"));  // changed
    settle(root / "b.txt");                                  // touched, same bytes
    fs::remove(root / "sub/c.md");                           // gone
    write("d.txt", article_text("Delta", "acupuncture"));    // new
    write("records.jsonl",                                   // r2 removed
          "{\"_id\":\"r1\",\"title\":\"R1\",\"text\":\"Record one is about palliative care.\"}\n");

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
    write("a.txt", "Alpha\n\nbroken \xFF bytes\n");
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

    write("a.txt", article_text("Alpha", "cryotherapy"));  // fixed
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
    CHECK(long_lived.search("radiotherapy").hits.size() == 1);

    write("a.txt", article_text("Alpha", "thermotherapy"));
    const IndexReport rebuilt = rebuild_index(db, {root});
    CHECK(rebuilt.generation == "gen-000002");
    CHECK(rebuilt.added == 5);
    CHECK(long_lived.search("thermotherapy").hits.size() == 1);  // follows the switch, no restart
    CHECK(long_lived.search("radiotherapy").hits.empty());

    // A third generation retires the first; the second stays for rollback.
    rebuild_index(db, {root});
    CHECK_FALSE(fs::exists(fs::path(db) / "gen-000001"));
    CHECK(fs::exists(fs::path(db) / "gen-000002"));
    CHECK(rollback_index(db) == "gen-000002");
    CHECK(long_lived.search("thermotherapy").hits.size() == 1);

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
                for (const Hit& hit : searcher.search("treatment", options).hits) {
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
            write(name, text);
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

// ---- Safety of index maintenance -------------------------------------------------------

namespace {

// The indexed article ids, from a search that matches every test article.
std::set<std::string> indexed_ids(const std::string& db, const std::string& query) {
    SearchOptions options;
    options.limit = 100;
    std::set<std::string> ids;
    for (const Hit& hit : Searcher(db).search(query, options).hits) ids.insert(hit.article_id);
    return ids;
}

// Collects what on_error reports, as "WHERE: MESSAGE" lines.
struct ErrorLog {
    std::vector<std::string> lines;
    UpdateCallbacks callbacks() {
        UpdateCallbacks callbacks;
        callbacks.on_error = [this](const InputError& error) { lines.push_back(error.file() + ": " + error.what()); };
        return callbacks;
    }
};

}  // namespace

TEST_CASE_FIXTURE(Corpus, "a root with no files (an unmounted share) deletes nothing and is named") {
    update();
    fs::create_directories(dir / "mount-point");
    UpdateOptions options;
    options.max_delete_share = 1;  // no share limit: an empty root is refused even so
    ErrorLog log;
    const IndexReport report = update_index(db, {dir / "mount-point"}, options, log.callbacks());
    CHECK(report.deleted == 0);
    CHECK(report.failed == 1);
    REQUIRE(log.lines.size() == 1);
    CHECK(log.lines[0].starts_with((dir / "mount-point").string() + ": no articles found"));
    CHECK(log.lines[0].find("nothing under it was deleted") != std::string::npos);
    CHECK(read_index_stats(db).articles == 5);

    // The same root, emptied, after its articles were indexed from it.
    update_index(db, {root});
    for (const char* name : {"a.txt", "b.txt", "sub/c.md", "records.jsonl"}) fs::remove(root / name);
    const IndexReport emptied = update_index(db, {root}, options, log.callbacks());
    CHECK(emptied.deleted == 0);
    CHECK(emptied.failed == 1);
    CHECK(read_index_stats(db).articles == 5);
}

TEST_CASE_FIXTURE(Corpus, "an update that would delete more than half of a root's articles deletes none") {
    update();
    fs::remove(root / "a.txt");
    fs::remove(root / "b.txt");
    fs::remove(root / "sub/c.md");  // 3 of 5 articles gone
    ErrorLog log;
    const IndexReport refused = update_index(db, {root}, {}, log.callbacks());
    CHECK(refused.deleted == 0);
    CHECK(refused.failed == 1);
    REQUIRE(log.lines.size() == 1);
    CHECK(log.lines[0].starts_with(root.string() + ": 3 of its 5 indexed articles are gone"));
    CHECK(log.lines[0].find("--max-delete") != std::string::npos);
    CHECK(hits("radiotherapy") == 1);

    UpdateOptions allowed;
    allowed.max_delete_share = 0.6;
    const IndexReport done = update_index(db, {root}, allowed);
    CHECK(done.deleted == 3);
    CHECK(done.failed == 0);
    CHECK(hits("radiotherapy") == 0);
    CHECK(read_index_stats(db).articles == 2);
}

TEST_CASE("the CLI refuses a mass deletion with exit 5, and --max-delete 100 allows it") {
    ScratchDir dir;
    for (const char* name : {"a", "b", "c"}) {
        settle(dir.write(std::string("corpus/") + name + ".txt", article_text(name, "radiotherapy")));
    }
    const std::string db = (dir / "db").string();
    const std::string corpus = (dir / "corpus").string();
    REQUIRE(run_cli({"index", "--db", db, corpus}).exit_code == 0);
    fs::remove(dir / "corpus/a.txt");
    fs::remove(dir / "corpus/b.txt");
    const auto refused = run_cli({"index", "--db", db, corpus});
    CHECK(refused.exit_code == 5);
    CHECK(refused.err.find(corpus + ": 2 of its 3 indexed articles are gone") != std::string::npos);
    CHECK(refused.out.find("0 deleted") != std::string::npos);
    const auto allowed = run_cli({"index", "--max-delete", "100", "--db", db, corpus});
    CHECK(allowed.exit_code == 0);
    CHECK(allowed.out.find("2 deleted") != std::string::npos);
    CHECK(run_cli({"index", "--max-delete", "150", "--db", db, corpus}).exit_code == 2);
}

TEST_CASE_FIXTURE(Corpus, "a same-size rewrite with the same modification time is indexed") {
    write("a.txt", article_text("Alpha", "alphaeins"));
    update();
    const fs::path file = root / "a.txt";
    const auto modified = fs::last_write_time(file);
    std::ofstream(file, std::ios::trunc) << article_text("Alpha", "alphazwei");
    fs::last_write_time(file, modified);  // what a clock with whole seconds gives a quick rewrite
    update();
    update();
    CHECK(hits("alphazwei") == 1);
    CHECK(hits("alphaeins") == 0);
}

TEST_CASE_FIXTURE(Corpus, "a file changed just before a run is read again by the next run") {
    dir.write("corpus/a.txt", article_text("Alpha", "radiotherapy"));  // just now
    update();
    const IndexReport next = update();
    CHECK(next.files_read == 1);  // a.txt: too fresh to trust its timestamps
    CHECK(next.passages_written == 0);  // read, but its content is unchanged
    settle(root / "a.txt");
    update();
    CHECK(update().files_read == 0);
}

TEST_CASE_FIXTURE(Corpus, "a root indexed with one --id-prefix is not updated with another") {
    UpdateOptions first;
    first.id_prefix = "site1/";
    update(first);
    CHECK(indexed_ids(db, "care") == std::set<std::string>{"site1/r1", "site1/r2"});
    write("records.jsonl", "{\"_id\":\"r3\",\"title\":\"R3\",\"text\":\"Record three is about respite care.\"}\n");

    UpdateOptions other;
    other.id_prefix = "site2/";
    ErrorLog log;
    const IndexReport refused = update_index(db, {root}, other, log.callbacks());
    CHECK(refused.failed == 1);
    CHECK(refused.files_read == 0);
    CHECK(refused.deleted == 0);
    REQUIRE(log.lines.size() == 1);
    CHECK(log.lines[0].starts_with(root.string() + ": its articles were indexed with --id-prefix \"site1/\""));
    CHECK(log.lines[0].find("--rebuild") != std::string::npos);
    CHECK(indexed_ids(db, "care") == std::set<std::string>{"site1/r1", "site1/r2"});

    rebuild_index(db, {root}, other);
    CHECK(indexed_ids(db, "care") == std::set<std::string>{"site2/r3"});
    CHECK(update(other).failed == 0);
}

TEST_CASE("a source path longer than Xapian's key limit is indexed, skipped when unchanged, and deleted") {
    ScratchDir dir;
    fs::path folder = dir / "corpus";
    while (folder.string().size() < 280) folder /= std::string(40, 'd');
    const fs::path file = folder / "long-path-article.txt";
    settle(dir.write(file.lexically_relative(dir.path()).string(), article_text("Lang", "heliotherapy")));
    settle(dir.write("corpus/short.txt", article_text("Short", "radiotherapy")));
    const std::string db = (dir / "db").string();
    REQUIRE(file.string().size() > 270);

    CHECK(update_index(db, {dir / "corpus"}).added == 2);
    CHECK(Searcher(db).search("heliotherapy").hits.size() == 1);
    CHECK(update_index(db, {dir / "corpus"}).files_skipped_unchanged == 2);
    fs::remove(file);
    CHECK(update_index(db, {dir / "corpus"}).deleted == 1);
    CHECK(Searcher(db).search("heliotherapy").hits.empty());
}

TEST_CASE("a remote index is refused for writing without creating anything") {
    ScratchDir dir;
    const fs::path before = fs::current_path();
    fs::current_path(dir.path());
    CHECK_THROWS_WITH_AS(update_index("tcp:localhost:33333", {dir / "corpus"}), doctest::Contains("read-only"),
                         IndexError);
    CHECK_THROWS_AS(rebuild_index("tcp:localhost:33333", {dir / "corpus"}), IndexError);
    CHECK_THROWS_AS(rollback_index("tcp:localhost:33333"), IndexError);
    CHECK(fs::is_empty(dir.path()));
    fs::current_path(before);
}

TEST_CASE("rollback of a missing or empty index says there is none and leaves nothing behind") {
    ScratchDir dir;
    CHECK_THROWS_AS(rollback_index((dir / "missing").string()), IndexNotFoundError);
    CHECK_FALSE(fs::exists(dir / "missing"));
    fs::create_directories(dir / "empty");
    CHECK_THROWS_AS(rollback_index((dir / "empty").string()), IndexNotFoundError);
    CHECK(fs::is_empty(dir / "empty"));

    const auto cli = run_cli({"rollback", "--db", (dir / "missing").string()});
    CHECK(cli.exit_code == 3);
    CHECK(cli.err.find("no index at") != std::string::npos);
    CHECK(run_cli({"rollback", "--wait", "-1", "--db", (dir / "empty").string()}).exit_code == 2);
    CHECK(run_cli({"index", "--wait", "-1", "--db", (dir / "db").string(), (dir / "empty").string()}).exit_code == 2);
    CHECK_FALSE(fs::exists(dir / "db"));
}

TEST_CASE("every entry point reports a location it cannot examine as a healthsearch error naming it") {
    ScratchDir dir;
    fs::create_directory_symlink(dir / "loop", dir / "loop");  // stat() fails with ELOOP
    const std::string db = (dir / "loop/index").string();
    const auto names_it = [&](const std::function<void()>& entry_point) {
        try {
            entry_point();
            FAIL("no error");
        } catch (const Error& error) {
            CHECK(error.where().find("loop") != std::string::npos);
        } catch (const std::exception& error) {
            FAIL("not a healthsearch::Error: " << std::string(error.what()));
        }
    };
    names_it([&] { read_index_stats(db); });
    names_it([&] { IndexWriter writer(db); });
    names_it([&] { rollback_index(db); });
    names_it([&] { update_index(db, {dir / "corpus"}); });
    names_it([&] { rebuild_index(db, {dir / "corpus"}); });
}

// ---- A full disk ----------------------------------------------------------------------

namespace {

// A tmpfs of its own for the index, so that a test can fill it. Needs root (or CAP_SYS_ADMIN);
// without it the tests below say so and skip.
class SmallDisk {
public:
    SmallDisk() { mounted_ = ::mount("tmpfs", dir_.path().c_str(), "tmpfs", 0, "size=64m") == 0; }
    ~SmallDisk() {
        if (mounted_) ::umount2(dir_.path().c_str(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool mounted() const { return mounted_; }
    std::string path(const std::string& name) const { return (dir_ / name).string(); }
    // Shrinks the disk to what it holds now plus `free_bytes`.
    void leave_free(std::uintmax_t free_bytes) const {
        struct statvfs info {};
        REQUIRE(::statvfs(dir_.path().c_str(), &info) == 0);
        const std::uintmax_t used = (info.f_blocks - info.f_bfree) * info.f_frsize;
        const std::string size = "size=" + std::to_string((used + free_bytes) / 1024) + "k";
        REQUIRE(::mount("tmpfs", dir_.path().c_str(), "tmpfs", MS_REMOUNT, size.c_str()) == 0);
    }

private:
    ScratchDir dir_;
    bool mounted_ = false;
};

// Bytes in the files of one folder.
std::uintmax_t folder_bytes(const fs::path& folder) {
    std::uintmax_t bytes = 0;
    for (const auto& entry : fs::directory_iterator(folder)) bytes += entry.file_size();
    return bytes;
}

// A JSON Lines corpus of `records` articles of made-up words: several MB of index from it.
fs::path write_big_corpus(const ScratchDir& dir, int records) {
    std::mt19937 random(7);
    std::string lines;
    for (int record = 0; record < records; ++record) {
        std::string text = "Care";
        for (int word = 0; word < 120; ++word) {
            text += ' ';
            for (std::size_t letter = 0, length = 4 + random() % 7; letter < length; ++letter) {
                text += static_cast<char>('a' + random() % 26);
            }
        }
        lines += "{\"_id\":\"big" + std::to_string(record) + "\",\"title\":\"Big\",\"text\":\"" + text + ".\"}\n";
    }
    const fs::path file = dir.write("big/records.jsonl", lines);
    settle(file);
    return file.parent_path();
}

}  // namespace

TEST_CASE_FIXTURE(Corpus, "a full disk during an update: clean error, index at its last commit, space given back") {
    const SmallDisk disk;
    if (!disk.mounted()) {
        MESSAGE("skipped: cannot mount a tmpfs here (needs root)");
        return;
    }
    const std::string small_db = disk.path("index");
    update_index(small_db, {root});
    const fs::path live = fs::path(small_db) / "gen-000001";
    const std::uintmax_t committed = folder_bytes(live);
    const fs::path big = write_big_corpus(dir, 300);
    disk.leave_free(1 << 20);

    try {
        update_index(small_db, {big});
        FAIL("the update fitted on the disk");
    } catch (const IndexError& error) {
        CHECK(std::string(error.what()).starts_with("disk full while "));
        CHECK(std::string(error.what()).find(" MB free at ") != std::string::npos);
    }
    CHECK(folder_bytes(live) <= committed);
    CHECK_NOTHROW(Xapian::Database::check(live.string(), Xapian::DBCHECK_FULL_TREE));
    CHECK(Searcher(small_db).search("radiotherapy").hits.size() == 1);
    // The space is there again for a smaller update.
    write("e.txt", article_text("Echo", "hydrotherapy"));
    CHECK(update_index(small_db, {root}).added == 1);
    CHECK(Searcher(small_db).search("hydrotherapy").hits.size() == 1);
}

TEST_CASE_FIXTURE(Corpus, "a rebuild that runs out of space, building or compacting, leaves no debris") {
    const SmallDisk disk;
    if (!disk.mounted()) {
        MESSAGE("skipped: cannot mount a tmpfs here (needs root)");
        return;
    }
    const fs::path big = write_big_corpus(dir, 120);
    // What the uncompacted build of `big` takes: the same as a first update writes.
    const std::string measure_db = (dir / "measure").string();
    update_index(measure_db, {big});
    const std::uintmax_t build_bytes = folder_bytes(fs::path(measure_db) / "gen-000001");

    const std::string small_db = disk.path("index");
    update_index(small_db, {root});
    // Too little for the build; then enough for the build but not for its compacted copy.
    for (const std::uintmax_t free_bytes : {build_bytes / 2, build_bytes + build_bytes / 10}) {
        CAPTURE(free_bytes);
        disk.leave_free(free_bytes);
        const auto cli = run_cli({"index", "--rebuild", "--db", small_db, big.string()});
        INFO(cli.err);
        CHECK(cli.signal == 0);
        CHECK(cli.exit_code == 10);
        CHECK(cli.err.find("disk full while ") != std::string::npos);
        CHECK(cli.err.find("live index left in place") != std::string::npos);
        std::set<std::string> names;
        for (const auto& entry : fs::directory_iterator(small_db)) names.insert(entry.path().filename().string());
        CHECK(names == std::set<std::string>{".lock", "XAPIANDB", "gen-000001"});
        CHECK(Searcher(small_db).search("radiotherapy").hits.size() == 1);
    }
}
