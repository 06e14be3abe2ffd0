#pragma once
// Building and updating an index: articles in, passages in a Xapian database out.

#include <healthsearch/article.hpp>
#include <healthsearch/export.hpp>

#include <healthsearch/error.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace healthsearch {

// Passages written between commits. Xapian would otherwise flush on its own, possibly in the
// middle of an article; we commit only at article boundaries.
inline constexpr std::size_t kDefaultPassagesPerCommit = 20000;

struct IndexReport {
    std::size_t added = 0;      // articles new to the index
    std::size_t updated = 0;    // articles whose content changed
    std::size_t unchanged = 0;  // articles skipped because their content hash matched
    std::size_t deleted = 0;
    std::size_t failed = 0;     // files or records that could not be read
    std::size_t passages_written = 0;
    std::size_t files_read = 0;
    std::size_t files_skipped_unchanged = 0;  // same size, times and inode as when last read
    std::string generation;  // the generation now live (update_index and rebuild_index)
};

// Threads: one thread at a time (it may be handed to another thread between calls); it holds no
// lock of its own. Processes: Xapian's write lock on the database lets one IndexWriter (or one
// update_index) write a given index at a time, in this process or another; readers go on.
class HEALTHSEARCH_EXPORT IndexWriter {
public:
    // Opens or creates the index at `path`. Throws IncompatibleIndexError when the index was
    // built by another analysis chain, IndexLockedError when another writer holds it.
    explicit IndexWriter(const std::string& path);
    ~IndexWriter();
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;
    IndexWriter(IndexWriter&&) noexcept;
    IndexWriter& operator=(IndexWriter&&) noexcept;

    // Adds the article, replacing all passages of an earlier version with the same id.
    // Returns how many passages it wrote (0 when the article was unchanged).
    std::size_t add(const Article& article);
    // Removes every passage of the article; false when it was not indexed.
    bool remove(const std::string& article_id);
    // Makes everything added so far visible to readers, atomically.
    void commit();

    const IndexReport& report() const noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// ---- Maintaining an index over a corpus: what a nightly job calls. ----------------------
//
// The index at `db` is a folder of generations: gen-000001, gen-000002, ... and a Xapian stub
// file XAPIANDB naming the live one, so readers (Searcher, quest, xapian-tcpsrv) open `db` itself.
// One writer at a time holds db/.lock (an flock: it vanishes with a killed process).
//
// Threads and processes: update_index, rebuild_index and rollback_index may be called from any
// thread, on different index folders at the same time. On one folder they exclude each other
// through db/.lock, taken afresh by each call, so a second call waits up to wait_seconds and
// then throws IndexLockedError, whether it comes from another process or another thread of this
// one. The callbacks run on the calling thread, one at a time. Searchers and read_index_stats
// may read the folder meanwhile: they see the last commit.

// Part K of N of a corpus: the articles whose id (after the id prefix) hashes (XXH3, mod N) to
// K - 1, so that N machines can each index their share and serve it as one shard of a Searcher.
struct Shard {
    std::size_t number = 1;  // K, from 1
    std::size_t count = 1;   // N; 1 is the whole corpus
    bool operator==(const Shard&) const = default;
};

// The shard (1 to count) that the article with this id belongs to. Any thread.
HEALTHSEARCH_EXPORT std::size_t shard_of(const std::string& article_id, std::size_t count);

struct UpdateOptions {
    // Prepended to every article id. Recorded per root: an update that gives a root another
    // prefix leaves that root alone and reports an InputError (rebuild to change it).
    std::string id_prefix;
    bool retry_failed = false;   // re-read files that failed before even if they did not change
    std::size_t passages_per_commit = kDefaultPassagesPerCommit;
    double wait_seconds = 0;     // how long to wait for another writer before IndexLockedError
    // An update that would delete more than this share of one root's indexed articles deletes
    // none of them and reports an InputError naming the root (1 allows any share). A root
    // with no files at all never loses its articles (an unmounted share looks like that).
    double max_delete_share = 0.5;
    // Index only this shard of the roots' articles: other files are not read (records of other
    // shards in a JSON Lines file are read but not analysed) and count for nothing, not even
    // against max_delete_share. Recorded in the index: an update with another shard than the
    // index holds throws OptionError (rebuild to change it); so does a shard outside 1..count.
    Shard shard = {};
};

struct UpdateProgress {
    std::size_t files_done = 0;
    std::size_t files_total = 0;
    std::uintmax_t bytes_done = 0;
    std::uintmax_t bytes_total = 0;
};

struct UpdateCallbacks {
    std::function<void(const InputError&)> on_error = {};
    std::function<void(const std::filesystem::path&)> on_skipped = {};
    std::function<void(const UpdateProgress&)> on_progress = {};
};

// Brings the live generation up to date with the roots: new and changed articles are written
// (all passages of one article in one commit), unchanged files are skipped by size,
// modification and change time and inode (a file modified within 2 s before the run started is
// read again next time) and unchanged articles by content hash, articles whose file vanished
// from a root are deleted (within UpdateOptions::max_delete_share), and files that failed are
// remembered and not re-read until they change. Creates the index when there is none.
// Problems with single files or roots go to callbacks.on_error; anything else throws a
// healthsearch::Error and leaves the index at its last commit, without the disk space the
// failed run took (a full disk is named as such, with the space left).
HEALTHSEARCH_EXPORT IndexReport update_index(const std::string& db,
                                             const std::vector<std::filesystem::path>& roots,
                                             const UpdateOptions& options = {},
                                             const UpdateCallbacks& callbacks = {});

// Builds a new generation from the roots beside the live one, verifies it (passages, analyzer
// fingerprint, a smoke query), compacts it and switches readers to it atomically. The previous
// generation is kept for rollback_index; older ones are removed. Throws IndexError, removes
// what it built and leaves the live generation in place when the new one fails verification
// (an empty build, say), when a root is missing or empty, or when the disk fills up.
HEALTHSEARCH_EXPORT IndexReport rebuild_index(const std::string& db,
                                              const std::vector<std::filesystem::path>& roots,
                                              const UpdateOptions& options = {},
                                              const UpdateCallbacks& callbacks = {});

// Makes the previous generation live again; returns its name. Throws IndexNotFoundError when
// there is no index at `db`, IndexError when there is no previous generation.
HEALTHSEARCH_EXPORT std::string rollback_index(const std::string& db, double wait_seconds = 0);

struct IndexStats {
    std::string path;
    std::size_t passages = 0;
    std::size_t articles = 0;
    std::map<std::string, std::size_t> passages_by_language;
    std::string fingerprint;  // the analysis chain the index was built with
    double average_passage_terms = 0;  // weighted term count (title words count thrice)
    std::string shard;  // "K/N" for an index of shard K of N (UpdateOptions::shard), else empty
};

// Throws IndexNotFoundError when there is no index at `path`. Any thread, any number at once,
// while a writer works: it opens the index afresh and reads its last commit.
HEALTHSEARCH_EXPORT IndexStats read_index_stats(const std::string& path);

// The analysis chain of this build, as recorded in every index it writes. Any thread.
HEALTHSEARCH_EXPORT std::string analyzer_fingerprint();

}  // namespace healthsearch
