// Reading corpora: folders, JSON Lines, and every kind of bad input reported by name.

#include "test_support.hpp"

#include <healthsearch/error.hpp>
#include <healthsearch/source.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace healthsearch;
using test_support::ScratchDir;

namespace {

struct Collected {
    std::vector<Article> articles;
    std::vector<InputError> errors;
    std::vector<std::filesystem::path> skipped;

    const Article* find(const std::string& id) const {
        for (const auto& article : articles) {
            if (article.id == id) return &article;
        }
        return nullptr;
    }
    bool has_error(const std::string& file_part, const std::string& reason_part) const {
        return std::any_of(errors.begin(), errors.end(), [&](const InputError& error) {
            return error.file().find(file_part) != std::string::npos &&
                   std::string(error.what()).find(reason_part) != std::string::npos;
        });
    }
};

Collected collect(const std::vector<std::filesystem::path>& roots) {
    Collected out;
    read_corpus(roots, {.on_article = [&](Article&& article) { out.articles.push_back(std::move(article)); },
                        .on_error = [&](const InputError& error) { out.errors.push_back(error); },
                        .on_skipped = [&](const std::filesystem::path& path) { out.skipped.push_back(path); }});
    return out;
}

}  // namespace

TEST_CASE("a folder is walked in sorted order with ids relative to the root") {
    ScratchDir dir;
    dir.write("en/b.md", "# Bee\n\nText about bees.\n");
    dir.write("de/a.txt", "Titel A\n\nEin Absatz über Bienen.\n");
    dir.write("en/c.html", "<h1>Cee</h1><p>Some text.</p>");
    dir.write("notes.docx", "PK\x03\x04");
    const Collected got = collect({dir.path()});
    CHECK(got.errors.empty());
    REQUIRE(got.articles.size() == 3);
    CHECK(got.articles[0].id == "de/a.txt");
    CHECK(got.articles[1].id == "en/b.md");
    CHECK(got.articles[2].id == "en/c.html");
    CHECK(got.articles[1].title == "Bee");
    CHECK(got.articles[0].modified > 0);
    REQUIRE(got.skipped.size() == 1);
    CHECK(got.skipped[0].filename() == "notes.docx");
}

TEST_CASE("BEIR corpus.jsonl: one article per line, bad lines named with their line number") {
    ScratchDir dir;
    const auto file = dir.write("corpus.jsonl",
                                "{\"_id\": \"d1\", \"title\": \"Eins\", \"text\": \"Erster Absatz.\\n\\nZweiter Absatz.\"}\n"
                                "this is not json\n"
                                "\n"
                                "{\"_id\": \"d2\", \"text\": \"No title here.\"}\n"
                                "{\"title\": \"no id\", \"text\": \"x\"}\n"
                                "{\"_id\": \"d1\", \"text\": \"duplicate id\"}\n");
    const Collected got = collect({file});
    REQUIRE(got.articles.size() == 2);
    CHECK(got.articles[0].id == "d1");
    CHECK(got.articles[0].title == "Eins");
    REQUIRE(got.articles[0].sections.size() == 1);
    CHECK(got.articles[0].sections[0].paragraphs.size() == 2);
    CHECK(got.articles[1].id == "d2");
    REQUIRE(got.errors.size() == 3);
    CHECK(got.errors[0].line() == 2);
    CHECK(std::string(got.errors[0].what()).find("not valid JSON") != std::string::npos);
    CHECK(got.errors[1].line() == 5);
    CHECK(std::string(got.errors[1].what()).find("_id") != std::string::npos);
    CHECK(std::string(got.errors[2].what()).find("already used") != std::string::npos);
}

TEST_CASE("a JSONL number too large for a double is one bad line, not the end of the walk (fuzz finding)") {
    ScratchDir dir;
    const auto file = dir.write("corpus.jsonl",
                                "{\"_id\": \"big\", \"text\": \"Too large.\", \"size\": 1E400}\n"
                                "{\"_id\": \"next\", \"text\": \"Still read.\"}\n");
    const Collected got = collect({file});
    REQUIRE(got.errors.size() == 1);
    CHECK(got.errors[0].line() == 1);
    CHECK(std::string(got.errors[0].what()).find("number overflow") != std::string::npos);
    REQUIRE(got.articles.size() == 1);
    CHECK(got.articles[0].id == "next");
}

TEST_CASE("bad files are reported by name and reason; the good ones are still read") {
    ScratchDir dir;
    dir.write("good.md", "# Gut\n\nEin guter Artikel.\n");
    dir.write("latin1.txt", "Titel\n\n\xDC" "belkeit in Latin-1.\n");
    dir.write("binary.txt", std::string("\x7f" "ELF\0\0\0\x01", 8));
    dir.write("empty.txt", "");
    dir.write("big.txt", std::string((33u << 20), 'a'));
    std::filesystem::create_directory_symlink(dir.path(), dir / "loop");
    const Collected got = collect({dir.path(), dir / "missing-folder"});

    REQUIRE(got.articles.size() == 1);
    CHECK(got.articles[0].id == "good.md");
    CHECK(got.has_error("latin1.txt", "UTF-8"));
    CHECK(got.has_error("binary.txt", "NUL"));
    CHECK(got.has_error("empty.txt", "no article text"));
    CHECK(got.has_error("big.txt", "limit"));
    CHECK(got.has_error("loop", "symbolic link"));
    CHECK(got.has_error("missing-folder", "does not exist"));
}

