// serve's limit on concurrent searches (cli/serve/fair_gate.hpp): first come, first served, and
// never more holders than places.
#include "fair_gate.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

using healthsearch::cli::serve::FairGate;

namespace {

void wait_until_waiting(FairGate& gate, std::size_t count) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (gate.waiting() < count && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    REQUIRE(gate.waiting() == count);
}

}  // namespace

TEST_CASE("fair gate: waiters get their place in the order they asked") {
    FairGate gate(1);
    gate.enter();
    std::mutex order_mutex;
    std::vector<int> order;
    std::vector<std::thread> waiters;
    for (int i = 0; i < 5; ++i) {
        waiters.emplace_back([&, i] {
            const FairGate::Place place(gate);
            const std::lock_guard lock(order_mutex);
            order.push_back(i);
        });
        wait_until_waiting(gate, static_cast<std::size_t>(i) + 1);
    }
    gate.leave();
    for (std::thread& waiter : waiters) waiter.join();
    CHECK(order == std::vector<int>{0, 1, 2, 3, 4});
    CHECK(gate.waiting() == 0);
}

TEST_CASE("fair gate: never more holders than places, and every thread gets through") {
    FairGate gate(2);
    std::atomic<int> inside{0}, most{0}, done{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            for (int round = 0; round < 200; ++round) {
                const FairGate::Place place(gate);
                const int now = ++inside;
                int seen = most.load();
                while (now > seen && !most.compare_exchange_weak(seen, now)) {
                }
                std::this_thread::yield();
                --inside;
            }
            ++done;
        });
    }
    for (std::thread& thread : threads) thread.join();
    CHECK(done == 8);
    CHECK(most.load() <= 2);
    CHECK(most.load() >= 1);
}

TEST_CASE("fair gate: a place is given back when the guarded work throws") {
    FairGate gate(1);
    try {
        const FairGate::Place place(gate);
        throw 1;
    } catch (int) {
    }
    std::thread other([&] { const FairGate::Place place(gate); });
    other.join();  // would hang if the place were lost
    CHECK(gate.waiting() == 0);
}
