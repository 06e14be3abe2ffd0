#pragma once
// A first-come-first-served limit on how many threads do something at once.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>

namespace healthsearch::cli::serve {

// At most `places` holders at once, admitted in the order they asked: a leaving holder hands its
// place to the first waiter and wakes only that one. Safe from many threads.
class FairGate {
public:
    explicit FairGate(std::size_t places) : free_places_(places) {}
    void enter();
    void leave();
    std::size_t waiting();  // for tests: how many wait for a place now

    // Holds a place for a scope, also when what it guards throws.
    class Place {
    public:
        explicit Place(FairGate& gate) : gate_(gate) { gate_.enter(); }
        ~Place() { gate_.leave(); }
        Place(const Place&) = delete;
        Place& operator=(const Place&) = delete;

    private:
        FairGate& gate_;
    };

private:
    struct Waiter {
        std::condition_variable wake;
        bool handed_a_place = false;
    };

    std::mutex mutex_;
    std::size_t free_places_;
    std::deque<Waiter*> waiting_;  // first come first; each lives on its waiter's stack
};

}  // namespace healthsearch::cli::serve
