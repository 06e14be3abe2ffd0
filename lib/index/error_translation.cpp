#include "index/error_translation.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <new>
#include <system_error>

#include <sys/statvfs.h>

namespace healthsearch::index {

namespace fs = std::filesystem;

namespace {

// " (12.3 MB free at DIR)" for `where` or its nearest existing parent: what a full disk needs.
std::string free_space_note(const std::string& where) {
    fs::path dir(where);
    std::error_code ec;
    while (!dir.empty() && !fs::is_directory(dir, ec)) dir = dir.parent_path();
    if (dir.empty()) dir = ".";
    struct statvfs info {};
    if (::statvfs(dir.c_str(), &info) != 0) return {};
    const double free_mb = static_cast<double>(info.f_bavail) * static_cast<double>(info.f_frsize) / 1e6;
    return fmt::format(" ({:.1f} MB free at {})", free_mb, dir.string());
}

IndexError failure(std::string_view what, const std::string& where, std::string_view reason, bool disk_full) {
    if (disk_full) return IndexError(fmt::format("disk full while {}{}: {}", what, free_space_note(where), reason), where);
    return IndexError(fmt::format("{} failed: {}", what, reason), where);
}

bool is_disk_full(const std::error_code& code) { return code == std::errc::no_space_on_device; }

}  // namespace

IndexError index_error(std::string_view what, const std::string& where, const Xapian::Error& error) {
    // Xapian reports the errno only as text, inside the description of the failed write.
    const std::string description = error.get_description();
    return failure(what, where, description, description.find(std::strerror(ENOSPC)) != std::string::npos);
}

void rethrow_as_index_error(std::string_view what, const std::string& where) {
    try {
        throw;
    } catch (const Error&) {
        throw;
    } catch (const Xapian::DatabaseLockError& error) {
        throw IndexLockedError(fmt::format("{} failed: another process is writing the index ({})", what,
                                           error.get_description()),
                               where);
    } catch (const Xapian::Error& error) {
        throw index_error(what, where, error);
    } catch (const fs::filesystem_error& error) {
        throw failure(what, error.path1().empty() ? where : error.path1().string(), error.what(),
                      is_disk_full(error.code()));
    } catch (const std::system_error& error) {
        throw failure(what, where, error.what(), is_disk_full(error.code()));
    } catch (const std::bad_alloc&) {
        throw failure(what, where, "out of memory", false);
    } catch (const nlohmann::json::exception& error) {
        throw failure(what, where, fmt::format("bad JSON: {}", error.what()), false);
    } catch (const std::exception& error) {
        throw failure(what, where, error.what(), false);
    } catch (...) {
        throw failure(what, where, "an unknown error", false);
    }
}

}  // namespace healthsearch::index
