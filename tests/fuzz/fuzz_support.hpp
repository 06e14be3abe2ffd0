#pragma once
// Shared by the fuzz harnesses: what every extracted article must satisfy, whatever the input.

#include "extract/utf8_check.hpp"

#include <healthsearch/article.hpp>
#include <healthsearch/error.hpp>
#include <healthsearch/source.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace fuzz_support {

// A broken property is a finding: abort, so libFuzzer (or the replay driver) stops on it.
inline void require(bool property, const char* what) {
    if (property) return;
    std::fprintf(stderr, "fuzz property broken: %s\n", what);
    std::abort();
}

// Everything an extractor hands the analysis chain must be valid UTF-8: ICU and the index take
// it as such. A NUL byte cannot come from a file (it is refused as binary) but may come from a
// JSON "\u0000" escape, which is valid JSON and harmless to the index.
enum class Nul { refused, allowed };

inline void require_text_out(std::string_view text, const char* what, Nul nul = Nul::refused) {
    std::string checked(text);
    if (nul == Nul::allowed) std::erase(checked, '\0');
    try {
        healthsearch::extract::require_text(checked, what);
    } catch (const healthsearch::InputError&) {
        require(false, what);
    }
}

inline void check_article(const healthsearch::Article& article, Nul nul = Nul::refused) {
    require_text_out(article.title, "title is valid UTF-8", nul);
    for (const healthsearch::Section& section : article.sections) {
        for (const std::string& heading : section.heading_path) require_text_out(heading, "heading is valid UTF-8", nul);
        for (const std::string& paragraph : section.paragraphs) {
            require_text_out(paragraph, "paragraph is valid UTF-8", nul);
            require(!paragraph.empty(), "no empty paragraph");
        }
    }
}

// Feeds the bytes to the extractor of `extension` as the corpus walk would. Bad input may be
// refused with InputError (the documented way); any other exception or crash is a finding.
inline int fuzz_extractor(const std::uint8_t* data, std::size_t size, const std::string& extension) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        check_article(healthsearch::extract_article(bytes, extension, "fuzz" + extension, "fuzz" + extension));
    } catch (const healthsearch::InputError&) {
    }
    return 0;
}

}  // namespace fuzz_support
