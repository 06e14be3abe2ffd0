#include "connection.hpp"

#include <dirent.h>
#include <netdb.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <cstdlib>
#include <memory>
#include <string>

namespace healthsearch::cli::serve {

namespace {

struct Endpoint {
    std::string host;
    int port = -1;
};

// As cpp-httplib writes an address into Request::remote_addr and local_addr: numeric.
Endpoint endpoint_of(const sockaddr_storage& address, socklen_t length) {
    char host[NI_MAXHOST];
    char port[NI_MAXSERV];
    if (getnameinfo(reinterpret_cast<const sockaddr*>(&address), length, host, sizeof host, port, sizeof port,
                    NI_NUMERICHOST | NI_NUMERICSERV) != 0) {
        return {};
    }
    return {host, std::atoi(port)};
}

bool carries(int fd, const httplib::Request& request) {
    struct stat status {};
    if (fstat(fd, &status) != 0 || !S_ISSOCK(status.st_mode)) return false;
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (getpeername(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) return false;
    const Endpoint remote = endpoint_of(address, length);
    if (remote.port != request.remote_port || remote.host != request.remote_addr) return false;
    length = sizeof address;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) return false;
    const Endpoint local = endpoint_of(address, length);
    return local.port == request.local_port && local.host == request.local_addr;
}

}  // namespace

bool stop_writing(const httplib::Request& request) {
    const std::unique_ptr<DIR, int (*)(DIR*)> fds(opendir("/proc/self/fd"), closedir);
    if (!fds) return false;
    while (const dirent* entry = readdir(fds.get())) {
        char* end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || fd == dirfd(fds.get())) continue;
        if (carries(static_cast<int>(fd), request)) return shutdown(static_cast<int>(fd), SHUT_WR) == 0;
    }
    return false;
}

}  // namespace healthsearch::cli::serve
