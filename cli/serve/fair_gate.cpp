#include "fair_gate.hpp"

namespace healthsearch::cli::serve {

void FairGate::enter() {
    std::unique_lock lock(mutex_);
    if (free_places_ > 0 && waiting_.empty()) {
        --free_places_;
        return;
    }
    Waiter self;
    waiting_.push_back(&self);
    self.wake.wait(lock, [&] { return self.handed_a_place; });
}

// Notified under the lock: the waiter cannot return, and its Waiter end, before this is done.
void FairGate::leave() {
    const std::lock_guard lock(mutex_);
    if (waiting_.empty()) {
        ++free_places_;
        return;
    }
    Waiter* next = waiting_.front();
    waiting_.pop_front();
    next->handed_a_place = true;
    next->wake.notify_one();
}

std::size_t FairGate::waiting() {
    const std::lock_guard lock(mutex_);
    return waiting_.size();
}

}  // namespace healthsearch::cli::serve
