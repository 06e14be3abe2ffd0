// libFuzzer harness: the JSON Lines reader. The input is the file's content; every record that
// becomes an article must satisfy the extractors' properties, every bad line must be reported
// with its line number, and nothing may escape as an exception.
#include "fuzz_support.hpp"
#include "source/jsonl_reader.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <string>

namespace {

// The reader takes a path: an in-memory file spares the disk a write per input.
struct InputFile {
    int fd = memfd_create("fuzz-jsonl", 0);
    std::string path = "/proc/self/fd/" + std::to_string(fd);

    void write(const std::uint8_t* data, std::size_t size) const {
        fuzz_support::require(fd >= 0 && ftruncate(fd, 0) == 0, "the in-memory input file works");
        for (std::size_t written = 0; written < size;) {
            const ssize_t n = pwrite(fd, data + written, size - written, static_cast<off_t>(written));
            fuzz_support::require(n > 0, "the input is written");
            written += static_cast<std::size_t>(n);
        }
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const InputFile input;
    input.write(data, size);
    healthsearch::CorpusCallbacks callbacks;
    callbacks.on_article = [](healthsearch::Article&& article) {
        fuzz_support::check_article(article, fuzz_support::Nul::allowed);
        fuzz_support::require(!article.id.empty(), "a record's article has its _id");
    };
    callbacks.on_error = [](const healthsearch::InputError& error) {
        fuzz_support::require(error.line() > 0, "a bad record names its line");
    };
    healthsearch::source::read_jsonl(input.path, callbacks);
    return 0;
}
