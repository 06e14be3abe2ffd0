// The search page in a real browser: headless Chromium, driven over WebDriver (chromedriver,
// spoken to with cpp-httplib's client), types a German and an English question into the form,
// submits it, and the rendered page is read back from the DOM, with the browser's own log.

#include "cli_runner.hpp"
#include "serve_process.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <memory>

using test_support::BackgroundProcess;
using test_support::ScratchDir;
using test_support::ServeProcess;

namespace {

constexpr const char* kChromium = "/usr/bin/chromium";
constexpr const char* kChromedriver = "/usr/bin/chromedriver";
// W3C WebDriver's key for an element reference.
constexpr const char* kElement = "element-6066-11e4-a52e-4f735466cecf";

int free_port() {
    const int socket_fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(socket_fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    getsockname(socket_fd, reinterpret_cast<sockaddr*>(&address), &length);
    close(socket_fd);
    return ntohs(address.sin_port);
}

// One browser session: every call is a WebDriver command; a failed one fails the test.
class Browser {
public:
    Browser(int driver_port, const std::string& accept_language) : driver_("127.0.0.1", driver_port) {
        driver_.set_read_timeout(60);
        const nlohmann::json options = {
            {"binary", kChromium},
            {"args", {"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                      "--no-first-run", "--disable-extensions"}},
            {"prefs", {{"intl.accept_languages", accept_language}}},
        };
        const nlohmann::json session = command(
            "POST", "/session",
            {{"capabilities",
              {{"alwaysMatch",
                {{"browserName", "chrome"}, {"goog:chromeOptions", options}, {"goog:loggingPrefs", {{"browser", "ALL"}}}}}}}});
        id_ = session["sessionId"].get<std::string>();
    }
    ~Browser() {
        if (!id_.empty()) driver_.Delete("/session/" + id_);
    }
    Browser(const Browser&) = delete;
    Browser& operator=(const Browser&) = delete;

    void open(const std::string& url) { session_command("POST", "/url", {{"url", url}}); }
    std::string find(const std::string& css) {
        return session_command("POST", "/element", {{"using", "css selector"}, {"value", css}})[kElement];
    }
    std::string text(const std::string& css) {
        return session_command("GET", "/element/" + find(css) + "/text").get<std::string>();
    }
    void type(const std::string& css, const std::string& keys) {
        session_command("POST", "/element/" + find(css) + "/value", {{"text", keys}});
    }
    void click(const std::string& css) {
        session_command("POST", "/element/" + find(css) + "/click", nlohmann::json::object());
    }
    std::string url() { return session_command("GET", "/url").get<std::string>(); }
    nlohmann::json log() { return session_command("POST", "/se/log", {{"type", "browser"}}); }

private:
    nlohmann::json command(const std::string& method, const std::string& path, const nlohmann::json& body = nullptr) {
        const auto answer = method == "GET" ? driver_.Get(path) : driver_.Post(path, body.dump(), "application/json");
        REQUIRE_MESSAGE(answer, "chromedriver did not answer " << method << " " << path);
        const nlohmann::json json = nlohmann::json::parse(answer->body);
        REQUIRE_MESSAGE(answer->status == 200, method << " " << path << ": " << answer->body);
        return json["value"];
    }
    nlohmann::json session_command(const std::string& method, const std::string& path,
                                   const nlohmann::json& body = nullptr) {
        return command(method, "/session/" + id_ + path, body);
    }

    httplib::Client driver_;
    std::string id_;
};

// The bundled corpus, indexed once.
const std::string& corpus_db() {
    static ScratchDir scratch;
    static const std::string path = [] {
        const std::string db = (scratch / "index").string();
        const auto indexed = test_support::run_cli({"index", "--db", db, std::string(HEALTHSEARCH_SOURCE_DIR) + "/corpus"});
        REQUIRE_MESSAGE(indexed.exit_code == 0, indexed.err);
        return db;
    }();
    return path;
}

bool browser_missing() {
    return !std::filesystem::exists(kChromium) || !std::filesystem::exists(kChromedriver);
}

// What the browser logged at level SEVERE (failed loads, CSP violations, script errors).
std::vector<std::string> errors_in(const nlohmann::json& log) {
    std::vector<std::string> errors;
    for (const auto& entry : log) {
        if (entry.value("level", "") == "SEVERE") errors.push_back(entry.value("message", ""));
    }
    return errors;
}

void ask(Browser& browser, const ServeProcess& server, const std::string& question) {
    browser.open(server.url() + "/");
    browser.type("#q", question);
    browser.click("button[type=submit]");
    CHECK(browser.url().find("/?q=") != std::string::npos);
}

}  // namespace

TEST_CASE("a browser submits a German and an English question and shows the first hit highlighted") {
    if (browser_missing()) {
        const char* skip = std::getenv("HEALTHSEARCH_SKIP_BROWSER_TEST");
        REQUIRE_MESSAGE((skip && std::string(skip) == "1"),
                        "chromium and chromium-driver are not installed (scripts/debian-packages.txt lists "
                        "them); set HEALTHSEARCH_SKIP_BROWSER_TEST=1 to skip this test on purpose");
        MESSAGE("skipped: chromium or chromedriver is missing and HEALTHSEARCH_SKIP_BROWSER_TEST=1");
        return;
    }
    ServeProcess server({"--db", corpus_db()});
    const int driver_port = free_port();
    BackgroundProcess driver({kChromedriver, "--port=" + std::to_string(driver_port)});
    driver.wait_for_output(std::regex("started successfully"));

    {
        Browser browser(driver_port, "de-DE,de");
        ask(browser, server, "Wie wirkt eine Hormontherapie bei Brustkrebs?");
        CHECK(browser.text("label[for=q]") == "Ihre Frage");
        CHECK(browser.text("ol.hits li:first-child h3") == "Hormontherapie bei Brustkrebs");
        CHECK(browser.text("ol.hits li:first-child mark").find("ormon") != std::string::npos);
        CHECK(errors_in(browser.log()).empty());
    }
    {
        Browser browser(driver_port, "en-GB,en");
        ask(browser, server, "How does immunotherapy work for metastatic cancers?");
        CHECK(browser.text("label[for=q]") == "Your question");
        CHECK(browser.text("ol.hits li:first-child h3") == "How Immunotherapy Works for Metastatic Cancer");
        CHECK(browser.text("ol.hits li:first-child mark").find("mmunotherap") != std::string::npos);
        const std::vector<std::string> errors = errors_in(browser.log());
        CHECK_MESSAGE(errors.empty(), (errors.empty() ? "" : errors.front()));
    }
    driver.stop(SIGTERM);
}
