#pragma once

#include "analysis/analyzer.hpp"
#include "passage/segmenter.hpp"

#include <healthsearch/article.hpp>

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

namespace healthsearch::index {

// The words of an article's title and headings, analysed once for all its passages.
struct ArticleFields {
    std::vector<analysis::AnalyzedWord> title;
    std::map<std::string, std::vector<analysis::AnalyzedWord>> headings;
    std::vector<analysis::AnalyzedWord> questions;  // of all Article::questions together

    ArticleFields(const Article& article, const analysis::Analyzer& analyzer);
};

// One Xapian document for one passage: terms from our analyzer, the article id in the
// collapse slot, and the passage text with its metadata stored for display.
Xapian::Document passage_document(const Article& article, const passage::Passage& passage,
                                  const ArticleFields& fields, const analysis::Analyzer& analyzer);

}  // namespace healthsearch::index
