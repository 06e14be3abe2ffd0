#pragma once

#include <healthsearch/search.hpp>

#include <healthsearch/index.hpp>

#include <nlohmann/json.hpp>

#include <string>

namespace healthsearch::cli {

// Snippet text with its highlights as ANSI bold yellow, or as *word* without colour.
std::string render_snippet(const Snippet& snippet, bool color);

// A hit as a human reads it on a terminal (several lines, ending in a blank line).
std::string render_hit_text(const Hit& hit, bool color);

// A hit as JSON; field names are documented in the README. Its passage is numbered from 1, as
// in render_hit_text. `search --json` prints it as a line, `serve` puts it in its answers.
nlohmann::json hit_json(const Hit& hit);

// An index's figures as `stats --json` prints them and `serve`'s /api/stats lists them.
nlohmann::json index_stats_json(const IndexStats& stats);

// hit_json as one line of text.
std::string render_hit_json(const Hit& hit);

// `json` as text (one line, or indented by `indent`), with any byte of its strings that is not
// UTF-8 (an old index, a file name) written as U+FFFD: JSON output never fails on its data.
std::string json_text(const nlohmann::json& json, int indent = -1);

}  // namespace healthsearch::cli
