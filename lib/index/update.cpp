// update_index, rebuild_index, rollback_index: what the nightly job runs.

#include "index/crash_point.hpp"
#include "index/database.hpp"
#include "index/generations.hpp"
#include "index/schema.hpp"
#include "index/stored_passage.hpp"
#include "index/writer.hpp"
#include "index/writer_lock.hpp"

#include <healthsearch/error.hpp>
#include <healthsearch/index.hpp>
#include <healthsearch/search.hpp>
#include <healthsearch/source.hpp>

#include <fmt/format.h>

#include <map>
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

// Reads the roots into the writer: the part that update and rebuild share.
void walk_roots(index::Writer& writer, const std::vector<fs::path>& roots, const UpdateOptions& options,
                const UpdateCallbacks& callbacks, Walk& walk) {
    IndexReport& report = writer.report();
    UpdateProgress progress;
    std::size_t articles_in_file = 0;

    const auto metadata = [&](std::string_view prefix, const std::string& file) {
        return writer.db().get_metadata(std::string(prefix) + file);
    };
    const auto report_error = [&](const InputError& error) {
        ++report.failed;
        if (callbacks.on_error) callbacks.on_error(error);
    };
    for (const fs::path& root : roots) walk.roots.insert(root.string());

    CorpusCallbacks corpus;
    corpus.on_article = [&](Article&& article) {
        article.id.insert(0, options.id_prefix);
        walk.produced_ids.insert(article.id);
        ++articles_in_file;
        writer.add(article);
        writer.maybe_commit();
    };
    corpus.on_error = report_error;
    corpus.on_skipped = callbacks.on_skipped;
    corpus.on_root_failed = [&](const std::string& root) { walk.failed_roots.insert(root); };
    corpus.on_listed = [&](std::size_t files, std::uintmax_t bytes) {
        progress.files_total = files;
        progress.bytes_total = bytes;
        if (callbacks.on_progress) callbacks.on_progress(progress);
    };
    corpus.before_file = [&](const SourceFile& file) {
        const std::string path = file.path.string();
        walk.visited_files.insert(path);
        articles_in_file = 0;
        const std::string stamp = stamp_of(file);
        bool read = true;
        if (const std::string failed = metadata(kMetadataFailedPrefix, path);
            !failed.empty() && !options.retry_failed && failed.starts_with(stamp + "\t")) {
            report_error(InputError(failed.substr(stamp.size() + 1) +
                                        " (unchanged since it failed; not read again, use --retry-failed)",
                                    path));
            read = false;
        } else if (const std::string seen = metadata(kMetadataSourcePrefix, path); seen.starts_with(stamp + " ")) {
            // Same size and modification time as when it was read: its articles are unchanged.
            report.unchanged += std::stoul(seen.substr(stamp.size() + 1));
            ++report.files_skipped_unchanged;
            read = false;
        }
        if (!read) {
            ++progress.files_done;
            progress.bytes_done += file.size;
            if (callbacks.on_progress) callbacks.on_progress(progress);
        }
        return read;
    };
    corpus.after_file = [&](const SourceFile& file, const InputError* error) {
        const std::string path = file.path.string();
        ++report.files_read;
        if (error) {
            writer.set_metadata(std::string(kMetadataFailedPrefix) + path, stamp_of(file) + "\t" + error->what());
            writer.set_metadata(std::string(kMetadataSourcePrefix) + path, "");
        } else {
            walk.complete_files.insert(path);
            writer.set_metadata(std::string(kMetadataFailedPrefix) + path, "");
            writer.set_metadata(std::string(kMetadataSourcePrefix) + path,
                                fmt::format("{} {}", stamp_of(file), articles_in_file));
        }
        writer.maybe_commit();
        ++progress.files_done;
        progress.bytes_done += file.size;
        if (callbacks.on_progress) callbacks.on_progress(progress);
    };
    read_corpus(roots, corpus);
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
