#pragma once
// The command lines CLI11 alone reads wrongly: a query that starts with "-", a mistyped command.

#include <healthsearch/index.hpp>

#include <CLI/CLI.hpp>

#include <optional>
#include <string_view>

#include <string>
#include <vector>

namespace healthsearch::cli {

// `args` (without the program name) with a search query that starts with "-" and holds a space
// ("-melanoma immunotherapy": an excluded word first) moved behind "--", so that CLI11 takes it
// for the query, not for an option. Unchanged when there is none, or "--" is already given.
std::vector<std::string> with_dash_query_last(std::vector<std::string> args);

// "unknown command ..." (with the closest of `app`'s commands, if one is close) when the first
// of `args` is neither an option nor a command; empty otherwise.
std::string unknown_command(const CLI::App& app, const std::vector<std::string>& args);

// For a count: CLI11 reads -1 as the largest number of an unsigned type.
inline const CLI::Validator kNotNegative(
    [](const std::string& value) { return value.starts_with('-') ? std::string("must be 0 or more") : std::string(); },
    "N>=0");

// `index --shard K/N`: shard K of N, 1 <= K <= N; none for anything else (0/2, 3/2, x/y, 1/0).
std::optional<Shard> parse_shard(std::string_view text);

inline const CLI::Validator kShardSpec(
    [](const std::string& value) {
        return parse_shard(value) ? std::string()
                                  : "must be K/N, shard K of N with 1 <= K <= N (for example 1/2), not " + value;
    },
    "K/N");

// For a search command line CLI11 refused: how to search for a query that starts with "-" if
// one of `args` after the command looks like one rather than like an option of `search`; empty
// otherwise.
std::string dash_query_advice(const CLI::App& search, const std::vector<std::string>& args);

}  // namespace healthsearch::cli
