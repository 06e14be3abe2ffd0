#pragma once
// The HTTP server: bounds, security headers, the access log, the thread pool and a clean stop
// on SIGTERM or SIGINT (requests in flight are answered first).

#include <cstddef>
#include <string>
#include <vector>

namespace healthsearch::cli::serve {

// Bounds on what a client may send and how long it may take (more in the README).
inline constexpr std::size_t kMaxBodyBytes = 0;  // nothing served here takes a body
inline constexpr std::size_t kMaxHeaderBytes = 16 * 1024;
inline constexpr int kReadTimeoutSeconds = 5;
inline constexpr int kWriteTimeoutSeconds = 5;
inline constexpr int kKeepAliveSeconds = 5;
inline constexpr std::size_t kKeepAliveRequests = 100;

struct ServerSettings {
    std::vector<std::string> locations;  // index folders and tcp:HOST:PORT shards
    std::string host = "127.0.0.1";
    int port = 8080;                     // 0: any free port (the one chosen is printed)
    std::size_t threads = 0;             // 0: the default (see default_thread_count)
};

// A thread holds its connection for as long as the client keeps it alive, so the pool bounds
// how many clients are served at once: four per core, at least eight.
std::size_t default_thread_count();

// Serves until SIGTERM or SIGINT; returns the exit code. Prints "listening on http://HOST:PORT/"
// on stderr once it accepts connections.
int run_server(const ServerSettings& settings);

}  // namespace healthsearch::cli::serve
