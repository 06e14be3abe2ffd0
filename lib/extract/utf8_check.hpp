#pragma once

#include <string_view>

namespace healthsearch::extract {

// Throws InputError naming `source` when `bytes` contain a NUL byte (binary data) or are not
// valid UTF-8; the message gives the byte offset so the file can be fixed.
void require_text(std::string_view bytes, std::string_view source);

}  // namespace healthsearch::extract
