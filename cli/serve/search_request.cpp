#include "search_request.hpp"

#include <fmt/format.h>

#include <charconv>
#include <iterator>

namespace healthsearch::cli::serve {

namespace {

// The one value of `name`, or nullptr when it is absent; a repeated parameter is ambiguous.
const std::string* single_value(const Parameters& parameters, const std::string& name) {
    const auto [first, last] = parameters.equal_range(name);
    if (first == last) return nullptr;
    if (std::next(first) != last) {
        throw BadParameter(fmt::format("parameter {} is given more than once; give it once", name), name);
    }
    return &first->second;
}

std::size_t read_count(const Parameters& parameters, const std::string& name, std::size_t fallback,
                       std::size_t min, std::size_t max) {
    const std::string* text = single_value(parameters, name);
    if (!text) return fallback;
    std::size_t value = 0;
    const char* end = text->data() + text->size();
    const auto [stop, error] = std::from_chars(text->data(), end, value);
    if (text->empty() || error != std::errc() || stop != end || value < min || value > max) {
        throw BadParameter(fmt::format("parameter {} must be a whole number from {} to {}, not \"{}\"", name,
                                       min, max, *text),
                           name);
    }
    return value;
}

bool read_flag(const Parameters& parameters, const std::string& name) {
    const std::string* text = single_value(parameters, name);
    if (!text) return false;
    if (*text == "1" || *text == "true" || *text == "on") return true;
    if (text->empty() || *text == "0" || *text == "false" || *text == "off") return false;
    throw BadParameter(fmt::format("parameter {} must be 1 or 0 (true or false), not \"{}\"", name, *text), name);
}

}  // namespace

SearchRequest read_search_request(const Parameters& parameters, const std::set<std::string>& allowed,
                                  bool query_required) {
    for (const auto& [name, value] : parameters) {
        if (!allowed.contains(name)) {
            std::string names;
            for (const std::string& known : allowed) names += (names.empty() ? "" : ", ") + known;
            throw BadParameter(fmt::format("unknown parameter \"{}\"; the parameters are {}", name, names), name);
        }
    }
    SearchRequest request;
    if (const std::string* query = single_value(parameters, "q")) request.query = *query;
    if (query_required && request.query.empty()) {
        throw BadParameter("parameter q is missing or empty: give the question, as in ?q=Wie+wirkt+Immuntherapie",
                           "q");
    }
    if (const std::string* language = single_value(parameters, "lang")) {
        if (!language->empty() && *language != "de" && *language != "en") {
            throw BadParameter(fmt::format("parameter lang must be de, en or empty (both), not \"{}\"", *language),
                               "lang");
        }
        request.language = *language;
    }
    request.limit = read_count(parameters, "limit", request.limit, 1, kMaxLimit);
    request.offset = read_count(parameters, "offset", request.offset, 0, kMaxOffset);
    request.per_article = read_count(parameters, "per_article", request.per_article, 0, kMaxPerArticle);
    request.autocorrect = read_flag(parameters, "autocorrect");
    return request;
}

}  // namespace healthsearch::cli::serve
