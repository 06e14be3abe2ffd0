#pragma once
// One exception hierarchy for everything that crosses the public API. Each error says what
// failed (what()) and where: the file, line, index or query that caused it. An error is
// immutable once thrown: it may be copied to, and read from, any thread.

#include <healthsearch/export.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>

namespace healthsearch {

class HEALTHSEARCH_EXPORT Error : public std::runtime_error {
public:
    Error(const std::string& message, std::string where);
    ~Error() override;
    // The file, index path or query the error is about; empty when there is none.
    const std::string& where() const noexcept { return where_; }

private:
    std::string where_;
};

// A source file or JSONL record that cannot be turned into an article.
class HEALTHSEARCH_EXPORT InputError : public Error {
public:
    InputError(const std::string& message, std::string file, std::size_t line = 0);
    ~InputError() override;
    const std::string& file() const noexcept { return where(); }
    // 1-based line for line-oriented sources (JSONL); 0 when the whole file is at fault.
    std::size_t line() const noexcept { return line_; }

private:
    std::size_t line_;
};

// No index at the given location.
class HEALTHSEARCH_EXPORT IndexNotFoundError : public Error {
public:
    using Error::Error;
    ~IndexNotFoundError() override;
};

// The index was built by a different analysis chain; its terms would not meet ours.
class HEALTHSEARCH_EXPORT IncompatibleIndexError : public Error {
public:
    using Error::Error;
    ~IncompatibleIndexError() override;
};

// Another writer holds the index.
class HEALTHSEARCH_EXPORT IndexLockedError : public Error {
public:
    using Error::Error;
    ~IndexLockedError() override;
};

// Reading or writing the index failed (disk, corruption, remote shard unreachable).
class HEALTHSEARCH_EXPORT IndexError : public Error {
public:
    using Error::Error;
    ~IndexError() override;
};

// Options that contradict themselves or the index they are used on (a shard 3 of 2, an update
// with another shard than the index was built with); nothing was changed.
class HEALTHSEARCH_EXPORT OptionError : public Error {
public:
    using Error::Error;
    ~OptionError() override;
};

// The query cannot be run as written (for example only excluded terms).
class HEALTHSEARCH_EXPORT QueryError : public Error {
public:
    using Error::Error;
    ~QueryError() override;
};

}  // namespace healthsearch
