#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace healthsearch::index {

// The files of one Xapian database as they stood after its last commit, so that a run that
// fails (a full disk, say) gives back the space its uncommitted changes grew into. Glass never
// overwrites a block that the last commit refers to, and a file grows only at its end, so
// cutting each file back to its committed length and removing files made since leaves the
// committed revision whole (checked by the tests with Xapian's own consistency check).
class CommittedFiles {
public:
    // `dir` is the database folder itself (a generation), not a stub file's folder.
    explicit CommittedFiles(std::filesystem::path dir);

    // Remembers the current lengths; call after every commit.
    void record();
    // Cuts the files back to the lengths recorded. Only with the database closed and the
    // writer lock held: nothing else may write meanwhile. Does nothing when a commit was made
    // since record() (the version file changed): those lengths are no longer the committed ones.
    // Best effort: it runs after a failure, and that failure is what gets reported.
    void restore() const;

private:
    std::string version_file() const;

    std::filesystem::path dir_;
    std::map<std::string, std::uintmax_t> lengths_;  // file name -> bytes
    std::string version_;                            // the version file as it was
};

}  // namespace healthsearch::index
