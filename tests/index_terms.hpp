#pragma once
// Test helpers: the terms a passage is indexed under and a query searches for, without an index.

#include "analysis/analyzer.hpp"
#include "index/passage_document.hpp"
#include "passage/segmenter.hpp"
#include "search/query_plan.hpp"

#include <healthsearch/article.hpp>

#include <doctest/doctest.h>

#include <xapian.h>

#include <set>
#include <string>

namespace test_support {

inline std::set<std::string> document_terms(const Xapian::Document& doc) {
    std::set<std::string> terms;
    for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) terms.insert(*it);
    return terms;
}

inline std::set<std::string> query_terms(const Xapian::Query& query) {
    return {query.get_unique_terms_begin(), query.get_unique_terms_end()};
}

// The terms indexed for a one-passage article, as the index writer would store them.
inline std::set<std::string> indexed_terms(const healthsearch::analysis::Analyzer& analyzer,
                                           const healthsearch::Article& article) {
    using namespace healthsearch;
    const auto passages = passage::segment_article(article, analyzer);
    REQUIRE(passages.size() == 1);
    return document_terms(
        index::passage_document(article, passages[0], index::ArticleFields(article, analyzer), analyzer));
}

// What the index tells a query about which spellings exist: each term of `terms` is in one passage.
inline healthsearch::search::TermFrequency frequency_in(const std::set<std::string>& terms) {
    return [&terms](const std::string& term) -> Xapian::doccount { return terms.contains(term) ? 1 : 0; };
}

}  // namespace test_support
