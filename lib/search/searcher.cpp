#include "analysis/analyzer.hpp"
#include "analysis/synonyms.hpp"
#include "analysis/text_breaker.hpp"
#include "index/database.hpp"
#include "index/schema.hpp"
#include "index/stored_passage.hpp"
#include "search/phrase_filter.hpp"
#include "search/query_parser.hpp"
#include "search/snippet.hpp"
#include "search/spelling.hpp"

#include <healthsearch/error.hpp>
#include <healthsearch/search.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>
#include <typeinfo>

#include <sys/stat.h>

namespace healthsearch {

namespace {

// Candidates checked for a quoted phrase before asking Xapian for more.
constexpr Xapian::doccount kFirstPhrasePage = 20;

// BM25 with less length normalisation than Xapian's default b = 0.5: passages are cut to 40-150
// words, so a longer one is not a longer document that repeats words by its size. On every dev
// split (bundled, XQuAD de, en and en -> de) b = 0.3 scored 0.001-0.003 above 0.5 and 0.75.
Xapian::BM25Weight passage_weighting() {
    constexpr double k1 = 1.0, k2 = 0.0, k3 = 1.0, b = 0.3, min_normlen = 0.5;
    return Xapian::BM25Weight(k1, k2, k3, b, min_normlen);
}

}  // namespace

// Which generation a local index folder points at: the identity of its stub file, which a
// rebuild replaces by rename. Empty for remote shards and plain databases.
std::string generation_identity(const std::string& location) {
    struct stat info {};
    const std::string stub = (std::filesystem::path(location) / "XAPIANDB").string();
    if (::stat(stub.c_str(), &info) != 0) return {};
    return std::to_string(info.st_ino) + ":" + std::to_string(info.st_mtim.tv_sec) + "." +
           std::to_string(info.st_mtim.tv_nsec);
}

struct Searcher::Impl {
    std::vector<std::string> locations;
    std::vector<std::string> generations;  // generation_identity of each location when opened
    Xapian::Database db;
    analysis::Analyzer analyzer;
    std::mutex mutex;  // Xapian databases and our analyzer are single-threaded

    std::vector<std::string> current_generations() const {
        std::vector<std::string> ids;
        for (const std::string& location : locations) ids.push_back(generation_identity(location));
        return ids;
    }

    void open() {
        generations = current_generations();
        Xapian::Database combined;
        for (const std::string& location : locations) combined.add_database(index::open_for_reading(location));
        db = combined;
    }

    template <typename Work>
    auto with_retries(Work work) -> decltype(work());

    // The index as errors name it: its location, or all shards' locations.
    std::string index_name() const {
        std::string name;
        for (const std::string& location : locations) name += (name.empty() ? "" : ", ") + location;
        return name;
    }

    // Inside a catch block: rethrows the error being handled as one of ours, its message led by
    // `failed`, naming the index (its errors) or else `culprit` (the query) as where it failed.
    [[noreturn]] void rethrow_as_ours(const std::string& failed, const std::string& culprit) const;

    // Moves to the newest committed data: a new generation is opened afresh, new commits to
    // the same generation are picked up by reopen().
    void refresh() {
        if (current_generations() != generations) {
            open();
        } else {
            db.reopen();
        }
    }

    search::BuiltQuery build(std::string_view query_text, const SearchOptions& options) {
        const auto language = analysis::language_from_code(options.language);
        if (!options.language.empty() && language == analysis::Language::unknown) {
            throw QueryError(fmt::format("unknown language \"{}\"; use de or en", options.language),
                             options.language);
        }
        return search::build_query(
            query_text, analyzer, language, [&](const std::string& term) { return db.get_termfreq(term); },
            options.expand_synonyms ? &analysis::SynonymTable::builtin(analyzer) : nullptr, options.translate);
    }

