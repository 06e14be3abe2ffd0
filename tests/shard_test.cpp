// index --shard K/N: N indexes of one corpus, searched as one, locally or over xapian-tcpsrv.

#include "cli_runner.hpp"
#include "index/schema.hpp"
#include "tcp_shard_server.hpp"
#include "test_support.hpp"

#include <healthsearch/error.hpp>
#include <healthsearch/index.hpp>
#include <healthsearch/search.hpp>

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <xapian.h>

#include <fstream>
#include <set>

using namespace healthsearch;
using test_support::ScratchDir;
using test_support::TcpShardServer;

namespace {

const std::string kCorpus = std::string(HEALTHSEARCH_SOURCE_DIR) + "/corpus";

UpdateOptions shard_options(std::size_t number, std::size_t count) {
    UpdateOptions options;
    options.shard = {number, count};
    return options;
}

std::set<std::string> indexed_ids(const std::string& db) {
    std::set<std::string> ids;
    const Xapian::Database database(db);
    const Xapian::valueno slot = index::schema::kSlotArticleId;
    for (auto it = database.valuestream_begin(slot); it != database.valuestream_end(slot); ++it) ids.insert(*it);
    return ids;
}

// Some of the judged queries, of both languages.
std::vector<std::string> bundled_queries(std::size_t count) {
    std::ifstream in(std::string(HEALTHSEARCH_SOURCE_DIR) + "/tests/relevance/queries.jsonl");
    std::vector<std::string> queries;
    std::string line;
    for (std::size_t n = 0; std::getline(in, line); ++n) {
        if (n % 9 == 0) queries.push_back(nlohmann::json::parse(line).at("text").get<std::string>());
        if (queries.size() == count) break;
    }
    return queries;
}

// The top 10 as article id and passage number, best first.
std::vector<std::string> top_ten(const Searcher& searcher, const std::string& query) {
    std::vector<std::string> ranking;
    SearchOptions options;
    options.limit = 10;
    for (const Hit& hit : searcher.search(query, options).hits) {
        ranking.push_back(hit.article_id + "#" + std::to_string(hit.passage));
    }
    return ranking;
}

// The bundled corpus as a whole and as shards 1/2 and 2/2.
struct ShardedCorpus {
    ScratchDir dir;
    std::string whole = (dir / "whole").string();
    std::string first = (dir / "shard1").string();
    std::string second = (dir / "shard2").string();
    IndexReport whole_report = update_index(whole, {kCorpus});
    IndexReport first_report = update_index(first, {kCorpus}, shard_options(1, 2));
    IndexReport second_report = update_index(second, {kCorpus}, shard_options(2, 2));
};

}  // namespace

TEST_CASE_FIXTURE(ShardedCorpus, "shards 1/2 and 2/2 hold every article of the corpus exactly once") {
    const std::set<std::string> all = indexed_ids(whole);
    const std::set<std::string> one = indexed_ids(first);
    const std::set<std::string> two = indexed_ids(second);
    REQUIRE(all.size() > 50);
    CHECK(!one.empty());
    CHECK(!two.empty());
    std::set<std::string> both = one;
    both.insert(two.begin(), two.end());
    CHECK(both == all);
    CHECK(one.size() + two.size() == all.size());
    for (const std::string& id : one) CHECK(shard_of(id, 2) == 1);
    for (const std::string& id : two) CHECK(shard_of(id, 2) == 2);
    // Files of the other shard are not read, and nothing of them counts as failed or deleted.
    CHECK(first_report.files_read + second_report.files_read == whole_report.files_read);
    CHECK(first_report.failed == whole_report.failed);
    CHECK(first_report.added + second_report.added == whole_report.added);
    CHECK(read_index_stats(first).shard == "1/2");
    CHECK(read_index_stats(whole).shard.empty());
}

TEST_CASE_FIXTURE(ShardedCorpus, "two local shards rank as the whole index does") {
    const Searcher combined(whole);
    const Searcher shards(std::vector<std::string>{first, second});
    for (const std::string& query : bundled_queries(8)) {
        CAPTURE(query);
        const auto expected = top_ten(combined, query);
        CHECK(!expected.empty());
        CHECK(top_ten(shards, query) == expected);
    }
}

TEST_CASE_FIXTURE(ShardedCorpus, "two shards served by xapian-tcpsrv rank as the whole index does") {
    const TcpShardServer server_one(first);
    const TcpShardServer server_two(second);
    const Searcher combined(whole);
    const Searcher remote(std::vector<std::string>{server_one.location(), server_two.location()});
    for (const std::string& query : bundled_queries(8)) {
        CAPTURE(query);
        const auto expected = top_ten(combined, query);
        CHECK(!expected.empty());
        CHECK(top_ten(remote, query) == expected);
    }
}

TEST_CASE_FIXTURE(ShardedCorpus, "an update with the shard the index holds changes nothing and deletes nothing") {
    UpdateOptions options = shard_options(1, 2);
    options.max_delete_share = 0;  // any deletion at all would be refused and counted as failed
    const IndexReport again = update_index(first, {kCorpus}, options);
    CHECK(again.failed == first_report.failed);
    CHECK(again.deleted == 0);
    CHECK(again.added == 0);
    CHECK(again.files_read == 0);
    CHECK(again.unchanged == first_report.added);
    CHECK(indexed_ids(first).size() == first_report.added);
}

