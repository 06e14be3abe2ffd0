#pragma once
// The parameters of a search over HTTP (API and page alike), read and bounded in one place.

#include <healthsearch/error.hpp>

#include <cstddef>
#include <map>
#include <set>
#include <string>

namespace healthsearch::cli::serve {

// What a client may ask for at most: the answer to a question, not a dump of the index.
inline constexpr std::size_t kMaxLimit = 100;
inline constexpr std::size_t kMaxOffset = 1000;
inline constexpr std::size_t kMaxPerArticle = 100;

struct SearchRequest {
    std::string query;
    std::string language;  // "", "de" or "en"
    std::size_t limit = 10;
    std::size_t offset = 0;
    std::size_t per_article = 0;
    bool autocorrect = false;
};

// A parameter the client has to change; its message says which and how (HTTP 400).
class BadParameter : public Error {
public:
    BadParameter(const std::string& message, std::string parameter) : Error(message, std::move(parameter)) {}
};

// The query string's parameters: each name with every value it was given, in order.
using Parameters = std::multimap<std::string, std::string>;

// Reads the parameters named in `allowed` (others are refused, so that a typo is not silently
// ignored). A missing or empty q gives an empty query when `query_required` is false.
SearchRequest read_search_request(const Parameters& parameters, const std::set<std::string>& allowed,
                                  bool query_required);

}  // namespace healthsearch::cli::serve
