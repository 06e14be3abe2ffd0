#include "search/query_syntax.hpp"

#include "extract/utf8_check.hpp"

#include <healthsearch/error.hpp>

#include <fmt/format.h>

namespace healthsearch::search {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Double quotes, and the typographic quotes people paste: „ “ ” « ».
std::size_t quote_length(std::string_view text, std::size_t at) {
    if (text[at] == '"') return 1;
    for (std::string_view quote : {"\u201E", "\u201C", "\u201D", "\u00AB", "\u00BB"}) {
        if (text.substr(at, quote.size()) == quote) return quote.size();
    }
    return 0;
}

}  // namespace

std::vector<QueryClause> split_query(std::string_view query) {
    std::vector<QueryClause> clauses;
    std::size_t i = 0;
    while (i < query.size()) {
        if (is_space(query[i])) {
            ++i;
            continue;
        }
        QueryClause clause;
        if ((query[i] == '+' || query[i] == '-') && i + 1 < query.size() && !is_space(query[i + 1])) {
            clause.occur = query[i] == '+' ? QueryClause::Occur::must : QueryClause::Occur::must_not;
            ++i;
        }
        if (const std::size_t open = quote_length(query, i); open > 0) {
            i += open;
            std::size_t end = i;
            while (end < query.size() && quote_length(query, end) == 0) ++end;
            clause.phrase = true;
            clause.text = std::string(query.substr(i, end - i));
            i = end < query.size() ? end + quote_length(query, end) : end;
        } else {
            std::size_t end = i;
            while (end < query.size() && !is_space(query[end]) && quote_length(query, end) == 0) ++end;
            clause.text = std::string(query.substr(i, end - i));
            i = end;
        }
        clauses.push_back(std::move(clause));
    }
    return clauses;
}

void require_searchable(std::string_view query, const analysis::Analyzer& analyzer) {
    if (const auto bad = extract::first_invalid_utf8(query)) {
        throw QueryError(fmt::format("the query is not valid UTF-8 (byte 0x{:02X} at offset {}); "
                                     "type it in a UTF-8 terminal",
                                     static_cast<unsigned char>(query[*bad]), *bad),
                         std::string(query));
    }
    if (query.size() > kMaxQueryBytes) {
        throw QueryError(fmt::format("query too long: {} bytes (at most {})", query.size(), kMaxQueryBytes),
                         std::string(query));
    }
    if (const std::size_t words = analyzer.words(query).size(); words > kMaxQueryWords) {
        throw QueryError(fmt::format("query too long: {} words (at most {})", words, kMaxQueryWords),
                         std::string(query));
    }
}

}  // namespace healthsearch::search
