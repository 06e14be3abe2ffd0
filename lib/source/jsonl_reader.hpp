#pragma once

#include <healthsearch/source.hpp>

#include <filesystem>

namespace healthsearch::source {

// BEIR-style JSON Lines: one {"_id", "title", "text"} object per line. A bad line is reported
// with its line number and the rest of the file is still read.
void read_jsonl(const std::filesystem::path& file, const CorpusCallbacks& callbacks);

}  // namespace healthsearch::source
