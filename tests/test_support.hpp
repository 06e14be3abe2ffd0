#pragma once
// Small helpers shared by the tests: scratch folders and files.

#include <healthsearch/article.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace test_support {

class ScratchDir {
public:
    ScratchDir() {
        std::random_device random;
        path_ = std::filesystem::temp_directory_path() /
                ("healthsearch-test-" + std::to_string(random()) + std::to_string(random()));
        std::filesystem::create_directories(path_);
    }
    ~ScratchDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

    std::filesystem::path write(const std::string& name, const std::string& bytes) const {
        const auto file = path_ / name;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << bytes;
        return file;
    }

private:
    std::filesystem::path path_;
};

inline healthsearch::Article make_article(std::string id, std::string title,
                                          std::vector<std::string> paragraphs,
                                          std::vector<std::string> headings = {}) {
    healthsearch::Article article;
    article.id = std::move(id);
    article.title = std::move(title);
    article.source = article.id;
    article.content_hash = "hash-of-" + article.id;
    healthsearch::Section section;
    section.heading_path = std::move(headings);
    section.paragraphs = std::move(paragraphs);
    article.sections.push_back(std::move(section));
    return article;
}

// An article's title, headings and paragraphs, one a line, in document order.
inline std::string all_text(const healthsearch::Article& article) {
    std::string text = article.title + "\n";
    for (const auto& section : article.sections) {
        for (const auto& heading : section.heading_path) text += heading + "\n";
        for (const auto& paragraph : section.paragraphs) text += paragraph + "\n";
    }
    return text;
}

}  // namespace test_support
