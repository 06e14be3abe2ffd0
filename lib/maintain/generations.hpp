#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace healthsearch::maintain {

// The folder layout that lets a rebuild switch readers atomically:
//   DIR/XAPIANDB   Xapian stub file, "auto gen-000007": what every reader opens
//   DIR/PREVIOUS   the generation that was live before, kept for rollback
//   DIR/gen-NNNNNN one complete Xapian database each
class Generations {
public:
    explicit Generations(std::filesystem::path dir);

    // True when DIR is itself a plain Xapian database (made with IndexWriter directly).
    bool is_plain_database() const;
    std::optional<std::string> current() const;
    std::optional<std::string> previous() const;
    // The name for a new generation, after every existing one.
    std::string next_name() const;
    std::filesystem::path path_of(const std::string& generation) const { return dir_ / generation; }
    const std::filesystem::path& dir() const { return dir_; }

    // Points readers at `generation` (a renamed stub, so readers see the old or the new, never
    // a mix), records the old live generation as previous, and removes all other generations.
    void switch_to(const std::string& generation);
    // Deletes generation folders that are neither live nor previous (left by a crashed rebuild).
    void remove_unreferenced() const;

private:
    std::filesystem::path dir_;
};

}  // namespace healthsearch::maintain