TEST_CASE_FIXTURE(ShardedCorpus, "an update with another shard is refused; a rebuild changes the shard") {
    const std::set<std::string> before = indexed_ids(first);
    CHECK_THROWS_WITH_AS(update_index(first, {kCorpus}, shard_options(2, 2)),
                         doctest::Contains("holds shard 1/2, not shard 2/2"), OptionError);
    CHECK_THROWS_AS(update_index(first, {kCorpus}), OptionError);
    CHECK_THROWS_AS(update_index(whole, {kCorpus}, shard_options(1, 2)), OptionError);
    CHECK(indexed_ids(first) == before);

    rebuild_index(first, {kCorpus}, shard_options(2, 2));
    CHECK(indexed_ids(first) == indexed_ids(second));
    CHECK(read_index_stats(first).shard == "2/2");
}

TEST_CASE("a shard that does not exist is refused before anything is written") {
    ScratchDir dir;
    const std::string db = (dir / "db").string();
    for (const Shard shard : {Shard{0, 2}, Shard{3, 2}, Shard{1, 0}}) {
        UpdateOptions options;
        options.shard = shard;
        CHECK_THROWS_AS(update_index(db, {kCorpus}, options), OptionError);
        CHECK_THROWS_AS(rebuild_index(db, {kCorpus}, options), OptionError);
    }
    CHECK_THROWS_AS(read_index_stats(db), IndexNotFoundError);
}

TEST_CASE("JSON Lines records of another shard are left out, and kept out by the next update") {
    ScratchDir dir;
    std::string lines;
    for (int n = 0; n < 20; ++n) {
        lines += nlohmann::json{{"_id", "doc" + std::to_string(n)}, {"title", "Eintrag " + std::to_string(n)},
                                {"text", "Ein kurzer Absatz über Müdigkeit und Bewegung, Nummer " + std::to_string(n) + "."}}
                     .dump() +
                 "\n";
    }
    const auto corpus = dir.write("corpus.jsonl", lines);
    const std::string db = (dir / "db").string();
    const IndexReport report = update_index(db, {corpus}, shard_options(2, 3));
    std::set<std::string> expected;
    for (int n = 0; n < 20; ++n) {
        if (shard_of("doc" + std::to_string(n), 3) == 2) expected.insert("doc" + std::to_string(n));
    }
    REQUIRE(!expected.empty());
    CHECK(indexed_ids(db) == expected);
    CHECK(report.added == expected.size());

    // The file changes: every record is read again, those of other shards still count for nothing.
    dir.write("corpus.jsonl", lines + nlohmann::json{{"_id", "extra"}, {"title", "Neu"}, {"text", "Ein neuer Absatz."}}.dump() + "\n");
    UpdateOptions options = shard_options(2, 3);
    options.max_delete_share = 0;
    const IndexReport again = update_index(db, {corpus}, options);
    CHECK(again.deleted == 0);
    CHECK(again.failed == 0);
    CHECK(indexed_ids(db).size() == expected.size() + (shard_of("extra", 3) == 2 ? 1 : 0));
}

TEST_CASE("index --shard takes K/N only, and stats shows the shard") {
    ScratchDir dir;
    const std::string db = (dir / "db").string();
    for (const std::string bad : {"0/2", "3/2", "x/y", "1/0", "1", "1/2/3", "-1/2"}) {
        CAPTURE(bad);
        const auto run = test_support::run_cli({"index", "--db", db, "--shard", bad, kCorpus});
        CHECK(run.exit_code == 2);
        CHECK(run.err.find("--shard") != std::string::npos);
        CHECK(run.err.find("K/N") != std::string::npos);
    }
    CHECK(test_support::run_cli({"index", "--db", db, "--shard", "2/2", kCorpus}).exit_code == 0);
    const auto stats = test_support::run_cli({"stats", "--db", db});
    CHECK(stats.out.find("shard        2/2") != std::string::npos);
    const auto other = test_support::run_cli({"index", "--db", db, "--shard", "1/2", kCorpus});
    CHECK(other.exit_code == 2);
    CHECK(other.err.find("holds shard 2/2, not shard 1/2") != std::string::npos);
}

TEST_CASE_FIXTURE(ShardedCorpus, "did you mean works over tcp: shards as over the whole local index") {
    const TcpShardServer server_one(first);
    const TcpShardServer server_two(second);
    const Searcher combined(whole);
    const Searcher remote(std::vector<std::string>{server_one.location(), server_two.location()});
    const Searcher mixed(std::vector<std::string>{first, server_two.location()});
    for (const std::string typo : {"Ubelkiet", "Chemotheraphie", "immunotherapyy", "Brustkrebz", "metastsis"}) {
        CAPTURE(typo);
        const auto expected = combined.search(typo).corrections;
        REQUIRE(expected.size() == 1);
        CHECK(remote.search(typo).corrections == expected);
        CHECK(mixed.search(typo).corrections == expected);
    }
}
