// libFuzzer harness: the PDF reader (poppler and the PDF text rules), as the corpus walk calls
// it for a ".pdf" file.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return fuzz_support::fuzz_extractor(data, size, ".pdf");
}
