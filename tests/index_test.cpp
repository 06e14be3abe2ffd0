// The index: one document per passage, replace-by-article, fingerprint and lock handling.

#include "index/committed_files.hpp"
#include "index/schema.hpp"
#include "index/stored_passage.hpp"
#include "test_support.hpp"

#include <healthsearch/error.hpp>
#include <healthsearch/index.hpp>
#include <healthsearch/search.hpp>

#include <doctest/doctest.h>

#include <xapian.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace healthsearch;
using test_support::make_article;
using test_support::ScratchDir;

namespace {

const std::string kLong =
    "Chemotherapy uses medicines that stop cancer cells from dividing. It is given in cycles, "
    "with rest periods in between so that healthy cells can recover. ";

Article chemo_article(const std::string& hash = "v1") {
    Article article = make_article("en/chemo.md", "Chemotherapy",
                                   {kLong + kLong + kLong, kLong + kLong + kLong}, {"How it works"});
    article.content_hash = hash;
    return article;
}

}  // namespace

TEST_CASE("each passage is one document carrying its article id, language and text") {
    ScratchDir dir;
    const auto db_path = (dir / "db").string();
    {
        IndexWriter writer(db_path);
        CHECK(writer.add(chemo_article()) == 2);
        writer.commit();
    }
    Xapian::Database db(db_path);
    REQUIRE(db.get_doccount() == 2);
    for (Xapian::docid id = 1; id <= 2; ++id) {
        const Xapian::Document doc = db.get_document(id);
        CHECK(doc.get_value(index::schema::kSlotArticleId) == "en/chemo.md");
        CHECK(doc.get_value(index::schema::kSlotLanguage) == "en");
        const auto stored = index::decode_stored_passage(doc.get_data());
        CHECK(stored.title == "Chemotherapy");
        CHECK(stored.heading_path == std::vector<std::string>{"How it works"});
        CHECK(stored.text.starts_with("Chemotherapy uses medicines"));
    }
    // Stems for matching, no positions (phrases are checked on the stored text), title words
    // weighted above body words.
    CHECK(db.get_document(1).termlist_begin() != db.get_document(1).termlist_end());
    CHECK_FALSE(db.has_positions());
    CHECK(db.term_exists("Zchemotherapi"));
    // Words are indexed by stem only, and stop words not at all.
    CHECK_FALSE(db.term_exists("cancer"));
    CHECK_FALSE(db.term_exists("Zthe"));
    const Xapian::Document first = db.get_document(1);
    Xapian::termcount title_wdf = 0, body_wdf = 0;
    for (auto it = first.termlist_begin(); it != first.termlist_end(); ++it) {
        if (*it == "Zchemotherapi") title_wdf = it.get_wdf();
        if (*it == "Zdivid") body_wdf = it.get_wdf();
    }
    // "dividing" occurs three times in the passage body; "Chemotherapy" three times in the body
    // and once in the title, which counts kTitleWdf times.
    CHECK(body_wdf == 3);
    CHECK(title_wdf == 3 + index::schema::kTitleWdf);
}

TEST_CASE("multi-word synonym terms are recorded whole, since the index keeps no positions") {
    ScratchDir dir;
    const auto db_path = (dir / "db").string();
    {
        IndexWriter writer(db_path);
        writer.add(make_article("en/effects.md", "Treatment",
                                {"Most side effects pass within weeks. Effects on one side of the body are rarer."}));
        writer.add(make_article("en/apart.md", "Surgery",
                                {"The scar on the left side fades. The effects of the anaesthetic wear off."}));
        writer.commit();
    }
    Xapian::Database db(db_path);
    CHECK(db.term_exists("Qside effects"));
    // Only where the words stand together.
    CHECK(db.get_termfreq("Qside effects") == 1);
    CHECK(db.get_termfreq("Zside") == 2);
}

TEST_CASE("re-adding: unchanged articles are skipped, changed ones replaced whole") {
    ScratchDir dir;
    const auto db_path = (dir / "db").string();
    IndexWriter writer(db_path);
    writer.add(chemo_article("v1"));
    writer.commit();
    CHECK(writer.add(chemo_article("v1")) == 0);
    CHECK(writer.report().unchanged == 1);

    Article shorter = make_article("en/chemo.md", "Chemotherapy", {kLong}, {});
    shorter.content_hash = "v2";
    CHECK(writer.add(shorter) == 1);
    writer.commit();
    CHECK(writer.report().added == 1);
    CHECK(writer.report().updated == 1);
    CHECK(read_index_stats(db_path).passages == 1);
    CHECK(read_index_stats(db_path).articles == 1);

    CHECK(writer.remove("en/chemo.md"));
    CHECK_FALSE(writer.remove("en/chemo.md"));
    writer.commit();
    CHECK(read_index_stats(db_path).passages == 0);
}

