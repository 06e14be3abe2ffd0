#pragma once

#include <filesystem>

namespace healthsearch::maintain {

// One writer per index folder: an exclusive flock on DIR/.lock. The kernel drops it when the
// holder exits or is killed, so a crashed run never blocks the next one.
class WriterLock {
public:
    // Waits up to `wait_seconds` for another holder, then throws IndexLockedError.
    WriterLock(const std::filesystem::path& dir, double wait_seconds);
    ~WriterLock();
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;

private:
    int fd_ = -1;
};

}  // namespace healthsearch::maintain
