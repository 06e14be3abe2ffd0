#include "api.hpp"

#include "../render.hpp"

#include <healthsearch/index.hpp>

namespace healthsearch::cli::serve {

nlohmann::json search_json(const SearchRequest& request, const SearchResult& result, double took_ms) {
    nlohmann::json hits = nlohmann::json::array();
    for (const Hit& hit : result.hits) hits.push_back(hit_json(hit));
    nlohmann::json did_you_mean = nullptr;
    if (!result.corrections.empty()) {
        nlohmann::json corrections = nlohmann::json::array();
        for (const Correction& correction : result.corrections) {
            corrections.push_back({{"word", correction.word},
                                   {"suggestion", correction.suggestion},
                                   {"span", {correction.span.begin, correction.span.end}}});
        }
        did_you_mean = {{"query", apply_corrections(request.query, result.corrections)},
                        {"corrections", corrections},
                        {"applied", request.autocorrect}};
    }
    return {
        {"query", request.query},
        {"searched_query", result.searched_query},
        {"offset", result.offset},
        {"limit", request.limit},
        {"estimated_matches", result.estimated_matches},
        {"took_ms", took_ms},
        {"did_you_mean", did_you_mean},
        {"hits", hits},
    };
}

nlohmann::json stats_json(const std::vector<std::string>& locations) {
    nlohmann::json indexes = nlohmann::json::array();
    std::size_t articles = 0;
    std::size_t passages = 0;
    for (const std::string& location : locations) {
        if (location.starts_with("tcp:")) {
            indexes.push_back({{"path", location}, {"remote", true}});  // its own server has the figures
            continue;
        }
        const IndexStats stats = read_index_stats(location);
        articles += stats.articles;
        passages += stats.passages;
        indexes.push_back(index_stats_json(stats));
    }
    return {{"indexes", indexes}, {"articles", articles}, {"passages", passages}};
}

nlohmann::json error_json(int status, const std::string& message) {
    return {{"error", {{"status", status}, {"message", message}}}};
}

int status_for(const std::exception& error) {
    if (dynamic_cast<const BadParameter*>(&error) || dynamic_cast<const QueryError*>(&error)) return 400;
    if (dynamic_cast<const IndexNotFoundError*>(&error) || dynamic_cast<const IndexError*>(&error) ||
        dynamic_cast<const IncompatibleIndexError*>(&error)) {
        return 503;
    }
    return 500;
}

std::string client_message(const std::exception& error) {
    switch (status_for(error)) {
    case 400: return error.what();
    case 503: return "the index is not available at the moment (being built, or damaged); try again later";
    default: return "the search failed inside the server; its log says why";
    }
}

}  // namespace healthsearch::cli::serve
