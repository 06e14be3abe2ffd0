#include "index/schema.hpp"

#include "source/content_hash.hpp"

namespace healthsearch::index::schema {

namespace {

// With a one-letter prefix or a short metadata prefix, well within Xapian's 245 bytes.
constexpr std::size_t kMaxNameBytes = 200;

std::string prefixed_name(std::string_view prefix, std::string_view name) {
    if (name.size() <= kMaxNameBytes) return std::string(prefix) + std::string(name);
    return std::string(prefix) + "#" + source::content_hash(name);
}

}  // namespace

std::string article_term(std::string_view article_id) { return prefixed_name(kPrefixArticle, article_id); }

std::string metadata_key(std::string_view prefix, std::string_view name) { return prefixed_name(prefix, name); }

}  // namespace healthsearch::index::schema
