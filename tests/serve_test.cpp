// `healthsearch serve` end to end: the built CLI serves a scratch index on a free loopback port
// and the tests talk HTTP to it, as a portal's page or a script would.

#include "cli_runner.hpp"
#include "serve_process.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <sstream>
#include <thread>

using test_support::ScratchDir;
using test_support::ServeProcess;

namespace {

// One article holding markup in its title and text, as BEIR JSON Lines keep it verbatim.
const std::string kScriptArticle =
    R"({"_id": "quarkwickel", "title": "Quarkwickel </h3><script>alert('article')</script>", )"
    R"("text": "Quarkwickel kühlen bei Fieber die Waden. <script>alert('text')</script> Wenn das Fieber über )"
    R"(drei Tage anhält, sollten Eltern mit dem Kind zur Kinderärztin gehen. Viel trinken hilft dem Körper."})"
    "\n";

// The bundled corpus and one article holding markup, indexed once for the tests below.
const std::string& shared_db() {
    static ScratchDir scratch;
    static const std::string path = [] {
        const std::string db = (scratch / "index").string();
        scratch.write("extra/quarkwickel.jsonl", kScriptArticle);
        const auto indexed = test_support::run_cli(
            {"index", "--db", db, std::string(HEALTHSEARCH_SOURCE_DIR) + "/corpus", (scratch / "extra/quarkwickel.jsonl").string()});
        REQUIRE_MESSAGE(indexed.exit_code == 0, indexed.err);
        return db;
    }();
    return path;
}

ServeProcess& shared_server() {
    static ServeProcess server({"--db", shared_db(), "--threads", "4"});
    return server;
}

httplib::Result get(const std::string& path, const httplib::Params& params = {}, const httplib::Headers& headers = {}) {
    httplib::Client client("127.0.0.1", shared_server().port());
    client.set_read_timeout(30);
    return client.Get(path, params, headers);
}

nlohmann::json json_of(const httplib::Result& result) {
    REQUIRE(result);
    CHECK(result->get_header_value("Content-Type") == "application/json; charset=utf-8");
    return nlohmann::json::parse(result->body);
}

