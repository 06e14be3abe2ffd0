// update_index, rebuild_index, rollback_index: what the nightly job runs.

#include "index/crash_point.hpp"
#include "index/database.hpp"
#include "index/error_translation.hpp"
#include "index/generations.hpp"
#include "index/schema.hpp"
#include "index/stored_passage.hpp"
#include "index/task_queue.hpp"
#include "index/writer.hpp"
#include "index/writer_lock.hpp"

#include <healthsearch/error.hpp>
#include <healthsearch/index.hpp>
#include <healthsearch/search.hpp>
#include <healthsearch/source.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <thread>

namespace healthsearch {

namespace fs = std::filesystem;

namespace {

using index::schema::kMetadataFailedPrefix;
using index::schema::kMetadataRootPrefix;
using index::schema::kMetadataSourcePrefix;
using index::schema::metadata_key;

// A file changed this long before a run started may change again within the same timestamp
// on file systems with coarse clocks (omindex's caution): such a file is read again next run.
constexpr std::int64_t kUnsettledNanoseconds = 2'000'000'000;

std::int64_t now_nanoseconds() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// What identifies a file's content without reading it: size, modification and change time to
// the nanosecond, and inode (a file replaced by rename has a new one; a same-size rewrite within
// the same second has a new change time).
struct FileStamp {
    std::string text;
    // False when the file was modified so shortly before the run started that it may change
    // again within the same timestamp tick: recorded as "recent ...", which nothing matches,
    // so the next run reads it again.
    bool settled = false;

