#include "commands.hpp"
#include "exit_codes.hpp"
#include "serve/server.hpp"

#include <fmt/format.h>

#include <charconv>

namespace healthsearch::cli {

namespace {

// "HOST:PORT" or "[IPV6]:PORT" into the settings; false when it is neither.
bool read_listen_address(const std::string& listen, serve::ServerSettings& settings) {
    const std::size_t colon = listen.rfind(':');
    if (colon == std::string::npos || colon == 0) return false;
    std::string host = listen.substr(0, colon);
    if (host.front() == '[') {
        if (host.back() != ']') return false;
        host = host.substr(1, host.size() - 2);
    }
    const std::string_view port(listen.data() + colon + 1, listen.size() - colon - 1);
    int number = -1;
    const auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), number);
    if (port.empty() || error != std::errc() || end != port.data() + port.size() || number < 0 || number > 65535) {
        return false;
    }
    settings.host = host;
    settings.port = number;
    return true;
}

}  // namespace

int run_serve(const ServeCommand& command) {
    serve::ServerSettings settings;
    settings.locations = command.dbs;
    if (settings.locations.empty()) settings.locations.push_back(default_db_path());
    settings.threads = command.threads;
    if (!read_listen_address(command.listen, settings)) {
        fmt::print(stderr, "healthsearch: --listen {} is not HOST:PORT (such as 127.0.0.1:8080 or [::1]:8080)\n",
                   command.listen);
        return kExitUsage;
    }
    return serve::run_server(settings);
}

}  // namespace healthsearch::cli
