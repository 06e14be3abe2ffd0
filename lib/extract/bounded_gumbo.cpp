#include "extract/bounded_gumbo.hpp"

#include <healthsearch/error.hpp>

#include <fmt/format.h>

#include <csetjmp>
#include <cstdlib>
#include <ctime>

namespace healthsearch::extract {

namespace {

double thread_cpu_seconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// Each block Gumbo allocates starts with this header: the live blocks form a list, so that all
// of them can be freed at once, also after a parse was abandoned half-way. 32 bytes keep the
// payload as aligned as malloc's.
struct alignas(16) BlockHeader {
    BlockHeader* prev;
    BlockHeader* next;
    std::size_t size;
};

// How often (in allocations) the CPU clock is read: Gumbo allocates for nearly every token.
constexpr unsigned kAllocationsPerClockCheck = 1024;

}  // namespace

// Gumbo's allocator. Gumbo cannot fail an allocation, so going past a bound leaves the parse
// with longjmp. That is sound here: the only frames it skips are Gumbo's (C) and the
// allocator's, none of which owns anything with a destructor.
class BoundedGumboParse::Memory {
public:
    explicit Memory(const Bounds& bounds)
        : bounds_(bounds), deadline_(thread_cpu_seconds() + bounds.cpu_seconds) {
        blocks_.prev = blocks_.next = &blocks_;
    }
    ~Memory() {
        for (BlockHeader* block = blocks_.next; block != &blocks_;) {
            BlockHeader* next = block->next;
            std::free(block);
            block = next;
        }
    }

    static void* allocate(void* self_ptr, std::size_t size) {
        auto& self = *static_cast<Memory*>(self_ptr);
        if (size > self.bounds_.memory_bytes - self.live_bytes_) self.give_up(Failure::memory);
        if (++self.allocations_ % kAllocationsPerClockCheck == 0 && thread_cpu_seconds() > self.deadline_) {
            self.give_up(Failure::time);
        }
        auto* block = static_cast<BlockHeader*>(std::malloc(sizeof(BlockHeader) + size));
        if (!block) self.give_up(Failure::memory);
        block->size = size;
        block->prev = &self.blocks_;
        block->next = self.blocks_.next;
        self.blocks_.next->prev = block;
        self.blocks_.next = block;
        self.live_bytes_ += size;
        return block + 1;
    }

    static void deallocate(void* self_ptr, void* ptr) {
        if (!ptr) return;
        auto& self = *static_cast<Memory*>(self_ptr);
        BlockHeader* block = static_cast<BlockHeader*>(ptr) - 1;
        block->prev->next = block->next;
        block->next->prev = block->prev;
        self.live_bytes_ -= block->size;
        std::free(block);
    }

    // Runs the parse; null when it went past a bound (failure() says which).
    GumboOutput* parse(const GumboOptions& options, std::string_view html) {
        if (setjmp(abort_parse_) != 0) return nullptr;
        return gumbo_parse_with_options(&options, html.data(), html.size());
    }

    std::string failure() const {
        if (failure_ == Failure::time) {
            return fmt::format("took more than {} s of CPU time to parse as HTML", bounds_.cpu_seconds);
        }
        return fmt::format("needs more than {} MB of memory to parse as HTML",
                           static_cast<double>(bounds_.memory_bytes) / (1 << 20));
    }

private:
    enum class Failure { none, memory, time };

    [[noreturn]] void give_up(Failure failure) {
        failure_ = failure;
        std::longjmp(abort_parse_, 1);
    }

    Bounds bounds_;
    BlockHeader blocks_{};  // the list's sentinel
    std::size_t live_bytes_ = 0;
    unsigned allocations_ = 0;
    double deadline_;
    Failure failure_ = Failure::none;
    std::jmp_buf abort_parse_{};
};

BoundedGumboParse::BoundedGumboParse(std::string_view html, const std::string& source, const Bounds& bounds)
    : memory_(std::make_unique<Memory>(bounds)) {
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &Memory::allocate;
    options.deallocator = &Memory::deallocate;
    options.userdata = memory_.get();
    options.max_errors = 0;
    options.fragment_context = bounds.fragment_context;
    output_ = memory_->parse(options, html);
    if (!output_) throw InputError(memory_->failure(), source);
    if (!output_->root) throw InputError("the HTML parser returned no document", source);
}

// The blocks go with memory_; gumbo_destroy_output would only free them again, recursively.
BoundedGumboParse::~BoundedGumboParse() = default;

}  // namespace healthsearch::extract