    std::vector<Correction> find_corrections(std::string_view query_text, const SearchOptions& options) {
        std::vector<Correction> corrections;
        std::vector<std::string> unknown;
        try {
            unknown = build(query_text, options).unknown_words;
        } catch (const QueryError&) {
            return corrections;
        }
        for (const analysis::AnalyzedWord& word : analyzer.words(query_text)) {
            if (std::find(unknown.begin(), unknown.end(), word.folded) == unknown.end()) continue;
            const std::string typed(query_text.substr(word.begin, word.end - word.begin));
            std::string suggestion = search::spelling_suggestion(db, locations, analyzer.lower(typed));
            if (suggestion.empty()) suggestion = search::spelling_suggestion(db, locations, word.folded);
            if (suggestion.empty()) continue;
            if (typed != analyzer.lower(typed)) suggestion = analysis::Analyzer::capitalised(suggestion);
            Correction correction{typed, suggestion};
            if (std::find(corrections.begin(), corrections.end(), correction) == corrections.end()) {
                corrections.push_back(std::move(correction));
            }
        }
        return corrections;
    }

    std::vector<Hit> run(std::string_view query_text, const SearchOptions& options) {
        std::string corrected;
        if (options.autocorrect) {
            corrected = apply_corrections(query_text, find_corrections(query_text, options));
            query_text = corrected;
        }
        const search::BuiltQuery built = build(query_text, options);

        Xapian::Enquire enquire(db);
        enquire.set_query(built.query);
        enquire.set_weighting_scheme(passage_weighting());
        const search::PhraseFilter phrases(built.required_phrases, built.excluded_phrases);
        std::vector<Hit> hits;
        const auto add_hit = [&](index::StoredPassage&& stored, double score) {
            Hit hit;
            hit.rank = hits.size() + 1;
            hit.score = score;
            hit.snippet = search::make_snippet(stored.text, stored.words, stored.sentences,
                                               analysis::language_from_code(stored.language),
                                               built.highlight, analyzer);
            hit.article_id = std::move(stored.article_id);
            hit.title = std::move(stored.title);
            hit.heading_path = std::move(stored.heading_path);
            hit.language = std::move(stored.language);
            hit.source = std::move(stored.source);
            hit.passage = stored.ordinal;
            hit.text = std::move(stored.text);
            hits.push_back(std::move(hit));
        };
        const auto limit = static_cast<Xapian::doccount>(options.limit);

        if (phrases.empty()) {
            if (options.per_article > 0) {
                enquire.set_collapse_key(index::schema::kSlotArticleId,
                                         static_cast<Xapian::doccount>(options.per_article));
            }
            const Xapian::MSet mset = enquire.get_mset(0, limit);
            hits.reserve(mset.size());
            for (auto it = mset.begin(); it != mset.end(); ++it) {
                add_hit(index::decode_stored_passage(it.get_document().get_data()), it.get_weight());
            }
            return hits;
        }

        // With phrases, candidates are checked here, page by page, and collapsed here too:
        // Xapian's collapse could keep an article's passage that lacks the phrase and drop the
        // one that has it. (A MatchDecider would do this inside the match, but remote shards
        // do not support one.)
        // Each page doubles, since every get_mset ranks all the pages before it again.
        std::map<std::string, std::size_t> per_article;
        Xapian::doccount page = std::max<Xapian::doccount>(kFirstPhrasePage, 4 * limit);
        for (Xapian::doccount first = 0; hits.size() < limit; first += page, page *= 2) {
            const Xapian::MSet mset = enquire.get_mset(first, page);
            for (auto it = mset.begin(); it != mset.end() && hits.size() < limit; ++it) {
                index::StoredPassage stored = index::decode_stored_passage(it.get_document().get_data());
                if (!phrases.accepts(stored, analyzer)) continue;
                if (options.per_article > 0 && ++per_article[stored.article_id] > options.per_article) continue;
                add_hit(std::move(stored), it.get_weight());
            }
            if (mset.size() < page) break;
        }
        return hits;
    }
};

std::string apply_corrections(std::string_view query, const std::vector<Correction>& corrections) {
    // Whole words only, as find_corrections saw them: Krebs -> Krebse leaves Krebsvorsorge be.
    std::string corrected;
    std::size_t copied = 0;
    for (const analysis::ByteRange& word : analysis::TextBreaker().words(query)) {
        const std::string_view typed = query.substr(word.begin, word.end - word.begin);
        const auto correction = std::find_if(corrections.begin(), corrections.end(),
                                             [&](const Correction& c) { return c.word == typed; });
        if (correction == corrections.end()) continue;
        corrected.append(query, copied, word.begin - copied);
        corrected += correction->suggestion;
        copied = word.end;
    }
    corrected.append(query, copied);
    return corrected;
}

void Searcher::Impl::rethrow_as_ours(const std::string& failed, const std::string& culprit) const {
    try {
        throw;
    } catch (const IndexError& error) {
        // Opening names its index; a damaged stored passage does not know which it is in.
        if (std::find(locations.begin(), locations.end(), error.where()) != locations.end()) throw;
        throw IndexError(fmt::format("{}: {}", failed, error.what()), index_name());
    } catch (const Xapian::Error& error) {
        throw IndexError(fmt::format("{}: {}", failed, error.get_description()), index_name());
    } catch (const Error& error) {
        // The kinds of ours name what they are about (a QueryError its query); a plain Error
        // comes from the analysis chain (ICU), which does not know the query.
        if (typeid(error) != typeid(Error)) throw;
        throw Error(fmt::format("{}: {}", failed, error.what()), culprit);
    } catch (const std::exception& error) {
        throw Error(fmt::format("{}: {}", failed, error.what()), culprit);  // out of memory, say
    } catch (...) {
        throw Error(fmt::format("{}: an unknown error", failed), culprit);
    }
}

Searcher::Searcher(const std::vector<std::string>& locations) : impl_(std::make_unique<Impl>()) {
    if (locations.empty()) throw IndexError("no index given to search", "");
    impl_->locations = locations;
    try {
        impl_->open();
    } catch (...) {
        impl_->rethrow_as_ours("cannot open the index", impl_->index_name());
    }
}

Searcher::Searcher(const std::string& location) : Searcher(std::vector<std::string>{location}) {}
Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

std::vector<Hit> Searcher::search(std::string_view query, const SearchOptions& options) const {
    try {
        return impl_->with_retries([&] { return impl_->run(query, options); });
    } catch (...) {
        impl_->rethrow_as_ours(fmt::format("search for \"{}\" failed", query), std::string(query));
    }
}

std::vector<Correction> Searcher::corrections(std::string_view query, const SearchOptions& options) const {
    try {
        return impl_->with_retries([&] { return impl_->find_corrections(query, options); });
    } catch (...) {
        impl_->rethrow_as_ours(fmt::format("looking up corrections for \"{}\" failed", query), std::string(query));
    }
}

template <typename Work>
auto Searcher::Impl::with_retries(Work work) -> decltype(work()) {
    std::lock_guard lock(mutex);
    // A writer committing under a search makes Xapian throw DatabaseModifiedError; reopening
    // moves to the new revision.
    for (index::ReadRetries retries;;) {
        try {
            // Each search starts from the newest committed revision, so a long-lived searcher
            // sees what the nightly job wrote without being restarted.
            refresh();
            return work();
        } catch (const Xapian::DatabaseModifiedError&) {
            if (!retries.another()) {
                throw IndexError("the index kept changing under the search; try again", index_name());
            }
        } catch (const Xapian::DatabaseCorruptError&) {
            // Glass in Xapian 1.4 may report a block that a concurrent commit reused as
            // corruption. Only when a newer revision exists is that a reason to try again;
            // otherwise the index is damaged, and the error says so.
            if (!retries.another() || !db.reopen()) throw;
        } catch (const Xapian::DatabaseOpeningError& error) {
            // The index was replaced (a rebuild switched generations): open it afresh.
            if (!retries.another()) {
                throw IndexError(fmt::format("cannot reopen the index: {}", error.get_description()),
                                 index_name());
            }
            open();
        }
    }
}

}  // namespace healthsearch
