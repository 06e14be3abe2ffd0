#include "analysis/decompounder.hpp"

#include "analysis/sorted_lines.hpp"

#include <fmt/format.h>
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <optional>

extern "C" const char healthsearch_compound_dictionary[];
extern "C" const char healthsearch_compound_dictionary_end[];

namespace healthsearch::analysis {

namespace {

constexpr std::size_t kShortestCompound = 8;
constexpr std::size_t kShortestPart = 4;
constexpr std::size_t kMostParts = 4;
constexpr std::array<std::string_view, 5> kLinkingElements = {"", "s", "es", "n", "en"};
// Nouns that are mostly the tail of a Latin or derived word (Kombi+nation, Infekt+ionen).
constexpr std::array<std::string_view, 4> kNeverParts = {"nation", "ionen", "gebung", "ation"};

bool may_be_part(std::string_view part) {
    return std::find(kNeverParts.begin(), kNeverParts.end(), part) == kNeverParts.end();
}

bool contains(std::string_view section, std::string_view word) {
    return !word.empty() && !find_sorted_line(section, word).empty();
}

struct Segmentation {
    std::vector<ByteRange> parts;
    std::size_t shortest = 0;

    bool better_than(const std::optional<Segmentation>& other) const {
        if (!other) return true;
        if (parts.size() != other->parts.size()) return parts.size() < other->parts.size();
        return shortest > other->shortest;
    }
};

class Splitter {
public:
    Splitter(const Decompounder& dictionary, std::string_view word)
        : dictionary_(dictionary), word_(word), memo_(word.size() + 1) {}

    // The best way to write word[start..] as nouns; the whole rest counts unless `need_cut`.
    std::optional<Segmentation> solve(std::size_t start, bool need_cut) {
        if (!need_cut && memo_[start].first) return memo_[start].second;
        std::optional<Segmentation> best;
        const std::size_t length = word_.size() - start;
        if (!need_cut && length >= kShortestPart && may_be_part(word_.substr(start)) &&
            dictionary_.is_noun(word_.substr(start))) {
            best = Segmentation{{{start, word_.size()}}, length};
        }
        for (std::size_t cut = start + kShortestPart; cut + kShortestPart <= word_.size(); ++cut) {
            if (!may_be_part(word_.substr(start, cut - start)) || !dictionary_.is_noun(word_.substr(start, cut - start))) {
                continue;
            }
            for (std::string_view link : kLinkingElements) {
                if (word_.substr(cut, link.size()) != link) continue;
                const std::size_t next = cut + link.size();
                if (word_.size() - next < kShortestPart) continue;
                const auto rest = solve(next, false);
                if (!rest || rest->parts.size() + 1 > kMostParts) continue;
                Segmentation candidate{{{start, cut}}, std::min(cut - start, rest->shortest)};
                candidate.parts.insert(candidate.parts.end(), rest->parts.begin(), rest->parts.end());
                if (candidate.better_than(best)) best = std::move(candidate);
            }
        }
        if (!need_cut) memo_[start] = {true, best};
        return best;
    }

private:
    const Decompounder& dictionary_;
    std::string_view word_;
    std::vector<std::pair<bool, std::optional<Segmentation>>> memo_;
};

}  // namespace

Decompounder::Decompounder(std::string_view dictionary) {
    const std::size_t separator = dictionary.find("\n%\n");
    nouns_ = dictionary.substr(0, separator == std::string_view::npos ? dictionary.size() : separator + 1);
    others_ = separator == std::string_view::npos ? std::string_view{} : dictionary.substr(separator + 3);
    content_hash_ = fmt::format("{:016x}", XXH3_64bits(dictionary.data(), dictionary.size()));
}

const Decompounder& Decompounder::builtin() {
    static const Decompounder dictionary(std::string_view(
        healthsearch_compound_dictionary,
        static_cast<std::size_t>(healthsearch_compound_dictionary_end - healthsearch_compound_dictionary)));
    return dictionary;
}

bool Decompounder::is_noun(std::string_view folded) const { return contains(nouns_, folded); }

bool Decompounder::is_other_word(std::string_view folded) const { return contains(others_, folded); }

bool Decompounder::may_split(std::string_view folded) {
    return folded.size() >= kShortestCompound &&
           std::all_of(folded.begin(), folded.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::vector<ByteRange> Decompounder::split(std::string_view folded) const {
    if (!may_split(folded)) return {};
    if (is_other_word(folded) && !is_noun(folded)) return {};
    Splitter splitter(*this, folded);
    const auto best = splitter.solve(0, true);
    return best ? best->parts : std::vector<ByteRange>{};
}

}  // namespace healthsearch::analysis
