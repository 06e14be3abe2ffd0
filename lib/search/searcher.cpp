#include "analysis/text_breaker.hpp"
#include "index/database.hpp"
#include "search/index_reader.hpp"
#include "search/passage_search.hpp"

#include <healthsearch/error.hpp>
#include <healthsearch/search.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <typeinfo>

namespace healthsearch {

struct Searcher::Impl {
    std::vector<std::string> locations;
    // Readers not in use. A search takes one (or opens one when all are busy) and gives it
    // back, so concurrent searches never share a Xapian database or an analyzer, and there are
    // never more readers than searches ever ran at once.
    std::mutex idle_mutex;
    std::vector<std::unique_ptr<search::IndexReader>> idle;

    std::unique_ptr<search::IndexReader> take_reader() {
        {
            std::lock_guard lock(idle_mutex);
            if (!idle.empty()) {
                std::unique_ptr<search::IndexReader> reader = std::move(idle.back());
                idle.pop_back();
                return reader;
            }
        }
        return std::make_unique<search::IndexReader>(locations);
    }

    void give_back(std::unique_ptr<search::IndexReader> reader) {
        std::lock_guard lock(idle_mutex);
        idle.push_back(std::move(reader));
    }

    template <typename Work>
    auto with_retries(Work work) -> decltype(work(std::declval<search::IndexReader&>()));

    // The index as errors name it: its location, or all shards' locations.
    std::string index_name() const {
        std::string name;
        for (const std::string& location : locations) name += (name.empty() ? "" : ", ") + location;
        return name;
    }

    // Inside a catch block: rethrows the error being handled as one of ours, its message led by
    // `failed`, naming the index (its errors) or else `culprit` (the query) as where it failed.
    [[noreturn]] void rethrow_as_ours(const std::string& failed, const std::string& culprit) const;
};

std::string apply_corrections(std::string_view query, const std::vector<Correction>& corrections) {
    // Whole words only, as the corrections were found: Krebs -> Krebse leaves Krebsvorsorge be.
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
        impl_->give_back(std::make_unique<search::IndexReader>(locations));
    } catch (...) {
        impl_->rethrow_as_ours("cannot open the index", impl_->index_name());
    }
}

Searcher::Searcher(const std::string& location) : Searcher(std::vector<std::string>{location}) {}
Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

SearchResult Searcher::search(std::string_view query, const SearchOptions& options) const {
    try {
        return impl_->with_retries(
            [&](search::IndexReader& reader) { return search::search_passages(reader, query, options); });
    } catch (...) {
        impl_->rethrow_as_ours(fmt::format("search for \"{}\" failed", query), std::string(query));
    }
}

template <typename Work>
auto Searcher::Impl::with_retries(Work work) -> decltype(work(std::declval<search::IndexReader&>())) {
    // A reader that failed with an error of the index is dropped, not given back: it may be
    // half reopened.
    std::unique_ptr<search::IndexReader> reader = take_reader();
    // A writer committing under a search makes Xapian throw DatabaseModifiedError; reopening
    // moves to the new revision.
    for (index::ReadRetries retries;;) {
        try {
            // Each search starts from the newest committed revision, so a long-lived searcher
            // sees what the nightly job wrote without being restarted.
            reader->refresh();
            auto result = work(*reader);
            give_back(std::move(reader));
            return result;
        } catch (const Xapian::DatabaseModifiedError&) {
            if (!retries.another()) {
                throw IndexError("the index kept changing under the search; try again", index_name());
            }
        } catch (const Xapian::DatabaseCorruptError&) {
            // Glass in Xapian 1.4 may report a block that a concurrent commit reused as
            // corruption. Only when a newer revision exists is that a reason to try again;
            // otherwise the index is damaged, and the error says so.
            if (!retries.another() || !reader->reopen()) throw;
        } catch (const Xapian::DatabaseOpeningError& error) {
            // The index was replaced (a rebuild switched generations): open it afresh.
            if (!retries.another()) {
                throw IndexError(fmt::format("cannot reopen the index: {}", error.get_description()),
                                 index_name());
            }
            reader->open();
        } catch (const QueryError&) {
            give_back(std::move(reader));  // the query was at fault, not the reader
            throw;
        }
    }
}

}  // namespace healthsearch
