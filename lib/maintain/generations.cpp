#include "maintain/generations.hpp"

#include "index/crash_point.hpp"
#include "index/database.hpp"

#include <healthsearch/error.hpp>

#include <fmt/format.h>

#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <set>

namespace healthsearch::maintain {

namespace fs = std::filesystem;

namespace {

constexpr const char* kStub = "XAPIANDB";  // as index::stub_target reads it
constexpr const char* kPrevious = "PREVIOUS";
constexpr std::string_view kGenerationPrefix = "gen-";

std::optional<std::string> read_name(const fs::path& file, std::string_view prefix) {
    std::ifstream in(file);
    std::string line;
    if (!in || !std::getline(in, line) || !line.starts_with(prefix)) return std::nullopt;
    std::string name = line.substr(prefix.size());
    if (name.empty()) return std::nullopt;
    return name;
}

void fsync_path(const fs::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Writes `text` to `target` through a temporary file and rename, durably.
void replace_file(const fs::path& target, const std::string& text) {
    const fs::path temporary = target.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << text;
        out.flush();
        if (!out) throw IndexError(fmt::format("cannot write {}", temporary.string()), target.string());
    }
    fsync_path(temporary, O_RDONLY);
    index::crash_point("switch-written");
    fs::rename(temporary, target);
    fsync_path(target.parent_path(), O_RDONLY | O_DIRECTORY);
}

}  // namespace

Generations::Generations(fs::path dir) : dir_(std::move(dir)) {}

bool Generations::is_plain_database() const { return fs::exists(dir_ / "iamglass"); }

std::optional<std::string> Generations::current() const { return index::stub_target(dir_); }

std::optional<std::string> Generations::previous() const { return read_name(dir_ / kPrevious, ""); }

std::string Generations::next_name() const {
    long highest = 0;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir_, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(kGenerationPrefix)) {
            highest = std::max(highest, std::strtol(name.c_str() + kGenerationPrefix.size(), nullptr, 10));
        }
    }
    return fmt::format("{}{:06d}", kGenerationPrefix, highest + 1);
}

void Generations::switch_to(const std::string& generation) {
    const std::optional<std::string> old = current();
    if (old && *old != generation) replace_file(dir_ / kPrevious, *old + "\n");
    replace_file(dir_ / kStub, "auto " + generation + "\n");
    index::crash_point("switched");
    remove_unreferenced();
}

void Generations::remove_unreferenced() const {
    std::set<std::string> keep;
    if (auto live = current()) keep.insert(*live);
    if (auto before = previous()) keep.insert(*before);
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir_, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(kGenerationPrefix) && !keep.contains(name)) {
            index::crash_point("remove-generation");
            fs::remove_all(entry.path(), ec);
        }
    }
}

}  // namespace healthsearch::maintain
