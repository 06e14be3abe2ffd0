#pragma once

#include <string_view>
#include <vector>

namespace healthsearch::analysis {

// Function words that carry no topic: dropped from queries and used to tell German from English.
// Listed in their natural spelling; the analyzer folds them before use.
const std::vector<std::string_view>& german_stopwords();
const std::vector<std::string_view>& english_stopwords();

}  // namespace healthsearch::analysis
