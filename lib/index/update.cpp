// update_index, rebuild_index, rollback_index: what the nightly job runs.

#include "index/crash_point.hpp"
#include "index/database.hpp"
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

#include <map>
#include <memory>
#include <optional>
#include <thread>
#include <set>
#include <sstream>

namespace healthsearch {

namespace fs = std::filesystem;

namespace {

using index::schema::kMetadataFailedPrefix;
using index::schema::kMetadataSourcePrefix;

std::string stamp_of(const SourceFile& file) { return fmt::format("{} {}", file.size, file.modified); }

// What one walk over the roots saw, for deciding which indexed articles have vanished.
struct Walk {
    std::set<std::string> roots;          // roots given to this run
    std::set<std::string> failed_roots;   // roots that could not be listed: delete nothing there
    std::set<std::string> visited_files;  // read, skipped as unchanged, or failed
    std::set<std::string> complete_files; // read without any error
    std::set<std::string> produced_ids;   // articles that came out of complete files
};

// Metadata values under a prefix, keyed by what follows the prefix.
std::map<std::string, std::string> metadata_with_prefix(Xapian::Database& db, std::string_view prefix) {
    std::map<std::string, std::string> values;
    const std::string start(prefix);
    for (auto it = db.metadata_keys_begin(start); it != db.metadata_keys_end(start); ++it) {
        std::string value = db.get_metadata(*it);
        if (!value.empty()) values.emplace((*it).substr(prefix.size()), std::move(value));
    }
    return values;
}

// Prepared articles in flight between the analysing and the writing thread.
constexpr std::size_t kQueuedTasks = 64;

// Reads the roots into the writer: the part that update and rebuild share. Two threads: this
// one writes to Xapian (which must stay single-threaded), a second one reads, extracts and
// analyses. They talk through a queue of tasks that this thread runs in order, so every
// callback and every database change happens here, in corpus order.
void walk_roots(index::Writer& writer, const std::vector<fs::path>& roots, const UpdateOptions& options,
                const UpdateCallbacks& callbacks, Walk& walk) {
    IndexReport& report = writer.report();
    UpdateProgress progress;
    const auto stored = metadata_with_prefix(writer.db(), kMetadataSourcePrefix);
    const auto failures = metadata_with_prefix(writer.db(), kMetadataFailedPrefix);
    for (const fs::path& root : roots) walk.roots.insert(root.string());

    // Runs on the writing thread.
    const auto report_error = [&](const InputError& error) {
        ++report.failed;
        if (callbacks.on_error) callbacks.on_error(error);
    };
    const auto file_done = [&](const SourceFile& file) {
        ++progress.files_done;
        progress.bytes_done += file.size;
        if (callbacks.on_progress) callbacks.on_progress(progress);
    };

    index::TaskQueue queue(kQueuedTasks);
    std::exception_ptr reader_failure;
    std::thread reader([&] {
        const analysis::Analyzer analyzer;
        std::size_t articles_in_file = 0;
        CorpusCallbacks corpus;
        corpus.on_article = [&](Article&& article) {
            article.id.insert(0, options.id_prefix);
            ++articles_in_file;
            auto prepared = std::make_shared<index::PreparedArticle>(index::prepare_article(std::move(article), analyzer));
            queue.push([&, prepared] {
                walk.produced_ids.insert(prepared->article.id);
                writer.add(std::move(*prepared));
                writer.maybe_commit();
            });
        };
        corpus.on_error = [&](const InputError& error) { queue.push([&, error] { report_error(error); }); };
        corpus.on_skipped = [&](const fs::path& path) {
            queue.push([&, path] {
                if (callbacks.on_skipped) callbacks.on_skipped(path);
            });
        };
        corpus.on_root_failed = [&](const std::string& root) {
            queue.push([&, root] { walk.failed_roots.insert(root); });
        };
        corpus.on_listed = [&](std::size_t files, std::uintmax_t bytes) {
            queue.push([&, files, bytes] {
                progress.files_total = files;
                progress.bytes_total = bytes;
                if (callbacks.on_progress) callbacks.on_progress(progress);
            });
        };
        corpus.before_file = [&](const SourceFile& file) {
            const std::string path = file.path.string();
            const std::string stamp = stamp_of(file);
            articles_in_file = 0;
            if (const auto failed = failures.find(path); failed != failures.end() && !options.retry_failed &&
                                                          failed->second.starts_with(stamp + "\t")) {
                InputError error(failed->second.substr(stamp.size() + 1) +
                                     " (unchanged since it failed; not read again, use --retry-failed)",
                                 path);
                queue.push([&, file, error] {
                    walk.visited_files.insert(file.path.string());
                    report_error(error);
                    file_done(file);
                });
                return false;
            }
            if (const auto seen = stored.find(path); seen != stored.end() && seen->second.starts_with(stamp + " ")) {
                // Same size and modification time as when it was read: its articles are unchanged.
                const std::size_t articles = std::stoul(seen->second.substr(stamp.size() + 1));
                queue.push([&, file, articles] {
                    walk.visited_files.insert(file.path.string());
                    report.unchanged += articles;
                    ++report.files_skipped_unchanged;
                    file_done(file);
                });
                return false;
            }
            queue.push([&, path] { walk.visited_files.insert(path); });
            return true;
        };
        corpus.after_file = [&](const SourceFile& file, const InputError* error) {
            std::optional<std::string> reason;
            if (error) reason = error->what();
            queue.push([&, file, reason, articles = articles_in_file] {
                const std::string path = file.path.string();
                ++report.files_read;
                if (reason) {
                    writer.set_metadata(std::string(kMetadataFailedPrefix) + path, stamp_of(file) + "\t" + *reason);
                    writer.set_metadata(std::string(kMetadataSourcePrefix) + path, "");
                } else {
                    walk.complete_files.insert(path);
                    writer.set_metadata(std::string(kMetadataFailedPrefix) + path, "");
                    writer.set_metadata(std::string(kMetadataSourcePrefix) + path,
                                        fmt::format("{} {}", stamp_of(file), articles));
                }
                writer.maybe_commit();
                file_done(file);
            });
        };
        try {
            read_corpus(roots, corpus);
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
}

// Deletes the articles of this run's roots whose file is gone, or whose file was read in full
// without producing them (a record removed from a JSON Lines file).
void delete_vanished(index::Writer& writer, const Walk& walk) {
    Xapian::WritableDatabase& db = writer.db();
    std::map<std::string, std::pair<std::string, std::string>> articles;  // id -> (file, root)
    for (auto it = db.valuestream_begin(index::schema::kSlotArticleId); it != db.valuestream_end(index::schema::kSlotArticleId); ++it) {
        const std::string id = *it;
        if (articles.contains(id)) continue;
        const Xapian::Document doc = db.get_document(it.get_docid());
        articles.emplace(id, std::make_pair(doc.get_value(index::schema::kSlotSourceFile),
                                            doc.get_value(index::schema::kSlotRoot)));
    }
    std::set<std::string> forgotten_files;
    for (const auto& [id, origin] : articles) {
        const auto& [file, root] = origin;
        if (!walk.roots.contains(root) || walk.failed_roots.contains(root)) continue;
        const bool file_gone = !walk.visited_files.contains(file);
        const bool record_gone = walk.complete_files.contains(file) && !walk.produced_ids.contains(id);
        if (file_gone || record_gone) {
            writer.remove(id);
            if (file_gone) forgotten_files.insert(file);
            writer.maybe_commit();
        }
    }
    for (const std::string& file : forgotten_files) {
        writer.set_metadata(std::string(kMetadataSourcePrefix) + file, "");
        writer.set_metadata(std::string(kMetadataFailedPrefix) + file, "");
    }
}

// Creates the generation layout for a new index folder.
void ensure_layout(index::Generations& generations) {
    if (generations.is_plain_database() || generations.current()) return;
    const std::string first = generations.next_name();
    { index::Writer create(generations.path_of(first).string(), 1); }
    generations.switch_to(first);
}

fs::path prepare_folder(const std::string& db) {
    fs::path dir(db);
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw IndexError(fmt::format("cannot create the index folder {}: {}", db, ec.message()), db);
    return dir;
}

void verify_generation(const std::string& path, const IndexReport& report) {
    Xapian::Database db = index::open_for_reading(path);  // checks the analyzer fingerprint
    if (db.get_doccount() == 0) {
        throw IndexError("the rebuild produced no passages (no readable articles under the given paths?); "
                         "the live index was left in place",
                         path);
    }
    if (db.get_doccount() != report.passages_written) {
        throw IndexError(fmt::format("the rebuilt index holds {} passages but {} were written; the live index "
                                     "was left in place",
                                     db.get_doccount(), report.passages_written),
                         path);
    }
    // Smoke query: the title of the first passage must find something.
    const std::string title = index::decode_stored_passage(db.get_document(*db.postlist_begin("")).get_data()).title;
    if (!title.empty()) {
        try {
            if (Searcher(path).search(title).empty()) {
                throw IndexError(fmt::format("smoke query \"{}\" found nothing in the rebuilt index; the live "
                                             "index was left in place",
                                             title),
                                 path);
            }
        } catch (const QueryError&) {
            // A title of stop words only is no test of the index.
        }
    }
}

void compact_into(const std::string& source, const std::string& target) {
    Xapian::Database(source).compact(target, Xapian::DBCOMPACT_NO_RENUMBER);
}

}  // namespace

IndexReport update_index(const std::string& db, const std::vector<fs::path>& roots,
                         const UpdateOptions& options, const UpdateCallbacks& callbacks) {
    const fs::path dir = prepare_folder(db);
    index::Generations generations(dir);
    const bool plain = generations.is_plain_database();
    const index::WriterLock lock(dir, options.wait_seconds);
    ensure_layout(generations);
    if (!plain) generations.remove_unreferenced();

    index::Writer writer(dir.string(), options.passages_per_commit);
    Walk walk;
    walk_roots(writer, roots, options, callbacks, walk);
    delete_vanished(writer, walk);
    writer.commit();
    IndexReport report = writer.report();
    if (!plain) report.generation = generations.current().value_or("");
    return report;
}

IndexReport rebuild_index(const std::string& db, const std::vector<fs::path>& roots,
                          const UpdateOptions& options, const UpdateCallbacks& callbacks) {
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
    const std::string built_path = generations.path_of(building + ".build").string();
    IndexReport report;
    {
        index::Writer writer(built_path, options.passages_per_commit);
        Walk walk;
        walk_roots(writer, roots, options, callbacks, walk);
        writer.commit();
        report = writer.report();
    }
    index::crash_point("rebuild-built");
    verify_generation(built_path, report);
    // Compacting rewrites the tables full and in order: smaller and faster to search.
    const std::string final_path = generations.path_of(building).string();
    compact_into(built_path, final_path);
    fs::remove_all(built_path);
    index::crash_point("rebuild-compacted");
    generations.switch_to(building);
    report.generation = building;
    return report;
}

std::string rollback_index(const std::string& db, double wait_seconds) {
    index::Generations generations{fs::path(db)};
    const index::WriterLock lock(db, wait_seconds);
    const std::optional<std::string> previous = generations.previous();
    if (!previous || !fs::exists(generations.path_of(*previous))) {
        throw IndexError(fmt::format("the index at {} has no previous generation to roll back to", db), db);
    }
    generations.switch_to(*previous);
    return *previous;
}

}  // namespace healthsearch
