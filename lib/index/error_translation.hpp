#pragma once
// What the index's public entry points throw: only healthsearch errors. Xapian, JSON and
// standard library exceptions are translated at the boundary, saying what failed and where.

#include <healthsearch/error.hpp>

#include <xapian.h>

#include <string>
#include <string_view>

namespace healthsearch::index {

// Rethrows the exception being handled as a healthsearch::Error: ours unchanged; Xapian's lock
// error as IndexLockedError; everything else (Xapian, JSON, filesystem, system, bad_alloc) as
// IndexError "WHAT failed: REASON" naming `where`. Call it only from a catch block.
[[noreturn]] void rethrow_as_index_error(std::string_view what, const std::string& where);

// An IndexError for a Xapian error met while doing `what` to the index at `where`. A full
// disk is named as such, with the space left.
IndexError index_error(std::string_view what, const std::string& where, const Xapian::Error& error);

// Runs `work`; whatever it throws leaves as a healthsearch::Error (see rethrow_as_index_error).
template <typename Work>
auto translating_errors(std::string_view what, const std::string& where, Work&& work) -> decltype(work()) {
    try {
        return work();
    } catch (...) {
        rethrow_as_index_error(what, where);
    }
}

}  // namespace healthsearch::index
