#pragma once
// Reading corpora: folders of .txt/.md/.html files and BEIR-style JSON Lines.
//
// Threads: every function here may run in several threads at once; they share nothing but
// read-only tables, and the bounds on parsing (CPU time, memory) are kept per call and per
// thread. They take no lock: files that change while being read are reported, not prevented.

#include <healthsearch/article.hpp>
#include <healthsearch/error.hpp>
#include <healthsearch/export.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace healthsearch {

// A file the walk is about to read: one article, or many for JSON Lines.
struct SourceFile {
    std::filesystem::path path;
    std::string id;    // the article id for single-article files; empty for JSON Lines
    std::string root;  // the root it was found under, as given
    std::uintmax_t size = 0;
    long long modified = 0;  // seconds since the epoch
    // What tells a changed file from an unchanged one without reading it, taken by the same
    // stat() as the size: modification and status-change times in nanoseconds since the
    // epoch, and the inode (a file replaced by a rename has a new one).
    long long modified_ns = 0;
    long long changed_ns = 0;
    std::uintmax_t inode = 0;
};

// Every callback is optional. An exception a callback throws ends the walk and reaches the
// caller of read_corpus unchanged. read_corpus calls them on its own thread, one at a time.
struct CorpusCallbacks {
    std::function<void(Article&&)> on_article = {};
    // A file or record that could not be read; the walk goes on after it.
    std::function<void(const InputError&)> on_error = {};
    // A file the walk passed over because its type is not one we read.
    std::function<void(const std::filesystem::path&)> on_skipped = {};
    // Optional hooks for incremental indexing and progress display.
    // Called once all roots are listed, with the files and bytes to come.
    std::function<void(std::size_t files, std::uintmax_t bytes)> on_listed = {};
    // Asked before a file is read; false skips it (it is unchanged, or known to be bad).
    std::function<bool(const SourceFile&)> before_file = {};
    // Called after each file that was read: `error` is the first error it caused, or null.
    std::function<void(const SourceFile&, const InputError* error)> after_file = {};
    // A root that could not be walked at all (missing, unreadable).
    std::function<void(const std::string& root)> on_root_failed = {};
};

// Walks each root (a folder, a single file, or a .jsonl file) in a stable (sorted) order.
// Article ids are paths relative to the root they were found under, or JSONL `_id`s.
// Whatever goes wrong with one file or record (unreadable, not UTF-8, bad JSON, no text, past a
// size or nesting bound, even an unexpected std::exception while reading it) reaches on_error as
// an InputError naming the file (and, for JSON Lines, the line), and the walk goes on.
HEALTHSEARCH_EXPORT void read_corpus(const std::vector<std::filesystem::path>& roots,
                                     const CorpusCallbacks& callbacks);

// Extracts one file given its bytes; the format follows the extension (.txt, .md, .html).
// Throws InputError naming `source` when the bytes are not valid UTF-8, cannot be parsed within
// the parser's bounds (nesting depth, number of elements and attributes, memory, time), or hold
// no article text.
HEALTHSEARCH_EXPORT Article extract_article(const std::string& bytes, const std::string& extension,
                                            const std::string& id, const std::string& source);

// True when the walk reads files with this extension (".txt", ".md", ".html", ".jsonl", ...).
HEALTHSEARCH_EXPORT bool is_supported_extension(const std::string& extension);

}  // namespace healthsearch
