// libFuzzer harness: the HTML extractor, as the corpus walk calls it for a ".html" file.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return fuzz_support::fuzz_extractor(data, size, ".html");
}
