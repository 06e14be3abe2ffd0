#pragma once

#include <string_view>
#include <vector>

namespace healthsearch::lexicon {

// Function words that carry no topic: dropped from queries and used to tell German from English.
// Listed in their natural spelling, in lower case; the analyzer folds them before use, and the
// extractors' block classifier counts them to tell prose from page furniture.
const std::vector<std::string_view>& german_stopwords();
const std::vector<std::string_view>& english_stopwords();

}  // namespace healthsearch::lexicon
