#include "maintain/writer_lock.hpp"

#include <healthsearch/error.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace healthsearch::maintain {

WriterLock::WriterLock(const std::filesystem::path& dir, double wait_seconds) {
    const std::string path = (dir / ".lock").string();
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) {
        throw IndexError(fmt::format("cannot create the lock file {}: {}", path, std::strerror(errno)),
                         dir.string());
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(wait_seconds);
    while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK || std::chrono::steady_clock::now() >= deadline) {
            ::close(fd_);
            fd_ = -1;
            throw IndexLockedError(
                fmt::format("another healthsearch process is writing the index at {} (waited {:.0f} s); "
                            "try again later or raise --wait",
                            dir.string(), wait_seconds),
                dir.string());
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

WriterLock::~WriterLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

}  // namespace healthsearch::maintain