    std::string recorded() const { return settled ? text : "recent " + text; }
};

FileStamp stamp_of(const SourceFile& file, std::int64_t run_start) {
    return {fmt::format("{} {} {} {}", file.size, file.modified_ns, file.changed_ns, file.inode),
            file.modified_ns < run_start - kUnsettledNanoseconds};
}

std::string id_prefix_record(const std::string& prefix) { return "id-prefix=" + prefix; }

// What one walk over the roots saw, for deciding which indexed articles have vanished.
struct Walk {
    std::set<std::string> roots;          // roots given to this run
    std::set<std::string> failed_roots;   // roots missing, unlistable, empty or refused: delete nothing there
    std::map<std::string, std::size_t> files_per_root;  // files visited under each root
    std::set<std::string> visited_files;  // read, skipped as unchanged, or failed
    std::set<std::string> complete_files; // read without any error
    std::set<std::string> produced_ids;   // articles that came out of complete files
};

// Metadata values under a prefix, keyed by their whole key.
std::map<std::string, std::string> metadata_with_prefix(Xapian::Database& db, std::string_view prefix) {
    std::map<std::string, std::string> values;
    const std::string start(prefix);
    for (auto it = db.metadata_keys_begin(start); it != db.metadata_keys_end(start); ++it) {
        std::string value = db.get_metadata(*it);
        if (!value.empty()) values.emplace(*it, std::move(value));
    }
    return values;
}

void report_input_error(IndexReport& report, const UpdateCallbacks& callbacks, const InputError& error) {
    ++report.failed;
    if (callbacks.on_error) callbacks.on_error(error);
}

// Roots whose articles were indexed with another --id-prefix are left alone: mixing ids in one
// root would index each article twice. Returns the roots to read.
std::vector<fs::path> roots_to_read(index::Writer& writer, const std::vector<fs::path>& roots,
                                    const UpdateOptions& options, const UpdateCallbacks& callbacks, Walk& walk) {
    std::vector<fs::path> accepted;
    for (const fs::path& root : roots) {
        walk.roots.insert(root.string());
        const std::string recorded = writer.db().get_metadata(metadata_key(kMetadataRootPrefix, root.string()));
        if (recorded.empty() || recorded == id_prefix_record(options.id_prefix)) {
            accepted.push_back(root);
            continue;
        }
        walk.failed_roots.insert(root.string());
        report_input_error(writer.report(), callbacks,
                           InputError(fmt::format("its articles were indexed with --id-prefix \"{}\", not \"{}\"; "
                                                  "changing the prefix needs --rebuild (nothing under it was "
                                                  "read or deleted)",
                                                  recorded.substr(id_prefix_record("").size()), options.id_prefix),
                                      root.string()));
    }
    return accepted;
}

// After the walk: a root that yielded no files at all is an unmounted share as often as an
// emptied folder, so nothing of it is deleted; the others remember the id prefix they used.
void settle_roots(index::Writer& writer, const UpdateOptions& options, const UpdateCallbacks& callbacks,
                  Walk& walk) {
    for (const std::string& root : walk.roots) {
        if (walk.failed_roots.contains(root)) continue;
        if (walk.files_per_root[root] == 0) {
            walk.failed_roots.insert(root);
            report_input_error(writer.report(), callbacks,
                               InputError("no articles found (an unmounted share?); nothing under it was deleted",
                                          root));
            continue;
        }
        // Written only when it changes: a run that changed nothing commits nothing.
        const std::string key = metadata_key(kMetadataRootPrefix, root);
        const std::string record = id_prefix_record(options.id_prefix);
        if (writer.db().get_metadata(key) != record) writer.set_metadata(key, record);
    }
}

// Prepared articles in flight between the analysing and the writing thread.
constexpr std::size_t kQueuedTasks = 64;

// The reading side of walk_roots: what the last run recorded, and the queue to the writer.
struct ReadingContext {
    index::Writer& writer;
    const UpdateOptions& options;
    const UpdateCallbacks& callbacks;
    Walk& walk;
    index::TaskQueue& queue;
    UpdateProgress& progress;
    std::map<std::string, std::string> stored;    // source: records
    std::map<std::string, std::string> failures;  // failed: records
    std::int64_t run_start = now_nanoseconds();
};

// Tasks queued by the reading thread run on the writing thread: every callback and every
// database change happens there, in corpus order.
void file_done(ReadingContext& context, const SourceFile& file) {
    context.walk.visited_files.insert(file.path.string());
    ++context.walk.files_per_root[file.root];
    ++context.progress.files_done;
    context.progress.bytes_done += file.size;
    if (context.callbacks.on_progress) context.callbacks.on_progress(context.progress);
}

// Decides, on the reading thread, whether a file must be read: not when it failed before and
// has not changed, nor when it is unchanged since it was read.
bool must_read(ReadingContext& context, const SourceFile& file, const FileStamp& file_stamp) {
    if (!file_stamp.settled) return true;
    const std::string& stamp = file_stamp.text;
    const std::string path = file.path.string();
    IndexReport& report = context.writer.report();
    if (const auto failed = context.failures.find(metadata_key(kMetadataFailedPrefix, path));
        failed != context.failures.end() && !context.options.retry_failed && failed->second.starts_with(stamp + "\t")) {
        InputError error(failed->second.substr(stamp.size() + 1) +
                             " (unchanged since it failed; not read again, use --retry-failed)",
                         path);
        context.queue.push([&context, &report, file, error] {
            report_input_error(report, context.callbacks, error);
            file_done(context, file);
        });
        return false;
    }
    if (const auto seen = context.stored.find(metadata_key(kMetadataSourcePrefix, path));
        seen != context.stored.end() && seen->second.starts_with(stamp + " ")) {
        const std::size_t articles = std::stoul(seen->second.substr(stamp.size() + 1));
        context.queue.push([&context, &report, file, articles] {
            report.unchanged += articles;
            ++report.files_skipped_unchanged;
            file_done(context, file);
        });
        return false;
    }
    return true;
}

// Records, on the writing thread, how reading a file went, so the next run can skip it.
void record_file(ReadingContext& context, const SourceFile& file, const FileStamp& file_stamp,
                 const std::optional<std::string>& failure, std::size_t articles) {
    index::Writer& writer = context.writer;
    const std::string path = file.path.string();
    const std::string stamp = file_stamp.recorded();
    ++writer.report().files_read;
    if (failure) {
        writer.set_metadata(metadata_key(kMetadataFailedPrefix, path), stamp + "\t" + *failure);
        writer.set_metadata(metadata_key(kMetadataSourcePrefix, path), "");
    } else {
        context.walk.complete_files.insert(path);
        writer.set_metadata(metadata_key(kMetadataFailedPrefix, path), "");
        writer.set_metadata(metadata_key(kMetadataSourcePrefix, path), fmt::format("{} {}", stamp, articles));
    }
    writer.maybe_commit();
    file_done(context, file);
}

// Runs on the reading thread: reads, extracts and analyses, and queues the writing.
void read_roots(ReadingContext& context, const std::vector<fs::path>& roots) {
    const analysis::Analyzer analyzer;
    std::size_t articles_in_file = 0;
    FileStamp stamp;  // of the file being read, taken before reading it
    index::TaskQueue& queue = context.queue;
    CorpusCallbacks corpus;
    corpus.on_article = [&](Article&& article) {
        article.id.insert(0, context.options.id_prefix);
        ++articles_in_file;
        auto prepared = std::make_shared<index::PreparedArticle>(index::prepare_article(std::move(article), analyzer));
        queue.push([&context, prepared] {
            context.walk.produced_ids.insert(prepared->article.id);
            context.writer.add(std::move(*prepared));
            context.writer.maybe_commit();
        });
    };
    corpus.on_error = [&](const InputError& error) {
        queue.push([&context, error] { report_input_error(context.writer.report(), context.callbacks, error); });
    };
    corpus.on_skipped = [&](const fs::path& path) {
        queue.push([&context, path] {
            if (context.callbacks.on_skipped) context.callbacks.on_skipped(path);
        });
    };
    corpus.on_root_failed = [&](const std::string& root) {
        queue.push([&context, root] { context.walk.failed_roots.insert(root); });
    };
    corpus.on_listed = [&](std::size_t files, std::uintmax_t bytes) {
        queue.push([&context, files, bytes] {
            context.progress.files_total = files;
            context.progress.bytes_total = bytes;
            if (context.callbacks.on_progress) context.callbacks.on_progress(context.progress);
        });
    };
    corpus.before_file = [&](const SourceFile& file) {
        articles_in_file = 0;
        stamp = stamp_of(file, context.run_start);
        return must_read(context, file, stamp);
    };
    corpus.after_file = [&](const SourceFile& file, const InputError* error) {
        std::optional<std::string> failure;
        if (error) failure = error->what();
        queue.push([&context, file, stamp, failure, articles = articles_in_file] {
            record_file(context, file, stamp, failure, articles);
        });
    };
    read_corpus(roots, corpus);
}

// Reads the roots into the writer: the part that update and rebuild share. Two threads: this
// one writes to Xapian (which must stay single-threaded), a second one reads, extracts and
// analyses. They talk through a queue of tasks that this thread runs in order.
void walk_roots(index::Writer& writer, const std::vector<fs::path>& roots, const UpdateOptions& options,
                const UpdateCallbacks& callbacks, Walk& walk) {
    const std::vector<fs::path> accepted = roots_to_read(writer, roots, options, callbacks, walk);
    index::TaskQueue queue(kQueuedTasks);
    UpdateProgress progress;
    ReadingContext context{writer, options, callbacks, walk, queue, progress,
                           metadata_with_prefix(writer.db(), kMetadataSourcePrefix),
                           metadata_with_prefix(writer.db(), kMetadataFailedPrefix)};
    std::exception_ptr reader_failure;
    std::thread reader([&] {
        try {
            read_roots(context, accepted);
        } catch (...) {
            reader_failure = std::current_exception();
        }
        queue.close();
    });

    try {
        while (auto task = queue.pop()) (*task)();
    } catch (...) {
        queue.cancel();
        reader.join();
        throw;
    }
    reader.join();
    if (reader_failure) std::rethrow_exception(reader_failure);
    settle_roots(writer, options, callbacks, walk);
}

// The indexed articles of each root: id -> file it came from.
std::map<std::string, std::map<std::string, std::string>> indexed_articles_by_root(Xapian::Database& db) {
    std::map<std::string, std::map<std::string, std::string>> by_root;
    std::set<std::string> seen;
    const Xapian::valueno slot = index::schema::kSlotArticleId;
    for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
        if (!seen.insert(*it).second) continue;
        const Xapian::Document doc = db.get_document(it.get_docid());
        by_root[doc.get_value(index::schema::kSlotRoot)].emplace(*it, doc.get_value(index::schema::kSlotSourceFile));
    }
    return by_root;
}

// Deletes the articles of this run's roots whose file is gone, or whose file was read in full
// without producing them (a record removed from a JSON Lines file). A root that would lose more
// than options.max_delete_share of its articles loses none: that is a share gone missing more
// often than a corpus pruned (rsync's --max-delete).
void delete_vanished(index::Writer& writer, const Walk& walk, const UpdateOptions& options,
                     const UpdateCallbacks& callbacks) {
    std::set<std::string> forgotten_files;
    for (const auto& [root, articles] : indexed_articles_by_root(writer.db())) {
        if (!walk.roots.contains(root) || walk.failed_roots.contains(root)) continue;
        std::vector<std::string> doomed;
        for (const auto& [id, file] : articles) {
            const bool file_gone = !walk.visited_files.contains(file);
            const bool record_gone = walk.complete_files.contains(file) && !walk.produced_ids.contains(id);
            if (file_gone || record_gone) doomed.push_back(id);
            if (file_gone) forgotten_files.insert(file);
        }
        const double share = static_cast<double>(doomed.size()) / static_cast<double>(articles.size());
        if (share > options.max_delete_share) {
            for (const auto& [id, file] : articles) forgotten_files.erase(file);
            report_input_error(writer.report(), callbacks,
                               InputError(fmt::format("{} of its {} indexed articles are gone, more than the {:g} % "
                                                      "allowed; nothing under it was deleted (allow it with "
                                                      "--max-delete 100)",
                                                      doomed.size(), articles.size(), 100 * options.max_delete_share),
                                          root));
            continue;
        }
        for (const std::string& id : doomed) {
            writer.remove(id);
            writer.maybe_commit();
        }
    }
    for (const std::string& file : forgotten_files) {
        writer.set_metadata(metadata_key(kMetadataSourcePrefix, file), "");
        writer.set_metadata(metadata_key(kMetadataFailedPrefix, file), "");
    }
}

// Creates the generation layout for a new index folder.
void ensure_layout(index::Generations& generations) {
    if (generations.is_plain_database() || generations.current()) return;
    const std::string first = generations.next_name();
    { index::Writer create(generations.path_of(first).string(), 1); }
    generations.switch_to(first);
}

void refuse_remote(const std::string& db) {
    if (index::is_remote(db)) {
        throw IndexError(fmt::format("{} is a remote index, which is read-only: index into a local folder and "
                                     "serve that with xapian-tcpsrv",
                                     db),
                         db);
    }
}

fs::path prepare_folder(const std::string& db) {
    refuse_remote(db);
    fs::path dir(db);
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw IndexError(fmt::format("cannot create the index folder {}: {}", db, ec.message()), db);
    return dir;
}

void verify_generation(const std::string& path, const IndexReport& report) {
    Xapian::Database db = index::open_for_reading(path);  // checks the analyzer fingerprint
    if (db.get_doccount() == 0) {
        throw IndexError("the rebuild produced no passages (no readable articles under the given paths?)", path);
    }
    if (db.get_doccount() != report.passages_written) {
        throw IndexError(fmt::format("the rebuilt index holds {} passages but {} were written", db.get_doccount(),
                                     report.passages_written),
                         path);
    }
    // Smoke query: the title of the first passage must find something.
    const std::string title = index::decode_stored_passage(db.get_document(*db.postlist_begin("")).get_data()).title;
    if (!title.empty()) {
        try {
            if (Searcher(path).search(title).hits.empty()) {
                throw IndexError(fmt::format("smoke query \"{}\" found nothing in the rebuilt index", title), path);
            }
        } catch (const QueryError&) {
            // A title of stop words only is no test of the index.
        }
    }
}

// A rebuild replaces every root's articles: one that could not be read in full would lose its
// articles, so the rebuild is abandoned instead.
void require_every_root(const Walk& walk) {
    if (walk.failed_roots.empty()) return;
    const std::string& root = *walk.failed_roots.begin();
    throw IndexError(fmt::format("{} yielded no articles (named above); a rebuild without it would drop its "
                                 "articles",
                                 root),
                     root);
}

void compact_into(const std::string& source, const std::string& target, const std::string& db) {
    try {
        Xapian::Database(source).compact(target, Xapian::DBCOMPACT_NO_RENUMBER);
    } catch (const Xapian::Error& error) {
        throw index::index_error(fmt::format("compacting the rebuilt index into {}", target), db, error);
    }
}

// Builds, verifies and compacts generation `building`; returns what was written.
IndexReport build_generation(const index::Generations& generations, const std::string& building,
                             const std::vector<fs::path>& roots, const UpdateOptions& options,
                             const UpdateCallbacks& callbacks) {
    const std::string built_path = generations.path_of(building + ".build").string();
    IndexReport report;
    {
        index::Writer writer(built_path, options.passages_per_commit);
        Walk walk;
        walk_roots(writer, roots, options, callbacks, walk);
        require_every_root(walk);
        writer.commit();
        report = writer.report();
    }
    index::crash_point("rebuild-built");
    verify_generation(built_path, report);
    // Compacting rewrites the tables full and in order: smaller and faster to search.
    compact_into(built_path, generations.path_of(building).string(), generations.dir().string());
    fs::remove_all(built_path);
    index::crash_point("rebuild-compacted");
    return report;
}

IndexReport update_live(const std::string& db, const std::vector<fs::path>& roots, const UpdateOptions& options,
                        const UpdateCallbacks& callbacks) {
    const fs::path dir = prepare_folder(db);
    index::Generations generations(dir);
    const bool plain = generations.is_plain_database();
    const index::WriterLock lock(dir, options.wait_seconds);
    ensure_layout(generations);
    if (!plain) generations.remove_unreferenced();

    index::Writer writer(dir.string(), options.passages_per_commit);
    try {
        Walk walk;
        walk_roots(writer, roots, options, callbacks, walk);
        delete_vanished(writer, walk, options, callbacks);
        writer.commit();
    } catch (...) {
        // A full disk, say: the index stays at its last commit, without the space this run took.
        writer.abandon();
        throw;
    }
    IndexReport report = writer.report();
    if (!plain) report.generation = generations.current().value_or("");
    return report;
}

IndexReport rebuild_live(const std::string& db, const std::vector<fs::path>& roots, const UpdateOptions& options,
                         const UpdateCallbacks& callbacks) {
    const fs::path dir = prepare_folder(db);
    index::Generations generations(dir);
    if (generations.is_plain_database()) {
        throw IndexError(fmt::format("{} is a plain Xapian database, not a healthsearch index folder; move it "
                                     "away and rebuild into an empty folder",
                                     db),
                         db);
    }
    const index::WriterLock lock(dir, options.wait_seconds);
    generations.remove_unreferenced();

    const std::string building = generations.next_name();
    IndexReport report;
    try {
        report = index::translating_errors(fmt::format("rebuilding the index at {}", db), db, [&] {
            return build_generation(generations, building, roots, options, callbacks);
        });
    } catch (const Error& error) {
        generations.remove_unreferenced();  // the half-built generation and its .build folder
        throw IndexError(fmt::format("{}; the rebuild was abandoned and the live index left in place", error.what()),
                         error.where());
    }
    generations.switch_to(building);
    report.generation = building;
    return report;
}

std::string roll_back(const std::string& db, double wait_seconds) {
    refuse_remote(db);
    index::Generations generations{fs::path(db)};
    if (!generations.is_plain_database() && !generations.current()) {
        throw IndexNotFoundError(fmt::format("no index at {}; nothing to roll back", db), db);
    }
    const index::WriterLock lock(db, wait_seconds);
    const std::optional<std::string> previous = generations.previous();
    if (!previous || !fs::exists(generations.path_of(*previous))) {
        throw IndexError(fmt::format("the index at {} has no previous generation to roll back to", db), db);
    }
    generations.switch_to(*previous);
    return *previous;
}

}  // namespace

IndexReport update_index(const std::string& db, const std::vector<fs::path>& roots,
                         const UpdateOptions& options, const UpdateCallbacks& callbacks) {
    return index::translating_errors(fmt::format("updating the index at {}", db), db,
                                     [&] { return update_live(db, roots, options, callbacks); });
}

IndexReport rebuild_index(const std::string& db, const std::vector<fs::path>& roots,
                          const UpdateOptions& options, const UpdateCallbacks& callbacks) {
    return index::translating_errors(fmt::format("rebuilding the index at {}", db), db,
                                     [&] { return rebuild_live(db, roots, options, callbacks); });
}

std::string rollback_index(const std::string& db, double wait_seconds) {
    return index::translating_errors(fmt::format("rolling back the index at {}", db), db,
                                     [&] { return roll_back(db, wait_seconds); });
}

}  // namespace healthsearch
