#include "commands.hpp"
#include "exit_codes.hpp"
#include "render.hpp"

#include <healthsearch/search.hpp>

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace healthsearch::cli {

namespace {

bool use_color(const std::string& mode) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

}  // namespace

int run_search(const SearchCommand& command) {
    std::vector<std::string> dbs = command.dbs;
    if (dbs.empty()) dbs.push_back(default_db_path());
    const Searcher searcher(dbs);

    SearchOptions options;
    options.limit = command.limit;
    options.offset = command.offset;
    options.language = command.language;
    options.per_article = command.per_article;
    options.expand_synonyms = !command.no_synonyms;
    options.autocorrect = command.autocorrect;
    options.translate = !command.no_translate;
    const SearchResult result = searcher.search(command.query, options);
    const std::vector<Hit>& hits = result.hits;
    const std::vector<Correction>& corrections = result.corrections;

    const bool color = !command.json && use_color(command.color);
    std::string out;
    // A blank line parts the suggestion from the hits; with no hits it would only trail.
    const char* gap = hits.empty() ? "\n" : "\n\n";
    if (!corrections.empty()) {
        const std::string suggested = apply_corrections(command.query, corrections);
        if (command.json) {
            nlohmann::json list = nlohmann::json::array();
            for (const Correction& correction : corrections) {
                list.push_back({{"word", correction.word}, {"suggestion", correction.suggestion}});
            }
            out += json_text({{"did_you_mean",
                               {{"query", suggested}, {"corrections", list}, {"applied", command.autocorrect}}}}) +
                   "\n";
        } else if (command.autocorrect) {
            out += fmt::format("Showing results for: {}{}", suggested, gap);
        } else {
            out += fmt::format("Did you mean: {}?  (search again with --autocorrect){}", suggested, gap);
        }
    }
    for (const Hit& hit : hits) {
        out += command.json ? render_hit_json(hit) + "\n" : render_hit_text(hit, color);
    }
    std::fputs(out.c_str(), stdout);
    if (hits.empty()) {
        if (!command.json) fmt::print(stderr, "healthsearch: no passage matches \"{}\"\n", command.query);
        return kExitNoResults;
    }
    return kExitOk;
}

}  // namespace healthsearch::cli
