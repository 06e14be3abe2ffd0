#include "search/passage_search.hpp"

#include "analysis/synonyms.hpp"
#include "index/schema.hpp"
#include "index/stored_passage.hpp"
#include "search/did_you_mean.hpp"
#include "search/phrase_filter.hpp"
#include "search/query_builder.hpp"
#include "search/snippet.hpp"

#include <healthsearch/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace healthsearch::search {

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

BuiltQuery analyse(const IndexReader& reader, std::string_view query, const SearchOptions& options) {
    if (options.limit > kMaxResultWindow || options.offset > kMaxResultWindow - options.limit) {
        throw QueryError(fmt::format("offset {} plus limit {} is beyond the deepest hit a search returns ({})",
                                     options.offset, options.limit, kMaxResultWindow),
                         std::string(query));
    }
    const auto language = analysis::language_from_code(options.language);
    if (!options.language.empty() && language == analysis::Language::unknown) {
        throw QueryError(fmt::format("unknown language \"{}\"; use de or en", options.language), options.language);
    }
    const Xapian::Database& db = reader.database();
    return build_query(query, reader.analyzer(), language,
                       [&](const std::string& term) { return db.get_termfreq(term); },
                       ExpansionSources::builtin(reader.analyzer(), options.expand_synonyms, options.translate));
}

// Collects the hits of one search, ranks from offset + 1.
class HitCollector {
public:
    HitCollector(const IndexReader& reader, const BuiltQuery& built, std::size_t offset, SearchResult& result)
        : reader_(reader), built_(built), offset_(offset), result_(result) {}

    void add(index::StoredPassage&& stored, double score) {
        Hit hit;
        hit.rank = offset_ + result_.hits.size() + 1;
        hit.score = score;
        hit.snippet = make_snippet(stored.text, stored.words, stored.sentences,
                                   analysis::language_from_code(stored.language), built_.highlight,
                                   reader_.analyzer());
        hit.article_id = std::move(stored.article_id);
        hit.title = std::move(stored.title);
        hit.heading_path = std::move(stored.heading_path);
        hit.language = std::move(stored.language);
        hit.source = std::move(stored.source);
        hit.passage = stored.ordinal;
        hit.text = std::move(stored.text);
        result_.hits.push_back(std::move(hit));
    }

private:
    const IndexReader& reader_;
    const BuiltQuery& built_;
    std::size_t offset_;
    SearchResult& result_;
};

void match_ranked(Xapian::Enquire& enquire, const IndexReader& reader, const BuiltQuery& built,
                  const SearchOptions& options, SearchResult& result) {
    if (options.per_article > 0) {
        enquire.set_collapse_key(index::schema::kSlotArticleId, static_cast<Xapian::doccount>(options.per_article));
    }
    const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(options.offset),
                                               static_cast<Xapian::doccount>(options.limit));
    result.estimated_matches = mset.get_matches_estimated();
    HitCollector collect(reader, built, options.offset, result);
    result.hits.reserve(mset.size());
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        collect.add(index::decode_stored_passage(it.get_document().get_data()), it.get_weight());
    }
}

// With phrases, candidates are checked here, page by page, and collapsed here too: Xapian's
// collapse could keep an article's passage that lacks the phrase and drop the one that has it.
// (A MatchDecider would do this inside the match, but remote shards do not support one.)
// Each page doubles, since every get_mset ranks all the pages before it again.
void match_phrases(Xapian::Enquire& enquire, const IndexReader& reader, const BuiltQuery& built,
                   const SearchOptions& options, SearchResult& result) {
    const PhraseFilter phrases(built.required_phrases, built.excluded_phrases);
    HitCollector collect(reader, built, options.offset, result);
    std::map<std::string, std::size_t> per_article;
    std::size_t accepted = 0, checked = 0;
    const std::size_t wanted = options.offset + options.limit;
    Xapian::doccount page = std::max<Xapian::doccount>(kFirstPhrasePage, 4 * static_cast<Xapian::doccount>(wanted));
    Xapian::doccount candidates = 0;
    bool exhausted = false;
    for (Xapian::doccount first = 0; accepted < wanted; first += page, page *= 2) {
        const Xapian::MSet mset = enquire.get_mset(first, page);
        candidates = mset.get_matches_estimated();
        for (auto it = mset.begin(); it != mset.end() && accepted < wanted; ++it, ++checked) {
            index::StoredPassage stored = index::decode_stored_passage(it.get_document().get_data());
            if (!phrases.accepts(stored, reader.analyzer())) continue;
            if (options.per_article > 0 && ++per_article[stored.article_id] > options.per_article) continue;
            if (accepted++ >= options.offset) collect.add(std::move(stored), it.get_weight());
        }
        exhausted = mset.size() < page;
        if (exhausted) break;
    }
    // The candidates not checked are taken to hold the phrase as often as those checked did.
    result.estimated_matches =
        exhausted || checked == 0
            ? accepted
            : accepted + static_cast<std::size_t>(static_cast<double>(candidates - std::min<std::size_t>(checked, candidates)) *
                                                  static_cast<double>(accepted) / static_cast<double>(checked));
}

}  // namespace

SearchResult search_passages(const IndexReader& reader, std::string_view query, const SearchOptions& options) {
    SearchResult result;
    result.offset = options.offset;
    result.searched_query = std::string(query);
    BuiltQuery built = analyse(reader, query, options);
    result.corrections = find_corrections(query, built.unknown_words, reader.database(), reader.analyzer());
    if (options.autocorrect && !result.corrections.empty()) {
        result.searched_query = apply_corrections(query, result.corrections);
        built = analyse(reader, result.searched_query, options);
    }

    Xapian::Enquire enquire(reader.database());
    enquire.set_query(built.query);
    enquire.set_weighting_scheme(passage_weighting());
    if (built.required_phrases.empty() && built.excluded_phrases.empty()) {
        match_ranked(enquire, reader, built, options, result);
    } else {
        match_phrases(enquire, reader, built, options, result);
    }
    return result;
}

}  // namespace healthsearch::search
