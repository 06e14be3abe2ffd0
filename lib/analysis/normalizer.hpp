#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace healthsearch::analysis {

// Maps a word to the form the index stores: NFKC + Unicode case folding, then German spelling
// folding (ä→ae, ö→oe, ü→ue; ß already became ss in case folding) and removal of any other
// diacritic, so `Übelkeit` and `Uebelkeit` fold alike and `café` meets `cafe`.
class Normalizer {
public:
    Normalizer();
    ~Normalizer();
    Normalizer(const Normalizer&) = delete;
    Normalizer& operator=(const Normalizer&) = delete;

    std::string fold(std::string_view word) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace healthsearch::analysis