// Sends `bytes` on a fresh connection and returns all the server answers until it closes.
std::string raw_exchange(int port, const std::string& bytes, const std::string& later = {},
                         std::chrono::milliseconds pause = {}, const std::function<void()>& meanwhile = {}) {
    const int socket_fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(connect(socket_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    auto send_all = [&](const std::string& data) {
        for (std::size_t sent = 0; sent < data.size();) {
            const ssize_t n = send(socket_fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
            if (n <= 0) return;
            sent += static_cast<std::size_t>(n);
        }
    };
    send_all(bytes);
    if (meanwhile) meanwhile();
    std::this_thread::sleep_for(pause);
    send_all(later);
    std::string answer;
    char buffer[4096];
    for (ssize_t n; (n = recv(socket_fd, buffer, sizeof buffer, 0)) > 0;) answer.append(buffer, static_cast<std::size_t>(n));
    close(socket_fd);
    return answer;
}

int status_of(const std::string& raw_answer) {
    return raw_answer.size() > 12 ? std::stoi(raw_answer.substr(9, 3)) : 0;
}

std::vector<nlohmann::json> search_json_lines(const std::vector<std::string>& args) {
    std::vector<std::string> command{"search", "--db", shared_db(), "--json"};
    command.insert(command.end(), args.begin(), args.end());
    const auto run = test_support::run_cli(command);
    std::vector<nlohmann::json> lines;
    std::istringstream out(run.out);
    for (std::string line; std::getline(out, line);) lines.push_back(nlohmann::json::parse(line));
    return lines;
}

}  // namespace

TEST_CASE("GET /api/search answers the hits of search --json, the estimate, the offset and the time") {
    const auto answer = get("/api/search", {{"q", "Wie wirkt eine Hormontherapie bei Brustkrebs?"}, {"limit", "3"}});
    REQUIRE(answer);
    CHECK(answer->status == 200);
    const nlohmann::json json = json_of(answer);
    const std::vector<nlohmann::json> cli = search_json_lines({"--limit", "3", "Wie wirkt eine Hormontherapie bei Brustkrebs?"});
    REQUIRE(json["hits"].size() == 3);
    REQUIRE(cli.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) CHECK(json["hits"][i] == cli[i]);
    CHECK(json["hits"][0]["title"] == "Hormontherapie bei Brustkrebs");
    CHECK(json["query"] == "Wie wirkt eine Hormontherapie bei Brustkrebs?");
    CHECK(json["offset"] == 0);
    CHECK(json["limit"] == 3);
    // The estimate counts all the matches, not the page's three: search finds more without the limit.
    REQUIRE(search_json_lines({"--limit", "100", "Wie wirkt eine Hormontherapie bei Brustkrebs?"}).size() > 3);
    CHECK(json["estimated_matches"].get<std::size_t>() > 3);
    CHECK(json["took_ms"].get<double>() >= 0);
    CHECK(json["did_you_mean"].is_null());
    CHECK(answer->get_header_value("Cache-Control") == "no-store");
}

TEST_CASE("offset pages through the hits, ranks counting on") {
    const nlohmann::json first_two = json_of(get("/api/search", {{"q", "Chemotherapie"}, {"limit", "2"}}));
    const nlohmann::json second = json_of(get("/api/search", {{"q", "Chemotherapie"}, {"limit", "1"}, {"offset", "1"}}));
    REQUIRE(first_two["hits"].size() == 2);
    REQUIRE(second["hits"].size() == 1);
    CHECK(second["offset"] == 1);
    CHECK(second["hits"][0]["rank"] == 2);
    CHECK(second["hits"][0]["article_id"] == first_two["hits"][1]["article_id"]);
    CHECK(second["hits"][0]["passage"] == first_two["hits"][1]["passage"]);
    CHECK(first_two["estimated_matches"].get<std::size_t>() > 2);  // all matches, not the page's
}

TEST_CASE("lang and per_article filter as in search") {
    const nlohmann::json german = json_of(get("/api/search", {{"q", "cancer"}, {"lang", "de"}, {"limit", "20"}}));
    REQUIRE(!german["hits"].empty());
    for (const auto& hit : german["hits"]) CHECK(hit["language"] == "de");
    const nlohmann::json one_each = json_of(get("/api/search", {{"q", "Krebs"}, {"per_article", "1"}, {"limit", "20"}}));
    std::set<std::string> articles;
    for (const auto& hit : one_each["hits"]) CHECK(articles.insert(hit["article_id"].get<std::string>()).second);
}

TEST_CASE("an unknown word gets a did-you-mean, and autocorrect searches the suggestion") {
    const nlohmann::json suggested = json_of(get("/api/search", {{"q", "Ubelkiet"}}));
    CHECK(suggested["hits"].empty());
    REQUIRE(suggested["did_you_mean"].is_object());
    CHECK(suggested["did_you_mean"]["query"] == "Übelkeit");
    CHECK(suggested["did_you_mean"]["applied"] == false);
    CHECK(suggested["did_you_mean"]["corrections"][0]["word"] == "Ubelkiet");
    CHECK(suggested["did_you_mean"]["corrections"][0]["suggestion"] == "Übelkeit");
    CHECK(suggested["did_you_mean"]["corrections"][0]["span"] == nlohmann::json::array({0, 8}));
    const nlohmann::json corrected = json_of(get("/api/search", {{"q", "Ubelkiet"}, {"autocorrect", "1"}}));
    CHECK(corrected["searched_query"] == "Übelkeit");
    CHECK(corrected["did_you_mean"]["applied"] == true);
    CHECK(!corrected["hits"].empty());
}

TEST_CASE("GET /api/stats gives what stats --json gives") {
    const auto answer = get("/api/stats");
    REQUIRE(answer);
    CHECK(answer->status == 200);
    const nlohmann::json json = json_of(answer);
    const auto stats = test_support::run_cli({"stats", "--db", shared_db(), "--json"});
    const nlohmann::json expected = nlohmann::json::parse(stats.out);
    REQUIRE(json["indexes"].size() == 1);
    CHECK(json["indexes"][0] == expected);
    CHECK(json["articles"] == expected["articles"]);
    CHECK(json["passages"] == expected["passages"]);
}

TEST_CASE("bad parameters are 400 with a message naming what to change") {
    const std::vector<std::pair<httplib::Params, std::string>> cases{
        {{}, "parameter q is missing"},
        {{{"q", ""}}, "parameter q is missing"},
        {{{"q", "Fieber"}, {"limit", "0"}}, "limit must be a whole number from 1 to 100"},
        {{{"q", "Fieber"}, {"limit", "101"}}, "limit must be a whole number from 1 to 100"},
        {{{"q", "Fieber"}, {"limit", "ten"}}, "limit must be a whole number"},
        {{{"q", "Fieber"}, {"offset", "1001"}}, "offset must be a whole number from 0 to 1000"},
        {{{"q", "Fieber"}, {"offset", "-1"}}, "offset must be a whole number"},
        {{{"q", "Fieber"}, {"per_article", "x"}}, "per_article must be a whole number"},
        {{{"q", "Fieber"}, {"lang", "fr"}}, "lang must be de, en or empty"},
        {{{"q", "Fieber"}, {"autocorrect", "maybe"}}, "autocorrect must be 1 or 0"},
        {{{"q", "Fieber"}, {"limt", "3"}}, "unknown parameter \"limt\""},
        {{{"q", "Fieber"}, {"q", "Husten"}}, "parameter q is given more than once"},
        {{{"q", "the of und die"}}, "only stop words"},
        {{{"q", std::string(5000, 'a')}}, "query too long"},
        {{{"q", "Fieber \xff"}}, "not valid UTF-8"},
    };
    for (const auto& [params, message] : cases) {
        CAPTURE(message);
        const auto answer = get("/api/search", params);
        REQUIRE(answer);
        CHECK(answer->status == 400);
        const nlohmann::json json = json_of(answer);
        CHECK(json["error"]["status"] == 400);
        CHECK(json["error"]["message"].get<std::string>().find(message) != std::string::npos);
    }
}

TEST_CASE("other paths are 404, other methods 405, a body 413, a long address 414, long headers 431") {
    for (const std::string path : {"/etc/passwd", "/../../etc/passwd", "/api", "/api/search/", "/index.html"}) {
        CAPTURE(path);
        const auto answer = get(path);
        REQUIRE(answer);
        CHECK(answer->status == 404);
        CHECK(json_of(answer)["error"]["message"].get<std::string>().find("/api/search") != std::string::npos);
    }
    httplib::Client client("127.0.0.1", shared_server().port());
    const auto posted = client.Post("/api/search", "q=Fieber", "application/x-www-form-urlencoded");
    REQUIRE(posted);
    CHECK(posted->status == 405);
    CHECK(posted->get_header_value("Allow") == "GET, HEAD");
    CHECK(json_of(posted)["error"]["message"].get<std::string>().find("GET") != std::string::npos);
    const auto deleted = client.Delete("/");
    REQUIRE(deleted);
    CHECK(deleted->status == 405);

    const int port = shared_server().port();
    const std::string body(4096, 'x');
    const std::string with_body = raw_exchange(
        port, "GET /api/search?q=Fieber HTTP/1.1\r\nHost: a\r\nConnection: close\r\nContent-Length: 4096\r\n\r\n" + body);
    CHECK(status_of(with_body) == 413);
    // A refused body is not to be read as the next request: the answer tells the client to close.
    const std::string posted_then_get = raw_exchange(
        port, "POST /api/search HTTP/1.1\r\nHost: a\r\nContent-Length: 26\r\n\r\nGET /healthz HTTP/1.1\r\n\r\n");
    CHECK(status_of(posted_then_get) == 405);
    CHECK(posted_then_get.find("\r\nConnection: close\r\n") != std::string::npos);
    CHECK(posted_then_get.find("HTTP/1.1 200") == std::string::npos);
    // The same with the body arriving after the answer: the server has stopped reading by then.
    const std::string body_later = raw_exchange(port, "POST /api/search HTTP/1.1\r\nHost: a\r\nContent-Length: 25\r\n\r\n",
                                                "GET /healthz HTTP/1.1\r\n\r\n", std::chrono::milliseconds(300));
    CHECK(status_of(body_later) == 405);
    CHECK(body_later.find("HTTP/1.1 200") == std::string::npos);
    const std::string long_address =
        raw_exchange(port, "GET /api/search?q=" + std::string(9000, 'a') + " HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
    CHECK(status_of(long_address) == 414);
    std::string headers;
    for (int i = 0; i < 40; ++i) headers += "X-Filler-" + std::to_string(i) + ": " + std::string(1000, 'h') + "\r\n";
    const std::string long_headers =
        raw_exchange(port, "GET /api/search?q=Fieber HTTP/1.1\r\nHost: a\r\nConnection: close\r\n" + headers + "\r\n");
    CHECK(status_of(long_headers) == 431);
    CHECK(long_headers.find("application/json") != std::string::npos);
}

TEST_CASE("every response carries its content type, nosniff and a Content-Security-Policy") {
    const std::vector<std::pair<std::string, std::string>> expected{
        {"/", "text/html; charset=utf-8"},
        {"/style.css", "text/css; charset=utf-8"},
        {"/favicon.svg", "image/svg+xml"},
        {"/api/search?q=Fieber", "application/json; charset=utf-8"},
        {"/api/stats", "application/json; charset=utf-8"},
        {"/healthz", "application/json; charset=utf-8"},
        {"/nothing", "application/json; charset=utf-8"},
    };
    for (const auto& [path, type] : expected) {
        CAPTURE(path);
        const auto answer = get(path);
        REQUIRE(answer);
        CHECK(answer->get_header_value("Content-Type") == type);
        CHECK(answer->get_header_value("X-Content-Type-Options") == "nosniff");
        CHECK(answer->get_header_value("Content-Security-Policy").find("default-src 'none'") != std::string::npos);
        CHECK(answer->get_header_value("Referrer-Policy") == "no-referrer");
    }
    httplib::Client client("127.0.0.1", shared_server().port());
    const auto head = client.Head("/api/search?q=Fieber");
    REQUIRE(head);
    CHECK(head->status == 200);
    CHECK(head->body.empty());
}

TEST_CASE("a query and an article holding <script> come back inert") {
    const auto page = get("/", {{"q", "<script>alert('query')</script> Quarkwickel"}});
    REQUIRE(page);
    CHECK(page->status == 200);
    const std::string& html = page->body;
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;query&#39;)&lt;/script&gt; Quarkwickel") != std::string::npos);
    CHECK(html.find("<h3>Quarkwickel &lt;/h3&gt;&lt;script&gt;alert(&#39;article&#39;)&lt;/script&gt;</h3>") !=
          std::string::npos);  // the title
    // The snippet, where the query's words "script" and "alert" are marked inside the markup.
    CHECK(html.find("(&#39;text&#39;)&lt;/<mark>script</mark>&gt;") != std::string::npos);
    CHECK(html.find("<mark>Quarkwickel</mark>") != std::string::npos);
    // JSON keeps the text as it is; its content type and nosniff keep a browser from running it.
    const nlohmann::json json = json_of(get("/api/search", {{"q", "Quarkwickel"}, {"limit", "1"}}));
    CHECK(json["hits"][0]["title"] == "Quarkwickel </h3><script>alert('article')</script>");
}

TEST_CASE("the page speaks German or English by Accept-Language, with form, landmarks and results") {
    const auto german = get("/", {{"q", "Hormontherapie"}, {"lang", "de"}}, {{"Accept-Language", "de-DE,de;q=0.9,en;q=0.8"}});
    REQUIRE(german);
    CHECK(german->body.find("<html lang=\"de\">") != std::string::npos);
    CHECK(german->body.find("<label for=\"q\">Ihre Frage</label>") != std::string::npos);
    CHECK(german->body.find("<form role=\"search\" action=\"/\" method=\"get\">") != std::string::npos);
    CHECK(german->body.find("<main>") != std::string::npos);
    CHECK(german->body.find("<option value=\"de\" selected>Deutsch</option>") != std::string::npos);
    CHECK(german->body.find("<h3>Hormontherapie bei Brustkrebs</h3>") != std::string::npos);
    CHECK(german->body.find("<mark>Hormontherapie</mark>") != std::string::npos);
    CHECK(german->body.find("Hormontherapie bei Brustkrebs › ") == std::string::npos);  // title and path apart
    CHECK(german->body.find("<p class=\"path\">") != std::string::npos);

    const auto english = get("/", {}, {{"Accept-Language", "en-GB,de;q=0.5"}});
    REQUIRE(english);
    CHECK(english->body.find("<html lang=\"en\">") != std::string::npos);
    CHECK(english->body.find("<label for=\"q\">Your question</label>") != std::string::npos);
    CHECK(english->body.find("id=\"results\"") == std::string::npos);  // no question, no results
    CHECK(get("/", {}, {{"Accept-Language", "de;q=0.4, en;q=0.9"}})->body.find("lang=\"en\"") != std::string::npos);
    CHECK(get("/", {}, {})->body.find("<html lang=\"en\">") != std::string::npos);
}

TEST_CASE("the page links the did-you-mean and further pages, and shows errors as 400") {
    const auto suggested = get("/", {{"q", "Ubelkiet"}});
    REQUIRE(suggested);
    CHECK(suggested->body.find("<a href=\"/?q=%C3%9Cbelkeit\">Übelkeit</a>") != std::string::npos);
    const auto first = get("/", {{"q", "Krebs"}, {"lang", "de"}});
    REQUIRE(first);
    CHECK(first->body.find("rel=\"next\" href=\"/?q=Krebs&amp;lang=de&amp;offset=10\"") != std::string::npos);
    CHECK(first->body.find("rel=\"prev\"") == std::string::npos);
    const auto second = get("/", {{"q", "Krebs"}, {"lang", "de"}, {"offset", "10"}});
    REQUIRE(second);
    CHECK(second->body.find("<li value=\"11\">") != std::string::npos);
    CHECK(second->body.find("rel=\"prev\" href=\"/?q=Krebs&amp;lang=de\"") != std::string::npos);
    const auto refused = get("/", {{"q", "the and"}});
    REQUIRE(refused);
    CHECK(refused->status == 400);
    CHECK(refused->body.find("role=\"alert\"") != std::string::npos);
    CHECK(refused->get_header_value("Content-Type") == "text/html; charset=utf-8");
}

TEST_CASE("answers on a kept-alive connection are not held back by delayed ACKs") {
    httplib::Client client("127.0.0.1", shared_server().port());
    client.set_keep_alive(true);
    std::vector<double> milliseconds;
    for (int i = 0; i < 21; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const auto answer = client.Get("/api/stats");
        REQUIRE(answer);
        milliseconds.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    // With Nagle's algorithm the body waited for the client's delayed ACK: 40 ms each time.
    CHECK(milliseconds[10] < 20.0);
}

TEST_CASE("the access log has one line per request, without the question") {
    const auto answer = get("/api/search", {{"q", "Verstopfung privat"}});
    REQUIRE(answer);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    const std::string log = shared_server().log();
    CHECK(log.find("GET /api/search 200 ") != std::string::npos);
    CHECK(log.find("Verstopfung") == std::string::npos);
    CHECK(log.find("127.0.0.1 GET") == std::string::npos);

    // Three requests for a path nothing else asks for make three lines, not more, not fewer.
    for (int i = 0; i < 3; ++i) REQUIRE(get("/access-log-probe"));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    const std::string later_log = shared_server().log();
    int probe_lines = 0;
    for (std::size_t at = 0; (at = later_log.find("\nGET /access-log-probe 404 ", at)) != std::string::npos; ++at) {
        ++probe_lines;
    }
    CHECK(probe_lines == 3);
}

TEST_CASE("healthz is 503 while there is no index and 200 once one is built, with no restart") {
    ScratchDir scratch;
    const std::string db = (scratch / "index").string();
    ServeProcess server({"--db", db});
    httplib::Client client("127.0.0.1", server.port());
    const auto missing = client.Get("/healthz");
    REQUIRE(missing);
    CHECK(missing->status == 503);
    CHECK(nlohmann::json::parse(missing->body)["error"]["message"].get<std::string>().find("not available") !=
          std::string::npos);
    CHECK(missing->body.find(db) == std::string::npos);  // the location is for the operator's log only
    CHECK(server.log().find(db) != std::string::npos);
    CHECK(client.Get("/api/search?q=Fieber")->status == 503);
    CHECK(client.Get("/api/stats")->status == 503);
    CHECK(client.Get("/?q=Fieber")->status == 503);

    scratch.write("corpus/quarkwickel.jsonl", kScriptArticle);
    REQUIRE(test_support::run_cli({"index", "--db", db, (scratch / "corpus").string()}).exit_code == 0);
    CHECK(client.Get("/healthz")->status == 200);
    CHECK(nlohmann::json::parse(client.Get("/api/search?q=Fieber")->body)["hits"].size() > 0);
}

TEST_CASE("a rebuilt index is searched without a restart") {
    ScratchDir scratch;
    const std::string db = (scratch / "index").string();
    scratch.write("corpus/quarkwickel.jsonl", kScriptArticle);
    REQUIRE(test_support::run_cli({"index", "--db", db, (scratch / "corpus").string()}).exit_code == 0);
    ServeProcess server({"--db", db});
    httplib::Client client("127.0.0.1", server.port());
    const auto before = client.Get("/api/search?q=Gallensteine");
    REQUIRE(before);
    CHECK(nlohmann::json::parse(before->body)["hits"].empty());

    scratch.write("corpus/gallensteine.txt",
                  "Gallensteine\n\nGallensteine bilden sich in der Gallenblase. Viele Menschen mit "
                  "Gallensteinen haben keine Beschwerden. Koliken im rechten Oberbauch sind ein typisches Zeichen.\n");
    const auto rebuilt = test_support::run_cli({"index", "--rebuild", "--db", db, (scratch / "corpus").string()});
    REQUIRE_MESSAGE(rebuilt.exit_code == 0, rebuilt.err);
    const auto after = client.Get("/api/search?q=Gallensteine");
    REQUIRE(after);
    const nlohmann::json json = nlohmann::json::parse(after->body);
    REQUIRE(!json["hits"].empty());
    CHECK(json["hits"][0]["title"] == "Gallensteine");
}

TEST_CASE("SIGTERM answers the request in flight, then the server exits 0") {
    ScratchDir scratch;
    const std::string db = (scratch / "index").string();
    scratch.write("corpus/quarkwickel.jsonl", kScriptArticle);
    REQUIRE(test_support::run_cli({"index", "--db", db, (scratch / "corpus").string()}).exit_code == 0);
    ServeProcess server({"--db", db});
    int exit_code = -3;
    std::thread stopper;
    // Half a request is in, SIGTERM arrives, then the rest of the request.
    const std::string answer = raw_exchange(
        server.port(), "GET /api/search?q=Fieber HTTP/1.1\r\nHost: a\r\n", "Connection: close\r\n\r\n",
        std::chrono::milliseconds(700), [&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            stopper = std::thread([&] { exit_code = server.stop(SIGTERM); });
        });
    stopper.join();
    CHECK(status_of(answer) == 200);
    CHECK(answer.find("\"title\":\"Quarkwickel </h3><script>alert('article')</script>\"") != std::string::npos);
    CHECK(exit_code == 0);
    CHECK(server.log().find("stopped") != std::string::npos);
    // Nothing listens any more.
    httplib::Client client("127.0.0.1", server.port());
    CHECK(!client.Get("/healthz"));
}

TEST_CASE("serve refuses a --listen that is not HOST:PORT") {
    for (const std::string listen : {"8080", "localhost", "127.0.0.1:http", "127.0.0.1:70000", "[::1:80"}) {
        CAPTURE(listen);
        const auto run = test_support::run_cli({"serve", "--listen", listen});
        CHECK(run.exit_code == 2);
        CHECK(run.err.find("is not HOST:PORT") != std::string::npos);
    }
}
