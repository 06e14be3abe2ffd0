#pragma once

#include <string>
#include <string_view>

namespace healthsearch::source {

// A short stable hash of source bytes (XXH3, hex), stored per article for change detection.
std::string content_hash(std::string_view bytes);

}  // namespace healthsearch::source
