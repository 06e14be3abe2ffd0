#include "maintain/shard.hpp"

#include "index/schema.hpp"
#include "source/content_hash.hpp"

#include <healthsearch/error.hpp>

#include <fmt/format.h>

namespace healthsearch {

std::size_t shard_of(const std::string& article_id, std::size_t count) {
    if (count == 0) throw OptionError("a corpus cannot be cut into 0 shards", article_id);
    return static_cast<std::size_t>(source::stable_hash(article_id) % count) + 1;
}

namespace maintain {

namespace {

std::string shard_record(const Shard& shard) {
    return shard.count == 1 ? std::string() : fmt::format("{}/{}", shard.number, shard.count);
}

}  // namespace

void require_valid(const Shard& shard, const std::string& db) {
    if (shard.count == 0 || shard.number == 0 || shard.number > shard.count) {
        throw OptionError(fmt::format("shard {}/{} does not exist: shards are numbered 1 to N, and N is at least 1",
                                      shard.number, shard.count),
                          db);
    }
}

bool in_shard(const std::string& article_id, const Shard& shard) {
    return shard.count == 1 || shard_of(article_id, shard.count) == shard.number;
}

void require_same_shard(index::Writer& writer, const Shard& shard, const std::string& db) {
    const std::string recorded = writer.db().get_metadata(index::schema::kMetadataShard);
    if (recorded == shard_record(shard) || writer.db().get_doccount() == 0) return;
    throw OptionError(fmt::format("the index at {} holds {}, not {}; update it with {} or rebuild it with --rebuild "
                                  "(nothing was changed)",
                                  db, recorded.empty() ? "the whole corpus" : "shard " + recorded,
                                  shard.count == 1 ? "the whole corpus" : "shard " + shard_record(shard),
                                  recorded.empty() ? "no --shard" : "--shard " + recorded),
                      db);
}

void record_shard(index::Writer& writer, const Shard& shard) {
    const std::string record = shard_record(shard);
    if (writer.db().get_metadata(index::schema::kMetadataShard) != record) {
        writer.set_metadata(index::schema::kMetadataShard, record);
    }
}

}  // namespace maintain

}  // namespace healthsearch
