#include "index/schema.hpp"

#include "source/content_hash.hpp"

namespace healthsearch::index::schema {

std::string article_term(std::string_view article_id) {
    constexpr std::size_t kMaxIdBytes = 200;
    if (article_id.size() <= kMaxIdBytes) return std::string(kPrefixArticle) + std::string(article_id);
    return std::string(kPrefixArticle) + "#" + source::content_hash(article_id);
}

}  // namespace healthsearch::index::schema
