#pragma once
// "Did you mean" over every shard, remote ones included.

#include <xapian.h>

#include <string>
#include <vector>

namespace healthsearch::search {

// The closest word to `word` (at most two edits: insertion, deletion, substitution or swapping
// two neighbours) that the index `db`, opened from `locations`, knows; the more articles use it,
// the better; empty when there is none. Xapian 1.4 serves no spelling data over tcp:, so its
// own suggestion sees the local shards only; for each remote shard this reads the copy of the
// spelling counts the writer keeps in metadata, which the remote protocol does serve.
std::string spelling_suggestion(const Xapian::Database& db, const std::vector<std::string>& locations,
                                const std::string& word);

}  // namespace healthsearch::search
