#include "routes.hpp"

#include "api.hpp"
#include "page.hpp"

#include "../render.hpp"

#include <httplib.h>

#include <fmt/format.h>

#include <chrono>
#include <cstdio>

namespace healthsearch::cli::serve {

namespace {

constexpr const char* kJson = "application/json; charset=utf-8";
constexpr const char* kHtml = "text/html; charset=utf-8";

const std::set<std::string> kApiParameters{"q", "lang", "limit", "offset", "per_article", "autocorrect"};
const std::set<std::string> kPageParameters{"q", "lang", "offset", "autocorrect"};

Parameters parameters_of(const httplib::Request& request) {
    return Parameters(request.params.begin(), request.params.end());
}

void send_json(httplib::Response& response, int status, const nlohmann::json& json) {
    response.status = status;
    response.set_content(json_text(json) + "\n", kJson);
}

void send_error(httplib::Response& response, const std::exception& error) {
    const int status = status_for(error);
    // The location of an unavailable index and an unexpected failure are for the operator only.
    if (status >= 500) fmt::print(stderr, "healthsearch: {}\n", error.what());
    send_json(response, status, error_json(status, client_message(error)));
}

double milliseconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

void answer_search(IndexAccess& index, const httplib::Request& request, httplib::Response& response) {
    const auto start = std::chrono::steady_clock::now();
    try {
        const SearchRequest search = read_search_request(parameters_of(request), kApiParameters, true);
        const SearchResult result = index.search(search);
        send_json(response, 200, search_json(search, result, milliseconds_since(start)));
    } catch (const std::exception& error) {
        send_error(response, error);
    }
}

void answer_page(IndexAccess& index, const httplib::Request& request, httplib::Response& response) {
    PageView view{page_text_for(request.get_header_value("Accept-Language")), {}, nullptr, {}};
    SearchResult result;
    response.status = 200;
    try {
        view.request = read_search_request(parameters_of(request), kPageParameters, false);
        view.request.limit = kPageSize;
        if (!view.request.query.empty()) {
            result = index.search(view.request);
            view.result = &result;
        }
    } catch (const std::exception& error) {
        response.status = status_for(error);
        view.error = client_message(error);
        if (response.status >= 500) fmt::print(stderr, "healthsearch: {}\n", error.what());
    }
    response.set_content(render_page(view), kHtml);
}

void answer_health(IndexAccess& index, httplib::Response& response) {
    try {
        // Opening is not enough: a search proves the index answers (any word will do).
        SearchRequest probe;
        probe.query = "healthz";
        probe.limit = 1;
        index.search(probe);
        send_json(response, 200, {{"status", "ok"}});
    } catch (const std::exception& error) {
        send_error(response, error);
    }
}

std::string error_message(int status) {
    switch (status) {
    case 404: return "nothing here: the search page is at /, the API at /api/search?q=..., /api/stats and /healthz";
    case 405: return "only GET (and HEAD) is answered here";
    case 413: return "the request is too large: send no body with GET";
    case 414: return "the address is too long: shorten the question";
    case 431: return "the request headers are too large: send fewer or shorter headers";
    default: return "the request could not be read: send an HTTP/1.1 GET request";
    }
}

}  // namespace

bool is_served_path(const std::string& path) {
    return path == "/" || path == "/style.css" || path == "/favicon.svg" || path == "/api/search" ||
           path == "/api/stats" || path == "/healthz";
}

void add_routes(httplib::Server& server, IndexAccess& index) {
    server.Get("/", [&index](const httplib::Request& request, httplib::Response& response) {
        answer_page(index, request, response);
    });
    server.Get("/style.css", [](const httplib::Request&, httplib::Response& response) {
        response.set_header("Cache-Control", "max-age=3600");
        response.set_content(std::string(page_stylesheet()), "text/css; charset=utf-8");
    });
    server.Get("/favicon.svg", [](const httplib::Request&, httplib::Response& response) {
        response.set_header("Cache-Control", "max-age=86400");
        response.set_content(std::string(page_icon()), "image/svg+xml");
    });
    server.Get("/api/search", [&index](const httplib::Request& request, httplib::Response& response) {
        answer_search(index, request, response);
    });
    server.Get("/api/stats", [&index](const httplib::Request&, httplib::Response& response) {
        try {
            send_json(response, 200, stats_json(index.locations()));
        } catch (const std::exception& error) {
            send_error(response, error);
        }
    });
    server.Get("/healthz", [&index](const httplib::Request&, httplib::Response& response) {
        answer_health(index, response);
    });
    server.set_error_handler([](const httplib::Request&, httplib::Response& response) {
        if (response.body.empty()) {
            send_json(response, response.status, error_json(response.status, error_message(response.status)));
        }
    });
}

}  // namespace healthsearch::cli::serve
