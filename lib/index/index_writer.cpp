#include "index/crash_point.hpp"
#include "index/database.hpp"
#include "index/error_translation.hpp"
#include "index/passage_document.hpp"
#include "index/schema.hpp"
#include "index/writer.hpp"
#include "passage/segmenter.hpp"

#include <healthsearch/error.hpp>
#include <healthsearch/index.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <utility>

namespace healthsearch {

namespace index {

namespace {

// Shorter words are too easily confused to suggest.
constexpr std::size_t kShortestSpelling = 4;

// The folder holding the database's files: the live generation when `path` has a stub file.
std::filesystem::path database_folder(const std::string& path, bool stub) {
    if (!stub) return path;
    const auto live = stub_target(path);
    return live ? std::filesystem::path(path) / *live : std::filesystem::path(path);
}

}  // namespace

Writer::Writer(const std::string& path, std::size_t passages_per_commit)
    : path_(path), passages_per_commit_(std::max<std::size_t>(1, passages_per_commit)) {
    const bool stub = std::filesystem::exists(std::filesystem::path(path) / "XAPIANDB");
    try {
        // A generations folder is opened through its stub file; naming a backend would make
        // Xapian create a fresh database beside the stub instead.
        db_ = Xapian::WritableDatabase(path, stub ? Xapian::DB_OPEN
                                                  : Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
    } catch (const Xapian::DatabaseLockError&) {
        throw IndexLockedError(
            fmt::format("another process is writing the index at {}; try again when it is done", path),
            path);
    } catch (const Xapian::Error& error) {
        throw index_error(fmt::format("opening the index at {} for writing", path), path, error);
    }
    translating_errors(fmt::format("opening the index at {} for writing", path), path, [&] {
        require_fingerprint(db_, path);
        if (db_.get_metadata(schema::kMetadataFingerprint).empty()) {
            db_.set_metadata(schema::kMetadataFingerprint, analyzer_fingerprint());
            db_.commit();
        }
        committed_files_.emplace(database_folder(path, stub));
    });
}

Writer::~Writer() {
    try {
        // Unfinished work is dropped rather than half-committed.
        if (in_transaction_) db_.cancel_transaction();
    } catch (const Xapian::Error&) {
    }
}

void Writer::begin() {
    if (!in_transaction_) {
        db_.begin_transaction(false);
        in_transaction_ = true;
    }
}

PreparedArticle prepare_article(Article article, const analysis::Analyzer& analyzer) {
    PreparedArticle prepared;
    const auto passages = passage::segment_article(article, analyzer);
    const ArticleFields fields(article, analyzer);
    prepared.documents.reserve(passages.size());
    std::set<std::string> spellings;
    for (const passage::Passage& passage : passages) {
        prepared.documents.push_back(passage_document(article, passage, fields, analyzer));
        for (const analysis::AnalyzedWord& word : passage.words) {
            if (word.folded.size() < kShortestSpelling || word.folded.size() > schema::kMaxTermBytes ||
                analyzer.is_stopword(word.folded, passage.language) ||
                !std::all_of(word.folded.begin(), word.folded.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
                continue;
            }
            spellings.insert(analyzer.lower(std::string_view(passage.text).substr(word.begin, word.end - word.begin)));
        }
    }
    prepared.spellings.assign(spellings.begin(), spellings.end());
    prepared.article = std::move(article);
    return prepared;
}

std::size_t Writer::add(const Article& article) {
    // The hash is checked before the analysis, which an unchanged article does not need.
    return write(article.id, article.content_hash, [&] { return prepare_article(article, analyzer_); });
}

std::size_t Writer::add(PreparedArticle&& prepared) {
    const std::string id = prepared.article.id;
    const std::string hash = prepared.article.content_hash;
    return write(id, hash, [&] { return std::move(prepared); });
}

std::string Writer::indexed_hash(const std::string& article_term) {
    auto it = db_.postlist_begin(article_term);
    if (it == db_.postlist_end(article_term)) return {};
    const std::string hash = db_.get_document(*it).get_value(schema::kSlotContentHash);
    return hash.empty() ? "(none)" : hash;
}

std::size_t Writer::write(const std::string& id, const std::string& content_hash,
                          const std::function<PreparedArticle()>& prepare) {
    const std::string article_term = schema::article_term(id);
    try {
        const std::string old_hash = indexed_hash(article_term);
        if (!old_hash.empty() && old_hash == content_hash) {
            ++report_.unchanged;
            return 0;
        }
        const PreparedArticle prepared = prepare();
        begin();
        if (!old_hash.empty()) {
            db_.delete_document(article_term);
            ++report_.updated;
        } else {
            ++report_.added;
        }
        for (const Xapian::Document& document : prepared.documents) db_.add_document(document);
        for (const std::string& word : prepared.spellings) ++pending_spellings_[word];
        report_.passages_written += prepared.documents.size();
        uncommitted_ += prepared.documents.size();
        crash_point("article-added");
        return prepared.documents.size();
    } catch (const Xapian::Error& error) {
        throw index_error(fmt::format("writing article {} to the index at {}", id, path_), path_, error);
    }
}

bool Writer::remove(const std::string& article_id) {
    const std::string article_term = schema::article_term(article_id);
    try {
        if (!db_.term_exists(article_term)) return false;
        begin();
        db_.delete_document(article_term);
        ++report_.deleted;
        ++uncommitted_;
        return true;
    } catch (const Xapian::Error& error) {
        throw index_error(fmt::format("removing article {} from the index at {}", article_id, path_), path_, error);
    }
}

void Writer::set_metadata(const std::string& key, const std::string& value) {
    try {
        begin();
        db_.set_metadata(key, value);
    } catch (const Xapian::Error& error) {
        throw index_error(fmt::format("recording {} in the index at {}", key, path_), path_, error);
    }
}

void Writer::mirror_spelling(const std::string& word, Xapian::termcount articles) {
    const std::string key = std::string(schema::kMetadataSpellingPrefix) + word;
    const std::string before = db_.get_metadata(key);
    db_.set_metadata(key, std::to_string((before.empty() ? 0 : std::stoull(before)) + articles));
}

void Writer::maybe_commit() {
    if (uncommitted_ >= passages_per_commit_) commit();
}

void Writer::commit() {
    try {
        crash_point("commit");
        if (in_transaction_) {
            for (const auto& [word, articles] : std::exchange(pending_spellings_, {})) {
                db_.add_spelling(word, articles);
                mirror_spelling(word, articles);
            }
            // Xapian ends the transaction whether committing it succeeds or throws.
            in_transaction_ = false;
            db_.commit_transaction();
        }
        db_.commit();
        uncommitted_ = 0;
        if (committed_files_) committed_files_->record();
        crash_point("committed");
    } catch (const Xapian::Error& error) {
        throw index_error(fmt::format("committing to the index at {}", path_), path_, error);
    }
}

void Writer::abandon() noexcept {
    try {
        if (in_transaction_) db_.cancel_transaction();
    } catch (const Xapian::Error&) {
        // A failed write can leave nothing to cancel; closing below drops what is left.
    }
    in_transaction_ = false;
    try {
        db_.close();
    } catch (const Xapian::Error&) {
        // The failure that brought us here is the one to report.
    }
    if (committed_files_) committed_files_->restore();
    committed_files_.reset();
}

}  // namespace index

struct IndexWriter::Impl {
    explicit Impl(const std::string& path) : writer(path, kDefaultPassagesPerCommit) {}
    index::Writer writer;
};

IndexWriter::IndexWriter(const std::string& path)
    : impl_(index::translating_errors(fmt::format("opening the index at {} for writing", path), path,
                                      [&] { return std::make_unique<Impl>(path); })) {}
IndexWriter::~IndexWriter() = default;
IndexWriter::IndexWriter(IndexWriter&&) noexcept = default;
IndexWriter& IndexWriter::operator=(IndexWriter&&) noexcept = default;

std::size_t IndexWriter::add(const Article& article) {
    return index::translating_errors(fmt::format("adding article {} to the index at {}", article.id, impl_->writer.path()),
                                     impl_->writer.path(), [&] {
                                         const std::size_t written = impl_->writer.add(article);
                                         impl_->writer.maybe_commit();
                                         return written;
                                     });
}

bool IndexWriter::remove(const std::string& article_id) {
    return index::translating_errors(
        fmt::format("removing article {} from the index at {}", article_id, impl_->writer.path()),
        impl_->writer.path(), [&] { return impl_->writer.remove(article_id); });
}

void IndexWriter::commit() {
    index::translating_errors(fmt::format("committing to the index at {}", impl_->writer.path()),
                              impl_->writer.path(), [&] { impl_->writer.commit(); });
}
const IndexReport& IndexWriter::report() const noexcept { return impl_->writer.report(); }

IndexStats read_index_stats(const std::string& path) {
    return index::translating_errors(fmt::format("reading the index at {}", path), path, [&] {
        Xapian::Database db = index::open_for_reading(path, /*check_fingerprint=*/false);
        IndexStats stats;
        stats.path = path;
        stats.passages = db.get_doccount();
        const std::string prefix(index::schema::kPrefixArticle);
        for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) ++stats.articles;
        for (const char* code : {"de", "en"}) {
            stats.passages_by_language[code] = db.get_termfreq(index::schema::language_term(code));
        }
        stats.fingerprint = db.get_metadata(index::schema::kMetadataFingerprint);
        stats.average_passage_terms = db.get_avlength();
        stats.shard = db.get_metadata(index::schema::kMetadataShard);
        return stats;
    });
}

}  // namespace healthsearch
