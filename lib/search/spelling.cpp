#include "search/spelling.hpp"

#include "index/database.hpp"
#include "index/schema.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <map>

namespace healthsearch::search {

namespace {

constexpr std::size_t kMaxEdits = 2;  // as Xapian's get_spelling_suggestion

std::u32string code_points(std::string_view text) {
    std::u32string points;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        points.push_back(static_cast<char32_t>(c));
    }
    return points;
}

// Edits from a to b, counting a swap of neighbours as one (as Xapian does).
std::size_t edit_distance(const std::u32string& a, const std::u32string& b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.size()][b.size()];
}

struct Candidate {
    std::size_t edits = kMaxEdits + 1;
    unsigned long long articles = 0;
};

// The words of one remote shard's spelling copy within reach of `word`, with their counts.
void add_remote_candidates(const std::string& location, const std::u32string& word,
                           std::map<std::string, Candidate>& candidates) {
    const Xapian::Database shard = index::open_for_reading(location, /*check_fingerprint=*/false);
    const std::string prefix(index::schema::kMetadataSpellingPrefix);
    for (auto it = shard.metadata_keys_begin(prefix); it != shard.metadata_keys_end(prefix); ++it) {
        const std::string spelling = (*it).substr(prefix.size());
        const std::u32string points = code_points(spelling);
        const std::size_t longer = std::max(points.size(), word.size());
        if (longer - std::min(points.size(), word.size()) > kMaxEdits || points == word) continue;
        const std::size_t edits = edit_distance(word, points);
        if (edits > kMaxEdits) continue;
        Candidate& candidate = candidates[spelling];
        candidate.edits = edits;
        candidate.articles += std::stoull(shard.get_metadata(*it));
    }
}

// How many articles of the local shards use `spelling` (Xapian 1.4 has no direct lookup).
Xapian::doccount local_articles(const Xapian::Database& db, const std::string& spelling) {
    Xapian::TermIterator it = db.spellings_begin();
    it.skip_to(spelling);
    return it != db.spellings_end() && *it == spelling ? it.get_termfreq() : 0;
}

}  // namespace

std::string spelling_suggestion(const Xapian::Database& db, const std::vector<std::string>& locations,
                                const std::string& word) {
    const std::string local = db.get_spelling_suggestion(word, kMaxEdits);
    if (std::none_of(locations.begin(), locations.end(), index::is_remote)) return local;

    const std::u32string typed = code_points(word);
    std::map<std::string, Candidate> candidates;
    for (const std::string& location : locations) {
        if (index::is_remote(location)) add_remote_candidates(location, typed, candidates);
    }
    if (!local.empty()) candidates[local].edits = edit_distance(typed, code_points(local));
    for (auto& [spelling, candidate] : candidates) candidate.articles += local_articles(db, spelling);

    // Fewest edits first, then the word most articles use (Xapian's order).
    const auto best = std::min_element(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
        if (a.second.edits != b.second.edits) return a.second.edits < b.second.edits;
        return a.second.articles > b.second.articles;
    });
    return best == candidates.end() ? std::string() : best->first;
}

}  // namespace healthsearch::search
