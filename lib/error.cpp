#include <healthsearch/error.hpp>

namespace healthsearch {

// Out-of-line destructors anchor each class's vtable and type info in the library, so that
// catch clauses in programs linking it match across the shared-object boundary.
Error::Error(const std::string& message, std::string where)
    : std::runtime_error(message), where_(std::move(where)) {}
Error::~Error() = default;

InputError::InputError(const std::string& message, std::string file, std::size_t line)
    : Error(message, std::move(file)), line_(line) {}
InputError::~InputError() = default;

IndexNotFoundError::~IndexNotFoundError() = default;
IncompatibleIndexError::~IncompatibleIndexError() = default;
IndexLockedError::~IndexLockedError() = default;
IndexError::~IndexError() = default;
QueryError::~QueryError() = default;
OptionError::~OptionError() = default;

}  // namespace healthsearch
