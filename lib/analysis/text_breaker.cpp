#include "analysis/text_breaker.hpp"

#include <healthsearch/error.hpp>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace healthsearch::analysis {

namespace {

struct UTextCloser {
    void operator()(UText* text) const { utext_close(text); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

UTextPtr open_utf8(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    UTextPtr ut(utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
    if (U_FAILURE(status)) throw Error("ICU could not open text", "ICU");
    return ut;
}

std::unique_ptr<icu::BreakIterator> make_iterator(bool sentences) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        sentences ? icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status)
                  : icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) {
        throw Error(std::string("ICU break iterator unavailable: ") + u_errorName(status), "ICU");
    }
    return it;
}

}  // namespace

struct TextBreaker::Impl {
    std::unique_ptr<icu::BreakIterator> word = make_iterator(false);
    std::unique_ptr<icu::BreakIterator> sentence = make_iterator(true);
};

TextBreaker::TextBreaker() : impl_(std::make_unique<Impl>()) {}
TextBreaker::~TextBreaker() = default;

std::vector<ByteRange> TextBreaker::words(std::string_view text) const {
    std::vector<ByteRange> out;
    if (text.empty()) return out;
    UTextPtr ut = open_utf8(text);
    UErrorCode status = U_ZERO_ERROR;
    icu::BreakIterator& it = *impl_->word;
    it.setText(ut.get(), status);
    if (U_FAILURE(status)) throw Error("ICU word break failed", "ICU");
    // With UTF-8 UText, break positions are native indexes, i.e. byte offsets.
    int32_t begin = it.first();
    for (int32_t end = it.next(); end != icu::BreakIterator::DONE; begin = end, end = it.next()) {
        if (it.getRuleStatus() >= UBRK_WORD_NONE_LIMIT) {
            out.push_back({static_cast<std::size_t>(begin), static_cast<std::size_t>(end)});
        }
    }
    return out;
}

std::vector<ByteRange> TextBreaker::sentences(std::string_view text) const {
    std::vector<ByteRange> out;
    if (text.empty()) return out;
    UTextPtr ut = open_utf8(text);
    UErrorCode status = U_ZERO_ERROR;
    icu::BreakIterator& it = *impl_->sentence;
    it.setText(ut.get(), status);
    if (U_FAILURE(status)) throw Error("ICU sentence break failed", "ICU");
    int32_t begin = it.first();
    for (int32_t end = it.next(); end != icu::BreakIterator::DONE; begin = end, end = it.next()) {
        out.push_back({static_cast<std::size_t>(begin), static_cast<std::size_t>(end)});
    }
    return out;
}

}  // namespace healthsearch::analysis