TEST_CASE("uncommitted work is invisible to readers and dropped if the writer goes away") {
    ScratchDir dir;
    const auto db_path = (dir / "db").string();
    {
        IndexWriter writer(db_path);
        writer.add(chemo_article());
        writer.commit();
        Article other = make_article("en/other.md", "Other", {kLong});
        writer.add(other);
        CHECK(Xapian::Database(db_path).get_doccount() == 2);  // only the committed article
    }
    CHECK(read_index_stats(db_path).articles == 1);
}

TEST_CASE("an index built by another analysis chain is refused with advice to rebuild") {
    ScratchDir dir;
    const auto db_path = (dir / "db").string();
    {
        IndexWriter writer(db_path);
        writer.add(chemo_article());
        writer.commit();
    }
    {
        Xapian::WritableDatabase db(db_path, Xapian::DB_OPEN);
        db.set_metadata(index::schema::kMetadataFingerprint, "healthsearch-analyzer/0 something-else");
        db.commit();
    }
    CHECK_THROWS_AS(Searcher{db_path}, IncompatibleIndexError);
    CHECK_THROWS_AS(IndexWriter{db_path}, IncompatibleIndexError);
    try {
        Searcher searcher(db_path);
    } catch (const IncompatibleIndexError& error) {
        CHECK(std::string(error.what()).find("--rebuild") != std::string::npos);
        CHECK(error.where() == db_path);
    }
    CHECK(read_index_stats(dir.path().string() + "/db").fingerprint != analyzer_fingerprint());
}

TEST_CASE("a missing index and a second writer give their own errors") {
    ScratchDir dir;
    CHECK_THROWS_AS(Searcher{(dir / "nothing-here").string()}, IndexNotFoundError);
    CHECK_THROWS_AS(read_index_stats((dir / "nothing-here").string()), IndexNotFoundError);
    IndexWriter first((dir / "db").string());
    CHECK_THROWS_AS(IndexWriter{(dir / "db").string()}, IndexLockedError);
}

TEST_CASE("opening the index while a writer commits in a loop never fails") {
    ScratchDir dir;
    const auto db_path = (dir / "db").string();
    {
        IndexWriter writer(db_path);
        writer.add(chemo_article());
        writer.commit();
    }
    std::atomic<bool> done = false;
    std::thread writer([&] {
        // Unsynced commits come fast enough to discard a revision while a reader opens it.
        Xapian::WritableDatabase db(db_path, Xapian::DB_OPEN | Xapian::DB_NO_SYNC);
        const Xapian::Document passage = db.get_document(1);
        for (int round = 0; !done; ++round) {
            db.replace_document(1, passage);
            db.set_metadata("round", std::to_string(round));
            db.commit();
        }
    });
    int searches = 0;
    int found = 0;
    int failures = 0;
    std::string failure;
    for (const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(2);
         std::chrono::steady_clock::now() < end; ++searches) {
        try {
            found += !Searcher(db_path).search("chemotherapy").hits.empty();
        } catch (const Error& error) {
            ++failures;
            failure = error.what();
        }
    }
    done = true;
    writer.join();
    CHECK(searches > 100);
    CHECK_MESSAGE(failures == 0, failures << " of " << searches << " searches failed, the last with: " << failure);
    CHECK(found + failures == searches);
}

TEST_CASE("giving back a failed run's disk space never cuts into a later commit") {
    ScratchDir dir;
    const auto db_path = (dir / "db").string();
    IndexWriter writer(db_path);
    writer.add(chemo_article());
    writer.commit();
    const index::CommittedFiles before_second_commit{std::filesystem::path(db_path)};
    for (int number = 0; number < 50; ++number) {
        writer.add(make_article("en/more-" + std::to_string(number) + ".md", "More", {kLong + kLong}));
    }
    writer.commit();
    before_second_commit.restore();  // stale lengths: must leave the files alone
    CHECK(read_index_stats(db_path).articles == 51);
    CHECK_NOTHROW(Xapian::Database::check(db_path, Xapian::DBCHECK_FULL_TREE));
}

TEST_CASE("stored passage records round-trip, and damaged ones are refused") {
    const index::StoredPassage passage{"de/a.md", "Übelkeit", {"Ablauf", "Dauer"}, "de", "corpus/de/a.md", 300,
                                       std::string(200, 'x') + "\n\nEnde", {{0, 200}, {202, 206}}, {{0, 202}, {202, 206}}};
    const std::string data = index::encode(passage);
    const auto back = index::decode_stored_passage(data);
    CHECK(back.article_id == passage.article_id);
    CHECK(back.title == passage.title);
    CHECK(back.heading_path == passage.heading_path);
    CHECK(back.language == passage.language);
    CHECK(back.source == passage.source);
    CHECK(back.ordinal == passage.ordinal);
    CHECK(back.text == passage.text);
    REQUIRE(back.words.size() == 2);
    CHECK(back.words[1].begin == 202);
    CHECK(back.words[1].end == 206);
    REQUIRE(back.sentences.size() == 2);
    CHECK(back.sentences[0].end == 202);
    CHECK_THROWS_AS(index::decode_stored_passage(data.substr(0, data.size() - 3)), IndexError);
    CHECK_THROWS_AS(index::decode_stored_passage("{\"json\": true}"), IndexError);
}
