#include "commands.hpp"
#include "exit_codes.hpp"
#include "render.hpp"

#include <healthsearch/index.hpp>

#include <nlohmann/json.hpp>

#include <fmt/format.h>

namespace healthsearch::cli {

int run_stats(const StatsCommand& command) {
    const IndexStats stats = read_index_stats(command.db.empty() ? default_db_path() : command.db);
    if (command.json) {
        fmt::print("{}\n", json_text(index_stats_json(stats)));
        return kExitOk;
    }
    fmt::print("index        {}\n", stats.path);
    fmt::print("articles     {}\n", stats.articles);
    fmt::print("passages     {}", stats.passages);
    for (const auto& [language, count] : stats.passages_by_language) {
        fmt::print("  ({} {})", language, count);
    }
    fmt::print("\nterms/passage {:.1f}\n", stats.average_passage_terms);
    fmt::print("analyzer     {}\n", stats.fingerprint);
    if (!stats.shard.empty()) fmt::print("shard        {}\n", stats.shard);
    return kExitOk;
}

}  // namespace healthsearch::cli
