#include "index/stored_passage.hpp"

#include <healthsearch/error.hpp>

#include <nlohmann/json.hpp>

namespace healthsearch::index {

std::string encode(const StoredPassage& passage) {
    const nlohmann::json data = {
        {"article_id", passage.article_id}, {"title", passage.title},
        {"headings", passage.heading_path}, {"language", passage.language},
        {"source", passage.source},         {"passage", passage.ordinal},
        {"text", passage.text},
    };
    return data.dump();
}

StoredPassage decode_stored_passage(const std::string& data) {
    try {
        const nlohmann::json json = nlohmann::json::parse(data);
        return StoredPassage{json.at("article_id").get<std::string>(),
                             json.at("title").get<std::string>(),
                             json.at("headings").get<std::vector<std::string>>(),
                             json.at("language").get<std::string>(),
                             json.at("source").get<std::string>(),
                             json.at("passage").get<std::size_t>(),
                             json.at("text").get<std::string>()};
    } catch (const nlohmann::json::exception& error) {
        throw IndexError(std::string("stored passage data is damaged: ") + error.what(), "index");
    }
}

}  // namespace healthsearch::index
