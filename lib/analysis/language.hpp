#pragma once

#include <string>
#include <string_view>

namespace healthsearch::analysis {

enum class Language { unknown, german, english };

// "de", "en" or "" for unknown.
std::string_view language_code(Language language);
// Accepts "de"/"en" (and "german"/"english"); anything else is unknown.
Language language_from_code(std::string_view code);

}  // namespace healthsearch::analysis
