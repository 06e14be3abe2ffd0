#include "arguments.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <numeric>
#include <string_view>

namespace healthsearch::cli {

namespace {

// A command this many letters away from a typed word is suggested for it (serch: search).
constexpr std::size_t kCommandTypos = 2;

// An excluded word or phrase: "-melanoma", -"skin cancer". Options start so too, and so do
// negative numbers, which are none.
bool starts_with_exclusion(const std::string& arg) {
    return arg.size() > 1 && arg[0] == '-' && arg[1] != '-' && !std::isdigit(static_cast<unsigned char>(arg[1]));
}

// Levenshtein distance.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace

std::vector<std::string> with_dash_query_last(std::vector<std::string> args) {
    if (args.empty() || args.front() != "search") return args;
    if (std::find(args.begin(), args.end(), "--") != args.end()) return args;
    // No option holds a space; a query that starts with an excluded word often does.
    const auto query = std::find_if(args.begin() + 1, args.end(), [](const std::string& arg) {
        return starts_with_exclusion(arg) && arg.find_first_of(" \t\n") != std::string::npos;
    });
    if (query == args.end()) return args;
    std::string moved = std::move(*query);
    args.erase(query);
    args.push_back("--");
    args.push_back(std::move(moved));
    return args;
}

std::string unknown_command(const CLI::App& app, const std::vector<std::string>& args) {
    if (args.empty() || args.front().starts_with("-")) return {};
    const std::string& typed = args.front();
    std::string names;
    std::string closest;
    std::size_t closest_distance = kCommandTypos + 1;
    for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) {
        const std::string& name = command->get_name();
        if (name == typed) return {};
        names += (names.empty() ? "" : ", ") + name;
        if (const std::size_t distance = edit_distance(typed, name); distance < closest_distance) {
            closest_distance = distance;
            closest = name;
        }
    }
    std::string message = fmt::format("unknown command \"{}\"", typed);
    if (!closest.empty()) message += fmt::format("; did you mean {}?", closest);
    return message + fmt::format(" (commands: {})", names);
}

std::string dash_query_advice(const CLI::App& search, const std::vector<std::string>& args) {
    if (args.empty() || args.front() != search.get_name()) return {};
    for (auto arg = args.begin() + 1; arg != args.end() && *arg != "--"; ++arg) {
        if (!starts_with_exclusion(*arg) || search.get_option_no_throw(*arg) != nullptr) continue;
        // A short option with its number attached (-n5) is an option.
        const bool attached_number = arg->find_first_not_of("0123456789", 2) == std::string::npos;
        if (attached_number && search.get_option_no_throw(arg->substr(0, 2)) != nullptr) continue;
        return fmt::format("a query that starts with - (an excluded word) goes after --: "
                           "healthsearch search -- \"{}\"",
                           *arg);
    }
    return {};
}

std::optional<Shard> parse_shard(std::string_view text) {
    const std::size_t slash = text.find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    const auto number_at = [](std::string_view digits) -> std::optional<std::size_t> {
        std::size_t value = 0;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (digits.empty() || error != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
        return value;
    };
    const auto number = number_at(text.substr(0, slash));
    const auto count = number_at(text.substr(slash + 1));
    if (!number || !count || *number == 0 || *number > *count) return std::nullopt;
    return Shard{*number, *count};
}

}  // namespace healthsearch::cli
