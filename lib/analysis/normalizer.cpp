#include "analysis/normalizer.hpp"

#include <healthsearch/error.hpp>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace healthsearch::analysis {

namespace {

// Applied after NFKC_Casefold, so only lower-case umlauts need rules.
constexpr char16_t kFoldingRules[] =
    u"\u00E4 > ae; \u00F6 > oe; \u00FC > ue; ::NFD; ::[:Nonspacing Mark:] Remove; ::NFC;";

bool is_ascii(std::string_view word) {
    return std::all_of(word.begin(), word.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

struct Normalizer::Impl {
    const icu::Normalizer2* nfkc_casefold = nullptr;
    std::unique_ptr<icu::Transliterator> german_folding;
};

Normalizer::Normalizer() : impl_(std::make_unique<Impl>()) {
    UErrorCode status = U_ZERO_ERROR;
    impl_->nfkc_casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) {
        throw Error(std::string("ICU NFKC_Casefold normaliser unavailable: ") + u_errorName(status),
                    "ICU");
    }
    UParseError parse_error{};
    impl_->german_folding.reset(icu::Transliterator::createFromRules(
        "healthsearch-fold", icu::UnicodeString(kFoldingRules), UTRANS_FORWARD, parse_error,
        status));
    if (U_FAILURE(status)) {
        throw Error(std::string("ICU folding rules rejected: ") + u_errorName(status), "ICU");
    }
}

Normalizer::~Normalizer() = default;

std::string Normalizer::fold(std::string_view word) const {
    // Most tokens of both languages are ASCII: lower-casing is all folding does to them.
    if (is_ascii(word)) {
        std::string out(word);
        std::transform(out.begin(), out.end(), out.begin(), [](char c) {
            return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        });
        return out;
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    icu::UnicodeString folded = impl_->nfkc_casefold->normalize(text, status);
    if (U_FAILURE(status)) return std::string(word);
    impl_->german_folding->transliterate(folded);
    std::string out;
    folded.toUTF8String(out);
    return out;
}

}  // namespace healthsearch::analysis
