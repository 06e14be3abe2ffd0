#include "search/index_reader.hpp"

#include "index/database.hpp"

#include <filesystem>

#include <sys/stat.h>

namespace healthsearch::search {

std::string generation_identity(const std::string& location) {
    struct stat info {};
    const std::string stub = (std::filesystem::path(location) / "XAPIANDB").string();
    if (::stat(stub.c_str(), &info) != 0) return {};
    return std::to_string(info.st_ino) + ":" + std::to_string(info.st_mtim.tv_sec) + "." +
           std::to_string(info.st_mtim.tv_nsec);
}

IndexReader::IndexReader(const std::vector<std::string>& locations) : locations_(locations) { open(); }

std::vector<std::string> IndexReader::current_generations() const {
    std::vector<std::string> ids;
    for (const std::string& location : locations_) ids.push_back(generation_identity(location));
    return ids;
}

void IndexReader::open() {
    generations_ = current_generations();
    Xapian::Database combined;
    for (const std::string& location : locations_) combined.add_database(index::open_for_reading(location));
    database_ = combined;
}

void IndexReader::refresh() {
    if (current_generations() != generations_) {
        open();
    } else {
        database_.reopen();
    }
}

}  // namespace healthsearch::search
