#pragma once

#include "analysis/analyzer.hpp"

#include <healthsearch/article.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace healthsearch::passage {

struct Passage {
    std::size_t ordinal = 0;  // position within the article, from 0
    std::vector<std::string> heading_path;
    std::string text;  // exact original text; paragraphs joined by a blank line
    analysis::Language language = analysis::Language::unknown;
    std::vector<analysis::AnalyzedWord> words;  // analysed once here, reused by the indexer
};

struct SegmenterOptions {
    std::size_t min_words = 40;     // shorter passages are merged with a neighbour when possible
    std::size_t target_words = 110; // passages grow up to this size
    std::size_t max_words = 150;    // longer paragraphs are cut, at sentence boundaries only
};

// Splits an article along sections and paragraphs into passages, never across a heading and
// never inside a sentence, and gives each passage its detected language (the article's
// language where the passage is too short to tell).
std::vector<Passage> segment_article(const Article& article, const analysis::Analyzer& analyzer,
                                     const SegmenterOptions& options = {});

}  // namespace healthsearch::passage
