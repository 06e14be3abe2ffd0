#include "server.hpp"

#include "connection.hpp"
#include "index_access.hpp"
#include "routes.hpp"

#include "../exit_codes.hpp"

#include <httplib.h>

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <pthread.h>
#include <thread>

namespace healthsearch::cli::serve {

namespace {

using Clock = std::chrono::steady_clock;

// A request is read, routed and logged by one thread of the pool; this is when it arrived.
thread_local Clock::time_point request_start{};
// The request was answered before its body (if any) was read: the connection ends after the answer.
thread_local bool refused_before_body = false;

void add_bounds_and_headers(httplib::Server& server, std::size_t threads) {
    server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server.set_payload_max_length(kMaxBodyBytes);
    // The headers and the body go out in two writes; with Nagle's algorithm the second waits
    // for the client's delayed ACK, 40 ms on Linux, twenty times the search itself.
    server.set_tcp_nodelay(true);
    server.set_read_timeout(kReadTimeoutSeconds);
    server.set_write_timeout(kWriteTimeoutSeconds);
    server.set_keep_alive_timeout(kKeepAliveSeconds);
    server.set_keep_alive_max_count(kKeepAliveRequests);
    server.set_default_headers({
        {"X-Content-Type-Options", "nosniff"},
        {"Content-Security-Policy",
         "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; "
         "frame-ancestors 'none'"},
        {"Referrer-Policy", "no-referrer"},  // the address holds a health question
        {"Cache-Control", "no-store"},
    });
}

void add_gate_and_log(httplib::Server& server) {
    server.set_pre_routing_handler([](const httplib::Request& request, httplib::Response& response) {
        request_start = Clock::now();
        refused_before_body = false;
        std::size_t header_bytes = 0;
        for (const auto& [name, value] : request.headers) header_bytes += name.size() + value.size() + 4;
        const bool has_body = request.has_header("Transfer-Encoding") ||
                              (request.has_header("Content-Length") && request.get_header_value("Content-Length") != "0");
        if (header_bytes > kMaxHeaderBytes) {
            response.status = 431;
        } else if (request.method != "GET" && request.method != "HEAD") {
            response.status = is_served_path(request.path) ? 405 : 404;
            if (response.status == 405) response.set_header("Allow", "GET, HEAD");
        } else if (has_body && kMaxBodyBytes == 0) {
            response.status = 413;
        } else {
            return httplib::Server::HandlerResponse::Unhandled;
        }
        // A body left unread would be taken for the next request on this connection.
        response.set_header("Connection", "close");
        refused_before_body = true;
        return httplib::Server::HandlerResponse::Handled;
    });
    // No query string and no client address: a health question and who asked it are personal
    // data. Requests refused before routing (an address too long) have no start time.
    server.set_logger([](const httplib::Request& request, const httplib::Response& response) {
        const double ms = request_start == Clock::time_point{}
                              ? 0.0
                              : std::chrono::duration<double, std::milli>(Clock::now() - request_start).count();
        request_start = {};
        if (refused_before_body) {
            refused_before_body = false;
            stop_writing(request);
        }
        fmt::print(stderr, "{} {} {} {} B {:.1f} ms\n", request.method, request.path, response.status,
                   response.body.size(), ms);
    });
}

// Waits for SIGTERM or SIGINT (blocked in every thread) and stops the server; the pool then
// finishes the requests it has before listen() returns.
class StopOnSignal {
public:
    explicit StopOnSignal(httplib::Server& server) {
        sigemptyset(&signals_);
        sigaddset(&signals_, SIGTERM);
        sigaddset(&signals_, SIGINT);
        pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
        waiter_ = std::thread([this, &server] {
            int signal = 0;
            sigwait(&signals_, &signal);
            if (!leaving_) server.stop();
        });
    }
    ~StopOnSignal() {
        leaving_ = true;
        pthread_kill(waiter_.native_handle(), SIGTERM);  // wakes the waiter if no signal came
        waiter_.join();
    }
    StopOnSignal(const StopOnSignal&) = delete;
    StopOnSignal& operator=(const StopOnSignal&) = delete;

private:
    sigset_t signals_{};
    std::atomic<bool> leaving_{false};
    std::thread waiter_;
};

}  // namespace

std::size_t default_thread_count() {
    return std::max<std::size_t>(8, 4 * std::max(1U, std::thread::hardware_concurrency()));
}

int run_server(const ServerSettings& settings) {
    std::signal(SIGPIPE, SIG_IGN);  // a client that hangs up is the socket's error, not ours
    IndexAccess index(settings.locations);
    httplib::Server server;
    const std::size_t threads = settings.threads ? settings.threads : default_thread_count();
    add_bounds_and_headers(server, threads);
    add_gate_and_log(server);
    add_routes(server, index);

    int port = settings.port;
    if (port == 0) {
        port = server.bind_to_any_port(settings.host);
    } else if (!server.bind_to_port(settings.host, port)) {
        port = -1;
    }
    if (port < 0) {
        fmt::print(stderr, "healthsearch: cannot listen on {}:{}: the address is in use or not this machine's\n",
                   settings.host, settings.port);
        return kExitFailure;
    }
    const std::string shown_host = settings.host.find(':') == std::string::npos ? settings.host : "[" + settings.host + "]";
    fmt::print(stderr, "healthsearch: listening on http://{}:{}/ with {} threads\n", shown_host, port, threads);
    StopOnSignal stop(server);
    server.listen_after_bind();
    fmt::print(stderr, "healthsearch: stopped\n");
    return kExitOk;
}

}  // namespace healthsearch::cli::serve
