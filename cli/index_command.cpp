#include "commands.hpp"
#include "exit_codes.hpp"

#include <healthsearch/error.hpp>
#include <healthsearch/index.hpp>
#include <healthsearch/source.hpp>

#include <nlohmann/json.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <chrono>
#include <cstdio>
#include <filesystem>

namespace healthsearch::cli {

namespace fs = std::filesystem;

namespace {

std::string describe(const InputError& error) {
    if (error.line() > 0) return fmt::format("{}:{}: {}", error.file(), error.line(), error.what());
    return fmt::format("{}: {}", error.file(), error.what());
}

struct RunResult {
    IndexReport report;
    std::size_t skipped = 0;
};

RunResult index_into(const std::string& db, const IndexCommand& command) {
    IndexWriter writer(db);
    RunResult result;
    std::vector<fs::path> roots(command.paths.begin(), command.paths.end());
    read_corpus(roots, CorpusCallbacks{
                           [&](Article&& article) {
                               article.id.insert(0, command.id_prefix);
                               writer.add(article);
                           },
                           [&](const InputError& error) {
                               ++result.skipped;
                               fmt::print(stderr, "healthsearch: skipped {}\n", describe(error));
                           },
                           [&](const fs::path& path) {
                               if (command.verbose) {
                                   fmt::print(stderr, "healthsearch: ignored {} (not a format we read)\n",
                                              path.string());
                               }
                           }});
    writer.commit();
    result.report = writer.report();
    result.report.failed = result.skipped;
    return result;
}

// Builds beside the live index and swaps directories only when the build succeeded, so a
// failed rebuild leaves the old index in place.
RunResult rebuild(const std::string& db, const IndexCommand& command) {
    const fs::path live(db);
    const fs::path fresh = live.string() + ".new";
    const fs::path old = live.string() + ".old";
    fs::remove_all(fresh);
    RunResult result = index_into(fresh.string(), command);
    fs::remove_all(old);
    if (fs::exists(live)) fs::rename(live, old);
    fs::rename(fresh, live);
    fs::remove_all(old);
    return result;
}

}  // namespace

int run_index(const IndexCommand& command) {
    const std::string db = command.db.empty() ? default_db_path() : command.db;
    if (const fs::path parent = fs::path(db).parent_path(); !parent.empty()) fs::create_directories(parent);

    const auto start = std::chrono::steady_clock::now();
    const RunResult result = command.rebuild ? rebuild(db, command) : index_into(db, command);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const IndexReport& report = result.report;

    if (command.json) {
        const nlohmann::json json = {
            {"db", db},           {"added", report.added},         {"updated", report.updated},
            {"unchanged", report.unchanged}, {"deleted", report.deleted}, {"failed", report.failed},
            {"passages_written", report.passages_written},       {"seconds", seconds},
        };
        fmt::print("{}\n", json.dump());
    } else if (!command.quiet) {
        fmt::print("indexed {} into {}: {} added, {} updated, {} unchanged, {} deleted, {} failed; "
                   "{} passages written in {:.2f} s\n",
                   fmt::join(command.paths, " "), db, report.added, report.updated, report.unchanged,
                   report.deleted, report.failed, report.passages_written, seconds);
    }
    return report.failed > 0 ? kExitPartial : kExitOk;
}

}  // namespace healthsearch::cli
