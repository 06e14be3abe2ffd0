#pragma once

#include "analysis/analyzer.hpp"
#include "passage/segmenter.hpp"

#include <healthsearch/article.hpp>

#include <xapian.h>

namespace healthsearch::index {

// One Xapian document for one passage: terms from our analyzer, the article id in the
// collapse slot, and the passage text with its metadata stored for display.
Xapian::Document passage_document(const Article& article, const passage::Passage& passage,
                                  const analysis::Analyzer& analyzer);

}  // namespace healthsearch::index
