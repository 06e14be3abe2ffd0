#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace healthsearch::extract {

// Throws InputError naming `source` when `bytes` contain a NUL byte (binary data) or are not
// valid UTF-8; the message gives the byte offset so the file can be fixed.
void require_text(std::string_view bytes, std::string_view source);

// The offset of the first byte of `bytes` that is not part of valid UTF-8; none when all are.
std::optional<std::size_t> first_invalid_utf8(std::string_view bytes);

}  // namespace healthsearch::extract
