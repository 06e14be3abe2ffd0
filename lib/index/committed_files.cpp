#include "index/committed_files.hpp"

#include <fstream>
#include <iterator>

namespace healthsearch::index {

namespace fs = std::filesystem;

namespace {

// Glass's version file: it names the committed revision and is replaced by every commit.
constexpr const char* kVersionFile = "iamglass";

}  // namespace

std::string CommittedFiles::version_file() const {
    std::ifstream in(dir_ / kVersionFile, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

CommittedFiles::CommittedFiles(fs::path dir) : dir_(std::move(dir)) { record(); }

void CommittedFiles::record() {
    version_ = version_file();
    lengths_.clear();
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir_, ec)) {
        if (entry.is_regular_file(ec)) lengths_[entry.path().filename().string()] = entry.file_size(ec);
    }
}

void CommittedFiles::restore() const {
    if (version_.empty() || version_file() != version_) return;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir_, ec)) {
        if (!entry.is_regular_file(ec)) continue;
        const auto committed = lengths_.find(entry.path().filename().string());
        if (committed == lengths_.end()) {
            fs::remove(entry.path(), ec);  // made by the failed run (Xapian's temporary version file)
        } else if (entry.file_size(ec) > committed->second) {
            fs::resize_file(entry.path(), committed->second, ec);
        }
    }
}

}  // namespace healthsearch::index
