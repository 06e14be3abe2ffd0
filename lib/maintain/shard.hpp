#pragma once

#include "index/writer.hpp"

#include <healthsearch/index.hpp>

#include <string>

namespace healthsearch::maintain {

// Throws OptionError unless 1 <= number <= count.
void require_valid(const Shard& shard, const std::string& db);

bool in_shard(const std::string& article_id, const Shard& shard);

// An update keeps the shard the index was built with: another one would leave the articles of
// the old shard in it and miss those of the new. An empty index takes any shard.
void require_same_shard(index::Writer& writer, const Shard& shard, const std::string& db);

// Records the shard the writer's index holds (nothing for the whole corpus, as before shards).
void record_shard(index::Writer& writer, const Shard& shard);

}  // namespace healthsearch::maintain
