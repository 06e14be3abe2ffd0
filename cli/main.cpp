// healthsearch: build and query a passage index of health articles from the command line.

#include "arguments.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"

#include <healthsearch/version.hpp>

#include <CLI/CLI.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>

using namespace healthsearch::cli;

namespace {

int run_command_line(int argc, char** argv) {
    CLI::App app{"healthsearch: find the passages of German and English health articles that "
                 "answer a question."};
    app.set_version_flag("--version", std::string("healthsearch ") + HEALTHSEARCH_VERSION);
    app.require_subcommand(1);
    app.footer(
        "Index location: --db, else $HEALTHSEARCH_DB, else $XDG_DATA_HOME/healthsearch/index\n"
        "(~/.local/share/healthsearch/index).\n"
        "Exit codes: 0 ok, 1 no results, 2 usage or query error, 3 no index, 4 index built by\n"
        "another version (rebuild it), 5 some inputs failed (the rest was indexed), 6 index\n"
        "locked by another writer, 10 other failure.");
    const std::string db_help = "index directory (default: $HEALTHSEARCH_DB or the per-user location)";

    IndexCommand index;
    CLI::App* index_app = app.add_subcommand(
        "index", "Add or update articles from folders, files or BEIR corpus.jsonl files.");
    index_app->add_option("--db", index.db, db_help);
    index_app->add_option("paths", index.paths, "folders (.txt .md .html files) or .jsonl files")
        ->required();
    index_app->add_option("--id-prefix", index.id_prefix,
                          "prepend this to every article id (for collections whose ids overlap); kept per PATH, "
                          "changing it needs --rebuild");
    index_app->add_flag("--rebuild", index.rebuild,
                        "build a fresh generation from PATHs, verify and compact it, then switch "
                        "readers to it (the old one is kept for rollback)");
    index_app->add_flag("--retry-failed", index.retry_failed,
                        "read files that failed before even if they have not changed");
    index_app->add_option("--wait", index.wait_seconds,
                          "seconds to wait for another writer before giving up (exit 6)")
        ->capture_default_str()
        ->check(CLI::NonNegativeNumber);
    index_app->add_option("--max-delete", index.max_delete_percent,
                          "delete nothing under a root that would lose more than this percentage of "
                          "its indexed articles (exit 5); 100 allows any")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 100.0));
    index_app->add_option("--shard", index.shard,
                          "index only shard K of N (articles whose id hashes to it), for N machines each "
                          "building their share; an index keeps its shard until --rebuild")
        ->check(kShardSpec);
    index_app->add_option("--batch", index.batch,
                          "passages per commit (default 20000); smaller loses less work on a crash")
        ->check(kNotNegative);
    index_app->add_flag("-q,--quiet", index.quiet, "print only errors");
    index_app->add_flag("-v,--verbose", index.verbose, "also list skipped files");
    index_app->add_flag("--json", index.json, "print the summary as one JSON object");
    index_app->footer("Incremental: unchanged files are skipped, changed articles are replaced whole,\n"
                      "articles whose file disappeared from PATH are deleted, and files that failed\n"
                      "are not re-read until they change. A PATH with no files (an unmounted share?)\n"
                      "or that would lose more than --max-delete of its articles keeps them all.\n"
                      "A progress line is shown on a terminal.\n"
                      "Exit 5 when some files or PATHs could not be read (each is named on stderr), 6\n"
                      "when another process holds the index for longer than --wait, 10 on a full disk\n"
                      "(the index stays as it was).");

    RollbackCommand rollback;
    CLI::App* rollback_app = app.add_subcommand(
        "rollback", "Make the previous index generation live again (after a bad --rebuild).");
    rollback_app->add_option("--db", rollback.db, db_help);
    rollback_app->add_option("--wait", rollback.wait_seconds, "seconds to wait for a running writer")
        ->capture_default_str()
        ->check(CLI::NonNegativeNumber);

    SearchCommand search;
    CLI::App* search_app = app.add_subcommand("search", "Find passages that answer a question.");
    search_app->add_option("--db", search.dbs, db_help + "; repeat to search several shards")
        ->allow_extra_args(false);
    search_app->add_option("query", search.query, "words, \"a phrase\", +required, -excluded")
        ->required();
    search_app->add_option("-n,--limit", search.limit, "number of passages to show")
        ->capture_default_str()
        ->check(CLI::Range(1, 10000));
    search_app->add_option("--offset", search.offset, "skip this many passages first: the next page of results")
        ->capture_default_str()
        ->check(CLI::Range(0, 10000));
    search_app->add_option("--query-lang", search.query_language,
                           "the reader's language: its passages come first (default: told from the query; any: no preference)")
        ->check(CLI::IsMember({"de", "en", "any"}));
    search_app->add_option("--lang", search.language, "only passages in this language")
        ->check(CLI::IsMember({"de", "en"}));
    search_app->add_option("--per-article", search.per_article,
                           "at most N passages from one article (0: no limit)")
        ->capture_default_str()
        ->check(kNotNegative);
    search_app->add_flag("--no-synonyms", search.no_synonyms,
                         "search only the words given, without the medical vocabulary's other terms or German synonyms");
    search_app->add_flag("--no-translate", search.no_translate,
                         "do not also search FreeDict translations of the words");
    search_app->add_flag("--autocorrect", search.autocorrect,
                         "search unknown words as their \"did you mean\" suggestion");
    search_app->add_flag("--json", search.json, "one JSON object per hit, one per line");
    search_app->add_option("--color", search.color,
                           "highlight with colour: auto (on a terminal, unless NO_COLOR is set), always, never")
        ->capture_default_str()
        ->check(CLI::IsMember({"auto", "always", "never"}));
    search_app->footer("Words the index does not know get a \"Did you mean\" line (with --json: a first\n"
                       "line {\"did_you_mean\": ...}). --color auto colours only on a terminal and not\n"
                       "when NO_COLOR is set; --color always colours even then (an explicit flag wins).\n"
                       "A query that starts with - (an excluded word) and has one word goes after --:\n"
                       "healthsearch search -- \"-melanoma\". Exit 1 when nothing matches.");

    ServeCommand serve;
    CLI::App* serve_app = app.add_subcommand("serve", "Answer searches over HTTP: a search page and a JSON API.");
    serve_app->add_option("--db", serve.dbs, db_help + "; repeat to search several shards (tcp:HOST:PORT too)")
        ->allow_extra_args(false);
    serve_app->add_option("--listen", serve.listen, "address and port to listen on (HOST:PORT, [IPV6]:PORT)")
        ->capture_default_str();
    serve_app->add_option("--threads", serve.threads,
                          "connections served at once (default: four per core, at least eight)")
        ->check(CLI::Range(1, 1024));
    serve_app->footer("GET / is the search page; GET /api/search?q=...&lang=&limit=&offset=&per_article=&autocorrect=\n"
                      "answers JSON, as do /api/stats and /healthz. It listens on the loopback interface\n"
                      "unless --listen says otherwise. SIGTERM or SIGINT: finish the requests in flight,\n"
                      "then exit 0. One access-log line per request on stderr, without the query.");

    StatsCommand stats;
    CLI::App* stats_app = app.add_subcommand("stats", "Show what an index holds.");
    stats_app->add_option("--db", stats.db, db_help);
    stats_app->add_flag("--json", stats.json, "print as one JSON object");

    EvalCommand eval;
    CLI::App* eval_app = app.add_subcommand(
        "eval", "Score search quality on judged queries (BEIR queries.jsonl + qrels).");
    eval_app->add_option("--db", eval.dbs, db_help + "; repeat to search several shards");
    eval_app->add_option("--queries", eval.queries, "BEIR queries.jsonl (needed unless --score)")
        ->check(CLI::ExistingFile);
    eval_app->add_option("--qrels", eval.qrels, "qrels: query-id corpus-id grade (BEIR .tsv or TREC)")
        ->required()
        ->check(CLI::ExistingFile);
    eval_app->add_option("--score", eval.score_run, "score this TREC run file instead of searching")
        ->check(CLI::ExistingFile);
    eval_app->add_option("--run", eval.write_run, "write the run as a TREC run file");
    eval_app->add_option("--tag", eval.tag, "run tag written to --run")->capture_default_str();
    eval_app->add_option("--lang", eval.language, "search passages in this language only")
        ->check(CLI::IsMember({"de", "en"}));
    eval_app->add_option("--depth", eval.depth, "articles retrieved per query")
        ->capture_default_str()
        ->check(kNotNegative);
    eval_app->add_flag("--no-synonyms", eval.no_synonyms, "run the queries without synonym expansion");
    eval_app->add_flag("--no-translate", eval.no_translate, "run the queries without FreeDict translation");
    eval_app->add_flag("--per-query", eval.per_query, "print every query's scores, worst first");
    eval_app->add_flag("--json", eval.json, "print summary, groups and per-query scores as JSON");
    eval_app->footer("Passages are collapsed to their article (best passage wins) and scored at\n"
                     "article level: nDCG@10 (trec_eval ndcg_cut.10), Recall@100, MRR@10, and passage\n"
                     "accuracy: the best passage of the first relevant article contains the query's\n"
                     "metadata.answer_phrase. Queries without a relevant judgment are not scored.");

    const std::vector<std::string> args(argv + 1, argv + argc);
    if (const std::string unknown = unknown_command(app, args); !unknown.empty()) {
        fmt::print(stderr, "healthsearch: {}\nRun with --help for more information.\n", unknown);
        return kExitUsage;
    }
    try {
        app.name(argv[0]);
        std::vector<std::string> last_first = with_dash_query_last(args);
        std::reverse(last_first.begin(), last_first.end());  // as CLI11 takes them
        app.parse(last_first);
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error);
        if (const std::string advice = dash_query_advice(*search_app, args); code != 0 && !advice.empty()) {
            fmt::print(stderr, "healthsearch: {}\n", advice);
        }
        return code == 0 ? kExitOk : kExitUsage;
    }

    if (*index_app) return run_index(index);
    if (*search_app) return run_search(search);
    if (*serve_app) return run_serve(serve);
    if (*stats_app) return run_stats(stats);
    if (*eval_app) return run_eval(eval);
    if (*rollback_app) return run_rollback(rollback);
    return kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
    // Whatever fails is reported with an exit code, never by std::terminate.
    try {
        return run_command_line(argc, argv);
    } catch (const std::exception& error) {
        return report_error(error);
    } catch (...) {
        std::fputs("healthsearch: an unknown error\n", stderr);
        return kExitFailure;
    }
}
