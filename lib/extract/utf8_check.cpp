#include "extract/utf8_check.hpp"

#include <healthsearch/error.hpp>

#include <unicode/utf8.h>

#include <fmt/format.h>

#include <cstring>

namespace healthsearch::extract {

void require_text(std::string_view bytes, std::string_view source) {
    if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size())) {
        const auto offset = static_cast<const char*>(nul) - bytes.data();
        throw InputError(fmt::format("contains a NUL byte at offset {}: looks like a binary file, "
                                     "not text",
                                     offset),
                         std::string(source));
    }
    if (const auto bad = first_invalid_utf8(bytes)) {
        throw InputError(fmt::format("is not valid UTF-8 (bad byte 0x{:02X} at offset {}); "
                                     "convert it to UTF-8, e.g. with iconv",
                                     static_cast<unsigned char>(bytes[*bad]), *bad),
                         std::string(source));
    }
}

std::optional<std::size_t> first_invalid_utf8(std::string_view bytes) {
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int64_t>(bytes.size());
    int64_t i = 0;
    while (i < length) {
        const int64_t start = i;
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        if (c < 0) return static_cast<std::size_t>(start);
    }
    return std::nullopt;
}

}  // namespace healthsearch::extract
