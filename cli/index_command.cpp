#include "arguments.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "render.hpp"

#include <healthsearch/error.hpp>
#include <healthsearch/index.hpp>

#include <nlohmann/json.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <chrono>
#include <cstdio>
#include <unistd.h>

namespace healthsearch::cli {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

std::string describe(const InputError& error) {
    if (error.line() > 0) return fmt::format("{}:{}: {}", error.file(), error.line(), error.what());
    return fmt::format("{}: {}", error.file(), error.what());
}

// A one-line progress display on stderr, redrawn at most every 200 ms; only on a terminal.
class ProgressLine {
public:
    explicit ProgressLine(bool enabled) : enabled_(enabled), start_(Clock::now()) {}

    void update(const UpdateProgress& progress) {
        if (!enabled_) return;
        const auto now = Clock::now();
        if (progress.files_done < progress.files_total && now - last_draw_ < std::chrono::milliseconds(200)) return;
        last_draw_ = now;
        const double seconds = std::chrono::duration<double>(now - start_).count();
        const double rate = seconds > 0 ? static_cast<double>(progress.bytes_done) / seconds : 0;
        const double left = rate > 0 ? static_cast<double>(progress.bytes_total - progress.bytes_done) / rate : 0;
        fmt::print(stderr, "\r\x1b[K{}/{} files  {:.1f} MB/s  ETA {}:{:02}", progress.files_done,
                   progress.files_total, rate / 1e6, static_cast<long>(left) / 60, static_cast<long>(left) % 60);
        std::fflush(stderr);
        drawn_ = true;
    }

    // Clears the line so that an error message or the summary starts on a clean line.
    void clear() {
        if (drawn_) fmt::print(stderr, "\r\x1b[K");
        drawn_ = false;
    }

private:
    bool enabled_;
    bool drawn_ = false;
    Clock::time_point start_;
    Clock::time_point last_draw_{};
};

}  // namespace

int run_index(const IndexCommand& command) {
    const std::string db = command.db.empty() ? default_db_path() : command.db;
    ProgressLine progress(!command.quiet && !command.json && isatty(STDERR_FILENO));

    UpdateOptions options;
    options.id_prefix = command.id_prefix;
    options.retry_failed = command.retry_failed;
    options.wait_seconds = command.wait_seconds;
    options.max_delete_share = command.max_delete_percent / 100;
    if (command.batch > 0) options.passages_per_commit = command.batch;
    if (!command.shard.empty()) options.shard = parse_shard(command.shard).value();

    UpdateCallbacks callbacks;
    callbacks.on_error = [&](const InputError& error) {
        progress.clear();
        fmt::print(stderr, "healthsearch: skipped {}\n", describe(error));
    };
    callbacks.on_skipped = [&](const fs::path& path) {
        if (!command.verbose) return;
        progress.clear();
        fmt::print(stderr, "healthsearch: ignored {} (not a format we read)\n", path.string());
    };
    callbacks.on_progress = [&](const UpdateProgress& update) { progress.update(update); };

    const std::vector<fs::path> roots(command.paths.begin(), command.paths.end());
    const auto start = Clock::now();
    const IndexReport report =
        command.rebuild ? rebuild_index(db, roots, options, callbacks) : update_index(db, roots, options, callbacks);
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    progress.clear();

    if (command.json) {
        const nlohmann::json json = {
            {"db", db},
            {"generation", report.generation},
            {"added", report.added},
            {"updated", report.updated},
            {"unchanged", report.unchanged},
            {"deleted", report.deleted},
            {"failed", report.failed},
            {"passages_written", report.passages_written},
            {"files_read", report.files_read},
            {"files_skipped_unchanged", report.files_skipped_unchanged},
            {"seconds", seconds},
        };
        fmt::print("{}\n", json_text(json));
    } else if (!command.quiet) {
        fmt::print("{} {} into {}{}: {} added, {} updated, {} unchanged, {} deleted, {} failed; "
                   "{} passages written in {:.2f} s\n",
                   command.rebuild ? "rebuilt" : "indexed", fmt::join(command.paths, " "), db,
                   report.generation.empty() ? "" : " (" + report.generation + ")", report.added,
                   report.updated, report.unchanged, report.deleted, report.failed, report.passages_written,
                   seconds);
    }
    return report.failed > 0 ? kExitPartial : kExitOk;
}

int run_rollback(const RollbackCommand& command) {
    const std::string db = command.db.empty() ? default_db_path() : command.db;
    const std::string live = rollback_index(db, command.wait_seconds);
    fmt::print("rolled {} back to {}\n", db, live);
    return kExitOk;
}

}  // namespace healthsearch::cli
