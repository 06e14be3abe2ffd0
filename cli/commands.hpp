#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace healthsearch::cli {

struct IndexCommand {
    std::string db;
    std::vector<std::string> paths;
    std::string id_prefix;
    bool rebuild = false;
    bool retry_failed = false;
    double wait_seconds = 0;
    double max_delete_percent = 50;
    std::string shard;  // "K/N", checked by kShardSpec; empty for the whole corpus
    std::size_t batch = 0;  // passages per commit; 0 for the library default
    bool quiet = false;
    bool verbose = false;
    bool json = false;
};

struct RollbackCommand {
    std::string db;
    double wait_seconds = 0;
};

struct SearchCommand {
    std::vector<std::string> dbs;  // several --db values search several shards as one
    std::string query;
    std::size_t limit = 10;
    std::size_t offset = 0;
    std::string query_language;
    std::string language;
    std::size_t per_article = 0;
    bool no_synonyms = false;
    bool no_translate = false;
    bool autocorrect = false;
    bool json = false;
    std::string color = "auto";
};

struct ServeCommand {
    std::vector<std::string> dbs;  // index folders and tcp:HOST:PORT shards, searched as one
    std::string listen = "127.0.0.1:8080";
    std::size_t threads = 0;  // 0: the server's default
};

struct StatsCommand {
    std::string db;
    bool json = false;
};

struct EvalCommand {
    std::vector<std::string> dbs;
    std::string queries;
    std::string qrels;
    std::string score_run;  // score this run file instead of running queries
    std::string write_run;
    std::string tag = "healthsearch";
    std::string language;
    std::size_t depth = 100;
    bool no_synonyms = false;
    bool no_translate = false;
    bool per_query = false;
    bool json = false;
};

int run_eval(const EvalCommand& command);
int run_index(const IndexCommand& command);
int run_rollback(const RollbackCommand& command);
int run_search(const SearchCommand& command);
int run_serve(const ServeCommand& command);
int run_stats(const StatsCommand& command);

// $HEALTHSEARCH_DB, else $XDG_DATA_HOME/healthsearch/index, else ~/.local/share/healthsearch/index.
std::string default_db_path();

// Maps an exception from the library to a message on stderr and an exit code.
int report_error(const std::exception& error);

}  // namespace healthsearch::cli
