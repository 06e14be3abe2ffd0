#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>

namespace healthsearch::maintain {

// A bounded queue of work handed from the analysing thread to the writing thread. Bounded so
// that a fast reader cannot pile up a corpus' worth of prepared documents in memory.
class TaskQueue {
public:
    using Task = std::function<void()>;

    explicit TaskQueue(std::size_t capacity) : capacity_(capacity) {}

    void push(Task task) {
        std::unique_lock lock(mutex_);
        not_full_.wait(lock, [&] { return tasks_.size() < capacity_ || cancelled_; });
        if (cancelled_) return;
        tasks_.push_back(std::move(task));
        not_empty_.notify_one();
    }

    // No more tasks will come.
    void close() {
        std::lock_guard lock(mutex_);
        closed_ = true;
        not_empty_.notify_all();
    }

    // The consumer gave up (an exception): producers stop waiting and their pushes are dropped.
    void cancel() {
        std::lock_guard lock(mutex_);
        cancelled_ = true;
        tasks_.clear();
        not_full_.notify_all();
    }

    // The next task, or nothing once the queue is closed and drained.
    std::optional<Task> pop() {
        std::unique_lock lock(mutex_);
        not_empty_.wait(lock, [&] { return !tasks_.empty() || closed_; });
        if (tasks_.empty()) return std::nullopt;
        Task task = std::move(tasks_.front());
        tasks_.pop_front();
        not_full_.notify_one();
        return task;
    }

private:
    const std::size_t capacity_;
    std::mutex mutex_;
    std::condition_variable not_empty_;
    std::condition_variable not_full_;
    std::deque<Task> tasks_;
    bool closed_ = false;
    bool cancelled_ = false;
};

}  // namespace healthsearch::maintain