TEST_CASE("the content hash changes with the bytes and only with them") {
    ScratchDir dir;
    dir.write("a/x.txt", "Titel\n\nText.\n");
    dir.write("b/x.txt", "Titel\n\nText.\n");
    dir.write("c/x.txt", "Titel\n\nText!\n");
    const Collected got = collect({dir / "a", dir / "b", dir / "c"});
    // Same id under three roots: the later two are duplicates and reported as such.
    REQUIRE(got.articles.size() == 1);
    CHECK(got.errors.size() == 2);
    const Collected a = collect({dir / "a"});
    const Collected b = collect({dir / "b"});
    const Collected c = collect({dir / "c"});
    CHECK(a.articles[0].content_hash == b.articles[0].content_hash);
    CHECK(a.articles[0].content_hash != c.articles[0].content_hash);
}

TEST_CASE("a bad JSONL line is one error naming file:line and why; the other lines and files are read") {
    ScratchDir dir;
    const std::string huge_text(40u << 20, 'x');
    dir.write("a.jsonl",
              "{\"_id\":\"big-number\",\"text\":\"x\",\"n\":1e400}\n"
              "{\"_id\":7,\"text\":\"The id is a number.\"}\n"
              "{\"_id\":\"number-title\",\"title\":12,\"text\":\"The title is a number.\"}\n"
              "{\"_id\":\"bad-utf8\",\"text\":\"kaputt \xC3\x28 hier\"}\n"
              "{\"_id\":\"lone-surrogate\",\"text\":\"\\ud800 allein\"}\n"
              "{\"_id\":\"nul\",\"title\":\"Null\\u0000Titel\",\"text\":\"Ein\\u0000Absatz mit NUL.\"}\n"
              "{\"_id\":\"no-text\",\"title\":\"Only a title\",\"text\":\" \\u3000\\u2028 \"}\n"
              "{\"_id\":\"huge\",\"text\":\"" + huge_text + "\"}\n"
              "{\"_id\":\"after-huge\",\"title\":null,\"text\":\"Read after the huge line.\"}\n");
    dir.write("b.md", "# Zweite Datei\n\nAuch sie wird gelesen.\n");
    const Collected got = collect({dir.path()});

    REQUIRE(got.articles.size() == 3);
    CHECK(got.articles[0].id == "nul");
    CHECK(got.articles[0].title == "Null Titel");
    CHECK(got.articles[0].sections.at(0).paragraphs == std::vector<std::string>{"Ein Absatz mit NUL."});
    CHECK(got.articles[1].id == "after-huge");  // a null title is no title
    CHECK(got.articles[2].id == "b.md");
    REQUIRE(got.errors.size() == 7);
    const std::vector<std::pair<std::size_t, std::string>> expected = {
        {1, "number overflow"}, {2, "\"_id\" that is a number"}, {3, "\"title\" that is a number"},
        {4, "UTF-8"},           {5, "surrogate"},               {7, "no article text"},
        {8, "longer than the 32 MB limit"}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CAPTURE(got.errors[i].what());
        CHECK(got.errors[i].file().ends_with("a.jsonl"));
        CHECK(got.errors[i].line() == expected[i].first);
        CHECK(std::string(got.errors[i].what()).find(expected[i].second) != std::string::npos);
    }
}

TEST_CASE("every callback is optional") {
    ScratchDir dir;
    dir.write("bad.txt", "");
    dir.write("good.txt", "Titel\n\nEin Absatz.\n");
    std::size_t articles = 0;
    CHECK_NOTHROW(read_corpus({dir.path()}, {}));
    CHECK_NOTHROW(read_corpus({dir.path(), dir / "missing"}, {.on_article = [&](Article&&) { ++articles; }}));
    CHECK(articles == 1);
}

TEST_CASE("an exception from the caller's callback reaches the caller as thrown") {
    ScratchDir dir;
    dir.write("a.txt", "Titel\n\nEin Absatz.\n");
    dir.write("b.jsonl", "{\"_id\":\"r\",\"text\":\"Ein Datensatz.\"}\n");
    struct Full : std::runtime_error {
        using std::runtime_error::runtime_error;
    };
    for (const char* root : {"a.txt", "b.jsonl"}) {
        std::vector<InputError> errors;
        CHECK_THROWS_AS(read_corpus({dir / root}, {.on_article = [](Article&&) { throw Full("disk full"); },
                                                    .on_error = [&](const InputError& e) { errors.push_back(e); }}),
                        Full);
        CHECK(errors.empty());
    }
}
