#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace healthsearch::source {

// A short stable hash of source bytes (XXH3, hex), stored per article for change detection.
std::string content_hash(std::string_view bytes);

// A stable 64-bit hash (XXH3) of a short text: the same on every machine and in every run.
std::uint64_t stable_hash(std::string_view text);

}  // namespace healthsearch::source
