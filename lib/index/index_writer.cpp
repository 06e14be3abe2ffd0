#include "analysis/analyzer.hpp"
#include "index/database.hpp"
#include "index/passage_document.hpp"
#include "index/schema.hpp"
#include "passage/segmenter.hpp"

#include <healthsearch/error.hpp>
#include <healthsearch/index.hpp>

#include <fmt/format.h>

namespace healthsearch {

namespace {

// Passages buffered before a commit. Xapian would otherwise flush on its own, possibly in the
// middle of an article; inside a transaction it cannot, so readers see whole articles only.
constexpr std::size_t kPassagesPerCommit = 20000;

}  // namespace

struct IndexWriter::Impl {
    std::string path;
    Xapian::WritableDatabase db;
    analysis::Analyzer analyzer;
    IndexReport report;
    std::size_t uncommitted = 0;
    bool in_transaction = false;

    void begin() {
        if (!in_transaction) {
            db.begin_transaction(false);
            in_transaction = true;
        }
    }

    void commit() {
        if (in_transaction) {
            db.commit_transaction();
            in_transaction = false;
        }
        db.commit();
        uncommitted = 0;
    }

    // Hash stored with the article's passages, or empty when the article is not indexed.
    std::string indexed_hash(const std::string& article_term) {
        auto it = db.postlist_begin(article_term);
        if (it == db.postlist_end(article_term)) return {};
        return db.get_document(*it).get_value(index::schema::kSlotContentHash);
    }
};

IndexWriter::IndexWriter(const std::string& path) : impl_(std::make_unique<Impl>()) {
    impl_->path = path;
    try {
        impl_->db = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
    } catch (const Xapian::DatabaseLockError& error) {
        throw IndexLockedError(
            fmt::format("another process is writing the index at {}; try again when it is done",
                        path),
            path);
    } catch (const Xapian::Error& error) {
        throw IndexError(fmt::format("cannot open the index at {} for writing: {}", path,
                                     error.get_description()),
                         path);
    }
    index::require_fingerprint(impl_->db, path);
    impl_->db.set_metadata(index::schema::kMetadataFingerprint, analyzer_fingerprint());
}

IndexWriter::~IndexWriter() {
    if (!impl_) return;
    try {
        // Unfinished work is dropped rather than half-committed.
        if (impl_->in_transaction) impl_->db.cancel_transaction();
    } catch (const Xapian::Error&) {
    }
}

IndexWriter::IndexWriter(IndexWriter&&) noexcept = default;
IndexWriter& IndexWriter::operator=(IndexWriter&&) noexcept = default;

std::size_t IndexWriter::add(const Article& article) {
    Impl& impl = *impl_;
    const std::string article_term = index::schema::article_term(article.id);
    try {
        const std::string old_hash = impl.indexed_hash(article_term);
        if (!old_hash.empty() && old_hash == article.content_hash && !article.content_hash.empty()) {
            ++impl.report.unchanged;
            return 0;
        }
        const auto passages = passage::segment_article(article, impl.analyzer);
        impl.begin();
        if (!old_hash.empty()) {
            impl.db.delete_document(article_term);
            ++impl.report.updated;
        } else {
            ++impl.report.added;
        }
        for (const passage::Passage& passage : passages) {
            impl.db.add_document(index::passage_document(article, passage, impl.analyzer));
        }
        impl.report.passages_written += passages.size();
        impl.uncommitted += passages.size();
        if (impl.uncommitted >= kPassagesPerCommit) impl.commit();
        return passages.size();
    } catch (const Xapian::Error& error) {
        throw IndexError(fmt::format("writing article {} failed: {}", article.id, error.get_description()),
                         impl.path);
    }
}

bool IndexWriter::remove(const std::string& article_id) {
    Impl& impl = *impl_;
    const std::string article_term = index::schema::article_term(article_id);
    try {
        if (!impl.db.term_exists(article_term)) return false;
        impl.begin();
        impl.db.delete_document(article_term);
        ++impl.report.deleted;
        return true;
    } catch (const Xapian::Error& error) {
        throw IndexError(fmt::format("removing article {} failed: {}", article_id, error.get_description()),
                         impl.path);
    }
}

void IndexWriter::commit() {
    try {
        impl_->commit();
    } catch (const Xapian::Error& error) {
        throw IndexError(fmt::format("commit failed: {}", error.get_description()), impl_->path);
    }
}

const IndexReport& IndexWriter::report() const noexcept { return impl_->report; }

IndexStats read_index_stats(const std::string& path) {
    Xapian::Database db = index::open_for_reading(path, /*check_fingerprint=*/false);
    IndexStats stats;
    stats.path = path;
    try {
        stats.passages = db.get_doccount();
        const std::string prefix(index::schema::kPrefixArticle);
        for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) ++stats.articles;
        for (const char* code : {"de", "en"}) {
            stats.passages_by_language[code] = db.get_termfreq(index::schema::language_term(code));
        }
        stats.fingerprint = db.get_metadata(index::schema::kMetadataFingerprint);
        stats.average_passage_terms = db.get_avlength();
    } catch (const Xapian::Error& error) {
        throw IndexError(fmt::format("reading the index at {} failed: {}", path, error.get_description()),
                         path);
    }
    return stats;
}

}  // namespace healthsearch
