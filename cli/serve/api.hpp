#pragma once
// The JSON answers of /api/search, /api/stats and of every error.

#include "index_access.hpp"
#include "search_request.hpp"

#include <nlohmann/json.hpp>

#include <exception>
#include <string>
#include <vector>

namespace healthsearch::cli::serve {

// {"query", "searched_query", "offset", "limit", "estimated_matches", "took_ms",
//  "did_you_mean": null or {"query", "corrections": [{"word", "suggestion", "span": [begin, end)}], "applied"},
//  "hits": [as search --json]}
nlohmann::json search_json(const SearchRequest& request, const SearchResult& result, double took_ms);

// {"indexes": [stats --json of each local index, {"path"} for a remote one], "articles", "passages"}.
// Throws as read_index_stats does when an index is unavailable.
nlohmann::json stats_json(const std::vector<std::string>& locations);

// {"error": {"status", "message"}}
nlohmann::json error_json(int status, const std::string& message);

// The HTTP status for an error out of the library or the parameters: 400 for what the client
// asked, 503 when the index cannot be used, 500 otherwise.
int status_for(const std::exception& error);

// What the client is told; an unavailable index's location stays in the server's log.
std::string client_message(const std::exception& error);

}  // namespace healthsearch::cli::serve
