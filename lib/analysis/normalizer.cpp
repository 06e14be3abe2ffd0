#include "analysis/normalizer.hpp"

#include <healthsearch/error.hpp>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <unordered_map>

namespace healthsearch::analysis {

namespace {

bool is_ascii(std::string_view word) {
    return std::all_of(word.begin(), word.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

struct Normalizer::Impl {
    const icu::Normalizer2* nfkc_casefold = nullptr;
    const icu::Normalizer2* nfd = nullptr;
    const icu::Normalizer2* nfc = nullptr;
    // Words repeat (Zipf): most folds are a lookup. Cleared when full to bound memory.
    std::unordered_map<std::string, std::string> cache;

    std::string fold_unicode(std::string_view word) const;
};

namespace {

const icu::Normalizer2* require(const icu::Normalizer2* normalizer, UErrorCode status, const char* name) {
    if (U_FAILURE(status) || normalizer == nullptr) {
        throw Error(std::string("ICU normaliser unavailable: ") + name + ": " + u_errorName(status), "ICU");
    }
    return normalizer;
}

constexpr std::size_t kFoldCacheEntries = 1 << 18;

}  // namespace

Normalizer::Normalizer() : impl_(std::make_unique<Impl>()) {
    UErrorCode status = U_ZERO_ERROR;
    impl_->nfkc_casefold = require(icu::Normalizer2::getNFKCCasefoldInstance(status), status, "NFKC_Casefold");
    impl_->nfd = require(icu::Normalizer2::getNFDInstance(status), status, "NFD");
    impl_->nfc = require(icu::Normalizer2::getNFCInstance(status), status, "NFC");
}

Normalizer::~Normalizer() = default;

// NFKC + case folding (ß becomes ss there), then ä ö ü become ae oe ue, then any other
// combining mark is removed (é -> e) by decomposing, dropping marks and recomposing.
std::string Normalizer::Impl::fold_unicode(std::string_view word) const {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    const icu::UnicodeString folded = nfkc_casefold->normalize(text, status);
    if (U_FAILURE(status)) return std::string(word);
    icu::UnicodeString german;
    for (int32_t i = 0; i < folded.length(); ++i) {
        const char16_t c = folded.charAt(i);
        switch (c) {
            case u'\u00E4': german.append(u"ae"); break;
            case u'\u00F6': german.append(u"oe"); break;
            case u'\u00FC': german.append(u"ue"); break;
            default: german.append(c);
        }
    }
    const icu::UnicodeString decomposed = nfd->normalize(german, status);
    icu::UnicodeString bare;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
        i += U16_LENGTH(c);
    }
    const icu::UnicodeString composed = nfc->normalize(bare, status);
    std::string out;
    (U_SUCCESS(status) ? composed : german).toUTF8String(out);
    return out;
}

std::string Normalizer::fold(std::string_view word) const {
    // Most tokens of both languages are ASCII: lower-casing is all folding does to them.
    if (is_ascii(word)) {
        std::string out(word);
        std::transform(out.begin(), out.end(), out.begin(), [](char c) {
            return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        });
        return out;
    }
    std::string key(word);
    if (const auto it = impl_->cache.find(key); it != impl_->cache.end()) return it->second;
    if (impl_->cache.size() >= kFoldCacheEntries) impl_->cache.clear();
    std::string folded = impl_->fold_unicode(word);
    impl_->cache.emplace(std::move(key), folded);
    return folded;
}

}  // namespace healthsearch::analysis
