#pragma once

#include "extract/input_limits.hpp"

#include <gumbo.h>

#include <memory>
#include <string>
#include <string_view>

namespace healthsearch::extract {

// A Gumbo parse with bounded memory and CPU time (by default limits::kMaxHtmlParserBytes and
// limits::kMaxHtmlParseSeconds), recording no parse errors (Gumbo copies the stack of open
// elements into each one). It owns every block Gumbo allocated and frees them in one sweep, so
// a tree of any depth is released without recursion.
class BoundedGumboParse {
public:
    struct Bounds {
        std::size_t memory_bytes = limits::kMaxHtmlParserBytes;
        double cpu_seconds = limits::kMaxHtmlParseSeconds;
        // Parses the text as the content of this element; GUMBO_TAG_LAST parses a whole page.
        GumboTag fragment_context = GUMBO_TAG_LAST;
    };

    // Throws InputError naming `source` when the parse would go past a bound.
    BoundedGumboParse(std::string_view html, const std::string& source, const Bounds& bounds);
    BoundedGumboParse(std::string_view html, const std::string& source)
        : BoundedGumboParse(html, source, Bounds{}) {}
    ~BoundedGumboParse();
    BoundedGumboParse(const BoundedGumboParse&) = delete;
    BoundedGumboParse& operator=(const BoundedGumboParse&) = delete;

    const GumboNode& root() const { return *output_->root; }

private:
    class Memory;
    std::unique_ptr<Memory> memory_;
    GumboOutput* output_ = nullptr;
};

}  // namespace healthsearch::extract
