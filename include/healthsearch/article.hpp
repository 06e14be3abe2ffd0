#pragma once
// The article: what every extractor produces and the indexer consumes. Plain data: as safe to
// share between threads as a std::string (reading from many at once; writing from one, alone).

#include <string>
#include <vector>

namespace healthsearch {

struct Section {
    // Headings from the outermost to this section's own; empty for text before any heading.
    std::vector<std::string> heading_path;
    std::vector<std::string> paragraphs;
};

struct Article {
    // Stable id: path relative to the corpus root, or the JSONL `_id`.
    std::string id;
    std::string title;
    // "de", "en", or empty when not known yet (the analyser detects it).
    std::string language;
    // Where the article came from, for people: a file path, or file:line for JSONL records.
    std::string source;
    // The file it was read from, and the root (folder or file) the walk was given; they decide
    // which indexed articles a later run may delete when their file disappears.
    std::string source_file;
    std::string root;
    std::vector<Section> sections;
    // Hash of the source bytes; lets incremental runs skip unchanged articles.
    std::string content_hash;
    // Source modification time in seconds since the epoch; 0 when not known.
    long long modified = 0;
    // Questions the page lists as related to it ("People also ask", "Weitere Fragen"), in
    // page order: never a passage, indexed on each passage of the article for ranking.
    std::vector<std::string> questions;
};

}  // namespace healthsearch
